"""The sink's section: beside the sink, still reachable as ``pipeline.config.SinkConfig``, delays checked."""

from __future__ import annotations

import pytest

from pipeline.config import SinkConfig, load_config
from pipeline.errors import ConfigError
from pipeline.sinks.elasticsearch.config import SinkConfig as Beside


def test_the_section_lives_beside_the_sink() -> None:
    assert SinkConfig is Beside and load_config(environ={}).sink == Beside()


def test_a_first_delay_longer_than_the_longest_is_refused_naming_both_keys() -> None:
    with pytest.raises(ConfigError, match=r"sink: .*retry_initial_s \(60.0\) must not exceed retry_max_s \(30.0\)"):
        load_config(environ={"SIGHTLINE_SINK__RETRY_INITIAL_S": "60"})
    assert load_config(environ={"SIGHTLINE_SINK__RETRY_INITIAL_S": "30"}).sink.retry_initial_s == 30
