"""The rule library: ``rules.yaml`` read into compiled :class:`Rule` objects.

The library is data a reviewer reads line by line (``pipeline/redact/rules.yaml``);
this module checks each entry (unknown fields, bad regular expressions and
unknown validators are refused with the rule's id in the message) and compiles
it.  A rule takes one of three forms:

``regex``
    The pattern itself.  If it has a group named ``secret`` only that group is
    replaced; otherwise the whole match is.
``context`` + ``value``
    A provider's token that has no distinctive prefix, recognised by an
    assignment whose key names the provider (``DATADOG_API_KEY=<32 hex>``,
    ``"sendgrid": "..."``).  The loader builds the regex ``CONTEXT_REGEX``
    below: a key containing one of the context words, an assignment operator
    (``=``, ``:``, ``:=``, ``=>``), an optional quote, then ``value`` as the
    secret.  Keys that name an id, hash, trace or URL are refused by the
    ``context_key`` validator, so ``datadog.trace_id=<32 hex>`` stays.
``kind: key``
    Redaction by key name in records (no regex; see :mod:`pipeline.redact.keys`).

``keywords`` are lower-case literals of which at least one occurs in every
match (the prefilter looks for them before any regex runs), or, for a token
with no literal of its own (a Discord bot token), a word that must occur in the
same string for the rule to run at all; ``triggers`` are small regular
expressions for the same purpose where no literal exists (card numbers).  A
trigger is matched on lower-cased text and must not match a NUL (the batch
prefilter joins strings with NUL); one written with ``[0-9]`` for digits is also
run on digit-folded text, where it starts with a literal and is found fast
(:func:`pipeline.redact.prefilter.fold_trigger`).
"""

from __future__ import annotations

import functools
import itertools
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.errors import ConfigError
from pipeline.redact.linear import LinearPatternError, compile_linear
from pipeline.redact.validators import VALIDATORS, Validator, context_key

__all__ = [
    "CONTEXT_REGEX",
    "DEFAULT_LIBRARY",
    "GROUPS",
    "KEY_QUOTE_CLOSE",
    "Rule",
    "RuleSpec",
    "compile_rule",
    "glued_pattern",
    "load_library",
    "load_providers",
]

DEFAULT_LIBRARY = Path(__file__).with_name("rules.yaml")

GROUPS = (
    "cloud",
    "vcs-ci",
    "chat",
    "payments",
    "packages",
    "ai",
    "observability",
    "saas",
    "messaging",
    "secrets-mgmt",
    "auth",
    "private-keys",
    "urls",
    "cards",
    "keyvalue",
    "custom",
)

# A key's closing quote escaped as its carrier escapes it (\" in a JSON string, \\\" for a JSON body inside
# one), or a lone backslash: what may stand between a key and its assignment operator.
KEY_QUOTE_CLOSE = r"(?:\\*[\"']|\\)?"
# The regex a ``context`` rule expands to; {context} and {value} are filled in.
CONTEXT_REGEX = (
    r"(?<![\w.\-])(?P<key>(?i:[\w.\-]*?(?:{context})[\w.\-]*?))"
    + KEY_QUOTE_CLOSE
    + r"[ \t]*(?::=|=>|=|:)[ \t]*(?:\\*[\"'])?"
    r"(?P<secret>{value})(?![\w\-])"
)


# A leading negative lookbehind: "(?<![\w-])", "(?<![A-Za-z0-9])" ...
_LOOKBEHIND = re.compile(r"\(\?<!(?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\\[])*\)")
# A trailing negative lookahead on a character class: "(?![\w-])" at the end of a pattern.
_LOOKAHEAD_END = re.compile(r"\(\?!\[(?:\\.|[^\]\\])*\]\)$")
_LITERAL = re.compile(r"(?:\\[._\-/~]|[A-Za-z0-9_~\-])")
# A class of two to four literal letters or digits: "[pe]", "[AT]", "[bp]".
_SMALL_CLASS = re.compile(r"\[[A-Za-z0-9]{2,4}\]")
# Prefixes that are ordinary words or parts of host names and ids: a match glued to the
# text before them ("orders-api-<uuid>", "go-live_...") is not taken.
# Compared as written ("api-" of a LaunchDarkly key, not Octopus Deploy's "API-"); a denied
# prefix keeps its leading boundary but not its trailing one.
_GLUE_DENY = frozenset(
    ["api-", "live", "sandbox", "access-", "pat-", "secret_", "ico-", "ak_", "oak_", "key_"]
)
_GLUE_DENY_ANY_CASE = frozenset(["cookie", "aaaa"])


