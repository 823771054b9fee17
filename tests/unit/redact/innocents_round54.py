"""Innocent lookalikes for the round-54 held-out measure (issue #17).

Each kind imitates a shape the round-54 families (35 Kingfisher files, ``formbucket`` to
``gumroad``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: FormBucket and Formcraft form ids, Form.io project and
submission ids, Foursquare venue ids, Frame.io asset ids, Front conversation ids, Fulcrum record
ids, FullStory session URLs, exchange rates (FXMarket), geocoding coordinates and place ids
(Geoapify, geocode.xyz, Geocodify, GraphHopper), ipify answers, GetResponse campaign ids, Gist
contact ids, GitHub and GitLab commit hashes, issue numbers, client ids and runner tags, Gitter
room ids, Glassnode metrics, GoCardless customer and mandate ids, GoodDay task ids, Google Cloud
project numbers and service account e-mails, Grafana dashboard uids, Groq model names, GTmetrix
report ids, Guardian article paths, Gumroad product permalinks; request lines whose key is a
variable or the docs' placeholder; prefixes named in prose; FTP URIs without a password and
password settings that hold none; the everyday words among the provider names (front, generic,
groove, guardian, geocode).  The provider whose key is 16 characters (Formcraft) is left out of
the short values' kind, whose 16 hex digits are one of its keys' shape.
``python -m tests.unit.redact.heldout_round54`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-54 families a word near a value wakes (and the files' names
# that begin the families' ids)
PROVIDERS = (
    "formbucket formcraft formio foursquare frameio front ftp fulcrum fullstory fxmarket gcp geckoboard generic "
    "geoapify geocode geocodify geoipifi getemail getgeoapi getgist getresponse github gitlab gitter glassnode "
    "gocardless goodday googleoauth2 grafana graphhopper groovehq groq gtmetrix guardianapi gumroad"
).split()
# a key of 16 characters: 16 hex digits after this name are one of its keys' shape
_SHORT_KEYS = ("formcraft",)


def lookalikes(seed: int = 283, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    short = Draw(rng, [p for p in PROVIDERS if p not in _SHORT_KEYS])
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def rate() -> str:
        return f"{rng.randint(0, 2)}.{digits(6)}"

    def coord() -> str:
        return f"{rng.randint(-80, 80)}.{digits(6)},{rng.randint(-170, 170)}.{digits(6)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": short.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'Authorization: Bearer $FORMBUCKET_TOKEN' https://www.formbucket.com/v1/profile",
                "curl -u \"$FORMCRAFT_KEY:\" https://formcrafts.com/api/v1/",
                "curl -H 'x-jwt-token: <your jwt>' https://formio.form.io/current",
                "GET https://api.foursquare.com/v2/venues/trending?client_id=CLIENT_ID&client_secret=CLIENT_SECRET&v=20211019",
                "curl -H 'Authorization: Bearer ${FRAMEIO_TOKEN}' https://api.frame.io/v2/me",
                "curl -H 'Authorization: Bearer $FRONT_API_TOKEN' https://api2.frontapp.com/accounts",
                "curl -H 'X-ApiToken: {{fulcrum_token}}' https://api.fulcrumapp.com/api/v2/forms.json",
                "GET https://fxmarketapi.com/apilive?api_key=YOUR_API_KEY&currency=EURUSD",
                "GET https://api.geoapify.com/v1/geocode/search?text=Berlin&apiKey=YOUR_API_KEY",
                "GET https://geo.ipify.org/api/v2/country?apiKey=${IPIFY_KEY}&ipAddress=8.8.8.8",
                "curl -H 'X-Auth-Token: api-key $GETRESPONSE_API_KEY' https://api.getresponse.com/v3/accounts",
                "curl -H \"Authorization: token $GITHUB_TOKEN\" https://api.github.com/user",
                "curl -H 'PRIVATE-TOKEN: <your_access_token>' https://gitlab.com/api/v4/user",
                "curl -X POST -F token=$CI_JOB_TOKEN -F ref=main https://gitlab.com/api/v4/projects/4821/trigger/pipeline",
                "GET https://api.glassnode.com/v1/metrics/indicators/sopr?a=btc&api_key=${GLASSNODE_API_KEY}",
                "curl -H 'Authorization: Bearer $GOCARDLESS_ACCESS_TOKEN' https://api.gocardless.com/customers/",
                "curl -H 'gd-api-token: $GOODDAY_TOKEN' https://api.goodday.work/2.0/users",
                "curl -H 'Authorization: Bearer $GROQ_API_KEY' https://api.groq.com/openai/v1/models",
                "GET https://graphhopper.com/api/1/route?point=51.131,12.414&point=48.224,3.867&key=YOUR_KEY",
                "GET https://content.guardianapis.com/search?q=debates&api-key=test",
                "GET https://api.gumroad.com/v2/products?access_token=ACCESS_TOKEN",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"formbucket bucket {b62(8)} received submission {digits(7)}",
                f"formcraft form {rng.randint(1, 999)} entries exported: {rng.randint(1, 900)}",
                f"formio project {hexs(24)} submission {hexs(24)} saved",
                f"foursquare venue {hexs(24)} checked in {rng.randint(1, 90)} times",
                f"frameio asset {uuid()} uploaded to project {uuid()}",
                f"front conversation cnv_{b62(6).lower()} assigned to tea_{b62(4).lower()}",
                f"fulcrum record {uuid()} in form {uuid()} synced",
                f"fullstory session https://app.fullstory.com/ui/o-1{b62(4).upper()}-na1/session/{digits(19)}%3A{digits(19)}",
                f"fxmarket EURUSD {rate()} GBPUSD {rate()} at {digits(10)}",
                f"geoapify place {hexs(64)} at {coord()}",
                f"geocode {coord()} -> {word()} street {rng.randint(1, 200)}",
                f"geocodify result {rng.randint(1, 9)} of {rng.randint(10, 99)} for {word()} road",
                f"ipifi country lookup 203.0.113.{rng.randint(1, 254)} -> DE",
                f"getresponse campaign {b62(5)} contact {b62(5)} added",
                f"getgist contact {digits(9)} tagged {word()}",
                f"github PR #{rng.randint(10, 9999)} merged as {hexs(40)}",
                f"github client id Iv1.{hexs(16)} installed on acmeledger",
                f"gitlab pipeline {digits(9)} job {digits(10)} passed on runner {word()}-{rng.randint(1, 9)}",
                f"gitter room {hexs(24)} message {hexs(24)} posted",
                f"glassnode sopr btc {rng.randint(0, 1)}.{digits(4)} at {digits(10)}",
                f"gocardless customer CU{b62(12).upper()} mandate MD{b62(12).upper()} active",
                f"goodday task {b62(6)} moved to {word()}",
                f"gcp project {digits(12)} service account deployer@acme-prod.iam.gserviceaccount.com enabled",
                f"grafana dashboard uid {b62(9)} panel {rng.randint(1, 40)} rendered",
                f"groq model llama-3.1-{rng.choice(['8b', '70b'])}-instant answered in {rng.randint(10, 900)}ms",
                f"gtmetrix report {b62(8)} grade {rng.choice('ABCDE')} for https://acmeledger.io",
                f"guardianapi article world/2024/may/{rng.randint(10, 28)}/{word()}-{word()}-{word()} fetched",
                f"gumroad product https://acme.gumroad.com/l/{b62(5).lower()} sold {rng.randint(1, 90)}",
                f"graphhopper route {rng.randint(1, 900)} km, {rng.randint(1, 40)} instructions",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
                "GITLAB_TOKEN=<your gitlab token>",
                "GROQ_API_KEY=os.environ['GROQ_API_KEY']",
                "GOCARDLESS_ACCESS_TOKEN=sandbox_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "geoapify_api_key: changeme",
                "GRAFANA_API_KEY=${GRAFANA_API_KEY}",
                "password = \"${DB_PASSWORD}\"",
                "password: \"{{ vault_db_password }}\"",
                "user = admin\npassword = <set me>",
                "define('DB_USER', 'wordpress'); define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));",
                "CLIENT_SECRET = \"YOUR_CLIENT_SECRET\"",
                "API_KEY = \"<insert api key here>\"",
                "ftp://anonymous@ftp.acmeledger.io/pub/",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "GitHub tokens begin with ghp_, gho_, ghu_, ghs_ or ghr_; fine-grained ones with github_pat_",
                "GitLab personal access tokens start with glpat-, trigger tokens with glptt-",
                "Grafana service account tokens look like glsa_<32>_<8 hex>",
                "Groq keys start with gsk_",
                "Google OAuth access tokens start with ya29.",
                "Frame.io developer tokens begin with fio-u-",
                "export GITHUB_TOKEN=ghp_<your token>",
                "GITLAB_RUNNER_TOKEN=GR1348941<your token>",
                "ipify keys begin with at_",
                "GoCardless live tokens begin with live_, sandbox tokens with sandbox_",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"front door key handed to {word()} at reception",
                f"front-end access token refresh every {rng.randint(1, 60)} minutes",
                f"generic key type {word()}_id used for {rng.randint(2, 90)} tables",
                f"groove secret sauce: tempo {rng.randint(60, 180)} bpm, key of {rng.choice('ABCDEFG')} minor",
                f"guardian access for {word()} approved by the court, case {digits(6)}",
                f"geocode key field {word()}_latlng holds {coord()}",
                f"ftp access denied for user anonymous from 198.51.100.{rng.randint(1, 254)}",
                f"password policy: at least {rng.randint(8, 16)} characters, {rng.randint(1, 3)} digits",
                f"user {word()} password reset requested, email sent",
                f"secret scanning found 0 new alerts in {word()}-service",
                f"api_key rotation scheduled for {word()} on 2024-05-{rng.randint(10, 28)}",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"github check run {digits(11)} for head_sha {hexs(40)} completed",
                f"gitlab commit {hexs(40)} pushed to main",
                f"gitter message {hexs(24)} edited",
                f"graphhopper job {uuid()} optimized",
                f"guardianapi request {uuid()} cached",
                f"gtmetrix test {hexs(32)} queued",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
