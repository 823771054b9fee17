"""A value under a secret key is kept when it is a file path, not when it is a base64 secret that
starts with '/' (one in 64 AWS secret access keys do).  The secret below is AWS's documented example
secret access key with its first character replaced by '/'; the paths are the forms container and
twelve-factor setups use for secret files."""

from __future__ import annotations

import pytest

from pipeline.redact.engine import Redactor

SECRET_STARTING_WITH_SLASH = "/JalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
PATHS = ("/run/secrets/db_password", "./certs/key.pem", "~/.aws/credentials", "C:\\keys\\app.pfx",
         "/var/lib/app/0f3a9c2e7b1d4a6f8e2c")


@pytest.mark.parametrize("key", ["SECRET_KEY", "AWS_SECRET_ACCESS_KEY", "client_secret"])
def test_a_base64_secret_starting_with_a_slash_is_redacted_in_a_record(key: str) -> None:
    record = {"attributes": {key: SECRET_STARTING_WITH_SLASH}}
    Redactor().redact_record(record)
    assert "EXAMPLEKEY" not in str(record), record


@pytest.mark.parametrize("path", PATHS)
def test_a_path_under_a_secret_key_is_kept(path: str) -> None:
    record = {"attributes": {"SECRET_KEY_FILE": path, "password": path}}
    Redactor().redact_record(record)
    assert record["attributes"] == {"SECRET_KEY_FILE": path, "password": path}
