"""A rule that reads a quote finds its own examples with the quotes escaped once or twice.

A line logged inside a JSON string or a logfmt quoted value has its quotes written ``\\"``;
a JSON body inside such a string (a request body, a dumped object, kubectl's
last-applied-configuration annotation) has them escaped twice, ``\\\\\\"``, and its
backslashes four times.  Each rule whose regex holds a quote is drawn from its own examples
(one draw each, seeded by the rule's id and the example's place, as ``test_rules`` draws
them) and carried four ways: escaped once (a JSON string, a logfmt value) and twice (a JSON
body in a logfmt value, a JSON body in a JSON string).  Every example the library redacts
plain must be redacted in each (issue #17: 22 rules lost an example escaped twice).
The same rules' negatives carried the same ways must be left as they are.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable

import pytest

from pipeline.redact import Redactor, load_library
from pipeline.redact.synth import expand
from tests.unit.redact.quality import leaked_piece, marker_pattern

REDACTOR = Redactor()
MARKERS = marker_pattern(REDACTOR.config.marker)


def _json_string(text: str) -> str:
    """``text`` as a JSON log record's message: escaped once."""
    return json.dumps({"level": "info", "msg": f"sending {text}"})


def _logfmt(text: str) -> str:
    """``text`` as a logfmt quoted value: quotes and backslashes escaped once."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'ts=2026-12-07T14:00:00Z level=warn detail="{escaped}" trace_id=4bf92f3577b34da6'


def _json_in_logfmt(text: str) -> str:
    """``text`` in a JSON body written as a logfmt value: escaped twice."""
    return _logfmt(json.dumps({"body": text}))


def _json_in_json(text: str) -> str:
    """``text`` in a JSON body written as a JSON log record's message: escaped twice."""
    return json.dumps({"level": "debug", "msg": json.dumps({"request": text})})


CARRIERS: dict[str, Callable[[str], str]] = {
    "json": _json_string,
    "logfmt": _logfmt,
    "json-in-logfmt": _json_in_logfmt,
    "json-in-json": _json_in_json,
}


def _leaks(text: str, secrets: tuple[str, ...]) -> list[str]:
    out = REDACTOR.redact_text(text)
    return [p for s in secrets if (p := leaked_piece(s, text, out, MARKERS)) is not None]


def _draw(rule_id: str, k: int, template: str) -> tuple[str, tuple[str, ...]]:
    sample = expand(template, random.Random(zlib.crc32(f"{rule_id}/{k}".encode())))
    return sample.text, sample.secrets


_QUOTED_RULES = [r for r in load_library() if r.enabled and '"' in r.pattern]


def _example_cases() -> list[tuple[str, int, str]]:
    """Each example of a rule that reads a quote, holding a quote and redacted plain."""
    cases = []
    for rule in _QUOTED_RULES:
        for k, template in enumerate(rule.examples):
            text, secrets = _draw(rule.id, k, template)
            if '"' in text and not _leaks(text, secrets):
                cases.append((rule.id, k, template))
    return cases


def _negative_cases() -> list[tuple[str, int, str]]:
    """Each negative of a rule that reads a quote, holding a quote and left alone plain."""
    cases = []
    for rule in _QUOTED_RULES:
        for k, template in enumerate(rule.negatives):
            text, _ = _draw(rule.id, k, template)
            if '"' in text and REDACTOR.redact_text(text) == text:
                cases.append((rule.id, k, template))
    return cases


@pytest.mark.parametrize("carrier", list(CARRIERS))
@pytest.mark.parametrize(("rule_id", "k", "template"), _example_cases(), ids=lambda v: str(v)[:40])
def test_an_example_is_redacted_escaped_once_or_twice(
    rule_id: str, k: int, template: str, carrier: str
) -> None:
    text, secrets = _draw(rule_id, k, template)
    carried = CARRIERS[carrier](text)
    assert not _leaks(carried, secrets), REDACTOR.redact_text(carried)


@pytest.mark.parametrize("carrier", list(CARRIERS))
@pytest.mark.parametrize(("rule_id", "k", "template"), _negative_cases(), ids=lambda v: str(v)[:40])
def test_a_negative_is_kept_escaped_once_or_twice(
    rule_id: str, k: int, template: str, carrier: str
) -> None:
    text, _ = _draw(rule_id, k, template)
    carried = CARRIERS[carrier](text)
    assert REDACTOR.redact_text(carried) == carried


