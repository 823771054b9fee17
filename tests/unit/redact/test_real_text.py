"""Text real programs wrote, not ours: lines of this machine's dpkg and apt logs, Debian changelogs
and shipped configuration (Java's, PAM's, Maven's) that hold no secret and were redacted before.

Read December 2026 from a Debian 12 machine's ``/var/log/dpkg.log``, ``/var/log/apt/``,
``/usr/share/doc/*/changelog.Debian.gz`` and ``/etc``: of 10,721 log lines 29 were touched, of
401,636 changelog lines 58, of 26,894 configuration lines 24 (a real Google API key and client
secret among them, rightly).  The classes: dpkg's ``package:architecture``; a value of words under
a key whose last word names a setting as often as a credential (``auth``, ``session``,
``credential``); a path inside a secret-named XML element; a path from a variable; a version after a
package relation's ``<=``; the name service switch's sources under ``passwd:``; an article starting
words.  The guards keep the credentials such keys do hold.
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
    # OpenSSL's openssl.cnf: a path from a variable, a comment glued to it
    "private_key\t= $dir/private/cakey.pem# The private key",
    # session 20: a package relation's version, the name service switch's sources, an article
    # before words (debianutils' changelog, /etc/nsswitch.conf, openssl.cnf)
    "  * Add Replaces on passwd <= 1:4.0.12-6, since we are stealing",
    "Breaks: login (<= 1:4.5-1), passwd (<= 1:4.8.1-1)",
    "passwd:         files systemd",
    "passwd: compat [NOTFOUND=return] sss",
    "gshadow:        files",
    "challengePassword\t\t= A challenge password",
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
        ("private_key = $key/Zk3mQ9xLp2Rt7Vb4Nc8Wd1Fg5", "Zk3mQ9xLp2Rt7Vb4Nc8Wd1Fg5"),
        ("passwd <= Zk3mQ9xLp2Rt7Vb4", "Zk3mQ9xLp2Rt7Vb4"),
        ("password <= 1:hunter2", "hunter2"),
        ("passwd: files4me", "files4me"),
        ("passwd: files hunter2", "files"),  # a source list holds sources only
        ("password: systemd", "systemd"),
        ("password = Hunter was rejected", "Hunter"),
        ("password = Correct horse battery staple", "Correct"),
        ("password = Anteater kept", "Anteater"),
    ],
)
def test_credentials_under_the_same_keys_stay_redacted(line: str, secret: str) -> None:
    out = REDACTOR.redact_text(line)
    assert secret not in out and "[REDACTED:" in out, out


@pytest.mark.parametrize("line", ["password = summer.rain", "db_pass: correct.horse.battery"])
def test_a_password_of_dotted_words_is_not_an_attribute_read(line: str) -> None:
    # round 33 leaves 'secret_key = settings.CACHE_SECRET_KEY' alone (an attribute read); words joined
    # by dots with nothing saying they are code (no object code reads settings from, no constant, no
    # secret's name last) may be the password itself
    out = REDACTOR.redact_text(line)
    assert "[REDACTED:" in out and "rain" not in out and "battery" not in out, out
