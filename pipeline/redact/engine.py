"""The redaction engine: walks a record, finds secrets in its strings, replaces only the secret.

Cost model.  A batch of records is walked once, without changing anything: the
walk decides most strings on the spot (short, an id, or remembered clean) and
queues the rest.  The queued strings of the whole batch are then joined and
scanned at once by the *prefilter* (:mod:`pipeline.redact.prefilter`): a few C
scans for every active rule's literal keywords (``ghp_``, ``akia``,
``password``, ``eyj`` ...) and triggers (runs of digits for card numbers), no
Python per string.  A string without any keyword costs its share of those
scans and no rule's regex runs on it.  Only for a string the prefilter flags
does the engine find which keywords occur, and run the rules that own them.
Strings of up to 256 characters found clean are remembered (bounded), because
attribute values repeat from record to record.  Records decoded from one OTLP
resource share its attribute dict (``record["resource"]`` is the same object):
it is walked once per batch, with the first record that has it, and a secret in
it is replaced once, in place, for all of them.

Keys are classified once per distinct name (:mod:`pipeline.redact.keys`): a
string under a secret-sounding key is replaced whole (an auth scheme such as
``Bearer`` is kept); numbers and booleans under such keys are left alone; a
value under an identifier key (``trace_id``, ``span_id``, ``request_id``,
``checksum``) is not scanned at all.  A key *name* that is itself a secret (a
token used as an attribute name) is found when the name is first classified and
renamed to its redacted form wherever it occurs.

Text that leaves unparsed goes through :meth:`Redactor.scrub_text` (dead-letter
errors, config errors, Kafka message keys through :func:`key_scrubber`) and
:func:`scrub_preview` (payload previews: scrubbed whole, then cut at a safe place).

Nothing here puts a secret into an exception, a log line or a metric: findings
carry the rule and the position only.
"""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector, CollectorRegistry

from pipeline.redact.config import RedactConfig
from pipeline.redact.keys import IDENT, NEUTRAL, NOT_SECRET, SECRET, KeyClassifier
from pipeline.redact.linear import compile_linear
from pipeline.redact.prefilter import SEP, BatchFilter, KeywordFinder, remember_clean
from pipeline.redact.rules import (
    GROUPS,
    KEY_QUOTE_CLOSE,
    Rule,
    RuleSpec,
    compile_rule,
    load_library,
    load_providers,
)
from pipeline.redact.seek import ASSIGNMENT_RULE, applies, lowest_start
from pipeline.redact.synth import luhn_valid
from pipeline.redact.validators import (
    AUTH_SCHEME,
    PROVIDER_KEY_NAMES,
    card_brand_ok,
    credential_key,
    is_path,
    is_placeholder,
    named_key_token,
    provider_name_token,
)

__all__ = ["Finding", "RedactionCollector", "Redactor", "key_scrubber", "scrub_preview"]

_MIN_SCAN_LEN = 5  # "pwd=x" is the shortest string a value rule can match
_CLEAN_CACHE_MAX_LEN = 256
_CLEAN_CACHE_SIZE = 65536
_MEMO_SIZE = 4096  # remembered rule lists, one per combination of keywords and triggers found
_IDENT_MAX_LEN = 128
_CONTEXT_KEYS_MAX = 8192  # record keys remembered with the context rules they wake (most wake none)
# A dead-letter preview is scrubbed on this much more than it keeps, then cut: a
# secret across the cut is seen whole (PEM keys are a few KB; longer tokens are cut
# before their start, see _safe_cut).
_PREVIEW_SLACK = 16384
# Characters that make up tokens: a cut between two of them would split one.
_TOKEN_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.~+/%=")
_JSON_STR = r'"((?:[^"\\]|\\.)*)"'
# OTLP/JSON attributes: {"key":"password","value":{"stringValue":"..."}} (and value first).
_OTLP_KV = re.compile(
    r'"key"\s*:\s*' + _JSON_STR + r'\s*,\s*"value"\s*:\s*\{\s*"(?:stringValue|bytesValue)"\s*:\s*' + _JSON_STR
)
_PROTO_KV = re.compile(r"\n([\x01-\x7f])(?=[ -~])")  # a protobuf field 1 with a short printable string
_OTLP_VK = re.compile(
    r'"value"\s*:\s*\{\s*"(?:stringValue|bytesValue)"\s*:\s*' + _JSON_STR + r'\s*\}\s*,\s*"key"\s*:\s*' + _JSON_STR
)
KEY_RULE = "secret-field"
CARD_RULE = "card-number"
# A context rule's key names a credential: one of these words is in it (see validators).
_GATE_WORDS = frozenset("pass pwd secret token key auth cred pat session cookie".split())
# ... and is assigned a value: "<...gate word...>" then an assignment operator, the key's closing quote
# escaped as in CONTEXT_REGEX.
_ASSIGNED_GATE = re.compile(r"(?:pass|pwd|secret|token|key|auth|cred|pat|session|cookie)[\w.\-]*" + KEY_QUOTE_CLOSE + r"[ \t]*(?:=|:)")
_STATE_WORDS = frozenset(
    """
    none null nil true false yes no on off enabled disabled active inactive expired valid invalid
    missing present required optional started open closed new created pending unknown
    """.split()
)

Span = tuple[int, int, Rule]
# Validators whose answer is the match's ``secret`` group or None (pipeline.redact.validators: they
# take the group as it is, or refuse it).  Where an earlier rule's span holds that group, what they
# answer cannot change the result, so the engine asks them only when the search position depends
# on it (see Redactor._spans).  A validator that comes to answer anything else must leave this set
# (tests/unit/redact/test_speed_needs.py checks the premise on the corpora).
SECRET_GROUP_VALIDATORS = frozenset({"provider_label", "credential_near", "provider_near"})
_INERT = frozenset({float, bool, type(None)})  # list items the walk never queues
_INTS = frozenset({int})
_CARD_RANGE = range(100_000_000_000_000, 10_000_000_000_000_000)  # 15 or 16 digits: see _walk_dict
_ORDER = operator.attrgetter("order")
# Where a queued string is: (container, key or index, path to the container, record number, kind).
_Loc = tuple[Any, Any, Any, int, int]
_VALUE, _KEYED, _CARD = 0, 1, 2  # scan by value; under a secret key; card number as an integer


