"""Innocent lookalikes for the round-58 held-out measure (issue #17).

Each kind imitates a shape the round-58 families (35 Kingfisher files, ``mailmodo`` to ``notion``)
have and is not a secret, written from the public values the picked providers' docs and tools
show, not from our rules: Mailmodo campaign ids, Mailsac inbox addresses, Mandrill message ids,
Mapbox public tokens' places, style ids and tileset ids, MapQuest route ids, stock symbols and
end-of-day prices (Marketstack), Mavenlink workspace ids, news articles (Mediastack, NewsAPI,
Newscatcher), MeisterTask task ids, Mesibo user addresses, MessageBird message ids and
originators, Metrilo order ids, MindMeister map ids, Miro board ids, Mixmax sequence ids, Mockaroo
schema names, moderation flags, monday.com board and item ids, MongoDB ObjectIds, Atlas project ids
and public keys, MonkeyLearn classifier ids, MoonClerk plan ids, Moosend list ids, Moralis wallet
addresses, Intervals task numbers, Nasdaq dataset codes, Netlify site ids and deploy ids, NFTPort
contract addresses, ngrok tunnel URLs, Nicereply ratings, Nightfall scan ids, Nimble contact ids,
Noticeable project ids, Notion page and database ids; request lines whose key is a variable or the
docs' placeholder; prefixes named in prose; the everyday words among the provider names (monday,
moderation, nimble, notion, miro, noticeable).  The provider word is the provider's name, never a
file name carrying a credential word (round 57's finding; no file of this round has one).
Draw's 16-hex short values are not drawn: Metrilo's keys are 16 characters, Intervals' 11 and
Mockaroo's 8, so such a value after those names is no lookalike.
``python -m tests.unit.redact.heldout_round58`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-58 families a word near a value wakes (each begins one or more of the
# families' ids): the providers' names, nasdaq as Nasdaq Data Link's rule asks it
PROVIDERS = (
    "mailmodo mailsac mandrill mapbox mapquest marketstack mavenlink mediastack meistertask mesibo "
    "messagebird metrilo mindmeister miro mixmax mockaroo moderation monday mongodb monkeylearn moonclerk "
    "moosend moralis myintervals nasdaq netlify newsapi newscatcher nftport ngrok nicereply nightfall "
    "nimble noticeable notion"
).split()


def lookalikes(seed: int = 313, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def ip() -> str:
        return f"203.0.113.{rng.randint(1, 254)}"

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'mmApiKey: $MAILMODO_API_KEY' 'https://api.mailmodo.com/api/v1/campaigns?type=CONTACT_LIST'",
                "curl -H 'Mailsac-Key: YOUR_API_KEY_HERE' https://mailsac.com/api/addresses",
                "curl -X POST -d '{\"key\": \"YOUR_API_KEY\"}' https://mandrillapp.com/api/1.0/users/info",
                "GET https://api.mapbox.com/styles/v1/mapbox/streets-v12?access_token=YOUR_MAPBOX_ACCESS_TOKEN",
                "GET https://www.mapquestapi.com/geocoding/v1/address?key=KEY&location=Denver,CO",
                "GET https://api.marketstack.com/v1/eod?access_key=YOUR_ACCESS_KEY&symbols=AAPL",
                "curl -H 'Authorization: Bearer $MAVENLINK_TOKEN' https://api.mavenlink.com/api/v1/workspaces.json",
                "GET https://api.mediastack.com/v1/news?access_key=YOUR_ACCESS_KEY&keywords=tennis",
                "curl -H 'Authorization: Bearer <access_token>' https://www.meistertask.com/api/projects",
                "curl -H 'Authorization: AccessKey {accessKey}' https://rest.messagebird.com/messages",
                "curl -H 'Authorization: Bearer ${MIRO_ACCESS_TOKEN}' https://api.miro.com/v1/users/me",
                "curl -H 'X-API-Token: <your token>' https://api.mixmax.com/v1/users/me",
                "GET https://api.mockaroo.com/api/types?key=YOUR_KEY",
                "curl -H \"Authorization: $MONDAY_TOKEN\" -d '{\"query\":\"{me{id}}\"}' https://api.monday.com/v2",
                "curl --digest -u \"${PUBLIC_KEY}:${PRIVATE_KEY}\" https://cloud.mongodb.com/api/atlas/v2/groups",
                "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/",
                "curl -H 'Authorization: Token [YOUR_API_KEY]' https://api.monkeylearn.com/v3/classifiers",
                "curl -H 'Authorization: Token token=[API_KEY]' https://api.moonclerk.com/forms",
                "GET https://api.moosend.com/v3/lists.json?apikey={apikey}&format=json",
                "curl -H 'X-API-Key: YOUR_API_KEY' 'https://deep-index.moralis.io/api/v2/0xd8da6bf26964af9d7eed9e03e53415d37aa96045/nft?chain=eth'",
                "GET https://data.nasdaq.com/api/v3/datasets/FRED/GDP.csv?api_key=YOURAPIKEY",
                "curl -H \"Authorization: Bearer $NETLIFY_AUTH_TOKEN\" https://api.netlify.com/api/v1/sites",
                "GET https://newsapi.org/v2/everything?q=Apple&apiKey=API_KEY",
                "curl -H 'x-api-key: <your-api-key>' 'https://api.newscatcherapi.com/v2/search?q=Tesla'",
                "curl -H 'Authorization: ${NFTPORT_API_KEY}' https://api.nftport.xyz/me/contracts",
                "ngrok config add-authtoken <token>",
                "curl -H \"Authorization: Bearer $NIGHTFALL_API_KEY\" -X POST https://api.nightfall.ai/v3/upload",
                "curl -H 'Authorization: Bearer YOUR_API_KEY' https://app.nimble.com/api/v1/myself",
                "curl -H 'Authorization: Bearer {NOTION_API_KEY}' -H 'Notion-Version: 2022-06-28' https://api.notion.com/v1/users",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"mailmodo campaign {uuid()} sent to list {word()}-{digits(4)}",
                f"mailsac inbox {word()}{digits(3)}@mailsac.com received {rng.randint(1, 40)} messages",
                f"mandrill message {hexs(32)} status sent reject_reason null",
                f"mapbox style mapbox://styles/{word()}/cl{b62(23).lower()} published",
                f"mapbox tileset {word()}.{hexs(8)} uploaded",
                f"mapquest route session {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)} distance {rng.randint(1, 900)} mi",
                f"marketstack eod AAPL close {price()} volume {digits(8)}",
                f"mavenlink workspace {digits(8)} story {digits(9)} completed",
                f"mediastack article '{word()} {word()}' source cnn published 2024-05-{rng.randint(10, 28)}",
                f"meistertask task {digits(8)} moved to section {digits(7)}",
                f"mesibo user {word()}@acmeledger.io uid {digits(6)} online",
                f"messagebird message {hexs(32)} originator {word().capitalize()} delivered",
                f"metrilo order #{digits(6)} total {price()} EUR",
                f"mindmeister map {digits(10)} shared with {word()}",
                f"miro board uXjVP{b62(5)}= widget {digits(16)} moved",
                f"mixmax sequence {hexs(24)} added {rng.randint(1, 90)} recipients",
                f"mockaroo schema {word()}_{word()} generated {rng.randint(100, 9000)} rows",
                f"moderation flagged {rng.choice(['toxicity', 'spam', 'profanity'])} score 0.{digits(3)} for comment {digits(8)}",
                f"monday board {digits(10)} item {digits(10)} status Done",
                f"mongodb ObjectId(\"{hexs(24)}\") inserted into {word()}s",
                f"mongodb atlas project {hexs(24)} cluster {word()}-shard-00-0{rng.randint(0, 2)}",
                f"mongodb atlas public key {''.join(rng.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(8))} has role ORG_READ_ONLY",
                f"monkeylearn classifier cl_{b62(8)} tagged '{word()}' confidence 0.{digits(3)}",
                f"moonclerk plan {digits(6)} form {digits(5)} payment {price()} USD",
                f"moosend list {uuid()} has {rng.randint(1, 90000)} members",
                f"moralis wallet 0x{hexs(40)} holds {rng.randint(1, 90)} NFTs",
                f"myintervals task {digits(6)} logged {rng.randint(1, 9)}.{rng.randint(0, 9)}h",
                f"nasdaq dataset WIKI/{word().upper()} rows {rng.randint(1, 9000)}",
                f"netlify site {uuid()} deploy {hexs(24)} ready",
                f"newsapi article '{word()} {word()}' from bbc-news at 2024-05-{rng.randint(10, 28)}T08:00:00Z",
                f"newscatcher article _id {hexs(32)} score {rng.randint(1, 20)}.{digits(3)}",
                f"nftport contract 0x{hexs(40)} minted token {rng.randint(1, 9999)}",
                f"ngrok tunnel https://{hexs(4)}-{ip().replace('.', '-')}.ngrok-free.app -> http://localhost:{rng.randint(3000, 9000)}",
                f"nicereply rating {rng.randint(1, 10)} for ticket {digits(6)} by {word()}",
                f"nightfall scan {uuid()} found {rng.randint(0, 9)} findings",
                f"nimble contact {hexs(24)} tagged {word()}",
                f"noticeable project {b62(20)} post published",
                f"notion page {hexs(32)} in database {uuid()} updated",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "MAPBOX_ACCESS_TOKEN=pk.<your public token>",
                "MAPBOX_SECRET_TOKEN=sk.xxxxxxxxxxxxxxxxxxxxxxxx",
                "NOTION_API_KEY=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "NIGHTFALL_API_KEY=NF-<your key>",
                "MONGODB_URI=${{ secrets.MONGODB_URI }}",
                "ATLAS_PRIVATE_KEY=os.environ['ATLAS_PRIVATE_KEY']",
                "ngrok_authtoken: changeme",
                "netlify_auth_token = \"{{ vault_netlify_auth_token }}\"",
                "MAILSAC_API_KEY=k_<insert key here>",
                "MORALIS_API_KEY=\"<your api key>\"",
                "MONDAY_API_TOKEN=your_token_here",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Mapbox public tokens begin with pk., secret tokens with sk., temporary ones with tk.",
                "Notion internal integration secrets start with secret_ (newer ones with ntn_)",
                "Nightfall API keys start with NF-",
                "MongoDB Atlas service account secrets start with mdb_sa_sk_",
                "ngrok API keys are shown once; credentials start with cr_ and API keys with ak_",
                "Mailsac keys begin with k_",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"monday secret santa draw for the {word()} team",
                f"moderation key points from the {word()} review: be kind, be brief",
                f"nimble access to the {word()} wing approved on 2024-05-{rng.randint(10, 28)}",
                f"the notion of a private key is explained in chapter {rng.randint(2, 9)}",
                f"miro token economy workshop with {word()} on monday",
                f"noticeable key changes in the {word()} release notes",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"mongodb _id {hexs(24)} updated",
                f"mixmax message {hexs(24)} opened",
                f"netlify deploy {hexs(24)} published",
                f"notion block {uuid()} archived",
                f"mandrill template {hexs(32)} rendered",
                f"nightfall request {uuid()} from {ip()}",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
