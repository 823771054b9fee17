"""An eleventh held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round11 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends.  The rule that chose
the files, written here before any of them was read (round 10's rule, its counts brought
up to date): the trufflehog detector files named by the ``SOURCE_PATHS`` of rounds 5-10
(179 files, 175 names) are counted by first letter: a 4, b 2, c 6, d 2, e 21, f 3, g 3,
h 19, i 5, j 6, k 9, l 3, m 3, n 24, o 16, p 6, q 3, r 2, s 7, t 3, u 11, v 15, w 1, x 1,
y 3, z 1.  w and z, which round 10 left for a later round, are taken first; then the
letters with the fewest files, ties alphabetically (x, then b, d, r), each letter whole,
until 25-35 files; a letter that would carry the count past 35 is left for a later round.
A file is unread when its detector is in trufflehog's default list
(``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
counted) and neither an earlier round's ``SOURCE_PATHS`` nor
:mod:`tests.unit.redact.public_formats`' trufflehog lists name it.  w gives 15
(walkscore, weatherbit, weatherstack, web3storage, webex, webscraper, webscraping,
websitepulse, weightsandbiases, whoxy, wiz, worksnaps, workstack, worldcoinindex,
worldweather; webflow, wistia and wrike read by the public-format corpus, wepay by an
earlier round and commented out of the list); z gives 11 (zendeskapi, zenkitapi, zenrows,
zenscrape, zenserp, zerotier, zipapi, zipbooks, zipcodeapi, zipcodebase, zonkafeedback;
zeplin, zerobounce and zulipchat, which the public-format corpus lists as ``zulip``, read
before, zohocrm by round 5): 26 files, inside 25-35, so no further letter is taken (x
would give none: xai was read by round 10).  Each file was read as the index stores it
(one version, not always the newest).

One of these files is of a provider an earlier set already has: Zendesk (gitleaks'
``zendesk-secret-key`` in :mod:`tests.unit.redact.public_formats`).  It stays, as the rule
asks, and the figure is printed for it apart (group ``known``) and for the others (``new``).

Two shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round10`:

prefixed
    web3.storage's token, a JWT whose header is always the same (HS256, typ JWT): bare, in
    round 2's seven bare carriers, and in the verifier's request.  Its payload is written
    100 to 300 characters after ``eyJ`` and its signature 25 to 100, the last a letter or
    digit (the detector's closing ``\\b``);
keyword near token
    the provider's name at most 40 characters before a token of a given alphabet and
    length; ``keyed`` (a provider-named key) and ``text`` (the verifier's request with the
    token in its query, header, path, form body, JSON body or basic credentials, then prose
    with and without a credential word).  Where a detector pairs two parts the family is
    the secret one and the other part is written into the request: Webex's client secret
    (with its ``C`` and 64 hex client id), Wiz's 64-character client secret (with its
    53-character client id), WebsitePulse's key (with a user name), Zendesk's token (with an
    e-mail and ``<name>.zendesk.com``), ZipBooks' password (with an e-mail; the detector's
    open-ended run written 8 to 32 characters, the first a letter or digit).  ZipAPI's
    detector also pairs an e-mail and a password with its key; the family is the key.  The
    keywords of Weights & Biases and Zonka Feedback are ``wandb`` and ``zonka``, their
    families use them; Zenserp's class ``[0-9a-z-]`` is written with a letter or digit at
    both ends (the detector's ``\\b``).

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 67, 7 per
family, rules as of commit 2100892, the last change to pipeline/redact, run at 855d0d4;
the module written and run once, nothing tuned): **337/364 = 92.58%** (prefixed 14/14,
keyword-near-token 323/350; the provider an earlier set has 14/14, new providers 323/350;
by carrier: bare 7/7, keyed 169/175, text 161/182).  Missed, by family: keyed Weights &
Biases 6/7, Wiz 4/7, ZeroTier 6/7 and Zonka 6/7; in text Weights & Biases 4/7, Wiz 4/7,
Worksnaps 5/7, Zenserp 6/7, ZeroTier 4/7, ZipBooks 3/7, ZipCodeAPI 5/7 and Zonka 4/7; the
other families 7/7.  The round-11 lookalikes: 0/600 touched.  Seeds 7 and 99, same rules:
339/364 = 93.13%, 337/364 = 92.58%.

The held-out figure is printed again by running this module against the rules of the
commit that adds it::

    git worktree add --detach /tmp/r11base a145755
    cd /tmp/r11base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round11

Any figure measured after that is in-sample.  After the round-11 rules (the keywords
``wandb``, ``zerotier`` and ``zonka`` added to the providers list, ``wiz`` as a weak name;
``<name>_KEY`` for a name the list lacks holds a credential when its value mixes cases and
digits and reads as random; the key as the user of ``-u`` whatever the password; a key as a
path segment of a URL whose host names a provider; ``!@#$%^`` inside a token after a
provider's name; random lower-case tokens richer in vowels than most read as random):
**363/364 = 99.73%** (seeds 7 and 99: 99.45%, 100.00%; prefixed 14/14, keyword-near-token
349/350; bare 7/7, keyed 175/175, text 181/182), the round-11 lookalikes 0/600 (1/9000 at
seeds 1, 2 and 3 with 3,000: a NuGet ``oy2`` key read inside a web3.storage content id, as
with the rules before this round).  Left: ZipBooks' passwords of fewer than 12 characters
(``1PY@gffdy9E``; at seed 7 ``c01LcmGrsK`` and ``eqYksAun``), which a provider's name before
them does not tell from a word or an id.  Since commit 66fdd54 (round 12's session) a password of
8 to 11 characters with ``!@#$%^`` in it that mixes cases and digits is taken: **364/364** at
seed 67 (362/364 at seed 7: the two without a symbol stay; 364/364 at 99).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round11 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

_HEX_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# fixed other parts of two-part credentials (ids, not the secret measured)
_WEBEX_CLIENT_ID = "Ceee65f53e9421ce50211670eae679f02e8d28a79023c39c200661fccd268a29a"
_WIZ_CLIENT_ID = "q4mzt7xkc2hv9wrn3jdp6sfb8lgy5tqa2zkx7mcr4vhn9wdj3pfs6"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "web3storage",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ[A-Za-z0-9_-]{100,300}\\.[A-Za-z0-9_-]{24,99}[A-Za-z0-9]",
        "web3storage",
        "GET https://api.web3.storage/user/uploads Authorization: Bearer {v}",
        "const client = new Web3Storage({ token: '{v}' })",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "walkscore",
        "[0-9a-z]{32}",
        "walkscore",
        "walkscore",
        "GET https://transit.walkscore.com/transit/search/stops/?lat=47.6101&lon=-122.3420&wsapikey={v}",
    ),
    *_near(
        "weatherbit",
        "[0-9a-z]{32}",
        "weatherbit",
        "weatherbit",
        "GET https://api.weatherbit.io/v2.0/history/airquality?lat=38.0&lon=-78.0&key={v}",
    ),
    *_near(
        "weatherstack",
        "[0-9a-z]{32}",
        "weatherstack",
        "weatherstack",
        "GET https://api.weatherstack.com/current?access_key={v}&query=LA",
    ),
    *_near(
        "webex",
        "[a-f0-9]{64}",
        "webex",
        "webex",
        "POST https://webexapis.com/v1/access_token grant_type=authorization_code&code={b62_32}&client_id="
        + _WEBEX_CLIENT_ID
        + "&client_secret={v}&redirect_uri=http%3A%2F%2Flocalhost%2Fcallback",
    ),
    *_near(
        "webscraper",
        "[a-zA-Z0-9]{60}",
        "webscraper",
        "webscraper",
        "GET https://api.webscraper.io/api/v1/sitemaps?api_token={v}",
    ),
    *_near(
        "webscraping",
        "[0-9A-Za-z]{32}",
        "webscraping",
        "webscraping",
        "GET https://api.webscrapingapi.com/v1?api_key={v}&url=https%3A%2F%2Fexample.com",
    ),
    *_near(
        "websitepulse",
        "[0-9a-f]{32}",
        "websitepulse",
        "websitepulse",
        "GET https://api.websitepulse.com/textserver.php?method=GetContacts&username={u}&key={v}",
    ),
    *_near(
        "weightsandbiases",
        "[0-9a-f]{40}",
        "weightsandbiases",
        "wandb",
        "curl -u api:{v} -X POST https://api.wandb.ai/graphql -d '{\"query\": \"query Viewer { viewer { id username } }\"}'",
    ),
    *_near(
        "whoxy",
        "[0-9a-z]{33}",
        "whoxy",
        "whoxy",
        "GET https://api.whoxy.com/?key={v}&account=balance",
    ),
    *_near(
        "wiz",
        "[a-zA-Z0-9]{64}",
        "wiz",
        "wiz",
        "POST https://auth.app.wiz.io/oauth/token grant_type=client_credentials&audience=wiz-api&client_id="
        + _WIZ_CLIENT_ID
        + "&client_secret={v}",
    ),
    *_near(
        "worksnaps",
        "[0-9A-Za-z]{40}",
        "worksnaps",
        "worksnaps",
        "curl -u {v}:ignored https://api.worksnaps.com/api/projects.xml",
    ),
    *_near(
        "workstack",
        "[0-9a-zA-Z]{60}",
        "workstack",
        "workstack",
        "GET https://app.workstack.io/api/team?api_token={v} Accept: application/json",
    ),
    *_near(
        "worldcoinindex",
        "[a-zA-Z0-9]{35}",
        "worldcoinindex",
        "worldcoinindex",
        "GET https://www.worldcoinindex.com/apiservice/ticker?key={v}&label=ethbtc-ltcbtc&fiat=btc",
    ),
    *_near(
        "worldweather",
        "[0-9a-z]{31}",
        "worldweather",
        "worldweather",
        "GET https://api.worldweatheronline.com/premium/v1/search.ashx?query=LA&key={v}",
    ),
    *_near(
        "zendeskapi",
        "[A-Za-z0-9_-]{40}",
        "zendeskapi",
        "zendesk",
        "curl -u ops@acme.io/token:{v} https://{name}.zendesk.com/api/v2/users.json",
    ),
    *_near(
        "zenkitapi",
        "[0-9a-z]{8}-[0-9A-Za-z]{32}",
        "zenkitapi",
        "zenkit",
        "GET https://base.zenkit.com/api/v1/users/me Zenkit-API-Key: {v}",
    ),
    *_near(
        "zenrows",
        "[0-9a-f]{40}",
        "zenrows",
        "zenrows",
        "GET https://api.zenrows.com/v1/?apikey={v}&url=https://httpbin.org/anything",
    ),
    *_near(
        "zenscrape",
        _HEX_UUID,
        "zenscrape",
        "zenscrape",
        "GET https://app.zenscrape.com/api/v1/get?url=http://www.example.com apikey: {v}",
    ),
    *_near(
        "zenserp",
        "[0-9a-z][0-9a-z-]{34}[0-9a-z]",
        "zenserp",
        "zenserp",
        'GET https://app.zenserp.com/api/v2/search?q="test"&apikey={v}',
    ),
    *_near(
        "zerotier",
        "[0-9a-zA-Z]{32}",
        "zerotier",
        "zerotier",
        "GET https://api.zerotier.com/api/v1/network Authorization: token {v}",
    ),
    *_near(
        "zipapi",
        "[0-9a-z]{32}",
        "zipapi",
        "zipapi",
        "GET https://service.zipapi.us/zipcode/90210/?X-API-KEY={v}",
    ),
    *_near(
        "zipbooks",
        "[a-zA-Z0-9][a-zA-Z0-9!=@#$%^]{7,31}",
        "zipbooks",
        "zipbooks",
        'POST https://api.zipbooks.com/v2/auth/login {"email": "ops@acme.io", "password": "{v}"}',
    ),
    *_near(
        "zipcodeapi",
        "[a-zA-Z0-9]{64}",
        "zipcodeapi",
        "zipcodeapi",
        "GET https://www.zipcodeapi.com/rest/{v}/distance.json/71601/72959/mile",
    ),
    *_near(
        "zipcodebase",
        _HEX_UUID,
        "zipcodebase",
        "zipcodebase",
        "GET https://app.zipcodebase.com/api/v1/search?codes=10005,10006 apikey: {v}",
    ),
    *_near(
        "zonkafeedback",
        "[A-Za-z0-9]{36}",
        "zonkafeedback",
        "zonka",
        "GET https://app-us1.zonkafeedback.com/responses?page=1&limit=25 Z-API-TOKEN: {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("zendeskapi",)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound("round-11", __doc__, 67, FAMILIES, lookalikes, SOURCE_PATHS, groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
