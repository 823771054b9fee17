"""A streaming, Drain-style log template miner with typed wildcards.

How a message is placed
-----------------------
1. :func:`~detectors.templates.masking.tokenize` masks the shapes that are
   variable in any log (numbers, hex, IPs, paths, UUIDs, key=value values ...)
   with typed wildcards and splits on whitespace.
2. *Same length*: among the templates with as many tokens, the most similar one
   is taken if (a) no position pits two different words against each other
   (``opened`` vs ``closed``, ``en0`` vs ``awdl0``, ``SOCKS5`` vs ``HTTPS``,
   ``dcbf....<NUM>`` vs ``icbi....<NUM>``: see
   :func:`~detectors.templates.masking.is_word`; but the same lower-case
   name with another number, ``eth0`` and ``eth1``, ``osd.3`` and ``osd.4``, is
   two instances of one kind, a value) and (b) the share of equal
   positions reaches ``sim_threshold``.  Differing positions become ``<*>``.
   Value-like tokens (numbers, dotted names, wildcards) may differ: they are
   what varies between two messages of one event, and so may a word where the
   template holds a wildcard inside the same fixed text (``chdir(pwd)`` joins
   ``chdir(<PATH>)``) and two quoted strings (``"web"`` vs ``"redis"``).
3. *Variable length*: if nothing of that length fits, a template of another
   length sharing the first or the last plain word is taken when its tokens
   align with the message's (longest common subsequence) well enough
   (``lcs_threshold``; the template's own gaps are not counted as tokens)
   and every gap holds a variable part: values, a unit
   after a value (``<1 sec``), an aside in brackets (``(1.16 KB)``) or more
   items of a list (``at <frame> at <frame>``), never a bare word that stands
   for itself (``from /<IP>`` vs ``src: /<IP> dest: /<IP>``), unless it labels
   the value after it (an optional field, ``, host: <*>``).  The gaps
   become one ``<*>`` each and the template is marked variable-length; the
   templates it now covers merge into it.  This groups lists, stack frames and
   optional phrases (``1190 bytes (1.16 KB) sent``).
4. Otherwise a new template starts.

Words that differ are variables too when they come from an open set: when
``family_size`` templates differ only in the word at one position (user names,
host names) and the words are at least ``family_ratio`` (0.2) of the family's
messages, they merge into one with ``<*>`` there; a few fixed words each seen
often (``x+``, ``y+``, ``z+``) stay apart, unless the message says the word was not
known (``Unknown tunnel mode <word>``: :func:`_names_unknown`), and such a word ending
the message or followed by plain words (``Unsupported property <word>``, not a kind's word
before a value: :func:`_unknown_value`; a colon after it that a reason's words follow ends the
value, ``Invalid HeaderValue <word>: failed to parse header value``) and a code's name after ``status code``
(:func:`_names_code`) merge at ``error_family_size``.  A template that
differs from one sibling in one word and from another in another word (a port's
name and its status) is in the family of each position: a closed set at one
(the statuses) does not keep the open set at the other (the names) from merging.  Likewise ``family_size`` templates
that differ only in the phrase of words after their last label (``... to
MASTER: Connection refused``, ``... (111: No route to host) while ...``,
``... failed - Permission denied``) merge
into one with ``<*>`` there, which takes any phrase from then on: reasons such
as ``strerror`` texts.  A label needs ``family_min_words`` words before it that
are no labels (``SQM: Failed to start upload`` has none), and the label closing a
leading context of names in lower case (``drbd r0 node-b:``) is none: what follows
it is the message, not a reason.  Templates that differ
only in single-quoted strings (``user 'alice' to realm 'master'``) merge once
there are ``family_size`` of them and each string recurs with other strings at
another position (values filled in independently); quoted names that a call
site wrote, one position telling them apart, stay apart.  A name's quotes are
the format string's: a wildcard made of names in single quotes takes no bare
name, nor one made of bare names a quoted one (``peer '%s'`` and ``peer %s`` are
two statements; a printer that quotes values itself, Erlang's ``~p``, quotes
what is no plain name: :func:`_quote_kind`).  A template that takes a
wildcard merges with the templates of its length it now covers or that cover it
(its text, or its text with a word or value where the wildcard is; a template
with as many wildcards as words covers values only; the older survives), and is filed again in
the phrase family of its new text (a reason's family may have been split by a
name that is now a wildcard).  Ids of merged templates keep
resolving to the survivor (:meth:`TemplateMiner.resolve`).

A miner keeps at most ``max_templates`` templates (the least recently used go
first, counted in :attr:`TemplateMiner.evicted` and logged), and
:meth:`TemplateMiner.expire` drops those not seen for a while.

Ids are stable: a template's id is a hash of its text when it was created, so
a miner fed the same stream reproduces the same ids, and a restored miner
keeps them (:meth:`TemplateMiner.to_state` / :meth:`TemplateMiner.from_state`).

>>> miner = TemplateMiner()
>>> a = miner.add("Connection from 10.0.0.1 closed after 12 ms")
>>> b = miner.add("Connection from 10.0.0.9 closed after 3 ms")
>>> c = miner.add("Disk /dev/sda1 is 91% full")
>>> a.template_id == b.template_id != c.template_id
True
>>> miner.template(a.template_id).text
'Connection from <IP> closed after <NUM> ms'
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from detectors.templates.masking import PLACEHOLDERS, WILDCARD, is_word, names_context, tokenize

__all__ = ["Match", "Sample", "Template", "TemplateMiner"]

log = logging.getLogger("sightline.templates")

_VARLEN = "<*>"


@dataclass(slots=True)
class Sample:
    """A record that carried a template: its id and trace id, never its text."""

    record_id: str | None
    trace_id: str | None


@dataclass(slots=True)
class Template:
    """One mined template and what is known about its records.

    Attributes
    ----------
    id
        Stable id: a hash of the template text when it was created.
    tokens
        Template tokens; ``<*>`` and typed wildcards (``<NUM>`` ...) mark
        variables.
    varlen
        Whether the template was built from messages of several lengths.
    count
        Messages matched so far.
    first_seen, last_seen
        Time of the first and last message (seconds since the epoch), if the
        messages had a time.
    windows
        Count of messages per window (key: window start, in seconds).
    samples
        The first few records (ids and trace ids).
    aliases
        Ids of the templates merged into this one.
    """

    id: str
    tokens: list[str]
    varlen: bool = False
    count: int = 0
    first_seen: float | None = None
    last_seen: float | None = None
    windows: dict[int, int] = field(default_factory=dict)
    samples: list[Sample] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    seq: int = 0
    used: int = 0

    @property
    def text(self) -> str:
        """The template as text."""
        return " ".join(self.tokens)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (JSON-serialisable)."""
        return {
            "id": self.id,
            "tokens": list(self.tokens),
            "varlen": self.varlen,
            "count": self.count,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "windows": [[k, v] for k, v in sorted(self.windows.items())],
            "samples": [[s.record_id, s.trace_id] for s in self.samples],
            "aliases": list(self.aliases),
            "seq": self.seq,
            "used": self.used,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Template:
        """Inverse of :meth:`to_dict`."""
        return cls(
            id=data["id"],
            tokens=list(data["tokens"]),
            varlen=bool(data.get("varlen", False)),
            count=int(data.get("count", 0)),
            first_seen=data.get("first_seen"),
            last_seen=data.get("last_seen"),
            windows={int(k): int(v) for k, v in data.get("windows", [])},
            samples=[Sample(r, t) for r, t in data.get("samples", [])],
            aliases=list(data.get("aliases", [])),
            seq=int(data.get("seq", 0)),
            used=int(data.get("used", data.get("seq", 0))),
        )


@dataclass(frozen=True, slots=True)
class Match:
    """Where :meth:`TemplateMiner.add` put a message.

    Attributes
    ----------
    template_id
        Id of the template the message belongs to (as of now).
    created
        The message started a new template.
    changed
        The template's text changed (a position became a wildcard).
    merged
        Ids of templates that were merged into ``template_id`` on this message.
    """

    template_id: str
    created: bool = False
    changed: bool = False
    merged: tuple[str, ...] = ()


#: a wildcard that keeps the colon of the label it stands in (``port <*>: Out of memory``)
_LABEL_WILDCARD = WILDCARD + ":"


def _wildcard(a: str, b: str, position: int) -> str:
    """The wildcard for two tokens that differ at ``position``: one ending with a label's colon
    where both values did after other text (``port con0:`` and ``port 3001:`` before a reason),
    so the label stays a label and the reason after it keeps its place (:func:`_phrase_slot`);
    ``<*>`` otherwise, and for a message's first token (a leading context, ``unit.service:``,
    has its own rules: :func:`~detectors.templates.masking.names_context`).

    >>> _wildcard("con0:", "3001:", 4), _wildcard("con0:", "3001", 4), _wildcard("con0:", "3001:", 0)
    ('<*>:', '<*>', '<*>')
    """
    if position > 0 and a.endswith(":") and b.endswith(":") and not a.endswith("::") and not b.endswith("::"):
        return _LABEL_WILDCARD
    return WILDCARD


def _wild(token: str, position: int, value: str | None = None) -> bool:
    """Whether a template's ``token`` at ``position`` is a wildcard (for ``value``, where one is
    given: a label's wildcard stands for values ending with its colon only).  A message's first
    token ``<*>:`` is a leading context's masked name (:func:`~detectors.templates.masking.names_context`),
    matched as text, as before label wildcards were made.

    >>> _wild("<*>", 0), _wild("<*>:", 3, "gps:"), _wild("<*>:", 3, "gps"), _wild("<*>:", 0, "gps:")
    (True, True, False, False)
    """
    if token == WILDCARD:
        return True
    return position > 0 and token == _LABEL_WILDCARD and (value is None or value.endswith(":"))


def _template_id(tokens: list[str]) -> str:
    digest = hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).hexdigest()
    return f"T{digest}"


def _is_structure(token: str) -> bool:
    """Plain words and ``key=<*>`` tokens: the fixed text of a message."""
    if is_word(token):
        return True
    head, sep, _ = token.partition("=")
    return bool(sep) and is_word(head)


_SKELETONS: dict[str, str] = {}
#: an arrow (``<--``, ``-->``, ``=>``, ``<->``): which way a message goes, fixed text of its statement
_ARROW = re.compile(r"<[-=]+>?|[-=]+>")
_PLACEHOLDER_TEXT = re.compile("|".join(re.escape(p) for p in sorted(PLACEHOLDERS, key=len, reverse=True)))


def _skeleton(token: str) -> str:
    """The letters and digits of a token's fixed text: two words differ as
    text only if these do (``closed.`` is ``closed``, ``<IP>:<NUM>:Got`` is
    ``<IP>:Got``; ``en0`` is not ``awdl0``, ``IPV4`` is not ``IPV6``).

    >>> _skeleton("<IP>:<NUM>:Got"), _skeleton("closed."), _skeleton("SOCKS5")
    ('Got', 'closed', 'SOCKS5')

    A sign before a name is kept (``+X`` is not ``-X``), one before a number is not:

    >>> _skeleton("+X"), _skeleton("-X"), _skeleton("-5")
    ('+X', '-X', '5')

    An arrow is its own text (``<--`` a message in, ``-->`` one out); other punctuation alone is none:

    >>> _skeleton("<--"), _skeleton("-->"), _skeleton("|")
    ('<--', '-->', '')
    """
    skeleton = _SKELETONS.get(token)
    if skeleton is None:
        skeleton = "".join(c for c in _PLACEHOLDER_TEXT.sub("", token) if c.isalnum())
        if token[:1] in "+-" and token[1:2].isalpha():
            # a sign before a name says which one (``+X`` and ``-X``: an axis' two directions)
            skeleton = token[0] + skeleton
        elif _ARROW.fullmatch(token):
            skeleton = token
        if len(_SKELETONS) < 200_000:
            _SKELETONS[token] = skeleton
    return skeleton


def _brackets(token: str) -> str:
    """The brackets of a token, in order: two words with the same letters differ as
    text if these do (``(FD`` opens a parenthesised phrase, ``FD`` does not; ``closed.``
    and ``closed`` differ only by punctuation, which stays no difference).

    >>> _brackets("(FD"), _brackets("closed)"), _brackets("closed.")
    ('(', ')', '')
    """
    return "".join(c for c in token if c in "()[]{}")


_STEM_PATTERNS: dict[str, re.Pattern[str] | None] = {}


def _stem_pattern(token: str) -> re.Pattern[str] | None:
    """A token with a wildcard inside fixed text, as a pattern (``chdir(<PATH>)`` is
    ``chdir\\((.+)\\)``); None for tokens without one or that are only a wildcard."""
    if token in _STEM_PATTERNS:
        return _STEM_PATTERNS[token]
    pattern = None
    if "<" in token and token not in PLACEHOLDERS:
        parts = _PLACEHOLDER_TEXT.split(token)
        if len(parts) > 1 and any(parts):
            pattern = re.compile(".+".join(re.escape(part) for part in parts))
    if len(_STEM_PATTERNS) < 200_000:
        _STEM_PATTERNS[token] = pattern
    return pattern


def _instance(a: str, b: str) -> bool:
    """Whether one token is the other with a value where the other has a wildcard:
    ``chdir(pwd)`` is an instance of ``chdir(<PATH>)``: the word there is a value.

    >>> _instance("chdir(<PATH>)", "chdir(pwd)"), _instance("blk_<NUM>", "blk_x"), _instance("en0", "awdl0")
    (True, True, False)
    """
    pa = _stem_pattern(a)
    if pa is not None and pa.fullmatch(b) is not None:
        return True
    pb = _stem_pattern(b)
    return pb is not None and pb.fullmatch(a) is not None


_QUOTED = re.compile(r"[(\[]?(?:[A-Za-z_][\w.$]*[(\[{])?\"[^\"]+\"[)\]}]*[,.;:)\]]*")


