"""A thirty-second held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round32 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-31
read them.  The rule that chose the files, written here before any of them was read (round
27's rule continued as rounds 28-31 continued it, their files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 31's counts with its 3 m and 32 t
   files added: a 14, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 11, l 26, m 44,
   n 25, o 19, p 11, q 3, r 32, s 14, t 38, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 31 left 11 t files
   (twilio, twilioapikey, twitch, twitchaccesstoken, twitter v1 and v2, twitterconsumerkey,
   tyntec, typeform v1 and v2, typetalk, named by its rule from the default list).  This
   round takes those 11 first;
3. then the letters in round 27's order, the fewest files counted in rule 1 first, ties
   alphabetically: x (1), q (3), y (5), j (7), k, p (11), a, s, u (14), c, z (15), v (16),
   o, w (19), h (21), e, i (22), n (25), l (26), r (32), b (36), g (38), f (39), d (41),
   m (44); each letter whole (its unread files, rule 4; a letter with none gives none),
   until the round holds 25-35 files in all with t's 11.  A letter that would carry the
   count past 35 is cut as round 31 cut t: its unread files are put in alphabetical order
   of their path (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``,
   ``v2`` ...), the first up to 35 files in all are taken and the rest are left for a later
   round (their number given below, counted from the default list, which is listing, not
   reading); the round then stops.  If every letter is taken and the round holds fewer
   than 25, it stops there;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-31 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11 and 24-31 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 167 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-31's, read after the rule above was committed and before any detector file): t's 11 left by
round 31 first; then x gives none (xai, read by round 10), q none (qase, qualaroo, qubole, read
by round 6), y none (yandex, yelp, youneedabudget, yousign, youtubeapikey, read before), j none
(jdbc, jiratoken v1 and v2, jotform, jumpcloud, jupiterone, juro, read before); k gives 1
(kraken; the other 11 of the list's 12 read before, keenio as public_formats' ``keen``); p (11
read: pagarme, pandadoc, paymongo, pinata, pipedrive, portainertoken, positionstack,
postageapp, posthog, pubnubpublishkey, pubnubsubscriptionkey as public_formats' ``pubnub``)
has 50 unread of the list's 61, more than the 23 that bring the round to 35, so p is cut as
round 31 cut t: its first 23 in alphabetical order are taken and **27 p files are left** for a
later round (planetscale, planetscaledb, planviewleankit, planyo, plivo, podio, pollsapi,
poloniex, polygon, portainer, postbacks, postgres, postman, postmark, powrbot, prefect, privacy,
privatekey, prodpad, prospectcrm, protocolsio, proxycrawl, pulumi, purestake, pushbulletapikey,
pusherchannelkey, pypi).  Taken (35): twilio, twilioapikey, twitch, twitchaccesstoken, twitter
v1 and v2, twitterconsumerkey, tyntec, typeform v1 and v2, typetalk; kraken; packagecloud,
pagerdutyapikey, pandascore, paperform, paralleldots, parsehub, parsers, parseur, partnerstack,
pastebin, paydirtapp, paymoapp, paypaloauth, paystack, pdflayer, pdfshift, peopledatalabs,
pepipost, percy, pipedream, pivotaltracker, pixabay, plaidkey.  Kraken was read by round 5 and
left out there (gitleaks has it) without a ``SOURCE_PATHS`` entry, so rule 4 counts it unread,
as rounds 24 and 30 took Fastly's and Meraki's files, which round 5 had left out the same way.
After this round t is taken whole; of p, 27 files are left, and the letters with the fewest
read files after p are a, s, u (14).

Nine providers an earlier round or the public-format corpus already has: Twilio (rounds 2, 3,
13, 20, 23, the corpus), Twitch (rounds 2 and 13, the corpus), Twitter (rounds 2, 12, 13, 22,
23, the corpus), Typeform (rounds 2, 13, 16, the corpus), Kraken (the corpus' gitleaks
``kraken-access-token``), PagerDuty (round 2's providers alone as a key), PayPal (rounds 3 and
21, PayPal's Braintree tokens), Paystack (round 4) and Plaid (the corpus).  Group ``known`` is
the families whose id starts with twilio, twitch, twitter, typeform, kraken, pagerduty, paypal,
paystack or plaid.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round31`:

prefixed
    a token with a prefix of its own and no keyword asked before it, bare in round 2's seven
    bare carriers and in the verifier's request (or a client's command line): Typeform v2's
    ``tfp_``;
keyword near token
    as round 31's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other (an account's or a key's id, a
    client id) is written into the request: Twilio's auth token (32 hex; the detector reports
    the ``AC`` account SID, an id, and asks ``sid`` before it: the SID in ``curl -u``), Twilio's
    API key secret (32; the ``SK`` key SID, an id, in ``curl -u``), Twitch's client secret (its
    30-character client id in the form body), Twitter's consumer secret (50; the 25-character
    consumer key in ``curl -u``), Typetalk's 64 (its 32-character client id in the query),
    PayPal's client secret (its 80-character client id in ``curl -u``) and Plaid's 30 (its
    24-character client id in the JSON body).  Kraken's 56-character API key is what the
    detector reports; its private key is not sent, the request carries the signature made
    with it (``API-Sign``, 88 base64 characters).  A verifier sending the key as HTTP Basic's
    user (packagecloud with nothing, PDFShift's ``api`` user with the key as password) is
    written as a client's ``curl -u``; multipart form fields (ParallelDots, Pastebin) as ``curl
    -F``.  Twitter v1 and v2 read a URL-encoded bearer token: parts joined by ``%`` (v1: 22
    capitals, then parts of 23, 6, 3, 9 and 52 of letters, ``-`` and digits, its class
    ``[a-zA-Z-0-9]`` read as spelled and closed on a letter or digit for ``\\b``; v2: 20-59,
    up to two parts of 3 or more, written 3-12, and 52).  Paystack's ``sk_`` asks the name
    before it (its keyword list): a near family, as round 31's Ticket Tailor; its open count of
    letters (``[a-z]{1,}``) is written 1-8.  Percy's class ``[0-9Aa-f]`` is read as spelled
    (digits, ``A``, ``a``-``f``) and the detector takes it only after ``PERCY_TOKEN=``: its
    text family has that command line beside the request.  Pivotal Tracker's keyword is
    ``pivotal``, PagerDuty's ``pagerduty`` and Plaid's ``plaid``: those are their names.  The
    ``\\b``-closed classes holding ``-`` or ``.`` (Paperform, PayPal, Pepipost, Pixabay) are
    written as round 24 wrote them (first and last character one of the class' letters, digits
    or ``_``); Pandascore's and Kraken's classes, closed by a blank or a quote rather than
    ``\\b``, are read as spelled (Kraken's first character a letter or digit for the ``\\b``
    before it).  Kraken (a sea monster), Plaid (a cloth), Pivotal (an adjective), Parsers (a
    common noun) and Percy (a given name) are everyday words.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 167, 7 per family,
rules as of main c693c21 (their last change round 31's, 3c9ec63 on main, with a87be9e's
refactor), run at the round's branch r32 plus this module and its lookalikes; run once, nothing
tuned): strict **454/490 = 92.65%**, loose 456/490 (prefixed 14/14, near 440/476; the
providers an earlier set has 171/196, new providers 283/294; by carrier: bare 7/7, keyed
238/238, text 209/245).  Seeds 7 and 99, same rules: 452/490 = 92.24% and 450/490 = 91.84%
(loose 454 and 452).  Missed at seed 167, by family, all in text: prose naming a provider whose
name the library keeps out of free text (an everyday word, a platform) or lacks, before a token
(``<Name> client configured: <v>``, ``<name>: <v>``): Twitch's 30 (client secret and access
token) 4/7 each, Kraken's 56 4/7, Pastebin's 32 4/7, Percy's 64 5/7, Pivotal Tracker's 32
after ``pivotal`` 4/7, Parsers' 64 4/7, PagerDuty's ``x+<9>-<2>-<5>`` 6/7 (its ``+`` and
``-``); Paystack's ``sk_<letters>_<40>`` 2/7 (found after ``api key`` only when taken for
Stripe's ``sk_``; the letters between are not ``test`` or ``live``); Twitter's URL-encoded
bearer tokens 2/7 each of v1 and v2 (the token cut or left at its first ``%``); the other
families 7/7.  At seeds 7 and 99 the same families, and Pandascore's 51 after ``api key`` 6/7
at 7 (a ``-`` and ``_`` mix), Parsehub's 12 after ``parsehub:`` 6/7 at 99 (no mark of a
password, under 12 characters the library takes) and Pivotal Tracker's 32 under
``PIVOTAL_KEY`` in yaml 6/7 at 99.  The round-32 lookalikes: 11/600 touched (the corpus at its
seed 167; 12, 8, 39, 48 and 38 at seeds 7, 99, 1, 2 and 3, of 600, 600 and 3000 each): two
request lines with the docs' placeholders, Paystack's ``Authorization: Bearer SECRET_KEY`` (a
constant's name taken as the token) and PagerDuty's ``Authorization: Token
token=<your-api-key>`` (an angle-bracketed slot taken, its ``>`` left).

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r32; the lead's cherry-pick onto
main gives it another hash)::

    git worktree add --detach /tmp/r32base 12937da  # main; 7db4fa3 on the round's branch r32
    cd /tmp/r32base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round32

Any figure measured after that is in-sample.  After the round-32 rules (301145b on main, 401c14e on r32; no rule
added, 444 rules): Twitch, Kraken, Pastebin and Percy (kept out of free text before) and Parsers
and Pivotal (not in the providers list) are weak names, their name in prose marking a random mix
or their own shape (Twitch's 30, Pivotal Tracker's 32 and Parsers' 64 lower-case letters and
digits with a letter beyond hex); a weak name's token may be URL-encoded (``%`` dropped as
base64's marks are; escapes of base64's ``+``, ``/`` and ``=`` alone are not percent-encoded
text); a secret key's ``sk_`` with a word between it and 32 or more letters and digits is a
token, not an object's id; and the placeholders the lookalikes found taken stay (a credential
constant's name after a scheme, ``Bearer SECRET_KEY``; an angle-bracketed slot in a scheme's
parameter, ``Token token=<your-api-key>``): **489/490 = 99.80%** strict, 489/490 loose
(prefixed 14/14, near 475/476; known 195/196, new 294/294; bare 7/7, keyed 238/238, text
244/245); seeds 7 and 99: 485/490 = 98.98% and 484/490 = 98.78%.  The round-32 lookalikes:
0/600 (corpus seeds 167, 7 and 99), and 0 of 3000 at seeds 1, 2 and 3 (39, 48 and 38 before);
every other round's figures and lookalikes unchanged.  Left: PagerDuty's ``x+<9>-<2>-<5>``
drawn without a digit (one at each seed: letters, ``+`` and ``-`` alone are not taken as a
token), Twitter v1's parts when a ``%`` and the two characters after it spell escapes other
than base64's (``%af``, ``%0F``: the detector's class as spelled allows them, a real token's
escapes are ``%2B``, ``%2F``, ``%3D``; two at seed 7, one at 99), single draws that read as words
glued to numbers or not as random (Twitch's 30 at 7, Pivotal Tracker's 32 in prose and under
``PIVOTAL_KEY`` at 99) or start like an object's id (Pandascore's ``uw_...`` at 7, Pastebin's
``ri_...`` at 99), Parsehub's 12 after ``parsehub:`` at 99 (under 12 characters only a password
with a mark is taken), and the 27 p files the rule left (planetscale, planetscaledb,
planviewleankit, planyo, plivo, podio, pollsapi, poloniex, polygon, portainer, postbacks,
postgres, postman, postmark, powrbot, prefect, privacy, privatekey, prodpad, prospectcrm,
protocolsio, proxycrawl, pulumi, purestake, pushbulletapikey, pusherchannelkey, pypi).
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round32 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (account and key ids, client ids, a signature: not the secret measured)
_TWILIO_SID = "AC212d55851837f084453b6f818c93b5b9"
_TWILIO_KEY_SID = "SK8rE2DCuRAnApaZZNP3Kq85qv4UAXzgUU"
_TWITCH_CLIENT_ID = "462fn2p0t3n1caza62x4glp2t8sccd"
_TWITTER_CONSUMER_KEY = "46rSVN4jQ94N5Lj5sm8Ee6PiM"
_TYPETALK_CLIENT_ID = "QElPVCn6rvP5kWFNYt1VJWmq1U9LmqBY"
_KRAKEN_SIGN = "eF+1tmJPJ9GlWUDVeB5bf06DDEH+CQSPRqrzcFU0C11dfF6lo0XMsMdBFau0J2lPMCB+4smjV6bcVylEwoV2kg=="
_PAYPAL_CLIENT_ID = "xT0uFBl-5_cXYMD49KFBHWD8P1H5AuW2LbjrZZU1MyqMI8mT6piWT6awU6Us_mHImEejO8cb5Gj2VvSP"
_PLAID_CLIENT_ID = "9d984f43f5c91e711eba3152"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

# Twitter v1's URL-encoded bearer token: 22 capitals, then parts of letters, '-' and digits between '%'
_TW = "[a-zA-Z0-9-]"
_TWITTER_V1 = f"[A-Z]{{22}}%{_TW}{{23}}%{_TW}{{6}}%{_TW}{{3}}%{_TW}{{9}}%{_TW}{{51}}[a-zA-Z0-9]"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "typeform-v2",
        "tfp_[a-zA-Z0-9_]{40,59}",
        "typeform/v2/typeform",
        "GET https://api.typeform.com/me Authorization: Bearer {v}",
        "TYPEFORM_TOKEN={v} node export-responses.js",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "twilio",
        "[0-9a-f]{32}",
        "twilio",
        "twilio",
        "curl -X POST https://verify.twilio.com/v2/Services -d FriendlyName=MyServiceName -u " + _TWILIO_SID + ":{v}",
    ),
    *_near(
        "twilioapikey",
        "[0-9a-zA-Z]{32}",
        "twilioapikey",
        "twilio",
        "curl https://verify.twilio.com/v2/Services -u " + _TWILIO_KEY_SID + ":{v}",
    ),
    *_near(
        "twitch",
        "[0-9a-z]{30}",
        "twitch",
        "twitch",
        "POST https://id.twitch.tv/oauth2/token Content-Type: application/x-www-form-urlencoded client_id="
        + _TWITCH_CLIENT_ID + "&client_secret={v}&grant_type=client_credentials",
    ),
    *_near(
        "twitchaccesstoken",
        "[0-9a-z]{30}",
        "twitchaccesstoken",
        "twitch",
        "GET https://id.twitch.tv/oauth2/validate Authorization: OAuth {v}",
    ),
    *_near(
        "twitter-v1",
        _TWITTER_V1,
        "twitter/v1/twitter_v1",
        "twitter",
        "GET https://api.twitter.com/2/tweets/20 Authorization: Bearer {v}",
    ),
    *_near(
        "twitter-v2",
        "[a-zA-Z0-9]{20,59}%(?:[a-zA-Z0-9]{3,12}%){0,2}[a-zA-Z0-9]{52}",
        "twitter/v2/twitter_v2",
        "twitter",
        "GET https://api.twitter.com/2/tweets/20 Authorization: Bearer {v}",
    ),
    *_near(
        "twitterconsumerkey",
        "[a-zA-Z0-9]{50}",
        "twitterconsumerkey",
        "twitter",
        "curl -u " + _TWITTER_CONSUMER_KEY + ":{v} -d grant_type=client_credentials https://api.twitter.com/oauth2/token",
    ),
    *_near(
        "tyntec",
        "[a-zA-Z0-9]{32}",
        "tyntec",
        "tyntec",
        "GET https://api.tyntec.com/2fa/v1/application apiKey: {v}",
    ),
    *_near(
        "typeform-v1",
        "[0-9A-Za-z]{44}",
        "typeform/v1/typeform",
        "typeform",
        "GET https://api.typeform.com/me Authorization: Bearer {v}",
    ),
    *_near(
        "typetalk",
        "[0-9a-zA-Z]{64}",
        "typetalk",
        "typetalk",
        "POST https://typetalk.com/oauth2/access_token?client_id=" + _TYPETALK_CLIENT_ID
        + "&client_secret={v}&grant_type=client_credentials",
    ),
    *_near(
        "kraken",
        "[0-9A-Za-z][0-9A-Za-z/+=]{55}",
        "kraken",
        "kraken",
        "POST https://api.kraken.com/0/private/Balance Content-Type: application/x-www-form-urlencoded API-Key: {v} API-Sign: "
        + _KRAKEN_SIGN,
    ),
    *_near(
        "packagecloud",
        "[0-9a-f]{48}",
        "packagecloud",
        "packagecloud",
        "curl -u {v}: https://packagecloud.io/api/v1/repos",
    ),
    *_near(
        "pagerdutyapikey",
        "[a-z]\\+[a-zA-Z]{9}-[a-z]{2}-[a-z0-9]{5}",
        "pagerdutyapikey",
        "pagerduty",
        "GET https://api.pagerduty.com/users Accept: application/vnd.pagerduty+json;version=2 Content-Type: application/json"
        " Authorization: Token {v}",
    ),
    *_near(
        "pandascore",
        "[0-9A-Za-z_-]{51}",
        "pandascore",
        "pandascore",
        "GET https://api.pandascore.co/videogames Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "paperform",
        "[a-zA-Z0-9_][a-zA-Z0-9._-]{848,998}[a-zA-Z0-9_]",
        "paperform",
        "paperform",
        "GET https://api.paperform.co/v1/forms Authorization: Bearer {v}",
    ),
    *_near(
        "paralleldots",
        "[0-9A-Za-z]{43}",
        "paralleldots",
        "paralleldots",
        "curl -X POST -F api_key={v} -F 'text=sample text' https://apis.paralleldots.com/v4/intent",
    ),
    *_near(
        "parsehub",
        "[0-9a-zA-Z]{12}",
        "parsehub",
        "parsehub",
        "GET https://www.parsehub.com/api/v2/projects?api_key={v}&limit=1",
    ),
    *_near(
        "parsers",
        "[0-9a-z]{64}",
        "parsers",
        "parsers",
        "POST https://api.parsers.dev/api/v1/parse/postgresql/ Content-Type: application/json x-api-key: {v}",
    ),
    *_near(
        "parseur",
        "[a-f0-9]{40}",
        "parseur",
        "parseur",
        "GET https://api.parseur.com/ Authorization: Token {v}",
    ),
    *_near(
        "partnerstack",
        "[0-9A-Za-z]{64}",
        "partnerstack",
        "partnerstack",
        "GET https://api.partnerstack.com/api/v2/partnerships Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "pastebin",
        "[a-zA-Z0-9_]{32}",
        "pastebin",
        "pastebin",
        "curl -X POST -F api_dev_key={v} -F api_paste_code=test -F api_option=paste https://pastebin.com/api/api_post.php",
    ),
    *_near(
        "paydirtapp",
        "[a-z0-9]{32}",
        "paydirtapp",
        "paydirtapp",
        "GET https://paydirtapp.com/api/v1/clients?api_key={v}",
    ),
    *_near(
        "paymoapp",
        "[a-zA-Z0-9]{44}",
        "paymoapp",
        "paymoapp",
        "GET https://app.paymoapp.com/api/me Accept: application/json Authorization: Basic {v}",
    ),
    *_near(
        "paypaloauth",
        "[A-Za-z0-9_][A-Za-z0-9_.-]{42,78}[A-Za-z0-9_]",
        "paypaloauth",
        "paypal",
        "curl -u " + _PAYPAL_CLIENT_ID + ":{v} -d grant_type=client_credentials https://api-m.sandbox.paypal.com/v1/oauth2/token",
    ),
    *_near(
        "paystack",
        "sk_[a-z]{1,8}_[A-Za-z0-9]{40}",
        "paystack",
        "paystack",
        "GET https://api.paystack.co/customer Authorization: Bearer {v}",
    ),
    *_near(
        "pdflayer",
        "[a-z0-9]{32}",
        "pdflayer",
        "pdflayer",
        "GET https://api.pdflayer.com/api/convert?access_key={v}&document_url=https://pdflayer.com/downloads/invoice.html",
    ),
    *_near(
        "pdfshift",
        "[0-9a-f]{32}",
        "pdfshift",
        "pdfshift",
        "curl -u api:{v} https://api.pdfshift.io/v3/credits/usage",
    ),
    *_near(
        "peopledatalabs",
        "[a-z0-9]{64}",
        "peopledatalabs",
        "peopledatalabs",
        "GET https://api.peopledatalabs.com/v5/person/enrich?min_likelihood=6&profile=linkedin.com/in/jdoe X-Api-Key: {v}",
    ),
    *_near(
        "pepipost",
        "[a-zA-Z0-9][a-zA-Z0-9-]{30}[a-zA-Z0-9]",
        "pepipost",
        "pepipost",
        "GET https://api.pepipost.com/v5.1/domain/getDomains?domain=pepisandbox.com api_key: {v}",
    ),
    *_near(
        "percy",
        "[0-9Aa-f]{64}",
        "percy",
        "percy",
        "GET https://percy.io/api/v1/projects Accept: application/vnd.percy+json; version=3 Authorization: Token {v}",
        "PERCY_TOKEN={v} npx percy exec -- cypress run",
    ),
    *_near(
        "pipedream",
        "[a-z0-9]{32}",
        "pipedream",
        "pipedream",
        "GET https://api.pipedream.com/v1/users/me Authorization: Bearer {v}",
    ),
    *_near(
        "pivotaltracker",
        "[a-z0-9]{32}",
        "pivotaltracker",
        "pivotal",
        "GET https://www.pivotaltracker.com/services/v5/me Content-Type: application/json; charset=utf-8 X-TrackerToken: {v}",
    ),
    *_near(
        "pixabay",
        "[a-z0-9][a-z0-9-]{32}[a-z0-9]",
        "pixabay",
        "pixabay",
        "GET https://pixabay.com/api/?key={v}&q=yellow+flowers&image_type=photo",
    ),
    *_near(
        "plaidkey",
        "[a-z0-9]{30}",
        "plaidkey",
        "plaid",
        "POST https://sandbox.plaid.com/link/token/create Content-Type: application/json {\"client_id\":\""
        + _PLAID_CLIENT_ID + "\",\"secret\":\"{v}\",\"client_name\":\"Plaid Test App\"}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("twilio", "twitch", "twitter", "typeform", "kraken", "pagerduty", "paypal", "paystack", "plaid")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-32", __doc__, 167, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