def _literal_prefix(pattern: str, classes: bool = False) -> str:
    """The literal characters every match of ``pattern`` starts with (escapes resolved).

    ``classes``: a small class of literal characters (``[pe]``, ``[AT]``) counts too,
    as its first character: ``xox[pe]-`` is five characters long, not three.
    """
    out: list[str] = []
    pos = 0
    while True:
        m = _LITERAL.match(pattern, pos)
        if m is None and classes:
            m = _SMALL_CLASS.match(pattern, pos)
        if m is None or pattern[m.end() : m.end() + 1] in ("?", "*", "{", "+"):
            return "".join(out)
        text = m.group()
        out.append(text[1] if text.startswith("[") else text[-1])
        pos = m.end()


def _branch_prefixes(pattern: str, classes: bool = False) -> list[str]:
    """Literal prefixes of ``(?:A|B|C)rest`` per branch, or of ``pattern`` itself."""
    if not pattern.startswith("(?:"):
        return [_literal_prefix(pattern, classes)]
    depth, end, cuts = 0, -1, [3]
    for i, ch in enumerate(pattern):
        if i and pattern[i - 1] == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                end = i
                break
        elif ch == "|" and depth == 1:
            cuts.append(i + 1)
    if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "{"):
        return [""]
    bounds = [*cuts, end + 1]
    return [_literal_prefix(pattern[a : b - 1], classes) for a, b in itertools.pairwise(bounds)]


def _prefixes(pattern: str, classes: bool = False) -> list[str]:
    """:func:`_branch_prefixes`, continued through one literal group: ``sk_(?:live|test)_`` → ``sk_live_``.

    A group of literal branches is continued by the literal after it
    (``(?:pat|sat)\\.`` → ``pat.``, ``sat.``); a leading ``(?i:...)`` counts as literal.
    """
    if pattern.startswith("(?i:"):
        close = _group_end(pattern)
        if close > 0:
            pattern = pattern[4:close] + pattern[close + 1 :]  # its letters count as literal
    heads = _branch_prefixes(pattern, classes)
    if pattern.startswith("(?:") and all(heads):
        close = _group_end(pattern)
        if close > 0 and all(pattern[3:close].split("|")) and pattern[close + 1 : close + 2] not in ("?", "*", "{", "+"):
            after = _literal_prefix(pattern[close + 1 :], classes)
            if all(h == b for h, b in zip(heads, pattern[3:close].split("|"), strict=True)):
                return [h + after for h in heads]
        return heads
    if len(heads) != 1 or not heads[0] or pattern.startswith("(?:"):
        return heads
    pos = 0
    for _ in heads[0]:
        m = _LITERAL.match(pattern, pos) or (_SMALL_CLASS.match(pattern, pos) if classes else None)
        assert m is not None
        pos = m.end()
    tail = pattern[pos:]
    if not tail.startswith("(?:"):
        return heads
    return [heads[0] + min(_branch_prefixes(tail, classes), key=len)]


def _group_end(pattern: str) -> int:
    """Index of the ``)`` that closes the group ``pattern`` starts with, or -1."""
    depth = 0
    for i, ch in enumerate(pattern):
        if i and pattern[i - 1] == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


#: A token's body at the end of a pattern: a character class and its count (``[A-Z0-9]{16}``).
_BODY_CLASS = re.compile(r"(\[(?:\\.|[^\]\\])+\])(?:\{\d+(?:,\d*)?\}|[+*])$")
#: Characters of its own alphabet a glued token must go on with to be read as longer.
_GLUED_TAIL_MIN = 4