# a lower-case name of two or more letters and a number of one or two digits (``eth0``, ``osd.3``, ``bond1:``)
_INSTANCE_NAME = re.compile(r"[(\[]?[a-z]{2,}[._-]?(\d{1,2})[)\]:,;.]*")
_DIGITS = re.compile(r"\d+")


def _instances_of_a_kind(a: str, b: str) -> bool:
    """Two instances of one kind: the same lower-case name with another number (``eth0`` and
    ``eth1``, ``bond0:`` and ``bond1:``, ``mon0`` and ``mon1``, ``osd.3`` and ``osd.4``).

    Which interface, bond or daemon a message is about is a value, so the two do not keep a
    statement's messages apart.  Two names (``en0`` and ``awdl0``, ``br0`` and ``xenbr0``) still
    say which event it is, and so do capitals (``IPV4`` and ``IPV6``, ``SOCKS4`` and
    ``SOCKS5``, ``L2`` and ``L3``: protocols, versions, levels) and one letter (``v1``, ``r24``).

    >>> _instances_of_a_kind("eth0", "eth1"), _instances_of_a_kind("bond0:", "bond1:"), _instances_of_a_kind("osd.3", "osd.12")
    (True, True, True)
    >>> _instances_of_a_kind("en0", "awdl0"), _instances_of_a_kind("IPV4", "IPV6"), _instances_of_a_kind("eth0:", "eth1")
    (False, False, False)
    """
    ma = _INSTANCE_NAME.fullmatch(a)
    if ma is None:
        return False
    mb = _INSTANCE_NAME.fullmatch(b)
    return mb is not None and ma.group(1) != mb.group(1) and _DIGITS.sub("#", a) == _DIGITS.sub("#", b)


