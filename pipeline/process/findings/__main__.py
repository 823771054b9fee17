"""``python -m pipeline.process.findings``: write the registered kinds into the alert JSON Schema.

``schemas/jsonschema/alert.json`` is read by other consumers of the alert
topic, so it spells the kinds out; this keeps its ``kind`` enum equal to
:data:`~pipeline.process.findings.KINDS` (``make docs`` runs it; a unit test
fails while they differ).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.process.findings import KINDS

ALERT_SCHEMA = Path(__file__).resolve().parents[3] / "schemas" / "jsonschema" / "alert.json"
_KIND_LINE = re.compile(r'^(\s*"kind": )\{"enum": \[[^\]]*\]\}', re.M)


def rendered(text: str) -> str:
    """``text`` (the schema file) with its ``kind`` enum set to the registered kinds."""
    enum = json.dumps({"enum": list(KINDS)})
    new, n = _KIND_LINE.subn(lambda m: m.group(1) + enum, text, count=1)
    if n != 1:
        raise ValueError(f"{ALERT_SCHEMA}: no line of the form '\"kind\": {{\"enum\": [...]}}'")
    return new


if __name__ == "__main__":
    ALERT_SCHEMA.write_text(rendered(ALERT_SCHEMA.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated {ALERT_SCHEMA}")