def _whole_token_group(rest: str) -> str:
    """``rest`` without a ``secret`` group that holds all of it but a trailing lookahead: the group is the match.

    Replacing the group or the match is then the same, and the token's prefix is read as any
    token's (Ticket Tailor's ``(?P<secret>sk_...)``, round 62).

    >>> _whole_token_group("(?P<secret>sk_[0-9]{4}_[0-9a-f]{32})(?![0-9a-f])")
    'sk_[0-9]{4}_[0-9a-f]{32}(?![0-9a-f])'
    >>> _whole_token_group("tkn_(?P<secret>[0-9A-Za-z]{71}=)(?![A-Za-z0-9_])")
    'tkn_(?P<secret>[0-9A-Za-z]{71}=)(?![A-Za-z0-9_])'
    """
    head = "(?P<secret>"
    if not rest.startswith(head):
        return rest
    close = _group_end(rest)
    tail = rest[close + 1 :]
    if close < 0 or (tail and _LOOKAHEAD_END.fullmatch(tail) is None):
        return rest
    return rest[len(head) : close] + tail


def glued_pattern(pattern: str) -> str:
    """``pattern`` without the boundaries around a token that has a distinctive prefix.

    A token pasted onto the text around it (``idx-ghp_...``, ``BoomAKIA...``,
    ``AKIA...abc``, ``token=prefix_sk_live_...``) is still the token: a boundary next
    to a distinctive literal prefix only loses secrets.  Both the leading
    lookbehind and the trailing lookahead are dropped when the prefix is at
    least four characters on every branch (a small class such as ``[pe]``
    counts as one, a leading ``(?i:...)`` as literal), or three that are upper
    case (``A3T``) or hold a digit or a separator (``hf_``, ``r8_``, ``sk-``).
    Not dropped:

    - the lookbehind of a prefix that is an ordinary word or part of host names
      (``api-``, ``live``, ``ico-``: ``favico-...``), or of a base64 context
      (``+/``: a blob that merely contains the prefix);
    - the lookahead when only a ``secret`` group is replaced (it tells where
      the value ends) but the token ends in its own ``=`` (Teamwork's
      ``tkn.v1_<71>=``), or after a prefix of hex digits (``4b1d``: a sha256 may
      start with it).  A ``secret`` group around the whole token is the token
      (:func:`_whole_token_group`).

    Where the dropped lookahead followed the token's body (a class and its count),
    four or more further characters of that class are taken with it: a longer
    token with the same prefix (Kickbox's ``live_`` and 64 hex under GoCardless'
    ``live_`` and 40) is replaced whole, not cut at the format's length with its
    tail left in the text; fewer are left, as text glued to the token
    (``BoomAKIA...Error`` keeps ``Error``).  Other patterns are returned as they are.

    >>> glued_pattern("(?<![A-Za-z0-9_])ghp_[A-Za-z0-9_]{36,251}(?![A-Za-z0-9_])")
    '(?:ghp_[A-Za-z0-9_]{36,251}(?:[A-Za-z0-9_]{4,})?)'
    >>> glued_pattern("(?<![A-Za-z0-9_-])ico-[A-Za-z0-9]{32}(?![A-Za-z0-9_-])")
    '(?<![A-Za-z0-9_-])ico-[A-Za-z0-9]{32}(?:[A-Za-z0-9]{4,})?'
    >>> glued_pattern("(?<![a-z])(?:api|sdk)-[0-9a-f]{8}")
    '(?<![a-z])(?:api|sdk)-[0-9a-f]{8}'
    """
    flags = "(?i)" if pattern.startswith("(?i)") else ""
    body = pattern[len(flags) :]
    m = _LOOKBEHIND.match(body)
    if m is None or "+/" in m.group():
        return pattern
    rest = _whole_token_group(body[m.end() :])
    prefixes = _prefixes(rest, classes=True)
    shortest = min(len(p) for p in prefixes)
    upper = not flags and all(p == p.upper() and any(c.isalpha() for c in p) for p in prefixes)
    marked = all(any(not c.isalpha() for c in p) for p in prefixes)  # "hf_", "r8_", "sk-"
    denied = any(p.startswith(w) for p in prefixes for w in _GLUE_DENY) or any(p.lower() in _GLUE_DENY_ANY_CASE for p in prefixes)
    right = shortest >= 4 or (shortest >= 3 and (upper or marked))
    left = right and not denied
    if not right:
        return pattern
    # A prefix of hex digits ("4b1d") also starts hex digests: there the trailing
    # boundary is what keeps a sha256 from being read as a token and its tail.
    hexlike = all(all(c in string.hexdigits for c in p) for p in prefixes)
    end = _LOOKAHEAD_END.search(rest)
    # a token that ends in its own "=" (Teamwork's tkn.v1_<71>=, round 62) ends there, secret group or not
    padded = end is not None and rest[: end.start()].endswith(("=", "=)"))
    if end is not None and ("(?P<secret>" not in rest or padded) and not hexlike:
        head = rest[: end.start()]
        alphabet = _BODY_CLASS.search(head)
        # The token goes on only with more of its own alphabet, and only with four of them at
        # least: fewer are as likely text glued to it (``AKIA...Error`` keeps its ``Error``).
        rest = head + (f"(?:{alphabet.group(1)}{{{_GLUED_TAIL_MIN},}})?" if alphabet else "")
    return f"{flags}(?:{rest})" if left else f"{flags}{m.group()}{rest}"


