"""Secrets generated from the public rule sets' patterns, independently of ``rules.yaml``.

Each family below is a token format read from gitleaks' rule list
(``config/gitleaks.toml``, every rule of it), from trufflehog's detectors and
from the classes of miss found in issue #17 (command-line options, grouped card
numbers), written down in our own notation: prefix, alphabet, length, and
``(?i:...)`` where the public rule ignores case (so ``CLOJARS_`` may come as
``ClOjArS_``, as the public pattern lets it).  :func:`generate` turns each into
random strings by a walk over the parsed pattern driven by a seeded
:class:`random.Random`; nothing here reads the rule library or its examples, so
a rule that is stricter than the public format shows up as a miss.  The public
rule files themselves are not part of the repository.

A family's ``form`` says how the value appears:

``bare``
    the token as it is, in one of :data:`_BARE_CONTEXTS`: a log line, logfmt,
    JSON text, a record attribute, glued to the text before it (``idx-``,
    ``BoomErr``) or after it (``abc``, ``123``), a command-line option;
``keyed``
    assigned to a key that names the provider (``ADAFRUIT_API_KEY=...``,
    ``"intercom_token": "..."``, ``--datadog-api-key ...``), in one of
    :data:`_KEYED_CONTEXTS`; the family's ``keyword`` is the provider word (or
    words) of the public rule.  The ids the public rules take (an OAuth client
    id, an access key id) are secrets here too;
``text``
    a whole message template in which ``{v}`` is the secret (the command-line,
    curl, config-file and card classes).

``split`` is ``tune`` or ``held``: a fixed hash of the family id.  Rules were
written while looking at the misses of ``tune`` families only; ``held``
families are the held-out measure (see :mod:`tests.unit.redact.quality`).
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

from pipeline.redact.synth import card_number

__all__ = ["FAMILIES", "Family", "Sample", "generate", "innocent_lookalikes", "innocent_records", "samples"]

_MAX_EXTRA = 12  # an open repeat ({n,}, +, *) adds at most this many items
_CATEGORY = {
    sre.CATEGORY_DIGIT: "0123456789",
    sre.CATEGORY_WORD: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
    sre.CATEGORY_SPACE: " ",
}


def _charset(items: list[tuple[Any, Any]]) -> str:
    chars: list[str] = []
    negate = False
    for op, arg in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            chars.append(chr(arg))
        elif op is sre.RANGE:
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY:
            chars.extend(_CATEGORY[arg])
    if negate:
        printable = [chr(c) for c in range(33, 127)]
        return "".join(c for c in printable if c not in chars)
    return "".join(dict.fromkeys(chars))


def _any_case(chars: str) -> str:
    return "".join(dict.fromkeys(chars + chars.swapcase()))


def _emit(tokens: Any, rng: random.Random, out: list[str], fold: bool = False) -> None:
    """Append a random match of the parsed ``tokens``; ``fold``: inside ``(?i:...)``, letters take either case."""
    for op, arg in tokens:
        if op is sre.LITERAL:
            ch = chr(arg)
            out.append(rng.choice(_any_case(ch)) if fold else ch)
        elif op is sre.IN:
            chars = _charset(arg)
            out.append(rng.choice(_any_case(chars) if fold else chars))
        elif op is sre.ANY:
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789"))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            lo, hi, sub = arg
            hi = lo + _MAX_EXTRA if hi is sre.MAXREPEAT else hi
            for _ in range(rng.randint(lo, hi)):
                _emit(sub, rng, out, fold)
        elif op is sre.SUBPATTERN:
            add_flags, del_flags = arg[1], arg[2]
            sub_fold = (fold or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            _emit(arg[-1], rng, out, sub_fold)
        elif op is sre.BRANCH:
            _emit(rng.choice(arg[1]), rng, out, fold)
        elif op is sre.AT:
            continue
        else:  # pragma: no cover - a format written with syntax the walk does not know
            raise ValueError(f"unsupported pattern element {op}")


def generate(pattern: str, rng: random.Random) -> str:
    """A random string that ``pattern`` (a small regex: literals, classes, counts, groups, ``|``, ``(?i:...)``) matches fully.

    Inside ``(?i:...)`` each letter takes upper or lower case at random, as a
    public rule that ignores case lets it.

    >>> s = generate(r"ghp_[A-Za-z0-9]{36}", random.Random(1))
    >>> len(s), s[:4], s[4:].isalnum()
    (40, 'ghp_', True)
    >>> sorted({generate(r"(?i:ab)", random.Random(i)) for i in range(40)})
    ['AB', 'Ab', 'aB', 'ab']
    """
    out: list[str] = []
    _emit(sre.parse(pattern), rng, out)
    return "".join(out)


@dataclass(frozen=True)
class Family:
    """One token format from a public rule set."""

    id: str
    source: str  # "gitleaks:<rule id>", "trufflehog:<detector>" or "issue-17:<class>"
    form: str  # bare | keyed | text
    pattern: str  # the secret's format
    keyword: str = ""  # keyed: the provider word; text: the message template with {v}

    @property
    def split(self) -> str:
        """``tune`` or ``held``: a fixed function of the id (about one family in three is held out)."""
        return "held" if zlib.crc32(self.id.encode()) % 3 == 0 else "tune"


_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B = "bare"
_K = "keyed"


def _jose_b64(name: str) -> str:
    """The fixed start of a base64-encoded JWT whose header opens with ``name``: base64 of base64url ``{"name":"``."""
    import base64

    raw = f'{{"{name}":"'.encode()
    inner = base64.urlsafe_b64encode(raw)[: len(raw) * 8 // 6]  # the characters that do not depend on what follows
    return base64.b64encode(inner[: len(inner) - len(inner) % 3]).decode()


def _i(body: str) -> str:
    """``body`` matched without regard to case, as the public rule's ``(?i)`` makes it."""
    return f"(?i:{body})"


# Format facts from gitleaks' rule list (config/gitleaks.toml, read December 2026), in our
# own notation: prefix, alphabet, length, and where the public rule ignores case.  A family
# per distinct format; the id is the public rule's id (a suffix when one rule has two).
# ``keyed``: the public rule takes the value only after a key naming the provider; the
# keyword is that provider word (several: one is drawn per sample).
_GITLEAKS: list[tuple[str, str, str, str]] = [
    ("1password-secret-key", _B, "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}", ""),
    ("1password-service-account-token", _B, "ops_eyJ[A-Za-z0-9+/]{250,300}={0,3}", ""),
    ("adafruit-api-key", _K, _i("[a-z0-9_-]{32}"), "adafruit"),
    ("adobe-client-id", _K, _i("[a-f0-9]{32}"), "adobe"),
    ("adobe-client-secret", _B, "p8e-" + _i("[a-z0-9]{32}"), ""),
    ("age-secret-key", _B, "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", ""),
    ("airtable-api-key", _K, _i("[a-z0-9]{17}"), "airtable"),
    ("algolia-api-key", _K, _i("[a-z0-9]{32}"), "algolia"),
    ("alibaba-access-key-id", _B, "LTAI" + _i("[a-z0-9]{20}"), ""),
    ("alibaba-secret-key", _K, _i("[a-z0-9]{30}"), "alibaba"),
    ("anthropic-admin-api-key", _B, "sk-ant-admin01-[A-Za-z0-9_-]{93}AA", ""),
    ("anthropic-api-key", _B, "sk-ant-api03-[A-Za-z0-9_-]{93}AA", ""),
    ("artifactory-api-key", _B, "AKCp[A-Za-z0-9]{69}", ""),
    ("artifactory-reference-token", _B, "cmVmd[A-Za-z0-9]{59}", ""),
    ("asana-client-id", _K, "[0-9]{16}", "asana"),
    ("asana-client-secret", _K, _i("[a-z0-9]{32}"), "asana"),
    ("atlassian-api-token", _K, _i("[a-z0-9]{20}[a-f0-9]{4}"), "atlassian|confluence|jira|Jira|JIRA"),
    ("atlassian-api-token-atatt", _B, "ATATT3[A-Za-z0-9_=-]{186}", ""),
    ("authress-service-client-access-key", _B, "(?:sc|ext|scauth|authress)_" + _i("[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.") + "acc[_-]" + _i("[a-z0-9-]{10,32}\\.[a-z0-9+/_=-]{30,120}"), ""),
    ("aws-access-token", _B, "(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}", ""),
    ("azure-ad-client-secret", _B, "[a-zA-Z0-9_~.]{3}[0-9]Q~[a-zA-Z0-9_~.-]{31,34}", ""),
    ("beamer-api-token", _K, _i("b_[a-z0-9=_-]{44}"), "beamer"),
    ("bitbucket-client-id", _K, _i("[a-z0-9]{32}"), "bitbucket"),
    ("bitbucket-client-secret", _K, _i("[a-z0-9=_-]{64}"), "bitbucket"),
    ("bittrex-access-key", _K, _i("[a-z0-9]{32}"), "bittrex"),
    ("cisco-meraki-api-key", _K, "[0-9a-f]{40}", "meraki|Meraki|MERAKI"),
    ("clickhouse-cloud-api-secret-key", _B, "4b1d[A-Za-z0-9]{38}", ""),
    ("clojars-api-token", _B, _i("CLOJARS_[a-z0-9]{60}"), ""),
    ("cloudflare-api-key", _K, _i("[a-z0-9_-]{40}"), "cloudflare"),
    ("cloudflare-global-api-key", _K, _i("[a-f0-9]{37}"), "cloudflare"),
    ("cloudflare-origin-ca-key", _B, "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}", ""),
    ("codecov-access-token", _K, _i("[a-z0-9]{32}"), "codecov"),
    ("cohere-api-token", _K, "[a-zA-Z0-9]{40}", "cohere|CO_API_KEY"),
    ("coinbase-access-token", _K, _i("[a-z0-9_-]{64}"), "coinbase"),
    ("confluent-access-token", _K, _i("[a-z0-9]{16}"), "confluent"),
    ("confluent-secret-key", _K, _i("[a-z0-9]{64}"), "confluent"),
    ("contentful-delivery-api-token", _K, _i("[a-z0-9=_-]{43}"), "contentful"),
    ("databricks-api-token", _B, "dapi[a-f0-9]{32}(?:-[0-9])?", ""),
    ("datadog-access-token", _K, _i("[a-z0-9]{40}"), "datadog"),
    ("defined-networking-api-token", _K, _i("dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}"), "dnkey"),
    ("digitalocean-access-token", _B, "doo_v1_[a-f0-9]{64}", ""),
    ("digitalocean-pat", _B, "dop_v1_[a-f0-9]{64}", ""),
    ("digitalocean-refresh-token", _B, _i("dor_v1_[a-f0-9]{64}"), ""),
    ("discord-api-token", _K, _i("[a-f0-9]{64}"), "discord"),
    ("discord-client-id", _K, "[0-9]{18}", "discord"),
    ("discord-client-secret", _K, _i("[a-z0-9=_-]{32}"), "discord"),
    ("doppler-api-token", _B, "dp\\.pt\\." + _i("[a-z0-9]{43}"), ""),
    ("droneci-access-token", _K, _i("[a-z0-9]{32}"), "droneci"),
    ("dropbox-api-token", _K, _i("[a-z0-9]{15}"), "dropbox"),
    ("dropbox-long-lived-api-token", _K, _i("[a-z0-9]{11}AAAAAAAAAA[a-z0-9_=-]{43}"), "dropbox"),
    ("dropbox-short-lived-api-token", _K, _i("sl\\.[a-z0-9_=-]{135}"), "dropbox"),
    ("duffel-api-token", _B, "duffel_(?:test|live)_" + _i("[a-z0-9_=-]{43}"), ""),
    ("dynatrace-api-token", _B, "dt0c01\\." + _i("[a-z0-9]{24}\\.[a-z0-9]{64}"), ""),
    ("easypost-api-token", _B, "EZAK" + _i("[a-z0-9]{54}"), ""),
    ("easypost-test-api-token", _B, "EZTK" + _i("[a-z0-9]{54}"), ""),
    ("etsy-access-token", _K, _i("[a-z0-9]{24}"), "etsy|Etsy|ETSY"),
    ("facebook-access-token", _K, _i("[0-9]{15,16}(?:\\||%)[0-9a-z_-]{27,40}"), "facebook"),
    ("facebook-page-access-token", _B, "EAA[MC]" + _i("[a-z0-9]{100,130}"), ""),
    ("facebook-secret", _K, _i("[a-f0-9]{32}"), "facebook"),
    ("fastly-api-token", _K, _i("[a-z0-9=_-]{32}"), "fastly"),
    ("finicity-api-token", _K, _i("[a-f0-9]{32}"), "finicity"),
    ("finicity-client-secret", _K, _i("[a-z0-9]{20}"), "finicity"),
    ("finnhub-access-token", _K, _i("[a-z0-9]{20}"), "finnhub"),
    ("flickr-access-token", _K, _i("[a-z0-9]{32}"), "flickr"),
    ("flutterwave-encryption-key", _B, "FLWSECK_TEST-" + _i("[a-h0-9]{12}"), ""),
    ("flutterwave-public-key", _B, "FLWPUBK_TEST-" + _i("[a-h0-9]{32}") + "-X", ""),
    ("flutterwave-secret-key", _B, "FLWSECK_TEST-" + _i("[a-h0-9]{32}") + "-X", ""),
    ("flyio-access-token-fo1", _B, "fo1_[A-Za-z0-9_-]{43}", ""),
    ("flyio-access-token-fm", _B, "(?:fm1[ar]|fm2)_[a-zA-Z0-9+/]{100,160}={0,3}", ""),
    ("frameio-api-token", _B, "fio-u-" + _i("[a-z0-9_=-]{64}"), ""),
    ("freshbooks-access-token", _K, _i("[a-z0-9]{64}"), "freshbooks"),
    ("gcp-api-key", _B, "AIza[A-Za-z0-9_-]{35}", ""),
    ("github-app-token", _B, "gh[us]_[0-9a-zA-Z]{36}", ""),
    ("github-fine-grained-pat", _B, "github_pat_[A-Za-z0-9_]{82}", ""),
    ("github-oauth", _B, "gho_[0-9a-zA-Z]{36}", ""),
    ("github-pat", _B, "ghp_[0-9a-zA-Z]{36}", ""),
    ("github-refresh-token", _B, "ghr_[0-9a-zA-Z]{36}", ""),
    ("gitlab-cicd-job-token", _B, "glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}", ""),
    ("gitlab-deploy-token", _B, "gldt-[0-9a-zA-Z_-]{20}", ""),
    ("gitlab-feature-flag-client-token", _B, "glffct-[0-9a-zA-Z_-]{20}", ""),
    ("gitlab-feed-token", _B, "glft-[0-9a-zA-Z_-]{20}", ""),
    ("gitlab-incoming-mail-token", _B, "glimt-[0-9a-zA-Z_-]{25}", ""),
    ("gitlab-kubernetes-agent-token", _B, "glagent-[0-9a-zA-Z_-]{50}", ""),
    ("gitlab-oauth-app-secret", _B, "gloas-[0-9a-zA-Z_-]{64}", ""),
    ("gitlab-pat", _B, "glpat-[A-Za-z0-9_-]{20}", ""),
    ("gitlab-pat-routable", _B, "glpat-[0-9a-zA-Z_-]{27,300}\\.[0-9a-z]{9}", ""),
    ("gitlab-ptt", _B, "glptt-[0-9a-f]{40}", ""),
    ("gitlab-rrt", _B, "GR1348941[A-Za-z0-9_-]{20}", ""),
    ("gitlab-runner-authentication-token", _B, "glrt-[0-9a-zA-Z_-]{20}", ""),
    ("gitlab-runner-authentication-token-routable", _B, "glrt-t[0-9]_[0-9a-zA-Z_-]{27,300}\\.[0-9a-z]{9}", ""),
    ("gitlab-scim-token", _B, "glsoat-[0-9a-zA-Z_-]{20}", ""),
    ("gitlab-session-cookie", _B, "_gitlab_session=[0-9a-z]{32}", ""),
    ("gitter-access-token", _K, _i("[a-z0-9_-]{40}"), "gitter"),
    ("gocardless-api-token", _K, "live_" + _i("[a-z0-9_=-]{40}"), "gocardless"),
    ("grafana-api-key", _B, _i("eyJrIjoi[A-Za-z0-9]{70,400}={0,3}"), ""),
    ("grafana-cloud-api-token", _B, _i("glc_[A-Za-z0-9+/]{32,400}={0,3}"), ""),
    ("grafana-service-account-token", _B, _i("glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"), ""),
    ("harness-api-key", _B, "(?:pat|sat)\\.[a-zA-Z0-9_-]{22}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{20}", ""),
    ("hashicorp-tf-api-token", _B, _i("[a-z0-9]{14}") + "\\.atlasv1\\." + _i("[a-z0-9_=-]{60,70}"), ""),
    ("heroku-api-key", _K, _i(_UUID), "heroku"),
    ("heroku-api-key-v2", _B, "HRKU-AA[0-9a-zA-Z_-]{58}", ""),
    ("hubspot-api-key", _K, _i(_UUID), "hubspot"),
    ("huggingface-access-token", _B, "hf_" + _i("[a-z]{34}"), ""),
    ("huggingface-organization-api-token", _B, "api_org_" + _i("[a-z]{34}"), ""),
    ("infracost-api-token", _B, "ico-[a-zA-Z0-9]{32}", ""),
    ("intercom-api-key", _K, _i("[a-z0-9=_-]{60}"), "intercom"),
    ("intra42-client-secret", _B, "s-s4t2(?:ud|af)-" + _i("[a-f0-9]{64}"), ""),
    ("jfrog-api-key", _K, _i("[a-z0-9]{73}"), "jfrog|artifactory|bintray|xray"),
    ("jfrog-identity-token", _K, _i("[a-z0-9]{64}"), "jfrog|artifactory|bintray|xray"),
    ("jwt", _B, "ey[a-zA-Z0-9]{17,40}\\.ey[a-zA-Z0-9_-]{17,120}\\.(?:[a-zA-Z0-9_-]{10,60}={0,2})?", ""),
    ("jwt-base64", _B, "(?:" + "|".join(_jose_b64(n) for n in ("alg", "typ", "kid", "iss", "sub", "enc")) + ")[a-zA-Z0-9+/]{40,120}={0,2}", ""),
    ("kraken-access-token", _K, _i("[a-z0-9/=_+-]{80,90}"), "kraken"),
    ("kucoin-access-token", _K, _i("[a-f0-9]{24}"), "kucoin"),
    ("kucoin-secret-key", _K, _i(_UUID), "kucoin"),
    ("launchdarkly-access-token", _K, _i("[a-z0-9=_-]{40}"), "launchdarkly"),
    ("linear-api-key", _B, "lin_api_" + _i("[a-z0-9]{40}"), ""),
    ("linear-client-secret", _K, _i("[a-f0-9]{32}"), "linear"),
    ("linkedin-client-id", _K, _i("[a-z0-9]{14}"), "linkedin|linked_in|linked-in"),
    ("linkedin-client-secret", _K, _i("[a-z0-9]{16}"), "linkedin|linked_in|linked-in"),
    ("lob-api-key", _K, _i("(?:live|test)_[a-f0-9]{35}"), "lob"),
    ("lob-pub-api-key", _K, _i("(?:test|live)_pub_[a-f0-9]{31}"), "lob"),
    ("mailchimp-api-key", _K, _i("[a-f0-9]{32}-us[0-9]{2}"), "mailchimp"),
    ("mailgun-private-api-token", _K, _i("key-[a-f0-9]{32}"), "mailgun"),
    ("mailgun-pub-key", _K, _i("pubkey-[a-f0-9]{32}"), "mailgun"),
    ("mailgun-signing-key", _K, _i("[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}"), "mailgun"),
    ("mapbox-api-token", _K, _i("pk\\.[a-z0-9]{60}\\.[a-z0-9]{22}"), "mapbox"),
    ("mattermost-access-token", _K, _i("[a-z0-9]{26}"), "mattermost"),
    ("maxmind-license-key", _B, "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk", ""),
    ("messagebird-api-token", _K, _i("[a-z0-9]{25}"), "messagebird|message_bird|message-bird"),
    ("messagebird-client-id", _K, _i(_UUID), "messagebird|message_bird|message-bird"),
    ("microsoft-teams-webhook", _B, "https://[a-z0-9]{3,12}\\.webhook\\.office\\.com/webhookb2/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}@[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}", ""),
    ("netlify-access-token", _K, _i("[a-z0-9=_-]{40,46}"), "netlify"),
    ("new-relic-browser-api-token", _K, _i("NRJS-[a-f0-9]{19}"), "newrelic|new_relic|new-relic"),
    ("new-relic-insert-key", _K, _i("NRII-[a-z0-9-]{32}"), "newrelic|new_relic|new-relic"),
    ("new-relic-user-api-id", _K, _i("[a-z0-9]{64}"), "newrelic|new_relic|new-relic"),
    ("new-relic-user-api-key", _K, _i("NRAK-[a-z0-9]{27}"), "newrelic|new_relic|new-relic"),
    ("notion-api-token", _B, "ntn_[0-9]{11}[A-Za-z0-9]{35}", ""),
    ("npm-access-token", _B, _i("npm_[a-z0-9]{36}"), ""),
    ("nytimes-access-token", _K, _i("[a-z0-9=_-]{32}"), "nytimes|newyorktimes|new-york-times"),
    ("octopus-deploy-api-key", _B, "API-[A-Z0-9]{26}", ""),
    ("okta-access-token", _K, "00[A-Za-z0-9_=-]{40}", "okta|Okta|OKTA"),
    ("openai-api-key-project", _B, "sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})", ""),
    ("openai-api-key-legacy", _B, "sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}", ""),
    ("openshift-user-token", _B, "sha256~[A-Za-z0-9_-]{43}", ""),
    ("perplexity-api-key", _B, "pplx-[a-zA-Z0-9]{48}", ""),
    ("plaid-api-token", _K, _i(f"access-(?:sandbox|development|production)-{_UUID}"), "plaid"),
    ("plaid-client-id", _K, _i("[a-z0-9]{24}"), "plaid"),
    ("plaid-secret-key", _K, _i("[a-z0-9]{30}"), "plaid"),
    ("planetscale-api-token", _B, "pscale_tkn_" + _i("[A-Za-z0-9_=.-]{32,64}"), ""),
    ("planetscale-oauth-token", _B, "pscale_oauth_[A-Za-z0-9_=.-]{32,64}", ""),
    ("planetscale-password", _B, _i("pscale_pw_[A-Za-z0-9_=.-]{32,64}"), ""),
    ("postman-api-token", _B, "PMAK-" + _i("[a-f0-9]{24}-[a-f0-9]{34}"), ""),
    ("prefect-api-token", _B, "pnu_[a-zA-Z0-9]{36}", ""),
    ("privateai-api-token", _K, _i("[a-z0-9]{32}"), "privateai|private_ai|private-ai"),
    ("pulumi-api-token", _B, "pul-[a-f0-9]{40}", ""),
    ("pypi-upload-token", _B, "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}", ""),
    ("rapidapi-access-token", _K, _i("[a-z0-9_-]{50}"), "rapidapi"),
    ("readme-api-token", _B, "rdme_[a-z0-9]{70}", ""),
    ("rubygems-api-token", _B, "rubygems_[a-f0-9]{48}", ""),
    ("scalingo-api-token", _B, "tk-us-[A-Za-z0-9_-]{48}", ""),
    ("sendbird-access-id", _K, _i(_UUID), "sendbird"),
    ("sendbird-access-token", _K, _i("[a-f0-9]{40}"), "sendbird"),
    ("sendgrid-api-token", _B, "SG\\." + _i("[a-z0-9=_.-]{66}"), ""),
    ("sendinblue-api-token", _B, "xkeysib-[a-f0-9]{64}-" + _i("[a-z0-9]{16}"), ""),
    ("sentry-access-token", _K, _i("[a-f0-9]{64}"), "sentry"),
    ("sentry-org-token", _B, "sntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[a-zA-Z0-9+/]{10,200}={0,2}_[a-zA-Z0-9+/]{43}", ""),
    ("sentry-user-token", _B, "sntryu_[a-f0-9]{64}", ""),
    ("settlemint-application-access-token", _B, "sm_aat_[a-zA-Z0-9]{16}", ""),
    ("settlemint-personal-access-token", _B, "sm_pat_[a-zA-Z0-9]{16}", ""),
    ("settlemint-service-access-token", _B, "sm_sat_[a-zA-Z0-9]{16}", ""),
    ("shippo-api-token", _B, "shippo_(?:live|test)_[a-fA-F0-9]{40}", ""),
    ("shopify-access-token", _B, "shpat_[a-fA-F0-9]{32}", ""),
    ("shopify-custom-access-token", _B, "shpca_[a-fA-F0-9]{32}", ""),
    ("shopify-private-app-access-token", _B, "shppa_[a-fA-F0-9]{32}", ""),
    ("shopify-shared-secret", _B, "shpss_[a-fA-F0-9]{32}", ""),
    ("sidekiq-secret", _K, _i("[a-f0-9]{8}:[a-f0-9]{8}"), "BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM"),
    ("sidekiq-sensitive-url", _B, _i("https?://[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\\.contribsys\\.com/"), ""),
    ("slack-app-token", _B, _i("xapp-[0-9]-[A-Z0-9]{8,12}-[0-9]{10,13}-[a-z0-9]{20,64}"), ""),
    ("slack-bot-token", _B, "xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]{0,30}", ""),
    ("slack-config-access-token", _B, _i("xoxe\\.xox[bp]-[0-9]-[A-Z0-9]{163,166}"), ""),
    ("slack-config-refresh-token", _B, _i("xoxe-[0-9]-[A-Z0-9]{146}"), ""),
    ("slack-legacy-bot-token", _B, "xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}", ""),
    ("slack-legacy-token", _B, "xox[os]-[0-9]{1,12}-[0-9]{1,12}-[0-9]{1,12}-[a-fA-F0-9]{8,32}", ""),
    ("slack-legacy-workspace-token", _B, "xox[ar]-(?:[0-9]-)?[0-9a-zA-Z]{8,48}", ""),
    ("slack-user-token", _B, "xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}", ""),
    ("slack-webhook-url", _B, "(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}", ""),
    ("snyk-api-token", _K, _i(_UUID), "snyk_token|snyk_api_key|SNYK_OAUTH_TOKEN|snyk.key|snykToken"),
    ("sonar-api-token", _K, _i("[a-z0-9=_-]{40}"), "sonar.login|SONAR_TOKEN|sonar_login|sonar.token|sonar-token"),
    ("sourcegraph-access-token", _B, _i("sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40}"), ""),
    ("square-access-token", _B, "(?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60}", ""),
    ("squarespace-access-token", _K, _i(_UUID), "squarespace"),
    ("stripe-access-token", _B, "(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}", ""),
    ("sumologic-access-id", _K, "su[a-zA-Z0-9]{12}", "sumo|Sumo|SUMO"),
    ("sumologic-access-token", _K, _i("[a-z0-9]{64}"), "sumo|Sumo|SUMO"),
    ("telegram-bot-api-token", _K, "[0-9]{5,16}:A" + _i("[a-z0-9_-]{34}"), "telegram|telegr"),
    ("travisci-access-token", _K, _i("[a-z0-9]{22}"), "travis"),
    ("twilio-api-key", _B, "SK[0-9a-fA-F]{32}", ""),
    ("twitch-api-token", _K, _i("[a-z0-9]{30}"), "twitch"),
    ("twitter-access-secret", _K, _i("[a-z0-9]{45}"), "twitter"),
    ("twitter-access-token", _K, _i("[0-9]{15,25}-[a-zA-Z0-9]{20,40}"), "twitter"),
    ("twitter-api-key", _K, _i("[a-z0-9]{25}"), "twitter"),
    ("twitter-api-secret", _K, _i("[a-z0-9]{50}"), "twitter"),
    ("twitter-bearer-token", _K, _i("A{22}[a-zA-Z0-9%]{80,100}"), "twitter"),
    ("typeform-api-token", _K, _i("tfp_[a-z0-9_.=-]{59}"), "typeform"),
    ("vault-batch-token", _B, "hvb\\.[A-Za-z0-9_-]{138,300}", ""),
    ("vault-service-token-hvs", _B, "hvs\\.[A-Za-z0-9_-]{90,120}", ""),
    ("vault-service-token-legacy", _B, "s\\.[a-zA-Z0-9]{11}[0-9][a-zA-Z0-9]{12}", ""),
    ("yandex-access-token", _K, _i("t1\\.[A-Z0-9a-z_-]{20,40}={0,2}\\.[A-Z0-9a-z_-]{86}={0,2}"), "yandex"),
    ("yandex-api-key", _K, _i("AQVN[A-Za-z0-9_-]{35,38}"), "yandex"),
    ("yandex-aws-access-token", _K, _i("YC[a-zA-Z0-9_-]{38}"), "yandex"),
    ("zendesk-secret-key", _K, _i("[a-z0-9]{40}"), "zendesk"),
]
# Rules whose secret is a whole line of a tool or a file format: message templates ({v} the secret).
_GITLEAKS_TEXT: list[tuple[str, str, str]] = [
    ("curl-auth-header-bearer", 'curl -sS -H "Authorization: Bearer {v}" https://api.internal/v1/items', "[A-Za-z0-9_=~@.+/-]{16,48}"),
    ("curl-auth-header-basic", "curl --header 'Authorization: Basic {v}' https://ci.internal/api", "[a-zA-Z0-9+/]{16,40}={0,2}"),
    ("curl-auth-header-apikey", 'invoking curl -X POST -H "X-Api-Key: {v}" https://hooks.internal/x', "[A-Za-z0-9_=~@.+/-]{16,48}"),
    ("curl-auth-header-token", "curl -H 'Authorization: Token {v}' http://netbox:8000/api/", "[A-Za-z0-9_=~@.+/-]{16,48}"),
    ("curl-auth-user", "curl -u {u}:{v} https://nexus.internal/service/rest", "[A-Za-z0-9$@.-]{8,20}"),
    ("database-password", "settings: db_password={v} db_host=pg-0", "[a-zA-Z0-9:;<@=},!$?^]{10,30}"),
    ("database-password-pwd", "connection string Server=sql1;Database=shop;User Id=app;Pwd={v};", "[a-zA-Z0-9!$?^]{10,24}"),
    ("freemius-secret-key", "define config: 'secret_key' => 'sk_{v}'", "[A-Za-z0-9!#%&*+?^~]{29}"),
    ("generic-api-key", "loaded settings: {k}={v}", "[A-Za-z0-9_.=-]{16,64}"),
    ("generic-api-key-json", '{"service": "billing", "{k}": "{v}"}', "[A-Za-z0-9_.=-]{16,64}"),
    ("hashicorp-tf-password", '  administrator_login_password = "{v}"', "[a-z0-9=_-]{8,20}"),
    ("kubernetes-secret-yaml", "kind: Secret\ndata:\n  password: {v}\n", "[A-Za-z0-9+/]{24,60}={0,2}"),
    ("nuget-config-password", '<add key="ClearTextPassword" value="{v}" />', "[A-Za-z0-9!#%&*+?^~]{8,24}"),
    ("private-key", "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----", "[A-Za-z0-9+/]{64}\n[A-Za-z0-9+/]{64}\n[A-Za-z0-9+/]{20,60}={0,2}"),
]
_GENERIC_KEYS = ["api_key", "apiKey", "API_TOKEN", "auth_token", "client_secret", "access_key", "secret", "creds", "password", "token", "X-Api-Key", "credential"]
# trufflehog detectors whose secret is a provider-named value without a prefix of its own: a
# sample of them (the generic mechanism is the same for all: the key names the provider).
_TRUFFLEHOG_KEYED: list[tuple[str, str]] = [
    ("abstract", "[a-z0-9]{32}"), ("accuweather", "[a-zA-Z0-9]{32}"), ("aerisweather", "[a-zA-Z0-9]{40}"),
    ("airbrake", "[a-f0-9]{40}"), ("alphavantage", "[A-Z0-9]{16}"), ("amplitude", "[a-f0-9]{32}"),
    ("apify", "apify_api_[A-Za-z0-9]{36}"), ("appcues", "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
    ("ayrshare", "[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}"), ("bannerbear", "[a-zA-Z0-9]{22}tt"),
    ("besttime", "pri_[a-f0-9]{32}"), ("bitly", "[a-f0-9]{40}"), ("browserstack", "[a-zA-Z0-9]{20}"),
    ("buttercms", "[a-f0-9]{40}"), ("calendly", "eyJ[A-Za-z0-9_-]{30,60}\\.eyJ[A-Za-z0-9_-]{60,200}\\.[A-Za-z0-9_-]{43}"),
    ("censys", "[a-zA-Z0-9]{32}"), ("clarifai", "[a-f0-9]{32}"), ("clearbit", "sk_[a-f0-9]{32}"),
    ("clockify", "[a-zA-Z0-9]{48}"), ("cloudconvert", "[a-zA-Z0-9]{40,60}"), ("coinmarketcap", _UUID),
    ("convertkit", "[a-zA-Z0-9_]{22}"), ("customerio", "[a-f0-9]{20}"), ("deepgram", "[a-f0-9]{40}"),
    ("delighted", "[a-zA-Z0-9]{32}"), ("diffbot", "[a-f0-9]{32}"), ("etherscan", "[A-Z0-9]{34}"),
    ("fullstory", "[a-zA-Z0-9/+]{40}={0,2}"), ("geocodio", "[a-f0-9]{39}"), ("gumroad", "[a-zA-Z0-9_-]{43}"),
    ("harvest", "[0-9]{7}\\.pt\\.[A-Za-z0-9_-]{86}"), ("hunter", "[a-f0-9]{40}"), ("imagekit", "private_[A-Za-z0-9+/=]{28}"),
    ("infura", "[a-f0-9]{32}"), ("ipstack", "[a-f0-9]{32}"), ("jotform", "[a-z0-9]{32}"),
    ("keen", "[A-F0-9]{64}"), ("lokalise", "[a-f0-9]{40}"), ("mailerlite", "[a-f0-9]{32}"),
    ("miro", "[a-zA-Z0-9_-]{27}"), ("moralis", "[a-zA-Z0-9]{64}"), ("nylas", "[a-zA-Z0-9]{30}"),
    ("omnisend", "[a-f0-9]{24}-[a-zA-Z0-9]{50}"), ("openweather", "[a-f0-9]{32}"), ("pandadoc", "[a-f0-9]{40}"),
    ("pinata", "[a-f0-9]{20}"), ("pipedrive", "[a-f0-9]{40}"), ("posthog", "phx_[A-Za-z0-9]{43}"),
    ("pubnub", "sub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"), ("rebrandly", "[a-f0-9]{32}"),
    ("scraperapi", "[a-f0-9]{32}"), ("securitytrails", "[a-zA-Z0-9]{32}"), ("shodan", "[a-zA-Z0-9]{32}"),
    ("smartsheet", "[a-zA-Z0-9]{37}"), ("spotify", "[a-f0-9]{32}"), ("statuspage", "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
    ("strava", "[a-f0-9]{40}"), ("tiingo", "[a-f0-9]{40}"), ("tomtom", "[a-zA-Z0-9]{32}"),
    ("unsplash", "[a-zA-Z0-9_-]{43}"), ("uptimerobot", "u[0-9]{7}-[a-f0-9]{24}"), ("virustotal", "[a-f0-9]{64}"),
    ("webflow", "[a-f0-9]{64}"), ("wistia", "[a-f0-9]{64}"), ("wrike", "eyJ[A-Za-z0-9_-]{300,330}"),
    ("yelp", "[a-zA-Z0-9_-]{128}"), ("zeplin", "eyJ[A-Za-z0-9_-]{100,200}\\.eyJ[A-Za-z0-9_-]{100,200}\\.[A-Za-z0-9_-]{43}"),
    ("zerobounce", "[a-f0-9]{32}"), ("zulip", "[A-Za-z0-9]{32}"),
]

# trufflehog detectors whose token has a prefix of its own (read from pkg/detectors/<name>/<name>.go):
# the token bare, as for gitleaks' prefixed rules.  (ngrok's and nightfall's detectors also want the
# provider's name in the same text: the bare contexts then name it.)
_TRUFFLEHOG_BARE: list[tuple[str, str]] = [
    ("tailscale", "tskey-(?:api|auth|client)-[0-9A-Za-z_]{10,20}-[0-9A-Za-z_]{20,40}"),
    ("posthog", "phc_[a-zA-Z0-9_]{43}"),
    ("denodeploy", "dd[pw]_[a-zA-Z0-9]{36}"),
    ("langfuse", "[sp]k-lf-" + _UUID),
    ("openrouter", "sk-or-v1-[0-9a-f]{64}"),
    ("klaviyo", "pk_[a-zA-Z0-9]{34}"),
    ("adafruitio", "aio_[a-zA-Z0-9]{28}"),
    ("ubidots", "BBFF-[0-9a-zA-Z]{30}"),
    ("rootly", "rootly_[a-f0-9]{64}"),
]

# The classes of miss of issue #17 that are not one provider's format: whole messages.
_PW = "[A-Za-z0-9!@#%^*_+=.-]{8,20}"
_TEXT: list[tuple[str, str, str]] = [
    ("cli-password-long", "mysql --host db.internal --user app --password {v} orders", _PW),
    ("cli-password-equals", "running pg_dump --password={v} --format=custom", _PW),
    ("cli-passwd", "exec: /usr/bin/ldapsearch --passwd {v} -b dc=example", _PW),
    ("cli-secret", "vault-agent --secret {v} --role app", _PW),
    ("cli-secret-equals", "exec tool --client-secret={v} --verbose", _PW),
    ("cli-api-key", "deploy.sh --api_key {v} --env prod", "[A-Za-z0-9]{20,40}"),
    ("cli-api-key-dash", "uploader --api-key {v} --retries 3", "[A-Za-z0-9]{20,40}"),
    ("cli-token", "gh-runner --token {v} --name build-7", "[A-Za-z0-9]{24,40}"),
    ("cli-mysql-p", "Command failed: mysql -u root -p {v} -h 10.0.0.5", _PW),
    ("cli-mysql-p-attached", "Command failed: mysql -uroot -p{v} -h 10.0.0.5 shop", _PW),
    ("cli-mysqladmin-user", "mysqladmin --user=admin -p {v} status", _PW),
    ("cli-curl-u", "curl -s -u deploy:{v} https://nexus.internal/repo", _PW),
    ("cli-curl-user", "curl --user ci-bot:{v} -X POST https://jenkins.internal/job/x/build", _PW),
    ("cli-curl-user-equals", "invoking curl --user=svc:{v} https://registry.internal/v2/", _PW),
    ("cli-curl-u-quoted", "curl -fsSL -u 'admin:{v}' http://es:9200/_cluster/health", _PW),
    ("cli-sshpass", "sshpass -p {v} ssh deploy@10.1.2.3", _PW),
    ("card-dashes-logfmt", "ts=2024-05-01T10:00:00Z level=info event=charge card={v} amount=12.00", "card:-"),
    ("card-spaces-text", "customer paid with {v} at checkout", "card: "),
    ("card-dashes-text", "refund issued to card {v} (declined twice)", "card:-"),
    ("card-dashes-json", '{"event": "payment", "pan": "{v}", "ok": true}', "card:-"),
]
_CARD_PREFIXES = ("4", "51", "55", "2221", "34", "37", "6011", "65", "35", "36", "30", "62", "3593", "5")


def _card(rng: random.Random, sep: str) -> str:
    """A Luhn-valid 16 (or 15) digit number with an issuer-like first digit, grouped by ``sep``.

    The prefixes include ranges the card brands do not document (``3593``): card
    numbers in test data and in tokenised logs are often only Luhn-valid.
    """
    if rng.random() < 0.5:
        brand = rng.choice(["visa", "mc", "amex", "discover", "jcb", "unionpay"])
        return card_number(rng, brand, sep)
    body = rng.choice(_CARD_PREFIXES)
    body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
    check = next(d for d in "0123456789" if _luhn(body + d))
    digits = body + check
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


FAMILIES: tuple[Family, ...] = tuple(
    [Family(fid, f"gitleaks:{fid}", form, pat, kw) for fid, form, pat, kw in _GITLEAKS]
    + [Family(fid, f"gitleaks:{fid}", "text", pat, template) for fid, template, pat in _GITLEAKS_TEXT]
    + [Family(f"trufflehog-{name}", f"trufflehog:{name}", _K, pat, name) for name, pat in _TRUFFLEHOG_KEYED]
    + [Family(f"trufflehog-{name}", f"trufflehog:{name}", _B, pat) for name, pat in _TRUFFLEHOG_BARE]
    + [Family(fid, f"issue-17:{fid.split('-')[0]}", "text", pat, template) for fid, template, pat in _TEXT]
)

# Key names a configuration or an environment uses for a provider's credential.
_SECRET_SUFFIXES = [
    "_API_KEY", "_KEY", "_TOKEN", "_SECRET", "_ACCESS_TOKEN", "_SECRET_KEY", "_AUTH_TOKEN", ".api_key",
    "_api_token", "-key", "ApiKey", "_client_secret", "_PASSWORD", "_pat", "_access_key", ".token",
]
# ... and for the ids the public rules take too (a client id, an access id).  An app id
# (PUSHER_APP_ID) is left out: the public rules would take it after a provider's name, we
# keep it as the identifier it is (pipeline.redact.keys), so it is not counted either way.
_ID_SUFFIXES = ["_CLIENT_ID", "_client_id", "ClientId", "_ACCESS_ID", ".client-id", "_API_ID", "_access_id"]


def _key(rng: random.Random, fam: Family) -> str:
    word = rng.choice(fam.keyword.split("|"))
    if (word.isupper() and "__" in word) or word in ("CO_API_KEY", "SONAR_TOKEN", "SNYK_OAUTH_TOKEN") or "." in word:
        return word  # the public rule names the whole key (Sidekiq's bundler variable, sonar.login)
    if word.startswith("snyk") or word.startswith("sonar"):
        return word
    suffixes = _ID_SUFFIXES if fam.id.endswith(("-id", "-access-id", "-user-api-id")) else _SECRET_SUFFIXES
    suffix = rng.choice(suffixes)
    if word[:1].isupper():
        return word + suffix
    base = word.upper() if suffix[1:].isupper() else word
    return base + suffix


# Where a bare token is put: (context name, template with {v}); a record when the template is None.
_BARE_CONTEXTS: list[tuple[str, str | None]] = [
    ("logline", "2024-05-01T10:00:00Z ERROR request to upstream failed with {v} (retrying)"),
    ("logfmt", 'ts=2024-05-01T10:00:00Z level=warn msg="auth failed" detail="using {v}" trace_id=4bf92f3577b34da6a3ce929d0e0e4736'),
    ("json", '{"level": "error", "msg": "rejected credential {v}", "span_id": "00f067aa0ba902b7"}'),
    ("record", None),
    ("glued-left", "2024-05-01 WARN cache key idx-{v} evicted; BoomErr{v}"),
    ("glued-right", "upload failed: token={v}abc retry={v}123"),
    ("cli", "+ deploy --region eu-west-1 --credential {v} --yes"),
]
# ... and a value under a key naming the provider.
_KEYED_CONTEXTS: list[tuple[str, str | None]] = [
    ("logline", "2024-05-01T10:00:00Z INFO settings loaded {k}={v} region=eu-west-1"),
    ("env", "export {k}={v}"),
    ("json", '{"{k}": "{v}", "service": "billing"}'),
    ("record", None),
    ("yaml", "{k}: {v}"),
    ("logfmt", 'level=debug msg="config" {k}="{v}" attempt=1'),
    ("cli", "exec: /app/bin/worker --{kc} {v} --verbose"),
]


def _cli_key(key: str) -> str:
    """``DATADOG_API_KEY`` as a command-line option name: ``datadog-api-key``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", key)
    return "-".join(w.lower() for w in words)


@dataclass
class Sample:
    """One generated secret in one carrier."""

    family: Family
    text: str | None
    record: dict[str, Any] | None
    secret: str
    context: str = ""


def _user(rng: random.Random) -> str:
    return rng.choice(["deploy", "ci-bot", "admin", "svc.reports", "jenkins", "app"])


def samples(seed: int = 17, per_family: int = 7) -> Iterator[Sample]:
    """``per_family`` secrets of every family, each in a different carrier (fixed seed)."""
    for fam in FAMILIES:
        rng = random.Random(zlib.crc32(f"{seed}/{fam.id}".encode()))
        for k in range(per_family):
            if fam.form == "text":
                value = _card(rng, fam.pattern[5:]) if fam.pattern.startswith("card:") else generate(fam.pattern, rng)
                text = fam.keyword.replace("{v}", value).replace("{u}", _user(rng))
                text = text.replace("{k}", rng.choice(_GENERIC_KEYS))
                yield Sample(fam, text, None, value, "text")
                continue
            value = generate(fam.pattern, rng)
            secret = value.split("=", 1)[1] if fam.id == "gitlab-session-cookie" else value
            if fam.form == "keyed":
                name, template = _KEYED_CONTEXTS[k % len(_KEYED_CONTEXTS)]
                key = _key(rng, fam)
                if template is None:
                    record = {"message": "config", "attributes": {key: value, "service.version": "1.4.2"}}
                    yield Sample(fam, None, record, secret, name)
                else:
                    text = template.replace("{kc}", _cli_key(key)).replace("{k}", key).replace("{v}", value)
                    yield Sample(fam, text, None, secret, name)
                continue
            name, template = _BARE_CONTEXTS[k % len(_BARE_CONTEXTS)]
            if template is None:
                record = {"message": "loaded", "attributes": {"error.detail": f"bad credential {value}", "http.status_code": 401}}
                yield Sample(fam, None, record, secret, name)
            else:
                yield Sample(fam, template.replace("{v}", value), None, secret, name)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _b62(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


_WORDS = """get set user order cache key token session payment service handler manager factory config value
data item list map node pod deploy build release version monkey survey hockey journey eye eyes keyboard""".split()


def innocent_lookalikes(seed: int = 23, count: int = 1500) -> list[tuple[str, str]]:
    """(kind, text) pairs that look like secrets and are not: none may be touched.

    Ids, digests, trace context, cursors, versions, paths, base64 of non-secrets,
    command lines without credentials, grouped numbers that are not cards.
    """
    import base64
    import json
    import uuid

    rng = random.Random(seed)

    def b64json() -> str:
        raw = json.dumps({"page": rng.randint(1, 99), "sort": "created_at", "after": rng.randint(1, 10**9)}).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def not_luhn_grouped() -> str:
        while True:
            digits = "".join(rng.choice("0123456789") for _ in range(16))
            if not _luhn(digits):
                return "-".join(digits[i : i + 4] for i in range(0, 16, 4))

    def u() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128)))

    def b64bytes(n: int) -> str:
        return base64.b64encode(rng.randbytes(n)).decode()

    def ident() -> str:
        """Words joined as code joins them (camelCase, snake_case, dotted), with words that hold "ey"."""
        ws = [rng.choice(_WORDS) for _ in range(rng.randint(3, 7))]
        style = rng.randrange(3)
        if style == 0:
            return ws[0] + "".join(w.capitalize() for w in ws[1:])
        return ("_" if style == 1 else ".").join(ws)

    makers: list[tuple[str, Any]] = [
        ("traceparent", lambda: f"traceparent: 00-{_hex(rng, 32)}-{_hex(rng, 16)}-01 tracestate: rojo={_hex(rng, 16)}"),
        ("uuid", lambda: f"job {u()} finished; tenant_id={u()} correlation={u().upper()}"),
        ("digest", lambda: f"pulled image ghcr.io/acme/api@sha256:{_hex(rng, 64)} layer sha512:{_hex(rng, 128)}"),
        ("sha-hex", lambda: f"checksum {_hex(rng, 64)} sha1={_hex(rng, 40)} md5:{_hex(rng, 32)} etag=\"{_hex(rng, 32)}\""),
        ("git", lambda: f"deployed commit {_hex(rng, 40)} (short {_hex(rng, 7)}) to prod; merge-base {_hex(rng, 40)}"),
        ("cursor", lambda: f"GET /v1/events?starting_after={b64json()}&limit=100 next_page_token={b64json()}"),
        ("version", lambda: f"agent version 2.{rng.randint(0, 40)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}+build.{rng.randint(100, 999)} go1.{rng.randint(18, 23)}.{rng.randint(0, 9)}"),
        ("path", lambda: f"open /var/lib/app/cache/{_hex(rng, 2)}/{_hex(rng, 30)}.bin: no such file or directory"),
        ("base64", lambda: "payload=" + base64.b64encode(json.dumps({"user": rng.randint(1, 999), "items": [rng.randint(1, 9)] * 3}).encode()).decode()),
        ("base64-bytes", lambda: f'{{"thumbnail": "{b64bytes(rng.randint(24, 90))}", "nonce": "{b64bytes(12)}"}}'),
        ("cli-ports", lambda: f"docker run -d -p {rng.randint(1024, 9999)}:80 -v /data:/data --name web-{rng.randint(1, 9)} nginx:1.{rng.randint(19, 27)}"),
        ("cli-user", lambda: f"ssh -p {rng.randint(22, 2222)} -u deploy host{rng.randint(1, 9)} && mysql -u app -p -h db orders"),
        ("cli-flags", lambda: f"exec: /app/bin/server --port {rng.randint(1000, 9999)} --secret-file /run/secrets/app --password-file=/etc/app/pw --token-ttl 3600"),
        ("cli-curl", lambda: f"curl -s -u $API_USER:$API_PASS https://api.internal/health -H 'Accept: application/json' --user-agent probe/{rng.randint(1, 9)}"),
        ("grouped-digits", lambda: f"ref {not_luhn_grouped()} isbn 978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"),
        ("phone", lambda: f"sms to +44 {rng.randint(1000, 9999)} {rng.randint(100000, 999999)} and +1 415 555 {rng.randint(1000, 9999)}"),
        ("provider-ids", lambda: f"stripe customer cus_{_hex(rng, 14)} github repo acme/api-{rng.randint(1, 99)} slack channel C{_hex(rng, 8).upper()} datadog.trace_id={_hex(rng, 32)}"),
        ("k8s", lambda: f"pod api-{_hex(rng, 10)}-{_b62(rng, 5)} node ip-10-0-{rng.randint(0, 255)}-{rng.randint(0, 255)}.ec2.internal uid {u()}"),
        ("k8s-names", lambda: f"Started container checkout in pod checkout-{_b62(rng, 9)}-{_b62(rng, 5)} replicaset checkout-{_hex(rng, 10)} job batch-{rng.randint(10**7, 10**8)}"),
        ("aws-request-id", lambda: f"AWS request id {u()} x-amz-id-2: {b64bytes(48)} x-amzn-RequestId: {_b62(rng, 20).upper()}"),
        ("docker", lambda: f"Digest: sha256:{_hex(rng, 64)} Status: Downloaded newer image for registry.internal/app:{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} id {_hex(rng, 12)}"),
        ("timestamps", lambda: f"window 2024-05-{rng.randint(10, 28)}T00:00:00Z..2024-05-{rng.randint(10, 28)}T23:59:59Z epoch_ms={rng.randint(10**12, 2 * 10**12)}"),
        ("metrics", lambda: f"p50={rng.random():.4f} p99={rng.random() * 10:.3f} count={rng.randint(1, 10**9)} bytes={rng.randint(1, 10**12)}"),
        ("span-ids", lambda: f'{{"trace_id": "{_hex(rng, 32)}", "span_id": "{_hex(rng, 16)}", "parent_span_id": "{_hex(rng, 16)}", "request_id": "{u()}"}}'),
        ("ulid-ksuid", lambda: f"event {rng.choice('0123456789ABCDEFGHJKMNPQRSTVWXYZ')}{''.join(rng.choice('0123456789ABCDEFGHJKMNPQRSTVWXYZ') for _ in range(25))} ksuid {_b62(rng, 27)}"),
        ("glued-ids", lambda: f"cache key user:{_hex(rng, 24)}:session-count idx-{_hex(rng, 40)} build-{_hex(rng, 12)}-linux"),
        ("base64url-bytes", lambda: f"state={base64.urlsafe_b64encode(rng.randbytes(rng.randint(60, 240))).decode()}"),
        ("identifiers", lambda: f"at {ident()}{rng.randint(0, 99999)}.{ident()}{rng.randint(0, 99)}({ident()}.java:{rng.randint(1, 999)})"),
    ]
    return [(makers[i % len(makers)][0], makers[i % len(makers)][1]()) for i in range(count)]


def innocent_records(seed: int = 29, count: int = 600) -> list[tuple[str, dict[str, Any]]]:
    """(kind, record): lookalikes in the non-secret fields of canonical records."""
    import base64
    import uuid

    rng = random.Random(seed)
    out: list[tuple[str, dict[str, Any]]] = []
    for i in range(count):
        attrs: dict[str, Any] = {
            "http.request.header.x-request-id": str(uuid.UUID(int=rng.getrandbits(128))),
            "k8s.pod.name": f"payments-{_b62(rng, 9)}-{_b62(rng, 5)}",
            "k8s.pod.uid": str(uuid.UUID(int=rng.getrandbits(128))),
            "container.image.name": "registry.internal/payments",
            "container.image.tag": f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            "container.id": _hex(rng, 64),
            "vcs.commit.id": _hex(rng, 40),
            "cloud.request_id": _b62(rng, 20).upper(),
            "image.digest": f"sha256:{_hex(rng, 64)}",
            "payload.sample": base64.b64encode(rng.randbytes(rng.randint(20, 60))).decode(),
            "pagination.cursor": base64.urlsafe_b64encode(f"offset:{rng.randint(1, 10**6)}".encode()).decode(),
            "file.path": f"/var/lib/data/{_hex(rng, 2)}/{_hex(rng, 38)}",
        }
        keys = list(attrs)
        rng.shuffle(keys)
        rec = {
            "trace_id": _hex(rng, 32),
            "span_id": _hex(rng, 16),
            "message": f"processed batch {i}",
            "attributes": {k: attrs[k] for k in keys[:6]},
            "resource": {"service.name": "payments", "service.instance.id": str(uuid.UUID(int=rng.getrandbits(128)))},
        }
        out.append(("record", rec))
    return out
