"""bench store's documents have the shape the sink writes for a log record (checked against the schema)."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.bench.store import make_docs
from schemas.elasticsearch import index_template


def test_documents_use_only_fields_the_logs_template_maps_or_maps_dynamically() -> None:
    mapped = index_template("logs", "sightline-logs-*", data_stream=False)["template"]["mappings"]["properties"]
    for doc in make_docs(50):
        for key in doc:
            # attributes and resource are mapped dynamically (strings as keywords), the rest explicitly
            assert key in mapped or key.split(".")[0] in mapped or key in ("attributes", "resource"), key
        assert doc["@timestamp"].endswith("Z") and len(doc["@timestamp"]) == 24


def test_documents_are_seeded_and_distinct() -> None:
    assert make_docs(20, seed=3) == make_docs(20, seed=3)
    docs = make_docs(200)
    assert len({json.dumps(d, sort_keys=True) for d in docs}) == 200
    assert sum(d["severity_text"] == "ERROR" for d in docs) == 4


def test_the_json_schema_of_log_records_accepts_them() -> None:
    schema_dir = Path(__file__).resolve().parents[2] / "schemas" / "jsonschema"
    import jsonschema

    schema = json.loads((schema_dir / "log_record.json").read_text())
    for doc in make_docs(20):
        jsonschema.validate(doc, schema)


def test_histogram_points_have_the_shape_of_metric_points() -> None:
    from pipeline.bench.store import make_histogram_docs

    schema_dir = Path(__file__).resolve().parents[2] / "schemas" / "jsonschema"
    import jsonschema

    schema = json.loads((schema_dir / "metric_point.json").read_text())
    mapped = index_template("metrics", "sightline-metrics-*", data_stream=False)["template"]["mappings"]["properties"]
    for doc in make_histogram_docs(20):
        jsonschema.validate(doc, schema)
        for key in doc:
            assert key in mapped or key.split(".")[0] in mapped or key in ("attributes", "resource"), key
