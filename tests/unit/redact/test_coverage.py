"""Every provider of the public rule sets has a rule, a provider-named key, or a reason (rules.yaml ``coverage``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.redact import DEFAULT_LIBRARY, Redactor, load_library
from pipeline.redact.rules import load_providers

COVERAGE = yaml.safe_load(DEFAULT_LIBRARY.read_text(encoding="utf-8"))["coverage"]
RULE_IDS = {r.id for r in load_library()}
PROVIDERS = load_providers()
TRUFFLEHOG = [
    w
    for line in (Path(__file__).parent / "data" / "trufflehog_detectors.txt").read_text().splitlines()
    if not line.startswith("#")
    for w in line.split()
]
# A trufflehog detector named <provider><kind>: the kinds its names end with.
_KINDS = sorted(
    """personalaccesstoken accesstoken personaltoken managementapitoken apitoken apikey apisecret oauth2
    oauth token key webhook api license secret sms basicauth app v2 old integrationkey projectkey userkey
    publishkey subscriptionkey channelkey globalapikey cakey writekey environmentkey servertoken cloudkey
    clouduserkey organizationapi message messaging bottoken cloudpersonaltoken metadataapikey io""".split(),
    key=len,
    reverse=True,
)


def _check(value: str) -> None:
    if value.startswith("reason:"):
        assert len(value) > len("reason: ") + 10, value
    elif value.startswith("providers:"):
        name = value.split(":", 1)[1].strip()
        assert name in PROVIDERS, f"{name} is not in the providers list"
    else:
        ids = [v.strip() for v in value.split(";")[0].split(",")]
        missing = [i for i in ids if i not in RULE_IDS]
        assert not missing, f"no rule {missing}"


@pytest.mark.parametrize(("name", "value"), sorted(COVERAGE["gitleaks"].items()))
def test_every_gitleaks_rule_is_covered(name: str, value: str) -> None:
    _check(value)


def test_gitleaks_list_is_complete() -> None:
    assert len(COVERAGE["gitleaks"]) >= 200  # the 2026 config has about 215 rules


@pytest.mark.parametrize("name", TRUFFLEHOG)
def test_every_trufflehog_detector_is_covered(name: str) -> None:
    if name in COVERAGE["trufflehog"]:
        _check(COVERAGE["trufflehog"][name])
        return
    stems = [name] + [name[: -len(k)] for k in _KINDS if name.endswith(k)]
    # or a provider's name followed by a product (teamworkcrm, kalturasession)
    named = any(s in PROVIDERS for s in stems) or any(name.startswith(p) for p in PROVIDERS if len(p) >= 5)
    assert named, f"{name}: neither a provider nor a coverage entry"


def test_provider_named_keys_are_secret_and_everyday_words_are_not() -> None:
    keys = Redactor().keys
    for key in ("BUTTERCMS_KEY", "twitter-key", "geocodio_pat", "LOB_KEY", "kucoinApiKey"):
        assert keys.is_secret(key), key
    for key in ("cache_key", "redis_key", "host_key", "float_key", "MONGODB_ATLAS_PUBLIC_KEY", "sort_key"):
        assert not keys.is_secret(key), key
