"""deploy/prometheus passes promtool: config, rules, and the rules' unit tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PROM = Path(__file__).resolve().parents[2] / "deploy" / "prometheus"
pytestmark = pytest.mark.integration


def _promtool(*args: str, cwd: Path = PROM) -> subprocess.CompletedProcess[str]:
    promtool = shutil.which("promtool")
    assert promtool, "promtool is not installed: `make test` installs it (Debian package prometheus)"
    return subprocess.run([promtool, *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_rules_pass_check_rules() -> None:
    out = _promtool("check", "rules", "rules.yml")
    assert out.returncode == 0, out.stdout + out.stderr


def test_rules_unit_tests_pass() -> None:
    out = _promtool("test", "rules", "rules_test.yml")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS" in out.stdout


def test_compose_scrape_config_passes_check_config(tmp_path: Path) -> None:
    # The compose file mounts rules.yml at /etc/prometheus; point at the real file here.
    text = (PROM / "prometheus.compose.yml").read_text().replace("/etc/prometheus/rules.yml", str(PROM / "rules.yml"))
    (tmp_path / "prometheus.yml").write_text(text)
    out = _promtool("check", "config", "prometheus.yml", cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_alert_has_a_runbook_entry() -> None:
    import yaml

    readme = (PROM.parent / "README.md").read_text().lower()
    rules = yaml.safe_load((PROM / "rules.yml").read_text())
    for group in rules["groups"]:
        for rule in group["rules"]:
            anchor = rule["annotations"]["runbook_url"].split("#")[1]
            assert f"### {rule['alert'].lower()}" in readme, f"{rule['alert']} has no runbook section"
            assert anchor == rule["alert"].lower()
