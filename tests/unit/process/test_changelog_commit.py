"""The statistics changelog is written as faust starts an offset commit, once per series changed
since the last one, not once per raw message (pipeline.process.changelog)."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Config, StatsConfig
from pipeline.process.app import build_app
from pipeline.process.changelog import StateTables
from pipeline.process.stats import RollingStats, SeriesKey

S = 10**9


def _spans(t: int, n: int, service: str, op: str = "GET /x") -> list[dict]:
    return [{"service.name": service, "operation": op, "start_time_unix_nano": t, "duration_ms": 10.0,
             "status.code": "unset", "attributes": {}, "id": f"{service}-{t}-{i}"} for i in range(n)]


def _tables(datadir: Path) -> tuple[StateTables, RollingStats, list[tuple[int, bytes, bytes]]]:
    cfg = Config()
    app = build_app(cfg.kafka, cfg.process, str(datadir))
    stats = RollingStats(StatsConfig())
    tables = StateTables(app, cfg.kafka.partitions, stats, None)
    sent: list[tuple[int, bytes, bytes]] = []
    tables.stats_table.send_changelog = lambda partition, key, value: sent.append((partition, key, value))
    return tables, stats, sent


def test_batches_between_commits_write_each_changed_series_once_when_the_commit_starts(tmp_path: Path) -> None:
    tables, stats, sent = _tables(tmp_path)
    now = 10_000 * S
    for k in range(50):  # fifty raw messages of two services, as a commit interval of small batches holds
        stats.update("spans", _spans(now + k, 3, "api"), now + k, partition=1)
        stats.update("spans", _spans(now + k, 2, "web"), now + k, partition=2)
    assert sent == []  # nothing per message
    tables.app.sensors.on_commit_initiated(None)
    keys = {SeriesKey.decode(key): partition for partition, key, _ in sent}
    assert len(sent) == len(keys) == 2
    assert keys == {SeriesKey("op", "api", "GET /x"): 1, SeriesKey("op", "web", "GET /x"): 2}
    # what was written is the state after all fifty: a processor taking over resumes from it
    for partition, key, value in sent:
        restored = RollingStats(StatsConfig())
        assert restored.load(key, value, partition)
        series = restored.series[SeriesKey.decode(key)]
        expected = stats.series[SeriesKey.decode(key)]
        assert series.to_bytes() == expected.to_bytes()
        assert tables.stats_table.data[key] == value
    sent.clear()
    tables.app.sensors.on_commit_initiated(None)  # a commit with nothing changed since writes nothing
    assert sent == []
    stats.update("spans", _spans(now + 60, 1, "web"), now + 60, partition=2)
    tables.app.sensors.on_commit_initiated(None)
    assert [SeriesKey.decode(key) for _, key, _ in sent] == [SeriesKey("op", "web", "GET /x")]
