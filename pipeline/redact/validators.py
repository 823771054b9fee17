"""Checks a regex cannot express, named by rules in ``rules.yaml`` (``validator: luhn``).

A validator gets the match and the key classifier and returns the span to
replace, or ``None`` when the match is not a secret after all.  Every finding,
whatever its rule, also passes :func:`is_placeholder` (``${DB_PASSWORD}``,
``<token>``, ``****`` are left alone).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Callable, Iterable

from pipeline.redact.keys import (
    APPROLE_WORDS,
    NOT_SECRET,
    SECRET,
    THING_OR_CREDENTIAL_KEY_WORDS,
    KeyClassifier,
    split_words,
)
from pipeline.redact.synth import luhn_valid

__all__ = [
    "AUTH_SCHEME",
    "HASH_PROVIDER_WORDS",
    "PROVIDER_KEY_NAMES",
    "PROVIDER_WORDS",
    "VALIDATORS",
    "Validator",
    "card_brand_ok",
    "context_key",
    "credential_key",
    "is_path",
    "is_placeholder",
    "provider_name_token",
    "provider_token",
    "secret_span",
]

Validator = Callable[[re.Match[str], KeyClassifier], "tuple[int, int] | None"]

_PLACEHOLDER = re.compile(
    r"""(?ix)^(?:
      \$\{[^}]*\}\S{0,3} | \$\([^)]*\) | \$[A-Z_][A-Z0-9_]* | %[A-Z_][A-Z0-9_]*% | \{\{[^}]*\}\}
    | %\(?\w*\)?[sdr] | <[^<>]*> | \[[^\]]*\] | \(\w*\)
    | [*•·x.?#\-_]+ | null | none | nil | undefined | true | false | yes | no | on | off
    | redacted | hidden | masked | removed | filtered | omitted | sanitized | empty | unset
    | n/?a | tbd | todo | changeme | example | xxx+ | placeholder
    | your[_\-+]\w[\w\-+]* | [\w\-]*[_\-](?:here|placeholder) | x(?:-[a-z]+)+ | (?:[a-z]?0{6,}/)+x{6,}
    | (?:[a-z]+\ )*your(?:\ [a-z]+)+
    | [a-z]*your[a-z]{3,} | [a-z]+yours | (?-i:\{(?:[a-z]+(?:[_\-]?[A-Z]?[a-z]+)*|[A-Z]+(?:_[A-Z]+)*)\}) | (?:var|local)\.[a-z_][\w\-]*
    | \#\{[^}]*\} | (?-i:(?:[A-Z]+_)*(?:CHANGE|REPLACE|INSERT|ENTER|FILL|PUT|SET|UPDATE)(?:_[A-Z]+)+)
    | (?-i:@(?:[A-Z][A-Z0-9_.]*|[a-z][a-z0-9_.\-]*)@) | (?:[a-z0-9]+[_\-])+x{8,}
    )$"""
)
# A token's prefix alone or before an ellipsis (sk_live_, sk_live_...) and a placeholder holding
# "your" after a token's prefix (123456:ABC-your-token; round 45): matched apart, and only when the
# value ends so or holds "your", as _PLACEHOLDER's every alternative is tried on every candidate.
_PREFIX_ALONE = re.compile(r"(?:[a-z]{2,6}[_\-]|[a-z][a-z0-9]{1,2}[_\-]){1,3}(?:\.{3}|…)?")
_PREFIXED_YOUR = re.compile(r"(?i:(?:[a-z0-9]+[_\-:])+your[_\-]\w[\w\-]*)")
_PREFIX_ENDS = frozenset("_-.…")
# ... where a short part may hold a digit (Replicate's r8_, r8_...; round 61)
# An elided example: a value holding an ellipsis with fewer than 8 letters and digits besides it, too few for
# any credential (00D...!..., Salesforce's token shown by its org id's start; sk-...Ab3d, a key shown by its ends;
# round 61): matched apart, only when the value holds "..." or "…"
_ELIDED_MOST = 8
# One character repeated (the docs' dummy: Route4Me's demo key of 32 ones, 0000... ; round 61), as long as a key
_ONE_CHARACTER_LEN = 16
# A token's prefix before a mask of x of 4 or more, one a part (dp.st.xxxx, dt0c01.XXXX...XXXX.XXXX...XXXX), or
# before a slot's opening (doo_v1_<your; round 50): matched apart, only when the value holds "xxxx" or "<"; a mask
# may have a fixed short end (Flutterwave's -X: FLWSECK_TEST-XXXX...-X, round 51); a prefix glued to a slot that
# says so, with no '_' or '-' between (GR1348941<your, the value a blank cuts from GR1348941<your token>; round 54).
_PREFIX_MASK = re.compile(
    r"(?i:(?:[a-z0-9]+[_\-.])+(?:x{4,}(?:[_\-.]x{4,})*(?:[_\-.][a-z0-9]{1,3})?|<[a-z_ \-]*>?)"
    r"|[a-z0-9]+<(?:your|insert|enter|put|add)(?:[_ \-][a-z_ \-]*)?>?)"
)
# A token's prefix before an instruction in upper-case words (nyk_v0_REPLACE_ME, sk_live_CHANGE_ME; round 59): matched
# apart, only when the value holds one of the instruction's verbs and '_'
_PREFIX_INSTRUCTION = re.compile(
    r"(?:[a-z0-9]+[_\-])+(?:[A-Z]+_)*(?:CHANGE|REPLACE|INSERT|ENTER|FILL|PUT|SET|UPDATE)(?:_?ME|(?:_[A-Z]+)+)"
)
_INSTRUCTION_VERB = re.compile(r"CHANGE|REPLACE|INSERT|ENTER|FILL|PUT|SET|UPDATE")
# The docs' slot written with another language's word for "your" (Pagar.me's Portuguese SUA_API_KEY, tu_clave_api,
# VOTRE_CLE_API; round 59): letters-only words in one case, one of them naming a key; matched apart, only when
# the value starts with one of the words' first two letters
_OTHER_YOUR = re.compile(r"(?i:(?:sua|seu|tu|su|votre|ton|ta|dein|deine|ihr|ihre|tuo|tua)(?:[_\-][a-z]+)+)")
_OTHER_YOUR_STARTS = frozenset("su se tu vo to ta de ih".split())
_SLOT_KEY_WORD = re.compile(
    r"(?i)(?:^|[_\-])(?:api|apikey|key|token|secret|password|chave|senha|clave|contrasena|cle|schluessel|chiave)(?=[_\-]|$)"
)
# A variable as a URL's password, the host after it (x-access-token:${GITHUB_TOKEN}@github.com/..., round 51):
# matched apart, only when the value starts with '$' and holds '@'
_VAR_AT_HOST = re.compile(r"(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Z_][A-Z0-9_]*)@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::[0-9]+)?(?:/\S*)?")
# Words after "password:" or "session:" in prose that are not the secret.
_PROSE = frozenset(
    """
    a an the is was are were be been being not no for to of in on at by with from and or but if
    expired expires invalid incorrect wrong missing required mismatch mismatched failed failure
    error ok valid accepted rejected revoked refreshed rotated provided present absent empty
    changed updated reset set unset denied granted verified unverified ignored skipped found
    too must should will has have had does did can cannot could would may might length
    configured unavailable pending created deleted removed stored saved sent received
    started start open opened closed close active inactive established terminated ended
    loaded cached unknown timeout timed renewed issued generated requested used enabled
    disabled supported unsupported malformed bad good none null env file
    """.split()
)
AUTH_SCHEME = re.compile(
    r"(?i)(?:bearer|basic|token|bot|digest|negotiate|ntlm|ssws|apikey|api-key|oauth|"
    r"aws4-hmac-sha256|genie ?key|splunk|dsn)[ \t]+"
)
# A command's option as a scheme-like word's "credential" (round 55): one letter after '-' ("-F", "-d"), or
# lower-case words after '-' or '--' ("--verbose", "-no-color", "--data-urlencode"); a token holds a digit or mixed case.
_COMMAND_OPTION = re.compile(r"-[A-Za-z]|--?[a-z]+(?:-[a-z]+)*")
_PATHLIKE = re.compile(r"^(?:/|~/|\./|\.\./|[A-Za-z]:\\|\$\{?[A-Za-z_]\w*\}?/|%[A-Za-z_]\w*%\\)[\w./\\\-]*$")
# A path segment no one names a file or directory by: 20 or more letters and digits with an upper-case
# letter, a lower-case letter and a digit.  A base64 secret starting with '/' (one in 64 do:
# '/a0eH5U9neetn7QGmflaDoX9bpcBchvx1i6fIkng') matched _PATHLIKE and was kept as a path.
_RANDOM_SEGMENT = re.compile(r"(?:^|/)(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{20,}(?:/|$)")


# A segment a person names: two or more lower-case letters, with digits, '.', '_' or '-' ("secrets",
# "db_password", "key.pem", "jdk1.8.0"), or capitalised words ("Users", "AppData", "JohnDoe2").  A
# base64 secret with more than one '/' has short segments, none of them this shape
# ('/JalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY').
_NAMED_SEGMENT = re.compile(
    r"(?:^|[/\\])(?:[a-z0-9._\-]*[a-z]{2}[a-z0-9._\-]*|(?:[A-Z][a-z]{2,})+[0-9]*(?:\.[a-z0-9]+)?)(?=[/\\]|$)"
)
_MIXED_ALNUM = re.compile(r"^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])")


def is_path(value: str) -> bool:
    """Whether ``value`` reads as a file path (``/run/secrets/db``, ``./key.pem``), not a token that starts
    with '/': no segment of 20 random letters and digits, and, when its letters and digits mix cases and
    digits over 24 or more characters, some segment named as people name files.  A path may start with a
    variable (``$dir/private/cakey.pem``, ``${HOME}/.ssh/id_rsa``, ``%APPDATA%\\app``) and end in a
    comment's ``#`` (OpenSSL's configuration: ``private_key = $dir/private/cakey.pem# The private key``)."""
    value = value.removesuffix("#")
    if _PATHLIKE.match(value) is None or _RANDOM_SEGMENT.search(value) is not None:
        return False
    if sum(c.isalnum() for c in value) >= 24 and _MIXED_ALNUM.match(value) and _NAMED_SEGMENT.search(value) is None:
        return False
    return True

_JSON_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_ID_WORDS = frozenset(
    """
    id ids trace span request req uuid guid hash sha sha1 sha256 md5 checksum digest etag cursor
    commit version build region site host hostname url uri endpoint name user username
    org organization project team zone env environment public dataset deployment
    """.split()
)
# Words that make a key name a credential for a provider's context rule.
_CRED_WORDS = frozenset(
    """
    key keys token tokens secret secrets pass password passwd pwd auth pat apikey credential
    credentials creds accesskey secretkey authtoken passphrase
    """.split()
)
_SCHEME_WORDS = frozenset("bearer basic token bot digest apikey negotiate ntlm ssws oauth".split())
_EMPTY_ASSIGNMENT = re.compile(r"^[\w.\-]+=$")
# ... but a token ending in padding is a value ("password: UyYo...RQ=", "live_...Aau="):
# 12 or more characters with a digit, where a cookie name has none.
_TOKEN_WITH_PAD = re.compile(r"^(?=[^=]*\d)[\w.\-]{11,}=$")
_TOKEN_LIKE = re.compile(r"^[A-Za-z0-9_\-.~+/=%]{16,}$")


def is_placeholder(secret: str) -> bool:
    """Whether a would-be secret is a placeholder, a masked value or a boolean.

    Also a value that says what to put there (``YOUR_API_KEY_HERE``, ``your-token``, ``put your unique
    phrase here``: words with blanks between them, ``your`` among them), a header's
    name (``X-API-KEY``) and the zero ids and ``X`` mask of a documentation webhook
    (``T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX``).

    >>> [is_placeholder(s) for s in ("${DB_PASS}", "<token>", "****", "hunter2")]
    [True, True, True, False]
    >>> [is_placeholder(s) for s in ("YOUR_API_KEY_HERE", "X-API-KEY", "T00000000/B00000000/XXXXXXXX", "Xk9mQ2pL-here7")]
    [True, True, True, False]
    >>> [is_placeholder(s) for s in ("put your unique phrase here", "Enter Your Token", "yourself nine amber")]
    [True, True, False]

    Joined words holding ``your`` (``PutHereYourToken``), a URI template's slot named in words
    (``{apikey}``, ``{yourToken}``, RFC 6570) and a Terraform reference (``var.tfc_token``, ``local.api_key``) say where the value comes
    from too (round 31).

    >>> [is_placeholder(s) for s in ("PutHereYourToken", "{yourToken}", "var.tfc_token", "Xk9mYourQ2pL7")]
    [True, True, True, False]

    Joined lower-case words ending in ``yours`` (ZeroBounce's docs' ``api_key=replacewithyours``) say so as
    ``your`` before a word does (round 66).

    >>> [is_placeholder(s) for s in ("replacewithyours", "insertyours", "yours", "k3j9yours")]
    [True, True, False, False]
    >>> [is_placeholder(s) for s in ("{API_KEY}", "{api_key}", "{VVjkOGBuAJg5}")]  # the last: ODBC's braces around a password
    [True, True, False]

    A Ruby interpolation (``#{ENV['API_KEY']}``) and an instruction in upper-case words
    (``CHANGE_ME_BEFORE_DEPLOY``, ``REPLACE_WITH_TOKEN``) say so too (round 33, LeakTK's allowlists).

    >>> [is_placeholder(s) for s in ("#{ENV['API_KEY']}", "CHANGE_ME_BEFORE_DEPLOY", "SET_ME", "CHANGE", "QWPX_TKLM")]
    [True, True, True, False, False]

    A build tool's filter token (Maven's and Ant's ``@DB_PASSWORD@``, ``@db.password@``) and a
    token's prefix before a mask of ``x`` (``glpat-xxxxxxxxxxxxxxxxxxxx``) say so too (round 37,
    LeakTK's allowlists).

    >>> [is_placeholder(s) for s in ("@DB_PASSWORD@", "@db.password@", "glpat-xxxxxxxxxxxxxxxxxxxx", "@Xk9mQ2pL@", "glpat-xxxxQ2pL")]
    [True, True, True, False, False]

    ``YOUR`` words joined by a URL's ``+`` for a blank (``YOUR+AUTH-TOKEN``, SmartyStreets' docs) say so
    too (round 39).

    >>> [is_placeholder(s) for s in ("YOUR+AUTH-TOKEN", "your+api+key", "Xk9m+YOUR+Q2pL")]
    [True, True, False]

    A token's prefix and digits before the word ``placeholder`` (``xoxb-1234-placeholder``) says so too
    (round 40, LeakTK's Slack stopwords).

    >>> [is_placeholder(s) for s in ("xoxb-1234-placeholder", "sk-live-placeholder", "xoxb-1234-Xk9mQ2pL")]
    [True, True, False]

    A token's prefix alone, or before an ellipsis (``sk_live_...``), and a placeholder holding ``your``
    after a token's prefix (``123456:ABC-your-token``) say so too (round 45).

    >>> [is_placeholder(s) for s in ("sk_live_", "sk_live_...", "123456:ABC-your-token", "sk_live_Xk9mQ2pL", "gP-", "a-")]
    [True, True, True, False, False, False]

    A slot in doubled angle brackets (``<<YOUR_API_KEY>>``) says so as single ones do (round 48).

    >>> [is_placeholder(s) for s in ("<<YOUR_API_KEY>>", "<<api key>>", "<<Xk9mQ2pLr7Vd")]
    [True, True, False]

    A token's prefix before a shorter mask of ``x``, one a part (``dp.st.xxxx``, Dynatrace's docs'
    ``dt0c01.XXXX...XXXX.XXXX...XXXX``), or before a slot's opening (``doo_v1_<your``, the value a blank
    cuts from ``doo_v1_<your token>``) says so too (round 50).

    >>> [is_placeholder(s) for s in ("dp.st.xxxx", "dt0c01." + "X" * 24 + "." + "X" * 64, "doo_v1_<your", "doo_v1_<token>")]
    [True, True, True, True]
    >>> [is_placeholder(s) for s in ("dp.st.xxQ2", "dt0c01.XXXXQ2pLr7Vd", "pass.<3Xk9m", "doo_v1_Xk9mQ2pL")]
    [False, False, False, False]

    A mask's fixed short end (Flutterwave's ``FLWSECK_TEST-XXXX...-X``) and a variable as a URL's password before
    its host (``${GITHUB_TOKEN}@github.com/acme/web.git``, the value after ``x-access-token:``) say so too (round 51).

    >>> [is_placeholder(s) for s in ("FLWSECK_TEST-" + "X" * 16 + "-X", "${GITHUB_TOKEN}@github.com/a/b.git", "$TOKEN@git.acme.io")]
    [True, True, True]
    >>> [is_placeholder(s) for s in ("FLWSECK_TEST-XXXXQ2pL-X", "$ecret@123", "$Xk9mQ2pL@github.com", "${T}x@github.com")]
    [False, False, False, False]

    A prefix glued to a slot that says so, with no ``_`` or ``-`` between (``GR1348941<your``, the value a blank
    cuts from ``GR1348941<your token>``), says so too (round 54); a password holding ``<`` before other letters does not.

    >>> [is_placeholder(s) for s in ("GR1348941<your", "ak2024<insert", "GR1348941<your-token>")]
    [True, True, True]
    >>> [is_placeholder(s) for s in ("Xk9m<Qpass", "hunter2<yours1", "ab12<3Xk9m")]
    [False, False, False]

    A token's prefix before an instruction in upper-case words (``nyk_v0_REPLACE_ME``, ``sk_live_CHANGE_ME``) and the
    docs' slot written with another language's word for your (``SUA_API_KEY``, ``tu_clave_api``, ``VOTRE_CLE_API``)
    say so too (round 59); a token after such a prefix or word does not.

    >>> [is_placeholder(s) for s in ("nyk_v0_REPLACE_ME", "sk_live_CHANGE_ME", "SUA_API_KEY", "tu_clave_api", "VOTRE_CLE_API")]
    [True, True, True, True, True]
    >>> [is_placeholder(s) for s in ("nyk_v0_Xk9mQ2pLr7Vd", "sk_live_SETxk9Q2", "sua_Xk9mQ2pLr7Vd", "ta_9f2c4e6a8b0d", "TA_ORDERS_TABLE")]
    [False, False, False, False, False]

    A short prefix holding a digit alone or before an ellipsis (Replicate's ``r8_``, ``r8_...``), an elided
    example (an ellipsis and fewer than 8 letters and digits: ``00D...!``, ``sk-...Ab3d``) and one character
    repeated 16 times or more (Route4Me's demo key of 32 ones) say so too (round 61); a longer value around an
    ellipsis, a shorter repeat and a token after the prefix do not.

    >>> [is_placeholder(s) for s in ("r8_", "r8_...", "00D...!", "sk-...Ab3d", "1" * 32, "0" * 16)]
    [True, True, True, True, True, True]
    >>> [is_placeholder(s) for s in ("r8_Xk9mQ2pL", "hunter2_", "Xk9mQ2pL...Rt7Vb4Nc", "1" * 15, "1" * 31 + "2")]
    [False, False, False, False, False]
    """
    if secret.startswith("<<") and secret.endswith(">>"):
        secret = secret[1:-1]  # "<<YOUR_API_KEY>>": a slot in doubled angle brackets, as in single ones (round 48)
    if _PLACEHOLDER.match(secret) is not None:
        return True
    if secret[-1:] in _PREFIX_ENDS and _PREFIX_ALONE.fullmatch(secret) is not None:
        return True
    if ("..." in secret or "…" in secret) and sum(c.isalnum() for c in secret) < _ELIDED_MOST:
        return True
    if len(secret) >= _ONE_CHARACTER_LEN and secret.count(secret[0]) == len(secret):
        return True
    if ("<" in secret or "xxxx" in secret or "XXXX" in secret) and _PREFIX_MASK.fullmatch(secret) is not None:
        return True
    if secret[:1] == "$" and "@" in secret and _VAR_AT_HOST.fullmatch(secret) is not None:
        return True
    if "_" in secret and _INSTRUCTION_VERB.search(secret) and _PREFIX_INSTRUCTION.fullmatch(secret) is not None:
        return True
    if (
        secret[:2].lower() in _OTHER_YOUR_STARTS
        and (secret.isupper() or secret.islower())
        and _OTHER_YOUR.fullmatch(secret) is not None
        and _SLOT_KEY_WORD.search(secret) is not None
    ):
        return True
    return ("your" in secret or "YOUR" in secret or "Your" in secret) and _PREFIXED_YOUR.fullmatch(secret) is not None


