"""Innocent lookalikes for the round-64 held-out measure (issue #17).

Each kind imitates a shape the round-64 families (35 Kingfisher files, ``unplugg`` to ``wistia``)
have and is not a secret, written from the public values the picked providers' docs and tools
show, not from our rules: Unplugg forecast values, Unsplash photo ids, UPC codes, Uplead company
domains, UptimeRobot monitor ids, Upwave board ids, urlscan.io scan ids, Userflow user and flow
ids, userstack user agents, VAT numbers, VBOUT list ids, Vercel deployment and project ids,
Verimail and Veriphone results, VersionEye project ids, viewneo playlist ids, VirusTotal file
hashes, Visual Crossing locations, Voiceflow project and version ids, Voicegain session ids,
VoodooSMS message ids, vpnapi.io IP answers, Vultr instance ids, Vyte event ids, Walk Score
scores, Weatherbit and weatherstack readings, web3.storage CIDs, Webflow site and collection ids,
Web Scraper sitemap ids, WebScrapingAPI jobs, Weights & Biases run ids, Whoxy domains, Wistia media
ids; URLs with a user and no secret, or with the secret a placeholder; request lines whose key is
a variable or the docs' placeholder; prefixes named in prose; the everyday words among the
provider names (vercel, vultr, web3, wistia).  The provider word is the provider's name, never a
file name carrying a credential word (round 57's finding): ``vultr`` for ``vultrapikey.yml``, and
``unplugg``, ``web3`` and ``wandb`` as the rules ask.
``python -m tests.unit.redact.heldout_round64`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-64 families (each begins one or more of the families' ids; uri.yml's is apart)
PROVIDERS = (
    "unplugg unsplash upcdatabase uplead uptimerobot upwave urlscan userflow userstack vatlayer vbout vercel "
    "verimail veriphone versioneye viewneo virustotal visualcrossing voiceflow voicegain voodoosms vpnapi vultr "
    "vyte walkscore weatherbit weatherstack web3 webflow webscraper webscraping wandb whoxy wistia"
).split()


def lookalikes(seed: int = 353, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def lower36(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def temp() -> str:
        return f"{rng.randint(-20, 40)}.{digits(1)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -X POST -H 'x-access-token: $UNPLUGG_TOKEN' https://api.unplu.gg/forecast",
                "GET https://api.unsplash.com/photos/?client_id=YOUR_ACCESS_KEY",
                "GET https://api.upcdatabase.org/product/0111222333446?apikey=<your api key>",
                "curl -H 'Authorization: {{uplead_api_key}}' https://api.uplead.com/v2/credits",
                "curl -X POST 'https://api.uptimerobot.com/v2/getMonitors?api_key=YOUR_API_KEY'",
                "curl -H \"Authorization: Token $UPWAVE_TOKEN\" https://api.upwave.io/workspaces/",
                "curl -H 'API-Key: $URLSCAN_API_KEY' https://urlscan.io/user/quotas",
                "curl -H 'Authorization: Bearer <USERFLOW_API_KEY>' https://api.userflow.com/users",
                "GET https://api.userstack.com/detect?access_key=YOUR_ACCESS_KEY&ua=Mozilla/5.0",
                "GET https://www.apilayer.net/api/validate?access_key=YOUR_ACCESS_KEY&vat_number=LU26375245",
                "GET https://api.vbout.com/1/app/me.json?key={key}",
                "curl -H \"Authorization: Bearer $VERCEL_TOKEN\" https://api.vercel.com/www/user",
                "GET https://api.verimail.io/v3/verify?key=YOUR_API_KEY&email=test@example.com",
                "GET https://api.veriphone.io/v2/verify?phone=%2B49-15123577723&key=YOUR_API_KEY",
                "curl -H 'apiKey: <api key>' https://www.versioneye.com/api/v1/scans",
                "curl -H 'Authorization: Bearer {token}' https://cloud.viewneo.com/api/v1.0/playlist",
                "curl -H \"x-apikey: $VT_API_KEY\" https://www.virustotal.com/api/v3/metadata",
                "GET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/LA?key=YOUR_API_KEY",
                "curl -H 'Authorization: $VOICEFLOW_API_KEY' https://general-runtime.voiceflow.com/knowledge-base/query",
                "curl -H 'Authorization: Bearer <JWT>' https://api.voicegain.ai/v1/sa/config",
                "curl -H \"Authorization: Bearer ${VOODOO_API_KEY}\" https://api.voodoosms.com/credits",
                "GET https://vpnapi.io/api/8.8.8.8?key=YOUR_API_KEY",
                "curl -H \"Authorization: Bearer ${VULTR_API_KEY}\" https://api.vultr.com/v2/account",
                "curl -H 'Authorization: <token>' https://api.vyte.in/v2/events",
                "GET https://transit.walkscore.com/transit/search/stops/?lat=40.712776&lon=-74.005974&wsapikey=your_key",
                "GET https://api.weatherbit.io/v2.0/current?lat=38.0&lon=-78.0&key=API_KEY",
                "GET https://api.weatherstack.com/current?access_key=YOUR_ACCESS_KEY&query=New York",
                "curl -H 'Authorization: Bearer $WEB3_TOKEN' https://api.web3.storage/user/uploads",
                "curl -H 'accept-version: 1.0.0' -H 'Authorization: Bearer <token>' https://api.webflow.com/info",
                "GET https://api.webscraper.io/api/v1/sitemaps?api_token=<YOUR API TOKEN>",
                "GET https://api.webscrapingapi.com/v1?api_key=YOUR_API_KEY&url=https://example.com",
                "curl -u \"api:$WANDB_API_KEY\" https://api.wandb.ai/graphql",
                "GET https://api.whoxy.com/?key=xxxxx&whois=google.com",
                "GET https://api.wistia.com/v1/medias.json?access_token=<your token>",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"unplugg forecast {rng.randint(1, 48)} points, value 0.{digits(6)}",
                f"unsplash photo {b62(11)} by @{word()} downloaded",
                f"upcdatabase product 0{digits(11)} found",
                f"uplead company {word()}.com enriched, {rng.randint(1, 900)} credits left",
                f"uptimerobot monitor {digits(9)} is down since {rng.randint(1, 59)} min",
                f"upwave board {digits(6)} card {digits(7)} moved",
                f"urlscan scan {uuid()} finished: verdict benign",
                f"userflow flow {uuid()} started for user {digits(6)}",
                f"userstack ua Mozilla/5.0 (Windows NT 10.0; Win64; x64) parsed as {word()}",
                f"vatlayer LU{digits(8)} valid, company {word().upper()} SA",
                f"vbout list {digits(6)} contact {digits(8)} added",
                f"vercel deployment dpl_{b62(28)} ready for project prj_{b62(28)}",
                f"verimail {word()}@example.com deliverable, score {rng.randint(1, 100)}",
                f"veriphone +49{digits(11)} valid mobile",
                f"versioneye project {hexs(24)} has {rng.randint(1, 40)} outdated dependencies",
                f"viewneo playlist {digits(6)} published to {rng.randint(1, 30)} players",
                f"virustotal file {hexs(64)} detected by {rng.randint(0, 9)}/70 engines",
                f"visualcrossing {word().capitalize()} {temp()} C humidity {rng.randint(10, 99)}%",
                f"voiceflow project {hexs(24)} version {hexs(24)} published",
                f"voicegain session {uuid()} transcribed {rng.randint(1, 900)}s",
                f"voodoosms message {digits(10)} delivered to 447{digits(9)}",
                f"vpnapi 185.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)} vpn=true proxy=false",
                f"vultr instance {uuid()} in region ewr running",
                f"vyte event {lower36(24)} scheduled",
                f"walkscore {rng.randint(1, 100)} transit score {rng.randint(1, 100)} for {digits(3)} Main St",
                f"weatherbit {word().capitalize()} aqi {rng.randint(1, 300)} temp {temp()}",
                f"weatherstack {word().capitalize()} {temp()} C wind {rng.randint(1, 60)} kmh",
                f"web3 upload bafybei{lower36(52)} pinned",
                f"webflow site {hexs(24)} collection {hexs(24)} published",
                f"webscraper sitemap {digits(6)} job {digits(8)} finished",
                f"webscraping request {uuid()} returned 200 in {rng.randint(1, 9000)}ms",
                f"wandb run {lower36(8)} of project {word()}-{word()} finished, loss 0.{digits(4)}",
                f"whoxy {word()}.com registered 20{rng.randint(10, 24)}, {rng.randint(1, 900)} queries left",
                f"wistia media {lower36(10)} played {rng.randint(1, 9000)} times",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}",
                "VULTR_API_KEY=<your api key>",
                "WANDB_API_KEY=your-wandb-api-key",
                "VOICEFLOW_API_KEY=VF.DM.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxx",
                "VIRUSTOTAL_API_KEY=changeme",
                "UNSPLASH_ACCESS_KEY=YOUR_ACCESS_KEY",
                "WEBFLOW_API_TOKEN=\"{{ vault_webflow_token }}\"",
                "UPTIMEROBOT_API_KEY=REPLACE_ME",
                "WISTIA_ACCESS_TOKEN=your-access-token-here",
                "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.acme.internal:5432/app",
                "https://user:<password>@example.com/path",
                "REDIS_URL=redis://:changeme@localhost:6379/0",
            ]
        ),
        "urls-without-secret": lambda: rng.choice(
            [
                f"https://{word()}@git.acme.io/acme/{word()}.git",
                f"git@github.com:acme/{word()}-{word()}.git",
                f"https://example.com/{word()}/{digits(4)}?page={rng.randint(1, 9)}&sort=desc",
                f"http://localhost:{rng.randint(3000, 9000)}/api/v1/{word()}",
                f"https://[2001:db8::{hexs(4)}]:8443/health",
                f"mailto:{word()}@example.com?subject=report",
                f"https://docs.acme.io/{word()}#section-{rng.randint(1, 20)}",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Voiceflow Dialog Manager API keys start with VF.DM.",
                "Voiceflow workspace keys begin with VF.WS.",
                "Vercel deployment ids begin with dpl_, project ids with prj_",
                "web3.storage tokens are JWTs beginning with eyJ",
                "Voicegain JWTs start with ey",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"the vercel secret environment variables are covered in ticket {digits(4)}",
                f"vultr access key rotation policy: every {rng.randint(30, 180)} days",
                f"web3 private key custody notes moved to the {word()} wiki",
                f"wistia access token exchange explained in the {word()} docs",
                f"uptimerobot key takeaways from the {word()} review",
                f"weatherbit secret sauce: {rng.randint(3, 40)} stations per grid",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"virustotal url id {hexs(64)} analysed",
                f"urlscan result {uuid()} saved",
                f"webflow item {hexs(24)} updated",
                f"wandb artifact sha {hexs(40)} logged",
                f"wistia upload {hexs(32)} processed",
                f"vultr snapshot {uuid()} created",
                f"userstack request {hexs(32)} served",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
