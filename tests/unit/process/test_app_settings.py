"""The processor's faust app takes its producer settings from the kafka section."""

from __future__ import annotations

from pipeline.config import KafkaConfig
from pipeline.process.app import build_app
from pipeline.process.config import ProcessConfig


def test_the_producer_lingers_and_batches_as_configured(tmp_path) -> None:
    app = build_app(KafkaConfig(linger_ms=7, max_message_bytes=2_000_000, compression="lz4"), ProcessConfig(), str(tmp_path))
    assert app.conf.producer_linger == 0.007
    assert app.conf.producer_max_batch_size == 2_000_000
    assert app.conf.producer_max_request_size == 2_000_000
    assert app.conf.producer_compression_type == "lz4"
