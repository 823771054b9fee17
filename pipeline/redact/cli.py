"""``sightline redact``: redact lines or JSON records from stdin, for trying rules.

A line that parses as a JSON object is a record (redacted by value and by key
name, printed back as one JSON line); any other line is text.  ``--explain``
writes, on stderr, the rule behind each replacement and where it was -- never
the secret.  ``--config FILE`` reads the ``redact:`` section of a YAML config
file (the same section the processors use).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

import orjson
import yaml
from pydantic import ValidationError

from pipeline.errors import ConfigError
from pipeline.redact.config import RedactConfig
from pipeline.redact.engine import Redactor

__all__ = ["add_arguments", "load_redact_config", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``sightline redact``."""
    parser.add_argument(
        "--config",
        dest="redact_config",
        metavar="FILE",
        help="YAML file whose top-level 'redact:' section configures the rules (default: the global --config)",
    )
    parser.add_argument(
        "--explain", action="store_true", help="name the rule behind each replacement on stderr (never the secret)"
    )
    parser.add_argument("--rules", action="store_true", help="list the active rules (id, group, description) and exit")


def load_redact_config(path: str | Path | None) -> RedactConfig:
    """The ``redact:`` section of a YAML file (defaults without a file).

    Raises
    ------
    ConfigError
        The file cannot be read or parsed, or the section is invalid; the
        message names the key (``redact.extra_patterns.0.regex``).
    """
    if path is None:
        return RedactConfig()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    try:
        return RedactConfig.from_mapping(data.get("redact"))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in ("redact", *first["loc"]))
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None


def _line(redactor: Redactor, line: str, number: int, explain: bool, err: TextIO) -> str:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            record: Any = orjson.loads(stripped)
        except orjson.JSONDecodeError:
            record = None
        if isinstance(record, dict):
            findings = redactor.explain_record(record)
            if explain:
                for f in findings:
                    print(f"line {number}: {f.describe()}", file=err)
            return orjson.dumps(record).decode()
    text, findings = redactor.explain_text(line)
    if explain:
        for f in findings:
            print(f"line {number}: {f.describe()}", file=err)
    return text


def run(args: argparse.Namespace) -> int:
    """Redact stdin to stdout; returns the exit code."""
    path = getattr(args, "redact_config", None) or getattr(args, "config", None)
    redactor = Redactor(load_redact_config(path))
    if getattr(args, "rules", False):
        for rule in redactor.rules:
            print(f"{rule.id:<40} {rule.group:<14} {rule.description}")
        return 0
    explain = bool(getattr(args, "explain", False))
    out, err = sys.stdout, sys.stderr
    for number, raw in enumerate(sys.stdin, start=1):
        line = raw[:-1] if raw.endswith("\n") else raw
        out.write(_line(redactor, line, number, explain, err) + "\n")
    out.flush()
    if explain:
        total = sum(redactor.counts.values())
        by_rule = ", ".join(f"{rule}={n}" for rule, n in sorted(redactor.counts.items()))
        print(f"{total} replacement(s){': ' + by_rule if by_rule else ''}", file=err)
    return 0
