"""``sightline templates``: the listing, the search it sends, and its answer when the store is away."""

from __future__ import annotations

import socket

import pytest

from pipeline.cli import main
from pipeline.templates.cli import format_templates, search_body


def doc(service: str, tid: str, first: str, count: int = 1, **extra: object) -> dict[str, object]:
    return {"service.name": service, "template_id": tid, "template": f"error {tid} after <NUM> ms", "count": count,
            "first_seen": f"2026-11-23T{first}.000Z", "last_seen": "2026-11-23T12:00:00.000Z", "status": "active",
            **extra}


def test_services_are_grouped_newest_first_and_cut_at_the_limit() -> None:
    docs = [doc("cart", "T9", "11:00:00"), doc("checkout", "T3", "10:30:00", count=12345),
            doc("checkout", "T2", "10:20:00"), doc("checkout", "T1", "10:10:00")]
    lines = format_templates(docs, limit=2)
    assert lines == [
        "cart: 1 template",
        "  FIRST SEEN (UTC)     LAST SEEN (UTC)          COUNT  ID  TEMPLATE",
        "  2026-11-23 11:00:00  2026-11-23 12:00:00          1  T9  error T9 after <NUM> ms",
        "",
        "checkout: 3 templates (newest 2 shown)",
        "  FIRST SEEN (UTC)     LAST SEEN (UTC)          COUNT  ID  TEMPLATE",
        "  2026-11-23 10:30:00  2026-11-23 12:00:00     12,345  T3  error T3 after <NUM> ms",
        "  2026-11-23 10:20:00  2026-11-23 12:00:00          1  T2  error T2 after <NUM> ms",
    ]


def test_merged_templates_say_where_they_went_and_missing_times_show_a_dash() -> None:
    merged = {"service.name": "cart", "template_id": "Tb", "status": "merged", "merged_into": "Ta"}
    [_, _, row] = format_templates([merged], limit=5)
    assert row.split() == ["-", "-", "0", "Tb", "(merged", "into", "Ta)"]


def test_the_search_filters_by_service_and_words_and_hides_merged_templates() -> None:
    everything = search_body()
    assert everything["query"] == {"bool": {"filter": [], "must_not": [{"term": {"status": "merged"}}]}}
    assert [next(iter(s)) for s in everything["sort"]] == ["service.name", "first_seen", "template_id"]
    assert everything["sort"][1]["first_seen"]["order"] == "desc"
    body = search_body("checkout", "upstream timeout", merged=True)
    query = body["query"]["bool"]
    assert query["filter"] == [{"term": {"service.name": "checkout"}}] and query["must_not"] == []
    [must] = query["must"]
    assert {"match": {"template": {"query": "upstream timeout", "operator": "and"}}} in must["bool"]["should"]
    assert {"term": {"template_id": "upstream timeout"}} in must["bool"]["should"]


def test_an_unreachable_store_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    monkeypatch.setenv("SIGHTLINE_ELASTICSEARCH__HOSTS", f"http://127.0.0.1:{port}")
    assert main(["templates", "--service", "checkout"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"sightline: error: elasticsearch at http://127.0.0.1:{port} unreachable: "
                   f"Cannot connect to host 127.0.0.1:{port} ssl:default [Connect call failed ('127.0.0.1', {port})]"]


def test_limit_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["templates", "--limit", "0"])
    assert "must be 1 or more" in capsys.readouterr().err
