"""The ``sightline`` command loads a subcommand's module only when it runs, and never hides an ImportError."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline import cli

_HEAVY = ("river", "scipy", "aiohttp", "aiokafka", "grpc", "faust", "pydantic", "pipeline.config", "detectors")


def test_help_loads_no_component_and_no_config() -> None:
    code = (
        "import sys\n"
        "from pipeline.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted({{m.split('.')[0] if m.split('.')[0] != 'pipeline' else m for m in sys.modules}} & set({_HEAVY!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "usage: sightline" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_only_the_selected_subcommand_module_is_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    real = cli.importlib.import_module

    def spy(name: str) -> object:
        loaded.append(name)
        return real(name)

    monkeypatch.setattr(cli.importlib, "import_module", spy)
    parser = cli.build_parser(["--debug", "bench", "redact", "--help"])
    assert loaded == ["pipeline.bench.redact"]
    with pytest.raises(SystemExit):
        parser.parse_args(["bench", "redact", "--help"])


def test_a_module_that_cannot_import_is_an_error_not_a_missing_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(cli._BENCHES, "broken", ("pipeline.bench.no_such_module_here", "a bench whose module is missing"))
    assert cli.main(["bench", "broken"]) == 2
    err = capsys.readouterr().err
    assert "cannot load the 'bench broken' command" in err and "no_such_module_here" in err
    # other commands still parse and list it
    with pytest.raises(SystemExit):
        cli.main(["bench", "--help"])
    assert "broken" in capsys.readouterr().out
