"""Scraping of Prometheus ``/metrics`` targets by the ingestor (``ingest.scrape``).

``codec`` turns an exposition into a remote-write request (pure),
``scraper`` runs the scrape loops, ``config`` holds ``ingest.scrape`` with
Prometheus's own key names.
"""

from pipeline.ingest.scrape.config import ScrapeConfig

__all__ = ["ScrapeConfig"]
