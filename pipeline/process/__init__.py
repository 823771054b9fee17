"""Stream processing: decode → canonical records → clean topics (faust workers, one group)."""

from pipeline.process.service import Processor

__all__ = ["Processor"]
