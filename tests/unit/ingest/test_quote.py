"""Values quoted in refusals (issue #15): every codec names the bad field without echoing a secret."""

from __future__ import annotations

import orjson
import pytest

from pipeline.ingest.esbulk.codec import BulkError, parse_bulk
from pipeline.ingest.jsonlogs.codec import JsonLogMapping, decode_json_logs
from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.codec import split_json
from pipeline.ingest.promremote.codec import MetadataCache, split
from pipeline.ingest.quote import shown
from pipeline.ingest.sentry.codec import decode_envelope
from pipeline.ingest.zipkin.codec import decode_json
from schemas.prometheus import WriteRequest

GHP = "ghp_" + "Zq8Lm2Xv" * 4 + "Ab3D"  # GitHub classic PAT shape: ghp_ + 36 base-62
AKIA = "AKIA" + "QZ7XK2M4PL6RT3WY"  # AWS access key id: AKIA + 16 base-32
XOXB = "xoxb-" + "123456789012-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx"  # Slack bot token
RECEIVED = 1_795_428_000_000_000_000


def _clean(text: str) -> None:
    for secret in (GHP, AKIA, XOXB):
        assert secret[4:24] not in text, text


def test_shown_replaces_secrets_and_cuts_between_words() -> None:
    assert shown(GHP) == "'[REDACTED:github-pat]'"
    assert shown(f"ts={AKIA}") == "'ts=[REDACTED:aws-access-key-id]'"
    long = "0123456789 " * 10 + GHP
    assert shown(long).endswith("...'") and len(shown(long)) <= 64 + 5
    _clean(shown(long))
    assert shown("2026-13-01T00:00:00Z") == "'2026-13-01T00:00:00Z'"  # a plain bad value is still named
    assert (shown(-1), shown(None)) == ("-1", "None")
    assert shown({"k": GHP}) == "an object"


def test_json_logs_and_bulk_refusals_name_the_field_not_the_secret() -> None:
    body = b"\n".join(orjson.dumps({"ts": value, "msg": "m"}) for value in (GHP, f"2026-01-01T00:00:00{AKIA}", XOXB))
    out = decode_json_logs(body, JsonLogMapping(), "svc", RECEIVED)
    assert [r.line for r in out.rejected] == [1, 2, 3]
    for rejection in out.rejected:
        assert rejection.reason.startswith("time ")
        _clean(rejection.reason)
    items = parse_bulk(b'{"create":{}}\n' + orjson.dumps({"@timestamp": XOXB}) + b"\n", None, JsonLogMapping(),
                       "svc", RECEIVED, "")
    assert items[0].status == 400
    assert items[0].reason.startswith("[2] time ")  # the document line
    _clean(items[0].reason)
    for bad_action in (b"{" + GHP.encode(), orjson.dumps({AKIA: {}})):
        with pytest.raises(BulkError) as caught:
            parse_bulk(bad_action + b"\n{}\n", None, JsonLogMapping(), "svc", RECEIVED, "")
        assert "Malformed action/metadata line [1]" in str(caught.value)
        _clean(str(caught.value))


def test_otlp_json_parser_errors_are_scrubbed() -> None:
    request = {"resourceMetrics": [{"scopeMetrics": [{"metrics": [
        {"name": "m", "gauge": {"dataPoints": [{"asDouble": AKIA}, {"asInt": GHP}]}},
    ]}]}]}
    out = split_json("metrics", orjson.dumps(request), Limits())
    assert out.rejected == 2 and "wrong type" in out.message
    _clean(out.message)


def test_sentry_zipkin_and_remote_write_refusals_are_scrubbed() -> None:
    event = orjson.dumps({"level": GHP, "message": "m"})
    envelope = b"{}\n" + orjson.dumps({"type": "event", "length": len(event)}) + b"\n" + event + b"\n"
    envelope += orjson.dumps({"type": "event", "length": XOXB}) + b"\n{}"
    batch = decode_envelope(envelope, "svc", RECEIVED)
    assert [i for i, _why in batch.rejected] == [0, 1] and "level" in batch.rejected[0][1]
    _clean(repr(batch.rejected))

    spans = decode_json(orjson.dumps([{"traceId": GHP, "id": "b7ad6b7169203331"},
                                      {"traceId": "0af7651916cd43dd8448eb211c80319c", "id": "b7ad6b7169203331",
                                       "timestamp": AKIA}]), "svc", RECEIVED)
    assert [i for i, _why in spans.rejected] == [0, 1] and spans.rejected[0][1].startswith("traceId ")
    _clean(repr(spans.rejected))

    request = WriteRequest()
    for labels in ({"__name__": XOXB}, {"__name__": "m", f"{GHP}-x": "v"}):
        ts = request.timeseries.add()
        for name, value in labels.items():
            ts.labels.add(name=name, value=value)
    out = split(request.SerializeToString(), request, Limits(), MetadataCache())
    assert out.refused == {"invalid_metric_name": 1, "invalid_label_name": 1}
    _clean(out.message)

