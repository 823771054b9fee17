"""The log format strings of six open-source programs, as data: the held-out events.

Every entry is one true event: a format string a program passes to its logger,
with the kind of value each placeholder receives (read from the arguments the
source passes), so :mod:`tests.unit.templates.heldout.corpus` can fill it.  The
programs are none of Loghub's 16 systems and were chosen for their styles:

======================  ==========================================  =================
program                 source read (repository, path)              style
======================  ==========================================  =================
``redis``               redis/redis ``src/replication.c``           C prose, ``%s``/``%lld``
``postgresql``          postgres/postgres                           C prose, ``%m``, noun
                        ``src/backend/postmaster/postmaster.c``,    phrases for ``%s``,
                        ``src/backend/access/transam/xlog.c``       long ``key=value`` lists
``nginx``               nginx/nginx ``src/http/ngx_http_request.c``, ``*conn`` ids, errno
                        ``ngx_http_upstream.c``,                    asides, ``while <action>``
                        ``src/event/ngx_event_connect.c``           and ``, client: ...``
                                                                    context appended
``cassandra``           apache/cassandra ``gms/Gossiper.java``,     Java ``{}`` and
                        ``db/compaction/CompactionTask.java``,      concatenation; lists
                        ``service/StorageService.java``             of any length
``consul``              hashicorp/consul ``agent/local/state.go``   Go ``log.Printf`` with
                                                                    ``[LEVEL] agent:`` and ``%q``
``vault``               hashicorp/vault ``vault/core.go``,          hclog: message, then
                        ``vault/ha.go``                             ``key=value`` pairs
======================  ==========================================  =================

The text of each format string is what the source has (a fact about what the
program logs); line breaks of C string concatenation are joined.  Where the
program's logging code adds fixed text around the message, the renderer in
:mod:`~tests.unit.templates.heldout.corpus` adds it as that code does: nginx's
``while <action>`` and ``client:``/``server:``/``request:`` context
(``ngx_http_log_error``), hclog's ``name: message: key=value`` layout.

Kinds name the value a placeholder gets (``errno``: a ``strerror`` phrase,
``procname``: PostgreSQL's noun phrase such as ``autovacuum worker``, ...); see
:class:`~tests.unit.templates.heldout.corpus.Values`.  ``%m`` (PostgreSQL's
``strerror(errno)``) takes no argument and no kind.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EVENTS", "PROGRAMS", "Event"]


@dataclass(frozen=True, slots=True)
class Event:
    """One format string of one program.

    Attributes
    ----------
    program, source
        The program and the file of its repository the format string is in.
    fmt
        The format string (``printf`` and ``brace`` styles) or the message
        (``hclog``).
    kinds
        The kind of value of each placeholder (``hclog``: of each key's value).
    style
        ``printf`` (C and Go verbs, Java ``String.format``), ``brace``
        (SLF4J ``{}``) or ``hclog`` (message then ``keys``).
    keys
        ``hclog`` only: the keys of the key/value pairs.
    action, errno, context
        nginx only: the ``log->action`` set when the message is logged (fixed
        text after ``while``), whether the errno aside ``(111: Connection
        refused)`` is always there, sometimes (``"maybe"``) or never, and the
        context the HTTP log handler appends (``request``, ``upstream``: request
        and upstream, ``connection``: before a request exists).
    """

    program: str
    source: str
    fmt: str
    kinds: tuple[str, ...] = ()
    style: str = "printf"
    keys: tuple[str, ...] = ()
    action: str = ""
    errno: str = ""
    context: str = ""


def _many(program: str, source: str, rows: list[tuple[str, tuple[str, ...]]], **kw: str) -> list[Event]:
    return [Event(program, source, fmt, kinds, **kw) for fmt, kinds in rows]


_REDIS = _many(
    "redis",
    "src/replication.c",
    [
        ("[PSYNC] Slave request offset: %lld", ("offset",)),
        ("[PSYNC] Backlog history len is zero", ()),
        ("[PSYNC] Backlog size: %lld", ("backlog",)),
        ("[PSYNC] First byte: %lld", ("offset",)),
        ("[PSYNC] History len: %lld", ("backlog",)),
        ("[PSYNC] Current index: %lld", ("count",)),
        ("[PSYNC] Skipping: %lld", ("count",)),
        ("[PSYNC] Index of first byte: %lld", ("count",)),
        ("[PSYNC] Reply total length: %lld", ("bytes",)),
        ("[PSYNC] addReply() length: %lld", ("bytes",)),
        (
            "Partial resynchronization not accepted: Runid mismatch (Client asked for '%s', I'm '%s')",
            ("runid", "runid"),
        ),
        ("Full resync requested by slave.", ()),
        (
            "Unable to partial resync with the slave for lack of backlog (Slave request was: %lld).",
            ("offset",),
        ),
        (
            "Partial resynchronization request accepted. Sending %lld bytes of backlog "
            "starting from offset %lld.",
            ("bytes", "offset"),
        ),
        ("Slave asks for synchronization", ()),
        ("Waiting for end of BGSAVE for SYNC", ()),
        ("Waiting for next BGSAVE for SYNC", ()),
        ("Starting BGSAVE for SYNC", ()),
        ("Replication failed, can't BGSAVE", ()),
        ("Read error sending DB to slave: %s", ("errno_or_eof",)),
        ("Write error sending DB to slave: %s", ("errno",)),
        ("Synchronization with slave succeeded", ()),
        ("SYNC failed. BGSAVE child returned an error", ()),
        ("SYNC failed. Can't open/stat DB after BGSAVE: %s", ("errno",)),
        ("SYNC failed. BGSAVE failed", ()),
        ("I/O error reading bulk count from MASTER: %s", ("errno",)),
        ("MASTER aborted replication with an error: %s", ("redis_error",)),
        (
            "Bad protocol from MASTER, the first byte is not '$' (we received '%s'), "
            "are you sure the host and port are right?",
            ("garbage",),
        ),
        ("MASTER <-> SLAVE sync: receiving %lld bytes from master", ("bytes",)),
        ("I/O error trying to sync with MASTER: %s", ("errno_or_lost",)),
        (
            "Write error or short write writing to the DB dump file needed for "
            "MASTER <-> SLAVE synchronization: %s",
            ("errno",),
        ),
        (
            "Failed trying to rename the temp DB into dump.rdb in MASTER <-> SLAVE "
            "synchronization: %s",
            ("errno",),
        ),
        ("MASTER <-> SLAVE sync: Loading DB in memory", ()),
        ("Failed trying to load the MASTER synchronization DB from disk", ()),
        ("MASTER <-> SLAVE sync: Finished with success", ()),
        (
            "Failed enabling the AOF after successful master synchronization! "
            "Trying it again in one second.",
            (),
        ),
        (
            "FATAL: this slave instance finished the synchronization with its master, "
            "but the AOF can't be turned on. Exiting now.",
            (),
        ),
        ("Trying a partial resynchronization (request %s:%s).", ("runid", "offset")),
        ("Partial resynchronization not possible (no cached master)", ()),
        ("Master replied with wrong +FULLRESYNC syntax.", ()),
        ("Full resync from master: %s:%lld", ("runid", "offset")),
        ("Successful partial resynchronization with master.", ()),
        ("Unexpected reply to PSYNC from master: %s", ("redis_reply",)),
        ("Master does not support PSYNC or is in error state (reply: %s)", ("redis_error",)),
        ("Error condition on socket for SYNC: %s", ("errno",)),
        ("Non blocking connect for SYNC fired the event.", ()),
        ("I/O error reading PING reply from master: %s", ("errno",)),
        ("Error reply to PING from master: '%s'", ("redis_error",)),
        ("Master replied to PING, replication can continue...", ()),
        ("Unable to AUTH to MASTER: %s", ("redis_error",)),
        (
            "(Non critical) Master does not understand REPLCONF listening-port: %s",
            ("redis_error",),
        ),
        ("MASTER <-> SLAVE sync: Master accepted a Partial Resynchronization.", ()),
        ("Retrying with SYNC...", ()),
        ("I/O error writing to MASTER: %s", ("errno",)),
        ("Opening the temp file needed for MASTER <-> SLAVE synchronization: %s", ("errno",)),
        ("Can't create readable event for SYNC: %s (fd=%d)", ("errno", "fd")),
        ("Unable to connect to MASTER: %s", ("errno",)),
        ("Can't create readable event for SYNC", ()),
    ],
)

_PG_POSTMASTER = _many(
    "postgresql",
    "src/backend/postmaster/postmaster.c",
    [
        ("%s: could not locate my own executable path", ("argv0",)),
        ("--%s requires a value", ("guc",)),
        ("-c %s requires a value", ("guc",)),
        ("out of memory", ()),
        ("received SIGHUP, reloading configuration files", ()),
        ("postmaster received signal %d", ("signal",)),
        ("received smart shutdown request", ()),
        ("received fast shutdown request", ()),
        ("aborting any active transactions", ()),
        ("received immediate shutdown request", ()),
        ("reaping dead processes", ()),
        ("aborting startup due to startup process failure", ()),
        ("all server processes terminated; reinitializing", ()),
        ("terminating any other active server processes", ()),
        ("%s (PID %d) exited with exit code %d", ("procname", "pid", "exitcode")),
        ("%s (PID %d) was terminated by signal %d", ("procname", "pid", "signal")),
        ("%s (PID %d) exited with unexpected status %d", ("procname", "pid", "status")),
        ("sending signal %d to process %d", ("signal", "pid")),
        ("could not fork new process for connection: %m", ()),
        ("forked new backend, pid=%d socket=%d", ("pid", "fd")),
        ("getnameinfo_all() failed: %s", ("gai_error",)),
        ("connection received: host=%s port=%s", ("client_host", "client_port")),
        ("connection authorized: user=%s database=%s", ("user", "db")),
        ("could not create file \"%s\": %m", ("pg_tmpfile",)),
        ("could not write to file \"%s\": %m", ("pg_tmpfile",)),
        ("could not execute server process \"%s\": %m", ("pg_exec",)),
    ],
)

_PG_CHECKPOINT_TAIL = (
    " complete: wrote %d buffers (%.1f%%), wrote %d SLRU buffers; %d WAL file(s) added, "
    "%d removed, %d recycled; write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; "
    "sync files=%d, longest=%ld.%03d s, average=%ld.%03d s; distance=%d kB, estimate=%d kB; "
    "lsn=%X/%X, redo lsn=%X/%X"
)
_PG_CHECKPOINT_KINDS = (
    "buffers", "pct", "small", "small", "small", "small",
    "secs", "msec", "secs", "msec", "secs", "msec",
    "small", "secs", "msec", "secs", "msec", "kb", "kb",
    "lsn_hi", "lsn_lo", "lsn_hi", "lsn_lo",
)
_PG_XLOG = _many(
    "postgresql",
    "src/backend/access/transam/xlog.c",
    [
        ("checkpoint" + _PG_CHECKPOINT_TAIL, _PG_CHECKPOINT_KINDS),
        ("restartpoint" + _PG_CHECKPOINT_TAIL, _PG_CHECKPOINT_KINDS),
        ("invalid position for missing continuation record %X/%X", ("lsn_hi", "lsn_lo")),
    ],
)

_NGX_REQ = "src/http/ngx_http_request.c"
_NGX_UP = "src/http/ngx_http_upstream.c"
_NGINX = [
    Event("nginx", _NGX_UP, "upstream prematurely closed connection",
          action="reading response header from upstream", context="upstream"),
    Event("nginx", _NGX_UP, "upstream timed out", errno="always",
          action="reading response header from upstream", context="upstream"),
    Event("nginx", _NGX_UP, "upstream timed out", errno="always",
          action="connecting to upstream", context="upstream"),
    Event("nginx", _NGX_UP, "upstream sent too big header",
          action="reading response header from upstream", context="upstream"),
    Event("nginx", "src/event/ngx_event_connect.c", "connect() to %V failed", ("peer",),
          errno="always", action="connecting to upstream", context="upstream"),
    Event("nginx", _NGX_UP, "%s \"%s\" failed", ("store_call", "store_path"), errno="always",
          action="reading upstream", context="upstream"),
    Event("nginx", _NGX_UP, "unlink() \"%s\" failed", ("store_path",), errno="always",
          action="reading upstream", context="upstream"),
    Event("nginx", _NGX_REQ, "client closed prematurely connection",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ,
          "client sent duplicate header line: \"%V: %V\", previous value: \"%V: %V\"",
          ("header", "header_value", "same_header", "header_value"),
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent invalid host header",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent HTTP/1.1 request without \"Host\" header",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent invalid \"Content-Length\" header",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent %V method without \"Content-Length\" header", ("put",),
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent TRACE method",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent \"Transfer-Encoding: chunked\" header",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client sent plain HTTP request to HTTPS port",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client SSL certificate verify error: (%l:%s)",
          ("x509_code", "x509_error"), action="reading client request headers",
          context="request"),
    Event("nginx", _NGX_REQ, "client sent no required SSL certificate",
          action="reading client request headers", context="request"),
    Event("nginx", _NGX_REQ, "client %V closed keepalive connection", ("client_ip",),
          errno="maybe", context="connection"),
    Event("nginx", _NGX_REQ, "setsockopt(SO_LINGER) failed", errno="always",
          action="closing request", context="request"),
    Event("nginx", _NGX_REQ, "http request already closed", action="closing request",
          context="request"),
]

_GOSSIPER = "src/java/org/apache/cassandra/gms/Gossiper.java"
_COMPACTION = "src/java/org/apache/cassandra/db/compaction/CompactionTask.java"
_STORAGE = "src/java/org/apache/cassandra/service/StorageService.java"
_CASSANDRA = [
    *_many("cassandra", _GOSSIPER, [
        ("Finished killing {}", ("endpoint",)),
        # string concatenation in the source; a {} stands for each concatenated value
        ("FatClient {} has been silent for {}ms, removing from gossip",
         ("endpoint", "fat_client_timeout")),
        ("time is expiring for endpoint : {} ({})", ("endpoint", "epoch_ms")),
        ("{} elapsed, {} gossip quarantine over", ("quarantine_ms", "endpoint")),
        ("Clearing interval times for {} due to generation change", ("endpoint",)),
        ("removing expire time for endpoint : {}", ("endpoint",)),
        ("InetAddress {} is now UP", ("endpoint",)),
        ("InetAddress {} is now dead.", ("endpoint",)),
        ("Node {} has restarted, now UP", ("endpoint",)),
        ("Node {} is now part of the cluster", ("endpoint",)),
        ("Not marking {} alive due to dead state", ("endpoint",)),
        ("adding expire time for endpoint : {} ({})", ("endpoint", "epoch_ms")),
        ("Attempt to add self as saved endpoint", ()),
    ], style="brace"),
    *_many("cassandra", _COMPACTION, [
        ("Compacting {}", ("sstables",)),
        ("Expected bloom filter size : {}", ("count",)),
    ], style="brace"),
    *_many("cassandra", _COMPACTION, [
        ("Compacted %d sstables to [%s].  %,d bytes to %,d (~%d%% of original) in %,dms = "
         "%fMB/s.  %,d total rows, %,d unique.  Row merge counts were {%s}",
         ("small", "sstable_names", "bytes", "bytes", "percent", "ms", "mbps", "rows", "rows",
          "merge_counts")),
        ("CF Total Bytes Compacted: %,d", ("bytes",)),
    ]),
    *_many("cassandra", _STORAGE, [
        ("Error loading counter cache", ()),
        ("Not joining ring as requested. Use JMX (StorageService->joinRing()) to initiate "
         "ring joining", ()),
        ("This node was decommissioned, but overriding by operator request.", ()),
        ("Starting up server gossip", ()),
        ("current schema version: {}", ("uuid",)),
        ("This node will not auto bootstrap because it is configured to be a seed node.", ()),
        ("Detected previous bootstrap failure; retrying", ()),
        ("got schema: {}", ("uuid",)),
        ("... got ring + schema info", ()),
        ("Bootstrap variables: {} {} {} {}", ("bool", "bool", "bool", "bool")),
        ("Generated random token {}. Random tokens will result in an unbalanced ring; see "
         "http://wiki.apache.org/cassandra/Operations", ("one_token",)),
        ("Generated random tokens. tokens are {}", ("tokens",)),
        ("Saved tokens not found. Using configuration value: {}", ("tokens",)),
        ("Using saved tokens {}", ("tokens",)),
        ("Writes will not be forwarded to this node during replacement because it has the "
         "same address as the node to be replaced ({}). If the previous node has been down "
         "for longer than max_hint_window_in_ms, repair must be run after the replacement "
         "process in order to make this node consistent.", ("endpoint",)),
    ], style="brace"),
    *_many("cassandra", _STORAGE, [
        ("There are nodes in the cluster with a different schema version than us we did not "
         "merged schemas from, our version : (%s), outstanding versions -> endpoints : %s",
         ("uuid", "schema_map")),
    ]),
]

_CONSUL = _many(
    "consul",
    "agent/local/state.go",
    [
        ("[DEBUG] agent: Skipping remote check %q since it is managed automatically", ("check",)),
        ("[DEBUG] agent: Service %q in sync", ("service",)),
        ("[DEBUG] agent: Check %q in sync", ("check",)),
        ("[DEBUG] agent: Node info in sync", ()),
        ("[INFO] agent: Deregistered service %q", ("service",)),
        ("[WARN] agent: Service %q deregistration blocked by ACLs", ("service",)),
        ("[WARN] agent: Deregistering service %q failed. %s", ("service", "rpc_error")),
        ("[INFO] agent: Deregistered check %q", ("check",)),
        ("[WARN] agent: Check %q deregistration blocked by ACLs", ("check",)),
        ("[WARN] agent: Deregistering check %q failed. %s", ("check", "rpc_error")),
        ("[INFO] agent: Synced service %q", ("service",)),
        ("[WARN] agent: Service %q registration blocked by ACLs", ("service",)),
        ("[WARN] agent: Syncing service %q failed. %s", ("service", "rpc_error")),
        ("[INFO] agent: Synced check %q", ("check",)),
        ("[WARN] agent: Check %q registration blocked by ACLs", ("check",)),
        ("[WARN] agent: Syncing check %q failed. %s", ("check", "rpc_error")),
        ("[INFO] agent: Synced node info", ()),
        ("[WARN] agent: Node info update blocked by ACLs", ()),
        ("[WARN] agent: Syncing node info failed. %s", ("rpc_error",)),
    ],
)

_VAULT_CORE = "vault/core.go"
_VAULT_HA = "vault/ha.go"


def _hclog(source: str, rows: list[tuple[str, tuple[str, ...]]]) -> list[Event]:
    # the value kind of a key is named after the key
    return [Event("vault", source, msg, keys, style="hclog", keys=keys) for msg, keys in rows]


_VAULT = [
    *_hclog(_VAULT_CORE, [
        ("vault is unsealed", ()),
        ("failed to notify unsealed status", ("error",)),
        ("failed to notify initialized status", ("error",)),
        ("vault cannot seal when in standby mode; please restart instead", ()),
        ("failed to audit request", ("request_path", "error")),
        ("permission denied as the entity on the token is disabled", ()),
        ("permission denied as the entity on the token is invalid", ()),
        ("failed to use token", ("error",)),
        ("token needed revocation before seal but failed to revoke", ("error",)),
        ("marked as sealed", ()),
        ("pre-seal teardown failed", ("error",)),
        ("finished triggering standbyStopCh for runStandby", ()),
        ("runStandby done", ()),
        ("error stopping storage cluster", ("error",)),
        ("sealing barrier", ()),
        ("error sealing barrier", ("error",)),
        ("failed to notify sealed status", ("error",)),
        ("error resetting quota manager", ("error",)),
        ("vault is sealed", ()),
        ("post-unseal setup starting", ()),
        ("post-unseal upgrade seal keys failed", ("error",)),
        ("post-unseal post seal migration failed", ("error",)),
        ("post-unseal setup complete", ()),
        ("pre-seal teardown starting", ()),
    ]),
    *_hclog(_VAULT_HA, [
        ("marked never become active, giving up active state", ()),
        ("acquired lock, enabling active operation", ()),
        ("grabbed HA lock but already sealed, exiting", ()),
        ("error performing key upgrades", ("error",)),
        ("cluster setup failed", ("error",)),
        ("leader advertisement setup failed", ("error",)),
        ("post-unseal setup failed", ("error",)),
        ("leadership lost, stopping active operation", ()),
        ("stepping down from active operation to standby", ()),
        ("clearing leader advertisement failed", ("error",)),
        ("unlocking HA lock failed", ("error",)),
        ("new leader found, triggering new leader channel", ()),
        ("new leader found, but still processing previous leader change", ()),
        ("encryption keys have changed out from underneath us (possibly due to replication "
         "enabling), must be unsealed again", ()),
        ("key rotation periodic upgrade check failed", ("error",)),
        ("upgraded to new key term", ("term",)),
        ("failed to check barrier status at upgrade cleanup time", ()),
        ("barrier sealed at upgrade cleanup time", ()),
        ("failed to cleanup upgrade", ("path", "error")),
        ("failed to acquire lock", ("error",)),
        ("unknown cluster private key type", ("key_type",)),
        ("failed to notify active status", ("error",)),
        ("failed to list entries in core/leader", ("error",)),
        ("failed to notify standby status", ("error",)),
    ]),
]

#: Every event, grouped by program in this order.
EVENTS: tuple[Event, ...] = (*_REDIS, *_PG_POSTMASTER, *_PG_XLOG, *_NGINX, *_CASSANDRA, *_CONSUL, *_VAULT)

#: The programs, in the order of :data:`EVENTS`.
PROGRAMS: tuple[str, ...] = tuple(dict.fromkeys(e.program for e in EVENTS))