def secret_span(m: re.Match[str]) -> tuple[int, int]:
    """The ``secret`` group's span if the pattern has one that took part, else the whole match."""
    if "secret" in m.re.groupindex:
        start, end = m.span("secret")
        if start >= 0:
            return start, end
    return m.span()


def card_brand_ok(digits: str) -> bool:
    """Whether ``digits`` has the prefix and length of a major card brand.

    >>> card_brand_ok("4111111111111111"), card_brand_ok("1700000000000000")
    (True, False)
    """
    n = len(digits)
    if not digits.isdigit() or not 13 <= n <= 19:
        return False
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649:
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p2 in (36, 38, 39):
        return 14 <= n <= 19
    if p2 == 62:
        return 16 <= n <= 19
    return False


# Words right before a number that make it an object's id, not a card (asana task <16 digits>, section <16 digits>,
# facebook app id <16 digits>, tweet <19 digits>): a card number is labeled card, pan or number.
_NUMBER_ID_WORDS = frozenset(
    """
    id ids task tasks ticket issue page post status tweet message msg event job run build app
    gid uid pid invoice order shipment parcel tracking conversation thread channel contact project
    stream section sections workspace portfolio story
    """.split()
)
# the label, then spaces, an operator or an opening quote (asana_project_id <= "<16 digits>")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s:=#\"'<>|]*$")