class RuleSpec(BaseModel):
    """One entry of the rule library, as written in YAML."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$")
    group: str
    description: str
    source: str = ""
    provider: str = ""
    kind: Literal["value", "key"] = "value"
    regex: str | None = None
    context: list[str] = Field(default_factory=list)
    value: str | None = None
    keywords: list[str] = Field(default_factory=list)
    triggers: list[str] = Field(default_factory=list)
    validator: str | None = None
    enabled: bool = True
    examples: list[str] = Field(default_factory=list)
    negatives: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> RuleSpec:
        if self.group not in GROUPS:
            raise ValueError(f"group {self.group!r} is not one of {', '.join(GROUPS)}")
        if self.kind == "value":
            if (self.regex is None) == (self.value is None):
                raise ValueError("give either regex, or context and value")
            if self.value is not None and not self.context:
                raise ValueError("a value rule needs its context words")
            if not self.keywords and not self.context and not self.triggers:
                raise ValueError("needs keywords (or triggers) for the prefilter")
        if self.validator is not None and self.validator not in VALIDATORS:
            raise ValueError(f"unknown validator {self.validator!r}")
        if any(k != k.lower() for k in self.keywords):
            raise ValueError("keywords are matched against lower-cased text: write them in lower case")
        return self


@dataclass(frozen=True, eq=False)
class Rule:
    """A compiled rule.  ``order`` is its position: on overlap the earlier rule names the marker."""

    id: str
    group: str
    description: str
    source: str
    provider: str
    kind: str
    pattern: str
    regex: re.Pattern[str] | None
    keywords: tuple[str, ...]
    triggers: tuple[str, ...]
    validator: str | None
    enabled: bool
    examples: tuple[str, ...] = field(default=())
    negatives: tuple[str, ...] = field(default=())
    order: int = 0
    check: Validator | None = field(default=None, repr=False)
    context: tuple[str, ...] = ()  # a context rule's key words, lower case (a record's key holding one wakes it)

    @property
    def has_secret_group(self) -> bool:
        """Whether only the ``secret`` group of a match is replaced."""
        return self.regex is not None and "secret" in self.regex.groupindex

    @property
    def secret_group(self) -> int:
        """The number of the ``secret`` group, 0 without one (RE2 matches take numbers only)."""
        return self.regex.groupindex.get("secret", 0) if self.regex is not None else 0

    def __repr__(self) -> str:
        return f"Rule({self.id!r}, group={self.group!r})"


def compile_rule(spec: RuleSpec, order: int = 0, glue: bool = False, linear: bool = False) -> Rule:
    """Compile one :class:`RuleSpec`; a bad regex raises :class:`ConfigError` naming the rule.

    ``glue``: also find the token glued to the text before it (:func:`glued_pattern`),
    as the built-in library does.  ``linear``: compile with RE2 (a user's pattern,
    :mod:`pipeline.redact.linear`); :class:`ConfigError` if RE2 cannot run it.
    """
    if spec.kind == "key":
        pattern = ""
    elif spec.regex is not None:
        pattern = glued_pattern(spec.regex) if glue else spec.regex
    else:
        context = "|".join(re.escape(c) for c in spec.context)
        pattern = CONTEXT_REGEX.replace("{context}", context).replace("{value}", spec.value or "")
    regex: re.Pattern[str] | None
    try:
        if linear and pattern:
            regex = compile_linear(pattern, f"redact rule {spec.id!r}")
        else:
            regex = re.compile(pattern) if pattern else None
        for trigger in spec.triggers:
            re.compile(trigger)
    except re.error as exc:
        raise ConfigError(f"redact rule {spec.id!r}: bad regular expression: {exc}") from None
    except LinearPatternError as exc:
        raise ConfigError(str(exc)) from None
    keywords = tuple(spec.keywords) or tuple(c.lower() for c in spec.context)
    validator = spec.validator
    check: Validator | None = VALIDATORS[validator] if validator is not None else None
    if validator is None and spec.value is not None:
        validator = "context_key"
        check = context_key(c for c in spec.context if "-" in c and len(c) > 8)
    return Rule(
        id=spec.id,
        group=spec.group,
        description=spec.description,
        source=spec.source,
        provider=spec.provider,
        kind=spec.kind,
        pattern=pattern,
        regex=regex,
        keywords=keywords,
        triggers=tuple(spec.triggers),
        validator=validator,
        enabled=spec.enabled,
        examples=tuple(spec.examples),
        negatives=tuple(spec.negatives),
        order=order,
        check=check,
        context=tuple(c.lower() for c in spec.context) if spec.value is not None else (),
    )


def _parse(data: Any, origin: str) -> list[Rule]:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ConfigError(f"{origin}: expected a mapping with a 'rules' list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["rules"]):
        name = raw.get("id", f"#{i}") if isinstance(raw, dict) else f"#{i}"
        try:
            spec = RuleSpec.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"{origin}: rule {name!r}: {where + ': ' if where else ''}{first['msg']}") from None
        if spec.id in seen:
            raise ConfigError(f"{origin}: rule {spec.id!r} is defined twice")
        seen.add(spec.id)
        rules.append(compile_rule(spec, order=i, glue=True))
    return rules


@functools.lru_cache(maxsize=4)
def _read(path: str) -> Any:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> tuple[Rule, ...]:
    return tuple(_parse(_read(path), path))


def load_providers(path: str | Path | None = None) -> frozenset[str]:
    """The library's ``providers`` list: lower-case names whose ``<name>_key`` is a credential.

    >>> "intercom" in load_providers(), "redis" in load_providers()
    (True, False)
    """
    origin = str(path or DEFAULT_LIBRARY)
    raw = _read(origin).get("providers", "") if isinstance(_read(origin), dict) else ""
    if not isinstance(raw, str):
        raise ConfigError(f"{origin}: 'providers' must be a string of space-separated names")
    names = raw.split()
    bad = [n for n in names if not re.fullmatch(r"[a-z0-9]+", n)]
    if bad:
        raise ConfigError(f"{origin}: providers must be lower-case letters and digits: {bad[:5]}")
    return frozenset(names)


def load_library(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Read and compile a rule library (default: the built-in ``rules.yaml``); cached per path.

    >>> rules = load_library()
    >>> len(rules) >= 200, rules[0].id
    (True, 'aws-access-key-id')
    """
    return _load_cached(str(path or DEFAULT_LIBRARY))
