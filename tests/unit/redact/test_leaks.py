"""Issue #15: secrets that got past redaction, each reproduced and asserted gone.

Tokens are built from the providers' documented shapes (GitHub's ``ghp_`` + 36 of
``[A-Za-z0-9]``; AWS access key ids ``AKIA`` + 16 of ``[A-Z2-7]``) with a seeded RNG,
not taken from the rule file's own examples.
"""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from prometheus_client import CollectorRegistry, generate_latest
from pydantic import ValidationError

from pipeline.config import StatsConfig, load_config
from pipeline.errors import ConfigError
from pipeline.process.metrics import StatsCollector
from pipeline.process.pipeline import BatchPipeline
from pipeline.process.service import deadletter_payload
from pipeline.process.stats import RollingStats
from pipeline.redact import ExtraPattern, RedactConfig, Redactor, key_scrubber, scrub_preview
from pipeline.redact.rules import glued_pattern
from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope
from tests.unit.process.otlp_samples import T0, spans_request

RNG = random.Random(1515)
B62 = string.ascii_letters + string.digits
GHP = "ghp_" + "".join(RNG.choice(B62) for _ in range(36))
AKIA = "AKIA" + "".join(RNG.choice(string.ascii_uppercase + "234567") for _ in range(16))
REDACTOR = Redactor()


# -- 1. secrets glued to what precedes them -------------------------------------------------
@pytest.mark.parametrize("before", ["idx-", "Boom", "x_", "9", "repo.", "key=abc-"])
@pytest.mark.parametrize("secret", [GHP, AKIA, "sk_live_" + "Zq3" * 10, "xoxb-1234567890-1234567890-" + "aB3" * 8])
def test_a_secret_glued_to_the_text_before_it_is_redacted(before: str, secret: str) -> None:
    text = f"failed: {before}{secret} end"
    out = REDACTOR.redact_text(text)
    assert secret not in out and secret[4:] not in out
    assert out.startswith(f"failed: {before}") and out.endswith(" end")


HF = "hf_" + "".join(RNG.choice(string.ascii_letters) for _ in range(34))


@pytest.mark.parametrize("after", ["abc", "123", "456", "Error", "_x", "-v2", "z9"])
@pytest.mark.parametrize("before", ["", "Boom", "idx-", "7"])
@pytest.mark.parametrize("secret", [AKIA, GHP, "sk_live_" + "Zq3" * 10, "glpat-" + "aB3_x" * 4])
def test_a_secret_glued_on_either_side_is_redacted(before: str, after: str, secret: str) -> None:
    text = f"failed: {before}{secret}{after} end"
    out = REDACTOR.redact_text(text)
    assert secret not in out, out
    assert out.startswith(f"failed: {before}") and out.endswith(" end")


@pytest.mark.parametrize("text", [f"idx-{HF}abc", f"v2_{HF}", f"{HF}9 retry", f"Boom{HF}"])
def test_a_short_prefix_glued_to_digits_or_separators_is_redacted(text: str) -> None:
    assert HF not in REDACTOR.redact_text(text)


@pytest.mark.parametrize(
    "innocent",
    [
        "sha256:4b1d" + "0f3a9c" * 10,  # a digest that starts like a ClickHouse key, longer than one
        "blob 4b1d" + "e7" * 25 + " stored",
        "orders-api-3f2a1c9e-1111-2222-3333-444455556666",  # a host name with a uuid, not a LaunchDarkly key
        "favico-" + "teKPFM2Hctf9SwykxjFnrRN06r2sOVr1" + ".png",
        "go-live_" + "a" * 40,
    ],
)
def test_glueing_does_not_take_ordinary_words(innocent: str) -> None:
    assert REDACTOR.redact_text(innocent) == innocent


