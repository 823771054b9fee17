"""A ninth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round9 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``, or
``<name>/v<n>/<name>_v<n>.go`` for a versioned detector), each file giving a keyword
list, the token's regex and the request its verifier sends.  How the files were chosen,
so the pick is not a guess at what we would find: the trufflehog detector files the
earlier rounds read (:mod:`tests.unit.redact.public_formats`' trufflehog lists and the
``SOURCE_PATHS`` of every held-out module through round 8: 204 files, 201 names) were
counted by first letter: a 14, b 7, c 15, d 6, e 22, f 4, g 5, h 3, i 8, j 7, k 3, l 5,
m 6, n 25, o 4, p 11, q 3, r 4, s 14, t 6, u 4, v 16, w 4, y 4, z 4 (x has no file
counted and was left out, as in round 8).  The fewest were h, k and q (three each).
Taking the tied letters alphabetically, h gives 18 unread files of trufflehog's default
list (``pkg/engine/defaults/defaults.go``: happyscribe to hypertrack, hubspot_apikey v1
and v2; harvest, hereapi and hunter read before), too few alone, and k adds 8
(kanban, kanbantool, karmacrm, klipfolio, knapsackpro, kontent, kucoin, kylas; keenio
is public_formats' ``keen``, kickbox and klaviyo read before, and kraken was read by
round 5 and left out there): 26 files, inside the 25-35 asked for, so q was left for a
later round.  Each file was read as the index stores it (one version, not always the
newest: the stored Hugging Face detector's verifier calls another provider's URL, so its
request here is Hugging Face's ``whoami-v2``).

Six of these files are of providers an earlier set already has: Harness, Heroku,
HubSpot (both versions), Hugging Face and KuCoin (gitleaks, round 1; Heroku, HubSpot's
``pat-`` and Hugging Face also round 2).  They stay, as the rule asks, and the figure is
printed for them apart (group ``known``) and for the others (``new``).

Two shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round5`:

prefixed
    Harness's ``pat.<22>.<24 hex>.<20>``, HubSpot's ``pat-na1-``/``pat-eu1-`` and
    Hugging Face's ``hf_`` tokens: bare, in round 2's seven bare carriers, and in the
    verifier's request;
keyword near token
    the provider's name at most 40 characters before a token of a given alphabet and
    length; ``keyed`` (a provider-named key) and ``text`` (the verifier's request with
    the token in its header, query, path, JSON body or basic credentials, then prose with
    and without a credential word).  Host.io's keyword is ``host.io`` (keys named
    ``HOSTIO_...``); Honeycomb has two formats (32 hex, 22 letters and digits), KuCoin
    two credentials (the 24-hex key and the UUID secret), each a family; HyperTrack's
    family is its 54-character secret (the 27-character account id is its user).
    Where a detector's class has a stray member (Heroku's ``A`` in ``[0-9Aa-f]``,
    HelloSign's and HelpCrunch's ``Z-0``) the token is written in the class's named
    letters.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 67, 7 per
family, rules as of commit 0605d18, the last change to pipeline/redact, run at d9517e6;
the module written and run once, nothing tuned): **348/392 = 88.78%** (prefixed 36/42,
keyword-near-token 312/350; providers an earlier set has 92/98, new providers 256/294;
by carrier: bare 15/21, keyed 170/175, text 163/196).  Missed, by family: HubSpot's
``pat-na1-`` bare 1/7 (its rule wants HubSpot's name in the text), keyed Holistic 5/7,
Host.io 5/7 and Humanity 6/7, and in text Host.io and both Kanban detectors (2/7
each), Hiveage 3/7, Holistic and Humanity 4/7, HelloSign, Help Scout and Kontent 5/7,
Holiday API and Kylas 6/7; the other families 7/7.  The round-9 lookalikes: 0/600
touched.

The held-out figure is printed again by running this module against the rules of the
commit that adds it::

    git worktree add --detach /tmp/r9base fb961d3
    cd /tmp/r9base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round9

Any figure measured after that is in-sample.  After the round-9 rules (HubSpot's
``pat-na1-``/``pat-eu1-`` token takes letters of both cases in its UUID-shaped body, as the
detector does, and is found glued to words; cli-user-token, a key given as the user of
``-u``/``--user`` with an empty or one-letter password, ``curl -u <key>:`` and
``curl -u <key>:X``, when it reads as a random token; and, for the class round 8
noticed, a PascalCase name with a trailing number, ``PaymentServiceHandler2024``, no
longer reads as a token after ``<provider> api key`` / ``<provider> token``: 43 of the
600 lookalikes were touched before that change): **360/392 = 91.84%** (seeds 7 and 99:
91.84%, 90.82%; prefixed 42/42, keyword-near-token 318/350; known providers 98/98, new
262/294; bare 21/21, keyed 170/175, text 169/196), the round-9 lookalikes 0/600 (0/3000
at seeds 1, 2 and 3).  Left, on purpose or for a later round: the provider's name in
prose or under a key for names not in the providers list (Holistic, Humanity and
Kanban are everyday words, ``host.io``'s name is ``host``; Host.io's and Kanban's keys
are also 14 and 12 characters: 5 keyed and 16 text misses), Kanban Tool's 12 characters
(under the near rules' 16: 5 text), Kontent's key in a URL path (2), a 20-letter Hiveage
key without a digit and one whose letters are a third vowels (2), and lower-case tokens
whose letters read as words (Holiday API, Kylas: 1 each).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round9 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_HEX_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_th, _near, _prefixed = _TRUFFLEHOG.family, _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "harness",
        "pat\\.[A-Za-z0-9]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}",
        "harness",
        "GET https://app.harness.io/ng/api/user/currentUser x-api-key: {v}",
        "harness: {v}",
    ),
    *_prefixed(
        "hubspot-v2",
        "pat-(?:eu|na)1-[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}",
        "hubspot_apikey/v2/hubspot_apikey_v2",
        "GET https://api.hubapi.com/account-info/v3/api-usage/daily/private-apps Authorization: Bearer {v}",
        "const hubspotClient = new hubspot.Client({ accessToken: '{v}' })",
    ),
    *_prefixed(
        "huggingface",
        "hf_[a-zA-Z]{34}",
        "huggingface",
        "GET https://huggingface.co/api/whoami-v2 Authorization: Bearer {v}",
        "huggingface-cli login --token {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "happyscribe",
        "[0-9a-zA-Z]{24}",
        "happyscribe",
        "happyscribe",
        "GET https://www.happyscribe.com/api/v1/transcriptions Authorization: Bearer {v}",
    ),
    *_near(
        "hellosign",
        "[a-zA-Z0-9/+]{64}",
        "hellosign",
        "hellosign",
        "curl -u {v}: https://api.hellosign.com/v3/account",
    ),
    *_near(
        "helpcrunch",
        "[a-zA-Z0-9+/=]{328}",
        "helpcrunch",
        "helpcrunch",
        "GET https://api.helpcrunch.com/v1/departments Authorization: Bearer {v}",
    ),
    *_near(
        "helpscout",
        "[a-z0-9]{40}",
        "helpscout",
        "helpscout",
        "curl -u {v}:X https://docsapi.helpscout.net/v1/collections",
    ),
    *_near(
        "heroku",
        _HEX_UUID,
        "heroku",
        "heroku",
        "GET https://api.heroku.com/apps Accept: application/vnd.heroku+json; version=3 Authorization: Bearer {v}",
    ),
    *_near(
        "hiveage",
        "[0-9A-Za-z_-]{20}",
        "hiveage",
        "hiveage",
        "curl -u {v}: -H 'Accept: application/json' https://acme.hiveage.com/api/network",
    ),
    *_near(
        "holidayapi",
        "[a-z0-9-]{36}",
        "holidayapi",
        "holidayapi",
        "GET https://holidayapi.com/v1/holidays?key={v}&country=PH&year=2020",
    ),
    *_near(
        "holistic",
        "[0-9a-f]{64}",
        "holistic",
        "holistic",
        "GET https://api.holistic.dev/api/v1/project x-api-key: {v}",
    ),
    *_near(
        "honeycomb-classic",
        "[0-9a-f]{32}",
        "honeycomb",
        "honeycomb",
        "GET https://api.honeycomb.io/1/auth X-Honeycomb-Team: {v}",
    ),
    *_near(
        "honeycomb",
        "[0-9a-zA-Z]{22}",
        "honeycomb",
        "honeycomb",
        "GET https://api.honeycomb.io/1/auth X-Honeycomb-Team: {v}",
    ),
    *_near(
        "hostio",
        "[a-z0-9]{14}",
        "host",
        "host.io",
        "GET https://host.io/api/domains/ip/8.8.8.8?token={v}",
        key_word="hostio",
    ),
    *_near(
        "html2pdf",
        "[a-zA-Z0-9]{64}",
        "html2pdf",
        "html2pdf",
        'POST https://api.html2pdf.app/v1/generate {"html": "Helloworld", "apiKey": "{v}"}',
    ),
    *_near(
        "hubspot-v1",
        "[a-zA-Z0-9]{8}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{12}",
        "hubspot_apikey/v1/hubspot_apikey_v1",
        "hubspot",
        "GET https://api.hubapi.com/contacts/v1/lists?hapikey={v}",
    ),
    *_near(
        "humanity",
        "[0-9a-z]{40}",
        "humanity",
        "humanity",
        "GET https://www.humanity.com/api/v2/me?access_token={v}",
    ),
    *_near(
        "hybiscus",
        "[0-9a-zA-Z]{43}",
        "hybiscus",
        "hybiscus",
        "GET https://api.hybiscus.dev/api/v1/get-remaining-quota X-API-KEY: {v}",
    ),
    *_near(
        "hypertrack",
        "[0-9a-zA-Z_-]{54}",
        "hypertrack",
        "hypertrack",
        "curl -u 4kD9xQm2ZpL7wN3vB8tR1yHs6jF:{v} https://v3.api.hypertrack.com/trips/",
    ),
    *_near(
        "kanban",
        "[0-9A-Z]{12}",
        "kanban",
        "kanban",
        "GET https://acme.kanbantool.com/api/v3/users/current.json Authorization: Bearer {v}",
    ),
    *_near(
        "kanbantool",
        "[0-9A-Z]{12}",
        "kanbantool",
        "kanbantool",
        "GET https://acme.kanbantool.com/api/v3/users/current.json Authorization: Bearer {v}",
    ),
    *_near(
        "karmacrm",
        "[a-zA-Z0-9]{20}",
        "karmacrm",
        "karmacrm",
        "GET https://app.karmacrm.com/api/v3/contacts.json?api_token={v}&page=1",
    ),
    *_near(
        "klipfolio",
        "[0-9a-f]{40}",
        "klipfolio",
        "klipfolio",
        "GET https://app.klipfolio.com/api/1.0/users kf-api-key: {v}",
    ),
    *_near(
        "knapsackpro",
        "[0-9a-z]{32}",
        "knapsackpro",
        "knapsackpro",
        "GET https://api.knapsackpro.com/v1/builds?page=1 KNAPSACK-PRO-TEST-SUITE-TOKEN: {v}",
    ),
    *_near(
        "kontent",
        "[a-z0-9-]{36}",
        "kontent",
        "kontent",
        "GET https://deliver.kontent.ai/{v}/items",
    ),
    *_near(
        "kucoin",
        "[0-9a-f]{24}",
        "kucoin",
        "kucoin",
        "GET https://api.kucoin.com/api/v1/accounts KC-API-KEY: {v} KC-API-KEY-VERSION: 2",
    ),
    *_near(
        "kucoin-secret",
        _HEX_UUID,
        "kucoin",
        "kucoin",
        "kucoin client: key=6630a1f2b9c4e70001d2e3f4 secret={v} passphrase=set",
    ),
    *_near(
        "kylas",
        "[a-z0-9-]{36}",
        "kylas",
        "kylas",
        "GET https://api.kylas.io/v1/contacts api-key: {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("harness", "heroku", "hubspot", "huggingface", "kucoin")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound("round-9", __doc__, 67, FAMILIES, lookalikes, SOURCE_PATHS, groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
