"""What every held-out redaction round shares: its family notation, its carriers, its measure, its command line.

A round module (``heldout_roundN``) keeps what is its own: the docstring (the rule that picked its
sources and the facts measured), its formats (:class:`HeldFamily` rows) and its constants, and one
:class:`HeldOutRound` that names its families, seed, lookalikes and source paths.  The round's
``samples``, ``run`` and ``main`` are that object's methods:

* :class:`Families` (:func:`builder` where a round notes no paths): builds one source's families,
  a rule's keyed and text pair or its bare and request pair, and notes where each was read
  (the round's ``SOURCE_PATHS``);
* :func:`samples`: ``per_family`` secrets of each family, generated from its pattern with a
  random source seeded by the round's seed, the family's source and id, each in one carrier:
  ``bare`` tokens in the public-format corpus's bare carriers, ``keyed`` values under one of the
  family's key names in its keyed carriers, ``text`` values in the family's own templates
  (placeholders filled by :func:`fill`); the carriers taken in turn (round 2's carriers);
* :func:`tally`: found/total per key of each sample, strict or loose as
  :func:`~tests.unit.redact.quality.loose_measure` says;
* :meth:`HeldOutRound.main`: ``python -m tests.unit.redact.heldout_roundN [--seed N] [--per-family N]
  [--sources]`` prints the recall, per group and key, and how many of its lookalikes were touched.
"""

from __future__ import annotations

import argparse
import random
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from pipeline.redact import Redactor
from tests.unit.redact.public_formats import (
    _BARE_CONTEXTS,
    _KEYED_CONTEXTS,
    Family,
    Sample,
    _cli_key,
    generate,
)
from tests.unit.redact.quality import _removed, loose_measure, measure, print_found

__all__ = [
    "PROVIDERS_ALONE",
    "Build",
    "Carried",
    "Families",
    "HeldFamily",
    "HeldOutRound",
    "add_no_old",
    "builder",
    "carry",
    "family",
    "fill",
    "held_keys",
    "luhn_completed",
    "print_existing_corpus",
    "round_parser",
    "samples",
    "split_by_prefix",
    "tally",
]

Found = dict[str, list[int]]
F = TypeVar("F")


@dataclass(frozen=True)
class HeldFamily:
    """One secret format from one source (``source``: the tool, list or docs it was read from)."""

    id: str
    source: str
    form: str  # bare | keyed | text
    pattern: str
    keys: tuple[str, ...] = ()  # keyed: key names the public rule (or the provider's docs) use
    templates: tuple[str, ...] = ()  # text: message templates with {v}
    check: str = ""  # "luhn": the generated value's last digit is made its Luhn check digit (card numbers)


def family(source: str, fid: str, form: str, pattern: str, extra: tuple[str, ...]) -> HeldFamily:
    """A family of ``form``: ``extra`` are its key names (keyed) or its templates (text)."""
    if form == "keyed":
        return HeldFamily(fid, source, form, pattern, keys=extra)
    if form == "text":
        return HeldFamily(fid, source, form, pattern, templates=extra)
    return HeldFamily(fid, source, form, pattern)


class Build(Protocol):
    """A builder of one source's families: ``build(fid, form, pattern, *extra)``."""

    def __call__(self, fid: str, form: str, pattern: str, *extra: str) -> HeldFamily: ...


def builder(source: str) -> Build:
    """The family builder of ``source`` (a round that notes no source paths)."""

    def build(fid: str, form: str, pattern: str, *extra: str) -> HeldFamily:
        return family(source, fid, form, pattern, extra)

    return build


