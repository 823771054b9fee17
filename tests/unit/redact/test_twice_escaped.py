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
    # the same manifest as the body of a request an HTTP client logs as JSON, in a JSON log line
    (
        json.dumps(
            {
                "level": "debug",
                "msg": json.dumps(
                    {
                        "method": "POST",
                        "url": "https://10.0.0.1:6443/api/v1/namespaces/ci/secrets",
                        "body": json.dumps(_SECRET_OBJECT),
                    }
                ),
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
    out = REDACTOR.redact_text(text)
    assert not _leaks(text, (secret,)), out
    # the value ends at its closing quote: the text after it is left as it was
    assert out.endswith(text[text.index(secret) + len(secret) :]), out


# Kept: no credential there, or a backslash inside a plain value that a run of
# backslashes read as an escape would make the start of one.
KEPT = [
    _json_in_logfmt('{"key": "orders/2024/05/01/report-final-v2.pdf"}'),
    _json_in_logfmt('vault-agent --secret "$VAULT_SECRET" --role app'),
    _json_in_json('redis-cli CONFIG SET maxmemory "2gb"'),
    _json_in_json('<add key="Username" value="deploy" />'),
    _json_in_json('client.setAuthToken("")'),
    # a value ends at its closing quote, escaped twice: the next field is not read as its
    _json_in_json('{"key": "users:42:profile", "etag": "Qm7vT2xLp9zRk4wN8sJ3bD"}'),
    _json_in_logfmt(
        '<add key="Username" value="deploy" /><add key="Theme" value="Qm7vT2xLp9zRk4wN8sJ3bD" />'
    ),
    _json_in_json('config.put("region", "eu-west-1-Qm7vT2xLp9zRk4wN8sJ3bD")'),
    _json_in_json('the password for user "deploy" is required'),
    _json_in_json('provider :github, ENV["GITHUB_KEY"], ENV["GITHUB_SECRET"]'),
    _json_in_json('{"routing_key_id": "dt2d7yrhl69ibvpd4xofo34uai17om5w"}'),
    # a JSON value's path ending in a backslash, escaped twice more: its backslashes run into the quote
    _json_in_json('{"path": "C:\\\\Users\\\\deploy\\\\", "sendgrid": "enabled"}'),
    "net use \\\\fileserver01\\backups /user:corp\\svc_backup",
    "copy report.pdf \\\\fileserver01\\share\\QWERTYUIOPASDFGHJKLZXCVBNM1234567890\\",
]


@pytest.mark.parametrize("text", KEPT, ids=lambda v: str(v)[:30])
def test_no_credential_escaped_twice_is_kept(text: str) -> None:
    assert REDACTOR.redact_text(text) == text


def test_a_block_scalar_line_break_escaped_twice_is_read() -> None:
    """docker-config-json's block scalar (``.dockercfg: |`` then the value) with its line break escaped twice."""
    text = _json_in_json(f".dockercfg: |\n  {_DOCKERCONFIG}")
    assert "\\\\n" in text
    assert not _leaks(text, (_DOCKERCONFIG,)), REDACTOR.redact_text(text)


# The rules of the same shape whose own examples hold no double quote (or a single one, which JSON
# does not escape): each reads its value in double quotes plain, escaped once and twice, by itself.
_BY_ID = {r.id: r for r in load_library()}
OWN_SHAPE = [
    (
        "sidekiq-enterprise-credentials",
        '{"BUNDLE_GEMS__CONTRIBSYS__COM": "03d49435:7408c411"}',
        "03d49435:7408c411",
    ),
    (
        "gradle-credentials",
        'credentials {\n    username "deploy"\n    password "YkavtbXMNMcXBt"\n}',
        "YkavtbXMNMcXBt",
    ),
    (
        "provider-client-id-and-key",
        'const client = algoliasearch("WRB8YLFW7Y", "9zj8t3odfqhdu3wuai8vu2ocwr4k7m2x");',
        "9zj8t3odfqhdu3wuai8vu2ocwr4k7m2x",
    ),
    ("xml-secret-element", '<password encrypted="false">B5XaWJgxN0rJ</password>', "B5XaWJgxN0rJ"),
    (
        "credential-word-token",
        'fb app secret "06d8675e010b20e0bb7999e2e1a910ef"',
        "06d8675e010b20e0bb7999e2e1a910ef",
    ),
    (
        "key-kind-token",
        'encryption key: "OBqaqZEX7pOIn4DNQ3jmBZNKpaP3aKJ9"',
        "OBqaqZEX7pOIn4DNQ3jmBZNKpaP3aKJ9",
    ),
    (
        "jfrog-api-key-header",
        '{"X-JFrog-Art-Api": "qZYTTXQ4eZ7XHE4jbukoNqJ8YWna93rhtHHpazNwATPz"}',
        "qZYTTXQ4eZ7XHE4jbukoNqJ8YWna93rhtHHpazNwATPz",
    ),
    (
        "django-secret-key-assignment",
        '{"SECRET_KEY": "x44s0o2a0&-qp%oastv&j=#tbo#qbj#&%b33#%-sotxq0fw517"}',
        "x44s0o2a0&-qp%oastv&j=#tbo#qbj#&%b33#%-sotxq0fw517",
    ),
    (
        "codeclimate-reporter-id",
        '{"CC_TEST_REPORTER_ID": "b2068251e94a426d80983dbd0a204ab398b237f1550651e98c2a1f07d5e4b3a6"}',
        "b2068251e94a426d80983dbd0a204ab398b237f1550651e98c2a1f07d5e4b3a6",
    ),
    (
        "sonar-login-token",
        '{"sonar.login": "05a8d1fe3b4fbc8569af93746039786c5ae592dc"}',
        "05a8d1fe3b4fbc8569af93746039786c5ae592dc",
    ),
    (
        "azure-cognitive-key-near-endpoint",
        '{"endpoint": "https://vision01.api.cognitive.microsoft.com/", "key": "796e6cb0f3f54b1e9a8d2c7f0e4b5a61"}',
        "796e6cb0f3f54b1e9a8d2c7f0e4b5a61",
    ),
]


@pytest.mark.parametrize("carrier", ["plain", *CARRIERS])
@pytest.mark.parametrize(("rule_id", "text", "secret"), OWN_SHAPE, ids=lambda v: str(v)[:30])
def test_a_rule_of_the_same_shape_reads_its_value_escaped_twice(
    rule_id: str, text: str, secret: str, carrier: str
) -> None:
    carried = text if carrier == "plain" else CARRIERS[carrier](text)
    own = Redactor(rules=[_BY_ID[rule_id]])
    assert leaked_piece(secret, carried, own.redact_text(carried), MARKERS) is None, (
        own.redact_text(carried)
    )
