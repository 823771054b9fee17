"""The docstore as ``sightline up`` runs it: a child process whose documents outlive a restart, one per directory."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import EmbeddedConfig
from pipeline.embedded import DocStoreProcess, make_store
from pipeline.errors import StartupError

pytestmark = pytest.mark.integration


def _call(url: str, method: str, path: str, body: bytes | None = None, content_type: str = "application/json") -> Any:
    request = urllib.request.Request(url + path, data=body, method=method, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=30) as resp:
        assert resp.headers["X-Elastic-Product"] == "Elasticsearch"
        return json.loads(resp.read())


def test_documents_survive_a_restart_and_a_directory_has_one_store(tmp_path: Path) -> None:
    cfg = EmbeddedConfig(store_engine="sqlite", store_port=0, store_dir=str(tmp_path / "data"), log_dir=str(tmp_path))
    first = make_store(cfg)
    assert isinstance(first, DocStoreProcess) and first.max_bytes == 4 * 1024**3
    first.start()
    try:
        lines = b"".join(
            b'{"create":{"_index":"s-logs-2026.12.05","_id":"%d"}}\n{"id":"%d","@timestamp":"2026-12-05T10:00:00Z",'
            b'"message":"hello world %d"}\n' % (i, i, i) for i in range(50))
        assert _call(first.url, "POST", "/_bulk", lines, "application/x-ndjson")["errors"] is False
        second = DocStoreProcess(port=0, data_dir=cfg.data_dir(), log_dir=str(tmp_path / "second"))
        with pytest.raises(StartupError) as refused:
            second.start(timeout=20)
        assert "exited" in str(refused.value) and "another store process uses" in str(refused.value)
    finally:
        first.stop()
    again = DocStoreProcess(port=0, data_dir=cfg.data_dir(), log_dir=str(tmp_path / "again"))
    again.start()
    try:
        assert _call(again.url, "GET", "/s-logs-*/_count")["count"] == 50
        found = _call(again.url, "POST", "/s-logs-*/_search", b'{"query":{"match":{"message":"world"}},"size":0}')
        assert found["hits"]["total"]["value"] == 50
        assert again.held_bytes()[1] == 50 and again.dropped == 0
    finally:
        again.stop()
