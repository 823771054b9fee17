"""Innocent lookalikes for the round-8 held-out measure (issue #17).

Each kind imitates a shape the round-8 families have (a provider's name shortly before a
token, a request line with the token in a header, query or basic credentials, a JDBC
URL, the ``nfp_``, ``NF-``, ``secret_`` and ``npm_`` prefixes) and is not a secret: ids,
hashes, trace ids, numbers, versions, paths, JDBC URLs without a password or with a
placeholder for it, request lines whose parameters and headers are not credentials,
next to the same provider names; package integrity hashes (npm's and NuGet's
``sha512-``), Jira issue keys and account ids, Notion page ids, Netlify deploy ids, New
Relic entity guids, Vonage message ids, ngrok tunnel hosts, the everyday senses of
``nimble``, ``noticeable``, ``nightfall``; and for the rules written from this round's
misses: ``-u`` options whose user is an e-mail address or a host and whose value is a
path or a placeholder, Oracle connect strings without a password, values of 16 to 19
characters after a provider's name that are hex ids, upper-case message ids or names,
options that start with ``-`` and camelCase names with short words or acronyms.  ``python -m tests.unit.redact.heldout_round8``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-8 keyword-near-token families
PROVIDERS = (
    "jira jupiterone juro nethunt netlify netsuite neutrinoapi newrelic newsapi newscatcher "
    "nexmo nftport ngc ngrok nicereply nimble noticeable nozbe npm nuget numverify nutritionix"
).split()


def lookalikes(seed: int = 67, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, b62, digits = draw.word, draw.prov, draw.hexs, draw.b62, draw.digits

    def sha512() -> str:
        return base64.b64encode(rng.getrandbits(512).to_bytes(64, "big")).decode()

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-numbers": draw.provider_numbers,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_versions_paths,
        "jdbc-no-password": lambda: rng.choice(
            [
                f"spring.datasource.url=jdbc:mysql://db.acme.internal:3306/{word()}s?useSSL=true&serverTimezone=UTC",
                f"connecting to jdbc:postgresql://pg-{rng.randint(1, 9)}.acme.internal:5432/{word()}?user=app&ssl=true",
                f"jdbc:sqlserver://mssql.acme.internal:1433;databaseName={word()};integratedSecurity=true;encrypt=true",
                "JDBC_URL=jdbc:oracle:thin:@//ora.acme.internal:1521/ORCL",
                f"jdbc:postgresql://pg.acme.internal:5432/{word()}?user=app&password=${{DB_PASSWORD}}",
                f"HikariPool-{rng.randint(1, 4)} - Added connection conn{rng.randint(1, 99)}: url=jdbc:h2:mem:test{rng.randint(1, 9)} user=SA",
            ]
        ),
        "request-lines": lambda: rng.choice(
            [
                f"GET https://newsapi.org/v2/top-headlines?country=de&category={word()}&page={rng.randint(1, 9)} 401",
                f"GET https://api.newscatcherapi.com/v2/search?q={word()}&lang=en 200",
                f"GET https://apilayer.net/api/validate?number=1415{digits(7)}&country_code=US 401",
                f"GET https://api.juro.com/v3/templates/{hexs(24)} 200",
                f"GET https://api.nftport.xyz/v0/nfts/0x{hexs(40)}/{rng.randint(1, 9999)}?chain=ethereum 200",
                f"GET https://{b62(8).lower()}.atlassian.net/rest/api/3/issue/OPS-{rng.randint(1, 9999)} 200",
                f"POST https://trackapi.nutritionix.com/v2/natural/nutrients x-app-id: {hexs(8)} 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"jira issue OPS-{rng.randint(1, 9999)} transitioned to Done by accountId {hexs(24)}",
                f"notion page {hexs(32)} updated",
                f"https://www.notion.so/acme/Runbook-{hexs(32)}",
                f"netlify deploy id {hexs(24)} published",
                f"newrelic entity.guid={base64.b64encode(f'{digits(7)}|APM|APPLICATION|{digits(9)}'.encode()).decode().rstrip('=')}",
                f"nexmo message-id {hexs(16).upper()} delivered",
                f"ngrok tunnel https://{hexs(4)}-{digits(2)}-{digits(3)}.ngrok-free.app started",
            ]
        ),
        "package-integrity": lambda: rng.choice(
            [
                f'"integrity": "sha512-{sha512()}"',
                f"npm: lodash@4.17.{rng.randint(10, 21)} integrity sha512-{sha512()}",
                f"nuget package Acme.{word().capitalize()} 1.{rng.randint(0, 9)}.{rng.randint(0, 9)} sha512 {sha512()}",
                f"npm WARN deprecated request@2.88.{rng.randint(0, 2)}: request has been deprecated",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"nimble allocator freed {rng.randint(2, 64)} blocks",
                f"noticeable latency on shard {rng.randint(1, 40)}: p99 {rng.randint(200, 900)}ms",
                f"nightfall at 18:{rng.randint(10, 59)}, switching to dark theme",
                f"ngc registry image nvcr.io/nvidia/pytorch:24.0{rng.randint(1, 9)}-py3 pulled",
            ]
        ),
        "prefix-names": lambda: rng.choice(
            [
                f"secret_{word()}_{word()} mounted at /run/secrets/{word()}",
                f"npm_config_cache=/tmp/npm-{hexs(8)}",
                f"nfp_{word()}_{rng.randint(1, 99)} flag enabled",
                f"NF-{rng.randint(100, 9999)} ticket closed",
            ]
        ),
        "cli-email-users": lambda: rng.choice(
            [
                f"rsync -u deploy@backup{rng.randint(1, 9)}.acme.io:/var/www/{word()}/ ./www",
                f"scp -u deploy@host.acme.io:releases/app-1.{rng.randint(0, 9)}.{rng.randint(0, 9)}.tar.gz .",
                "curl -u ops@acme.io:$JIRA_API_TOKEN https://acme.atlassian.net/rest/api/3/myself",
                f"curl -u ops@acme.io:<token> https://acme.atlassian.net/rest/api/3/issue/OPS-{rng.randint(1, 999)}",
                f"git -c user.email=ops@acme.io commit -m '{word()} fix'",
            ]
        ),
        "oracle-connect": lambda: rng.choice(
            [
                "sqlplus / as sysdba",
                f"sqlplus -s /nolog @{word()}_report.sql",
                "rman target / nocatalog",
                f"expdp parfile=/u01/exp/{word()}.par",
                "sqlplus scott/${ORACLE_PASSWORD}@ORCL @init.sql",
                f"jdbc:oracle:thin:@//ora{rng.randint(1, 9)}.acme.internal:1521/ORCL",
                f"jdbc:oracle:thin:@ora.acme.internal:1521:ORCL user={word()}",
            ]
        ),
        "short-values": lambda: rng.choice(
            [
                f"{prov()}: {hexs(16)}",
                f"{prov()} api key {hexs(16)} expired",
                f"{prov()} message-id {hexs(16).upper()} delivered",
                f"{prov()}: {hexs(8).upper()}{digits(8)}",
                f"{prov()} api key {word().capitalize()}Builder{rng.randint(2019, 2026)}",
                f"{prov()}: {word().capitalize()}Service{rng.randint(2019, 2026)}v{rng.randint(1, 9)}",
                f"{prov()} token {word()}-{word()}-{rng.randint(1000, 9999)}",
            ]
        ),
        "options-and-names": lambda: rng.choice(
            [
                f"{prov()} api key --rotate-every {rng.randint(7, 90)}d --dry-run",
                f"{prov()}: -Xmx{rng.randint(1, 8)}g -XX:+UseG1GC",
                f"{prov()} token -----BEGIN CERTIFICATE-----",
                f"{prov()} client configured: get{word().capitalize()}ByIdAndTenantV{rng.randint(1, 9)}",
                f"{prov()}: HTTPServer{word().capitalize()}URLParserIOError",
                f"{prov()} api key -{word()}-{word()}-{hexs(6)}",
            ]
        ),
        "words-and-numbers": lambda: rng.choice(
            [
                f"{prov()}: {word()}{rng.randint(1, 99)}{word()}{rng.randint(1, 99)}{word()}{rng.randint(1, 99)}{word()}",
                f"{prov()} client configured: release{rng.randint(2019, 2026)}{word()}{rng.randint(1, 40)}{word()}{rng.randint(1, 9)}",
                f"{prov()}: checkout-db-credentials-{hexs(5)}",
            ]
        ),
    }
    return take_turns(makers, count)
