"""A twenty-fifth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round25 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24
read them.  The rule that chose the files, written here before any of them was read (round
24's rule continued, round 24's files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 24's counts (rounds 5-11's 205
   files and the public-format corpus' 77) with round 24's 35 files (all under f) added:
   a 14, b 7, c 15, d 6, e 22, f 39, g 5, h 21, i 8, j 7, k 11, l 5, m 6, n 25, o 19, p 11,
   q 3, r 4, s 14, t 6, u 14, v 16, w 19, x 1, y 4, z 15 (rounds 12-23 name no trufflehog
   path);
2. the letters an earlier round left for later come first: none is left (round 24 took f
   whole and left no letter);
3. then the letters with the fewest files, ties alphabetically: x (1), q (3), r, y (4), g, l
   (5), d, m, t (6), b, j (7) ...; each letter whole, until 25-35 files are taken; a letter
   that would carry the count past 35 is left for a later round and the next letter in this
   order is tried;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted) and no earlier round's ``SOURCE_PATHS`` nor the public-format corpus' trufflehog
   lists name it; a detector with versions (``<name>/v1``, ``v2``) counts each version the
   list builds as a file;
5. families as rounds 10, 11 and 24 built them: a token with a prefix or a shape of its own a
   bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 131 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as round
24's, read after the rule above was committed and before any detector file): x gives none
(xai, read by round 10); q none (qase, qualaroo, qubole, read by round 6); r gives 28
(rabbitmq, railwayapp, ramp, rapidapi, rawg, razorpay, reachmail, readme,
reallysimplesystems, refiner, rentman, repairshopr, replicate, replyio, requestfinance,
restpackhtmltopdfapi, restpackscreenshotapi, revampcrm, ringcentral, ritekit, roaring,
robinhoodcrypto, rocketreach, roninapp, route4me, rownd, rubygems, runrunit; rechargepayments
and redis read by round 5, rebrandly by the public-format corpus, raven, restpack and rockset
commented out; rootly, in the public-format corpus, is not in the list): 28 files, inside
25-35, so no further letter is taken (y would give 1, yandex).

Five of these files are of providers an earlier set already has: RabbitMQ (a password in an
amqp URL: rounds 12, 16 and 23), RapidAPI (rounds 12, 14 and the public-format corpus), ReadMe
(``rdme_``: round 2 and the public-format corpus), Replicate (``r8_``: round 2) and RubyGems
(rounds 2, 13 and the public-format corpus).  RingCentral is named by round 5, which left it
out (its match is a client id); it is counted new here, as round 24 took Freshbooks' client id.

Three shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round24`:

prefixed
    a token with a prefix of its own, bare in round 2's seven bare carriers and in the
    verifier's request (or a client's constructor): Ramp's ``ramp_sec_`` (the secret of the
    pair; ``ramp_id_`` is written into the request), ReadMe's ``rdme_``, Replicate's ``r8_``,
    Robinhood Crypto's ``rh-api-`` and a UUID of mixed-case hex (the detector's match; the
    signing key it pairs with is any base64 text, so the request carries a signature, not the
    key), RubyGems' ``rubygems_`` (the detector's class is ``a-z``, ``A`` and digits, read as
    it is spelled);
keyword near token
    as round 24's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the others are written into the request:
    Razorpay's key secret (with its ``rzp_`` key id as the basic user; the detector's own
    match is the key id, shown on a checkout page), RevampCRM's token (with the user's e-mail),
    Roaring's client secret (with its client id), Rownd's app secret (with the app id in the
    path and the app key in a header), RunRunIt's App-Key (with the user token), RepairShopr's
    and Ronin's key (with ``<name>.repairshopr.com``, ``<name>.roninapp.com``).  RingCentral's
    22 characters are the authorize URL's ``client_id`` and RiteKit's 44 hex its ``client_id``
    too; the detectors take them as their secret, and so do the families.  The keywords of
    Railway, Restpack (both detectors), RevampCRM and Ronin are ``railway``, ``restpack``,
    ``revampcrm`` and ``roninapp``.  RAWG's and Refiner's classes hold a stray ``A``
    (``[0-9Aa-z]``, ``[0-9Aa-f]{8}``): RAWG's is read as spelled, Refiner's as the UUID it
    means.  The ``\\b``-closed classes holding ``-`` are written as round 24 wrote them;
    Really Simple Systems' and Rentman's two ``ey`` parts as round 24's FlightLabs';
a URL's password
    RabbitMQ's match is an ``amqp``/``amqps`` URL with a user and a password; the family is the
    password (8-32 letters, digits and ``_~!*.-``; the detector allows 3-50 of anything but a
    blank) in three URLs (a log line, an environment line, Celery's setting), text alone.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 131, 7 per family,
rules as of commit 184be40, the last change to pipeline/redact, run at 55a2d4c plus this
module and its lookalikes; run once, nothing tuned): strict **335/385 = 87.01%**, loose
338/385 (prefixed 47/70, near and URL 288/315; the providers an earlier set has 52/63, new
providers 283/322; by carrier: bare 12/35, keyed 152/154, text 171/196).  Seeds 7 and 99, same
rules: 337/385 = 87.53% and 334/385 = 86.75% (keyed 153/154 and 150/154).  Missed at seed 131,
by family: bare Ramp's ``ramp_sec_``, Robinhood's ``rh-api-`` and RubyGems' ``rubygems_`` with
letters beyond hex 1/7 each (only the request with a credential word before them is caught),
Replicate's ``r8_`` with ``_`` or ``-`` in it 2/7; in text, prose naming a provider the
library's list lacks or whose name is an everyday word (``<name> client configured: <v>``,
``<name>: <v>``): Railway's and Refiner's UUIDs 4/7, Reply.io's 24, Request Finance's four
groups of 7 and Roaring's 28 4/7 each, Ronin's 26 6/7; Really Simple Systems' ``ey...``
token 2/7 (its second part's dots); request lines: RingCentral's ``client_id`` 5/7 and
RiteKit's 44 hex ``client_id`` 5/7; keyed: Refiner's UUID under ``REFINER_KEY`` 5/7; the
other families 7/7.  The round-25 lookalikes: 13/600 touched at each seed (Celery's default
``amqp://guest:guest@localhost`` 11, taken by url-password; Replicate's model version, a
sha256 after ``owner/model:``, 2, taken by provider-label-token).

The held-out figure is printed again by running this module against the rules of the
commit that adds it::

    git worktree add --detach /tmp/r25base 2337ffd
    cd /tmp/r25base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round25

Any figure measured after that is in-sample.  After the round-25 rules (c65fe8f and the
commit that adds this paragraph; new: prefixed-tokens-round25, Ramp's ``ramp_sec_`` and
Robinhood's ``rh-api-`` with no boundary asked; rubygems-api-key takes letters beyond hex,
replicate-api-token ``_`` and ``-``; railway, replyio and requestfinance provider names,
refiner and roaring weak ones; a token after a provider's name, with a credential word or
``:``, up to 2,048 characters (Really Simple Systems'); ``model`` between a provider's name and
the separator names a model, whose version is a hash): **377/385 = 97.92%** strict and loose
(prefixed 70/70, near and URL 307/315; known 63/63, new 314/322; bare 35/35, keyed 154/154,
text 188/196); seeds 7 and 99: 376/385 = 97.66% and 377/385 = 97.92%.  After c65fe8f alone:
374/385 (Really Simple Systems' token after ``<name>:`` cut after its third dotted part, 3).
The round-25 lookalikes (Celery's default broker URL taken out after the first measurement, see
:mod:`tests.unit.redact.innocents_round25`): 2/600 on the rules before these (0 after), and 23,
22 and 21 of 3000 at seeds 1, 2 and 3 (0 after).  Left: Refiner's hex UUID after its name in
prose (an everyday word's name before a hex UUID reads as an id), RingCentral's and RiteKit's
``client_id`` in a request line (an OAuth client id, which an authorize URL shows; RiteKit's
API takes it as its key), and single draws that hold no digit (Ronin's 26 letters, one at seed
131).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round25 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

_HEX_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# fixed other parts of multi-part credentials (ids, not the secret measured)
_RAMP_ID = "ramp_id_Qm7ZxR2kV9pW4tL8nB3cH6yD1fJ5gS0aEuK2rT7q"
_RZP_KEY_ID = "rzp_live_K7mQ2xWv9RtL4p"
_REVAMP_USER = "ops@acme-shop.com"
_ROARING_CLIENT = "Vq3Lm8Rt2Xw7Kp9Zc4Nb6Hd1Fy5G"
_ROWND_APP_ID = "412879035561837204"
_ROWND_APP_KEY = "3e8f1a2c-7b4d-4c9e-a1f0-5d6b2e8c9a71"
_RUNRUNIT_USER_TOKEN = "Xk4Rm9Tq2Vw7Lp3Zn8"
_ROBINHOOD_SIGNATURE = "Zk3v9QmR2xWb7TcL4pN8hY1dF6gJ0sAeUq5oKiM3rV7nB2yC9tH4wE1aX6zS8fD0gL5jP2uQ7mN3kR9vT4cW=="

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "ramp",
        "ramp_sec_[A-Za-z0-9]{48}",
        "ramp",
        "curl -u " + _RAMP_ID + ":{v} -d grant_type=client_credentials -d scope=user:read https://api.ramp.com/developer/v1/token",
        "RAMP_CLIENT_ID=" + _RAMP_ID + " RAMP_CLIENT_SECRET={v} ./sync-cards",
    ),
    *_prefixed(
        "readme",
        "rdme_[a-z0-9]{70}",
        "readme",
        "curl -u {v}: -H 'accept: application/json' https://dash.readme.com/api/v1",
        "npx rdme openapi openapi.json --key={v}",
    ),
    *_prefixed(
        "replicate",
        "r8_[0-9A-Za-z_-]{36}[0-9A-Za-z_]",
        "replicate",
        "GET https://api.replicate.com/v1/predictions Authorization: Token {v}",
        "client = replicate.Client(api_token=\"{v}\")",
    ),
    *_prefixed(
        "robinhoodcrypto",
        "rh-api-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "robinhoodcrypto",
        "GET https://trading.robinhood.com/api/v1/crypto/trading/accounts/ x-api-key: {v} x-timestamp: 1733493000 x-signature: "
        + _ROBINHOOD_SIGNATURE,
        "API_KEY = \"{v}\"  # robinhood crypto trading",
    ),
    *_prefixed(
        "rubygems",
        "rubygems_[a-zA0-9]{48}",
        "rubygems",
        "GET https://rubygems.org/api/v1/gems.json Accept: */* Authorization: {v}",
        "GEM_HOST_API_KEY={v} gem push pkg/acme-1.4.2.gem",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "railwayapp",
        _HEX_UUID,
        "railwayapp",
        "railway",
        "POST https://backboard.railway.app/graphql/v2 Content-Type: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "rapidapi",
        "[A-Za-z0-9_][A-Za-z0-9_-]{48}[A-Za-z0-9_]",
        "rapidapi",
        "rapidapi",
        "GET https://covid-19-tracking.p.rapidapi.com/v1 x-rapidapi-key: {v}",
    ),
    *_near(
        "rawg",
        "[0-9Aa-z]{32}",
        "rawg",
        "rawg",
        "GET https://api.rawg.io/api/platforms?key={v}",
    ),
    *_near(
        "razorpay",
        "[A-Za-z0-9]{20,50}",
        "razorpay",
        "razorpay",
        "curl -u " + _RZP_KEY_ID + ":{v} https://api.razorpay.com/v1/orders",
    ),
    *_near(
        "reachmail",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{62}[a-zA-Z0-9_]",
        "reachmail",
        "reachmail",
        "GET https://services.reachmail.net/administration/users/current Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "reallysimplesystems",
        "ey[a-zA-Z0-9_-]{153}\\.ey[a-zA-Z0-9._-]{915,999}[a-zA-Z0-9]",
        "reallysimplesystems",
        "reallysimplesystems",
        "GET https://apiv4.reallysimplesystems.com/accounts Authorization: Bearer {v}",
    ),
    *_near(
        "refiner",
        _HEX_UUID,
        "refiner",
        "refiner",
        "POST https://api.refiner.io/v1/identify-user Authorization: Bearer {v} id=user-2291&event=checkout",
    ),
    *_near(
        "rentman",
        "ey[a-zA-Z0-9]{34}\\.ey[a-zA-Z0-9._-]{249,299}[a-zA-Z0-9]",
        "rentman",
        "rentman",
        "GET https://api.rentman.net/files Content-Type: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "repairshopr",
        "[a-zA-Z0-9][a-zA-Z0-9-]{49}[a-zA-Z0-9]",
        "repairshopr",
        "repairshopr",
        "GET https://{name}.repairshopr.com/api/v1/appointment_types Authorization: Bearer {v}",
    ),
    *_near(
        "replyio",
        "[0-9A-Za-z][0-9A-Za-z-]{22}[0-9A-Za-z]",
        "replyio",
        "replyio",
        "GET https://api.reply.io/v1/people X-Api-Key: {v}",
    ),
    *_near(
        "requestfinance",
        "[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}",
        "requestfinance",
        "requestfinance",
        "GET https://api.request.finance/invoices Authorization: {v}",
    ),
    *_near(
        "restpackhtmltopdfapi",
        "[0-9A-Za-z]{48}",
        "restpackhtmltopdfapi",
        "restpack",
        "GET https://restpack.io/api/html2pdf/usage Content-Type: application/json X-Access-Token: {v}",
    ),
    *_near(
        "restpackscreenshotapi",
        "[0-9A-Za-z]{48}",
        "restpackscreenshotapi",
        "restpack",
        "GET https://restpack.io/api/screenshot/usage Content-Type: application/json X-Access-Token: {v}",
    ),
    *_near(
        "revampcrm",
        "[a-zA-Z0-9]{40}",
        "revampcrm",
        "revampcrm",
        "curl -u " + _REVAMP_USER + ":{v} https://app.revampcrm.com/api/1.0/User/WhoAmI",
    ),
    *_near(
        "ringcentral",
        "[0-9A-Za-z_][0-9A-Za-z_-]{20}[0-9A-Za-z_]",
        "ringcentral",
        "ringcentral",
        "GET https://platform.devtest.ringcentral.com/restapi/oauth/authorize?response_type=code"
        "&redirect_uri=https://www.acme.com&client_id={v}",
    ),
    *_near(
        "ritekit",
        "[0-9a-f]{44}",
        "ritekit",
        "ritekit",
        "GET https://api.ritekit.com/v1/stats/multiple-hashtags?tags=hello&client_id={v}",
    ),
    *_near(
        "roaring",
        "[0-9A-Za-z_][0-9A-Za-z_-]{26}[0-9A-Za-z_]",
        "roaring",
        "roaring",
        "curl -u " + _ROARING_CLIENT + ":{v} -d grant_type=client_credentials https://api.roaring.io/token",
    ),
    *_near(
        "rocketreach",
        "[a-z0-9][a-z0-9-]{37}[a-z0-9]",
        "rocketreach",
        "rocketreach",
        "GET https://api.rocketreach.co/v2/api/account Api-Key: {v}",
    ),
    *_near(
        "roninapp",
        "[0-9a-zA-Z]{26}",
        "roninapp",
        "roninapp",
        "curl -u {v}: -H 'Accept: application/json' https://{name}.roninapp.com/api/v2/invoices",
    ),
    *_near(
        "route4me",
        "[0-9A-Z]{32}",
        "route4me",
        "route4me",
        "GET https://api.route4me.com/api.v4/address_book.php?api_key={v}",
    ),
    *_near(
        "rownd",
        "[a-z0-9]{48}",
        "rownd",
        "rownd",
        "GET https://api.rownd.io/applications/" + _ROWND_APP_ID + "/users/data x-rownd-app-key: " + _ROWND_APP_KEY
        + " x-rownd-app-secret: {v}",
    ),
    *_near(
        "runrunit",
        "[0-9a-f]{32}",
        "runrunit",
        "runrunit",
        "GET https://runrun.it/api/v1.0/users App-Key: {v} User-Token: " + _RUNRUNIT_USER_TOKEN,
    ),
)

# RabbitMQ's match is a whole amqp URL; the secret in it is the password (text alone: no key holds a URL's password)
URLS: tuple[HeldFamily, ...] = (
    _TRUFFLEHOG.family(
        "rabbitmq-text",
        "text",
        "[A-Za-z0-9_~!*.-]{8,32}",
        "rabbitmq",
        "connecting to amqp://orders:{v}@mq.acme-corp.net:5672/prod",
        "AMQP_URL=amqps://{u}:{v}@rabbit-eu.shop-prod.io:5671/%2f",
        "celery broker_url = 'amqp://worker:{v}@queue.internal.acme.io:5672//'",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + URLS

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("rabbitmq", "rapidapi", "readme", "replicate", "rubygems")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound("round-25", __doc__, 131, FAMILIES, lookalikes, SOURCE_PATHS, groups={"prefixed": PREFIXED, "near": NEAR + URLS, "known": KNOWN, "new": NEW})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
