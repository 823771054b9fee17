"""deploy/alertmanager/alertmanager.yml passes amtool and routes Sightline's labels as documented."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "alertmanager" / "alertmanager.yml"
pytestmark = pytest.mark.integration


def _amtool(*args: str) -> subprocess.CompletedProcess[str]:
    amtool = shutil.which("amtool")
    assert amtool, "amtool is not installed: `make test` installs it (prometheus-alertmanager)"
    return subprocess.run([amtool, *args], capture_output=True, text=True, timeout=30)


def test_config_passes_amtool_check_config() -> None:
    out = _amtool("check-config", str(CONFIG))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS" in out.stdout


@pytest.mark.parametrize(
    ("labels", "receivers"),
    [
        (["alertname=HighErrorRatio", "service=checkout", "severity=critical", "kind=threshold"], "pagerduty,slack-incidents"),
        (["alertname=NewErrorType", "service=inventory", "severity=warning", "kind=new_error_type"], "slack-errors"),
        (["alertname=HighLatencyP95", "service=payments", "severity=warning", "kind=threshold"], "slack-incidents"),
        (["alertname=Other", "service=x", "severity=info", "kind=anomaly"], "team-email"),
    ],
)
def test_routes(labels: list[str], receivers: str) -> None:
    out = _amtool("config", "routes", "test", f"--config.file={CONFIG}", *labels)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == receivers
