"""Recall and innocents touched on the public-format corpus: ``python -m tests.unit.redact.quality``.

Prints, per split (``tune``: families whose misses were looked at while rules
were written; ``held``: families that were not), per source and per context
(log line, logfmt, JSON, record, glued, command line ...), how many
generated secrets the default :class:`~pipeline.redact.Redactor` removed, and
how many innocent lookalikes it changed.  ``--misses tune`` lists the families
with a miss in that split (the secret itself is never printed).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

import orjson

from pipeline.redact import DEFAULT_MARKER, Redactor
from tests.unit.redact.corpus import innocents
from tests.unit.redact.innocents_round2 import lookalikes as round2_lookalikes
from tests.unit.redact.public_formats import Sample, innocent_lookalikes, innocent_records, samples

__all__ = [
    "Figures",
    "assert_lookalikes_untouched",
    "assert_recall_floor",
    "leaked_piece",
    "literal_parts",
    "loose_measure",
    "marker_pattern",
    "measure",
    "piece_length",
    "print_found",
    "sample_leak",
    "strict",
]


@dataclass
class Figures:
    """Counts of one measurement."""

    found: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    touched: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    touched_examples: list[str] = field(default_factory=list)

    def recall(self, key: str) -> float:
        n, total = self.found[key]
        return n / total if total else 1.0

    def innocents_touched(self) -> tuple[int, int]:
        return sum(v[0] for v in self.touched.values()), sum(v[1] for v in self.touched.values())


# The strict measure (issue #17): a secret is found only if no piece of it is left.
# A piece is a run of ``piece_length(secret)`` consecutive characters of the secret:
# PIECE_FRACTION of a short secret (a third: 'cd' of the password 'ab cd'), at least
# PIECE_MIN and at most PIECE_MAX characters (4 characters of a random token are 24
# bits of it and more than any run a log line shares with it by chance, which the
# subtraction below removes anyway).
PIECE_MIN = 2
PIECE_MAX = 4
PIECE_FRACTION = 3


def piece_length(secret: str) -> int:
    """How many consecutive characters of ``secret`` left in the output count as a leak."""
    return min(len(secret), max(PIECE_MIN, min(PIECE_MAX, len(secret) // PIECE_FRACTION)))


def marker_pattern(marker: str = DEFAULT_MARKER) -> re.Pattern[str]:
    """A regular expression matching every marker of the format ``marker`` (any rule, any group)."""
    parts = re.split(r"\{(?:rule|group)\}", marker)
    return re.compile(r"[\w.:\-]+".join(re.escape(p) for p in parts))


def _occurrences(text: str, piece: str) -> int:
    count, at = 0, text.find(piece)
    while at >= 0:
        count, at = count + 1, text.find(piece, at + 1)
    return count


# What a rule keeps of a secret by design, parts of it that name no credential: a
# URL's scheme and user name, and its host after the password (url-password keeps
# 'https://user:' and '@host/'), a URL's scheme and host before a token in its path
# (a webhook's rule replaces the path's ids and keeps its tenant's host), a
# Kubernetes bootstrap token's id (published: 'the token-id part is not secret') and
# a Discord webhook's id before its token (an id, as the rule that reads it says).
KEPT_BY_DESIGN = (
    re.compile(r"(?i)^[a-z][a-z0-9+.\-]*://(?:[^:@/\s]+:(?=[^@/\s]+@)|[^:@/\s]+/)"),
    re.compile(r"@[^:@/\s]+/?$"),
    re.compile(r"^[a-z0-9]{6}\.(?=[a-z0-9]{16}$)"),
    re.compile(r"/api/webhooks/\d{17,20}/"),
)
PUBLIC_MIN = (
    2  # a literal part of a format shorter than this ('/', '-') is public only next to public text
)


def _public_mask(form: str, public: Sequence[str]) -> list[bool]:
    """Which characters of ``form`` are public: in a literal part of its format, or kept by design."""
    mask = [False] * len(form)
    spans = [m.span() for pattern in KEPT_BY_DESIGN for m in pattern.finditer(form)]
    lowered = form.lower()
    for text in {t.lower() for t in public if len(t) >= PUBLIC_MIN}:
        at = lowered.find(text)
        while at >= 0:
            spans.append((at, at + len(text)))
            at = lowered.find(text, at + 1)
    for start, end in spans:
        mask[start:end] = [True] * (end - start)
    # A one-character literal part ('/' after a branch of words) is public next to public text.
    single = {t.lower() for t in public if len(t) < PUBLIC_MIN}
    for i in itertools.chain(range(len(form)), reversed(range(len(form)))):
        if lowered[i] in single and (
            (i > 0 and mask[i - 1]) or (i + 1 < len(form) and mask[i + 1])
        ):
            mask[i] = True
    return mask


def leaked_piece(
    secret: str,
    before: str,
    after: str,
    markers: re.Pattern[str] | None = None,
    public: Sequence[str] = (),
) -> str | None:
    """The first piece of ``secret`` that ``after`` (the redacted ``before``) still holds, or None.

    A piece (:func:`piece_length` consecutive characters of the secret) counts only
    where the redacted text holds it more often than the text around the secret
    did: ``before`` with every occurrence of the secret cut out (but its public
    characters, below).  So a piece the
    message shares with the secret by chance (``token`` of a secret that contains
    the word, a ``2024`` of a timestamp) is not a leak, and no piece can be made
    across a cut (each marker is cut out of ``after`` likewise, so a marker's own
    text, ``[REDACTED:github-token]``, never counts either).  Public text does not
    count either: a piece whose every character is in one of ``public`` (found
    without case: the literal parts of the secret's published format, ``ghp_``,
    ``hooks.slack.com/services/``) or in a part a rule keeps by design
    (:data:`KEPT_BY_DESIGN`).  The secret is looked for as written and
    JSON-escaped (its form in a JSON string or a dumped record).
    """
    markers = markers or marker_pattern()
    masks = {
        form: _public_mask(form, public) for form in (secret, orjson.dumps(secret).decode()[1:-1])
    }
    context = before
    for form in sorted(masks, key=len, reverse=True):
        # The secret cut out, its public characters left in place (they are context too).
        context = context.replace(
            form, "".join(c if m else "\x00" for c, m in zip(form, masks[form], strict=True))
        )
    kept = markers.sub("\x00", after)
    for form, mask in masks.items():
        k = piece_length(form)
        for start in range(len(form) - k + 1):
            piece = form[start : start + k]
            if piece not in kept or all(mask[start : start + k]):
                continue
            if _occurrences(kept, piece) > _occurrences(context, piece):
                return piece
    return None


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def literal_parts(pattern: str) -> list[str]:
    """The runs of literal characters of a regular expression (``ghp_`` of ``ghp_[A-Za-z0-9]{36}``), in groups and branches too."""
    parts: list[str] = []

    def walk(items: Iterable[tuple[Any, Any]]) -> None:
        run: list[str] = []
        for op, arg in items:
            if op is sre.LITERAL:
                run.append(chr(arg))
                continue
            parts.append("".join(run))
            run = []
            if op is sre.SUBPATTERN:
                walk(arg[-1])
            elif op is sre.BRANCH:
                for branch in arg[1]:
                    walk(branch)
            elif op in _REPEATS:
                walk(arg[-1])
        parts.append("".join(run))

    walk(sre.parse(pattern))
    return [part for part in parts if part]


_STRICT = [True]


@contextlib.contextmanager
def loose_measure() -> Iterator[None]:
    """Within it, a secret counts as found once the whole string is gone (the measure before issue #17's strict one)."""
    _STRICT.append(False)
    try:
        yield
    finally:
        _STRICT.pop()


def strict() -> bool:
    """Whether the strict measure is in force (it is, but within :func:`loose_measure`)."""
    return _STRICT[-1]


def _redacted(redactor: Redactor, sample: Sample) -> tuple[str, str]:
    """The sample as text before and after ``redactor`` (a record as its JSON)."""
    if sample.text is not None:
        return sample.text, redactor.redact_text(sample.text)
    record = copy.deepcopy(sample.record)
    assert record is not None
    before = orjson.dumps(record).decode()
    redactor.redact_record(record)
    return before, orjson.dumps(record).decode()


def sample_leak(redactor: Redactor, sample: Sample) -> str | None:
    """The piece of the sample's secret left after ``redactor`` (strict measure), or None."""
    before, after = _redacted(redactor, sample)
    public = literal_parts(sample.family.pattern)
    return leaked_piece(
        sample.secret, before, after, marker_pattern(redactor.config.marker), public
    )


def _removed(redactor: Redactor, sample: Sample) -> bool:
    """Whether the sample's secret is gone: no piece of it left (strict), or not whole (within :func:`loose_measure`)."""
    if _STRICT[-1]:
        return sample_leak(redactor, sample) is None
    _, out = _redacted(redactor, sample)
    return sample.secret not in out and orjson.dumps(sample.secret).decode()[1:-1] not in out


def measure(redactor: Redactor | None = None) -> Figures:
    """Run the corpus through ``redactor`` (default: the built-in library)."""
    redactor = redactor or Redactor()
    fig = Figures()
    for sample in samples():
        fam = sample.family
        ok = _removed(redactor, sample)
        keys = (
            "all",
            fam.split,
            fam.source.split(":")[0],
            f"{fam.split}/{fam.source.split(':')[0]}",
            f"context/{sample.context}",
        )
        for key in keys:
            fig.found[key][0] += ok
            fig.found[key][1] += 1
        if fam.source.startswith("issue-17"):
            cls = "cli" if fam.id.startswith("cli") else "card"
            fig.found[f"class/{cls}"][0] += ok
            fig.found[f"class/{cls}"][1] += 1
        if not ok:
            fig.missed[fam.split].append(f"{fam.id} [{sample.context}]")
    for kind, text in innocent_lookalikes():
        changed = redactor.redact_text(text) != text
        fig.touched[kind][0] += changed
        fig.touched[kind][1] += 1
        if changed and len(fig.touched_examples) < 20:
            fig.touched_examples.append(f"{kind}: {redactor.redact_text(text)}")
    for kind, rec in innocent_records():
        record = copy.deepcopy(rec)
        redactor.redact_record(record)
        changed = record != rec
        fig.touched[f"records/{kind}"][0] += changed
        fig.touched[f"records/{kind}"][1] += 1
        if changed and len(fig.touched_examples) < 20:
            fig.touched_examples.append(f"record: {orjson.dumps(record).decode()[:300]}")
    for kind, text in round2_lookalikes():
        changed = redactor.redact_text(text) != text
        fig.touched[f"round2/{kind}"][0] += changed
        fig.touched[f"round2/{kind}"][1] += 1
        if changed and len(fig.touched_examples) < 20:
            fig.touched_examples.append(f"round2/{kind}: {redactor.redact_text(text)}")
    for item in innocents(count=1500):
        if item.text is not None:
            changed = redactor.redact_text(item.text) != item.text
        else:
            record = copy.deepcopy(item.record)
            assert record is not None
            redactor.redact_record(record)
            changed = record != item.record
        fig.touched[f"corpus/{item.group}"][0] += changed
        fig.touched[f"corpus/{item.group}"][1] += 1
    return fig


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--misses", choices=["tune", "held"], help="list the families with a miss in this split"
    )
    args = parser.parse_args()
    fig = measure()
    print(f"{'secrets':<26} {'found':>6} {'total':>6} {'recall':>8}")
    for key in sorted(fig.found):
        n, total = fig.found[key]
        print(f"{key:<26} {n:>6} {total:>6} {n / total:>8.2%}")
    n, total = fig.innocents_touched()
    print(f"innocents touched: {n}/{total} ({n / total:.2%})")
    for kind, (k, t) in sorted(fig.touched.items()):
        if k:
            print(f"  {kind}: {k}/{t}")
    for line in fig.touched_examples:
        print("  ", line[:200])
    if args.misses:
        counts: dict[str, int] = defaultdict(int)
        for fid in fig.missed[args.misses]:
            counts[fid] += 1
        for fid, c in sorted(counts.items()):
            print(f"missed {c}x {fid}")


def print_found(found: dict[str, list[int]], width: int = 48) -> None:
    """Print found/total per key of a held-out ``run``: every key but families, and each family that missed."""
    for key in sorted(found):
        k, t = found[key]
        if not key.startswith("family/") or k < t:
            print(f"  {key:<{width}} {k:>5}/{t:<5} {k / t:>8.2%}")


def assert_recall_floor(
    found: dict[str, list[int]], floor: float, keys: dict[str, float] | None = None
) -> None:
    """Fail unless ``found["all"]`` reaches ``floor`` and each key of ``keys`` (``source/<s>``, ``form/<f>``) its own floor."""
    for key, minimum in {"all": floor, **(keys or {})}.items():
        k, t = found[key]
        assert t and k / t >= minimum, (key, k, t, minimum)


def assert_lookalikes_untouched(redactor: Redactor, pairs: Iterable[tuple[str, str]]) -> None:
    """Fail, showing the first five, if ``redactor`` changes any text of the (kind, text) lookalikes."""
    touched = [(kind, text) for kind, text in pairs if redactor.redact_text(text) != text]
    assert not touched, touched[:5]


if __name__ == "__main__":
    main()