class Families:
    """Builds one source's families of a round and notes where each was read.

    ``source_paths``: ``<source>/<id>`` -> ``<place><where>`` (several sources of one round may
    share one dict).  :meth:`keyed_and_text` and :meth:`prefixed` give the two families of one
    rule: under keys and in lines, or bare and in a request.
    """

    def __init__(self, source: str, place: str = "", source_paths: dict[str, str] | None = None) -> None:
        self.source = source
        self.place = place
        self.source_paths: dict[str, str] = {} if source_paths is None else source_paths

    def family(self, fid: str, form: str, pattern: str, where: str, *extra: str) -> HeldFamily:
        """One family of ``form`` (bare, keyed or text), read at ``where``."""
        self.source_paths[f"{self.source}/{fid}"] = f"{self.place}{where}"
        return family(self.source, fid, form, pattern, extra)

    def keyed_and_text(
        self, fid: str, pattern: str, where: str, keys: tuple[str, ...], *texts: str
    ) -> tuple[HeldFamily, HeldFamily]:
        """A value found by the context before it: under ``keys``, and in the ``texts`` (``<fid>-text``)."""
        return (
            self.family(fid, "keyed", pattern, where, *keys),
            self.family(f"{fid}-text", "text", pattern, where, *texts),
        )

    def by_first_word(
        self, fid: str, pattern: str, word: str, request: str, *examples: str, keys: tuple[str, ...] = ()
    ) -> tuple[HeldFamily, HeldFamily]:
        """:meth:`name_and_word` for a rule read from the file named by the family id's first word
        (``mailjet-api-key`` from ``mailjet.yml``; rounds 54 and 56-59)."""
        return self.name_and_word(fid, pattern, word, f"{fid.split('-')[0]}.yml", request, *examples, keys=keys)

    def name_and_word(
        self, fid: str, pattern: str, word: str, where: str, request: str, *examples: str, keys: tuple[str, ...] = ()
    ) -> tuple[HeldFamily, HeldFamily]:
        """A rule of Kingfisher's usual shape (rounds 46, 49, 53, 54, 56): the provider's name (``word``), a
        credential word near it, the token.

        Keyed under keys holding the name and a credential word (``keys`` where the rule's distance asks
        others); in text, the verifier's request (drawn twice as often), then lines in the shape of the
        rule's examples, the name and word apart, and the name in a sentence.
        """
        up = word.upper()
        keys = keys or (f"{up}_API_KEY", f"{word}_token", f"{word}SecretKey", f"{up}_ACCESS_TOKEN")
        texts = (
            request,
            request,
            *examples,
            f"{word}_key = {{v}}",
            f"{word} private key: {{v}}",
            f"{word.capitalize()} access token {{v}} rotated by ops",
        )
        return self.keyed_and_text(fid, pattern, where, keys, *texts)

    def prefixed(self, fid: str, pattern: str, where: str, *requests: str) -> tuple[HeldFamily, HeldFamily]:
        """A token with a prefix or a shape of its own: bare, and in a request or a log line (``<fid>-request``)."""
        return (
            self.family(fid, "bare", pattern, where),
            self.family(f"{fid}-request", "text", pattern, where, *requests),
        )


_B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# the providers whose name alone is a key ({P}, {p}: round 2's brief)
PROVIDERS_ALONE = (
    "DATADOG",
    "SENDGRID",
    "STRIPE",
    "TWILIO",
    "MAILGUN",
    "POSTMARK",
    "PAGERDUTY",
    "ALGOLIA",
)


