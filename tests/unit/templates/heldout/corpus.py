"""Messages drawn from :mod:`~tests.unit.templates.heldout.formats`, labelled by event.

Each program's log is ``size`` messages (2,000 by default, as Loghub-2k): events
are drawn with a Zipf-like frequency (weight ``1 / rank ** 1.1`` over a seeded
shuffle of the program's events, so a few events make most of the log and some
appear once or never), and each placeholder is filled by its kind with a value
of realistic shape and range, itself drawn Zipf-like from a pool (a log repeats
its hosts, users and services).  The label of a message is its event: the index
of the format string that produced it.

What counts as one event
    A format string is one event whatever its values expand to: a ``%s`` that
    becomes several words (``autovacuum worker``, ``Connection reset by peer``),
    a list of any length (``Using saved tokens [a, b, c]``), an errno aside
    that nginx adds only when ``errno`` is set, or a ``host:`` context present
    only when the request had a Host header.  This is how Loghub labels its
    events (one ``EventId`` per logging statement).  Where a program's logging
    code adds *fixed* text chosen at the call site (nginx's ``while <action>``),
    each (format, action) pair is its own event, since the message text then
    differs as two statements' would.

Deterministic: the same ``seed`` gives the same messages (``random.Random``).
"""

from __future__ import annotations

import json
import math
import random
import re
import uuid
from collections.abc import Callable, Sequence

from tests.unit.templates.heldout import (
    formats,
    formats_round2,
    formats_round3,
    formats_round4,
    formats_round5,
    formats_round6,
    formats_round7,
    formats_round8,
    formats_round9,
    formats_round10,
    formats_round11,
    formats_round12,
    formats_round13,
    formats_round14,
    formats_round15,
    formats_round16,
    formats_round17,
    formats_round18,
    formats_round19,
    formats_round20,
    formats_round21,
    formats_round22,
    formats_round23,
    formats_round24,
    formats_round25,
    formats_round26,
    formats_round27,
    formats_round28,
    formats_round29,
    formats_round30,
    formats_round31,
    formats_round32,
    formats_round33,
    formats_round34,
    formats_round35,
    formats_round36,
    formats_round37,
    formats_round38,
    formats_round39,
    formats_round40,
)
from tests.unit.templates.heldout.formats import Event

__all__ = ["ALL_EVENTS", "ROUNDS", "Values", "generate", "render"]

#: Every event of all rounds, in round order (earlier rounds' indexes, the labels, are unchanged).
ALL_EVENTS: tuple[Event, ...] = (
    *formats.EVENTS, *formats_round2.EVENTS, *formats_round3.EVENTS, *formats_round4.EVENTS,
    *formats_round5.EVENTS, *formats_round6.EVENTS, *formats_round7.EVENTS,
    *formats_round8.EVENTS, *formats_round9.EVENTS, *formats_round10.EVENTS,
    *formats_round11.EVENTS, *formats_round12.EVENTS, *formats_round13.EVENTS,
    *formats_round14.EVENTS, *formats_round15.EVENTS,
    *formats_round16.EVENTS, *formats_round17.EVENTS,
    *formats_round18.EVENTS, *formats_round19.EVENTS, *formats_round20.EVENTS,
    *formats_round21.EVENTS, *formats_round22.EVENTS, *formats_round23.EVENTS,
    *formats_round24.EVENTS, *formats_round25.EVENTS, *formats_round26.EVENTS,
    *formats_round27.EVENTS, *formats_round28.EVENTS, *formats_round29.EVENTS,
    *formats_round30.EVENTS, *formats_round31.EVENTS, *formats_round32.EVENTS,
    *formats_round33.EVENTS, *formats_round34.EVENTS, *formats_round35.EVENTS,
    *formats_round36.EVENTS, *formats_round37.EVENTS, *formats_round38.EVENTS,
    *formats_round39.EVENTS, *formats_round40.EVENTS,
)

#: The programs of each round.
ROUNDS: dict[int, tuple[str, ...]] = {
    1: formats.PROGRAMS, 2: formats_round2.PROGRAMS, 3: formats_round3.PROGRAMS, 4: formats_round4.PROGRAMS,
    5: formats_round5.PROGRAMS, 6: formats_round6.PROGRAMS, 7: formats_round7.PROGRAMS,
    8: formats_round8.PROGRAMS, 9: formats_round9.PROGRAMS, 10: formats_round10.PROGRAMS,
    11: formats_round11.PROGRAMS, 12: formats_round12.PROGRAMS, 13: formats_round13.PROGRAMS,
    14: formats_round14.PROGRAMS, 15: formats_round15.PROGRAMS,
    16: formats_round16.PROGRAMS, 17: formats_round17.PROGRAMS,
    18: formats_round18.PROGRAMS, 19: formats_round19.PROGRAMS, 20: formats_round20.PROGRAMS,
    21: formats_round21.PROGRAMS, 22: formats_round22.PROGRAMS, 23: formats_round23.PROGRAMS,
    24: formats_round24.PROGRAMS, 25: formats_round25.PROGRAMS, 26: formats_round26.PROGRAMS,
    27: formats_round27.PROGRAMS, 28: formats_round28.PROGRAMS, 29: formats_round29.PROGRAMS,
    30: formats_round30.PROGRAMS, 31: formats_round31.PROGRAMS, 32: formats_round32.PROGRAMS,
    33: formats_round33.PROGRAMS, 34: formats_round34.PROGRAMS, 35: formats_round35.PROGRAMS,
    36: formats_round36.PROGRAMS, 37: formats_round37.PROGRAMS, 38: formats_round38.PROGRAMS,
    39: formats_round39.PROGRAMS, 40: formats_round40.PROGRAMS,
}

_ERRNO = [
    (111, "Connection refused"),
    (104, "Connection reset by peer"),
    (110, "Connection timed out"),
    (32, "Broken pipe"),
    (11, "Resource temporarily unavailable"),
    (2, "No such file or directory"),
    (13, "Permission denied"),
    (113, "No route to host"),
    (28, "No space left on device"),
    (9, "Bad file descriptor"),
]
_HOSTS = [
    "db-3.prod.example.net", "cache01", "api-gw-2.internal", "10.0.4.12", "worker-17.eu-west",
    "ledger.example.com", "mq-a.corp.local", "edge7", "172.16.9.40", "billing-db-1",
]
_USERS = ["postgres", "app_rw", "reporting", "alice", "svc_billing", "grafana", "bob", "etl"]
_DBS = ["orders", "postgres", "analytics", "billing", "inventory", "template1", "auth"]
_GUCS = ["work_mem", "shared_buffers", "log_min_duration_statement", "port", "max_connections"]
_PROCNAMES = [
    "server process", "autovacuum worker", "background worker \"logical replication launcher\"",
    "checkpointer process", "WAL writer process", "archiver process", "startup process",
    "background writer process", "statistics collector process",
]
_GAI = ["Name or service not known", "Temporary failure in name resolution", "Address family for hostname not supported"]
_REDIS_ERRORS = [
    "-ERR unknown command 'PSYNC'", "-NOAUTH Authentication required.", "-ERR invalid password",
    "-LOADING Redis is loading the dataset in memory", "-ERR max number of clients reached",
    "-MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk.",
]
_GARBAGE = ["HTTP/1.1 400 Bad Request", "+OK", "\x15\x03", "SSH-2.0-OpenSSH_8.9", "*1"]
_RPC_ERRORS = [
    "rpc error making call: No cluster leader",
    "rpc error making call: Permission denied",
    "rpc error making call: rpc error making call: EOF",
    "failed to get conn: dial tcp 10.0.2.15:8300: connect: connection refused",
    "rpc error: No cluster leader",
    "rpc error making call: i/o deadline reached",
]
_VAULT_ERRORS = [
    "context canceled", "context deadline exceeded", "EOF", "permission denied",
    "failed to read from storage: connection reset by peer",
    "dial tcp 10.0.7.21:8201: connect: connection refused",
    "rpc error: code = Unavailable desc = transport is closing", "unexpected EOF",
]
_X509 = [
    (10, "certificate has expired"), (20, "unable to get local issuer certificate"),
    (18, "self signed certificate"), (19, "self signed certificate in certificate chain"),
    (21, "unable to verify the first certificate"),
]
_HEADERS = [("Host", None), ("Content-Length", None), ("Authorization", None), ("Content-Type", None), ("Cookie", None)]
_HEADER_VALUES = {
    "Host": ["shop.example.com", "api.example.com:8443", "10.0.0.5"],
    "Content-Length": ["0", "512", "1048576"],
    "Authorization": ["Bearer <redacted>", "Basic <redacted>"],
    "Content-Type": ["application/json", "text/plain; charset=utf-8", "multipart/form-data; boundary=x7Yq"],
    "Cookie": ["session=<redacted>; theme=dark", "lang=en"],
}
_REFERRERS = ["www.google.com/", "shop.example.com/cart", "news.example.org/a/123"]
_SERVERS = ["shop.example.com", "api.example.com", "_", "static.example.org", "admin.internal"]
_PATHS = [
    "/", "/api/v1/orders", "/api/v1/orders/{id}", "/login", "/static/app.{hex}.js",
    "/healthz", "/api/v2/search?q={word}&page={n}", "/images/{hex}.png", "/favicon.ico",
    "/ws/notifications", "/api/v1/users/{id}/cart",
]
_UPSTREAMS = ["10.0.3.11:8080", "10.0.3.12:8080", "127.0.0.1:9000", "unix:/run/php/php8.2-fpm.sock", "10.0.5.2:3000"]
_SERVICES = ["web", "redis", "api-v2", "payments-7f9c", "consul", "worker:queue", "nginx-edge", "search"]
_CHECKS = ["service:web", "service:api-v2", "serfHealth", "mem-util", "disk:root", "service:payments-7f9c:1", "ping-gw"]
_WORDS = ["widget", "boots", "lamp", "cable", "chair", "kettle"]
_REQUEST_PATHS = ["sys/seal", "sys/step-down", "sys/seal-status"]
_KEY_TYPES = ["<nil>", "*rsa.PrivateKey", "*ed25519.PrivateKey"]


# apt-cache search's lines for round 25's packagekitd: a package and its short description (from memory)
_APT_PACKAGES: list[tuple[str, str]] = [
    ("vim", "Vi IMproved - enhanced vi editor"),
    ("libxml2", "GNOME XML library"),
    ("python3-requests", "elegant and simple HTTP library for Python3, built for human beings"),
    ("htop", "interactive processes viewer"),
    ("openssh-server", "secure shell (SSH) server, for secure access from remote machines"),
    ("curl", "command line tool for transferring data with URL syntax"),
    ("tzdata", "time zone and daylight-saving time data"),
    ("gcc", "GNU C compiler"),
]


def _zipf_pick(rng: random.Random, pool: Sequence[object], s: float = 1.0) -> object:
    weights = [1.0 / (i + 1) ** s for i in range(len(pool))]
    return rng.choices(pool, weights=weights)[0]


_AS_MODULES = {
    "chan_sip.so": "Session Initiation Protocol (SIP)", "app_voicemail.so": "Comedian Mail (Voicemail System)",
    "res_odbc.so": "ODBC resource", "chan_dahdi.so": "DAHDI Telephony Driver", "func_odbc.so": "ODBC lookups",
    "res_musiconhold.so": "Music On Hold Resource", "cdr_csv.so": "Comma Separated Values CDR Backend",
    "app_queue.so": "True Call Queueing", "chan_iax2.so": "Inter Asterisk eXchange (Ver 2)",
    "res_agi.so": "Asterisk Gateway Interface (AGI)",
}

# Pure-FTPd's replies as doreply() writes them line by line (code, lines), from its English messages
_PF_REPLIES = [
    (230, ["OK. Current restricted directory is /"]),
    (226, ["File successfully transferred"]),
    (227, ["Entering Passive Mode (10,0,0,5,195,80)"]),
    (150, ["Accepted data connection"]),
    (200, ["TYPE is now 8-bit binary"]),
    (331, ["User alice OK. Password required"]),
    (250, ["OK. Current directory is /upload"]),
    (226, ["-Options: -a -l", "12 matches total"]),
    (220, ["---------- Welcome to Pure-FTPd [privsep] [TLS] ----------",
           "You are user number 3 of 50 allowed.", "Local time is now 23:59. Server port: 21.",
           "You will be disconnected after 15 minutes of inactivity."]),
    (530, ["Login authentication failed"]),
    (221, ["Goodbye. You uploaded 0 and downloaded 4 kbytes.", "Logout."]),
    (550, ["Can't change directory to /private: No such file or directory"]),
]


class Values:
    """Values of each kind, drawn with a seeded ``random.Random``.

    A kind is a method name (``errno``, ``endpoint`` ...); each returns a value
    (``int``, ``float`` or ``str``) that the placeholder's conversion formats.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._mc_fd = 0
        # each log has its own few addresses, ids and files, as a real one would
        self._ips = [f"10.{rng.randrange(0, 8)}.{rng.randrange(0, 40)}.{rng.randrange(2, 250)}" for _ in range(12)]
        self._runids = ["".join(rng.choices("0123456789abcdef", k=40)) for _ in range(5)]
        self._uuids = [self._uuid() for _ in range(4)]
        self._tokens = [str(rng.randrange(-(2**63), 2**63)) for _ in range(40)]
        self._r6: dict[str, list[str]] = {}  # round 6's pools, drawn on first use (earlier rounds' draws unchanged)
        self._r30_url = ""  # round 30's ollama: the remoteURL a message names, for its hostname
        self._o_move_src = self._s_state_to = ""
        self._s_major = 2
        self._k_next = 0
        self._p_resolved = self._p_ip = ""
        self._e_limit = 0
        self._sm_signame = ""
        self._ld_max = 256
        self._as_name = self._km_errtext = self._vs_user = self._as_module = ""
        self._pf_lines: list[tuple[int, str, str]] = []
        self._pf_line: tuple[int, str, str] = (0, " ", "")
        self._rs_code = 0
        self._co_id = ""
        self._dr_connection = True
        self._av_protocol = "IPv4"
        self._nd_last: object = ""
        self._ic_limit = 100
        self._bzd_errno = 5

    def _uuid(self) -> str:
        h = "".join(self.rng.choices("0123456789abcdef", k=32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def _skewed_int(self, low: int, high: int) -> int:
        # log-uniform: small values common, large ones possible
        return int(math.exp(self.rng.uniform(math.log(low + 1), math.log(high + 1)))) - 1

    # -- numbers
    def offset(self) -> int:
        return self.rng.randrange(10**6, 10**12)

    def backlog(self) -> int:
        return self.rng.choice([1048576, 16777216, 104857600])

    def count(self) -> int:
        return self._skewed_int(0, 50_000)

    def bytes(self) -> int:
        return self._skewed_int(0, 5 * 10**9)

    def small(self) -> int:
        return self._skewed_int(0, 40)

    def fd(self) -> int:
        return self.rng.randrange(5, 1024)

    def pid(self) -> int:
        return self.rng.randrange(300, 4_194_304)

    def signal(self) -> int:
        return int(_zipf_pick(self.rng, [9, 15, 11, 6, 2]))  # type: ignore[call-overload]

    def exitcode(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 0, 127, 3]))  # type: ignore[call-overload]

    def status(self) -> int:
        return self.rng.choice([256, 512, 35584, 139])

    def buffers(self) -> int:
        return self._skewed_int(0, 200_000)

    def pct(self) -> float:
        return self.rng.uniform(0, 60)

    def secs(self) -> int:
        return self._skewed_int(0, 300)

    def msec(self) -> int:
        return self.rng.randrange(0, 1000)

    def kb(self) -> int:
        return self._skewed_int(0, 4_000_000)

    def lsn_hi(self) -> int:
        return self.rng.randrange(0, 64)

    def lsn_lo(self) -> int:
        return self.rng.randrange(0, 2**32)

    def percent(self) -> int:
        return self.rng.randrange(20, 101)

    def ms(self) -> int:
        return self._skewed_int(5, 3_600_000)

    def mbps(self) -> float:
        return self.rng.uniform(0.01, 180.0)

    def rows(self) -> int:
        return self._skewed_int(0, 90_000_000)

    def epoch_ms(self) -> int:
        return 1_700_000_000_000 + self.rng.randrange(0, 3 * 10**10)

    def fat_client_timeout(self) -> int:
        return 30000

    def quarantine_ms(self) -> int:
        return 60000

    def term(self) -> int:
        return self.rng.randrange(2, 90)

    def x509_code(self) -> int:
        return self._x509()[0]

    def x509_error(self) -> str:
        return self._x509_last[1]

    def _x509(self) -> tuple[int, str]:
        self._x509_last: tuple[int, str] = _zipf_pick(self.rng, _X509)  # type: ignore[assignment]
        return self._x509_last

    # -- words and phrases
    def errno(self) -> str:
        return str(_zipf_pick(self.rng, [m for _, m in _ERRNO]))

    def errno_or_eof(self) -> str:
        return "premature EOF" if self.rng.random() < 0.4 else self.errno()

    def errno_or_lost(self) -> str:
        return "connection lost" if self.rng.random() < 0.5 else self.errno()

    def runid(self) -> str:
        return str(_zipf_pick(self.rng, self._runids))

    def redis_error(self) -> str:
        return str(_zipf_pick(self.rng, _REDIS_ERRORS))

    def redis_reply(self) -> str:
        return self.rng.choice(["+OK", "+CONTINUE extra", "-ERR unknown command 'PSYNC'", "+FULLRESYNC"])

    def garbage(self) -> str:
        return self.rng.choice(_GARBAGE)

    def procname(self) -> str:
        return str(_zipf_pick(self.rng, _PROCNAMES))

    def argv0(self) -> str:
        return self.rng.choice(["postgres", "/usr/lib/postgresql/16/bin/postgres", "postmaster"])

    def guc(self) -> str:
        return self.rng.choice(_GUCS)

    def gai_error(self) -> str:
        return self.rng.choice(_GAI)

    def client_host(self) -> str:
        return self.rng.choice(["[local]", *self._ips[:6], "app-3.internal"])

    def client_port(self) -> str:
        return "" if self.rng.random() < 0.2 else str(self.rng.randrange(32768, 61000))

    def user(self) -> str:
        return str(_zipf_pick(self.rng, _USERS))

    def db(self) -> str:
        return str(_zipf_pick(self.rng, _DBS))

    def pg_tmpfile(self) -> str:
        return f"base/pgsql_tmp/pgsql_tmp.backend_var.{self.pid()}.{self.rng.randrange(1, 500)}"

    def pg_exec(self) -> str:
        return self.rng.choice(["/usr/lib/postgresql/16/bin/postgres", "/usr/local/pgsql/bin/postgres"])

    def peer(self) -> str:
        return self.rng.choice(self._ips[:5]) + ":" + self.rng.choice(["8080", "9000", "3000"])

    def store_call(self) -> str:
        return self.rng.choice(["rename()", "utime()", "chmod()"])

    def store_path(self) -> str:
        return f"/var/cache/nginx/store/{self.rng.choice(_WORDS)}/{self.rng.randrange(10**5, 10**7)}.html"

    def header(self) -> str:
        self._header = self.rng.choice(_HEADERS)[0]
        return self._header

    def same_header(self) -> str:
        return self._header

    def header_value(self) -> str:
        return self.rng.choice(_HEADER_VALUES[self._header])

    def put(self) -> str:
        return "PUT"

    def client_ip(self) -> str:
        return self.rng.choice(self._ips)

    def endpoint(self) -> str:
        return "/" + str(_zipf_pick(self.rng, self._ips[:8]))

    def uuid(self) -> str:
        return str(_zipf_pick(self.rng, self._uuids))

    def bool(self) -> str:
        return self.rng.choice(["true", "false"])

    def json_true(self) -> object:
        return True  # zap.Bool: a JSON true, where bool() gives text

    def json_false(self) -> object:
        return False

    def one_token(self) -> str:
        return f"[{self.rng.choice(self._tokens)}]"

    def tokens(self) -> str:
        n = self._skewed_int(1, 16)
        return "[" + ", ".join(self.rng.sample(self._tokens, n)) + "]"

    def _sstable(self) -> str:
        ks = self.rng.choice(["shop", "system", "metrics"])
        tbl = self.rng.choice(["orders", "peers", "points", "sessions"])
        return f"/var/lib/cassandra/data/{ks}/{tbl}/{ks}-{tbl}-ic-{self.rng.randrange(1, 9000)}"

    def sstables(self) -> str:
        n = self.rng.randrange(2, 7)
        return "[" + ",".join(f"SSTableReader(path='{self._sstable()}-Data.db')" for _ in range(n)) + "]"

    def sstable_names(self) -> str:
        return "".join(self._sstable() + "," for _ in range(self.rng.randrange(1, 3)))

    def merge_counts(self) -> str:
        n = self.rng.randrange(1, 5)
        return "".join(f"{i + 1}:{self._skewed_int(0, 100000)}, " for i in range(n))

    def schema_map(self) -> str:
        eps = ", ".join("/" + ip for ip in self.rng.sample(self._ips, self.rng.randrange(1, 4)))
        return "{" + self.uuid() + "=[" + eps + "]}"

    def service(self) -> str:
        return str(_zipf_pick(self.rng, _SERVICES))

    def check(self) -> str:
        return str(_zipf_pick(self.rng, _CHECKS))

    def rpc_error(self) -> str:
        return str(_zipf_pick(self.rng, _RPC_ERRORS))

    def error(self) -> str:
        return str(_zipf_pick(self.rng, _VAULT_ERRORS))

    def request_path(self) -> str:
        return self.rng.choice(_REQUEST_PATHS)

    def path(self) -> str:
        return f"core/upgrade/{self.rng.randrange(1, 40)}"

    def key_type(self) -> str:
        return self.rng.choice(_KEY_TYPES)

    # -- nginx context
    def request_line(self) -> str:
        path = self.rng.choice(_PATHS).format(
            id=self.rng.randrange(1, 10**6), hex="".join(self.rng.choices("0123456789abcdef", k=8)),
            word=self.rng.choice(_WORDS), n=self.rng.randrange(1, 30),
        )
        method = str(_zipf_pick(self.rng, ["GET", "POST", "PUT", "DELETE", "HEAD"]))
        return f"{method} {path} {self.rng.choice(['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/1.0'])}"

    def server(self) -> str:
        return str(_zipf_pick(self.rng, _SERVERS))

    # -- round 2 (formats_round2): MySQL
    def repl_user(self) -> str:
        return str(_zipf_pick(self.rng, ["repl", "slave_user", "replicator"]))

    def master_host(self) -> str:
        return str(_zipf_pick(self.rng, ["db-primary.internal", self._ips[0], "mysql-0.mysql", self._ips[1]]))

    def mysql_port(self) -> int:
        return int(_zipf_pick(self.rng, [3306, 3307, 33062]))  # type: ignore[call-overload]

    def binlog(self) -> str:
        if self.rng.random() < 0.05:
            return "FIRST"
        stem = str(_zipf_pick(self.rng, ["mysql-bin", "binlog", "mariadb-bin"]))
        return f"{stem}.{self.rng.randrange(1, 400):06d}"

    def binlog_pos(self) -> str:
        return str(self.rng.choice([4, 107, 154]) if self.rng.random() < 0.2 else self._skewed_int(4, 10**9))

    def packet(self) -> int:
        return self.rng.choice([1048576, 4194304, 16777216, 67108864])

    def relay_error(self) -> str:
        return self.rng.choice([
            "Could not find target log during relay log initialization",
            "Error counting relay log space",
            "Could not open log file",
        ])

    def relay_log(self) -> str:
        return f"./{self.rng.choice(['mysqld-relay-bin', 'db2-relay-bin'])}.{self.rng.randrange(1, 90):06d}"

    def load_file(self) -> str:
        return f"/tmp/SQL_LOAD-{self.rng.randrange(1, 9)}-{self.rng.randrange(1, 9)}-{self.rng.randrange(1, 300)}.info"

    # -- HAProxy
    def backend(self) -> str:
        return str(_zipf_pick(self.rng, ["app", "api_back", "static", "be_payments", "websocket"]))

    def haproxy_server(self) -> str:
        return str(_zipf_pick(self.rng, ["web1", "web2", "srv-api-03", "s4", "static-2", "app_7f9c"]))

    def health(self) -> int:
        return self.rng.randrange(0, 4)

    def health_of(self) -> int:
        return self.rng.choice([2, 3, 3, 5])

    def check_failed(self) -> str:
        # check_append_info(): reason, code (layer 7), info (the check's description), duration
        reason, code, info = self.rng.choice([
            ("Layer4 connection problem", None, "Connection refused"),
            ("Layer4 connection problem", None, "No route to host"),
            ("Layer4 timeout", None, None),
            ("Layer6 invalid response", None, "SSL handshake failure"),
            ("Layer7 wrong status", self.rng.choice([500, 502, 503, 404]), "Service Unavailable"),
            ("Layer7 timeout", None, "at step 1 of tcp-check (expect string 'PONG')"),
            ("Socket error", None, "Connection reset by peer"),
        ])
        return self._check_info(reason, code, info)

    def check_passed(self) -> str:
        reason, code, info = self.rng.choice([
            ("Layer4 check passed", None, None),
            ("Layer7 check passed", 200, "OK"),
            ("Layer6 check passed", None, None),
            ("Layer7 check passed", 204, None),
        ])
        return self._check_info(reason, code, info)

    def _check_info(self, reason: str, code: int | None, info: str | None) -> str:
        text = f", reason: {reason}"
        if code is not None:
            text += f", code: {code}"
        if info:
            text += f', info: "{info}"'
        return text + f", check duration: {self._skewed_int(0, 5000)}ms"

    # -- etcd (zap fields; formats_round2._ZAP_KINDS names the kind of each key)
    def member_id(self) -> str:
        if not hasattr(self, "_members"):
            self._members = ["".join(self.rng.choices("0123456789abcdef", k=16)) for _ in range(5)]
        return str(_zipf_pick(self.rng, self._members))

    def stream_type(self) -> str:
        return self.rng.choice(["stream Message", "stream MsgApp v2"])

    def etcd_error(self) -> str:
        return self.rng.choice([
            "EOF", "context canceled", "unexpected EOF",
            f"read tcp {self.peer_addr()}->{self.peer_addr()}: i/o timeout",
            f"failed to write {self.member_id()} on stream Message (write tcp {self.peer_addr()}->"
            f"{self.peer_addr()}: write: broken pipe)",
            f"failed to dial {self.member_id()} on stream MsgApp v2 (peer {self.member_id()} failed to "
            "find local node " + self.member_id() + ")",
            "rate: Wait(n=1) would exceed context deadline",
        ])

    def peer_addr(self) -> str:
        return f"{self.rng.choice(self._ips[:4])}:{self.rng.choice([2380, self.rng.randrange(33000, 61000)])}"

    def raft_message_type(self) -> str:
        return str(_zipf_pick(self.rng, ["MsgHeartbeat", "MsgApp", "MsgAppResp", "MsgVote", "MsgProp", "MsgSnap"]))

    def stream_address(self) -> str:
        kind = self.rng.choice(["message", "msgapp"])
        return f"http://{self.rng.choice(self._ips[:4])}:2380/raft/stream/{kind}/{self.member_id()}"

    def peer_urls(self) -> list[str]:
        return [f"http://{ip}:2380" for ip in self.rng.sample(self._ips[:4], self.rng.choice([1, 1, 2]))]

    # -- Envoy
    def bytes_small(self) -> int:
        return self._skewed_int(0, 70000)

    def close_type(self) -> int:
        return self.rng.choice([0, 1, 1, 2])

    def close_event(self) -> int:
        return self.rng.choice([0, 1])

    def file_events(self) -> int:
        return self.rng.choice([1, 2, 3])

    def rc(self) -> int:
        return -1 if self.rng.random() < 0.3 else self._skewed_int(0, 16384)

    def errno_code(self) -> int:
        return int(_zipf_pick(self.rng, [111, 104, 11, 32, 113, 110]))  # type: ignore[call-overload]

    # -- RabbitMQ
    def erl_pid(self) -> str:
        return f"<0.{self.rng.randrange(300, 90000)}.0>"

    def amqp_conn(self) -> str:
        return f"{self.rng.choice(self._ips)}:{self.rng.randrange(32768, 61000)} -> {self._ips[0]}:5672"

    def vhost(self) -> str:
        return str(_zipf_pick(self.rng, ["/", "prod", "billing", "/staging"]))

    def amqp_user(self) -> str:
        return str(_zipf_pick(self.rng, ["guest", "nova", "svc_billing", "celery", "admin"]))

    def heartbeat(self) -> int:
        return int(_zipf_pick(self.rng, [60, 30, 10, 580]))  # type: ignore[call-overload]

    def tune_error(self) -> str:
        return self.rng.choice([
            "negotiated channel_max = 4096 is higher than the maximum allowed value (2047)",
            "frame_max=4096 < 8192 min size",
        ])

    def erl_exception(self) -> str:
        return str(_zipf_pick(self.rng, [
            "{handshake_timeout,handshake}", "{inet_error,etimedout}", "{inet_error,econnreset}",
            "{handshake_timeout,frame_header}", "{inet_error,enotconn}",
        ]))

    def client_name(self) -> str:
        app = self.rng.choice(["nova-scheduler", "neutron-server", "nova-compute", "celery-worker"])
        return f"{app}:{self.rng.randrange(1, 40)}:{self._uuid()}"

    def conn_state(self) -> str:
        return self.rng.choice(["running", "closing"])

    def channel(self) -> int:
        return self._skewed_int(1, 2047)

    def erl_exit(self) -> str:
        return self.rng.choice(["shutdown", "{badarg,[{erlang,port_command,2}]}", "killed"])

    def hard_error(self) -> str:
        return self.rng.choice([
            'operation none caused a connection exception connection_forced: "broker forced connection '
            "closure with reason 'shutdown'\"",
            "operation basic.publish caused a connection exception not_found: \"no exchange 'orders' in "
            "vhost '/'\"",
            'operation channel.open caused a connection exception channel_error: "expected \'channel.open\'"',
        ])

    def starting(self) -> str:
        return "starting"

    def opening(self) -> str:
        return "opening"

    def login_refused(self) -> str:
        mechanism = self.rng.choice(["PLAIN", "AMQPLAIN"])
        return f"{mechanism} login refused: user '{self.amqp_user()}' - invalid credentials"

    def vhost_refused(self) -> str:
        return f"access to vhost '{self.vhost()}' refused for user '{self.amqp_user()}'"

    # -- MongoDB
    def optime(self) -> str:
        return f"{{ ts: Timestamp({1_700_000_000 + self.rng.randrange(0, 10**7)}, {self.rng.randrange(1, 30)}), " \
            f"t: {self.rng.randrange(1, 40)} }}"

    def mongo_host(self) -> str:
        return str(_zipf_pick(self.rng, ["mongo-1.example.net:27017", "mongo-2.example.net:27017",
                                         f"{self._ips[2]}:27017", "rs0-2:27018"]))

    def mongo_status(self) -> str:
        return self.rng.choice([
            "ShutdownInProgress: shutting down",
            f"NetworkTimeout: Couldn't get a connection within the time limit of {self.rng.randrange(1, 60)}s",
            "NotSecondary: Not secondary while processing command",
            f"HostUnreachable: Error connecting to {self.mongo_host()} :: caused by :: Connection refused",
            "CallbackCanceled: oplog fetcher shutting down",
        ])

    def recovering(self) -> str:
        return "RECOVERING"

    def member_state(self) -> str:
        return self.rng.choice(["SECONDARY", "PRIMARY", "ROLLBACK", "STARTUP2"])

    def caused_by(self) -> str:
        return " :: caused by :: " + self.mongo_status()

    def sleep_ms(self) -> int:
        return 1000

    def old_source(self) -> str:
        return "empty" if self.rng.random() < 0.3 else self.mongo_host()

    def fetcher_status(self) -> str:
        return self.rng.choice([
            f"OplogStartMissing: Our last optime fetched: {self.optime()}. source's GTE: {self.optime()}",
            "OplogOutOfOrder: Out of order entries in oplog",
            f"InvalidSyncSource: Sync source was cleared. Was {self.mongo_host()}",
            f"NetworkInterfaceExceededTimeLimit: error in fetcher batch callback :: caused by :: "
            f"Request {self.rng.randrange(100, 99999)} timed out",
            "ShutdownInProgress: shutting down",
        ])

    def blacklist(self) -> str:
        return "60s"

    # -- round 3 (formats_round3): Kafka
    def k_topic(self) -> str:
        return str(_zipf_pick(self.rng, ["orders", "payments", "__consumer_offsets", "clickstream", "audit-log"]))

    def k_partition(self) -> int:
        return self._skewed_int(0, 49)

    def k_broker(self) -> int:
        return self.rng.choice([1, 2, 3])

    def k_fetcher(self) -> int:
        return self.rng.choice([0, 0, 1])

    def k_tp(self) -> str:
        return f"{self.k_topic()}-{self.k_partition()}"

    def k_epoch(self) -> int:
        return self._skewed_int(0, 300)

    def k_isr(self) -> str:
        return ",".join(str(b) for b in sorted(self.rng.sample([1, 2, 3], self.rng.choice([1, 2, 2, 3]))))

    def k_acks(self) -> int:
        return self.rng.choice([1, 2, 3])

    def k_hw(self) -> str:
        base = self.offset()
        return f"{base + self._skewed_int(0, 90000)} [{base} : {self._skewed_int(0, 10**9)}]"

    def k_leos(self) -> str:
        return ",".join(self.k_hw() for _ in range(self.rng.choice([1, 2, 3])))

    def k_replicas(self) -> str:
        topic, part = self.k_topic(), self.k_partition()
        return ",".join(
            f"ReplicaId: {b}; Topic: {topic}; Partition: {part}; isLocal: {str(b == 1).lower()}; "
            f"lastCaughtUpTimeMs: {self.epoch_ms()}"
            for b in sorted(self.rng.sample([1, 2, 3], self.rng.choice([1, 2, 3])))
        )

    def k_zkversion(self) -> int:
        return self._skewed_int(0, 2000)

    def k_backoff(self) -> int:
        return 1000

    def k_fetch_request(self) -> str:
        parts = ", ".join(
            f"{self.k_tp()}=(offset={self.offset()}, logStartOffset=0, maxBytes=1048576)"
            for _ in range(self.rng.choice([1, 1, 2, 3]))
        )
        return (f"(type=FetchRequest, replicaId={self.k_broker()}, maxWait=500, minBytes=1, maxBytes=10485760, "
                f"fetchData={{{parts}}}, isolationLevel=READ_UNCOMMITTED)")

    def k_corrupt(self) -> str:
        return self.rng.choice([
            f"Record is corrupt (stored crc = {self.rng.randrange(2**32)}, computed crc = {self.rng.randrange(2**32)})",
            f"Record size is less than the minimum record overhead ({self.rng.randrange(0, 14)})",
        ])

    def k_exception(self) -> str:
        return str(_zipf_pick(self.rng, [
            "org.apache.kafka.common.errors.NotLeaderForPartitionException: This server is not the leader for "
            "that topic-partition.",
            "org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this "
            "topic-partition.",
            "org.apache.kafka.common.errors.KafkaStorageException: Disk error when trying to access log file on "
            "the disk.",
        ]))

    def k_error_map(self) -> str:
        return "Map(" + ", ".join(f"{self.k_tp()} -> None" for _ in range(self.rng.choice([1, 1, 2, 4]))) + ")"

    # -- systemd
    def s_unit(self) -> str:
        return str(_zipf_pick(self.rng, [
            "nginx.service", "postgresql@16-main.service", "docker.service", "cron.service",
            "app-worker@3.service", "ssh.service", "systemd-resolved.service",
        ]))

    def s_comm(self) -> str:
        return str(_zipf_pick(self.rng, ["nginx", "postgres", "sh", "python3", "(sd-refresh-creds)"]))

    def s_bus_error(self) -> str:
        unit = self.s_unit()
        return self.rng.choice([
            f"Transaction for {unit}/start is destructive (shutdown.target has 'start' job queued, but 'stop' "
            "is included in transaction).",
            f"Unit {unit} is masked.",
            "Connection timed out",
            f"Unit {unit} has a bad unit file setting.",
        ])

    def s_restarts(self) -> int:
        return self._skewed_int(1, 200)

    def s_method(self) -> str:
        return self.rng.choice(["BindMount", "MountImage"])

    def s_bus_error_name(self) -> str:
        return self.rng.choice(["org.freedesktop.systemd1.UnitInactive", "org.freedesktop.DBus.Error.Failed"])

    # -- dockerd
    def d_container(self) -> str:
        if not hasattr(self, "_containers"):
            self._containers = ["".join(self.rng.choices("0123456789abcdef", k=64)) for _ in range(8)]
        return str(_zipf_pick(self.rng, self._containers))

    def d_exec_id(self) -> str:
        return "".join(self.rng.choices("0123456789abcdef", k=64))

    def d_error(self) -> str:
        return self.rng.choice([
            "context deadline exceeded",
            f"container {self.d_container()} not found: not found",
            "ttrpc: closed: unknown",
            "failed to create shim task: OCI runtime create failed: runc create failed: unable to start container "
            "process: exec: \"/docker-entrypoint.sh\": permission denied: unknown",
            f"No such container: {self.d_container()}",
        ])

    def d_exit_status(self) -> str:
        return f"{{{self.rng.choice([0, 1, 137, 143, 2])} {self._go_time()}}}"

    def _go_time(self) -> str:
        return (f"2026-12-{self.rng.randrange(1, 6):02d} {self.rng.randrange(24):02d}:{self.rng.randrange(60):02d}:"
                f"{self.rng.randrange(60):02d}.{self.rng.randrange(10**9):09d} +0000 UTC")

    def go_duration(self) -> str:
        seconds = self._skewed_int(0, 20000) + self.rng.random()
        if seconds < 1:
            return f"{seconds * 1000:.6f}".rstrip("0").rstrip(".") + "ms"
        minutes, sec = divmod(seconds, 60)
        hours, minutes = divmod(int(minutes), 60)
        text = f"{sec:.9f}".rstrip("0").rstrip(".") + "s"
        if minutes or hours:
            text = f"{minutes}m" + text
        if hours:
            text = f"{hours}h" + text
        return text

    def d_stop_timeout(self) -> int:
        return self.rng.choice([10, 10, 30, 2])

    def d_kill_error(self) -> str:
        return self.rng.choice([
            f"Cannot kill container {self.d_container()}: rpc error: code = 2 desc = no such process",
            f"Container {self.d_container()} is not running",
        ])

    # -- kubelet
    def hex64(self) -> str:
        return self.d_container()

    def kube_container_id(self) -> str:
        return "docker://" + self.d_container()

    def kube_container_name(self) -> str:
        return str(_zipf_pick(self.rng, ["nginx", "app", "istio-proxy", "init-db", "sidecar-logger"]))

    def kube_pod(self) -> str:
        name = str(_zipf_pick(self.rng, ["web-7f9c-x2k4q", "api-5d8b-77qzt", "redis-0", "worker-6c4f-h9s2l"]))
        return f"{name}_{self.rng.choice(['default', 'prod', 'kube-system'])}({self.uuid()})"

    def cri_error(self) -> str:
        return self.rng.choice([
            f"rpc error: code = 2 desc = Error response from daemon: No such container: {self.d_container()}",
            "rpc error: code = 4 desc = context deadline exceeded",
            f"rpc error: code = 2 desc = Error: No such container: {self.d_container()}",
        ])

    def hook_error(self) -> str:
        return self.rng.choice([
            "command '/bin/sh -c nginx -s quit' exited with 126: ",
            f"Get http://{self.client_ip()}:8080/shutdown: dial tcp {self.client_ip()}:8080: getsockopt: "
            "connection refused",
        ])

    def grace(self) -> int:
        return int(_zipf_pick(self.rng, [30, 2, 10, 60, 0]))  # type: ignore[call-overload]

    def kube_log_path(self) -> str:
        return f"/var/log/pods/{self.uuid()}/{self.kube_container_name()}_{self.small()}.log"

    def kube_legacy_link(self) -> str:
        return f"/var/log/containers/{self.kube_pod().split('(')[0]}_{self.kube_container_name()}-{self.d_container()}.log"

    def fs_error(self) -> str:
        return self.rng.choice(["remove {}: device or resource busy", "remove {}: permission denied"]).format(
            self.kube_log_path())

    # -- ClickHouse
    def ch_table(self) -> str:
        return str(_zipf_pick(self.rng, ["default.events", "analytics.hits_local", "logs.requests", "default.metrics"]))

    def ch_exception(self) -> str:
        path = f"/clickhouse/tables/{self.rng.choice(['01', '02'])}/{self.ch_table().split('.')[1]}"
        return self.rng.choice([
            "Code: 999. Coordination::Exception: Session expired. (KEEPER_EXCEPTION) (version 24.3.2.23 (official build))",
            f"Code: 999. Coordination::Exception: Connection loss, path: {path}/log. (KEEPER_EXCEPTION) "
            "(version 24.3.2.23 (official build))",
            f"Code: 224. DB::Exception: Replica {path}/replicas/{self.ch_replica()} appears to be already active "
            f"(host: {self.ch_replica()}, port: 9009). (REPLICA_IS_ALREADY_ACTIVE) (version 24.3.2.23 (official build))",
        ])

    def ch_what(self) -> str:
        return self.rng.choice(["Session expired", "Connection loss", "Operation timeout"])

    def ch_part(self) -> str:
        month = self.rng.choice(["202411", "202412", "all"])
        lo = self._skewed_int(1, 90000)
        return f"{month}_{lo}_{lo + self._skewed_int(0, 40)}_{self.rng.randrange(0, 4)}"

    def ch_sleep_ms(self) -> int:
        return self.rng.choice([30000, 300000]) if self.rng.random() < 0.5 else self.rng.randrange(30000, 300000)

    def ch_points(self) -> str:
        return f"{self.rng.uniform(0, 400):.7g}"

    def ch_ratio(self) -> str:
        return f"{self.rng.uniform(0, 3):.7g}"

    def ch_log_entry(self) -> str:
        return f"log-{self._skewed_int(0, 10**7):010d}"

    def ch_replica(self) -> str:
        return str(_zipf_pick(self.rng, ["ch-1", "ch-2", "ch-3.dc2", "clickhouse-0"]))

    def ch_block(self) -> str:
        return f"{self.ch_part().split('_')[0]}_{self.rng.randrange(10**19)}_{self.rng.randrange(10**19)}"

    def ch_blocks_dir(self) -> str:
        return self.rng.choice(["blocks", "async_blocks"])

    def ch_blocks_path(self) -> str:
        return f"/clickhouse/tables/01/{self.ch_table().split('.')[1]}/{self.ch_blocks_dir()}"

    def ch_block_path(self) -> str:
        return f"{self.ch_blocks_path()}/{self.ch_block()}"

    def ch_zk_error(self) -> str:
        return self.rng.choice(["Connection loss", "Operation timeout", "Session expired"])

    def ch_mutation(self) -> str:
        return f"{self._skewed_int(0, 10**6):010d}"

    # -- Prometheus
    def ulid(self) -> str:
        return "01J" + "".join(self.rng.choices("0123456789ABCDEFGHJKMNPQRSTVWXYZ", k=23))

    def ulids(self) -> str:
        return "[" + " ".join(self.ulid() for _ in range(self.rng.choice([1, 2, 3, 3]))) + "]"

    def tsdb_error(self) -> str:
        return self.rng.choice([
            "compact head: persist head block: populate block: context canceled",
            f"reloadBlocks blocks: corrupted block {self.ulid()}: invalid magic number 0",
            "WAL truncation in Compact: create checkpoint: read segments: corruption in segment "
            f"data/wal/{self.rng.randrange(100, 999):08d} at {self.rng.randrange(10**6)}: unexpected full record",
            f"unlinkat data/{self.ulid()}.tmp-for-creation: directory not empty",
        ])

    def block_range(self) -> int:
        return 7200000

    # -- round 4 (formats_round4): Traefik
    def t_resolver(self) -> str:
        return str(_zipf_pick(self.rng, ["letsencrypt.acme", "le-staging.acme", "myresolver.acme"]))

    def t_router(self) -> str:
        return str(_zipf_pick(self.rng, ["websecure-shop@docker", "api@file", "grafana@kubernetescrd",
                                         "whoami-secure@docker", "dashboard@internal"]))

    def t_domain(self) -> str:
        return str(_zipf_pick(self.rng, ["shop.example.com", "api.example.com", "grafana.example.org",
                                         "whoami.example.net", "mail.example.com", "example.com"]))

    def t_rule(self) -> str:
        hosts = [f"Host(`{self.t_domain()}`)" for _ in range(self.rng.choice([1, 1, 2]))]
        rule = " || ".join(hosts)
        return rule + (" && PathPrefix(`/api`)" if self.rng.random() < 0.3 else "")

    def _t_domains(self) -> list[str]:
        return list(dict.fromkeys(self.t_domain() for _ in range(self.rng.choice([1, 1, 2, 3]))))

    def t_domain_list(self) -> str:
        return "[" + " ".join(self._t_domains()) + "]"

    def t_domain_qlist(self) -> list[str]:
        return self._t_domains()

    def t_domains_joined(self) -> str:
        return ",".join(self._t_domains())

    def t_domain_struct(self) -> str:
        main, *sans = self._t_domains()
        return f"{{{main} [{' '.join(sans)}]}}"

    def t_domain_fields(self) -> str:
        main, *sans = self._t_domains()
        return f"{{Main:{main} SANs:[{' '.join(sans)}]}}"

    def t_fqdn(self) -> str:
        return self.t_domain() + "."

    def t_wildcard(self) -> str:
        return "*." + self.t_domain().split(".", 1)[1]

    def t_ca_server(self) -> str:
        return str(_zipf_pick(self.rng, ["https://acme-v02.api.letsencrypt.org/directory",
                                         "https://acme-staging-v02.api.letsencrypt.org/directory",
                                         "https://ca.internal:9000/acme/acme/directory"]))

    def t_dns_provider(self) -> str:
        return str(_zipf_pick(self.rng, ["cloudflare", "route53", "ovh", "digitalocean", "gandiv5"]))

    def t_delay_ns(self) -> int:
        return self.rng.choice([10, 30, 60, 120]) * 10**9

    def t_url_error(self) -> str:
        return self.rng.choice([f'parse "{self.t_ca_server()[:-10]} directory": invalid character " " in host name',
                                'parse "": empty url', "parse \"acme-v02\": invalid URI for request"])

    def t_acme_error(self) -> str:
        domain = self.t_domain()
        return self.rng.choice([
            f"unable to generate a certificate for the domains [{domain}]: error: one or more domains had a problem:\n"
            f"[{domain}] acme: error: 400 :: urn:ietf:params:acme:error:connection :: {self.client_ip()}: Timeout "
            "during connect (likely firewall problem)",
            f"unable to generate a certificate for the domains [{domain}]: acme: error: 429 :: POST :: "
            "https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited :: "
            "Error creating new order :: too many certificates already issued for exact set of domains",
            "cannot get ACME client acme: error: 0 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-acct "
            ":: urn:ietf:params:acme:error:invalidEmail :: Error creating new account :: invalid contact domain",
            f"unable to generate a wildcard certificate in ACME provider for domain \"{self.t_wildcard()}\" : "
            "ACME needs a DNSChallenge",
            f"domains [{domain}] do not generate a certificate",
        ]).replace("\n", " ")

    def t_rule_error(self) -> str:
        return self.rng.choice(["error while parsing rule Host(`shop.example.com`: 1:24: expected ')', found 'EOF'",
                                "unsupported function: Hots", "no domain found in rule"])

    def t_save_error(self) -> str:
        return self.rng.choice(["open /letsencrypt/acme.json: permission denied",
                                "unable to save certificates: no space left on device",
                                "rename /data/acme.json.tmp /data/acme.json: read-only file system"])

    def t_tls_error(self) -> str:
        return self.rng.choice(["tls: failed to find any PEM data in certificate input",
                                "tls: private key does not match public key", "x509: malformed certificate"])

    def t_cert_dump(self) -> str:
        main, *sans = self._t_domains()
        return f"&{{{{{{{main} [{' '.join(sans)}]}} [] []}} default}}"

    # -- Caddy
    def c_dial(self) -> str:
        return str(_zipf_pick(self.rng, ["10.0.3.11:8080", "10.0.3.12:8080", "app:3000", "127.0.0.1:9000",
                                         "unix//run/php/php-fpm.sock", "api.internal:443"]))

    def c_duration(self) -> float:
        return round(self._skewed_int(1, 30_000_000) / 1e6 + self.rng.random() / 1e6, 9)

    def c_error(self) -> str:
        return self.rng.choice([
            f"dial tcp {self.c_dial()}: connect: connection refused",
            "context canceled",
            "net/http: timeout awaiting response headers",
            "dial tcp: lookup app on 127.0.0.11:53: no such host",
            "readfrom tcp 172.18.0.3:44712->172.18.0.5:8080: write tcp 172.18.0.3:44712->172.18.0.5:8080: "
            "write: broken pipe",
            "unexpected EOF",
            "http2: stream closed",
            "no upstreams available",
        ])

    def c_request(self) -> dict[str, object]:
        method = str(_zipf_pick(self.rng, ["GET", "POST", "GET", "PUT", "DELETE"]))
        return {
            "remote_ip": self.client_ip(), "remote_port": str(self.rng.randrange(1024, 65535)),
            "client_ip": self.client_ip(), "proto": self.rng.choice(["HTTP/1.1", "HTTP/2.0"]), "method": method,
            "host": self.t_domain(), "uri": self.rng.choice(["/", "/api/v1/orders", "/static/app.js",
                                                            f"/api/v1/orders/{self.rng.randrange(1, 99999)}"]),
            "headers": {"User-Agent": [self.rng.choice(["curl/8.5.0", "Mozilla/5.0", "Go-http-client/1.1"])],
                        "Accept": ["*/*"], "X-Forwarded-For": [self.client_ip()]},
        }

    def c_headers(self) -> dict[str, object]:
        return {"Content-Type": [self.rng.choice(["application/json", "text/html; charset=utf-8"])],
                "Content-Length": [str(self._skewed_int(0, 100_000))], "Server": ["gunicorn"],
                "Date": ["Thu, 05 Dec 2026 12:00:00 GMT"]}

    def c_status(self) -> int:
        return int(str(_zipf_pick(self.rng, [200, 502, 503, 404, 500, 301, 204])))

    def c_stack(self) -> str:
        return ("goroutine 1042 [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:24 "
                f"+0x5e\nmain.(*Handler).doActiveHealthCheckForAllHosts.func1.1()\n\t+0x{self.rng.randrange(16**3):x}")

    # -- Mosquitto
    def m_address(self) -> str:
        return self.client_ip()

    def m_client(self) -> str:
        return str(_zipf_pick(self.rng, ["sensor-hall-03", "mosq-7Hq2Lk9xPzA1", "ha-bridge", "zigbee2mqtt",
                                         "auto-4F6B1C2D-9A8E-4B7C-8D6E-1F2A3B4C5D6E", "node-red-1"]))

    def m_user(self) -> str:
        return str(_zipf_pick(self.rng, ["sensors", "homeassistant", "bridge", "admin"]))

    def m_flag(self) -> int:
        return self.rng.choice([0, 1])

    def m_keepalive(self) -> int:
        return self.rng.choice([15, 30, 60, 60, 120])

    def m_version(self) -> int:
        return self.rng.choice([2, 5, 6, 131])

    def m_protocol(self) -> str:
        return self.rng.choice(["MQIsdp3", "HTTP", "\u0010"])

    def m_strerror(self) -> str:
        return self.rng.choice(["Unknown error.", "The connection was lost.", "Invalid function arguments provided.",
                                "Out of memory."])

    # -- Squid
    def q_fd(self) -> int:
        return self._skewed_int(8, 4000)

    def q_url(self) -> str:
        host = self.t_domain()
        return self.rng.choice([f"http://{host}/", f"http://{host}/index.html", f"{host}:443",
                                f"http://{host}/api/v1/items?page={self.rng.randrange(1, 40)}"])

    def q_err_type(self) -> str:
        return str(_zipf_pick(self.rng, ["ERR_CONNECT_FAIL", "ERR_READ_TIMEOUT", "ERR_DNS_FAIL", "ERR_ZERO_SIZE_OBJECT",
                                         "ERR_SECURE_CONNECT_FAIL", "ERR_CANNOT_FORWARD"]))

    def q_status_text(self) -> str:
        return str(_zipf_pick(self.rng, ["Service Unavailable", "Gateway Timeout", "Bad Gateway",
                                         "Internal Server Error", "Forbidden"]))

    def q_status(self) -> int:
        return int(str(_zipf_pick(self.rng, [200, 304, 503, 502, 404, 500])))

    def q_tries(self) -> int:
        return self.rng.randrange(1, 10)

    def q_pointer(self) -> str:
        return f"0x{self.rng.randrange(0x55d000000000, 0x55dfffffffff):x}"

    def q_pointer_or_null(self) -> str:
        return "0" if self.rng.random() < 0.5 else self.q_pointer()

    def q_ssl_error(self) -> str:
        return self.rng.choice(["error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed",
                                "error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol",
                                "error:00000000:lib(0):func(0):reason(0)"])

    def q_ssl_code(self) -> int:
        return self.rng.choice([1, 5])

    def q_ret(self) -> int:
        return self.rng.choice([-1, 0])

    def q_errno(self) -> int:
        return self.rng.choice([0, 104, 110, 111])

    def q_host(self) -> str:
        return self.t_domain()

    # -- Postfix
    def p_socket(self) -> str:
        return self.rng.choice(["/var/spool/postfix/private/dovecot-lmtp", "/run/dovecot/lmtp",
                                "/var/lib/mailman/data/lmtp.sock"])

    def p_rr_type(self) -> str:
        return self.rng.choice(["AAAA", "A", "MX", "TLSA"])

    def p_bind_var(self) -> str:
        return self.rng.choice(["smtp_bind_address", "smtp_bind_address6", "lmtp_bind_address"])

    def p_bind_addr(self) -> str:
        return self.rng.choice([self.client_ip(), "2001:db8::25", "192.0.2.25"])

    def p_mx(self) -> str:
        return str(_zipf_pick(self.rng, ["mx1.example.com", "aspmx.l.google.com", "mail.example.org",
                                         "mx.mailprovider.net", "localhost"]))

    def p_addr(self) -> str:
        return self.rng.choice([self.client_ip(), "2001:db8::1:25", "142.250.27.26"])

    def p_port(self) -> int:
        return self.rng.choice([25, 25, 587, 24])

    def p_destination(self) -> str:
        return self.rng.choice(["[mail.example.org]:587", "relay.example.com", "inet:localhost:24",
                                "[smtp.example.net]:submission"])

    def p_service(self) -> str:
        return self.rng.choice(["smtp", "submission", "lmtp", "25"])

    def p_protocol(self) -> str:
        return "tcp"

    def p_host_port_error(self) -> str:
        return self.rng.choice(["missing \"]\" character", "bad port number", "missing host name"])

    def p_bad_port(self) -> str:
        return self.rng.choice(["0", "70000", "99999"])

    def p_fallback_var(self) -> str:
        return "lmtp_fallback_relay"

    def p_tls_error(self) -> str:
        return self.rng.choice(["TLS policy lookup for example.com/mx1.example.com: Temporary lookup failure",
                                "TLSA lookup error for mx1.example.com:25", "mandatory TLS policy unavailable"])

    # -- Dovecot
    def v_user(self) -> str:
        return str(_zipf_pick(self.rng, ["alice@example.com", "bob", "carol@example.org", "svc-archive", "dave"]))

    def v_session(self) -> str:
        return "".join(self.rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", k=16))

    def v_command(self) -> str:
        return str(_zipf_pick(self.rng, ["IDLE", "APPEND", "UID FETCH", "SEARCH"]))

    def v_logout_format(self) -> str:
        return "in=%i out=%o deleted=%{deleted} expunged=%{expunged} bytes=%{bytez}"

    def v_expand_error(self) -> str:
        return "Unknown variable 'bytez'"

    def v_stats(self) -> str:
        return (f"in={self._skewed_int(10, 10**6)} out={self._skewed_int(100, 10**8)} "
                f"deleted={self.rng.choice([0, 0, 0, 1, 3])} expunged={self.rng.choice([0, 0, 1, 2])} "
                f"trashed={self.rng.choice([0, 0, 1])} hdr_count={self.small()} hdr_bytes={self.count()} "
                f"body_count={self.small()} body_bytes={self.count()}")

    def v_disconnect_reason(self) -> str:
        return self.rng.choice(["Logged out", "Connection closed", "Disconnected: Connection closed",
                                f"read(size={self.rng.choice([4096, 7997])}) failed: Connection reset by peer",
                                "Disconnected in IDLE", "Disconnected in APPEND (4 msgs, 12 secs, 8192/31002 bytes)"])

    def v_cmd_status(self) -> str:
        return self.rng.choice([
            "", " (No commands sent)",
            f" ({self.v_command()} finished {self.rng.randrange(0, 900)}.{self.rng.randrange(1000):03d} secs ago)",
            f" ({self.v_command()} running for 0.{self.rng.randrange(1000):03d} + waiting input for "
            f"{self.rng.randrange(0, 30)}.{self.rng.randrange(1000):03d} secs, {self.small()} B in + "
            f"{self.count()} B out, state=wait-input)",
        ])

    def v_lookup_error(self) -> str:
        return self.rng.choice([
            "Error: Invalid user settings. Refer to server log for more information.",
            f"Mailbox list driver maildir: home directory not set for user {self.v_user()}",
            "User initialization failed: Namespace '': mkdir(/var/mail/bob) failed: Permission denied "
            "(euid=1000(bob) egid=1000(bob) missing +w perm: /var/mail, we're not in group 8(mail))",
            "Internal error occurred. Refer to server log for more information.",
        ])

    def v_bad_number(self) -> str:
        return self.rng.choice(["0", "abc", "-5"])

    # -- round 5: Memcached
    def mc_prot(self) -> str:
        return str(_zipf_pick(self.rng, ["auto-negotiate", "ascii", "binary"]))

    def mc_state(self) -> str:
        return str(_zipf_pick(self.rng, [
            "conn_new_cmd", "conn_waiting", "conn_read", "conn_parse_cmd", "conn_write", "conn_nread",
            "conn_closing", "conn_mwrite", "conn_swallow", "conn_pending_close", "conn_immediate_close",
        ]))

    def mc_fd(self) -> int:
        self._mc_fd = self.fd()
        return self._mc_fd

    def mc_hexdump(self) -> str:
        # bytes_to_output_string(): a 24-byte response header, four bytes a line, each line "<fd  " (the
        # descriptor of the line's prefix, drawn by mc_fd just before)
        fd = self._mc_fd
        head = [0x81, self.rng.choice([0x00, 0x01, 0x05, 0x0A]), 0x00, self.rng.choice([0x00, 0x04])]
        body = head + [0x00] * 4 + [self.rng.randrange(0, 256) for _ in range(16)]
        lines = [f"<{fd}  " + "".join(f" 0x{b:02x}" for b in body[i:i + 4]) for i in range(0, 24, 4)]
        return "\n" + "\n".join(lines)

    def mc_bin_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Not found", "Data exists for key", "Too large", "Invalid arguments", "Not stored",
            "Non-numeric server-side value for incr or decr", "Out of memory", "Auth failure",
            "Unknown command", "I'm not responsible for this vbucket",
        ]))

    def mc_key(self) -> str:
        return str(_zipf_pick(self.rng, ["counter:pageviews", "rate:10.2.3.4", "session:9f3a", "hits", "q.depth"]))

    def mc_exptime(self) -> int:
        return self.rng.choice([0, 60, 300, 3600, 4294967295])

    # -- round 5: Varnish
    def vc_panic(self) -> str:
        return self.rng.choice([
            "Assert error in VBO_DerefBusyObj(), cache/cache_busyobj.c line 221:\n  Condition((oc) != NULL) not true."
            "\nthread = (cache-worker)\nversion = varnish-6.0.11 revision 0\nident = Linux,5.15.0,x86_64,-junix,"
            "-smalloc,-sdefault,-hcritbit,epoll",
            "Wrong turn at cache/cache_main.c:323:\nSignal 11 (Segmentation fault) received at 0x18 si_code 1"
            "\nthread = (cache-main)\nversion = varnish-6.0.11 revision 0",
            "Assert error in HSH_Lookup(), cache/cache_hash.c line 412:\n  Condition(oc->flags & OC_F_BUSY) not true."
            "\nerrno = 12 (Cannot allocate memory)\nthread = (cache-worker)",
        ])

    def vc_child_output(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Child starts", "SMF.s0 mmap\'ed 1073741824 bytes of 1073741824", "Error: Cannot open socket",
            "Could not delete 'vcl_boot.1690000000.123'", "Child dies",
        ]))

    def vc_vcl_error(self) -> str:
        return self.rng.choice([
            "Message from VCC-compiler:\nExpected one of\n\t'acl', 'sub', 'backend', 'probe', 'import', "
            "'vcl',  or 'default'\nFound: 'sub_recv' at\n('/etc/varnish/default.vcl' Line 12 Pos 1)",
            "Message from VCC-compiler:\nUnused backend legacy, defined:\n('/etc/varnish/default.vcl' "
            "Line 8 Pos 9)\nRunning VCC-compiler failed, exited with 2",
            "Message from VCC-compiler:\nSymbol not found: 'req.htttp.host' (expected type STRING_LIST):"
            "\n('/etc/varnish/default.vcl' Line 31 Pos 13)",
        ])

    def vc_obituary(self) -> str:
        # " status=N" after a non-zero exit, " signal=N" after a signal, " (core dumped)" after a dump
        if self.rng.random() < 0.4:
            return f" status={self.rng.choice([1, 2, 63, 127])}"
        return f" signal={self.rng.choice([6, 9, 11])}" + (" (core dumped)" if self.rng.random() < 0.5 else "")

    # -- round 5: Nomad
    def n_alloc(self) -> str:
        return str(_zipf_pick(self.rng, self._uuids))

    def n_task(self) -> str:
        return str(_zipf_pick(self.rng, ["web", "redis", "api-server", "envoy-sidecar", "migrate-db"]))

    def n_driver(self) -> str:
        return str(_zipf_pick(self.rng, ["docker", "exec", "raw_exec", "java", "podman"]))

    def n_driver_error(self) -> str:
        return self.rng.choice([
            "failed to create container: Error response from daemon: pull access denied for acme/web, "
            "repository does not exist or may require 'docker login'",
            "plugin is shut down",
            "failed to start command: fork/exec /local/run.sh: permission denied",
            "rpc error: code = Unavailable desc = connection error: desc = \"transport: error while dialing: "
            "dial unix /tmp/plugin123456: connect: connection refused\"",
            "failed to find a driver plugin named \"podman\"",
        ])

    def n_hook_error(self) -> str:
        return self.rng.choice([
            "prestart hook \"artifacts\" failed: failed to download artifact \"https://releases.example.com/app.tgz"
            "\": bad response code: 404",
            "prestart hook \"template\" failed: Template failed: vault.read(secret/data/app): Code: 403",
            "poststart hook \"task_services\" failed: unable to get address for service \"web\": "
            "invalid port \"http\": port label not found",
            "1 error occurred:\n\t* stop hook \"logmon\" failed: rpc error: code = Unavailable desc = "
            "error reading from server: EOF\n\n",
            "exited hook \"script_checks\" failed: context canceled",
        ])

    def n_state_error(self) -> str:
        return self.rng.choice([
            "failed to write task runner state: timeout",
            "boltdb: database not open",
            "failed to encode task runner state: json: unsupported value: NaN",
        ])

    def n_delay(self) -> str:
        return str(self.rng.choice(["15s", "16.5s", "30s", "1m0s", "2m14.213s", "0s"]))

    # -- round 5: Keycloak
    def k_import_file(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/opt/keycloak/data/import/realm-export.json", "/tmp/keycloak-import/acme-realm.json",
            "dir:/opt/keycloak/data/import", "/opt/keycloak/conf/keycloak-add-user.json",
        ]))

    def k_realm(self) -> str:
        return str(_zipf_pick(self.rng, ["master", "acme", "customers", "staff-sso", "test"]))

    def k_user(self) -> str:
        return str(_zipf_pick(self.rng, ["admin", "alice", "svc-ci", "bob.smith", "temp-admin"]))

    def k_client(self) -> str:
        return str(_zipf_pick(self.rng, ["account-console", "grafana", "ci-runner", "mobile-app", "admin-cli"]))

    def k_auth_type(self) -> str:
        return str(_zipf_pick(self.rng, ["client-secret", "client-jwt", "client-x509", "client-secret-jwt"]))

    def k_email_or_username(self) -> str:
        return str(_zipf_pick(self.rng, ["Email", "Username"]))

    # -- round 5: Jenkins
    def j_queue_file(self) -> str:
        return str(_zipf_pick(self.rng, ["/var/jenkins_home/queue.xml", "/var/lib/jenkins/queue.xml"]))

    def _j_job(self) -> str:
        return str(_zipf_pick(self.rng, ["build-frontend", "deploy-prod", "nightly-tests", "api-service/main",
                                         "release-pipeline"]))

    def j_task(self) -> str:
        kind = self.rng.choice(["hudson.model.FreeStyleProject", "org.jenkinsci.plugins.workflow.job.WorkflowJob"])
        return f"{kind}@{self.rng.randrange(16**7, 16**8):x}[{self._j_job()}]"

    def j_item_id(self) -> int:
        return self.rng.randrange(1, 40_000)

    def j_item(self) -> str:
        kind = self.rng.choice(["WaitingItem", "BlockedItem", "BuildableItem"])
        return f"hudson.model.Queue${kind}:{self.j_task()}:{self.j_item_id()}"

    def j_action(self) -> str:
        return self.rng.choice([
            f"hudson.model.CauseAction@{self.rng.randrange(16**7, 16**8):x}",
            f"hudson.model.ParametersAction@{self.rng.randrange(16**7, 16**8):x}",
        ])

    def j_actions(self) -> str:
        return "[" + ", ".join(self.j_action() for _ in range(self.rng.randrange(1, 4))) + "]"

    def j_snapshot(self) -> str:
        items = ", ".join(self.j_item() for _ in range(self.rng.randrange(0, 3)))
        return f"Queue.Snapshot{{waitingList=[{items}];blocked=[];buildables=[];pendings=[]}}"

    def j_left_items(self) -> str:
        return "{" + ", ".join(f"{self.j_item_id()}=hudson.model.Queue$LeftItem:{self.j_task()}"
                               for _ in range(self.rng.randrange(0, 3))) + "}"

    def j_pendings(self) -> str:
        return "[" + ", ".join(f"hudson.model.Queue$BuildableItem:{self.j_task()}:{self.j_item_id()}"
                               for _ in range(self.rng.randrange(1, 3))) + "]"

    # -- round 5: Tomcat
    def tc_conf_file(self) -> str:
        return str(_zipf_pick(self.rng, ["conf/server.xml", "/opt/tomcat/conf/server.xml",
                                         "/usr/local/tomcat/conf/server.xml"]))

    def tc_millis(self) -> int:
        return self._skewed_int(40, 90_000)

    def tc_cnfe(self) -> str:
        return self.rng.choice([
            "java.lang.ClassNotFoundException: org.apache.catalina.ha.ClusterRuleSet",
            "java.lang.ClassNotFoundException: org.apache.catalina.cluster.ClusterRuleSet",
        ])

    def tc_host(self) -> str:
        return str(_zipf_pick(self.rng, ["localhost", "127.0.0.1", "app01.internal"]))

    def tc_port(self) -> int:
        return int(_zipf_pick(self.rng, [8005, 8015, 9005]))  # type: ignore[call-overload]

    def tc_offset(self) -> int:
        return int(_zipf_pick(self.rng, [0, 10, 1000]))  # type: ignore[call-overload]

    def tc_rel_path(self) -> str:
        return str(_zipf_pick(self.rng, ["conf/server.xml", "conf/jaspic-providers.xml", "conf/tomcat-users.xml"]))

    def tc_connector(self) -> str:
        return str(_zipf_pick(self.rng, ['Connector["http-nio-8080"]', 'Connector["ajp-nio-127.0.0.1-8009"]',
                                         'Connector["https-jsse-nio-8443"]']))

    def tc_altdd(self) -> str:
        return str(_zipf_pick(self.rng, ["/opt/tomcat/conf/web-alt.xml", "WEB-INF/web-prod.xml"]))

    def tc_context(self) -> str:
        return str(_zipf_pick(self.rng, ["/shop", "/api", "ROOT", "/manager", "/reports"]))

    def tc_class_hierarchy(self) -> str:
        return self.rng.choice([
            "com.acme.web.BaseServlet->com.acme.web.AbstractServlet->com.acme.web.BaseServlet",
            "org.example.Foo->org.example.Bar->org.example.Foo",
        ])

    # -- round 6 (formats_round6): a few names a log repeats, drawn once per log on first use
    def _r6_pool(self, name: str, make: Callable[[], list[str]]) -> list[str]:
        if name not in self._r6:
            self._r6[name] = make()
        return self._r6[name]

    # -- round 6: Zabbix
    def z_hostid(self) -> int:
        return int(_zipf_pick(self.rng, [10084, 10105, 10106, 10254, 10318, 10433]))  # type: ignore[call-overload]

    def z_itemid(self) -> int:
        return self.rng.randrange(23_000, 48_000)

    def z_item_type(self) -> int:
        return int(_zipf_pick(self.rng, [0, 4, 12, 16, 6]))  # type: ignore[call-overload]

    def z_agent_type(self) -> str:
        return str(_zipf_pick(self.rng, ["Zabbix agent", "SNMP agent", "JMX agent", "IPMI agent"]))

    def z_host(self) -> str:
        return str(_zipf_pick(self.rng, ["web-01", "db-primary", "Zabbix server", "sw-core-2.lan", "printer-3f",
                                         "k8s-node-07"]))

    def z_key(self) -> str:
        return str(_zipf_pick(self.rng, [
            "agent.ping", "system.cpu.load[all,avg1]", "vfs.fs.size[/,pfree]", "net.if.in[eth0]",
            "proc.num[nginx]", "system.uptime", "ifHCInOctets[Gi1/0/24]", "jmx[\"java.lang:type=Memory\",HeapMemoryUsage.used]",
        ]))

    def z_wait(self) -> int:
        return int(_zipf_pick(self.rng, [15, 60, 14, 59, 13]))  # type: ignore[call-overload]

    def z_errors_from(self) -> int:
        return self.rng.randrange(1_764_900_000, 1_765_000_000)

    def z_available(self) -> int:
        return self.rng.choice([0, 1, 2])

    def z_item_error(self) -> str:
        return self.rng.choice([
            f"Get value from agent failed: cannot connect to [[{self.client_ip()}]:10050]: [111] Connection refused",
            "Cannot obtain file system information: [2] No such file or directory",
            "Unsupported item key.",
            "Timeout while connecting to \"" + self.client_ip() + ":161\".",
            "Received value [ZBX_NOTSUPPORTED] is not suitable for value type [Numeric (float)]",
            "ZBX_NOTSUPPORTED",
        ])

    def z_result(self) -> str:
        return str(_zipf_pick(self.rng, ["SUCCEED", "NETWORK_ERROR", "NOTSUPPORTED", "TIMEOUT_ERROR", "FAIL",
                                         "AGENT_ERROR", "CONFIG_ERROR", "GATEWAY_ERROR"]))

    def z_json_error(self) -> str:
        return self.rng.choice([
            "cannot parse as a valid JSON object: invalid object format, expected opening character '{' or '[' "
            "at: 'page=1'",
            "cannot parse as a valid JSON object: unexpected end of object data",
            "cannot find object name at: '{\"limit\"}'",
        ])

    def z_errcode(self) -> int:
        return self.rng.choice([-9, 5, 42])

    def z_processed(self) -> int:
        return self._skewed_int(0, 1000)

    def z_program(self) -> str:
        return "server"

    def z_server_num(self) -> int:
        return self.rng.randrange(1, 80)

    def z_process(self) -> str:
        return str(_zipf_pick(self.rng, ["poller", "unreachable poller", "java poller", "http poller"]))

    def z_process_num(self) -> int:
        return self.rng.randrange(1, 6)

    def z_pid(self) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("z_pid", lambda: [
            str(self.rng.randrange(900, 40_000)) for _ in range(6)])))

    # -- round 6: Icinga
    def i_old_cert(self) -> str:
        return str(_zipf_pick(self.rng, ["/etc/icinga2/pki/master1.example.com.crt",
                                         "/etc/icinga2/pki/master1.example.com.key", "/etc/icinga2/pki/ca.crt"]))

    def i_new_cert(self) -> str:
        return str(_zipf_pick(self.rng, ["/var/lib/icinga2/certs//master1.example.com.crt",
                                         "/var/lib/icinga2/certs//master1.example.com.key",
                                         "/var/lib/icinga2/certs/ca.crt"]))

    def i_identity(self) -> str:
        return str(_zipf_pick(self.rng, ["master1.example.com", "satellite-eu.example.com", "agent-web01",
                                         "icinga2-master2", "win-dc01.corp.local"]))

    def i_listener(self) -> str:
        return "api"

    def i_bind_host(self) -> str:
        return str(_zipf_pick(self.rng, ["", "::", "0.0.0.0", "10.0.0.5"]))

    def i_port(self) -> str:
        return str(_zipf_pick(self.rng, ["5665", "5665", "5666"]))

    def i_bind_address(self) -> str:
        return str(_zipf_pick(self.rng, ["::", "0.0.0.0", "10.0.0.5"]))

    def i_bind_error(self) -> str:
        return self.rng.choice(["bind: Address already in use", "bind: Cannot assign requested address",
                                "resolve: Host not found (authoritative)"])

    def i_accept_error(self) -> str:
        return self.rng.choice(["accept: Too many open files", "Operation canceled"])

    def i_endpoint(self) -> str:
        return str(_zipf_pick(self.rng, ["satellite-eu.example.com", "master2.example.com", "agent-web01",
                                         "agent-db02", "win-dc01.corp.local"]))

    def i_host(self) -> str:
        return str(_zipf_pick(self.rng, ["10.0.1.21", "satellite-eu.example.com", "10.0.2.14", "agent-db02"]))

    def i_connect_error(self) -> str:
        return self.rng.choice(["Connection refused", "Operation canceled", "Connection timed out",
                                "resolve: Host not found (authoritative)", "No route to host"])

    def i_diagnostic(self) -> str:
        return self.rng.choice(["Error: stream truncated", "Error: Connection reset by peer",
                                "Error: short read", "Error: End of file"])

    def i_conninfo(self) -> str:
        if self.rng.random() < 0.7:
            return f"from [::ffff:{self.client_ip()}]:{self.rng.randrange(32768, 61000)}"
        return f"to [{self.client_ip()}]:5665"

    def i_tls_error(self) -> str:
        return str(_zipf_pick(self.rng, ["stream truncated", "sslv3 alert certificate unknown",
                                         "certificate verify failed", "wrong version number",
                                         "Connection reset by peer", "Operation canceled"]))

    def i_cert_path(self) -> str:
        return "/var/lib/icinga2/certs//" + self.i_identity() + ".crt"

    # -- round 6: BIND
    def b_result(self) -> str:
        return str(_zipf_pick(self.rng, ["address in use", "permission denied", "address not available",
                                         "out of memory", "unexpected error", "not found", "failure"]))

    def b_iface(self) -> str:
        return str(_zipf_pick(self.rng, ["eth0", "lo", "ens3", "docker0", "br-lan", "wg0"]))

    def b_sockaddr4(self) -> str:
        return str(_zipf_pick(self.rng, ["127.0.0.1#53", "10.0.0.53#53", "192.168.1.10#53", "172.17.0.1#53"]))

    def b_sockaddr6(self) -> str:
        return str(_zipf_pick(self.rng, ["::1#53", "2001:db8::53#53", "fe80::5054:ff:fe12:3456%2#53",
                                         "fd00:10::53#53"]))

    def b_sockaddr(self) -> str:
        return self.b_sockaddr4() if self.rng.random() < 0.6 else self.b_sockaddr6()

    def b_port(self) -> int:
        return int(_zipf_pick(self.rng, [53, 5353, 1053]))  # type: ignore[call-overload]

    # -- round 6: Unbound
    def u_mem(self) -> int:
        return self._skewed_int(0, 80_000_000)

    def u_cmd(self) -> int:
        return self.rng.choice([0, 1, 2, 3])

    def u_pointer(self) -> str:
        return f"0x{self.rng.randrange(0x55d000000000, 0x55dfffffffff):x}"

    def u_opcode(self) -> int:
        return self.rng.choice([1, 2, 5, 3, 15])

    # the section counts worker_check_request() refuses: qd != 1, an not 0 (1 only off a NOTIFY), ns != 0, ar > 1
    def u_qd(self) -> int:
        return self.rng.choice([0, 2, 3])

    def u_an(self) -> int:
        return self.rng.choice([1, 2, 4])

    def u_ns(self) -> int:
        return self.rng.choice([1, 2, 3])

    def u_ar(self) -> int:
        return self.rng.choice([2, 3, 4])

    def u_event(self) -> int:
        return self.rng.choice([-1, 2, 3])

    def u_len(self) -> int:
        return self.rng.choice([0, 2, 8])

    # -- round 6: OpenVPN
    def o_pct(self) -> float:
        return self.rng.uniform(0, 100)

    def o_handshakes(self) -> int:
        return self._skewed_int(0, 5000)

    def o_aead_cipher(self) -> str:
        return str(_zipf_pick(self.rng, ["AES-256-GCM", "AES-128-GCM"]))

    def o_aead_limit(self) -> int:
        return 60129542144

    def o_pkcs11_id(self) -> str:
        return str(_zipf_pick(self.rng, ["piv_II/PKCS\\x2315\\x20emulated/2f8c3e71a9b04d12/PIV\\x20Card/01",
                                         "SafeNet\\x20Inc\\x2e/eToken/00aa12cd/vpn-client/3c1f"]))

    def o_sid(self) -> str:
        return "".join(self.rng.choices("0123456789abcdef", k=16))

    def o_move_dest(self) -> str:
        # move_session() asserts dest != src: the untrusted session becomes active, or the active one
        # retires to lame duck
        dest, self._o_move_src = self.rng.choice([("TM_ACTIVE", "TM_INITIAL"), ("TM_LAME_DUCK", "TM_ACTIVE")])
        return dest

    def o_move_src(self) -> str:
        return self._o_move_src

    def o_flag(self) -> int:
        return self.rng.choice([0, 1])

    def _o_hex(self, size: int) -> str:
        # format_hex(): lower-case hex, a space after every 4 bytes
        raw = "".join(self.rng.choices("0123456789abcdef", k=2 * size))
        return " ".join(raw[i:i + 8] for i in range(0, len(raw), 8))

    def o_hex48(self) -> str:
        return self._o_hex(48)

    def o_hex32(self) -> str:
        return self._o_hex(32)

    def o_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Invalid argument", "No such device", "Operation not permitted",
                                         "Cannot allocate memory"]))

    def o_cipher(self) -> str:
        return str(_zipf_pick(self.rng, ["AES-256-CBC", "BF-CBC", "AES-128-CBC"]))

    def o_client(self) -> str:
        # multi's prefix: "ip:port" until the peer's common name is known, "cn/ip:port" after
        cn, addr = str(_zipf_pick(self.rng, self._r6_pool("o_clients", lambda: [
            f"{name}|{self.client_ip()}:{self.rng.randrange(1024, 65535)}"
            for name in ["alice-laptop", "bob", "branch-office-gw", "ci-runner-3", "phone-carol", "dave"]
        ]))).split("|")
        return addr if self.rng.random() < 0.35 else f"{cn}/{addr}"

    # -- round 6: strongSwan
    def s_peer_port(self) -> str:
        return f"{self.client_ip()}[{self.rng.choice([4500, 4500, 500])}]"

    def s_conn(self) -> str:
        return str(_zipf_pick(self.rng, ["rw-eap", "site-to-site", "home", "ikev2-vpn", "office-fra"]))

    def s_unique_id(self) -> int:
        return self._skewed_int(1, 2000)

    def s_state(self) -> str:
        # delete_()'s default branch: the states it has no case for
        return str(_zipf_pick(self.rng, ["CONNECTING", "DELETING", "DESTROYING"]))

    def s_state_from(self) -> str:
        # set_state()'s transitions as an IKE_SA lives them
        old, self._s_state_to = _zipf_pick(self.rng, [  # type: ignore[misc]
            ("CONNECTING", "ESTABLISHED"), ("CREATED", "CONNECTING"), ("ESTABLISHED", "DELETING"),
            ("ESTABLISHED", "REKEYING"), ("REKEYING", "DELETING"), ("CONNECTING", "DESTROYING"),
            ("CREATED", "ESTABLISHED"), ("ESTABLISHED", "PASSIVE"),
        ])
        return str(old)

    def s_state_to(self) -> str:
        return self._s_state_to

    def s_rekey(self) -> int:
        return self.rng.randrange(9_000, 14_400)

    def s_lifetime(self) -> int:
        return self.rng.randrange(10_000, 15_840)

    def s_vip(self) -> str:
        return str(_zipf_pick(self.rng, ["10.10.10.2", "10.10.10.7", "10.10.11.34", "fd00:10::2"]))

    def s_any(self) -> str:
        return str(_zipf_pick(self.rng, ["%any", "%any6"]))

    def s_dns(self) -> str:
        return str(_zipf_pick(self.rng, ["vpn.example.com", "gw.branch.example.org", "fra.vpn.example.net"]))

    def s_retry(self) -> int:
        return self.rng.choice([30, 60, 120])

    def s_exchange(self) -> str:
        # a message of one IKE version arriving on an SA of the other: its exchange is of its version
        self._s_major = self.rng.choice([1, 2])
        if self._s_major == 1:
            return str(_zipf_pick(self.rng, ["ID_PROT", "INFORMATIONAL_V1", "AGGRESSIVE", "QUICK_MODE"]))
        return str(_zipf_pick(self.rng, ["IKE_SA_INIT", "INFORMATIONAL", "IKE_AUTH"]))

    def s_major(self) -> int:
        return self._s_major

    def s_ike_version(self) -> str:
        return "IKEv2" if self._s_major == 1 else "IKEv1"

    def s_thread(self) -> int:
        return int(_zipf_pick(self.rng, [5, 9, 12, 14, 7, 16, 3, 11]))  # type: ignore[call-overload]

    # -- round 7 (formats_round7); pools drawn once per log on first use, as round 6's
    def _r7_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool(name, make)))

    def _r7_strerror(self, choices: Sequence[str]) -> str:
        return str(_zipf_pick(self.rng, choices))

    # -- round 7: ProFTPD (syslog's "proftpd[pid]: " stripped; the session's "server (name[ip]) - " kept)
    def p_session(self) -> str:
        server = str(_zipf_pick(self.rng, ["ftp.example.com", "files.example.org"]))
        ip = self.client_ip()
        # UseReverseDNS is off by default: the name is the address; on, a resolved name
        name = ip if self.rng.random() < 0.7 else self._r7_pick("p_names", lambda: [
            "client-7.dsl.example.net", "host-203-0-113-9.isp.example", "backup01.corp.example.com"])
        return f"{server} ({name}[{ip}])"

    def p_strerror(self) -> str:
        return self._r7_strerror(["Permission denied", "No such file or directory", "Too many open files",
                                  "Not a directory", "Input/output error"])

    def p_user(self) -> str:
        return self._r7_pick("p_users", lambda: ["alice", "bob", "backup", "www-data", "deploy", "root", "carol"])

    def p_anon_user(self) -> str:
        return str(_zipf_pick(self.rng, ["anonymous", "ftp"]))

    def p_timeout(self) -> int:
        return int(_zipf_pick(self.rng, [600, 1800, 3600, 300]))  # type: ignore[call-overload]

    def p_display(self) -> str:
        return str(_zipf_pick(self.rng, ["/etc/proftpd/welcome.msg", "/srv/ftp/.message", "~/.welcome"]))

    def p_root(self) -> str:
        return "/home/" + self.p_user() if self.rng.random() < 0.6 else "/srv/ftp/" + self.p_user()

    def p_root_raw(self) -> str:
        # DefaultRoot after its %u is replaced; pr_fs_interpolate() resolves a leading ~
        user = self.p_user()
        raw, self._p_resolved = self.rng.choice([("~", f"/home/{user}"), ("~/public_ftp", f"/home/{user}/public_ftp"),
                                                 (f"/srv/ftp/{user}", f"/srv/ftp/{user}")])
        return raw

    def p_resolved(self) -> str:
        return self._p_resolved

    def p_remote_name(self) -> str:
        # the client's name and address: the address twice unless UseReverseDNS resolved a name
        self._p_ip = self.client_ip()
        return self._p_ip if self.rng.random() < 0.7 else "client-7.dsl.example.net"

    def p_remote_ip(self) -> str:
        return self._p_ip

    def p_local_ip(self) -> str:
        return str(_zipf_pick(self.rng, ["10.0.0.21", "192.0.2.10"]))

    def p_local_port(self) -> int:
        return int(_zipf_pick(self.rng, [21, 2121]))  # type: ignore[call-overload]

    # -- round 7: Exim (the main log's date stripped; debug lines' pid and the ending newline dropped)
    def e_strerror(self) -> str:
        return self._r7_strerror(["Too many open files", "Connection reset by peer", "Bad file descriptor",
                                  "Cannot allocate memory", "Resource temporarily unavailable"])

    def e_notifier(self) -> str:
        return "/var/spool/exim4/exim_daemon_notify"

    def e_ip(self) -> str:
        return self.client_ip()

    def e_port(self) -> int:
        return self.rng.randrange(1024, 65535)

    def e_interface(self) -> str:
        return str(_zipf_pick(self.rng, ["192.0.2.25", "10.0.0.25", "::1"]))

    def e_listen_port(self) -> int:
        return int(_zipf_pick(self.rng, [25, 587, 465]))  # type: ignore[call-overload]

    def e_count(self) -> int:
        return self.rng.randrange(1, 101)

    def e_limit_reached(self) -> int:
        # a count logged because it reached its limit: the count, then the limit, equal
        self._e_limit = int(_zipf_pick(self.rng, [20, 100, 5]))  # type: ignore[call-overload]
        return self._e_limit

    def e_max(self) -> int:
        return self._e_limit

    def e_load(self) -> float:
        return self.rng.uniform(4.0, 40.0)

    def e_whofrom(self) -> str:
        # "[address]", with ":port" when log_selector has +incoming_port (one configuration per log)
        ip = self.client_ip()
        if self._r6_pool("e_incoming_port", lambda: [self.rng.choice(["yes", "no"])])[0] == "yes":
            return f"[{ip}]:{self.e_port()}"
        return f"[{ip}]"

    def e_expand_error(self) -> str:
        return self.rng.choice([
            "unknown variable name \"interface_addres\"",
            "failed to open /etc/exim4/per_host_limits for linear search: No such file or directory",
            "missing or misplaced { or }",
            "lookup of \"" + self.client_ip() + "\" gave DEFER: connection refused",
        ])

    def e_non_digit(self) -> str:
        return str(_zipf_pick(self.rng, ["10 ", "5x", "unlimited", "20/host"]))

    def e_active_hostname(self) -> str:
        return "${if eq{$interface_port}{587}{submit.example.com}{mx1.example.com}}"

    def e_pid(self) -> int:
        return self.rng.randrange(1000, 60000)

    def e_fullhost(self) -> str:
        ip = self.client_ip()
        return self.rng.choice([f"[{ip}]", f"mail.example.org [{ip}]", f"(ylmf-pc) [{ip}]",
                                f"smtp-out.example.net (helo.example.net) [{ip}]"])

    def e_sender(self) -> str:
        return self._r7_pick("e_senders", lambda: ["alerts@monitoring.example.com", "bob@example.org",
                                                   "noreply@shop.example", "", "newsletter@lists.example.net"])

    # -- round 7: Samba (log.smbd's header line, "[date, level] file:line(function)", stripped)
    def sm_name(self) -> str:
        return str(_zipf_pick(self.rng, ["PROJECTS/Q3/report.docx", "users/alice/Desktop", "Public/scan0042.pdf",
                                         "home/bob/.profile"]))

    def sm_procid(self) -> str:
        return str(self.rng.randrange(1000, 40000))

    def sm_signal(self) -> int:
        # strsignal() of the same number
        number, self._sm_signame = _zipf_pick(self.rng, [  # type: ignore[misc]
            (11, "Segmentation fault"), (6, "Aborted"), (15, "Terminated"), (9, "Killed")])
        return int(number)

    def sm_signame(self) -> str:
        return self._sm_signame

    def sm_pid(self) -> int:
        return self.rng.randrange(1000, 40000)

    def sm_strerror(self) -> str:
        return self._r7_strerror(["Too many open files", "Address already in use", "Cannot assign requested address",
                                  "Resource temporarily unavailable", "Bad file descriptor"])

    def sm_iface(self) -> int:
        return self.rng.choice([0, 1, 2, 3])

    # -- round 7: FreeRADIUS (radius.log's "<date> : <Level>: " stripped; -X's debug lines as written)
    def r_auth_type(self) -> str:
        return str(_zipf_pick(self.rng, ["Local", "PAP", "CHAP", "MS-CHAP", "EAP", "LDAP", "System"]))

    def r_auth_types(self) -> int:
        return self.rng.choice([2, 2, 3])

    def r_user(self) -> str:
        return self._r7_pick("r_users", lambda: ["bob", "alice@example.com", "host/laptop-17.corp.example.com",
                                                 "00:1a:2b:3c:4d:5e", "guest", "anonymous@example.org"])

    def r_nas(self) -> str:
        return self._r7_pick("r_nas", lambda: ["wlc-hq", "10.20.0.2", "ap-floor3", "vpn-gw"])

    def r_nas_port(self) -> int:
        return self.rng.choice([0, 1, 13, 50331649, 2])

    def r_cli(self) -> str:
        if self.rng.random() < 0.3:
            return ""
        mac = "-".join(f"{self.rng.randrange(256):02X}" for _ in range(6))
        return " cli " + mac

    # -- round 7: Keepalived (syslog's "Keepalived_vrrp[pid]: " stripped)
    def k_iname(self) -> str:
        return self._r7_pick("k_inames", lambda: ["VI_1", "VI_WEB", "vrrp_db_v6", "VI_2", "HA_GW"])

    def k_script(self) -> str:
        return str(_zipf_pick(self.rng, ["chk_haproxy", "check_nginx", "chk_mysql_port"]))

    def k_spi(self) -> int:
        return self.rng.randrange(167772161, 2147483647)

    # the pairs a check logs are a mismatch: the received value, then the expected one, which differs
    def k_seq(self) -> int:
        self._k_next = self.rng.randrange(1, 90000)
        return self.rng.randrange(1, self._k_next + 1)

    def k_seq_local(self) -> int:
        return self._k_next

    def k_recv_error(self) -> int:
        return -1

    def k_short(self) -> int:
        return self.rng.choice([20, 24, 8, 0])

    def k_hdr4(self) -> int:
        return self.rng.choice([28, 40])

    def k_short6(self) -> int:
        return self.rng.choice([0, 4])

    def k_hdr6(self) -> int:
        return 8

    def k_ttl(self) -> int:
        return self.rng.choice([64, 254, 1, 128])

    def k_255(self) -> int:
        return 255

    def k_family(self) -> int:
        return 0

    def k_bad_auth_type(self) -> int:
        return self.rng.choice([3, 4, 255])

    def k_auth_got(self) -> int:
        got, self._k_next = self.rng.choice([(0, 1), (1, 0), (0, 2), (2, 1), (1, 2)])
        return got

    def k_expected(self) -> int:
        return self._k_next

    def k_adver(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 5]))  # type: ignore[call-overload]

    def k_adver0(self) -> int:
        # the statement divides a local still 0 at that point (adver_int), not the packet's interval
        return 0

    def k_version_got(self) -> int:
        got, self._k_next = self.rng.choice([(2, 3), (3, 2), (1, 2), (1, 3)])
        return got

    # -- round 7: PowerDNS (the time and "pdns_server[pid]: " stripped)
    def d_reason(self) -> str:
        return self.rng.choice([
            "Unable to launch gmysql connection: Unable to connect to database: Can't connect to MySQL server on "
            "'127.0.0.1:3306' (111)",
            "GSQLBackend lookup query:Failed to execute mysql_query, perhaps connection died? Err=1: Lost connection "
            "to MySQL server during query",
            "Unable to connect to database: connection to server at \"db.internal\" (10.0.3.4), port 5432 failed: "
            "FATAL:  too many connections for role \"pdns\"",
        ])

    def d_close_error(self) -> str:
        # closesocket() throws "Error closing socket: " and strerror()
        return "Error closing socket: " + self._r7_strerror(["Bad file descriptor", "Input/output error"])

    def d_strerror(self) -> str:
        return self._r7_strerror(["Transport endpoint is not connected", "Bad file descriptor"])

    def d_fd(self) -> int:
        return self.rng.randrange(12, 900)

    def d_remote(self) -> str:
        return self.client_ip()

    def d_remote_port(self) -> str:
        return f"{self.client_ip()}:{self.rng.randrange(1024, 65535)}"

    def d_qname(self) -> str:
        return str(_zipf_pick(self.rng, ["example.com", "www.example.com", "_dmarc.example.org",
                                         "mail.example.net", "example.org"]))

    def d_qtype(self) -> str:
        return str(_zipf_pick(self.rng, ["A", "AAAA", "MX", "TXT", "DNSKEY", "SOA", "ANY"]))

    def d_do(self) -> int:
        return self.rng.choice([0, 1])

    def d_bufsize(self) -> int:
        return int(_zipf_pick(self.rng, [512, 1232, 4096, 65535]))  # type: ignore[call-overload]

    def d_network_error(self) -> str:
        ip = self.client_ip()
        return self.rng.choice([f"Error reading DNS data from TCP client {ip}: Timeout reading data",
                                f"Error reading DNS data from TCP client {ip}: Did not fulfill read from TCP due "
                                "to EOF", "Timeout writing data", "Writing data: Broken pipe"])

    def d_stl_error(self) -> str:
        return str(_zipf_pick(self.rng, ["std::bad_alloc", "basic_string::_M_create", "map::at"]))

    def d_zone(self) -> str:
        return str(_zipf_pick(self.rng, ["example.com", "example.org", "10.in-addr.arpa", "corp.example.net"]))

    def d_client(self) -> str:
        return f"{self.client_ip()}:{self.rng.randrange(1024, 65535)}"

    def d_tsig_key(self) -> str:
        return str(_zipf_pick(self.rng, ["xfr-key", "secondary1.", "tsig-ns2.example.com"]))

    def d_tsig_algo(self) -> str:
        return str(_zipf_pick(self.rng, ["hmac-sha256", "hmac-md5", "hmac-sha512"]))

    # -- round 8 (formats_round8); pools drawn once per log on first use, as rounds 6 and 7's
    def _r8_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r8/" + name, make)))

    # -- round 8: chrony (syslog's "chronyd[pid]: " stripped; DEBUG_LOG's "<time> file:line:(function) " too)
    def cy_time(self) -> str:
        # UTI_TimeToLogForm(): the end of the NTP era or of a 32-bit time_t
        return str(_zipf_pick(self.rng, ["2036-02-07T06:28:15Z", "2038-01-19T03:14:07Z", "2104-02-26T09:42:23Z"]))

    def cy_key(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 10, 42, 65535]))  # type: ignore[call-overload]

    def cy_ip(self) -> str:
        return self._r8_pick("cy_ip", lambda: ["192.0.2.10", "203.0.113.5", "2001:db8::123", "10.0.0.1",
                                               "162.159.200.1"])

    def cy_sockaddr(self) -> str:
        # UTI_IPSockAddrToString(): the address, a colon, the port
        return f"{self.cy_ip()}:123"

    def cy_bad_version(self) -> int:
        return int(_zipf_pick(self.rng, [0, 5, 6, 7]))  # type: ignore[call-overload]

    def cy_bad_length(self) -> int:
        return int(_zipf_pick(self.rng, [12, 36, 47, 50, 44]))  # type: ignore[call-overload]

    # -- round 8: OpenLDAP slapd (syslog's "slapd[pid]: " stripped, the ending newline dropped)
    def ld_dtblsize(self) -> int:
        return int(_zipf_pick(self.rng, [1024, 4096, 65536]))  # type: ignore[call-overload]

    def ld_changeidx(self) -> int:
        return self.rng.choice([0, 1])

    def ld_maxchanges(self) -> int:
        self._ld_max = int(_zipf_pick(self.rng, [256, 512, 1024, 2048]))  # type: ignore[call-overload]
        return self._ld_max

    def ld_maxchanges2(self) -> int:
        return 2 * self._ld_max

    def ld_fd(self) -> int:
        return int(_zipf_pick(self.rng, [7, 8, 9, 12, 13, 15, 16, 21, 22, 30]))  # type: ignore[call-overload]

    def ld_errno(self) -> int:
        return int(_zipf_pick(self.rng, [24, 9, 12, 22]))  # type: ignore[call-overload]

    def ld_flag(self) -> int:
        return self.rng.choice([0, 1])

    def ld_pointer(self) -> str:
        return "0x" + self._r8_pick("ld_pointer", lambda: [
            f"{self.rng.randrange(0x55d000000000, 0x55dfffffffff):x}" for _ in range(5)])

    def ld_slp_error(self) -> int:
        return int(_zipf_pick(self.rng, [-19, -1, -23, 0]))  # type: ignore[call-overload]

    def ld_slp_url(self) -> str:
        return str(_zipf_pick(self.rng, ["service:ldap://ldap.example.com", "service:ldaps://ldap.example.com",
                                         "service:ldap://10.0.0.5:389"]))

    def ld_socket_path(self) -> str:
        return "/var/run/" + "openldap/" * self.rng.randrange(6, 12) + "ldapi"

    def ld_gai_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Name or service not known", "Temporary failure in name resolution",
                                         "Address family for hostname not supported"]))

    # -- round 8: Suricata (the default log format's "<time> - <<level>> - " stripped)
    def su_bpf_file(self) -> str:
        return str(_zipf_pick(self.rng, ["/etc/suricata/bpf.conf", "/etc/suricata/capture-filter.bpf",
                                         "bpf-filter.txt"]))

    def su_prog(self) -> str:
        return "Suricata"

    def su_version(self) -> str:
        return str(_zipf_pick(self.rng, ["3.2.1", "3.1.2", "3.2dev"]))

    def su_rev(self) -> str:
        return str(_zipf_pick(self.rng, ["a1b2c3d", "e4f5a6b", "0f9e8d7"]))

    # -- round 8: Kea DHCPv4 ("<date> <LEVEL> [kea-dhcp4.<logger>/<pid>.<thread>] " stripped)
    def ke_iface(self) -> str:
        return str(_zipf_pick(self.rng, ["eth0", "eth1", "ens3", "br-lan"]))

    def ke_process(self) -> str:
        return "kea-dhcp4"

    def ke_pid_file(self) -> str:
        return f"PID: {self.rng.randrange(300, 40_000)}, PID file: /run/kea/kea-dhcp4.kea-dhcp4.pid"

    def ke_src_ip(self) -> str:
        return str(_zipf_pick(self.rng, ["0.0.0.0", "10.0.1.1", "192.168.10.1", self.client_ip()]))

    def ke_client_port(self) -> int:
        return int(_zipf_pick(self.rng, [68, 67]))  # type: ignore[call-overload]

    def ke_dst_ip(self) -> str:
        return str(_zipf_pick(self.rng, ["255.255.255.255", "10.0.1.2", "192.168.10.2"]))

    def ke_server_port(self) -> int:
        return 67

    def ke_receive_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "failed to receive UDP4 data", "Interrupted system call",
            "receive timeout must be non-negative", "truncated DHCPv4 packet (len=230)"]))

    def ke_signal(self) -> int:
        return int(_zipf_pick(self.rng, [1, 15, 2]))  # type: ignore[call-overload]

    def ke_client(self) -> str:
        # Pkt4::getLabel(): the hardware address, the client id (or "no info") and the transaction id
        mac = self._r8_pick("ke_mac", lambda: [
            ":".join(f"{self.rng.randrange(256):02x}" for _ in range(6)) for _ in range(8)])
        cid = f"[01:{mac}]" if self.rng.random() < 0.6 else "no info"
        return f"[hwtype=1 {mac}], cid={cid}, tid=0x{self.rng.randrange(1 << 32):x}"

    def ke_classes(self) -> str:
        return str(_zipf_pick(self.rng, ["ALL, KNOWN", "ALL, VENDOR_CLASS_PXEClient, KNOWN", "ALL, UNKNOWN",
                                         "ALL, voip, KNOWN"]))

    def ke_class(self) -> str:
        return str(_zipf_pick(self.rng, ["VENDOR_CLASS_MSFT 5.0", "VENDOR_CLASS_android-dhcp-11", "printers"]))

    def ke_subnet_id(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 10, 101]))  # type: ignore[call-overload]

    def ke_fqdn_data(self) -> str:
        name = self.ke_hostname()
        return f"flags: [N: 0 E: 1 O: 0 S: 1], rcode1: 0, rcode2: 0, domain-name='{name}.', domain-name-type=full"

    def ke_hostname(self) -> str:
        return self._r8_pick("ke_host", lambda: ["laptop-ann", "printer-3f", "android-5b2c9e", "iphone",
                                                 "desktop-q8x1"])

    def ke_name_error(self) -> str:
        return str(_zipf_pick(self.rng, ["invalid domain name", "label too long",
                                         "name contains invalid characters"]))

    def ke_command(self) -> str:
        return str(_zipf_pick(self.rng, ["config-get", "lease4-get", "statistic-get-all", "config-reload"]))

    def ke_arguments(self) -> str:
        return str(_zipf_pick(self.rng, ['{ "ip-address": "10.0.1.25" }', "(none)", '{ "name": "pkt4-received" }']))

    def ke_config_summary(self) -> str:
        subnets = self.rng.randrange(1, 12)
        return (f"added IPv4 subnets: {subnets}; option data set; DDNS: "
                + str(_zipf_pick(self.rng, ["disabled", "enabled"])) + ";")

    def ke_config_file(self) -> str:
        return str(_zipf_pick(self.rng, ["/etc/kea/kea-dhcp4.conf", "/usr/local/etc/kea/kea-dhcp4.conf"]))

    def ke_reason(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/etc/kea/kea-dhcp4.conf:42.9: syntax error, unexpected }",
            "subnet configuration failed: a pool of type V4, with the following address range: "
            "10.0.1.100-10.0.1.200 does not match the prefix of a subnet: 10.0.2.0/24",
            "Unable to open database: unable to connect to database"]))

    def ke_subnet(self) -> str:
        return str(_zipf_pick(self.rng, ["10.0.1.0/24 with params: t1=900, t2=1800, valid-lifetime=3600",
                                         "192.168.10.0/24 with params: valid-lifetime=7200",
                                         "10.0.2.0/23 with params: t1=1800, t2=3150, valid-lifetime=3600"]))

    def ke_option_code(self) -> int:
        return int(_zipf_pick(self.rng, [6, 3, 15, 42, 119]))  # type: ignore[call-overload]

    def ke_config_json(self) -> str:
        return str(_zipf_pick(self.rng, ['{ "Dhcp4": { "interfaces-config": { "interfaces": [ "eth0" ] } } }',
                                         '{ "Dhcp4": { "valid-lifetime": 4000, "subnet4": [ ] } }']))

    # -- round 8: lighttpd (the error log's "<date>: (server.c.<line>) " stripped)
    def lt_pid_file(self) -> str:
        return str(_zipf_pick(self.rng, ["/run/lighttpd.pid", "/var/run/lighttpd/lighttpd.pid"]))

    def lt_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Permission denied", "No such file or directory", "Bad file descriptor",
                                         "Operation not permitted", "Read-only file system"]))

    def lt_pid(self) -> int:
        return self.rng.randrange(300, 40_000)

    def lt_connections(self) -> int:
        return self.rng.randrange(1, 300)

    def lt_bad_timeout(self) -> str:
        return str(_zipf_pick(self.rng, ["-5", "10s", "abc", "1e3"]))

    def lt_service_dir(self) -> str:
        return str(_zipf_pick(self.rng, ["C:\\lighttpd", "D:\\srv\\lighttpd"]))

    # -- round 8: dnsmasq (syslog's "dnsmasq[pid]: ", "dnsmasq-dhcp[pid]: ", "dnsmasq-tftp[pid]: " stripped)
    def dq_version(self) -> str:
        return str(_zipf_pick(self.rng, ["2.76", "2.80", "2.85", "2.89"]))

    def dq_cachesize(self) -> int:
        return int(_zipf_pick(self.rng, [150, 1000, 10000, 500]))  # type: ignore[call-overload]

    def dq_compile_opts(self) -> str:
        return str(_zipf_pick(self.rng, [
            "IPv6 GNU-getopt DBus i18n IDN DHCP DHCPv6 no-Lua TFTP conntrack ipset auth DNSSEC loop-detect "
            "inotify dumpfile",
            "IPv6 GNU-getopt no-DBus no-i18n no-IDN DHCP DHCPv6 no-Lua TFTP no-conntrack ipset auth no-DNSSEC "
            "loop-detect inotify"]))

    def dq_log_file(self) -> str:
        return str(_zipf_pick(self.rng, ["/var/log/dnsmasq.log", "/var/log/dnsmasq/dnsmasq.log"]))

    def dq_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Operation not permitted", "No such file or directory"]))

    def dq_iface(self) -> str:
        return str(_zipf_pick(self.rng, ["eth0", "br0", "wlan0", "enp2s0", "lan"]))

    def dq_max_logs(self) -> int:
        return int(_zipf_pick(self.rng, [5, 25, 100]))  # type: ignore[call-overload]

    def dq_tftp_root(self) -> str:
        return str(_zipf_pick(self.rng, ["/srv/tftp", "/var/lib/tftpboot", "/tftpboot/pxelinux"]))

    # -- round 9 (formats_round9); pools drawn once per log on first use, as rounds 6 to 8's
    def _r9_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r9/" + name, make)))

    # -- round 9: vsftpd (the date stripped; "[pid N] [user] " as logging.c writes them)
    def vs_pid(self) -> int:
        return int(self._r9_pick("vs_pid", lambda: [str(self.rng.randrange(900, 40_000)) for _ in range(12)]))

    def vs_user(self) -> str:
        self._vs_user = self._r9_pick("vs_user", lambda: ["ftp", "alice", "backup", "www-data", "deploy",
                                                          "scanner"])
        return self._vs_user

    def vs_user_part(self) -> str:
        # FTP commands and responses before USER have no user
        return f"[{self.vs_user()}] " if self.rng.random() < 0.7 else ""

    def vs_ip(self) -> str:
        return self.rng.choice(self._ips) if self.rng.random() < 0.8 else f"::ffff:{self.rng.choice(self._ips)}"

    def vs_anon(self) -> str:
        # the anonymous password, only for an anonymous login (user "ftp")
        if self._vs_user != "ftp":
            return ""
        return ', anon password "' + str(_zipf_pick(self.rng, ["?", "guest@", "mozilla@example.com", "-wget@"])) + '"'

    def vs_path(self) -> str:
        return self._r9_pick("vs_path", lambda: [
            "/pub/debian-cd/debian-12.4.0-amd64-netinst.iso", "/home/alice/reports/q3.pdf", "/upload/scan_0042.jpg",
            "/var/backups/db-2026-12-05.sql.gz", "/srv/www/index.html", "/pub/README", "/incoming/firmware.bin"])

    def vs_dir(self) -> str:
        return self._r9_pick("vs_dir", lambda: ["/upload/2026-12", "/home/alice/tmp", "/incoming/new",
                                                "/srv/www/assets", "/pub/mirror"])

    def vs_bytes(self) -> str:
        # ", N bytes" unless nothing was transferred
        return f", {self._skewed_int(1, 4_000_000_000)} bytes" if self.rng.random() < 0.95 else ""

    def vs_bytes_or_none(self) -> str:
        return f", {self._skewed_int(1, 400_000_000)} bytes" if self.rng.random() < 0.5 else ""

    def vs_rate(self) -> str:
        return f"{self.rng.uniform(0.5, 90_000):.2f}"

    def vs_command(self) -> str:
        return str(_zipf_pick(self.rng, [
            "PASV", "LIST", "TYPE I", "PWD", "USER alice", "PASS <password>", "CWD /pub", "RETR README", "QUIT",
            "SYST", "FEAT", "EPSV", "STOR scan_0042.jpg", "SIZE /pub/README", "MKD new"]))

    def vs_response(self) -> str:
        return str(_zipf_pick(self.rng, [
            "227 Entering Passive Mode (10,0,0,5,195,80).", "150 Here comes the directory listing.",
            "226 Directory send OK.", "200 Switching to Binary mode.", '257 "/"', "331 Please specify the password.",
            "230 Login successful.", "250 Directory successfully changed.", "221 Goodbye.", "530 Login incorrect.",
            "220 (vsFTPd 2.0.7)", "215 UNIX Type: L8"]))

    # -- round 9: Asterisk ("[date] LEVEL[thread]: file:line function: " stripped)
    def as_signature(self) -> str:
        return "".join(f" {self.rng.randrange(256):02x}" for _ in range(16))

    def as_module(self) -> str:
        self._as_module = self._r9_pick("as_module", lambda: list(_AS_MODULES))
        return self._as_module

    def as_dlerror(self) -> str:
        return str(_zipf_pick(self.rng, [
            "libpri.so.1: cannot open shared object file: No such file or directory",
            "/usr/lib/asterisk/modules/res_odbc.so: undefined symbol: SQLAllocHandle",
            "/usr/lib/asterisk/modules/chan_dahdi.so: cannot open shared object file: No such file or directory",
            "libspeex.so.1: wrong ELF class: ELFCLASS32"]))

    def as_usecount(self) -> int:
        return self._skewed_int(1, 40)

    def as_reload_name(self) -> str:
        self._as_name = self.as_module().removesuffix(".so")
        return self._as_name

    def as_same_name(self) -> str:
        return self._as_name

    def as_description(self) -> str:
        # the description of the module just named
        return _AS_MODULES[self._as_module]

    # -- round 9: Kamailio ("LEVEL: <core> [core/tcp_main.c:LINE]: " stripped, "function(): " kept)
    def km_action(self) -> str:
        return str(_zipf_pick(self.rng, ["close", "timeout", "connect", "accept"]))

    def km_conn_id(self) -> int:
        return self.rng.randrange(1, 60_000)

    def km_state(self) -> int:
        return int(_zipf_pick(self.rng, [0, 2, 3, 4, -1, 1]))  # type: ignore[call-overload]

    def km_flags(self) -> int:
        return int(_zipf_pick(self.rng, [0x2, 0x0, 0x22, 0x10, 0x402]))  # type: ignore[call-overload]

    def km_fd(self) -> int:
        return self.rng.randrange(8, 900)

    def km_local_ip(self) -> str:
        return self._r9_pick("km_local", lambda: ["10.0.0.10", "192.0.2.20", "2001:db8::10"])

    def km_local_port(self) -> int:
        return int(_zipf_pick(self.rng, [5060, 5061, 8443]))  # type: ignore[call-overload]

    def km_remote_ip(self) -> str:
        return self.rng.choice(self._ips)

    def km_remote_port(self) -> int:
        return self.rng.randrange(1024, 65_535)

    def km_reason(self) -> str:
        return str(_zipf_pick(self.rng, ["-", "eof", "read-error", "send-timeout", "lifetime"]))

    def km_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Bad file descriptor", "Invalid argument", "Protocol not available",
                                         "Operation not permitted", "Operation not supported"]))

    def km_user_timeout(self) -> int:
        return int(_zipf_pick(self.rng, [10_000, 30_000, 60_000]))  # type: ignore[call-overload]

    def km_errno(self) -> int:
        pair: tuple[int, str] = _zipf_pick(self.rng, [  # type: ignore[assignment]
            (9, "Bad file descriptor"), (22, "Invalid argument"), (111, "Connection refused"),
            (113, "No route to host"), (104, "Connection reset by peer")])
        self._km_errtext = pair[1]
        return pair[0]

    def km_errtext(self) -> str:
        return self._km_errtext

    def km_sockaddr(self) -> str:
        return f"{self.rng.choice(self._ips)}:{_zipf_pick(self.rng, [5060, 5061, 5080])}"

    # -- round 9: Knot DNS ("<time> <level>: " stripped)
    def kn_addr(self) -> str:
        return self._r9_pick("kn_addr", lambda: ["0.0.0.0@53", "::@53", "192.0.2.53@53", "2001:db8::53@53",
                                                 "127.0.0.1@5353"])

    def kn_error(self) -> str:
        return str(_zipf_pick(self.rng, ["address already in use", "permission denied", "not enough memory",
                                         "operation not supported", "invalid parameter",
                                         "cannot assign requested address"]))

    def kn_conf_file(self) -> str:
        return str(_zipf_pick(self.rng, ["/etc/knot/knot.conf", "/usr/local/etc/knot/knot.conf"]))

    # -- round 9: CoreDNS ("[DEBUG] " stripped)
    def cd_id(self) -> int:
        return self.rng.randrange(0, 65_536)

    def cd_qname(self) -> str:
        return self._r9_pick("cd_qname", lambda: ["example.org.", "kubernetes.default.svc.cluster.local.",
                                                  "api.example.com.", "_dns.resolver.arpa.", "www.example.net."])

    def cd_qtype(self) -> int:
        return int(_zipf_pick(self.rng, [1, 28, 15, 16, 33, 12]))  # type: ignore[call-overload]

    # -- round 9: Prosody ("<time> <source>", a tab, "<level>" and a tab stripped)
    def ps_module(self) -> str:
        return self._r9_pick("ps_module", lambda: ["tls", "saslauth", "roster", "carbons", "mam", "http_upload",
                                                   "smacks", "csi", "bosh", "muc", "pep", "vcard"])

    def ps_host(self) -> str:
        return self._r9_pick("ps_host", lambda: ["example.com", "conference.example.com", "upload.example.com",
                                                 "localhost", "chat.example.org"])

    def ps_component(self) -> str:
        return self._r9_pick("ps_component", lambda: ["conference.example.com", "upload.example.com",
                                                      "proxy.example.com"])

    def ps_load_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/usr/lib/prosody/modules/mod_{0}.lua: No such file or directory",
            "module 'lib.ssl' not found",
            "/usr/lib/prosody/modules/mod_{0}.lua:41: '=' expected near 'end'"])).format(self.ps_module())

    def ps_lua_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/usr/lib/prosody/modules/mod_mam.lua:57: attempt to index a nil value",
            "mod_carbons.lua:22: bad argument #1 to 'hook' (string expected, got nil)",
            "storage backend not available", "nil", "Unable to open database: permission denied"]))

    def ps_function(self) -> str:
        return "function: 0x" + self._r9_pick("ps_fn", lambda: [
            f"{self.rng.randrange(0x8000000, 0x9ffffff):x}" for _ in range(3)])

    def ps_option(self) -> str:
        return str(_zipf_pick(self.rng, ["c2s_require_encryption", "s2s_secure_auth", "storage", "http_ports",
                                         "admins", "authentication", "limits", "c2s_ports"]))

    # -- round 10 (formats_round10); pools drawn once per log on first use, as rounds 6 to 9's
    def _r10_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r10/" + name, make)))

    # -- round 10: NSD ("[<time>] nsd[<pid>]: <level>: " stripped)
    def nd_strerror(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Address already in use", "Permission denied", "Cannot assign requested address",
            "Address family not supported by protocol", "Too many open files", "Protocol not available",
            "Invalid argument", "Resource temporarily unavailable", "Cannot allocate memory"]))

    # -- round 10: Pure-FTPd (doreply()'s debug echo of each reply line; one reply drawn, its lines in turn)
    def pf_code(self) -> int:
        if not self._pf_lines:
            reply: tuple[int, list[str]] = _zipf_pick(self.rng, _PF_REPLIES)  # type: ignore[assignment]
            code, lines = reply
            self._pf_lines = [(code, "-" if n < len(lines) - 1 else " ", line) for n, line in enumerate(lines)]
        self._pf_line = self._pf_lines.pop(0)
        return int(self._pf_line[0])

    def pf_sep(self) -> str:
        return self._pf_line[1]

    def pf_text(self) -> str:
        return self._pf_line[2]

    def pf_session(self) -> str:
        # logfile()'s "(<account>@<host>) ": "?" before login
        user = self._r10_pick("pf_user", lambda: ["?", "alice", "backup", "www", "ftp", "deploy"])
        return f"({user}@{self.rng.choice(self._ips)})"

    # -- round 10: nftables (netlink_io_error(): "Error: " and the message)
    def nf_strerror(self) -> str:
        return str(_zipf_pick(self.rng, [
            "No such file or directory", "Device or resource busy", "Operation not permitted", "File exists",
            "Invalid argument", "Operation not supported", "No buffer space available", "Message too long"]))

    def nf_enoent(self) -> str:
        return "No such file or directory"

    def nf_chain(self) -> str:
        return self._r10_pick("nf_chain", lambda: ["input", "forward", "output", "prerouting", "postrouting",
                                                   "DOCKER-USER", "f2b-sshd", "log_drop"])

    def nf_table(self) -> str:
        return self._r10_pick("nf_table", lambda: ["filter", "nat", "fw4", "firewalld", "mangle", "docker"])

    # -- round 10: sssd ("(<time>): [sssd] [<function>] (<level>): " stripped)
    def ss_peer(self) -> str:
        return self._r10_pick("ss_peer", lambda: ["nss", "pam", "example.com", "sudo", "ssh", "ad.corp.local",
                                                  "autofs", "ifp", "pac"])

    def ss_bad_service(self) -> str:
        return str(_zipf_pick(self.rng, ["sshd", "nss2", "kcm2", "secrets", "pam_sss"]))

    def ss_service(self) -> str:
        return self._r10_pick("ss_service", lambda: ["nss", "pam", "sudo", "ssh", "autofs", "pac", "ifp", "kcm"])

    def ss_version(self) -> int:
        return 1

    def ss_pid(self) -> int:
        return int(self._r10_pick("ss_pid", lambda: [str(self.rng.randrange(400, 60_000)) for _ in range(10)]))

    def ss_exit_code(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 3, 2, 4, 255]))  # type: ignore[call-overload]

    def ss_signal(self) -> int:
        return int(_zipf_pick(self.rng, [9, 11, 6, 15, 7]))  # type: ignore[call-overload]

    def ss_name(self) -> str:
        return self._r10_pick("ss_name", lambda: ["nss", "pam", "example.com", "sudo", "ad.corp.local", "ssh",
                                                  "implicit_files", "ipa.example.org"])

    def ss_domain(self) -> str:
        return self._r10_pick("ss_domain", lambda: ["example.com", "ad.corp.local", "ipa.example.org",
                                                    "implicit_files", "LDAP"])

    # -- round 10: ntpd ("ntpd[<pid>]: " stripped)
    def nt_setsize(self) -> int:
        return 1024

    def nt_big_fd(self) -> int:
        return self.rng.randrange(1024, 1400)

    def nt_addr4(self) -> str:
        return self._r10_pick("nt_addr4", lambda: [f"10.0.{self.rng.randrange(0, 9)}.{self.rng.randrange(2, 250)}"
                                                   for _ in range(4)] + ["127.0.0.1", "192.168.1.20"])

    def nt_addr6(self) -> str:
        return self._r10_pick("nt_addr6", lambda: ["fe80::5054:ff:fe12:3456%2", "::1", "2001:db8::123",
                                                   "fe80::1%3"])

    def nt_addr(self) -> str:
        return self.nt_addr4() if self.rng.random() < 0.7 else self.nt_addr6()

    def nt_ifindex(self) -> int:
        return int(_zipf_pick(self.rng, [2, 3, 1, 4, 5]))  # type: ignore[call-overload]

    def nt_ifnum(self) -> int:
        return self._skewed_int(0, 30)

    def nt_ifname(self) -> str:
        return self._r10_pick("nt_ifname", lambda: ["eth0", "lo", "ens3", "wlan0", "docker0", "br-lan", "eth1"])

    def nt_port(self) -> int:
        return 123

    def nt_received(self) -> int:
        return self._skewed_int(0, 5_000_000)

    def nt_sent(self) -> int:
        return self._skewed_int(0, 5_000_000)

    def nt_dropped(self) -> int:
        return self._skewed_int(0, 200)

    def nt_active(self) -> int:
        return self._skewed_int(10, 30_000_000)

    def nt_bcast(self) -> str:
        return self._r10_pick("nt_bcast", lambda: ["10.0.0.255", "192.168.1.255", "10.0.3.255"])

    def nt_sockaddr(self) -> str:
        # sptoa(): "<addr>:123", an IPv6 address in brackets
        address = self.nt_addr()
        return f"[{address}]:123" if ":" in address else f"{address}:123"

    def nt_wildcard(self) -> str:
        return str(_zipf_pick(self.rng, ["0.0.0.0", "::"]))

    # -- round 10: CUPS ("<L> [<date>] " or syslog's "cupsd[<pid>]: " stripped)
    def cu_conf(self) -> str:
        return str(_zipf_pick(self.rng, ["/etc/cups/cupsd.conf", "/usr/local/etc/cups/cupsd.conf"]))

    def cu_tempdir(self) -> str:
        return str(_zipf_pick(self.rng, ["/var/spool/cups/tmp", "/private/var/spool/cups/tmp"]))

    def cu_tempfile(self) -> str:
        return f"/var/spool/cups/tmp/{''.join(self.rng.choices('0123456789abcdef', k=13))}"

    def cu_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Permission denied", "No such file or directory", "Bad file descriptor",
                                         "Interrupted system call", "Invalid argument", "Read-only file system"]))

    def cu_dead(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1]))  # type: ignore[call-overload]

    def cu_reload(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    def cu_index(self) -> int:
        return self._skewed_int(0, 60)

    def cu_fd(self) -> int:
        return self.rng.randrange(-1, 200)

    def cu_file(self) -> int:
        return int(_zipf_pick(self.rng, [-1, 0, 12, 17]))  # type: ignore[call-overload]

    def cu_state(self) -> int:
        return int(_zipf_pick(self.rng, [0, 2, 3, 5, 1]))  # type: ignore[call-overload]

    def cu_job(self) -> int:
        return self.rng.randrange(1, 9_000)


    # -- round 11 (formats_round11); pools drawn once per log on first use, as rounds 6 to 10's
    def _r11_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r11/" + name, make)))

    def _r11_pointer(self, name: str) -> str:
        return self._r11_pick(name, lambda: [f"0x{self.rng.randrange(0x55D000000000, 0x55DFFFFFFFFF):x}"
                                             for _ in range(12)])

    # -- round 11: rsyslog (LogError(): the tag stripped; an error code's "[try ...]" after the message)
    def rs_errcode(self) -> int:
        self._rs_code = int(_zipf_pick(self.rng, [-2078, -2068, -1006, -2079]))  # type: ignore[call-overload]
        return self._rs_code

    def rs_code(self) -> int:
        # the last error code drawn, as the "[try ...]" pointer gives it
        return abs(self._rs_code)

    def rs_level_char(self) -> str:
        return str(_zipf_pick(self.rng, ["x", "o", ")", ",", "a"]))

    def rs_option_char(self) -> str:
        return str(_zipf_pick(self.rng, ["x", "t", "Z", "p", "c"]))

    # -- round 11: containerd (logrus TextFormatter; time= and level= stripped)
    def co_version(self) -> int:
        return int(_zipf_pick(self.rng, [2, 1]))  # type: ignore[call-overload]

    def co_migration(self) -> str:
        return f"{self.rng.uniform(0.05, 40):.6f}ms"

    def co_id(self) -> str:
        self._co_id = self._r11_pick("co_id", lambda: [
            "io.containerd.snapshotter.v1.overlayfs", "io.containerd.content.v1.content",
            "io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs",
            "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper",
            "io.containerd.grpc.v1.cri", "io.containerd.tracing.processor.v1.otlp",
            "io.containerd.internal.v1.tracing", "io.containerd.metadata.v1.bolt",
            "io.containerd.runtime.v2.task", "io.containerd.service.v1.tasks-service"])
        return self._co_id

    def co_type(self) -> str:
        return self._co_id.rsplit(".", 1)[0]

    def co_skip_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "no OpenTelemetry endpoint: skip plugin",
            "path /var/lib/containerd/io.containerd.snapshotter.v1.btrfs (ext4) must be a btrfs filesystem to be "
            "used with the btrfs snapshotter: skip plugin",
            "devmapper not configured: skip plugin",
            "aufs is not supported (modprobe aufs failed: exit status 1 \"modprobe: FATAL: Module aufs not found "
            "in directory /lib/modules/6.1.0-18-amd64\\n\"): skip plugin",
            "path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the "
            "zfs snapshotter: skip plugin"]))

    def co_load_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "failed to create CRI service: failed to create cni conf monitor for default: no such file or directory",
            "no plugins registered for io.containerd.warning.v1",
            "timeout waiting for containerd to start", "context deadline exceeded",
            "open /etc/containerd/certs.d: permission denied"]))

    def co_nil_error(self) -> str:
        return "<nil>"

    def co_close_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "close /var/lib/containerd/io.containerd.metadata.v1.bolt/meta.db: bad file descriptor",
            "context canceled", "shim: ttrpc: closed"]))

    def co_count(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3]))  # type: ignore[call-overload]

    def co_proxy_type(self) -> str:
        return str(_zipf_pick(self.rng, ["snapshotter", "runtime", "stargz", "image"]))

    def co_proxy_name(self) -> str:
        return self._r11_pick("co_proxy", lambda: ["stargz", "nydus", "soci", "fuse-overlayfs"])

    def co_platform_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "\"linux/amd65\": unknown operating system or architecture: invalid argument",
            "\"arm/v9\": unknown operating system or architecture: invalid argument",
            "\"\": invalid argument"]))

    # -- round 11: PgBouncer (slog's "C-<pointer>: <db>/<user>@<addr>:<port> "; "<time> [<pid>] <LEVEL> " stripped)
    def pb_socket(self, kind: str) -> str:
        pointer = self._r11_pointer("pb_" + kind)
        db = self._r11_pick("pb_db", lambda: ["app", "orders", "analytics", "pgbouncer", "billing", "auth"])
        user = self._r11_pick("pb_user", lambda: ["app_rw", "reporting", "postgres", "svc_billing", "etl"])
        address = self.rng.choice(self._ips) if kind == "client" else self._r11_pick(
            "pb_server_addr", lambda: ["10.20.0.11", "10.20.0.12", "127.0.0.1"])
        port = self.rng.randrange(32768, 61000) if kind == "client" else 5432
        return f"{kind[0].upper()}-{pointer}: {db}/{user}@{address}:{port}"

    def pb_auth_db(self) -> str:
        return self._r11_pick("pb_auth_db", lambda: ["authdb", "postgres", "pgbouncer_auth", "users"])

    def pb_admin_db(self) -> str:
        return "pgbouncer"

    def pb_age(self) -> int:
        return self._skewed_int(0, 90_000)

    def pb_subject(self) -> str:
        return self._r11_pick("pb_subject", lambda: ["/CN=app_rw", "/C=US/O=Example/CN=reporting",
                                                     "/CN=etl.example.com", "/O=Acme/OU=db/CN=svc_billing"])

    # -- round 11: Tor ("<time> [<severity>] " stripped)
    def to_type_num(self) -> int:
        return self.rng.randrange(16, 40)

    def to_state_num(self) -> int:
        return self.rng.randrange(0, 20)

    def to_conn_type(self) -> str:
        return str(_zipf_pick(self.rng, ["OR", "Exit", "Socks", "Directory", "Control", "OR listener",
                                         "Socks listener", "DNS listener", "Extended OR"]))

    def to_conn_state(self) -> str:
        return str(_zipf_pick(self.rng, [
            "open", "handshaking (TLS)", "connect()ing", "waiting for circuit", "client reading", "connecting",
            "ready", "handshaking (Tor, v3 handshake)", "waiting for connect response", "resolve failed"]))

    def to_bytes(self) -> int:
        return self._skewed_int(0, 600_000)

    def to_socket_path(self) -> str:
        return self._r11_pick("to_sock", lambda: ["/run/tor/control", "/run/tor/socks", "/var/lib/tor/control",
                                                  "/var/run/tor/control.sock"])

    def to_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Permission denied", "Read-only file system", "Is a directory",
                                         "Operation not permitted", "Device or resource busy"]))

    def to_pointer(self) -> str:
        return self._r11_pointer("to_pointer")

    def to_channel_id(self) -> int:
        return self._skewed_int(1, 5_000_000)

    def to_fd(self) -> int:
        return self.rng.randrange(5, 8192)

    def to_source_file(self) -> str:
        return str(_zipf_pick(self.rng, ["src/core/or/connection_or.c", "src/core/or/relay.c",
                                         "src/core/or/connection_edge.c", "src/feature/dircommon/directory.c",
                                         "src/core/or/channeltls.c"]))

    def to_line(self) -> int:
        return self.rng.randrange(100, 3500)

    # -- round 11: hostapd (wpa_printf(): the message alone)
    def ha_iface(self) -> str:
        return self._r11_pick("ha_iface", lambda: ["wlan0", "wlan1", "wlan0-1", "phy0-ap0", "wlp3s0", "ap0"])

    def ha_keyidx(self) -> int:
        return self.rng.randrange(0, 4)

    def ha_mgmt_keyidx(self) -> int:
        return self.rng.randrange(4, 6)

    def ha_pointer(self) -> str:
        return self._r11_pointer("ha_pointer")

    # -- round 11: InfluxDB (Go's log: "<date> <time> " stripped)
    def ix_leader_error(self) -> str:
        return str(_zipf_pick(self.rng, ["timeout", "raft store closed"]))

    def ix_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "node is not the leader", "timeout", "raft store closed",
            f"dial tcp {self.rng.choice(self._ips)}:8088: connection refused", "meta store closed",
            "read message type: EOF"]))

    def ix_cpu_profile(self) -> str:
        return str(_zipf_pick(self.rng, ["/tmp/influxd.cpu", "/var/lib/influxdb/cpu.prof", "cpu.pprof"]))

    def ix_mem_profile(self) -> str:
        return str(_zipf_pick(self.rng, ["/tmp/influxd.mem", "/var/lib/influxdb/mem.prof", "mem.pprof"]))

    # -- round 12 (formats_round12); pools drawn once per log on first use, as rounds 6 to 11's
    def _r12_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r12/" + name, make)))

    def _r12_strerror(self) -> tuple[int, str]:
        errors: list[tuple[int, str]] = [(12, "Cannot allocate memory"), (1, "Operation not permitted"),
                                         (11, "Resource temporarily unavailable"), (13, "Permission denied")]
        return errors[errors.index(_zipf_pick(self.rng, errors))]  # type: ignore[arg-type]

    # -- round 12: Corosync (log_printf(): the header and subsystem stripped)
    def cs_strerror(self) -> str:
        self._cs_errno, text = self._r12_strerror()
        return text

    def cs_errno(self) -> int:
        # the errno of the strerror text just drawn, as LOGSYS_PERROR writes them
        return self._cs_errno

    def cs_fn_id(self) -> int:
        return self.rng.randrange(0, 40)

    def cs_service(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3, 4, 9, 10, 11]))  # type: ignore[call-overload]

    def cs_max_id(self) -> int:
        return self.rng.randrange(1, 12)

    # -- round 12: Fluent Bit (flb_*(): "[<time>] [<level>] " stripped)
    def fb_event_type(self) -> int:
        return self.rng.randrange(2, 64)

    def fb_ansi_yellow(self) -> str:
        return "\x1b[93m"

    def fb_ansi_reset(self) -> str:
        return "\x1b[0m"

    def fb_task_id(self) -> int:
        return self._skewed_int(0, 2047)

    def fb_out_id(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    def fb_return(self) -> str:
        return str(_zipf_pick(self.rng, ["OK", "RETRY", "ERROR"]))

    def fb_chunk(self) -> str:
        pid = self._r12_pick("fb_pid", lambda: [str(self.rng.randrange(1, 40_000)) for _ in range(3)])
        return f"{pid}-{self.rng.randrange(1_690_000_000, 1_700_000_000)}.{self.rng.randrange(0, 10**9):09d}.flb"

    def fb_retry(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 4, 5, 6, 7, 8]))  # type: ignore[call-overload]

    def fb_input(self) -> str:
        return self._r12_pick("fb_input", lambda: ["tail.0", "tail.1", "systemd.0", "forward.0", "cpu.0",
                                                   "kubernetes_events.0", "dummy.0"])

    def fb_output(self) -> str:
        return self._r12_pick("fb_output", lambda: ["es.0", "forward.0", "loki.0", "http.0", "s3.1",
                                                    "kafka.0", "stdout.0"])

    def fb_retry_secs(self) -> int:
        return self._skewed_int(1, 1800)

    def fb_pid(self) -> int:
        return self.rng.randrange(1, 60_000)

    def fb_stack_bytes(self) -> int:
        self._fb_stack = int(_zipf_pick(self.rng, [24576, 196608, 32768, 65536]))  # type: ignore[call-overload]
        return self._fb_stack

    def fb_stack_human(self) -> str:
        # flb_utils_bytes_to_human_readable_size() of the size just drawn
        return f"{self._fb_stack / 1024:.1f}K"

    def fb_cmetrics_version(self) -> str:
        return str(_zipf_pick(self.rng, ["0.3.7", "0.5.8", "0.6.6", "0.9.1"]))

    # -- round 12: libvirt (virLog: "<time>: <thread>: <level> : <function>:<line> : " stripped)
    def lv_mode(self) -> str:
        return str(_zipf_pick(self.rng, ["0777x", "rw-rw----", "0o660", "0x1ff", "07770", "u+rw"]))

    def lv_ca_file(self) -> str:
        return self._r12_pick("lv_ca", lambda: ["/etc/pki/CA/cacert.pem", "/etc/pki/libvirt/ca.pem",
                                                "/etc/ssl/libvirt/cacert.pem"])

    def lv_cert_file(self) -> str:
        return self._r12_pick("lv_cert", lambda: ["/etc/pki/libvirt/servercert.pem",
                                                  "/etc/ssl/libvirt/server.crt"])

    def lv_key_file(self) -> str:
        return self._r12_pick("lv_key", lambda: ["/etc/pki/libvirt/private/serverkey.pem",
                                                 "/etc/ssl/libvirt/private/server.key"])

    def lv_listen_addr(self) -> str:
        return self._r12_pick("lv_listen", lambda: ["0.0.0.0", "192.168.122.1", "::", "10.0.0.14"])

    def lv_tls_port(self) -> str:
        return str(_zipf_pick(self.rng, ["16514", "16515"]))

    def lv_pointer(self) -> str:
        return self._r12_pick("lv_pointer", lambda: [f"0x{self.rng.randrange(0x55A000000000, 0x55AFFFFFFFFF):x}"
                                                     for _ in range(3)])

    # -- round 12: Ceph's monitor (dout(): "<time> <thread> " stripped; dout_prefix written into the format)
    def ce_whoami(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3, 4]))  # type: ignore[call-overload]

    def ce_state(self) -> str:
        return str(_zipf_pick(self.rng, ["leader", "peon", "starting"]))

    def ce_fsid(self) -> str:
        return self._r12_pick("ce_fsid", lambda: [self._uuid()])

    def ce_other_fsid(self) -> str:
        return self._r12_pick("ce_other_fsid", lambda: [self._uuid() for _ in range(3)])

    def ce_epoch(self) -> int:
        return self.rng.randrange(1, 900)

    def ce_leader(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    def ce_quorum(self) -> str:
        return str(_zipf_pick(self.rng, ["0,1,2", "0,1", "0,2", "1,2", "0,1,2,3,4", "0,1,2,3"]))

    def ce_cmd0(self) -> str:
        return str(_zipf_pick(self.rng, ["osd", "pg", "mds", "mon", "class", "client", "stop"]))

    def ce_command(self) -> str:
        words = str(_zipf_pick(self.rng, ["osd stat", "pg stat", "mds stat", "osd dump", "mon injectargs * --debug-mon 10",
                                          "osd out 3", "pg dump", "class list", "osd setmaxosd 12"]))
        return f"mon_command({words} v {self._skewed_int(0, 4000)})"

    def ce_observe(self) -> str:
        return f"observe({self.rng.randrange(0, 6)} v{self._skewed_int(0, 4000)})"

    def ce_inst(self) -> str:
        kind = str(_zipf_pick(self.rng, ["client", "osd", "mds"]))
        number = self.rng.randrange(4100, 4400) if kind == "client" else self.rng.randrange(0, 12)
        port = 0 if kind == "client" else self.rng.randrange(6800, 6810)
        return f"{kind}{number} {self.rng.choice(self._ips)}:{port}/{self.rng.randrange(1000, 30000)}"

    def ce_mon_inst(self) -> str:
        number = self.rng.randrange(0, 3)
        return f"mon{number} {self._ips[number]}:6789/0"

    def ce_bad_machine(self) -> int:
        return self.rng.randrange(6, 12)

    def ce_args(self) -> str:
        return "[_injectargs," + str(_zipf_pick(self.rng, ["--debug-mon 10", "--debug-ms 1", "--debug-paxos 20",
                                                            "--mon-osd-down-out-interval 600"])) + "]"

    def ce_old_protocol(self) -> int:
        return int(_zipf_pick(self.rng, [2, 1, 3]))  # type: ignore[call-overload]

    def ce_protocol(self) -> int:
        return 4

    def ce_message(self) -> str:
        return str(_zipf_pick(self.rng, [
            f"paxos(osdmap lease lc {self.rng.randrange(1, 900)} fc {self.rng.randrange(1, 900)} pn 0 opn 0)",
            f"election(propose {self.rng.randrange(1, 90)})", "mon_get_map", "route(mon_subscribe_ack) v0",
            "log(1 entries)"]))

    # -- round 12: Pacemaker (crm_*(): "<time> <node> pacemakerd[<pid>] (<function>) <level>: " stripped)
    def pm_child(self) -> str:
        return self._r12_pick("pm_child", lambda: ["crmd", "cib", "lrmd", "pengine", "stonith-ng",
                                                   "pacemaker-attrd"])

    def pm_pid(self) -> int:
        return self.rng.randrange(900, 40_000)

    def pm_signal(self) -> int:
        return int(_zipf_pick(self.rng, [15, 9, 11, 6]))  # type: ignore[call-overload]

    def pm_core(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1]))  # type: ignore[call-overload]

    def pm_exit_code(self) -> int:
        exits: list[tuple[int, str]] = [(0, "OK"), (1, "Error occurred"), (2, "Invalid parameter"),
                                        (4, "Insufficient privileges"), (5, "Not installed"),
                                        (69, "Required service unavailable"), (73, "Can't create output")]
        self._pm_exit: tuple[int, str] = exits[exits.index(_zipf_pick(self.rng, exits))]  # type: ignore[arg-type]
        return self._pm_exit[0]

    def pm_exit_str(self) -> str:
        # crm_exit_str() of the status just drawn
        return self._pm_exit[1]

    def pm_strerror(self) -> str:
        errors: list[tuple[int, str]] = [(3, "No such process"), (1, "Operation not permitted")]
        self._pm_errno, text = errors[errors.index(_zipf_pick(self.rng, errors))]  # type: ignore[arg-type]
        return text

    def pm_errno(self) -> int:
        return self._pm_errno

    def pm_user(self) -> str:
        return str(_zipf_pick(self.rng, ["hacluster", "root"]))

    # -- round 12: Open vSwitch (VLOG_*(): "<time>|<sequence>|bridge|<LEVEL>|" stripped)
    def ov_bridge(self) -> str:
        return self._r12_pick("ov_bridge", lambda: ["br0", "br-int", "br-ex", "xenbr0", "br-tun", "ovsbr1"])

    def ov_port(self) -> str:
        return self._r12_pick("ov_port", lambda: ["eth0", "eth1", "vif3.0", "tap7f3a9c21-0b", "patch-int", "vnet2"])

    def ov_bond(self) -> str:
        return self._r12_pick("ov_bond", lambda: ["bond0", "bond1", "uplink"])

    def ov_vlan(self) -> int:
        return self._r12_pick_int("ov_vlan", 1, 4095)

    def _r12_pick_int(self, name: str, low: int, high: int) -> int:
        return int(self._r12_pick(name, lambda: [str(self.rng.randrange(low, high)) for _ in range(8)]))

    def ov_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["No such device", "Operation not supported", "Device or resource busy",
                                         "Invalid argument", "File exists", "Address family not supported by protocol"]))

    def ov_iface(self) -> str:
        return self._r12_pick("ov_iface", lambda: ["eth0", "eth1", "vif3.0", "vif5.1", "tap7f3a9c21-0b",
                                                   "gre0", "vxlan_sys_4789", "patch-tun", "vnet2"])

    def ov_ofp_port(self) -> int:
        return self._r12_pick_int("ov_ofp_port", 1, 120)

    def ov_open_verb(self) -> str:
        return str(_zipf_pick(self.rng, ["open", "reconfigure"]))

    # -- round 13 (formats_round13); pools drawn once per log on first use, as rounds 6 to 12's
    def _r13_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r13/" + name, make)))

    # -- round 13: uWSGI's master (uwsgi_log(): the message without its newline)
    def uw_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Interrupted system call", "No child processes", "Bad file descriptor",
                                         "Resource temporarily unavailable", "Invalid argument"]))

    def uw_udp_addr(self) -> str:
        return self._r13_pick("uw_udp_addr", lambda: self._ips[:4])

    def uw_udp_port(self) -> int:
        return self.rng.randrange(32768, 61000)

    def uw_udp_payload(self) -> str:
        return str(_zipf_pick(self.rng, ["<14>app: request done in 12 ms", "hello", "<11>cron: job failed",
                                         "GET /health 200", "ping"]))

    def uw_emperor_byte(self) -> int:
        return int(_zipf_pick(self.rng, [1, 0, 22, 26]))  # type: ignore[call-overload]

    def uw_worker(self) -> int:
        return self.rng.randrange(1, 9)

    def uw_pid(self) -> int:
        return self.rng.randrange(1000, 60_000)

    def uw_subscribe_verb(self) -> str:
        return str(_zipf_pick(self.rng, ["subscribing to", "unsubscribing from"]))

    def uw_subscription(self) -> str:
        return self._r13_pick("uw_subscription", lambda: ["127.0.0.1:2626:app.example.com",
                                                          f"{self._ips[0]}:7000:api.example.com,5",
                                                          "/run/fastrouter.sock:shop.local"])

    # -- round 13: MinIO's erasure sets (the error's text as logged)
    def mi_endpoint(self) -> str:
        return self._r13_pick("mi_endpoint", lambda: [f"http://minio{n}:9000/data{d}" for n in (1, 2, 3, 4)
                                                      for d in (1, 2)])

    def mi_ordinal(self) -> str:
        n = int(_zipf_pick(self.rng, [1, 2, 3, 4, 11, 12]))  # type: ignore[call-overload]
        suffix = "th" if 10 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def mi_disk_id(self) -> str:
        return self._r13_pick("mi_disk_id", lambda: [self._uuid() for _ in range(6)])

    # -- round 13: Zeek's setup (reporter->Error(): "error: " stripped)
    def ze_sqlite_error(self) -> str:
        return str(_zipf_pick(self.rng, ["out of memory", "library routine called out of sequence",
                                         "unable to open database file"]))

    def ze_event_serializer(self) -> str:
        return str(_zipf_pick(self.rng, ["Cluster::EVENT_SERIALIZER_BROKER_BIN_V1",
                                         "Cluster::EVENT_SERIALIZER_BROKER_JSON_V1"]))

    def ze_log_serializer(self) -> str:
        return str(_zipf_pick(self.rng, ["Cluster::LOG_SERIALIZER_ZEEK_BIN_V1", "Cluster::LOG_SERIALIZER_NONE"]))

    def ze_backend(self) -> str:
        return str(_zipf_pick(self.rng, ["Cluster::CLUSTER_BACKEND_ZEROMQ", "Cluster::CLUSTER_BACKEND_NATS"]))

    # -- round 13: GlusterFS's glusterd brick operations (gf_msg(): the header and "0-management: " stripped)
    def gl_volume(self) -> str:
        return self._r13_pick("gl_volume", lambda: ["gv0", "gv1", "vol01", "data-vol", "rep3vol", "shared"])

    def gl_brick_path(self) -> str:
        volume = self.gl_volume()
        return f"/data/glusterfs/{volume}/brick{self.rng.randrange(1, 7)}"

    def gl_index(self) -> int:
        return self.rng.randrange(1, 13)

    def gl_count(self) -> int:
        return self.rng.randrange(0, 7)

    def gl_bricks(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 4, 5, 6, 8]))  # type: ignore[call-overload]

    def gl_stripe(self) -> int:
        return int(_zipf_pick(self.rng, [2, 4, 3, 6]))  # type: ignore[call-overload]

    def gl_replica(self) -> int:
        return int(_zipf_pick(self.rng, [3, 2, 4]))  # type: ignore[call-overload]

    def gl_need(self) -> int:
        return int(_zipf_pick(self.rng, [4, 6, 8, 9, 12]))  # type: ignore[call-overload]

    # -- round 13: Nagios' worker processes (logit(): "[<time>] " stripped)
    def nq_job_type(self) -> int:
        return self.rng.randrange(0, 12)

    def nq_kv_index(self) -> int:
        return self.rng.randrange(0, 24)

    def nq_result_key(self) -> str:
        return str(_zipf_pick(self.rng, ["ru_maxrss", "ru_ixrss", "exited_ok_x", "outstd2", "runtime_ms"]))

    def nq_result_value(self) -> str:
        return str(self._skewed_int(0, 100_000))

    def nq_worker(self) -> str:
        return self._r13_pick("nq_worker", lambda: [f"Core Worker {self.rng.randrange(1000, 40_000)}"
                                                    for _ in range(4)])

    def nq_read_ret(self) -> int:
        return -1

    def nq_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Connection reset by peer", "Resource temporarily unavailable",
                                         "Bad file descriptor"]))

    def nq_worker_log(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Failed to obtain lock on /usr/local/nagios/var/nagios.lock",
            f"Child {self.rng.randrange(1000, 40_000)} exited with status 127",
            "Successfully registered with Nagios", "job 12 from 0 timed out after 60.00s",
        ]))

    def nq_job_id(self) -> int:
        return self._skewed_int(0, 5000)

    def nq_contact(self) -> str:
        return self._r13_pick("nq_contact", lambda: ["nagiosadmin", "oncall", "alice", "ops-team"])

    def nq_service(self) -> str:
        return self._r13_pick("nq_service", lambda: ["HTTP", "Current Load", "PING", "Disk Space /",
                                                     "SSH", "Total Processes", "Swap Usage"])

    def nq_host(self) -> str:
        return self._r13_pick("nq_host", lambda: ["localhost", "web01", "db-2", "router-core", "mail.example.com",
                                                  self._ips[3]])

    def nq_notify_command(self) -> str:
        return str(_zipf_pick(self.rng, ["/usr/bin/printf \"%b\" \"***** Nagios *****\" | /usr/bin/mail -s alert oncall",
                                         "/usr/local/bin/notify-slack.sh", "/usr/local/bin/sendsms oncall"]))

    def nq_ocsp_command(self) -> str:
        return "/usr/local/nagios/libexec/eventhandlers/submit_check_result"

    def nq_ochp_command(self) -> str:
        return "/usr/local/nagios/libexec/eventhandlers/submit_host_result"

    def nq_handler_command(self) -> str:
        return str(_zipf_pick(self.rng, ["/usr/local/nagios/libexec/eventhandlers/restart-httpd",
                                         "/usr/local/nagios/libexec/eventhandlers/log-event"]))

    def nq_runtime(self) -> float:
        return self.rng.uniform(30.0, 300.0)

    # -- round 13: CouchDB's shard map (couch_log: the header stripped; ~p of Erlang terms)
    def cx_listener_reason(self) -> str:
        return str(_zipf_pick(self.rng, ["killed", "{shutdown,timeout}", "noproc",
                                         "{badmatch,{error,timeout}}"]))

    def cx_db(self) -> str:
        return self._r13_pick("cx_db", lambda: ["accounts", "_users", "_replicator", "orders",
                                                "userdb-616c696365", "metrics"])

    def cx_doc_error(self) -> str:
        return str(_zipf_pick(self.rng, ["not_found", "timeout", "{badarg,bad_shard_map}"]))

    def cx_shard(self) -> str:
        ranges = ["00000000-1fffffff", "20000000-3fffffff", "40000000-5fffffff", "60000000-7fffffff",
                  "80000000-9fffffff", "a0000000-bfffffff"]
        return f"shards/{self.rng.choice(ranges)}/{self.cx_db()}.{self.rng.randrange(1_600_000_000, 1_700_000_000)}"

    def cx_create_error(self) -> str:
        return str(_zipf_pick(self.rng, ["{error,eexist}", "{error,enospc}", "{error,eacces}"]))

    # -- round 14 (formats_round14); pools drawn once per log on first use, as rounds 6 to 13's
    def _r14_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r14/" + name, make)))

    def _r14_int(self, name: str, low: int, high: int, count: int = 8) -> int:
        return int(self._r14_pick(name, lambda: [str(self.rng.randrange(low, high)) for _ in range(count)]))

    # -- round 14: DRBD's main file (drbd_printk: "drbd <resource>..." before the message)
    def dr_resource(self) -> str:
        return self._r14_pick("dr_resource", lambda: ["r0", "r1", "data", "pgsql", "nfs-share"])

    def dr_volume(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    def dr_minor(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 10, 11, 100]))  # type: ignore[call-overload]

    def dr_peer(self) -> str:
        return self._r14_pick("dr_peer", lambda: ["node-b", "alice", "pve2", "storage02", "db-standby"])

    def dr_epoch(self) -> int:
        return self.rng.randrange(1, 4_000_000)

    def dr_sector(self) -> int:
        return self.rng.randrange(0, 2**31) * 8

    def dr_sectors(self) -> int:
        return int(_zipf_pick(self.rng, [8, 16, 32, 64, 128, 256, 1024, 2048]))  # type: ignore[call-overload]

    def dr_rq_state(self) -> int:
        return int(_zipf_pick(self.rng, [0x1, 0x11, 0x2008, 0x4011, 0x109, 0x8000, 0x21]))  # type: ignore[call-overload]

    def dr_pointer(self) -> str:
        # the kernel's %p: a hashed address, 16 hex digits
        return f"{self.rng.randrange(0, 2**32):016x}"

    def dr_writes(self) -> int:
        return self._skewed_int(1, 5000)

    def dr_thread_owner(self) -> str:
        # a connection's thread ("<resource> <peer>") or the resource's worker ("<resource>")
        self._dr_connection = self.rng.random() < 0.6
        return f"{self.dr_resource()} {self.dr_peer()}" if self._dr_connection else self.dr_resource()

    def dr_thread(self) -> str:
        return self.dr_connection_thread() if self._dr_connection else "worker"

    def dr_connection_thread(self) -> str:
        return str(_zipf_pick(self.rng, ["receiver", "sender"]))

    def dr_node_id(self) -> int:
        return int(_zipf_pick(self.rng, [1, 0, 2, 3]))  # type: ignore[call-overload]

    # -- round 14: mdadm's Manage.c (fprintf(stderr, "mdadm: ..."))
    def md_array(self) -> str:
        return self._r14_pick("md_array", lambda: ["/dev/md0", "/dev/md1", "/dev/md127", "/dev/md/data",
                                                   "/dev/md126", "/dev/md/boot"])

    def md_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Device or resource busy", "Invalid argument", "No such device",
                                         "Input/output error", "Read-only file system", "Permission denied"]))

    def md_container(self) -> str:
        return self._r14_pick("md_container", lambda: ["/dev/md/imsm0", "/dev/md127", "/dev/md/ddf0"])

    def md_member(self) -> str:
        return self._r14_pick("md_member", lambda: ["md126", "md125", "md124"])

    # -- round 14: Elasticsearch's IndexShard (a shard logger's "[<index>][<shard>] ")
    def es_index(self) -> str:
        return self._r14_pick("es_index", lambda: ["logs-2024.05.01", ".kibana_1", "orders", "metrics-app-000003",
                                                   ".security-7", "products"])

    def es_shard(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3, 4]))  # type: ignore[call-overload]

    # -- round 14: NATS server (server.go)
    def na_version(self) -> str:
        return self._r14_pick("na_version", lambda: ["0.9.6", "1.0.0"])

    def na_go_version(self) -> str:
        return self._r14_pick("na_go_version", lambda: ["go1.7.4", "go1.8.1"])

    def na_client_listen(self) -> str:
        return self._r14_pick("na_client_listen", lambda: ["0.0.0.0:4222", "[::]:4222", "127.0.0.1:4222"])

    def na_server_id(self) -> str:
        return self._r14_pick("na_server_id", lambda: ["".join(self.rng.choices("0123456789abcdef", k=22))
                                                       for _ in range(3)])

    def na_accept_error(self) -> str:
        return str(_zipf_pick(self.rng, ["accept tcp [::]:4222: accept4: too many open files",
                                         "accept tcp 0.0.0.0:4222: use of closed network connection",
                                         "accept tcp [::]:4222: accept4: software caused connection abort"]))

    def na_sleep_ms(self) -> int:
        return int(_zipf_pick(self.rng, [10, 20, 40, 80, 160, 320, 640, 1000]))  # type: ignore[call-overload]

    def na_profiling_port(self) -> int:
        return int(_zipf_pick(self.rng, [6060, 65432, 8888]))  # type: ignore[call-overload]

    def na_monitor_scheme(self) -> str:
        return str(_zipf_pick(self.rng, ["http", "https"]))

    def na_monitor_listen(self) -> str:
        return self._r14_pick("na_monitor_listen", lambda: ["0.0.0.0:8222", "127.0.0.1:8222", "[::]:8222"])

    def na_client(self) -> str:
        return f"{_zipf_pick(self.rng, self._ips)}:{self.rng.randrange(32768, 61000)}"

    def na_cid(self) -> int:
        return self.rng.randrange(1, 60_000)

    def na_tls_error(self) -> str:
        return str(_zipf_pick(self.rng, ["tls: first record does not look like a TLS handshake", "EOF",
                                         "remote error: tls: bad certificate",
                                         "read tcp 10.0.0.5:4222->10.0.3.17:51234: i/o timeout"]))

    # -- round 14: Patroni's HA loop (ha.py)
    def pa_member(self) -> str:
        return self._r14_pick("pa_member", lambda: ["pg-node1", "pg-node2", "pg-node3", "postgresql0", "patroni-2"])

    def pa_lock_owner(self) -> str:
        return "None" if self.rng.random() < 0.1 else self.pa_member()

    def pa_bootstrap_source(self) -> str:
        form = self.rng.random()
        if form < 0.3:
            return "(without leader)"
        if form < 0.8:
            return f"from {_zipf_pick(self.rng, ['leader', 'replica'])} '{self.pa_member()}'"
        return f"clone from remote master postgres://{_zipf_pick(self.rng, self._ips)}:5432/postgres"

    def pa_sync_pick(self) -> str:
        return str(_zipf_pick(self.rng, [self.pa_member(), "*", "None"]))

    # -- round 14: BIRD's Unix entry point (log(): "<time> <INFO> " stripped)
    def bi_config_file(self) -> str:
        return self._r14_pick("bi_config_file", lambda: ["/etc/bird/bird.conf", "/etc/bird.conf",
                                                         "/etc/bird/peers.d/ix.conf"])

    def bi_line(self) -> int:
        return self.rng.randrange(1, 400)

    def bi_column(self) -> int:
        return self.rng.randrange(1, 60)

    def bi_config_error(self) -> str:
        return str(_zipf_pick(self.rng, ["syntax error, unexpected CF_SYM_UNDEFINED", "syntax error, unexpected '}'",
                                         "Unknown protocol", "Neighbor address must be specified",
                                         "Protocol bgp_ix1 already defined"]))

    def bi_cli_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Connection reset by peer", "Broken pipe"]))

    def bi_accept_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Too many open files", "Software caused connection abort"]))

    # -- round 15 (formats_round15); pools drawn once per log on first use, as rounds 6 to 14's
    def _r15_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r15/" + name, make)))

    # -- round 15: Fail2ban's jail (Python's %r of a name is the name in single quotes)
    def f2_jail(self) -> str:
        return self._r15_pick("f2_jail", lambda: ["sshd", "nginx-http-auth", "postfix-sasl", "recidive", "dovecot",
                                                  "apache-auth", "nginx-limit-req"])

    def f2_jail_repr(self) -> str:
        return f"'{self.f2_jail()}'"

    def f2_long_jail_repr(self) -> str:
        return "'" + str(_zipf_pick(self.rng, ["nginx-botsearch-aggressive-mode", "wordpress-xmlrpc-bruteforce-hard",
                                               "postfix-sasl-submission-and-smtps"])) + "'"

    def f2_unknown_backend(self) -> str:
        return str(_zipf_pick(self.rng, ["inotify", "journal", "file", "pyinotfy"]))

    def f2_backend_list(self) -> str:
        return "['pyinotify', 'gamin', 'polling', 'systemd']"

    def f2_backend_repr(self) -> str:
        return "'" + str(_zipf_pick(self.rng, ["pyinotify", "polling", "systemd", "gamin"])) + "'"

    def f2_import_error(self) -> str:
        return str(_zipf_pick(self.rng, ["No module named pyinotify", "No module named gamin",
                                         "No module named systemd", "No module named journal"]))

    def f2_bantime_option(self) -> str:
        return str(_zipf_pick(self.rng, ["increment", "factor", "maxtime", "rndtime", "multipliers", "formula",
                                         "overalljails"]))

    def f2_bantime_value(self) -> str:
        return str(_zipf_pick(self.rng, ["true", "1", "5w", "None", "2", "1 5 30 60 300 720 1440 2880", "7d",
                                         "ban.Time * math.exp(float(ban.Count+1)*banFactor)/math.exp(1*banFactor)"]))

    def f2_database_error(self) -> str:
        return str(_zipf_pick(self.rng, ["database is locked", "no such table: bans", "disk I/O error",
                                         "database disk image is malformed"]))

    # -- round 15: OpenSMTPD's SMTP session (the command line is cut at its first ':', else its first blank)
    def os_command(self) -> str:
        self._os_command = str(_zipf_pick(self.rng, ["MAIL FROM", "RCPT TO", "EHLO", "DATA", "QUIT", "HELO", "RSET",
                                                     "STARTTLS", "NOOP"]))
        return self._os_command

    def os_arguments(self) -> str:
        command = getattr(self, "_os_command", "QUIT")
        if command in ("MAIL FROM", "RCPT TO"):
            user = str(_zipf_pick(self.rng, ["alice", "bob", "noreply", "postmaster", "billing", "j.doe"]))
            domain = str(_zipf_pick(self.rng, ["example.com", "example.org", "mail.example.net", "corp.example"]))
            return f"<{user}@{domain}>"
        if command in ("EHLO", "HELO"):
            return self._r15_pick("os_helo", lambda: ["mail.example.org", "[192.0.2.10]", "localhost",
                                                      "mx1.example.net", "client.example.com"])
        return "(null)"  # no blank or ':' on the line: args is NULL, which printf writes "(null)"

    def os_pointer(self) -> str:
        return f"0x{self.rng.randrange(0x1000000000, 0xfffffffffff):x}"

    # -- round 15: Syncthing's main (errors as Go writes them)
    def st_path_error(self) -> str:
        return str(_zipf_pick(self.rng, ["mkdir /home/alice/.config/syncthing: permission denied",
                                         "getwd: no such file or directory",
                                         "mkdir /var/lib/syncthing: read-only file system",
                                         "stat /mnt/data/syncthing: input/output error"]))

    def st_file_error(self) -> str:
        return str(_zipf_pick(self.rng, ["open /home/alice/.config/syncthing/cert.pem: no such file or directory",
                                         "create certificate: open /srv/st/cert.pem: permission denied",
                                         "open /var/lib/syncthing/index-v0.14.0.db/LOCK: resource temporarily "
                                         "unavailable",
                                         "remove /home/bob/.local/state/syncthing/index-v2: directory not empty"]))

    def st_browser_error(self) -> str:
        return str(_zipf_pick(self.rng, ['exec: "xdg-open": executable file not found in $PATH',
                                         "exit status 3", "exit status 4"]))

    def st_upgrade_error(self) -> str:
        current, latest = str(_zipf_pick(self.rng, ["v1.27.2", "v1.23.7", "v1.29.0"])), "v1.29.0"
        return str(_zipf_pick(self.rng, [f'no upgrade available (current "{current}" >= latest "{latest}").',
                                         "upgrade prevented by other running Syncthing instance",
                                         'Get "https://upgrades.syncthing.net/meta.json": dial tcp: lookup '
                                         "upgrades.syncthing.net: no such host",
                                         "no release found", "checksum mismatch"]))

    def st_upgrade_url(self) -> str:
        return self._r15_pick("st_upgrade_url", lambda: [
            f"https://github.com/syncthing/syncthing/releases/download/{tag}/syncthing-linux-amd64-{tag}.tar.gz"
            for tag in ("v1.27.2", "v1.28.0", "v1.29.0")])

    def st_release(self) -> str:
        return str(_zipf_pick(self.rng, ["v1.29.0", "v1.28.1", "v1.27.12", "v2.0.0-rc.1"]))

    # -- round 15: Telegraf's agent (plugin names, Go errors and durations)
    def tg_output(self) -> str:
        return self._r15_pick("tg_output", lambda: ["influxdb", "kafka", "prometheus_client", "graphite", "file",
                                                    "influxdb_v2", "amqp"])

    def tg_input(self) -> str:
        return self._r15_pick("tg_input", lambda: ["cpu", "mem", "disk", "net", "procstat", "docker", "mongodb",
                                                   "nginx", "system", "diskio", "snmp"])

    def tg_output_error(self) -> str:
        return str(_zipf_pick(self.rng, ["dial tcp 127.0.0.1:8086: connect: connection refused",
                                         "kafka: client has run out of available brokers to talk to",
                                         "Post http://influxdb:8086/write?db=telegraf: net/http: request canceled "
                                         "(Client.Timeout exceeded while awaiting headers)",
                                         "database not found: telegraf", "EOF"]))

    def tg_input_error(self) -> str:
        return str(_zipf_pick(self.rng, ["open /proc/diskstats: no such file or directory",
                                         "Cannot connect to the Docker daemon. Is the docker daemon running on this "
                                         "host?",
                                         "error connecting to nginx: Get http://localhost/status: dial tcp "
                                         "127.0.0.1:80: getsockopt: connection refused",
                                         "no reachable servers", "request timeout"]))

    def tg_panic(self) -> str:
        return str(_zipf_pick(self.rng, ["runtime error: invalid memory address or nil pointer dereference",
                                         "runtime error: index out of range",
                                         "assignment to entry in nil map"]))

    def tg_interval(self) -> str:
        return str(_zipf_pick(self.rng, ["10s", "1m0s", "30s", "5s", "1s", "5m0s"]))

    def tg_low_interval(self) -> str:
        return str(_zipf_pick(self.rng, ["0s", "100ms", "250ms", "417.512ms", "1ms"]))

    def tg_input_count(self) -> int:
        return int(_zipf_pick(self.rng, [8, 12, 5, 9, 14, 3]))  # type: ignore[call-overload]

    def tg_elapsed(self) -> str:
        micros = self._skewed_int(300, 4_000_000)
        if micros >= 1_000_000:
            return f"{micros / 1_000_000:.9g}s"
        if micros >= 1000:
            return f"{micros / 1000:.6g}ms"
        return f"{micros}\u00b5s"

    def tg_bool(self) -> str:
        return str(_zipf_pick(self.rng, ["false", "true"]))

    def tg_hostname_quoted(self) -> str:
        return '"' + self._r15_pick("tg_hostname", lambda: ["web-01", "db02.example.com", "ip-10-0-3-17",
                                                             "telegraf-7d9f8b6c5-x2k4q"]) + '"'

    # -- round 15: lldpd's daemon (interface names, address families, protocol names)
    def ll_ifname(self) -> str:
        return self._r15_pick("ll_ifname", lambda: ["eth0", "eth1", "enp3s0", "eno1", "swp1", "swp12", "bond0",
                                                    "ens192", "eth0.100"])

    def ll_family(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 6]))  # type: ignore[call-overload]

    def ll_protocol(self) -> str:
        return str(_zipf_pick(self.rng, ["LLDP", "CDPv2", "CDPv1", "EDP", "FDP", "SONMP"]))

    # -- round 16 (formats_round16); pools drawn once per log on first use, as rounds 6 to 15's
    def _r16_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r16/" + name, make)))

    # -- round 16: smartd (state files are named for the disk's model and serial number)
    def sm_extend_timeout(self) -> str:
        return "EXTEND_TIMEOUT_USEC=20000000"

    def sm_ready_prefix(self) -> str:
        return "READY=1\\n" if self.rng.random() < 0.1 else ""

    def sm_notify_status(self) -> str:
        form = self.rng.random()
        disks = int(_zipf_pick(self.rng, [4, 2, 1, 6, 12]))  # type: ignore[call-overload]
        plural = "" if disks == 1 else "s"
        if form < 0.45:
            return f"Checking {disks} device{plural} ..."
        if form < 0.9:
            when = f"{self.rng.randrange(24):02d}:{self.rng.randrange(60):02d}:{self.rng.randrange(60):02d}"
            return f"Next check of {disks} device{plural} will start at {when}"
        return str(_zipf_pick(self.rng, ["Exiting ...", "Error in config file (see SYSLOG)", "No devices to monitor",
                                         "Unable to register a device (see SYSLOG)"]))

    def _sm_disk(self) -> str:
        return self._r16_pick("sm_disk", lambda: ["WDC_WD40EFRX_68N32N0-WD_WCC7K4HJ2X1E.ata",
                                                  "ST8000VN004_2M2101-WSD0KX3M.ata",
                                                  "Samsung_SSD_970_EVO_Plus_1TB-S4EWNX0R123456K.nvme",
                                                  "TOSHIBA_MG08ACA16TE-51X0A0B7FVGG.ata", "HGST_HUS726T4TALA6L4-V6G1P2ZR.ata",
                                                  "SEAGATE_ST4000NM0023-Z1Z8K3QD.scsi"])

    def sm_state_file(self) -> str:
        return f"/var/lib/smartmontools/smartd.{self._sm_disk()}.state"

    def sm_attrlog_file(self) -> str:
        return f"/var/lib/smartmontools/attrlog.{self._sm_disk()}.csv"

    def sm_bad_lines(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 7, 12]))  # type: ignore[call-overload]

    # -- round 16: Avahi's interface monitor (the protocol's name, then an address of that family)
    def av_ifname(self) -> str:
        return self._r16_pick("av_ifname", lambda: ["eth0", "wlan0", "enp0s31f6", "wlp2s0", "docker0", "br0",
                                                    "virbr0", "eth1"])

    def av_protocol(self) -> str:
        self._av_protocol = str(_zipf_pick(self.rng, ["IPv4", "IPv6"]))
        return self._av_protocol

    def av_protocol_address(self) -> str:
        if self._av_protocol == "IPv6":
            return self._r16_pick("av_ipv6", lambda: ["fe80::1a2b:3cff:fe4d:5e6f", "fe80::42:acff:fe11:2",
                                                      "2001:db8:0:1::23", "fd00::8e8"])
        return self._r16_pick("av_ipv4", lambda: ["192.168.1.23", "172.17.0.1", "10.0.0.14", "192.168.122.1",
                                                  "169.254.12.7"])

    def av_address(self) -> str:
        self._av_protocol = str(_zipf_pick(self.rng, ["IPv4", "IPv6"]))
        return self.av_protocol_address()

    def av_join(self) -> str:
        return str(self.rng.choice(["Joining", "Leaving"]))

    def av_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Local name collision", "Not permitted", "Invalid argument", "Bad state",
                                         "Too many objects", "Invalid host name"]))

    # -- round 16: Gitea's web command
    def _gt_host(self) -> str:
        return self._r16_pick("gt_host", lambda: ["git.example.com", "code.corp.local", "gitea.example.org:3000",
                                                  "192.168.10.5:3000"])

    def gt_app_url(self) -> str:
        return f"https://{self._gt_host()}/"

    def gt_app_url_bare(self) -> str:
        return f"https://{self._gt_host()}"

    def gt_redirect_source(self) -> str:
        return str(_zipf_pick(self.rng, ["0.0.0.0:80", ":80", "[::]:80"]))

    def gt_protocol(self) -> str:
        return self._r16_pick("gt_protocol", lambda: ["http", "https", "http+unix", "fcgi"])

    def gt_listen_addr(self) -> str:
        return self._r16_pick("gt_listen", lambda: ["0.0.0.0:3000", "[::]:3000", "/run/gitea/gitea.sock",
                                                    "127.0.0.1:3000", "0.0.0.0:443"])

    def gt_sub_url(self) -> str:
        return self._r16_pick("gt_sub_url", lambda: ["", "/git", "/gitea"])

    def gt_pprof_error(self) -> str:
        return str(_zipf_pick(self.rng, ["listen tcp 127.0.0.1:6060: bind: address already in use",
                                         "http: Server closed"]))

    def gt_server_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "listen tcp 0.0.0.0:3000: bind: address already in use",
            "open /etc/gitea/https/cert.pem: no such file or directory",
            "listen unix /run/gitea/gitea.sock: bind: permission denied",
            "accept tcp [::]:3000: use of closed network connection",
        ]))

    # -- round 16: ISC dhcpd's lease chains (sizes grow by 256 pointers)
    def dh_chain_size(self) -> int:
        return 256 * int(_zipf_pick(self.rng, [1, 2, 4, 3, 8, 16]))  # type: ignore[call-overload]

    def dh_position(self) -> int:
        return self._skewed_int(0, 4000)

    def dh_elements(self) -> int:
        return self._skewed_int(1, 4000)

    def dh_moving(self) -> int:
        return self._skewed_int(1, 2000)

    # -- round 16: Netdata's hosts (a parent's children; guids are UUIDs)
    def nd_host(self) -> str:
        return self._r16_pick("nd_host", lambda: ["web-01", "db-primary", "k8s-node-3", "ip-10-0-1-45", "pi4",
                                                  "edge-gw.example.net", "localhost", "storage02"])

    def nd_guid(self) -> str:
        return self._r16_pick("nd_guid", lambda: [self._uuid() for _ in range(6)])

    def nd_bad_guid(self) -> str:
        return str(_zipf_pick(self.rng, ["", "unknown", self._uuid()[:30], "NETDATA_REGISTRY_UNIQUE_ID"]))

    def nd_cache_dir(self) -> str:
        return f"/var/cache/netdata/{self.nd_guid()}"

    def nd_dbengine_dir(self) -> str:
        return f"/var/cache/netdata/{self.nd_guid()}" + str(self.rng.choice(["", "/dbengine"]))

    def nd_os(self) -> str:
        return self._r16_pick("nd_os", lambda: ["linux", "freebsd", "macos", "windows"])

    def nd_timezone(self) -> str:
        return self._r16_pick("nd_tz", lambda: ["Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"])

    def nd_program_name(self) -> str:
        return str(_zipf_pick(self.rng, ["netdata", "unknown", "netdata-child", "go.d.plugin"]))

    def nd_program_version(self) -> str:
        return str(_zipf_pick(self.rng, ["v1.44.1", "v1.45.3", "v2.0.0", "v1.43.2-144-nightly", "unknown"]))

    def nd_update_every(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 5, 10]))  # type: ignore[call-overload]

    def nd_memory_mode(self) -> str:
        return str(_zipf_pick(self.rng, ["dbengine", "ram", "alloc", "none"]))

    def nd_history_entries(self) -> int:
        return int(_zipf_pick(self.rng, [3600, 86400, 7200, 14400]))  # type: ignore[call-overload]

    def nd_enabled(self) -> str:
        return str(self.rng.choice(["enabled", "disabled"]))

    def nd_destination(self) -> str:
        return str(_zipf_pick(self.rng, ["", "parent.example.net:19999", "tcp:10.0.0.2:19999 tcp:10.0.0.3:19999"]))

    def nd_api_key(self) -> str:
        return str(_zipf_pick(self.rng, ["", self.nd_guid()]))

    def _nd_other(self, draw: Callable[[], object], last: object) -> object:
        # the statement logs only a change: the wanted value differs from the host's
        value = draw()
        while value == last:
            value = draw()
        return value

    def nd_host_other(self) -> str:
        self._nd_last = self.nd_host()
        return str(self._nd_last)

    def nd_host_changed(self) -> str:
        return str(self._nd_other(self.nd_host, self._nd_last))

    def nd_program_name_other(self) -> str:
        self._nd_last = self.nd_program_name()
        return str(self._nd_last)

    def nd_program_name_changed(self) -> str:
        return str(self._nd_other(self.nd_program_name, self._nd_last))

    def nd_program_version_other(self) -> str:
        self._nd_last = self.nd_program_version()
        return str(self._nd_last)

    def nd_program_version_changed(self) -> str:
        return str(self._nd_other(self.nd_program_version, self._nd_last))

    def nd_update_every_other(self) -> int:
        self._nd_last = self.nd_update_every()
        return int(self._nd_last)

    def nd_update_every_changed(self) -> int:
        return int(self._nd_other(self.nd_update_every, self._nd_last))  # type: ignore[call-overload]

    def nd_memory_mode_other(self) -> str:
        self._nd_last = self.nd_memory_mode()
        return str(self._nd_last)

    def nd_memory_mode_changed(self) -> str:
        return str(self._nd_other(self.nd_memory_mode, self._nd_last))

    def nd_history_entries_other(self) -> int:
        self._nd_last = self.nd_history_entries()
        return int(self._nd_last)

    def nd_history_entries_changed(self) -> int:
        return int(self._nd_other(self.nd_history_entries, self._nd_last))  # type: ignore[call-overload]

    def nd_alarm_handler(self) -> str:
        return "/usr/libexec/netdata/plugins.d/alarm-notify.sh"

    def nd_alarm_recipient(self) -> str:
        return str(_zipf_pick(self.rng, ["root", "sysadmin", "ops@example.com"]))

    # -- round 16: radvd's interface checks (limits are radvd's constants)
    def ra_ifname(self) -> str:
        return self._r16_pick("ra_ifname", lambda: ["eth0", "br-lan", "eth1.10", "enp1s0", "lan0", "wg0"])

    def ra_interval(self) -> float:
        return float(_zipf_pick(self.rng, [1.0, 2.5, 0.5, 3000.0, 2.0, 10.0]))  # type: ignore[arg-type]

    def ra_min_min_interval(self) -> float:
        return float(_zipf_pick(self.rng, [3.0, 0.03]))  # type: ignore[arg-type]

    def ra_three_quarters(self) -> float:
        return float(_zipf_pick(self.rng, [450.0, 7.5, 3.0, 0.75]))  # type: ignore[arg-type]

    def ra_min_max_interval(self) -> float:
        return float(_zipf_pick(self.rng, [4.0, 0.07]))  # type: ignore[arg-type]

    def ra_max_max_interval(self) -> int:
        return 1800

    def ra_delay(self) -> float:
        return float(_zipf_pick(self.rng, [1.0, 0.5, 2.0, 0.01]))  # type: ignore[arg-type]

    def ra_min_delay(self) -> float:
        return float(_zipf_pick(self.rng, [3.0, 0.03]))  # type: ignore[arg-type]

    def ra_mtu(self) -> int:
        return int(_zipf_pick(self.rng, [9000, 1000, 576, 1280 - 8]))  # type: ignore[call-overload]

    def ra_min_mtu(self) -> int:
        return 1280

    def ra_max_mtu(self) -> int:
        return int(_zipf_pick(self.rng, [1500, 1492, 1420, 4294967295]))  # type: ignore[call-overload]

    def ra_reachable_time(self) -> int:
        return int(_zipf_pick(self.rng, [3600001, 4000000, 36000000]))  # type: ignore[call-overload]

    def ra_max_reachable_time(self) -> int:
        return 3600000

    def ra_lifetime(self) -> int:
        return int(_zipf_pick(self.rng, [1, 86400, 65535, 10000, 2]))  # type: ignore[call-overload]

    def ra_min_lifetime(self) -> int:
        return int(_zipf_pick(self.rng, [600, 30, 12]))  # type: ignore[call-overload]

    def ra_max_lifetime(self) -> int:
        return 9000

    def ra_min_ha_lifetime(self) -> int:
        return 1

    def ra_max_ha_lifetime(self) -> int:
        return 65520

    def ra_prefix_length(self) -> int:
        return int(_zipf_pick(self.rng, [129, 132, 200, 255]))  # type: ignore[call-overload]

    # -- round 17 (formats_round17); pools drawn once per log on first use, as rounds 6 to 16's
    def _r17_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r17/" + name, make)))

    # -- round 17: ejabberd's virtual hosts (Erlang terms as ~p prints them: strings in double quotes)
    def _ej_names(self) -> list[str]:
        return self._r6_pool("r17/ej_names", lambda: ["example.com", "chat.example.org", "xmpp.corp.local",
                                                       "jabber.example.net", "im.acme.test", "localhost"])

    def ej_host(self) -> str:
        return '"' + str(_zipf_pick(self.rng, self._ej_names())) + '"'

    def ej_hosts(self) -> str:
        names = self._ej_names()
        count = int(_zipf_pick(self.rng, [1, 2, 3, 0, 4]))  # type: ignore[call-overload]
        return "[" + ",".join('"' + n + '"' for n in self.rng.sample(names, count)) + "]"

    def ej_class(self) -> str:
        return str(_zipf_pick(self.rng, ["error", "exit", "throw"]))

    def ej_error(self) -> str:
        return str(_zipf_pick(self.rng, ["{get_hosts_error,{aborted,{no_exists,hosts}}}",
                                         '{bad_vhost_name,"bad host"}', "{badmatch,{error,timeout}}",
                                         '{no_such_host,"im.acme.test"}', "{timeout,{gen_server,call,[ejabberd_odbc]}}"]))

    def ej_stacktrace(self) -> str:
        frames = ["{ejabberd_hosts,get_hosts,1}", "{ejabberd_hosts,reload_hosts,0}", "{ejabberd_hosts,handle_info,2}",
                  "{gen_server,handle_msg,5}", "{proc_lib,init_p_do_apply,3}"]
        start = int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]
        return "[" + ", ".join(frames[start:]) + "]"

    def ej_clusterid(self) -> str:
        return str(_zipf_pick(self.rng, ["undefined", '"1"', "'2'", "1.0", "[]"]))

    # -- round 17: NUT upsd's user file
    def nu_upsmon_type(self) -> str:
        return str(_zipf_pick(self.rng, ["primary", "secondary", "monitor", "masters", "slaves"]))

    def nu_user_setting(self) -> str:
        return str(_zipf_pick(self.rng, ["upsmon_type", "allowed", "instcmd", "passwd", "action"]))

    def nu_parseconf_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Out of memory", "Buffer overflow", "Unbalanced word due to unescaped "
                                                                             "quote or backslash"]))

    def nu_users_file(self) -> str:
        return self._r17_pick("nu_file", lambda: ["/etc/nut/upsd.users", "/etc/ups/upsd.users",
                                                  "/usr/local/ups/etc/upsd.users"])

    def nu_open_error(self) -> str:
        return f"Can't open {self.nu_users_file()}: " + str(_zipf_pick(self.rng, [
            "No such file or directory", "Permission denied"]))

    def nu_line(self) -> int:
        return self._skewed_int(1, 60)

    def nu_parse_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Unbalanced word due to unescaped quote or backslash",
                                         "Invalid character in word", "Unterminated quoted string"]))

    # -- round 17: coturn's user database (accounts are name:password or name:0x<key>)
    def ct_userdb(self) -> str:
        return self._r17_pick("ct_userdb", lambda: ["/etc/turnuserdb.conf", "/usr/local/etc/turnuserdb.conf",
                                                    "turnuserdb.conf"])

    def ct_account(self) -> str:
        user = str(_zipf_pick(self.rng, ["alice", "bob", "webrtc", "ninefingers", "user@example.com", "gorst"]))
        form = self.rng.random()
        if form < 0.4:
            return user
        if form < 0.7:
            return user + ":"
        return user + ":" + str(_zipf_pick(self.rng, ["youhavetoberealistic", "secret123", "pa ss"]))

    def ct_key(self) -> str:
        return "0x" + "".join(self.rng.choices("0123456789abcdef", k=int(_zipf_pick(self.rng, [12, 31, 20, 8]))))  # type: ignore[call-overload]

    def ct_address(self) -> str:
        return str(_zipf_pick(self.rng, ["10.0.0.300", "192.168.1", "fe80::1::2", "localhost", "10.0.0.1/24",
                                         "172.16.0.0/12"]))

    # -- round 17: OpenSIPS' signal handling (exit statuses as waitpid gives them)
    def os_status(self) -> int:
        return int(_zipf_pick(self.rng, [0, 256, 9, 15, 139, 134]))  # type: ignore[call-overload]

    def os_exit_status(self) -> int:
        return int(_zipf_pick(self.rng, [0, 255, 1, 2]))  # type: ignore[call-overload]

    def os_signal(self) -> int:
        return int(_zipf_pick(self.rng, [11, 9, 15, 6, 2]))  # type: ignore[call-overload]

    # -- round 17: Icecast's clients (pointers as glibc's %p prints them)
    def ic_client(self) -> str:
        return "0x" + format(0x55D0C3000000 + self.rng.randrange(0, 0xFFFFFF) * 16, "x")

    def ic_client_limit(self) -> int:
        self._ic_limit = int(_zipf_pick(self.rng, [100, 250, 500, 1000, 40]))  # type: ignore[call-overload]
        return self._ic_limit

    def ic_clients(self) -> int:
        return self._ic_limit + 1

    def ic_left(self) -> int:
        return self._skewed_int(0, 4096)

    def ic_requested(self) -> int:
        return int(_zipf_pick(self.rng, [4096, 8192, 2048, 1024]))  # type: ignore[call-overload]

    def ic_eof_result(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, -1]))  # type: ignore[call-overload]

    # -- round 18 (formats_round18); pools drawn once per log on first use, as rounds 6 to 17's
    def _r18_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r18/" + name, make)))

    def _r18_once(self, name: str, choices: list[str]) -> str:
        # one value a whole log keeps (a library version, a daemon's configured name)
        return self._r6_pool("r18/" + name, lambda: [self.rng.choice(choices)])[0]

    def _r18_pointer(self) -> str:
        base = int(_zipf_pick(self.rng, [0x55D0C3000000, 0x7F3A2C000000]))  # type: ignore[call-overload]
        return "0x" + format(base + self.rng.randrange(0, 0xFFFFFF) * 16, "x")

    # -- round 18: rspamd's asynchronous session events (its own printf: %p as 0x<hex>)
    def rsp_pointer(self) -> str:
        return self._r18_pointer()

    def rsp_pending(self) -> int:
        return self._skewed_int(0, 40)

    def rsp_subsystem(self) -> str:
        return str(_zipf_pick(self.rng, ["rspamd dns", "rspamd lua http", "rspamd lua redis", "fuzzy check",
                                         "rspamd lua tcp", "rspamd proxy"]))

    def rsp_item(self) -> str:
        return str(_zipf_pick(self.rng, ["(none)", "DKIM_CHECK", "FUZZY_CALLBACK", "RBL_CALLBACK",
                                         "SURBL_REDIRECTOR_CALLBACK", "DMARC_CALLBACK", "RATELIMIT_CHECK"]))

    def rsp_label(self) -> str:
        return str(_zipf_pick(self.rng, ["(none)", "127.0.0.1:6379", "zen.spamhaus.org", "rspamd.com:11335"]))

    def rsp_forced(self) -> str:
        # forced_cleanup ? "forced " : "" glued before "removed"
        return "forced " if self.rng.random() < 0.3 else ""

    # -- round 18: MiniDLNA's daemon
    def dl_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Address already in use", "Permission denied", "Too many open files",
                                         "Cannot assign requested address", "Bad file descriptor"]))

    def dl_signal(self) -> int:
        return int(_zipf_pick(self.rng, [15, 2]))  # type: ignore[call-overload]

    def dl_lan_addr(self) -> str:
        return str(_zipf_pick(self.rng, ["192.168.1.256", "eth0", "192.168.100.100.1/24", "fe80::1",
                                         "10.0.0.1/24 extra", "lan.example"]))

    def dl_sqlite_version(self) -> str:
        return self._r18_once("dl_sqlite", ["3.7.3", "3.6.22", "3.7.9", "3.7.2"])

    # -- round 18: Transmission's daemon client (errnomsg(): the text, ": " and strerror(errno))
    def trd_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["No such file or directory", "Connection refused", "Permission denied",
                                         "Too many open files", "Cannot allocate memory"]))

    def trd_socket(self) -> str:
        return self._r18_pick("trd_socket", lambda: ["/var/run/transmission-daemon/socket",
                                                     "/home/debian-transmission/.transmission/daemon/socket",
                                                     "/tmp/transmission.sock"])

    def trd_command(self) -> str:
        return str(_zipf_pick(self.rng, ["transmission-proxy", "ssh", "/usr/local/bin/transmission-proxy"]))

    def trd_what(self) -> int:
        return int(_zipf_pick(self.rng, [0x0, 0x4, 0x8, 0x80]))  # type: ignore[call-overload]

    # -- round 18: BlueZ's devices (addresses as ba2str() prints them; BlueZ 4's object paths)
    def _bzd_addresses(self) -> list[str]:
        def make() -> list[str]:
            return [":".join(format(self.rng.randrange(256), "02X") for _ in range(6)) for _ in range(6)]
        return self._r6_pool("r18/bzd_addr", make)

    def bzd_addr(self) -> str:
        return str(_zipf_pick(self.rng, self._bzd_addresses()))

    def bzd_path(self) -> str:
        pid = self._r18_once("bzd_pid", [str(p) for p in (512, 1187, 2301, 873)])
        adapter = str(_zipf_pick(self.rng, ["hci0", "hci1"]))
        return f"/org/bluez/{pid}/{adapter}/dev_" + self.bzd_addr().replace(":", "_")

    def bzd_pointer(self) -> str:
        return self._r18_pointer()

    def bzd_strerror(self) -> str:
        text, number = self.rng.choice([("Input/output error", 5), ("No space left on device", 28),
                                        ("Permission denied", 13), ("Read-only file system", 30)])
        self._bzd_errno = number
        return text

    def bzd_errno(self) -> int:
        return self._bzd_errno

    def bzd_profile(self) -> str:
        return str(_zipf_pick(self.rng, ["input-hid", "audio-sink", "network-panu", "hog", "deviceinfo",
                                         "a2dp-source"]))

    # -- round 18: Bacula's director (Dmsg's debug values, Jmsg's daemon name)
    def bac_debug_level(self) -> int:
        return int(_zipf_pick(self.rng, [100, 200, 10, 50, 400]))  # type: ignore[call-overload]

    def bac_table(self) -> int:
        return self._skewed_int(0, 31)

    def bac_jobid(self) -> int:
        return self.rng.randrange(1, 6000)

    def bac_count(self) -> int:
        return self._skewed_int(0, 8)

    def bac_njobs(self) -> int:
        # reload_config() prints njobs before it counts the running jobs: always 0
        return 0

    def bac_config_file(self) -> str:
        return self._r18_pick("bac_conf", lambda: ["/etc/bacula/bacula-dir.conf", "/usr/local/etc/bacula-dir.conf",
                                                   "bacula-dir.conf", "/opt/bacula/etc/bacula-dir.conf"])

    def bac_director(self) -> str:
        return self._r18_once("bac_director", ["backup-dir", "nas01-dir", "srv-backup-dir", "fileserver-dir"])

    # -- round 19 (formats_round19); pools drawn once per log on first use, as rounds 6 to 18's
    def _r19_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r19/" + name, make)))

    def _r19_once(self, name: str, choices: list[str]) -> str:
        return self._r6_pool("r19/" + name, lambda: [self.rng.choice(choices)])[0]

    # -- round 19: ZoneMinder's logins (zm_user.cpp)
    def zm_user(self) -> str:
        return self._r19_pick("zm_user", lambda: ["admin", "viewer", "operator", "frontdoor", "monitor2", "guest"])

    def _zm_secret(self) -> str:
        # ZM_AUTH_HASH_SECRET: the shipped default, or a site's own
        return self._r19_once("zm_secret", ["...Change me to something unique...", "k8Vq2ZmSecret", "zmhash2019"])

    def zm_remote_addr(self) -> str:
        return self._r19_pick("zm_remote", lambda: ["192.168.1.20", "10.0.0.15", "192.168.1.105", "",
                                                    "172.16.4.2"])

    def zm_token_key(self) -> str:
        # the secret, and the remote address glued to it when ZM_AUTH_HASH_IPS is on
        with_address = self._r19_once("zm_hash_ips", ["yes", "no"]) == "yes"
        return self._zm_secret() + (self.zm_remote_addr() if with_address else "")

    def zm_revoke_time(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1602331410, 1609459200, 1588012345]))  # type: ignore[call-overload]

    def zm_auth(self) -> str:
        return "".join(self.rng.choices("0123456789abcdef", k=32))

    def zm_hours(self) -> int:
        return int(self._r19_once("zm_ttl", ["2", "24", "1", "8"]))

    def zm_now(self) -> int:
        return 1602331410 + self.rng.randrange(0, 3_000_000)

    def _zm_password_hash(self) -> str:
        alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return self._r19_pick("zm_pw", lambda: ["$2y$10$" + "".join(self.rng.choices(alphabet, k=53))
                                                for _ in range(4)])

    def zm_auth_key(self) -> str:
        # "%s%s%s%s%d%d%d%d": secret, user name, stored password hash, remote address, hour, day, month, year - 1900
        when = f"{self.rng.randrange(24)}{self.rng.randrange(1, 29)}{self.rng.randrange(12)}{120}"
        return self._zm_secret() + self.zm_user() + self._zm_password_hash() + self.zm_remote_addr() + when

    # -- round 19: PulseAudio's device ports
    def pa_port(self) -> str:
        return self._r19_pick("pa_port", lambda: ["analog-output-speaker", "analog-output-headphones",
                                                  "analog-input-internal-mic", "analog-input-mic", "hdmi-output-0",
                                                  "hdmi-output-1", "analog-output-lineout"])

    def pa_status(self) -> str:
        return str(_zipf_pick(self.rng, ["yes", "no", "unknown"]))

    # -- round 20 (formats_round20); pools drawn once per log on first use, as rounds 6 to 19's
    def _r20_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r20/" + name, make)))

    # -- round 20: thermald's cooling devices (thd_cdev.cpp); temperatures in millidegrees Celsius
    def th_min(self) -> int:
        return int(_zipf_pick(self.rng, [0, 0, 1, 2]))  # type: ignore[call-overload]

    def th_max(self) -> int:
        return int(_zipf_pick(self.rng, [10, 31, 50, 100, 3]))  # type: ignore[call-overload]

    def th_state(self) -> int:
        return self.rng.randrange(0, 32)

    def th_index(self) -> int:
        return int(self._r20_pick("th_index", lambda: ["0", "1", "2", "3", "5", "8", "9"]))

    def th_type(self) -> str:
        return self._r20_pick("th_type", lambda: ["rapl_controller", "intel_powerclamp", "Processor", "TCC Offset",
                                                  "intel_pstate", "cpufreq"])

    def th_pow(self) -> int:
        return self.rng.randrange(1, 6)

    def th_set_point(self) -> int:
        return int(_zipf_pick(self.rng, [85000, 75000, 90000, 95000, 100000]))  # type: ignore[call-overload]

    def th_temp(self) -> int:
        return self.rng.randrange(40000, 99000, 500)

    def th_flag(self) -> int:
        return self.rng.randrange(0, 2)

    def th_zone(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3, 5]))  # type: ignore[call-overload]

    def th_trip(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    def th_count(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    # -- round 20: saned's requests (saned.c)
    def sn_resource(self) -> str:
        return self._r20_pick("sn_resource", lambda: ["epson2:libusb:001:004", "pixma:04A91912_4C6F2D",
                                                      "genesys:libusb:002:003", "plustek:libusb:001:005",
                                                      "hpaio:/usb/Officejet_Pro_8600?serial=CN2AB1234"])

    def sn_status(self) -> int:
        return int(_zipf_pick(self.rng, [32, 104, 5, 110, 9]))  # type: ignore[call-overload]

    def sn_request(self) -> int:
        # a procedure number other than the one expected (SANE_NET_AUTHORIZE is 9)
        return int(_zipf_pick(self.rng, [0, 1, 3, 4, 6, 8, 10]))  # type: ignore[call-overload]

    def sn_authorize(self) -> int:
        return 9

    def sn_signal(self) -> int:
        return int(_zipf_pick(self.rng, [15, 1, 2, 13]))  # type: ignore[call-overload]

    def sn_op(self) -> str:
        return str(_zipf_pick(self.rng, ["close", "get_option_descriptors", "control_option", "get_parameters",
                                         "start", "cancel", "set_io_mode", "get_select_fd"]))

    def sn_handle(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 5, 16]))  # type: ignore[call-overload]

    def sn_strerror(self) -> str:
        # strerror(w->status): 0 when the handle, not the wire, was bad
        return str(_zipf_pick(self.rng, ["Success", "Broken pipe", "Connection reset by peer",
                                         "Input/output error"]))

    def sn_cidr(self) -> str:
        return str(_zipf_pick(self.rng, ["33", "abc", "255.255.255.0", "129", "-1", "24x"]))

    def sn_gai(self) -> str:
        return str(_zipf_pick(self.rng, ["Name or service not known", "Address family for hostname not supported",
                                         "Temporary failure in name resolution"]))

    # -- round 20: xinetd's services (connection.c)
    def xi_service(self) -> str:
        return self._r20_pick("xi_service", lambda: ["ftp", "tftp", "telnet", "rsync", "time-stream",
                                                     "echo-stream", "daytime-dgram", "swat"])

    # -- round 20: Luanti's clients (clientiface.cpp)
    def lu_player(self) -> str:
        return self._r20_pick("lu_player", lambda: ["singleplayer", "Bob", "alice_42", "Sam0", "miner_joe", "Krock"])

    def lu_peer(self) -> int:
        return int(self._r20_pick("lu_peer", lambda: ["2", "3", "5", "7", "12", "15"]))

    def lu_long_send(self) -> float:
        # more than 0.8 of server_unload_unused_data_timeout (29 s)
        return 23.2 + self.rng.random() * 40

    def lu_send(self) -> float:
        return 0.5 + self.rng.random() * 20

    def lu_addr(self) -> str:
        return self._r20_pick("lu_addr", lambda: ["192.168.1.23", "10.0.0.7", "203.0.113.45", "2001:db8::17",
                                                  "198.51.100.9"])

    def lu_state(self) -> str:
        return str(_zipf_pick(self.rng, ["Created", "Disconnecting", "Denied", "Invalid"]))

    def lu_blocks(self) -> int:
        return self.rng.randrange(0, 6000)

    def lu_sending(self) -> int:
        return self.rng.randrange(0, 13)

    def lu_distance(self) -> int:
        return self.rng.randrange(0, 21)

    def lu_excess(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    # -- round 20: MIT Kerberos' KDC (main.c): com_err's error table texts
    def kr_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Cannot find KDC for requested realm",
                                         "Configuration file does not specify default realm",
                                         "No such file or directory", "Cannot find/read stored master key",
                                         "Stored master key is corrupted", "Address already in use",
                                         "Permission denied", "Interrupted system call", "Database store error"]))

    # -- round 20: fwupd's device list (fu-device-list.c)
    def fw_id(self) -> str:
        return self._r20_pick("fw_id", lambda: ["".join(self.rng.choices("0123456789abcdef", k=40))
                                                for _ in range(6)])

    def fw_name(self) -> str:
        return self._r20_pick("fw_name", lambda: ["System Firmware", "UEFI dbx", "Thunderbolt Controller", "TPM",
                                                  "Integrated Camera", "Unifying Receiver"])

    def fw_delay(self) -> int:
        return int(_zipf_pick(self.rng, [10000, 5000, 20000, 30000, 15000]))  # type: ignore[call-overload]

    def fw_guid(self) -> str:
        def guid() -> str:
            hexes = "".join(self.rng.choices("0123456789abcdef", k=32))
            return f"{hexes[:8]}-{hexes[8:12]}-{hexes[12:16]}-{hexes[16:20]}-{hexes[20:]}"
        return self._r20_pick("fw_guid", lambda: [guid() for _ in range(5)])

    def fw_pointer(self) -> str:
        return "0x" + "".join(self.rng.choices("0123456789abcdef", k=12))

    def fw_dump(self) -> str:
        # fu_device_list_add_string(): per item "%u [%p] %s\n" (IN_TIMEOUT or empty), "new: %s [%p] %s\n"
        # (WAIT_FOR_REPLUG or empty) and, with an old device, "old: ..." as new
        lines = []
        for i in range(self.rng.randrange(1, 4)):
            lines.append(f"{i} [{self.fw_pointer()}] {self.rng.choice(['', 'IN_TIMEOUT'])}")
            lines.append(f"new: {self.fw_id()} [{self.fw_pointer()}] {self.rng.choice(['', 'WAIT_FOR_REPLUG'])}")
            if self.rng.random() < 0.4:
                lines.append(f"old: {self.fw_id()} [{self.fw_pointer()}] ")
        return "\n".join(lines) + "\n"

    # -- round 21 (formats_round21); pools drawn once per log on first use, as rounds 6 to 20's
    def _r21_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r21/" + name, make)))

    # -- round 21: pcscd's readers (readerfactory.c); %X of a pointer or of a negative return value
    def pc_pointer(self) -> int:
        # one of the two is NULL when the seeker is called wrongly
        return 0 if self.rng.random() < 0.5 else int(self._r21_pick("pc_pointer", lambda: [
            str(self.rng.randrange(0x8000000, 0xFFFFFFF0, 16)) for _ in range(4)]))

    def pc_name_length(self) -> int:
        return self.rng.randrange(46, 90)

    def pc_name_max(self) -> int:
        return 45  # MAX_READERNAME (52) less sizeof(" 00 00")

    def pc_list_error(self) -> int:
        return int(_zipf_pick(self.rng, [0xFFFFFFFF, 0xFFFFFFFE]))  # type: ignore[call-overload]

    def pc_reader(self) -> str:
        return self._r21_pick("pc_reader", lambda: ["Gemalto PC Twin Reader", "OMNIKEY AG CardMan 3121",
                                                    "SCM Microsystems Inc. SCR 3310 V2.0 USB SC Reader",
                                                    "Yubico YubiKey OTP+FIDO+CCID", "ACS ACR122U PICC Interface",
                                                    "Cherry GmbH SmartTerminal ST-2xxx"])

    # -- round 21: xrdp's sessions (session_list.c)
    def xr_func(self) -> str:
        return "session_list_get_bydata"

    def xr_policy(self) -> str:
        return str(_zipf_pick(self.rng, ["UB", "UBD", "UBI", "UBDI", "U", "B"]))

    def xr_type(self) -> str:
        return str(_zipf_pick(self.rng, ["Xorg", "Xvnc"]))

    def xr_uid(self) -> int:
        return int(self._r21_pick("xr_uid", lambda: ["1000", "1001", "1002", "1005", "10023", "0"]))

    def xr_bpp(self) -> int:
        return int(_zipf_pick(self.rng, [24, 32, 16, 15]))  # type: ignore[call-overload]

    def xr_width(self) -> int:
        return int(_zipf_pick(self.rng, [1920, 1280, 2560, 1366, 3840, 1024]))  # type: ignore[call-overload]

    def xr_height(self) -> int:
        return int(_zipf_pick(self.rng, [1080, 720, 1440, 768, 2160, 1200]))  # type: ignore[call-overload]

    def xr_ip(self) -> str:
        # empty when the client gave no address (ip_addr NULL)
        return self._r21_pick("xr_ip", lambda: ["", "192.168.1.34", "10.20.0.17", "172.16.4.9", "192.168.1.51"])

    def xr_pointer(self) -> str:
        return "0x" + self._r21_pick("xr_pointer", lambda: [f"{self.rng.randrange(0x55d000000000, 0x55dfffffffff):x}"
                                                            for _ in range(5)])

    def xr_display(self) -> str:
        return ":" + self._r21_pick("xr_display", lambda: ["10", "11", "12", "13"])

    # -- round 21: irqbalance's interrupts (irqlist.c)
    def ib_irq(self) -> int:
        return int(self._r21_pick("ib_irq", lambda: [str(n) for n in (0, 1, 8, 9, 12, 16, 23, 24, 27, 28, 120,
                                                                         121, 122, 129)]))

    def ib_node(self) -> int:
        return int(_zipf_pick(self.rng, [-1, 0, 1]))  # type: ignore[call-overload]

    def ib_class(self) -> str:
        return str(_zipf_pick(self.rng, ["other", "ethernet", "storage", "legacy", "gbit-ethernet", "video",
                                         "10gbit-ethernet", "virt-event"]))

    def ib_workload(self) -> int:
        return self.rng.randrange(0, 250_000)

    # -- round 21: BRLTTY's devices (device.c); errno and its text drawn together
    def br_fd(self) -> int:
        return int(_zipf_pick(self.rng, [3, 4, 5, 6, 7]))  # type: ignore[call-overload]

    def br_errno(self) -> int:
        self._br_error = _zipf_pick(self.rng, [(13, "Permission denied"), (2, "No such file or directory"),
                                               (5, "Input/output error"), (6, "No such device or address")])
        return int(self._br_error[0])  # type: ignore[index]

    def br_strerror(self) -> str:
        error = getattr(self, "_br_error", None)
        if error is None:
            return str(_zipf_pick(self.rng, ["Permission denied", "No such device", "Not a directory"]))
        self._br_error = None
        return str(error[1])

    def br_root_path(self) -> str:
        return str(_zipf_pick(self.rng, ["/opt/dt/dev", "/usr/dt/dev", "/var/ut/dev"]))

    def br_root_variable(self) -> str:
        return str(_zipf_pick(self.rng, ["DTDEVROOT", "UTDEVROOT"]))

    def br_directory(self) -> str:
        return str(_zipf_pick(self.rng, ["/dev", "/opt/dt/dev"]))

    def br_description(self) -> str:
        return str(_zipf_pick(self.rng, ["screen", "console", "uinput", "keyboard"]))

    def br_name(self) -> str:
        return self._r21_pick("br_name", lambda: ["vcsa", "tty0", "vcc/a", "console", "input/uinput", "vcsa1"])

    def br_path(self) -> str:
        return "/dev/" + self.br_name()

    # -- round 21: lircd (lircd.c): strerror(errno) after logperror()
    def lc_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Invalid argument", "Inappropriate ioctl for device", "No such device",
                                         "Input/output error", "Bad file descriptor", "Device or resource busy"]))

    # -- round 22 (formats_round22); pools drawn once per log on first use, as rounds 6 to 21's
    def _r22_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r22/" + name, make)))

    # -- round 22: the BOINC client (client_state.cpp); host facts as a host reports them
    def bo_host(self) -> str:
        return self._r22_pick("bo_host", lambda: ["node07", "lab-pc-12.physics.example.edu", "ubuntu-desktop",
                                                  "raspberrypi", "DESKTOP-4F2K9QA"])

    def bo_ncpus(self) -> int:
        return int(_zipf_pick(self.rng, [8, 4, 16, 12, 2, 64]))  # type: ignore[call-overload]

    def bo_vendor(self) -> str:
        return str(_zipf_pick(self.rng, ["GenuineIntel", "AuthenticAMD", "ARM"]))

    def bo_model(self) -> str:
        return self._r22_pick("bo_model", lambda: [
            "Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz [Family 6 Model 158 Stepping 10]",
            "AMD Ryzen 9 5950X 16-Core Processor [Family 25 Model 33 Stepping 0]",
            "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz [Family 6 Model 79 Stepping 1]",
            "ARMv7 Processor rev 4 (v7l) [Impl 0x41 Arch 7 Variant 0x0 Part 0xd03 Rev 4]"])

    def bo_features(self) -> str:
        flags = ["fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce", "cx8", "apic", "sep", "mtrr", "pge", "mca",
                 "cmov", "pat", "pse36", "clflush", "mmx", "fxsr", "sse", "sse2", "ht", "syscall", "nx", "lm",
                 "ssse3", "fma", "cx16", "sse4_1", "sse4_2", "popcnt", "aes", "avx", "avx2", "bmi1", "bmi2"]
        return " ".join(flags[: self.rng.randrange(12, len(flags) + 1)])

    def bo_mac_version(self) -> str:
        return str(_zipf_pick(self.rng, ["10.13.6", "10.14.6", "10.15.7", "10.12.6"]))

    def bo_darwin(self) -> str:
        return "Darwin"

    def bo_darwin_version(self) -> str:
        return str(_zipf_pick(self.rng, ["17.7.0", "18.7.0", "19.6.0", "16.7.0"]))

    def bo_os_name(self) -> str:
        return str(_zipf_pick(self.rng, ["Linux Ubuntu", "Linux Debian", "Microsoft Windows 10", "Linux Fedora"]))

    def bo_os_version(self) -> str:
        return str(_zipf_pick(self.rng, ["Ubuntu 22.04.3 LTS [6.5.0-14-generic|libc 2.35]",
                                         "Debian GNU/Linux 12 (bookworm) [6.1.0-13-amd64|libc 2.36]",
                                         "Professional x64 Edition, (10.00.19045.00)",
                                         "Fedora Linux 39 (Workstation Edition) [6.6.8-200.fc39.x86_64|libc 2.38]"]))

    def bo_bytes(self) -> str:
        # nbytes_to_string(): two decimals and a unit
        return f"{self.rng.uniform(0.5, 990):.2f} {_zipf_pick(self.rng, ['GB', 'MB', 'TB'])}"

    def bo_tz_sign(self) -> str:
        # "tz<0?"":"+"", then tz: the sign and the number drawn together
        self._bo_tz = int(_zipf_pick(self.rng, [1, -5, 0, 2, -8, 9, -3, 5]))  # type: ignore[call-overload]
        return "" if self._bo_tz < 0 else "+"

    def bo_tz(self) -> int:
        return int(getattr(self, "_bo_tz", 0))

    def bo_vbox(self) -> str:
        return str(_zipf_pick(self.rng, ["6.1.38", "7.0.12", "5.2.44", "6.1.50"]))

    def bo_project(self) -> str:
        return self._r22_pick("bo_project", lambda: ["Einstein@Home", "Rosetta@home", "World Community Grid",
                                                     "LHC@home", "Milkyway@Home", "GPUGRID", "PrimeGrid",
                                                     "Asteroids@home"])

    def bo_time(self) -> float:
        return float(self.rng.randrange(1_600_000_000, 1_800_000_000))

    # -- round 22: earlyoom (main.c); kiB / 1024
    def eo_version(self) -> str:
        return str(_zipf_pick(self.rng, ["v0.8", "v0.7-3-g8e6b1c4", "v0.9", "v0.6"]))

    def eo_mib(self) -> int:
        return self.rng.randrange(40, 64_000)

    def eo_percent(self) -> int:
        return int(_zipf_pick(self.rng, [10, 5, 15, 20, 1]))  # type: ignore[call-overload]

    def eo_mib5(self) -> str:
        return f"{self.rng.randrange(0, 64_000):5d}"

    # -- round 22: ser2net (port.c); gensio_err_to_str() texts
    def s2_port(self) -> str:
        return self._r22_pick("s2_port", lambda: ["con0", "2000", "3001", "ttyUSB0", "gps", "console-2", "4001"])

    def s2_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Out of memory", "Value or file not found", "Operation not supported",
                                         "Invalid data to parameter", "Object was already in use",
                                         "Address already in use", "Permission denied"]))

    def s2_device(self) -> str:
        return self._r22_pick("s2_device", lambda: ["/dev/ttyUSB0,115200n81,local", "/dev/ttyS1,9600N81",
                                                    "serialdev,/dev/ttyACM0,19200e71", "/dev/ttyAMA0,57600"])

    # -- round 22: slurmctld (job_mgr.c)
    def sl_caller(self) -> str:
        return str(_zipf_pick(self.rng, ["update_assocs_in_jobs", "update_qos_in_jobs", "_job_create",
                                         "validate_job_create_assoc"]))

    def sl_job_id(self) -> int:
        return self.rng.randrange(1000, 9_000_000)

    def sl_job(self) -> str:
        job = self.sl_job_id()
        if self.rng.random() < 0.3:
            task = self.rng.randrange(0, 200)
            return f"JobId={job}_{task}({job + task + 1})"
        return f"JobId={job}"

    def sl_max_jobs(self) -> int:
        return int(_zipf_pick(self.rng, [10000, 100000, 50000]))  # type: ignore[call-overload]

    def sl_job_dir(self) -> str:
        job = self.sl_job_id()
        return f"/var/spool/slurmctld/hash.{job % 10}/job.{job}"

    def sl_negative(self) -> int:
        return -self.rng.randrange(1, 600)

    def sl_qos(self) -> str:
        return self._r22_pick("sl_qos", lambda: ["normal", "high", "long", "debug", "gpu_priority", "scavenger"])

    def sl_assoc(self) -> int:
        return self.rng.randrange(2, 900)

    def sl_account(self) -> str:
        return self._r22_pick("sl_account", lambda: ["physics", "bio_lab", "chem-g2", "astro", "root"])

    def sl_user(self) -> str:
        return self._r22_pick("sl_user", lambda: ["alice", "jdoe", "mkumar", "svc_pipeline", "wchen"])

    def sl_partition(self) -> str:
        # an association with no partition prints "(null)"
        return str(_zipf_pick(self.rng, ["(null)", "batch", "gpu", "debug", "bigmem"]))

    def sl_time(self) -> int:
        return self.rng.randrange(1_600_000_000, 1_800_000_000)

    # -- round 22: ModemManager (main.c)
    def mm_signal(self) -> int:
        return int(_zipf_pick(self.rng, [15, 2]))  # type: ignore[call-overload]

    def mm_service(self) -> str:
        return "org.freedesktop.ModemManager"

    def mm_dbus_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Connection \":1.42\" is not allowed to own the service \"org.freedesktop.ModemManager\" due to "
            "security policies in the configuration file",
            "Did not receive a reply. Possible causes include: the remote application did not send a reply, the "
            "message bus security policy blocked the reply, the reply timeout expired, or the network connection "
            "was broken."]))

    def mm_return(self) -> int:
        return int(_zipf_pick(self.rng, [3, 2]))  # type: ignore[call-overload]

    def mm_option_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Unknown option --verbose", "Missing argument for --log-level",
                                         "Unknown option -v", "Missing argument for --log-file"]))

    def mm_log_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Unknown log level 'TRACE'", "Couldn't open log file: Permission denied",
                                         "Unknown log level 'verbose'"]))

    def mm_version(self) -> str:
        return str(_zipf_pick(self.rng, ["0.5.2.0", "0.5", "0.4.998", "0.5.4.0"]))

    def mm_bus_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Failed to connect to socket /var/run/dbus/system_bus_socket: No such file or directory",
            "Failed to connect to socket /var/run/dbus/system_bus_socket: Connection refused"]))

    # -- round 22: epmd (epmd_srv.c)
    def ep_port(self) -> int:
        return int(_zipf_pick(self.rng, [4369, 4370, 14369]))  # type: ignore[call-overload]

    def ep_fd(self) -> int:
        return int(_zipf_pick(self.rng, [3, 4, 5]))  # type: ignore[call-overload]

    # -- round 23 (formats_round23); pools drawn once per log on first use, as rounds 6 to 22's
    def _r23_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r23/" + name, make)))

    # -- round 23: GeoClue (gclue-modem-manager.c); GError messages from ModemManager's D-Bus calls
    def gc_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "GDBus.Error:org.freedesktop.ModemManager1.Error.Core.WrongState: Modem is not enabled",
            "Timeout was reached",
            "GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Unsupported: Cannot get location: not supported",
            "Operation was cancelled",
            "GDBus.Error:org.freedesktop.DBus.Error.UnknownMethod: No such interface "
            "'org.freedesktop.ModemManager1.Modem.Location' on object at path /org/freedesktop/ModemManager1/Modem/0",
        ]))

    def gc_modem(self) -> str:
        return "/org/freedesktop/ModemManager1/Modem/" + str(_zipf_pick(self.rng, [0, 1, 2, 3]))

    def _nmea_time(self) -> str:
        return f"{self.rng.randrange(24):02d}{self.rng.randrange(60):02d}{self.rng.randrange(60):02d}.00"

    def _nmea_position(self) -> str:
        # ddmm.mmmmm and dddmm.mmmmm
        latitude = f"{self.rng.randrange(90):02d}{self.rng.randrange(60):02d}.{self.rng.randrange(100000):05d}"
        longitude = f"{self.rng.randrange(180):03d}{self.rng.randrange(60):02d}.{self.rng.randrange(100000):05d}"
        return f"{latitude},{_zipf_pick(self.rng, ['N', 'S'])},{longitude},{_zipf_pick(self.rng, ['E', 'W'])}"

    def gc_gga(self) -> str:
        body = (f"GPGGA,{self._nmea_time()},{self._nmea_position()},1,{self.rng.randrange(4, 13):02d},"
                f"{self.rng.uniform(0.6, 2.5):.1f},{self.rng.uniform(2, 400):.1f},M,{self.rng.uniform(-40, 50):.1f},M,,")
        return f"${body}*{self.rng.randrange(256):02X}"

    def gc_rmc(self) -> str:
        body = (f"GPRMC,{self._nmea_time()},A,{self._nmea_position()},{self.rng.uniform(0, 60):.1f},"
                f"{self.rng.uniform(0, 360):.1f},{self.rng.randrange(1, 29):02d}{self.rng.randrange(1, 13):02d}24,,,A")
        return f"${body}*{self.rng.randrange(256):02X}"

    # -- round 23: fprintd (device.c); ids count from 0 for devices and loaded prints alike (++last_id)
    def fp_device(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    def fp_status(self) -> int:
        return int(_zipf_pick(self.rng, [0, -19, -5, -110]))  # type: ignore[call-overload]

    def fp_finger(self) -> int:
        return int(_zipf_pick(self.rng, [7, 2, 6, 1, 3, 8]))  # type: ignore[call-overload]

    def fp_print(self) -> int:
        return self.rng.randrange(1, 60)

    def fp_result(self) -> int:
        # libfprint's verify results: match, no match, retry codes
        return int(_zipf_pick(self.rng, [0, 1, 100, 101, 102, 103]))  # type: ignore[call-overload]

    # -- round 23: RealtimeKit (rtkit-daemon.c); get_user_name(): the user's name, or the uid as a number
    def rk_user(self) -> str:
        return self._r23_pick("rk_user", lambda: ["alice", "gdm", "bob", "pipewire", "1000", "sddm"])

    def rk_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Operation not permitted", "No such process", "No such file or directory",
                                         "Permission denied", "Invalid argument"]))

    def rk_nice(self) -> int:
        return 1  # our_nice_level's default

    def rk_pid(self) -> int:
        return self.rng.randrange(400, 400_000)

    def rk_limits(self) -> str:
        return f"/proc/{self.rk_pid()}/limits"

    def rk_proc(self) -> str:
        return f"/proc/{self.rk_pid()}"

    # -- round 23: clamd (session.c); the command table read
    def cv_command_arg(self) -> str:
        return str(_zipf_pick(self.rng, ["SCAN", "CONTSCAN", "MULTISCAN", "OPTSCAN", "ALLMATCHSCAN"]))

    def cv_command_bare(self) -> str:
        return str(_zipf_pick(self.rng, ["PING", "VERSION", "RELOAD", "STATS", "QUIT", "INSTREAM", "IDSESSION"]))

    def cv_command_new(self) -> str:
        return str(_zipf_pick(self.rng, ["INSTREAM", "IDSESSION", "END", "VERSIONCOMMANDS", "ALLMATCHSCAN"]))

    def cv_threads(self) -> int:
        return int(_zipf_pick(self.rng, [10, 12, 20, 4]))  # type: ignore[call-overload]

    def cv_multiscan(self) -> int:
        return self.rng.randrange(1, 12)

    def cv_fd(self) -> int:
        return self.rng.randrange(5, 90)

    def cv_errno(self) -> int:
        return int(_zipf_pick(self.rng, [5, 9, 27, 28]))  # type: ignore[call-overload]

    def cv_command_type(self) -> int:
        return self.rng.randrange(0, 20)

    # -- round 23: acpid (acpid.c)
    def ac_source(self) -> str:
        return str(_zipf_pick(self.rng, ["netlink and the input layer", "proc fs"]))

    def ac_on_off(self) -> str:
        return str(_zipf_pick(self.rng, ["off", "on"]))

    def ac_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Interrupted system call", "Resource temporarily unavailable",
                                         "Permission denied", "No such file or directory", "Bad file descriptor",
                                         "Read-only file system"]))

    def ac_pidfile(self) -> str:
        return str(_zipf_pick(self.rng, ["/run/acpid.pid", "/var/run/acpid.pid"]))

    # -- round 23: multipathd (main.c)
    def mp_alias(self) -> str:
        return self._r23_pick("mp_alias", lambda: ["mpatha", "mpathb", "mpathc", "3600508b400105e210000900000490000",
                                                   "mpath_data01", "36001405f3c2a9e0b1d2471b8d4c1e2a7", "oradata2"])

    def mp_dev(self) -> str:
        return self._r23_pick("mp_dev", lambda: ["sdb", "sdc", "sdd", "sde", "sdf", "sdg", "sdaa", "sdh"])

    def mp_checker(self) -> str:
        return str(_zipf_pick(self.rng, ["tur", "directio", "readsector0", "rdac"]))

    def mp_checker_message(self) -> str:
        return str(_zipf_pick(self.rng, [" reports path is up", " reports path is down", " reports path is ghost",
                                         " timed out", " is disabled"]))

    def mp_state(self) -> str:
        # daemon_status_msg[] (read)
        self._mp_state = str(_zipf_pick(self.rng, ["idle", "running", "configure", "startup", "init"]))
        return self._mp_state

    def mp_new_state(self) -> str:
        # post_config_state__() logs a change only: the new state differs from the old
        states = ["running", "idle", "configure", "shutdown", "startup"]
        return str(_zipf_pick(self.rng, [s for s in states if s != getattr(self, "_mp_state", "")]))

    def mp_group(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3]))  # type: ignore[call-overload]

    # -- round 24 (formats_round24); pools drawn once per log on first use, as rounds 6 to 23's
    def _r24_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r24/" + name, make)))

    # -- round 24: iscsid (usr/host.c); iscsi_err_to_str()'s texts (iscsi_err.c, not read: from memory)
    def is_sid(self) -> int:
        return self.rng.randrange(1, 40)

    def is_err(self) -> int:
        return int(_zipf_pick(self.rng, [22, 2, 19, 12]))  # type: ignore[call-overload]

    def is_level(self) -> int:
        return int(_zipf_pick(self.rng, [5, 6, 9, -2, 10]))  # type: ignore[call-overload]

    def is_err_text(self) -> str:
        return str(_zipf_pick(self.rng, [
            "could not communicate to iscsid", "no available memory", "encountered internal error",
            "no objects found",
            "iSCSI driver not found. Please make sure it is loaded, and retry the operation",
        ]))

    # -- round 24: rasdaemon (core/rasdaemon.c); MC_CE_STAT_THRESHOLD from its environment file
    def rd_threshold(self) -> int:
        return int(_zipf_pick(self.rng, [10, 100, 5, 50, 1000]))  # type: ignore[call-overload]

    # -- round 24: usbmuxd (daemon/device.c); ids count from 0 (next_device_id), TCP over the USB link
    def um_dev(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    def um_ptr(self) -> str:
        return f"0x{self.rng.randrange(0x55D000000000, 0x55E000000000):x}"

    def um_data_ptr(self) -> str:
        return "(nil)" if self.rng.random() < 0.5 else self.um_ptr()

    def um_proto(self) -> int:
        return int(_zipf_pick(self.rng, [6, 0]))  # type: ignore[call-overload]

    def um_bad_proto(self) -> int:
        return int(_zipf_pick(self.rng, [17, 2, 255]))  # type: ignore[call-overload]

    def um_len(self) -> int:
        return int(_zipf_pick(self.rng, [0, self.rng.randrange(1, 16000)]))  # type: ignore[call-overload]

    def um_hdrlen(self) -> int:
        return int(_zipf_pick(self.rng, [20, 12]))  # type: ignore[call-overload]

    def um_big_len(self) -> int:
        return self.rng.randrange(16_400, 65_536)

    def um_big_total(self) -> int:
        return self.rng.randrange(16_428, 65_564)

    def um_usb_error(self) -> int:
        # libusb's error codes: IO, NO_DEVICE, PIPE, OVERFLOW
        return int(_zipf_pick(self.rng, [-4, -1, -9, -8]))  # type: ignore[call-overload]

    def um_sport(self) -> int:
        return self.rng.randrange(1, 300)

    def um_dport(self) -> int:
        return int(_zipf_pick(self.rng, [62078, 49152, 49153, 1082, 3853]))  # type: ignore[call-overload]

    def um_rst(self) -> int:
        return 4  # TH_RST

    def um_seq(self) -> int:
        return self.rng.randrange(0, 2**31)

    def um_tcp_flags(self) -> int:
        return int(_zipf_pick(self.rng, [0x10, 0x2, 0x4]))  # type: ignore[call-overload]  # TH_ACK, TH_SYN, TH_RST

    def um_window(self) -> int:
        self._um_window = int(_zipf_pick(self.rng, [131072, 131072 - 256 * self.rng.randrange(1, 200)]))  # type: ignore[call-overload]
        return self._um_window

    def um_window_scaled(self) -> int:
        return getattr(self, "_um_window", 131072) >> 8

    def um_sendable(self) -> int:
        return int(_zipf_pick(self.rng, [0, 16_332, self.rng.randrange(1, 65_536)]))  # type: ignore[call-overload]

    def um_events(self) -> int:
        return int(_zipf_pick(self.rng, [1, 5, 4, 0]))  # type: ignore[call-overload]  # POLLIN, POLLOUT

    def um_conn_flags(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1]))  # type: ignore[call-overload]

    def um_write_result(self) -> int:
        return int(_zipf_pick(self.rng, [-1, 0]))  # type: ignore[call-overload]

    # -- round 24: sanlock (src/delta_lease.c); lockspace names and paths of oVirt's storage domains (from memory)
    def sk_caller(self) -> str:
        return str(_zipf_pick(self.rng, ["delta_renew_read", "delta_verify", "delta_renew_last", "delta_acquire_begin",
                                         "delta_acquire_wait", "delta_acquire_check"]))

    def sk_result(self) -> int:
        return int(_zipf_pick(self.rng, [0, -223, -226, -227, -225]))  # type: ignore[call-overload]

    def sk_space(self) -> str:
        return self._r24_pick("sk_space", lambda: [
            "2d6b4f3e-7a91-4c55-9f0e-5c8d1b2a3e4f", "lvm_vg_shared", "9e1f0a7c-3b2d-4e86-a5c1-0d7e9f8b6a21",
        ])

    def sk_path(self) -> str:
        return self._r24_pick("sk_path", lambda: [
            "/dev/2d6b4f3e-7a91-4c55-9f0e-5c8d1b2a3e4f/ids",
            "/rhev/data-center/mnt/nfs01:_export_data/9e1f0a7c-3b2d-4e86-a5c1-0d7e9f8b6a21/dom_md/ids",
            "/dev/mapper/vg_shared-lvmlock",
        ])

    def sk_offset(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1048576]))  # type: ignore[call-overload]

    def sk_magic(self) -> int:
        return int(_zipf_pick(self.rng, [0x12212010, 0, self.rng.randrange(2**32)]))  # type: ignore[call-overload]

    def sk_version(self) -> int:
        return int(_zipf_pick(self.rng, [0x30002, 0x30001, 0]))  # type: ignore[call-overload]

    def sk_sector(self) -> int:
        return int(_zipf_pick(self.rng, [512, 4096]))  # type: ignore[call-overload]

    def sk_num_hosts(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2000]))  # type: ignore[call-overload]

    def sk_max_hosts(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2000]))  # type: ignore[call-overload]

    def sk_host_id(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 4, 250]))  # type: ignore[call-overload]

    def sk_generation(self) -> int:
        return self.rng.randrange(1, 40)

    def sk_lver(self) -> int:
        return int(_zipf_pick(self.rng, [0, self.rng.randrange(1, 500)]))  # type: ignore[call-overload]

    def sk_resource(self) -> str:
        # the host's name as the delta lease's resource name: a uuid and the host's name
        return self._r24_pick("sk_resource", lambda: [
            "3b8c1d2e-4f5a-6b7c-8d9e-0f1a2b3c4d5e.hv01.lab", "a7e2c9d4-1b3f-4e5a-8c6d-7f9e0a1b2c3d.hv02.lab",
            "5f4e3d2c-1b0a-9f8e-7d6c-5b4a3f2e1d0c.hv03.lab",
        ])

    def sk_timestamp(self) -> int:
        return self.rng.randrange(600, 9_000_000)

    def sk_checksum(self) -> int:
        return self.rng.randrange(2**32)

    def sk_large_delay(self) -> int:
        return int(_zipf_pick(self.rng, [80, 140, 50]))  # type: ignore[call-overload]

    def sk_delay(self) -> int:
        return int(_zipf_pick(self.rng, [140, 80]))  # type: ignore[call-overload]

    def sk_short_delay(self) -> int:
        return int(_zipf_pick(self.rng, [20, 10, 60]))  # type: ignore[call-overload]

    # -- round 24: plymouthd (ply-device-manager.c); udev's names for graphics devices (from memory)
    def pl_id_path(self) -> str:
        return str(_zipf_pick(self.rng, ["pci-0000:00:02.0", "platform-simple-framebuffer.0", "pci-0000:01:00.0",
                                         "(null)"]))

    def pl_subsystem(self) -> str:
        return str(_zipf_pick(self.rng, ["drm", "graphics"]))

    def pl_drm_node(self) -> str:
        return str(_zipf_pick(self.rng, ["/dev/dri/card0", "/dev/dri/card1", "/dev/dri/card2"]))

    def pl_fb_node(self) -> str:
        return str(_zipf_pick(self.rng, ["/dev/fb0", "/dev/fb1"]))

    def pl_node(self) -> str:
        return str(_zipf_pick(self.rng, ["/dev/dri/card0", "/dev/fb0", "/dev/dri/card1"]))

    def pl_subsystem_name(self) -> str:
        return str(_zipf_pick(self.rng, ["drm", "frame buffer"]))

    def pl_syspath(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/sys/devices/pci0000:00/0000:00:02.0/drm/card0", "/sys/devices/platform/simple-framebuffer.0/graphics/fb0",
            "/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0/drm/card1",
            "/sys/devices/pci0000:00/0000:00:02.0/drm/card0/card0-eDP-1",
        ]))

    def pl_action(self) -> str:
        return str(_zipf_pick(self.rng, ["change", "add", "remove"]))

    def pl_sysname(self) -> str:
        return str(_zipf_pick(self.rng, ["card0", "card1", "fb0", "card0-HDMI-A-1", "card0-eDP-1"]))

    # -- round 24: distccd (src/daemon.c)
    def dc_path(self) -> str:
        return str(_zipf_pick(self.rng, ["/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                                         "/usr/sbin:/usr/bin:/sbin:/bin", "(NULL)"]))

    def dc_masquerade(self) -> str:
        # the warning's text, a constant of the file (dcc_warn_masquerade_whitelist)
        return ("You must set up masquerade (see distcc(1)) to list whitelisted compilers or pass"
                " --enable-tcp-insecure. To set up masquerade automatically run update-distcc-symlinks.")

    def dc_nice(self) -> int:
        return int(_zipf_pick(self.rng, [5, 10, 19]))  # type: ignore[call-overload]

    def dc_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["Permission denied", "No such file or directory", "Operation not permitted",
                                         "Transport endpoint is not connected", "Socket operation on non-socket"]))

    def dc_tmpdir(self) -> str:
        return str(_zipf_pick(self.rng, ["/tmp", "/var/tmp", "/tmp/distccd"]))

    def dc_logfile(self) -> str:
        return str(_zipf_pick(self.rng, ["/var/log/distccd.log", "/var/log/distcc.log"]))

    def dc_role(self) -> str:
        return str(_zipf_pick(self.rng, ["inetd server", "preforking daemon"]))

    def dc_version(self) -> str:
        return str(_zipf_pick(self.rng, ["3.4", "3.3.3"]))

    def dc_host(self) -> str:
        return str(_zipf_pick(self.rng, ["x86_64-pc-linux-gnu", "aarch64-unknown-linux-gnu"]))

    def dc_date(self) -> str:
        # __DATE__: "Mmm dd yyyy", a day below 10 padded with a blank
        return str(_zipf_pick(self.rng, ["Jan  5 2024", "Nov 23 2022", "Mar 14 2023"]))

    def dc_time(self) -> str:
        return str(_zipf_pick(self.rng, ["12:34:56", "08:02:11", "19:47:30"]))

    # -- round 25 (formats_round25); pools drawn once per log on first use, as rounds 6 to 24's
    def _r25_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r25/" + name, make)))

    # -- round 25: hfaxd (hfaxd/User.c++); FAX_SPOOLDIR's etc/hosts.hfaxd, strerror(errno) (from memory)
    def hx_access_file(self) -> str:
        return str(_zipf_pick(self.rng, ["etc/hosts.hfaxd", "/var/spool/hylafax/etc/hosts.hfaxd"]))

    def hx_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["No such file or directory", "Permission denied", "Too many open files"]))

    def hx_user(self) -> str:
        return self._r25_pick("hx_user", lambda: ["fax", "jsmith", "operator", "mlopez", "reception", "kwong"])

    def hx_faxuid(self) -> int:
        return int(_zipf_pick(self.rng, [65534, 70000, 4294967294]))  # type: ignore[call-overload]

    # -- round 25: salt-minion (salt/minion.py); masters' names, addresses and interfaces (from memory)
    def so_master(self) -> str:
        return self._r25_pick("so_master", lambda: ["salt", "salt-master.example.com", "10.20.0.5", "cfg01.lab"])

    def so_retry_dns(self) -> int:
        return int(_zipf_pick(self.rng, [30, 10, 60]))  # type: ignore[call-overload]

    def so_master_key(self) -> str:
        return str(_zipf_pick(self.rng, ["master", "syndic_master"]))

    def so_ip(self) -> str:
        return str(_zipf_pick(self.rng, ["10.20.0.5", "192.168.122.10", "172.16.4.21", "10.20.0.6"]))

    def so_iface(self) -> str:
        return str(_zipf_pick(self.rng, ["eth0", "ens3", "bond0", "eth1", "wlan0"]))

    def so_interfaces(self) -> str:
        # salt.utils.network.interfaces()'s dict as str() writes it
        names = self.rng.sample(["lo", "eth0", "ens3", "docker0"], self.rng.randint(1, 3))
        parts = []
        for name in names:
            addr = "127.0.0.1" if name == "lo" else self.so_ip()
            mac = "00:00:00:00:00:00" if name == "lo" else "52:54:00:" + ":".join(
                f"{self.rng.randrange(256):02x}" for _ in range(3))
            parts.append(f"'{name}': {{'hwaddr': '{mac}', 'up': {self.rng.random() < 0.8}, 'inet': "
                         f"[{{'address': '{addr}', 'netmask': '255.255.255.0', 'broadcast': None, "
                         f"'label': '{name}'}}]}}")
        return "{" + ", ".join(parts) + "}"

    def so_port(self) -> int:
        return int(_zipf_pick(self.rng, [4506, 4505, self.rng.randrange(1024, 65536)]))  # type: ignore[call-overload]

    def so_master_uri(self) -> str:
        return f"tcp://{self.so_ip()}:{_zipf_pick(self.rng, [4506, 4510])}"

    def so_master_func(self) -> str:
        return str(_zipf_pick(self.rng, ["master_picker.get_master", "consul_master.lookup", "dns_srv.master"]))

    def so_master_value(self) -> str:
        return str(_zipf_pick(self.rng, ["None", "42", "{'host': 'salt'}", "True"]))

    # -- round 25: packagekitd (src/pk-task-apt.c); apt-cache search's "name - short description" lines
    def pk_package(self) -> str:
        self._pk_row: tuple[str, str] = _zipf_pick(self.rng, _APT_PACKAGES)  # type: ignore[assignment]
        return self._pk_row[0]

    def pk_shortdesc(self) -> str:
        row: tuple[str, str] = getattr(self, "_pk_row", _APT_PACKAGES[0])
        return row[1]

    # -- round 25: spice-vdagent (src/vdagent/device-info.c); DRM cards and xrandr outputs of a guest
    def va_card(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 0, 3]))  # type: ignore[call-overload]

    def va_sys_path(self) -> str:
        return f"/sys/class/drm/card{self.va_card()}"

    def va_dev_path(self) -> str:
        return f"/dev/dri/card{self.va_card()}"

    def va_dev_path_or_null(self) -> str:
        return "(null)" if self.rng.random() < 0.4 else self.va_dev_path()

    def va_device_link(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/sys/devices/pci0000:00/0000:00:02.0/drm/card0",
            "/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0/drm/card0",
            "/sys/devices/pci0000:00/0000:00:03.0/0000:01:01.0/0000:02:03.0/virtio2/drm/card1",
            "/sys/devices/platform/simple-framebuffer.0/drm/card0",
        ]))

    def va_strerror(self) -> str:
        return str(_zipf_pick(self.rng, ["No such file or directory", "Permission denied"]))

    def va_device_id(self) -> int:
        return int(_zipf_pick(self.rng, [0x0100, 0x1050, 0x1111]))  # type: ignore[call-overload]

    def va_vendor_id(self) -> int:
        return int(_zipf_pick(self.rng, [0x1b36, 0x1af4, 0x1234, 0x8086]))  # type: ignore[call-overload]

    def va_address(self) -> str:
        return str(_zipf_pick(self.rng, ["pci/0000/02.0", "pci/0000/01.0/00.0", "pci0000/02.0", "usb/1/2"]))

    def va_display_id(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    def va_max_display_id(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1]))  # type: ignore[call-overload]

    def va_output_id(self) -> int:
        return self.rng.randrange(60, 120)

    def va_output_name(self) -> str:
        return str(_zipf_pick(self.rng, ["Virtual-1", "Virtual-2", "DP-1", "HDMI-1", "Virtual-0"]))

    # -- round 25: speech-dispatcher (src/server/speechd.c); client sockets' descriptors
    def sd_fd(self) -> int:
        return self.rng.randrange(5, 40)

    # -- round 25: neard (src/device.c); NFC_PATH "/org/neard" (from memory)
    def nr_ptr(self) -> str:
        return f"0x{self.rng.randrange(0x55A000000000, 0x55B000000000):x}"

    def nr_conn(self) -> str:
        return str(_zipf_pick(self.rng, ["0x55a3c41b9e20", "0x55a3c41b9e20", "0x55a3c41ba0f0"]))

    def nr_path(self) -> str:
        return f"/org/neard/nfc{_zipf_pick(self.rng, [0, 1])}/device{self.rng.randrange(0, 8)}"

    def nr_status(self) -> int:
        return int(_zipf_pick(self.rng, [0, -5, -110, -22]))  # type: ignore[call-overload]

    # -- round 26 (formats_round26); pools drawn once per log on first use, as rounds 6 to 25's
    def _r26_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r26/" + name, make)))

    # -- round 26: rigctld (tests/rigctld.c); __func__ and __FILE__ as the file writes them, handle_error()'s
    # callers' texts as read; versions, model numbers, ports and errno texts from memory
    def hl_func_mutex(self) -> str:
        return "mutex_rigctld"

    def hl_func_ctrl(self) -> str:
        return "CtrlHandler"

    def hl_func_main(self) -> str:
        return "main"

    def hl_file(self) -> str:
        return "rigctld.c"

    def hl_net_call(self) -> str:
        return str(_zipf_pick(self.rng, [
            "binding failed (trying next interface)", "accept", "setsockopt", "socket", "listening",
            "sigaction SIGPIPE", "sigaction SIGINT", "signal SIGPIPE", "signal SIGINT", "SetConsoleCtrlHandler"]))

    def hl_net_errno(self) -> int:
        self._hl_errno: tuple[int, str] = _zipf_pick(self.rng, [  # type: ignore[assignment]
            (98, "Address already in use"), (99, "Cannot assign requested address"), (13, "Permission denied"),
            (24, "Too many open files"), (22, "Invalid argument")])
        return self._hl_errno[0]

    def hl_net_strerror(self) -> str:
        return getattr(self, "_hl_errno", (98, "Address already in use"))[1]

    def hl_startup(self) -> str:
        # SNPRINTF("%s(%d) Startup:", __FILE__, __LINE__), then " <arg>" for each of argv
        args = self._r26_pick("hl_args", lambda: [
            "rigctld -m 2", "/usr/bin/rigctld -m 3073 -r /dev/ttyUSB0 -s 38400 -t 4532",
            "rigctld -m 1035 -r /dev/ttyUSB0 -s 38400 -T 127.0.0.1 -vvvv",
            "rigctld -m 2028 -r /dev/ttyACM0 -s 115200 -C auto_power_on=1", "rigctld -m 1 -vvvvv -Z"])
        return f"rigctld.c(671) Startup: {args}"

    def hl_version(self) -> str:
        return self._r26_pick("hl_version", lambda: ["Hamlib 4.5.5 2023-05-05T11:08:03Z SHA=6eecd3",
                                                     "Hamlib 4.6.2 2024-11-23T14:31:06Z SHA=89b6e4"])

    def hl_twiddle(self) -> int:
        return int(_zipf_pick(self.rng, [0, 5, 10]))  # type: ignore[call-overload]

    def hl_uplink(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    def hl_backend_version(self) -> str:
        return self._r26_pick("hl_backend", lambda: ["20230328.0", "20220608.10", "20210504.0", "20231007.1"])

    def hl_backend_status(self) -> str:
        return str(_zipf_pick(self.rng, ["Stable", "Beta", "Alpha", "Untested"]))

    def hl_rigerror(self) -> str:
        return str(_zipf_pick(self.rng, ["IO error", "Invalid parameter", "Feature not implemented",
                                         "Communication timed out"]))

    # -- round 26: gammu-smsd (smsd/core.c); modems, GSM_ErrorString texts and their numbers, libGammu's debug
    # lines, the callers' messages (not in the part read) from memory
    def gm_db_version(self) -> int:
        return int(_zipf_pick(self.rng, [16, 17, 15, 14]))  # type: ignore[call-overload]

    def gm_smsd_db_version(self) -> int:
        return 17

    def gm_device(self) -> str:
        return self._r26_pick("gm_device", lambda: ["/dev/ttyUSB0", "/dev/ttyUSB2", "/dev/ttyACM0", "/dev/gsmmodem"])

    def gm_status(self) -> int:
        return int(_zipf_pick(self.rng, [0, 0, 0, 1, 255]))  # type: ignore[call-overload]

    def gm_reference(self) -> int:
        return self.rng.randrange(0, 256)

    def gm_errno_message(self) -> str:
        return str(_zipf_pick(self.rng, ["Failed to fork", "Failed to run process", "Can not create pid file",
                                         "Failed to open log file"]))

    def gm_errno(self) -> int:
        self._gm_errno: tuple[int, str] = _zipf_pick(self.rng, _ERRNO)  # type: ignore[assignment]
        return self._gm_errno[0]

    def gm_strerror(self) -> str:
        return getattr(self, "_gm_errno", _ERRNO[0])[1]

    def gm_terminate_message(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Error getting SMS status", "Error at init connection", "Error getting SMS", "Error reading SMS",
            "Failed to setup SMSD service"]))

    def gm_error_string(self) -> str:
        self._gm_error: tuple[str, int] = _zipf_pick(self.rng, [  # type: ignore[assignment]
            ("No response in specified timeout. Probably phone not connected.", 14),
            ("Error opening device. Unknown, busy or no permissions.", 2),
            ("Function not supported by phone.", 21), ("Security error. Maybe no PIN?", 31),
            ("Unknown error.", 27)])
        return self._gm_error[0]

    def gm_error_code(self) -> int:
        return getattr(self, "_gm_error", ("Unknown error.", 27))[1]

    def gm_gammu_debug(self) -> str:
        return str(_zipf_pick(self.rng, [
            "SMS status received", "Getting SMS status", "Getting SMSC", "1 \"AT+CPMS?\"", "Checking line: OK",
            "AT reply state: 1", "Sending simple AT command to wake up some devices", "Phone seems to be busy",
            "Getting network info", "RECEIVED frame type 0x00/length 0x20/32"]))

    def gm_bad_service(self) -> str:
        return str(_zipf_pick(self.rng, ["SQL", "mysqli", "sqlite", "file"]))

    def gm_shm_key(self) -> int:
        self._gm_shm = int(_zipf_pick(self.rng, [0x53046B2C, 0x53013C11, 0x5301A2F4]))  # type: ignore[call-overload]
        return self._gm_shm

    def gm_shm_key_again(self) -> int:
        return getattr(self, "_gm_shm", 0x53046B2C)

    # -- round 26: flatpak-system-helper (system-helper/flatpak-system-helper.c); the client's arguments (refs,
    # remotes, temporary repositories, flags) from memory; the default installation is the empty string
    def fk_repo_path(self) -> str:
        return f"/var/tmp/flatpak-cache-{''.join(self.rng.choices('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', k=6))}" \
               f"/repo-{''.join(self.rng.choices('abcdefghijklmnopqrstuvwxyz0123456789', k=6))}"

    def fk_deploy_flags(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 16, 17, 5]))  # type: ignore[call-overload]

    def fk_uninstall_flags(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    def fk_remote_flags(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1]))  # type: ignore[call-overload]

    def fk_no_flags(self) -> int:
        return 0

    def fk_ref(self) -> str:
        return self._r26_pick("fk_ref", lambda: [
            "runtime/org.freedesktop.Platform/x86_64/23.08", "app/org.mozilla.firefox/x86_64/stable",
            "runtime/org.freedesktop.Platform.GL.default/x86_64/23.08", "runtime/org.gnome.Platform/x86_64/45",
            "app/org.gnome.Calculator/x86_64/stable", "runtime/org.freedesktop.Platform.Locale/x86_64/23.08",
            "app/com.spotify.Client/x86_64/stable", "app/org.libreoffice.LibreOffice/x86_64/stable"])

    def fk_origin(self) -> str:
        return str(_zipf_pick(self.rng, ["flathub", "fedora", "flathub-beta", "gnome-nightly"]))

    def fk_arch(self) -> str:
        return str(_zipf_pick(self.rng, ["x86_64", "aarch64"]))

    def fk_installation(self) -> str:
        return str(_zipf_pick(self.rng, ["", "default", "extra"]))

    def fk_bundle_path(self) -> str:
        return str(_zipf_pick(self.rng, ["/home/alice/Downloads/org.example.App.flatpak",
                                         "/tmp/gnome-calculator.flatpak", "/srv/bundles/tool-1.2.flatpak"]))

    def fk_summary_path(self) -> str:
        self._fk_summary = f"/var/tmp/flatpak-cache-{''.join(self.rng.choices('ABCDEFGHJKLMNPQRSTUVWXYZ', k=6))}" \
                           "/summary"
        return self._fk_summary

    def fk_summary_sig_path(self) -> str:
        return getattr(self, "_fk_summary", "/var/tmp/flatpak-cache-QWERTY/summary") + ".sig"

    # -- round 26: ngircd (src/ngircd/client.c); nicks, hosts, servers and quit texts from memory ("Server going
    # down." and "Reason unknown." are the file's)
    def ng_package(self) -> str:
        return "ngircd"

    def ng_freed(self) -> int:
        self._ng_freed = int(_zipf_pick(self.rng, [1, 3, 12, 27, 2]))  # type: ignore[call-overload]
        return self._ng_freed

    def ng_freed_plural(self) -> str:
        return "" if getattr(self, "_ng_freed", 2) == 1 else "s"

    def ng_nick(self) -> str:
        return self._r26_pick("ng_nick", lambda: ["alice", "bob_", "Guest4821", "rustacean", "mkoch", "zzz|away",
                                                  "jdoe", "nightowl"])

    def ng_user_mask(self) -> str:
        nick = self.ng_nick()
        user = nick.rstrip("_|").split("|")[0][:9]
        tilde = "~" if self.rng.random() < 0.6 else ""
        host = str(_zipf_pick(self.rng, ["localhost", "dsl-84-12-7-3.example.net", "10.1.4.20",
                                         "2001:db8::4f", "host-77.isp.example.org"]))
        return f"{nick}!{tilde}{user}@{host}"

    def ng_server(self) -> str:
        return str(_zipf_pick(self.rng, ["irc2.example.net", "hub.example.org", "leaf1.example.net"]))

    def ng_conn(self) -> int:
        return self.rng.randrange(5, 64)

    def ng_reason(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Got QUIT command.", "Ping timeout: 120 seconds", "Client closed connection", "Server going down.",
            "Reason unknown.", "Read error!", "Quit: Leaving", "Quit: bye", "Too many connections from your IP"]))

    def ng_nick_or_none(self) -> str:
        return "(No Nick)" if self.rng.random() < 0.5 else self.ng_nick()

    def ng_away(self) -> str:
        return str(_zipf_pick(self.rng, ["Auto-away", "lunch", "Gone fishing", "AFK", "away since 14:02",
                                         "be right back"]))

    def ng_id_registered(self) -> str:
        name = self.ng_server() if self.rng.random() < 0.5 else self.ng_nick()
        return f'ID "{name}" already registered'

    def ng_token(self) -> int:
        return self.rng.randrange(2, 9)

    # -- round 26: innd (innd/chan.c); CHANname()'s forms as the file writes them; peers, sites, pids, buffer
    # texts and LogName ("SERVER") from memory
    def nn_logname(self) -> str:
        return "SERVER"

    def nn_fd(self) -> int:
        return self.rng.randrange(4, 60)

    def nn_peer(self) -> str:
        return self._r26_pick("nn_peer", lambda: ["news.example.net", "feed.isp.example.org", "localhost",
                                                  "nntp2.example.com", "peer.news.example.de"])

    def nn_peer_channel(self) -> str:
        return f"{self.nn_peer()}:{self.nn_fd()}"

    def nn_rejected_channel(self) -> str:
        return f"{self.nn_peer()} rejected"

    def nn_free_channel(self) -> str:
        return f"free:{self.nn_fd()}"

    def nn_channel(self) -> str:
        kind = str(_zipf_pick(self.rng, ["nntp", "file", "control", "proc", "remconn", "localconn"]))
        fd = self.nn_fd()
        if kind == "nntp":
            return f"{self.nn_peer()}:{fd}"
        if kind == "file":
            return f"{_zipf_pick(self.rng, ['news.example.net', 'overview!', 'actsync'])}:{fd}:file"
        if kind == "proc":
            return f"{_zipf_pick(self.rng, ['innfeed!', 'controlchan!'])}:{fd}:proc:{self.rng.randrange(900, 32000)}"
        return f"{kind}:{fd}"

    def nn_on_off(self) -> str:
        return str(_zipf_pick(self.rng, ["on", "off"]))

    def nn_io_count(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 4]))  # type: ignore[call-overload]

    def nn_address(self) -> str:
        return str(_zipf_pick(self.rng, ["0.0.0.0", "192.0.2.17", "198.51.100.4", "127.0.0.1"]))

    def nn_epoch(self) -> int:
        return 1_700_000_000 + self.rng.randrange(0, 3_000_000)

    def nn_waker(self) -> int:
        return int(_zipf_pick(self.rng, [0x8052A10, 0x8053C40]))  # type: ignore[call-overload]

    def nn_bytes(self) -> int:
        return int(_zipf_pick(self.rng, [0, 512, self.rng.randrange(1, 8192)]))  # type: ignore[call-overload]

    def nn_buffer_text(self) -> str:
        # MaxLength(): the buffer's first characters
        msgid = f"<{self.rng.randrange(10**8, 10**9)}@{self.nn_peer()}>"
        return str(_zipf_pick(self.rng, [f"CHECK {msgid}", f"TAKETHIS {msgid}", f"IHAVE {msgid}", "MODE STREAM",
                                         f"238 {msgid}", "335", "QUIT"]))

    def nn_seconds(self) -> int:
        return self.rng.randrange(1, 90000)

    def nn_articles(self) -> int:
        return int(_zipf_pick(self.rng, [0, self.rng.randrange(1, 50), self.rng.randrange(50, 40000)]))  # type: ignore[call-overload]

    # -- round 26: jupyter-server (jupyter_server/services/sessions/sessionmanager.py); uuid4 ids
    def jp_kernel_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def jp_session_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # -- round 27 (formats_round27); pools drawn once per log on first use, as rounds 6 to 26's
    def _r27_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r27/" + name, make)))

    # -- round 27: milltask (src/emc/task/emctaskmain.cc); the interpreted lines and the NML symbols' names from
    # memory
    def lx_command(self) -> str:
        axis = str(_zipf_pick(self.rng, ["X", "Y", "Z"]))
        where = f"{self.rng.choice(['', '-'])}{self.rng.randrange(0, 900)}.{self.rng.randrange(0, 1000):03d}"
        return str(_zipf_pick(self.rng, [
            f"G1 {axis}{where} F{self.rng.choice([300, 600, 1200])}", f"G0 {axis}{where}",
            f"N{self.rng.randrange(10, 2000, 10)} G1 {axis}{where}",
            f"G2 X{where} Y{self.rng.randrange(0, 300)} I5 J0 F300", f"g1 {axis.lower()}{where}"]))

    def lx_symbol(self) -> str:
        return str(_zipf_pick(self.rng, [
            "EMC_JOG_CONT", "EMC_TASK_PLAN_RUN", "EMC_SPINDLE_ON", "EMC_AXIS_HOME", "EMC_TRAJ_LINEAR_MOVE",
            "EMC_COOLANT_FLOOD_ON", "EMC_TOOL_PREPARE", "EMC_TASK_PLAN_EXECUTE"]))

    # -- round 27: epics-ioc (modules/database/src/ioc/db/dbChannel.c); the filters' names (a channel name's JSON
    # keys) from memory
    def ec_filter(self) -> str:
        return str(_zipf_pick(self.rng, ["dbnd", "ts", "arr", "sync", "dec", "deadband", "x", "utag"]))

    # -- round 27: indiserver (indiserver/ClInfo.cpp); devices, properties and queue sizes from memory
    def id_fd(self) -> int:
        return self.rng.randrange(5, 40)

    def id_queued(self) -> int:
        return self.rng.randrange(1 << 20, 1 << 27)

    def id_tag(self) -> str:
        return str(_zipf_pick(self.rng, [
            "setNumberVector", "setSwitchVector", "setBLOBVector", "defNumberVector", "setTextVector",
            "newNumberVector", "newSwitchVector", "message", "delProperty", "setLightVector"]))

    def id_device(self) -> str:
        return self._r27_pick("id_device", lambda: [
            "Telescope Simulator", "CCD Simulator", "EQMod Mount", "ZWO CCD ASI294MC Pro", "Focuser Simulator",
            "ZWO EFW", "Pegasus UPB", "GPSD"])

    def id_property(self) -> str:
        return str(_zipf_pick(self.rng, [
            "EQUATORIAL_EOD_COORD", "CCD_EXPOSURE", "CCD1", "ABS_FOCUS_POSITION", "CONNECTION",
            "TELESCOPE_TRACK_STATE", "CCD_TEMPERATURE", "FILTER_SLOT", "HORIZONTAL_COORD"]))

    # -- round 27: weewxd (src/weewx/engine.py); station types, drivers, services, exceptions and tracebacks
    # from memory
    def wz_station_type(self) -> str:
        self._wz_station: tuple[str, str] = _zipf_pick(self.rng, [  # type: ignore[assignment]
            ("Vantage", "weewx.drivers.vantage"), ("Simulator", "weewx.drivers.simulator"),
            ("FineOffsetUSB", "weewx.drivers.fousb"), ("Interceptor", "user.interceptor"),
            ("WMR300", "weewx.drivers.wmr300"), ("GW1000", "user.gw1000")])
        return self._wz_station[0]

    def wz_driver(self) -> str:
        return getattr(self, "_wz_station", ("Vantage", "weewx.drivers.vantage"))[1]

    def wz_exception(self) -> str:
        self._wz_exc: tuple[str, str] = _zipf_pick(self.rng, [  # type: ignore[assignment]
            ("No module named 'user.interceptor'", "<class 'ModuleNotFoundError'>"),
            ("[Errno 2] No such file or directory: '/dev/ttyUSB0'", "<class 'FileNotFoundError'>"),
            ("could not open port /dev/ttyUSB0: [Errno 13] Permission denied: '/dev/ttyUSB0'",
             "<class 'serial.serialutil.SerialException'>"),
            ("Unable to wake up Vantage console", "<class 'weewx.WakeupError'>"),
            ("[Errno 98] Address already in use", "<class 'OSError'>")])
        return self._wz_exc[0]

    def wz_exception_type(self) -> str:
        return getattr(self, "_wz_exc", ("[Errno 98] Address already in use", "<class 'OSError'>"))[1]

    def wz_traceback_line(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Traceback (most recent call last):",
            '  File "/usr/share/weewx/weewx/engine.py", line 108, in setupStation',
            "    driver_module = importlib.import_module(driver)",
            '  File "/usr/lib/python3.11/importlib/__init__.py", line 126, in import_module',
            "    return _bootstrap._gcd_import(name[level:], package, level)",
            "ModuleNotFoundError: No module named 'user.interceptor'",
            '  File "/usr/share/weewx/weewx/drivers/vantage.py", line 533, in __init__',
            "serial.serialutil.SerialException: [Errno 2] could not open port /dev/ttyUSB0"]))

    def wz_service_group(self) -> str:
        return str(_zipf_pick(self.rng, ["prep_services", "xtype_services", "restful_services",
                                         "process_services", "data_services"]))

    def wz_service(self) -> str:
        return str(_zipf_pick(self.rng, [
            "weewx.engine.StdTimeSynch", "weewx.engine.StdConvert", "weewx.engine.StdCalibrate",
            "weewx.engine.StdQC", "weewx.wxservices.StdWXCalculate", "weewx.wxxtypes.StdWXXTypes",
            "weewx.wxxtypes.StdPressureCooker", "weewx.wxxtypes.StdRainRater", "weewx.wxxtypes.StdDelta",
            "weewx.engine.StdArchive", "weewx.restx.StdStationRegistry", "weewx.restx.StdWunderground",
            "weewx.restx.StdPWSweather", "weewx.restx.StdCWOP", "weewx.restx.StdWOW", "weewx.restx.StdAWEKAS",
            "weewx.engine.StdPrint", "weewx.engine.StdReport", "user.mqtt.MQTT"]))

    def wz_gc_objects(self) -> int:
        return self.rng.randrange(0, 4000)

    def wz_gc_seconds(self) -> float:
        return self.rng.random() * 0.3

    def wz_unit(self) -> int:
        return int(_zipf_pick(self.rng, [1, 16, 17]))  # type: ignore[call-overload]

    def wz_name_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "unsupported operand type(s) for +: 'NoneType' and 'float'", "name 'extraTemp1' is not defined",
            "unsupported operand type(s) for *: 'NoneType' and 'float'", "name 'outTemp' is not defined"]))

    def wz_value_error(self) -> str:
        return str(_zipf_pick(self.rng, ["math domain error", "could not convert string to float: 'N/A'"]))

    # -- round 27: open62541 (src/server/ua_services_session.c); the GUIDs, channel ids, status codes' names and
    # security policies' URIs from memory
    def oa_guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def oa_channel(self) -> int:
        return self.rng.randrange(1, 600)

    def oa_status_signature(self) -> str:
        return str(_zipf_pick(self.rng, ["BadApplicationSignatureInvalid", "BadSecurityChecksFailed",
                                         "BadInternalError"]))

    def oa_status_decrypt(self) -> str:
        return str(_zipf_pick(self.rng, ["BadIdentityTokenInvalid", "BadIdentityTokenRejected"]))

    def oa_status_access(self) -> str:
        return str(_zipf_pick(self.rng, ["BadUserAccessDenied", "BadIdentityTokenInvalid",
                                         "BadIdentityTokenRejected", "BadCertificateUntrusted"]))

    def oa_policy_uri(self) -> str:
        return "http://opcfoundation.org/UA/SecurityPolicy#" + str(_zipf_pick(self.rng, [
            "Basic256Sha256", "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss", "Basic256", "Basic128Rsa15"]))

    # -- round 27: radicale (radicale/server.py); exceptions, files, protocols, ciphers, versions, users and
    # platforms from memory
    def rc_exception(self) -> str:
        return str(_zipf_pick(self.rng, [
            "[Errno 104] Connection reset by peer", "timed out", "[Errno 32] Broken pipe",
            "SSL handshake failed: [SSL: HTTP_REQUEST] http request (_ssl.c:1000) client 192.0.2.44",
            "SSL handshake failed: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000) client 198.51.100.7",
            "[SSL: SSLV3_ALERT_CERTIFICATE_UNKNOWN] sslv3 alert certificate unknown (_ssl.c:2580)"]))

    def rc_cert(self) -> str:
        return self._r27_pick("rc_cert", lambda: ["/etc/ssl/radicale.cert.pem", "/etc/radicale/ssl/cert.pem",
                                                  "/etc/letsencrypt/live/dav.example.org/fullchain.pem"])

    def rc_key(self) -> str:
        return self._r27_pick("rc_key", lambda: ["/etc/ssl/radicale.key.pem", "/etc/radicale/ssl/key.pem",
                                                 "/etc/letsencrypt/live/dav.example.org/privkey.pem"])

    def rc_protocol(self) -> str:
        return str(_zipf_pick(self.rng, ["ALL -SSLv3 -TLSv1 -TLSv1.1", "-ALL +TLSv1.3", "ALL -SSLv3"]))

    def rc_min_version(self) -> str:
        return str(_zipf_pick(self.rng, ["TLSVersion.TLSv1_2", "TLSVersion.MINIMUM_SUPPORTED",
                                         "TLSVersion.TLSv1_3"]))

    def rc_max_version(self) -> str:
        return str(_zipf_pick(self.rng, ["TLSVersion.MAXIMUM_SUPPORTED", "TLSVersion.TLSv1_3"]))

    def rc_protocols(self) -> str:
        return str(_zipf_pick(self.rng, ["TLSv1.2 TLSv1.3", "TLSv1.3", "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"]))

    def rc_ciphersuite(self) -> str:
        return str(_zipf_pick(self.rng, ["HIGH:!aNULL:!MD5", "ECDHE+AESGCM:ECDHE+CHACHA20", "DEFAULT"]))

    def rc_ciphers(self) -> str:
        every = ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256",
                 "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256",
                 "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305"]
        return " ".join(every[:int(_zipf_pick(self.rng, [9, 3, 7]))])  # type: ignore[call-overload]

    def rc_cafile(self) -> str:
        return self._r27_pick("rc_cafile", lambda: ["/etc/radicale/ssl/clients-ca.pem", "/etc/ssl/certs/dav-ca.crt"])

    def rc_http_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "code 400, message Bad request version ('\\x00\\x00')",
            "code 400, message Bad HTTP/0.9 request type ('\\x16\\x03\\x01\\x02\\x00\\x01')",
            "code 414, message Request-URI Too Long", "Request timed out: TimeoutError('timed out')",
            "code 400, message Bad request syntax ('GET /')"]))

    def rc_pythonpath(self) -> str:
        return str(_zipf_pick(self.rng, ["", "with PYTHONPATH='/opt/radicale/lib' "]))

    def rc_versions(self) -> str:
        return self._r27_pick("rc_versions", lambda: ["3.5.4", "3.2.3", "3.1.8"])

    def rc_user_groups(self) -> str:
        return str(_zipf_pick(self.rng, ["user=radicale(985) groups=radicale(985)",
                                         "user=root(0) groups=root(0)"]))

    def rc_platform(self) -> str:
        return self._r27_pick("rc_platform", lambda: ["Linux-6.8.0-51-generic-x86_64-with-glibc2.39",
                                                      "Linux-6.1.0-28-amd64-x86_64-with-glibc2.36",
                                                      "FreeBSD-14.1-RELEASE-amd64-64bit-ELF"])

    # -- round 28 (formats_round28); pools drawn once per log on first use, as rounds 6 to 27's
    def _r28_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r28/" + name, make)))

    # -- round 28: orthanc (OrthancServer/Sources/ServerJobs/ArchiveJob.cpp); sizes, ids and transfer syntaxes from
    # memory; the format is ZIP64 past about 2 GB or 65,525 files, as the statement's code says
    def ot_zip_files(self) -> int:
        self._ot_files = int(_zipf_pick(self.rng, [1, 24, 180, 512, 1200, 3400, 70000]))  # type: ignore[call-overload]
        return self._ot_files

    def ot_zip_megabytes(self) -> int:
        files = getattr(self, "_ot_files", 1)
        self._ot_mb = files * self.rng.randrange(1, 40) // 4 + self.rng.randrange(0, 3)
        return self._ot_mb

    def ot_zip_format(self) -> str:
        big = getattr(self, "_ot_mb", 0) >= 1984 or getattr(self, "_ot_files", 0) >= 65525
        return "ZIP64" if big else "ZIP32"

    def ot_instance(self) -> str:
        def make() -> list[str]:
            return ["-".join(f"{self.rng.getrandbits(32):08x}" for _ in range(5)) for _ in range(12)]
        return self._r28_pick("ot_instance", make)

    def ot_transfer_syntax(self) -> str:
        return str(_zipf_pick(self.rng, [
            "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.70",
            "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.5"]))

    # -- round 28: rclcpp (rclcpp/src/rclcpp/client.cpp); rcl's error strings ("<text>, at <file>:<line>") from
    # memory
    def rp_rcl_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "client's implementation is invalid, at ./src/rcl/client.c:296",
            "node handle is invalid, at ./src/rcl/node.c:428",
            "the given context is not valid, either rcl_init() was not called or rcl_shutdown() was called., "
            "at ./src/rcl/node.c:434",
            "failed to delete client, at ./src/rcl/client.c:302",
            "client argument is null, at ./src/rcl/client.c:287"]))

    # -- round 28: renderd (src/renderd.c); styles, tiles, descriptors and error texts from memory; the
    # connection limit is renderd.h's MAX_CONNECTIONS (not read: 2048 from memory)
    def rn_response(self) -> str:
        return str(_zipf_pick(self.rng, ["Done", "NotDone"]))

    def rn_fd(self) -> int:
        return self.rng.randrange(5, 60)

    def rn_version(self) -> int:
        return self.rng.choice([4, 5, 0, 7, 1179011410])

    def rn_command(self) -> str:
        return str(_zipf_pick(self.rng, ["Render", "RenderPrio", "Dirty", "RenderLow", "RenderBulk"]))

    def rn_bad_command(self) -> str:
        return str(_zipf_pick(self.rng, ["Ignore", "Done", "NotDone", "Unknown"]))

    def rn_style(self) -> str:
        return self._r28_pick("rn_style", lambda: ["default", "ajt", "s2o", "osm-bright", "hot", "cyclosm"])

    def rn_zoom(self) -> int:
        self._rn_zoom = self.rng.randrange(0, 20)
        return self._rn_zoom

    def rn_x(self) -> int:
        return self.rng.randrange(0, 1 << getattr(self, "_rn_zoom", 10)) & ~7

    def rn_y(self) -> int:
        return self.rng.randrange(0, 1 << getattr(self, "_rn_zoom", 10)) & ~7

    def rn_mime(self) -> str:
        return str(_zipf_pick(self.rng, ["image/png", "image/webp", "image/jpeg"]))

    def rn_options(self) -> str:
        return str(_zipf_pick(self.rng, ["", "", "scale=2", "lang=de"]))

    def rn_pipe_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Broken pipe", "Bad file descriptor", "Resource temporarily unavailable"]))

    def rn_poll_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Interrupted system call", "Cannot allocate memory", "Invalid argument"]))

    def rn_accept_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Too many open files", "Software caused connection abort", "Resource temporarily unavailable",
            "Interrupted system call"]))

    def rn_ready_fds(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 4, 6]))  # type: ignore[call-overload]

    def rn_max_connections(self) -> int:
        return 2048

    def rn_slot(self) -> int:
        return self.rng.randrange(0, 64)

    def rn_conns(self) -> int:
        return self.rng.randrange(0, 40)

    def rn_slots(self) -> int:
        return self.rng.randrange(1, 70)

    # -- round 28: openocd (src/target/target.c); out-of-table values, error codes and targets' names from memory
    def oo_bad_value(self) -> int:
        return self.rng.choice([-1, 9, 11, 12, 42, 255, 1024])

    def oo_error_code(self) -> int:
        return int(_zipf_pick(self.rng, [-4, -302, -304, -305, -107, -308, -8]))  # type: ignore[call-overload]

    def oo_target(self) -> str:
        return self._r28_pick("oo_target", lambda: [
            "stm32f1x.cpu", "rp2040.core0", "rp2040.core1", "nrf52.cpu", "esp32.cpu0", "stm32h7x.cpu0",
            "riscv.cpu", "imx8mp.a53.0"])

    # -- round 28: tangd (src/tangd.c); paths and http_parser's error descriptions from memory
    def tn_argv0(self) -> str:
        return str(_zipf_pick(self.rng, ["/usr/libexec/tangd", "tangd", "/usr/lib/tang/tangd"]))

    def tn_jwkdir(self) -> str:
        return str(_zipf_pick(self.rng, ["/var/db/tang", "/var/lib/tang", "/srv/tang/db", "/etc/tang/keys",
                                         "/var/cache/tang"]))

    def tn_http_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "invalid HTTP method", "invalid URL", "invalid character in header", "invalid HTTP version",
            "too many header bytes seen; overflow detected", "invalid character in content-length header",
            "unexpected content-length header", "invalid constant string", "strict mode assertion failed"]))

    # -- round 29 (formats_round29); pools drawn once per log on first use, as rounds 6 to 28's
    def _r29_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r29/" + name, make)))

    # -- round 29: iperf3 (src/iperf_server_api.c); ports and the kernel's congestion algorithms from memory
    def ip_port(self) -> int:
        return int(_zipf_pick(self.rng, [5201, 5202, 5203, 5210, 15201]))  # type: ignore[call-overload]

    def ip_congestion(self) -> str:
        return str(_zipf_pick(self.rng, ["cubic", "bbr", "reno", "htcp", "dctcp"]))

    # -- round 29: cowrie (src/cowrie/shell/session.py); an attacker's terminal, columns and rows
    def cw_width(self) -> int:
        return int(_zipf_pick(self.rng, [80, 200, 120, 158, 237, 95, 272]))  # type: ignore[call-overload]

    def cw_height(self) -> int:
        return int(_zipf_pick(self.rng, [24, 50, 40, 48, 63, 30, 71]))  # type: ignore[call-overload]

    # -- round 29: tmux (server-client.c); clients' addresses (glibc's %p), names (their ttys), mouse buttons
    # (xterm's encoding, 0x20 and up) and positions from memory
    def tm_client(self) -> str:
        return self._r29_pick("tm_client", lambda: [f"0x{0x55d0_0000_0000 + self.rng.getrandbits(32) * 16:x}"
                                                    for _ in range(8)])

    def tm_references(self) -> int:
        return int(_zipf_pick(self.rng, [1, 0, 2, 3]))  # type: ignore[call-overload]

    def tm_name(self) -> str:
        return self._r29_pick("tm_name", lambda: [f"/dev/pts/{n}" for n in self.rng.sample(range(0, 40), 6)])

    def tm_button(self) -> int:
        return int(_zipf_pick(self.rng, [0x20, 0x23, 0x43, 0x40, 0x60, 0x61, 0x22, 0x21]))  # type: ignore[call-overload]

    def tm_x(self) -> int:
        return self.rng.randrange(0, 210)

    def tm_y(self) -> int:
        return self.rng.randrange(0, 60)

    def tm_drag(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2]))  # type: ignore[call-overload]

    # -- round 29: etherpad (src/node/db/SessionManager.js); session ids ("s." and 16 characters, as the file's
    # createSession makes them) and the database keys the file reads
    def ep_session(self) -> str:
        alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
        return "s." + "".join(self.rng.choice(alphabet) for _ in range(16))

    def ep_dbkey(self) -> str:
        def make() -> list[str]:
            alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            return [f"{kind}2sessions:{kind[0]}.{''.join(self.rng.choice(alphabet) for _ in range(16))}"
                    for kind in ("group", "author", "group", "author", "group")]
        return self._r29_pick("ep_dbkey", make)

    # -- round 29: clangd (clang-tools-extra/clangd/ClangdLSPServer.cpp); the protocol's methods, request ids,
    # durations and error texts from memory
    def cld_notification(self) -> str:
        return str(_zipf_pick(self.rng, [
            "textDocument/didChange", "textDocument/didOpen", "textDocument/didSave", "textDocument/didClose",
            "$/cancelRequest", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration",
            "initialized", "$/setTrace"]))

    def cld_method(self) -> str:
        return str(_zipf_pick(self.rng, [
            "textDocument/completion", "textDocument/hover", "textDocument/semanticTokens/full/delta",
            "textDocument/documentSymbol", "textDocument/codeAction", "textDocument/inlayHint",
            "textDocument/definition", "textDocument/signatureHelp", "textDocument/documentHighlight",
            "textDocument/foldingRange", "textDocument/references", "initialize", "shutdown"]))

    def cld_id(self) -> int:
        return self.rng.randrange(0, 4000)

    def cld_ms(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3, 5, 8, 14, 27, 61, 140, 512]))  # type: ignore[call-overload]

    def cld_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Request cancelled", "invalid AST", "trying to get AST for non-added document",
            "Task was cancelled.", "onCodeAction called for non-added file",
            "no symbol at the given position"]))

    def cld_bad_version(self) -> str:
        return str(_zipf_pick(self.rng, ["v1", "1.0", "abc", "2024-05-01", "null"]))

    def cld_max_calls(self) -> int:
        return 100

    def cld_cancel_params(self) -> str:
        return str(_zipf_pick(self.rng, ['{"requestId":12}', "{}", '{"ID":"17"}', "null", '{"id":null}']))

    # -- round 30 (formats_round30); pools drawn once per log on first use, as rounds 6 to 29's
    def _r30_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r30/" + name, make)))

    # -- round 30: scrapy (scrapy/core/engine.py); the reasons a spider closes, from memory
    def sc_reason(self) -> str:
        return str(_zipf_pick(self.rng, [
            "finished", "shutdown", "closespider_timeout", "closespider_itemcount", "cancelled",
            "closespider_errorcount", "closespider_pagecount"]))

    # -- round 30: dolphin (Source/Core/Core/Core.cpp); the emulated console, a yes/no, thread ids
    def dol_mode(self) -> str:
        return str(_zipf_pick(self.rng, ["GameCube", "Wii"]))

    def dol_yes_no(self) -> str:
        return str(_zipf_pick(self.rng, ["Yes", "No"]))

    def dol_tid(self) -> int:
        return int(self._r30_pick("dol_tid", lambda: [str(self.rng.randrange(2000, 60000)) for _ in range(3)]))

    # -- round 30: ollama (server/routes.go); the allowed remotes (Go's %v of a []string), a model's remote
    # host and its host name, from memory
    def oll_remotes(self) -> str:
        return str(_zipf_pick(self.rng, ["[ollama.com]", "[ollama.com api.example.net]", "[]"]))

    def oll_remote_url(self) -> str:
        self._r30_url = self._r30_pick("oll_remote_url", lambda: [
            "https://ollama.com:443", "http://gpu-box.lan:11434", "https://llm.internal.example.net",
            "http://10.0.7.21:11434"])
        return self._r30_url

    def oll_hostname(self) -> str:
        # the host of the remoteURL the same message names
        return self._r30_url.split("//", 1)[1].split(":", 1)[0]

    # -- round 30: aflfuzz (src/afl-fuzz.c); paths, the build's constants and version from memory
    def afl_radamsa_path(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/usr/local/lib/afl/libradamsa.so", "/opt/aflplusplus/libradamsa.so", "/home/fuzz/AFLplusplus/libradamsa.so"]))

    def afl_argv0(self) -> str:
        return str(_zipf_pick(self.rng, ["afl-fuzz", "./afl-fuzz", "/usr/local/bin/afl-fuzz"]))

    def afl_exec_timeout(self) -> int:
        return 1000

    def afl_mem_limit(self) -> int:
        return 50

    def afl_python(self) -> str:
        return str(_zipf_pick(self.rng, ["3.8.5", "3.8.10", "2.7.18"]))

    def afl_doc_path(self) -> str:
        return str(_zipf_pick(self.rng, ["/usr/local/share/doc/afl", "docs"]))

    def afl_version(self) -> str:
        return str(_zipf_pick(self.rng, ["++2.65d", "++2.64c", "++2.66c"]))

    # -- round 30: odoo (odoo/service/server.py); clients' addresses (a tuple's str), the HTTP interface,
    # addons paths, changed files, cron threads and threads' reprs, from memory
    def odo_client_address(self) -> str:
        host = str(_zipf_pick(self.rng, ["127.0.0.1", "10.0.3.15", "192.168.1.44", "172.17.0.1"]))
        return f"('{host}', {self.rng.randrange(32768, 61000)})"

    def odo_server_name(self) -> str:
        return str(_zipf_pick(self.rng, ["0.0.0.0", "127.0.0.1", "odoo-prod-1"]))

    def odo_port(self) -> int:
        return int(_zipf_pick(self.rng, [8069, 8072, 8079]))  # type: ignore[call-overload]

    def odo_addons_path(self) -> str:
        return str(_zipf_pick(self.rng, [
            "/usr/lib/python3/dist-packages/odoo/addons", "/mnt/extra-addons", "/opt/odoo/custom/addons",
            "/var/lib/odoo/addons/13.0"]))

    def odo_py_path(self) -> str:
        module = str(_zipf_pick(self.rng, ["sale_custom", "stock_extra", "hr_timesheet_ext", "website_shop"]))
        name = str(_zipf_pick(self.rng, ["models/sale_order.py", "__init__.py", "controllers/main.py",
                                         "models/res_partner.py"]))
        return f"/mnt/extra-addons/{module}/{name}"

    def odo_cron(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]

    def odo_thread(self) -> str:
        name = str(_zipf_pick(self.rng, ["odoo.service.cron.cron0", "odoo.service.httpd", "MainThread",
                                         "odoo.service.cron.cron1", "odoo.service.http.request.140213"]))
        return f"<Thread({name}, started daemon {self.rng.randrange(139_900_000_000_000, 140_300_000_000_000)})>"

    def odo_daemon(self) -> str:
        return str(_zipf_pick(self.rng, ["True", "False"]))

    # -- round 30: wineserver (server/device.c); objects' addresses (glibc's %p)
    def wsv_ptr(self) -> str:
        return self._r30_pick("wsv_ptr", lambda: [f"0x{0x7d0000 + self.rng.getrandbits(16) * 16:x}" for _ in range(8)])

    # -- round 31 (formats_round31); pools drawn once per log on first use, as rounds 6 to 30's
    def _r31_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r31/" + name, make)))

    # -- round 31: tigerbeetle (src/vsr/client_replies.zig); a replica's index, client ids and checksums (u128 in
    # decimal), request numbers, from memory
    def tb_replica(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 3, 4, 5]))  # type: ignore[call-overload]

    def tb_client(self) -> str:
        return self._r31_pick("tb_client", lambda: [str(self.rng.getrandbits(128)) for _ in range(12)])

    def tb_checksum(self) -> str:
        return str(self.rng.getrandbits(128))

    def tb_request(self) -> int:
        return self.rng.randrange(1, 40_000)

    # -- round 31: eventstoredb (TcpConnectionManager.cs); Serilog's rendering: string values in double quotes,
    # Guids with :B in braces; names, end points, errors and versions from memory
    def esd_name(self) -> str:
        return '"' + str(_zipf_pick(self.rng, [
            "external-tcp", "internal-secure", "leader-secure", "external-secure", "internal-normal"])) + '"'

    def esd_guid(self) -> str:
        return "{" + self._uuid() + "}"

    def esd_remote(self) -> str:
        return self._r31_pick("esd_remote", lambda: [
            f"{self.rng.choice(['10.0.1', '10.0.2', '172.31.14', '192.168.40'])}.{self.rng.randrange(2, 250)}:"
            f"{self.rng.choice([1112, 1113, self.rng.randrange(32768, 61000)])}" for _ in range(10)])

    def esd_local(self) -> str:
        return str(_zipf_pick(self.rng, ["10.0.1.11:1113", "10.0.1.11:1112", "172.31.14.7:1113"]))

    def esd_socket_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Success", "ConnectionReset", "ConnectionRefused", "TimedOut", "Shutdown", "HostUnreachable",
            "ConnectionAborted", "NetworkUnreachable"]))

    def esd_client_name(self) -> str:
        # ClientConnectionName: empty, or ":" and the name the client gave, quoted as a string
        name = str(_zipf_pick(self.rng, ["", "ES-" + self._uuid(), "orders-projector", "billing-api"]))
        return '""' if not name else f'":{name}"'

    def esd_client_given(self) -> str:
        return '"' + str(_zipf_pick(self.rng, ["ES-" + self._uuid(), "orders-projector", "billing-api",
                                               "inventory-sync"])) + '"'

    def esd_client_version(self) -> str:
        return str(_zipf_pick(self.rng, ["V2", "V1"]))

    def esd_bytes(self) -> int:
        return int(_zipf_pick(self.rng, [0, 0, self.rng.randrange(22, 900_000)]))  # type: ignore[call-overload]

    def esd_exception(self) -> str:
        return str(_zipf_pick(self.rng, [
            "System.InvalidCastException: Unable to cast object of type 'EventStore.Core.Messages.ClientMessage+"
            "NotHandled' to type 'IdentifyClient'.",
            "System.NullReferenceException: Object reference not set to an instance of an object.",
            "Google.Protobuf.InvalidProtocolBufferException: While parsing a protocol message, the input ended "
            "unexpectedly in the middle of a field."]))

    def esd_peer_reason(self) -> str:
        return str(_zipf_pick(self.rng, [
            '"<reason missing>"', '"Not Authenticated"', '"Invalid TCP frame received. Error: Package size is out '
            'of bounds: 17825792 (max: 16777216)."']))

    def esd_close_error(self) -> str:
        # the texts TcpConnectionManager.cs passes to SendBadRequestAndClose (its numbers and errors drawn)
        return '"' + str(_zipf_pick(self.rng, [
            f"Connection queue size is too large: {self.rng.randrange(50_001, 90_000)}.",
            "Trusted writes aren't accepted over the external TCP interface",
            f"Connection pending send bytes is too large: {self.rng.randrange(67_108_865, 90_000_000)}.",
            "Invalid TCP frame received. Error: Package size is out of bounds: 17825792 (max: 16777216).",
            "Received bad network package. Error: System.ArgumentException: ArraySegment too short, length: 6"])) + '"'

    def esd_stop_reason(self) -> str:
        # Stop(reason): empty, or " Reason: " and the heartbeat timeout's text, quoted as a string
        if self.rng.random() < 0.4:
            return '""'
        return (f'" Reason: HEARTBEAT TIMEOUT at receiveProgressIndicator={self.rng.randrange(0, 10**9)}, '
                f'sendProgressIndicator={self.rng.randrange(0, 10**9)}"')

    # -- round 31: mastodon (streaming/index.js); account ids (snowflakes), addresses, channels (REDIS_NAMESPACE
    # unset: no prefix), channel names from the file, system events from the file
    def mst_account(self) -> str:
        return self._r31_pick("mst_account", lambda: [
            str(self.rng.randrange(109_000_000_000_000_000, 113_999_999_999_999_999)) for _ in range(15)])

    def mst_address(self) -> str:
        return self._r31_pick("mst_address", lambda: [
            self.rng.choice([f"::ffff:10.0.{self.rng.randrange(0, 8)}.{self.rng.randrange(2, 250)}",
                             f"172.18.0.{self.rng.randrange(2, 30)}",
                             f"2a01:4f8:{self.rng.randrange(0x100, 0xfff):x}::{self.rng.randrange(2, 0xfff):x}"])
            for _ in range(8)])

    def mst_channel(self) -> str:
        kind = str(_zipf_pick(self.rng, [
            "timeline:{a}", "timeline:public", "timeline:system:{a}", "timeline:access_token:{t}",
            "timeline:public:local", "timeline:hashtag:{h}", "timeline:list:{l}", "timeline:direct:{a}",
            "timeline:public:media", "timeline:{a}:notifications", "timeline:hashtag:{h}:local"]))
        return kind.format(a=self.mst_account(), t=self.rng.randrange(1, 9_000_000),
                           h=str(_zipf_pick(self.rng, ["caturday", "fediverse", "photography", "rust", "news"])),
                           l=self.rng.randrange(1, 90_000))

    def mst_channel_name(self) -> str:
        return str(_zipf_pick(self.rng, [
            "user", "public", "public:local", "user:notification", "hashtag", "list", "direct", "public:media",
            "public:local:media", "public:remote", "public:remote:media", "hashtag:local"]))

    def mst_event(self) -> str:
        return str(_zipf_pick(self.rng, ["filters_changed", "kill"]))

    # -- round 31: temporal (service/matching/db_task_manager.go); errors and tasks, from memory
    def tmp_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "context deadline exceeded",
            "operation GetTasks encountered Timeout",
            "Persistence Max QPS Reached.",
            "operation UpdateTaskQueue encountered ConditionFailedError{Msg: Failed to update task queue. "
            f"name: {self.tmp_queue()}, type: Workflow, rangeID: {self.rng.randrange(2, 900)}, "
            f"columns: (rangeID: {self.rng.randrange(2, 900)})}}",
            "task queue shutting down",
            "gocql: no hosts available in the pool"]))

    def tmp_queue(self) -> str:
        return str(_zipf_pick(self.rng, [
            "orders-tq", "/_sys/payments-tq/3", "email-sender", "temporal-sys-tq-scanner-taskqueue-0"]))

    def tmp_task(self) -> str:
        namespace = self._uuid()
        workflow = str(_zipf_pick(self.rng, ["order-", "payment-", "signup-"])) + str(self.rng.randrange(10_000, 99_999))
        run = self._uuid()
        event = self.rng.randrange(2, 60)
        task = self.rng.randrange(1_048_576, 9_000_000)
        return (f"{{Data:{{NamespaceId:{namespace} WorkflowId:{workflow} RunId:{run} ScheduledEventId:{event}}} "
                f"TaskId:{task}}}")

    # -- round 31: harbor (src/core/main.go); the admin's user id, signals, errors, from memory
    def hb_user_id(self) -> int:
        return 1

    def hb_signal(self) -> str:
        return str(_zipf_pick(self.rng, ["terminated", "interrupt", "quit"]))

    def hb_cache_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "dial tcp 172.18.0.3:6379: connect: connection refused",
            "dial tcp: lookup redis on 127.0.0.11:53: no such host",
            "NOAUTH Authentication required."]))

    def hb_config_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "failed to get config from core: context deadline exceeded",
            "invalid database type: mysql"]))

    def hb_db_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "failed to connect to `host=postgresql user=postgres database=registry`: dial error (dial tcp "
            "172.18.0.4:5432: connect: connection refused)",
            'pq: password authentication failed for user "postgres"',
            "dial tcp: lookup harbor-database on 10.96.0.10:53: no such host"]))

    def hb_migrate_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            f"Dirty database version {self.rng.randrange(30, 160)}. Fix and force version.",
            "pq: relation \"schema_migrations\" does not exist",
            "no change"]))

    # -- round 32 (formats_round32); pools drawn once per log on first use, as rounds 6 to 31's
    def _r32_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r32/" + name, make)))

    # -- round 32: openwhisk (core/invoker/.../Invoker.scala); Throwables' toString, argument lists and the
    # parsed CmdLineArgs as Scala prints them (List(...), Some(...), None), ZooKeeper hosts, from memory
    def ow_manifest_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "java.lang.IllegalArgumentException: requirement failed: runtime manifest has no default for kind nodejs",
            "spray.json.DeserializationException: Object is missing required member 'kind'",
            "com.typesafe.config.ConfigException$Missing: No configuration setting found for key 'runtimes'",
            "java.util.NoSuchElementException: key not found: blackboxes"]))

    def ow_args(self) -> str:
        return "List(" + str(_zipf_pick(self.rng, [
            "--uniqueName", "--id, invoker0", "--displayName, invoker-0", "-i, 3", "--id",
            "--uniqueName, , --id, x"])) + ")"

    def ow_cmdline(self) -> str:
        name = self._r32_pick("ow_unique", lambda: [
            f"ip-10-{self.rng.randrange(0, 8)}-{self.rng.randrange(0, 255)}-{self.rng.randrange(2, 250)}"
            for _ in range(3)] + [f"owdev-invoker-{i}" for i in range(3)])
        shape = self.rng.randrange(0, 3)
        if shape == 0:
            return f"CmdLineArgs(Some({name}),None,None)"
        if shape == 1:
            return f"CmdLineArgs(None,Some({self.ow_id()}),None)"
        return f"CmdLineArgs(Some({name}),None,Some(invoker{self.ow_id()}))"

    def ow_id(self) -> int:
        return int(_zipf_pick(self.rng, list(range(16))))  # type: ignore[call-overload]

    def ow_zk(self) -> str:
        return str(_zipf_pick(self.rng, [":2181", "zookeeper-0.zookeeper.openwhisk.svc.cluster.local:", ":",
                                         "owdev-zookeeper.openwhisk:", ":2181,:2181"]))

    def ow_topic(self) -> str:
        return f"invoker{self.ow_id()}"

    def ow_init_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Failed to construct kafka producer", "null",
            "Timed out waiting for a node assignment. Call: describeTopics",
            'Cannot run program "docker": error=2, No such file or directory',
            "Connection refused (Connection refused)"]))

    # -- round 32: znuny (SchedulerCronTaskManager.pm); a NodeID the check refuses (a number with text after
    # it), from memory
    def zn_node_id(self) -> str:
        return str(_zipf_pick(self.rng, ["2.5", "1a", "3-b", "12 ", "1.0", "7x"]))

    # -- round 32: electric (connection/manager.ex); stack ids, Elixir terms as inspect/2 prints them, pids,
    # Postgres errors, versions, system identifiers, from memory; the state's struct from the file's defstruct
    def el_action(self) -> str:
        return str(_zipf_pick(self.rng, ["Starting", "Restarting"]))

    def el_stack(self) -> str:
        return str(_zipf_pick(self.rng, ["single_stack", "electric-quickstart", "tenant_" + self._uuid()[:8]]))

    def el_reason(self) -> str:
        return str(_zipf_pick(self.rng, [
            "{:shutdown, {:failed_to_start_child, Electric.ShapeCache, :timeout}}",
            '%File.Error{reason: :eacces, path: "./persistent/shapes/single_stack", action: "make directory '
            '(with -p)"}',
            ":timeout",
            "{:bad_return_value, :ok}"]))

    def el_pid(self) -> str:
        return f"#PID<0.{self.rng.randrange(250, 90_000)}.0>"

    def el_error_message(self) -> str:
        return str(_zipf_pick(self.rng, [
            "connection refused", "tcp recv (idle): closed",
            "terminating connection due to administrator command",
            'replication slot "electric_slot_default" is active for PID ' + str(self.rng.randrange(60, 9000)),
            "the database system is shutting down"]))

    def el_state(self) -> str:
        pid = self.el_pid
        states = [(":running", ":streaming"), (":running", ":waiting_for_streaming_confirmation"),
                  (":restarting_replication_client", "{:start_replication_client, :connecting}")]
        phase, step = states[int(_zipf_pick(self.rng, list(range(len(states)))))]  # type: ignore[call-overload]
        host = self._r32_pick("el_host", lambda: ["db.internal", "postgres", "10.0.3.17", "pg-primary.prod"])
        conn = f'[hostname: "{host}", port: 5432, database: "electric", username: "postgres", password: "******"]'
        fields = [
            ("current_phase", phase), ("current_step", step), ("connection_opts", conn),
            ("replication_opts", f'[publication_name: "electric_publication_default", slot_name: '
                                 f'"electric_slot_default", connection_opts: {conn}]'),
            ("shared_connection_opts", "nil"), ("pool_opts", "[pool_size: 20]"),
            ("timeline_opts", "[stack_id: \"single_stack\"]"), ("shape_cache_opts", "[...]"),
            ("replication_client_pid", pid()), ("replication_client_timer", "nil"),
            ("lock_connection_pid", pid()), ("lock_connection_timer", "nil"), ("pool_pid", pid()),
            ("shape_log_collector_pid", pid()), ("connection_backoff", "{%{min: 1000, max: 10000}, nil}"),
            ("pg_version", str(self.el_pg_version())), ("pg_system_identifier", self.el_sysid()),
            ("pg_timeline_id", str(self.el_timeline())), ("pg_wal_flush_lsn", "nil"),
            ("stack_id", '"single_stack"'), ("drop_slot_requested", "false")]
        return ("%Electric.Connection.Manager.State{\n" + ",\n".join(f"  {k}: {v}" for k, v in fields) + "\n}")

    def el_pg_version(self) -> int:
        return int(_zipf_pick(self.rng, [160004, 150008, 170002, 140013]))  # type: ignore[call-overload]

    def el_sysid(self) -> str:
        return self._r32_pick("el_sysid", lambda: [str(7_300_000_000_000_000_000 + self.rng.getrandbits(54))
                                                   for _ in range(2)])

    def el_timeline(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3]))  # type: ignore[call-overload]

    # -- round 32: unleash (client-instance-service.ts); node-postgres and Knex errors' first line, from memory
    def un_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            'error: duplicate key value violates unique constraint "client_instances_pkey"',
            "error: deadlock detected",
            "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a "
            ".transacting(trx) call?",
            "Error: Connection terminated unexpectedly",
            "error: remaining connection slots are reserved for non-replication superuser connections"]))

    # -- round 32: hyperswitch (api_locking.rs); LockingInput's derived Debug form, ids and request ids, from
    # memory
    def hs_input(self) -> str:
        apis = [("Payments", "pay"), ("Refunds", "ref"), ("Webhooks", "evt"), ("PaymentMethods", "pm"),
                ("Payouts", "payout"), ("Disputes", "dp")]
        api, prefix = apis[int(_zipf_pick(self.rng, list(range(len(apis)))))]  # type: ignore[call-overload]
        key = prefix + "_" + "".join(self.rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                      "0123456789", k=20))
        retries = str(_zipf_pick(self.rng, ["None", "Some(5)", "Some(10)"]))
        return (f'LockingInput {{ unique_locking_key: "{key}", api_identifier: {api}, '
                f"override_lock_retries: {retries} }}")

    def hs_inputs(self) -> str:
        return "[" + ", ".join(self.hs_input() for _ in range(int(_zipf_pick(self.rng, [2, 1, 3])))) + "]"  # type: ignore[call-overload]

    def hs_request_ids(self) -> str:
        n = int(_zipf_pick(self.rng, [1, 2]))  # type: ignore[call-overload]
        return "[" + ", ".join(f'"{self._uuid()}"' for _ in range(n)) + "]"

    # -- round 32: cluster-autoscaler (nodedeletiontracker.go); node group ids as cloud providers name them,
    # from memory
    def ca_node_group(self) -> str:
        return self._r32_pick("ca_node_group", lambda: [
            f"eks-ng-general-{self._uuid()[:8]}-{self._uuid()}",
            "https://www.googleapis.com/compute/v1/projects/prod-42/zones/us-central1-a/instanceGroups/"
            f"gke-main-default-pool-{self._uuid()[:8]}-grp",
            f"aks-nodepool1-{self.rng.randrange(10_000_000, 99_999_999)}-vmss",
            "workers-spot-c5", "k8s-worker-pool-a"])

    def ca_counter(self) -> int:
        return int(_zipf_pick(self.rng, [0, -1, -2]))  # type: ignore[call-overload]

    # -- round 33 (formats_round33); pools drawn once per log on first use, as rounds 6 to 32's
    def _r33_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r33/" + name, make)))

    # -- round 33: osquery (osquery/main/daemon.cpp); RocksDB's status strings and plugin names, from memory
    def oq_db_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "IO error: lock /var/osquery/osquery.db/LOCK: Resource temporarily unavailable",
            "IO error: While opening a file for sequentially reading: /var/osquery/osquery.db/CURRENT: "
            "Permission denied",
            "Corruption: bad record length",
            "Invalid argument: /var/osquery/osquery.db: does not exist (create_if_missing is false)"]))

    def oq_plugin(self) -> str:
        return str(_zipf_pick(self.rng, [
            "filesystem", "tls", "syslog", "inotify", "udev", "file_events", "hardware_events", "passwd_changes",
            "process_events", "kinesis", "firehose", "update"]))

    # -- round 33: graylog (Main.java); Java's toString of lists, maps and Guava's services, the version and
    # the JRE line, from memory
    def gl_modules(self) -> str:
        pool = self._r6_pool("r33/gl_modules", lambda: [
            f"org.graylog2.plugin.{name}@{self.rng.getrandbits(31):x}" for name in (
                "inputs.gelf.GelfInputsModule", "outputs.graphite.GraphiteOutputModule",
                "alarms.slack.SlackAlarmCallbackModule", "filters.geoip.GeoIpFilterModule")])
        n = int(_zipf_pick(self.rng, [0, 1, 2, 4]))  # type: ignore[call-overload]
        return "[" + ", ".join(pool[:n]) + "]"

    def gl_version(self) -> str:
        return str(_zipf_pick(self.rng, ["0.20.1", "0.20.0", "0.21.0-beta1"]))

    def gl_jre(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Oracle Corporation 1.7.0_51 on Linux 3.13.0-24-generic",
            "Oracle Corporation 1.7.0_45 on Linux 2.6.32-431.el6.x86_64",
            "Oracle Corporation 1.8.0_05 on Linux 3.2.0-4-amd64"]))

    def gl_ping_timeout(self) -> int:
        return 2  # NodeServiceImpl.PING_TIMEOUT, a constant (its value from memory)

    _GL_SERVICES = ("BufferSynchronizerService", "OutputSetupService", "InputSetupService", "KafkaJournal",
                    "PeriodicalsService", "RestApiService", "JournalReader", "IndexerSetupService")

    def gl_services_by_state(self) -> str:
        states: dict[str, list[str]] = {}
        for name in self.rng.sample(self._GL_SERVICES, k=self.rng.randrange(2, 6)):
            state = str(_zipf_pick(self.rng, ["STOPPING", "RUNNING", "TERMINATED", "FAILED"]))
            states.setdefault(state, []).append(f"{name} [{state}]")
        return "{" + ", ".join(f"{k}=[{', '.join(v)}]" for k, v in states.items()) + "}"

    def gl_startup_times(self) -> str:
        names = self.rng.sample(self._GL_SERVICES, k=self.rng.randrange(5, len(self._GL_SERVICES) + 1))
        return "{" + ", ".join(f"{n} [RUNNING]={self._skewed_int(1, 9000)}" for n in names) + "}"

    # -- round 33: orleans (Silo.cs); .NET's bool and enum names, host names, endpoints, generations and silo
    # names as Orleans prints them, from memory
    def or_server_gc(self) -> str:
        return str(_zipf_pick(self.rng, ["True", "False"]))

    def or_gc_mode(self) -> str:
        return str(_zipf_pick(self.rng, ["Interactive", "SustainedLowLatency", "Batch"]))

    def or_level(self) -> str:
        return str(_zipf_pick(self.rng, ["Debug", "Trace"]))

    def _or_ip(self) -> str:
        return self._r33_pick("or_ip", lambda: [f"10.0.{self.rng.randrange(0, 8)}.{self.rng.randrange(2, 250)}"
                                                for _ in range(4)])

    def or_host(self) -> str:
        return self._r33_pick("or_host", lambda: [f"orleans-silo-{i}" for i in range(3)] + [
            f"ip-10-0-{self.rng.randrange(0, 8)}-{self.rng.randrange(2, 250)}.ec2.internal"])

    def or_machine(self) -> str:
        return self._r33_pick("or_machine", lambda: [f"orleans-silo-{i}" for i in range(3)] + ["SILO-VM-01"])

    def or_endpoint(self) -> str:
        return f"{self._or_ip()}:{_zipf_pick(self.rng, [11111, 11112, 30000])}"

    def or_generation(self) -> int:
        return 470_000_000 + self.rng.randrange(0, 9_000_000)

    def or_silo_name(self) -> str:
        return self._r33_pick("or_silo_name", lambda: [f"Silo_{self.rng.getrandbits(20):05x}" for _ in range(2)]
                              + ["orleans-silo-0", "Primary"])

    def or_silo_address(self) -> str:
        return f"S{self.or_endpoint()}:{self.or_generation()}"

    def or_hash(self) -> str:
        return f"{self.rng.getrandbits(32):X}"

    def or_task(self) -> str:
        return str(_zipf_pick(self.rng, ["Start local grain directory", "Init grain services",
                                         "Start deployment load collector"]))

    def or_ms(self) -> int:
        return self._skewed_int(0, 5000)

    # -- round 33: mediawiki (includes/MediaWiki.php); URLs, socket errors, the Special:RunJobs query as
    # wfAppendQuery builds it and status lines, from memory
    def mw_lagged_ttl(self) -> int:
        return 30  # $wgCdnMaxageLagged, one setting per wiki (its default, from memory)

    def _mw_host(self) -> str:
        return self._r33_pick("mw_host", lambda: ["wiki.example.org", "intranet.corp.local", "docs.acme.io"])

    def mw_http_url(self) -> str:
        title = str(_zipf_pick(self.rng, ["Main_Page", "Special:UserLogin", "Special:Search", "Help:Contents",
                                          f"Project:Meeting_notes_{self.rng.randrange(2014, 2026)}"]))
        query = str(_zipf_pick(self.rng, ["", "&action=edit", "&action=submit", "&returnto=Main_Page"]))
        return f"http://{self._mw_host()}/w/index.php?title={title}{query}"

    def mw_sock_errno(self) -> int:
        self._mw_sock = int(_zipf_pick(self.rng, [0, 1, 2, 3]))  # type: ignore[call-overload]
        return [111, 110, 0, 113][self._mw_sock]

    def mw_sock_errstr(self) -> str:
        return ["Connection refused", "Connection timed out",
                "php_network_getaddresses: getaddrinfo failed: Name or service not known",
                "No route to host"][getattr(self, "_mw_sock", 0)]

    def mw_jobs(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 4]))  # type: ignore[call-overload]

    def mw_runjobs_url(self) -> str:
        n = self.rng.choice([1, 2, 4])
        expiry = 1_765_000_000 + self.rng.randrange(0, 900_000)
        sig = "".join(self.rng.choices("0123456789abcdef", k=40))
        return (f"/w/index.php?title=Special%3ARunJobs&tasks=jobs&maxjobs={n}&sigexpiry={expiry}"
                f"&signature={sig}")

    def mw_status_line(self) -> str:
        return str(_zipf_pick(self.rng, [
            "HTTP/1.1 503 Service Unavailable\r\n", "HTTP/1.1 500 Internal Server Error\r\n", "",
            "HTTP/1.1 301 Moved Permanently\r\n", "HTTP/1.0 404 Not Found\r\n"]))

    # -- round 33: pmacct (src/nfacctd.c); the core's and plugins' names and types as a configuration gives
    # them, errno numbers, priorities and paths, from memory
    def pa_core(self) -> str:
        return self._r33_pick("pa_core", lambda: ["default", "nfacctd", "collector1"])

    def pa_errno(self) -> int:
        return int(_zipf_pick(self.rng, [13, 1]))  # type: ignore[call-overload]

    def pa_priority(self) -> int:
        return int(_zipf_pick(self.rng, [-10, -5, 10, 5, -20]))  # type: ignore[call-overload]

    def pa_config_file(self) -> str:
        return self._r33_pick("pm_config", lambda: ["/etc/pmacct/nfacctd.conf", "/usr/local/etc/nfacctd.conf",
                                                    "/opt/pmacct/etc/nfacctd-ipfix.conf"])

    def pa_plugin(self) -> str:
        return self._r33_pick("pa_plugin", lambda: ["default", "mem", "kafka_out", "db1", "print_5m", "foo"])

    def pa_plugin_type(self) -> str:
        return str(_zipf_pick(self.rng, ["memory", "print", "kafka", "pgsql", "mysql", "amqp", "sqlite3"]))

    # -- round 33: beanstalkd (conn.c); errno numbers libevent's event_add/event_del leave, from memory
    def bs_errno(self) -> int:
        return int(_zipf_pick(self.rng, [9, 22, 12, 2]))  # type: ignore[call-overload]

    # -- round 34 (formats_round34); pools drawn once per log on first use, as rounds 6 to 33's
    def _r34_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r34/" + name, make)))

    # -- round 34: corda (Corda.kt); a node's paths, JVM lines, hosts and class names, from memory
    def cr_log_path(self) -> str:
        return self._r34_pick("cr_log", lambda: ["/opt/corda/logs", "/home/corda/nodes/BankA/logs",
                                                 "/var/lib/corda/node/logs", "C:\\corda\\logs"])

    def cr_elapsed(self) -> str:
        return f"{self.rng.randrange(300, 6000) / 100:g}"  # Kotlin's Double: 12.34, 8.5, 20.0 written 20

    def cr_services(self) -> str:
        return str(_zipf_pick(self.rng, ["[corda.notary.validating]", "[corda.notary.simple]",
                                         "[corda.network_map]", "[corda.interest_rates, corda.notary.simple]"]))

    def cr_plugins(self) -> str:
        pool = self._r6_pool("r34/cr_plugins", lambda: [
            "com.acme.trade.TradePlugin", "net.corda.bank.plugin.BankOfCordaPlugin", "com.r3.irs.IRSPlugin",
            "com.example.flow.ExampleFlowPlugin", "org.acme.settlement.SettlementPlugin"])
        return ", ".join(pool[:1 + int(_zipf_pick(self.rng, [0, 1, 2, 4]))])  # type: ignore[call-overload]

    def cr_main_class(self) -> str:
        return self._r34_pick("cr_jar", lambda: ["/opt/corda/corda.jar", "/home/corda/nodes/BankA/corda.jar",
                                                 "/var/lib/corda/node/corda-0.5.jar"])

    def cr_jvm_args(self) -> str:
        return str(_zipf_pick(self.rng, [
            "-Xmx1g -Dname=BankA -Dcapsule.jvm.args=-Xmx1g",
            "-Xmx2048m -XX:+UseG1GC -javaagent:/opt/corda/drivers/jolokia-jvm-agent.jar=port=7005",
            "-Dfile.encoding=UTF-8 -Xmx512m", "-Xmx1g"]))

    def cr_app_args(self) -> str:
        return str(_zipf_pick(self.rng, ["", "--base-directory /opt/corda", "--log-to-console --logging-level=INFO",
                                         "--webserver", "--base-directory nodes/BankA --no-local-shell"]))

    def cr_boot_classpath(self) -> str:
        jre = str(_zipf_pick(self.rng, ["/usr/lib/jvm/java-8-oracle/jre", "/usr/lib/jvm/zulu-8-amd64/jre"]))
        return ":".join(f"{jre}/lib/{j}" for j in ("resources.jar", "rt.jar", "sunrsasign.jar", "jsse.jar",
                                                      "jce.jar", "charsets.jar", "jfr.jar")) + f":{jre}/classes"

    def cr_classpath(self) -> str:
        return str(_zipf_pick(self.rng, ["corda.jar", "/opt/corda/corda.jar",
                                         "/opt/corda/corda.jar:/opt/corda/plugins/trade-0.1.jar"]))

    def cr_vm_name(self) -> str:
        return str(_zipf_pick(self.rng, ["Java HotSpot(TM) 64-Bit Server VM", "OpenJDK 64-Bit Server VM"]))

    def cr_vm_vendor(self) -> str:
        return str(_zipf_pick(self.rng, ["Oracle Corporation", "Azul Systems, Inc."]))

    def cr_vm_version(self) -> str:
        return str(_zipf_pick(self.rng, ["25.121-b13", "25.112-b15", "25.131-b11"]))

    def cr_machine(self) -> str:
        return self._r34_pick("cr_host", lambda: ["corda-node-1", "banka.corda.example.com",
                                                  f"ip-10-0-{self.rng.randrange(0, 8)}-{self.rng.randrange(2, 250)}"])

    def cr_base_dir(self) -> str:
        return self._r34_pick("cr_dir", lambda: ["/opt/corda", "/home/corda/nodes/BankA", "/var/lib/corda/node",
                                                 "."])

    def cr_address(self) -> str:
        return f"{self.cr_machine()}:{_zipf_pick(self.rng, [10002, 10004, 10005, 10007, 31337])}"

    # -- round 34: kismet (devicetracker.cc); settings and PHY names as its configuration and phys give them, from
    # memory
    def ks_log_rate(self) -> int:
        return int(_zipf_pick(self.rng, [30, 60, 10, 300]))  # type: ignore[call-overload]

    def ks_idle_seconds(self) -> int:
        return int(_zipf_pick(self.rng, [3600, 600, 1800, 86400]))  # type: ignore[call-overload]

    def ks_min_packets_part(self) -> str:
        n = int(_zipf_pick(self.rng, [0, 10, 5, 100]))  # type: ignore[call-overload]
        return f" and fewer than {n} packets" if n > 2 else ""

    def ks_max_devices(self) -> int:
        return int(_zipf_pick(self.rng, [10000, 5000, 50000, 2000]))  # type: ignore[call-overload]

    _KS_PHYS = ("IEEE802.11", "RTL433", "Zwave", "Bluetooth", "UAV", "NrfMousejack", "BTLE", "RTLAMR", "RTLADSB",
                "802.15.4", "RADIATION")

    def ks_phy_name(self) -> str:
        return self.rng.choice(self._KS_PHYS)

    def ks_phy_id(self) -> int:
        return self.rng.randrange(0, len(self._KS_PHYS))

    def ks_bad_phy_id(self) -> int:
        return int(_zipf_pick(self.rng, [-1, 11, 12, 255, 4096]))  # type: ignore[call-overload]

    # -- round 34: roundcube (rcmail.php); user names, tasks, actions and memory as show_bytes writes them, from
    # memory
    def rq_username(self) -> str:
        return self._r34_pick("rq_user", lambda: ["alice@example.com", "bob", "j.smith@mail.example.org",
                                                  "info@shop.example.net", "admin"])

    def rq_task(self) -> str:
        return str(_zipf_pick(self.rng, ["mail", "settings", "addressbook", "login", "logout", "utils"]))

    def rq_action_part(self) -> str:
        action = str(_zipf_pick(self.rng, ["", "list", "show", "compose", "check-recent", "send", "preview",
                                           "folders", "keep-alive"]))
        return "/" + action if action else ""

    def rq_memory(self) -> str:
        used, peak = self._skewed_int(900, 9000), self._skewed_int(9000, 40000)
        return f"{used / 1024:.1f} MB/{peak / 1024:.1f} MB" if used > 1024 else f"{used} KB/{peak / 1024:.1f} MB"

    # -- round 34: ranger (SessionMgr.java); login ids, session ids, addresses and Object's toString, from memory
    def rg_login_id(self) -> str:
        return self._r34_pick("rg_login", lambda: ["admin", "rangerusersync", "keyadmin", "alice", "hive",
                                                   "svc-etl", "rangertagsync", "bob.jones"])

    def rg_bool(self) -> str:
        return str(_zipf_pick(self.rng, ["false", "true"]))

    def rg_auth_session_id(self) -> int:
        return 1_000 + self._skewed_int(0, 400_000)

    def rg_http_session_id(self) -> str:
        return "".join(self.rng.choices("0123456789ABCDEF", k=32))

    def rg_remote_addr(self) -> str:
        return str(_zipf_pick(self.rng, self._ips[:6]))

    def rg_epoch_ms(self) -> int:
        return 1_700_000_000_000 + self.rng.randrange(0, 90 * 86_400_000)

    def rg_window_seconds(self) -> int:
        return int(_zipf_pick(self.rng, [300, 600, 60]))  # type: ignore[call-overload]

    def rg_max_failures(self) -> int:
        return int(_zipf_pick(self.rng, [5, 3, 10]))  # type: ignore[call-overload]

    def rg_failures(self) -> int:
        return int(_zipf_pick(self.rng, [0, 1, 2, 5, 3, 4, 7]))  # type: ignore[call-overload]

    def rg_portal_user_id(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 4, 5, 17, 42, 108]))  # type: ignore[call-overload]

    def rg_x_user_id(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 5, 8, 13, 21, 34, 55]))  # type: ignore[call-overload]

    def rg_user_session(self) -> str:
        return f"org.apache.ranger.common.UserSessionBase@{self.rng.getrandbits(31):x}"

    # -- round 35 (formats_round35); pools drawn once per log on first use, as rounds 6 to 34's
    def _r35_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r35/" + name, make)))

    # -- round 35: snmpd (disk.c); snmpd.conf's disk lines, mount points and devices, from memory
    def ny_disk_path(self) -> str:
        return self._r35_pick("ny_path", lambda: ["/", "/usr", "/var", "/home", "/tmp", "/opt", "/boot",
                                                  "/var/log", "/export/home"])

    def ny_disk_line(self) -> str:
        path = self.ny_disk_path()
        floor = str(_zipf_pick(self.rng, ["", " 10%", " 100000", " 5%", " 20%", " 50000"]))
        return path + floor

    def ny_mount_dir(self) -> str:
        return self._r35_pick("ny_mnt", lambda: ["/", "/proc", "/sys", "/dev/pts", "/boot", "/usr", "/var",
                                                 "/home", "/dev/shm", "/run"])

    def ny_fsname(self) -> str:
        return self._r35_pick("ny_dev", lambda: ["/dev/sda1", "/dev/sda2", "/dev/hda1", "/dev/md0",
                                                 "/dev/mapper/vg0-var", "/dev/dsk/c0t0d0s0", "/dev/wd0a"])

    # -- round 35: atlas (LocalAtlasClient.java); entities as InstanceSerialization writes them, guids, type and
    # attribute names, from memory
    _TL_TYPES = ("hive_table", "hive_db", "hive_column", "hive_process", "hdfs_path", "kafka_topic",
                 "hbase_table")

    def tl_type_name(self) -> str:
        return str(_zipf_pick(self.rng, self._TL_TYPES))

    def tl_attr_name(self) -> str:
        return str(_zipf_pick(self.rng, ["qualifiedName", "name", "path"]))

    def tl_qualified_name(self) -> str:
        db = self._r35_pick("tl_db", lambda: ["default", "sales", "finance", "web_logs", "staging"])
        table = self._r35_pick("tl_table", lambda: ["customers", "orders", "page_views", "ledger_2017",
                                                    "events_raw", "tmp_load"])
        cluster = self._r35_pick("tl_cluster", lambda: ["primary", "cl1", "prod"])
        return str(_zipf_pick(self.rng, [f"{db}.{table}@{cluster}", f"{db}@{cluster}",
                                         f"{db}.{table}.id@{cluster}"]))

    def tl_guid(self) -> str:
        return self._uuid()

    def tl_guid_list(self) -> str:
        n = int(_zipf_pick(self.rng, [1, 2, 3, 5]))  # type: ignore[call-overload]
        return "[" + ", ".join(self._uuid() for _ in range(n)) + "]"

    def tl_entity_json(self) -> str:
        type_name = self.tl_type_name()
        ref_id = -self.rng.randrange(10**17, 10**18)
        name = self.tl_qualified_name()
        return ('{"jsonClass":"org.apache.atlas.typesystem.json.InstanceSerialization$_Reference","id":'
                '{"jsonClass":"org.apache.atlas.typesystem.json.InstanceSerialization$_Id","id":"'
                f'{ref_id}","version":0,"typeName":"{type_name}","state":"ACTIVE"}},"typeName":"{type_name}",'
                f'"values":{{"qualifiedName":"{name}","name":"{name.split("@")[0].split(".")[-1]}",'
                f'"owner":"{self._r35_pick("tl_owner", lambda: ["hive", "etl", "admin"])}"}},'
                '"traitNames":[],"traits":{}}')

    def tl_entities_json(self) -> str:
        n = int(_zipf_pick(self.rng, [1, 2, 3]))  # type: ignore[call-overload]
        return "[" + ",".join(self.tl_entity_json() for _ in range(n)) + "]"

    # -- round 35: unomi (UserListServiceImpl.java); the bundle's toString (Felix: symbolic name [id]), one per
    # log, from memory
    def uq_bundle(self) -> str:
        return self._r6_pool("r35/uq_bundle", lambda: [f"org.apache.unomi.services [{self.rng.randrange(60, 260)}]"])[0]

    # -- round 36 (formats_round36); pools drawn once per log on first use, as rounds 6 to 35's
    def _r36_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r36/" + name, make)))

    # -- round 36: knockd (knockd.c); the interface it listens on (one or two a log), its addresses, libpcap's
    # open errors and the C library's texts for fopen, fork and getnameinfo failures, from memory
    def kd_iface(self) -> str:
        return self._r36_pick("kd_iface", lambda: self.rng.sample(["eth0", "eth1", "ens3", "enp0s3", "ens18",
                                                                   "wlan0", "ppp0", "br0"], 2))

    def kd_local_ip(self) -> str:
        return self._r36_pick("kd_ip", lambda: [f"192.168.{self.rng.randrange(0, 4)}.{self.rng.randrange(2, 250)}",
                                                f"10.{self.rng.randrange(0, 255)}.0.{self.rng.randrange(2, 250)}"])

    def kd_pcap_error(self) -> str:
        iface = self.kd_iface()
        return str(_zipf_pick(self.rng, [
            f"{iface}: You don't have permission to capture on that device (socket: Operation not permitted)",
            f"{iface}: No such device exists (SIOCGIFHWADDR: No such device)",
            f"{iface}: That device is not up",
            "socket: Address family not supported by protocol",
        ]))

    def kd_linktype(self) -> int:
        return int(_zipf_pick(self.rng, [276, 127, 105, 0, 9]))  # type: ignore[call-overload]

    def kd_file_errno(self) -> str:
        return str(_zipf_pick(self.rng, ["Permission denied", "No such file or directory", "Read-only file system",
                                         "No space left on device"]))

    def kd_fork_errno(self) -> str:
        return str(_zipf_pick(self.rng, ["Resource temporarily unavailable", "Cannot allocate memory"]))

    def kd_addr_errno(self) -> str:
        # getnameinfo does not set errno: strerror of whatever it held
        return str(_zipf_pick(self.rng, ["Success", "Cannot assign requested address",
                                         "Address family not supported by protocol"]))

    def kd_pidfile(self) -> str:
        return self._r36_pick("kd_pid", lambda: ["/var/run/knockd.pid", "/run/knockd.pid"])

    # -- round 36: watchman (SignalHandler.cpp); the handled signals (SIGTERM most), strsignal's names, the
    # si_code reasons of the switch (none for SIGTERM), the sender's pid and uid, si_value, exceptions' what()
    _WM_SIGNALS = (
        (15, "Terminated", ("",)),
        (11, "Segmentation fault", ("address not mapped to object", "invalid permissions for mapped object")),
        (7, "Bus error", ("invalid address alignment", "non-existent physical address")),
        (8, "Floating point exception", ("integer divide by zero", "floating point overflow")),
        (4, "Illegal instruction", ("illegal opcode", "privileged opcode")),
    )

    def wm_signo(self) -> int:
        # an index with the signals' weights: the same draws as picking the tuple itself
        picked = self._WM_SIGNALS[int(_zipf_pick(self.rng, range(len(self._WM_SIGNALS))))]  # type: ignore[call-overload]
        self._r6["r36/wm_last"] = [picked[1], str(self.rng.choice(picked[2]))]
        return picked[0]

    def _wm_last(self) -> list[str]:
        # the name and reason of the signal wm_signo drew last (the message's number comes first)
        if "r36/wm_last" not in self._r6:
            self.wm_signo()
        return self._r6["r36/wm_last"]

    def wm_signame(self) -> str:
        return self._wm_last()[0]

    def wm_reason(self) -> str:
        return self._wm_last()[1]

    def wm_sender_pid(self) -> int:
        return int(self._r36_pick("wm_pid", lambda: [str(self.rng.randrange(1, 4_194_304)) for _ in range(3)]))

    def wm_sender_uid(self) -> int:
        return int(self._r36_pick("wm_uid", lambda: [str(self.rng.choice([0, 1000, 1001, 501])), "0"]))

    def wm_sival(self) -> int:
        return 0 if self.rng.random() < 0.8 else self.rng.randrange(0x7f0000000000, 0x7fffffffffff)

    def wm_what(self) -> str:
        return str(_zipf_pick(self.rng, [
            "std::bad_alloc", "basic_string::_M_construct null not valid", "Resource deadlock avoided",
            f"vector::_M_range_check: __n (which is {self.rng.randrange(1, 9)}) >= this->size() "
            f"(which is {self.rng.randrange(1, 9)})", "unordered_map::at",
        ]))

    # -- round 36: openmrs (CurrentUsersService.java); user names, system ids ("<n>-<check digit>"), Tomcat's
    # session ids (32 upper-case hex digits), a few a log, from memory
    def om_username(self) -> str:
        name = self._r36_pick("om_user", lambda: ["admin", "nurse.jane", "clerk1", "dr.okello", "pharmacy",
                                                  "lab.tech", "registration"])
        if self.rng.random() < 0.15:
            return f"systemid:{self.rng.randrange(1, 400)}-{self.rng.randrange(0, 10)}"
        return name

    def om_username_or_null(self) -> str:
        return "null" if self.rng.random() < 0.2 else self.om_username()

    def om_session_id(self) -> str:
        return "".join(self.rng.choices("0123456789ABCDEF", k=32))

    # -- round 37 (formats_round37); pools drawn once per log on first use, as rounds 6 to 36's
    def _r37_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r37/" + name, make)))

    def _r37_hex(self, n: int) -> str:
        return "".join(self.rng.choices("0123456789abcdef", k=n))

    # -- round 37: oxidized (job.rb); the routers', switches' and firewalls' names of its source (a name, or an
    # address where the source gives none), twenty or so a log, from memory
    def ox_node(self) -> str:
        def make() -> list[str]:
            sites = self.rng.sample(["lon1", "fra2", "ams3", "nyc1", "dc1", "hq", "par4", "sin1"], 3)
            kinds = ["core-sw", "edge-rtr", "fw", "acc-sw", "dist-sw", "wan-rtr", "oob-sw"]
            nodes = [f"{self.rng.choice(kinds)}{self.rng.randrange(1, 40):02d}.{self.rng.choice(sites)}"
                     for _ in range(16)]
            nodes += [f"10.{self.rng.randrange(0, 64)}.{self.rng.randrange(0, 255)}.{self.rng.randrange(1, 254)}"
                      for _ in range(4)]
            return nodes
        return self._r37_pick("ox_node", make)

    # -- round 37: imgproxy (main.go); runtime.MemStats in MiB
    def im_sys_mib(self) -> int:
        return self.rng.randrange(40, 1400)

    def im_heap_idle_mib(self) -> int:
        return self.rng.randrange(2, 600)

    def im_heap_inuse_mib(self) -> int:
        return self.rng.randrange(5, 900)

    # -- round 37: webmin (miniserv.pl); its key and cert files, the PAM service name as syslog's ident, its
    # preloaded libraries and modules, Perl's load errors, packed socket addresses, host names, from memory
    def wb_keyfile(self) -> str:
        return self._r37_pick("wb_key", lambda: ["/etc/webmin/miniserv.pem", "/etc/webmin/letsencrypt-key.pem",
                                                  "/etc/usermin/miniserv.pem"])

    def wb_certfile(self) -> str:
        return self._r37_pick("wb_cert", lambda: ["/etc/webmin/letsencrypt-cert.pem", "/etc/webmin/miniserv.cert",
                                                   "/etc/webmin/miniserv.chain"])

    def wb_ident(self) -> str:
        # ucfirst of the config's pam service name
        return str(_zipf_pick(self.rng, ["Webmin", "Usermin"]))

    def wb_lib(self) -> str:
        lib = str(_zipf_pick(self.rng, ["web-lib-funcs.pl", "WebminCore.pm", "ui-lib.pl"]))
        self._r6["r37/wb_last"] = [lib]
        return lib

    def wb_package(self) -> str:
        return str(_zipf_pick(self.rng, ["main", "WebminCore"]))

    def wb_module(self) -> str:
        module = str(_zipf_pick(self.rng, ["WebminCore", "Authen::PAM", "Net::SSLeay", "IO::Pty"]))
        self._r6["r37/wb_last"] = [module]
        return module

    def wb_perl_error(self) -> str:
        # the error of the file or module the message named first: a file done fails on its own code, a module
        # used fails to be found
        loaded = self._r6.get("r37/wb_last", ["web-lib-funcs.pl"])[0]
        if "::" in loaded or "." not in loaded:
            path = loaded.replace("::", "/") + ".pm"
            return (f"Can't locate {path} in @INC (you may need to install the {loaded} module) (@INC contains: "
                    "/usr/share/webmin /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.36.0 "
                    "/usr/local/share/perl/5.36.0 /usr/lib/x86_64-linux-gnu/perl5/5.36 /usr/share/perl5) "
                    f"at (eval {self.rng.randrange(2, 40)}) line 1.")
        return str(_zipf_pick(self.rng, [
            f"syntax error at /usr/share/webmin/{loaded} line {self.rng.randrange(100, 12000)}, near \"}}\"",
            f"Undefined subroutine &main::get_miniserv_config called at /usr/share/webmin/{loaded} line "
            f"{self.rng.randrange(100, 12000)}.",
        ]))

    def wb_sockaddr(self) -> str:
        # pack_sockaddr_in / _in6 as Perl prints them, the unprintable bytes escaped as \xNN
        if self.rng.random() < 0.8:
            raw = bytes([2, 0, 0x27, 0x10]) + bytes(self.rng.choice([[127, 0, 0, 1], [10, 0, 2, 15],
                                                                       [192, 168, 1, self.rng.randrange(2, 250)]]))
            raw += bytes(8)
        else:
            raw = bytes([10, 0, 0x27, 0x10]) + bytes(4) + bytes(15) + bytes([1]) + bytes(4)
        return "".join(chr(b) if 32 <= b < 127 and b != 92 else f"\\x{b:02x}" for b in raw)

    def wb_sockaddr_len(self) -> int:
        return 16 if self.rng.random() < 0.8 else 28

    def wb_perl_bool(self) -> str:
        # a Perl comparison's value: 1 or the empty string
        return "1" if self.rng.random() < 0.2 else ""

    def wb_host(self) -> str:
        return self._r37_pick("wb_host", lambda: ["webmin.example.com", "srv01.example.net", "localhost",
                                                   "nas.home.lan", "10.0.2.15"])

    # -- round 37: gotenberg (app/handlers.go); humanize.Bytes (SI units), uuid v4 request ids, the result's
    # path in the converter's temporary folder (from memory)
    def gb_size(self) -> str:
        size = int(10 ** self.rng.uniform(3, 7.5))
        for unit, scale in (("MB", 1_000_000), ("kB", 1000)):
            if size >= scale:
                value = size / scale
                return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
        return f"{size} B"

    def gb_request_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def gb_result_path(self) -> str:
        return f"/tmp/{uuid.UUID(int=self.rng.getrandbits(128), version=4)}.pdf"

    # -- round 37: cloudflared (linux_service.go); copyCredentials' errors (not read: Go's os errors, from memory)
    # and the constants the message names
    def cf_copy_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "open /root/.cloudflare-warp/cert.pem: no such file or directory",
            "mkdir /etc/cloudflare-warp: permission denied",
            "open /etc/cloudflare-warp/config.yml: permission denied",
            "open /home/ubuntu/.cloudflare-warp/cert.pem: no such file or directory",
        ]))

    def cf_config_dir(self) -> str:
        return "/etc/cloudflare-warp"

    def cf_credential_file(self) -> str:
        return "cert.pem"

    def cf_config_file(self) -> str:
        return "config.yml"

    # -- round 37: koha (C4/Context.pm); configuration paths of a package install's instances and ZOOM's error
    # messages (YAZ's diagnostics, from memory)
    def ko_conf_path(self) -> str:
        return self._r37_pick("ko_conf", lambda: ["/etc/koha/sites/library/koha-conf.xml",
                                                   "/etc/koha/sites/catalogue/koha-conf.xml",
                                                   "/etc/koha/koha-conf.xml"])

    def ko_zoom_error(self) -> str:
        return str(_zipf_pick(self.rng, ["Connect failed", "Init rejected", "Timeout", "Connection lost",
                                         "Unsupported protocol"]))

    # -- round 38 (formats_round38); pools drawn once per log on first use, as rounds 6 to 37's
    def _r38_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r38/" + name, make)))

    # -- round 38: keylime (agent_handler.rs); the method of a request the /agent scope does not serve, then the
    # status and text the default service answers it with
    def kl_method(self) -> str:
        method = str(_zipf_pick(self.rng, ["GET", "POST", "DELETE", "PUT", "PATCH"]))
        self._r6["r38/kl_method"] = [method]
        return method

    def kl_status(self) -> int:
        return 400 if self._r6.get("r38/kl_method", ["GET"])[0] == "GET" else 405

    def kl_reason(self) -> str:
        if self._r6.get("r38/kl_method", ["GET"])[0] == "GET":
            return "URI not supported, only /info is supported for GET in /agent interface"
        return "Method is not supported in /agent interface"

    # -- round 38: ulogd (src/ulogd.c); a configuration's stack of plugins and their instances' ids, key names,
    # plugin files and dlopen's errors, from memory
    def ul_key(self) -> str:
        return self._r38_pick("ul_key", lambda: ["raw.pkt", "oob.prefix", "ip.saddr", "orig.ip.saddr", "raw.mac",
                                                 "flow.start.sec", "oob.in", "ct.mark"])

    def ul_key_type(self) -> int:
        return int(_zipf_pick(self.rng, [0x0, 0x31, 0x7f, 0x200]))  # type: ignore[call-overload]

    def ul_pi_id(self) -> str:
        return self._r38_pick("ul_pi", lambda: self.rng.sample(
            ["log1", "base1", "ifi1", "ip2str1", "print1", "emu1", "sys1", "ct1", "json1", "mac2str1", "ip2bin1",
             "mysql1", "log2", "emu2"], 8))

    def ul_num_keys(self) -> int:
        return self.rng.randrange(20, 140)

    def ul_plugin_version(self) -> str:
        return str(_zipf_pick(self.rng, ["2.0.7", "2.0.5", "2.0.8-rc1"]))

    def ul_unset(self) -> str:
        return "(null)"

    def ul_plugin(self) -> str:
        return self._r38_pick("ul_plugin", lambda: self.rng.sample(
            ["NFLOG", "BASE", "IFINDEX", "IP2STR", "PRINTPKT", "LOGEMU", "SYSLOG", "NFCT", "IP2BIN", "MYSQL",
             "PGSQL", "JSON", "PCAP", "GPRINT", "MARK", "HWHDR", "MAC2STR", "SQLITE3"], 10))

    def ul_iret(self) -> int:
        return int(_zipf_pick(self.rng, [1, -3, 2, 255]))  # type: ignore[call-overload]

    def ul_plugin_file(self) -> str:
        name = str(_zipf_pick(self.rng, ["output_MYSQL", "output_PGSQL", "output_JSON", "inpflow_NFCT",
                                         "output_SQLITE3", "inppkt_ULOG"]))
        path = f"/usr/lib/x86_64-linux-gnu/ulogd/ulogd_{name}.so"
        self._r6["r38/ul_file"] = [path, name]
        return path

    def ul_dlerror(self) -> str:
        path, name = self._r6.get("r38/ul_file", ["/usr/lib/x86_64-linux-gnu/ulogd/ulogd_output_MYSQL.so",
                                                  "output_MYSQL"])
        libs = {"output_MYSQL": "libmysqlclient.so.21", "output_PGSQL": "libpq.so.5",
                "output_SQLITE3": "libsqlite3.so.0", "output_JSON": "libjansson.so.4",
                "inpflow_NFCT": "libnetfilter_conntrack.so.3", "inppkt_ULOG": "libnfnetlink.so.0"}
        return str(_zipf_pick(self.rng, [
            f"{path}: cannot open shared object file: No such file or directory",
            f"{libs[name]}: cannot open shared object file: No such file or directory",
            f"{path}: undefined symbol: ulogd_wildcard_inputkeys",
        ]))

    # -- round 38: manageiq (service_dialogs.rb); a region's dialogs (id and label), from memory
    def mq_dialog_id(self) -> int:
        dialogs = self._r6_pool("r38/mq_dialogs", lambda: [
            f"{10000000000000 + self.rng.randrange(1, 400)}\t{label}"
            for label in self.rng.sample(["Provision VM", "Order RHEL 9 VM", "Create Project", "Request Database",
                                          "Scale Deployment", "New Tenant", "Retire Service", "Resize Instance"], 6)])
        dialog = str(_zipf_pick(self.rng, dialogs))
        self._r6["r38/mq_last"] = [dialog]
        return int(dialog.split("\t")[0])

    def mq_dialog_label(self) -> str:
        return self._r6.get("r38/mq_last", ["0\tProvision VM"])[0].split("\t")[1]

    # -- round 38: stratisd (src/bin/stratisd.rs); D-Bus object paths, pool and filesystem names, a filesystem's
    # used bytes as a number (its Display not read), from memory
    def sx_pool_path(self) -> str:
        return f"/org/storage/stratis1/{self.rng.randrange(1, 12)}"

    def sx_pool(self) -> str:
        return self._r38_pick("sx_pool", lambda: ["p1", "pool1", "data", "vms", "backup", "scratch"])

    def sx_fs_path(self) -> str:
        return f"/org/storage/stratis1/{self.rng.randrange(12, 60)}"

    def sx_fs(self) -> str:
        return self._r38_pick("sx_fs", lambda: ["fs1", "home", "db", "logs", "images", "www", "fs2"])

    def sx_used(self) -> int:
        return int(10 ** self.rng.uniform(8, 12)) // 512 * 512

    def sx_buffered(self) -> int:
        return self.rng.randrange(0, 5000)

    # -- round 38: munge (src/munged/msg_server.c); a message header's version above the daemon's and types it
    # does not serve
    def mu_msg_version(self) -> int:
        return int(_zipf_pick(self.rng, [2, 3, 4, 255]))  # type: ignore[call-overload]

    def mu_msg_type(self) -> int:
        return int(_zipf_pick(self.rng, [0, 4, 5, 255]))  # type: ignore[call-overload]

    # -- round 38: zincati (strategy/fleet_lock.rs); the configured lock manager's base URL, one or two a log
    def zc_base_url(self) -> str:
        return self._r38_pick("zc_url", lambda: self.rng.sample(
            ["http://fleet-lock.example.com:8080/", "https://airlock.infra.svc.cluster.local:3333/",
             "http://10.0.0.5:3333/", "https://updates.corp.example.net/fleet_lock/"], 2))

    # -- round 39 (formats_round39); pools drawn once per log on first use, as rounds 6 to 38's
    def _r39_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r39/" + name, make)))

    # -- round 39: bmcweb (src/webserver_cli.cpp); a D-Bus call's error as boost's error_code::what() writes it
    # (boost_formatters.hpp not read), and the validated level in capitals
    def bm_ec(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Connection timed out [system:110]", "Permission denied [system:13]",
            "No such file or directory [system:2]", "Invalid argument [system:22]",
            "Connection refused [system:111]", "Unknown method or interface [system:53]"]))

    def bm_level(self) -> str:
        return str(_zipf_pick(self.rng, ["DEBUG", "INFO", "ERROR", "WARNING", "CRITICAL", "DISABLED", "ENABLED"]))

    # -- round 39: chirpstack (integration/azure_service_bus.rs); the integration's event types and a network's
    # devices' EUIs, from memory
    def cp_event(self) -> str:
        return str(_zipf_pick(self.rng, ["up", "status", "join", "txack", "ack", "log", "location", "integration"]))

    def cp_dev_eui(self) -> str:
        return self._r39_pick("cp_eui", lambda: [
            "".join(self.rng.choice("0123456789abcdef") for _ in range(16)) for _ in range(self.rng.randrange(8, 40))])

    # -- round 39: rekor (pkg/api/server.go); the configured address (rekor_server.address:port), and the one
    # signal the server waits for, os.Interrupt, as fmt.Sprint writes it
    def sg_addr(self) -> str:
        return self._r39_pick("sg_addr", lambda: [self.rng.choice(["0.0.0.0:3000", "127.0.0.1:3000", ":3000",
                                                                   "0.0.0.0:8080", "localhost:3000"])])

    def sg_signal(self) -> str:
        return "interrupt"

    # -- round 39: mlflow (_assertions/session.py); a tracking server's errors as the client raises them, scorer
    # names, the run's count metrics, test names with case ids and run ids, from memory
    def mf_error(self) -> str:
        run = self.mf_run_id()
        endpoint = str(_zipf_pick(self.rng, ["runs/log-metric", "runs/set-tag", "runs/create", "runs/update",
                                             "runs/get"]))
        return str(_zipf_pick(self.rng, [
            f"API request to endpoint /api/2.0/mlflow/{endpoint} failed with error code 403 != 200. "
            "Response body: 'Forbidden'",
            f"HTTPConnectionPool(host='localhost', port=5000): Max retries exceeded with url: "
            f"/api/2.0/mlflow/{endpoint} (Caused by ResponseError('too many 500 error responses'))",
            f"RESOURCE_DOES_NOT_EXIST: Run '{run}' not found",
            f"INVALID_PARAMETER_VALUE: The run {run} must be in the 'active' state. Current state is deleted.",
            f"API request to endpoint /api/2.0/mlflow/{endpoint} failed with error code 503 != 200. "
            "Response body: 'upstream connect error or disconnect/reset before headers'",
        ]))

    def mf_scorer(self) -> str:
        return self._r39_pick("mf_scorer", lambda: self.rng.sample(
            ["correctness", "relevance_to_query", "safety", "guidelines", "retrieval_groundedness",
             "retrieval_sufficiency", "answer_length", "tone", "expectations_guidelines"], 5))

    def mf_count_key(self) -> str:
        return str(_zipf_pick(self.rng, ["pass_count", "fail_count", "total_count"]))

    def mf_case(self) -> str:
        def make() -> list[str]:
            tests = self.rng.sample(["test_refund_policy", "test_greeting", "test_escalation", "test_order_status",
                                     "test_tool_choice", "test_summary_length", "test_pii_refusal"], 5)
            return [t + (f".case_{self.rng.randrange(1, 9)}" if self.rng.random() < 0.5 else "") for t in tests]
        return self._r39_pick("mf_case", make)

    def mf_run_id(self) -> str:
        return self._r39_pick("mf_run", lambda: [
            "".join(self.rng.choice("0123456789abcdef") for _ in range(32)) for _ in range(self.rng.randrange(2, 6))])

    # -- round 39: abrt (dbus/abrt_problems2_service.c); the Problems2 service's object paths, interfaces,
    # signals and their GVariant text, methods, properties, GLib's errors, callers' uids, from memory
    def ar_gerror(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Error on line 1 char 1: Document was empty or contained only whitespace",
            "Error on line 12 char 7: Element 'method' was closed, but the currently open element is 'arg'",
            "Error on line 3 char 25: Attribute 'name' invalid for element 'property'"]))

    def ar_path(self) -> str:
        kind = str(_zipf_pick(self.rng, ["Entry", "Session", "Task"]))
        return f"/org/freedesktop/Problems2/{kind}/{self.rng.randrange(1, 400)}"

    def ar_member(self) -> str:
        return str(_zipf_pick(self.rng, ["Crash", "AuthorizationChanged", "TaskStatusChanged", "Progress"]))

    def ar_variant(self) -> str:
        return str(_zipf_pick(self.rng, [
            f"('{self.ar_path()}', {self.ar_uid()})", "(1,)", "(0,)", "(-1,)", "(2,)"]))

    def ar_send_error(self) -> str:
        return str(_zipf_pick(self.rng, ["The connection is closed", "Error sending message: Broken pipe",
                                         "Message recipient disconnected from message bus without replying"]))

    def ar_iface(self) -> str:
        return str(_zipf_pick(self.rng, ["org.freedesktop.Problems2.Entry", "org.freedesktop.Problems2.Session",
                                         "org.freedesktop.Problems2.Task", "org.freedesktop.Problems2"]))

    def ar_regid(self) -> int:
        return self.rng.randrange(1, 3000)

    def ar_method(self) -> str:
        return str(_zipf_pick(self.rng, ["Authorize", "GenerateToken", "Close", "RevokeToken"]))

    def ar_bad_method(self) -> str:
        return str(_zipf_pick(self.rng, ["Cancel", "Start", "GetInfo", "Open"]))

    def ar_bad_iface(self) -> str:
        return str(_zipf_pick(self.rng, ["org.freedesktop.DBus.Properties", "org.freedesktop.Problems2.Entry",
                                         "org.freedesktop.DBus.Introspectable"]))

    def ar_property(self) -> str:
        return "IsAuthorized"

    def ar_bad_property(self) -> str:
        return str(_zipf_pick(self.rng, ["Status", "Uid", "Details", "IsAuthorised"]))

    def ar_uid(self) -> int:
        return int(self._r39_pick("ar_uid", lambda: [str(u) for u in self.rng.sample(
            [0, 1000, 1001, 1002, 1005, 42, 989], 4)]))

    def ar_clients_limit(self) -> int:
        return int(self._r39_pick("ar_limit", lambda: [self.rng.choice(["5", "10"])]))

    # -- round 39: fastnetmon (src/api_client.cpp); gRPC's status messages, from memory
    def fm_rpc_error(self) -> str:
        return str(_zipf_pick(self.rng, ["failed to connect to all addresses", "Connect Failed", "Socket closed",
                                         "Received RST_STREAM with error code 2", "Broken pipe", "Endpoint read failed"]))

    # -- round 40 (formats_round40); pools drawn once per log on first use, as rounds 6 to 39's
    def _r40_pick(self, name: str, make: Callable[[], list[str]]) -> str:
        return str(_zipf_pick(self.rng, self._r6_pool("r40/" + name, make)))

    def _r40_ksuid(self, prefix: str) -> str:
        # Svix's ids: a type prefix and a KSUID (27 base62 characters)
        alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        return prefix + "_" + "".join(self.rng.choice(alphabet) for _ in range(27))

    # -- round 40: parse-server (src/ParseServer.js); the port the server was asked to listen on
    def ps_port(self) -> int:
        return int(self._r40_pick("ps_port", lambda: [self.rng.choice(["1337", "8080", "3000", "4040"])]))

    # -- round 40: svix (worker.rs); endpoints' configured header values and http's parse error, Svix's error
    # texts (error.rs not read), its ids and the destination's status, from memory; the task errors' own texts are
    # the file's Error::generic messages
    def sv_header_value(self) -> str:
        # from_str takes visible ASCII only: a configured value with other characters is refused
        return str(_zipf_pick(self.rng, ["café-client", "Grüße", "Bearer ✓ token", "naïve-tenant"]))

    def sv_header_error(self) -> str:
        return "failed to parse header value"

    def sv_error(self) -> str:
        return str(_zipf_pick(self.rng, [
            "Request timed out", "HTTP error: 503 Service Unavailable", "HTTP error: 500 Internal Server Error",
            "Generic error: error sending request: connection refused", "HTTP error: 404 Not Found",
            "Generic error: dns error: failed to lookup address information: Name or service not known",
            "Queue error: connection reset by peer"]))

    def sv_attempt(self) -> int:
        return int(_zipf_pick(self.rng, [1, 2, 3, 4, 5, 6, 7]))  # type: ignore[call-overload]

    def sv_msgdest_id(self) -> str:
        return self._r40_pick("sv_msgdest", lambda: [self._r40_ksuid("msgdest") for _ in range(40)])

    def sv_endp_id(self) -> str:
        return self._r40_pick("sv_endp", lambda: [self._r40_ksuid("ep") for _ in range(self.rng.randrange(4, 12))])

    def sv_app_id(self) -> str:
        return self._r40_pick("sv_app", lambda: [self._r40_ksuid("app") for _ in range(self.rng.randrange(3, 9))])

    def sv_status(self) -> str:
        return str(_zipf_pick(self.rng, ["Success", "Fail"]))

    def sv_task_error(self) -> str:
        msg = self._r40_pick("sv_msg", lambda: [self._r40_ksuid("msg") for _ in range(30)])
        return str(_zipf_pick(self.rng, [
            f"Unexpected: message doesn't exist {msg}", f"MessageDestination not found for message {msg}",
            f"Endpoint not found {self.sv_app_id()} {self.sv_endp_id()}",
            "Some dispatches failed unexpectedly: [Err(Error { typ: Database, ... })]",
            "Database error: connection closed"]))

    # -- round 40: privacyidea (api/clients.py); the two admin actions the file asks about (PolicyAction's values
    # not read) and the realm entries of policies that name no realm (sorted, joined by ", ")
    def pi_action(self) -> str:
        return str(_zipf_pick(self.rng, ["remembered_device_list", "remembered_device_revoke"]))

    def pi_realms(self) -> str:
        def make() -> list[str]:
            names = ["!realmb", "old_staff", "corp.*", "!guests", "legacy", "contractors2019"]
            return [", ".join(sorted(self.rng.sample(names, self.rng.randrange(1, 3)))) for _ in range(4)]
        return self._r40_pick("pi_realms", make)

    # -- round 40: chaos-mesh (chaosdaemon/blockchaos_server.go); the request's volume paths, the errors of
    # normalizeVolumeName, the container runtime, the chaos driver's device and its ioctls, from memory
    def cm_volume_path(self) -> str:
        return self._r40_pick("cm_volume", lambda: ["/var/lib/kubelet/pods/" + self._uuid() + "/volumes/"
                                                    + self.rng.choice(["kubernetes.io~csi/pvc-", "kubernetes.io~local-volume/pv-"])
                                                    + self._uuid()[:8] for _ in range(5)] + ["/dev/sdb", "/dev/nvme1n1"])

    def cm_volume_error(self) -> str:
        return str(_zipf_pick(self.rng, [f"stat {self.cm_volume_path()}: no such file or directory",
                                         "unable to find the device of the volume",
                                         "the volume is not a block device"]))

    def cm_pid_error(self) -> str:
        cid = "".join(self.rng.choice("0123456789abcdef") for _ in range(64))
        return str(_zipf_pick(self.rng, [
            f'container "{cid}" in namespace "k8s.io": not found',
            "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial "
            "unix /run/containerd/containerd.sock: connect: connection refused\"",
            f"Error: No such container: {cid[:12]}"]))

    def cm_driver_error(self) -> str:
        return str(_zipf_pick(self.rng, ["open /dev/chaos: no such file or directory",
                                         "open /dev/chaos: permission denied"]))

    def cm_ioctl_error(self) -> str:
        return str(_zipf_pick(self.rng, ["invalid argument", "no such device", "inappropriate ioctl for device",
                                         "operation not permitted", "no such file or directory"]))

    def cm_injection_id(self) -> int:
        return self.rng.randrange(0, 64)

    # -- round 40: rasa (builder/copilot/mcp_server/server.py); the transport (its constants not read: stdio or
    # streamable-http), host and port (None in stdio mode), the project folder; the http line repeats its host and
    # port in its URLs
    def ra_start_host(self) -> str:
        transport = str(_zipf_pick(self.rng, ["streamable-http", "stdio"]))
        self._r6["r40/transport"] = [transport]
        return "None" if transport == "stdio" else self.ra_host()

    def ra_start_port(self) -> str:
        return "None" if self._r6.get("r40/transport") == ["stdio"] else str(self.ra_port())

    def ra_start_transport(self) -> str:
        return self._r6.get("r40/transport", ["streamable-http"])[0]

    def ra_folder(self) -> str:
        return self._r40_pick("ra_folder", lambda: [self.rng.choice(["/app", "/app/project", "None",
                                                                     "/home/rasa/assistant", "/workspace/bot"])])

    def ra_host(self) -> str:
        host = self._r40_pick("ra_host", lambda: [self.rng.choice(["localhost", "0.0.0.0", "127.0.0.1"])])
        self._r6["r40/host"] = [host]
        return host

    def ra_port(self) -> int:
        port = int(self._r40_pick("ra_port", lambda: [self.rng.choice(["5050", "8765", "9000"])]))
        self._r6["r40/port"] = [str(port)]
        return port

    def ra_same_host(self) -> str:
        return self._r6["r40/host"][0] if "r40/host" in self._r6 else self.ra_host()

    def ra_same_port(self) -> int:
        return int(self._r6["r40/port"][0]) if "r40/port" in self._r6 else self.ra_port()


# printf conversions: C's, Go's %q and %v, nginx's %V/%ui/%uA/%l, PostgreSQL's %m; Java's %,d
_PRINTF = re.compile(r"%(?P<flags>[-+ #0,]*)(?P<width>\d+)?(?:\.(?P<prec>\d+))?(?P<len>hh|h|ll|l|z|u|L|j)?(?P<conv>[diouxXeEfgGcspqmvVA%])|%l")
_BRACE = re.compile(r"\{\}")


def _format(value: object, flags: str, width: str | None, prec: str | None, conv: str) -> str:
    if conv in "diouA":
        number = int(value)  # type: ignore[call-overload]
        text = f"{number:,}" if "," in flags else str(number)
        if width and flags.startswith("0"):
            text = text.zfill(int(width))
        return text
    if conv in "xX":
        return format(int(value), conv)  # type: ignore[call-overload]
    if conv in "eEfgG":
        return format(float(value), f".{prec if prec is not None else 6}{conv}")  # type: ignore[arg-type]
    if conv == "q":
        if isinstance(value, list):  # Go's %q of a []string: each element quoted, in brackets
            return "[" + " ".join(_format(v, flags, None, None, "q") for v in value) + "]"
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def _hclog_value(value: str) -> str:
    # hclog quotes a value holding spaces or quotes (strconv.Quote)
    if value == "" or any(c in value for c in " \"=\t"):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def render(event: Event, values: Values) -> str:
    """One message of ``event`` with fresh values, as the program would write it
    (the line's date, level and pid already stripped, as Loghub's ``Content``)."""
    rng = values.rng
    kinds = iter(event.kinds)

    def fill(m: re.Match[str]) -> str:
        if m.group(0) == "%%":
            return "%"
        if m.group(0) == "%l":  # nginx's long
            return str(getattr(values, next(kinds))())
        conv = m.group("conv")
        if conv == "m":
            return values.errno()
        value = getattr(values, next(kinds))()
        return _format(value, m.group("flags"), m.group("width"), m.group("prec"), conv)

    if event.style == "hclog":
        text = "core: " + event.fmt
        if event.keys:
            pairs = [f"{k}={_hclog_value(str(getattr(values, k)()))}" for k in event.keys]
            text += ": " + " ".join(pairs)
        return text
    if event.style == "zap":
        return _zap(event, values)
    if event.style == "erlang":
        return _erlang(event, values)
    if event.style in _ROUND3_STYLES:
        return _ROUND3_STYLES[event.style](event, values, lambda fmt: _PRINTF.sub(fill, fmt))
    if event.style == "logv2":
        return _LOGV2.sub(lambda _m: str(getattr(values, next(kinds))()), event.fmt)
    if event.style == "brace":
        text = _BRACE.sub(lambda _m: str(getattr(values, next(kinds))()), event.fmt)
    else:
        text = _PRINTF.sub(fill, event.fmt)
    if event.program == "nginx":
        text = _nginx(event, text, values, rng)
    elif event.program == "envoy":
        # ENVOY_CONN_LOG: "[C<connection id>] " before the message
        text = f"[C{rng.randrange(0, 500_000)}] {text}"
    return text


# logv2's {name} replacement fields; Erlang's io:format directives
_LOGV2 = re.compile(r"\{\w+\}")
_ERLANG = re.compile(r"~[psn]")



def _logfmt_value(value: object, plain: str) -> str:
    # quote a value holding a character outside ``plain`` (a regex class), as Go's %q would
    text = str(value).lower() if isinstance(value, bool) else str(value)
    if text and re.fullmatch(f"[{plain}]+", text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _logrus(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # logrus TextFormatter, time= and level= stripped: msg= then the fields sorted by key
    plain = "A-Za-z0-9._/@^+-"
    if not event.keys:
        return "msg=" + _logfmt_value(printf(event.fmt), plain)
    fields = {key: getattr(values, kind)() for key, kind in zip(event.keys, event.kinds, strict=True)}
    pairs = " ".join(f"{k}={_logfmt_value(fields[k], plain)}" for k in sorted(fields))
    return f"msg={_logfmt_value(event.fmt, plain)} {pairs}"


def _slog(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # slog TextHandler, time=, level= and source= stripped; the tsdb logger's component first
    plain = "^ =\"\\x00-\\x20\\x7f"
    pairs = "".join(f" {k}={_logfmt_value(getattr(values, kind)(), plain)}"
                    for k, kind in zip(event.keys, event.kinds, strict=True))
    return f"msg={_logfmt_value(event.fmt, plain)} component=tsdb{pairs}"


def _systemd(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # log_unit_*: the unit's id, a colon, the message
    return f"{values.s_unit()}: {printf(event.fmt)}"


def _clickhouse(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # the logger's name is "<db>.<table> (<class>)"; the message's {} filled in order
    kinds = iter(event.kinds)
    cls = event.source.rsplit("/", 1)[-1].removesuffix(".cpp")
    text = _BRACE.sub(lambda _m: str(getattr(values, next(kinds))()), event.fmt)
    return f"{values.ch_table()} ({cls}): {text}"


def _traefik(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # logrus TextFormatter (Traefik v2), time= and level= stripped: msg= (the printf result), then the
    # context's fields sorted by key
    plain = "A-Za-z0-9._/@^+-"
    kinds = {"providerName": values.t_resolver, "routerName": values.t_router, "rule": values.t_rule}
    pairs = "".join(f" {k}={_logfmt_value(kinds[k](), plain)}" for k in sorted(event.keys))
    return "msg=" + _logfmt_value(printf(event.fmt), plain) + pairs


def _memcached(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # the stderr logger writes the text as formatted; a shipper drops the last newline, joins the others
    return printf(event.fmt).rstrip("\n").replace("\n", " ")


def _varnish(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # REPORT() to syslog, "varnishd[pid]: " stripped; lines of a message joined with a space
    return " ".join(part.strip() for part in printf(event.fmt).split("\n") if part.strip())


def _nomad(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # hclog text without time and level: name, message, then the logger's own pairs and the call's
    pairs = [("alloc_id", values.n_alloc()), ("task", values.n_task())]
    pairs += [(k, getattr(values, kind)()) for k, kind in zip(event.keys, event.kinds, strict=True)]
    return (f"client.alloc_runner.task_runner: {event.fmt}: "
            + " ".join(f"{k}={_hclog_value(str(v))}" for k, v in pairs))


_MESSAGE_FORMAT = re.compile(r"\{(\d)\}")


def _message_format(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # java.text.MessageFormat: {N} is the Nth argument, numbers with grouping; a text without arguments
    # is returned as it is (the string manager does not format it)
    if not event.kinds:
        return event.fmt
    args = [getattr(values, kind)() for kind in event.kinds]

    def arg(m: re.Match[str]) -> str:
        value = args[int(m.group(1))]
        return f"{value:,}" if isinstance(value, int) else str(value)

    return _MESSAGE_FORMAT.sub(arg, event.fmt).replace("''", "'")


def _zbx_error(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # zbx_error() writes "<program> [<pid>]: " and the message to stderr, which the daemon sends to its log
    return f"zabbix_server [{values.z_pid()}]: {printf(event.fmt)}"


def _icinga(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # the file logger's "[<time>] <severity>/<facility>: <message>", time and severity stripped
    return f"ApiListener: {printf(event.fmt)}"


def _openvpn_multi(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # a server's line while it handles one client: multi's prefix, a space, the message
    return f"{values.o_client()} {printf(event.fmt)}"


_CHARON = re.compile(r"%(?:#H|[HNVdsu])")


def _charon(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # charon's log: the thread's number and the message's group ("09[IKE] "), then the message
    kinds = iter(event.kinds)
    text = _CHARON.sub(lambda _m: str(getattr(values, next(kinds))()), event.fmt)
    return f"{values.s_thread():02d}[IKE] {text}"


def _proftpd(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # log_pri() in a session: "<ServerName> (<remote name>[<remote ip>]) - " before the message
    return f"{values.p_session()} - {printf(event.fmt)}"


def _exim(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # log_write() lines as written; debug_printf() lines without their ending newline
    return printf(event.fmt).rstrip("\n")


def _samba(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # DEBUG(): the header line stripped, the message's line without its newline
    return printf(event.fmt).rstrip("\n")


def _slapd(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # Debug() to syslog: "slapd[pid]: " stripped, the message without its ending newline
    return printf(event.fmt).rstrip("\n")


def _line_without_newline(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # round 9's C loggers (Asterisk's ast_log, Kamailio's LM_*): the header stripped, the message without its
    # ending newline
    return printf(event.fmt).rstrip("\n")

def _pureftpd(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # logfile(): "(<account>@<host>) " and the level's "[DEBUG] " before the line (syslog's "pure-ftpd: " stripped)
    return f"{values.pf_session()} [DEBUG] {printf(event.fmt)}"


def _nftables(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # an error record: its level's name and the message (the input's location lines not written)
    return "Error: " + printf(event.fmt)


def _rsyslog(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # LogError() without an error code: the message, its last newline dropped
    return printf(event.fmt).rstrip("\n")


def _rsyslog_errcode(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # LogError() with an error code: the message, then where to read about the code
    text = printf(event.fmt).rstrip("\n")
    return f"{text} [try http://www.rsyslog.com/e/{values.rs_code()} ]"


def _containerd(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # logrus TextFormatter, time= and level= stripped: msg= (the printf result), then the fields sorted by key;
    # the verbs take the first kinds, the fields the last ones
    plain = "A-Za-z0-9._/@^+-"
    message = printf(event.fmt)
    field_kinds = event.kinds[len(event.kinds) - len(event.keys):]
    fields = {key: getattr(values, kind)() for key, kind in zip(event.keys, field_kinds, strict=True)}
    pairs = "".join(f" {k}={_logfmt_value(fields[k], plain)}" for k in sorted(fields))
    return "msg=" + _logfmt_value(message, plain) + pairs


def _pgbouncer_client(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # slog_*(client, ...): the client's socket before the message
    return f"{values.pb_socket('client')} {printf(event.fmt)}"


def _pgbouncer_server(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # slog_*(server, ...): the server's socket before the message
    return f"{values.pb_socket('server')} {printf(event.fmt)}"


def _sites(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # round 21's pcscd and lircd: what the statement's logging code writes before the text (pcscd's
    # "<file>:<line>:<function>() ", lircd's level name); a text logged by several statements takes one of theirs
    return values.rng.choice(formats_round21.SITES[event.program, event.fmt]) + printf(event.fmt)


def _com_err(event: Event, values: Values, printf: Callable[[str], str]) -> str:
    # round 20's krb5kdc: com_err(whoami, code, fmt) writes whoami, ": ", the error table's text for code, a space,
    # then the text
    return f"krb5kdc: {values.kr_error()} {printf(event.fmt)}"


_ROUND3_STYLES: dict[str, Callable[[Event, Values, Callable[[str], str]], str]] = {
    "logrus": _logrus, "slog": _slog, "systemd": _systemd, "clickhouse": _clickhouse, "traefik": _traefik,
    "memcached": _memcached, "varnish": _varnish, "nomad": _nomad, "messageformat": _message_format,
    "zbx_error": _zbx_error, "icinga": _icinga, "openvpn_multi": _openvpn_multi, "charon": _charon,
    "proftpd": _proftpd, "exim": _exim, "samba": _samba, "slapd": _slapd,
    "asterisk": _line_without_newline, "kamailio": _line_without_newline,
    "pureftpd": _pureftpd, "nftables": _nftables, "sssd": _line_without_newline,
    "rsyslog": _rsyslog, "rsyslog_errcode": _rsyslog_errcode, "containerd": _containerd,
    "pgbouncer_client": _pgbouncer_client, "pgbouncer_server": _pgbouncer_server, "influxdb": _line_without_newline,
    "corosync": _line_without_newline, "uwsgi": _line_without_newline, "nagios": _line_without_newline,
    "drbd": _line_without_newline, "mdadm": _line_without_newline, "com_err": _com_err, "sites": _sites,
}


def _zap(event: Event, values: Values) -> str:
    # zap's console encoder: the message, a tab, then the fields as JSON with a space after each separator
    fields = {key: getattr(values, kind)() for key, kind in zip(event.keys, event.kinds, strict=True)}
    if not fields:
        return event.fmt
    return event.fmt + "\t" + json.dumps(fields, separators=(", ", ": "))


def _erlang(event: Event, values: Values) -> str:
    kinds = iter(event.kinds)
    fmt = event.fmt.removesuffix("~n")
    # a ~n inside the message starts a continuation line; the shipper joins it with a space
    return _ERLANG.sub(lambda m: " " if m.group(0) == "~n" else str(getattr(values, next(kinds))()), fmt)


def _nginx(event: Event, text: str, values: Values, rng: random.Random) -> str:
    # ngx_log_error_core: "*<connection> " before the message, " (<errno>: <text>)" after it
    out = f"*{rng.randrange(1, 2_000_000)} {text}"
    if event.errno == "always" or (event.errno == "maybe" and rng.random() < 0.5):
        if event.fmt.startswith("upstream timed out"):
            code, msg = 110, "Connection timed out"
        else:
            code, msg = _zipf_pick(rng, _ERRNO)  # type: ignore[misc]
        out += f" ({code}: {msg})"
    # ngx_http_log_error / ngx_http_log_error_handler
    if event.action:
        out += f" while {event.action}"
    out += f", client: {values.client_ip()}"
    if event.context == "connection":
        return out + f", server: 0.0.0.0:{rng.choice(['80', '443'])}"
    out += f", server: {values.server()}, request: \"{values.request_line()}\""
    if event.context == "upstream":
        up = rng.choice(_UPSTREAMS)
        scheme = "fastcgi://" if up.startswith("unix:") else "http://"
        out += f", upstream: \"{scheme}{up}{rng.choice(['/', '/api/v1/orders', '/index.php'])}\""
    if rng.random() < 0.8:
        out += f", host: \"{values.server()}\""
    if rng.random() < 0.25:
        out += f", referrer: \"https://{rng.choice(_REFERRERS)}\""
    return out


def generate(program: str, size: int = 2000, seed: int = 17) -> tuple[list[str], list[int]]:
    """``size`` messages of ``program`` and the event (index into
    :data:`ALL_EVENTS`) of each."""
    known = tuple(p for r in sorted(ROUNDS) for p in ROUNDS[r])
    if program not in known:
        raise ValueError(f"unknown program {program!r}; one of {', '.join(known)}")
    rng = random.Random(f"{program}/{seed}")
    indexes = [i for i, e in enumerate(ALL_EVENTS) if e.program == program]
    ranked = list(indexes)
    rng.shuffle(ranked)
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(ranked))]
    values = Values(rng)
    chosen = rng.choices(ranked, weights=weights, k=size)
    messages = [render(ALL_EVENTS[i], values) for i in chosen]
    return messages, chosen
