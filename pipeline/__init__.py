"""Sightline."""
