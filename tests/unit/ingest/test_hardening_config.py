"""Issue #15, config: ``SIGHTLINE_INGEST__AUTH__KEYS`` as the README names it, and no secret in any config error."""

from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.ingest.auth import Authenticator, load_keys

SECRET = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"


def test_auth_keys_from_the_environment_as_json_or_pairs() -> None:
    cfg = load_config(environ={"SIGHTLINE_INGEST__AUTH__KEYS": '{"team-a": "' + SECRET + '", "team-b": "other-key-42"}'})
    auth = Authenticator(load_keys(cfg.ingest.auth))
    assert auth.tenant({"Authorization": f"Bearer {SECRET}"}) == "team-a"
    assert auth.tenant({"X-API-Key": "other-key-42"}) == "team-b"
    cfg = load_config(environ={"SIGHTLINE_INGEST__AUTH__KEYS": f"team-a:{SECRET}, team-b:other-key-42"})
    assert set(cfg.ingest.auth.keys) == {"team-a", "team-b"}


@pytest.mark.parametrize(
    "value",
    [
        '{"team-a": "' + SECRET + '"',  # cut short
        '{"team-a": 5, "team-b": "' + SECRET + '"}',  # a key that is not text
        f"team-a:{SECRET},team-b",  # a pair without its key
        f"[{SECRET}]",
    ],
)
def test_a_bad_keys_value_is_refused_without_printing_it(value: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_config(environ={"SIGHTLINE_INGEST__AUTH__KEYS": value})
    message = str(refused.value)
    assert "SIGHTLINE_INGEST__AUTH__KEYS" in message and "ingest.auth.keys" in message
    assert SECRET not in message and "ghp_" not in message


def test_other_secret_fields_are_not_echoed_either() -> None:
    with pytest.raises(ConfigError) as refused:
        load_config(environ={"SIGHTLINE_INGEST__AUTH": SECRET})
    assert "ingest.auth" in str(refused.value) and SECRET not in str(refused.value)
    with pytest.raises(ConfigError) as refused:
        load_config(overrides={"kafka.sasl_password": {"nested": SECRET}})
    assert "kafka.sasl_password" in str(refused.value) and SECRET not in str(refused.value)
    with pytest.raises(ConfigError) as refused:  # a plain value is still quoted, to help
        load_config(environ={"SIGHTLINE_ADMIN__PORT": "abc"})
    assert "'abc'" in str(refused.value)