def test_glued_pattern_keeps_the_boundary_of_short_or_base64_prefixes() -> None:
    assert glued_pattern("(?<![\\w-])hf_[A-Za-z]{34}") == "(?:hf_[A-Za-z]{34})"  # 3 with a separator
    assert glued_pattern("(?<![a-z])ab[A-Za-z]{34}") == "(?<![a-z])ab[A-Za-z]{34}"  # 2 letters: as it was
    assert glued_pattern("(?<![\\w-])4b1d[a-z0-9]{38}(?![\\w-])").endswith("(?![\\w-]))")  # hex prefix: end kept
    assert glued_pattern("(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{20}") == "(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{20}"
    assert glued_pattern("(?<![A-Za-z0-9])(?:AKIA|A3T[A-Z])[A-Z]{16}").startswith("(?:(?:AKIA")


def test_glued_secrets_in_span_names_and_error_types_never_reach_a_metric_label() -> None:
    req = spans_request(service="checkout", n=4, error_every=1, route=f"/repos/idx-{GHP}")
    for span in req.resource_spans[0].scope_spans[0].spans:
        span.name = f"GET /repos/idx-{GHP}"
        for attr in span.events[0].attributes:
            if attr.key == "exception.type":
                attr.value.string_value = f"Boom{AKIA}Error"
    rs = RollingStats(StatsConfig())
    pipe = BatchPipeline(rs, [REDACTOR.transform])
    headers = RawEnvelope(FORMAT_OTLP_PROTO, T0).headers()
    out = pipe.process("spans", headers, req.SerializeToString(), b"checkout", T0 + 10**9)
    assert out.records
    registry = CollectorRegistry()
    registry.register(StatsCollector(rs, clock=lambda: T0 + 10**9))
    exposition = generate_latest(registry).decode()
    assert "REDACTED" in exposition  # the labels are there, redacted
    for secret in (GHP, AKIA, GHP[4:], AKIA[4:]):
        assert secret not in exposition
        assert all(secret.encode() not in v for v in out.values)


# -- 2. a secret used as an attribute key name ----------------------------------------------
def test_a_secret_as_a_key_name_is_renamed_and_the_value_kept_by_the_key_rules() -> None:
    record = {
        "attributes": {"a": 1, GHP: "visible", f"x-{AKIA}": {"password": "hunter2hunter2"}, "z": 2},
        "name": "op",
    }
    redactor = Redactor()
    findings = redactor.explain_record(record)
    attrs = record["attributes"]
    dumped = json.dumps(record)
    assert GHP not in dumped and AKIA not in dumped
    assert list(attrs) == ["a", "[REDACTED:github-pat]", "x-[REDACTED:aws-access-key-id]", "z"]  # order kept
    assert attrs["[REDACTED:github-pat]"] == "visible"  # a neutral value under it stays
    assert attrs["x-[REDACTED:aws-access-key-id]"] == {"password": "[REDACTED:secret-field]"}
    assert redactor.counts["github-pat"] == 1 and redactor.counts["aws-access-key-id"] == 1
    assert all(GHP not in f.describe() and AKIA not in f.describe() for f in findings)
    # the next batch with the same key name is renamed too (the classification is cached)
    again = {"attributes": {GHP: 5}}
    redactor.redact_records([again])
    assert again == {"attributes": {"[REDACTED:github-pat]": 5}}
    assert redactor.counts["github-pat"] == 2


def test_two_secret_key_names_redacted_alike_keep_both_values() -> None:
    other = "ghp_" + "".join(RNG.choice(B62) for _ in range(36))
    record = {"attributes": {GHP: "one", other: "two"}}
    Redactor().redact_record(record)
    assert sorted(record["attributes"].values()) == ["one", "two"]
    assert GHP not in json.dumps(record) and other not in json.dumps(record)


