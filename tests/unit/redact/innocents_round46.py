"""Innocent lookalikes for the round-46 held-out measure (issue #17).

Each kind imitates a shape the round-46 families (11 Kingfisher files, ``caflou`` to ``cloudplan``)
have and is not a secret, written from the public values the picked providers' docs and tools
show, not from our rules: Calendarific's country and year parameters, CalorieNinjas' food queries,
Campayn list and contact ids, Chatbot story and interaction ids, Chatfuel bot and block ids, Chec
product and cart ids (``prod_``, ``cart_``) and its public-key placeholders, Cicero district and
official ids, Cliengo company and website ids (24 hex), Cloudimage's customer token as a host name
(public, in every image URL), Cloudplan file and folder ids; request lines whose key is a variable
or the docs' placeholder; the everyday words among the provider names (chatbot, cicero).  ``python
-m tests.unit.redact.heldout_round46`` prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-46 families a word near a value wakes
PROVIDERS = (
    "caflou calendarific calorieninja campayn chatbot chatfuel checio cicero cliengo cloudimage cloudplan"
).split()


def lookalikes(seed: int = 241, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'Authorization: Bearer $CAFLOU_TOKEN' https://app.caflou.com/api/v1/accounts",
                "GET https://calendarific.com/api/v2/holidays?api_key=YOUR_API_KEY&country=US&year=2019",
                "curl -H 'X-Api-Key: <your-api-key>' 'https://api.calorieninjas.com/v1/nutrition?query=10oz+onion'",
                "curl -H 'Authorization: TRUEREST apikey=${CAMPAYN_API_KEY}' https://campayn.com/api/v1/lists",
                "curl -H \"Authorization: Bearer $CHATBOT_TOKEN\" https://api.chatbot.com/stories",
                "curl -H 'Authorization: Bearer {{CHATFUEL_TOKEN}}' https://dashboard.chatfuel.com/api/bots",
                "curl -H 'X-Authorization: {public_key}' 'https://api.chec.io/v1/products?limit=25'",
                "GET https://cicero.azavea.com/v3.1/account/credits_remaining?key=API_KEY",
                "GET https://api.cliengo.com/1.0/account?api_key=<api_key>",
                "curl -X POST -H 'X-Client-Key: $CLOUDIMAGE_API_KEY' https://api.cloudimage.com/invalidate",
                "curl -H 'session_id: $CLOUDPLAN_SESSION' https://api.cloudplan.biz/api/user/me",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"calendarific holidays for country={rng.choice(['US', 'DE', 'FR', 'BR', 'IN'])} year={rng.randint(2019, 2027)}: {rng.randint(5, 40)}",
                f"calorieninja query '{rng.randint(1, 9)}lb {word()}' returned {rng.randint(1, 5)} items",
                f"campayn list {digits(5)} contact {digits(8)} subscribed",
                f"chatbot story {hexs(24)} interaction {hexs(24)} published",
                f"chatfuel bot {hexs(24)} block {hexs(24)} sent to {rng.randint(2, 900)} users",
                f"checio product prod_{b62(14)} added to cart cart_{b62(14)}",
                f"checio order ord_{b62(14)} captured, checkout chkt_{b62(14)}",
                f"cicero district {digits(6)} official {digits(6)} updated",
                f"cliengo company {hexs(24)} website {hexs(24)} chat opened",
                f"cloudimage image https://{rng.choice(['demo', 'doc', 'acme', 'shop'])}.cloudimg.io/v7/{word()}.jpg?w=400 served",
                f"cloudplan file {digits(9)} in folder {digits(8)} synced",
                f"caflou project {digits(6)} invoice {digits(7)} sent",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "CAFLOU_API_TOKEN: ${{ secrets.CAFLOU_API_TOKEN }}",
                "CHECIO_PUBLIC_KEY=pk_...",
                "calendarific_api_key: YOUR_CALENDARIFIC_KEY",
                "CHATFUEL_TOKEN=<your chatfuel token>",
                "CICERO_API_KEY=${CICERO_API_KEY}",
                "cloudplan_session: changeme",
                "CAMPAYN_API_KEY=os.environ['CAMPAYN_API_KEY']",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"the chatbot answered {rng.randint(2, 900)} questions about {word()} today",
                f"Cicero's letters, book {rng.randint(1, 16)}, read in the {word()} seminar",
                f"chatbot key phrases: {word()}, {word()}, {word()}",
                f"cloud image {word()}-{rng.randint(1, 9)}.qcow2 uploaded to the {word()} pool",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"cliengo website id {hexs(24)} verified",
                f"cloudplan share {uuid()} expires in {rng.randint(1, 30)} days",
                f"chatbot webhook {uuid()} delivered",
                f"calendarific request {uuid()} took {rng.randint(10, 900)}ms",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
