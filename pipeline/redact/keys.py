"""Is this key name secret-sounding?  Word-based, case-insensitive, cached by the caller.

A key (``db.password``, ``STRIPE_SECRET``, ``x-api-key``, ``apiKey``,
``http.request.header.authorization``) is split into lower-case words at dots,
dashes, underscores and camelCase humps.  What decides is the *last* word that
is not a neutral suffix (``value``, ``b64``, ``new`` ...):

- a secret term (``password``, ``token``, ``secret``, ``cookie`` ...), or a word
  ending in one (``dbpassword``, ``authtoken``, ``clientsecret``): secret;
- ``key`` (or ``pat``) after a modifier that makes it a credential (``api``,
  ``access``, ``private``, ``signing`` ...) or after a provider name
  (``twilio_api_key``, ``SENDGRID_KEY``): secret;
- a qualifier (``count``, ``type``, ``name``, ``expires``, ``requested`` ...):
  *not* secret, so ``token_count`` and ``password_reset_requested`` keep their
  values, and ``next_page_token`` (a pagination cursor) is left alone;
- ``id`` after ``client``, ``access`` or ``api`` and a provider name (``PLAID_CLIENT_ID``, ``sumo_access_id``): secret, as the
  public rule sets take these ids (one half of a credential pair);
- ``id`` after ``secret`` ``key`` (``AWS_SECRET_KEY_ID``): secret, the key is named, not an id;
- ``secret`` ``id`` after ``vault`` or ``approle`` (``VAULT_SECRET_ID``): secret, Vault's AppRole SecretID;
- ``appid`` (or ``app`` ``id``) after OpenWeather's name (``OWM_APPID``): secret, its API key goes by that name;
- a last word naming an identifier (``id``, ``uuid``, ``hash``, ``checksum``,
  ``cursor`` ...): :data:`IDENT`, not secret, and a value without spaces under
  it is not even scanned (``trace_id``, ``span_id``, ``request_id``,
  ``content_sha256``), so an id can never be mangled by a value rule;
- anything else: neutral.

Neutral keys inherit from their parent in a nested record: under
``credentials`` (secret), ``value`` or ``aws`` is secret but ``username`` (a
qualifier) is not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

__all__ = ["APPROLE_WORDS", "IDENT", "NEUTRAL", "NOT_SECRET", "SECRET", "THING_OR_CREDENTIAL_KEY_WORDS", "KeyClassifier", "split_words"]

SECRET = 2
NEUTRAL = 1
NOT_SECRET = 0
IDENT = -1  # not secret, and an id: values under it are left as they are

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

# Terms that make a key secret when they are its last word (or end it: "dbpassword").
_TERMS = frozenset(
    """
    password passwords passwd pwd pass passphrase secret secrets token tokens apikey apikeys
    accesskey secretkey privatekey credential credentials creds authorization auth cookie cookies
    session sessions sessionid jsessionid phpsessid sessiontoken authtoken accesstoken
    refreshtoken idtoken clientsecret storepass keypass dockerconfigjson dockercfg
    requirepass masterauth pw pword passwrd authkey
    """.split()
)
# Suffixes that make a compound word secret ("xsrftoken", "clientsecret", "dbpassword").
_SUFFIXES = (
    "password",
    "passwd",
    "pwd",  # dbpwd, rootpwd (GitGuardian's generic password takes any name holding pwd)
    "pword",  # adminpword: password's other abbreviations (earlybird's rules take pw, pword, passwrd)
    "passwrd",
    "secret",
    "secrets",
    "token",
    "tokens",
    "apikey",
    "accesskey",
    "secretkey",
    "privatekey",
    "credentials",
    "credential",
    "cookie",
    "storepass",  # keytool's -storepass, -srcstorepass, -deststorepass
    "keypass",
)
# Words before "key" / "keys" / "pat" that make it a credential.
_KEY_MODIFIERS = frozenset(
    """
    api access private secret signing sign encryption encrypt master account shared client app
    application auth license licence service sas storage subscription consumer ingest ingestion
    write admin root deploy webhook session primary secondary hmac jwt personal management preshared
    """.split()
)
# Credential words before "key" that make it a secret's name: password_key, tokenKey (LeakTK's
# generic rule takes (password|secret|token)[_-]?key; "secret" is a modifier above; round 33).
_CREDENTIAL_KEY_WORDS = frozenset("password passwords passwd pwd passphrase token tokens credential credentials".split())
# Words before "token" that make it *not* a credential (pagination, LLM usage, .NET).
_BENIGN_TOKEN_MODIFIERS = frozenset(
    """
    next page prev previous continuation pagination sync resume cancellation idempotency cursor
    start end input output prompt completion completions max total cached reasoning
    """.split()
)
# Trailing words that do not change the meaning ("password_hash", "api_key_value").
_NEUTRAL_SUFFIX_WORDS = frozenset(
    """
    value values string str raw plain plaintext hashed b64 base64 hex enc encrypted encoded
    data bytes header env var confirmation confirm new old current text pem der
    """.split()
)
# Last words that make the key describe *about* a secret rather than hold one.
_QUALIFIERS = frozenset(
    """
    count counts total length len size type types kind name names expires expiry
    expiration expired ttl age max min limit used remaining reset requested required enabled
    disabled policy policies strength rotation rotated changed updated created at time timestamp
    ts date valid validated invalid missing present provided set error errors status field
    fields format endpoint url uri path file filename location dir ref arn version hint prompt
    label user username login email mode method scheme algorithm alg issuer audience scope scopes
    duration interval timeout retries attempts attempt failures failed success ok exists flag
    source provider store backend manager rule rules level lifetime fingerprint prefix suffix last
    first enforced supported allowed request response length lengths pattern regex
    region zone host hostname port state consent header headers sent received
    """.split()
)
# Last words that name an identifier: never secret, and the value is not scanned.
_IDENT_WORDS = frozenset(
    """
    id ids uuid guid hash checksum digest sha sha1 sha256 sha512 md5 crc crc32 etag cursor
    fingerprint traceid spanid requestid timestamp time ts date datetime at
    """.split()
)
_SESSION_WORDS = frozenset({"session", "sess"})
# Words before "salt" naming what an application's own salt signs (WordPress's AUTH_SALT, SECURE_AUTH_SALT,
# LOGGED_IN_SALT, NONCE_SALT; Flask-Security's SECURITY_PASSWORD_SALT): a secret, unlike a hash's salt (round 40).
_SECRET_SALT_WORDS = frozenset({"auth", "logged", "loggedin", "nonce", "security", "signing", "cookie", "session"})
# Words naming HashiCorp Vault's AppRole login, whose secret_id is the login's secret (its role_id the id).
APPROLE_WORDS = frozenset({"vault", "approle"})
# Providers whose OAuth client id is an application's public identifier, not half of a credential
# pair: Microsoft Entra (Azure AD) shows it on every sign-in URL (AZURE_CLIENT_ID, AAD_CLIENT_ID).
_PUBLIC_CLIENT_ID_PROVIDERS = frozenset({"azure", "aad", "entra"})
# Words before "id" that make a provider's id part of its credential pair ("PLAID_CLIENT_ID").
_ID_CREDENTIAL_WORDS = frozenset({"client", "access", "api"})
# Words before "key" that make it a public key, whatever provider is named before them.
_PUBLIC_KEY_WORDS = frozenset({"public", "pub", "publishable", "host", "ssh", "gpg", "pgp", "site"})
# Words before "key" that name what a key indexes or locks, not a credential's owner: under
# cache_key, sort_key, idempotency_key ... a random value is an id (see credential_named).
_THING_KEY_WORDS = frozenset(
    """
    cache sort partition primary foreign row object bucket routing dedup dedupe hash range map
    lookup idempotency index idx translation locale message event request trace span cursor page
    group order shard lock feature flag config setting settings metric label tag column field
    attribute property entity record item table unique natural surrogate composite state file
    asset image media content resource storage registry product device user node cluster tenant
    account customer job task queue topic stream schema version build release commit branch
    upload download s3 redis memcache kv dict json yaml env menu keyboard hot short shortcut
    nonce salt seed iv idem correlation causation dataset model
    """.split()
)
# Words before "key" that may name either: primary_key is Azure's credential and a table's column.
THING_OR_CREDENTIAL_KEY_WORDS = _KEY_MODIFIERS & _THING_KEY_WORDS
# A key that starts with a credential word and ends with whose credential it is (TOKEN_API,
# PASSWORD_ADMIN, SECRET_STRIPE), as secrets-patterns-db's generic TOKEN...= / PASSWORD...=
# patterns take them; an owner that names a service or a store (TOKEN_SERVICE) is left out.
_LEADING_TERMS = frozenset("token secret password passwd pwd apikey".split())
_LEADING_OWNERS = frozenset(
    "api access private deploy admin root master write ingest personal management signing webhook ci".split()
)
_LONG_PROVIDER = 6  # provider names at least this long are also found inside a longer word
# Providers whose app id is the API key itself: OpenWeather's APPID parameter (OWM_APPID,
# openweather_app_id), where the value is the credential, not an application's id (round 23).
_APPID_KEY_PROVIDERS = frozenset({"openweather", "openweathermap", "owm"})
# Whole key names that hold a credential although their last word says otherwise.
# Code Climate's test reporter id is its upload token; JFrog's X-JFrog-Art-Api header holds an API key
_SECRET_NAMES = frozenset({"cc_test_reporter_id", "x-jfrog-art-api"})


def _provider_header_key(low: str, middle: list[str]) -> bool:
    """Whether a key is an HTTP header of a provider's own naming its key, ``X-<name>-Key`` (round 45).

    One or two words between ``x-`` and ``-key``, none naming what a key indexes or a public key
    (``X-Idempotency-Key``, ``X-Cache-Key`` and ``X-Public-Key`` stay neutral).
    """
    return (
        low.startswith("x-")
        and 1 <= len(middle) <= 2
        and _THING_KEY_WORDS.isdisjoint(middle)
        and _PUBLIC_KEY_WORDS.isdisjoint(middle)
    )


def _credential_words_joined(words: list[str]) -> list[str]:
    """``words`` with a credential word written in two parts joined back (``pass_phrase``, ``PASS_WORD``; round 48).

    >>> _credential_words_joined(["pass", "phrase", "key"]), _credential_words_joined(["bypass", "word"])
    (['passphrase', 'key'], ['bypass', 'word'])
    """
    if "pass" not in words:
        return words
    out: list[str] = []
    for w in words:
        if out and out[-1] == "pass" and w in ("phrase", "word"):
            out[-1] = "pass" + w
        else:
            out.append(w)
    return out


def split_words(key: str) -> list[str]:
    """Lower-case words of a key name, split at punctuation and camelCase humps.

    >>> split_words("http.request.header.X-Api-Key"), split_words("nextPageToken")
    (['http', 'request', 'header', 'x', 'api', 'key'], ['next', 'page', 'token'])
    """
    return [w.lower() for w in _WORD.findall(key)]


class KeyClassifier:
    """Classifies key names as :data:`SECRET`, :data:`NEUTRAL`, :data:`NOT_SECRET` or :data:`IDENT`.

    Parameters
    ----------
    providers : iterable of str
        Provider names (``stripe``, ``twilio``) that make a following ``key``,
        ``pat`` or ``id``-less credential word secret (``SENDGRID_KEY``).
    extra_terms : iterable of str
        More secret terms from the config (``redact.extra_keys``); matched like
        the built-in ones, as the last word of a key or the end of a compound.

    Examples
    --------
    >>> k = KeyClassifier(providers=["stripe"])
    >>> [k.classify(n) for n in ("db.password", "token_count", "STRIPE_KEY", "cache_key", "trace_id")]
    [2, 0, 2, 1, -1]
    >>> k.is_secret("password_reset_requested"), k.is_secret("nextPageToken")
    (False, False)
    >>> [k.classify(n) for n in ("TOKEN_DEPLOY", "TOKEN_STRIPE", "TOKEN_TTL", "TOKEN_SERVICE")]
    [2, 2, 0, 1]
    """

    def __init__(self, providers: Iterable[str] = (), extra_terms: Iterable[str] = ()) -> None:
        self.providers = frozenset(p.lower() for p in providers)
        self._long_providers = tuple(sorted(p for p in self.providers if len(p) >= _LONG_PROVIDER))
        extra = [re.sub(r"[^a-z0-9]", "", t.lower()) for t in extra_terms]
        self.terms = _TERMS | frozenset(t for t in extra if t)
        self.suffixes = _SUFFIXES + tuple(t for t in extra if len(t) >= 4)
        self._cache: dict[str, int] = {}
        self._named: dict[str, bool] = {}
        # Key names that are themselves secrets (a token used as an attribute name):
        # name → (its redacted form, the rule ids that replaced something).  Filled
        # by ``name_check`` the first time a name is classified, cleared with the cache.
        self.renamed: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.name_check: Callable[[str], tuple[str, tuple[str, ...]] | None] | None = None

    def is_secret(self, key: str) -> bool:
        """Whether a value under ``key`` is a secret on its own (no parent context)."""
        return self.classify(key) == SECRET

    def classify(self, key: str) -> int:
        """:data:`SECRET`, :data:`NEUTRAL`, :data:`NOT_SECRET` or :data:`IDENT` for one key (cached)."""
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._classify(key)
        if len(self._cache) >= 8192:
            self._cache.clear()
            self.renamed.clear()
        self._cache[key] = result
        if self.name_check is not None:
            new = self.name_check(key)
            if new is not None:
                self.renamed[key] = new
        return result

    def credential_named(self, key: str) -> bool:
        """Whether ``key`` is ``<name>_KEY`` (``zerotier-key``, ``acmeApiKeyValue`` aside) for a name this list lacks.

        A neutral key whose last word is ``key`` after a word of three letters or more that
        names neither a public key (``host``, ``ssh``) nor what a key indexes (``cache``,
        ``sort``, ``idempotency``, ``object`` ...): as gitleaks' generic rule takes any key
        holding "key" with a high-entropy value, the value under it is a credential when it
        cannot be an id or a name (the validators' ``_mixed_random``).

        >>> k = KeyClassifier(providers=["stripe"])
        >>> [k.credential_named(n) for n in ("ZEROTIER_KEY", "cache_key", "STRIPE_KEY", "host_key", "key")]
        [True, False, False, False, False]
        """
        cached = self._named.get(key)
        if cached is not None:
            return cached
        result = False
        if self.classify(key) == NEUTRAL:
            words = [w for w in split_words(key) if not w.isdigit()]
            end = len(words)
            while end > 0 and words[end - 1] in _NEUTRAL_SUFFIX_WORDS:
                end -= 1
            if end >= 2 and words[end - 1] in ("key", "keys"):
                prev = words[end - 2]
                result = (
                    len(prev) >= 3
                    and prev.isalpha()
                    and prev not in _PUBLIC_KEY_WORDS
                    and prev not in _THING_KEY_WORDS
                )
        if len(self._named) >= 8192:
            self._named.clear()
        self._named[key] = result
        return result

    def _names_provider(self, words: list[str]) -> bool:
        """Whether one of ``words`` is a provider, or a long provider name is inside them (``buttercms``)."""
        if not self.providers.isdisjoint(words):
            return True
        joined = "".join(words)
        return any(p in joined for p in self._long_providers)

    def _provider_id(self, words: list[str]) -> bool:
        """Whether ``words`` (a key without its final ``id``) end in a credential id word after a provider.

        ``discord_client``, ``sendbird_access``, ``newrelic_user_api``: the
        public rule sets take these ids of a provider's credential pair (an OAuth
        client id, an access id) as secrets too.  An app id (``PUSHER_APP_ID``)
        or a key id (``RAZORPAY_KEY_ID``) names a thing and stays an id.
        """
        if not words or words[-1] not in _ID_CREDENTIAL_WORDS:
            return False
        return len(words) > 1 and self._names_provider(words[:-1])

    def _provider_name_alone(self, raw: list[str]) -> bool:
        """Whether the key is a provider's name alone that ends in a credential word (``salescookie``, ``auth0``).

        Sales Cookie's and Auth0's names (the providers list's) end in ``cookie`` and ``auth``
        and a digit; as a label (``salescookie: 2.8.2``) they name the provider, whose value the
        provider rules judge.  A name that is a credential word itself (``token``,
        ``credentials``) or holds one after a prefix of two letters or fewer (``htpasswd``,
        ``1password``: the word is what it names) stays secret.

        >>> k = KeyClassifier(providers=["salescookie", "auth0", "htpasswd", "token"])
        >>> [k.classify(n) for n in ("salescookie", "Auth0", "AUTH0_TOKEN", "htpasswd", "token")]
        [1, 1, 2, 2, 2]
        """
        name = "".join(raw)
        if name not in self.providers or name in self.terms:
            return False
        letters = name.rstrip("0123456789")
        if letters != name and letters in self.terms:
            return True
        return any(name.endswith(s) and len(name) - len(s) >= 3 for s in self.suffixes)

    def _classify(self, key: str) -> int:
        low = key.lower()
        if low.startswith("bundle_") and "__" in low:
            return SECRET  # Bundler's per-host credentials: BUNDLE_GEMS__EXAMPLE__COM=user:pass
        if low in _SECRET_NAMES:
            return SECRET
        raw = split_words(key)
        if self._provider_name_alone(raw):
            return NEUTRAL  # salescookie, Auth0: a provider's name, not a cookie's nor an auth's (round 36)
        words = _credential_words_joined([w for w in raw if not w.isdigit()])
        # A provider name with a digit in it (auth0) is split at the digit: its words joined back.
        joined = {w + d for w, d in itertools.pairwise(raw) if d.isdigit() and not w.isdigit()}
        end = len(words)
        while end > 0 and words[end - 1] in _NEUTRAL_SUFFIX_WORDS:
            end -= 1
        if end == 0:
            return NEUTRAL
        last = words[end - 1]
        prev = words[end - 2] if end >= 2 else ""
        if last in ("id", "ids") and prev in _SESSION_WORDS:
            return SECRET  # session ids are bearer credentials
        if last == "hash" and prev in ("password", "passwd", "pwd", "secret"):
            return SECRET  # a password hash can be cracked offline
        if last == "salt" and not _SECRET_SALT_WORDS.isdisjoint(words[: end - 1]):
            return SECRET  # LOGGED_IN_SALT, NONCE_SALT: an application's salt for its cookies and nonces (not hash_salt)
        if last == "login" and prev == "sonar":
            return SECRET  # SonarQube's sonar.login property holds a token
        if (last == "appid" or (last == "id" and prev == "app")) and not _APPID_KEY_PROVIDERS.isdisjoint(words[: end - 1]):
            return SECRET  # OWM_APPID, openweatherAppId: OpenWeather's API key goes by the name appid
        if last == "id" and prev == "key" and end >= 3 and words[end - 3] == "secret":
            return SECRET  # AWS_SECRET_KEY_ID, --aws-secret-key-id: a secret key named as an id, not an id
        if last == "id" and prev == "secret" and not APPROLE_WORDS.isdisjoint(words[: end - 2]):
            return SECRET  # VAULT_SECRET_ID, approle.secret_id: Vault's AppRole SecretID, a UUID that logs in (round 37)
        if last == "id" and prev == "client" and not _PUBLIC_CLIENT_ID_PROVIDERS.isdisjoint(words[: end - 2]):
            return IDENT  # AZURE_CLIENT_ID: an Entra application's (client) id, a GUID its docs call no secret (round 33)
        if last == "id" and (
            self._provider_id(words[: end - 1])
            or (prev in _ID_CREDENTIAL_WORDS and not self.providers.isdisjoint(joined))
        ):
            return SECRET  # PLAID_CLIENT_ID, sumo_access_id, AUTH0_CLIENT_ID: half of a provider's credential pair
        if last == "sid" and end >= 2 and (self._names_provider(words[: end - 1]) or not self.providers.isdisjoint(joined)):
            return SECRET  # TWILIO_ACCOUNT_SID: the id half of the pair, as the public rule sets take it
        if last in _IDENT_WORDS:
            return IDENT
        if last in _QUALIFIERS:
            return NOT_SECRET
        if last in ("token", "tokens") and prev in _BENIGN_TOKEN_MODIFIERS:
            return NOT_SECRET
        if last == "bearer" and end >= 2:
            return SECRET  # api_bearer, TWITTER_BEARER: a bearer token (bearer alone, a scheme's name, stays; round 45)
        if last in self.terms:
            return SECRET
        if last in ("key", "keys", "pat"):
            named = self._names_provider(words[: end - 1]) or not self.providers.isdisjoint(joined)  # ai21_key
            if prev in _KEY_MODIFIERS or (prev not in _PUBLIC_KEY_WORDS and named):
                return SECRET
            if prev in _CREDENTIAL_KEY_WORDS and (end < 3 or words[end - 3] not in _BENIGN_TOKEN_MODIFIERS):
                return SECRET  # password_key, TOKEN_KEY: the key of a password or a token (not next_token_key)
            if _provider_header_key(low, words[1 : end - 1]):
                return SECRET  # x-ba-key, X-Zen-Key: an HTTP header of a provider's own holds its key (round 45)
            return NEUTRAL
        for suffix in self.suffixes:
            if last.endswith(suffix) and len(last) > len(suffix):
                head = last[: -len(suffix)]
                if suffix.startswith("token") and head in _BENIGN_TOKEN_MODIFIERS:
                    return NOT_SECRET
                return SECRET
        if last.endswith("key") and last[:-3] in self.providers:
            return SECRET  # "stripekey"
        if end >= 2 and words[0] in _LEADING_TERMS and (
            last in _LEADING_OWNERS or self._names_provider(words[1:end])
        ):
            return SECRET  # TOKEN_API, PASSWORD_ADMIN, SECRET_STRIPE: the credential word first, then whose it is
        if end >= 2 and words[0] in ("key", "keys") and self._names_provider(words[1:end]):
            return SECRET  # key_coze, KEY_STRIPE: "key" first, then the provider whose key it is (not key_cache)
        return NEUTRAL
