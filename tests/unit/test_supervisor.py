"""The processor pool's parts: the children's config file and its removal, ports, defaults, exit statuses."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.component import Component
from pipeline.config import load_config
from pipeline.errors import StartupError
from pipeline.runner import run_until_signal
from pipeline.supervisor import (
    ProcessorPool,
    _Child,
    child_config,
    default_processors,
    describe_exit,
    processor_ports,
)


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


_DEAF_CHILD = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('up', flush=True); time.sleep(60)"


async def test_a_stop_cut_short_leaves_no_config_file_behind(tmp_path: Path) -> None:
    # A child that ignores SIGTERM keeps the pool's stop waiting; whoever gives up on that stop
    # (the runner's timeout) must not find the file with the config's secrets still on disk.
    pool = ProcessorPool(load_config(environ={}), 1, CollectorRegistry(), work_dir=str(tmp_path), stop_timeout=30)
    pool._config_path = pool._write_config()
    assert pool._config_path.exists()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _DEAF_CHILD, stdout=asyncio.subprocess.PIPE, start_new_session=True
    )
    try:
        assert proc.stdout is not None and await proc.stdout.readline() == b"up\n"  # SIGTERM ignored from here on
        pool.children = [_Child(index=1, port=0, proc=proc)]
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(pool._stop(), 0.5)
        assert not list(tmp_path.glob("processor-config.json"))
        assert proc.returncode is None  # still running: the stop really was cut short
    finally:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()


class _SlowToStop(Component):
    name = "slow"
    stop_budget_s = 5.0
    stopped = False

    async def _start(self) -> None:
        pass

    async def _stop(self) -> None:
        await asyncio.sleep(0.6)
        self.stopped = True


async def test_the_runner_waits_a_components_own_stop_budget() -> None:
    # The pool's budget (SIGTERM, the children's flush, SIGKILL) is longer than the runner's default.
    assert ProcessorPool(load_config(environ={}), 1, CollectorRegistry(), stop_timeout=20).stop_budget_s == 30
    slow = _SlowToStop()
    stop = asyncio.Event()
    stop.set()
    cfg = load_config(environ={}, overrides={"admin.port": 0})
    await asyncio.wait_for(run_until_signal(cfg, CollectorRegistry(), [slow], stop=stop, stop_timeout=0.2), 30)
    assert slow.stopped  # the runner's 0.2 s would have abandoned it
