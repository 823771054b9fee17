"""Template documents: built from the miner after redaction, published when they change, stable ids."""

from __future__ import annotations

import pickle
import sys
import types
import zlib
from typing import Any

import jsonschema
import orjson

from detectors.templates import TemplateMiner
from pipeline.config import load_config
from pipeline.process.findings import Findings, Settings, TemplateFindings
from pipeline.process.pipeline import BatchPipeline
from pipeline.process.stats import RollingStats
from pipeline.process.transforms import default_transforms
from pipeline.templates import merged_document, template_doc_id, template_document
from schemas.elasticsearch import json_schema
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope

T0 = 1_795_428_000
SCHEMA = json_schema("templates")


def validate(doc: dict[str, Any]) -> None:
    jsonschema.validate(doc, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_a_template_document_has_the_template_its_counts_and_samples() -> None:
    miner = TemplateMiner(window=60.0)
    for i, t in enumerate([T0 + 1, T0 + 30, T0 + 61, T0 + 200]):
        match = miner.add(f"upstream timeout after {i * 7} ms calling 10.0.0.{i}", t=t,
                          record_id=f"rec{i}", trace_id=f"{i:032x}" if i % 2 else None)
    doc = dict(template_document("checkout", miner.template(match.template_id), (T0 + 300) * 10**9, 60.0))
    validate(doc)
    assert doc["template"] == "upstream timeout after <NUM> ms calling <IP>"
    assert doc["wildcards"] == ["<IP>", "<NUM>"] and doc["status"] == "active"
    assert doc["id"] == template_doc_id("checkout", match.template_id) and len(doc["id"]) == 32
    assert doc["count"] == 4 and doc["first_seen"] == "2026-11-23T10:00:01.000Z"
    assert doc["last_seen"] == doc["@timestamp"] == "2026-11-23T10:03:20.000Z"
    assert doc["windows"] == [
        {"start": "2026-11-23T10:00:00.000Z", "count": 2},
        {"start": "2026-11-23T10:01:00.000Z", "count": 1},
        {"start": "2026-11-23T10:03:00.000Z", "count": 1},
    ]
    assert doc["sample_record_ids"] == ["rec0", "rec1", "rec2", "rec3"]
    assert doc["sample_trace_ids"] == [f"{1:032x}", f"{3:032x}"]  # records without a trace id are skipped
    assert doc["time_unix_nano"] == (T0 + 300) * 10**9


def test_a_merged_template_leaves_a_short_document() -> None:
    doc = dict(merged_document("checkout", "T2", "T1", T0 + 5.0, T0 * 10**9))
    validate(doc)
    assert doc["status"] == "merged" and doc["merged_into"] == "T1" and "template" not in doc


def detection(**env: str) -> Findings:
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "0", **env})
    return Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))


def templates(det: Findings) -> TemplateFindings:
    source = det.source(TemplateFindings)
    assert source is not None
    return source


def error_log(seconds: float, message: str, service: str = "checkout") -> dict[str, Any]:
    return {"service.name": service, "severity_number": 17, "message": message, "attributes": {},
            "time_unix_nano": int((T0 + seconds) * 1e9), "id": f"id{seconds}", "trace_id": f"{int(seconds):032x}"}


def ids(batches: list[tuple[str, list[Any]]]) -> dict[str, list[tuple[str, str]]]:
    return {service: [(d["template_id"], d["status"]) for d in docs] for service, docs in batches}


def test_changed_templates_are_handed_out_once_per_change() -> None:
    det = detection()
    det.on_records("logs", [error_log(1, "disk /var/lib/db is 97% full"),
                            error_log(2, "payment declined for order 17"),
                            error_log(3, "KeyError: 'warehouse_3' not found", service="inventory")])
    first = templates(det).take_docs(T0 + 10)
    assert {s: len(d) for s, d in first} == {"checkout": 2, "inventory": 1}
    for _, docs in first:
        for doc in docs:
            validate(dict(doc))
    assert templates(det).take_docs(T0 + 20) == []  # nothing changed since
    det.on_records("logs", [error_log(30, "payment declined for order 18")])
    [(service, [doc])] = templates(det).take_docs(T0 + 40)
    assert service == "checkout" and doc["template"] == "payment declined for order <NUM>" and doc["count"] == 2
    assert doc["time_unix_nano"] == (T0 + 40) * 10**9  # the store keeps the newest version
    # only error logs are mined
    det.on_records("logs", [{**error_log(50, "cache warmed"), "severity_number": 9}])
    assert templates(det).take_docs(T0 + 60) == []


