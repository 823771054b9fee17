"""Alerts: the alert topic and its readers."""