# -- 3. dead-letter texts ---------------------------------------------------------------------
def test_deadletter_error_text_and_preview_are_scrubbed() -> None:
    try:
        int(GHP)
    except ValueError as exc:
        error = str(exc)
    assert GHP in error  # what Python puts in the message
    otlp = {
        "resourceLogs": [{"resource": {"attributes": [
            {"key": "service.name", "value": {"stringValue": "rp"}},
            {"key": "password", "value": {"stringValue": "correct horse battery"}},
            {"value": {"stringValue": "Basic dXNlcjpwYXNz"}, "key": "Authorization"},
        ]}, "scopeLogs": [{"logRecords": [{"body": {"intValue": GHP}}]}]}]
    }
    value = orjson.dumps(otlp)
    doc = orjson.loads(deadletter_payload("decode_failed", error, "logs.raw", 0, 7, value, REDACTOR.scrub_text))
    dumped = orjson.dumps(doc).decode()
    for secret in (GHP, "correct horse battery", "dXNlcjpwYXNz"):
        assert secret not in dumped
    assert "[REDACTED:github-pat]" in doc["error"]
    assert '"key":"password","value":{"stringValue":"[REDACTED:secret-field]"}' in doc["payload_preview"]
    assert doc["payload_bytes"] == len(value)


@pytest.mark.parametrize("offset", range(-45, 5, 7))
def test_a_secret_across_the_preview_cut_leaves_no_half(offset: int) -> None:
    limit = 4096
    head = b"a " * ((limit + offset) // 2)
    value = head + GHP.encode() + b" tail " * 50
    scrubbed, cut_only = REDACTOR.scrub_preview(value, limit), scrub_preview(value, limit)
    for preview in (scrubbed, cut_only):
        assert len(preview.encode()) <= limit
        assert GHP in preview or GHP[:8] not in preview  # the token whole or not at all
    assert GHP[:8] not in scrubbed and GHP[-8:] not in scrubbed
    last = scrubbed.rstrip().rsplit(" ", 1)[-1]
    assert last in ("a", "tail") or last == "[REDACTED:github-pat]"
    # with the redactor the secret is replaced whole, wherever the cut falls
    assert GHP not in deadletter_payload("x", "e", "t", 0, 0, value, REDACTOR.scrub_text).decode()


def test_preview_cut_respects_characters_and_markers() -> None:
    text = ("é" * 2000 + " " + GHP).encode()
    preview = REDACTOR.scrub_preview(text, 4001)
    assert preview == "é" * 2000 + " "  # a marker across the cut is dropped whole, not split
    assert scrub_preview("€".encode() * 3, 7) == "€€"


def test_long_payload_is_scrubbed_past_the_limit_not_only_before_it() -> None:
    value = b"x" * 4090 + b" " + b"password=" + b"s3cretvalue" + b" more" * 3000
    preview = REDACTOR.scrub_preview(value, 4096)
    assert "s3cr" not in preview


# -- 4. Kafka message keys ---------------------------------------------------------------------
def test_kafka_message_key_is_scrubbed() -> None:
    scrub = key_scrubber(REDACTOR.scrub_text)
    assert scrub(f"svc-{GHP}".encode()) == b"svc-[REDACTED:github-pat]"
    key = b"checkout"
    assert scrub(key) is key  # no secret: the same bytes, so the same partition
    assert key_scrubber(None)(b"x" + GHP.encode()) == b"x" + GHP.encode()  # redaction off: as it was


def test_scrub_text_is_a_no_op_when_redaction_is_off() -> None:
    off = Redactor(RedactConfig(enabled=False))
    assert off.scrub_text(GHP) == GHP


# -- 5. config errors never print a secret value ---------------------------------------------
def _config_error(tmp_path: Path, env: dict[str, str], text: str | None = None) -> str:
    path = None
    if text is not None:
        path = tmp_path / "sightline.yaml"
        path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path, environ=env)
    return str(info.value)


@pytest.mark.parametrize(
    ("env", "text"),
    [
        ({"SIGHTLINE_INGEST__AUTH__KEYS": '{"team-a": "%s", }'}, None),  # the README's JSON form, one comma too many
        ({"SIGHTLINE_INGEST__AUTH__KEYS": '{"team-a": {"key": "%s"}}'}, None),
        ({}, "kafka:\n  sasl_password: ['%s']\n"),
        ({}, "kafka:\n  sasl_password: {value: '%s'}\n"),
        ({"SIGHTLINE_KAFKA__SASL_MECHANISM": "%s"}, None),  # a password pasted into the wrong variable
        ({"SIGHTLINE_KAFKA__PARTITIONS": "%s"}, None),
    ],
)
def test_config_errors_never_print_a_secret_value(tmp_path: Path, env: dict[str, str], text: str | None) -> None:
    for secret in (GHP, "Xk9-pR2_zz8-Mq4vT7wLs"):  # a known token format, and a made-up password
        if secret != GHP and not (text or any(k.endswith(("KEYS", "PASSWORD")) for k in env)):
            continue  # a made-up string in a non-secret field cannot be told from a value
        message = _config_error(
            tmp_path, {k: v % secret for k, v in env.items()}, None if text is None else text % secret
        )
        assert secret not in message and secret[4:] not in message
        assert "kafka" in message or "ingest" in message  # the error still names the key


