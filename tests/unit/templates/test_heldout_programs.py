"""The held-out corpus of six programs' format strings (tests.unit.templates.heldout)."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest

from detectors.templates.scoring import grouping_accuracy
from tests.unit.templates.heldout.corpus import _BRACE, _PRINTF, ROUNDS, generate
from tests.unit.templates.heldout.formats import EVENTS, PROGRAMS
from tests.unit.templates.heldout.measure import mine


def placeholders(fmt: str, style: str) -> int:
    if style == "brace":
        return len(_BRACE.findall(fmt))
    return sum(1 for m in _PRINTF.finditer(fmt) if m.group(0) != "%%" and m.group("conv") != "m")


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_every_placeholder_has_a_kind(event) -> None:  # type: ignore[no-untyped-def]
    expected = len(event.keys) if event.style == "hclog" else placeholders(event.fmt, event.style)
    assert len(event.kinds) == expected


def test_six_programs_of_many_events() -> None:
    counts = Counter(e.program for e in EVENTS)
    assert set(counts) == set(PROGRAMS) and len(PROGRAMS) == 6
    assert min(counts.values()) >= 19


def test_generation_is_seeded_and_labelled() -> None:
    messages, labels = generate("redis", 300, seed=5)
    assert (messages, labels) == generate("redis", 300, seed=5)
    assert messages != generate("redis", 300, seed=6)[0]
    assert {EVENTS[i].program for i in labels} == {"redis"}
    # Zipf-like: the most frequent event is far above the median one
    counts = sorted(Counter(labels).values(), reverse=True)
    assert counts[0] >= 5 * counts[len(counts) // 2]


@pytest.mark.parametrize("program", PROGRAMS)
def test_values_fill_the_format(program: str) -> None:
    messages, labels = generate(program, 400, seed=3)
    for message, label in zip(messages, labels, strict=True):
        assert re.search(r"%l{0,2}[dsuxXfqmV]\b|\{\}", message) is None
        # the fixed text before the first placeholder, after what the logger puts first
        first = re.split(r"%|\{\}", EVENTS[label].fmt)[0]
        body = re.sub(r"^(?:\*\d+ |core: )", "", message)
        assert body.startswith(first)


def test_unknown_program_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown program"):
        generate("loghub")


@pytest.mark.parametrize(
    ("round_", "mean_floor", "program_floor"),
    [
        # round 1: 0.617 before the miner was changed for it (commit dcb040c), 0.872 after (seed 17); 0.940
        # after round 5's session's error-word label (consul 0.594 -> 1.000, in-sample)
        (1, 0.93, 0.55),
        # round 2: 0.470 held out (round 1's rules, measured at commit af6df66), 0.856 after the classes it
        # showed (in-sample); RabbitMQ stays low (0.202: statements told apart by optional fields)
        (2, 0.84, 0.18),
        # round 3: 0.269 held out (the miner of ed23550; 0.257 with rounds 1-2's rules), 0.704 after the
        # logfmt message and leading-context classes it showed (in-sample); 0.765 after round 5's session's
        # error labels and bracketed tuples (dockerd, clickhouse, kafka, in-sample); Kafka stays low (0.416)
        (3, 0.75, 0.40),
        # round 4: 0.655 after rounds 1-3's rules (0.465 with the miner of ed23550), 0.712 after the
        # bracket class it showed (Squid 0.457 -> 0.798, in-sample); Postfix stays low (0.463: %m texts)
        (4, 0.70, 0.45),
        # round 5: 0.792 after rounds 1-4's rules (held out), 0.895 after the classes it showed (paths,
        # named objects' quoted strings, quoted strings filled in independently, lists of values:
        # in-sample); Varnish stays low (0.570: texts after a label and optional fields, a closed set)
        (5, 0.88, 0.55),
        # round 7: 0.651 / 0.634 / 0.622 held out (seeds 17 / 1 / 2, the miner of cbc0e8e), 0.758 / 0.776 /
        # 0.713 after the classes it showed (a parenthesised instance name leading the line, quoted strings
        # against bare words: in-sample); the floors are what all three seeds reached; PowerDNS stays low
        # (0.374 / 0.801 / 0.327: error texts after a label, three or four a label)
        (7, 0.71, 0.32),
        # round 8: 0.801 / 0.753 / 0.714 held out (seeds 17 / 1 / 2; the same with the miner of cbc0e8e, before
        # round 7's fixes), 0.871 / 0.848 / 0.841 after four of its classes (a several-word value in a
        # key=value list, an aside of words alone in parentheses, reasons after a call, a JSON object ending
        # the message: in-sample); the floors are what all three seeds reached; Kea stays low (0.644 / 0.232
        # / 0.616: interface names, summaries and word lists as values, texts after a label)
        (8, 0.84, 0.23),
        # round 9: 0.466 / 0.501 / 0.402 held out (seeds 17 / 1 / 2, main's miner of 68f65df), 0.487 / 0.509 /
        # 0.442 with the family share chosen on the other rounds (f830b5f), 0.591 / 0.610 / 0.571 after round
        # 10's session's classes (Kamailio's label after a call, vsftpd's bracketed user: in-sample for round
        # 9); the floors are what all three seeds reached; vsftpd stays low (0.187 / 0.172 / 0.326: its pid and
        # optional asides), Prosody (Lua error texts after a label); 0.641 / 0.699 / 0.699 after four more
        # (a failure's reason in parentheses, long byte dumps, compressed IPv6 addresses, file names: Knot
        # 1.000, Asterisk 0.867 / 0.929 / 0.780)
        (9, 0.64, 0.17),
        # round 10: 0.664 / 0.744 / 0.691 held out (main's miner of f830b5f), 0.777 / 0.821 / 0.749 after five
        # of its classes (constants' names with digits, a name before failed:, a dash after a failure, the
        # reason after the last label, bracketed names: in-sample); Pure-FTPd's one event (every reply line
        # of the server) is split by any miner that keeps statements apart, so it has no program floor;
        # 0.791 / 0.821 / 0.758 after compressed IPv6 addresses (ntpd 1.000), 0.795 / 0.830 / 0.765 after GNU's
        # `name' quotes (nftables 1.000)
        (10, 0.76, 0.64),
        # round 11: 0.859 / 0.925 / 0.943 held out (main's miner of fc27446), 0.930 / 0.956 / 0.957 after its two
        # classes (a comma-separated list of key value fields, a call's argument in its token: in-sample); the
        # floors are what all three seeds reached; Tor (0.822 at seed 17: connection types, a few words before
        # their noun) and hostapd (0.848: interface names, words by design) stay lowest
        (11, 0.92, 0.82),
        # round 12: 0.693 / 0.649 / 0.783 held out (main's miner of 2e79a90; Drain3 0.830 / 0.639 / 0.849), 0.759 /
        # 0.690 / 0.810 after its four classes (twin templates, a generalised template's phrase family, a leading
        # numbered instance with its state, indexed keys: in-sample), 0.759 / 0.705 / 0.810 after covered templates;
        # the floors are seed 17's (the test's seed; seed 1 reaches 0.705, its OVS 0.340); Open vSwitch (0.311: bridge, port and interface names, words by
        # design) and Pacemaker (0.602: user names in parentheses, child names) stay lowest
        (12, 0.75, 0.30),
        # round 13: 0.575 / 0.578 / 0.620 held out (main's miner of da72684; Drain3 0.510 / 0.560 / 0.485), 0.641 /
        # 0.659 / 0.662 after round 13's session's first two classes (instances of one kind, eth0 and eth1; a
        # single-quoted string of several words: Nagios 0.324 -> 0.720 at seed 17, in-sample), 0.715 / 0.825 / 0.828
        # after the third (a printed term in braces: CouchDB 0.000 -> 0.449 / 1.000 / 1.000); uWSGI stays lowest
        # (0.368: a datagram's text after its tag, two verbs)
        (13, 0.70, 0.36),
        # round 14: 0.674 / 0.693 / 0.680 held out (main's miner of 99b1fa2; Drain3 0.693 / 0.716 / 0.711), 0.776 /
        # 0.756 / 0.810 after its two classes (a leading context of names in lower case is no sentence a reason
        # completes, and its instance names are values: DRBD 0.080 -> 0.693 at seed 17, in-sample); BIRD stays
        # lowest (0.410: a configuration error's text after its position, two or three error texts after a label)
        (14, 0.75, 0.40),
        # round 15: 0.775 / 0.746 / 0.683 held out (main's miner of 456f129; Drain3 0.670 / 0.717 / 0.590), 0.779 /
        # 0.750 / 0.752 after its two classes (Go's durations of several units; a value glued to its label in a
        # list: Telegraf 0.583 -> 0.929 at seed 2, in-sample); Fail2ban stays lowest (0.516: its jail names in
        # quotes and its '%s'-alone database errors)
        (15, 0.74, 0.48),
        # round 16: 0.934 / 0.943 / 0.935 held out (main's miner of 7588faf; Drain3 0.759 / 0.795 / 0.762), 0.966 /
        # 0.946 / 0.948 after its two classes (an empty value between two words; a few wrapped errors after a
        # failure: Netdata 0.830 -> 0.983, Gitea 0.876 -> 0.918 at seed 17, in-sample); Gitea stays lowest at seed 17
        # (0.918: its errors logged alone, two texts), smartd at seed 2 (0.822: systemd's status texts in quotes)
        (16, 0.95, 0.88),
        # round 17: 0.945 / 0.923 / 0.891 held out (main's miner of e4be10f; Drain3 0.641 / 0.546 / 0.650), 0.974 /
        # 0.956 / 0.914 after its two classes (a C library error text after the path it is about; the word a message
        # says is unknown: upsd 0.759 -> 0.908 at seed 17, in-sample); upsd stays lowest (its parseconf texts after
        # a position, three texts), ejabberd at seed 2 (0.892: the error class, error / exit / throw)
        (17, 0.96, 0.90),
        # round 18: 0.910 / 0.937 / 0.914 held out (main's miner of 45169c4; Drain3 0.689 / 0.825 / 0.744), 0.962 /
        # 0.963 / 0.972 after its two classes (a C library error text after the call it is about; a wrapped error
        # after a failure starts at the value it names: MiniDLNA 0.766 -> 0.932, BlueZ 0.893 -> 1.000, Transmission
        # 0.960 -> 1.000 at seed 17, in-sample); rspamd stays lowest (0.839: its multi-word subsystem before a
        # colon, its optional 'forced ')
        (18, 0.95, 0.83),
        # round 19: 0.621 / 0.638 / 0.638 held out (main's miner of f32e211; Drain3 0.648 / 0.670 / 0.662), 0.667 /
        # 0.667 / 0.655 after its class (a name's quotes are the format string's: ZoneMinder 0.862 -> 1.000 at seed
        # 17, in-sample); PulseAudio's one event is split by its status word (yes / no / unknown, a closed set kept
        # apart as truth values are: see formats_round19's docstring), so it has no program floor
        (19, 0.66, 0.95),
        # round 20: 0.597 / 0.671 / 0.578 held out (main's miner of 3608c10; Drain3 0.526 / 0.588 / 0.503), 0.851 /
        # 0.843 / 0.784 after its three classes (a merge whose survivor is variable-length takes in the templates it
        # now fits; a reason family and a name family that cross are one statement; com_err's error text after the
        # program's name is a reason: xinetd 0.347 -> 1.000, krb5kdc 0.129 -> 1.000 at seed 17, in-sample); saned
        # stays lowest (0.486: its strerror in brackets and gai_strerror texts)
        (20, 0.84, 0.48),
        # round 21: 0.751 / 0.780 / 0.767 held out (main's miner of c3cbd2e; Drain3 0.635 / 0.669 / 0.538), 0.903 /
        # 0.894 / 0.842 after its three classes (hex digits of letters only; a C library error text after a
        # function's name; after an error's number: pcscd 0.564 -> 0.949, lircd 0.522 -> 0.945 at seed 17,
        # in-sample); BRLTTY stays lowest (0.524: its device descriptions, screen / console / uinput, a closed set
        # before 'device')
        (21, 0.90, 0.52),
        # round 22: 0.812 / 0.689 / 0.767 held out (main's miner of 48b6748; Drain3 0.627 / 0.564 / 0.540), 0.860 /
        # 0.791 / 0.882 after its two classes (a value glued to a label's colon stays a label as a wildcard; a size
        # with a blank before its unit is one value: ser2net 0.672 -> 0.908, BOINC 0.703 -> 0.754 at seed 17,
        # in-sample); ModemManager stays lowest (0.608: two or three error texts after a label, a GLib error alone)
        (22, 0.85, 0.60),
        # round 23: 0.807 / 0.866 / 0.808 held out (main's miner of 82d091a; Drain3 0.555 / 0.455 / 0.391), 0.925 /
        # 0.958 / 0.973 after its three classes (a C library error text after a call's name leading the message; an
        # error's qualified name after a label starts the reason; a standard's name led by its number is a word:
        # acpid 0.414 -> 0.947, GeoClue 0.828 -> 1.000 at seed 17, in-sample); multipathd stays lowest (0.603: its
        # checker lines, a map's alias, a path's device and a checker's name and message, each a few words of a pool)
        (23, 0.92, 0.60),
        # round 24: 0.965 / 0.916 / 0.901 held out (main's miner of fa88bd1; Drain3 0.740 / 0.803 / 0.767), 0.977 /
        # 0.927 / 0.963 after its three classes (a null pointer or string as printf writes it is a value; a build's
        # date as C's __DATE__ and __TIME__ write it is one value; a name with its values before 'failed:' names what
        # failed: usbmuxd 0.976 -> 1.000, distccd 0.918 -> 0.969 at seed 17, in-sample); Plymouth stays lowest
        # (0.893: its udev actions, subsystems and device kinds, closed sets of words)
        (24, 0.97, 0.85),
        # round 25: 0.892 / 0.857 / 0.946 held out (main's miner of 7020aa2; Drain3 0.736 / 0.690 / 0.731), 0.921 /
        # 0.881 / 0.958 after its two classes (a Python dict ending the message is one value; a C library error text
        # after a sentence saying that something failed is a reason of one statement: salt-minion 0.703 -> 0.775,
        # spice-vdagent 0.903 -> 1.000 at seed 17, in-sample); hfaxd stays lowest (0.748: a few user names, a closed-
        # looking set, and its logcmd's message that is the user's name alone)
        (25, 0.92, 0.70),
        # round 26: 0.687 / 0.795 / 0.709 held out (main's miner of c693c21; Drain3 0.642 / 0.664 / 0.629), 0.693 /
        # 0.815 / 0.721 after its two classes (a value in double quotes that one statement writes and another does
        # not keeps the two apart; a C library error text ending the message after a word saying that something
        # could not be done is a reason of one statement: innd 0.865 -> 0.901 at seed 17, in-sample); ngIRCd stays
        # lowest (0.237: its away texts and quit reasons, a few each, read as closed sets), then Flatpak's helper
        # (0.267: its remotes, four names, a closed set)
        (26, 0.69, 0.20),
        # round 27: 0.761 / 0.768 / 0.724 held out (main's miner of c800c5a; Drain3 0.721 / 0.745 / 0.618), 0.803 /
        # 0.864 / 0.887 after round 28's four classes written from its mistakes (a code's name after 'status code';
        # Python's '[Errno N]' text taken whole; a last line of plain words after a line of values; a sign before a
        # name): the floors raised to what seed 17 reaches now, as round 26's were set; LinuxCNC's milltask is
        # lowest (0.446: its six limits, one template each, still merge as a family early in the stream), then
        # Radicale (0.514: its cipher and protocol lists)
        (27, 0.80, 0.40),
        # round 28: 0.742 / 0.662 / 0.659 held out (main's miner of 0f481cd; Drain3 0.728 / 0.715 / 0.630), no class
        # of round 28 moved it, so the floors were what seed 17 reached held out (the mean just below it, the
        # program floor below the lowest but rclcpp); round 29's fields written key(value) moved renderd 0.866 ->
        # 0.916, the mean floor raised to 0.75 (0.752); Orthanc is lowest (0.842: ZIP32 and ZIP64, a numbered
        # name read as a word)
        (28, 0.75, 0.80),
        # round 29: 0.967 / 0.923 / 0.978 held out (main's miner of f1433f8; Drain3 0.874 / 0.938 / 0.896), 0.967 /
        # 0.941 / 0.989 after its classes (an arrow is fixed text: clangd at seeds 1 and 2; fields written
        # key(value): renderd's); the floors are seed 17's as rounds 26 to 28 set theirs (the mean just below it,
        # the program floor below the lowest); clangd is lowest (0.834: '<-- %s', '<-- %s(%d)' and '<--
        # reply(%d)', an arrow and one token each, in one template)
        (29, 0.96, 0.80),
        # round 30: 0.842 / 0.959 / 0.889 held out (main's miner of c691e6d; Drain3 0.676 / 0.730 / 0.735), 0.992 /
        # 0.991 / 0.936 after its two classes (a key's list in brackets is one value: Ollama; a word after a spaced
        # '=' is a value: Dolphin); the floors are seed 17's as rounds 26 to 29 set theirs; Dolphin is lowest
        # (0.972: 'CPU Thread separate = Yes' / 'No', a flag's state kept apart by design), then Odoo (0.980: its
        # thread's daemon flag, True / False)
        (30, 0.99, 0.95),
        # round 31: 0.672 / 0.727 / 0.687 held out (main's miner of de25b25; Drain3 0.579 / 0.568 / 0.582), 0.873 /
        # 0.920 / 0.921 after its four classes (Go error chains under a failure's label; an error's text after
        # 'error='; Go's %+v struct fields; a logger's quotes inside the format's); the floors are seed 17's as rounds
        # 26 to 30 set theirs; Mastodon is lowest (0.497: 'Error parsing message from %s' takes '... from redis')
        (31, 0.87, 0.45),
        # round 32: 0.609 / 0.615 / 0.650 held out (main's miner of d49fe90; Drain3 0.424 / 0.438 / 0.390), 0.937 /
        # 0.952 / 0.973 after its three classes (a Rust or Elixir struct dump is one value; exceptions written name
        # first merge at error_family_size; an error's name after a sentence starts the reason); the floors are seed
        # 17's as rounds 26 to 31 set theirs; Electric is lowest (0.734: its exit reasons, Elixir terms, four of
        # them, and 'Starting' / 'Restarting' before one text)
        (32, 0.93, 0.70),
        # round 33: 0.878 / 0.832 / 0.766 held out (main's miner of 83509f6; Drain3 0.735 / 0.709 / 0.767), 0.899 /
        # 0.854 / 0.865 after its two classes (a Java map that ends the message is one value; a bullet's one item is
        # a value); the floors are seed 17's as rounds 26 to 32 set theirs; MediaWiki is lowest (0.592: its cron
        # API's socket errors, errno and text, four pairs, one not a C library text)
        (33, 0.89, 0.55),
        # round 34: 0.883 / 0.833 / 0.811 held out (main's miner of 051ef03; Drain3 0.778 / 0.658 / 0.681), 0.893 /
        # 0.843 / 0.828 after its two classes (a command line's options after a label ending the message are one
        # value; a label's empty value at the line's end is a value); the floors are seed 17's as rounds 26 to 33
        # set theirs; Corda is lowest (0.851: 'VM %s %s %s', the VM's name and vendor of several words each)
        (34, 0.89, 0.80),
        # round 35: 0.940 / 0.941 / 0.937 held out (main's miner of 6e532f7; Drain3 0.472 / 0.561 / 0.587), 1.000 at
        # every seed after its class (the root directory written alone is a path: snmpd 0.820 -> 1.000 at seed 17);
        # three programs (five picked files held no logging statement); the floors are seed 17's as rounds 26 to 34
        # set theirs, just below 1.000
        (35, 0.99, 0.95),
        # round 36: 0.752 / 0.810 / 0.631 held out (main's miner of f6d8467; Drain3 0.656 / 0.672 / 0.690), 0.774 /
        # 0.837 / 0.645 after its class (a level's word before a failure sentence keeps its C library error texts one
        # reason: knockd 0.665 -> 0.752 at seed 17); four programs (five programs' candidates held no logging
        # statement); the floors are seed 17's as rounds 26 to 35 set theirs; Watchman is lowest (0.343: its si_code
        # reasons, one per signal)
        (36, 0.77, 0.34),
        # round 37: 0.830 / 0.861 / 0.909 held out (main's miner of 213d9e7; Drain3 0.671 / 0.760 / 0.716), 0.933 /
        # 0.963 / 0.947 after its three classes (a sentence's words before a colon are no context of names; three or
        # more \xNN escapes are one value; a key's empty value is a value); the floors are seed 17's as rounds 26 to
        # 36 set theirs; Webmin is lowest (0.597: its ident and Perl package names, a few words at one place, and its
        # 'Failed to pre-load' statements split by module and Perl error)
        (37, 0.93, 0.59),
        # round 38: 0.756 / 0.750 / 0.696 held out (main's miner of 4ebf1c3; Drain3 0.595 / 0.574 / 0.576), 0.947 /
        # 0.930 / 0.928 after its two classes (a quoted value glued to its label's colon is one value; the tokens of
        # a run of 'label: value' pairs after a value are values); the floors are seed 17's as rounds 26 to 37 set
        # theirs; Keylime is lowest (0.761: its default service's answer, GET's text apart from the other methods')
        (38, 0.94, 0.76),
        # round 39: 0.627 / 0.565 / 0.657 held out (main's miner of eee1ce5; Drain3 0.681 / 0.570 / 0.699), 0.632 /
        # 0.682 / 0.723 after its two classes (an errno text ending the message after 'error', its bracketed code
        # after it or not, is one reason; a word a message says it does not know or support, at its end or before
        # plain words, merges at error_family_size); the floors are seed 17's as rounds 26 to 38 set theirs; MLflow
        # has no program floor (below); bmcweb is lowest (0.325: its one text that is no errno text stays apart)
        (39, 0.63, 0.32),
        # round 40: 0.800 / 0.795 / 0.815 held out (main's miner of bc7a697; Drain3 0.433 / 0.413 / 0.396), the same
        # after its class (a word ending in a colon that a reason's plain words follow, after 'Invalid' and a kind,
        # is the invalid value: Svix's three one-word header values share a template, its three-token value stays
        # apart, so no event is whole that was not); the floors are seed 17's as rounds 26 to 39 set theirs;
        # privacyIDEA has no program floor (below); Svix is lowest (0.801)
        (40, 0.80, 0.80),
    ],
)
def test_mean_grouping_accuracy_stays_above_the_floor(round_: int, mean_floor: float, program_floor: float) -> None:
    # the floors keep what the fixes gained, with room for a small trade elsewhere
    scores = {}
    for program in ROUNDS[round_]:
        messages, labels = generate(program)
        scores[program] = grouping_accuracy(mine(messages), labels)
    assert sum(scores.values()) / len(scores) >= mean_floor, scores
    assert min(v for p, v in scores.items() if p not in _NO_PROGRAM_FLOOR) >= program_floor, scores


# one event whose text is every reply line of the server (formats_round10's docstring), one whose status word
# is a closed set of three (formats_round19's), rclcpp's two statements, one the other's label and an error
# string, the other the same label and a fixed sentence, merged (0.000 at every seed, formats_round28's),
# MLflow's seven statements each split by its client's exception texts and three of them merged by one masked
# metric name (0.000 at every seed, Drain3 too, formats_round39's), and privacyIDEA's one statement split by a
# policy action's snake_case name and by one or two realm entries before a full stop (0.000 at every seed, Drain3
# too, formats_round40's): no program floor
_NO_PROGRAM_FLOOR = frozenset({"pureftpd", "pulseaudio", "rclcpp", "mlflow", "privacyidea"})


# --- round 6 (formats_round6): corpus sanity only; no GA floor before any fix for it ---------------------

from tests.unit.templates.heldout import formats_round6, formats_round7, formats_round8  # noqa: E402
from tests.unit.templates.heldout.corpus import _CHARON, ALL_EVENTS  # noqa: E402

# what each round-6 renderer writes before the message (the program's own prefix or context)
_ROUND6_PREFIX = re.compile(r"^(?:ApiListener: |zabbix_server \[\d+\]: |\d\d\[IKE\] |(?:[\w-]+/)?[\d.]+:\d+ )")


def _round6_placeholders(event) -> int:  # type: ignore[no-untyped-def]
    if event.style == "charon":
        return len(_CHARON.findall(event.fmt))
    return placeholders(event.fmt, event.style)


@pytest.mark.parametrize("event", formats_round6.EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_round6_every_placeholder_has_a_kind(event) -> None:  # type: ignore[no-untyped-def]
    assert len(event.kinds) == _round6_placeholders(event)


def test_round6_six_programs_after_the_earlier_rounds() -> None:
    counts = Counter(e.program for e in formats_round6.EVENTS)
    assert ROUNDS[6] == formats_round6.PROGRAMS and set(counts) == set(formats_round6.PROGRAMS)
    assert len(formats_round6.PROGRAMS) == 6 and min(counts.values()) >= 19
    # appended after round 5: the labels (indexes) of rounds 1-5 do not move
    start = ALL_EVENTS.index(formats_round6.EVENTS[0])
    assert ALL_EVENTS[start:start + len(formats_round6.EVENTS)] == formats_round6.EVENTS
    assert ALL_EVENTS[start - 1].program == ROUNDS[5][-1]
    assert not set(formats_round6.PROGRAMS) & {p for r in range(1, 6) for p in ROUNDS[r]}
    # one format string is one event: no two of a program write the same text
    assert len({(e.program, e.fmt) for e in formats_round6.EVENTS}) == len(formats_round6.EVENTS)


@pytest.mark.parametrize("program", formats_round6.PROGRAMS + formats_round7.PROGRAMS + formats_round8.PROGRAMS)
def test_rounds_6_to_8_generation_is_seeded_and_labelled(program: str) -> None:
    messages, labels = generate(program, 400, seed=5)
    assert (messages, labels) == generate(program, 400, seed=5)
    assert messages != generate(program, 400, seed=6)[0]
    assert {ALL_EVENTS[i].program for i in labels} == {program}
    counts = sorted(Counter(labels).values(), reverse=True)
    assert counts[0] >= 5 * counts[len(counts) // 2]


@pytest.mark.parametrize("program", formats_round6.PROGRAMS)
def test_round6_values_fill_the_format(program: str) -> None:
    messages, labels = generate(program, 400, seed=3)
    for message, label in zip(messages, labels, strict=True):
        event = ALL_EVENTS[label]
        assert re.search(r"%(?:ll|l)?[dsuxXfqmVpHN]\b|%#H", message) is None, message
        first = re.split(r"%", event.fmt)[0]
        body = _ROUND6_PREFIX.sub("", message, count=1) if event.style != "printf" else message
        assert body.startswith(first), (message, first)


# --- round 7 (formats_round7): corpus sanity ---------------------------------------------------------------

from tests.unit.templates.heldout.corpus import Values  # noqa: E402

# what each round-7 renderer writes before the message: ProFTPD's "server (name[ip]) - " in a session
_ROUND7_PREFIX = re.compile(r"^[\w.-]+ \([\w.-]+\[[\d.]+\]\) - ")
# kinds that are empty by design: FreeRADIUS's " cli <id>" only when the request has a Calling-Station-Id,
# Exim's sender of a bounce ("<>", written as an empty string)
_MAY_BE_EMPTY = {"r_cli", "e_sender"}


@pytest.mark.parametrize("event", formats_round7.EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_round7_every_placeholder_has_a_kind(event) -> None:  # type: ignore[no-untyped-def]
    assert len(event.kinds) == placeholders(event.fmt, event.style)


def test_round7_six_programs_after_the_earlier_rounds() -> None:
    counts = Counter(e.program for e in formats_round7.EVENTS)
    assert ROUNDS[7] == formats_round7.PROGRAMS == ("proftpd", "exim", "samba", "freeradius", "keepalived",
                                                    "powerdns")
    assert {p: counts[p] for p in formats_round7.PROGRAMS} == {
        "proftpd": 22, "exim": 23, "samba": 20, "freeradius": 20, "keepalived": 27, "powerdns": 20}
    # appended: the labels (indexes) of rounds 1-6 do not move
    start = ALL_EVENTS.index(formats_round7.EVENTS[0])
    assert ALL_EVENTS[start:start + len(formats_round7.EVENTS)] == formats_round7.EVENTS
    assert not set(formats_round7.PROGRAMS) & {p for r in range(1, 7) for p in ROUNDS[r]}
    # one format string is one event: no two of a program write the same text
    assert len({(e.program, e.fmt) for e in formats_round7.EVENTS}) == len(formats_round7.EVENTS)


@pytest.mark.parametrize("program", formats_round7.PROGRAMS)
def test_round7_values_fill_the_format(program: str) -> None:
    messages, labels = generate(program, 400, seed=3)
    for message, label in zip(messages, labels, strict=True):
        event = ALL_EVENTS[label]
        assert re.search(r"%(?:ll|l|z)?[dsuxXfqmi]\b", message) is None, message
        assert message == message.strip("\n") and "\n" not in message, message
        first = re.split(r"%", event.fmt)[0].rstrip("\n")
        body = _ROUND7_PREFIX.sub("", message, count=1) if event.style == "proftpd" else message
        assert body.startswith(first), (message, first)


@pytest.mark.parametrize("event", formats_round7.EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_round7_no_empty_fills(event) -> None:  # type: ignore[no-untyped-def]
    import random

    values = Values(random.Random(11))
    for kind in event.kinds:
        if kind in _MAY_BE_EMPTY:
            continue
        drawn = [str(getattr(values, kind)()) for _ in range(30)]
        assert all(v.strip() for v in drawn), (kind, drawn)


# --- round 8 (formats_round8): corpus sanity ---------------------------------------------------------------



@pytest.mark.parametrize("event", formats_round8.EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_round8_every_placeholder_has_a_kind(event) -> None:  # type: ignore[no-untyped-def]
    assert len(event.kinds) == placeholders(event.fmt, event.style)


def test_round8_six_programs_after_the_earlier_rounds() -> None:
    counts = Counter(e.program for e in formats_round8.EVENTS)
    assert ROUNDS[8] == formats_round8.PROGRAMS == ("chrony", "slapd", "suricata", "kea", "lighttpd", "dnsmasq")
    assert {p: counts[p] for p in formats_round8.PROGRAMS} == {
        "chrony": 9, "slapd": 29, "suricata": 19, "kea": 20, "lighttpd": 18, "dnsmasq": 23}
    # appended after round 7: the labels (indexes) of rounds 1-7 do not move
    start = ALL_EVENTS.index(formats_round8.EVENTS[0])
    assert ALL_EVENTS[start:start + len(formats_round8.EVENTS)] == formats_round8.EVENTS
    assert ALL_EVENTS[start - 1].program == ROUNDS[7][-1]
    assert not set(formats_round8.PROGRAMS) & {p for r in range(1, 8) for p in ROUNDS[r]}
    # one format string is one event: no two of a program write the same text
    assert len({(e.program, e.fmt) for e in formats_round8.EVENTS}) == len(formats_round8.EVENTS)


@pytest.mark.parametrize("program", formats_round8.PROGRAMS)
def test_round8_values_fill_the_format(program: str) -> None:
    # no prefix is added by round 8's renderers: every message starts with its format's first fixed text
    messages, labels = generate(program, 400, seed=3)
    for message, label in zip(messages, labels, strict=True):
        event = ALL_EVENTS[label]
        assert re.search(r"%(?:ll|l|z)?[dsuxXfqmip]\b", message) is None, message
        assert "\n" not in message, message
        assert message.startswith(re.split(r"%", event.fmt)[0].rstrip("\n")), (message, event.fmt)


@pytest.mark.parametrize("event", formats_round8.EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_round8_no_empty_fills(event) -> None:  # type: ignore[no-untyped-def]
    import random

    values = Values(random.Random(11))
    for kind in event.kinds:
        drawn = [str(getattr(values, kind)()) for _ in range(30)]
        assert all(v.strip() for v in drawn), (kind, drawn)



# --- rounds 9 to 13: corpus sanity, one set of tests parametrised over the rounds ----------------------------

from tests.unit.templates.heldout import (  # noqa: E402
    formats,
    formats_round2,
    formats_round3,
    formats_round4,
    formats_round5,
    formats_round9,
    formats_round10,
    formats_round11,
    formats_round12,
    formats_round13,
    formats_round14,
    formats_round15,
    formats_round16,
    formats_round17,
    formats_round18,
    formats_round19,
    formats_round20,
    formats_round21,
    formats_round22,
    formats_round23,
    formats_round24,
    formats_round25,
    formats_round26,
    formats_round27,
    formats_round28,
    formats_round29,
    formats_round30,
    formats_round31,
    formats_round32,
    formats_round33,
    formats_round34,
    formats_round35,
    formats_round36,
    formats_round37,
    formats_round38,
    formats_round39,
    formats_round40,
)
from tests.unit.templates.heldout.corpus import _ERLANG  # noqa: E402

# each round's module, and its programs with their number of events (counted from the source files read)
_SANITY_ROUNDS = {
    9: (formats_round9, {"vsftpd": 11, "asterisk": 19, "kamailio": 20, "knot": 19, "coredns": 1, "prosody": 14}),
    10: (formats_round10, {"nsd": 13, "pureftpd": 1, "nftables": 10, "sssd": 15, "ntpd": 10, "cups": 14}),
    11: (formats_round11, {"rsyslog": 6, "containerd": 13, "pgbouncer": 14, "tor": 10, "hostapd": 14, "influxdb": 8}),
    12: (formats_round12, {"corosync": 4, "fluentbit": 15, "libvirt": 13, "ceph": 15, "pacemaker": 13, "ovs": 15}),
    13: (formats_round13, {"uwsgi": 15, "minio": 3, "zeek": 4, "glusterfs": 15, "nagios": 15, "couchdb": 3}),
    14: (formats_round14, {"drbd": 13, "mdadm": 12, "elasticsearch": 1, "nats": 15, "patroni": 14, "bird": 9}),
    # FRRouting's picked file held no logging statement: five programs
    15: (formats_round15, {"fail2ban": 15, "opensmtpd": 5, "syncthing": 15, "telegraf": 14, "lldpd": 15}),
    16: (formats_round16, {"smartd": 9, "avahi": 8, "gitea": 13, "dhcpd": 13, "netdata": 14, "radvd": 13}),
    # conntrackd's picked file held no logging statement: five programs
    17: (formats_round17, {"ejabberd": 10, "upsd": 11, "turnserver": 7, "opensips": 13, "icecast": 11}),
    18: (formats_round18, {"murmur": 3, "rspamd": 12, "minidlna": 14, "transmission": 14, "bluetoothd": 10,
                           "bacula-dir": 14}),
    # snapd's, gpsd's and NetworkManager's picked files held no logging statement: three programs
    19: (formats_round19, {"zoneminder": 14, "xorg": 3, "pulseaudio": 1}),
    # bitcoind's picked file held no logging statement: the next program of the list was taken
    20: (formats_round20, {"thermald": 13, "saned": 12, "xinetd": 5, "luanti": 6, "krb5kdc": 10, "fwupd": 13}),
    # USBGuard's picked file held no logging statement: the next program of the list was taken
    21: (formats_round21, {"pcscd": 9, "xrdp": 14, "irqbalance": 1, "rngd": 5, "brltty": 9, "lircd": 11}),
    # the BOINC client's and earlyoom's picked files held logging statements: six programs reached at epmd
    22: (formats_round22, {"boinc": 14, "earlyoom": 9, "ser2net": 14, "slurmctld": 15, "modemmanager": 9,
                           "epmd": 10}),
    # owserver's picked file held no logging statement: the next program of the list was taken
    23: (formats_round23, {"geoclue": 14, "fprintd": 9, "rtkit": 15, "clamd": 15, "acpid": 13, "multipathd": 15}),
    # OctoPrint's and colord's picked files held no logging statement: six programs reached at distccd
    24: (formats_round24, {"iscsid": 4, "rasdaemon": 5, "usbmuxd": 15, "sanlock": 14, "plymouthd": 15,
                           "distccd": 13}),
    # gpm's and the Music Player Daemon's picked files held no logging statement: six programs reached at neard
    25: (formats_round25, {"hfaxd": 6, "salt-minion": 14, "packagekitd": 1, "spice-vdagent": 15,
                           "speech-dispatcher": 13, "neard": 8}),
    # every program's picked file held logging statements: six programs reached at Jupyter Server
    26: (formats_round26, {"rigctld": 14, "gammu-smsd": 14, "flatpak-system-helper": 9, "ngircd": 15, "innd": 15,
                           "jupyter-server": 1}),
    # every program's picked file held logging statements: six programs reached at Radicale (gvmd not needed)
    27: (formats_round27, {"milltask": 8, "epics-ioc": 2, "indiserver": 5, "weewxd": 15, "open62541": 15,
                           "radicale": 14}),
    # gvmd's and QuickFIX's picked files held no logging statement; the list ran out at Tang: five programs
    28: (formats_round28, {"orthanc": 3, "rclcpp": 2, "renderd": 15, "openocd": 13, "tangd": 4}),
    # Miniflux's and Gotify's picked files held no logging statement; the list ran out at Gotify: five programs
    29: (formats_round29, {"iperf3": 7, "cowrie": 1, "tmux": 15, "etherpad": 1, "clangd": 15}),
    # Fcitx 5's and Selenium Grid's picked files held no logging statement; six programs reached at wineserver
    30: (formats_round30, {"scrapy": 15, "dolphin": 15, "ollama": 3, "aflfuzz": 15, "odoo": 15, "wineserver": 4}),
    # Plausible's and PostgREST's picked files held no logging statement; six programs reached at Harbor
    31: (formats_round31, {"tigerbeetle": 6, "eventstoredb": 10, "neo4j": 2, "mastodon": 15, "temporal": 3,
                           "harbor": 15}),
    # every program of the list gave an entry (Pyroscope and Dkron not taken); OpenWhisk's two aborts with one
    # text are one event
    32: (formats_round32, {"openwhisk": 10, "znuny": 1, "electric": 7, "unleash": 1, "hyperswitch": 6,
                           "cluster-autoscaler": 2}),
    # Foreman's and Seata's picked files held no logging statement; six programs reached at beanstalkd;
    # osquery's four "  - %s", Orleans' two timing statements and beanstalkd's two "OOM" are one event each
    33: (formats_round33, {"osquery": 7, "graylog": 15, "orleans": 14, "mediawiki": 8, "pmacct": 15,
                           "beanstalkd": 4}),
    # nopCommerce's, Canvas LMS', NervesHub's and accel-ppp's picked files held no logging statement: four
    # programs; Corda's printBasicNodeInfo statement gives five texts; Ranger's two "Error getting user" are one
    34: (formats_round34, {"corda": 17, "kismet": 11, "roundcube": 4, "ranger": 14}),
    # Fineract's, Redmine's, Drupal's, OpenSM's and Mautic's picked files held no logging statement: three
    # programs; snmpd's three "  %s != %s" and two "Couldn't open device %s" are one event each
    35: (formats_round35, {"snmpd": 8, "atlas": 8, "unomi": 3}),
    # Fuseki's, Decidim's, ServiceControl's, Kimai's and Glific's five candidate files held no logging statement:
    # four programs; knockd's two "could not get IP address", two perror("malloc") and dprint's and logprint's
    # "could not create pid file" are one event each
    36: (formats_round36, {"knockd": 12, "misp": 2, "watchman": 5, "openmrs": 2}),
    # ONOS' source is not held and NetBox's one candidate held no logging statement; Webmin's two syslog calls
    # write one text, so one event
    37: (formats_round37, {"oxidized": 3, "imgproxy": 1, "webmin": 14, "gotenberg": 4, "cloudflared": 2,
                           "koha": 4}),
    # FOSSBilling's five candidates held no logging statement; MUNGE's one statement renders the two error texts
    # set in its file
    38: (formats_round38, {"keylime": 3, "ulogd": 15, "manageiq": 1, "stratisd": 10, "munge": 2, "zincati": 3}),
    # Backstage's three and ModSecurity's one candidate files held no logging statement; ABRT's two "Unsupported
    # interface %s" statements and FastNetMon's two of each of two texts write one text each, so one event
    39: (formats_round39, {"bmcweb": 2, "chirpstack": 2, "rekor": 4, "mlflow": 7, "abrt": 14, "fastnetmon": 5}),
    # Parse Server's first four and privacyIDEA's first four candidates, Chaos Mesh's three generated protobuf files
    # held no logging statement; Chaos Mesh's two "create chaos-driver client" statements write one text
    40: (formats_round40, {"open5gs": 2, "parse-server": 1, "svix": 15, "privacyidea": 1, "chaos-mesh": 6,
                           "rasa": 3}),
}
# what a renderer writes before the message: Pure-FTPd's "(account@host) [DEBUG] ", nftables' "Error: ",
# PgBouncer's socket, containerd's msg=; every other program of rounds 9 to 13 starts with its format's text
_PREFIX = {"pureftpd": r"\((?:\?|[a-z]+)@[\d.]+\) \[DEBUG\] ", "nftables": "Error: ",
           "pgbouncer": r"(?:[CS]-0x[0-9a-f]+: \w+/\w+@[\d.]+:\d+ )?", "containerd": 'msg="?',
           # round 20: com_err's "krb5kdc: <error table text> " before krb5kdc's text
           "krb5kdc": r"(?:krb5kdc: .+? (?=while |: ))?",
           # round 21: the statement's site (formats_round21.SITES): pcscd's "<file>:<line>:<function>() ",
           # lircd's level name
           "pcscd": r"readerfactory\.c:\d+:\w+\(\) ", "lircd": "(?:Error|Warning|Notice|Info): "}
# a value of several lines: fwupd's device list dump after g_debug("\n%s"), one message of the logger
# round 33: MediaWiki's status line keeps the CRLF fgets leaves
_MULTILINE_KINDS = {"fw_dump", "mw_status_line"}
# vsftpd's optional asides (an anonymous password, a byte count, the user before login) are empty when absent;
# Pure-FTPd's reply separator is a blank or a dash
_MAY_BE_EMPTY_9_TO_13 = {"vs_anon", "vs_bytes", "vs_bytes_or_none", "vs_user_part", "pf_sep",
                         # round 16: smartd's READY=1 prefix, Gitea's sub-URL, Netdata's empty GUID, destination
                         # and API key (streaming off)
                         "sm_ready_prefix", "gt_sub_url", "nd_bad_guid", "nd_destination", "nd_api_key",
                         # round 18: rspamd's "forced " (not a forced cleanup)
                         "rsp_forced",
                         # round 19: ZoneMinder's remote address (null when REMOTE_ADDR is not set)
                         "zm_remote_addr",
                         # round 21: xrdp's client address (none given)
                         "xr_ip",
                         # round 22: BOINC's sign before a negative offset from UTC (none: the number has it)
                         "bo_tz_sign",
                         # round 26: Flatpak's default installation (the empty string), ngIRCd's plural ending
                         "fk_installation", "ng_freed_plural",
                         # round 27: Radicale's PYTHONPATH aside (none set)
                         "rc_pythonpath",
                         # round 28: renderd's request options (none given)
                         "rn_options",
                         # round 33: MediaWiki's status line (fgets gave nothing before its timeout)
                         "mw_status_line",
                         # round 34: Corda's application arguments (none given), Kismet's packet floor (at most
                         # 2), Roundcube's action (none)
                         "cr_app_args", "ks_min_packets_part", "rq_action_part",
                         # round 36: Watchman's si_code reason (none for SIGTERM)
                         "wm_reason",
                         # round 37: Webmin's Perl truth value (the empty string when false)
                         "wb_perl_bool"}
_SANITY_EVENTS = [(r, e) for r, (module, _) in _SANITY_ROUNDS.items() for e in module.EVENTS]
_SANITY_PROGRAMS = [(r, p) for r, (_, counts) in _SANITY_ROUNDS.items() for p in counts]


def _directives(event) -> int:  # type: ignore[no-untyped-def]
    # Erlang's ~p/~s take a value (~n is a newline); the others' printf verbs; containerd's fields take a kind each
    if event.style == "erlang":
        return sum(1 for d in _ERLANG.findall(event.fmt) if d != "~n")
    return placeholders(event.fmt, event.style) + len(event.keys)


@pytest.mark.parametrize(("round_", "event"), _SANITY_EVENTS, ids=lambda x: x if isinstance(x, int) else
                         f"{x.program}:{x.fmt[:40]}")
def test_every_placeholder_has_a_kind_rounds_9_to_13(round_: int, event) -> None:  # type: ignore[no-untyped-def]
    assert len(event.kinds) == _directives(event)


def test_rounds_are_appended_in_order() -> None:
    # every round's events follow the earlier rounds': the labels (indexes) of earlier rounds never move
    modules = [formats, formats_round2, formats_round3, formats_round4, formats_round5, formats_round6,
               formats_round7, formats_round8, formats_round9, formats_round10, formats_round11, formats_round12,
               formats_round13, formats_round14, formats_round15, formats_round16, formats_round17,
               formats_round18, formats_round19, formats_round20, formats_round21, formats_round22,
               formats_round23, formats_round24, formats_round25, formats_round26, formats_round27,
               formats_round28, formats_round29, formats_round30, formats_round31, formats_round32,
               formats_round33, formats_round34, formats_round35, formats_round36, formats_round37,
               formats_round38, formats_round39, formats_round40]
    assert ALL_EVENTS == tuple(e for module in modules for e in module.EVENTS)
    assert sorted(ROUNDS) == list(range(1, len(modules) + 1))


@pytest.mark.parametrize("round_", sorted(_SANITY_ROUNDS))
def test_six_programs_after_the_earlier_rounds(round_: int) -> None:
    module, expected = _SANITY_ROUNDS[round_]
    counts = Counter(e.program for e in module.EVENTS)
    assert ROUNDS[round_] == module.PROGRAMS == tuple(expected)
    assert {p: counts[p] for p in module.PROGRAMS} == expected and set(counts) == set(expected)
    assert not set(module.PROGRAMS) & {p for r in range(1, round_) for p in ROUNDS[r]}
    # one format string is one event: no two of a program write the same text
    assert len({(e.program, e.fmt) for e in module.EVENTS}) == len(module.EVENTS)


@pytest.mark.parametrize(("round_", "program"), _SANITY_PROGRAMS)
def test_generation_is_seeded_and_labelled_rounds_9_to_13(round_: int, program: str) -> None:
    messages, labels = generate(program, 400, seed=5)
    assert (messages, labels) == generate(program, 400, seed=5)
    assert messages != generate(program, 400, seed=6)[0]
    assert {ALL_EVENTS[i].program for i in labels} == {program}
    if _SANITY_ROUNDS[round_][1][program] >= 8:  # Zipf-like where there are enough events to rank
        # on the measured size (2,000): 400 messages left the ratio to chance (round 18's bluetoothd, 138 / 31,
        # where the weights give about 7)
        counts = sorted(Counter(generate(program, 2000, seed=5)[1]).values(), reverse=True)
        assert counts[0] >= 5 * counts[len(counts) // 2]


@pytest.mark.parametrize(("round_", "program"), _SANITY_PROGRAMS)
def test_values_fill_the_format_rounds_9_to_13(round_: int, program: str) -> None:
    messages, labels = generate(program, 400, seed=3)
    assert (messages, labels) == generate(program, 400, seed=3)
    assert {ALL_EVENTS[i].program for i in labels} == {program}
    for message, label in zip(messages, labels, strict=True):
        event = ALL_EVENTS[label]
        assert re.search(r"%(?:ll|l|h|z)?[dsuxXfqmip]\b|~[ps]", message) is None, message
        # a line break is a multi-line value's, or the format's own (round 22's ModemManager: "...\n  Message: ")
        assert "\n" not in message or set(event.kinds) & _MULTILINE_KINDS or "\n" in event.fmt, message
        body = re.sub("^" + _PREFIX.get(program, ""), "", message)
        first = re.split(r"%|~[psn]", event.fmt)[0].rstrip("\n")
        assert body.startswith(first), (message, event.fmt)


@pytest.mark.parametrize(("round_", "event"), _SANITY_EVENTS, ids=lambda x: x if isinstance(x, int) else
                         f"{x.program}:{x.fmt[:40]}")
def test_no_empty_fills_rounds_9_to_13(round_: int, event) -> None:  # type: ignore[no-untyped-def]
    import random

    values = Values(random.Random(11))
    for kind in event.kinds:
        if kind in _MAY_BE_EMPTY_9_TO_13:
            continue
        drawn = [str(getattr(values, kind)()) for _ in range(30)]
        assert all(v.strip() for v in drawn), (kind, drawn)


# --- round-specific checks: values a program writes in a fixed relation -------------------------------------

def test_round9_vsftpd_anonymous_password_only_after_the_anonymous_user() -> None:
    messages, _ = generate("vsftpd", 2000, seed=17)
    logins = [m for m in messages if " LOGIN: " in m]
    assert any("anon password" in m for m in logins)
    assert all(m.split("] [", 1)[1].startswith("ftp]") for m in logins if "anon password" in m)


def test_round10_pureftpd_reply_lines_keep_their_order() -> None:
    # a reply of several lines is written line by line: "220-" continues, "220 " ends it
    messages, _ = generate("pureftpd", 2000, seed=17)
    lines = [m.split("] ", 1)[1] for m in messages]
    for first, second in itertools.pairwise(lines):
        if first[3] == "-":
            assert second[:3] == first[:3], (first, second)


def test_round11_rsyslog_error_code_matches_its_pointer() -> None:
    # LogError() with an error code: "(internal error -N)" in the text and ".../e/N ]" after it
    messages, _ = generate("rsyslog", 2000, seed=17)
    coded = [m for m in messages if "[try " in m]
    assert coded
    for message in coded:
        code = re.search(r"internal error -(\d+)\)", message)
        assert code is not None and message.endswith(f"/e/{code.group(1)} ]"), message


def test_round11_containerd_fields_sorted_after_the_message() -> None:
    messages, _ = generate("containerd", 2000, seed=17)
    for message in messages:
        keys = re.findall(r'(?:^|" |\S )(\w+)=', message)
        assert keys[0] == "msg" and keys[1:] == sorted(keys[1:]), message


def test_round12_paired_values_agree() -> None:
    # values a call writes twice from one source: strerror and its errno, a size and its human form, an exit
    # status and its name
    errnos = {"Cannot allocate memory": 12, "Operation not permitted": 1, "Resource temporarily unavailable": 11,
              "Permission denied": 13}
    corosync, _ = generate("corosync", 2000, seed=17)
    perrors = [re.search(r"faults: (.+) \((\d+)\)$", m) for m in corosync]
    assert any(perrors)
    assert all(errnos[m.group(1)] == int(m.group(2)) for m in perrors if m)
    fluentbit, _ = generate("fluentbit", 2000, seed=17)
    sizes = [re.search(r"size: (\d+) bytes \(([\d.]+)K\)$", m) for m in fluentbit]
    assert any(sizes)
    assert all(int(m.group(1)) == float(m.group(2)) * 1024 for m in sizes if m)
    pacemaker, _ = generate("pacemaker", 2000, seed=17)
    exits = [re.search(r"exited with status (\d+) \((.+)\)$", m) for m in pacemaker]
    assert any(exits)
    assert all((m.group(1) == "0") == (m.group(2) == "OK") for m in exits if m)


def test_round13_minio_ordinals() -> None:
    # humanize.Ordinal's English suffixes (11th-13th are "th")
    ordinals = {"1": "1st", "2": "2nd", "3": "3rd", "4": "4th", "11": "11th", "12": "12th"}
    minio, _ = generate("minio", 2000, seed=17)
    found = [o for m in minio for o in re.findall(r"\b(\d+)([a-z]{2})\b", m.split(": http")[0])]
    assert found
    assert all(ordinals[n] == n + suffix for n, suffix in found), found


def test_round15_opensmtpd_arguments_follow_the_command() -> None:
    # session_read() cuts the line at its first ':' (else its first blank): MAIL FROM and RCPT TO give a path in
    # angle brackets, HELO and EHLO a host name, a command alone a NULL that printf writes "(null)"
    opensmtpd, _ = generate("opensmtpd", 2000, seed=17)
    commands = [m.split("\t") for m in opensmtpd if m.startswith("command: ")]
    assert len({c for c, _ in commands}) >= 4
    for command, arguments in commands:
        verb = command.removeprefix("command: ")
        if verb in ("MAIL FROM", "RCPT TO"):
            assert re.fullmatch(r"args: <[\w.]+@[\w.]+>", arguments), (command, arguments)
        elif verb in ("HELO", "EHLO"):
            assert arguments != "args: (null)" and "<" not in arguments, (command, arguments)
        else:
            assert arguments == "args: (null)", (command, arguments)