def test_merged_templates_are_published_as_merged_and_the_survivor_lists_them() -> None:
    det = detection(SIGHTLINE_TEMPLATES__FAMILY_SIZE="3")
    names = ["alice", "bob"]
    det.on_records("logs", [error_log(i, f"user {n} logged in from a locked account") for i, n in enumerate(names)])
    [(_, before)] = templates(det).take_docs(T0 + 10)
    assert len(before) == 2
    det.on_records("logs", [error_log(20, "user carol logged in from a locked account")])
    [(_, after)] = templates(det).take_docs(T0 + 30)
    merged = [d for d in after if d["status"] == "merged"]
    [survivor] = [d for d in after if d["status"] == "active"]
    assert survivor["template"] == "user <*> logged in from a locked account" and survivor["count"] == 3
    assert {d["merged_into"] for d in merged} == {survivor["template_id"]}
    # every earlier document is now either the survivor or marked merged into it
    assert {d["template_id"] for d in before} <= {survivor["template_id"]} | {d["template_id"] for d in merged}
    assert set(survivor["aliases"]) >= {d["template_id"] for d in merged}


def test_templates_that_could_not_be_sent_go_out_next_time() -> None:
    det = detection()
    det.on_records("logs", [error_log(1, "disk /var/lib/db is 97% full")])
    [(service, docs)] = templates(det).take_docs(T0 + 10)
    templates(det).requeue_docs(service, docs)
    [(_, again)] = templates(det).take_docs(T0 + 20)
    assert [d["id"] for d in again] == [d["id"] for d in docs]


def test_document_ids_and_pending_publication_survive_a_restart() -> None:
    det = detection()
    det.on_records("logs", [error_log(1, "disk /var/lib/db is 97% full")])
    entries = det.take_dirty()  # what the processor writes to its changelog
    restored = detection()
    assert all(restored.load(key, blob) for _, key, blob in entries)
    [(_, [doc])] = templates(restored).take_docs(T0 + 10)  # not yet published before the "crash"
    det.on_records("logs", [error_log(2, "disk /var/lib/db is 98% full")])
    [(_, [live])] = templates(det).take_docs(T0 + 10)
    assert doc["id"] == live["id"] and doc["template_id"] == live["template_id"]


def test_a_legacy_pickled_entry_is_refused_and_the_service_mines_afresh() -> None:
    # processors before issue #15 wrote pickles; they are refused, never unpickled
    det = detection()
    det.on_records("logs", [error_log(1, "disk /var/lib/db is 97% full")])
    old = dict(templates(det).state["checkout"].__dict__)
    del old["unpublished"], old["retired"]
    blob = zlib.compress(legacy_core_pickle(old), 1)
    restored = detection()
    assert not restored.load(b"checkout\x1fcore", blob)
    assert "checkout" not in templates(restored).state
    restored.on_records("logs", [error_log(2, "disk /var/lib/db is 98% full")])
    mined = templates(restored).state["checkout"].miner
    assert [t.text for t in mined.templates()] == ["disk <PATH> is <NUM> full"]


def legacy_core_pickle(service_state: dict[str, Any]) -> bytes:
    """A pickle naming the old classes, as processors before the split wrote them."""
    module = types.ModuleType("pipeline.process.detect")

    class ServiceState:
        pass

    class _Core:
        pass

    for cls in (ServiceState, _Core):
        cls.__module__, cls.__qualname__ = module.__name__, cls.__name__
        setattr(module, cls.__name__, cls)
    state = ServiceState()
    state.__dict__.update(service_state, spikes=None, last_seen=1.0, evidence={})
    core = _Core()
    core.__dict__.update(state=state, alerts={})
    sys.modules[module.__name__] = module
    try:
        return pickle.dumps(core, protocol=5)
    finally:
        del sys.modules[module.__name__]


def test_templates_are_mined_after_redaction() -> None:
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "0"})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    pipeline = BatchPipeline(stats, default_transforms(cfg.redact, None), [det.on_stats])
    pipeline.record_hooks.append(det.on_records)
    secret = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    record = {"service.name": "api", "time_unix_nano": T0 * 10**9, "severity_text": "ERROR", "severity_number": 17,
              "message": f"clone failed for https://x-access-token:{secret}@github.com/acme/app.git with token {secret}"}
    env = RawEnvelope(FORMAT_RECORDS_JSON, T0 * 10**9)
    pipeline.process("logs", env.headers(), orjson.dumps([record]), b"api", T0 * 10**9, 0)
    [(_, [doc])] = templates(det).take_docs(T0 + 1)
    assert secret not in orjson.dumps(doc).decode()
    assert "[REDACTED:" in doc["template"]
