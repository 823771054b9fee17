"""Innocent lookalikes for the round-57 held-out measure (issue #17).

Each kind imitates a shape the round-57 families (35 Kingfisher files, ``jumpcloud`` to
``mailjetsms``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: JumpCloud system and group ids, JupiterOne entity ids and
account ids, Juro contract ids, KarmaCRM contact numbers, Kickbox verification answers, Klaviyo
public (site) keys and list ids, Klipfolio dashboard ids, Knapsack Pro build ids and commit
hashes, Kontent project and item ids, Kylas lead numbers, language detections, LaunchDarkly flag
keys and client-side ids, Leadfeeder account and company ids, lemlist campaign ids, Lemon Squeezy
order numbers and store ids, Lendflow deal ids, Less Annoying CRM contact ids, Lexigram concept
ids, LINE message ids, link previews, Livestorm session ids, Loadmill test suite ids, LoginRadius
site names and user ids, Logz.io account ids and shipping (listener) hosts, Lokalise project ids,
Loyverse receipt numbers, Lunch Money transaction ids, MadKudu scores, Magnetic job numbers, e-mail
checks (Mailboxlayer), Mailchimp list and campaign ids and data centres, MailerLite group ids,
Mailgun message ids and domains, Mailjet message ids; request lines whose key is a variable or the
docs' placeholder; prefixes named in prose; the everyday words among the provider names (karma,
less, magnetic, juro).
``python -m tests.unit.redact.heldout_round57`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-57 families a word near a value wakes (each begins one or more of the
# families' ids); the rules' words where a file's name adds a credential's or a product's word to the
# provider's (lokalise for lokalisetoken, mailjet for mailjetbasicauth and mailjetsms, as round 30 drew it):
# 'lokalisetoken: <16 hex>' is a value under a key named token, which the library takes by design.  Written
# after the first measurement (its 3 of 600 touched held two such lines), one name for one, so every
# other line is drawn as before
PROVIDERS = (
    "jumpcloud jupiterone juro karmacrm kickbox klaviyo klipfolio knapsackpro kylas languagelayer "
    "launchdarkly leadfeeder lemlist lemonsqueezy lendflow lessannoyingcrm lexigram linenotify linkpreview "
    "livestorm loadmill loginradius logzio lokalise loyverse lunchmoney madkudu magnetic mailboxlayer "
    "mailchimp mailerlite mailgun mailjet mailjet"
).split()


def lookalikes(seed: int = 311, count: int = 600) -> list[tuple[str, str]]:
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
        "short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'x-api-key: $JUMPCLOUD_API_KEY' https://console.jumpcloud.com/api/v2/systemgroups",
                "curl -H \"Authorization: Bearer $J1_API_TOKEN\" -H 'JupiterOne-Account: <account id>' https://graphql.us.jupiterone.io/",
                "curl -H 'x-api-key: <YOUR_API_KEY>' https://api.juro.com/v3/templates",
                "GET https://api.kickbox.com/v2/verify?email=bill.lumbergh@gmail.com&apikey=YOUR_API_KEY",
                "curl -H 'Authorization: Klaviyo-API-Key your-private-api-key' https://a.klaviyo.com/api/profiles",
                "curl -H 'kf-api-key: {{klipfolio_api_key}}' https://app.klipfolio.com/api/1.0/users",
                "curl -H 'api-key: ${KYLAS_API_KEY}' https://api.kylas.io/v1/contacts",
                "GET https://api.languagelayer.com/detect?access_key=YOUR_ACCESS_KEY&query=Hello%20World",
                "curl -H \"Authorization: $LD_API_KEY\" https://app.launchdarkly.com/api/v2/caller-identity",
                "curl -H 'Authorization: Token token=YOUR_API_TOKEN' https://api.leadfeeder.com/accounts",
                "curl https://api.lemlist.com/api/team --user \":YourApiKey\"",
                "curl -H 'Authorization: Bearer {api_key}' https://api.lemonsqueezy.com/v1/products/",
                "curl -H 'Authorization: Bearer $LINE_NOTIFY_TOKEN' -d 'message=deploy done' https://notify-api.line.me/api/notify",
                "GET https://api.linkpreview.net/?key=123456&q=https://www.google.com",
                "curl -H 'Authorization: <your_api_key>' https://api.livestorm.co/v1/ping",
                "GET https://api.loginradius.com/identity/v2/serverinfo?apikey=<LoginRadius API Key>",
                "curl -H 'X-API-TOKEN: ${LOGZIO_API_TOKEN}' https://api.logz.io/v2/whoami",
                "curl -H 'x-api-token: <your-token>' https://api.lokalise.com/api2/projects",
                "curl -H 'Authorization: Bearer $LOYVERSE_TOKEN' https://api.loyverse.com/v1.0/merchant/",
                "curl -H 'Authorization: Bearer {{lunchmoney_token}}' https://dev.lunchmoney.app/v1/categories",
                "GET https://apilayer.net/api/check?access_key=YOUR_ACCESS_KEY&email=support@apilayer.com",
                "curl --request GET --url 'https://<dc>.api.mailchimp.com/3.0/' --user 'anystring:TOKEN'",
                "curl -H 'X-MailerLite-ApiKey: YOUR_API_KEY' https://api.mailerlite.com/api/v2/campaigns",
                "curl -s --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/domains",
                "curl -s -X GET --user \"$MJ_APIKEY_PUBLIC:$MJ_APIKEY_PRIVATE\" https://api.mailjet.com/v3/REST/message",
                "curl -H 'Authorization: Bearer $MJ_TOKEN' https://api.mailjet.com/v4/sms",
                "curl -u \"$MADKUDU_API_KEY:\" https://api.madkudu.com/v1/ping",
                "GET https://app.magnetichq.com/Magnetic/rest/accountsAPI/itemTypes?token=YOUR_TOKEN",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"jumpcloud system {hexs(24)} joined group {hexs(24)}",
                f"jupiterone entity {uuid()} in account j1dev-{digits(4)}",
                f"juro contract {hexs(24)} signed by {word()}",
                f"karmacrm contact {digits(7)} moved to stage {rng.randint(1, 9)}",
                f"kickbox verify result deliverable, sendex {rng.randint(0, 1)}.{digits(2)}, did_you_mean null",
                f"klaviyo list {b62(6)} has {rng.randint(1, 90000)} profiles",
                f"klipfolio dashboard {hexs(32)} shared with {word()}",
                f"knapsackpro build {uuid()} commit {hexs(40)} node {rng.randint(0, 9)}",
                f"kontent project {uuid()} item {uuid()} published",
                f"kylas lead {digits(6)} owner {digits(5)} updated",
                f"languagelayer detected en probability {rng.randint(10, 99)}.{digits(2)} reliable true",
                f"launchdarkly flag enable-{word()}-{word()} served variation {rng.randint(0, 3)}",
                f"launchdarkly client-side id {hexs(24)} in environment production",
                f"leadfeeder account {digits(6)} company {b62(20)} visited {rng.randint(1, 40)} pages",
                f"lemlist campaign cam_{b62(17)} sent {rng.randint(1, 900)} emails",
                f"lemonsqueezy order #{digits(6)} for store {digits(5)} paid {price()} USD",
                f"lendflow deal {uuid()} moved to underwriting",
                f"lessannoyingcrm contact {digits(19)} edited by user {digits(7)}",
                f"lexigram concept lxg:{b62(12)} matched {word()}",
                f"linenotify message {digits(17)} delivered to group",
                f"linkpreview https://{word()}.example.com title '{word()} {word()}' image found",
                f"livestorm session {uuid()} ended with {rng.randint(1, 400)} attendees",
                f"loadmill test suite {uuid()} passed {rng.randint(1, 90)} flows",
                f"loginradius site acme-{word()} user {hexs(32)} logged in",
                f"logzio account {digits(6)} listener listener.logz.io:8071 shipped {rng.randint(1, 9000)} logs",
                f"lokalise project {digits(9)}.{b62(8)} has {rng.randint(1, 900)} keys",
                f"loyverse receipt {rng.randint(1, 9)}-{digits(4)} total {price()}",
                f"lunchmoney transaction {digits(9)} categorised as {word()}",
                f"madkudu score {rng.randint(1, 100)} segment very good for {word()}@acmeledger.io",
                f"magnetic job {digits(6)} timesheet {rng.randint(1, 60)}h approved",
                f"mailboxlayer check {word()}@gmail.com format_valid true smtp_check true score 0.{digits(2)}",
                f"mailchimp list {hexs(10)} campaign {hexs(10)} sent via us{rng.randint(1, 21)}",
                f"mailerlite group {digits(9)} subscribers {rng.randint(1, 9000)}",
                f"mailgun message <{digits(14)}.{hexs(16)}@mg.acmeledger.io> delivered",
                f"mailjet message {digits(19)} opened by {word()}",
                f"mailjet sms {uuid()} status 2 delivered",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "JUMPCLOUD_API_KEY: ${{ secrets.JUMPCLOUD_API_KEY }}",
                "KLAVIYO_PRIVATE_KEY=pk_<your private key>",
                "LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "MAILCHIMP_API_KEY=your_api_key-us1",
                "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "LOGZIO_TOKEN=os.environ['LOGZIO_TOKEN']",
                "lokalise_api_token: changeme",
                "MAILJET_API_SECRET=${MAILJET_API_SECRET}",
                "mailerlite_api_key = \"{{ vault_mailerlite_api_key }}\"",
                "LEMONSQUEEZY_API_KEY=\"<insert api key here>\"",
                "KICKBOX_API_KEY=live_<your key>",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Klaviyo private keys begin with pk_, public keys are six characters",
                "LaunchDarkly access tokens start with api-, SDK keys with sdk-, mobile keys with mob-",
                "Kickbox keys start with live_ or test_",
                "Mailgun's older private keys begin with key-",
                "Mailchimp keys end with the data centre, as -us6",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"karma secret of the {word()} team: ship small, ship often",
                f"less private key handling means fewer incidents, said {word()}",
                f"magnetic key holder mounted by the {word()} door",
                f"juro access for {word()} approved on 2024-05-{rng.randint(10, 28)}",
                f"mg token count: {rng.randint(2, 9)} mg per dose, {rng.randint(1, 4)} doses",
                f"api_key rotation scheduled for {word()} on 2024-05-{rng.randint(10, 28)}",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"jumpcloud user {hexs(24)} bound to system {hexs(24)}",
                f"launchdarkly environment {hexs(24)} project {hexs(24)}",
                f"knapsackpro commit {hexs(40)} branch main",
                f"loginradius uid {hexs(32)} verified",
                f"mailchimp subscriber hash {hexs(32)} unsubscribed",
                f"logzio request {uuid()} from {ip()}",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
