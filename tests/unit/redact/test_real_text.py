"""Text real programs wrote, not ours: lines of this machine's dpkg and apt logs, Debian changelogs
and shipped configuration (Java's, PAM's, Maven's) that hold no secret and were redacted before.

Read December 2026 from a Debian 12 machine's ``/var/log/dpkg.log``, ``/var/log/apt/``,
``/usr/share/doc/*/changelog.Debian.gz`` and ``/etc``: of 10,721 log lines 29 were touched, of
401,636 changelog lines 58, of 26,894 configuration lines 24 (a real Google API key and client
secret among them, rightly).  The classes: dpkg's ``package:architecture``; a value of words under
a key whose last word names a setting as often as a credential (``auth``, ``session``,
``credential``); a path inside a secret-named XML element.  The guards keep the credentials such
keys do hold.
"""

from __future__ import annotations

import pytest

from pipeline.redact import Redactor

REDACTOR = Redactor()

REAL_INNOCENT_LINES = [
    # dpkg.log, apt's term.log and history.log: package:architecture
    "2025-06-24 14:37:48 status installed dbus-user-session:amd64 1.14.10-1~deb12u1",
    "2026-12-06 20:22:53 install libsecret-1-0:amd64 <none> 0.20.5-3",
    "Setting up gir1.2-secret-1:amd64 (0.20.5-3) ...",
    "Install: libupower-glib3:amd64 (0.99.20-2, automatic), libsecret-1-0:amd64 (0.20.5-3, automatic)",
    # Debian changelogs: a package's name, then what changed
    "  * dbus-user-session: Copy XDG_CURRENT_DESKTOP to activation environment.",
    "    - dbus-user-session: dbus-daemon is now in session.slice",
    "    --new-session option, making setsid() optional and off by",
    # shipped configuration: Java's, PAM's, an X session script, Maven's example settings
    "jdk.http.ntlm.transparentAuth=disabled",
    "#jdk.http.ntlm.transparentAuth=trustedHosts",
    "# com.sun.management.jmxremote.ssl.need.client.auth=true|false",
    "#jdk.security.krb5.default.initiate.credential=always-impersonate",
    "-session\toptional\tpam_systemd.so",
    "  # tell dbus-daemon --session (and systemd --user, if running)",
    "      <privateKey>/path/to/private/key</privateKey>",
]


@pytest.mark.parametrize("line", REAL_INNOCENT_LINES)
def test_real_lines_without_a_secret_are_left_as_they_are(line: str) -> None:
    assert REDACTOR.redact_text(line) == line


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("auth=hunter2 user=bob", "hunter2"),
        ("session: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"),
        ("session=kdloedMFGdGlaPzacGj", "kdloedMFGdGlaPzacGj"),
        ("credentials: admin:Tr0ub4dor", "Tr0ub4dor"),
        ("jdk.http.ntlm.transparentAuth=Zk3mQ9xLp2Rt7Vb4", "Zk3mQ9xLp2Rt7Vb4"),
        ("dbus-user-session: q7k2m9x4v1z8c3b6n5t0", "q7k2m9x4v1z8c3b6n5t0"),
        ("password: letmein", "letmein"),
        ("db_password:amd64x9Qz", "amd64x9Qz"),
        ("mysqld --session-token q7k2m9x4v1z8c3b6 --verbose", "q7k2m9x4v1z8c3b6"),
        ("<privateKey>MIIEvQIBADANBgkqhkiG9w0BAQEFAASC</privateKey>", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    ],
)
def test_credentials_under_the_same_keys_stay_redacted(line: str, secret: str) -> None:
    out = REDACTOR.redact_text(line)
    assert secret not in out and "[REDACTED:" in out, out
