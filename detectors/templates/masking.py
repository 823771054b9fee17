"""Typed masking and tokenisation of log messages.

Variable parts that have a recognisable *shape* (numbers, hex, addresses,
paths, identifiers, key=value values, ...) are replaced by typed wildcards
before mining, so that the miner compares structure, not values.  The rules are
generic: they describe shapes that occur in any log, never the messages of one
system.

>>> mask("Connection from 10.0.0.7:5432 closed after 1.5s, session=ab12")
'Connection from <IP> closed after <DUR>, session=<*>'
>>> tokenize("Disk /var/lib/db at 93% (user=root uid=0)")
['Disk', '<PATH>', 'at', '<NUM>', '(user=<*>', 'uid=<*>)']

Labelled values are values too: a quoted string after a label, and each field of
a comma-separated list of labelled fields.

>>> mask('upstream timed out, client: 10.0.0.7, server: shop.example.com, request: "GET / HTTP/1.1"')
'upstream timed out, client: <*>, server: <*>, request: <*>'

A comma-separated list of values is one value, however many items it has.

>>> mask("evicted [0x1f, 0x2e, 0x3d] from cache")
'evicted [<*>] from cache'
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "PLACEHOLDERS",
    "WILDCARD",
    "is_placeholder",
    "is_word",
    "mask",
    "names_context",
    "tokenize",
]

#: The untyped wildcard; typed ones are ``<NUM>``, ``<HEX>``, ``<IP>`` ...
WILDCARD = "<*>"

#: Every wildcard the masker or the miner can produce.
PLACEHOLDERS = frozenset(
    {
        WILDCARD,
        "<NUM>",
        "<HEX>",
        "<IP>",
        "<PATH>",
        "<UUID>",
        "<URL>",
        "<EMAIL>",
        "<B64>",
        "<DUR>",
        "<TIME>",
    }
)


def _ipv6_or_mac(m: re.Match[str]) -> str:
    text = m.group(0)
    # Clock times (12:01:01) have the same shape; require hex letters or many groups.
    if text.count(":") >= 4 or any(c in "abcdefABCDEF" for c in text):
        return "<IP>"
    return text


_DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"

_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

# Shapes that may span whitespace: applied to the whole message.
_MESSAGE_RULES: list[_Rule] = [
    # Dates and times: ISO 8601, asctime ("Sat Jul  9 22:53:22 2005"), syslog ("Jul 9 22:53:22").
    (
        re.compile(
            r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)"
        ),
        "<TIME>",
    ),
    (
        re.compile(
            rf"\b(?:(?:{_DAYS})[a-z]*,? +)?(?:{_MONTHS})[a-z]* +\d{{1,2}},? +"
            r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?: +\d{4})?(?!\w)"
        ),
        "<TIME>",
    ),
    # a build's date as C's __DATE__ and __TIME__ write it (``Jan  5 2024 12:34:56``, a day below 10 padded
    # with a blank): the month's name, the day and a year of four digits, the time after it or not
    (
        re.compile(
            rf"\b(?:{_MONTHS}) +\d{{1,2}} +(?:19|20)\d{{2}}(?: +\d{{1,2}}:\d{{2}}:\d{{2}})?(?![\w:])"
        ),
        "<TIME>",
    ),
    # key="quoted value": the value is a variable, backslash escapes inside it included
    # (``err="exec: \"/init\": permission denied"``); but not the message of a logfmt line
    # (``msg="..."``, ``message=``: logrus, slog, go-kit): its text is the event, its words stay.
    (
        re.compile(r"(?<![\w.-])(?!(?:msg|message)=)([A-Za-z_][\w.-]*=)(?:\"(?:[^\"\\]|\\.)*\"|'[^']*')"),
        r"\1<*>",
    ),
]
_MESSAGE_HINT = re.compile(rf"{_MONTHS}|\d{{4}}-\d{{2}}-\d{{2}}|=[\"']")
# label: "quoted value" (``request: "GET /x HTTP/1.1"``): the value is a variable, as with ``=``;
# so is the string value of a JSON field (``"error": "unexpected EOF"``, zap's and other structured
# loggers' fields), backslash escapes included.
_LABEL_QUOTED = re.compile(r"(?<![\w.-])([A-Za-z_][\w.-]*: |\"[A-Za-z_][\w.-]*\": )\"(?:[^\"\\]|\\.)*\"")
# a field of a comma-separated list of labelled fields (``..., server: shop.example.com,
# request: ...``): one token after the label, up to the next comma or the end, is its value;
# so are several words up to the next field (``, reason: Layer4 connection problem, info: ...``),
# whose label may be two words (``, check duration: 3ms``).  The last field's words are left
# alone: prose may follow it (``, status: 2/3 UP.``).
_LABELLED_FIELD = re.compile(
    r"(, [A-Za-z_][\w-]*: )(?!<\*>)(?:[^\s,\"]+(?=,|$)|[^\s,\"][^,\"]*?(?=, (?:[A-Za-z_][\w-]* )?[A-Za-z_][\w-]*: ))"
)
# a field of a comma-separated list whose value is glued to its label (Go's ``Debug:%#v, Quiet:%#v,``):
# the one token after ``, key:`` up to the next comma is its value, as it is after ``, key: ``; the last
# field is left alone, as there
_GLUED_FIELD = re.compile(r"(, [A-Za-z_][\w-]*:)(?![<\s/])([^\s,]+)(?=,)")
# a field of a comma-separated list of ``key=value`` fields whose value is several words
# (``cid=no info, tid=0x2ea5b8cd``): the words up to the next ``, key=`` are the value, as one word
# there would be (a truth value among them, ``no``, is no flag's state then); a one-word value is the
# token rule's.
_KEYED_WORDS = re.compile(
    r"(?<![\w.-])([A-Za-z_][\w.-]*=)([^\s,\"'=<>()\[\]{}]+(?: [^\s,\"'=<>()\[\]{}]+)+)(?=, [A-Za-z_][\w.-]*=)"
)

# a byte string written with escapes (``\x16\x03\x01``, Python's repr of bytes, a shipper's escaping of
# unprintable bytes): three or more ``\xNN`` escapes with at most a few other characters or escapes between
# them are one value, whatever bytes they hold; one or two are no byte string (``C:\x86``)
_ESCAPED_BYTES = re.compile(r"\\x[0-9A-Fa-f]{2}(?:(?:\\[ntr0\\'\"]|[^\s\\]){0,6}\\x[0-9A-Fa-f]{2}){2,}")
# a key whose value is empty, ending the token (``localipv6=``, a ``key=%s`` of an empty string): the key's value
# still, as ``key=1`` masks to ``key=<*>``
_EMPTY_KEYED_VALUE = re.compile(r"(?<![\w.-])((?!(?:msg|message)=)[A-Za-z_][\w.-]*=)$")

# Shapes within one token, applied token by token (results are cached).
# Order matters: the more specific shapes go first.
_TOKEN_RULES: list[_Rule] = [
    (_ESCAPED_BYTES, WILDCARD),
    (re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'<>]+"), "<URL>"),
    # an address user@host: a mail address, or a login at a host named by its IPv4 address
    # (``'repl@10.0.4.12:3306'``, ``root@192.0.2.7``) as it is at a domain (``repl@db.internal``)
    (
        re.compile(
            r"\b[\w.+-]+@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|(?:\d{1,3}\.){3}\d{1,3})\b"
        ),
        "<EMAIL>",
    ),
    (
        re.compile(
            r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
        ),
        "<UUID>",
    ),
    # key=value: the value is a variable (but a logfmt line's one-word ``msg=`` is its event; a key may
    # be an expression with an index or a member, ``m->cmd[0]=osd``, ``argv[1]=/bin/sh``),
    # unless it is a truth value (``visible=true``,
    # ``enabled=off``): a flag's state is part of the event, not a value of it.  ``null``
    # is no state but a missing value (``ws=null`` / ``ws=WorkSource{10113}``), and a value
    # may carry its own brackets (``WorkSource{10113}``, ``Rect(0,0)``).
    (
        re.compile(
            r"(?<![\w.-])(?!(?:msg|message)=)([A-Za-z_][\w.-]*(?:->[A-Za-z_]\w*|\[[^\s\[\]=]*\])*=)"
            r"(?!(?i:true|false|yes|no|on|off|enabled|disabled)(?:[\s,;&\"')\]}]|$))"
            r"[^\s,;&\"'()\[\]{}]+"
            r"(?:\{[^\s{}]*\}|\([^\s()]*\)|\[[^\s\[\]]*\])?"
        ),
        r"\1<*>",
    ),
    (re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?!\w|\.\d)"), "<IP>"),
    (re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}(?![\w:])"), _ipv6_or_mac),
    # an IPv6 address with its zeros compressed (``fe80::1``, ``::1``, ``2001:db8::53``) and maybe a zone
    # (``fe80::1%eth0``, ``%2``): a digit somewhere, or the unspecified address ``::`` before a port or a
    # prefix (``::@53``, ``[::]:80``, ``::/0``), so that ``::`` alone and ``Class::method`` stay
    (
        re.compile(
            r"(?<![\w:])(?=[\w:%]*\d|::[@\]/])(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?::"
            r"(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?(?:%[\w.-]+)?(?![\w:])"
        ),
        "<IP>",
    ),
    (re.compile(r"(?<![\w.])(?:[A-Za-z]:)?(?:\.{1,2}|~)?(?:[/\\][\w.@%+~-]+){2,}[/\\]?"), "<PATH>"),
    # a path of one name under the root (``/shop``, ``[/api]``) and a relative path to a file
    # (``conf/server.xml``, ``logs/app.2.log``): words joined by ``/`` without a file's extension
    # stay words (``I/O``, ``hi/lo``, ``TCP/IP``, ``text/html``)
    (
        re.compile(
            r"(?<![\w.])[/\\][A-Za-z_][\w.@%+~-]*(?![\w/\\])"
            r"|(?<![\w.@%+~/\\-])(?:[\w@%+~-][\w.@%+~-]*/)+[\w@%+~-][\w.@%+~-]*\.[A-Za-z][A-Za-z0-9]{0,5}"
            r"(?![\w/\\+])"
        ),
        "<PATH>",
    ),
    # a bracketed tuple holding a number (``[orders,3]``, Kafka's topic-partition; ``[7,2,1]``) is one value
    (re.compile(r"(?<=\[)(?=[^\s\[\]]*\d)[^\s\[\],]+(?:,[^\s\[\],]+)+(?=\])"), WILDCARD),
    (re.compile(r"(?<!\w)0[xX][0-9a-fA-F]+(?!\w)"), "<HEX>"),
    (
        re.compile(r"(?<!\w)(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{6,}(?!\w)"),
        "<HEX>",
    ),
    # base64: padded, or long enough not to be a CamelCase identifier.
    (
        re.compile(
            r"(?<![\w+/])(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])"
            r"(?:[A-Za-z0-9+/]{16,}={1,2}|[A-Za-z0-9+/]{32,})(?![\w+/=])"
        ),
        "<B64>",
    ),
    (re.compile(r"(?<![\w:.])\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?![\w:])"), "<TIME>"),
    # a duration of several units as Go's time.Duration writes it (``1m0s``, ``2m14.213s``, ``1h0m0s``,
    # ``1h30m``): hours, minutes and seconds together, each unit once, in that order
    (
        re.compile(r"(?<![A-Za-z0-9.])[-+]?(?:\d+h(?:\d+m)?(?:\d+(?:\.\d+)?s)?|\d+m\d+(?:\.\d+)?s)(?![A-Za-z0-9])"),
        "<DUR>",
    ),
    (
        re.compile(
            r"(?<![A-Za-z0-9.])[-+]?\d+(?:\.\d+)?"
            r"(?:ns|us|µs|ms|s|sec|secs|seconds|min|mins|minutes|h|hr|hrs|hours|d|days)(?![A-Za-z0-9])"
        ),
        "<DUR>",
    ),
    (
        re.compile(r"(?<![A-Za-z0-9.])[-+]?\d+(?:\.\d+)?(?:[kKMGT]i?B|B|%)(?![A-Za-z0-9])"),
        "<NUM>",
    ),
    (re.compile(r"(?<![A-Za-z0-9])[-+]?\d+(?:[.,]\d+)*(?![A-Za-z0-9])"), "<NUM>"),
    (_EMPTY_KEYED_VALUE, r"\1<*>"),
]
_TOKEN_HINT = re.compile(r"[\d=/\\@]")
# hex digits that happen to be letters only (``FFFFFFFF``, a 32-bit -1; ``deadbeef``): eight or more of one case
# (a word spelt with a to f is shorter, ``DECADE``, ``effaced``, or of mixed case); no other rule sees a token
# without a digit
_HEX_LETTERS = re.compile(r"(?<![\w.])(?:[A-F]{8,}|[a-f]{8,})(?!\w|\.\w)")
_HEX_LETTERS_MIN = 8

_TOKEN_CACHE: dict[str, str] = {}
_WORD_CACHE: dict[str, bool] = {}
_CACHE_LIMIT = 200_000


# What each token rule needs in a token to match at all (None: a digit; a
# string; a tuple: any of its strings): a rule whose needs are missing is not run.
_TOKEN_NEEDS: list[str | tuple[str, ...] | None] = [
    "\\x", "://", "@", "-", "=", ".", ":", "::", ("/", "\\"), ("/", "\\"), ",", ("x", "X"), None, None, ":", ("h", "m"), None,
    None, None, "=",
]
_DIGIT = re.compile(r"\d")
_GUARDED_RULES = list(zip(_TOKEN_RULES, _TOKEN_NEEDS, strict=True))


# A file's name: a name and one of the extensions files commonly have (``chan_sip.so``, ``mod_mam.lua``,
# ``knot.conf``); a name with another suffix (``Store.flush``, ``rpc.statd``) stays a word.
_FILE_EXTENSIONS = (
    "so|dll|exe|ko|jar|war|class|c|h|cc|cpp|cxx|hpp|py|pyc|rb|pl|pm|php|js|ts|go|rs|java|lua|sh|"
    "conf|cfg|ini|yaml|yml|json|xml|toml|properties|log|txt|csv|md|html|htm|css|pdf|png|jpg|jpeg|gif|svg|"
    "iso|img|bin|dat|db|sqlite|sql|gz|tgz|bz2|xz|zip|tar|rpm|deb|pem|crt|key|cer|p12|pid|sock|lock|tmp|bak|rrd"
)
_FILE_NAME = re.compile(
    rf"(?<![\w.@%+~/\\-])[A-Za-z_][\w+-]*(?:\.[\w+-]+)?\.(?:{_FILE_EXTENSIONS})(?![\w/\\+])"
    # a qualified name going on after it (``spray.json.DeserializationException:``) is a class's, no file's
    r"(?!\.[A-Z])"
)


# a term in braces of two or more comma-separated items, no blank inside, nested terms allowed
# (Erlang's ``{error,eexist}``, ``{badmatch,{error,timeout}}``); a bracket may open it, punctuation end it
_BRACED_TERM = re.compile(r"([(\[]?)\{[^\s{}]*(?:\{[^\s{}]*\}[^\s{}]*)*,[^\s]*\}([)\],.;:]*)")


def _braced_term(token: str) -> str | None:
    """A printed term in braces is a value, as a comma-separated list is: what the call printed
    (a reason, a reply), not the text of the statement.

    >>> _braced_term("{error,eexist}"), _braced_term("({shutdown,timeout}),"), _braced_term("{x}")
    ('<*>', '(<*>),', None)
    """
    found = _BRACED_TERM.fullmatch(token)
    if found is None or token.count("{") != token.count("}"):
        return None
    return found.group(1) + WILDCARD + found.group(2)


# a null pointer or string as C's printf writes it (glibc's ``(nil)`` for ``%p``, ``(null)`` for ``%s``), in the
# place of an address or a name: a value; a word that begins so (``(nullable)``) or a call's argument (``f(nil)``)
# is text
_NULL_VALUE = re.compile(r"(?<![\w)])\((?:nil|null)\)(?![\w(])")


def _mask_token(token: str) -> str:
    if "(n" in token:
        token = _NULL_VALUE.sub(WILDCARD, token)
    if "{" in token and "," in token:
        term = _braced_term(token)
        if term is not None:
            return term
    if len(token) >= _HEX_LETTERS_MIN and _HEX_LETTERS.search(token) is not None:
        token = _HEX_LETTERS.sub("<HEX>", token)
    if _TOKEN_HINT.search(token) is None:
        return _FILE_NAME.sub("<PATH>", token) if "." in token else token
    digit = _DIGIT.search(token) is not None
    for (pattern, repl), need in _GUARDED_RULES:
        if need is None:
            if not digit:
                continue
        elif isinstance(need, str):
            if need not in token:
                continue
        elif not any(n in token for n in need):
            continue
        token = pattern.sub(repl, token)
    if "." in token:
        token = _FILE_NAME.sub("<PATH>", token)
    if digit and "(" in token:
        token = _call_argument(token)
    return token


# a call written as one token with one argument holding a digit that no rule masked (``free_bss(wlan0)``,
# ``reset(phy0-ap0):``)
_CALL_ARGUMENT = re.compile(r"([A-Za-z_]\w*\()([^\s(),=]+)(\)[,.;:!?]*)")


def _call_argument(token: str) -> str:
    """A call's one argument is its value when it makes the token read as a value.

    ``free_bss(wlan0)`` is no word (a name around a numbered name), so the whole token
    is a value and a message of it alone shares nothing with ``free_bss(wlan1)``.  The
    function's name is the fixed text and its argument what the call was about:
    ``free_bss(<*>)``, a stem around a wildcard (a word, see :func:`is_word`).  A token
    that reads as a word (``setLightsOn(true)``, ``chdir(pwd)``, ``(IRQ12)`` with no name
    before it) is left as it is.

    >>> _call_argument("free_bss(wlan0)"), _call_argument("free_bss(wlan0-<NUM>)"), _call_argument("fd(<NUM>)")
    ('free_bss(<*>)', 'free_bss(<*>)', 'fd(<NUM>)')
    >>> _call_argument("setLightsOn(true)"), _call_argument("(IRQ12)")
    ('setLightsOn(true)', '(IRQ12)')
    """
    found = _CALL_ARGUMENT.fullmatch(token)
    if found is None or is_word(token):
        return token
    # a name (letters outside any wildcard: ``wlan0``, ``wlan0-<NUM>``), not a bare value (``<NUM>``)
    if not any(c.isalpha() for c in _PLACEHOLDER_RE.sub("", found.group(2))):
        return token
    return found.group(1) + WILDCARD + found.group(3)


#: How far a line's leading context may reach: the token ending with ``:`` that closes it is among
#: the first this many tokens.
CONTEXT_TOKENS = 5
# In a line's leading context, names of an instance (``nginx.service:``, ``db.events``,
# ``[orders,3]``): a dotted name in lower case, or a bracketed tuple.
_CONTEXT_NAME = re.compile(
    r"(?P<open>[\[(]?)(?:[a-z0-9_-]*[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]*[a-z][a-z0-9_-]*)+"
    r"|(?<=\[)[^\s\[\],]+(?:,[^\s\[\],]+)+(?=\]))(?P<close>[\])]?:?)"
)


# A configured instance's name in parentheses leading a line (Keepalived's ``(VI_1) Entering MASTER
# STATE``, masked ``(VI_<NUM>)`` by then): a name built of parts or numbered, holding ``_`` or a digit; a
# plain word there (``(root)``, ``(C)``) may be a tag or a level and stays a word.
_LEADING_INSTANCE = re.compile(r"\((?=(?:[A-Za-z0-9-]|<NUM>)*(?:_|\d|<NUM>))[A-Za-z](?:[\w-]|<NUM>)*\)")


# An instance's name with a short number suffix and its state in parentheses leading a line (Ceph's
# ``mon0(leader)``, made ``mon0(<*>)`` by :func:`_call_argument`)
_LEADING_NUMBERED_STATE = re.compile(r"([A-Za-z][A-Za-z_-]*?)\d{1,2}\(<\*>\)")


# A leading context of names in lower case (``drbd r0 node-b:``): a module's name, then the instances it
# is about, no capital, no bracket, no word saying that something failed.
_LOWER_NAME = re.compile(r"(?:[a-z][a-z0-9_-]*|<\*>):?")
_FAILURE_WORD = re.compile(r"(?<![a-z])(?:error|err|failed|failure|unable|cannot|reason|cause|exception)(?![a-z])")
#: an article or a preposition: words that make lower-case words before a colon a sentence (``something wrong
#: with the connection:``), not a module's and its instances' names
_SENTENCE_WORDS = frozenset({"a", "an", "the", "with", "to", "of", "for", "from", "into", "on", "in", "at", "by"})
# an instance's name there: letters with a digit or an inner hyphen (``r0``, ``node-b``, ``storage02``)
_CONTEXT_INSTANCE = re.compile(r"[a-z][a-z0-9_]*(?:\d|[a-z0-9]-[a-z0-9])[a-z0-9_-]*")


def names_context(tokens: list[str]) -> int:
    """Where a line's leading context of names ends: the index of its last token (the first among
    the first ``CONTEXT_TOKENS`` that ends with ``:``), when it holds a module's name and two or more
    names after it (a resource, then a peer), every one in lower case or a wildcard, no word among
    them saying that something failed, and a word of letters follows it; else -1.  Such a prefix
    says where, not what happened.  One name after a word (``port wlan0:``) may be what the event is
    about (Mac's ``en0`` and ``awdl0`` are two events), and a label a value follows (``peer key
    random1: 8a63...``) is a field.

    >>> names_context("drbd r0 node-b: Terminating receiver thread".split())
    2
    >>> names_context("drbd <*> <*>: Terminating receiver thread".split())
    2
    >>> names_context("port wlan0: ignoring trunks".split()), names_context("peer key random1: 8a63".split())
    (-1, -1)
    >>> names_context("Unable to connect: Connection refused".split()), names_context("kernel: x".split())
    (-1, -1)
    >>> names_context("raid sync failed: no quorum".split())
    -1

    An article or a preposition among them makes the words a sentence, which a reason completes:

    >>> names_context("something wrong with the connection: Timeout".split())
    -1
    """
    end = next((i for i, tok in enumerate(tokens[:CONTEXT_TOKENS]) if tok.endswith(":")), -1)
    if end < 2 or end == len(tokens) - 1 or not any(c.isalpha() for c in tokens[end + 1]):
        return -1
    if "<" in tokens[end + 1] or not is_word(tokens[end + 1]):
        return -1
    for tok in tokens[: end + 1]:
        if _LOWER_NAME.fullmatch(tok) is None or _FAILURE_WORD.search(tok) is not None or tok in _SENTENCE_WORDS:
            return -1
    return end


def _context_values(tokens: list[str]) -> None:
    """Mask the instance names of a line's leading context, in place.

    ``<context>: <message>``: a prefix saying *where* (a systemd unit, a table, a
    partition) before the message that says what happened.  A name of an
    instance there (a dotted name in lower case, ``nginx.service:``,
    ``default.events``; a bracketed tuple, ``[orders,<NUM>]``) is a value: the
    same message about another unit is the same event.  Capitalised dotted names
    (``NameSystem.addStoredBlock:``, ``Store.flush:``) are code and stay words,
    and so does anything after the context.

    >>> t = ["nginx.service:", "Failed", "to", "start"]; _context_values(t); t
    ['<*>:', 'Failed', 'to', 'start']
    >>> t = ["Partition", "[orders,<NUM>]", "on", "broker", "<NUM>:", "Shrinking"]; _context_values(t); t[:2]
    ['Partition', '[<*>]']
    >>> t = ["BLOCK*", "NameSystem.delete:", "x"]; _context_values(t); t[1]
    'NameSystem.delete:'

    A name in parentheses that leads the line and is built of parts or numbered
    (``(VI_1)``, ``(vrrp_db_v6)``: the instance a daemon writes before each of its
    messages) is one too; a plain word there stays (``(root) CMD ...``).

    >>> t = ["(VI_1)", "Entering", "MASTER", "STATE"]; _context_values(t); t[0]
    '(<*>)'
    >>> t = ["(root)", "CMD", "(run-parts"]; _context_values(t); t[0]
    '(root)'

    In a leading context of names in lower case (:func:`names_context`), the names
    after the first that hold a digit or an inner hyphen are the instances it is
    about (DRBD's ``drbd r0 node-b:``); the first names the module and stays.

    >>> t = ["drbd", "r0", "node-b:", "Terminating"]; _context_values(t); t[:3]
    ['drbd', '<*>', '<*>:']

    So is the number of an instance named with its state in parentheses leading the line
    (Ceph's ``mon0(leader)``, ``mon0(<*>)`` by then, see :func:`_call_argument`): which
    instance wrote the line, not what happened; its kind stays (``mon<NUM>(<*>)``).

    >>> t = ["mon0(<*>)", "shutdown"]; _context_values(t); t[0]
    'mon<NUM>(<*>)'
    >>> t = ["free_bss(<*>)", "done"]; _context_values(t); t[0]
    'free_bss(<*>)'
    """
    if len(tokens) > 1 and tokens[0][:1] == "(" and _LEADING_INSTANCE.fullmatch(tokens[0]) is not None:
        tokens[0] = f"({WILDCARD})"
    elif len(tokens) > 1 and tokens[0].endswith(f"({WILDCARD})"):
        numbered = _LEADING_NUMBERED_STATE.fullmatch(tokens[0])
        if numbered is not None:
            tokens[0] = f"{numbered.group(1)}<NUM>({WILDCARD})"
    names = names_context(tokens)
    for i in range(1, names + 1):
        name = tokens[i].removesuffix(":")
        if _CONTEXT_INSTANCE.fullmatch(name) is not None:
            tokens[i] = WILDCARD + tokens[i][len(name) :]
    end = next((i for i, tok in enumerate(tokens[:CONTEXT_TOKENS]) if tok.endswith(":")), -1)
    if end < 0 or end == len(tokens) - 1:
        return
    for i in range(end + 1):
        found = _CONTEXT_NAME.fullmatch(tokens[i])
        if found is not None:
            tokens[i] = f"{found.group('open')}<*>{found.group('close')}"


_OPENERS = "([{"
_CLOSERS = ")]},.;:"


def _list_values(tokens: list[str]) -> list[str]:
    """Join a comma-separated list of values into one value, in place of its tokens.

    A run of values each but the last ending with ``,`` (``[<HEX>, <HEX>, <HEX>]``,
    ``<IP>, <IP>``, Java's ``toString`` of a collection of objects) is one value
    however long it is: ``[<*>]``, with the list's own brackets kept around it.  A
    word among the items (``a=<*>,``, ``'acl',``, ``alice,``) ends the run: only values
    are joined.

    >>> _list_values(["includes", "[a.b.C@<HEX>,", "a.b.D@<HEX>,", "a.b.C@<HEX>]", "now"])
    ['includes', '[<*>]', 'now']
    >>> _list_values(["from", "<IP>,", "<IP>", "and", "alice,", "bob"])
    ['from', '<*>', 'and', 'alice,', 'bob']

    Items after a value that ends with ``,`` are more items of that value: ``vel=<*>,
    <NUM>, <NUM>, expand=false`` is ``vel=<*>, expand=false``, as with one item.

    >>> _list_values(["vel=<*>,", "<NUM>,", "<NUM>,", "expand=false,", "x=<*>"])
    ['vel=<*>,', 'expand=false,', 'x=<*>']
    """
    first = next((k for k, tok in enumerate(tokens) if tok[-1:] == "," and not is_word(tok)), -1)
    if first < 0 or first == len(tokens) - 1:
        return tokens
    out: list[str] = tokens[:first]
    i, n = first, len(tokens)
    while i < n:
        tok = tokens[i]
        j = i
        while j + 1 < n and tokens[j].endswith(",") and not is_word(tokens[j]) and not is_word(tokens[j + 1]):
            j += 1
        last = tokens[j]
        trail = last[len(last.rstrip(_CLOSERS)) :]
        if out and out[-1].endswith(">,") and tok.endswith(",") and not is_word(tok):
            # more items of the value before (``vel=<*>, <NUM>, <NUM>,``): that value is the list
            out[-1] = out[-1][:-1] + trail
        elif j == i:
            out.append(tok)
        else:
            lead = tok[: len(tok) - len(tok.lstrip(_OPENERS))]
            out.append(f"{lead}{WILDCARD}{trail}")
        i = j + 1
    return out


# A call's result glued to the call (``get_value():SUCCEED``, ``getLocationOnScreen():[0,0]``).
_CALL_RESULT = re.compile(r"(?<=\(\):)[^\s<]\S*")


#: Groups from which a run of hex groups is a long dump (see :func:`_hex_groups`).
LONG_DUMP = 8

# A run of four or more space-separated hex groups (a hex dump), checked by _hex_groups.
_HEX_RUN = re.compile(r"(?<!\S)[0-9a-fA-F]{2,}(?:[ \t]+[0-9a-fA-F]+){3,}(?!\S)")


def _hex_groups(found: re.Match[str]) -> str:
    """Mask every group of a hex dump as ``<HEX>``, digits-only groups included.

    A dump is a run of groups of one length (the last may be shorter), at least
    half holding a letter and at least half a digit: ``91045586`` among
    ``3f632ac8 cecd6e06`` is one more group of the same dump, not a number, and
    neither is a short tail such as ``5f``.  In a long dump (``LONG_DUMP`` groups
    or more) a quarter holding a letter is enough: a byte is digits only three
    times in eight, so one dump of random bytes in four has fewer than half with
    a letter, and sixteen numbers of one width do not come in a row otherwise.

    >>> mask("key: 3f632ac8 91045586 cecd6e06 a191d0fc 5f")
    'key: <HEX> <HEX> <HEX> <HEX> <HEX>'
    >>> mask("sizes 1024 2048 4096 8192"), mask("blocks dead beef cafe babe")
    ('sizes <NUM> <NUM> <NUM> <NUM>', 'blocks dead beef cafe babe')
    >>> mask("sig: c3 0b 12 34 c7 56 b1 78 90 af ac 11 22 d2 33 44") == "sig: " + " ".join(["<HEX>"] * 16)
    True
    """
    groups = found.group(0).split()
    width = len(groups[0])
    if any(len(g) != width for g in groups[:-1]) or len(groups[-1]) > width:
        return found.group(0)
    letters = sum(1 for g in groups if not g.isdigit())
    digits = sum(1 for g in groups if _DIGIT.search(g) is not None)
    share = 4 if len(groups) >= LONG_DUMP else 2
    if share * letters < len(groups) or 2 * digits < len(groups):
        return found.group(0)
    return " ".join("<HEX>" for _ in groups)


# a JSON object written into the message after a space: ``{`` then a double-quoted key and its
# colon (a structured logger's field object after a tab, zap's console layout, is not one: its keys
# are the statement's own text)
_JSON_START = re.compile(r'(?<= )\{\s*"[^"\\]*":')
# a Python dict as ``str()`` and ``repr()`` write it, at the message's start or after a space: ``{``
# then a single-quoted key and ``': `` (no JSON logger writes single quotes)
_PYTHON_DICT_START = re.compile(r"(?:(?<= )|^)\{'[^'\\]*': ")
# a Java map as ``AbstractMap.toString`` writes it, at the message's start or after a space: ``{``, then a key of
# any text but braces, quotes and ``=`` (``InputSetupService [RUNNING]``, a UUID), then ``=`` and a value that
# is not a quoted string (``{job="node"}`` is a label set, no Java map)
_JAVA_MAP_START = re.compile(r"(?:(?<= )|^)\{[^\s{}=,'\"][^{}=,'\"]*=(?![\"'])")


def _closing_brace(message: str, start: int, quotes: str) -> int:
    """The index of the ``}`` closing the ``{`` at ``start``, strings between ``quotes`` (with
    backslash escapes) skipped; -1 when the message ends first."""
    depth, quote, escaped = 0, "", False
    for k in range(start, len(message)):
        c = message[k]
        if quote:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == quote:
                quote = ""
        elif c in quotes:
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _java_map(message: str) -> str:
    """A Java map as ``toString`` writes it (``{key=value, key=value}``, its values maps or lists
    of their own) that ends the message is one value, as a JSON object is: a collection the
    program logged (``"Services started, startup times in ms: {}", times``), whose keys and
    length are the data's, not the statement's.

    >>> _java_map("Workers up, times in ms: {Poller [UP]=12, QueueWorker [UP]=7}")
    'Workers up, times in ms: <*>'
    >>> _java_map("Not stopped in time. {DRAINING=[Poller [DRAINING]], UP=[Sweeper [UP]]}")
    'Not stopped in time. <*>'
    >>> _java_map("set {a=b} now"), _java_map('series {job="node"}')
    ('set {a=b} now', 'series {job="node"}')
    """
    return _document_at_end(message, _JAVA_MAP_START, "")


def _json_document(message: str) -> str:
    """A JSON object that ends the message is one value, however it is nested and whatever
    its keys (a configuration or a request body logged after a label).

    >>> _json_document('received configuration { "Dhcp4": { "valid-lifetime": 4000 } }')
    'received configuration <*>'
    >>> _json_document('payload {"a": 1} dropped')
    'payload {"a": 1} dropped'
    >>> _json_document("served" + chr(9) + '{"status": 200}').endswith('{"status": 200}')
    True
    """
    return _document_at_end(message, _JSON_START, '"')


def _python_dict(message: str) -> str:
    """A Python dict as ``str()`` writes it (single-quoted keys and strings, a string holding a
    quote in double quotes) that ends the message is one value, as a JSON object is, at the
    message's start too: a structure the program dumped (``log.debug(interfaces)``, ``"Loaded
    %s", opts``), whose keys and length are the data's, not the statement's.

    >>> _python_dict("{'lo': {'up': True, 'inet': [{'address': '127.0.0.1'}]}}")
    '<*>'
    >>> _python_dict("grains loaded {'os': 'Debian', 'num_cpus': 4}")
    'grains loaded <*>'
    >>> _python_dict("got {'a': 1} from peer")
    "got {'a': 1} from peer"
    """
    return _document_at_end(message, _PYTHON_DICT_START, "'\"")


def _document_at_end(message: str, start: re.Pattern[str], quotes: str) -> str:
    # the first object opened where ``start`` matches whose closing brace ends the message, as one value
    found = start.search(message)
    while found is not None:
        end = _closing_brace(message, found.start(), quotes)
        if end >= 0 and not message[end + 1 :].strip():
            return message[: found.start()] + WILDCARD
        found = start.search(message, found.start() + 1)
    return message


#: Words a single-quoted string of several words may have and still be one value (``service 'Disk
#: Space /'``, ``command '/usr/bin/mail -s alert oncall'``, see :func:`_quoted_words`); a longer run
#: between quotes reads as prose quoted.
QUOTED_WORDS = 12
# a single-quoted string of two or more words, opened at the start of a token (an apostrophe inside
# a word, ``can't``, opens none) and closed at the end of one; not after a label (``master: '-ERR
# unknown command'``: a reason, which the miner's phrase families take)
_QUOTED_WORDS = re.compile(r"(?<![^\s(\[])(?<!: )'([^'\s][^'\n]*?\s[^'\n]*?)'(?=[,.;:)\]]*(?:\s|$))")


# a quoted string glued to a label's colon (``label:'Scale Deployment'``, ``name:"x y"``): the label's value,
# whatever its words, as after ``=``; after ``label: `` with a space a quoted text stays a reason (above)
_GLUED_QUOTED = re.compile(r"(?<![\w.:-])([A-Za-z_][\w.-]*:)(?:'[^'\n]*'|\"(?:[^\"\\]|\\.)*\")(?=[,.;:)\]]*(?:\s|$))")


def _quoted_words(found: re.Match[str]) -> str:
    """A single-quoted string of several words is one value, as a one-word one is a token: the
    format string quoted what a ``%s`` filled in (Nagios' ``service 'Current Load'``).  It is
    written ``'<*>'``, so that the statement keeps one length whatever the string's words
    and meets the one-word strings of its other messages (see the miner's quoted families).

    >>> mask("Notifying contact 'ops' of service 'Disk Space /' by command 'mail -s x'")
    "Notifying contact 'ops' of service '<*>' by command '<*>'"
    >>> mask("we can't do it, 'ok'")
    "we can't do it, 'ok'"
    """
    if found.group(1).count(" ") >= QUOTED_WORDS:
        return found.group(0)
    return "'" + WILDCARD + "'"


# Two blanks inside a sentence, between a word and a word that joins the sentence on (``is``, ``to``, ``from``):
# the empty value a format's ``%s`` or ``{}`` there was filled with (``Host machine GUID  is not valid``), a
# value as a filled one would be, so that the statement keeps its length.  Two blanks after punctuation or a
# number, or before a value, a field, a bracket or a name (``FROM <IP>,  (anonymous)``, ``checkAppType  alpha``,
# ``rhost=<*>  user=root``, ``to delete  blk_<NUM>``) are the format's own spacing; three or more pad a column.
_EMPTY_VALUE = re.compile(r"(?<=[A-Za-z])  (?=(?:is|are|was|were|has|have|had|not|and|or|but|to|from|for|with|by|"
                          r"of|as|via|at|on|in|into|after|before|than)(?: |$))")


# a key's value that is a list in brackets, its items blank- or comma-separated (Go's ``%v`` of a slice,
# ``remotes=[a b]``, ``remotes=[]``): the list is the value whatever its length, as a one-token value after
# ``key=`` is; a bracket holding fields (``[a=1 b=2]``) or another bracket is left to the rules for those
_KEYED_LIST = re.compile(r"(?<![\w.\]-])([A-Za-z_][\w.-]*=)\[[^\[\]=\n]*\](?=[\s,;)]|$)")

# an assignment written with blanks around ``=`` (``Starting core = GameCube mode``): the word after it is the
# assigned value, as after a glued ``key=`` (a truth value is a flag's state, kept, as there; a number, a path
# or an address is left to the token rules)
_SPACED_ASSIGNMENT = re.compile(
    r"(?<=[\w\])] = )(?!(?i:true|false|yes|no|on|off|enabled|disabled)(?:[\s,;.)]|$))"
    r"[A-Za-z_][^\s,;&\"'()\[\]{}<>=]*"
)

# a size written with a blank before its unit (``93.5 KB``, ``12.00 GiB``): the unit was chosen with the number
# (``nbytes_to_string()``, ``%.2f MB`` by the size), so it is the value's, a wildcard, as a unit glued to its number
# is (``93.5KB``); its token stays, so a statement's messages keep one length whatever fills the number
_SPACED_SIZE = re.compile(r"(?<![A-Za-z0-9.])([-+]?\d+(?:\.\d+)?) [kKMGT]i?B(?![A-Za-z0-9])")


# an error's text after an error key, not quoted, ending the message (``... error=context deadline exceeded``,
# Go's ``log.Printf("... err=%v", err)``): the error is the key's value, however many words it has, as a quoted
# one is; a key=value after it (``error=timeout retry=3``) leaves the words one token each, as before
_KEYED_ERROR = re.compile(r"(?<![\w.-])((?i:error|err)=)(?![\"'<])[^\s=]+(?: [^\s=]+)+$")


# Go's ``%+v`` of a struct: ``{Name:value Name:{Name:value} ...}``, each field's value glued to its name (a
# capital first); the values are values whatever their shape (``WorkflowId:order-7``), a truth value is a
# field's state, kept, as after ``key=``
_GO_STRUCT_START = re.compile(r"\{[A-Z]\w*:")
_GO_STRUCT_FIELD = re.compile(
    r"(?<=[{\s])([A-Z]\w*:)(?![{<])(?!(?i:true|false)(?:[}\s]|$))[^\s{}]+"
)


def _go_structs(message: str) -> str:
    """Mask the fields' values of each ``%+v`` struct in ``message`` (:data:`_GO_STRUCT_START`): its
    braces balanced on the line, every blank-separated part inside a ``Name:value`` field.

    >>> _go_structs("sync {Name:web-a Spec:{Replicas:3 Paused:false}} ok")
    'sync {Name:<*> Spec:{Replicas:<*> Paused:false}} ok'
    >>> _go_structs("set {Name:a and more} x")
    'set {Name:a and more} x'
    """
    out = []
    pos = 0
    for found in _GO_STRUCT_START.finditer(message):
        start = found.start()
        if start < pos:
            continue
        depth = 0
        for end in range(start, len(message)):
            depth += {"{": 1, "}": -1}.get(message[end], 0)
            if depth == 0:
                break
        else:
            continue
        body = message[start : end + 1]
        parts = body.replace("{", " ").replace("}", " ").split()
        if not all(re.fullmatch(r"[A-Z]\w*:\S*", part) for part in parts):
            continue
        out.append(message[pos:start])
        out.append(_GO_STRUCT_FIELD.sub(r"\1" + WILDCARD, body))
        pos = end + 1
    if not out:
        return message
    out.append(message[pos:])
    return "".join(out)


# the Debug form of a struct as Rust's ``{:?}`` writes it, ``Name { field: value, ... }``, or as Elixir's ``inspect``
# writes one, ``%Mod.Name{field: value, ...}``: one argument of the call, whatever its fields hold (an enum's variant,
# ``None``, ``Some(5)``, nested structs); a list of them, ``[A { .. }, A { .. }]``, is as long as the call made it
_DEBUG_STRUCT_START = re.compile(
    r"(?<![\w%.:{])(?:%(?:[A-Z]\w*\.)*[A-Z]\w*\{|[A-Z]\w*(?:::[A-Z]\w*)* \{ )(?=[a-z_][a-z0-9_]*: )"
)
_DEBUG_STRUCT_LIST = re.compile(r"\[<\*>(?:, <\*>)*\]")


def _struct_end(message: str, start: int) -> int:
    """The index of the brace closing the struct whose name starts at ``start`` (-1 when none on the line);
    braces inside double-quoted strings do not count."""
    depth = 0
    quoted = False
    i = message.index("{", start)
    while i < len(message):
        c = message[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
            if depth == 0:
                return i if c == "}" else -1
        elif c == "\n":
            return -1
        i += 1
    return -1


def _debug_structs(message: str) -> str:
    """Replace each struct's Debug form in ``message`` (:data:`_DEBUG_STRUCT_START`) by one value, and a list of
    them by one value.

    >>> _debug_structs('held Claim { id: "c-1", kind: Refund, retries: Some(5) } now')
    'held <*> now'
    >>> _debug_structs("held [A { n: 1 }, A { n: 2 }] now"), _debug_structs("Name { not a field } x")
    ('held <*> now', 'Name { not a field } x')
    """
    out = []
    pos = 0
    for found in _DEBUG_STRUCT_START.finditer(message):
        start = found.start()
        if start < pos:
            continue
        end = _struct_end(message, start)
        if end < 0:
            continue
        out.append(message[pos:start])
        out.append(WILDCARD)
        pos = end + 1
    if not out:
        return message
    out.append(message[pos:])
    return _DEBUG_STRUCT_LIST.sub(WILDCARD, "".join(out))


# a string the logger quoted itself inside the quotes the format wrote around it (Serilog renders a string
# property in double quotes: ``Connection '{name}'`` writes ``Connection '"external-tcp"'``; two properties side
# by side, ``'{a}{b}'``, write two strings): a value, as a quoted string after a label is
_DOUBLY_QUOTED = re.compile(r"(?<![^\s(\[])'\"(?:[^\"\\]|\\.)*\"(?:\"(?:[^\"\\]|\\.)*\")*'")


def tokenize(message: str) -> list[str]:
    """Mask the variable-looking parts of ``message`` and split it on whitespace.

    A message of several lines whose last line is plain words and whose lines before it hold a
    value is that line after one value (:func:`_last_line_text`).
    """
    if "\n" in message:
        found = _last_line_text(message)
        if found is not None:
            return found
    return _tokenize_line(message)


#: the fewest words of a last line that is a statement's own text after the lines of a value
_LAST_LINE_WORDS = 2


def _last_line_text(message: str) -> list[str] | None:
    """A message of several lines that ends with the statement's own text: one wildcard for the
    lines before it, then that text's tokens, or None.

    LinuxCNC's ``"%s\\n%s"`` writes the interpreted line, then the limit it exceeds: the
    line before is a value of any length (``G1 X668.459 F1200``, ``N750 G1 Z-515.503``), the
    last line (``exceeds -Y limit``) says which statement it is.  The last line must be plain
    words (no value: a dump's or a stack trace's last line holds values) and the lines before
    it must hold a value (two lines of fixed text are one statement's text, kept as they are).

    >>> _last_line_text("G1 X668.459 F1200\\nexceeds -Y limit")
    ['<*>', 'exceeds', '-Y', 'limit']
    >>> _last_line_text("Config loaded\\nService ready") is None, _last_line_text("Dump:\\nkey: 5") is None
    (True, True)
    """
    head, _, last = message.rstrip().rpartition("\n")
    tail = _tokenize_line(last)
    if len(tail) < _LAST_LINE_WORDS or not all(is_word(tok) and "<" not in tok for tok in tail):
        return None
    before = _tokenize_line(head)
    if not before or all(is_word(tok) and "<" not in tok for tok in before):
        return None
    return [WILDCARD, *tail]


# a collection as Scala's toString writes it (``List(--id, a)``, ``Vector(n1:2552, n2:2552)``, ``Map(t-0 -> 12)``,
# ``Set()``): one value whatever its length, as a Java map or a Rust struct dump is; a name that is no Scala
# collection before brackets (``Lister(a, b)``, ``list(a, b)``, ``SetMode(2)``) is a call, left as it is
_SCALA_COLLECTION = re.compile(
    r"(?<![\w.$])(?:List|Vector|Seq|IndexedSeq|Set|HashSet|TreeSet|ListSet|Map|HashMap|TreeMap|ListMap|ArrayBuffer"
    r"|ListBuffer|ArraySeq|WrappedArray|Queue|LazyList|Stream)\((?:[^()]|\([^()]*\))*\)"
)
#: a cheap first look for :data:`_SCALA_COLLECTION`: the end of one of its names before a bracket
_SCALA_HINT = re.compile(r"(?:List|Vector|Seq|Set|Map|Buffer|Array|Queue|Stream)\(")


# a command line's options after a label, ending the message (``JVM args: -Xmx1g -Dname=a``, ``Args: --config
# /etc/a.yaml --quiet``): each option, with at most one argument after it, is the value's, so the run is one value
# whatever its length; words after an option's argument (``warning: --fast is deprecated``) make it a sentence,
# left as before, and a dash before a digit is a number's sign
_OPTION = r"--?[A-Za-z][^\s]*(?: (?!-)[^\s]+)?"
_OPTIONS_AFTER_LABEL = re.compile(rf"(?<=[A-Za-z]: ){_OPTION}(?: {_OPTION})*$")


# a list's item printed alone on its line after a bullet (``  - filesystem``, ``* eth0``): one value
_BULLET_ITEM = re.compile(r"\s*([-*\u2022]) \S+\s*")


def _bullet_item(message: str) -> list[str] | None:
    """The tokens of a line that is a bullet and one item, the item as one value, or None: a
    program listing what it loaded one item a line (``LOG(INFO) << "  - " << name``) writes
    one statement whatever the item, and a one-word line after a bullet is no sentence of its own.

    >>> _bullet_item("  - filesystem"), _bullet_item("* eth0"), _bullet_item("- disk full")
    (['-', '<*>'], ['*', '<*>'], None)
    """
    found = _BULLET_ITEM.fullmatch(message)
    return None if found is None else [found.group(1), WILDCARD]


def _tokenize_line(message: str) -> list[str]:
    if message[:8].lstrip()[:1] in ("-", "*", "\u2022"):
        item = _bullet_item(message)
        if item is not None:
            return item
    if ": " in message:
        if message.endswith(": "):
            # a label whose value was printed empty at the line's end (``Args: %s`` with no arguments)
            message += WILDCARD
        elif ": -" in message:
            message = _OPTIONS_AFTER_LABEL.sub(WILDCARD, message)
    if "B" in message:
        message = _SPACED_SIZE.sub(r"\1 " + WILDCARD, message)
    if "{'" in message and "': " in message:
        message = _python_dict(message)
    if "=" in message and message.endswith("}"):
        message = _java_map(message)
    if "(" in message and _SCALA_HINT.search(message) is not None:
        message = _SCALA_COLLECTION.sub(WILDCARD, message)
    if "{" in message and ":" in message:
        message = _go_structs(message)
        if " { " in message or "%" in message:
            message = _debug_structs(message)
    if "'\"" in message:
        message = _DOUBLY_QUOTED.sub("'" + WILDCARD + "'", message)
    if " '" in message or message.startswith("'"):
        message = _QUOTED_WORDS.sub(_quoted_words, message)
    if ":'" in message or ':"' in message:
        message = _GLUED_QUOTED.sub(r"\1" + WILDCARD, message)
    if '":' in message and "{" in message:
        message = _json_document(message)
    if _MESSAGE_HINT.search(message) is not None:
        for pattern, repl in _MESSAGE_RULES:
            message = pattern.sub(repl, message)
    if "  " in message:
        # after the dates: a day of the month may follow its month's name with two blanks
        message = _EMPTY_VALUE.sub(" " + WILDCARD + " ", message)
    if ": " in message:
        if ': "' in message:
            message = _LABEL_QUOTED.sub(r"\1<*>", message)
        if ", " in message:
            message = _LABELLED_FIELD.sub(r"\1<*>", message)
    if ", " in message and ":" in message:
        message = _GLUED_FIELD.sub(r"\1<*>", message)
    if "=" in message:
        if ", " in message:
            message = _KEYED_WORDS.sub(r"\1<*>", message)
        if "=[" in message:
            message = _KEYED_LIST.sub(r"\1<*>", message)
        if " = " in message:
            message = _SPACED_ASSIGNMENT.sub(WILDCARD, message)
        if "r=" in message or "R=" in message:
            message = _KEYED_ERROR.sub(r"\1" + WILDCARD, message)
    message = _HEX_RUN.sub(_hex_groups, message)
    if "():" in message:
        # what follows ``name():`` in the same token is what the call returned: a value
        message = _CALL_RESULT.sub(WILDCARD, message)
    cache = _TOKEN_CACHE
    out = []
    for token in message.split():
        if token.isdigit() and token.isascii():
            # ASCII digits alone: only the last number rule matches them (the others want a letter, a
            # sign, a separator or a unit), so <NUM>, without filling the cache with one-off numbers
            out.append("<NUM>")
            continue
        masked = cache.get(token)
        if masked is None:
            masked = _mask_token(token)
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[token] = masked
        out.append(masked)
    if "/" in out:
        _root_paths(out)
    _context_values(out)
    if message.count(": ") >= COLON_RUN and _COLON_RUN_HINT.search(message) is not None:
        _colon_pairs(out)
    if "[" in message:
        _bracketed_names(out)
    if ", " in message:
        out = _list_values(out)
        if message.count(", ") >= FIELD_RUN:
            _spaced_fields(out)
    if "), " in message:
        _bracket_fields(out)
    return out


def _root_paths(tokens: list[str]) -> None:
    """The root directory written alone is a path: a lone ``/`` that opens or ends the message or
    follows a label's colon stands where another message of the statement has ``/srv``; a slash
    between two words or numbers (``read / write``, ``3 / 4``) is a separator, left as it is.

    >>> tokens = ["/", "!=", "<PATH>"]; _root_paths(tokens); tokens
    ['<PATH>', '!=', '<PATH>']
    >>> tokens = ["read", "/", "write"]; _root_paths(tokens); tokens
    ['read', '/', 'write']
    """
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if tok == "/" and (i == 0 or i == last or tokens[i - 1].endswith(":")):
            tokens[i] = "<PATH>"


# a field written ``key(value)`` (renderd's ``z(<NUM>),``, ``xml(default),``, ``options()``)
_BRACKET_FIELD = re.compile(r"([a-z][a-z0-9_]*\()([^()\s]*)(\),?)")


def _bracket_fields(tokens: list[str]) -> None:
    """Mask the values of fields written ``key(value)``, in place.

    renderd's ``fd(<NUM>) xml(default), z(<NUM>), ... mime(image/png), options()``: once
    ``FIELD_RUN`` tokens or more are a key in small letters with a value in brackets, and one
    of them holds a masked value, what every such token holds in its brackets is a value
    (a word or nothing included), as after ``=``.  Without a masked value among them
    (``open(a), close(b), free(c)``: calls named in prose) nothing changes.

    >>> t = ["cmd", "fd(<NUM>)", "xml(default),", "z(<NUM>),", "mime(image/png),", "options()"]
    >>> _bracket_fields(t); t
    ['cmd', 'fd(<*>)', 'xml(<*>),', 'z(<*>),', 'mime(<*>),', 'options(<*>)']
    >>> t = ["calls", "open(a),", "close(b),", "free(c)"]
    >>> _bracket_fields(t); t
    ['calls', 'open(a),', 'close(b),', 'free(c)']
    """
    found = [(i, m) for i, tok in enumerate(tokens) if (m := _BRACKET_FIELD.fullmatch(tok)) is not None]
    if len(found) < FIELD_RUN or not any("<" in m.group(2) for _, m in found):
        return
    for i, m in found:
        tokens[i] = m.group(1) + WILDCARD + m.group(3)


#: How many tokens a field's value may have in a comma-separated list of ``key value`` fields
#: (``state waiting for connect response,``, see :func:`_spaced_fields`); a longer run after a key
#: reads as prose.
FIELD_TOKENS = 4
# a field's key: one word in small letters (``fd``, ``type``, ``state``, ``tx_queue``)
_FIELD_KEY = re.compile(r"[a-z][a-z_-]*[a-z]")
#: How many ``key value`` fields in a row make such a list (``fd <NUM>, type OR, state open,``);
#: two may be a sentence's clauses (``connected at <TIME>, server ready,``).
FIELD_RUN = 3
# words that join a sentence, not keys of a field (``at <TIME>,``, ``on <IP>,``)
_FUNCTION_WORDS = frozenset(
    "a an the at on in to from for with by of as via into onto over after before than and or but".split()
)
# a truth value is a flag's state, part of the event (as after ``=``)
_TRUTH = re.compile(r"(?i:true|false|yes|no|on|off|enabled|disabled),")


def _field_segments(tokens: list[str]) -> list[tuple[int, int]]:
    """The comma-separated segments of ``tokens``: ``(start, end)`` of each run of tokens that
    ends with a token ending with ``,`` outside brackets (``state handshaking (Tor, v3 handshake),``
    is one segment)."""
    segments = []
    start = depth = 0
    for i, tok in enumerate(tokens):
        depth = max(0, depth + tok.count("(") + tok.count("[") - tok.count(")") - tok.count("]"))
        if depth == 0 and tok.endswith(","):
            segments.append((start, i + 1))
            start = i + 1
    return segments


def _spaced_fields(tokens: list[str]) -> None:
    """Mask the values of a comma-separated list of ``key value`` fields, in place.

    ``fd <NUM>, type Directory, state handshaking (TLS), <NUM> bytes on outbuf.``: a field
    written with a space where another program writes ``=`` or ``:``.  Once one field of the
    list is a key and one value (``fd <NUM>,``), the fields next to it that are a key in small
    letters and a few tokens up to the next comma (``type Extended OR,``) are keys and values
    too, in a run of ``FIELD_RUN`` such fields or more: what follows the key is a value, words
    included, as after ``=``.  A word that joins a sentence (``at``, ``on``) is no key.  A
    truth value stays (a flag's state), and so does the last item of the list, not closed by a
    comma: prose may follow it.  Without a key and a value in the list (``Shutting down,
    reason unknown, exiting``) nothing changes.

    >>> t = "close: fd <NUM>, type Extended OR, state handshaking (TLS), <NUM> bytes".split()
    >>> _spaced_fields(t); " ".join(t)
    'close: fd <NUM>, type <*>, state <*>, <NUM> bytes'
    >>> t = "Shutting down, reason unknown, exiting".split(); _spaced_fields(t); " ".join(t)
    'Shutting down, reason unknown, exiting'
    >>> t = "opened, size <NUM>, sync on, mode fast, done".split(); _spaced_fields(t); " ".join(t)
    'opened, size <NUM>, sync on, mode <*>, done'
    """
    segments = _field_segments(tokens)
    if len(segments) < FIELD_RUN:
        return
    # the key: the first segment's last field starts two tokens before its end, a later one at its start
    keys = [end - 2 if k == 0 else start for k, (start, end) in enumerate(segments)]
    keyed = [
        key >= start and end - key >= 2 and _FIELD_KEY.fullmatch(tokens[key]) is not None
        and tokens[key] not in _FUNCTION_WORDS
        for (start, end), key in zip(segments, keys, strict=True)
    ]
    valued = [keyed[k] and end - key == 2 and not is_word(tokens[end - 1])
              for k, ((_, end), key) in enumerate(zip(segments, keys, strict=True))]
    k = len(segments)
    while k > 0:
        # a run of keyed segments, ``first`` to ``k - 1``
        k -= 1
        if not keyed[k]:
            continue
        first = k
        while first > 0 and keyed[first - 1]:
            first -= 1
        if k - first + 1 >= FIELD_RUN and any(valued[first : k + 1]):
            for j in range(k, max(first, 1) - 1, -1):
                start, end = segments[j]
                if valued[j] or end - start - 1 > FIELD_TOKENS:
                    continue
                if end - start == 2 and _TRUTH.fullmatch(tokens[end - 1]) is not None:
                    continue
                tokens[start + 1 : end] = [WILDCARD + ","]
        k = first


# a label in small letters glued to its colon (``from:``, ``used:``); a value's trailing punctuation kept
_COLON_LABEL = re.compile(r"[a-z][a-z0-9_-]*:")
_TRAILING_PUNCTUATION = re.compile(r"[,.;!?]*$")
#: How many ``label: value`` pairs in a row make a run whose values are values
COLON_RUN = 2
# two such labels with one token between them: a message that may hold a run (checked on the text first)
_COLON_RUN_HINT = re.compile(r"(?<!\S)[a-z][a-z0-9_-]*: [^\s:]+ [a-z][a-z0-9_-]*: ")


def _colon_pairs(tokens: list[str]) -> None:
    """Mask the values of a run of ``label: value`` pairs, in place.

    ``PoolRenamed: <PATH> from: p1 to: data failed to send dbus update.``: labels in small
    letters glued to their colon, each followed by one token and then the next label, in a
    run of ``COLON_RUN`` pairs or more after a value, are fields written with ``: `` where
    another program writes ``=``: the token after each label is a value, words included.
    After a word such labels end the phrases of an error chain (``create certificate: open
    <PATH>: ...``, ``dial tcp: lookup ...``), and nothing changes.  One
    label and its word (``status: ready``) stays, as a reason or a state may follow one
    label; so does a truth value (a flag's state).  The run ends at a label followed by
    more than one token (its first token is still its value: prose may follow it).

    >>> t = "Moved: <PATH> from: alpha to: beta.".split(); _colon_pairs(t); " ".join(t)
    'Moved: <PATH> from: <*> to: <*>.'
    >>> t = "renamed <NUM> from: p1 to: data failed".split(); _colon_pairs(t); " ".join(t)
    'renamed <NUM> from: <*> to: <*> failed'
    >>> t = "cache: dial tcp: lookup db on <IP>".split(); _colon_pairs(t); " ".join(t)
    'cache: dial tcp: lookup db on <IP>'
    >>> t = "sync state: ready since boot".split(); _colon_pairs(t); " ".join(t)
    'sync state: ready since boot'
    """
    n = len(tokens)
    i = 1
    while i < n - 1:
        if not tokens[i].endswith(":") or _COLON_LABEL.fullmatch(tokens[i]) is None or is_word(tokens[i - 1]):
            # the run follows a value, as a record's fields do; after a word a label ends a phrase of an error
            # chain (``failed to initialize cache: dial tcp: lookup ...``), whose next word starts the next one
            i += 1
            continue
        values = []
        j = i
        while j + 1 < n and _COLON_LABEL.fullmatch(tokens[j]) is not None and not tokens[j + 1].endswith(":"):
            values.append(j + 1)
            if j + 2 < n and _COLON_LABEL.fullmatch(tokens[j + 2]) is not None:
                j += 2
            else:
                break
        if len(values) >= COLON_RUN:
            for v in values:
                token = tokens[v]
                if is_word(token) and _TRUTH.fullmatch(_TRAILING_PUNCTUATION.sub("", token) + ",") is None:
                    tokens[v] = WILDCARD + _TRAILING_PUNCTUATION.search(token).group(0)  # type: ignore[union-attr]
            i = values[-1] + 1
        else:
            i += 1


# one name in square brackets, alone as a token, with the punctuation closing a sentence or clause
_BRACKETED_NAME = re.compile(r"\[[A-Za-z][\w.-]*\]([,.;:!?]*)")


def _bracketed_names(tokens: list[str]) -> None:
    """A name in square brackets inside a sentence is a value the message is about
    (``Failed to mark service [pam]!``, ``Unable to find peer [nss] in list``): a program
    brackets what it fills in.  The line's first token is left alone: a tag there
    (``[HSM] stayAwake ...``) says which part wrote it; so is a name right after a label
    (``attribute: [bob] (from nas ...``), where it starts what the label introduces and the
    miner's rule for reasons after a label takes it with the words that follow."""
    for i in range(1, len(tokens)):
        found = _BRACKETED_NAME.fullmatch(tokens[i])
        if found is not None and not tokens[i - 1].endswith(":"):
            tokens[i] = "[" + WILDCARD + "]" + found.group(1)


def mask(message: str) -> str:
    """Replace the variable-looking parts of ``message`` by typed wildcards
    (runs of whitespace become one space)."""
    return " ".join(tokenize(message))


_PLACEHOLDER_RE = re.compile("|".join(re.escape(p) for p in sorted(PLACEHOLDERS, key=len, reverse=True)))
# what a ``<`` in a token may open: a wildcard or another text in angle brackets (``<nil>``, ``<html>``)
_LITERAL_ANGLE = re.compile(r"<[^<>\s]*>")
# A name with a short number suffix: ``en0``, ``SOCKS5``, ``eth1:``, ``(IRQ12)``; a longer number
# numbers one of many instances (``node-246``, ``storage585``, ``dn228``): a value.
_NUMBERED_NAME = re.compile(r"[^\w]*[A-Za-z][A-Za-z_-]*\d{1,2}[^\w]*")
# A dot between letters or digits: ``proxy.example.org``, ``java.io.IOException``, ``www.0.com``.
_DOTTED = re.compile(r"[A-Za-z0-9]\.[A-Za-z0-9]")


# A name of three or more dotted parts: ``com.tencent.qt``, ``system.call.count``.
_DOTTED_NAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+){2,}")


# A constant's name: capitals joined by ``_``, digits inside its parts (``IPV6_V6ONLY``,
# ``IPV4_MTU``), a part of three letters or more, no run of three digits (``R02_M1_N0``,
# ``ID_4417``, ``X509_V_OK`` read as values, as before).
_CONSTANT_NAME = re.compile(r"[^\w]*(?=[A-Z0-9_]*[A-Z]{3})(?![A-Z0-9_]*\d{3})[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)+[^\w]*")


# A standard's or a protocol's name led by its number: one digit, then two or more capitals, one of them past
# ``F`` (``3GPP``, ``3DES``, ``4XX``); capitals that are all hex digits (``3FF``, ``2FA``) and ``0X...`` write
# a number in hex: a value, as before.
_NUMBER_LED_NAME = re.compile(r"[^\w]*(?!0X)\d(?=[A-Z]*[G-Z])[A-Z]{2,}[^\w]*")


def _plain_word(text: str) -> bool:
    if _DOTTED_NAME.search(text) is not None:
        return False
    if any(c.isdigit() for c in text):
        return (
            _NUMBERED_NAME.fullmatch(text) is not None
            or _CONSTANT_NAME.fullmatch(text) is not None
            or _NUMBER_LED_NAME.fullmatch(text) is not None
        )
    return True


def is_word(token: str) -> bool:
    """Whether ``token`` reads as fixed text, whose change marks another event.

    Two different such tokens at one position are never merged on sight (only
    a family of many, see :class:`~detectors.templates.miner.TemplateMiner`).
    They are:

    * plain words: no digit, no wildcard (``Connection,``, ``WWEN[enabled]``,
      ``a.b``);
    * names with a number suffix of one or two digits (``en0``, ``awdl0``,
      ``SOCKS5``, ``eth1:``): the name says which interface or protocol, the
      event differs with it (with three or more digits, ``node-246``,
      ``storage585``, it is one host of many: a value);
    * constants' names, capitals and digits joined by ``_`` (``IPV6_V6ONLY,``):
      the option or code a statement names;
    * a standard's name led by its number (``3GPP``, ``3DES``): one digit, then
      capitals that are not all hex digits (``3FF`` is a number);
    * a fixed stem around a wildcard (``dcbf.........<NUM>``, ``blk_<NUM>``,
      ``uid=<*>``), unless the stem itself reads as a value (a dotted name
      such as ``proxy.example.org:<NUM>``, a path).

    Everything else (``<NUM>``, ``/<IP>:``, ``R02-M1-N0``, ``1024K``, a
    compound id with three or more values such as ``job_<NUM>_<NUM>_r_<NUM>``, a token
    holding a UUID such as ``nova-compute:<NUM>:<UUID>``) is a
    variable part that may differ between messages of one event, and so is a
    name of three or more dotted parts (``com.example.app``,
    ``system.call.count``): packages, hosts and property paths are what a
    message is about, not what it says (``Store.flush`` is still a word).

    >>> [is_word(t) for t in ("Connection,", "awdl0", "SOCKS5", "a.b", "dcbf....<NUM>")]
    [True, True, True, True, True]
    >>> [is_word(t) for t in ("<NUM>", "/<IP>:", "host.example.org:<NUM>", "www.<NUM>.com", "x86_64")]
    [False, False, False, False, False]
    >>> is_word("com.example.app"), is_word("Store.flush:"), is_word("node-246"), is_word("eth12")
    (False, True, False, True)
    >>> is_word("job_<NUM>_<NUM>_r_<NUM>"), is_word("blk_<NUM>"), is_word("nova-compute:<NUM>:<UUID>")
    (False, True, False)
    >>> is_word("IPV6_V6ONLY,"), is_word("R02_M1_N0"), is_word("ID_4417")
    (True, False, False)
    >>> is_word("3GPP:"), is_word("3DES"), is_word("3FF"), is_word("0XFF")
    (True, True, False, False)
    """
    cached = _WORD_CACHE.get(token)
    if cached is not None:
        return cached
    if "<" not in token or _LITERAL_ANGLE.search(token) is None:
        # a ``<`` that opens no wildcard nor a tag (``<<thd_set_state``, ``<-``, ``a<b``) is the text's own
        result = _plain_word(token)
    else:
        stem = _PLACEHOLDER_RE.sub("", token)
        result = (
            "<" not in stem
            and any(c.isalpha() for c in stem)
            and "/" not in stem
            # three or more values in one token make a compound id (``attempt_<NUM>_<NUM>_m_<NUM>_<NUM>``),
            # and so does a UUID with anything around it (``nova-compute:<NUM>:<UUID>``, ``req-<UUID>``)
            and len(_PLACEHOLDER_RE.findall(token)) < 3
            and "<UUID>" not in token
            # a wildcard stands for a value: ``www.<NUM>.com`` is a dotted name
            and _DOTTED.search(_PLACEHOLDER_RE.sub("0", token)) is None
            and _plain_word(stem)
        )
    if len(_WORD_CACHE) < 200_000:
        _WORD_CACHE[token] = result
    return result


def is_placeholder(token: str) -> bool:
    """Whether ``token`` is exactly one wildcard.

    >>> is_placeholder("<NUM>"), is_placeholder("blk_<NUM>")
    (True, False)
    """
    return token in PLACEHOLDERS
