"""A forty-seventh held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round47 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a keyword
list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32, 34-36, 38,
39, 41, 42 and 44 read them.  The rule that chose the files, written here before any of them was
read (round 44's rule continued, its files now counted as read; rounds 33, 37, 40, 43 and 45,
from other sources, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` (rounds 2-45)
   and the detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are
   counted by the first letter of the detector's folder (a corpus name no round's folder
   covers counted once): x 1, q 3, y 5, j 7, k 12, u 14, z 15, v 18, o 19, w 19, h 21, e 22,
   i 22, n 25, l 26, r 32, b 36, g 38, f 39, d 41, m 44, t 49, p 60, a 82, c 83, s 107 (764
   files by rounds' ``SOURCE_PATHS``, 77 names in the corpus' lists);
2. round 44 named o and w (19), then h (21) as the next letters.  Recounted against
   trufflehog's default list (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds
   24-44 used, the detectors its ``buildDetectorList`` builds, each version of a versioned
   detector a file): the list builds 834 files and **every one is read**: o's 18, w's 18 and
   h's 21 (hubspot_apikey v1 and v2) by rounds' ``SOURCE_PATHS`` and the corpus (omnisend,
   openweather, webflow, wistia, wrike, harvest and hunter by the corpus), and every other
   letter likewise (deno as the corpus' ``denodeploy``, round 29's reading; squareup read by
   round 39, which took no family from it and so names no ``SOURCE_PATHS`` for it).  Round 44's
   rule therefore takes no file;
3. this round widens rule 4 of round 44 by one step: the detectors ``buildDetectorList`` at
   0011995 names but comments out (disabled for an API's issue or false positives: 28 lines,
   abstract, adobeio, alconost, apollo, artifactory, azurefunctionkey, blocknative, dailyco,
   debounce, generic, getemail, getemails, hive, ibmclouduserkey, linemessaging, m3o, magnetic,
   manifest, mixpanel, nasdaqdatalink, raven, restpack, rockset, sparkpost, spotifykey,
   toggltrack, wepay, zapierwebhook) are files of the list too; one is unread when no earlier
   round's ``SOURCE_PATHS`` nor the corpus' lists name it (a corpus name shorter than the
   folder's, as ``spotify`` for spotifykey, names that folder).  Wepay (a round's
   ``SOURCE_PATHS``), abstract and spotifykey (the corpus) are read, so **25 are unread**;
4. the letters in order of their count in rule 1, fewest first, ties in alphabetical order,
   each letter's unread files in alphabetical order of their path, until the round holds 35
   files; the letter where the round reaches 35 would be cut there and its rest named.  The 25
   are fewer than 35, so all are taken, none cut: z (zapierwebhook), h (hive), i
   (ibmclouduserkey), n (nasdaqdatalink), l (linemessaging), r (raven, restpack, rockset), b
   (blocknative), g (generic, getemail, getemails), d (dailyco, debounce), m (m3o, magnetic,
   manifest, mixpanel), t (toggltrack), a (adobeio, alconost, apollo, artifactory,
   azurefunctionkey), s (sparkpost).  No further source is taken in this round: detector
   folders the index stores that 0011995's list does not name at all (newer detectors, as the
   corpus' ``openrouter``) are left for a later round's rule;
5. families as rounds 10, 11, 24-32, 34-36, 38, 39, 41, 42 and 44 built them: a token with a
   prefix or a shape of its own a bare family and one in the verifier's request; a
   keyword-near-token detector a keyed family (a provider-named key) and a text family (the
   verifier's request with the token, then prose with and without a credential word); where a
   detector pairs two parts the family is the secret one and the other part is written into the
   request; a file whose match is public by design (an id a page embeds) or that matches no
   credential of a provider of its own (a generic detector) gives no family, as round 39's
   squareup;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 251 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 251 appears in round 27's families only as an IP address's last octet), 7 samples per
family, round 2's carriers; seeds 7 and 99 are printed too.  Each file is read as the index
stores it (one version, not always the newest).

The rule applied (listing only: defaults.go as the index stores it, commit 0011995, the same as
rounds 24-44's; the read names recounted from rounds 2-45's ``SOURCE_PATHS`` and the corpus' two
trufflehog lists; of the 25 folders, adobeio's, generic's and mixpanel's were listed in the index
before the rule was committed, each holding its ``<name>.go``, the other 22 files found when they
were read): **25 files, none left** of the commented-out detectors.

Taken (25): zapierwebhook, hive, ibmclouduserkey, nasdaqdatalink, linemessaging, raven,
restpack, rockset, blocknative, generic, getemail, getemails, dailyco, debounce, m3o, magnetic,
manifest, mixpanel, toggltrack, adobeio, alconost, apollo, artifactory, azurefunctionkey,
sparkpost.  One gives no family by rule 5: generic (16-64 printable characters after pass,
token, cred, secret or key, with no provider of its own; its class is what every round's
keyed carriers already measure).  24 files give 48 families, 336 samples a seed.

Nine providers an earlier round or the public-format corpus already has: Zapier (round 16's
webhook URL), IBM Cloud (round 14's API key), LINE (round 27's linenotify), Restpack (round 25's
two detectors), Blocknative (round 4), Adobe (round 13's client secret), Apollo (round 17),
Artifactory (rounds 2, 15, 19, 23 and 43) and Azure (many rounds; not its Functions key).  Group
``known`` is the families whose id starts with zapier, ibm, line, restpack, blocknative,
adobeio, apollo, artifactory or azure.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round44`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request: Zapier's catch-hook URL (``https://hooks.zapier.com/hooks/catch/``
    and the detector's 16 of ``[A-Za-z0-9/]``, written as issued: 7 digits, ``/``, 7 lower-case
    letters and digits, ``/``);
keyword near token
    as round 44's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request: Hive's
    32 lower-case letters and digits (its 17-character user id in the query), GetEmails' 26 of
    ``[a-z0-9-]`` (its 18-character id in ``api-id:``), Mixpanel's service-account secret (32;
    the detector's 32 of ``[a-zA-Z0-9-]`` written without ``-``, its user in ``curl -u``),
    Adobe's 32 lower-case letters and digits (its product id in ``x-product:``), the Azure
    Functions key (the detector's 20-56 of ``[a-zA-Z0-9_-]`` and up to two ``=`` written as
    issued, 54 and ``==``; the function's URL in the request; keyword ``azure``).  Artifactory's
    73 or 64 letters and digits are written as its API key as issued (``AKCp`` and 69; the
    detector asks no prefix, its keyword ``artifactory``; its host ``<name>.jfrog.io`` in the
    request).  Blocknative's and Magnetic's UUIDs (``[0-9Aa-f]``, ``[0-9Aa-z]``) are written as
    hex UUIDs, Manifest's 32 of ``[a-zA-z0-9]`` (a range taking ``[\\]^_`` and the backquote) as
    32 letters and digits, Toggl's and Alconost's 32 of ``[0-9Aa-z]`` as lower-case letters and
    digits.  The ``\\b``-closed classes holding ``-``, ``_``, ``+`` or ``/`` (IBM's 44 of
    ``[A-Za-z0-9_-]``, Nasdaq's 20 of ``[a-zA-Z0-9_-]``, LINE's 171-172 of ``[A-Za-z0-9+/]``,
    written as 172, Raven's 16 of ``[A-Z0-9-]``, GetEmail's 20 of ``[a-zA-Z0-9-]``) are written
    with first and last character a letter or digit.  Requests sending ``Basic`` of ``<key>:``,
    ``<key>:api_token`` or ``<user>:<secret>`` are written as ``curl -u`` (Alconost, Toggl,
    Mixpanel).  The families' words are the detectors' keywords: ``ibm``, ``nasdaq``, ``line``,
    ``daily``, ``toggl``, ``adobe``, ``azure``.  Hive, line, raven, daily, debounce, magnetic,
    manifest and apollo are everyday or engineering words (Apache Hive, a container manifest,
    the Apollo GraphQL client).

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 251, 7 per family,
rules as of main b05dcbb (their last change round 45's, 00646d5), run at the round's branch r47
plus this module and its lookalikes; run once, nothing tuned): strict **278/336 = 82.74%**,
loose 278/336 (prefixed 14/14, near 264/322; the providers an earlier set has 114/126, new
providers 164/210; by carrier: bare 7/7, keyed 156/161, text 115/168).  Seeds 7 and 99, same
rules: 280/336 = 83.33% each.  Missed at seed 251, by family: a provider's name in prose before
its token, after ``<Name> client configured:`` and ``<name>:`` (3/7 missed each, and after
``<name> api key`` too where noted): Hive's 32, IBM's 44, Nasdaq's 20, LINE's 172, Raven's 16
upper-case (and after ``api key``, 5/7), GetEmail's 20 and GetEmails' 26 (and after ``api
key``, 4/7 each), Daily's 64 hex, Debounce's 13 (every text sample, 7/7, its request's
``?api=`` too), M3O's 48, Magnetic's UUID, Manifest's 32, Toggl's 32, Adobe's 32, Apollo's 22
(names not in the providers list, most of them words); short keys under a provider-named key:
Raven's 16 upper-case under ``RAVEN_KEY`` (2/7: a log line and JSON), Debounce's 13 under
``DEBOUNCE_KEY`` (1/7); M3O's 48 under ``"M3O_KEY"`` in JSON (1/7) and Magnetic's UUID under
``MAGNETIC_KEY`` (1/7).  At seeds 7 and 99 the same families (Debounce's keyed 3 of 14, Raven's
3, M3O's 2 in logfmt, Magnetic's 2).  The round-47 lookalikes: 14/600 touched at seed 251, 23
and 25 at corpus seeds 7 and 99, of three kinds: ``ibmcloud login --apikey @~/.bluemix/
apikey.json`` (cli-credential-option takes the ``@``-file reference), ``Authorization: Bearer
{channel access token}`` (authorization-header takes ``{channel``) and ``curl -u
$TOGGL_API_TOKEN:api_token`` (cli-user-password takes Toggl's fixed password word).

``python -m tests.unit.redact.heldout_round47 --seed 251/7/99``; the lookalikes at other corpus
seeds by ``innocents_round47.lookalikes(seed, count)`` run through the default library.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r47)::

    git worktree add --detach /tmp/r47base be45b49  # on the round's branch r47
    cd /tmp/r47base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round47

Any figure measured after that is in-sample.  After the round-47 rules (33155e4 on r47; no rule
added, 457 rules, 456 on by default): Hive, Nasdaq, LINE, Raven, Daily, Debounce, Magnetic and
Manifest (words and an exchange, not in the providers list), IBM and M3O (names of three
letters, which near names do not take) and GetEmail, GetEmails, Toggl, Adobe and Apollo (kept
out of free text as names) are weak names, with their keys' own shapes where a random mix is not
theirs (Hive's, Toggl's and Adobe's 32 lower-case letters and digits with a letter beyond hex,
GetEmails' 26 with ``-``, Raven's 16 upper-case letters and digits, Debounce's 13 mixing cases,
Daily's 64 hex, Magnetic's hex UUID); and three guards from the round's lookalikes (a credential
option's value ``@`` and a path, a file the tool reads; two or more words in braces after a
scheme, the docs' slot; ``api_token`` or ``api_key`` as the password of ``-u``, the fixed word of
an API that takes its key as the user): **331/336 = 98.51%** strict, 331/336 loose (prefixed
14/14, near 317/322; known 126/126, new 205/210; bare 7/7, keyed 161/161, text 163/168); seeds 7
and 99: 332/336 = 98.81% each.  The keyed misses (``RAVEN_KEY``, ``MAGNETIC_KEY``, ``"M3O_KEY"``)
are found once the names are weak names, no key rule changed.  The round-47 lookalikes: 0/600
at corpus seeds 251, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3 (b05dcbb's rules touch 91, 76
and 103 of them); every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` on b05dcbb and on 33155e4: all 229 lines identical; round 47
is not printed there, round 46 not being on main); every round's lookalikes at seeds 1-3, 3000
each: the same 3 touched on both (rounds 5, 11 and 12).  ``sightline bench redact --records
60000`` (b05dcbb and 33155e4 alternated, 6 pairs, CPU records/s; the machine shared, load 1.6-2.1
on 2 cores): without secrets 171,506 / 158,972, 165,511 / 162,239, 167,535 / 168,043, 163,511 /
165,937, 173,075 / 173,409, 156,290 / 156,610 (medians 166,523 and 164,088), with secrets 12,160 /
12,581, 12,102 / 12,312, 12,751 / 12,753, 12,867 / 12,282, 13,415 / 12,290, 11,886 / 11,917
(medians 12,456 and 12,301): within the noise (60,446 replacements each).

Left: random-reading edge cases the randomness tests turn away (GetEmail's 20 with no digit or
many vowels, one GetEmails 26, one Toggl 32, one Raven 16 of many vowels), Debounce's 13 when
they are letters alone (no token by :func:`pipeline.redact.validators._token_value` at that
length), its request's ``?api=<key>`` (``api`` names no credential) and its key in a record's
``DEBOUNCE_KEY`` (once each at seeds 7 and 99).  Trufflehog's default list at 0011995 is whole and its commented-out
detectors too; the detector folders the index stores that the list does not name (newer
detectors, as the corpus' ``openrouter``) are what a later trufflehog round's rule would take.

The round was built on branch r47: 7042a09 (the rule), be45b49 (the measurement), 33155e4 (the
rules) and the commit adding these figures (00fa063, corrected by 1705e3f).  Cherry-picked onto main
after round 46 (built beside it from the same base, b05dcbb) they are 6059032, 46c37cf, ca9a32a,
9eb199a and a9bc54a; on main, ``python -m tests.unit.redact.figures --seeds`` prints this round at
331/336, round 46 at 154/154, the labeled corpus at 9996/10000 and every earlier line as before.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round47 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, users, hosts: not the secret measured)
_HIVE_USER = "Xk7Qm2Rb9Tn4Wp8Lc"
_GETEMAILS_ID = "k7q2m9p4r6t1v8w3zb"
_MIXPANEL_USER = "acme-export.9f1c2e.mp-service-account"
_ADOBE_PRODUCT = "AcmeStock1.0"
_FUNCTION_URL = "https://acme-orders.azurewebsites.net/api/HttpTrigger1"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "zapier-webhook",
        "https://hooks\\.zapier\\.com/hooks/catch/[0-9]{7}/[a-z0-9]{7}/",
        "zapierwebhook",
        "POST {v} Content-Type: application/json",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "hive",
        "[0-9a-z]{32}",
        "hive",
        "hive",
        "GET https://app.hive.com/api/v1/testcredentials?user_id=" + _HIVE_USER + "&api_key={v}",
    ),
    *_near(
        "ibm-cloud-user-key",
        "[A-Za-z0-9][A-Za-z0-9_-]{42}[A-Za-z0-9]",
        "ibmclouduserkey",
        "ibm",
        "POST https://iam.ng.bluemix.net/identity/token Content-Type: application/x-www-form-urlencoded"
        " apikey={v}&grant_type=urn%3Aibm%3Aparams%3Aoauth%3Agrant-type%3Aapikey",
    ),
    *_near(
        "nasdaq",
        "[a-zA-Z0-9][a-zA-Z0-9_-]{18}[a-zA-Z0-9]",
        "nasdaqdatalink",
        "nasdaq",
        "GET https://data.nasdaq.com/api/v3/datasets/FRED/GDP.csv?api_key={v}&collapse=annual&rows=6&order=asc",
    ),
    *_near(
        "line-messaging",
        "[A-Za-z0-9][A-Za-z0-9+/]{170}[A-Za-z0-9]",
        "linemessaging",
        "line",
        "GET https://api.line.me/v2/bot/info Authorization: Bearer {v}",
    ),
    *_near(
        "raven",
        "[A-Z0-9][A-Z0-9-]{14}[A-Z0-9]",
        "raven",
        "raven",
        "GET https://api.raventools.com/api?key={v}&method=profile_info&format=json",
    ),
    *_near(
        "restpack",
        "[a-zA-Z0-9]{48}",
        "restpack",
        "restpack",
        "GET https://restpack.io/api/screenshot/usage?access_token={v}",
    ),
    *_near(
        "rockset",
        "[a-zA-Z0-9]{64}",
        "rockset",
        "rockset",
        "GET https://api.rs2.usw2.rockset.com/v1/orgs/self/queries Authorization: ApiKey {v}",
    ),
    *_near(
        "blocknative",
        _HEX_UUID,
        "blocknative",
        "blocknative",
        "GET https://api.blocknative.com/gasprices/blockprices Authorization: {v}",
    ),
    *_near(
        "getemail",
        "[a-zA-Z0-9][a-zA-Z0-9-]{18}[a-zA-Z0-9]",
        "getemail",
        "getemail",
        "GET https://api.getemail.io/v1/find-mail?firstname=Ada&lastname=Lovelace&domain=acmeledger.io&api_key={v}",
    ),
    *_near(
        "getemails",
        "[a-z0-9][a-z0-9-]{24}[a-z0-9]",
        "getemails",
        "getemails",
        "GET https://api.getemails.com/api/v1/contacts api-key: {v} api-id: " + _GETEMAILS_ID,
    ),
    *_near(
        "dailyco",
        "[0-9a-f]{64}",
        "dailyco",
        "daily",
        "GET https://api.daily.co/v1/rooms Authorization: Bearer {v}",
    ),
    *_near(
        "debounce",
        "[a-zA-Z0-9]{13}",
        "debounce",
        "debounce",
        "GET https://api.debounce.io/v1/?api={v}&email=ops@acmeledger.io",
    ),
    *_near(
        "m3o",
        "[0-9A-Za-z]{48}",
        "m3o",
        "m3o",
        "POST https://api.m3o.com/v1/weather/Forecast Content-Type: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "magnetic",
        _HEX_UUID,
        "magnetic",
        "magnetic",
        "GET https://app.magnetichq.com/Magnetic/rest/accountsAPI/itemTypes?token={v}",
    ),
    *_near(
        "manifest",
        "[a-zA-Z0-9]{32}",
        "manifest",
        "manifest",
        "GET https://api.manifest.ly/api/v1/checklists/?api_key={v}",
    ),
    *_near(
        "mixpanel",
        "[a-zA-Z0-9]{32}",
        "mixpanel",
        "mixpanel",
        "curl -u " + _MIXPANEL_USER + ":{v} https://mixpanel.com/api/app/me",
    ),
    *_near(
        "toggl",
        "[0-9a-z]{32}",
        "toggltrack",
        "toggl",
        "curl -u {v}:api_token https://api.track.toggl.com/api/v8/me",
    ),
    *_near(
        "adobeio",
        "[a-z0-9]{32}",
        "adobeio",
        "adobe",
        "GET https://stock.adobe.io/Rest/Media/1/Search/Files?locale=en_US x-api-key: {v} x-product: " + _ADOBE_PRODUCT,
    ),
    *_near(
        "alconost",
        "[0-9a-z]{32}",
        "alconost",
        "alconost",
        "curl -u {v}: https://nitro.alconost.com/api/v1/account",
    ),
    *_near(
        "apollo",
        "[a-zA-Z0-9]{22}",
        "apollo",
        "apollo",
        "GET https://api.apollo.io/v1/account_stages?api_key={v}",
    ),
    *_near(
        "artifactory",
        "AKCp[a-zA-Z0-9]{69}",
        "artifactory",
        "artifactory",
        "GET https://acme.jfrog.io/artifactory/api/storageinfo X-JFrog-Art-Api: {v}",
    ),
    *_near(
        "azure-function-key",
        "[A-Za-z0-9][A-Za-z0-9_-]{52}[A-Za-z0-9]==",
        "azurefunctionkey",
        "azure",
        "GET " + _FUNCTION_URL + "?code={v}",
    ),
    *_near(
        "sparkpost",
        "[a-zA-Z0-9]{40}",
        "sparkpost",
        "sparkpost",
        "GET https://api.sparkpost.com/api/v1/account Authorization: {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("zapier", "ibm", "line", "restpack", "blocknative", "adobeio", "apollo", "artifactory", "azure")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-47", __doc__, 251, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
