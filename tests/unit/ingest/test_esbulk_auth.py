"""The bulk codec and the authenticator: pure, no socket."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import IngestAuthConfig, JsonLogMapping
from pipeline.errors import ConfigError
from pipeline.ingest.auth import Authenticator, load_keys
from pipeline.ingest.errors import Unauthenticated
from pipeline.ingest.esbulk.codec import BulkError, bulk_response, parse_bulk

MAPPING = JsonLogMapping()
DOC = st.dictionaries(st.sampled_from(["message", "msg", "MESSAGE", "log", "app", "level", "x"]),
                      st.one_of(st.text(max_size=10), st.integers(0, 100)), max_size=4)
ITEM = st.tuples(st.sampled_from(["index", "create", "delete"]), st.one_of(st.none(), st.text(min_size=1, max_size=5)), DOC)


def parse(body: bytes, index: str | None = None):
    return parse_bulk(body, index, MAPPING, "unknown_service", 1_700_000_000_000_000_000, "elasticsearch.index")


@settings(max_examples=150, derandomize=True)
@given(st.lists(ITEM, max_size=12), st.booleans())
def test_every_action_gets_one_answer_in_order(items, blank_lines) -> None:
    lines = []
    for action, index, doc in items:
        lines.append(orjson.dumps({action: {"_index": index, "_type": "_doc"} if index else {}}))
        if action != "delete":
            lines.append(orjson.dumps(doc))
        if blank_lines:
            lines.append(b"")
    parsed = parse(b"\n".join(lines), "dflt")
    answer = bulk_response(parsed, time.monotonic())
    assert [next(iter(i)) for i in answer["items"]] == [a for a, _, _ in items]
    for (action, index, _), item in zip(items, answer["items"], strict=True):
        entry = item[action]
        assert entry["_index"] == (index or "dflt")
        assert entry["status"] == (404 if action == "delete" else 201)
    assert answer["errors"] is False


def test_message_field_names_and_index_attribute() -> None:
    body = b"".join(
        orjson.dumps(line) + b"\n"
        for line in [{"index": {"_index": "a"}}, {"msg": "one"}, {"index": {}}, {"MESSAGE": "two"},
                     {"index": {}}, {"log": "three"}, {"index": {}}, {"message": "four", "service.name": "s"}]
    )
    items = parse(body, "url-index")
    assert [i.record["message"] for i in items if i.record] == ["one", "two", "three", "four"]
    assert items[0].record["attributes"] == {"elasticsearch.index": "a"}
    assert items[1].record["attributes"] == {"elasticsearch.index": "url-index"}
    assert items[3].record["service.name"] == "s"


def test_whole_request_refusals() -> None:
    with pytest.raises(BulkError, match=r"line \[1\]"):
        parse(b"nope\n")
    with pytest.raises(BulkError, match="expected one of index, create, update, delete"):
        parse(b'{"upsert": {}}\n{}\n')
    with pytest.raises(BulkError, match="no document line"):
        parse(b'{"index": {}}\n\n')


def test_update_with_doc_is_accepted_without_is_refused() -> None:
    items = parse(b'{"update": {"_id": "1"}}\n{"doc": {"message": "m"}, "doc_as_upsert": true}\n'
                  b'{"update": {"_id": "2"}}\n{"script": "x"}\n')
    answer = bulk_response(items, time.monotonic())
    assert [i["update"]["status"] for i in answer["items"]] == [200, 400] and answer["errors"] is True


def test_authenticator_accepts_bearer_apikey_basic_and_header(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text("# tenants\n\nteam-b: key-for-team-b\n")
    keys = load_keys(IngestAuthConfig(keys={"team-a": "key-for-team-a"}, keys_file=str(keys_file)))
    auth = Authenticator(keys)
    assert auth.tenant({"Authorization": "Bearer key-for-team-a"}) == "team-a"
    assert auth.tenant({"x-api-key": "key-for-team-b"}) == "team-b"
    assert auth.tenant({"Authorization": "ApiKey " + base64.b64encode(b"id:key-for-team-b").decode()}) == "team-b"
    assert auth.tenant({"Authorization": "Basic " + base64.b64encode(b"elastic:key-for-team-a").decode()}) == "team-a"
    with pytest.raises(Unauthenticated, match="missing credentials"):
        auth.tenant({})
    with pytest.raises(Unauthenticated, match="invalid"):
        auth.tenant({"Authorization": "Bearer key-for-team-"})
    assert Authenticator({}).tenant({}) is None and not Authenticator({}).enabled
    assert "key-for-team-a" not in repr(IngestAuthConfig(keys={"team-a": "key-for-team-a"}))


def test_bad_keys_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "keys"
    bad.write_text("no separator here\n")
    with pytest.raises(ConfigError, match=r"keys:1: expected name:key"):
        load_keys(IngestAuthConfig(keys_file=str(bad)))
    with pytest.raises(ConfigError, match="cannot read"):
        load_keys(IngestAuthConfig(keys_file=str(tmp_path / "missing")))
    with pytest.raises(ConfigError, match="at least 8 characters"):
        load_keys(IngestAuthConfig(keys={"t": "short"}))


def test_sentry_sdks_offer_the_dsn_key_in_their_header_or_the_query() -> None:
    from pipeline.ingest.auth import Authenticator

    auth = Authenticator({"frontend": "dsn-public-key-1"})
    header = {"X-Sentry-Auth": "Sentry sentry_version=7, sentry_client=sentry.python/2.0, sentry_key=dsn-public-key-1"}
    assert auth.tenant(header) == "frontend"
    assert auth.tenant({}, {"sentry_version": "7", "sentry_key": "dsn-public-key-1"}) == "frontend"
    with pytest.raises(Unauthenticated):
        auth.tenant({"X-Sentry-Auth": "Sentry sentry_key=someone-elses"})
