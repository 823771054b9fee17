"""Innocent lookalikes for the round-14 held-out measure (issue #17).

Each kind imitates a shape the round-14 families have (a provider's word near a hex, base-62 or
UUID value; a database URL or command line; an Azure endpoint; a prefixed token) and is not a
secret: ids, checksums, commits and image ids next to the round's provider words; database URLs
and command lines without a password, with a placeholder or a variable for it, or with ``-p`` as
a port or a prompt; Azure endpoints, subscription ids (UUIDs) and Functions URLs without a key;
WeChat app ids with the payment fields that are not the secret; and the round's prefixes followed
by a word.  ``python -m tests.unit.redact.heldout_round14`` prints how many are touched; a test
holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-14 families a word near a value wakes
PROVIDERS = (
    "alibaba aliyun facebook huawei ibm linode ovh scaleway sonar tencent azure wechat mongodb mysql "
    "grafana shopify pulumi ubidots"
).split()


def lookalikes(seed: int = 79, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, digits, b62 = draw.word, draw.prov, draw.hexs, draw.digits, draw.b62

    def user() -> str:
        return rng.choice(["app", "deploy", "root", "reports", "svc_orders"])

    def host() -> str:
        return rng.choice(["db.internal", "mysql-primary", "mongo-0.mongo", "localhost", "10.0.3.17"])

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-own-ids": lambda: rng.choice(
            [
                f"linode instance {digits(8)} booted, image checksum {hexs(64)}",
                f"scaleway image {draw.uuid()} pulled for server {draw.uuid()}",
                f"sonar project {word()}-api analysed at commit {hexs(40)}",
                f"facebook page {digits(15)} synced, app id {digits(16)}",
                f"tencent cos bucket {word()}-{digits(10)} region ap-guangzhou",
                f"ovh server ns{digits(6)}.ip-51-75-{rng.randint(1, 250)}.eu rebooted",
                f"huawei push kit app-id {digits(9)} registered",
                f"ibm cloud resource group {hexs(32)} selected",
            ]
        ),
        "database-urls": lambda: rng.choice(
            [
                f"mongodb://{host()}:27017/{word()}?replicaSet=rs0",
                f"mongodb+srv://{user()}@cluster0.{b62(5).lower()}.mongodb.net/{word()}",
                f"DATABASE_URL=mysql://{user()}:${{MYSQL_PASSWORD}}@{host()}:3306/{word()}",
                f"mysql://{user()}@{host()}:3306/{word()}?charset=utf8mb4",
                f"mongodb://{user()}:<password>@{host()}:27017/admin",
            ]
        ),
        "database-commands": lambda: rng.choice(
            [
                f"mysql -h {host()} -u {user()} -p {word()}",
                f"mysql -h {host()} -P 3306 -u {user()} -p",
                f"mysqladmin -u{user()} -p$MYSQL_ROOT_PASSWORD status",
                f"mongosh --host {host()} --username {user()} --password --authenticationDatabase admin",
                f"mongodump --host {host()} --port 27017 --out /backup/{word()}",
                f"MYSQL_PASSWORD=${{MYSQL_PASSWORD}} MYSQL_USER={user()}",
                "MYSQL_PASSWORD_FILE=/run/secrets/mysql_password",
            ]
        ),
        "azure-endpoints": lambda: rng.choice(
            [
                f"DefaultEndpointsProtocol=https;AccountName={word()}store;EndpointSuffix=core.windows.net",
                f"GET https://{word()}-fn.azurewebsites.net/api/{word().capitalize()}?name={word()} 200",
                f"azure subscription-id: {draw.uuid()}",
                f"https://westeurope.api.cognitive.microsoft.com/vision/v3.2/analyze request-id {draw.uuid()}",
                f"azure publishProfile {word()}-api.scm.azurewebsites.net:443 userName=${word()}-api",
            ]
        ),
        "wechat-fields": lambda: rng.choice(
            [
                f"wechat appid=wx{hexs(16)} openid=o{b62(27)} login ok",
                f"appId: wx{hexs(16)}\nnonceStr: {digits(31)}\ntimeStamp: {digits(13)}",
                f"wx{hexs(16)} prepay_id=wx{digits(14)}{hexs(18)} created",
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                f"aio_{word()}_{word()} feed created",
                f"dckr_pat_ tokens expire after {rng.randint(30, 365)} days",
                f"grafana datasource glsa_{word()} configured",
                f"sk-{word()}-{word()} model alias resolved",
                f"pul-{word()}-{rng.randint(1, 99)} stack updated",
                "atkn_ and prtapi_ tokens belong in the vault",
                f"BBFF-{word()} device label",
                f"zpka_ keys are rotated by the {word()} job",
            ]
        ),
        "settings": lambda: rng.choice(
            [
                f"{prov()}_timeout = {rng.randint(1, 120)}s",
                f"{prov()}.region: {word()}-{rng.randint(1, 9)}",
                f"{prov()}_secret_key = ${{{prov().upper()}_SECRET_KEY}}",
                f"{prov()} sdk {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} loaded",
            ]
        ),
    }
    return take_turns(makers, count)
