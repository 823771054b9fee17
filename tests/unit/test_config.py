from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import dump_effective, load_config
from pipeline.errors import ConfigError


def test_defaults_need_no_file() -> None:
    cfg = load_config(environ={})
    assert cfg.kafka.bootstrap_servers == "127.0.0.1:9092"
    assert cfg.elasticsearch.hosts == ["http://127.0.0.1:9200"]
    assert (cfg.admin.port, cfg.ingest.http.port, cfg.ingest.grpc.port) == (9464, 4318, 4317)


def test_environment_overrides_file(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_text("kafka:\n  bootstrap_servers: file:9092\nadmin:\n  port: 9000\n")
    cfg = load_config(file, environ={"SIGHTLINE_KAFKA__BOOTSTRAP_SERVERS": "env:9092"})
    assert cfg.kafka.bootstrap_servers == "env:9092"
    assert cfg.admin.port == 9000


def test_list_from_comma_separated_environment_value() -> None:
    cfg = load_config(environ={"SIGHTLINE_ELASTICSEARCH__HOSTS": "http://a:9200, http://b:9200"})
    assert cfg.elasticsearch.hosts == ["http://a:9200", "http://b:9200"]


def test_unknown_environment_key_names_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"kafka\.bootstrap \(from SIGHTLINE_KAFKA__BOOTSTRAP\): unknown key"):
        load_config(environ={"SIGHTLINE_KAFKA__BOOTSTRAP": "x"})


def test_bad_value_names_key_and_expectation(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_text("ingest:\n  http:\n    port: http\n")
    with pytest.raises(ConfigError) as err:
        load_config(file, environ={})
    assert "ingest.http.port" in str(err.value) and "integer" in str(err.value)


def test_bad_host_url_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"elasticsearch\.hosts"):
        load_config(environ={"SIGHTLINE_ELASTICSEARCH__HOSTS": "localhost:9200"})


def test_invalid_yaml_says_where(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_text("kafka:\n  - [unclosed\n")
    with pytest.raises(ConfigError, match=r"c\.yaml:\d+:\d+: not valid YAML"):
        load_config(file, environ={})


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml", environ={})


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_text("- a\n- b\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_config(file, environ={})


def test_secrets_are_masked_in_show_and_repr() -> None:
    cfg = load_config(environ={"SIGHTLINE_ELASTICSEARCH__PASSWORD": "hunter2", "SIGHTLINE_KAFKA__SASL_PASSWORD": "s3cr3t"})
    shown = str(dump_effective(cfg))
    assert "hunter2" not in shown and "s3cr3t" not in shown
    assert "hunter2" not in repr(cfg)
    assert cfg.elasticsearch.password is not None
    assert cfg.elasticsearch.password.get_secret_value() == "hunter2"


def test_command_line_overrides_win() -> None:
    cfg = load_config(environ={"SIGHTLINE_ADMIN__PORT": "1"}, overrides={"admin.port": 2})
    assert cfg.admin.port == 2


def test_config_show_spells_keys_as_the_file_does_and_loads_back(tmp_path: Path) -> None:
    import yaml

    shown = dump_effective(load_config(environ={}))
    rule = shown["alerts"]["rules"][0]
    assert "for" in rule and "for_" not in rule
    path = tmp_path / "shown.yaml"
    path.write_text(yaml.safe_dump(shown))
    again = load_config(str(path), environ={})
    assert dump_effective(again) == shown
