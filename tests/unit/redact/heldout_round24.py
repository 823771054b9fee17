"""A twenty-fourth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round24 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 read
them.  The rule that chose the files, written here before any of them was read (round 11's
rule, its counts brought up to date with rounds 11-23):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists
   (``_TRUFFLEHOG_KEYED``, ``_TRUFFLEHOG_BARE``) are counted by the first letter of the
   detector's folder.  Rounds 5-11 name 205 files (201 detectors); rounds 2-4 and 12-23 name
   none (a grep of their modules, round 23's on its branch too: their ``SOURCE_PATHS`` hold
   no trufflehog path); the public-format corpus names 77 detectors, none of them a round's.
   Together: a 14, b 7, c 15, d 6, e 22, f 4, g 5, h 21, i 8, j 7, k 11, l 5, m 6, n 25, o 19,
   p 11, q 3, r 4, s 14, t 6, u 14, v 16, w 19, x 1, y 4, z 15.  (Rounds 10 and 11 counted
   the rounds' paths alone; the public-format corpus is counted here as the brief asks.  The
   rounds' paths alone give a 4, b 2, c 6, d 2, e 21, f 3, g 3, h 19, i 5, j 6, k 9, l 3, m 3,
   n 24, o 16, p 6, q 3, r 2, s 7, t 3, u 11, v 15, w 16, x 1, y 3, z 12.)
2. the letters an earlier round left for later come first: none is left (round 10 left w
   and z, which round 11 took; round 11 took no further letter and left none);
3. then the letters with the fewest files, ties alphabetically: x (1), q (3), f, r, y (4),
   g, l (5), d, m, t (6), b, j (7) ...; each letter whole, until 25-35 files are taken; a
   letter that would carry the count past 35 is left for a later round and the next letter
   in this order is tried;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted) and no earlier round's ``SOURCE_PATHS`` nor the public-format corpus' trufflehog
   lists name it; a detector with versions (``<name>/v1``, ``v2``) counts each version the
   list builds as a file;
5. families as rounds 10 and 11 built them: a token with a prefix or a shape of its own a
   bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 127 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, read after the
rule above was committed and before any detector file): x gives none (xai, read by round
10); q none (qase, qualaroo, qubole, read by round 6); f gives 35 (facebookoauth,
faceplusplus, fastforex, fastlypersonaltoken, feedier, fetchrss, figmapersonalaccesstoken
v1 and v2, fileio, finage, financialmodelingprep, findl, finnhub, fixerio, flatio, flexport,
flickr, flightapi, flightlabs, flightstats, float, flowflu, flutterwave, fmfw, formbucket,
formcraft, formio, formsite, foursquare, frameio, freshbooks, freshdesk, front, fulcrum,
fxmarket; fibery, fleetbase and ftp read by earlier rounds, fullstory v1 and v2 by the
public-format corpus): 35 files, inside 25-35 (the count does not pass 35), so no further
letter is taken (r would give 28, y 1: yandex).

Ten of these files are of providers an earlier set already has: Facebook (round 2, 21 and the
public-format corpus), FastForex (round 12), Fastly, Finnhub, Flickr, Freshbooks (the
public-format corpus's gitleaks rules), Figma (round 15 and Nosey Parker; both versions),
Flutterwave and Frame.io (round 13 and the public-format corpus).  They stay, as the rule
asks, and the figure is printed for them apart (group ``known``) and for the others (``new``).

Two shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round11`:

prefixed
    a token with a prefix or a fixed part of its own, bare in round 2's seven bare carriers
    and in the verifier's request (or a client's constructor): Figma's v2 token (``figd_``;
    the detector writes its prefix as one class, ``fig[d|((u|o)(r|h)?)]_``, read here as the
    alternatives it spells, ``figd_``, ``figu_``, ``figo_``, ``figur_`` ...), Finage's
    ``API_KEY`` and 32 upper-case letters and digits, Flexport's ``shltm_``, Flutterwave's
    ``FLWSECK-<32>-X``, Form.io's JWT with its fixed HS256 header (payload 310 letters and
    digits, signature 43), Frame.io's ``fio-u-``;
keyword near token
    the provider's name at most 40 characters before a token of a given alphabet and
    length; ``keyed`` (a provider-named key) and ``text`` (the verifier's request with the
    token in its query, header, path or basic credentials, then prose with and without a
    credential word).  Where a detector pairs two parts the family is the secret one and the
    other part is written into the request: Facebook's app secret (with its app id),
    Face++'s API secret (with its key), Flightstats' app key (with its 8-character app id),
    FMFW's key (with its 32-character id as the basic user), Foursquare's client secret (with
    its 48-character client id), Formsite's token (with its ``fs<n>`` server and 6-character
    user dir), Freshdesk's key (with ``<name>.freshdesk.com``; the detector wants that host in
    the same text).  Freshbooks' 64 characters are the verifier's ``client_id``; the detector
    takes them as its secret, and so does the family.  The keywords of Fastly, Fixer,
    Flat.io and Flowlu are ``fastly``, ``fixer``, ``flat`` and ``flowflu`` (the detector's
    spelling; the host is ``flowlu.com``); their families use them.  A class the detector
    closes with ``\\b`` and that holds ``-``, ``.``, ``=`` or ``+`` is written with a letter,
    digit or ``_`` at the ends it closes; an open run (FormBucket's three dotted parts, each
    ``+``) is written 20-40, 40-120 and 20-50 characters; a ``.`` the detector leaves
    unescaped between two parts (FlightLabs', Front's, FormBucket's) is written as a dot.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 127, 7 per
family, rules as of commit f19813a, the last change to pipeline/redact, run on branch r24
from 622cccb; the module written and run once, nothing tuned): strict **434/490 =
88.57%**, loose the same (prefixed 69/84, keyword-near-token 365/406; the providers an
earlier set has 131/140, new providers 303/350; by carrier: bare 27/42, keyed 203/203, text
204/245).  Seeds 7 and 99, same rules: 432/490 = 88.16% each (keyed 200/203 and 201/203:
Float's and Front's tokens under a provider-named key in a log line, JSON or a record).
Missed at seed 127, by family: bare Finage's ``API_KEY<32>`` 1/7 and Flexport's ``shltm_``
1/7 (the library knows neither prefix), Figma's v2 token 5/7 (``figd_`` is known,
``figu_``/``figo_``/``figoh_`` are not, and one glued on its right), Form.io's JWT glued on its
left 6/7; in text, prose naming a provider the library's list lacks or whose name is an
everyday word (``<name> client configured: <v>``, ``<name>: <v>``, ``<name> api key <v>``):
Fileio, Findl, Fixer, Flat.io, Flickr, Float and Fulcrum 4/7, Front 2/7, FormCraft 0/7 (its
16 lower-case letters and digits in every template), Fastly, Feedier and Finnhub 6/7; and
request lines: FlightAPI's key as a path segment 5/7, Freshbooks' ``client_id`` 5/7,
Freshdesk's ``curl -u <key>:X`` 6/7; the other families 7/7.  The round-24 lookalikes:
35/600 touched at each seed (the JWT header alone after Form.io's name,
``formio token header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 ...``, 24, taken by
provider-name-near-credential; Flutterwave's public keys ``FLWPUBK-<32 hex>-X`` and
``FLWPUBK_TEST-...``, 11, taken by flutterwave-key).

The held-out figure is printed again by running this module against the rules of the
commit that adds it, rebased on round 23's rules (the same figures: round 23 changed none
of these)::

    git worktree add --detach /tmp/r24base 8c8a4ff  # f03c377 on the round's branch
    cd /tmp/r24base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round24

Any figure measured after that is in-sample.  After the round-24 rules (new:
prefixed-tokens-round24, Finage's ``API_KEY`` glued to 32 upper-case letters and digits and
Flexport's ``shltm_``; figma-pat takes ``figu_``, ``figo_``, ``figur_`` ... besides
``figd_``; fixer, flat, float and front, and findl, flickr, fulcrum and fileio, are weak
provider names, whose token in prose must be one no id, hash, number or name is: mixing
cases and digits, so once base64's and a JWT's ``.+/=`` are dropped too, a UUID's shape with
letters beyond hex (any weak name's), or the name's own shape (Flickr's, Fulcrum's and
Flat.io's lower-case 32, 80 and 128 with letters beyond hex, file.io's upper-case 39); a UUID's
8-4-4-4-12 shape is no resource name; and, for the lookalikes, a JWT's header alone is no
provider's token): **472/490 = 96.33%** strict and loose (prefixed 81/84, near 391/406;
known 136/140, new 336/350; bare 39/42, keyed 203/203, text 230/245); seeds 7 and 99:
473/490 = 96.53% each.  The round-24 lookalikes (Flutterwave's public keys taken out after
the first measurement, see :mod:`tests.unit.redact.innocents_round24`): 24/600 on the rules
before these (0 after), and 134, 131 and 149 of 3000 at seeds 1, 2 and 3 (0 after).  Left:
Finage's key glued to letters on its left or right (``API_KEY`` keeps its boundary:
``MY_API_KEY...`` is a variable's name), Form.io's JWT glued on its left (rule jwt keeps its
boundary), FormCraft's 16 lower-case letters and digits in every template (too short to tell
from an id), FlightAPI's 24 lower-case letters and digits as a path segment
(provider-url-path-token wants 32 or more mixing cases), Freshbooks' ``client_id`` (an OAuth
client id, which the authorize URL shows), and single draws that read as words or hold no
digit (Finnhub's key of words and numbers, Feedier's and FXMarket's without a digit, Fetchrss'
and a Freshdesk curl user of many vowels, one a seed); at seed 7 a
Float key under ``FLOAT_KEY`` in a record (a key named for a provider the list lacks holds a
credential only when it mixes cases and digits without ``.+=``).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round24 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

_HEX36_UUID = "[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}"
# fixed other parts of two-part credentials (ids, not the secret measured)
_FB_APP_ID = "274918305561372"
_FACEPP_KEY = "q7Rk2XbN9vLw4TcZ8mHs1PdY6fGj3UaE"
_FLIGHTSTATS_APP_ID = "3f9a2c71"
_FMFW_ID = "Zx8Kq2mW7rT4vN9bL3cP6hY1dF5gJ0sA"
_FOURSQUARE_ID = "K4QZ7N2W8R1XM5T9B3VY6L0PC2HJ8DS4FG7AE1UQ5ZN3RT6W"
_FORMSITE_USER = "k8Rm2Q"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "figmapersonalaccesstoken-v2",
        "fig(?:d|[uo][rh]?)_[A-Za-z0-9_-]{39}[A-Za-z0-9_]",
        "figmapersonalaccesstoken/v2/figmapersonalaccesstoken_v2",
        "GET https://api.figma.com/v1/me X-Figma-Token: {v}",
        "curl -H 'X-Figma-Token: {v}' https://api.figma.com/v1/files/{name}",
    ),
    *_prefixed(
        "finage",
        "API_KEY[0-9A-Z]{32}",
        "finage",
        "GET https://api.finage.co.uk/symbol-list/crypto?apikey={v}",
        "GET https://api.finage.co.uk/last/stock/AAPL?apikey={v} 200",
    ),
    *_prefixed(
        "flexport",
        "shltm_[0-9a-zA-Z_-]{40}",
        "flexport",
        "GET https://logistics-api.flexport.com/logistics/api/2024-04/webhooks Authorization: Bearer {v}",
        "flexport = Flexport::Client.new(token: '{v}')",
    ),
    *_prefixed(
        "flutterwave",
        "FLWSECK-[0-9a-z]{32}-X",
        "flutterwave",
        "GET https://api.flutterwave.com/v3/subaccounts Authorization: Bearer {v}",
        "const flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, '{v}')",
    ),
    *_prefixed(
        "formio",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.[0-9A-Za-z]{310}\\.[0-9A-Za-z_-]{42}[0-9A-Za-z]",
        "formio",
        "GET https://formio.form.io/current x-jwt-token: {v}",
        "Formio.setToken('{v}');",
    ),
    *_prefixed(
        "frameio",
        "fio-u-[0-9a-zA-Z_-]{63}[0-9a-zA-Z_]",
        "frameio",
        "GET https://api.frame.io/v2/me Authorization: Bearer {v}",
        "frameioclient.FrameioClient(\"{v}\")",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "facebookoauth",
        "[A-Za-z0-9]{32}",
        "facebookoauth",
        "facebook",
        "GET https://graph.facebook.com/" + _FB_APP_ID + "?fields=roles&access_token=" + _FB_APP_ID + "|{v}",
    ),
    *_near(
        "faceplusplus",
        "[0-9a-zA-Z_][0-9a-zA-Z_-]{30}[0-9a-zA-Z_]",
        "faceplusplus",
        "faceplusplus",
        "POST https://api-us.faceplusplus.com/facepp/v3/faceset/getfacesets?api_key=" + _FACEPP_KEY + "&api_secret={v}",
    ),
    *_near(
        "fastforex",
        "[a-z0-9][a-z0-9-]{26}[a-z0-9]",
        "fastforex",
        "fastforex",
        "GET https://api.fastforex.io/fetch-all?api_key={v}",
    ),
    *_near(
        "fastlypersonaltoken",
        "[A-Za-z0-9_][A-Za-z0-9_-]{30}[A-Za-z0-9_]",
        "fastlypersonaltoken",
        "fastly",
        "GET https://api.fastly.com/current_user Fastly-Key: {v}",
    ),
    *_near(
        "feedier",
        "[a-z0-9A-Z]{32}",
        "feedier",
        "feedier",
        "GET https://api.feedier.com/v1/carriers Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "fetchrss",
        "[0-9A-Za-z][0-9A-Za-z.]{38}[0-9A-Za-z]",
        "fetchrss",
        "fetchrss",
        "GET https://fetchrss.com/api/v1/feed/list?auth={v}",
    ),
    *_near(
        "figmapersonalaccesstoken-v1",
        "[0-9]{6}-[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}",
        "figmapersonalaccesstoken/v1/figmapersonalaccesstoken",
        "figma",
        "GET https://api.figma.com/v1/me X-Figma-Token: {v}",
    ),
    *_near(
        "fileio",
        "[A-Z0-9][A-Z0-9.-]{37}[A-Z0-9]",
        "fileio",
        "fileio",
        "GET https://file.io/ Authorization: Bearer {v}",
    ),
    *_near(
        "financialmodelingprep",
        "[a-zA-Z0-9]{32}",
        "financialmodelingprep",
        "financialmodelingprep",
        "GET https://financialmodelingprep.com/api/v3/financial-statement-symbol-lists?apikey={v}",
    ),
    *_near(
        "findl",
        _HEX36_UUID,
        "findl",
        "findl",
        "GET https://api.findl.com/v1.0/query?limit=6 X-API-Key: {v}",
    ),
    *_near(
        "finnhub",
        "[0-9a-z]{20}",
        "finnhub",
        "finnhub",
        "GET https://finnhub.io/api/v1/calendar/economic?token={v}",
    ),
    *_near(
        "fixerio",
        "[A-Za-z0-9]{32}",
        "fixerio",
        "fixer",
        "GET https://data.fixer.io/api/latest?access_key={v}",
    ),
    *_near(
        "flatio",
        "[0-9a-z]{128}",
        "flatio",
        "flat",
        "GET https://api.flat.io/v2/me Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "flickr",
        "[0-9a-z]{32}",
        "flickr",
        "flickr",
        "GET https://www.flickr.com/services/rest/?method=flickr.tags.getHotList&api_key={v}",
    ),
    *_near(
        "flightapi",
        "[a-z0-9]{24}",
        "flightapi",
        "flightapi",
        "GET https://api.flightapi.io/iata/{v}/london/airport",
    ),
    *_near(
        "flightlabs",
        "ey[a-zA-Z0-9]{34}\\.ey[a-zA-Z0-9._-]{299,349}[a-zA-Z0-9]",
        "flightlabs",
        "flightlabs",
        "GET https://app.goflightlabs.com/airports?access_key={v}",
    ),
    *_near(
        "flightstats",
        "[0-9a-z]{32}",
        "flightstats",
        "flightstats",
        "GET https://api.flightstats.com/flex/aircraft/rest/v1/json/availableFields?appId="
        + _FLIGHTSTATS_APP_ID
        + "&appKey={v}",
    ),
    *_near(
        "float",
        "[a-zA-Z0-9][a-zA-Z0-9._+=-]{57,58}[a-zA-Z0-9]",
        "float",
        "float",
        "GET https://api.float.com/v3/people Authorization: Bearer {v}",
    ),
    *_near(
        "flowflu",
        "[a-zA-Z0-9]{51}",
        "flowflu",
        "flowflu",
        "GET https://{name}.flowlu.com/api/v1/module/crm/lead/list?api_key={v}",
    ),
    *_near(
        "fmfw",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{30}[a-zA-Z0-9_]",
        "fmfw",
        "fmfw",
        "curl -u " + _FMFW_ID + ":{v} https://api.fmfw.io/api/3/spot/balance",
    ),
    *_near(
        "formbucket",
        "[0-9A-Za-z]{20,40}\\.[0-9A-Za-z]{40,120}\\.[0-9A-Za-z_-]{20,50}",
        "formbucket",
        "formbucket",
        "GET https://www.formbucket.com/v1/profile Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "formcraft",
        "[0-9a-z]{16}",
        "formcraft",
        "formcraft",
        "curl -u {v}: https://formcrafts.com/api/v1/",
    ),
    *_near(
        "formsite",
        "[a-zA-Z0-9]{32}",
        "formsite",
        "formsite",
        "GET https://fs22.formsite.com/api/v2/" + _FORMSITE_USER + "/forms Authorization: Bearer {v}",
    ),
    *_near(
        "foursquare",
        "[0-9A-Z]{48}",
        "foursquare",
        "foursquare",
        "GET https://api.foursquare.com/v2/venues/trending?client_id="
        + _FOURSQUARE_ID
        + "&client_secret={v}&v=20211019&near=LA",
    ),
    *_near(
        "freshbooks",
        "[0-9a-z]{64}",
        "freshbooks",
        "freshbooks",
        "GET https://auth.freshbooks.com/oauth/authorize?client_id={v}&redirect_uri=https://www.acme.com&response_type=code",
    ),
    *_near(
        "freshdesk",
        "[0-9A-Za-z]{20}",
        "freshdesk",
        "freshdesk",
        "curl -u {v}:X -H 'Content-Type: application/json' https://{name}.freshdesk.com/api/v2/tickets",
    ),
    *_near(
        "front",
        "[0-9a-zA-Z]{36}\\.[0-9a-zA-Z._-]{187,243}[0-9a-zA-Z]",
        "front",
        "front",
        "GET https://api2.frontapp.com/accounts Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "fulcrum",
        "[a-z0-9]{80}",
        "fulcrum",
        "fulcrum",
        "GET https://api.fulcrumapp.com/api/v2/forms.json Accept: application/json X-ApiToken: {v}",
    ),
    *_near(
        "fxmarket",
        "[0-9a-zA-Z_][0-9a-zA-Z_=-]{18}[0-9a-zA-Z_]",
        "fxmarket",
        "fxmarket",
        "GET https://fxmarketapi.com/apilive?api_key={v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = (
    "facebookoauth",
    "fastforex",
    "fastlypersonaltoken",
    "figmapersonalaccesstoken",
    "finnhub",
    "flickr",
    "flutterwave",
    "frameio",
    "freshbooks",
)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound("round-24", __doc__, 127, FAMILIES, lookalikes, SOURCE_PATHS, groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
