"""The processor pool's pure parts: the children's config file, ports, defaults, exit statuses."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.config import load_config
from pipeline.errors import StartupError
from pipeline.supervisor import child_config, default_processors, describe_exit, processor_ports


def test_the_childrens_config_file_loads_back_to_the_parents_config_secrets_included(tmp_path: Path) -> None:
    cfg = load_config(environ={
        "SIGHTLINE_ELASTICSEARCH__PASSWORD": "s3cret",
        "SIGHTLINE_KAFKA__SASL_PASSWORD": "k-pass",
        "SIGHTLINE_KAFKA__PARTITIONS": "3",
        "SIGHTLINE_ELASTICSEARCH__HOSTS": "http://a:9200,http://b:9200",
    })
    path = tmp_path / "child.json"
    path.write_bytes(orjson.dumps(child_config(cfg)))
    back = load_config(path, environ={})
    assert back == cfg
    assert back.elasticsearch.password is not None and back.elasticsearch.password.get_secret_value() == "s3cret"
    assert back.kafka.sasl_password is not None and back.kafka.sasl_password.get_secret_value() == "k-pass"


def test_default_is_the_cores_capped_by_partitions() -> None:
    assert default_processors(6, cores=2) == 2
    assert default_processors(3, cores=64) == 3
    assert default_processors(6, cores=1) == 1
    assert default_processors(6) >= 1


def test_ports_follow_the_admin_port_or_are_free_ones() -> None:
    assert processor_ports(9464, 2) == [9465, 9466]
    free = processor_ports(0, 3)
    assert len(set(free)) == 3 and all(p > 0 for p in free)
    with pytest.raises(StartupError, match=r"admin\.port 65535"):
        processor_ports(65535, 1)


def test_exit_status_in_words() -> None:
    assert describe_exit(1) == "exit code 1"
    assert describe_exit(-15) == "killed by SIGTERM"
    assert describe_exit(-200) == "killed by signal 200"