# -- 6. user-supplied patterns run on a linear-time engine ------------------------------------
_STALL = """
from pipeline.redact import ExtraPattern, RedactConfig, Redactor
cfg = RedactConfig(
    extra_patterns=[ExtraPattern(name="evil", regex="(a+)+$")],
    allow_list=["(x+x+)+y"],
)
records = [{"body": "a" * 40 + "b", "attributes": {"k": "a" * 40 + "b", "x": "x" * 40}} for _ in range(200)]
r = Redactor(cfg)
r.redact_records(records)
print(r.redact_text("a" * 40 + "b" + " " + "x" * 40), records[0]["body"] == "a" * 40 + "b")
"""


def test_a_catastrophic_user_pattern_cannot_stall_a_batch() -> None:
    # With Python's backtracking `re`, (a+)+$ on 40 a's and a b takes about 2^40 steps
    # (hours); the child is killed at the timeout, which is a liveness bound, not a timing.
    done = subprocess.run(
        [sys.executable, "-c", _STALL], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["a" * 40 + "b", "x" * 40, "True"]


def test_user_patterns_still_redact_with_secret_groups_and_flags() -> None:
    cfg = RedactConfig(
        extra_patterns=[
            ExtraPattern(name="acme-token", regex=r"(?i)acme_key=(?P<secret>[a-z0-9]{12})", keywords=["acme_key="]),
        ],
        allow_list=["acme_[0-9]+"],
    )
    r = Redactor(cfg)
    assert r.redact_text("ACME_KEY=abcdef012345 ok") == "ACME_KEY=[REDACTED:acme-token] ok"
    assert r.redact_text("glued:xACME_KEY=abcdef012345") == "glued:xACME_KEY=[REDACTED:acme-token]"


@pytest.mark.parametrize(
    ("regex", "what"),
    [(r"(?<![a-z])acme_[0-9]{8}", "lookbehind"), (r"(['\"])[a-z]{8}\1", "backreference"), (r"acme(?=_)", "lookahead")],
)
def test_a_pattern_re2_cannot_run_is_refused_naming_it(regex: str, what: str) -> None:
    with pytest.raises(ValidationError) as info:
        RedactConfig(extra_patterns=[ExtraPattern(name="acme", regex=regex)])
    message = str(info.value)
    assert "extra pattern 'acme'" in message and "RE2" in message, what
    with pytest.raises(ValidationError, match="allow_list entry"):
        RedactConfig(allow_list=[regex])
    with pytest.raises(ValidationError, match="bad regular expression"):
        RedactConfig(extra_patterns=[ExtraPattern(name="acme", regex="acme_(")])


def test_key_named_secrets_in_otlp_protobuf_previews_are_redacted() -> None:
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

    req = ExportLogsServiceRequest()
    rl = req.resource_logs.add()
    for key, value in (("service.name", "rp"), ("db.password", "correct horse"), ("authorization", "Bearer abc.def.ghi")):
        rl.resource.attributes.append(KeyValue(key=key, value=AnyValue(string_value=value)))
    rl.scope_logs.add().log_records.add().body.string_value = "hello"
    preview = REDACTOR.scrub_preview(req.SerializeToString(), 4096)
    assert "correct horse" not in preview and "abc.def.ghi" not in preview
    assert "rp" in preview and "hello" in preview and "Bearer [REDACTED:secret-field]" in preview
