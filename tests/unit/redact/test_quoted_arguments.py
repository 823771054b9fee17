"""A credential passed as a quoted call argument stays found when its carrier escapes the quotes.

A line of VBScript or PowerShell logged inside a JSON string or a logfmt quoted value has
its quotes written ``\\"``; a JSON body inside such a string has them twice (``\\\\\\"``).
ADSI's ``OpenDSObject(path, user, password, flags)`` was found plain and missed once
carried (issue #17: the labeled corpus's 4 missed items).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from pipeline.redact import Redactor
from tests.unit.redact.quality import leaked_piece, marker_pattern

REDACTOR = Redactor()
MARKERS = marker_pattern(REDACTOR.config.marker)

PASSWORD = "Wq4!tR8#nV2z"
VBS = f'Set ou = dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops,DC=corp,DC=example", "corp\\svc_backup", "{PASSWORD}", 1)'
PS = f'$ou = $dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", "svc_backup@corp.example", "{PASSWORD}", 0x1)'
PS_SINGLE = f"$ou = $dso.OpenDSObject('LDAP://dc01.corp.example/OU=Ops', 'corp\\svc_backup', '{PASSWORD}', 1)"


def _json_string(text: str) -> str:
    """``text`` as a JSON log record's message: quotes and backslashes escaped once."""
    return json.dumps({"level": "info", "msg": f"running {text}"})


def _logfmt(text: str) -> str:
    """``text`` as a logfmt quoted value: quotes and backslashes escaped once."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'ts=2026-12-07T14:00:00Z level=warn detail="{escaped}" trace_id=4bf92f3577b34da6'


def _twice(text: str) -> str:
    """``text`` in a JSON body written inside a logfmt value: quotes escaped twice (``\\\\\\"``)."""
    return _logfmt(json.dumps({"script": text}))


def _leak(text: str, secret: str) -> str | None:
    return leaked_piece(secret, text, REDACTOR.redact_text(text), MARKERS)


@pytest.mark.parametrize(
    "text",
    [
        VBS,
        _json_string(VBS),
        _logfmt(VBS),
        _twice(VBS),
        PS,
        _json_string(PS),
        _logfmt(PS),
        _twice(PS),
        PS_SINGLE,
        _json_string(PS_SINGLE),
        # spaces after the parenthesis and no flags argument
        'Set ou = GetObject("LDAP:").OpenDSObject( "LDAP://dc01/OU=Ops", "cn=svc,dc=corp", "Wq4!tR8#nV2z" )',
    ],
)
def test_a_quoted_opendsobject_password_is_redacted_plain_and_carried(text: str) -> None:
    assert _leak(text, PASSWORD) is None, REDACTOR.redact_text(text)


def test_a_plain_password_with_a_backslash_is_taken_whole() -> None:
    """VBScript does not escape a backslash: one inside (or ending) the password is part of it."""
    for secret in ("Wq4\\tR8#nV2z", "Wq4!tR8#nV2\\"):
        text = f'Set ou = dso.OpenDSObject("LDAP://dc01/OU=Ops", "corp\\svc", "{secret}", 1)'
        assert _leak(text, secret) is None, REDACTOR.redact_text(text)


KEPT_CALLS = [
    'Set ou = dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", "corp\\svc_backup", strPassword, 1)',
    '$ou = $dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", "corp\\svc_backup", $password, 1)',
    '$ou = $dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", "corp\\svc_backup", "$password", 1)',
    'Set ou = dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", "corp\\svc_backup", "<password>", 1)',
    'Set ou = dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", "corp\\svc_backup", "", 1)',
    'Set ou = dso.OpenDSObject("LDAP://dc01.corp.example/OU=Ops", vbNullString, vbNullString, ADS_SECURE_AUTHENTICATION)',
    'Set ou = GetObject("LDAP:").OpenDSObject(strPath, strUser, strPass, ADS_USE_ENCRYPTION)',
    'Set ou = GetObject("LDAP://dc01.corp.example/OU=Ops,DC=corp,DC=example")',
    '$entry = [ADSI]"LDAP://dc01.corp.example/OU=Ops,DC=corp,DC=example"',
]


@pytest.mark.parametrize(
    "text",
    [
        *KEPT_CALLS,
        *(_json_string(t) for t in KEPT_CALLS),
        *(_logfmt(t) for t in KEPT_CALLS),
        *(_twice(t) for t in KEPT_CALLS),
    ],
)
def test_a_variable_placeholder_or_no_password_is_kept(text: str) -> None:
    assert REDACTOR.redact_text(text) == text


# The rules of the same shape, a credential as a quoted call argument, read a quote escaped once
# (\\?") and not twice: a JSON body inside a JSON string or a logfmt value.
SIBLING_CALLS = [
    ('new NetworkCredential("svc_backup", "Wq4!tR8#nV2z")', PASSWORD),
    ('new DirectoryEntry("LDAP://dc01/OU=Ops", "corp\\svc_backup", "Wq4!tR8#nV2z")', PASSWORD),
    ('$link = mysqli_connect("db01.corp.example", "shop", "Wq4!tR8#nV2z");', PASSWORD),
    ('dbh = DBI.connect("DBI:Mysql:shop:db01", "shop", "Wq4!tR8#nV2z")', PASSWORD),
]


@pytest.mark.parametrize(("text", "secret"), SIBLING_CALLS)
@pytest.mark.parametrize(
    "carry", [str, _json_string, _logfmt, _twice], ids=["plain", "json", "logfmt", "twice"]
)
def test_a_quoted_credential_argument_is_redacted_escaped_once_or_twice(
    text: str, secret: str, carry: Callable[[str], str]
) -> None:
    carried = carry(text)
    assert _leak(carried, secret) is None, REDACTOR.redact_text(carried)


@pytest.mark.parametrize(
    "text",
    [
        "new NetworkCredential(user, password)",
        '$conn = mysqli_connect("db", "app", "$db_pass");',
        'dbh = DBI.connect("DBI:Mysql:shop:localhost", "app", "")',
    ],
)
@pytest.mark.parametrize(
    "carry", [str, _json_string, _logfmt, _twice], ids=["plain", "json", "logfmt", "twice"]
)
def test_a_sibling_call_without_a_literal_password_is_kept(
    text: str, carry: Callable[[str], str]
) -> None:
    carried = carry(text)
    assert REDACTOR.redact_text(carried) == carried
