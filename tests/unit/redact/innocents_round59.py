"""Innocent lookalikes for the round-59 held-out measure (issue #17).

Each kind imitates a shape the round-59 families (35 Kingfisher files, ``nozbeteams`` to
``pipedream``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: Nozbe task ids, phone numbers and their validation (numverify),
NVIDIA model names, Nylas grant and message ids, OANDA account ids and instruments, Okta org URLs,
user ids and SSWS placeholders, Omnisend contact ids, OneSignal app ids, Onfleet task short ids,
spam scores (OOPSpam), OpenAI request ids, model names and organisation ids, coordinates
(OpenCage, OpenUV, OpenWeather city ids), Optimizely experiment ids, Overloop prospect ids, Owlbot
definitions, packagecloud package paths, Pagar.me transaction ids, PagerDuty incident and service
ids, PandaDoc document ids, PandaScore match ids, Paperform form slugs, ParallelDots scores, Parseur
mailbox ids, PartnerStack partner keys (public ids), Pastebin paste keys (URL ids of eight
characters), Paydirt invoice numbers, Paymo project ids, PayMongo payment intent ids and public
keys, PDF conversion jobs (pdflayer, PDFShift), People Data Labs person ids, Pepipost message ids,
Pipedream workflow and source ids; request lines whose key is a variable or the docs' placeholder;
prefixes named in prose; the everyday words among the provider names (pipedream, overloop,
pastebin, okta's SSWS).  The provider word is the provider's name, never a file name carrying a
credential word (round 57's finding): ``pagerduty`` for ``pagerdutyapikey.yml``, ``nozbe`` for
``nozbeteams.yml``, ``nvidia`` for ``nvapi.yml``.
``python -m tests.unit.redact.heldout_round59`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-59 families (each begins one or more of the families' ids, but nvidia:
# NVIDIA's family is nvapi-api-key, its file nvapi.yml)
PROVIDERS = (
    "nozbe numverify nvidia nylas oanda okta omnisend onesignal onfleet oopspam openai opencagedata openuv "
    "openweather optimizely overloop owlbot packagecloud pagarme pagerduty pandadoc pandascore paperform "
    "paralleldots parseur partnerstack pastebin paydirtapp paymoapp paymongo pdflayer pdfshift peopledatalabs "
    "pepipost pipedream"
).split()


def lookalikes(seed: int = 317, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    def coords() -> str:
        return f"{rng.randint(-80, 80)}.{digits(4)},{rng.randint(-170, 170)}.{digits(4)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'Authorization: $NOZBE_API_TOKEN' https://api4.nozbe.com/v1/api/users",
                "GET https://apilayer.net/api/validate?access_key=YOUR_ACCESS_KEY&number=14158586273",
                "curl -X POST -d 'credentials=$NGC_API_KEY' https://api.ngc.nvidia.com/v3/keys/get-caller-info",
                "curl -H 'Authorization: Bearer <NYLAS_API_KEY>' https://api.us.nylas.com/v3/grants",
                "curl -H 'Authorization: Bearer {{OANDA_TOKEN}}' https://api-fxtrade.oanda.com/v3/accounts",
                "curl -H 'Authorization: SSWS ${OKTA_API_TOKEN}' https://{yourOktaDomain}/api/v1/users/me",
                "curl -H 'X-API-KEY: YOUR_API_KEY' 'https://api.omnisend.com/v3/contacts?limit=100'",
                "curl -u \"$ONESIGNAL_REST_API_KEY:\" https://onesignal.com/api/v1/apps",
                "curl -u '<your_api_key>:' https://onfleet.com/api/v2/organization",
                "curl -H 'X-Api-Key: YOUR_API_KEY' -X POST https://api.oopspam.com/v1/spamdetection",
                "curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"",
                "GET https://api.opencagedata.com/geocode/v1/json?q=52.5432379,13.4142133&key=YOUR-API-KEY",
                "curl -H 'x-access-token: <your-api-key>' 'https://api.openuv.io/api/v1/uv?lat=40.71&lng=-74.005'",
                "GET https://api.openweathermap.org/data/2.5/weather?q=London&appid={API key}",
                "curl -H 'Authorization: Bearer {personal_token}' https://api.optimizely.com/v2/projects",
                "curl -H 'Authorization: YOUR_API_KEY' https://api.overloop.com/public/v1/users",
                "curl -H 'Authorization: Token <your-token>' https://owlbot.info/api/v4/dictionary/owl",
                "curl -u \"${PACKAGECLOUD_TOKEN}:\" https://packagecloud.io/api/v1/repos",
                "curl -X GET https://api.pagar.me/1/balance -d 'api_key=SUA_API_KEY'",
                "curl -H 'Authorization: Token token=$PAGERDUTY_TOKEN' https://api.pagerduty.com/users",
                "curl -H 'Authorization: API-Key {{api_key}}' https://api.pandadoc.com/public/v1/documents",
                "curl -H 'Authorization: Bearer YOUR_TOKEN' https://api.pandascore.co/videogames",
                "curl -H 'Authorization: Bearer <paperform_api_key>' https://api.paperform.co/v1/forms",
                "curl -X POST -F 'api_key=<api_key>' -F 'text=sample text' https://apis.paralleldots.com/v4/intent",
                "curl -H 'Authorization: Token YOUR_API_KEY' https://api.parseur.com/parser",
                "curl -H \"Authorization: Bearer $PARTNERSTACK_KEY\" https://api.partnerstack.com/api/v2/partnerships",
                "curl -X POST -d 'api_dev_key=YOUR_API_DEV_KEY' -d 'api_option=paste' https://pastebin.com/api/api_post.php",
                "GET https://paydirtapp.com/api/v1/clients?api_key=API_KEY",
                "curl -u 'YOUR_API_KEY:X' https://app.paymoapp.com/api/me",
                "curl -u sk_test_xxxxxxxxxxxxxxxxxxxxxxxx: https://api.paymongo.com/v1/payment_intents",
                "GET https://api.pdflayer.com/api/convert?access_key=YOUR_ACCESS_KEY&document_url=https://example.com",
                "curl -u 'api:your_api_key' https://api.pdfshift.io/v3/convert/pdf",
                "curl -H 'X-Api-Key: ${PDL_API_KEY}' 'https://api.peopledatalabs.com/v5/person/enrich?email=jane@example.com'",
                "curl -H 'api_key: <Your API Key>' https://api.pepipost.com/v5.1/mail/send",
                "curl -H 'Authorization: Bearer <api key>' https://api.pipedream.com/v1/users/me",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"nozbe task {b62(16)} moved to project {b62(16)}",
                f"numverify number +1415{digits(7)} valid true carrier AT&T",
                f"nvidia model meta/llama-3.1-{rng.choice(['8b', '70b', '405b'])}-instruct served in {rng.randint(90, 900)}ms",
                f"nylas grant {uuid()} message {b62(25).lower()} synced",
                f"oanda account 101-004-{digits(7)}-001 instrument EUR_USD units {rng.randint(1, 9000)}",
                f"okta user 00u{b62(17)} signed in to https://acme.okta.com",
                f"omnisend contact {hexs(24)} subscribed to {word()}",
                f"onesignal app {uuid()} notification {uuid()} delivered",
                f"onfleet task {b62(24)} short id {hexs(8)} completed",
                f"oopspam score {rng.randint(0, 6)} for message from 203.0.113.{rng.randint(1, 254)}",
                f"openai request req_{hexs(32)} model gpt-4o-mini tokens {rng.randint(10, 9000)}",
                f"openai organization org-{b62(24)} project proj_{b62(24)}",
                f"opencagedata geocode {coords()} confidence {rng.randint(1, 10)}",
                f"openuv uv index {rng.randint(0, 11)}.{digits(2)} at {coords()}",
                f"openweather city id {digits(7)} temp {rng.randint(-20, 40)}.{digits(1)}C",
                f"optimizely experiment {digits(11)} variation {digits(11)} activated",
                f"overloop prospect {digits(8)} added to campaign {digits(6)}",
                f"owlbot definition of '{word()}': a {word()} of the {word()}",
                f"packagecloud package {word()}_{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}_amd64.deb pushed to {word()}/stable",
                f"pagarme transaction tran_{b62(24)} status paid amount {price()} BRL",
                f"pagerduty incident Q{b62(13).upper()} on service P{b62(6).upper()} resolved",
                f"pandadoc document {b62(22)} sent for signing",
                f"pandascore match {digits(6)} league {digits(4)} finished",
                f"paperform form {word()}-{word()}-{digits(4)} received {rng.randint(1, 900)} submissions",
                f"paralleldots sentiment positive 0.{digits(3)} negative 0.{digits(3)}",
                f"parseur mailbox {digits(5)} parsed document {digits(7)}",
                f"partnerstack partner key part_{b62(14)} earned {price()} USD",
                f"pastebin paste https://pastebin.com/{b62(8)} expires in 1 week",
                f"paydirtapp invoice #{digits(5)} total {price()} USD",
                f"paymoapp project {digits(7)} task {digits(8)} logged {rng.randint(1, 9)}h",
                f"paymongo payment intent pi_{b62(24)} status succeeded",
                f"paymongo public key pk_test_{b62(24)} loaded in checkout",
                f"pdflayer converted document {word()}.html in {rng.randint(1, 9)}.{digits(2)}s",
                f"pdfshift conversion {uuid()} pages {rng.randint(1, 90)}",
                f"peopledatalabs person id {b62(22)} likelihood {rng.randint(1, 10)}",
                f"pepipost message id {hexs(32)} delivered to {word()}@example.com",
                f"pipedream workflow p_{b62(7)} source dc_{b62(7)} emitted {rng.randint(1, 900)} events",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "OPENAI_API_KEY=sk-...",
                "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "NVIDIA_API_KEY=nvapi-<your key>",
                "OKTA_API_TOKEN=${{ secrets.OKTA_API_TOKEN }}",
                "PAGARME_API_KEY=ak_live_<sua chave>",
                "PAYMONGO_SECRET_KEY=os.environ['PAYMONGO_SECRET_KEY']",
                "pagerduty_token: changeme",
                "openweather_api_key = \"{{ vault_openweather_api_key }}\"",
                "PIPEDREAM_API_KEY=your_api_key_here",
                "PANDADOC_API_KEY=\"<your api key>\"",
                "NYLAS_API_KEY=nyk_v0_REPLACE_ME",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "OpenAI secret keys start with sk- (project keys with sk-proj-)",
                "NVIDIA API keys begin with nvapi-",
                "Okta API tokens begin with 00 and are sent as SSWS",
                "Pagar.me live keys start with ak_live_, test keys with ak_test_",
                "PayMongo secret keys start with sk_live_ or sk_test_, public keys with pk_",
                "PagerDuty user tokens begin with u+",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"a pipedream of a secret key ceremony for the {word()} team",
                f"overloop access token refresh loop fixed in {word()} handler",
                f"pastebin private key material is never allowed, see policy {digits(3)}",
                f"okta sign-in policy for the {word()} group requires MFA",
                f"pipedream token bucket limit is {rng.randint(10, 900)} requests per minute",
                f"pandadoc secret template '{word()} {word()}' shared",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"omnisend campaign {hexs(24)} sent",
                f"pepipost event {hexs(32)} processed",
                f"onesignal player {uuid()} subscribed",
                f"pdfshift request {uuid()} done",
                f"openai file file-{b62(24)} uploaded",
                f"pipedream event {hexs(32)} emitted",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
