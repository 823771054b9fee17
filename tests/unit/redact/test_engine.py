"""The engine's API, config, metrics and CLI."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from pydantic import ValidationError

from pipeline.errors import ConfigError
from pipeline.redact import RedactConfig, Redactor
from pipeline.redact import cli as redact_cli

SECRET = "ghp_" + "Ab1" * 12


def test_log_record_and_span_are_redacted_in_place() -> None:
    log = {
        "@timestamp": "2024-05-01T12:00:00Z",
        "service.name": "checkout",
        "message": f"calling github with {SECRET} for user 42",
        "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
        "span_id": "00f067aa0ba902b7",
        "attributes": {"http": {"request": {"header": {"authorization": "Bearer abc.def.ghi123"}}}, "token_count": 12},
        "resource": {"deployment.environment": "prod", "STRIPE_SECRET": "sk_live_" + "x1" * 12},
    }
    span = {"name": "GET /", "attributes": {}, "events": [{"name": "exception", "attributes": {
        "exception.message": "auth failed password=hunter2", "exception.stacktrace": f"at X.y(X.java:1)\n{SECRET}"}}]}
    r = Redactor()
    assert r.redact_records([log, span]) == 5
    assert log["message"] == "calling github with [REDACTED:github-pat] for user 42"
    assert log["attributes"]["http"]["request"]["header"]["authorization"] == "Bearer [REDACTED:secret-field]"
    assert log["attributes"]["token_count"] == 12
    assert log["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736" and log["span_id"] == "00f067aa0ba902b7"
    assert log["resource"]["STRIPE_SECRET"] == "[REDACTED:stripe-secret-key]"
    assert span["events"][0]["attributes"]["exception.message"] == "auth failed password=[REDACTED:secret-assignment]"


def test_explain_names_rules_and_never_the_secret() -> None:
    _, findings = Redactor().explain_text(f"x {SECRET}")
    assert [f.rule for f in findings] == ["github-pat"]
    assert all(SECRET not in f.describe() for f in findings)
    record = {"attributes": {"db.password": "hunter2"}}
    found = Redactor().explain_record(record)
    assert [(f.path, f.rule) for f in found] == [("attributes.db.password", "secret-field")]


def test_config_rules_off_extra_keys_patterns_allow_list_marker() -> None:
    cfg = RedactConfig(
        disable=["vcs-ci"],
        extra_keys=["pin"],
        extra_patterns=[{"name": "acme-token", "regex": r"acme_[a-z0-9]{8}", "keywords": ["acme_"]}],
        allow_list=[r"sk_test_0+"],
        marker="<{group}:{rule}>",
    )
    r = Redactor(cfg)
    assert r.redact_text(f"x {SECRET}") == f"x {SECRET}"  # group disabled
    assert r.redact_text("pin=1234 acme_abcd1234") == "pin=<keyvalue:secret-assignment> <custom:acme-token>"
    assert r.redact_text("key sk_test_000000000000000000000000") == "key sk_test_000000000000000000000000"
    record = {"card.pin": "9876"}
    r.redact_record(record)
    assert record == {"card.pin": "<keyvalue:secret-field>"}
    assert Redactor(RedactConfig(enabled=False)).redact_text(f"x {SECRET}") == f"x {SECRET}"


def test_config_errors_name_the_bad_entry() -> None:
    with pytest.raises(ValidationError, match=r"acme.*bad regular expression"):
        RedactConfig(extra_patterns=[{"name": "acme", "regex": "(", "keywords": ["a"]}])
    with pytest.raises(ValidationError, match="unknown rule or group 'nope'"):
        RedactConfig(disable=["nope"])
    with pytest.raises(ValidationError, match="marker"):
        RedactConfig(marker="[{secret}]")
    with pytest.raises(ValidationError, match="extra"):
        RedactConfig.model_validate({"unknown": 1})
    assert RedactConfig.model_validate({"extra_keys": "pin, otp"}).extra_keys == ["pin", "otp"]


def test_metrics_on_the_registry_passed_in_without_secrets() -> None:
    registry = CollectorRegistry()
    r = Redactor()
    r.register_metrics(registry)
    r.redact_records([{"message": f"t {SECRET}"}, {"attributes": {"password": "hunter2"}}])
    text = generate_latest(registry).decode()
    assert 'sightline_redactions_total{rule="github-pat"} 1.0' in text
    assert 'sightline_redactions_total{rule="secret-field"} 1.0' in text
    assert "sightline_redaction_records_total 2.0" in text
    assert SECRET not in text and "hunter2" not in text


def test_cli_redacts_lines_and_records_and_explains(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.StringIO(f'plain {SECRET}\n{{"attributes": {{"password": "hunter2", "n": 5}}}}\nnot {{json\n')
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cfg = tmp_path / "c.yaml"
    cfg.write_text("redact:\n  marker: '#{rule}#'\nkafka: {}\n")
    parser = argparse.ArgumentParser()
    redact_cli.add_arguments(parser)
    assert redact_cli.run(parser.parse_args(["--explain", "--config", str(cfg)])) == 0
    lines = out.getvalue().splitlines()
    assert lines == ["plain #github-pat#", '{"attributes":{"password":"#secret-field#","n":5}}', "not {json"]
    assert "line 1: [6:46] github-pat (vcs-ci)" in err.getvalue()
    assert SECRET not in err.getvalue() and "hunter2" not in err.getvalue()
    bad = tmp_path / "bad.yaml"
    bad.write_text("redact:\n  allow_list: ['(']\n")
    with pytest.raises(ConfigError, match=r"redact\.allow_list"):
        redact_cli.load_redact_config(bad)


def test_a_resource_shared_by_records_is_walked_once_and_redacted_for_all() -> None:
    """Records of one OTLP resource share its dict: one walk, one replacement, every record counted."""
    secret = "ghp_" + "Ab3dE" * 7 + "x"
    shared = {"service.name": "checkout", "deploy.token": "hunter2hunter2", "note": f"built with {secret}"}
    records = [{"message": f"line {i}", "resource": shared, "attributes": {"i": i}} for i in range(5)]
    alone = [{"message": f"line {i}", "resource": dict(shared), "attributes": {"i": i}} for i in range(5)]
    r_shared, r_alone = Redactor(), Redactor()
    replaced = r_shared.redact_records(records)
    r_alone.redact_records(alone)
    assert records == alone  # the same result as resources of their own
    assert records[0]["resource"] is records[4]["resource"]  # still shared, redacted in place
    assert secret not in str(records) and "hunter2" not in str(records)
    assert replaced == 2  # once, not once per record
    assert r_shared.records_redacted == 5 == r_alone.records_redacted
    # a later batch that shares the (already redacted) dict walks it again, finds nothing new
    more = [{"message": "again", "resource": shared}]
    assert r_shared.redact_records(more) == 0


def test_an_iam_unique_id_is_replaced_whole_and_the_allow_list_keeps_it() -> None:
    """IAM unique ids are 21 characters (AWS's identifiers page): the 20-character access-key form
    public rule sets share with them must not leave the last character behind."""
    line = "principalId AIDAJQABLZS4A3QDU576Q assumed AROA3XFRBF535PLBIFPI4:session key AKIAIOSFODNN7EXAMPLE"
    out = Redactor(RedactConfig()).redact_text(line)
    assert "AIDA" not in out and "AROA" not in out and "AKIA" not in out
    assert out.count("[REDACTED:") == 3 and "] assumed" in out and "]:session" in out
    kept = Redactor(RedactConfig(allow_list=["A(?:IDA|ROA)[A-Z0-9]{16,17}"])).redact_text(line)
    assert "AIDAJQABLZS4A3QDU576Q" in kept and "AROA3XFRBF535PLBIFPI4" in kept and "AKIA" not in kept


def test_a_secret_key_name_is_renamed_even_when_the_key_cache_empties_mid_batch() -> None:
    """The key classifier's cache is bounded (8,192 names); emptying it inside a batch must not skip a rename."""
    secret = "ghp_" + "Ab3dE" * 7 + "x"
    first = {"message": "token as a key", "attributes": {secret: "value"}}
    # enough distinct key names after it, in the same batch, to empty the cache once
    rest = [{"message": "m", "attributes": {f"field_{i}": i}} for i in range(8300)]
    redactor = Redactor()
    redactor.redact_records([first, *rest])
    assert secret not in str(first)
    assert list(first["attributes"].values()) == ["value"]  # the value stays, under its redacted name