@dataclass(frozen=True, slots=True)
class Finding:
    """One replacement: which rule, where (never what).

    ``path`` is the location in a record (``attributes.db.password``,
    ``events[0].attributes.exception.message``; empty for plain text);
    ``start`` and ``end`` index the *original* string.
    """

    rule: str
    group: str
    path: str
    start: int
    end: int

    def describe(self) -> str:
        """``attributes.db.password[0:12] secret-field (keyvalue)``: safe to log."""
        where = f"{self.path}[{self.start}:{self.end}]" if self.path else f"[{self.start}:{self.end}]"
        return f"{where} {self.rule} ({self.group})"


class _KeyCache(dict[str, int]):
    """The key classifier's cache; clearing it also clears the sets derived from it."""

    def __init__(self, *derived: set[str]) -> None:
        super().__init__()
        self._derived = derived

    def clear(self) -> None:
        super().clear()
        for names in self._derived:
            names.clear()


def _marker_regex(marker: str) -> str:
    parts = re.split(r"\{(?:rule|group)\}", marker)
    return r"[\w.:\-]+".join(re.escape(p) for p in parts)


class Redactor:
    """Redacts secrets in records and text according to a :class:`RedactConfig`.

    Parameters
    ----------
    config : RedactConfig, optional
        Which rules run, extra keys and patterns, allow-list, marker format.
    rules : sequence of Rule, optional
        The rule library; defaults to the built-in ``rules.yaml``.

    Attributes
    ----------
    counts : dict of str to int
        Replacements per rule id since creation (what the metric exports).
    records_seen, records_redacted : int
        Records walked, and those of them in which something was replaced.

    Examples
    --------
    >>> r = Redactor()
    >>> r.redact_text("login ok password=hunter2 user=bob")
    'login ok password=[REDACTED:secret-assignment] user=bob'
    >>> rec = {"attributes": {"db.password": "hunter2", "token_count": 5}, "span_id": "00f067aa0ba902b7"}
    >>> r.redact_records([rec]), rec["attributes"]["db.password"], rec["attributes"]["token_count"]
    (1, '[REDACTED:secret-field]', 5)
    >>> r.counts["secret-field"]
    1
    """

    def __init__(self, config: RedactConfig | None = None, rules: Sequence[Rule] | None = None) -> None:
        self.config = config or RedactConfig()
        library = list(rules if rules is not None else load_library())
        for extra in self.config.extra_patterns:
            spec = RuleSpec(
                id=extra.name,
                group=extra.group if extra.group in GROUPS else "custom",
                description=extra.description or "extra pattern from the config",
                regex=extra.regex,
                keywords=extra.keywords,
                source="config: redact.extra_patterns",
                triggers=[] if extra.keywords else [""],
            )
            library.append(compile_rule(spec, order=len(library), linear=True))  # RE2: no stall
        extra_terms = [re.sub(r"[^a-z0-9]", "", k.lower()) for k in self.config.extra_keys]
        extra_terms = [t for t in extra_terms if t]
        if extra_terms:
            # The free-text assignment rule must also wake up on the extra key names.
            library = [
                dataclasses.replace(r, keywords=tuple(dict.fromkeys(r.keywords + tuple(extra_terms))))
                if r.id in (ASSIGNMENT_RULE, "xml-secret-element")
                else r
                for r in library
            ]
        self.library: tuple[Rule, ...] = tuple(library)
        self.rules: tuple[Rule, ...] = tuple(r for r in library if self._active(r))
        self.rules_by_id = {r.id: r for r in self.rules}
        providers = {w for r in library for w in re.split(r"[^a-z0-9]+", r.provider.lower()) if len(w) >= 3}
        providers |= load_providers()
        self.keys = KeyClassifier(providers=providers, extra_terms=self.config.extra_keys)
        self.keys.name_check = self._check_name
        # Key names the walk decides with one set lookup: classified, not renamed, and
        # NEUTRAL or NOT_SECRET (under a secret parent: NOT_SECRET only).  They are
        # forgotten whenever the classifier's cache is cleared, so a key is classified
        # again exactly when the walk without these sets would classify it.
        self._plain: set[str] = set()
        self._plain_under_secret: set[str] = set()
        self._ident: set[str] = set()  # ... and IDENT (whatever the parent)
        self._list_check_min = 4  # lists at least this long are first checked for numbers only
        self.keys._cache = _KeyCache(self._plain, self._plain_under_secret, self._ident)
        self._renames: list[tuple[Any, Any, int, Any]] = []
        self.counts: dict[str, int] = {}
        self.records_seen = 0
        self.records_redacted = 0
        self._markers = {r.id: self.config.marker.format(rule=r.id, group=r.group) for r in library}
        marker_re = _marker_regex(self.config.marker)
        self._marker_only = re.compile(r"^(?:\s*(?:" + marker_re + r"))+\s*$")
        self._marker_any = re.compile(marker_re)
        self._marker_prefix = re.split(r"\{(?:rule|group)\}", self.config.marker)[0]
        self._allow = (
            compile_linear("|".join(f"(?:{a})" for a in self.config.allow_list), "redact.allow_list")
            if self.config.allow_list
            else None
        )
        self._key_rule = self.rules_by_id.get(KEY_RULE)
        # context rules (a key word, then a value): a record's key holding a key word wakes them for its value
        self._context_rules = tuple(r for r in self.rules if r.context and r.regex is not None)
        self._context_keys: dict[str, tuple[Rule, ...]] = {}
        self._card_rule = self.rules_by_id.get(CARD_RULE)
        self._card = self._card_rule is not None
        # The rule searched from where its matches can start (pipeline.redact.seek), if it is the built-in one.
        self._seeking = next((r for r in self.rules if applies(r.id, r.pattern)), None)
        # Rules whose check is put off while an earlier rule's span holds their secret (see _spans).
        self._deferrable = frozenset(
            r for r in self.rules if r.validator in SECRET_GROUP_VALIDATORS and r.secret_group
        )
        self._build_prefilter()
        self._clean: set[str] = set()
        self._memo: dict[tuple[frozenset[str], tuple[Rule, ...], bool], tuple[Rule, ...]] = {}

    # -- configuration ---------------------------------------------------------------------
    def _active(self, rule: Rule) -> bool:
        cfg = self.config
        named = {rule.id, rule.group}
        if named & set(cfg.disable):
            return False
        return rule.enabled or bool(named & set(cfg.enable))

    def _build_prefilter(self) -> None:
        """The literal checks that decide which rules run on a string (:mod:`pipeline.redact.prefilter`).

        - ``primary`` keywords wake their rules directly; a hit on ``password`` also
          wakes the rules of ``pass`` (closed over substrings).
        - ``context`` rules (``DATADOG_API_KEY=...``) need a credential word in the
          key, so their provider words are only looked for when a keyword holding
          one of the credential words (``key``, ``token``, ``secret`` ...) was
          found and the text assigns something to it.
        - Triggers (card numbers: runs of digits) are small regexes of their own.
        """
        value_rules = [r for r in self.rules if r.regex is not None]
        self._always = tuple(r for r in value_rules if "" in r.triggers)
        primary: dict[str, list[Rule]] = {}
        context: dict[str, list[Rule]] = {}
        for rule in value_rules:
            for kw in rule.keywords:
                if rule.validator == "context_key" and not ("-" in kw and len(kw) > 8):
                    context.setdefault(kw, []).append(rule)
                else:
                    primary.setdefault(kw, []).append(rule)
        if context:
            for word in _GATE_WORDS:
                primary.setdefault(word, [])
        # One finder for both; a keyword found also counts for every keyword inside
        # it (a hit on "password" wakes the rules of "pass").
        words = set(primary) | set(context)
        self._rules_of = {w: tuple({r for sub, rs in primary.items() if sub in w for r in rs}) for w in words}
        self._context_of = {w: tuple({r for sub, rs in context.items() if sub in w for r in rs}) for w in words}
        self._gated_words = frozenset(w for w in words if any(g in w for g in _GATE_WORDS))
        self._finder = KeywordFinder(words)
        self._triggers = [(re.compile(t), r) for r in value_rules for t in r.triggers if t]
        batchable = not self._always and not any(SEP in kw for kw in primary)
        self._batch = BatchFilter(primary, [t for t, _ in self._triggers]) if batchable else None

    def _candidates(self, low: str, triggers: bool = True) -> tuple[Rule, ...]:
        """The rules whose keywords or triggers occur in ``low``, in library order.

        ``triggers=False``: the batch filter found no trigger match in this string.
        The answer depends only on which keywords and triggers occur and on the
        assignment gate, so it is remembered per such combination (they repeat: a
        ``key`` in every "cache miss for key ..." line); the memo is bounded.
        """
        words = frozenset(self._finder.find(low))
        woken: tuple[Rule, ...] = ()
        if triggers:
            woken = tuple([rule for trigger, rule in self._triggers if trigger.search(low) is not None])
        if not words and not woken:
            return ()  # nothing to look at
        gate = not self._gated_words.isdisjoint(words) and _ASSIGNED_GATE.search(low) is not None
        memo_key = (words, woken, gate)
        rules = self._memo.get(memo_key)
        if rules is None:
            found: set[Rule] = set(woken)
            rules_of = self._rules_of
            for word in words:
                found.update(rules_of[word])
            if gate:
                context_of = self._context_of
                for word in words:
                    found.update(context_of[word])
            if found:
                found.update(self._always)
            rules = tuple(sorted(found, key=_ORDER))
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[memo_key] = rules
        return rules

    def _spans(self, text: str, triggers: bool = True) -> list[Span]:
        """Secret spans in ``text``, merged where they overlap; empty when there are none.

        Rules run in library order, and once one span covers the whole text (and
        no marker is in it) the later rules are not run: a span they found would
        lie inside it and merge into it under the earlier rule's name.  For the
        same reason a match whose ``secret`` group lies in an earlier rule's span
        is not checked when its validator answers that group or nothing
        (:data:`SECRET_GROUP_VALIDATORS`), unless the next match starts inside
        it: kept, the search would go on after it, past that match.
        """
        rules = self._candidates(text.lower(), triggers)
        if not rules:
            if not self._always:
                return []
            rules = self._always
        spans: list[Span] = []
        keys = self.keys
        whole = len(text)
        marked = self._marker_prefix in text  # redacted before: spans over a marker are dropped below
        for rule in rules:
            regex = rule.regex
            assert regex is not None
            before = len(spans)
            check = rule.check
            if check is None:
                group = rule.secret_group
                for m in regex.finditer(text):
                    if group and m.start(group) >= 0:
                        start, end = m.span(group)
                    else:
                        start, end = m.span()
                    self._keep(text, start, end, rule, spans)
            else:
                # A rejected match (a key that is not secret) must not hide a match inside it
                # (an escaped JSON pair in a logfmt value), so the search resumes right after
                # its start instead of after its end.
                # From where its matches can start, for the rule pipeline.redact.seek knows.
                pos = lowest_start(text, 0) if rule is self._seeking else 0
                covered = spans[:] if spans and rule in self._deferrable and not marked else None
                pending = None  # a match whose check was put off
                while 0 <= pos <= whole:
                    hit = regex.search(text, pos)
                    if pending is not None:
                        resume = max(pending.end(), pending.start() + 1)
                        if hit is not None and hit.start() < resume:
                            # Kept, the search would have gone on from `resume`, past this match.
                            span = check(pending, keys)
                            if span is not None:
                                self._keep(text, span[0], span[1], rule, spans)
                                pos = resume
                                pending = None
                                continue
                        pending = None
                    if hit is None:
                        break
                    if covered is not None and _inside(hit.span(rule.secret_group), covered):
                        pending = hit
                        pos = hit.start() + 1
                        continue
                    span = check(hit, keys)
                    if span is None:
                        pos = hit.start() + 1
                        continue
                    self._keep(text, span[0], span[1], rule, spans)
                    pos = max(hit.end(), hit.start() + 1)
            if len(spans) > before and _covers(spans, before, whole) and not marked:
                break  # a span over the whole text: what later rules find merges into it
        if spans and marked:
            # Text redacted before: a span that overlaps a marker would eat into it.
            marks = [m.span() for m in self._marker_any.finditer(text)]
            spans = [s for s in spans if not any(s[0] < me and ms < s[1] for ms, me in marks)]
        if len(spans) > 1:
            spans = self._merge(spans)
        return spans

    def _keep(self, text: str, start: int, end: int, rule: Rule, spans: list[Span]) -> None:
        if end <= start:
            return
        secret = text[start:end]
        if self._marker_only.match(secret) or is_placeholder(secret.strip()):
            return
        if self._allow is not None and self._allow.fullmatch(secret):
            return
        spans.append((start, end, rule))

    @staticmethod
    def _merge(spans: list[Span]) -> list[Span]:
        spans.sort(key=lambda s: (s[0], -s[1]))
        out: list[Span] = []
        for start, end, rule in spans:
            if out and start < out[-1][1]:
                p_start, p_end, p_rule = out[-1]
                out[-1] = (p_start, max(p_end, end), p_rule if p_rule.order <= rule.order else rule)
            else:
                out.append((start, end, rule))
        return out

    def _apply(self, text: str, spans: list[Span]) -> str:
        pieces: list[str] = []
        pos = 0
        markers = self._markers
        for start, end, rule in spans:
            pieces.append(text[pos:start])
            pieces.append(markers[rule.id])
            pos = end
        pieces.append(text[pos:])
        return "".join(pieces)

    def _count(self, spans: list[Span], path: str, findings: list[Finding] | None) -> None:
        counts = self.counts
        for start, end, rule in spans:
            counts[rule.id] = counts.get(rule.id, 0) + 1
            if findings is not None:
                findings.append(Finding(rule.id, rule.group, path, start, end))

    def redact_text(self, text: str) -> str:
        """Redact secrets in free text (a log line, a header dump, a stack trace).

        Parameters
        ----------
        text : str
            The text to redact.

        Returns
        -------
        str
            The text with each secret replaced by its rule's marker.
        """
        return self.explain_text(text)[0]

    def explain_text(self, text: str, path: str = "") -> tuple[str, list[Finding]]:
        """Redact free text and say which rule replaced what.

        Parameters
        ----------
        text : str
            The text to redact.
        path : str
            Location to put in the findings.

        Returns
        -------
        (str, list of Finding)
            The redacted text, and one :class:`Finding` per replacement (rule and
            position in the original; never the secret).
        """
        findings: list[Finding] = []
        if not self.config.enabled:
            return text, findings
        spans = self._spans(text)
        if not spans:
            return text, findings
        self._count(spans, path, findings)
        return self._apply(text, spans), findings

    def scrub_text(self, text: str) -> str:
        """Redact text that leaves the pipeline unparsed: an error message, a payload preview.

        :meth:`redact_text`, and also OTLP/JSON attributes whose key names a
        secret (``{"key":"password","value":{"stringValue":"..."}}``), which a
        free-text pass cannot tell from any other string.

        >>> Redactor().scrub_text('{"key":"db.password","value":{"stringValue":"hunter2"}}')
        '{"key":"db.password","value":{"stringValue":"[REDACTED:secret-field]"}}'
        """
        if not self.config.enabled:
            return text
        if '"key"' in text:
            text = self._scrub_otlp_json(text)
        if "\x12" in text:
            text = self._scrub_otlp_proto(text)
        return self.redact_text(text)

    def _scrub_otlp_proto(self, text: str) -> str:
        """OTLP protobuf KeyValue pairs in a decoded preview: a string value under a secret key.

        A KeyValue is ``0a <len> key 12 <len> (0a <len> value)``: field 1 the key,
        field 2 an AnyValue whose field 1 is the string.  Only single-byte lengths
        (under 128) are read; the value is replaced by the key rule's marker.
        """
        out: list[str] = []
        pos = 0
        for m in _PROTO_KV.finditer(text):
            start = m.start()
            if start < pos:
                continue
            klen = ord(m.group(1))
            key_end = start + 2 + klen
            key = text[start + 2 : key_end]
            if (
                len(key) != klen
                or text[key_end : key_end + 1] != "\x12"
                or text[key_end + 2 : key_end + 3] != "\n"
                or not key.isprintable()
                or self.keys.classify(key) != SECRET
            ):
                continue
            vlen = ord(text[key_end + 3 : key_end + 4] or "\x80")
            if vlen >= 0x80:
                continue
            v_start = key_end + 4
            value = text[v_start : v_start + vlen]
            new = self._keyed(value, None, None, None) if len(value) == vlen else None
            if new is None:
                continue
            out.append(text[pos:v_start])
            out.append(new)
            pos = v_start + vlen
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)

    def _scrub_otlp_json(self, text: str) -> str:
        spans: list[tuple[int, int, str]] = []
        for regex, k, v in ((_OTLP_KV, 1, 2), (_OTLP_VK, 2, 1)):
            for m in regex.finditer(text):
                if self.keys.classify(m.group(k).replace('\\"', '"')) != SECRET:
                    continue
                new = self._keyed(m.group(v), None, None, None)
                if new is not None:
                    spans.append((m.start(v), m.end(v), new))
        if not spans:
            return text
        spans.sort()
        out: list[str] = []
        pos = 0
        for start, end, new in spans:
            if start < pos:
                continue
            out.append(text[pos:start])
            out.append(new)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def scrub_preview(self, data: bytes | None, limit: int) -> str:
        """A bounded, scrubbed preview of a payload (what a dead-letter document keeps).

        The payload is scrubbed (:meth:`scrub_text`) on more than is kept, then cut
        to at most ``limit`` UTF-8 bytes at a safe place: never inside a marker,
        a character, or a token (a run of token characters crossing the cut is
        dropped whole), so no half of a secret is left for a reader to finish.

        Parameters
        ----------
        data : bytes or None
            The payload as received (any bytes; invalid UTF-8 is replaced).
        limit : int
            Most bytes of the preview.

        Returns
        -------
        str
            The preview.

        Examples
        --------
        >>> p = Redactor().scrub_preview(b"x" * 10 + b" ghp_" + b"A1b2" * 9, 20)
        >>> p
        'xxxxxxxxxx '
        """
        return scrub_preview(data, limit, self.scrub_text if self.config.enabled else None, self._marker_any)

    # -- records ---------------------------------------------------------------------------
    def _scan(
        self, value: str, path: Any, key: Any, findings: list[Finding] | None, triggers: bool = True
    ) -> str | None:
        """Run the value rules on one string the batch prefilter flagged: the redacted string, or None."""
        spans = self._spans(value, triggers)
        if not spans:
            if len(value) <= _CLEAN_CACHE_MAX_LEN:
                if len(self._clean) >= _CLEAN_CACHE_SIZE:
                    self._clean.clear()
                self._clean.add(value)
            return None
        self._count(spans, _join(path, key, self.keys.renamed) if findings is not None else "", findings)
        return self._apply(value, spans)

    def _keyed(
        self, value: str, path: Any, key: Any, findings: list[Finding] | None, flagged: bool = True
    ) -> str | None:
        """A string under a secret-sounding key: replace it whole, keeping an auth scheme.

        ``flagged=False``: the batch filter found no keyword nor trigger in ``value``, so no rule
        with either can name what it holds and only the rules without any are run on it."""
        stripped = value.strip()
        if (
            not stripped
            or self._marker_only.match(value)
            or is_placeholder(stripped)
            or is_path(stripped)  # a path, not a base64 secret that starts with '/'
            or stripped.lower() in _STATE_WORDS
        ):
            return None
        if self._allow is not None and self._allow.fullmatch(stripped):
            return None
        start, end = _credential_part(value)
        rest = value[start:end]
        if self._marker_only.match(rest) or is_placeholder(rest):
            return None
        rule = self._key_rule
        assert rule is not None
        if flagged:
            inner = self._spans(rest)
        else:  # as _spans would find: no rule woken, so only those without keywords or triggers
            inner = self._spans(rest, False) if self._always else []
        if len(inner) == 1 and inner[0][0] == 0 and inner[0][1] == len(rest):
            rule = inner[0][2]  # the whole value is e.g. a JWT: name that rule
        spans = [(start, end, rule)]
        self._count(spans, _join(path, key, self.keys.renamed) if findings is not None else "", findings)
        return self._apply(value, spans)

    def _card_int(self, value: int, path: Any, key: Any, findings: list[Finding] | None) -> str | None:
        digits = str(value)
        if not (card_brand_ok(digits) and luhn_valid(digits)):
            return None
        rule = self._card_rule
        assert rule is not None
        self._count([(0, len(digits), rule)], _join(path, key, self.keys.renamed) if findings is not None else "", findings)
        return self._markers[rule.id]

    def _walk_dict(
        self,
        obj: dict[Any, Any],
        parent_secret: bool,
        path: Any,
        rec: int,
        vals: list[str],
        locs: list[_Loc],
        special: list[int],
        skip: Any = None,
        fields: tuple[tuple[Any, ...], Callable[[dict[Any, Any]], tuple[Any, ...]]] | None = None,
    ) -> None:
        """Queue the strings of ``obj`` (at any depth) that need looking at; change nothing yet.

        A string that may hold a secret by its value goes to ``vals`` (and where it
        is to ``locs``); one under a secret-sounding key, or a card number stored as
        an integer, is queued with an empty ``vals`` entry and its index in
        ``special``.  Everything else (short strings, strings found clean before,
        ids) is decided here without a call.  ``skip``: a container value not to
        walk (a resource dict an earlier record of the batch shares).  ``fields``: the keys of
        ``obj`` itself to walk when not all, and a function giving their values (a record's
        fields less those its OTLP decoder made from typed input:
        :class:`schemas.records.DecodedRecords`).

        Most keys are *plain* (classified before, not renamed, neither secret nor an
        id): one set lookup decides them (:attr:`_plain`); the others take the
        general branch, which classifies the key and adds it to the plain sets.
        """
        plain = self._plain_under_secret if parent_secret else self._plain
        clean = self._clean
        ident = self._ident
        min_len = _MIN_SCAN_LEN
        for key, value in obj.items() if fields is None else zip(fields[0], fields[1](obj), strict=True):
            t = type(value)
            if key in plain:
                # As the general branch below decides for such a key, without its lookups.
                if t is str:
                    # the set first: most strings were seen clean before, and len() is a call
                    if value not in clean and len(value) >= min_len:
                        vals.append(value)
                        locs.append((obj, key, path, rec, _VALUE))
                elif t is dict:
                    if value and value is not skip:  # an empty one queues nothing: no call
                        self._walk_dict(value, False, (path, key), rec, vals, locs, special)
                elif t is list:
                    if value and value is not skip:
                        self._walk_list(value, False, (path, key), rec, vals, locs, special)
                elif t is int and 100_000_000_000_000 <= value < 10_000_000_000_000_000 and self._card:
                    special.append(len(vals))
                    vals.append("")
                    locs.append((obj, key, path, rec, _CARD))
                continue
            if key in ident:
                # An id key (trace_id, span_id): the same, but a short value without a space is left alone.
                if t is str:
                    if (
                        (len(value) > _IDENT_MAX_LEN or " " in value)
                        and len(value) >= min_len
                        and value not in clean
                    ):
                        vals.append(value)
                        locs.append((obj, key, path, rec, _VALUE))
                elif t is dict:
                    if value and value is not skip:
                        self._walk_dict(value, False, (path, key), rec, vals, locs, special)
                elif t is list:
                    if value and value is not skip:
                        self._walk_list(value, False, (path, key), rec, vals, locs, special)
                elif t is int and 100_000_000_000_000 <= value < 10_000_000_000_000_000 and self._card:
                    special.append(len(vals))
                    vals.append("")
                    locs.append((obj, key, path, rec, _CARD))
                continue
            keys = self.keys
            renamed = keys.renamed
            if renamed and key in renamed:
                self._renames.append((obj, key, rec, path))
            kc = keys._cache.get(key)
            if kc is None:
                kc = keys.classify(key) if type(key) is str else NEUTRAL
                if key in renamed:
                    self._renames.append((obj, key, rec, path))
            # A key that is a provider's name alone ("datadog", "STRIPE") is neutral, but
            # a random token under it is that provider's credential: such keys are never
            # made plain, so each of their values is looked at here.
            provider = kc == NEUTRAL and type(key) is str and key.lower() in PROVIDER_KEY_NAMES
            # <name>_KEY for a provider the list lacks (ZEROTIER_KEY): never plain either, a token under it is a credential
            named = kc == NEUTRAL and type(key) is str and keys.credential_named(key)
            # topic_key (Event Grid's): a key a context rule names, whose value that rule may take
            ctx = self._context_rules_of(key) if kc == NEUTRAL and type(key) is str and not provider and not named else ()
            if kc != SECRET and type(key) is str and key not in renamed and not provider and not named and not ctx:
                if kc == IDENT:
                    self._ident.add(key)
                else:
                    self._plain.add(key)
                    if kc == NOT_SECRET:
                        self._plain_under_secret.add(key)
            if t is str:
                if (
                    kc == SECRET
                    or (parent_secret and kc == NEUTRAL)
                    or (provider and provider_name_token(key.lower(), value))
                    or (named and named_key_token(value))
                    or (ctx and self._context_value(ctx, key, value))
                ):
                    if self._key_rule is not None:
                        special.append(len(vals))
                        vals.append("")
                        locs.append((obj, key, path, rec, _KEYED))
                        continue
                elif kc == IDENT and len(value) <= _IDENT_MAX_LEN and " " not in value:
                    continue  # trace_id, span_id, request_id, sha256: an id is never touched
                if len(value) >= _MIN_SCAN_LEN and value not in clean:
                    vals.append(value)
                    locs.append((obj, key, path, rec, _VALUE))
                continue
            elif t is dict or t is list:
                if value is skip:
                    continue  # a resource dict walked with an earlier record of the batch
                secret = kc == SECRET or (parent_secret and kc == NEUTRAL)
                if t is dict:
                    self._walk_dict(value, secret, (path, key), rec, vals, locs, special)
                else:
                    self._walk_list(value, secret, (path, key), rec, vals, locs, special)
            elif t is int and 100_000_000_000_000 <= value < 10_000_000_000_000_000 and self._card:
                # Card numbers stored as JSON numbers (15 or 16 digits only: shorter
                # integers are too often counters or millisecond timestamps).
                special.append(len(vals))
                vals.append("")
                locs.append((obj, key, path, rec, _CARD))

    def _context_rules_of(self, key: str) -> tuple[Rule, ...]:
        """The context rules whose key word ``key`` holds, if it sounds like a credential's (cached per key).

        In text, ``topic_key=<key>`` wakes Event Grid's rule by its key; a record's field
        ``{"topic_key": "<key>"}`` is the same pair and is judged as that text would be.
        """
        found = self._context_keys.get(key)
        if found is None:
            low = key.lower()
            found = tuple(r for r in self._context_rules if any(c in low for c in r.context))
            if found and not credential_key(key, self.keys):
                found = ()
            if len(self._context_keys) >= _CONTEXT_KEYS_MAX:
                self._context_keys.clear()
            self._context_keys[key] = found
        return found

    def _context_value(self, rules: tuple[Rule, ...], key: str, value: str) -> bool:
        """Whether one of ``rules`` takes the whole of ``value`` from the text ``key=value``."""
        text = f"{key}={value}"
        for rule in rules:
            assert rule.regex is not None
            m = rule.regex.fullmatch(text)
            if m is not None and (rule.check is None or rule.check(m, self.keys) is not None):
                return True
        return False

    def _walk_list(
        self,
        items: list[Any],
        secret: bool,
        path: Any,
        rec: int,
        vals: list[str],
        locs: list[_Loc],
        special: list[int],
    ) -> None:
        """:meth:`_walk_dict` for a list: its items inherit the secrecy of the list's key."""
        if len(items) >= self._list_check_min:
            # Lists of numbers (histogram bounds and counts) are decided in C: nothing in
            # them is queued unless an integer is in the card-number range.
            kinds = set(map(type, items))
            if kinds <= _INERT:
                return
            if kinds == _INTS and not (self._card and any(map(_CARD_RANGE.__contains__, items))):
                return
        clean = self._clean
        keyed = secret and self._key_rule is not None
        card = self._card_rule is not None
        for i, value in enumerate(items):
            t = type(value)
            if t is str:
                if keyed:
                    special.append(len(vals))
                    vals.append("")
                    locs.append((items, i, path, rec, _KEYED))
                elif len(value) >= _MIN_SCAN_LEN and value not in clean:
                    vals.append(value)
                    locs.append((items, i, path, rec, _VALUE))
            elif t is dict:
                self._walk_dict(value, secret, (path, i), rec, vals, locs, special)
            elif t is list:
                self._walk_list(value, secret, (path, i), rec, vals, locs, special)
            elif t is int and card and 100_000_000_000_000 <= value < 10_000_000_000_000_000:
                special.append(len(vals))
                vals.append("")
                locs.append((items, i, path, rec, _CARD))

    def _flagged(self, vals: list[str]) -> tuple[list[int], set[int] | None]:
        """Indices of the strings in ``vals`` that contain a keyword or a trigger, ascending.

        The batch filter scans them all at once (one C scan per keyword group, no
        Python per string); the others are remembered as clean.  Also returned: the
        indices in which a trigger matched (None: not known, run the triggers).
        """
        if self._batch is None:
            return list(range(len(vals))), None  # a rule without keywords runs on every string
        flagged, triggered = self._batch.scan(vals)
        remember_clean(self._clean, vals, flagged, _CLEAN_CACHE_MAX_LEN, _CLEAN_CACHE_SIZE)
        return flagged, triggered

    def _keyed_flagged(self, special: list[int], locs: list[_Loc]) -> set[int] | None:
        """Which of the strings queued under secret-sounding keys hold a keyword or a trigger, by one
        pass of the batch filter over them all (None: not known, look at every one).  The others
        need no rule run on them to name what they hold (:meth:`_keyed`)."""
        if self._batch is None:
            return None
        queued = [i for i in special if locs[i][4] == _KEYED]
        if not queued:
            return None
        texts = []
        for i in queued:
            container, key = locs[i][0], locs[i][1]
            value = container[key]
            start, end = _credential_part(value)
            texts.append(value[start:end])  # the part _keyed looks at: a trigger anchored at its start matches
        flagged, _ = self._batch.scan(texts)
        return {queued[j] for j in flagged}

    def _redact(self, records: Iterable[dict[str, Any]], findings: list[Finding] | None) -> int:
        """Walk ``records``, run the prefilter once over what they queued, redact what it flags."""
        vals: list[str] = []
        locs: list[_Loc] = []
        special: list[int] = []
        walk = self._walk_dict
        seen = 0
        self._renames = []
        # Records decoded from one OTLP resource share its attribute dict, and come one
        # after another: the dict is walked with the first of them only (and redacted in
        # place once, for all of them).  One identity test per record when nothing is shared.
        last: dict[int, int] = {}  # first record of a run sharing a resource -> the last record of the run
        previous: Any = None
        first = 0
        # A batch as an OTLP decoder made it names the fields it made from typed input (timestamps,
        # numbers, enums, hex ids): they hold no client text and are not walked.  Any other batch is
        # walked whole.
        typed = getattr(records, "typed", None)
        # a record's keys -> those to walk and their getter (a batch's records have a few shapes)
        shapes: dict[tuple[Any, ...], Any] = {}
        fields = None
        for rec, record in enumerate(records):
            if typed is not None:
                shape = tuple(record)
                fields = shapes.get(shape)
                if fields is None:
                    text = tuple(key for key in shape if key not in typed)
                    fields = shapes[shape] = (text, _values_of(text))
            resource = record.get("resource")
            if resource is previous and resource:
                last[first] = rec
                walk(record, False, None, rec, vals, locs, special, resource, fields)
            else:
                previous, first = resource, rec
                walk(record, False, None, rec, vals, locs, special, None, fields)
            seen += 1
        self.records_seen += seen
        todo, triggered = self._flagged(vals)
        keyed_flagged: set[int] | None = None
        if special:
            todo = sorted(set(todo).union(special))  # in walk order, so findings are too
            keyed_flagged = self._keyed_flagged(special, locs)
        if not todo and not self._renames:
            return 0
        counts = self.counts
        before = sum(counts.values())
        changed: set[int] = set()
        shared_changed: set[int] = set()
        for i in todo:
            container, key, path, rec, kind = locs[i]
            if kind == _VALUE:
                new = self._scan(vals[i], path, key, findings, triggered is None or i in triggered)
            elif kind == _KEYED:
                new = self._keyed(container[key], path, key, findings, keyed_flagged is None or i in keyed_flagged)
            else:
                new = self._card_int(container[key], path, key, findings)
            if new is not None:
                container[key] = new
                changed.add(rec)
                if path is not None and _root(path) == "resource":
                    shared_changed.add(rec)
        if self._renames:
            # After the values: their locations name the containers by the old keys.
            self._rename_keys(findings, changed)
        if shared_changed and last:
            # A replacement in a shared resource is in every record that shares it.
            for rec in shared_changed:
                changed.update(range(rec + 1, last.get(rec, rec) + 1))
        self.records_redacted += len(changed)
        return sum(counts.values()) - before

    def _check_name(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """A key name holding a secret (``{"ghp_...": "x"}``): its redacted form and rules, or None."""
        if len(name) < _MIN_SCAN_LEN or not self.config.enabled:
            return None
        spans = self._spans(name)
        if not spans:
            return None
        return self._apply(name, spans), tuple(rule.id for _, _, rule in spans)

    def _rename_keys(self, findings: list[Finding] | None, changed: set[int]) -> None:
        """Give each key named by a secret its redacted name, in place and in the same position."""
        renamed = self.keys.renamed
        counts = self.counts
        by_obj: dict[int, tuple[dict[Any, Any], set[Any], Any]] = {}
        for obj, key, rec, path in self._renames:
            by_obj.setdefault(id(obj), (obj, set(), path))[1].add(key)
            changed.add(rec)
        for obj, keys, path in by_obj.values():
            items = list(obj.items())
            obj.clear()
            for key, value in items:
                entry = renamed.get(key) if key in keys else None
                if entry is None and key in keys:
                    # The classifier's bounded cache (and ``renamed`` with it) was emptied
                    # after the walk queued this key: name it again rather than keep the secret.
                    entry = self._check_name(key)
                    if entry is not None:
                        renamed[key] = entry
                if entry is not None:
                    new, rules = entry
                    for rule_id in rules:
                        counts[rule_id] = counts.get(rule_id, 0) + 1
                        if findings is not None:
                            rule = self.rules_by_id[rule_id]
                            where = _join(path, new, renamed)
                            findings.append(Finding(rule_id, rule.group, where, 0, len(key)))
                    if new in obj or new in keys:
                        new = f"{new}#{len(obj)}"  # two secret names redacted alike: keep both values
                    key = new
                obj[key] = value
        self._renames = []

    def redact_record(self, record: dict[str, Any], findings: list[Finding] | None = None) -> int:
        """Redact one record in place: every string at any depth, by value and by key name.

        Parameters
        ----------
        record : dict
            A canonical record (log record, span, metric point): JSON-like
            values, nested dicts and lists.
        findings : list of Finding, optional
            If given, one :class:`Finding` per replacement is appended (explain mode).

        Returns
        -------
        int
            How many secrets were replaced (also added to :attr:`counts` per rule).
        """
        if not self.config.enabled:
            return 0
        return self._redact((record,), findings)

    def redact_records(self, records: Iterable[dict[str, Any]]) -> int:
        """Redact a batch of records in place (what the processor calls).

        The whole batch is walked first and the prefilter runs once over every
        string it queued, so the cost of a record without candidates is the walk
        and a share of one C scan.

        Parameters
        ----------
        records : iterable of dict
            Canonical records; each is changed in place.

        Returns
        -------
        int
            The number of replacements in the whole batch.
        """
        if not self.config.enabled:
            return 0
        return self._redact(records, None)

    def explain_record(self, record: dict[str, Any]) -> list[Finding]:
        """Redact a record in place and return one :class:`Finding` per replacement."""
        findings: list[Finding] = []
        self.redact_record(record, findings)
        return findings

    def transform(self, signal: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The processor transform (``pipeline.process.transforms``): redact in place, keep all."""
        del signal
        self.redact_records(records)
        return records

    # -- metrics ---------------------------------------------------------------------------
    def register_metrics(self, registry: CollectorRegistry) -> RedactionCollector:
        """Export :attr:`counts` as ``sightline_redactions_total{rule=...}`` on ``registry``."""
        collector = RedactionCollector(self)
        registry.register(collector)
        return collector


class RedactionCollector(Collector):
    """Publishes a :class:`Redactor`'s counts at scrape time (no work in the hot path).

    Metrics: ``sightline_redactions_total{rule}`` (secrets replaced, by rule id;
    a rule id never contains a secret), ``sightline_redaction_records_total``
    (records walked) and ``sightline_redaction_records_redacted_total`` (records
    in which something was replaced).
    """

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor

    def collect(self) -> Iterator[CounterMetricFamily]:
        """Yield the counters (called by the registry at scrape time)."""
        r = self._redactor
        by_rule = CounterMetricFamily(
            "sightline_redactions", "Secrets replaced by a redaction marker, by rule", labels=["rule"]
        )
        for rule, n in sorted(r.counts.items()):
            by_rule.add_metric([rule], n)
        yield by_rule
        yield CounterMetricFamily(
            "sightline_redaction_records", "Records walked by the redactor", value=r.records_seen
        )
        yield CounterMetricFamily(
            "sightline_redaction_records_redacted",
            "Records in which at least one secret was replaced",
            value=r.records_redacted,
        )

    def describe(self) -> Iterator[CounterMetricFamily]:
        """Metric names without values, so registering does not call :meth:`collect`."""
        yield CounterMetricFamily("sightline_redactions", "", labels=["rule"])
        yield CounterMetricFamily("sightline_redaction_records", "")
        yield CounterMetricFamily("sightline_redaction_records_redacted", "")


def key_scrubber(scrub: Callable[[str], str] | None) -> Callable[[bytes | None], bytes | None]:
    """A Kafka message key pass: ``scrub`` over the key's text, remembered per distinct key.

    The clean topics are keyed by the service name, which is as much user data as
    any attribute.  Keys repeat, so each distinct key is scrubbed once (a bounded
    memo); a key without a secret is returned as it is (same bytes, same partition).

    >>> k = key_scrubber(Redactor().scrub_text)
    >>> k(b"checkout"), k(b"svc-ghp_" + b"A1b2" * 9), k(None)
    (b'checkout', b'svc-[REDACTED:github-pat]', None)
    """
    memo: dict[bytes, bytes] = {}

    def scrub_key(key: bytes | None) -> bytes | None:
        if key is None or scrub is None:
            return key
        out = memo.get(key)
        if out is None:
            text = key.decode("utf-8", errors="replace")
            new = scrub(text)
            out = key if new == text else new.encode("utf-8")
            if len(memo) >= 4096:
                memo.clear()
            memo[key] = out
        return out

    return scrub_key


def scrub_preview(
    data: bytes | None, limit: int, scrub: Callable[[str], str] | None = None, markers: re.Pattern[str] | None = None
) -> str:
    """A preview of ``data`` of at most ``limit`` UTF-8 bytes, scrubbed before it is cut.

    ``scrub`` (e.g. :meth:`Redactor.scrub_text`) runs on ``limit`` + 16 KiB of the
    payload, so a secret across the cut is seen whole; the cut then falls
    outside any character, token, or match of ``markers``.  Without ``scrub``
    the preview is only cut safely.

    >>> scrub_preview(b"abc def", 5)
    'abc '
    """
    raw = (data or b"")[: limit + _PREVIEW_SLACK]
    text = raw.decode("utf-8", errors="replace")
    if scrub is not None:
        text = scrub(text)
    encoded = text.encode("utf-8")
    if len(encoded) <= limit and len(raw) == len(data or b""):
        return text
    spans = [m.span() for m in markers.finditer(text)] if markers is not None else []
    return _safe_cut(encoded, min(limit, len(encoded)), spans, text)


def _safe_cut(encoded: bytes, limit: int, markers: list[tuple[int, int]], text: str) -> str:
    """``encoded`` cut to at most ``limit`` bytes, not inside a character, a token or a marker."""
    cut = limit
    while 0 < cut < len(encoded) and (encoded[cut] & 0xC0) == 0x80:
        cut -= 1  # not inside a UTF-8 sequence
    head = encoded[:cut].decode("utf-8")
    chars = len(head)
    for start, end in markers:
        if start < chars < end:
            chars = start  # not inside a marker
            break
    while chars > 0 and chars < len(text) and _is_token(text[chars - 1]) and _is_token(text[chars]):
        chars -= 1  # not inside a token: drop the part before the cut too
    return text[:chars]


def _is_token(ch: str) -> bool:
    return len(ch.encode("utf-8")) == 1 and ord(ch) in _TOKEN_BYTES


def _inside(span: tuple[int, int], spans: list[Span]) -> bool:
    """Whether ``span`` (a match's group; (-1, -1) if it took no part) lies inside one of ``spans``."""
    start, end = span
    return start >= 0 and any(s <= start and end <= e for s, e, _ in spans)


def _covers(spans: list[Span], since: int, length: int) -> bool:
    """Whether one of ``spans[since:]`` is the whole text, ``length`` characters."""
    return any(start == 0 and end == length for start, end, _ in spans[since:])


def _values_of(keys: tuple[Any, ...]) -> Callable[[dict[Any, Any]], tuple[Any, ...]]:
    """A function giving the values of ``keys`` in a dict, as a tuple (one C call: ``itemgetter``).

    >>> _values_of(("a", "c"))({"a": 1, "b": 2, "c": 3}), _values_of(("b",))({"b": 2}), _values_of(())({})
    ((1, 3), (2,), ())
    """
    if len(keys) == 1:
        one = operator.itemgetter(keys[0])
        return lambda obj: (one(obj),)
    if not keys:
        return lambda obj: ()
    return operator.itemgetter(*keys)


def _root(path: Any) -> Any:
    """The top-level key a walk path starts from: ``(((None, 'resource'), 'k8s'), 0)`` → ``'resource'``."""
    while path[0] is not None:
        path = path[0]
    return path[1]


def _credential_part(value: str) -> tuple[int, int]:
    """Where the credential of a value under a secret-sounding key lies: blanks around it and an
    auth scheme before it left out (``"Bearer abc "`` -> the span of ``abc``), unless the scheme is
    all there is."""
    start = len(value) - len(value.lstrip())
    end = len(value.rstrip())
    scheme = AUTH_SCHEME.match(value, start)
    if scheme is not None and scheme.end() < end:
        start = scheme.end()
    return start, end


def _join(path: Any, key: Any, renamed: dict[str, tuple[str, tuple[str, ...]]] | None = None) -> str:
    """``(((None, 'attributes'), 'db'), 'password')`` → ``attributes.db.password``; lists as [i].

    A key named by a secret appears by its redacted name (``renamed``).
    """
    parts: list[str] = []
    node: Any = (path, key)
    while node is not None:
        node, part = node
        if renamed and part in renamed:
            part = renamed[part][0]
        parts.append(f"[{part}]" if type(part) is int else str(part))
    out = ""
    for part in reversed(parts):
        out = out + part if part.startswith("[") or not out else out + "." + part
    return out
