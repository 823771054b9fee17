"""Innocent lookalikes for the round-56 held-out measure (issue #17).

Each kind imitates a shape the round-56 families (35 Kingfisher files, ``gyazo`` to ``jotform``)
have and is not a secret, written from the public values the picked providers' docs and tools
show, not from our rules: Gyazo image ids and permalinks, Happy Scribe transcription ids, HelloSign
signature request ids, HelpCrunch chat ids, Help Scout conversation and mailbox numbers, HERE
place ids and coordinates, Heroku app names and release numbers, Hiveage invoice numbers, holiday
dates, Holistic project ids, Honeycomb dataset names and trace ids, Hugging Face model ids,
Humanity shift ids, Hunter lead lists, Hybiscus report ids, Iconfinder icon ids, stock quotes
(IEX Cloud, Intrinio), ImageKit file paths and URLs, Imagga tags, Impala hotel ids, Ethereum
block numbers (Infura), Insightly contact ids, Instabot conversation ids, Intercom conversation
ids, Interseller campaign ids, IP geolocation answers (IP2Location, ipapi, ipgeolocation,
IPinfoDB, IPQualityScore, ipstack), JotForm form ids; request lines whose key is a variable or the
docs' placeholder; prefixes named in prose; the everyday words among the provider names (hunter,
humanity, impala, holiday, honeycomb, intercom).
``python -m tests.unit.redact.heldout_round56`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-56 families a word near a value wakes (and the files' names
# that begin the families' ids)
PROVIDERS = (
    "gyazo happyscribe hellosign helpcrunch helpscout hereapi heroku hiveage holidayapi holistic honeycomb "
    "html2pdf huggingface humanity hunter hybiscus iconfinder iexapis iexcloud imagekit imagga impala infura "
    "insightly instabot intercom interseller intrinio ip2location ipapi ipgeolocation ipinfodb ipquality "
    "ipstack jotform"
).split()


def lookalikes(seed: int = 307, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def ip() -> str:
        return f"203.0.113.{rng.randint(1, 254)}"

    def coord() -> str:
        return f"{rng.randint(-80, 80)}.{digits(6)},{rng.randint(-170, 170)}.{digits(6)}"

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "GET https://api.gyazo.com/api/images?access_token=YOUR_ACCESS_TOKEN",
                "curl -H 'Authorization: Bearer $HAPPYSCRIBE_API_KEY' https://www.happyscribe.com/api/v1/transcriptions",
                "curl -u \"$HELLOSIGN_API_KEY:\" https://api.hellosign.com/v3/account",
                "curl -H 'Authorization: Bearer <your_api_key>' https://api.helpcrunch.com/v1/departments",
                "curl -u \"${HELPSCOUT_API_KEY}:X\" https://docsapi.helpscout.net/v1/collections",
                "GET https://weather.ls.hereapi.com/weather/1.0/report.json?product=alerts&name=Argentina&apiKey={YOUR_API_KEY}",
                "curl -H 'Authorization: Bearer $HEROKU_API_KEY' https://api.heroku.com/apps",
                "GET https://holidayapi.com/v1/holidays?key=__YOUR_API_KEY__&country=US&year=2023",
                "curl -H 'x-api-key: $HOLISTIC_API_KEY' https://api.holistic.dev/api/v1/project",
                "curl -H \"X-Honeycomb-Team: $HONEYCOMB_API_KEY\" https://api.honeycomb.io/1/auth",
                "curl -H \"Authorization: Bearer $HF_TOKEN\" https://huggingface.co/api/whoami-v2",
                "GET https://api.hunter.io/v2/domain-search?domain=stripe.com&api_key=YOUR_API_KEY",
                "curl -H 'X-API-KEY: ${HYBISCUS_API_KEY}' https://api.hybiscus.dev/api/v1/get-remaining-quota",
                "GET https://cloud.iexapis.com/stable/stock/aapl/quote?token=YOUR_TOKEN_HERE",
                "curl -u \"$IMAGEKIT_PRIVATE_KEY:\" https://api.imagekit.io/v1/files",
                "curl -u \"api_key:api_secret\" https://api.imagga.com/v2/usage",
                "curl https://mainnet.infura.io/v3/YOUR-API-KEY -X POST -H 'Content-Type: application/json'",
                "curl -H 'Authorization: Bearer {{insightly_api_key}}' https://api.na1.insightly.com/v3.1/Contacts",
                "curl -H \"Authorization: Bearer $INTERCOM_ACCESS_TOKEN\" https://api.intercom.io/contacts",
                "GET https://api-v2.intrinio.com/securities?api_key={api_key}",
                "GET https://api.ip2location.io/?key=YOUR_API_KEY&ip=8.8.8.8",
                "GET https://api.ipstack.com/134.201.250.155?access_key=YOUR_ACCESS_KEY",
                "GET https://api.ipgeolocation.io/ipgeo?apiKey=API_KEY&ip=8.8.8.8",
                "GET https://www.ipqualityscore.com/api/json/ip/YOUR_API_KEY_HERE/8.8.8.8",
                "curl -H \"APIKEY: $JOTFORM_API_KEY\" https://api.jotform.com/user",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"gyazo image {hexs(32)} uploaded: https://gyazo.com/{hexs(32)}",
                f"happyscribe transcription {b62(10)} finished in {rng.randint(1, 90)}s",
                f"hellosign signature request {hexs(40)} signed by {word()}",
                f"helpcrunch chat {digits(6)} closed by agent {rng.randint(1, 90)}",
                f"helpscout conversation {digits(9)} in mailbox {digits(6)} replied",
                f"hereapi place here:pds:place:276u33db-{hexs(32)} at {coord()}",
                f"heroku release v{rng.randint(10, 900)} of {word()}-{word()}-{digits(5)} deployed",
                f"hiveage invoice INV-{digits(5)} sent to {word()}",
                f"holidayapi 2024-12-{rng.randint(10, 31)} {word()} day (public)",
                f"holistic project {uuid()} checked {rng.randint(1, 400)} queries",
                f"honeycomb dataset {word()}-{word()} trace.trace_id={hexs(32)}",
                f"huggingface model {word()}/{word()}-{rng.randint(1, 70)}b-instruct downloaded",
                f"humanity shift {digits(8)} for employee {digits(7)} approved",
                f"hunter lead list {digits(6)}: {rng.randint(1, 900)} leads, domain acmeledger.io",
                f"hybiscus report {uuid()} rendered in {rng.randint(1, 900)}ms",
                f"iconfinder icon {digits(7)} in iconset {word()}-{word()}",
                f"iexcloud AAPL {price()} MSFT {price()} at {digits(13)}",
                f"intrinio security AAPL:US close {price()} volume {digits(8)}",
                f"imagekit file https://ik.imagekit.io/{word()}/{word()}_{b62(9)}.jpg resized",
                f"imagga tag {word()} confidence {rng.randint(10, 99)}.{digits(4)}",
                f"impala hotel {uuid()} rate {price()} EUR",
                f"infura eth_blockNumber 0x{hexs(7)} from mainnet",
                f"insightly contact {digits(9)} linked to organisation {digits(9)}",
                f"instabot conversation {digits(8)} ended after {rng.randint(2, 40)} messages",
                f"intercom conversation {digits(15)} assigned to admin {digits(7)}",
                f"interseller campaign {hexs(24)} sent {rng.randint(1, 900)} emails",
                f"ip2location {ip()} -> US, California, {coord()}",
                f"ipapi {ip()} continent_code NA country_code US",
                f"ipgeolocation {ip()} isp {word()} telecom",
                f"ipinfodb {ip()} statusCode OK countryCode DE",
                f"ipquality {ip()} fraud_score {rng.randint(0, 100)} proxy false",
                f"ipstack {ip()} latitude {coord()}",
                f"jotform form {digits(15)} submission {digits(19)} received",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}",
                "HF_TOKEN=<your huggingface token>",
                "HONEYCOMB_API_KEY=os.environ['HONEYCOMB_API_KEY']",
                "INTERCOM_ACCESS_TOKEN=your_access_token_here",
                "infura_project_id: changeme",
                "IPSTACK_ACCESS_KEY=${IPSTACK_ACCESS_KEY}",
                "hunter_api_key = \"{{ vault_hunter_api_key }}\"",
                "IMAGEKIT_PRIVATE_KEY=private_xxxxxxxxxxxxxxxxxxxxxxxxxxx=",
                "JOTFORM_API_KEY = \"<insert api key here>\"",
                "IEX_TOKEN=sk_<your secret token>",
                "GYAZO_ACCESS_TOKEN=\"YOUR_ACCESS_TOKEN\"",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Hugging Face user tokens begin with hf_, organization tokens with api_org_",
                "IEX Cloud secret tokens start with sk_, publishable ones with pk_",
                "ImageKit private keys start with private_, public keys with public_",
                "export HF_TOKEN=hf_<your token>",
                "Intercom access tokens are base64 and begin with dG9rOj",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"hunter key finding: {rng.randint(2, 9)} of {rng.randint(10, 20)} keys returned to the lodge",
                f"humanity access for {word()} volunteers granted on 2024-05-{rng.randint(10, 28)}",
                f"impala key ring left at the {word()} desk",
                f"holiday key dates: 2024-12-{rng.randint(20, 31)} to 2025-01-0{rng.randint(1, 9)}",
                f"honeycomb secret recipe: {rng.randint(100, 400)} g sugar, {rng.randint(1, 9)} tsp soda",
                f"intercom access code for building {rng.choice('ABCDEFG')} changed, ask {word()}",
                f"heroku token expiry set to {rng.randint(1, 30)} days for {word()}",
                f"api_key rotation scheduled for {word()} on 2024-05-{rng.randint(10, 28)}",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"heroku build {uuid()} succeeded for slug {uuid()}",
                f"hellosign template {hexs(40)} updated",
                f"helpscout thread {digits(10)} hash {hexs(40)}",
                f"holidayapi request {uuid()} cached",
                f"interseller contact {hexs(24)} replied",
                f"gyazo image_id {hexs(32)} deleted",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
