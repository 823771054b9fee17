"""The embedded search store's cap (issue #15): over ``embedded.store_max_bytes`` the oldest documents go first.

Runs its own osmem-server (the session's store is shared by other tests).
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from pipeline.embedded import EmbeddedStore

pytestmark = pytest.mark.integration


def _call(store: EmbeddedStore, method: str, path: str, body: Any = None, ndjson: bytes | None = None) -> Any:
    data = ndjson if ndjson is not None else (json.dumps(body).encode() if body is not None else None)
    ctype = "application/x-ndjson" if ndjson is not None else "application/json"
    request = urllib.request.Request(store.url + path, data=data, method=method, headers={"Content-Type": ctype})
    with urllib.request.urlopen(request, timeout=30) as resp:
        return json.loads(resp.read() or b"null")


def test_oldest_documents_are_dropped_first_above_the_cap(tmp_path: Path) -> None:
    store = EmbeddedStore(port=0, log_dir=str(tmp_path), max_bytes=200_000, check_interval=3600)
    store.start()
    try:
        lines = []
        for day in (1, 2, 3):
            for n in range(400):
                lines.append(json.dumps({"create": {"_index": f"cap-logs-2026.11.0{day}"}}))
                lines.append(json.dumps({"@timestamp": f"2026-11-0{day}T00:{n // 60:02d}:{n % 60:02d}Z",
                                         "message": f"day {day} line {n} " + "x" * 200}))
        _call(store, "POST", "/_bulk?refresh=true", ndjson=("\n".join(lines) + "\n").encode())
        size, docs = store.held_bytes()
        assert docs == 1200 and size > 200_000
        assert store.enforce_cap() > 0
        _call(store, "POST", "/_refresh")
        size_after, docs_after = store.held_bytes()
        assert size_after <= 200_000 and docs_after < docs
        assert store.dropped == docs - docs_after
        oldest = _call(store, "POST", "/_all/_search", {"size": 1, "sort": [{"@timestamp": {"order": "asc"}}]})
        newest = _call(store, "POST", "/_all/_search", {"size": 1, "sort": [{"@timestamp": {"order": "desc"}}]})
        assert newest["hits"]["hits"][0]["_source"]["@timestamp"] == "2026-11-03T00:06:39Z"  # the newest kept
        assert oldest["hits"]["hits"][0]["_source"]["@timestamp"] > "2026-11-01T00:06:39Z"  # day 1 gone
        assert store.enforce_cap() == 0  # under the cap: nothing more
    finally:
        store.stop()