# Hand-made lines of the kind that carry a credential escaped twice.
_PULL_AUTH = "ZGVwbG95OlF3N3JUeTJ1STlvUDRhUzZkRg=="  # deploy:<password>, base64
_DOCKERCONFIG = "eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLmlvIjp7ImF1dGgiOiJaR1Z3Ykc5NU9sRjNOM0pVZVRKMVNUbHZVRFJoVXpaa1JnPT0ifX19"
_SECRET_OBJECT = {
    "apiVersion": "v1",
    "kind": "Secret",
    "metadata": {"name": "regcred", "namespace": "ci"},
    "type": "kubernetes.io/dockerconfigjson",
    "data": {".dockerconfigjson": _DOCKERCONFIG},
}

HANDMADE = [
    # a docker config.json read by a deploy step and logged as a JSON body inside a JSON log line
    (
        json.dumps(
            {
                "level": "debug",
                "msg": json.dumps(
                    {
                        "file": "/root/.docker/config.json",
                        "content": json.dumps(
                            {"auths": {"registry.acme.io": {"auth": _PULL_AUTH}}}
                        ),
                    }
                ),
            }
        ),
        _PULL_AUTH,
    ),
    # kubectl logs the object it applied, its last-applied-configuration annotation a JSON string
    (
        json.dumps(
            {
                "level": "info",
                "msg": "applied",
                "object": json.dumps(
                    {
                        "metadata": {
                            "annotations": {
                                "kubectl.kubernetes.io/last-applied-configuration": json.dumps(
                                    _SECRET_OBJECT
                                )
                            }
                        }
                    }
                ),
            }
        ),
        _DOCKERCONFIG,
    ),
    # a Kubernetes secret manifest as a JSON body inside a JSON log line's message
    (
        json.dumps(
            {
                "level": "debug",
                "msg": "POST /api/v1/namespaces/ci/secrets body=" + json.dumps(_SECRET_OBJECT),
            }
        ),
        _DOCKERCONFIG,
    ),
    # a CI runner's step event (JSON) logged as a logfmt value: the command line's quotes escaped twice
    (
        _logfmt(
            json.dumps(
                {"step": "rotate", "command": 'vault-agent --secret "Tq8vNw3xLp6zRk2m" --role app'}
            )
        ),
        "Tq8vNw3xLp6zRk2m",
    ),
    (
        _logfmt(
            json.dumps(
                {"step": "migrate", "command": 'mysql -h db -u app "-pTq8vNw3x; Lp6zRk" shop'}
            )
        ),
        "Tq8vNw3x; Lp6zRk",
    ),
    (
        _logfmt(
            json.dumps(
                {"step": "cache", "command": 'redis-cli CONFIG SET requirepass "Tq8vNw3xLp6zRk2m"'}
            )
        ),
        "Tq8vNw3xLp6zRk2m",
    ),
    (
        _logfmt(json.dumps({"argv": 'mysqladmin -uroot "--password=Tq8vNw3x; Lp6z" ping'})),
        "Tq8vNw3x; Lp6z",
    ),
    # a JSON request body, itself logged as a JSON string inside a JSON log line
    (
        _json_in_json(
            '{"routing_key": "r4k8x2m7q9w3e5t1y6u0i8o2p4a6s8d0", "event_action": "trigger"}'
        ),
        "r4k8x2m7q9w3e5t1y6u0i8o2p4a6s8d0",
    ),
    (_json_in_json('{"key": "Qm7vT2xLp9zRk4wN8sJ3bD"}'), "Qm7vT2xLp9zRk4wN8sJ3bD"),
    # a .NET config file logged in a JSON body
    (_json_in_logfmt('<add key="ClearTextPassword" value="Tq8vNw3xLp6zRk" />'), "Tq8vNw3xLp6zRk"),
]


@pytest.mark.parametrize(("text", "secret"), HANDMADE, ids=lambda v: str(v)[:30])
def test_a_handmade_line_escaped_twice_is_redacted(text: str, secret: str) -> None:
    assert '\\\\\\"' in text  # escaped twice indeed
    assert not _leaks(text, (secret,)), REDACTOR.redact_text(text)


# Kept: no credential there, or a backslash inside a plain value that a run of
# backslashes read as an escape would make the start of one.
KEPT = [
    _json_in_logfmt('{"key": "orders/2024/05/01/report-final-v2.pdf"}'),
    _json_in_logfmt('vault-agent --secret "$VAULT_SECRET" --role app'),
    _json_in_json('redis-cli CONFIG SET maxmemory "2gb"'),
    _json_in_json('<add key="Username" value="deploy" />'),
    _json_in_json('client.setAuthToken("")'),
    "net use \\\\fileserver01\\backups /user:corp\\svc_backup",
    "copy report.pdf \\\\fileserver01\\share\\QWERTYUIOPASDFGHJKLZXCVBNM1234567890\\",
]


@pytest.mark.parametrize("text", KEPT, ids=lambda v: str(v)[:30])
def test_no_credential_escaped_twice_is_kept(text: str) -> None:
    assert REDACTOR.redact_text(text) == text
