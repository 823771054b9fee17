"""Sinks: where processed records leave the pipeline."""
