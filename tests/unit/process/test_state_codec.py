"""Processor state in the changelogs is data, not pickles (issue #15).

Round trips of every kind of state the processor persists (each registered
detector, the error-spike tracker, the template miner and its detectors, alert
states, activity, statistics series), and a pickle or a forged class in a
changelog value refused without anything of it running.
"""

from __future__ import annotations

import logging
import math
import pickle
import random
import zlib
from collections import deque
from typing import Any

import numpy as np
import orjson
import pytest

from detectors import REGISTRY, create
from pipeline.config import load_config
from pipeline.process.findings import Findings, Settings, codec
from pipeline.process.stats import RollingStats
from tests.unit.test_detection import run

RAN: list[str] = []  # what a malicious pickle would append to when unpickled


class _Payload:
    def __reduce__(self) -> Any:
        return (RAN.append, ("unpickled",))


def _same(a: Any, b: Any, path: str = "$") -> None:
    """Deep structural equality, objects by their pickle state, NaN equal to NaN."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, float):
        assert a == b or (math.isnan(a) and math.isnan(b)), f"{path}: {a} vs {b}"
    elif isinstance(a, (list, tuple, deque)):
        assert len(a) == len(b), f"{path}: length"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{path}[{i}]")
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), path
    elif isinstance(a, dict):
        assert set(a) == set(b), f"{path}: keys"
        for k in a:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, (set, frozenset, str, int, bytes, bytearray, type(None), bool)):
        assert a == b, f"{path}: {a!r} vs {b!r}"
    else:
        _same(a.__getstate__(), b.__getstate__(), f"{path}<{type(a).__name__}>")


def test_every_registered_detector_round_trips_and_goes_on_identically() -> None:
    for name in sorted(REGISTRY):
        if name == "error_spike":
            continue  # takes counts per window: covered with the tracker below
        rng = random.Random(5)
        det = create(name)
        for i in range(400):
            det.update(10.0 + math.sin(i / 10) + rng.gauss(0, 0.3), 1_800_000_000.0 + 60 * i)
        if name == "hst":  # a river pipeline inside: no data form, so never persisted (it starts fresh)
            with pytest.raises(TypeError, match="river"):
                codec.dumps(det)
            continue
        copy = codec.loads(codec.dumps(det))
        _same(det, copy)
        for i in range(400, 460):  # the restored detector scores the future exactly as the original
            x, t = (40.0 if i == 430 else 10.0 + rng.gauss(0, 0.3)), 1_800_000_000.0 + 60 * i
            assert det.update(x, t) == copy.update(x, t), name


def test_every_finding_state_part_round_trips() -> None:
    det, events = run(40, spike=range(20, 25), new_error_from=10, latency=range(30, 33))
    assert {e["kind"] for _, e in events} >= {"error_spike", "new_error_type"}  # alerts with state
    det.ctx.dirty.update(det.services)
    entries = det.take_dirty()
    parts = {key.decode().split("\x1f")[1] for _, key, _ in entries}
    assert {"activity", "alerts", "spikes", "templates", "anomalies"} <= parts
    originals = {key: value for key, value in _values(det)}
    for _, key, blob in entries:
        assert zlib.decompress(blob).startswith(b'{"v":1,')  # JSON with its version, not a pickle
        _same(originals[key], codec.loads(blob))
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "60"})
    other = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))
    assert all(other.load(key, blob) for _, key, blob in entries)
    assert other.refused_entries == 0
    assert set(other.engine.states) == set(det.engine.states)


def _values(det: Findings) -> list[tuple[bytes, Any]]:
    """The values take_dirty encodes, gathered the same way (for comparison)."""
    out: list[tuple[bytes, Any]] = []
    for service in det.services:
        alerts = {fp: st for fp, st in det.engine.states.items() if st.condition.service == service}
        out.append((f"{service}\x1falerts".encode(), alerts))
        out.append((f"{service}\x1factivity".encode(), det.ctx.activity[service]))
        for name, source in det.sources.items():
            state = getattr(source, "state", {}).get(service)
            if state is not None:
                out.append((f"{service}\x1f{name}".encode(), state))
            fed = getattr(source, "fed", {}).get(service)
            if fed is not None:
                for dkey, detector in fed.detectors.items():
                    out.append(("\x1f".join((service, name, *dkey)).encode(), (detector, fed.last_fed.get(dkey, 0.0))))
    return out


def test_statistics_series_round_trip_and_refuse_a_pickle() -> None:
    cfg = load_config(environ={})
    stats = RollingStats(cfg.process.stats)
    now = 1_800_000_000 * 10**9
    spans = [{"service.name": "api", "operation": "GET /", "start_time_unix_nano": now + i, "duration_ms": 5.0 + i,
              "status.code": "error" if i % 7 == 0 else "unset", "attributes": {}} for i in range(50)]
    stats.update("spans", spans, now, partition=2)
    entries = stats.take_dirty()
    other = RollingStats(cfg.process.stats)
    for partition, key, value in entries:
        assert other.load(key, value, partition)
        assert other.series[next(k for k in other.series if k.encode() == key)].to_bytes() == value
    key = entries[0][1]
    RAN.clear()
    assert not RollingStats(cfg.process.stats).load(key, pickle.dumps(_Payload()))
    assert RAN == []


def test_a_pickled_entry_is_refused_without_being_unpickled(caplog: pytest.LogCaptureFixture) -> None:
    cfg = load_config(environ={})
    findings = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))
    RAN.clear()
    blob = zlib.compress(pickle.dumps(_Payload(), protocol=5), 1)  # what an older processor (or an attacker) wrote
    with caplog.at_level(logging.WARNING):
        assert not findings.load(b"checkout\x1fspikes", blob)
    assert RAN == []  # nothing ran
    assert findings.refused_entries == 1 and findings.services == set()
    assert any("starts fresh" in r.getMessage() and "pickle" in str(getattr(r, "reason", "")) for r in caplog.records)
    with pytest.raises(codec.StateError, match="pickle"):
        codec.loads(blob)


@pytest.mark.parametrize(
    "forged",
    [
        {"$o": "os:system", "s": "true"},
        {"$o": "subprocess:Popen", "s": {}},
        {"$o": "pipeline.embedded:EmbeddedBroker", "s": {}},  # ours, but not a state class
        {"$o": "detectors.base:<lambda>", "s": {}},
        {"$o": "detectors.nosuchmodule:X", "s": {}},
        {"$r": 7},
        {"$what": 1},
        {"$f": "1e999"},
    ],
)
def test_forged_values_are_refused(forged: dict[str, Any]) -> None:
    blob = zlib.compress(orjson.dumps({"v": 1, "state": forged}))
    with pytest.raises(codec.StateError):
        codec.loads(blob)


def test_other_versions_and_bombs_are_refused() -> None:
    with pytest.raises(codec.StateError, match="version"):
        codec.loads(zlib.compress(b'{"v": 2, "state": 1}'))
    with pytest.raises(codec.StateError, match="inflated"):
        codec.loads(zlib.compress(b" " * (codec.MAX_STATE_BYTES + 1), 9))
    with pytest.raises(codec.StateError):
        codec.loads(b"not zlib")


def test_the_codec_keeps_shapes_numbers_and_shared_references() -> None:
    shared = [1, 2]
    cyclic: dict[Any, Any] = {"name": "loop"}
    cyclic["self"] = cyclic
    value = {
        "floats": [0.1 * i for i in range(20)] + [math.nan],
        "run": [0.5] * 20,  # a float run: written as float64 bytes
        "specials": (math.nan, math.inf, -math.inf, 2**70, -(2**63)),
        "keys": {1: "int key", (1, "a"): "tuple key", "$dollar": "escaped"},
        "sets": ({"a", "b"}, frozenset({1, 2})),
        "bytes": (b"\x00\xff", bytearray(b"ab")),
        "deque": deque([1, 2, 3], maxlen=5),
        "shared": (shared, shared),
        "cyclic": cyclic,
    }
    back = codec.loads(codec.dumps(value))
    assert back["shared"][0] is back["shared"][1]
    assert back["cyclic"]["self"] is back["cyclic"]
    assert back["deque"].maxlen == 5 and list(back["deque"]) == [1, 2, 3]
    assert back["keys"] == value["keys"] and back["sets"] == value["sets"] and back["bytes"] == value["bytes"]
    assert back["specials"][3:] == (2**70, -(2**63)) and math.isnan(back["specials"][0])
    assert back["specials"][1:3] == (math.inf, -math.inf)
    assert back["run"] == value["run"] and back["floats"][:20] == value["floats"][:20]
    with pytest.raises(TypeError, match="not a state class"):
        codec.dumps(object.__new__(logging.Logger))


def test_a_detector_without_a_data_form_is_counted_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    """``hst`` (a river model) is not written to the changelog: every other entry still is, the
    refusal is counted and logged once, not at every save."""
    det, _ = run(12, env={"SIGHTLINE_DETECTORS__METRIC__NAME": "hst"})
    with caplog.at_level(logging.WARNING, logger="sightline.process"):
        det.ctx.dirty.update(det.services)
        first = det.take_dirty()
        refused = det.failures.get("state", 0)
        for fed in det.sources["anomalies"].fed.values():  # as if fed again since the last save
            fed.unsaved = set(fed.detectors)
        det.ctx.dirty.update(det.services)
        second = det.take_dirty()
    parts = {key.decode().split("\x1f")[1] for _, key, _ in first}
    assert {"activity", "alerts", "spikes", "templates"} <= parts and "anomalies" not in parts
    assert refused > 0 and det.failures["state"] == 2 * refused  # the anomaly entries, each save
    assert all(codec.loads(blob) is not None for _, _, blob in first + second)
    warned = [r for r in caplog.records if "finding state not written" in r.getMessage()]
    assert len(warned) == 1