def _field_key(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a label a value follows (``random1: <HEX>``, ``slot2: <NUM>``): the
    names of two fields, not two instances (``bond0: VLAN tags not supported`` says which bond)."""
    return tokens[i].endswith(":") and (i + 1 == len(tokens) or not is_word(tokens[i + 1]))


def _quoted(token: str) -> bool:
    """A token that is one double-quoted string (``"web"``, ``"x1",``), bare or as
    the one argument of a named object (``Connector["http-nio-8080"]``, Java's
    ``toString`` of an object named by its string): pitted against another such
    string, both are values (Go's ``%q``, JSON strings),
    while a quoted name against a bare word still differs (``"Host"`` vs
    ``host``).  Single quotes are left out: prose puts states in them (``in
    state 'Active'`` / ``'Inactive'`` are two events).

    >>> _quoted('"service:web"'), _quoted('("a"),'), _quoted('"GET'), _quoted("'Active'")
    (True, True, False, False)
    >>> _quoted('[Connector["ajp-nio-<IP><NUM>"]]'), _quoted('Connector[ajp]')
    (True, False)
    """
    return '"' in token and _QUOTED.fullmatch(token) is not None


# a single-quoted string, also in the older quotes of GNU programs (```forward'``)
_SINGLE_QUOTED = re.compile(r"[(\[]?['`][^'`\s]+'[,.;:)\]]*")


def _single_quoted(token: str) -> bool:
    return _SINGLE_QUOTED.fullmatch(token) is not None


# a name in single quotes or bare, with the punctuation and brackets a sentence puts around it
_QUOTED_NAME = re.compile(r"[(\[]?(['`]?)([A-Za-z_][\w.@/-]*)(')?[,.;:)\]]*")


def _quote_kind(token: str) -> bool | None:
    """Whether a name is written in single quotes (True) or bare (False); None for anything
    else (a number, a placeholder, an empty or several-word string), which says nothing of
    the format string.  A name's quotes are the format string's (``user '%s'`` / ``user
    %s``), while a printer that quotes some values itself (Erlang's ``~p``, ``'2'`` beside
    ``undefined``; Python's ``%r``) quotes what is no plain name.

    >>> _quote_kind("'alice'"), _quote_kind("alice,"), _quote_kind("'<NUM>'"), _quote_kind("''"), _quote_kind("'al")
    (True, False, None, None, None)
    """
    match = _QUOTED_NAME.fullmatch(token)
    if match is None or "<" in token or bool(match.group(1)) != bool(match.group(3)):
        return None
    return bool(match.group(1))


def _other_quotes(a: str, b: str) -> bool:
    """Two names, one in single quotes and one bare: two format strings' text."""
    ka, kb = _quote_kind(a), _quote_kind(b)
    return ka is not None and kb is not None and ka != kb


def _quoted_key(tokens: list[str]) -> tuple[str, ...] | None:
    """Tokens with their single-quoted strings (``'alice'``, ``'master':``) as ``<*>``: the key
    of a family of templates that differ only there; None without such a string, or
    when nothing but the strings is fixed text (fewer than two plain words).

    >>> _quoted_key("Added user 'alice' to realm 'master'".split())
    ('Added', 'user', '<*>', 'to', 'realm', '<*>')
    """
    quoted = [_single_quoted(tok) for tok in tokens]
    if not any(quoted):
        return None
    key = tuple(WILDCARD if q else tok for tok, q in zip(tokens, quoted, strict=True))
    if sum(1 for tok in key if is_word(tok)) < 2:
        return None
    return key


def _literal(token: str) -> bool:
    """Fixed text: a plain word with no wildcard (``from``, ``src:``, ``KB)``)
    or a key of a key=value pair (``user=<*>``)."""
    if "<" not in token:
        return is_word(token)
    head, sep, _ = token.partition("=")
    return bool(sep) and "<" not in head and is_word(head)


def _phrase(tokens: list[str]) -> bool:
    """Plain words only (``Connection reset by peer``, ``'-ERR unknown command``)."""
    return all("<" not in tok and is_word(tok) for tok in tokens)


# a name of an error or status code (``HostUnreachable:``, ``java.net.ConnectException:``): one
# identifier with a capital after a small letter, alone before a colon
_CODE_NAME = re.compile(r"(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$]*[a-z][A-Z][\w$]*:")


# an error's name before its text (``error:``, ``Error:``, ``TimeoutError:``, ``java.io.IOException:``,
# ``System.InvalidCastException:``), as an exception's or a JavaScript error's toString writes it
_EXCEPTION_LABEL = re.compile(r"(?:[A-Za-z_$][\w$]*\.)*(?:[A-Z][\w$]*)?(?:Error|Exception)[\w$]*:|error:")


# a label that says an error's text follows (``wait error:``, ``connect failed:``, ``reason:``,
# ``DB::Exception:``), or an error word that ends the sentence before that text (``Syncing node
# info failed. <error>``)
_ERROR_LABEL = re.compile(
    r"[\"'(\[]*(?:[A-Za-z_$][\w$]*(?:\.|::))*(?i:error|err|failed|failure|reason|cause|exception)[:.]"
)


# an error's qualified name glued to a colon (``GDBus.Error:org.example.Error.Busy:``,
# ``org.freedesktop.DBus.Error.ServiceUnknown:``, ``java.io.IOException:``): names joined by dots or colons,
# one of them an error's or an exception's
_ERROR_NAME = re.compile(r"[A-Za-z_][\w$]*(?:[.:][A-Za-z_][\w$]*)+:")
_ERROR_NAME_PART = re.compile(r"[A-Za-z_$]*(?:Error|Exception)[\w$]*")


def _error_name(token: str) -> bool:
    """Whether ``token`` is an error's qualified name before its text, as a remote error or an
    exception writes it (``GDBus.Error:org.example.Error.Busy: Device is busy``): a dotted name,
    so no word, but the start of an error's text, as a code name is.

    >>> _error_name("GDBus.Error:org.example.Error.Busy:"), _error_name("java.io.IOException:")
    (True, True)
    >>> _error_name("org.example.sensors:"), _error_name("Error:"), _error_name("GDBus.Error:x.Busy")
    (False, False, False)
    """
    if _ERROR_NAME.fullmatch(token) is None:
        return False
    return any(_ERROR_NAME_PART.fullmatch(part) for part in re.split(r"[.:]", token[:-1]))


# a call of a named function, alone (``fcntl()``, ``getaddrinfo()``) or as a label (``getpeername():``)
_CALL = re.compile(r"[A-Za-z_][\w.]*\(\):?")


# a word saying that something failed (``failed to clean up ...:``, ``Unable to ...:``)
_ERROR_WORD = re.compile(r"(?<![A-Za-z])(?i:failed|failure|error|unable|cannot|couldn't|can't)(?![A-Za-z])")


# ``failed:`` after the name of what failed (``fork failed:``, ``socket failed:``)
_FAILED_LABEL = re.compile(r"(?i:failed|failure):")
_NAME_WORD = re.compile(r"[A-Za-z_][\w.-]*(?:\(\))?")


def _name_and_values_before_failure(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is ``failed:`` after a name and one or more values, no word between
    (``nice <NUM> failed:``, distccd's ``nice %d failed: %s``): the call and its argument name
    what failed, as the one name before the label does (``fork failed:``).

    >>> _name_and_values_before_failure("nice <NUM> failed: Permission denied".split(), 2)
    True
    >>> _name_and_values_before_failure("<IP> failed: Permission denied".split(), 1)
    False
    """
    if _FAILED_LABEL.fullmatch(tokens[i]) is None:
        return False
    k = i - 1
    while k >= 0 and not is_word(tokens[k]):
        k -= 1
    return 0 <= k < i - 1 and _NAME_WORD.fullmatch(tokens[k]) is not None


def _dash_label(tokens: list[str], i: int) -> bool:
    """A dash after a sentence saying that something failed introduces its reason, as a colon
    would (``Unable to remove temporary file "<PATH>" - Permission denied``, ``select() failed -
    Bad file descriptor!``)."""
    return tokens[i] in ("-", "--") and any(_ERROR_WORD.search(tok) for tok in tokens[:i])


#: a program's name alone before a colon, as ``com_err`` writes its ``whoami`` (``krb5kdc:``, ``e2fsck:``)
_WHOAMI = re.compile(r"[a-z][a-z0-9_.-]*:")


def _com_err_reason(tokens: list[str]) -> tuple[int, int] | None:
    """The error's text in ``com_err``'s layout: the program's name, a colon, the error
    table's text for the code, then the caller's text, which starts with ``while``
    (``krb5kdc: No such file or directory while fetching master key``, ``e2fsck: Bad magic
    number in super-block while trying to open <PATH>``) or a lone colon (``... : cannot
    initialize database``).  The error's text was filled in at run time, though no sentence
    precedes it; the plain words between the name and that text are the reason.

    >>> _com_err_reason("krb5kdc: Permission denied while closing database".split())
    (1, 3)
    >>> _com_err_reason("sshd: Accepted password for root".split()) is None
    True
    """
    if len(tokens) < 4 or _WHOAMI.fullmatch(tokens[0]) is None:
        return None
    for j in range(2, len(tokens) - 1):
        if tokens[j] in ("while", ":"):
            return (1, j) if _phrase(tokens[1:j]) and tokens[1][:1].isupper() else None
    return None


def _python_errno(tokens: list[str], start: int) -> bool:
    """Whether a reason starts with the error number Python's ``OSError`` writes before the
    C library's text (``[Errno 104] Connection reset by peer``): that is an error's text, its
    number and words taken whole, as an error's name makes the rest of a reason one.

    >>> _python_errno("exception during request: [Errno <NUM>] Broken pipe".split(), 3)
    True
    >>> _python_errno("queue [main] <NUM> items".split(), 1)
    False
    """
    return start + 1 < len(tokens) and tokens[start] == "[Errno" and tokens[start + 1] == "<NUM>]"


def _phrase_slot(tokens: list[str], min_words: int = 2) -> tuple[int, int] | None:
    """Where the reason after the first label is: ``(start, end)`` of what follows
    the first token that ends with ``:`` (or is an error word ending a sentence,
    ``failed.``), has ``min_words`` words before it that are
    no labels themselves (component names, ``ciod:``, ``SQM: SQM:``, are no sentence
    that a reason completes) and is followed by a plain word of letters (not by a
    bracket opening a dump, ``ticket(s): {( <...``).  The reason runs over plain
    words up to the first value, or, when it names an error or a status (a code
    name or an error label, ``DB::Exception:``, ``rpc error:``), its label says it
    is one (``error:``, ``failed:``, ``reason:``) or the words before it say that
    something failed (``failed to clean up exec <HEX> streams:``), to the end
    of the message, values and further labels included
    (``status: HostUnreachable: Error connecting to <IP>``, ``wait error: No such
    container: <HEX>``); either way it stops
    at the word closing a bracket opened before it (``(<NUM>: Connection
    refused) while ...``).  A code name
    right after the sentence is part of the reason (``due to ShutdownInProgress:
    shutting down``).  Without such a label, a failure's reason in parentheses ending
    the message (:func:`_reason_in_brackets`); else None.

    >>> _phrase_slot("Unable to connect to MASTER: Connection refused".split())
    (5, 7)
    >>> _phrase_slot("read failed (<NUM>: Connection reset by peer) while reading".split())
    (3, 7)
    >>> _phrase_slot("SQM: Failed to start upload".split()) is None
    True
    >>> _phrase_slot("Starting rollback due to ShutdownInProgress: shutting down".split())
    (4, 7)
    >>> _phrase_slot("restart monitor wait error: No such container: <HEX>".split())
    (4, 8)
    >>> _phrase_slot("Syncing node info failed. rpc error: No leader".split())
    (4, 8)

    A call names the operation a reason is about, so it needs no words before it:

    >>> _phrase_slot("fcntl(): Bad file descriptor".split()), _phrase_slot("getaddrinfo() failed: Name or service".split())
    ((1, 4), (2, 5))

    So does the one name before ``failed:``; a dash after a sentence saying that something
    failed is a label too; and a plain reason starts after the last label inside it, an
    error's text after a call after the last error label:

    >>> _phrase_slot("fork failed: Permission denied".split()), _phrase_slot("poll() failed - Bad address!".split())
    ((2, 4), (3, 5))
    >>> _phrase_slot("open_sock(): could not disable Nagle: Bad file descriptor".split())
    (5, 8)
    >>> _phrase_slot("open_sock(): fcntl: set non-blocking failed: (<NUM>) Bad file descriptor".split())
    (5, 9)

    After a failure's label, a wrapped error starts at the value it names, a colon glued to it
    (:func:`_wrapped_reason`), as the error of a bare name there does:

    >>> _phrase_slot("failed to execute: <PATH>: No such file".split()), _phrase_slot("failed to execute: ssh: No such file".split())
    ((3, 7), (3, 7))
    """
    found = _com_err_reason(tokens)
    if found is not None:
        return found
    words = 0
    called = False
    context = names_context(tokens)
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if i == context:
            # a leading context of names (``drbd r0 node-b:``) is no sentence a reason completes
            words = 0
            continue
        if tok.endswith(":") or _ERROR_LABEL.fullmatch(tok) is not None or _dash_label(tokens, i):
            following = tokens[i + 1]
            # a call before or as the label (``fcntl():``, ``getaddrinfo() failed:``) names the
            # operation whose reason follows, as a sentence's words would
            enough = words >= min_words or called or _CALL.fullmatch(tok) is not None
            # so does the one word before ``failed:`` (``fork failed:``): it names what failed
            enough = enough or (
                i > 0 and _FAILED_LABEL.fullmatch(tok) is not None and _NAME_WORD.fullmatch(tokens[i - 1]) is not None
            )
            # and a name with its values before ``failed:`` (``nice <NUM> failed:``): the call and its argument
            enough = enough or _name_and_values_before_failure(tokens, i)
            # and a call with its arguments before a C library error text (``bind(http): Address
            # already in use``), as ``perror("bind(http)")`` writes
            enough = enough or (_call_label(tokens, i) and _errno_text(tokens[i + 1 :]))
            # and a function's name alone before one (``Error: setup_carrier: Invalid argument``), as
            # ``perror(__func__)`` writes: no sentence comes before it
            enough = enough or (_function_label(tokens, i) and _errno_text(tokens[i + 1 :]))
            # and a call's name alone leading the message (``fork: Interrupted system call``), as
            # ``perror("fork")`` writes
            enough = enough or (_leading_call(tokens, i) and _errno_text(tokens[i + 1 :]))
            # a reason starts with a word of letters, not with a bracket or a dump (``{( <Ticket...``),
            # or with an error's qualified name (``GDBus.Error:org.example.Error.Busy: Device is busy``)
            if enough and (
                ("<" not in following and is_word(following) and any(c.isalpha() for c in following))
                or _error_name(following)
            ):
                break
            # after a failure's label, a wrapped error starts at the value it names, a colon glued to it
            # (``failed to execute: <PATH>: No such file or directory``, Lua's ``<PATH>:<NUM>: attempt
            # to ...``), as the error of a bare name does (``failed to execute: ssh: ...``)
            if enough and _wrapped_reason(tokens, i):
                break
        elif is_word(tok):
            words += 1
            called = called or _CALL.fullmatch(tok) is not None
    else:
        return _errno_ending(tokens) or _reason_in_brackets(tokens, min_words)
    start = i + 1
    if (
        (_CODE_NAME.fullmatch(tokens[i]) or _error_after_failure(tokens, i))
        and not tokens[i - 1].endswith(":")
        and is_word(tokens[i - 1])
    ):
        # a code name or an error's name right after the sentence starts the reason (``due to
        # ShutdownInProgress: shutting down``; ``Failed to register clients error: deadlock detected``, as
        # a logger writes an error after the message and a blank)
        start = i
    depth = 0
    for tok in tokens[:start]:
        depth += tok.count("(") + tok.count("[") - tok.count(")") - tok.count("]")
    open_before = max(depth, 0)
    # A reason that names an error or a status (``HostUnreachable: Error connecting to <IP>``,
    # ``STARTUP2 :: caused by :: NotSecondary: ...``, ``java.io.IOException: ...``) is that
    # error's text, values and labels and all.
    # Any other reason is its plain words, up to the first value: after a context prefix
    # (``Partition [<*>] on broker <NUM>: Shrinking ISR from <*> to <*>``) the words and the
    # shape of what follows tell one event from another, and taking them whole would merge
    # every message under the prefix.
    status = (
        _ERROR_LABEL.fullmatch(tokens[start - 1]) is not None
        or _python_errno(tokens, start)
        or any(_ERROR_WORD.search(tok) for tok in tokens[:start])
        or any(
            _CODE_NAME.fullmatch(tok) or (tok[-1] == ":" and _ERROR_LABEL.fullmatch(tok)) or _error_name(tok)
            for tok in tokens[start:]
        )
    )
    end = start
    inner = 0
    while end < len(tokens) and (status or ("<" not in tokens[end] and is_word(tokens[end]))):
        tok = tokens[end]
        end += 1
        inner += tok.count("(") + tok.count("[") - tok.count(")") - tok.count("]")
        if open_before and inner < 0:
            break
    if not status:
        start = _last_label(tokens, start, end)
    elif _CALL.fullmatch(tokens[start - 1]) is not None:
        start = _last_error_label(tokens, start)
    return start, end


#: a word saying that something could not be done or went wrong, written without a label after it (INN's ``cant
#: read``, ``returned error with``)
_FAILURE_WORD = re.compile(r"(?i:cant|can't|cannot|couldn't|failed|unable|error)")
#: the most words of a C library error text (``Too many levels of symbolic links``)
_ERRNO_WORDS = 6
#: the error's number after its text, in brackets, with its category's name or alone (boost's ``error_code::what()``,
#: ``Connection timed out [system:110]``; ``Broken pipe (32)``)
_ERRNO_CODE = re.compile(r"[\[(](?:[a-z][a-z0-9_]*:)?<NUM>[\])][.,;]?")


def _errno_ending(tokens: list[str]) -> tuple[int, int] | None:
    """Where a C library error text ends the message with no label before it, after a word saying
    that something could not be done (``<*> cant read Connection refused``, ``SERVER cant close
    <*> Broken pipe``), as ``syslog(..., "%s cant read %m", name)`` writes: ``(start, end)`` of that
    text, a reason of one statement (:meth:`TemplateMiner._wrapped_errors`), as after a call's
    label; None otherwise.  The text is as ``strerror`` writes it, a capital first, and ends the
    message; after a colon it is a label's reason (:func:`_phrase_slot`'s rules), and a message
    saying no failure (``link state Connection refused``) gives none.

    >>> _errno_ending("<*> cant read Connection refused".split())
    (3, 5)
    >>> _errno_ending("SERVER cant nonblock <NUM> Too many open files".split())
    (4, 8)
    >>> _errno_ending("link state Connection refused".split()), _errno_ending("cant read connection refused".split())
    (None, None)

    The error's number may follow the text in brackets, alone or after its category's name, as boost's
    ``error_code::what()`` writes it; the text is the reason, the number stays outside it:

    >>> _errno_ending("SetMode returned error with Connection timed out [system:<NUM>]".split())
    (4, 7)
    """
    n = len(tokens)
    if n > 2 and _ERRNO_CODE.fullmatch(tokens[-1]) is not None:
        n -= 1
    for k in range(min(_ERRNO_WORDS, n - 1), 0, -1):
        start = n - k
        if (
            tokens[start][:1].isupper()
            and not tokens[start - 1].endswith(":")
            and _errno_text(tokens[start:n])
            and any(_FAILURE_WORD.fullmatch(tok) for tok in tokens[:start])
        ):
            return start, n
    return None


def _wrapped_reason(tokens: list[str], i: int) -> bool:
    """Whether the label ``tokens[i]`` ends a sentence saying that something failed and is
    followed by a value glued to a colon, then a word: a wrapped error naming what failed
    (``failed to execute: <PATH>: No such file or directory``), whose text starts at that value.

    >>> _wrapped_reason("failed to execute: <PATH>: No such file".split(), 2)
    True
    >>> _wrapped_reason("config loaded: <PATH>: peers enabled".split(), 1)
    False
    """
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        i + 2 < len(tokens)
        and following.endswith(":")
        and "<" in following
        and not is_word(following)
        and is_word(tokens[i + 2])
        and any(_ERROR_WORD.search(tok) for tok in tokens[: i + 1])
    )


def _reason_in_brackets(tokens: list[str], min_words: int) -> tuple[int, int] | None:
    """A sentence saying that something failed, then its reason in parentheses ending the
    message (``failed to migrate configuration (permission denied)``, ``cannot bind
    address <IP> (address already in use)``): the words in the parentheses are the
    reason, as after a label.  Without a failure before it an aside is fixed text
    (``attached <*> (primary) to ...``).

    >>> _reason_in_brackets("failed to load configuration file (not enough memory)".split(), 2)
    (5, 8)
    >>> _reason_in_brackets("attached pool (primary)".split(), 2) is None
    True
    """
    if not tokens or not tokens[-1].endswith(")"):
        return None
    for j in range(len(tokens) - 1, min_words - 1, -1):
        if tokens[j].startswith("("):
            break
    else:
        return None
    inside = tokens[j:]
    if not tokens[j][1:2].isalpha() or " ".join(inside).count("(") != 1 or not _phrase(inside):
        return None
    before = tokens[:j]
    if sum(1 for tok in before if is_word(tok)) < min_words or not any(_ERROR_WORD.search(tok) for tok in before):
        return None
    return j, len(tokens)


def _last_error_label(tokens: list[str], start: int) -> int:
    """After a call, the error's text starts after the last error label that follows it
    (``init_sock_opt(): fcntl: set non-blocking failed: (9) Bad file descriptor``): the
    words between say which operation of the function failed."""
    for i in range(len(tokens) - 2, start - 1, -1):
        if tokens[i].endswith(":") and _ERROR_LABEL.fullmatch(tokens[i]) is not None:
            return i + 1
    return start


def _last_label(tokens: list[str], start: int, end: int) -> int:
    """Where a plain reason really starts: after the last label inside it that has a word
    before it and a word of letters after it (``init_sock_opt(): could not disable Nagle:
    Operation not permitted``: the call names the function, the sentence after it is the
    event's text, its own label introduces the reason)."""
    for i in range(end - 2, start, -1):
        if tokens[i].endswith(":") and any(c.isalpha() for c in tokens[i + 1]):
            return i + 1
    return start


def _wrapped_error(phrase: list[str]) -> bool:
    """A reason that names a value and then its own reason after a colon glued to it
    (``open <PATH>: permission denied``, ``listen tcp <IP>: bind: ...``): words after it.

    >>> _wrapped_error("open <PATH>: permission denied".split()), _wrapped_error("permission denied".split())
    (True, False)
    >>> _wrapped_error("see <URL>:".split())
    False
    """
    return any(
        tok.endswith(":") and not is_word(tok) and "<" in tok and is_word(phrase[i + 1])
        for i, tok in enumerate(phrase[:-1])
    )


def _error_chain(phrase: list[str]) -> bool:
    """A reason that is an error wrapped in another, as Go's ``fmt.Errorf("...: %w", err)`` chains
    write: it starts with a plain word and holds a wrapped error (``dial tcp <IP>: connect: connection
    refused``, :func:`_wrapped_error`) or, after two words or more, a label followed by words
    (``failed to get settings from core: context deadline exceeded``).  A name before a colon
    leading the reason (``con0: Out of memory``) is no chain, and an error's qualified name
    (``GDBus.Error:...``) is an outcome's name, left to the rules before.

    >>> _error_chain("failed to get config from core: context deadline exceeded".split())
    True
    >>> _error_chain("NOAUTH Authentication required.".split()), _error_chain("con0: Out of memory".split())
    (False, False)
    """
    if not phrase or "<" in phrase[0] or not is_word(phrase[0]) or any(_error_name(tok) for tok in phrase):
        return False
    if _wrapped_error(phrase):
        return True
    return any(
        tok.endswith(":") and is_word(tok) and sum(1 for t in phrase[:i] if is_word(t)) >= 2
        and any(c.isalpha() for c in phrase[i + 1])
        for i, tok in enumerate(phrase[:-1])
    )


#: an error's or an exception's generic name alone as a label (no class named): the format string's own word
_BARE_ERROR_LABEL = frozenset({"Exception:", "exception:", "Error:", "error:"})


def _family_slot(tokens: list[str], min_words: int) -> tuple[int, int] | None:
    """The phrase slot a reason family is keyed and merged by (:meth:`TemplateMiner._join_phrases`): the
    reason of :func:`_phrase_slot`, less a generic ``Exception:`` or ``Error:`` leading it with words after
    it and no word before it saying that something failed.  Such a label is the format string's text
    (``std::terminate was called. Exception: %s.``): it stays in the family's template, so the program's
    other sentences after the same words (``There is no current exception.``) are no reason of that label.
    After a failure's words an error's name is the logged error's own (``Failed to flush batch Error: socket
    hang up`` beside ``... TimeoutError: ...``) and starts the reason as before.  Whether the reasons are
    errors is still asked of the whole slot (:func:`_exception_slot`).

    >>> _family_slot("worker aborted. Exception: map::at.".split(), 2)
    (3, 4)
    >>> _family_slot("worker aborted. java.io.IOException: Broken pipe".split(), 2)
    (2, 5)
    """
    slot = _phrase_slot(tokens, min_words)
    if (
        slot is not None
        and slot[1] - slot[0] >= 2
        and tokens[slot[0]] in _BARE_ERROR_LABEL
        and not any(_ERROR_WORD.search(tok) for tok in tokens[: slot[0]])
    ):
        return slot[0] + 1, slot[1]
    return slot


def _wrapped_slot(tokens: list[str], slot: tuple[int, int]) -> bool:
    """A phrase slot holding a wrapped error or a C library error text after what failed
    (:meth:`TemplateMiner._wrapped_errors`)."""
    return (
        slot == _errno_ending(tokens)
        or _wrapped_error(tokens[slot[0] : slot[1]])
        or _errno_after_path(tokens, *slot)
        or _errno_after_call(tokens, *slot)
        or _errno_after_number(tokens, *slot)
        or _errno_after_failure(tokens, *slot)
    )


def _chained_slot(tokens: list[str], slot: tuple[int, int]) -> bool:
    """A phrase slot holding an error chain under a fixed sentence saying something failed, no value or
    quoted name in it (:meth:`TemplateMiner._chained_failure`)."""
    head = tokens[: slot[0]]
    if not _phrase(head) or any(_quoted(tok) or _single_quoted(tok) for tok in head):
        return False
    return any(_ERROR_WORD.search(tok) for tok in head) and _error_chain(tokens[slot[0] : slot[1]])


def _error_after_failure(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is an error's name (:data:`_EXCEPTION_LABEL`) written after a sentence: a class's
    name (``TimeoutError:``, ``java.io.IOException:``), or a bare ``error:`` after words saying that something
    failed (``Failed to register clients error: deadlock detected``); after other words ``error:`` closes a
    label of its own (``restart monitor wait error:``).

    >>> _error_after_failure("Failed to flush error: deadlock".split(), 3)
    True
    >>> _error_after_failure("monitor wait error: gone".split(), 2)
    False
    """
    label = tokens[i]
    if _EXCEPTION_LABEL.fullmatch(label) is None:
        return False
    return label not in ("error:", "Error:") or any(_ERROR_WORD.search(tok) for tok in tokens[:i])


def _exception_slot(tokens: list[str], slot: tuple[int, int]) -> bool:
    """A phrase slot holding an exception's or an error's text, its name first (``java.io.IOException:
    Broken pipe``, ``TimeoutError: pool exhausted``, ``error: deadlock detected``), after fixed words: no
    value or quoted name before it (:meth:`TemplateMiner._exceptions`).

    >>> _exception_slot("Could not load: java.io.IOException: Broken pipe".split(), (3, 6))
    True
    >>> _exception_slot("Could not load: Broken pipe".split(), (3, 5))
    False
    """
    head = tokens[: slot[0]]
    if not head or not _phrase(head) or any(_quoted(tok) or _single_quoted(tok) for tok in head):
        return False
    first = tokens[slot[0]] if slot[0] < slot[1] else ""
    return _EXCEPTION_LABEL.fullmatch(first) is not None and slot[1] - slot[0] >= 2


_PATH = "<PATH>"
#: the C library's error texts (``strerror``; Go's syscall errors are the same in small letters)
_ERRNO_TEXTS = frozenset(
    text.lower()
    for text in (
        "Operation not permitted", "No such file or directory", "No such process", "Interrupted system call",
        "Input/output error", "No such device or address", "Argument list too long", "Exec format error",
        "Bad file descriptor", "No child processes", "Resource temporarily unavailable", "Cannot allocate memory",
        "Permission denied", "Bad address", "Device or resource busy", "File exists", "Invalid cross-device link",
        "No such device", "Not a directory", "Is a directory", "Invalid argument", "Too many open files in system",
        "Too many open files", "Text file busy", "File too large", "No space left on device", "Illegal seek",
        "Read-only file system", "Too many links", "Broken pipe", "File name too long", "Directory not empty",
        "Too many levels of symbolic links", "Function not implemented", "Operation not supported",
        "Address already in use", "Cannot assign requested address", "Network is down", "Network is unreachable",
        "Connection reset by peer", "No buffer space available", "Transport endpoint is not connected",
        "Connection timed out", "Connection refused", "Host is down", "No route to host", "Stale file handle",
        "Disk quota exceeded", "Protocol error", "Operation timed out", "Operation already in progress",
        # the rest of glibc's texts for errno 1 to 133 that are words alone
        "Block device required", "Inappropriate ioctl for device", "Numerical argument out of domain",
        "Numerical result out of range", "Resource deadlock avoided", "No locks available",
        "No message of desired type", "Identifier removed", "No data available", "Timer expired", "Bad message",
        "Value too large for defined data type", "Invalid or incomplete multibyte or wide character",
        "Socket operation on non-socket", "Destination address required", "Message too long",
        "Protocol wrong type for socket", "Protocol not available", "Protocol not supported",
        "Socket type not supported", "Protocol family not supported", "Address family not supported by protocol",
        "Network dropped connection on reset", "Software caused connection abort",
        "Transport endpoint is already connected", "Cannot send after transport endpoint shutdown",
        "Operation now in progress", "Remote I/O error", "No medium found", "Wrong medium type",
        "Operation canceled", "Required key not available", "Key has expired", "Key has been revoked",
        "Key was rejected by service", "Owner died", "State not recoverable", "Operation not possible due to RF-kill",
        "Memory page has hardware error",
    )
)


#: a call and its arguments closing a label (``bind(http):``, ``setsockopt(http, SO_REUSEADDR):``, ``stat():``):
#: names, no values, in the brackets
_CALL_LABEL = re.compile(r"[A-Za-z_][\w.]*\((?:[A-Za-z_][\w.-]*(?:, ?[A-Za-z_][\w.-]*)*)?\):")
#: the tokens a call label may span (its arguments separated by blanks)
_CALL_LABEL_TOKENS = 3


def _call_label(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` closes a call and its arguments, the operation a reason after it
    is about (``bind(http):``, ``setsockopt(http, SO_REUSEADDR):``, ``write_blocked():``).

    >>> _call_label("setsockopt(http, SO_REUSEADDR): Permission denied".split(), 1)
    True
    >>> _call_label("pam_unix(sshd:auth): authentication failure".split(), 0)
    False
    """
    if not tokens[i].endswith("):"):
        return False
    return any(
        _CALL_LABEL.fullmatch(" ".join(tokens[j : i + 1])) is not None
        for j in range(max(0, i - _CALL_LABEL_TOKENS + 1), i + 1)
    )


#: a function's name as ``__func__`` writes it, alone before a colon: an identifier with an underscore
_FUNCTION_LABEL = re.compile(r"[A-Za-z_][A-Za-z0-9]*_[A-Za-z0-9_]*:")


def _function_label(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` closes a run of labels from the message's start that names a function
    (a name with an underscore alone before a colon), as ``perror(__func__)`` and ``"%s: %s",
    __func__, strerror(errno)`` write, or ``"%s: listen: %s"`` with the call that failed in it:
    the operation a reason after it is about, as a call's is.  A level's name may come first.

    >>> _function_label("Error: setup_carrier: Invalid argument".split(), 1)
    True
    >>> _function_label("open_relays: listen: Invalid argument".split(), 1)
    True
    >>> _function_label("Error: Invalid argument".split(), 0), _function_label("cannot run setup_carrier: now".split(), 2)
    (False, False)
    """
    labels = tokens[: i + 1]
    return all(tok.endswith(":") for tok in labels) and any(_FUNCTION_LABEL.fullmatch(tok) for tok in labels)


#: a call's name leading a message before a colon, as ``perror("fork")`` writes it: an identifier in small
#: letters (``fork:``, ``setsid:``), or a call with no argument or one quoted literal (``chdir("/"):``; not a
#: context's names in brackets, ``pam_unix(sshd:auth):``, ``relayd(main):``)
_LEADING_CALL = re.compile(r'[a-z_][a-z0-9_]*(?:\(\)|\("[^"\s]*"\))?:')
#: a level's or a failure's word in that place names no call (``error:``, ``warning:``, ``failed:``)
_LEVEL_WORD = re.compile(
    r"(?i:errors?|err|warn(?:ing)?|fatal|notice|info|debug|trace|crit(?:ical)?|alert|emerg|panic|fail(?:ed|ure)?):"
)


def _leading_call(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a call's name alone leading the message (``fork: Interrupted system
    call``, ``chdir("/"): Permission denied``), as ``perror("fork")`` and ``"%s: %s", "setsid",
    strerror(errno)`` write: the operation a C library error text after it is about, as a call's
    label is.  Not a level's name (``error:``, ``warning:``), nor a name after other words.

    >>> _leading_call("fork: Interrupted system call".split(), 0), _leading_call('chdir("/"): x'.split(), 0)
    (True, True)
    >>> _leading_call("error: Invalid argument".split(), 0), _leading_call("Error: x".split(), 0)
    (False, False)
    >>> _leading_call("cannot fork: Permission denied".split(), 1)
    False
    """
    return i == 0 and _LEADING_CALL.fullmatch(tokens[0]) is not None and _LEVEL_WORD.fullmatch(tokens[0]) is None


def _errno_text(phrase: list[str]) -> bool:
    """Whether ``phrase`` is one of the C library's error texts (:data:`_ERRNO_TEXTS`)."""
    return " ".join(phrase).rstrip(".!").lower() in _ERRNO_TEXTS


def _errno_after_call(tokens: list[str], start: int, end: int) -> bool:
    """Whether the reason ``tokens[start:end]`` is a C library error text after the call it
    is about (``bind(http): Address already in use``, ``write_blocked(): Read-only file
    system (<NUM>)``), as ``perror(call)`` and ``"%s: %s", call, strerror(errno)`` write, or
    after a function's name alone (``setup_carrier: Invalid argument``, :func:`_function_label`)
    or a call's name leading the message (``fork: Permission denied``, :func:`_leading_call`);
    not a reason of the program's own words, nor after a word.

    >>> _errno_after_call("bind(http): Address already in use".split(), 1, 5)
    True
    >>> _errno_after_call("bind(http): port taken".split(), 1, 3), _errno_after_call("at bind: Is a directory".split(), 2, 5)
    (False, False)
    >>> _errno_after_call("bind: Is a directory".split(), 1, 4)
    True
    """
    return (
        start > 0
        and (
            _call_label(tokens, start - 1)
            or _function_label(tokens, start - 1)
            or _leading_call(tokens, start - 1)
        )
        and _errno_text(tokens[start:end])
    )


#: a word saying that the number after it is an error's (``error 13:``, ``errno 2:``)
_ERROR_NUMBER_WORD = re.compile(r"(?i:error|errno|err)")


def _errno_after_number(tokens: list[str], start: int, end: int) -> bool:
    """Whether the reason ``tokens[start:end]`` is a C library error text after the error's
    number, which an error word names (``Console open error <NUM>: Permission denied.``), as
    ``"%s error %d: %s.", action, errno, strerror(errno)`` writes, the number maybe closing
    brackets (``(socket error <NUM>): Connection refused``); not after another number
    (``from file <NUM>:`` is as often a context), nor a reason of the program's own words.

    >>> _errno_after_number("Console open error <NUM>: Permission denied.".split(), 4, 6)
    True
    >>> _errno_after_number("cannot start (socket error <NUM>): Connection refused".split(), 5, 7)
    True
    >>> _errno_after_number("from file <NUM>: Permission denied".split(), 3, 5)
    False
    >>> _errno_after_number("write error <NUM>: spool is full".split(), 3, 6)
    False
    """
    return (
        start > 1
        and tokens[start - 1] in ("<NUM>:", "<NUM>):")
        and _ERROR_NUMBER_WORD.fullmatch(tokens[start - 2]) is not None
        and _errno_text(tokens[start:end])
    )


def _errno_after_path(tokens: list[str], start: int, end: int) -> bool:
    """Whether the reason ``tokens[start:end]`` is a C library error text after the path it is
    about, a colon glued to that path (``cannot load <PATH>: Permission denied``), as
    ``perror(path)`` and ``"%s: %s", path, strerror(errno)`` write; not after a word
    (``listener: permission denied``) or a number (``from file <NUM>: ...``: a number before
    a colon is as often a context, ``node 7:``), nor a reason of the program's own words.

    >>> _errno_after_path("cannot load <PATH>: Is a directory".split(), 3, 6)
    True
    >>> _errno_after_path("cannot load config: Is a directory".split(), 3, 6)
    False
    >>> _errno_after_path("cannot load <NUM>: Is a directory".split(), 3, 6)
    False
    >>> _errno_after_path("cannot load <PATH>: bad image, Is a directory".split(), 3, 8)
    False
    """
    label = tokens[start - 1] if start > 0 else ""
    if not label.endswith(":") or label.rstrip(":").strip("'\"([") != _PATH:
        return False
    return _errno_text(tokens[start:end])


def _errno_after_failure(tokens: list[str], start: int, end: int) -> bool:
    """Whether the reason ``tokens[start:end]`` is a C library error text after a sentence saying
    that something failed (``Unable to read vendor ID of card: Permission denied``), as ``"Unable
    to ...: %s", strerror(errno)`` writes: the sentence names the operation, as a call's name or
    the path before the label does; not after a label with no failure said before it
    (``listener: Permission denied``), nor a reason of the program's own words.  The sentence is
    plain words only, its label a word of letters: a quoted name in it or a context's label before
    it (``cron.service: Failed to spawn 'stop' task:``, one statement for each task) may make it
    one of several statements, and a name with a digit before the colon (``port con0:``) is the
    instance the message is about, a value the miner keeps as a word.  The text is as ``strerror``
    writes it, a capital first (``Permission denied``): in small letters (``permission denied``) it
    is the program's own words, a few outcomes each its own statement, as before.

    >>> _errno_after_failure("Unable to read vendor ID of card: Permission denied".split(), 7, 9)
    True
    >>> _errno_after_failure("listener on port: Permission denied".split(), 3, 5)
    False
    >>> _errno_after_failure("Unable to start pool: queue is full".split(), 4, 7)
    False
    >>> _errno_after_failure("Unable to open port con0: Permission denied".split(), 5, 7)
    False
    >>> _errno_after_failure("Failed to start listener: permission denied".split(), 4, 6)
    False

    A level's word leading the message (``warning:``, ``error:``, :data:`_LEVEL_WORD`) is no
    context's label: the sentence after it names the operation as it would alone.

    >>> _errno_after_failure("warning: cannot open logfile: Permission denied".split(), 4, 6)
    True
    >>> _errno_after_failure("warning: listener: Permission denied".split(), 2, 4)
    False
    """
    sentence = tokens[:start]
    if len(sentence) > 2 and _LEVEL_WORD.fullmatch(sentence[0]) is not None:
        sentence = sentence[1:]
    return (
        len(sentence) > 1
        and sentence[-1].endswith(":")
        and sentence[-1][:-1].isalpha()
        and all(is_word(tok) and tok[0] not in "'\"" for tok in sentence)
        and not any(tok.endswith(":") for tok in sentence[:-1])
        and any(_ERROR_WORD.search(tok) for tok in sentence)
        and tokens[start][:1].isupper()
        and _errno_text(tokens[start:end])
    )


#: the words saying that what follows a kind's name was not known: that word is a value
_UNKNOWN_WORD = re.compile(r"(?i:unknown|unrecognized|unrecognised|unsupported|invalid|illegal)")
#: at most this many words name the kind between such a word and the value
_KIND_WORDS = 3


def _names_unknown(tokens: list[str], position: int) -> bool:
    """Whether the word at ``position`` is what a message says was not known: it follows
    ``unknown`` (``unrecognized``, ``unsupported``, ``invalid`` ...) and one to three words
    naming its kind (``Unknown tunnel mode <gre>``, ``Unrecognized peer setting <x>``);
    the word right after ``unknown`` names the kind itself (``Unknown command``).

    >>> _names_unknown("Unknown tunnel mode gre".split(), 3), _names_unknown("Unknown command".split(), 1)
    (True, False)
    """
    for gap in range(1, _KIND_WORDS + 1):
        at = position - gap - 1
        if at < 0:
            return False
        kind = tokens[at + 1 : position]
        if any(not is_word(tok) or tok.endswith(":") for tok in kind[:-1]) or not is_word(kind[-1]):
            return False
        if _UNKNOWN_WORD.fullmatch(tokens[at]) is not None:
            return True
    return False


def _unknown_value(tokens: list[str], position: int) -> bool:
    """Whether the word at ``position`` is itself what the message says was not known
    (:func:`_names_unknown`), not one more word of the kind's name before a value: it ends the
    message or a plain word follows it (``Unsupported property Status``, ``Invalid channel mode fast
    requested``), where a value or a label's colon after it leaves it naming the kind (``Invalid
    message type 4``, ``Invalid target state: 7``).  A colon after it that a reason of plain words
    follows ends the value, not a label (``Invalid HeaderValue Grüße: failed to parse header value``).

    >>> _unknown_value("Unsupported property Status".split(), 2)
    True
    >>> _unknown_value("Invalid message type <NUM>".split(), 2), _unknown_value("Invalid target state: <NUM>".split(), 2)
    (False, False)
    >>> _unknown_value("Invalid HeaderValue x-y: failed to parse it".split(), 2)
    True
    """
    if not _names_unknown(tokens, position):
        return False
    rest = tokens[position + 1 :]
    if tokens[position].endswith(":"):
        # a label's colon names the kind of what follows it: a value, or one word (a state)
        return len(rest) >= _REASON_WORDS and all("<" not in tok and is_word(tok) for tok in rest)
    return not rest or ("<" not in rest[0] and is_word(rest[0]))


#: at least this many plain words after a colon are a reason, not the state of a label
_REASON_WORDS = 2


#: the words naming what a code is of (``status code``, ``error code``): the word after them is the code's value
_CODE_KIND = re.compile(r"(?i:status|error|return|result|exit|reason|response)")


def _names_code(tokens: list[str], position: int) -> bool:
    """Whether the word at ``position`` is a code's value: it follows ``code`` and the word
    saying what the code is of (``with the status code BadUserAccessDenied``, ``error code
    ENOENT``).  A number there is a value already; a code's name (open62541's status codes,
    an errno's symbol) is filled in by one statement as well, so a few of them are one
    statement's, as a few ``strerror`` texts after a label are.

    >>> _names_code("Signature check failed with status code BadInternalError".split(), 6)
    True
    >>> _names_code("Signature check failed with status code BadInternalError".split(), 5)
    False
    >>> _names_code("Switching to mode code Fast".split(), 4)
    False
    """
    return (
        position >= 2
        and tokens[position - 1].lower() == "code"
        and _CODE_KIND.fullmatch(tokens[position - 2]) is not None
        and tokens[position].isalnum()
    )


def _family_key(tokens: list[str]) -> tuple[str, ...]:
    """Tokens as a family key: values (and quoted strings) as ``<*>``, so that the
    templates of one event, made from messages with other values, share it."""
    return tuple(tok if is_word(tok) and not _quoted(tok) else WILDCARD for tok in tokens)


_NUMERIC_PLACEHOLDER = re.compile(r"<(?:NUM|DUR|TIME)>")


def _numeric(token: str) -> bool:
    """A number, possibly with signs or brackets around it (``<NUM>``, ``<<NUM>``,
    ``(<DUR>``, ``12``): what a unit may follow.  A name holding a digit is not
    one (``web2``, ``<*>``, ``<IP>``).

    >>> _numeric("<<NUM>"), _numeric("(<DUR>,"), _numeric("api/web2"), _numeric("<IP>")
    (True, True, False, False)
    """
    rest = _NUMERIC_PLACEHOLDER.sub("0", token)
    return any(c.isdigit() for c in rest) and not any(c.isalpha() for c in rest)


def _gap_ok(gap: list[str], aligned: frozenset[str] = frozenset()) -> bool:
    """Whether a gap between aligned tokens may hold a variable part.

    Variable parts are values (a list, optional numbers) and what qualifies
    them: a unit right after a number (``<NUM> sec``; a word after a name,
    ``web2 succeeded``, is no unit), an aside in brackets
    (``(<NUM> KB)``) or a word that also stands among the ``aligned`` tokens
    (more items of a list: ``at <frame> at <frame>``).  A bare word that
    stands for itself (``from /<IP>``,
    ``gt <NUM>``, ``src: /<IP> dest: /<IP>``) is fixed text: messages that
    differ by it belong to another event.

    >>> _gap_ok(["(<NUM>", "KB)"]), _gap_ok(["<<NUM>", "sec"]), _gap_ok(["blk_<NUM>", "blk_<NUM>"])
    (True, True, True)
    >>> _gap_ok(["gt", "<NUM>"]), _gap_ok(["from", "/<IP>"]), _gap_ok(["disabled."])
    (False, False, False)
    >>> _gap_ok(["api/web2", "succeeded,"])
    False

    An aside of words alone in parentheses (``(active)``, ``(see above)``) holds no value:
    it is fixed text that one statement writes and another does not.

    >>> _gap_ok(["(active)"]), _gap_ok(["(see", "above)"]), _gap_ok(["(<NUM>", "KB)"])
    (False, False, True)

    An arrow says which way a message goes: fixed text, as a word is.

    >>> _gap_ok(["-->", "<NUM>"]), _gap_ok(["<--"]), _gap_ok(["-", "<NUM>"])
    (False, False, True)
    """
    if _wordy_aside(gap):
        return False
    words = 0
    depth = 0
    previous_value = False
    for k, tok in enumerate(gap):
        if _ARROW.fullmatch(tok) and tok not in aligned:
            return False
        if not any(c.isalnum() or c == "<" for c in tok):
            continue  # punctuation alone (``-``, ``|``, ``:``) is neither a word nor a value
        opens = tok.count("(") + tok.count("[") + tok.count("{")
        inside = depth > 0 or (opens > 0 and tok[:1] in "([{")
        if _literal(tok):
            words += 1
            # a label right before its value (``host: <*>``) is part of an optional field
            label = tok.endswith(":") and k + 1 < len(gap) and not _literal(gap[k + 1])
            if not inside and not previous_value and not label and tok not in aligned:
                return False
            previous_value = False
        else:
            previous_value = _numeric(tok)  # a unit follows a number
        depth = max(0, depth + opens - tok.count(")") - tok.count("]") - tok.count("}"))
    return words <= len(gap) - words


def _wordy_aside(gap: list[str]) -> bool:
    """Whether the gap holds an aside in parentheses made of plain words only: at least one
    word, no value (punctuation alone is neither).  Square brackets and braces are left out:
    they hold lists and names as often as asides (``{example.com []}``, ``[host name]``)."""
    depth = 0
    words = values = 0
    for tok in gap:
        if depth == 0 and tok[:1] != "(":
            continue
        if any(c.isalnum() or c == "<" for c in tok):
            if _literal(tok):
                words += 1
            else:
                values += 1
        depth += tok.count("(") - tok.count(")")
        if depth <= 0:
            if words and not values:
                return True
            depth = words = values = 0
    return False


def _lcs_align(a: list[str], b: list[str]) -> tuple[int, list[str], bool]:
    """Align two token lists on their longest common subsequence.

    Returns the LCS length, the merged template (each gap becomes one
    ``<*>``, which stands for any run of tokens, possibly empty) and whether
    every gap looks like a variable part (:func:`_gap_ok`).
    """
    n, m = len(a), len(b)
    # dp[i][j] = LCS of a[i:], b[j:]
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        ai = a[i]
        row, nxt = dp[i], dp[i + 1]
        if ai == _VARLEN:
            for j in range(m - 1, -1, -1):
                row[j] = nxt[j] if nxt[j] >= row[j + 1] else row[j + 1]
            continue
        for j in range(m - 1, -1, -1):
            if ai == b[j]:
                row[j] = nxt[j + 1] + 1
            else:
                row[j] = nxt[j] if nxt[j] >= row[j + 1] else row[j + 1]
    merged: list[str] = []
    # each gap: its tokens in path order, and how many of them came from ``a``
    gaps: list[tuple[list[str], list[str]]] = []
    gap: list[str] = []
    gap_a: list[str] = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j] and a[i] != _VARLEN:
            if gap:
                gaps.append((gap, gap_a))
                merged.append(_VARLEN)
                gap, gap_a = [], []
            merged.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            gap.append(a[i])
            gap_a.append(a[i])
            i += 1
        else:
            gap.append(b[j])
            j += 1
    gap.extend(a[i:])
    gap_a.extend(a[i:])
    gap.extend(b[j:])
    if gap:
        gaps.append((gap, gap_a))
        merged.append(_VARLEN)
    aligned = frozenset(merged)
    return dp[0][0], merged, all(
        _substitution(g, ga) or (_gap_ok(g, aligned) and not _quoted_on_one_side(g, ga)) for g, ga in gaps
    )


#: how :meth:`TemplateMiner._place` writes a wildcard made of values in double quotes when it aligns it
_QUOTED_WILDCARD = '"' + WILDCARD + '"'
# a value in double quotes, one token (``"alice"``, ``""``, ``("x"),``): the quotes are the format string's
_DOUBLE_QUOTED = re.compile(r'[(\[]?"[^"\s]*"[)\]]*[,.;:]*')


def _quoted_on_one_side(gap: list[str], from_a: list[str]) -> bool:
    """Whether one side of a gap holds a value in double quotes where the other holds nothing
    (``Client "alice" unregistered`` and ``Client unregistered``): the format string wrote the
    quotes, so the one statement writes them whatever the value, even empty (``""``), and the
    other never does: two statements, not an optional value.  Values on both sides (a list of
    quoted items of another length) are as before.

    >>> _quoted_on_one_side(['"alice"'], ['"alice"']), _quoted_on_one_side(['"alice"'], [])
    (True, True)
    >>> _quoted_on_one_side(['"a"', '"b"', '"c"'], ['"a"']), _quoted_on_one_side(["<NUM>"], [])
    (False, False)
    """
    if 0 < len(from_a) < len(gap):
        return False
    return any(_DOUBLE_QUOTED.fullmatch(tok) is not None for tok in gap)


def _substitution(gap: list[str], from_a: list[str]) -> bool:
    """One side's wildcard against one token of the other: what the wildcard is for
    (``<*> closed`` and ``mirror-beta closed``).

    >>> _substitution(["<*>", "mirror-beta"], ["<*>"]), _substitution(["<*>", "web2", "failed"], ["<*>"])
    (True, False)
    """
    if len(gap) != 2 or len(from_a) != 1:
        return False
    rest = list(gap)
    rest.remove(from_a[0])
    return WILDCARD in (from_a[0], rest[0])


# what a gap of a variable-length template follows: a label (``SYNC: <*>``), or it is the
# reason of a merged phrase family
_LABEL = 1
_REASON = 2


def _varlen_pattern(tokens: list[str]) -> re.Pattern[str]:
    # a label's wildcard is one token ending with the colon (``port <*>: <*>``)
    parts = [
        r"((?: \S+)*?)" if tok == _VARLEN else r" \S+:" if i > 0 and tok == _LABEL_WILDCARD else re.escape(" " + tok)
        for i, tok in enumerate(tokens)
    ]
    return re.compile("".join(parts))


_Key = TypeVar("_Key")


def _kept_members(
    records: dict[_Key, dict[str, str] | None],
    merged_alive: Callable[[_Key], bool],
    alive: Callable[[str], bool],
) -> dict[_Key, dict[str, str] | None]:
    """Family records (``None``: merged) without the members that are gone: a
    merged record is kept while ``merged_alive`` says its survivor lives, an open
    one with the members ``alive`` keeps, if any."""
    out: dict[_Key, dict[str, str] | None] = {}
    for key, members in records.items():
        if members is None:
            if merged_alive(key):
                out[key] = None
            continue
        kept = {name: tid for name, tid in members.items() if alive(tid)}
        if kept:
            out[key] = kept
    return out


class TemplateMiner:
    """Streaming template miner for one stream (one service).

    Parameters
    ----------
    sim_threshold
        Share of equal positions a same-length template needs to absorb a
        message.
    lcs_threshold
        Share of aligned tokens (of the longer of template and message) a
        template of another length needs to absorb a message.
    family_size
        Templates that differ only in the plain word at one position merge
        once there are this many of them.
    family_min_words
        ... and only if they share at least this many plain words elsewhere.
    error_family_size
        Templates that differ only in a failure's reason merge once there are
        this many of them when every reason is a wrapped error: it names a
        value it failed on, then its own reason (``open <PATH>: permission
        denied``), or a C library error text after the path, the call or the
        function it is about, or after an error's number (``cannot load <PATH>:
        Is a directory``, ``bind(http): Address already in use``, ``fork:
        Interrupted system call``, ``setup_carrier: Invalid argument``, ``write
        error <NUM>: Input/output error``), or after a sentence of plain words
        saying that something failed (``Unable to read vendor ID of card:
        Permission denied``), or ending the message after a word saying that
        something could not be done (``feed cant read Connection refused``);
        so do templates differing only in a code's name after ``status code``
        or ``error code`` (``with the status code BadUserAccessDenied``:
        :func:`_names_code`); other reasons need ``family_size``.
    family_ratio
        ... and only if the words look drawn from an open set: distinct words
        at least this share of the family's messages (a few fixed words seen
        often, such as ``x+ y+ z+``, stay apart).
    max_samples
        Sample records kept per template.
    window
        Width in seconds of the windows that messages are counted in.
    max_windows
        Windows kept per template (the oldest are dropped).
    memo_size
        Masked messages remembered for the fast path (0 disables it).
    max_templates
        Templates kept at most; a new one beyond it drops the least recently
        used (counted in :attr:`evicted` and logged, never silently).
    name
        What the miner mines (the service), for its log lines.
    """

    def __init__(
        self,
        *,
        sim_threshold: float = 0.4,
        lcs_threshold: float = 0.6,
        family_size: int = 5,
        family_min_words: int = 2,
        family_ratio: float = 0.2,
        error_family_size: int = 2,
        max_samples: int = 5,
        window: float = 3600.0,
        max_windows: int = 48,
        memo_size: int = 100_000,
        max_templates: int = 5_000,
        name: str = "",
    ) -> None:
        self.sim_threshold = sim_threshold
        self.lcs_threshold = lcs_threshold
        self.family_size = family_size
        self.family_min_words = family_min_words
        self.family_ratio = family_ratio
        self.error_family_size = error_family_size
        self.max_samples = max_samples
        self.window = window
        self.max_windows = max_windows
        self.memo_size = memo_size
        self.max_templates = max_templates
        self.name = name
        #: Templates dropped to stay within ``max_templates`` (least recently used first).
        self.evicted = 0
        #: Templates dropped by :meth:`expire`.
        self.expired = 0
        self._tick = 0
        self._templates: dict[str, Template] = {}
        self._alias: dict[str, str] = {}
        self._by_len: dict[int, list[str]] = {}
        self._varlen: dict[str, list[str]] = {}
        self._families: dict[tuple[str, int], dict[str, str] | None] = {}
        self._family_root: dict[tuple[str, int], str] = {}
        # phrase families: (words before the phrase, tokens after it) -> {phrase: template id}
        self._phrases: dict[tuple[tuple[str, ...], tuple[str, ...]], dict[str, str] | None] = {}
        # quoted families: tokens with the single-quoted strings as ``<*>`` -> {the strings: template id}
        self._quoted: dict[tuple[str, ...], dict[str, str] | None] = {}
        self._memo: dict[tuple[str, ...], str] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._after_label: dict[str, list[int]] = {}
        # merged phrase families: template id -> index in its tokens of the reason's ``<*>``
        self._reason_slots: dict[str, int] = {}
        # template id -> positions whose ``<*>`` was made from double-quoted strings only: the quotes
        # are the format string's, so a bare word there is another statement's text
        self._quoted_slots: dict[str, set[int]] = {}
        # template id -> {position of a ``<*>``: whether it was made of single-quoted strings only (True) or of
        # bare tokens only (False)}: the quotes are the format string's, so the other kind is another statement's
        self._single_slots: dict[str, dict[int, bool]] = {}
        self._seq = 0

    # ------------------------------------------------------------------ API

    def add(
        self,
        message: str,
        *,
        t: float | None = None,
        record_id: str | None = None,
        trace_id: str | None = None,
    ) -> Match:
        """Mine one message and record it on its template.

        Parameters
        ----------
        message
            The log message (already redacted).
        t
            Time of the record, seconds since the epoch.
        record_id, trace_id
            Kept as samples on the template (the first ``max_samples``).
        """
        tokens = tokenize(message)
        key = tuple(tokens)
        tid = self._memo.get(key)
        match: Match
        if tid is not None:
            tid = self.resolve(tid)
        if tid is not None and tid in self._templates:
            match = Match(tid)
        else:
            match = self._place(tokens)
            tid = match.template_id
            if self.memo_size:
                if len(self._memo) >= self.memo_size:
                    self._memo.clear()
                self._memo[key] = tid
        tpl = self._templates[tid]
        self._tick += 1
        tpl.used = self._tick
        self._record(tpl, t, record_id, trace_id)
        return match

    def resolve(self, template_id: str) -> str:
        """The id a (possibly merged) template id now goes by."""
        seen = template_id
        while seen in self._alias:
            seen = self._alias[seen]
        if seen != template_id:
            self._alias[template_id] = seen
        return seen

    def template(self, template_id: str) -> Template:
        """The template with this id (or the one it was merged into)."""
        return self._templates[self.resolve(template_id)]

    def templates(self) -> Iterator[Template]:
        """Every live template, oldest first."""
        return iter(sorted(self._templates.values(), key=lambda tpl: tpl.seq))

    def __len__(self) -> int:
        return len(self._templates)

    # ------------------------------------------------------------ placement

    def _place(self, tokens: list[str]) -> Match:
        n = len(tokens)
        best: Template | None = None
        best_sim = -1.0
        for tid in self._by_len.get(n, ()):
            tpl = self._templates[tid]
            equal = 0
            quoted_slots = self._quoted_slots.get(tid)
            single_slots = self._single_slots.get(tid)
            for i, (a, b) in enumerate(zip(tpl.tokens, tokens, strict=True)):
                if a == b:
                    equal += 1
                elif a == WILDCARD or (a == _LABEL_WILDCARD and i > 0 and b.endswith(":")):  # _wild, inline
                    if quoted_slots is not None and i in quoted_slots and is_word(b) and not _quoted(b):
                        break
                    if single_slots is not None and i in single_slots and _quote_kind(b) not in (None, single_slots[i]):
                        break
                elif (
                    is_word(a)
                    and is_word(b)
                    and (
                        _skeleton(a) != _skeleton(b)
                        or _brackets(a) != _brackets(b)
                        or _quoted(a) != _quoted(b)
                        or _other_quotes(a, b)
                    )
                    and not _instance(a, b)
                    and not (_quoted(a) and _quoted(b))
                    and not (_instances_of_a_kind(a, b) and not _field_key(tokens, i))
                ):
                    break
            else:
                sim = equal / n if n else 1.0
                if sim > best_sim:
                    best, best_sim = tpl, sim
        if best is not None and best_sim >= self.sim_threshold:
            changed = self._generalize(best, tokens)
            # Its phrase family was chosen by its text when it was made, a name included (``bridge br0:
            # failed to remove eth0 interface (No such device)``); once the name is a wildcard it belongs
            # with the same reasons about other names, where ``family_size`` reasons may now be seen.
            joined = (self._join_covered(best) or self._join_phrases(best)) if changed else ()
            if changed:
                joined = (*joined, *self._join_crossing(self.resolve(best.id)))
            return Match(self.resolve(best.id), changed=changed, merged=joined)

        anchors = self._anchors(tokens)
        if anchors:
            candidates = self._candidates(anchors)
            for tid in candidates:
                tpl = self._templates[tid]
                if tpl.varlen and self._varlen_fits(tpl, tokens):
                    return Match(tpl.id)
            best, best_ratio, best_merged = None, -1.0, None
            for tid in candidates:
                tpl = self._templates[tid]
                if len(tpl.tokens) == n and not tpl.varlen:
                    continue  # same length was judged position by position above
                lcs, merged, ok = _lcs_align(tpl.tokens, tokens)
                quoted_slots = self._quoted_slots.get(tid)
                if ok and quoted_slots and not tpl.varlen:
                    # a wildcard made of values in double quotes stands for a quoted value, never for none
                    ok = _lcs_align(
                        [_QUOTED_WILDCARD if i in quoted_slots else t for i, t in enumerate(tpl.tokens)], tokens
                    )[2]
                # the template's gaps (``<*>``) are no tokens to align
                ratio = lcs / max(len(tpl.tokens) - tpl.tokens.count(_VARLEN), n)
                if ok and ratio > best_ratio:
                    best, best_ratio, best_merged = tpl, ratio, merged
            if best is not None and best_merged is not None and best_ratio >= self.lcs_threshold:
                self._unindex(best)
                best.tokens = best_merged
                best.varlen = True
                self._reshaped(best.id)
                self._index(best)
                return Match(best.id, changed=True, merged=self._absorb_fitting(best))

        return self._create(tokens)

    def _candidates(self, anchors: list[str]) -> list[str]:
        """Templates sharing an anchor word, variable-length ones first."""
        if len(anchors) == 1:
            return list(self._varlen.get(anchors[0], ()))
        seen: dict[str, None] = {}
        for anchor in anchors:
            for tid in self._varlen.get(anchor, ()):
                if self._templates[tid].varlen:
                    seen[tid] = None
        for anchor in anchors:
            for tid in self._varlen.get(anchor, ()):
                seen[tid] = None
        return list(seen)

    def _absorb_fitting(self, tpl: Template) -> tuple[str, ...]:
        """Merge into the variable-length ``tpl`` the templates sharing an anchor
        that it now covers (a list of 9 items seen before lists varied)."""
        fitting = [
            tid
            for tid in self._candidates(self._anchors(tpl.tokens))
            if tid != tpl.id and self._varlen_fits(tpl, self._templates[tid].tokens)
        ]
        if not fitting:
            return ()
        survivor = self._templates[tpl.id]
        self._unindex(survivor)
        for tid in fitting:
            other = self._templates.pop(tid)
            self._unindex(other)
            self._absorb(survivor, other)
            self._alias[tid] = survivor.id
        self._index(survivor)
        return tuple(fitting)

    def _varlen_fits(self, tpl: Template, tokens: list[str]) -> bool:
        pattern = self._patterns.get(tpl.id)
        if pattern is None:
            pattern = self._patterns[tpl.id] = _varlen_pattern(tpl.tokens)
        found = pattern.fullmatch(" " + " ".join(tokens))
        if found is None:
            return False
        aligned = frozenset(tpl.tokens)
        after_label = self._after_label.get(tpl.id)
        if after_label is None:
            reason = self._reason_slots.get(tpl.id, -1)
            after_label = self._after_label[tpl.id] = [
                _REASON if i == reason else _LABEL if i > 0 and tpl.tokens[i - 1].endswith(":") else 0
                for i, t in enumerate(tpl.tokens)
                if t == _VARLEN
            ]
        gaps = [g.split() for g in found.groups()]
        quoted = self._quoted_slots.get(tpl.id)
        if quoted:
            # a wildcard made of values in double quotes takes one such value (or a placeholder), not
            # nothing nor a bare word: the quotes are the format string's (``Client "alice" unregistered``)
            slots = [i for i, t in enumerate(tpl.tokens) if t == _VARLEN]
            for i, gap in zip(slots, gaps, strict=True):
                if i in quoted and (len(gap) != 1 or (is_word(gap[0]) and not _quoted(gap[0]))):
                    return False
        # one token where the template has a wildcard is what a wildcard is for; after a
        # label (``SYNC: <*>``) so is a phrase of words (``Connection reset by peer``); the
        # reason of a merged phrase family takes anything (``Permission denied (fd=<NUM>)``)
        return all(
            len(gap) <= 1 or kind == _REASON or _gap_ok(gap, aligned) or (kind == _LABEL and _phrase(gap))
            for kind, gap in zip(after_label, gaps, strict=True)
        )

    @staticmethod
    def _anchors(tokens: list[str]) -> list[str]:
        """The first and the last plain word: a message of another length is
        compared with the templates sharing either (one of them may be a
        variable, such as a user name at the start)."""
        first = next((tok for tok in tokens if _literal(tok)), None)
        if first is None:
            return []
        last = next(tok for tok in reversed(tokens) if _literal(tok))
        return [first] if last == first else [first, last]

    def _generalize(self, tpl: Template, tokens: list[str]) -> bool:
        changed = False
        current = tpl.tokens
        for i, (a, b) in enumerate(zip(current, tokens, strict=True)):
            if a != b and a != WILDCARD:
                wildcard = _wildcard(a, b, i)
                if wildcard == a:
                    continue  # a label's wildcard that this value fits (``<*>:`` and ``gps:``)
                if not changed:
                    current = list(current)
                    changed = True
                current[i] = wildcard
                if _quoted(a) and _quoted(b) and not tpl.varlen:
                    self._quoted_slots.setdefault(tpl.id, set()).add(i)
                kind = _quote_kind(b)
                if not tpl.varlen and kind is not None and _quote_kind(a) in (None, kind):
                    self._single_slots.setdefault(tpl.id, {})[i] = kind
        if changed:
            self._unindex(tpl)
            tpl.tokens = current
            self._index(tpl)
        return changed

    def _join_covered(self, tpl: Template) -> tuple[str, ...]:
        """Merge into ``tpl`` the templates of its length that its new wildcard now covers.

        Two templates of one statement may each have taken a wildcard where their first
        messages differed (``port <*> ignoring trunks`` from ``port eth0:`` and ``port
        vif3.0:``, and again from ``port eth1:`` and ``port vif5.1:``); once their texts are
        equal, nothing tells their messages apart.  Likewise a template that holds a word
        where ``tpl`` now has a wildcard (``carrier up on br0`` beside ``carrier up on
        <*>``, made from ``wlan0`` and an address): the position was shown to vary, and
        the word is one of its values; or one that has a wildcard where ``tpl`` holds a
        value (``to <*>`` beside ``to /<NUM>``, whichever took its wildcard last).  The older
        template survives.  What covers what: :meth:`_covers`.
        """
        covered = [
            tid
            for tid in self._by_len.get(len(tpl.tokens), ())
            if tid != tpl.id and (self._covers(tpl.id, tid) or self._covers(tid, tpl.id))
        ]
        if not covered:
            return ()
        return self._merge([*covered, tpl.id])

    def _covers(self, cover: str, other: str) -> bool:
        """Whether template ``cover`` has ``other``'s text, or a wildcard where ``other`` differs.

        A wildcard made of quoted strings only covers no bare word (another statement's text).
        A word is covered only while ``cover`` keeps more words than wildcards: ``<*> <*>`` or
        ``<*> took <*> ms``, made from values of different statements, would take in every
        template of their length (``DataStreamer Exception``) or another function's name; such
        a template covers values only (``to /<NUM>``).
        """
        tokens = self._templates[cover].tokens
        wildcards = sum(1 for i, tok in enumerate(tokens) if _wild(tok, i))
        words_too = len(tokens) - wildcards > wildcards
        quoted = self._quoted_slots.get(cover, set())
        single = self._single_slots.get(cover, {})
        return all(
            a == b
            or (
                _wild(a, i, b)
                and not (is_word(b) and (not words_too or (i in quoted and not _quoted(b))))
                and (i not in single or _quote_kind(b) in (None, single[i]))
            )
            for i, (a, b) in enumerate(zip(tokens, self._templates[other].tokens, strict=True))
        )

    def _create(self, tokens: list[str]) -> Match:
        if self.max_templates and len(self._templates) >= self.max_templates:
            # a batch at a time: sorting by last use is not done for every new template
            self._evict(max(len(self._templates) - self.max_templates + 1, self.max_templates // 100))
        tid = _template_id(tokens)
        suffix = 1
        while tid in self._templates or tid in self._alias:
            tid = f"{_template_id(tokens)}-{suffix}"
            suffix += 1
        self._seq += 1
        tpl = Template(id=tid, tokens=list(tokens), seq=self._seq)
        self._templates[tid] = tpl
        self._index(tpl)
        merged = self._join_family(tpl) or self._join_quoted(tpl) or self._join_phrases(tpl)
        if merged:
            merged = (*merged, *self._join_crossing(self.resolve(tid)))
            survivor = self.resolve(tid)
            return Match(survivor, created=survivor == tid, changed=True, merged=merged)
        return Match(tid, created=True)

    # ------------------------------------------------------------ retention

    def _drop(self, tpl: Template) -> None:
        self._unindex(tpl)
        del self._templates[tpl.id]
        self._reshaped(tpl.id)
        for alias in tpl.aliases:
            self._alias.pop(alias, None)

    def _reshaped(self, tid: str) -> None:
        """Forget what was derived from template ``tid``'s tokens (its match pattern, which of
        its gaps follow a label, where a merged phrase family's reason is, which of its
        wildcards were quoted strings): they changed, or the template is gone."""
        self._patterns.pop(tid, None)
        self._after_label.pop(tid, None)
        self._reason_slots.pop(tid, None)
        self._quoted_slots.pop(tid, None)
        self._single_slots.pop(tid, None)

    def _evict(self, n: int) -> None:
        """Drop the ``n`` least recently used templates (the cap was reached)."""
        for tpl in sorted(self._templates.values(), key=lambda x: x.used)[:n]:
            self._drop(tpl)
            self.evicted += 1
            if self.evicted == 1 or self.evicted % 1000 == 0:
                log.warning(
                    "template cap reached%s: %d templates kept (templates.max_templates); "
                    "dropped the least recently used, %d so far, last %s %r",
                    f" for {self.name}" if self.name else "",
                    self.max_templates,
                    self.evicted,
                    tpl.id,
                    tpl.text[:200],
                )
        self._prune_families()

    def _prune_families(self) -> None:
        """Forget the family bookkeeping of templates that are gone (evicted,
        expired), so that it stays in proportion to the templates kept.

        A family's record is kept while one of its members (or, once merged,
        its survivor) is still a template; a merged phrase family while a
        template with its merged text is.
        """
        live = self._templates

        def alive(tid: str) -> bool:
            return self.resolve(tid) in live

        families = _kept_members(self._families, lambda key: alive(key[0]), alive)
        self._families = families
        self._family_root = {
            (tid, position): root
            for (tid, position), root in self._family_root.items()
            if alive(tid) and (root, position) in families
        }
        # a merged family's text is its key around the reason (values there as ``<*>``)
        merged_texts = {_family_key(tpl.tokens) for tpl in live.values() if tpl.varlen}
        self._phrases = _kept_members(
            self._phrases, lambda key: (*key[0], _VARLEN, *key[1]) in merged_texts, alive
        )
        # a merged quoted family's key is its survivor's tokens (``<*>`` where the strings were)
        quoted_keys = {_quoted_key(tpl.tokens) for tpl in live.values()}
        self._quoted = _kept_members(self._quoted, lambda key: key in quoted_keys, alive)

    def expire(self, before: float) -> list[str]:
        """Drop the templates last seen before ``before`` (seconds since the
        epoch); templates without a time are kept.  Returns the dropped ids.

        A service that went away leaves a miner whose templates all expire:
        ``len(miner) == 0`` afterwards says it can be dropped as a whole.
        """
        gone = [
            tpl for tpl in self._templates.values()
            if tpl.last_seen is not None and tpl.last_seen < before
        ]
        for tpl in gone:
            self._drop(tpl)
        self.expired += len(gone)
        if gone:
            self._memo = {k: v for k, v in self._memo.items() if self.resolve(v) in self._templates}
            self._prune_families()
        return [tpl.id for tpl in gone]

    # ------------------------------------------------------------- families

    def _join_family(self, tpl: Template) -> tuple[str, ...]:
        """Record ``tpl`` as a sibling of each template it differs from only in the
        plain word at one position (one family a position); merge the siblings of the
        first family that has enough."""
        tokens = tpl.tokens
        n = len(tokens)
        if sum(1 for tok in tokens if is_word(tok)) <= self.family_min_words:
            return ()
        # a template may differ from one sibling in one word and from another in another word (a port name
        # and a status): it is a member of the family at each such position, and one of them may merge
        positions: set[int] = set()
        for tid in self._by_len.get(n, ()):
            if tid == tpl.id:
                continue
            other = self._templates[tid]
            position = -1
            shared = 0
            for i, (a, b) in enumerate(zip(other.tokens, tokens, strict=True)):
                if a == b:
                    shared += is_word(a)
                elif a != WILDCARD and is_word(a) and is_word(b):
                    # a quoted string and a bare word come from two format strings
                    if position >= 0 or _quoted(a) != _quoted(b) or _other_quotes(a, b):
                        break
                    position = i
            else:
                if position < 0 or shared < self.family_min_words or position in positions:
                    continue
                positions.add(position)
                root = self._family_root.get((tid, position), tid)
                members = self._families.get((root, position), {})
                if members is None:
                    continue
                if not members:
                    members[other.tokens[position]] = tid
                    self._family_root[(tid, position)] = root
                members[tokens[position]] = tpl.id
                self._family_root[(tpl.id, position)] = root
                self._families[(root, position)] = members
                # a word the message says it did not know (``Unsupported property Status``) or a code's name
                # (``status code BadInternalError``) is filled in by one statement: a few of them are its values
                if (
                    len(members) >= self.family_size
                    and (self._open_ended(members) or _names_unknown(tokens, position))
                ) or (
                    len(members) >= self.error_family_size
                    and (_unknown_value(tokens, position) or _names_code(tokens, position))
                ):
                    self._families[(root, position)] = None
                    merged = self._merge([self.resolve(m) for m in members.values()])
                    kind = _quote_kind(tokens[position])
                    if kind is not None:
                        self._mark_quotes(merged, [position], kind)
                    return merged
        return ()

    def _join_quoted(self, tpl: Template) -> tuple[str, ...]:
        """Record ``tpl`` in the family of templates that differ only in their single-quoted
        strings (``Failed to add user 'alice' to realm 'master'``); merge them into one with
        ``<*>`` there once ``family_size`` of them were seen and no one position's
        strings tell them apart: each string recurs with other strings elsewhere
        (``'alice'`` in ``'master'`` and in ``'acme'``, ``'master'`` with ``'alice'`` and
        ``'bob'``), as values filled in independently do.

        Strings a call site wrote into its format string (systemd's ``Failed to spawn
        'start-post' task``, ``... 'reload' task``) are one per event, so one position tells
        them apart however many there are; so do two or three quoted states (``in state
        'Active'`` / ``'Inactive'``).  Unlike bare words (:meth:`_join_family`), the strings
        are not asked to look drawn from an open set: a user or realm that comes back often
        is still a value.
        """
        key = _quoted_key(tpl.tokens)
        if key is None:
            return ()
        members = self._quoted.get(key, {})
        if members is None:
            return ()
        members[" ".join(tok for tok, k in zip(tpl.tokens, key, strict=True) if k == WILDCARD)] = tpl.id
        self._quoted[key] = members
        if len(members) < self.family_size:
            return ()
        rows = [m.split(" ") for m in members]
        if any(len({row[i] for row in rows}) == len(rows) for i in range(len(rows[0]))):
            return ()
        self._quoted[key] = None
        merged = self._merge([self.resolve(m) for m in members.values()])
        self._mark_quotes(merged, [i for i, k in enumerate(key) if k == WILDCARD], True)
        return merged

    def _mark_quotes(self, merged: tuple[str, ...], positions: list[int], single: bool) -> None:
        """After a family merged at ``positions``, note whether the survivor's wildcards there were made of
        single-quoted strings only or of bare tokens only (:attr:`_single_slots`): quotes around a value are
        the format string's, so ``peer '<*>'`` takes no bare name, and ``peer <*>`` no quoted one."""
        if not merged:
            return
        survivor = self._templates.get(self.resolve(merged[0]))
        if survivor is None or survivor.varlen:
            return
        slots = self._single_slots.setdefault(survivor.id, {})
        for i in positions:
            if survivor.tokens[i] == WILDCARD:
                slots[i] = single

    def _join_phrases(self, tpl: Template) -> tuple[str, ...]:
        """Record ``tpl`` in the family of templates that differ only in the phrase
        after their last label (``... for SYNC: Connection refused (fd=<NUM>)``); merge
        them into one with ``<*>`` there once ``family_size`` phrases were seen.

        The phrases are not asked to look drawn from an open set (see
        :meth:`_open_ended`): reasons such as ``strerror`` texts repeat as a closed
        set would, and the count of distinct phrases under one label is what tells
        a list of reasons from a few fixed outcomes.
        """
        slot = _family_slot(tpl.tokens, self.family_min_words)
        if slot is None:
            return ()
        start, end = slot
        key = (_family_key(tpl.tokens[:start]), _family_key(tpl.tokens[end:]))
        members = self._phrases.get(key, {})
        if members is None:
            return ()
        members[" ".join(_family_key(tpl.tokens[start:end]))] = tpl.id
        self._phrases[key] = members
        if len(members) < self.family_size and not (
            len(members) >= self.error_family_size
            and (self._wrapped_errors(members) or self._chained_failure(members) or self._exceptions(members))
        ):
            return ()
        self._phrases[key] = None
        live = sorted(
            {self.resolve(m) for m in members.values()} & self._templates.keys(),
            key=lambda i: self._templates[i].seq,
        )
        if len(live) < 2:
            return ()
        # the text around the reason: the members' own tokens where they agree (``(<IP>``),
        # ``<*>`` where their values differ (a host name here, an address there)
        head, tail = list(key[0]), list(key[1])
        # the head's wildcards made of values in double quotes (``Client <*> unregistered``): they stay so
        quoted: set[int] = set()
        for member in live:
            tokens = self._templates[member].tokens
            found = _family_slot(tokens, self.family_min_words)
            if found is None or len(tokens) - found[1] != len(tail) or found[0] != len(head):
                continue
            if (_family_key(tokens[: found[0]]), _family_key(tokens[found[1] :])) != key:
                continue
            if member == live[0]:
                head, tail = tokens[: found[0]], tokens[found[1] :]
                quoted = {i for i in self._quoted_slots.get(member, ()) if i < len(head)}
            else:
                slots = self._quoted_slots.get(member, set())
                for i, (a, b) in enumerate(zip(head, tokens[: found[0]], strict=True)):
                    if a != b and (_quoted(a) or i in quoted) and (_quoted(b) or i in slots):
                        quoted.add(i)
                    elif a != b:
                        quoted.discard(i)
                head = [
                    a if a == b else _wildcard(a, b, i)
                    for i, (a, b) in enumerate(zip(head, tokens[: found[0]], strict=True))
                ]
                tail = [
                    a if a == b else _wildcard(a, b, len(head) + 1 + i)
                    for i, (a, b) in enumerate(zip(tail, tokens[found[1] :], strict=True))
                ]
        survivor = self._templates[live[0]]
        quoted = {i for i in quoted if head[i] == WILDCARD}
        self._unindex(survivor)
        for other_id in live[1:]:
            other = self._templates.pop(other_id)
            self._unindex(other)
            self._reshaped(other_id)
            self._absorb(survivor, other)
            self._alias[other_id] = survivor.id
        survivor.tokens = [*head, _VARLEN, *tail]
        survivor.varlen = True
        self._reshaped(survivor.id)
        self._reason_slots[survivor.id] = len(head)
        if quoted:
            self._quoted_slots[survivor.id] = quoted
        self._index(survivor)
        return tuple(live[1:])

    def _join_crossing(self, tid: str) -> tuple[str, ...]:
        """Merge a phrase family's template and the templates of one reason it crosses.

        A reason family may form under one name (``port relay-b, bind: <*>``, the reasons of
        that port) while a name family forms under one reason (``port <*> bind: Broken pipe``,
        the ports of that reason): each holds a word where the other has a wildcard, so neither
        covers the other, and the statement stays in pieces.  When their labels and the text
        around the reason agree but for such positions, and the other's reason is at the phrase
        family's place, they are one statement: the phrase family's template takes the other
        in, with a wildcard wherever the two differ.
        """
        merged: list[str] = []
        changed = True
        while changed:
            changed = False
            tid = self.resolve(tid)
            tpl = self._templates.get(tid)
            if tpl is None:
                break
            if tid in self._reason_slots:
                pairs = [(tpl, other) for other in list(self._templates.values()) if not other.varlen]
            elif not tpl.varlen:
                pairs = [(self._templates[s], tpl) for s in list(self._reason_slots) if s in self._templates]
            else:
                break
            for family, other in pairs:
                around = self._crossing(family, other)
                if around is None:
                    continue
                head_len = self._reason_slots[family.id]
                self._templates.pop(other.id)
                self._unindex(other)
                self._reshaped(other.id)
                self._unindex(family)
                self._absorb(family, other)
                self._alias[other.id] = family.id
                family.tokens = [*around[:head_len], _VARLEN, *around[head_len:]]
                self._reshaped(family.id)
                self._reason_slots[family.id] = head_len
                self._index(family)
                merged.append(other.id)
                changed = True  # the new wildcards may cross further templates
                break
        return tuple(merged)

    def _crossing(self, family: Template, other: Template) -> list[str] | None:
        """The text around the reason of ``family`` (a phrase family's template) merged with
        ``other``'s, or None where they are not one statement (see :meth:`_join_crossing`)."""
        head_len = self._reason_slots[family.id]
        tail_len = len(family.tokens) - head_len - 1
        tokens = other.tokens
        if family.id == other.id or len(tokens) <= head_len + tail_len or head_len == 0:
            return None
        if tokens[head_len - 1] != family.tokens[head_len - 1]:
            return None  # another label
        reason = tokens[head_len : len(tokens) - tail_len]
        if not tokens[head_len - 1].endswith(":") or not _phrase(reason):
            return None  # the other's reason: plain words after the same label
        mine = family.tokens[:head_len] + family.tokens[head_len + 1 :]
        theirs = tokens[:head_len] + tokens[len(tokens) - tail_len :]
        around = [a if a == b else WILDCARD for a, b in zip(mine, theirs, strict=True)]
        wildcards = sum(1 for i, tok in enumerate(around) if _wild(tok, i))
        if len(around) - wildcards <= wildcards:
            return None  # as many wildcards as words: no text left to tell statements apart
        for i, (a, b) in enumerate(zip(mine, theirs, strict=True)):
            if a != b and not (_wild(a, i) or _wild(b, i)):
                return None  # two words: two statements
            if a != b and _quote_kind(a if _wild(b, i) else b) is True:
                return None  # a name in single quotes is the format string's
        return around

    def _wrapped_errors(self, members: dict[str, str]) -> bool:
        """Whether every reason of a phrase family is a wrapped error: a value it failed on and
        its own reason after it (``listen tcp <IP>: bind: address already in use``, ``open
        <PATH>: permission denied``), as Go's wrapped errors and C's ``perror(path)`` write.

        Such a text was filled in at run time, so a few of them under one label are one
        statement's errors; a few reasons of plain words (``permission denied``, ``address
        already in use``) may be a few fixed outcomes, each its own statement, and need
        ``family_size``.
        """
        return self._every_reason(members, _wrapped_slot)

    def _chained_failure(self, members: dict[str, str]) -> bool:
        """Whether a phrase family's label closes a fixed sentence saying that something failed and
        each of its reasons is an error chain (:func:`_error_chain`): ``failed to initialize cache: dial
        tcp <IP>: connect: connection refused`` beside ``failed to initialize cache: failed to get
        config from core: context deadline exceeded``, as Go's ``%v`` of a wrapped error writes.

        Such a reason was filled in at run time, as a wrapped error's is (:meth:`_wrapped_errors`),
        so two of them under one failure's label are one statement's errors; a plain reason
        (``array is empty``) may be a statement of its own under the same label, and needs
        ``family_size`` as before.  A value in the sentence (``Syncing check "web" failed.``)
        splits the family by that value until its own family merges it: no such sentence counts.
        """
        return self._every_reason(members, _chained_slot)

    def _exceptions(self, members: dict[str, str]) -> bool:
        """Whether every reason of a phrase family is an exception or an error written with its name first
        (:func:`_exception_slot`): ``java.lang.IllegalStateException: registry is closed`` beside
        ``System.InvalidOperationException: Sequence contains no elements``, as ``toString`` writes them.

        Such a reason was filled in at run time, as a wrapped error's is (:meth:`_wrapped_errors`), so two of
        them under one label are one statement's errors; a plain reason beside them (``Timeout was reached``)
        may be a fixed outcome, and the family needs ``family_size`` as before.
        """
        return self._every_reason(members, _exception_slot)

    def _every_reason(self, members: dict[str, str], test: Callable[[list[str], tuple[int, int]], bool]) -> bool:
        """Whether every template of a phrase family is of fixed length and ``test(tokens, slot)`` takes
        its phrase slot (:func:`_phrase_slot`)."""
        for tid in members.values():
            tpl = self._templates.get(self.resolve(tid))
            if tpl is None or tpl.varlen:
                return False
            slot = _phrase_slot(tpl.tokens, self.family_min_words)
            if slot is None or not test(tpl.tokens, slot):
                return False
        return True

    def _open_ended(self, members: dict[str, str]) -> bool:
        """Whether a family's words look drawn from an open set (user names, hosts)
        rather than a few fixed words each seen often (``x+``, ``y+``, ``z+``).

        New words keep coming in an open set, so the share of distinct words
        among the family's messages stays high; a closed set repeats its words.
        The share asked (``family_ratio``, 0.2) was chosen by leaving one round of
        the held-out corpus out at a time (tests/unit/templates/heldout): among
        ``distinct >= a * messages ** b`` for b in 0 to 1, the setting best on the
        other eight rounds was ``0.2 * messages`` for eight of the nine rounds
        (``1 * messages ** 0.5`` for round 3), and still for nine of ten with round 10
        and its session's classes; 0.5 kept values drawn from a pool of
        a few names (modules, users, zones seen over and over) apart, 0.15 and
        below merged some fixed words.
        """
        messages = 0
        for tid in members.values():
            tpl = self._templates.get(self.resolve(tid))
            messages += max(1, tpl.count) if tpl is not None else 1
        return len(members) >= self.family_ratio * messages

    def _merge(self, ids: list[str]) -> tuple[str, ...]:
        live = sorted(
            {i for i in ids if i in self._templates}, key=lambda i: self._templates[i].seq
        )
        if len(live) < 2:
            return ()
        survivor = self._templates[live[0]]
        self._unindex(survivor)
        # a family merged words into the survivor's wildcards: which were quoted is no longer known
        # (the families that know it say so after the merge: :meth:`_mark_quotes`)
        self._quoted_slots.pop(survivor.id, None)
        self._single_slots.pop(survivor.id, None)
        for other_id in live[1:]:
            other = self._templates.pop(other_id)
            self._unindex(other)
            if len(other.tokens) == len(survivor.tokens) and not (other.varlen or survivor.varlen):
                survivor.tokens = [
                    a if a == b else _wildcard(a, b, i)
                    for i, (a, b) in enumerate(zip(survivor.tokens, other.tokens, strict=True))
                ]
            else:
                survivor.tokens = _lcs_align(survivor.tokens, other.tokens)[1]
                self._reshaped(survivor.id)
                survivor.varlen = True
            self._absorb(survivor, other)
            self._alias[other_id] = survivor.id
        self._index(survivor)
        if survivor.varlen:
            # a variable-length survivor fits templates no member did (a name where it now has a
            # wildcard, a longer reason after its label): it takes them in, as one made
            # variable-length by a message does
            return (*live[1:], *self._absorb_fitting(survivor))
        return tuple(live[1:])

    def _absorb(self, survivor: Template, other: Template) -> None:
        self._quoted_slots.pop(other.id, None)
        self._single_slots.pop(other.id, None)
        survivor.count += other.count
        survivor.aliases.extend([other.id, *other.aliases])
        for when in (other.first_seen, other.last_seen):
            if when is not None:
                if survivor.first_seen is None or when < survivor.first_seen:
                    survivor.first_seen = when
                if survivor.last_seen is None or when > survivor.last_seen:
                    survivor.last_seen = when
        for k, v in other.windows.items():
            survivor.windows[k] = survivor.windows.get(k, 0) + v
        self._trim_windows(survivor)
        room = self.max_samples - len(survivor.samples)
        if room > 0:
            survivor.samples.extend(other.samples[:room])

    # -------------------------------------------------------------- indexes

    def _index(self, tpl: Template) -> None:
        if not tpl.varlen:
            self._by_len.setdefault(len(tpl.tokens), []).append(tpl.id)
        for anchor in self._anchors(tpl.tokens):
            bucket = self._varlen.setdefault(anchor, [])
            # variable-length templates are tried first
            if tpl.varlen:
                bucket.insert(0, tpl.id)
            else:
                bucket.append(tpl.id)

    def _unindex(self, tpl: Template) -> None:
        if not tpl.varlen:
            bucket = self._by_len.get(len(tpl.tokens))
            if bucket and tpl.id in bucket:
                bucket.remove(tpl.id)
        for anchor in self._anchors(tpl.tokens):
            abucket = self._varlen.get(anchor)
            if abucket and tpl.id in abucket:
                abucket.remove(tpl.id)

    # ---------------------------------------------------------------- stats

    def _record(
        self, tpl: Template, t: float | None, record_id: str | None, trace_id: str | None
    ) -> None:
        tpl.count += 1
        if t is not None:
            if tpl.first_seen is None or t < tpl.first_seen:
                tpl.first_seen = t
            if tpl.last_seen is None or t > tpl.last_seen:
                tpl.last_seen = t
            start = int(t // self.window * self.window)
            tpl.windows[start] = tpl.windows.get(start, 0) + 1
            if len(tpl.windows) > self.max_windows:
                self._trim_windows(tpl)
        if (record_id is not None or trace_id is not None) and len(tpl.samples) < self.max_samples:
            tpl.samples.append(Sample(record_id, trace_id))

    def _trim_windows(self, tpl: Template) -> None:
        while len(tpl.windows) > self.max_windows:
            del tpl.windows[min(tpl.windows)]

    # ---------------------------------------------------------------- state

    def to_state(self) -> dict[str, Any]:
        """Everything needed to restore the miner, as plain data (JSON-able)."""
        return {
            "version": 1,
            "params": {
                "sim_threshold": self.sim_threshold,
                "lcs_threshold": self.lcs_threshold,
                "family_size": self.family_size,
                "family_min_words": self.family_min_words,
                "family_ratio": self.family_ratio,
                "error_family_size": self.error_family_size,
                "max_samples": self.max_samples,
                "window": self.window,
                "max_windows": self.max_windows,
                "memo_size": self.memo_size,
                "max_templates": self.max_templates,
                "name": self.name,
            },
            "evicted": self.evicted,
            "expired": self.expired,
            "tick": self._tick,
            "seq": self._seq,
            "templates": [tpl.to_dict() for tpl in self.templates()],
            "aliases": dict(self._alias),
            "families": [[root, p, members] for (root, p), members in self._families.items()],
            "family_roots": [[tid, p, root] for (tid, p), root in self._family_root.items()],
            "phrases": [[list(h), list(t), m] for (h, t), m in self._phrases.items()],
            "quoted": [[list(k), m] for k, m in self._quoted.items()],
            "reason_slots": dict(self._reason_slots),
            "quoted_slots": {tid: sorted(slots) for tid, slots in self._quoted_slots.items()},
            "single_slots": {tid: {str(i): q for i, q in slots.items()} for tid, slots in self._single_slots.items()},
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> TemplateMiner:
        """A miner restored from :meth:`to_state`'s output."""
        miner = cls(**state["params"])
        miner._seq = int(state["seq"])
        miner.evicted = int(state.get("evicted", 0))
        miner.expired = int(state.get("expired", 0))
        miner._tick = int(state.get("tick", miner._seq))
        for data in state["templates"]:
            tpl = Template.from_dict(data)
            miner._templates[tpl.id] = tpl
            miner._index(tpl)
        miner._alias = dict(state.get("aliases", {}))
        for root, p, members in state.get("families", []):
            miner._families[(root, int(p))] = None if members is None else dict(members)
        for tid, p, root in state.get("family_roots", []):
            miner._family_root[(tid, int(p))] = root
        for head, tail, members in state.get("phrases", []):
            miner._phrases[(tuple(head), tuple(tail))] = None if members is None else dict(members)
        for key, members in state.get("quoted", []):
            miner._quoted[tuple(key)] = None if members is None else dict(members)
        miner._reason_slots = {tid: int(i) for tid, i in state.get("reason_slots", {}).items()}
        miner._quoted_slots = {tid: {int(i) for i in slots} for tid, slots in state.get("quoted_slots", {}).items()}
        miner._single_slots = {
            tid: {int(i): bool(q) for i, q in slots.items()} for tid, slots in state.get("single_slots", {}).items()
        }
        return miner

    def __getstate__(self) -> dict[str, Any]:
        return self.to_state()

    def __setstate__(self, state: dict[str, Any]) -> None:
        restored = type(self).from_state(state)
        self.__dict__.update(restored.__dict__)