def fill(template: str, rng: random.Random) -> str:
    """The template's placeholders but ``{v}``: {u} a user, {name} a resource, {hex20}, {b62_32}, {b64pub}, {P}/{p} a provider."""

    def pick(alphabet: str, n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    provider = rng.choice(PROVIDERS_ALONE)
    return (
        template.replace("{u}", rng.choice(["deploy", "app", "admin", "svc_reports", "jenkins"]))
        .replace("{name}", rng.choice(["acme", "shop-prod", "dev-3a44tw2sa77x73tx", "orders-eu"]))
        .replace("{hex20}", pick("0123456789abcdef", 20))
        .replace("{b62_32}", pick(_B62, 32))
        .replace("{b64pub}", pick(_B62 + "+/", 43) + "=")
        .replace("{P}", provider)
        .replace("{p}", provider.lower())
    )


class Carried(Protocol):
    """What a carrier reads of a family: its form, its key names (keyed) and its templates (text)."""

    @property
    def form(self) -> str: ...
    @property
    def keys(self) -> tuple[str, ...]: ...
    @property
    def templates(self) -> tuple[str, ...]: ...


def carry(
    shim: Family,
    fam: Carried,
    value: str,
    k: int,
    rng: random.Random,
    fill_text: Callable[[str, random.Random], str] = fill,
) -> Sample:
    """The ``k``-th sample of ``fam``: ``value`` in its ``k``-th carrier (a template, a keyed or a bare one)."""
    if fam.form == "text":
        message = fam.templates[k % len(fam.templates)]
        return Sample(shim, fill_text(message, rng).replace("{v}", value), None, value, "text")
    if fam.form == "keyed":
        name, template = _KEYED_CONTEXTS[k % len(_KEYED_CONTEXTS)]
        key = rng.choice(fam.keys)
        if template is None:
            record = {"message": "config", "attributes": {key: value, "service.version": "1.4.2"}}
            return Sample(shim, None, record, value, name)
        text = template.replace("{kc}", _cli_key(key)).replace("{k}", key).replace("{v}", value)
        return Sample(shim, text, None, value, name)
    name, template = _BARE_CONTEXTS[k % len(_BARE_CONTEXTS)]
    if template is None:
        attributes = {"error.detail": f"bad credential {value}", "http.status_code": 401}
        return Sample(shim, None, {"message": "loaded", "attributes": attributes}, value, name)
    return Sample(shim, template.replace("{v}", value), None, value, name)


def samples(seed: int, per_family: int, families: Iterable[HeldFamily]) -> Iterator[tuple[HeldFamily, Sample]]:
    """``per_family`` generated secrets of every family, each in one carrier (seeded by seed, source and id)."""
    for fam in families:
        rng = random.Random(zlib.crc32(f"{seed}/{fam.source}/{fam.id}".encode()))
        shim = Family(fam.id, f"{fam.source}:{fam.id}", fam.form, fam.pattern)
        for k in range(per_family):
            value = generate(fam.pattern, rng)
            yield fam, carry(shim, fam, luhn_completed(value) if fam.check == "luhn" else value, k, rng)


def luhn_completed(value: str) -> str:
    """``value`` with its last digit replaced by the Luhn check digit of the digits before it (separators kept).

    >>> luhn_completed("4916-3385-0728-9460")
    '4916-3385-0728-9469'
    """
    digits = [c for c in value if c.isdigit()]
    last = max(i for i, c in enumerate(value) if c.isdigit())
    total = 0
    for i, ch in enumerate(reversed(digits[:-1])):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return f"{value[:last]}{(10 - total % 10) % 10}{value[last + 1:]}"


def split_by_prefix(
    families: Iterable[HeldFamily], prefixes: tuple[str, ...]
) -> tuple[tuple[HeldFamily, ...], tuple[HeldFamily, ...]]:
    """The families whose id starts with one of ``prefixes`` (a round's known or new providers), and the others."""
    families = tuple(families)
    matching = tuple(f for f in families if f.id.startswith(prefixes))
    return matching, tuple(f for f in families if f not in matching)


def held_keys(fam: HeldFamily, sample: Sample, apart: Sequence[str] = ()) -> list[str]:
    """``source/<s>`` and ``family/<s>/<id>``; ``all``, ``form/<f>`` and ``context/<c>`` unless the source is ``apart``."""
    keys = [f"source/{fam.source}", f"family/{fam.source}/{fam.id}"]
    if fam.source not in apart:
        keys += ["all", f"form/{fam.form}", f"context/{sample.context}"]
    return keys


def tally(
    pairs: Iterable[tuple[F, Sample]],
    redactor: Redactor,
    keys: Callable[[F, Sample], list[str]],
) -> Found:
    """Found/total per key of every (family, sample): found when ``redactor`` removes the secret."""
    found: Found = defaultdict(lambda: [0, 0])
    for fam, sample in pairs:
        ok = _removed(redactor, sample)
        for key in keys(fam, sample):
            found[key][0] += ok
            found[key][1] += 1
    return found


def round_parser(doc: str | None, seed: int, per_family: int = 7) -> argparse.ArgumentParser:
    """A round's command line: ``--seed`` and ``--per-family``, its docstring as the description."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--per-family", type=int, default=per_family)
    return parser


def add_no_old(parser: argparse.ArgumentParser) -> None:
    """The ``--no-old`` switch of the rounds that also print the public-format corpus."""
    parser.add_argument("--no-old", action="store_true", help="skip the existing corpus and innocents")


def print_existing_corpus(redactor: Redactor, held: bool = False) -> None:
    """The public-format corpus's recall (``held``: with its held families apart) and its innocents touched."""
    fig = measure(redactor)
    on, ot = fig.found["all"]
    if held:
        hn, ht = fig.found["held"]
        print(f"existing public-format corpus: {on}/{ot} = {on / ot:.2%} (held families {hn}/{ht})")
    else:
        print(f"existing public-format corpus: {on}/{ot} = {on / ot:.2%}")
    tn, tt = fig.innocents_touched()
    print(f"innocents touched: {tn}/{tt}")
    for line in fig.touched_examples:
        print("  ", line[:200])


@dataclass(frozen=True)
class HeldOutRound:
    """One held-out round: what it measures and how its command line prints it.

    ``name`` heads the printed lines (``round-16``); ``note`` follows the seed in the first
    (``strict``); ``loose`` adds the loose figure per key; ``groups`` are printed apart;
    ``apart`` are sources counted on their own and not in ``all`` (round 2's ``brief``);
    ``old_corpus`` also prints the public-format corpus unless ``--no-old``.
    """

    name: str
    doc: str | None
    seed: int
    families: tuple[HeldFamily, ...]
    lookalikes: Callable[[], list[tuple[str, str]]] | None = None
    source_paths: dict[str, str] = field(default_factory=dict)
    groups: dict[str, Sequence[HeldFamily]] = field(default_factory=dict)
    per_family: int = 7
    note: str = "strict"
    loose: bool = True
    apart: tuple[str, ...] = ()
    old_corpus: bool = False

    def samples(self, seed: int | None = None, per_family: int | None = None) -> Iterator[tuple[HeldFamily, Sample]]:
        """``per_family`` generated secrets of every family, each in one carrier (seeded)."""
        return samples(self._seed(seed), self._per_family(per_family), self.families)

    def run(
        self, seed: int | None = None, per_family: int | None = None, redactor: Redactor | None = None
    ) -> Found:
        """Found/total per key: ``all``, ``source/<s>``, ``form/<f>``, ``context/<c>``, ``family/<s>/<id>``."""
        return tally(
            self.samples(seed, per_family),
            redactor or Redactor(),
            lambda fam, sample: held_keys(fam, sample, self.apart),
        )

    def main(self) -> None:
        """The round's command line: its recall, per group and key, and its lookalikes touched."""
        parser = round_parser(self.doc, self.seed, self.per_family)
        if self.source_paths:
            parser.add_argument("--sources", action="store_true", help="list each family's source path")
        if self.old_corpus:
            add_no_old(parser)
        args = parser.parse_args()
        redactor = Redactor()
        found = self.run(args.seed, args.per_family, redactor)
        n, total = found["all"]
        note = f", {self.note}" if self.note else ""
        print(
            f"{self.name} held-out formats: {len(self.families)} families, {n}/{total} = {n / total:.2%} (seed {args.seed}{note})"
        )
        if self.loose:
            self._print_loose(args.seed, args.per_family, redactor)
        for group, fams in self.groups.items():
            keys = [f"family/{f.source}/{f.id}" for f in fams]
            print(f"  group {group:<10} {sum(found[k][0] for k in keys)}/{sum(found[k][1] for k in keys)}")
        print_found(found)
        if self.lookalikes is not None:
            self._print_lookalikes(redactor, self.lookalikes())
        if self.old_corpus and not args.no_old:
            print_existing_corpus(redactor)
        if self.source_paths and args.sources:
            for key, path in sorted(self.source_paths.items()):
                print(f"  {key:<44} {path}")

    def _print_loose(self, seed: int, per_family: int, redactor: Redactor) -> None:
        with loose_measure():
            loose = self.run(seed, per_family, redactor)
        print(
            "  loose (the whole string gone): "
            + ", ".join(f"{key} {loose[key][0]}/{loose[key][1]}" for key in sorted(loose) if not key.startswith("family/"))
        )

    def _print_lookalikes(self, redactor: Redactor, innocents: list[tuple[str, str]]) -> None:
        touched = [text for _, text in innocents if redactor.redact_text(text) != text]
        print(f"{self.name} lookalikes touched: {len(touched)}/{len(innocents)}")
        for text in touched[:5]:
            print("  ", text[:200])

    def _seed(self, seed: int | None) -> int:
        return self.seed if seed is None else seed

    def _per_family(self, per_family: int | None) -> int:
        return self.per_family if per_family is None else per_family
