"""Syslog in: RFC 5424 and RFC 3164 messages over TCP and UDP on ``ingest.syslog.port`` (5514).

``codec`` frames and parses messages into canonical log records (pure),
``server`` runs the TCP and UDP listeners and the batching towards Kafka,
``config`` holds ``ingest.syslog``.
"""

from pipeline.ingest.syslog.config import SyslogConfig

__all__ = ["SyslogConfig"]