def _luhn(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A Luhn-valid number of a card brand's length and prefix, unless an id word labels it.

    >>> import re
    >>> rx = re.compile(r"\\d{16}")
    >>> [bool(_luhn(rx.search(t), None)) for t in ("card 4111111111111111", "asana task 4111111111111111 moved")]  # type: ignore[arg-type]
    [True, False]
    """
    start, end = secret_span(m)
    label = _WORD_BEFORE.search(m.string, max(0, start - 24), start)
    if label is not None and label[1].lower() in _NUMBER_ID_WORDS:
        return None
    raw = m.string[start:end]
    if raw.isdigit() and _LABELED_CARD_MIN_DIGITS <= len(raw) <= 19 and luhn_valid(raw) and _card_labeled(m.string, start):
        return start, end  # card_number: "<any issuer's digits>": the key says it is a card
    if " " in raw and "-" in raw:
        return None
    if " " in raw or "-" in raw:
        groups = re.split(r"[ \-]", raw)
        if any(len(g) < 4 or len(g) > 6 for g in groups[:-1]):
            return None  # grouped card numbers come in groups of 4 to 6 digits
    elif not 14 <= len(raw) <= 16:
        return None  # 17-19 digits in a row are ids (snowflakes, order numbers) far more often than cards
    digits = raw.replace(" ", "").replace("-", "")
    if not luhn_valid(digits):
        return None
    if not card_brand_ok(digits) and not _grouped_card(raw, digits):
        return None
    return start, end


# Under a key naming a card's number, the fewest digits taken: Maestro's numbers run from 12 to 19.
_LABELED_CARD_MIN_DIGITS = 12
# The key or label right before a number (card_number: ", <CardNumber>, "card": "): its words.
_LABEL_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9_\-]*)[\s:=\"'<>|]*$")
_CARD_WORDS = frozenset({"card", "cards", "cc", "ccn", "ccnum", "pan"})
_CARD_LAST_WORDS = _CARD_WORDS | {"number", "num", "no", "nr"}


def _card_labeled(text: str, start: int) -> bool:
    """Whether the key or label right before ``start`` names a card's number (``card``, ``card_number``,
    ``<CardNumber>``, ``creditCardNumber``, ``cc_num``, ``pan``), not one of its other fields (``card_id``).

    Under such a key a Luhn-valid number of 12 to 19 digits is taken whatever its leading digits: a
    card number in a payment record need not be of a brand this library lists (private-label,
    test and tokenised numbers).

    >>> [_card_labeled(t, len(t)) for t in ('card_number: "', "<CardNumber>", "card_id: ", "order ")]
    [True, True, False, False]
    """
    label = _LABEL_BEFORE.search(text, max(0, start - 40), start)
    if label is None:
        return False
    words = split_words(label[1])
    return bool(words) and words[-1] in _CARD_LAST_WORDS and not _CARD_WORDS.isdisjoint(words)


def _grouped_card(raw: str, digits: str) -> bool:
    """A Luhn-valid number written the way cards are printed: 4-4-4-4(-3) or 4-6-5, one separator.

    Grouping is evidence enough that it is a card even outside the documented
    issuer ranges (test cards, private-label and tokenised numbers): the first
    digit must still be that of a card issuer (2 to 6, ISO/IEC 7812).
    """
    if digits[0] not in "23456" or not 15 <= len(digits) <= 19:
        return False
    groups = [len(g) for g in re.split(r"[ \-]", raw)]
    return len(groups) > 1 and (groups in ([4, 6, 5], [4, 6, 4]) or (all(g == 4 for g in groups[:-1]) and 3 <= groups[-1] <= 4))


def _basic(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = secret_span(m)
    token = m.string[start:end]
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if ":" not in decoded[1:] or not decoded.isprintable():
        return None
    return start, end


def _bearer(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = secret_span(m)
    token = m.string[start:end]
    if len(token) < 8 or (token.isalpha() and (token.islower() or token.isupper() or token.istitle())):
        return None  # "bearer authentication", "Bearer undefined"
    if _CREDENTIAL_CONSTANT.fullmatch(token):
        return None  # "Bearer SECRET_KEY": a constant's or a variable's name, the docs' slot for the key (round 32)
    return start, end


# Upper-case words joined by '_' ending in a credential word (SECRET_KEY, YOUR_ACCESS_TOKEN): a name, not a token;
# and in API_TEST, the docs' test constant (Postmark's POSTMARK_API_TEST; round 60).
# Two variables joined by ':' ($USER_ID:$TOKEN, ${USER}:${PASS}): a user:password pair filled in later (round 34).
_VARIABLE_PAIR = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?")
# A credential word after a blank: the value before it is the first of the docs' words ("server token", "your key").
_CRED_WORD_AFTER = re.compile(r" +(?:api[ _-]?)?(?:tokens?|keys?|secrets?|passwords?)\b", re.IGNORECASE)
_CREDENTIAL_CONSTANT = re.compile(r"(?:[A-Z]+_)+(?:KEY|TOKEN|SECRET|PASSWORD|CREDENTIALS?|API_TEST)")


def _private_key_b64(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = secret_span(m)
    head = m.string[start : start + 64]
    head = head[: len(head) // 4 * 4]
    try:
        decoded = base64.b64decode(head)
    except (binascii.Error, ValueError):
        return None
    return (start, end) if b"PRIVATE KEY" in decoded else None


def context_key(exact: Iterable[str]) -> Validator:
    """The validator of a ``context`` rule: the key must sound like a credential, not an id.

    ``exact`` are context words that are whole header names (``x-honeycomb-team``):
    a key equal to one of them is accepted as it is.
    """
    exact_set = frozenset(e.lower() for e in exact)

    def check(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
        key = m["key"]
        if key.lower().strip("\"'-") in exact_set:
            return m.span("secret")
        return m.span("secret") if credential_key(key, keys) else None

    return check


def credential_key(key: str, keys: KeyClassifier) -> bool:
    """Whether ``key`` sounds like a credential's and not an id's, as a ``context`` rule's key must
    (``topic_key``, ``CIRCLE_TOKEN``; not ``topic_key_id``, ``circle_sha1``)."""
    words = split_words(key)
    if any(w in _ID_WORDS for w in words) or keys.classify(key) == NOT_SECRET:
        return False
    return keys.classify(key) == SECRET or any(w in _CRED_WORDS for w in words)


def _value_span(m: re.Match[str]) -> tuple[int, int, bool]:
    for name, quoted in (("dq", True), ("edq", True), ("sq", True), ("bq", True), ("bare", False)):
        if name not in m.re.groupindex:
            continue
        start, end = m.span(name)
        if start >= 0:
            return start, end, quoted
    return -1, -1, False


_AUTH_HEADER_KEY = re.compile(r"-{0,2}(?i:proxy-)?(?i:authorization)")
_BLANK_THEN_MORE = re.compile(r"[ \t]+\S")


# Vault's AppRole named before a bare "secret_id" (vault write auth/approle/login role_id=... secret_id=...):
# its login's secret, a UUID; elsewhere (Tencent's SecretId) secret_id is an id.
_APPROLE_NAMED = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(sorted(APPROLE_WORDS)) + r")(?![a-z])")
_UUID_VALUE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_APPROLE_REACH = 200  # characters before the key where Vault or AppRole may be named


def _approle_secret_id(m: re.Match[str]) -> bool:
    """Whether ``m`` is a bare ``secret_id`` holding a UUID after Vault or AppRole is named (round 37)."""
    key = m["key"].lower()
    if not key.endswith("id") or "secret" not in key or split_words(m["key"])[-2:] != ["secret", "id"]:
        return False
    start, end, _ = _value_span(m)
    if start < 0 or _UUID_VALUE.fullmatch(m.string, start, end) is None:
        return False
    return _APPROLE_NAMED.search(m.string, max(0, m.start("key") - _APPROLE_REACH), m.start("key")) is not None


# A Kubernetes TLS Secret's name (cert-manager's "<name>-tls"): where the secret is, not its value.
_TLS_SECRET_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-tls")


def _keyvalue(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    named = False
    if keys.classify(m["key"]) != SECRET and not _approle_secret_id(m):
        if not keys.credential_named(m["key"]):
            return None
        named = True  # ZEROTIER_KEY=<v>: a provider the list lacks; the value must be a token (below)
    if m["sep"] == ":" and (m["key"].startswith("$") or m.string[m.start("key") - 1 : m.start("key")] == "$"):
        return None  # curl -u $API_KEY: https://..., $a ? $token : $b: a variable's value then ":", not a key
    start, end, quoted = _value_span(m)
    if start < 0:
        return None
    value = m.string[start:end]
    if value.strip().lower() in _SCHEME_WORDS:
        return None  # 'Authorization': 'Bearer ' + os.environ[...], "token_type": "Bearer": a scheme, no credential
    if m.string[start - 1 : start] == "`" and "${" in value:
        return None  # password = `${process.env.DB_PASSWORD}`: a template literal, filled in later
    if m["sep"] == ":" and _ARN_BEFORE.search(m.string, 0, m.start("key")):
        return None  # arn:aws:secretsmanager:<region>:<account>:secret:<name>: the name of a secret, not a value
    if m.string.startswith("${{", start):
        return None  # CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}: a CI expression, filled in later
    if m.string.startswith("$(", start):
        return None  # ARM_CLIENT_SECRET=$(az keyvault secret show ...): a command's output, filled in later
    if value.isdigit() and _COUNT_KEY.search(m["key"]):
        return None  # tokens=1781, num_tokens: 50: a count of tokens (an LLM's usage), not one
    if not quoted and _AUTH_HEADER_KEY.fullmatch(m["key"]) and _SCHEME_WORD.match(value) and _BLANK_THEN_MORE.match(m.string, end):
        return None  # "Authorization: sso-key <key>:<secret>": a scheme word; rule authorization-header takes what follows
    scheme = AUTH_SCHEME.match(value)
    if scheme and scheme.end() < len(value):
        start += scheme.end()
        value = value[scheme.end() :]
        if value.startswith("$("):
            return None  # "Authorization: Bearer $(gcloud auth print-access-token)": a command's output (round 37)
        if not quoted and _COMMAND_OPTION.fullmatch(value):
            return None  # "-F token=TOKEN -F ref=main": the value is the scheme-like word; a command's option follows (round 55)
    if not value.strip("="):
        return None  # "==> /etc/app/api.token <==": tail's header around a file's name, no assignment (round 37)
    if not quoted:
        if value.lower() in _SCHEME_WORDS or (_EMPTY_ASSIGNMENT.match(value) and not _TOKEN_WITH_PAD.match(value)):
            return None  # "Authorization: Bearer [REDACTED]", "Set-Cookie: theme=; Max-Age=0"
        stripped = value.rstrip(".)")
        if stripped and len(stripped) < len(value):
            end -= len(value) - len(stripped)  # "password=hunter2." at the end of a sentence
            value = stripped
        if m["kq"] and _JSON_NUMBER.match(value):
            return None  # a JSON number under a secret-sounding key ("token_count" style)
        if m["sep"] == ":" and value.lower() in _PROSE:
            return None  # "invalid token: expired"
        if _CALL_START.match(value) or _ENV_REFERENCE.match(value):
            return None  # pass := os.Getenv("DB_PASS"), db_pwd <- Sys.getenv('DB_PWD'): a call, not a value
        if _YAML_TAG.match(value) and _BLOCK_SCALAR_AFTER.match(m.string, end):
            return None  # db_password: !vault |: a YAML tag before a block whose lines hold the value
        if _SUBSCRIPT_AFTER.match(m.string, end):
            return None  # password = config['db']['password']: a variable read by its key, not a value
        if _attribute_read(value, keys):
            return None  # secret_key = settings.CACHE_SECRET_KEY, password = config.db.password: an attribute read (round 33)
        if value.isdigit() and len(value) < _MIN_DIGITS_PASSWORD:
            return None  # pass: 3, pw: 12: a count or a step, not a password
        if m.string[m.start() - 1 : m.start()] in ("?", "&"):  # a URL's query parameter
            if "&" in value:
                end = start + value.index("&")  # ?token=$T&V1: in a URL's query every '&' ends the parameter
                value = value[: end - start]
            if _shared_query_value(value, m["key"].lower()):
                return None  # "?apikey=demo", "&api-key=test", "?token=expired&next=/"
            if _CREDENTIAL_CONSTANT.fullmatch(value):
                return None  # "?access_key=API_KEY&base=USD": the docs' name for the key in a query (round 44)
        if scheme and _masked_auth_param(value):
            return None  # "Authorization: Token token=***": the scheme's parameter holds a mask (round 31)
        if scheme and _CREDENTIAL_CONSTANT.fullmatch(value):
            return None  # "Authorization: Bearer SECRET_KEY": the docs' name for the key after the scheme (round 32)
        if _VARIABLE_PAIR.fullmatch(value):
            return None  # "Authorization: $USER_ID:$TOKEN": two variables joined as user:password, filled in later (round 34)
        if m["sep"] == ":" and value.isalpha() and value.islower() and _CRED_WORD_AFTER.match(m.string, end):
            return None  # "X-Postmark-Server-Token: server token": the docs' words for what goes there (round 34)
    if not value.strip() or is_path(value) or _FILE_URL.match(value):
        return None
    if m["sep"] == ":" and start == m.end("sep") and value in _ARCHITECTURES:
        return None  # libsecret-1-0:amd64: dpkg's and apt's package:architecture, not key: value
    if not quoted and _not_a_value(m, value, end):
        return None  # passwd <= 1:4.0.12-6, passwd: files systemd, challengePassword = A challenge password
    if _setting_words(m["key"], value):
        return None  # transparentAuth=disabled, dbus-user-session: Copy ...: a setting or words, not a credential
    if _SECRET_OBJECT_NAME.fullmatch(value):
        return None  # secret: orders-db-credentials: the name of a stored secret (a Kubernetes Secret), not its value
    if _KEY_FILE_NAME.fullmatch(value):
        return None  # secret: "orders-ca.crt", tls_secret: server.key: the file the secret is in, by its name (round 33)
    if _TLS_SECRET_NAME.fullmatch(value):
        return None  # secret: ingress-tls: a TLS Secret's name (round 37)
    if jose_header_alone(value):
        return None  # token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9": a JWT's header alone, no claims nor signature (round 33)
    if named and not named_key_token(value):
        return None
    if (
        _CAPS_WORDS.match(value)
        and _PARAM_WORD.sub("", value.lower()) == _PARAM_WORD.sub("", m["key"].lower())
        and not m["key"].lower().endswith(_PASSWORD_ENDINGS)
    ):
        # "api_secret=API_SECRET", "client_secret: CLIENT_SECRET": the docs' value naming its own key
        # (round 39); a password may be the word itself (password=PASSWORD stays redacted, as round 38 chose)
        return None
    if (
        _PARAM_WORD.search(value)
        and _names_a_credential(value)
        and not m["key"].lower().endswith(_PASSWORD_ENDINGS)
    ):
        # "APP_KEY:APP_SECRET" (curl -u's pair read as a key and its value), "API_KEY: API_SECRET": the docs'
        # upper-case name of a credential, as cli-user-password keeps it (round 50); not under a password's key;
        # the same in lower case ('curl -u "api_key:api_secret"', round 56)
        return None
    if value.endswith("_API_TEST") and _CREDENTIAL_CONSTANT.fullmatch(value):
        # "X-Postmark-Server-Token: POSTMARK_API_TEST": the docs' test constant in upper-case words (round 60)
        return None
    if _names_not_holds(m["key"], value):
        return None
    if _PUBLIC_CLIENT_ID.search(value):
        return None  # GOOGLE_CLIENT_ID=<n>-<32>.apps.googleusercontent.com: an OAuth client id every sign-in page shows
    return start, end


# A Debian or RPM version ([epoch:]upstream[-revision]) as a package relation compares it: "passwd <= 1:4.0.12-6".
_PACKAGE_VERSION = re.compile(r"(?:\d+:)?\d+(?:\.\d+)+(?:[+~][A-Za-z0-9.+~]*)?(?:-[A-Za-z0-9.+~]+)?")
# The sources and actions of the name service switch (nsswitch.conf: "passwd: files systemd").
_NSS_DATABASES = frozenset({"passwd", "shadow", "gshadow"})
_NSS_SOURCES = frozenset(
    "files compat systemd sss ldap nis nisplus db dns winbind hesiod cache extrausers altfiles mymachines resolve myhostname".split()
)
_NSS_ACTION = re.compile(r"\[!?[A-Za-z]+=[A-Za-z]+(?:[ \t]+!?[A-Za-z]+=[A-Za-z]+)*\]")
_ARTICLES = frozenset({"A", "An", "The"})
_WORDS_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+[a-z]+\b")


def _not_a_value(m: re.Match[str], value: str, end: int) -> bool:
    r"""Whether an unquoted ``value`` after a secret-sounding key is something else the text says:
    a version a package relation compares (``passwd <= 1:4.0.12-6``), the name service switch's
    sources (``passwd: files systemd``: every word to the line's end a source or an action), or an
    article starting words (``challengePassword = A challenge password``, openssl.cnf's prompt).

    >>> import re
    >>> rx = re.compile(r"(?P<key>\w+)[ \t]*(?P<sep><=|=|:)[ \t]*(?P<bare>\S+)")
    >>> [_not_a_value(m, m["bare"], m.end()) for m in map(rx.match, ("passwd <= 1:4.0.12-6", "passwd: files systemd",
    ...  "challengePassword = A challenge password", "passwd: files hunter2", "password = Hunter was rejected"))]
    [True, True, True, False, False]
    """
    sep = m["sep"]
    if sep == "<=":
        return _PACKAGE_VERSION.fullmatch(value) is not None
    if sep == ":" and m["key"] in _NSS_DATABASES and value in _NSS_SOURCES:
        line_end = m.string.find("\n", end)
        rest = m.string[end : len(m.string) if line_end < 0 else line_end]
        return all(word in _NSS_SOURCES for word in _NSS_ACTION.sub(" ", rest).split())
    return value in _ARTICLES and _WORDS_AFTER.match(m.string, end) is not None


# CPU architectures as Debian's and RPM's tools write them after a package's name (libsecret-1-0:amd64).
_ARCHITECTURES = frozenset(
    "amd64 arm64 i386 i686 armhf armel x86_64 aarch64 ppc64el ppc64le s390x riscv64 mips64el mipsel loong64 noarch".split()
)
# Last words of a key that name a setting as often as a credential: Java's "transparentAuth=disabled" and
# "initiate.credential=always-impersonate", PAM's "-session optional", a package named before a
# changelog's words ("dbus-user-session: Copy XDG_CURRENT_DESKTOP ...").
_SETTING_OR_CREDENTIAL_WORDS = frozenset({"auth", "session", "sessions", "credential", "credentials", "creds"})
_LETTERS_JOINED = re.compile(r"[A-Za-z]+(?:[-|][A-Za-z]+)*")
_WORD_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")
_VOWELS_Y = frozenset("aeiouyAEIOUY")


def _setting_words(key: str, value: str) -> bool:
    """Whether ``value``, under a key whose last word names a setting as often as a credential
    (:data:`_SETTING_OR_CREDENTIAL_WORDS`), is words: letters in parts of two or more with a vowel
    and one capital at most (``disabled``, ``allHosts``, ``always-impersonate``, ``true|false``),
    at most 24 characters.  A credential there holds a digit or a symbol, or its letters do not
    read as words (``kdloedMFGdGla``); under any other key (``password: letmein``) words stay a value.

    >>> [_setting_words(k, v) for k, v in (("transparentAuth", "disabled"), ("client.auth", "true|false"),
    ...  ("dbus-user-session", "Copy"), ("session", "kdloedMFGdGlaPzacGj"), ("auth", "hunter2"), ("password", "letmein"))]
    [True, True, True, False, False, False]
    """
    words = split_words(key)
    if not words or words[-1] not in _SETTING_OR_CREDENTIAL_WORDS:
        return False
    core = value.strip("().,;:")
    if not core or len(core) > 24 or _LETTERS_JOINED.fullmatch(core) is None:
        return False
    return all(
        len(part) >= 2 and not _VOWELS_Y.isdisjoint(part) and sum(c.isupper() for c in part) <= 1
        for part in _WORD_PART.findall(core)
    )


# A client id its provider publishes by design: Google's OAuth client id ends in its apps domain.
_PUBLIC_CLIENT_ID = re.compile(r"\.apps\.googleusercontent\.com$")
# An environment variable's name (INDEX_CLIENT_SECRET) and a field's name (shard_id, user.email).
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_FIELD_NAME = re.compile(r"[a-z]{2,}(?:[_.\-][a-z]{2,})+|[a-z]{2,16}")


def _names_not_holds(key: str, value: str) -> bool:
    """Whether the value under a secret-sounding ``key`` is a name the key points to, not a credential.

    Under a key ending in ``env`` or ``var`` (``client_secret_env``, ``password_var``), a
    variable's name in upper case (``INDEX_CLIENT_SECRET``) says where the secret is; under a key
    whose word before ``key`` names a credential and a thing alike (``primary_key``: Azure's and a
    table's), lower-case words (``shard_id``, ``email``) are a column's name: a credential there is
    base64 or mixes cases and digits.

    >>> [_names_not_holds(k, v) for k, v in (("client_secret_env", "INDEX_CLIENT_SECRET"), ("primary_key", "shard_id"),
    ...  ("primary_key", "Zk3mQ9xLp2Rt7Vb4Nc8Wd1Fg5Hj0Ks6A/B+C=d2E4r8Xy"), ("client_secret", "INDEX_CLIENT_SECRET"))]
    [True, True, False, False]
    """
    words = split_words(key)
    if len(words) >= 2 and words[-1] in ("env", "var") and _ENV_NAME.fullmatch(value):
        return True
    return (
        len(words) >= 2
        and words[-1] in ("key", "keys")
        and words[-2] in THING_OR_CREDENTIAL_KEY_WORDS
        and _FIELD_NAME.fullmatch(value) is not None
    )


# A YAML tag (!vault, !!binary) and, after it, a block scalar's indicator ("|", ">-") ending its line.
_YAML_TAG = re.compile(r"^!{1,2}[A-Za-z][\w.\-/]*$")
_BLOCK_SCALAR_AFTER = re.compile(r"[ \t]+[|>][-+0-9]{0,2}[ \t]*(?:\r?\n|\\n|$)")  # a newline, or one escaped
# A key that counts tokens (tokens, num_tokens, outputTokens): its plural names a number of them.
_COUNT_KEY = re.compile(r"tokens$", re.IGNORECASE)
# An Amazon Resource Name up to its resource type ("arn:aws:secretsmanager:eu-west-1:123456789012:"),
# right before a key: the key is the resource type (secret, key, token) and what follows is its name.
_ARN_BEFORE = re.compile(r"\barn:[\w.\-]+:[\w.\-]+:[\w.\-]*:\d{0,12}:$")
# A name of the environment (process.env.DB_PASSWORD, os.environ["X"]): where the secret is, not the secret.
_ENV_REFERENCE = re.compile(r"^(?:process\.env\.|os\.environ\b|\$_ENV\b|\$_SERVER\b|import\.meta\.env\.)")
# A call: its name then "(" and what the bare value took of its arguments (os.Getenv(, jwt.sign(claims).
# A subscript right after a bare value (config['db']): the value is a variable's name, read by its key.
_SUBSCRIPT_AFTER = re.compile(r"\[[\\]?[\"']")
# An unquoted value of digits shorter than this under a password key is a number, not a password.
_MIN_DIGITS_PASSWORD = 4
# A file's URL (credentials: file:///etc/app/creds.json): where the secret is, as a path is.
_FILE_URL = re.compile(r"file:/", re.IGNORECASE)
# Lower-case words joined by dashes, three or more, the last a credential's word: a stored secret's name.
_SECRET_OBJECT_NAME = re.compile(
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+-(?:credentials|creds|secret|secrets|token|tokens|password|passwords|keys?)"
)
# An attribute read: two or more names joined by dots, each a word or words in one case joined by '_'
# (settings.CACHE_SECRET_KEY, config.db.password, self.api_key); a token's parts mix cases and digits.
_ATTRIBUTE_READ = re.compile(r"(?:[a-z]+(?:_[a-z0-9]+)*|[A-Z]+(?:_[A-Z0-9]+)*)(?:\.(?:[a-z]+(?:_[a-z0-9]+)*|[A-Z]+(?:_[A-Z0-9]+)*))+")
# Names code reads settings and secrets from (self.api_key, config.db.password, os.environ ...).
_SETTINGS_OBJECTS = frozenset(
    """
    self this cls settings setting config conf cfg configuration env environ os options opts opt args argv params
    ctx context app secrets secret vault creds credentials process props properties values vars data state
    """.split()
)


def _attribute_read(value: str, keys: KeyClassifier) -> bool:
    """Whether an unquoted ``value`` is an attribute read (:data:`_ATTRIBUTE_READ`) and says so: a
    constant's name in upper case (``settings.CACHE_SECRET_KEY``), a first name code reads settings from
    (``self.api_key``, ``config.db.password``) or a last name that is a secret's (``db.password``).
    Lower-case words joined by dots and nothing more (``summer.rain``) may be a password.

    >>> [_attribute_read(v, KeyClassifier()) for v in ("settings.CACHE_SECRET_KEY", "config.db.password", "db.password",
    ...  "summer.rain", "Zk3m.Q9xL")]
    [True, True, True, False, False]
    """
    if _ATTRIBUTE_READ.fullmatch(value) is None:
        return False
    parts = value.split(".")
    return (
        any(part.isupper() for part in parts)
        or parts[0] in _SETTINGS_OBJECTS
        or keys.classify(parts[-1]) == SECRET
    )
# A file name people give a certificate, a key or a configuration: lower-case words and an extension.
_KEY_FILE_NAME = re.compile(
    r"[a-z0-9]+(?:[._\-][a-z0-9]+)*\.(?:crt|cer|pem|key|p12|pfx|jks|keystore|kdbx|json|ya?ml|txt|conf|cfg|ini|env|properties)"
)
_CALL_START = re.compile(r"^(?:[A-Za-z_][\w.]*\(|(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*\(\w*)$")


# The name an element's attribute gives it (Android's <string name="facebook_client_token">, a
# property file's <entry key="...">): the key its value is under (round 43).
_NAME_ATTRIBUTE = re.compile(r"""[ \t](?:name|key)[ \t]*=[ \t]*\\?["']([A-Za-z_][\w.\-]{0,60})\\?["']""")


def _xml_element(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    value = m["secret"]
    if keys.classify(m["key"]) != SECRET:
        named = _NAME_ATTRIBUTE.search(m.string, m.start(), m.start("secret"))
        if named is None or keys.classify(named[1]) != SECRET:
            return None
        if value.isalpha() and (value.islower() or value.istitle() or value.isupper()):
            return None  # <string name="password_hint">Password</string>: a word of the interface
    if is_path(value):
        return None  # <privateKey>/path/to/private/key</privateKey>: where the key is, as under key=value
    if _SECRET_OBJECT_NAME.fullmatch(value) or _KEY_FILE_NAME.fullmatch(value) or _TLS_SECRET_NAME.fullmatch(value):
        return None  # <secret>orders-tls</secret>: a stored secret's or its file's name, as under key=value (round 37)
    return m.span("secret")


# Words alone, or lower-case words joined by dashes: a message or a name on the line after a file's, not its content.
_FILE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+|[a-z]+(?:-[a-z]+)+")
# A command that prints a file, and tail's header before a file's lines ("==> db.password <==").
_READ_COMMAND = re.compile(r"\b(?:cat|head|tail|more|less|type|Get-Content)[ \t]")
_TAIL_HEADER = re.compile(r"==>[ \t]+\S*$")


def _secret_file_content(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The one value on the line after a file named for a secret (``db.password``, ``cluster.token``,
    ``app.clientSecret``) is shown: after tail's ``==> <name> <==``, ``<name>:`` or a command that prints
    it (``cat``, ``head`` ...) ending its line: the file's content (round 37).  Not a path, a file's
    name, nor words."""
    line = _line_before(m.string, m.start())
    shown = (m["after"] or "").strip()
    if shown == "<==":
        if _TAIL_HEADER.search(line) is None:
            return None
    elif shown != ":" and _READ_COMMAND.search(line) is None:
        return None
    value = m["secret"]
    if is_path(value) or _KEY_FILE_NAME.fullmatch(value) or _FILE_WORDS.fullmatch(value):
        return None
    return m.span("secret")


_STRONG_PARAMS = frozenset(
    """
    access_token token api_key api-key apikey auth auth_token secret password passwd pwd
    private_token session_token sessionid
    """.split()
)


# A format string's numbered or empty slot ({0}, {}) as the whole value, or before the next ';' field.
_FORMAT_PLACEHOLDER = re.compile(r"^\{\d*\}(?:;|$)")


def _query_param(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    name = m["key"].lower()
    start, end = m.span("secret")
    value = m.string[start:end]
    if _FORMAT_PLACEHOLDER.match(value):
        return None  # "uid=app;pwd={0};database=orders": a format string's slot, filled in later
    if _VARIABLE_PART.match(value):
        return None  # "Password=$ENV_PASSWORD;", "Pwd=${DB_PASSWORD};...": a variable, filled in later
    if is_placeholder(value) or _shared_query_value(value, name):
        return None  # "token=PutHereYourToken", "apikey={apikey}", "apikey=demo", "api-key=test", "token=expired"
    if _CAPS_WORDS.match(value) and _PARAM_WORD.sub("", value.lower()) in _PARAM_NAMES_JOINED:
        return None  # "token=TOKEN", "api_key=API_KEY": the docs' placeholder naming a parameter (round 38)
    if name in ("sig", "signature", "x-goog-signature"):
        return (start, end) if len(value) >= 16 else None
    if name in _STRONG_PARAMS:
        return (start, end) if len(value) >= 4 else None
    # "key": many APIs use it for an API key, many apps for a cache or object key.
    token_like = (
        _TOKEN_LIKE.match(value) is not None
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )
    return (start, end) if token_like or _long_digit_key(value) else None


# Upper-case words joined by '_' or '-' (TOKEN, API_KEY), and the query rule's parameter names joined
# without them: such a value is the name of what goes there, not a credential.
_CAPS_WORDS = re.compile(r"^[A-Z]+(?:[_\-][A-Z]+)*$")
_PARAM_WORD = re.compile(r"[_\-]")
_PASSWORD_ENDINGS = ("password", "passwd", "pwd", "pass")
_PARAM_NAMES_JOINED = frozenset(
    "accesstoken token apikey key sig signature auth authtoken secret password passwd pwd privatetoken "
    "sessiontoken sessionid userkey".split()
)


# The key several public APIs' docs and demos put in their requests (Alpha Vantage's, Twelve Data's
# and Financial Modeling Prep's 'apikey=demo'): a shared key for trying the API, no one's credential.
_DEMO_KEYS = frozenset({"demo"})
# ... and the Guardian's 'api-key=test' (round 54): taken under a key naming a password, where it is one
_TEST_KEY = "test"


def _shared_query_value(value: str, key: str) -> bool:
    """Whether a query parameter's ``value`` under ``key`` (lower case) is no one's credential: the docs'
    shared demo key (``apikey=demo``, round 31), the Guardian's test key under a key not naming a password
    (``api-key=test``, round 54; ``password=test`` is a password), or a state word (``token=expired``, round 48).

    >>> [_shared_query_value(v, k) for v, k in (("demo", "apikey"), ("test", "api-key"), ("test", "password"), ("Expired", "token"))]
    [True, True, False, True]
    """
    low = value.lower()
    return low in _DEMO_KEYS or low in _PROSE or (low == _TEST_KEY and not key.endswith(_PASSWORD_ENDINGS))
# A shell or template variable standing for a value: $NAME, ${NAME}, %NAME%.
_VARIABLE = re.compile(r"^(?:\$\{[^}\s]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%)$")
# ... as a whole value or a connection string's part (the query rule's value runs on over ';')
_VARIABLE_PART = re.compile(r"^(?:\$\{[^}\s]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%)(?:;|$)")


def _config_line(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A device configuration line's secret (``enable secret <v>``), unless it is a variable, a placeholder or a word of prose."""
    start, end = m.span("secret")
    value = m.string[start:end]
    if _VARIABLE.match(value) or is_placeholder(value) or value.startswith("$(") or value.lower() in _PROSE:
        return None  # "enable secret ${ENABLE_SECRET}", "enable password for the admin account"
    return start, end


def _random_token(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The ``secret`` group if it reads as a random token (hex, a UUID, or random letters and digits), not a name."""
    start, end = m.span("secret")
    value = m.string[start:end]
    return (start, end) if _token_value(value) and _reads_random(value) else None


def _key_blank_value(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A token after a secret key's name and a blank (``client_secret <v>``, ``tracking_api_key <v>``).

    The key must sound like a credential and the value read as a random token: a word, a name
    or a number after such a key (``api_key rotated``, ``session_id 42``) stays.
    """
    if keys.classify(m["key"]) != SECRET:
        return None
    return _random_token(m, keys)


def _url_password(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = m.span("secret")
    if start >= end:
        return None
    value = m.string[start:end]
    if value.isdigit() and len(value) <= 5:
        return None  # host:port@... is not a password
    if _PORT_FRAGMENT.match(value):
        return None  # host:8443#install@v2, host:8443,org.acme.app@4ed2965: a port, then a fragment or a list with an @ in it
    return start, end


_PORT_FRAGMENT = re.compile(r"^\d{1,5}[#,]")


# A scheme word the header's regex does not list (Zoho-oauthtoken, Klaviyo-API-Key), then what follows it.
_SCHEME_THEN_VALUE = re.compile(r"[ \t]+([^\s\"'\\,;]+)")
# a version of up to three digits may close it (Aiven's "aivenv1", round 35)
_SCHEME_WORD = re.compile(r"^[A-Za-z][A-Za-z-]*[A-Za-z][0-9]{0,3}$")
# A scheme's parameter (RFC 9110's auth-param, 'token=<v>' after 'Token'): its value, quotes dropped.
_AUTH_PARAM = re.compile(r"^[A-Za-z][\w-]*=[\"']?([^\"']*)[\"']?$")


def _filled_later(value: str) -> bool:
    """A variable (``$KEY``), a placeholder (:func:`is_placeholder`) or a constant's name naming a
    credential (``SECRET_KEY``, round 32): the real value is filled in later."""
    return value.startswith("$") or is_placeholder(value) or _CREDENTIAL_CONSTANT.fullmatch(value) is not None


def _masked_auth_param(value: str) -> bool:
    """A scheme's parameter (``token=***``, ``token=$T``) whose value is filled in later (round 31).

    A slot in angle brackets too, whose ``>`` the key-value rule leaves after the value
    (``token=<your-api-key>``, round 32), and a URI template's slot in braces, whose ``}`` it
    leaves likewise (``token={CC_TOKEN}``, round 44), and a slot in brackets naming the key in words
    (``token=[API_KEY]``, round 58).

    >>> [_masked_auth_param(v) for v in ("token=***", "token=<your-api-key", "token=<api_key>", "token=Xk9mQ2pL7aZ4")]
    [True, True, True, False]
    >>> [_masked_auth_param(v) for v in ("token={CC_TOKEN", "token={api_key", "token={VVjkOGBuAJg5")]
    [True, True, False]
    >>> [_masked_auth_param(v) for v in ("token=[API_KEY", "token=[your-api-key", "token=[Xk9mQ2pL7aZ4")]
    [True, True, False]
    """
    param = _AUTH_PARAM.match(value)
    if param is None:
        return False
    slot = param[1]
    if slot[:1] == "[" and "]" not in slot:
        # the docs' slot in brackets, whose ']' the key-value rule leaves too (token=[API_KEY], round 58):
        # only words naming the key inside, since any bracketed text reads as a placeholder
        inner = slot[1:]
        return is_placeholder(inner) or _CREDENTIAL_CONSTANT.fullmatch(inner) is not None
    closer = _CLOSER.get(slot[:1], "")
    return _filled_later(slot) or (closer != "" and closer not in slot and is_placeholder(slot + closer))


_CLOSER = {"<": ">", "{": "}"}
# words and blanks in braces, two words or more (a slot the docs name in words; a token holds no blank)
_BRACED_WORDS = re.compile(r"\{[A-Za-z_\-]+(?:[ \t]+[A-Za-z_\-]+)+\}")
# ... and in angle brackets ('<your secret key>'): the value class stops at the blank, so the scheme
# word before the slot read as the credential (round 60); a token in brackets holds no blank
_ANGLED_WORDS = re.compile(r"<[A-Za-z_\-]+(?:[ \t]+[A-Za-z_\-]+)+>")


def _auth_header(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = m.span("secret")
    value = m.string[start:end]
    if _SCHEME_WORD.match(value):
        after = _SCHEME_THEN_VALUE.match(m.string, end)
        if after is not None and len(after[1]) >= 8 and any(c.isdigit() for c in after[1]):
            return after.span(1)  # "Authorization: Zoho-oauthtoken 1000.<hex>.<hex>": the scheme stays
        if after is not None and _filled_later(after[1]):
            return None  # "Authorization: AccessKey <key>": a scheme before a placeholder (round 30)
        if after is not None and (_ANGLED_WORDS.match(m.string, after.start(1)) or _BRACED_WORDS.match(m.string, after.start(1))):
            return None  # "Authorization: secret-key <your secret key>": a scheme before the docs' words in a slot (round 60)
    if _masked_auth_param(value):
        return None  # "Authorization: Token token=***": the scheme's parameter holds a mask or a variable (round 31)
    if _BRACED_WORDS.match(m.string, start):
        return None  # "Authorization: Bearer {channel access token}": the docs' words in a template's braces (round 47)
    if value.lower() in _PROSE or len(value) < 8:
        return None
    if _filled_later(value):
        return None  # "Authorization: sso-key $KEY:$SECRET": variables, filled in later
    if value.isalpha() and (value.islower() or value.istitle()):
        return None  # a word of prose, not a credential
    return start, end


def _cookie_pairs(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = m.span("secret")
    value = m.string[start:end].rstrip()
    if not value or is_placeholder(value):
        return None
    return start, start + len(value)


# A dash-led value of a long option (--password -x9!...): a letter, and a digit or a symbol, no "=".
_DASHED_VALUE = re.compile(r"^-(?=[^=]*[A-Za-z])(?=[^=]*[0-9!@#$%^&*+.~?])[^=]{6,}$")
_PORTS = re.compile(r"^[\d.:\-]+(?:/(?:tcp|udp|sctp))?$")  # 8080:80, 8080:80/tcp, 127.0.0.1:80:80
_STATE = frozenset("none null nil true false yes no on off".split())
# A shell's redirections and pipes: after an option they are no value (the value comes from a file or a command).
_SHELL_OPERATORS = frozenset("< << <<< <& > >> >& | |& || && ;".split())
# Last words of an option name whose value names where a secret is, not the secret.
_OPTION_NAMES_A_NAME = frozenset("header headers env var variable name field param".split())
# A here-string after an option: the shell gives the word after it to the command's input
# ("gh auth login --with-token <<< <token>", "--password-stdin <<< '<password>'"; round 43).
_HERE_STRING = re.compile(r"""[ \t]+(?:"(?P<dq>[^"\\\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'\\]+))""")


def _option_value(m: re.Match[str]) -> tuple[int, int] | None:
    """The value of a command-line option match (quoted or bare), unless it is no secret."""
    start = end = -1
    for name in ("dq", "sq", "outer", "bare", "glued", "dashed"):
        if name not in m.re.groupindex:
            continue
        start, end = m.span(name)
        if start >= 0:
            break
    if start < 0 or end <= start:
        return None
    value = m.string[start:end]
    if value == "<<<" and name == "bare":
        here = _HERE_STRING.match(m.string, end)
        if here is None:
            return None
        start, end = next(here.span(g) for g in ("dq", "sq", "bare") if here.start(g) >= 0)
        value = m.string[start:end]
        if not value or value[0] in "$`<":
            return None  # <<< "$GH_TOKEN", <<< $(command): a variable or a command's output, filled in later
    if value in _SHELL_OPERATORS:
        return None  # "gh auth login --with-token < token.txt": the shell reads the value from a file (round 26)
    if value.startswith("@") and is_path(value[1:]):
        return None  # "ibmcloud login --apikey @~/.bluemix/apikey.json", curl's -d @file: the tool reads the file (round 47)
    if name == "dashed" and not _DASHED_VALUE.match(value):
        return None  # "--secret -verbose", "--token -Dk=v": another option, not a value
    low = value.lower()
    # A word is prose as words are written (rejected, Rejected, REJECTED), not in random case (rEjECtED).
    worded = value.islower() or value.istitle() or value.isupper()
    if (worded and (low in _PROSE or low in _STATE or low in _SCHEME_WORDS)) or is_placeholder(value) or is_path(value):
        return None  # "--password is required", "--auth basic", "--token <token>", "--secret /run/x"
    return start, end


def _cli_option(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    key = m["key"]
    named = keys.classify(key) != SECRET
    if (named and not keys.credential_named(key)) or split_words(key)[-1] in _OPTION_NAMES_A_NAME:
        return None  # --password-file, --token-ttl, --user, --api-key-header X-Api-Key
    if "dashed" in m.re.groupindex and m.start("dashed") >= 0 and not m["long"]:
        return None  # -p -x: a short option's value does not start with a dash
    span = _option_value(m)
    if span is not None and named and not named_key_token(m.string[span[0] : span[1]]):
        return None  # --zerotier-key <v>: a provider the list lacks, so the value must be a token
    if span is not None and _setting_words(key, m.string[span[0] : span[1]]):
        return None  # "dbus-daemon --session (and systemd --user)", PAM's "-session optional": words, not a credential
    return span


# MySQL's clients, whose -p takes its password only glued (-pSECRET): "-p orders" prompts for the
# password and names the database.
_MYSQL_TOOLS = frozenset("mysql mysqladmin mysqldump mysqlshow mysqlcheck mysqlimport mysqlpump mariadb mariadb-dump".split())
# A database's name: lower-case words joined by _ and maybe a number (orders, shop_eu, app2).
_DATABASE_NAME = re.compile(r"^[a-z]+(?:_[a-z]+)*[0-9]{0,4}$")


def _cli_option_value(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    span = _option_value(m)
    if span is None or _PORTS.match(m.string[span[0] : span[1]]):
        return None  # docker's -p 8080:80 after -u 1000
    if m.string[span[0] - 1] in " \t" and _DATABASE_NAME.match(m.string[span[0] : span[1]]):
        if _nearest_tool(m.string, m.start()) in _MYSQL_TOOLS:
            return None  # mysql -u app -p orders: a prompt, then the database
    return span


# Tools whose ``-u`` takes a user (and group), never a password: ``ps -u cache:order``,
# ``pgrep -u www:www nginx``, ``docker run -u app:app``; and tools whose ``-u`` / ``--user``
# takes ``user:password``.
_USER_OPTION_TOOLS = frozenset("ps pgrep pkill top htop killall lsof crontab docker podman nerdctl".split())
_CREDENTIAL_OPTION_TOOLS = frozenset("curl wget http https xh svn git".split())
_CLAUSE_END = re.compile(r"[;|&\n`]|\$\(")
_WORD = re.compile(r"[\w.\-/]+")


def _nearest_tool(text: str, pos: int) -> str:
    """The first word of the command that the option at ``pos`` belongs to (after the last ``;``,
    ``|``, ``&``, ``$(`` or line break), its directory dropped: ``mysql`` in ``/usr/bin/mysql -u a``."""
    clause = 0
    for found in _CLAUSE_END.finditer(text, 0, pos):
        clause = found.end()
    first = _WORD.search(text, clause, pos)
    return "" if first is None else first[0].rsplit("/", 1)[-1]


def _user_option_tool(text: str, pos: int) -> bool:
    """Whether the option at ``pos`` belongs to a tool whose ``-u`` names a user and group:
    the nearest tool name before it in its command (after the last ``;``, ``|``, ``&`` or
    line break) decides (``sudo pgrep -u www:www`` yes, ``docker exec app curl -u a:b`` no)."""
    clause = 0
    for found in _CLAUSE_END.finditer(text, 0, pos):
        clause = found.end()
    for word in reversed(_WORD.findall(text, clause, pos)):
        name = word.rsplit("/", 1)[-1]
        if name in _USER_OPTION_TOOLS:
            return True
        if name in _CREDENTIAL_OPTION_TOOLS:
            return False
    return False


def _endpoint_key(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The value under ``key`` / ``secret`` alone or a name ending in one (``VisionKey``, ``speech_key``)
    that names no thing it indexes (``cache_key``) and is no id; the rule's keyword gave the context."""
    key = m["key"].lower().strip(".-_")
    if key in ("key", "secret", "apikey") or keys.classify(m["key"]) == SECRET or keys.credential_named(m["key"]):
        return m.span("secret")
    return None


def _cli_user_password(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = m.span("secret")
    secret, user = m.string[start:end], m["user"]
    if _user_option_tool(m.string, m.start()):
        return None  # ps -u cache:order, docker run -u app:app: a user and a group
    if secret.isdigit() and (user.isdigit() or len(secret) <= 5):
        return None  # docker run -u uid:gid; a host:port
    if is_placeholder(secret) or secret.lower() in _STATE:
        return None
    if _FIXED_PASSWORD.fullmatch(secret):
        return None  # "curl -u $TOGGL_API_TOKEN:api_token", "-u $WORKSNAPS_TOKEN:ignored": the key is the user, the password a fixed word (rounds 47, 66)
    if _names_a_credential(secret):
        return None  # "curl -u CLIENT_ID:CLIENT_SECRET", 'curl -u "api_key:api_secret"': the docs name what goes there
    if "@" in user and not _token_value(secret):
        return None  # rsync -u deploy@host.acme.io:/var/www/: a host and a path, not a password
    return start, end


# the password a Basic-auth API fixes when the key is the user (Toggl's "<token>:api_token"), a word, not a secret
# and the docs' dummy a Basic-auth API ignores when the key is the user (Worksnaps' "<token>:ignored"; round 66)
_FIXED_PASSWORD = re.compile(r"api[_-]?(?:token|key)|ignored|unused")
# a lower-case name of two or more words standing for a credential in the docs (api_secret, client_secret,
# db_password): letters and '_' only, the last word a credential's
_SNAKE_CREDENTIAL_NAME = re.compile(r"[a-z]+(?:_[a-z]+)*_(?:secret|password|passwd|pwd|pass|token|key|apikey)")
# the last word of an upper-case name standing for a credential in the docs (CLIENT_SECRET, API_KEY, PASSWORD)
_CREDENTIAL_NAME_ENDS = frozenset("secret password passwd pwd pass token key apikey".split())


def _names_a_credential(value: str) -> bool:
    """Whether ``value`` is the docs' name of a credential, not one: upper case (``CLIENT_SECRET``, ``PASSWORD``,
    round 48) or lower-case words joined by ``_`` (``api_secret``, round 56).

    >>> [_names_a_credential(v) for v in ("CLIENT_SECRET", "API-KEY", "PASSWORD", "api_secret", "CLIENT_ID", "password", "Xk9mQ2pL")]
    [True, True, True, True, False, False, False]
    """
    if _CAPS_WORDS.match(value) is not None:
        return _PARAM_WORD.split(value.lower())[-1] in _CREDENTIAL_NAME_ENDS
    return _SNAKE_CREDENTIAL_NAME.fullmatch(value) is not None


def _cli_user_token(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A token given as the user of ``-u`` / ``--user``, whatever the password (``curl -u <key>:``, ``<key>:ignored``).

    Basic-auth APIs that take the key as the user name (HelloSign, Help Scout, Hiveage,
    Worksnaps) are called that way, with an empty, one-letter or ignored password; the user then
    has to read as a token (20 characters or more, a digit and a letter, random-reading), not a
    name (``curl -u admin:``, ``-u build-agent-for-region-eu:x9``).  The password, if any, is
    rule ``cli-user-password``'s.
    """
    start, end = m.span("secret")
    value = m.string[start:end]
    if not m.string.startswith(":", end) and (_user_option_tool(m.string, m.start()) or _UNIT_SUFFIX.search(value)):
        return None  # no ':': journalctl -u <unit>.service, sudo -u <user> name a unit or a user (round 45)
    if _token_value(value) and _reads_random(value) and not value.isdigit():
        return start, end
    return None


# a file or unit name's suffix: '.' and two or more letters ending the value (kubelet-7f9c.service)
_UNIT_SUFFIX = re.compile(r"\.[A-Za-z]{2,}$")


_JWT_SHAPE = re.compile(rb"^eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.")


# Parameter names that open a JOSE header or a JWT claims set (RFC 7515-7519, 7797, 8225):
# the first key of the JSON a JWT's first segment encodes.
_JOSE_NAMES = frozenset(
    """
    alg typ kid cty enc zip crit jku jwk x5u x5c x5t x5t#S256 epk apu apv iv tag p2s p2c b64 ppt svt
    kty use key_ops url nonce ver version iss sub aud exp nbf iat jti x
    """.split()
)



def _stable_b64(raw: bytes) -> bytes:
    """The base64url characters of ``raw`` that do not depend on what follows it."""
    return base64.urlsafe_b64encode(raw)[: len(raw) * 8 // 6]


# What a JWT's first segment starts with for each of those names: base64url of '{"alg"' ...
_JOSE_PREFIXES = tuple(sorted({_stable_b64(f'{{"{n}"'.encode()) for n in _JOSE_NAMES}))


def jose_header_alone(value: str) -> bool:
    """Whether ``value`` is a JWT's first segment alone: base64url of a JSON object whose names are all JOSE names.

    ``eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`` (HS256, typ JWT) starts every such token and names
    an algorithm, not a key; a whole token (with its dots) or base64 of other JSON is not this.

    >>> [jose_header_alone(v) for v in ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJ0eXBlIjoic2VydmljZV9hY2NvdW50In0")]
    [True, False]
    """
    if not value.startswith("eyJ") or not _BASE64URL.match(value):
        return False
    try:
        header = json.loads(_b64decode(value.replace("-", "+").replace("_", "/")))
    except ValueError:
        return False
    return isinstance(header, dict) and bool(header) and set(header) <= _JOSE_NAMES


def _b64decode(text: str | bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    data = data[: len(data) - len(data) % 4] if len(data) % 4 == 1 else data
    try:
        return base64.b64decode(data + b"=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return b""


def _base64_jwt(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A base64 string that decodes to a JWT, not any base64 starting ZXlK.

    Either the whole of it decodes to ``eyJ...eyJ...`` (header and claims), or
    its start decodes to the base64url of ``{"<name>"`` with a JOSE header or
    claim name (``alg``, ``typ``, ``kid``, ``iss`` ...): a base64-encoded
    token, possibly cut.  A double-encoded pagination cursor
    (``{"page": ...}``) is not one.
    """
    start, end = m.span()
    decoded = _b64decode(m.string[start:end].rstrip("="))
    if _JWT_SHAPE.match(decoded):
        return start, end
    if not decoded.startswith(b"eyJ"):
        return None
    return (start, end) if decoded.startswith(_JOSE_PREFIXES) else None


_VOWELS = frozenset("aeiouAEIOU")


def _random_text(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The match, if it reads as random characters rather than words joined together.

    It must hold a digit, and at most a third of its letters may be vowels: about
    a fifth are in random base64 (10 of 52 letters), about two fifths in English
    identifiers (``journeyCacheGetTurkeySurvey73.eye_release``); or its digits are
    scattered through its letters; or, with or without a digit, its letters' case
    flips five times or more.

    >>> import re
    >>> rx = re.compile("[^ ]+")
    >>> [bool(_random_text(rx.match(t), None)) for t in ("eyQ7xZk2Lp9.eyTt4Rm", "journeyCache73.eyeRelease")]  # type: ignore[arg-type]
    [True, False]
    """
    start, end = secret_span(m)
    text = m.string[start:end]
    letters = [c for c in text if c.isalpha()]
    if any(c.isdigit() for c in text):
        vowels = sum(c in _VOWELS for c in letters)
        if 3 * vowels <= len(letters) or _digits_scattered(text, len(letters), vowels):
            return start, end
    # letters whose case flips often (as in :func:`_reads_random`): base64 a little richer in vowels
    # than a third (ey2GC2QB3E2uP2GxU8lPTQ.ey-0DWSymozo...: 22 of 65), or without a digit (about 6
    # random 32-character base64url keys in 1,000: QmnvmdCUpbWYiuk_xaP-PWtlhGFQktNe), not words
    # joined in camelCase, which flip 3 times at most
    if len(_CASE_FLIP.findall("".join(letters))) >= 5:
        return start, end
    return (start, end) if _not_words(text) else None


def _not_words(text: str) -> bool:
    """20 characters or more whose letters are mostly not in word-like parts: split at case changes
    (``MigrationAddUsersTable``, ``HTTPServer``), a part of three letters or more holding a vowel reads
    as a word, and under three quarters of the letters are in such parts.  Identifiers and words
    joined are all or nearly all in them (MigrationAddUsersTable20240 1.00, HTTPServerURLParserIOError
    0.77, getUserByIdAndTenantV2 0.76); random base64url of 32 has a quarter typically, three
    quarters or more about once in 1,000 (i94IAHA4ZHO7EKaC7ZilaN9DZ1o67ovA 0.48,
    QmnvmdCUpbWYiuk_xaP-PWtlhGFQktNe 0.23).  The last of :func:`_random_text`'s tests, after a
    rule's context has named a credential: it takes the random keys the tests above turn away by
    chance (a third vowels or more, no digit, few case flips)."""
    if len(text) < 20:
        return False
    letters = wordish = 0
    for part in _WORD_PART.findall(text):
        letters += len(part)
        if len(part) >= 3 and not _VOWELS.isdisjoint(part):
            wordish += len(part)
    return letters > 0 and 4 * wordish < 3 * letters


_WORD_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _digits_scattered(value: str, letters: int, vowels: int) -> bool:
    """Digits scattered through the letters (three runs or more, four letters or fewer between them
    on average), vowels fewer than half the letters: no words joined with numbers
    (user12order7batch3) read so, a random token whose letters happen to be a third vowels or more
    does (2NUD2TONAD4RO3V10YA8OD8MUARXVM0P; base64url 9aW8U7YeEzbs-ic5_hMIrh4fheu2R7r7, 8 vowels of
    22 letters, which :func:`_random_text` missed in an Alchemy URL before, about 3 keys in 100)."""
    return (
        2 * vowels < letters
        and len(_DIGIT_RUN.findall(value)) >= 3
        and letters <= 4 * len(_LETTER_RUN.findall(value))
    )


def _mixed_token(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The match, if it has a digit, an upper-case and a lower-case letter (after its first ``_``, the prefix).

    For short prefixes that also start identifiers (``ak_``): 20 random base64url
    characters lack one of the three about 3 times in 100; ``ak_region_2024_05_store``
    and ``ak_BUILD_2024_05_01`` lack one.

    >>> import re
    >>> rx = re.compile("[^ ]+")
    >>> [bool(_mixed_token(rx.match(t), None)) for t in ("ak_Pq7wX-s2LmZt9RvYc0aB", "ak_region_2024_05_store")]  # type: ignore[arg-type]
    [True, False]
    """
    start, end = secret_span(m)
    text = m.string[start:end]
    body = text[text.find("_") + 1 :]
    if (
        any(c.isdigit() for c in body)
        and any(c.isupper() for c in body)
        and any(c.islower() for c in body)
    ):
        return start, end
    return None


def _dash_body_random(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The match, if what follows its prefix (up to the first ``-``) has a digit and reads as random.

    >>> import re
    >>> rx = re.compile("[^ ]+")
    >>> [bool(_dash_body_random(rx.match(t), None)) for t in ("sq0vtm-3Eo0XKesDjCkeVSCLrGcgbNtFw", "sq0abc-orders-region-report")]  # type: ignore[arg-type]
    [True, False]
    """
    start, end = secret_span(m)
    text = m.string[start:end]
    body = text[text.find("-") + 1 :]
    return (start, end) if any(c.isdigit() for c in body) and _reads_random(body) else None


def _mixed_random_match(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The match, if it cannot be an id or a name (:func:`_mixed_random`): a short fixed prefix (``6L``) and random base64url.

    Also for a name that names other things too (a JSON body's ``"key"``: a cache key, an object's
    path, a sort key): ids, hashes, paths and joined words stay (round 30, Mandrill's key).

    >>> import re
    >>> rx = re.compile(r'"key": "(?P<secret>[^"]+)"')
    >>> [bool(_mixed_random_match(rx.search(t), None)) for t in ('{"key": "Tq4Wz8Lm2_Xr7Kv3Nd9HbY"}', '{"key": "users:42:profile"}', '{"key": "PaymentServiceHandler2024"}')]  # type: ignore[arg-type]
    [True, False, False]
    """
    start, end = secret_span(m)
    return (start, end) if _mixed_random(m.string[start:end]) else None


def _dotted_mixed_random(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The match, if its body after a short prefix, its parts around a ``.`` joined, reads as a random mix.

    Close's API key (``api_``, 45 of letters, digits and one ``.``; trufflehog's closecrm detector, round 42):
    ``api_`` also opens names (``api_gateway.internal_routes_v2``), which stay.

    >>> import re
    >>> rx = re.compile(r"api_[A-Za-z0-9.]{40,}")
    >>> [bool(_dotted_mixed_random(rx.search(t), None)) for t in ("api_osMOmZZsLxa0yLLT1TQE2J.pcqj42TNEYSvtVXc4nC7I9", "api_gatewayInternalRoutesAndHandlers.configV2Xy")]  # type: ignore[arg-type]
    [True, False]
    """
    start, end = secret_span(m)
    body = m.string[start:end].partition("_")[2]
    return (start, end) if _mixed_random(body.replace(".", "")) else None


def _word_end_prefix_token(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A token whose short prefix also ends words (``sk_``, ``lk_``: ``task_``, ``bulk_``): not glued to a letter.

    The match must not follow a letter (the rules' boundaries are dropped for a prefix with
    ``_`` in it, :func:`~pipeline.redact.rules.glued_pattern`), and its body after the prefix
    must mix cases and digits and read as random without being joined words
    (:func:`_mixed_random` on the whole: Baremetrics' ``sk_`` and 18-25, round 28).

    >>> import re
    >>> rx = re.compile(r"[sl]k_[A-Za-z0-9]{18,25}")
    >>> [bool(_word_end_prefix_token(rx.search(t), None)) for t in ("x sk_Tq4Wz8Lm2Xr7Kv3Nd9Hb", "bulk_Qm7ZxR2kV9pW4tL8nB3cH6y", "sk_PaymentServiceHandler2024")]  # type: ignore[arg-type]
    [True, False, False]
    """
    start, end = secret_span(m)
    if start > 0 and m.string[start - 1].isalpha():
        return None
    value = m.string[start:end]
    body = value[value.find("_") + 1 :]
    if not body or _JOINED_WORDS.match(body[0].lower() + body[1:]):
        return None
    return (start, end) if _mixed_random(value) else None


def _has_digit(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The match, if it has a digit: a token of random characters almost always does, an identifier seldom."""
    start, end = secret_span(m)
    return (start, end) if any(c.isdigit() for c in m.string[start:end]) else None


def _line_before(text: str, pos: int) -> str:
    r"""The part of ``pos``'s line before it; a line breaks at a newline or at an escaped one (``\n``
    in a JSON string).

    >>> _line_before("a\nb c", 4), _line_before("a\\ncat x", 7), _line_before("cat x", 4)
    ('b ', 'cat ', 'cat ')
    """
    raw_nl, escaped_nl = text.rfind("\n", 0, pos), text.rfind("\\n", 0, pos)
    return text[max(raw_nl + 1, escaped_nl + 2 if escaped_nl >= 0 else 0) : pos]


def _quoted_value(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The ``secret`` group of a match at the start of a line (after indentation, or after an escaped ``\\n``),
    unless it is a placeholder, a variable or a word of prose."""
    if _line_before(m.string, m.start()).strip(" \t"):
        return None  # "the password 'x' ..." in a sentence: not a block's setting
    start, end = m.span("secret")
    value = m.string[start:end]
    if not value.strip() or is_placeholder(value) or value.lower() in _PROSE or "${" in value or "$(" in value:
        return None
    if " " in value and _WORDS_ONLY.match(value):
        return None  # password 'is required': words of prose
    return start, end


# Lower-case words joined by humps or separators, digits (or a version, V2) only at the end: an identifier.
_JOINED_WORDS = re.compile(r"^[a-z]+(?:(?:[A-Z]|[_.\-][a-z]?)[a-z]+)+[_.\-]?[Vv]?\d*$")
# Lower-case words of three to eight letters joined by short numbers (shard56shard99batch64index).
_WORDS_AND_NUMBERS = re.compile(r"^(?:[a-z]{3,8}\d{1,4}){2,}[a-z]{0,8}$")
_HEX_DASH = frozenset("0123456789abcdefABCDEF-.")  # hex, a UUID, hex parts joined by dots
_WORDS_ONLY = re.compile(r"^[A-Za-z ,.!?'-]+$")
# An id with a prefix of its own (acct_..., cus_..., ch_...): a provider's object, not its credential.
_PREFIXED_ID = re.compile(r"^[a-z]{2,8}_[A-Za-z0-9]")
# ... unless an environment names it (pk_prod_..., sk_test_..., key_live_...): ids do not say where they live.
_ENV_PREFIXED = re.compile(
    r"^(?:[a-z]{2,8}_)?(?:live|test|prod|production|sandbox|stage|staging|dev)_[A-Za-z0-9]{24,}$"
)
# ... or the part after a short prefix is as long as a key, not an id (pk_<32>: Stripe's ids have 14 to 28)
_SHORT_PREFIX_LONG_BODY = re.compile(r"^[a-z]{2,3}_(?:[A-Za-z0-9]{32,}|(?=[A-Za-z0-9.]{40,}$)[A-Za-z0-9]{16,}\.[A-Za-z0-9]{16,})$")
# ... or it is a secret key's sk_, a word between it and a key's length (Paystack's sk_<letters>_<40>,
# trufflehog's reading; round 32): no provider names an object's id sk_
# ... or before a UUID (Checkout.com's sk_ and sk_test_ keys, round 42)
_SECRET_KEY_PREFIXED = re.compile(
    r"^sk_(?:[a-z]{1,8}_)?(?:[A-Za-z0-9]{32,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
)
_DOTTED_NAME = re.compile(r"^[\w\-]+(?:\.[\w\-]+)+$")
_LONG_SEGMENT = re.compile(r"[A-Za-z0-9_\-]{20,}")
_FILE_EXT = re.compile(
    r"\.(?:js|mjs|css|map|json|html?|png|jpe?g|gif|svg|woff2?|txt|log|csv|gz|zip|tar|tgz|whl|jar|py|go"
    r"|rb|java|so|dll|exe|bin|pdf|xml|ya?ml|lock|sh|wasm|parquet)$",
    re.IGNORECASE,
)


# a resource's name of words and UUIDs joined by '/' (a Coinbase CDP key's name: organizations/<uuid>/apiKeys/<uuid>)
_UUID_PATH = re.compile(
    r"(?:[A-Za-z]+/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/?)+"
)


def _token_value(value: str) -> bool:
    """Whether ``value`` reads as a token: letters and digits, 8+ distinct characters, no path, id, dotted name or time.

    Letters alone only as :func:`_random_letters` reads them (a base62 token that happens to hold no digit).
    """
    if not any(c.isalpha() for c in value):
        return False
    if not any(c.isdigit() for c in value):
        return _random_letters(value)
    if _DATE_TIME.match(value):
        return False  # 2024-05-01T10:00:00Z: since a token may hold ':' (Optimizely's), a timestamp reads as one
    if len(set(value)) < 8 or is_placeholder(value) or is_path(value):
        return False
    if _PREFIXED_ID.match(value) and not (
        _ENV_PREFIXED.match(value) or _SHORT_PREFIX_LONG_BODY.match(value) or _SECRET_KEY_PREFIXED.match(value)
    ):
        return False
    if "/" in value and not any(c.isupper() for c in value):
        return False  # projects/my-app-1234/databases: a resource path, not base64
    if _UUID_PATH.fullmatch(value):
        return False  # organizations/<uuid>/apiKeys/<uuid>: a resource's name of words and UUIDs (round 44)
    if _JOINED_WORDS.match(value[0].lower() + value[1:]):
        # paymentServiceHandler47, PaymentServiceHandler2024, orders_api_staging_2: words joined as code joins them
        return False
    if (
        _WORDS_AND_NUMBERS.match(value)
        and all(_VOWELS.intersection(run) for run in _LETTER_RUN.findall(value))
        and not _surprising_letters(value)
    ):
        # shard56shard99batch64index: words joined by numbers, each with a vowel, spelled as words
        # (not a draw's letters that fall in that shape, gtayqrhe2waj5zcydnya; issue #17)
        return False
    if _DOTTED_NAME.match(value) and not value.startswith("eyJ"):
        # pk.<32 random>, <8 hex>.<35 hex>: a token; acme.orders.v2, main.<hex20>.js: a name
        return not _FILE_EXT.search(value) and _random_segment(value)
    return True


def _random_segment(value: str) -> bool:
    """Whether a dotted value has a segment of 20+ characters with a digit that reads as random (or is hex)."""
    return any(
        any(c.isdigit() for c in seg)
        and _reads_random(seg)
        and not _JOINED_WORDS.match(seg[0].lower() + seg[1:])  # PaymentServiceHandler2026
        for seg in _LONG_SEGMENT.findall(value)
    )


def _provider_value(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A provider's name alone as the key (one of :data:`PROVIDER_WORDS`), and a value that reads as a random token.

    Hex (a key, a UUID) is taken as it is; anything else must also read as random
    characters (:func:`_random_text`: at most a third of its letters vowels), so an
    app name or an identifier (``heroku: orders-api-staging-eu-1``) stays.
    Under GitHub's or GitLab's name (:data:`HASH_PROVIDER_WORDS`) only a value mixing upper
    case, lower case and digits (:func:`_mixed_random`): a commit hash written there is hex.
    """
    start, end = m.span("secret")
    return (start, end) if provider_name_token(m["key"].lower(), m.string[start:end]) else None


def provider_name_token(name: str, value: str) -> bool:
    """Whether ``value``, under a key that is the provider's name ``name`` (lower case) alone, is its credential.

    >>> [provider_name_token(n, v) for n, v in (("datadog", "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"),
    ...  ("github", "4f1c9e2b7a3d5c8e0b6f1a2d3c4e5f60718293a4"), ("github", "Yt6Hq2Wm8Lz4Rk1Vn9Xc3Pb7Js5Gd0Fa2Ek"))]
    [True, False, True]
    """
    if name in HASH_PROVIDER_WORDS:
        return _mixed_random(value)
    return name in PROVIDER_WORDS and _token_value(value) and _reads_random(value)  # not a resource name either


def _provider_blank(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A provider's name alone (one of :data:`PROVIDER_KEY_NAMES`), a blank and a token (``mailjet <v>``; round 57).

    Free text puts ids, hashes and words after a name, so the token must mix upper case, lower
    case and digits and read as random (:func:`_mixed_random`), with letters beyond hex in both
    cases (not ``AC`` and 32 hex digits, a Twilio account's id) and no prefix of its own
    (:func:`_token_value`: ``stripe acct_...`` stays).
    """
    if m["key"].lower() not in PROVIDER_KEY_NAMES:
        return None
    start, end = m.span("secret")
    value = m.string[start:end]
    if _BEYOND_HEX_LOWER.isdisjoint(value) or _BEYOND_HEX_UPPER.isdisjoint(value):
        return None
    return (start, end) if _mixed_random(value) and _token_value(value) else None


def _provider_client(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A provider's client (``cohere.Client('<v>')``, one of ``keys.providers``) built with a value that reads as a random token."""
    if m["name"].lower() not in keys.providers:
        return None
    return _random_token(m, keys)


def _provider_client_pair(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A provider's client built from an id and a key (``algoliasearch('<app id>', '<key>')``, ``twilio('<sid>', '<token>')``).

    The function's name is a provider's (one of ``keys.providers``) or starts with one of six
    letters or more (``algoliasearch``); the second argument reads as a random token.
    """
    name = m["name"].lower()
    if name not in keys.providers and not any(name.startswith(p) for p in _long_providers(keys.providers)):
        return None
    return _random_token(m, keys)


@functools.lru_cache(maxsize=4)
def _long_providers(providers: frozenset[str]) -> tuple[str, ...]:
    """The names of ``providers`` of six letters or more (found at the start of a longer name)."""
    return tuple(p for p in providers if len(p) >= 6)


# Providers whose name, alone as a key or shortly before a credential word, marks the token after it
# as theirs (rules provider-name-assignment and provider-word-near-token; their keywords are these).
# Not everyday words; github and gitlab are apart (HASH_PROVIDER_WORDS).
PROVIDER_WORDS = frozenset(
    """
    ai21 airtable algolia amplitude anthropic appoptics asana atera auth0 blazemeter braintree brevo browserstack bugsnag buildkite
    chartmogul circleci clickup cloudflare codecov cohere contentful coveralls datadog digitalocean doppler
    dropbox fastly figma firebase heroku honeycomb hubspot huggingface intercom launchdarkly linode
    logdna loggly mailchimp mailgun mailjet mandrill mapbox messagebird mixpanel netlify newrelic
    nexmo notion openai opsgenie pagerduty papertrail paypal pinecone plaid plivo postmark pulumi
    pusher replicate rollbar runscope sauce saucelabs sendgrid sendinblue shopify snyk sparkpost stripe
    sumologic supabase telnyx trello twilio vercel vonage zendesk
    """.split()
)
# Providers whose name alone as a key holds their token only when it mixes cases and digits: a
# commit hash (hex) is often written after them (rule provider-name-assignment; round 22).
HASH_PROVIDER_WORDS = frozenset({"github", "gitlab"})
# Every name that, alone as a key, may hold its provider's token (provider_name_token decides).
PROVIDER_KEY_NAMES = PROVIDER_WORDS | HASH_PROVIDER_WORDS
_LOWER_WORD = re.compile(r"[a-z0-9]+")
# Words between a provider's name and a token that make it something else (an id, a hash, a version).
_NEAR_ID = frozenset(
    """
    id ids trace span request req uuid guid hash sha sha1 sha256 md5 checksum digest etag commit
    version build release fingerprint account customer user org organization project event message
    charge invoice order payment length prefix suffix last
    """.split()
)


# a word, a dot and a top-level domain's letters after it ("data.gov", "logz.io")
_DOMAIN_NAME = re.compile(r"([a-z0-9]+)\.(?=([a-z]{2,6})\b)")


def _domain_names_joined(low: str, names: frozenset[str]) -> str:
    """``low`` with the dot dropped where a provider's name is written as its domain (round 29).

    ``data.gov: <v>`` names Data.gov as ``datagov: <v>`` does; a dot stays where the two
    words joined name no provider (a host's other labels, a file's extension).

    >>> _domain_names_joined("data.gov client at api.data.gov.uk", frozenset({"datagov"}))
    'datagov client at api.datagov.uk'
    """
    if "." not in low:
        return low

    def joined(d: re.Match[str]) -> str:
        name = d[1] + d[2]
        return d[1] if name in names or name in _NEAR_WEAK_NAMES else d[0]

    return _DOMAIN_NAME.sub(joined, low)


def _words_before(text: str, end: int, width: int, names: frozenset[str] = frozenset()) -> list[str]:
    """The lower-case words of the ``width`` characters before ``end``; a word the window's start cuts is taken whole,
    and a provider's name of ``names`` written as its domain is one word (:func:`_domain_names_joined`).

    trufflehog's detectors take the token within 40 characters after the provider's name
    ends: a long name that starts before the window is still its name (round 28:
    ``apiv2.bitcoinaverage.com/websocket/v3/get_ticket x-ba-key: <v>``).  The word is
    followed back at most ``width`` characters more.

    >>> _words_before("apiv2.bitcoinaverage.com/websocket/v3/get_ticket x-ba-key", 54, 40)
    ['bitcoinaverage', 'com', 'websocket', 'v3', 'get', 'ticket', 'x', 'ba']
    """
    start = max(0, end - width)
    floor = max(0, start - width)
    while start > floor and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    return _LOWER_WORD.findall(_domain_names_joined(text[start:end].lower(), names))


def _provider_near(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A token shortly after a credential word that a provider's name precedes, with no id word between.

    The match starts at the credential word; the provider's name (one of
    ``keys.providers``) must be among the words of the 40 characters before it (a word
    the window's start cuts counted whole), and no word after that name (up to the
    token) may name an identifier.
    """
    names = near_provider_words()
    before = _words_before(m.string, m.start(), 40, names)
    at = max((i for i, w in enumerate(before) if w in names), default=-1)
    weak = False
    if at < 0:
        at = max((i for i, w in enumerate(before) if w in _NEAR_WEAK_NAMES), default=-1)
        weak = at >= 0
    if at < 0 and "new relic" not in " ".join(before):
        return None
    if before and before[-1] in _CRED_BEFORE_DENY:
        return None  # "<provider> public key <base64>", "<provider> page token <cursor>"
    words = before[at + 1 :] + _LOWER_WORD.findall(m["mid"].lower())
    if not _NEAR_ID.isdisjoint(words):
        return None
    start, end = m.span("secret")
    value = m.string[start:end]
    if jose_header_alone(value):
        return None  # "formio token header eyJhbGciOi...": the same in every HS256 token
    if _long_digit_key(value) and not _LOWER_WORD.search(m["mid"].lower()):
        return start, end  # "vbout api key <25 digits>"; not "token count <digits>"
    if not weak and at >= 0 and _strong_own_shape(before[at], value):
        return start, end  # "dropbox api key <15>": a strong name's own short key (round 50)
    if value[0] in "+/":
        return (start, end) if not weak and _b64_led_ok(value) else None
    short = len(value) < 12
    if short and _PASSWORD_SYMBOLS.isdisjoint(value):
        return None  # under 12 characters only a password with !@#$%^ in it (ZipBooks' 8+)
    if (
        not _token_value(value)
        or value.isdigit()
        or not (short or _dash_led_ok(value) or (weak and _own_shape(before[at], value)))
        or not _symbols_ok(value)
    ):
        return None
    if weak and not _weak_ok(before[at], value):
        return None  # "kanban api key <hex>": an everyday word's token must mix cases and digits
    return start, end


_PASSWORD_SYMBOLS = frozenset("!@#$%^")
# digits joined by date and time separators, a T between them and a zone after them
_DATE_TIME = re.compile(r"[0-9]+(?:[-:./T][0-9]+)+(?:Z|[+-][0-9]{2}:?[0-9]{2})?$")
_EMAIL_AT = re.compile(r"@[A-Za-z0-9\-]+\.[A-Za-z]")
_PERCENT_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
_B64_ESCAPES = frozenset({"%2B", "%2F", "%3D"})
_SHELL_VARIABLE = re.compile(r"\$[A-Z_][A-Z0-9_]{2,}")


def _symbols_ok(value: str) -> bool:
    """A token with ``!@#$%^`` in it (a password: OneDesk's, ZipBooks') only when it cannot be anything else.

    8 characters or more mixing upper case, lower case and digits, its letters and digits
    read as random; not an e-mail address (``ops@acme.io``), percent-encoded text
    (``a%20b%2Fc``) or a shell variable (``$HOME_DIR``).  A token without them: True.

    >>> [_symbols_ok(v) for v in ("6cmDYj9OQMx#sab8cL%", "ops42@acme.io", "Release%202024%2FQ1", "4c7e91b2a07d3f15")]
    [True, False, False, True]
    >>> [_symbols_ok(v) for v in ("1PY@gffdy9E", "invoice#2024", "v2#release")]
    [True, False, False]
    >>> _symbols_ok("AAAAAAAAAAAAAAAAAAAAAJk4tQEAAAAA0%2Bz9Rk3WqLm%3DQv7XcT2nYp8LdG4hBs6Ke1Mf")  # URL-encoded base64
    True
    """
    if _PASSWORD_SYMBOLS.isdisjoint(value):
        return True
    escapes = _PERCENT_ENCODED.findall(value)
    if _EMAIL_AT.search(value) or _SHELL_VARIABLE.search(value):
        return False
    if len(escapes) >= 2 and not _B64_ESCAPES.issuperset(e.upper() for e in escapes):
        return False  # percent-encoded text; base64's '+', '/' and '=' alone encoded are a token's (Twitter's, round 32)
    plain = "".join(c for c in value if c.isalnum())
    # 8 to 11 characters too (ZipBooks' 8+, trufflehog's class): the symbol and the three kinds
    # together are a password's, not a word's or an id's ("invoice#2024" lacks upper case)
    return (
        len(value) >= 8
        and len(plain) >= 6
        and any(c.isupper() for c in plain)
        and any(c.islower() for c in plain)
        and any(c.isdigit() for c in plain)
        and _reads_random(plain)
    )


def _b64_led_ok(value: str) -> bool:
    """A token led by ``/`` or ``+``: base64 of 20 characters or more, mixing upper case, lower case and digits, read as random.

    Base64 keys start with ``/`` or ``+`` one time in 32 (HelloSign's 64 characters); a path
    (``/var/lib/orders``, ``/api/v1/Users/Shard2024``) does not mix cases and read as random.

    >>> [_b64_led_ok(v) for v in ("/PtJrLBUkZs8cagMdnlbyvON6GcGOkhOE", "/api/v1/Users/Shard2024/Index", "/orders/Xk9mQ2pL7vR4tZ8bN1cW5yH3")]
    [True, False, False]
    """
    bare = value[1:]
    if "/" in bare and any(_PATH_SEGMENT.fullmatch(seg) for seg in bare.split("/")):
        return False  # /api/v2/organization/<id>: a path with an id in it
    return (
        len(value) >= 20
        and _BASE64.match(value) is not None
        and any(c.isupper() for c in bare)
        and any(c.islower() for c in bare)
        and any(c.isdigit() for c in bare)
        and _reads_random(bare)
    )


_BASE64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
_PATH_SEGMENT = re.compile(r"[a-z]{2,}\d*|v\d+")  # api, v2, organization, users2: a path's words


def _dash_led_ok(value: str) -> bool:
    """:func:`_long_or_mixed` of the value without a leading ``-``, which must then also read as random.

    Base64url tokens may start with ``-`` (versioneye, vouchery); an option
    (``--rotate-every``) or a dash-led resource name (``-region-report-2e17d5``) does not
    read as random.
    """
    bare = value.lstrip("-_")
    if bare != value and not (_token_value(bare) and _reads_random(bare)):
        return False
    return _long_or_mixed(bare)


def _long_or_mixed(value: str) -> bool:
    """20 characters or more, or 12 to 19 that mix upper case, lower case and digits and read as random
    (Vonage's 16-character API secret, UClassify's 12-character key), or 16 to 19 lower-case letters and
    digits with a letter beyond hex that read as random (Metrilo's and Mite's 16: :func:`_short_lower_key`).

    A shorter value after a provider's name is more often an id (16 hex digits of a span, an
    upper-case message id) or a name (ReportBuilder2024) than a key; a random 16 of base62
    lacks one of the three about 1 time in 20, a random 12 about 1 time in 9.

    >>> [_long_or_mixed(v) for v in ("R3Q0hmm8CexH", "4c7e91b2a07d3f15", "order-2024-eu", "ShardService24")]
    [True, False, False, False]
    """
    return (
        len(value) >= 20
        or (
            len(value) >= 12
            and any(c.isupper() for c in value)
            and any(c.islower() for c in value)
            and any(c.isdigit() for c in value)
            and _reads_random(value)
            and len(_CAPITALISED_WORD.findall(value)) < 2
        )
        or _short_lower_key(value)
    )


# 16 to 19 lower-case letters and digits, a digit and a letter beyond hex among them
_SHORT_LOWER_KEY = re.compile(r"(?=[a-z]*[0-9])(?=[0-9a-f]*[g-z])[0-9a-z]{16,19}")


def _short_lower_key(value: str) -> bool:
    """16 to 19 lower-case letters and digits, a digit and a letter beyond hex among them, read as random (round 30).

    A provider's own short key (Metrilo's 16, Mite's 16, after their name in free text): 16 hex
    digits are an id (a span, a message id) and stay.  Short, it must read random more plainly
    than a long token: digits in two runs or more (a word and a number, ``paymenthandler42``,
    has one), or letters a quarter vowels or fewer (``wx9kpnssrpgdfzws``; words have more).

    >>> [_short_lower_key(v) for v in ("r5t8w2k9x4m7q3zp", "wx9kpnssrpgdfzws", "4c7e91b2a07d3f15", "paymenthandler42")]
    [True, True, False, False]
    >>> _short_lower_key("r5t8w2k9x4m7q3zpxk9m")  # 20: a long token's tests
    False
    """
    if _SHORT_LOWER_KEY.fullmatch(value) is None:
        return False
    letters = [c for c in value if c.isalpha()]
    vowels = sum(c in _VOWELS for c in letters)
    return 4 * vowels <= len(letters) or (len(_DIGIT_RUN.findall(value)) >= 2 and _reads_random(value))


# A capitalised word of four letters or more: two of them make a short value a name (BatchBuilder2023).
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{3,}")


# Words before a credential word that make the token after it something else (a cache key, a page token).
_CRED_BEFORE_DENY = frozenset(
    """
    public publishable cache idempotency partition sort primary foreign row object bucket page next
    previous continuation pagination cursor sync lookup routing shard hash map dedup dedupe
    """.split()
)
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-+/.=~]*$")


# A lower-case resource name that starts with a word (checkout-db-credentials-7f9c2,
# default-token-x7k2p9q4, vault-agent-token-5h2k9xq7w1): a Kubernetes secret's or a pod's name.
# Its parts with a digit are short (a generated suffix of 5 to 10); a part of 13 or more with a
# digit is a random token's (ymnsunhy-kwiqxxztk9q39odm300nx-tpry8, Zenserp's key).  A UUID's 8-4-4-4-12
# shape is no name's (nuxqqabl-n82p-1hh8-g8nr-k0zhdw5basow, Findl's key; round 24).
_RESOURCE_NAME = re.compile(
    r"^(?![a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$)"
    r"(?=[a-z]{3,}-)[a-z]*[aeiou][a-z]*(?:-(?:[a-z]+|(?=[a-z]*\d)[a-z0-9]{1,12}))+$"
)


def _reads_random(value: str) -> bool:
    """Hex (a key, a UUID), or characters that read as random, not a resource name.

    Random: few vowels (:func:`_random_text`'s test), digits scattered through the letters,
    letters whose case flips often, or, in lower case alone, letters not spelled as words
    (:func:`_surprising_letters`).

    >>> [_reads_random(v) for v in ("wnyoobyev9blajeva5uibakabr34xop7", "kafkaconsumergroup07", "mqfg33sfiweucfixeocuoswue7hw1kkq")]
    [True, False, True]
    """
    if all(c in _HEX_DASH for c in value):
        return True
    if _RESOURCE_NAME.match(value):
        return False
    letters = [c for c in value if c.isalpha()]
    vowels = sum(c in _VOWELS for c in letters)
    if 3 * vowels <= len(letters):
        return True
    if _digits_scattered(value, len(letters), vowels):
        return True
    digit_runs = len(_DIGIT_RUN.findall(value))
    # Long and broken by digits five times or more, vowels fewer than half the letters: a random
    # token of letters and digits richer in vowels than most (eex3mihnefeomsp95r4lxw1ittox9cu3tepd,
    # 6p9oimlpee6oirerxxbra38oadqht3jk), where words joined by numbers have longer letter runs or
    # are _WORDS_AND_NUMBERS (shard56shard99batch64index, which _token_value turns away).
    if len(value) >= 30 and digit_runs >= 5 and 2 * vowels < len(letters):
        return True
    if _LOWER_ALNUM.fullmatch(value):
        # Lower-case letters and digits, no case to flip, a third vowels or more by chance (a [a-z0-9]
        # draw of 20 about 1 time in 45, wnyoobyev9blajeva5uibakabr34xop7): random if its letters
        # surprise an English model more than a uniform draw would (_surprising_letters), which words
        # joined with numbers do not (kafkaconsumergroup07, sightlinelogs2024westeurope).
        return _surprising_letters(value)
    # Case flipping inside the letters (a lone lower-case letter between capitals, two capitals
    # before a lower-case letter), five times or more: random base62 (BbTqKBzeieeDAwwcaLefexUBI0syHZ1o,
    # about 7 in 32 letters), not camelCase words, where it comes only from two-letter words
    # and acronyms (getUserByIdAndTenantV2: 2, HTTPServerURLParserIOError: 3); fewer in fewer letters,
    # asking more of the rest (_case_flips_random: 19 random letters flip about 4 times).
    joined = "".join(letters)
    return len(_CASE_FLIP.findall(joined)) >= 5 or _case_flips_random(value, joined)


_DIGIT_RUN = re.compile(r"\d+")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_LOWER_ALNUM = re.compile(r"[a-z0-9]+")
_LOWER_RUN = re.compile(r"[a-z]+")
_CASE_FLIP = re.compile(r"(?=[A-Z][a-z][A-Z]|[A-Z]{2}[a-z])")


def _surprising_letters(value: str) -> bool:
    """Whether the lower-case letters of ``value`` read as drawn at random rather than spelled (issue #17).

    Each run of letters is scored against a model of English-ish words as code spells them
    (:data:`_FIRST_LETTER_BITS`, :data:`_NEXT_LETTER_BITS`): the surprise, in bits, of its first
    letter and of each letter after the one before it.  A uniform draw of letters costs
    log2(26) = 4.7 bits a letter; letters the model finds more surprising than that are better
    explained by a draw (the likelihood ratio of the two is below one).  Words joined with or
    without numbers mostly cost 3 to 4.5 bits a letter (``kafkaconsumergroup07`` 76 bits for 18
    letters, under the draw's 84.6); random letters, even a third vowels or more, cost more
    (``wnyoobyev9blajeva5uibakabr34xop7``: 133 bits for 27 letters, over the draw's 126.9): ``qz``,
    ``vk``, ``uo`` are rare inside words.

    >>> [_surprising_letters(v) for v in ("wnyoobyev9blajeva5uibakabr34xop7", "kafkaconsumergroup07", "sightlinelogs2024westeurope")]
    [True, False, False]
    """
    bits = letters = 0
    for run in _LOWER_RUN.findall(value):
        bits += _FIRST_BITS[run[0]] + sum(_PAIR_BITS[run[i : i + 2]] for i in range(len(run) - 1))
        letters += len(run)
    return 10 * bits > 47 * letters


# The surprise, in whole bits (0 to 9, 9 for 9 or more), of a letter starting a word (a to z), and
# of each letter (a to z) after the letter naming the row, inside English-ish words as the Python
# standard library spells them, identifiers split at case changes and prose alike
# (tests/unit/redact/bigram_table.py made them, and says how): "qu" 0 bits, "in" 2, "th" 4, "qz" 9.
_FIRST_LETTER_BITS = "45444455487545547434565788"
_NEXT_LETTER_BITS = {
    "a": "95449759596343959343667769",
    "b": "36563788359367459446398958",
    "c": "39673783594467279463589969",
    "d": "46652679289576479545589879",
    "e": "47435568798453757334866579",
    "f": "48663389299477379455498969",
    "g": "47672854499464579346478998",
    "h": "28762898397667389564599969",
    "i": "56455559999452459543959695",
    "j": "39562799495798369657298979",
    "k": "46652656398495568636685969",
    "l": "38752799298387369855589949",
    "m": "25862899397657339856599979",
    "n": "48433538496676479843569989",
    "o": "66448669696442549344465799",
    "p": "38763686498388349354597959",
    "q": "67867798889685789657087999",
    "r": "37552769396656369544678969",
    "s": "58472774396677548742487969",
    "t": "37562694398667469345587858",
    "u": "54564569599343649343999999",
    "v": "27691799399867579667998999",
    "w": "37653684299584478346886799",
    "x": "56453476399557639652778558",
    "y": "65554667499543529533866867",
    "z": "39771697399677479766898977",
}
_ABC = "abcdefghijklmnopqrstuvwxyz"
_FIRST_BITS = {c: int(b) for c, b in zip(_ABC, _FIRST_LETTER_BITS, strict=True)}
_PAIR_BITS = {a + c: int(b) for a, row in _NEXT_LETTER_BITS.items() for c, b in zip(_ABC, row, strict=True)}


def _case_flips_random(value: str, letters: str) -> bool:
    """Whether ``letters`` (those of ``value``) flip case often for their number, below five flips (issue #17).

    Random letters flip (:data:`_CASE_FLIP`) about once in four, (n - 2) / 4: 7.5 in 32, 4.25 in
    19; five, written for 32, turns short tokens away (``Qm7E0UR5AbnIoybFfnIunQ9``: 19 letters, 7
    vowels, 2 flips).  Here five in 32 scaled down: two flips at 13 to 19 letters, three at 20 to 25,
    four at 26 to 31.  camelCase names flip as often by acronyms and two-letter words, so fewer flips
    ask more of the rest:

    - flips counted inside each run of letters and digits (across a separator, capitals of words
      joined by dashes flip: ``PuTTY-User-Key-File-2``'s ``YUs``), and not a two-letter word's
      (:func:`_flips`: ``ByI``, ``IdM``);
    - at two flips, letters under two fifths vowels (random letters are a fifth vowels;
      ``isUIReadyForIOSAppV2`` is 9 in 19);
    - letters mostly outside word-like parts (:func:`_not_words`, 20 characters or more) and at
      most one capitalised word of four letters or more holding a vowel (``IOUtilsXMLToJSONMapper``:
      ``Utils``, ``Mapper``).

    >>> [_case_flips_random(v, "".join(c for c in v if c.isalpha())) for v in ("Qm7E0UR5AbnIoybFfnIunQ9", "getUserByIdAndTenantV2", "PuTTY-User-Key-File-2")]
    [True, False, False]
    """
    flips = sum(_flips(_DIGIT_RUN.sub("", run)) for run in _BASE62_RUN.findall(value))
    vowels = sum(c in _VOWELS for c in letters)
    return (
        flips >= max(2, 5 * len(letters) // 32)
        and (flips > 2 or 5 * vowels < 2 * len(letters))
        and _not_words(value)
        and sum(not _VOWELS.isdisjoint(w) for w in _CAPITALISED_WORD.findall(value)) < 2
    )


def _flips(letters: str) -> int:
    """Case flips (:data:`_CASE_FLIP`) in ``letters``, but a lone lower-case letter after a capital that
    makes a two-letter word (ByI, IdM, ToU in ``ToDoByIdMapUI``): a word's, not chance's."""
    return sum(
        not (letters[m.start() + 1].islower() and letters[m.start() : m.start() + 2] in _TWO_LETTER_WORDS)
        for m in _CASE_FLIP.finditer(letters)
    )


# Two-letter words that name parts in camelCase (English ones and acronyms written as words).
_TWO_LETTER_WORDS = frozenset(
    "Ad Ai An As At Be By Db Do Go Id If In Io Ip Is Js Me My No Of Ok On Or Os Qa So To Ui Up Ux We".split()
)


_BASE62_RUN = re.compile(r"[A-Za-z0-9]+")


def _long_digit_key(value: str) -> bool:
    """Digits only, too many for a 64-bit id (21+), seven or more distinct: a numeric key (Vbout's 25 digits)."""
    return value.isdigit() and len(value) >= 21 and len(set(value)) >= 7


def provider_token(value: str) -> bool:
    """Whether ``value``, under a key that is a provider's name alone, reads as that provider's token.

    The value test of rule ``provider-name-assignment``, for structured attributes
    (``{"datadog": "<32 hex>"}``): 20 to 200 token characters, :func:`_token_value`
    (a digit and a letter, no path, prefixed id, dotted or joined-word name) and
    hex or random-reading characters.

    >>> [provider_token(v) for v in ("3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "enabled", "7.52.1", "orders-api-staging-eu-1")]
    [True, False, False, False]
    """
    if not 20 <= len(value) <= 200 or not _TOKEN_CHARS.match(value) or not _token_value(value):
        return False
    return _reads_random(value)


def named_key_token(value: str) -> bool:
    """Whether ``value``, under ``<name>_KEY`` for a provider the list lacks (``ZEROTIER_KEY``), is a credential.

    Only a value that cannot be a name: :func:`_mixed_random` (20+ characters mixing upper
    case, lower case and digits, read as random), or 32 characters or more of hex or of
    lower-case letters and digits, holding both, that read as random (a 32-hex or a lower-case
    key, as gitleaks' generic rule takes a high-entropy value under any key holding "key";
    what a key indexes, ``cache_key``, ``object_key``, is no credential name to begin with).
    A shorter hex value (a 16-digit id) or a name stays.

    >>> [named_key_token(v) for v in ("6vCryHgvETS00TfZrc88Zm15HXubwHrH", "3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "PaymentServiceHandler2024")]
    [True, True, False]
    >>> [named_key_token(v) for v in ("4c7e91b2a07d3f15", "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3", "orders-api-staging-eu-west-1-2024")]
    [False, True, False]
    >>> [named_key_token(v) for v in ("k0g4cbn2-qjed-66mx-0ml2-7hpletusjdlk", "3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8")]
    [True, False]
    """
    if _mixed_random(value):
        return True
    if _UUID_BEYOND_HEX.fullmatch(value) and _reads_random(value.replace("-", "")):
        return True  # a UUID's shape with letters beyond hex is no UUID, ids are hex (Privacy's key, round 34)
    return (
        len(value) >= 32
        and _LOWER_OR_HEX.fullmatch(value) is not None
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and _token_value(value)
        and _reads_random(value)
    )


_LOWER_OR_HEX = re.compile(r"[a-z0-9]+|[A-F0-9]+")


def _credential_near(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A token right after a credential phrase in free text (``atera secret <v>``, ``access key: <v>``).

    Whatever names the provider: the word before the phrase may not make it a
    non-credential (``cache key``, ``page token``) or an id, and the token must
    read as random (hex, a UUID, or few vowels among its letters) and not as an id.
    """
    before = _LOWER_WORD.findall(m.string[max(0, m.start() - 24) : m.start()].lower())
    if m.start() and m.string[m.start()].islower() and m.string[m.start() - 1].isalnum():
        # the word in lower case glued to a name (shortcutaccess <uuid>, speechtextsecret-<hex>; round 63):
        # only a listed provider's name, so that cacheaccess, nexttoken, csrftoken stay
        glued = _GLUED_NAME.search(m.string, max(0, m.start() - 40), m.start())
        name = glued.group().lower() if glued else ""
        if name not in near_provider_words() and name not in _NEAR_WEAK_NAMES:
            return None
    if m["mid"] == "-" and m.start("mid") - m.start() == 6 and m.string[m.start() - 1 : m.start("mid")] == "-access":
        # 'access' alone between a name and the token, joined by '-' (zipcodebase-access-<uuid>; round 66):
        # only after a listed provider's name, so that cache-access-, orders-access- stay
        if not before or before[-1] not in near_provider_words():
            return None
    if m.start() and m.string[m.start() - 1].islower():
        # the phrase glued in capitals to a name (boxTOKEN, nextPageTOKEN; round 45): the name's last word
        glued = _GLUED_NAME.search(m.string, max(0, m.start() - 40), m.start())
        before = [w.lower() for w in split_words(glued.group())] if glued else before
    if before and (before[-1] in _CRED_BEFORE_DENY or before[-1] in _NEAR_ID):
        return None
    if m["mid"] == "." and not (m.start() and m.string[m.start() - 1].isalnum()):
        return None  # '.' joins the token only to a word glued to a name (scrapingant123TOKEN.<v>; round 61)
    start, end = m.span("secret")
    value = m.string[start:end]
    if value.isdigit():
        # a numeric key right after a provider's name and the phrase ('vbout ACCESS <25 digits>'; round 64)
        numeric_key = _long_digit_key(value) and bool(before) and before[-1] in near_provider_words()
        return (start, end) if numeric_key else None
    if not _token_value(value) or not _reads_random(value):
        return None
    if jose_header_alone(value):
        return None  # token "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9": a JWT's header alone (round 52, as secret-assignment's)
    return start, end


_GLUED_NAME = re.compile(r"[A-Za-z0-9]+\Z")


# Names of the providers list that are everyday words, platforms or tools whose name a log line
# often puts before an id or a hash (a commit, an event, a resource): not taken as a provider's
# name before a token in free text (rules provider-name-near-credential and provider-label-token).
# They stay provider names for keys (STRIPE_KEY, adobe_token).
_NEAR_NOT_NAMES = frozenset(
    """
    adobe akamai alibaba amadeus apollo artifactory artsy atlassian autodesk autopilot beamer
    bitbucket blogger canny checkout cicero cloudways cloze confluence confluent couchbase databricks
    delighted discord dynatrace equinix facebook feedly flickr fulcrum gemini google grafana hunter
    deputy ditto
    mite moderation
    tomorrow teletype
    ibmcloud imgur jfrog kairos keygen kraken linear linkedin mattermost microsoftteams mongodb nuget
    paddle pastebin pendo percy postman prefect rabbitmq readme rosette rubygems salesforce scaleway
    segment semaphore sentry shortcut slack softlayer splunk spotify surge teamup teamwork telegram
    tencent terraform tines toggl travis travisci trimble twitch twitter wechat yandex youtube
    noticeable scrutinizer postbacks cashboard macaddress getemail getemails fileio findl
    etsy jira keen miro okta uber xray yelp
    enigma eraser holistic humanity juro kanban nimble
    refiner roaring
    godaddy gitlab
    """.split()
)
# Names of the list above that still mark a token as the provider's when the token cannot be an id,
# a hash or a name: 20 characters or more mixing upper case, lower case and digits, read as random
# (:func:`_mixed_random`).  Everyday words and platforms whose own keys are such tokens; a commit, an
# event id or a UUID after them stays.  Not okta: its user ids (00u and 17 characters) are such tokens.
# Names of three letters (wiz, short for wizard) are only ever here: near_provider_words takes four or more.
# Bing, Blogger and Box (round 28): a search engine, a person who blogs and a container before a count or an id.
# Mattermost (round 30): a chat platform whose channel, post and user ids have its token's shape, 26 lower-case
# letters and digits; Mite, Moderation and Monday: a tick, restraint and a weekday.
# Tomorrow (Tomorrow.io's keyword), Travis (Travis CI's), Teletype and Teamwork (round 31): the next day,
# a given name, a printing telegraph and a common word; their tokens are random mixes.
# Twitch, Kraken, Pastebin and Percy (round 32): platforms, a sea monster, a given name; Parsers and Pivotal
# (the keywords of trufflehog's Parsers and Pivotal Tracker detectors): a common noun and an adjective.
# Polygon, Postbacks, Privacy, Protocols (protocols.io's keyword), Aha and Postgres (round 34): a shape, a
# web term, a common noun, an interjection and a database every log names; their tokens are random mixes
# or their own shapes.
# Alibaba, Amadeus, Artsy and Atlassian (round 35): platforms, a composer's name and an adjective, kept
# out of free text as names (above); their tokens are random mixes, or Amadeus' own 16.
# Azure and AWS (round 36): platforms every log names before its resources' ids (neither is in the
# providers list; AWS is three letters); Autodesk, Autopilot and Scaleway, kept out of free text as names
# (above): a company, an everyday word and a platform.  Their keys are random mixes (Azure's base64 keys,
# AWS' secret access key) or their own shapes below.
# Scrutinizer, Segment, Sentry and Shortcut (round 38), kept out of free text as names (above): a CI
# service, an everyday word, a guard and an everyday word, each a platform logs name before ids and
# hashes.  Segment's key is a random mix around a dot; the others' their own shapes below.
# Splunk (round 39), kept out of free text as a name (above): a platform logs name before searches and
# indexes; its Observability token is a random mix of 22 (its HEC token, a hex UUID, stays as ids do).
# Streak (round 41; not in the providers list): a CRM whose name is an everyday word (a streak of builds);
# its API key is 32 hex digits (its own shape below) or a random mix.
# Chatbot and Clockwork (round 42; not in the providers list): everyday words (a chat bot, clockwork), whose
# keys are random mixes; Canny, Cashboard and Cicero (round 42), kept out of free text as names (above): an
# adjective, a dashboard of cash and a name, whose keys have their own shapes below.  Not checkout (round 5's
# guard: no name at all); Checkout.com's sk_ and a UUID is rule sk-uuid-secret-key's.
# Coda, Collect2, Column, Commodities, Copper and Verifier (round 44; not in the providers list): everyday
# words (a coda, a column, a metal) and GCC's linker wrapper, whose keys are random mixes or their own shapes
# below; Cloze and Confluent (round 44), kept out of free text as names (above): a reading test and an
# adjective (and Confluence's maker), whose keys are 32 hex digits and a random mix.
# Hive, Nasdaq, LINE, Raven, Daily, Debounce, Magnetic and Manifest (round 47; not in the providers list): words
# (a hive and Apache Hive, a line, a raven, a daily job, a debounce interval, a container manifest) and an
# exchange, whose keys are random mixes or their own shapes below; IBM and M3O, names of three letters;
# GetEmail, GetEmails, Toggl, Adobe and Apollo, kept out of free text as names (above).
# Abstract, HockeyApp and Sonar (round 48; not in the providers list): a word (an abstract class), a retired
# platform's name and a word (SonarQube's and SonarCloud's keyword), whose keys have their own shapes below;
# Artifactory, kept out of free text as a name (above), whose key of 112 is a random mix.
# Bitbucket and Etsy (round 51), kept out of free text as names (above): a platform logs name before commits and
# repositories, and a marketplace before listings and shops; Bitbucket's client secret is a random mix of 64 (with
# '-' and '_'), Etsy's keystring its own shape below.
_NEAR_WEAK_NAMES = frozenset(
    """
    enigma eraser holistic humanity jira juro kanban nimble noticeable nuget semaphore wiz
    discord deputy ditto docker
    npm swell twitter guardian facebook 8x8 ngc beamer
    fixer flat float front findl flickr fulcrum fileio
    refiner roaring
    yandex godaddy gitlab
    lark impala
    bing blogger box
    mattermost mite moderation monday
    tomorrow travis teletype teamwork
    twitch kraken pastebin percy parsers pivotal
    polygon postbacks privacy protocols aha postgres
    alibaba amadeus artsy atlassian
    azure aws autodesk autopilot scaleway
    scrutinizer segment sentry shortcut
    splunk
    streak
    chatbot clockwork canny cashboard cicero
    coda collect2 column commodities copper verifier cloze confluent
    hive ibm nasdaq line raven getemail getemails daily debounce m3o magnetic manifest toggl adobe apollo
    abstract artifactory hockeyapp sonar
    bitbucket etsy
    """.split()
)
# Shapes a weak name's own key has besides the tokens every weak name takes (_weak_ok; its name
# before a value of this shape in free text marks it too): Facebook's app secret (32 hex digits,
# where its app, page and user ids are digits); Flickr's, Fulcrum's and Flat.io's keys, lower-case
# letters and digits of 32, 80 and 128 (trufflehog's detectors, gitleaks' flickr-access-token), with
# a letter beyond hex among them (a hash or an id there is hex or digits); file.io's 39 upper-case
# letters, digits, '.' and '-' with a letter beyond hex (round 24).
_WEAK_NAME_SHAPES = {
    "facebook": re.compile(r"[0-9a-f]{32}"),
    "flickr": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "fulcrum": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{80}"),
    "flat": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{128}"),
    "fileio": re.compile(r"(?=[^G-Z]*[G-Z])[A-Z0-9][A-Z0-9.\-]{37}[A-Z0-9]"),  # file.io's key (trufflehog's detector)
    "beamer": re.compile(r"b_[A-Za-z0-9_/+=\-]{44}"),  # Beamer's API key (round 19)
    # Deputy's 32 and Ditto's UUID-shaped part, '.' and 40, lower-case letters and digits with a
    # letter beyond hex (trufflehog's detectors, round 29)
    "deputy": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "ditto": re.compile(r"(?=[0-9a-f.-]*[g-z])[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}\.[0-9a-z]{40}"),
    # Mattermost's personal access token, 26, and Mite's API key, 16, lower-case letters and digits with a
    # letter beyond hex (trufflehog's detectors, round 30); after "mattermost" only beside a label or a
    # credential word, as every weak name: its ids of the same shape follow "channel", "user", "post"
    "mattermost": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{26}"),
    "mite": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{16}"),
    # Twitch's client secret and access token (30), Pivotal Tracker's token (32) and Parsers' key (64),
    # lower-case letters and digits with a letter beyond hex (trufflehog's detectors, round 32)
    "twitch": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{30}"),
    "pivotal": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "parsers": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{64}"),
    # protocols.io's 64 lower-case letters and digits with a letter beyond hex, Aha's 64 hex digits and
    # Postbacks' key, a hex UUID (trufflehog's detectors, round 34): only beside a label or a credential
    # word, as every weak name
    "protocols": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{64}"),
    "aha": re.compile(r"[0-9a-f]{64}"),
    "postbacks": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    # the 23 letters and digits, '_' and 8 trufflehog's Postgres detector takes after "postgres", digits or none
    "postgres": re.compile(r"[0-9a-zA-Z]{23}_[0-9a-zA-Z]{8}"),
    # Amadeus' client secret, 16 letters and digits mixing upper case, lower case and digits (shorter
    # than the 20 a random mix takes; trufflehog's detector, round 35)
    "amadeus": re.compile(r"(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])(?=[^0-9]*[0-9])[A-Za-z0-9]{16}"),
    # Autodesk's client secret, the same 16; Autopilot's key, 32 hex digits; Azure's OpenAI and Cognitive
    # Services keys, 32 hex digits, and an Azure DevOps token, 52 lower-case letters and digits with a letter
    # beyond hex (trufflehog's detectors, round 36; Azure's resource ids are UUIDs, kept by their dashes)
    "autodesk": re.compile(r"(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])(?=[^0-9]*[0-9])[A-Za-z0-9]{16}"),
    "autopilot": re.compile(r"[0-9a-f]{32}"),
    "azure": re.compile(r"[0-9a-f]{32}|(?=[0-9a-f]*[g-z])[0-9a-z]{52}"),
    # Scrutinizer's access token, 64 lower-case letters and digits with a letter beyond hex; Sentry's auth
    # token, 64 hex digits (its event ids are 32, its releases' commits 40); Shortcut's API token, a hex
    # UUID (trufflehog's detectors, round 38): only beside a label or a credential word, as every weak name
    "scrutinizer": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{64}"),
    "sentry": re.compile(r"[0-9a-f]{64}"),
    "shortcut": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    # Streak's API key, 32 hex digits (trufflehog's detector, round 41): only beside a label or a credential
    # word, as every weak name; its pipeline and box keys are base64 with digits, an md5 or a trace id after
    # it is an id (_NEAR_ID)
    "streak": re.compile(r"[0-9a-f]{32}"),
    # Canny's key, a UUID's shape whose fourth group is digits; Cashboard's, four groups of three upper-case
    # letters and digits; Cicero's, 40 lower-case letters and digits with a letter beyond hex (trufflehog's
    # detectors, round 42): only beside a label or a credential word, as every weak name
    "canny": re.compile(r"[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9]{4}-[0-9a-z]{12}"),
    "cashboard": re.compile(r"(?=[0-9-]*[A-Z])(?=[A-Z-]*[0-9])[0-9A-Z]{3}(?:-[0-9A-Z]{3}){3}"),
    "cicero": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{40}"),
    # Cloze's key, 32 hex digits; Coda's and Collect2's, a hex UUID; Column's, test_ or live_ and 27 letters and
    # digits; Copper's 32 and Verifier's 96, lower-case letters and digits with a letter beyond hex (trufflehog's
    # detectors, round 44): only beside a label or a credential word, as every weak name
    "cloze": re.compile(r"[0-9a-f]{32}"),
    "coda": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    "collect2": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    "column": re.compile(r"(?:test|live)_[0-9A-Za-z]{27}"),
    "copper": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "verifier": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{96}"),
    # Hive's, Toggl's and Adobe's 32 lower-case letters and digits with a letter beyond hex; GetEmails' 26 with
    # '-'; Raven's 16 upper-case letters and digits with '-'; Debounce's 13 letters and digits mixing upper case,
    # lower case and digits; Daily's 64 hex digits; Magnetic's hex UUID (trufflehog's detectors, round 47):
    # only beside a label or a credential word, as every weak name
    "hive": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "toggl": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "adobe": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "getemails": re.compile(r"(?=[0-9a-f-]*[g-z])(?=[a-z-]*[0-9])[0-9a-z][0-9a-z-]{24}[0-9a-z]"),
    "raven": re.compile(r"(?=[0-9-]*[A-Z])(?=[A-Z-]*[0-9])[0-9A-Z][0-9A-Z-]{14}[0-9A-Z]"),
    "debounce": re.compile(r"(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])[A-Za-z0-9]{13}"),
    "daily": re.compile(r"[0-9a-f]{64}"),
    "magnetic": re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    # Abstract's 32 lower-case letters and digits with a letter beyond hex; HockeyApp's API token, 32 hex digits;
    # a SonarQube token of before its squ_/sqp_ prefixes, 40 hex digits (secrets-patterns-db, round 48): only
    # beside a label or a credential word, as every weak name.  Not Humanity's 40 lower-case letters and digits:
    # round 10 keeps "humanity: <40 of them>" (test_heldout_rounds.py KEPT["round10"])
    "abstract": re.compile(r"(?=[0-9a-f]*[g-z])[0-9a-z]{32}"),
    "hockeyapp": re.compile(r"[0-9a-f]{32}"),
    "sonar": re.compile(r"[0-9a-f]{40}"),
    # Discord's 64 hex digits (gitleaks' discord-api-token as nuclei-templates' file/keys carries it, round 50): only
    # beside a label or a credential word, as every weak name
    "discord": re.compile(r"[0-9a-f]{64}"),
    # Etsy's keystring, 24 lower-case letters and digits with a letter beyond hex and a digit (gitleaks' etsy-access-token
    # as nuclei-templates' file/keys carries it, round 51): only beside a label or a credential word, as every weak name
    "etsy": re.compile(r"(?=[0-9a-f]*[g-z])(?=[a-z]*[0-9])[0-9a-z]{24}"),
}
# Shapes of a strong name's own key shorter than the 20 characters (or 12 mixing cases and digits) a token after a
# name otherwise needs (_long_or_mixed), each with its random part (``body``), which must read as random
# (nuclei-templates' file/keys, round 50): Dropbox's app key and secret, 15 lower-case letters and digits with a
# letter beyond hex and a digit; Airtable's legacy API key, ``key`` and 14 letters and digits mixing cases and digits.
_STRONG_NAME_SHAPES = {
    "dropbox": re.compile(r"(?P<body>(?=[0-9a-z]*[g-z])(?=[a-z]*[0-9])[0-9a-z]{15})"),
    "airtable": re.compile(r"key(?P<body>(?=[^0-9]*[0-9])(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])[A-Za-z0-9]{14})"),
}


def _strong_own_shape(name: str, value: str) -> bool:
    """Whether ``value`` is a strong name's own short key (``_STRONG_NAME_SHAPES``), its random part read as random.

    >>> [_strong_own_shape("dropbox", v) for v in ("q7m2xk9vb4tn8wz", "0a1b2c3d4e5f607", "releasebuilder1")]
    [True, False, False]
    >>> [_strong_own_shape("airtable", v) for v in ("keyR7mQ2xLp9Vb4Nc", "keyspaceNotific", "keyboardShortcut")]
    [True, False, False]
    """
    shape = _STRONG_NAME_SHAPES.get(name)
    hit = shape.fullmatch(value) if shape is not None else None
    return hit is not None and _reads_random(hit["body"])


def _weak_ok(name: str, value: str) -> bool:
    """Whether a weak name's token is its own: a token no id, hash, number or name is (round 24), or the name's own shape.

    Any weak name's: :func:`_mixed_random`, or so once base64's and a JWT's ``.+/=`` and a
    URL encoding's ``%`` are dropped (Float's and Front's keys, Twitter's URL-encoded bearer token); a UUID's shape with letters beyond hex (a real
    UUID is hex: Findl's and Guardian's keys).  Besides them the name's own shape
    (``_WEAK_NAME_SHAPES``).  Lower-case letters and digits alone are a token only in a
    name's own shape: ``semaphore: <32 of them>`` stays (round 5, and 2100892 tried more).

    >>> [_weak_ok("guardian", v) for v in ("j74yohmy-0xah-5thm-aj4n-g3hs8kiqq6zk", "3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8")]
    [True, False]
    >>> [_weak_ok("float", v) for v in ("oLFrvIuzPhqmO_y.6pL=E7dbv_hvTHKt-iIPTppR", "0.48213377", "ex4ktckblo3f8hi008s5h0sboify5sl2")]
    [True, False, False]
    >>> [_weak_ok("flickr", v) for v in ("ex4ktckblo3f8hi008s5h0sboify5sl2", "3f2a9c0d4b5e6f708192a3b4c5d6e7f8")]
    [True, False]
    """
    if _mixed_random(value) or _mixed_random(_B64_JWT_MARKS.sub("", value)):
        return True
    if _UUID_BEYOND_HEX.fullmatch(value) and _reads_random(value.replace("-", "")):
        return True
    shape = _WEAK_NAME_SHAPES.get(name)
    return shape is not None and shape.fullmatch(value) is not None and _reads_random(value.replace("-", ""))


def _own_shape(name: str, value: str) -> bool:
    """Whether ``value`` has the weak name's own key shape (``_WEAK_NAME_SHAPES``), which sets its length.

    A shape shorter than the 20 characters a token after a name otherwise needs (Cashboard's
    ``XXX-XXX-XXX-XXX``, round 42) is the key's as issued, not an id's.

    >>> _own_shape("cashboard", "U1W-X65-KR2-02X"), _own_shape("cashboard", "ABC-DEF-GHI-JKL"), _own_shape("jira", "U1W-X65-KR2-02X")
    (True, False, False)
    """
    shape = _WEAK_NAME_SHAPES.get(name)
    return shape is not None and shape.fullmatch(value) is not None


# base64's, a JWT's and a URL encoding's marks (Twitter's bearer token written URL-encoded, %2B: round 32)
_B64_JWT_MARKS = re.compile(r"[.+/=%]")
# a URL's scheme (RFC 3986: a letter, then letters, digits, + - .) and "://"
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")
# a UUID's shape holding a letter beyond hex (secrets-patterns-db's Guardian key, trufflehog's Findl key)
_UUID_BEYOND_HEX = re.compile(r"(?=[0-9a-f-]*[g-z])[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}")


@functools.lru_cache(maxsize=1)
def near_provider_words() -> frozenset[str]:
    """Providers whose name shortly before a token in free text marks it as theirs.

    :data:`PROVIDER_WORDS` and every name of the library's providers list of four or
    more letters that is not in :data:`_NEAR_NOT_NAMES` (``agora``, ``bitfinex``,
    ``ipgeolocation`` ...).
    """
    from pipeline.redact.rules import load_providers  # rules imports this module

    names = {w for w in load_providers() if len(w) >= 4 and w not in _NEAR_NOT_NAMES}
    return frozenset(names) | PROVIDER_WORDS


def weak_provider_words() -> frozenset[str]:
    """Providers whose name in free text marks only a token that mixes upper case, lower case and digits.

    >>> "kanban" in weak_provider_words(), "kanban" in near_provider_words()
    (True, False)
    """
    return _NEAR_WEAK_NAMES


def _mixed_random(value: str) -> bool:
    """20 characters or more of letters, digits, ``_`` and ``-``, mixing upper case, lower case and digits, read as random.

    Not lower case alone: ``semaphore: <32 lower-case letters and digits>`` stays (round 5).

    >>> [_mixed_random(v) for v in ("cTc9YPcgUCFPBeUjIY5ru46Fh0nbdgx4VMtKTSQ4", "4c7e91b2a07d3f154c7e91b2", "PaymentServiceHandler2024")]
    [True, False, False]
    """
    if _random_letters(value):
        return True  # a base62 token that happens to hold no digit (round 41)
    return (
        len(value) >= 20
        and _BASE64URL.match(value) is not None
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
        and not value.startswith("eyJ")
        and _reads_random(value)
        and not _JOINED_WORDS.match(value[0].lower() + value[1:])
    )


_BASE64URL = re.compile(r"^[A-Za-z0-9_\-]+$")
_LETTERS_20 = re.compile(r"[A-Za-z]{20,}")


def _random_letters(value: str) -> bool:
    """20 letters or more, nothing else, whose case flips often: a base62 token that happens to hold no digit.

    A random mix of 32 base62 characters holds no digit about once in 280 draws (round 41: Swell's and
    SurveyAnyplace's 32), of 20 about 3 in 100 (issue #17).  From 24 letters, its letters flip case five
    times or more (:data:`_CASE_FLIP`, as :func:`_reads_random` asks; about seven in 32 random letters),
    which joined words, acronyms and camelCase names do not reach (``HTTPServerURLParserIOErrorHandler``: 3);
    at any length from 20, as often as :func:`_case_flips_random` asks for their number (three at 20 to 25).

    >>> [_random_letters(v) for v in ("KbOcQxDSIHCLUrIYVsZFvnHcmcqscrVT", "AbstractSingletonProxyFactoryBean", "HTTPServerURLParserIOErrorHandler")]
    [True, False, False]
    """
    return (
        _LETTERS_20.fullmatch(value) is not None
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and ((len(_CASE_FLIP.findall(value)) >= 5 and len(value) >= 24) or _case_flips_random(value, value))
        and not _JOINED_WORDS.match(value[0].lower() + value[1:])
    )


# An Ethereum-style address (0x and 40 hex digits): public, not a provider's credential.
_HEX_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")

# Words between a provider's name and ":" / "=" that make what follows something other than its
# credential: an id, a hash, a resource, a cursor (besides those of _NEAR_ID and _CRED_BEFORE_DENY);
# a model, whose version is a hash (replicate model owner/name:<sha256>, round 25); a revision, a commit's
# hash (sonar.scm.revision=<40 hex>, round 48).
_LABEL_DENY = (
    _NEAR_ID
    | _CRED_BEFORE_DENY
    | frozenset(
        """
        result results job jobs task tasks transaction tx txn asset assets playback upload file object
        record run runs batch report scan ticket item channel room meeting call campaign list contact
        subscriber template webhook delivery status state region zone cluster node pod deployment
        configmap namespace host hostname url uri endpoint path dir bucket queue topic stream table
        index database db schema branch tag ref image instance server volume snapshot backup droplet
        vm machine device app application service worker container sig signature nonce salt seed
        number no count total amount price balance address wallet block height lat lon tracking
        session product bundle file filename asset chunk artifact package checkout cart
        shipment parcel label document envelope doc site domain workspace team space board
        model models
        revision revisions
        """.split()
    )
)


def _provider_label(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A token after ":" or "=" whose label names a provider (``agora: <v>``, ``Agora client configured: <v>``).

    trufflehog's keyword-near-token shape without a credential word, kept to a label:
    the provider's name (:func:`near_provider_words`) among the words of the 40
    characters before the separator on its line, at most four words after it and
    none naming an id, a resource or a cursor, no other separator between; the token
    reads as random (:func:`_reads_random`) and not as an id (:func:`_token_value`).
    """
    text, sep = m.string, m.start()
    names = near_provider_words()
    low = _domain_names_joined(text[max(0, sep - 40, text.rfind("\n", 0, sep) + 1) : sep].lower(), names)
    words = _LOWER_WORD.findall(low)
    at = max((i for i, w in enumerate(words) if w in names), default=-1)
    weak = False
    if at < 0:
        at = max((i for i, w in enumerate(words) if w in _NEAR_WEAK_NAMES), default=-1)
        weak = at >= 0
    if at < 0:
        return None
    after = words[at + 1 :]
    if len(after) > 4 or not _LABEL_DENY.isdisjoint(after):
        return None
    if any(w.endswith("id") or w.endswith("ids") for w in after):
        return None  # requestId=, traceid: an id
    tail = low[low.rfind(words[at]) + len(words[at]) :]
    if any(c in tail for c in ":=,;()[]{}<>|"):
        return None  # "agora channel=x region: <v>": the separator belongs to another label
    start, end = m.span("secret")
    value = text[start:end]
    if _URL_SCHEME.match(value):
        return None  # "curl -u $INSIGHTLY_API_KEY: https://api.na1.insightly.com/...": where the key goes (round 27)
    if jose_header_alone(value):
        return None  # "jwt header: eyJ0eXAiOi...": a JOSE header names an algorithm, it holds no key
    if _URN_WORDS.match(value):
        return None  # "hereapi place here:pds:place:<id>": lower-case words each before ':', then an id (round 56)
    if text[sep] == ":" and start == sep + 1 and after and _namespace_prefix(text, sep):
        return None  # "lexigram concept lxg:<12>": a namespaced id, a short prefix glued to ':' and the id (round 57)
    if not weak and _strong_own_shape(words[at], value):
        return start, end  # "dropbox: <15>", "Airtable client configured: key<14>": a strong name's own short key (round 50)
    if value[0] in "+/":
        return (start, end) if not weak and _b64_led_ok(value) else None
    if value.isdigit() or not _token_value(value) or not _reads_random(value):
        return None
    short = len(value) < 12
    if short and _PASSWORD_SYMBOLS.isdisjoint(value):
        return None  # under 12 characters only a password with !@#$%^ in it (ZipBooks' 8+)
    if not (short or _dash_led_ok(value) or (weak and _own_shape(words[at], value))) or not _symbols_ok(value):
        return None
    if _HEX_ADDRESS.fullmatch(value):
        return None  # "ethplorer ... addresses=0x<40 hex>": a public wallet or contract address
    if weak and not _weak_ok(words[at], value):
        return None  # "jira: <commit hash>", "humanity: <uuid>": an everyday word's token must mix cases and digits
    return start, end


# a URN's or a namespaced id's head: two or more lower-case words, each before ':' (here:pds:place:, urn:li:person:)
_URN_WORDS = re.compile(r"(?:[a-z]{2,}:){2,}")
# a namespaced id's prefix (a CURIE's: lxg:, doi:, go:): two to five lower-case letters glued to ':' and standing
# apart before it; not a credential's word (key:, token:, pass:), whose value follows as any key's
_NAMESPACE_PREFIX = re.compile(r"(?<![A-Za-z0-9_\-.])[a-z]{2,5}\Z")
_NAMESPACE_NOT = frozenset("key keys token pass pwd pw auth api cred creds".split())


def _namespace_prefix(text: str, sep: int) -> bool:
    """Whether the ``:`` at ``sep`` closes a namespaced id's prefix (``concept lxg:<id>``), not a label.

    >>> [_namespace_prefix(t, t.index(":")) for t in ("concept lxg:K0qzlfUqciYp", "acme token:K0qzlfUqciYp", "dropbox:K0qz")]
    [True, False, False]
    """
    m = _NAMESPACE_PREFIX.search(text, max(0, sep - 6), sep)
    return m is not None and m.group() not in _NAMESPACE_NOT

_BEYOND_HEX_LOWER = frozenset("ghijklmnopqrstuvwxyz")
_BEYOND_HEX_UPPER = frozenset("GHIJKLMNOPQRSTUVWXYZ")


def _provider_url_path(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A path segment of a URL whose host names a provider (``https://www.zipcodeapi.com/rest/<key>/...``).

    The host's words must hold a provider's name (:func:`near_provider_words`, not a weak
    one) and the segment must not be an id: :func:`_mixed_random`, letters beyond hex in both
    cases (not ``AC`` and 32 hex digits, a Twilio account's id; not a page title's words
    and an id, Notion's ``Runbook-<32 hex>``) and :func:`_token_value` (no prefix of its
    own: ``dpl_...``, a Vercel deployment).

    >>> import re
    >>> rx = re.compile(r"://(?P<host>[^/]+)/(?:[^/]+/)*?(?P<secret>[A-Za-z0-9_-]{32,})")
    >>> bool(_provider_url_path(rx.search("https://www.zipcodeapi.com/rest/LOyQFYgJFZHxUsYHaDQI226wXUWQceaQnM50/x"), None))  # type: ignore[arg-type]
    True
    >>> bool(_provider_url_path(rx.search("https://api.twilio.com/Accounts/AC3f2a9c0d4b5e6f708192a3b4c5d6e7f8/x"), None))  # type: ignore[arg-type]
    False
    """
    if not _host_names_provider(m["host"], near_provider_words()):
        return None
    start, end = m.span("secret")
    value = m.string[start:end]
    head = _SLUG_WORDS.match(value)
    rest = value[head.end() :] if head else value  # Runbook-<32 hex>: a page's title, then its id
    if not (_BEYOND_HEX_LOWER.intersection(rest) and _BEYOND_HEX_UPPER.intersection(rest)):
        return None
    if not _mixed_random(rest) or not _token_value(value):
        return None
    return start, end


def _host_names_provider(host: str, names: frozenset[str]) -> bool:
    """Whether a label of ``host`` is a provider's name, or begins with a name of 8 or more characters.

    A brand's host often adds a word to the provider's name (``www.ipqualityscore.com`` for
    IPQualityScore, ``ipquality``); shorter names are left to an exact label (``google`` is
    no key's provider in ``googleapis``' file ids).

    >>> names = frozenset({"ipquality", "zipcodeapi", "google"})
    >>> [_host_names_provider(h, names) for h in ("www.ipqualityscore.com", "www.zipcodeapi.com", "www.googleapis.com")]
    [True, True, False]
    """
    for label in _LOWER_WORD.findall(host.lower()):
        if label in names or any(label[:k] in names for k in range(_HOST_PREFIX_MIN, len(label))):
            return True
    return False


# the shortest provider name a host's label may begin with and go on past (ipquality in ipqualityscore)
_HOST_PREFIX_MIN = 8


# Words of a page's title before its id in a URL's path (Notion's Runbook-Deploy-<32 hex>).
_SLUG_WORDS = re.compile(r"^(?:[A-Za-z][a-z]+[-_])+")


def _quoted_pair(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A string literal given with a secret-sounding name: ``define('DB_PASSWORD', '<v>')``, ``setAuthToken("<v>")``."""
    if keys.classify(m["key"]) != SECRET:
        return None
    return _literal_value(m)


def _literal_value(m: re.Match[str]) -> tuple[int, int] | None:
    """The ``secret`` group of a string literal, unless it is a placeholder or a word."""
    start, end = m.span("secret")
    value = m.string[start:end]
    if is_placeholder(value) or value.lower() in _PROSE or value.strip() != value:
        return None
    if value.isalpha() and (value.islower() or value.isupper() or value.istitle()):
        return None  # a word ("secret", "Authorization"): a name, not a credential
    return start, end


# The quoted name right before ", '<value>'" (define('DB_PASSWORD', ...), put("api_key", ...)), its quotes
# escaped as the carrier escapes them (put(\\\"api_key\\\", ...) in a JSON body inside a JSON string).
_QUOTED_NAME_BEFORE = re.compile(r"""(\\*["'])([A-Za-z_][\w.\-]{1,60})\1[ \t]*$""")


def _quoted_name_before(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """:func:`_quoted_pair` for a match anchored on the comma: the name is read from the text before it."""
    name = _QUOTED_NAME_BEFORE.search(m.string, max(0, m.start() - 72), m.start())
    if name is None or keys.classify(name[2]) != SECRET:
        return None
    return _literal_value(m)


_PROSE_PASSWORD_SYMBOLS = frozenset("!@#%^&*_+=.-~?")


def _prose_password(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A password right after the word in a sentence (``admin password set to <v>``, ``password <v> rejected``).

    Only a value that cannot be a word, a number, a name or a reference: 8 to 64 characters
    holding a letter and a digit or a symbol, at least two of upper case, lower case, digits
    and symbols, its letters and digits reading as random (:func:`_reads_random`), and not a
    placeholder, a variable, a path, an e-mail address, a hash's scheme (``sha256:...``) or
    words joined as code joins them.

    >>> import re
    >>> rx = re.compile(r"password (?P<secret>\\S+)")
    >>> [bool(_prose_password(rx.search(t), None)) for t in ("password 9Fi*#Bs8A0O%VWgA rejected", "password reset-requested", "password $DB_PASSWORD", "password PaymentService2024")]  # type: ignore[arg-type]
    [True, False, False, False]
    """
    start, end = m.span("secret")
    value = m.string[start:end].rstrip(".,;:!?)")
    end = start + len(value)
    if not 8 <= len(value) <= 64 or is_placeholder(value) or value.lower() in _PROSE:
        return None
    if value[0] in "$%{<[(/\\~" or _EMAIL_AT.search(value) or ":" in value or "/" in value:
        return None
    kinds = (
        any(c.isupper() for c in value)
        + any(c.islower() for c in value)
        + any(c.isdigit() for c in value)
        + any(c in _PROSE_PASSWORD_SYMBOLS for c in value)
    )
    has_letter = any(c.isalpha() for c in value)
    other = any(c.isdigit() or c in _PROSE_PASSWORD_SYMBOLS for c in value)
    if kinds < 2 or not has_letter or not other:
        return None
    plain = "".join(c for c in value if c.isalnum())
    if len(plain) < 6 or not _reads_random(plain) or _RESOURCE_NAME.match(value):
        return None
    if _JOINED_WORDS.match(plain[0].lower() + plain[1:]):
        return None  # PaymentService2024: words joined as code joins them
    return start, end


def _not_placeholder(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    start, end = secret_span(m)
    return None if is_placeholder(m.string[start:end]) else (start, end)


def _oauth_param(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """An OAuth form's or query's credential parameter, unless the docs' placeholder stands there.

    A slot or a variable (``client_secret=<secret>``, ``${CLIENT_SECRET}``) or the parameter's name in
    capitals (``client_secret=CLIENT_SECRET``, ``refresh_token=REFRESH_TOKEN``: Foursquare's docs; round 54).

    >>> import re
    >>> rx = re.compile(r"(?:client_secret|refresh_token)=(?P<secret>[A-Za-z0-9_]{8,})")
    >>> [_oauth_param(rx.search(t), None) is None for t in (
    ...     "client_secret=CLIENT_SECRET&v=1", "refresh_token=REFRESH_TOKEN", "client_secret=Xk9mQ2pLr7Vd8Hs3")]
    [True, True, False]
    """
    start, end = secret_span(m)
    value = m.string[start:end]
    if is_placeholder(value) or _CREDENTIAL_CONSTANT.fullmatch(value):
        return None
    return start, end


# Where a long base64 run is no credential: what it starts with (a DER certificate's SEQUENCE,
# base64 of PEM text, gzip, PNG, JPEG, GIF, PDF, a zip) and what comes right before it (a data: URI).
# An SSH public key's wire form starts with a zero length byte ("AAAAB3NzaC1yc2E": ssh-rsa).
_KNOWN_BLOB_STARTS = ("MII", "LS0t", "H4sI", "iVBORw0KGgo", "/9j/", "R0lGOD", "JVBERi0", "UEsDB", "AAAA")
_DATA_URI_BEFORE = re.compile(r"(?i)base64,$")
# Words of the key or label before the run that name a public or non-secret object (cert=, "signature": ").
_PUBLIC_BLOB_WORDS = frozenset(
    """
    cert certs certificate certificates crt ca chain x5c pem der pub public pubkey publickey
    signature signatures sig sign signed hash digest checksum fingerprint image img png jpeg jpg gif
    icon logo avatar photo thumbnail font
    """.split()
)
# a share of printable characters above which the decoded bytes are text (SAML, JSON, XML), not a key
_TEXT_SHARE = 0.85


def _opaque_blob(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A long base64 run that decodes to bytes no one reads (an AWS session token, a ticket, a ciphertext).

    Not a certificate, an SSH public key, an image, an archive or base64 of text: those start with
    their format's magic or decode to printable characters; nor a value under a key naming a public
    object (``cert=``, ``signature:``), whose bytes may be random.

    >>> import re, base64, random
    >>> rx = re.compile(r"[A-Za-z0-9+/]{256,}")
    >>> blob = base64.b64encode(random.Random(1).randbytes(240)).decode()
    >>> text = base64.b64encode(b"<saml:Assertion ID='x'>" * 12).decode()
    >>> [bool(_opaque_blob(rx.search(v), None)) for v in (blob, text, "MII" + blob[3:])]  # type: ignore[arg-type]
    [True, False, False]
    """
    start, end = secret_span(m)
    value = m.string[start:end].rstrip("=")
    if value.startswith(_KNOWN_BLOB_STARTS) or _DATA_URI_BEFORE.search(m.string, max(0, start - 8), start):
        return None
    label = _LABEL_BEFORE.search(m.string, max(0, start - 40), start)
    if label is not None and not _PUBLIC_BLOB_WORDS.isdisjoint(split_words(label[1])):
        return None  # cert=<base64>, "signature": "<base64>": a public object's bytes
    if not (_MIXED_ALNUM.match(value) and ("+" in value or "/" in value)):
        return None
    try:
        decoded = base64.b64decode(value[: len(value) // 4 * 4], validate=True)
    except (binascii.Error, ValueError):
        return None
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in decoded)
    return None if printable >= _TEXT_SHARE * len(decoded) else (start, end)


def _named_key_value(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """The ``secret`` group when it cannot be an id or a name (:func:`named_key_token`): a key named by its use.

    >>> rx = re.compile(r"hmac key (?P<secret>\\S+)")
    >>> [bool(_named_key_value(rx.search(t), None)) for t in ("hmac key 9b04e7d2c1a8f53e6d0b9c7a2e4f81d3", "hmac key 1234abcd-12ab-34cd-56ef-1234567890ab")]  # type: ignore[arg-type]
    [True, False]
    """
    start, end = m.span("secret")
    return (start, end) if named_key_token(m.string[start:end]) else None


VALIDATORS: dict[str, Validator] = {
    "quoted_value": _quoted_value,
    "provider_value": _provider_value,
    "provider_blank": _provider_blank,
    "provider_client": _provider_client,
    "provider_near": _provider_near,
    "credential_near": _credential_near,
    "provider_label": _provider_label,
    "provider_url_path": _provider_url_path,
    "quoted_pair": _quoted_pair,
    "quoted_name_before": _quoted_name_before,
    "not_placeholder": _not_placeholder,
    "oauth_param": _oauth_param,
    "prose_password": _prose_password,
    "base64_jwt": _base64_jwt,
    "has_digit": _has_digit,
    "mixed_random": _mixed_random_match,
    "dotted_mixed_random": _dotted_mixed_random,
    "word_end_prefix_token": _word_end_prefix_token,
    "dash_body_random": _dash_body_random,
    "mixed_token": _mixed_token,
    "random_text": _random_text,
    "cli_option": _cli_option,
    "cli_option_value": _cli_option_value,
    "endpoint_key": _endpoint_key,
    "cli_user_password": _cli_user_password,
    "cli_user_token": _cli_user_token,
    "luhn": _luhn,
    "basic_auth": _basic,
    "bearer": _bearer,
    "private_key_b64": _private_key_b64,
    "opaque_blob": _opaque_blob,
    "keyvalue": _keyvalue,
    "xml_element": _xml_element,
    "secret_file_content": _secret_file_content,
    "query_param": _query_param,
    "config_line": _config_line,
    "key_blank_value": _key_blank_value,
    "random_token": _random_token,
    "provider_client_pair": _provider_client_pair,
    "url_password": _url_password,
    "auth_header": _auth_header,
    "cookie_pairs": _cookie_pairs,
    "named_key_value": _named_key_value,
}
