"""Processor processes run as supervised children (``sightline up --processors N``).

Each child is ``sightline process`` with the parent's effective configuration
(written to a private file, so a ``--config`` file, ``SIGHTLINE_*`` variables
and what ``up`` changed, such as the embedded broker's address, all reach it)
and its own admin port.  The children form one consumer group
(``process.group_id``), so Kafka spreads the raw topics' partitions over them.

Like the embedded broker and store, a child runs in its own session (Ctrl-C in
the terminal reaches only the parent, which stops the children after the
components that depend on them) and is told by the kernel to exit when the
parent dies (``PR_SET_PDEATHSIG``).  A child that exits while the pool runs is
logged with its exit status and restarted after a backoff (1 s, doubling to
30 s, reset once a child has run for a minute); restarts are counted in
``sightline_processor_restarts_total``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import orjson
from prometheus_client import CollectorRegistry, Counter
from pydantic import SecretStr

from pipeline.component import Component
from pipeline.config import Config
from pipeline.embedded import die_with_parent, free_port, port_in_use
from pipeline.errors import StartupError
from pipeline.retry import Backoff

__all__ = ["ProcessorPool", "child_config", "default_processors", "describe_exit", "processor_ports"]

_STABLE_S = 60.0  # a child that ran this long starts its restart backoff afresh


def default_processors(partitions: int, cores: int | None = None) -> int:
    """Processor processes ``up`` runs when ``--processors`` is not given: the usable cores, at most ``partitions``.

    >>> default_processors(6, cores=2)
    2
    >>> default_processors(2, cores=16)
    2
    """
    if cores is None:
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # not Linux
            cores = os.cpu_count() or 1
    return max(1, min(cores, partitions))


def processor_ports(admin_port: int, count: int, host: str = "127.0.0.1") -> list[int]:
    """Admin ports of ``count`` processors: ``admin.port+1 ..``, or free ports when ``admin.port`` is 0.

    >>> processor_ports(9464, 3)
    [9465, 9466, 9467]
    """
    if admin_port == 0:
        return [free_port(host) for _ in range(count)]
    ports = [admin_port + i for i in range(1, count + 1)]
    if ports[-1] > 65535:
        raise StartupError(f"admin.port {admin_port} leaves no room for {count} processor admin ports above it")
    return ports


def describe_exit(returncode: int) -> str:
    """A child's exit status in words.

    >>> describe_exit(0)
    'exit code 0'
    >>> describe_exit(-9)
    'killed by SIGKILL'
    """
    if returncode < 0:
        try:
            return f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"killed by signal {-returncode}"
    return f"exit code {returncode}"


def _unmask(python: Any, plain: Any) -> Any:
    """``plain`` (a JSON-mode dump) with every secret put back from ``python`` (the same dump in Python mode)."""
    if isinstance(python, SecretStr):
        return python.get_secret_value()
    if isinstance(python, dict) and isinstance(plain, dict):
        return {key: _unmask(python.get(key), value) for key, value in plain.items()}
    if isinstance(python, (list, tuple)) and isinstance(plain, list):
        return [_unmask(p, v) for p, v in zip(python, plain, strict=False)]
    return plain


def child_config(cfg: Config) -> dict[str, Any]:
    """The whole effective configuration as plain data a config file holds, secrets included.

    Loading it back gives ``cfg`` again (a unit test holds this), so a child
    started with it runs with exactly the parent's settings.
    """
    python = cfg.model_dump(mode="python", by_alias=True)
    plain = cfg.model_dump(mode="json", by_alias=True)
    data: dict[str, Any] = _unmask(python, plain)
    return data


@dataclass
class _Child:
    index: int
    port: int
    proc: asyncio.subprocess.Process | None = None
    started_at: float = 0.0
    failures: int = 0
    ready: bool = False
    reason: str = "starting"
    watcher: asyncio.Task[None] | None = field(default=None, repr=False)


class ProcessorPool(Component):
    """``count`` ``sightline process`` children in one consumer group, restarted when they exit.

    Parameters
    ----------
    cfg
        The effective configuration the children run with (their admin port aside).
    count
        How many processor processes.
    registry
        Where ``sightline_processor_restarts_total`` is registered.
    work_dir
        Where the children's config file goes (mode 0600: it may hold secrets);
        default: a temporary directory removed at stop.
    stop_timeout
        Seconds a child has to flush and exit after SIGTERM before SIGKILL.
    """

    name = "processors"

    def __init__(
        self,
        cfg: Config,
        count: int,
        registry: CollectorRegistry,
        work_dir: str | None = None,
        stop_timeout: float = 20.0,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__()
        if count < 1:
            raise ValueError("count must be at least 1")
        self.cfg = cfg
        self.count = count
        self.stop_timeout = stop_timeout
        # SIGTERM, up to stop_timeout for the children's flush, SIGKILL and its reaping: the
        # runner waits for all of it, so the config file is never left behind by an abandoned stop.
        self.stop_budget_s = stop_timeout + 10.0
        self.backoff = backoff or Backoff(initial=1.0, maximum=30.0)
        self._work_dir = work_dir
        self._own_dir: str | None = None
        self._config_path: Path | None = None
        self.children: list[_Child] = []
        self.restarts = Counter(
            "sightline_processor_restarts", "Processor children restarted after they exited, by processor index.",
            ["processor"], registry=registry,
        )

    @property
    def ports(self) -> list[int]:
        """The children's admin ports, in order."""
        return [child.port for child in self.children]

    @property
    def metrics_urls(self) -> list[str]:
        """The children's ``/metrics`` URLs."""
        return [f"http://{self._admin_host}:{port}/metrics" for port in self.ports]

    @property
    def _admin_host(self) -> str:
        host = self.cfg.admin.host
        return "127.0.0.1" if host in ("0.0.0.0", "") else host

    def plan(self) -> list[int]:
        """Pick the admin ports (before :meth:`start`, so a banner or the console can name them)."""
        if not self.children:
            ports = processor_ports(self.cfg.admin.port, self.count, self._admin_host)
            for port in ports:
                if port_in_use(self.cfg.admin.host, port):
                    raise StartupError(
                        f"processor admin port {port} on {self.cfg.admin.host} is already in use "
                        f"(processors take admin.port+1..+{self.count}; set admin.port to another port, or 0)"
                    )
            self.children = [_Child(index=i + 1, port=port) for i, port in enumerate(ports)]
        return self.ports

    def _write_config(self) -> Path:
        directory = self._work_dir or tempfile.mkdtemp(prefix="sightline-processors-")
        if self._work_dir is None:
            self._own_dir = directory
        Path(directory).mkdir(parents=True, exist_ok=True)
        path = Path(directory) / "processor-config.json"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(orjson.dumps(child_config(self.cfg)))  # JSON is YAML: the loader reads it
        return path

    def _env(self, child: _Child) -> dict[str, str]:
        # The file holds the whole effective config; the environment only names the port.
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIGHTLINE_")}
        env["SIGHTLINE_ADMIN__PORT"] = str(child.port)
        if self.cfg.process.data_dir:
            env["SIGHTLINE_PROCESS__DATA_DIR"] = str(Path(self.cfg.process.data_dir) / f"processor-{child.index}")
        return env

    async def _spawn(self, child: _Child) -> None:
        assert self._config_path is not None
        child.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "pipeline.cli", "--config", str(self._config_path), "process",
            env=self._env(child),
            stdin=asyncio.subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        child.started_at = time.monotonic()
        child.ready = False
        child.reason = "starting"
        self.log.info("processor started", extra={"processor": child.index, "pid": child.proc.pid, "admin_port": child.port})

    async def _supervise(self, child: _Child) -> None:
        while True:
            if child.proc is None:
                await self._spawn(child)
            assert child.proc is not None
            code = await child.proc.wait()
            ran = time.monotonic() - child.started_at
            child.proc = None
            child.ready = False
            if ran >= _STABLE_S:
                child.failures = 0
            delay = self.backoff.delay(child.failures)
            child.failures += 1
            child.reason = f"restarting after {describe_exit(code)}"
            self.log.error(
                "processor exited; restarting",
                extra={"processor": child.index, "status": describe_exit(code), "ran_s": round(ran, 1),
                       "restart_in_s": round(delay, 1)},
            )
            self.restarts.labels(str(child.index)).inc()
            await asyncio.sleep(delay)

    async def _probe(self) -> None:
        timeout = aiohttp.ClientTimeout(total=2.0)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            while True:
                for child in self.children:
                    if child.proc is None:
                        continue
                    url = f"http://{self._admin_host}:{child.port}/health/ready"
                    try:
                        async with http.get(url) as resp:
                            child.ready = resp.status == 200
                            child.reason = "" if child.ready else (await resp.text()).strip()[:200] or f"HTTP {resp.status}"
                    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                        child.ready = False
                        child.reason = f"admin port {child.port} not answering ({type(exc).__name__})"
                await asyncio.sleep(0.5 if not all(c.ready for c in self.children) else 2.0)

    async def _start(self) -> None:
        self.plan()
        self._config_path = self._write_config()
        for child in self.children:
            await self._spawn(child)
            child.watcher = self.spawn(self._supervise(child), f"supervise-{child.index}")
        self.spawn(self._probe(), "probe")

    async def _terminate(self, child: _Child) -> None:
        proc = child.proc
        if proc is None or proc.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), self.stop_timeout)
        except TimeoutError:
            self.log.warning("processor did not stop in time; killing it", extra={"processor": child.index})
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            await proc.wait()
        self.log.info("processor stopped", extra={"processor": child.index, "status": describe_exit(proc.returncode or 0)})

    async def _stop(self) -> None:
        # The supervising tasks are cancelled already (Component._shutdown), so nothing restarts
        # them and the running children read their config at start: the file (it may hold
        # secrets) goes first, so even a stop cut short leaves none behind.
        self._remove_config()
        await asyncio.gather(*(self._terminate(child) for child in self.children))
        for child in self.children:
            child.proc = None

    def _remove_config(self) -> None:
        if self._config_path is not None:
            self._config_path.unlink(missing_ok=True)
            self._config_path = None
        if self._own_dir is not None:
            import shutil

            shutil.rmtree(self._own_dir, ignore_errors=True)
            self._own_dir = None

    def failing(self) -> dict[str, str]:
        return {
            f"processor-{child.index}": child.reason or "not ready"
            for child in self.children
            if not child.ready
        }
