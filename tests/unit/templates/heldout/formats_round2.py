"""Round 2 of the held-out corpus: six more programs' log format strings.

Chosen by a rule, not by expected difficulty: the first six of the styles the
last round lacked, in the order the task listed them (MySQL/MariaDB, HAProxy,
etcd or CoreDNS, Envoy, RabbitMQ, MongoDB, Kafka, systemd, containerd, kubelet),
whose source the search tools hold (all six did; of "etcd or CoreDNS" the first
named was taken).  Every entry is one logging statement read from the source:

======================  ==============================================  ==================
program                 source read (repository, path)                  style
======================  ==============================================  ==================
``mysql``               MySQL's ``sql/slave.cc``, a 4.0-era copy        ``sql_print_*``,
                        (found by text search, its repository not       ``'%s'`` quoted
                        named; the I/O thread's "connected" line as     names, positions
                        MariaDB and Drizzle write it)
``haproxy``             haproxy/haproxy ``src/check.c``; the            ``send_log``; text
                        ``srv_append_status`` text of ``server.c``      built by appends
                        (several versions found by text search)
``etcd``                etcd-io/etcd ``server/etcdserver/api/           zap: message, then
                        rafthttp/stream.go``, ``peer_status.go``,       fields as JSON
                        ``transport.go``
``envoy``               envoyproxy/envoy (an early version)             fmt ``{}``, the
                        ``source/common/network/connection_impl.cc``    ``[C<id>]`` prefix
``rabbitmq``            RabbitMQ's ``rabbit_reader.erl``, a 3.x copy    Erlang ``~p``/``~s``
                        (found by text search, repository not named)
``mongodb``             mongodb/mongo ``src/mongo/db/repl/bgsync.cpp``  LOGV2 ``{name}``
======================  ==============================================  ==================

Label rules are round 1's (:mod:`~tests.unit.templates.heldout.corpus`): one
statement is one event whatever its values expand to, and text the logging code
adds around the message is rendered as that code does (Envoy's ``[C<id>] ``,
zap's fields, HAProxy's ``, reason: ..., check duration: ...`` built by
``check_append_info``).  Two more rules, for what round 1 did not meet:

* a ternary that picks between literal words in the arguments (HAProxy's
  ``"Health"``/``"Agent"``, ``"succeeded"``/``"failed"``, ``"UP"``/``"DOWN"``,
  ``" Running on backup."``) is expanded: each branch is written as its own
  format string and is its own event, as round 1 did with nginx's ``while
  <action>`` (the text differs as two statements' would);
* two statements with the same text (MongoDB's ids 21081 and 21084, RabbitMQ's
  two ``Error on AMQP connection ~p (~s, user: '~s', state: ~p)``) are one
  event: nothing in the message tells them apart.  Two statements with the same
  message but different field keys (etcd's writer and reader ``established TCP
  streaming connection``) are two: the keys are fixed text of the line.

Rendering: MySQL and HAProxy as the message part of their log line; etcd as
zap's console encoder writes message and fields (``msg<TAB>{"key": "value",
...}``); RabbitMQ with ``~n`` inside a message joined by a space (a shipper
joining the continuation line) and the final ``~n`` dropped; MongoDB as logv2's
text formatter writes a message, each ``{name}`` replaced by its value.
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

_SLAVE = "sql/slave.cc"
_MYSQL = [
    Event("mysql", _SLAVE, fmt, kinds)
    for fmt, kinds in [
        ("Failed during slave I/O thread initialization", ()),
        ("Slave I/O thread: error in mc_mysql_init()", ()),
        ("Slave I/O thread: connected to master '%s@%s:%d',replication started in log '%s' at position %s",
         ("repl_user", "master_host", "mysql_port", "binlog", "binlog_pos")),
        ("Slave I/O thread killed while connecting to master", ()),
        ("Slave I/O thread killed while retrying master dump", ()),
        ("Slave I/O thread: failed dump request, reconnecting to try again, log '%s' at postion %s",
         ("binlog", "binlog_pos")),
        ("Slave I/O thread killed during or after reconnect", ()),
        ("Slave I/O thread killed while reading event", ()),
        ("Log entry on master is longer than max_allowed_packet (%ld) on slave. If the entry is "
         "correct, restart the server with a higher value of max_allowed_packet", ("packet",)),
        ("Slave I/O thread killed while waiting to reconnect after a failed read", ()),
        ("Slave I/O thread: Failed reading log event, reconnecting to retry, log '%s' position %s",
         ("binlog", "binlog_pos")),
        ("Slave I/O thread killed during or after a reconnect done to recover from failed read", ()),
        ("Slave I/O thread could not queue event from master", ()),
        ("Slave I/O thread aborted while waiting for relay log space", ()),
        ("Slave I/O thread exiting, read up to log '%s', position %s", ("binlog", "binlog_pos")),
        ("Failed during slave thread initialization", ()),
        ("Error initializing relay log position: %s", ("relay_error",)),
        ("Slave SQL thread initialized, starting replication in log '%s' at position %s, "
         "relay log '%s' position: %s", ("binlog", "binlog_pos", "relay_log", "binlog_pos")),
        ("Error running query, slave SQL thread aborted. Fix the problem, and restart the slave "
         "SQL thread with \"SLAVE START\". We stopped at log '%s' position %s", ("binlog", "binlog_pos")),
        ("Slave SQL thread exiting, replication stopped in log  '%s' at position %s",
         ("binlog", "binlog_pos")),
        ("Slave I/O: failed requesting download of '%s'", ("load_file",)),
        ("Network read error downloading '%s' from master", ("load_file",)),
        ("Slave I/O: error writing Exec_load event to relay log", ()),
        ("Slave I/O: error writing Create_file event to relay log", ()),
        ("Slave I/O: error writing Append_block event to relay log", ()),
    ]
]

_CHECK = "src/check.c"
_SERVER = "src/server.c"
_LEFT = ". %d active and %d backup servers left. %d sessions active, %d requeued, %d remaining in queue."
_LEFT_BACKUP = (
    ". %d active and %d backup servers left. Running on backup. %d sessions active, %d requeued, "
    "%d remaining in queue."
)
_LEFT_KINDS = ("small", "small", "small", "small", "small")
_HAPROXY = [
    Event("haproxy", source, fmt, kinds)
    for source, fmt, kinds in [
        # set_server_check_status(): "%s check for %sserver %s/%s %s%s" + check_append_info + status
        (_CHECK, "Health check for server %s/%s failed%s, status: %d/%d DOWN.",
         ("backend", "haproxy_server", "check_failed", "health", "health_of")),
        (_CHECK, "Health check for server %s/%s failed%s, status: %d/%d UP.",
         ("backend", "haproxy_server", "check_failed", "health", "health_of")),
        (_CHECK, "Health check for server %s/%s succeeded%s, status: %d/%d UP.",
         ("backend", "haproxy_server", "check_passed", "health", "health_of")),
        (_CHECK, "Health check for server %s/%s succeeded%s, status: %d/%d DOWN.",
         ("backend", "haproxy_server", "check_passed", "health", "health_of")),
        (_CHECK, "Health check for backup server %s/%s failed%s, status: %d/%d DOWN.",
         ("backend", "haproxy_server", "check_failed", "health", "health_of")),
        (_CHECK, "Health check for backup server %s/%s succeeded%s, status: %d/%d UP.",
         ("backend", "haproxy_server", "check_passed", "health", "health_of")),
        (_CHECK, "Agent check for server %s/%s failed%s, status: %d/%d UP.",
         ("backend", "haproxy_server", "check_failed", "health", "health_of")),
        (_CHECK, "Health check for server %s/%s conditionally succeeded%s, status: %d/%d UP.",
         ("backend", "haproxy_server", "check_passed", "health", "health_of")),
        # server state changes: "%sServer %s/%s is DOWN" + reason + srv_append_status()
        (_SERVER, "Server %s/%s is DOWN%s" + _LEFT, ("backend", "haproxy_server", "check_failed", *_LEFT_KINDS)),
        (_SERVER, "Server %s/%s is DOWN%s" + _LEFT_BACKUP,
         ("backend", "haproxy_server", "check_failed", *_LEFT_KINDS)),
        (_SERVER, "Server %s/%s is UP%s. %d active and %d backup servers online. %d sessions requeued, "
         "%d total in queue.", ("backend", "haproxy_server", "check_passed", "small", "small", "small", "small")),
        (_SERVER, "Backup Server %s/%s is DOWN%s" + _LEFT, ("backend", "haproxy_server", "check_failed", *_LEFT_KINDS)),
        (_SERVER, "Server %s/%s is DOWN via %s/%s" + _LEFT,
         ("backend", "haproxy_server", "backend", "haproxy_server", *_LEFT_KINDS)),
        (_SERVER, "backend %s has no server available !", ("backend",)),
    ]
]

_STREAM = "server/etcdserver/api/rafthttp/stream.go"
_PEER_STATUS = "server/etcdserver/api/rafthttp/peer_status.go"
_TRANSPORT = "server/etcdserver/api/rafthttp/transport.go"
_W = ("stream-writer-type", "local-member-id", "remote-peer-id")
_R = ("stream-reader-type", "local-member-id", "remote-peer-id")
_DROPPED = ("message-type", "local-member-id", "from", "remote-peer-id", "remote-peer-active")
# the kind of value of each zap field key (zap.String, zap.Error, zap.Strings ...)
_ZAP_KINDS = {
    "local-member-id": "member_id", "remote-peer-id": "member_id", "peer-id": "member_id",
    "from": "member_id", "to": "member_id", "unknown-target-peer-id": "member_id",
    "removed-remote-peer-id": "member_id", "updated-remote-peer-id": "member_id",
    "stream-writer-type": "stream_type", "stream-reader-type": "stream_type", "stream-type": "stream_type",
    "error": "etcd_error", "message-type": "raft_message_type", "type": "raft_message_type",
    "address": "stream_address", "remote-peer-urls": "peer_urls", "updated-remote-peer-urls": "peer_urls",
}


def _zap_kinds(msg: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    # zap.Bool("remote-peer-active", isActive()) is logged inside `if isActive()` / its `else`
    active = "json_false" if msg.startswith("dropped Raft") else "json_true"
    return tuple(active if k == "remote-peer-active" else _ZAP_KINDS[k] for k in keys)


_ETCD = [
    Event("etcd", source, msg, _zap_kinds(msg, keys), style="zap", keys=keys)
    for source, msg, keys in [
        (_STREAM, "started stream writer with remote peer", ("local-member-id", "remote-peer-id")),
        (_STREAM, "lost TCP streaming connection with remote peer", _W),
        (_STREAM, "set message encoder", ("from", "to", "stream-type")),
        (_STREAM, "closed TCP streaming connection with remote peer", _W),
        (_STREAM, "established TCP streaming connection with remote peer", _W),
        (_STREAM, "stopped TCP streaming connection with remote peer", ("stream-writer-type", "remote-peer-id")),
        (_STREAM, "failed to close connection with remote peer", ("remote-peer-id", "error")),
        (_STREAM, "started stream reader with remote peer", _R),
        (_STREAM, "established TCP streaming connection with remote peer", _R),
        (_STREAM, "lost TCP streaming connection with remote peer", (*_R, "error")),
        (_STREAM, "stopped stream reader with remote peer", _R),
        (_STREAM, "rate limit on stream reader with remote peer", (*_R, "error")),
        (_STREAM, "dropped internal Raft message since receiving buffer is full (overloaded network)", _DROPPED),
        (_STREAM, "dropped Raft message since receiving buffer is full (overloaded network)", _DROPPED),
        (_STREAM, "dial stream reader", ("from", "to", "address")),
        (_PEER_STATUS, "peer became active", ("peer-id",)),
        (_PEER_STATUS, "peer became inactive (message send to peer failed)", ("peer-id", "error")),
        (_PEER_STATUS, "peer deactivated again", ("peer-id", "error")),
        (_TRANSPORT, "ignored message send request; unknown remote peer target", ("type", "unknown-target-peer-id")),
        (_TRANSPORT, "added new remote peer", ("local-member-id", "remote-peer-id", "remote-peer-urls")),
        (_TRANSPORT, "added remote peer", ("local-member-id", "remote-peer-id", "remote-peer-urls")),
        (_TRANSPORT, "removed remote peer", ("local-member-id", "removed-remote-peer-id")),
        (_TRANSPORT, "skipped removing already removed peer", ("local-member-id", "removed-remote-peer-id")),
        (_TRANSPORT, "updated remote peer",
         ("local-member-id", "updated-remote-peer-id", "updated-remote-peer-urls")),
    ]
]

_CONN = "source/common/network/connection_impl.cc"
_ENVOY = [
    Event("envoy", _CONN, fmt, kinds, style="brace")
    for fmt, kinds in [
        # conn_log_debug / conn_log_trace: "[C{}] " + the format, the connection id first
        ("closing data_to_write={} type={}", ("bytes_small", "close_type")),
        ("closing socket: {}", ("close_event",)),
        ("readDisable: enabled={} disable={}", ("bool", "bool")),
        ("writing {} bytes", ("bytes_small",)),
        ("socket event: {}", ("file_events",)),
        ("raising immediate connect error", ()),
        ("read returns: {}", ("rc",)),
        ("read error: {}", ("errno_code",)),
        ("remote close", ()),
        ("write returns: {}", ("rc",)),
        ("write error: {}", ("errno_code",)),
        ("write ready", ()),
        ("connected", ()),
        ("delayed connection error: {}", ("errno_code",)),
        ("write flush complete", ()),
        ("connection in progress", ()),
        ("immediate connection error: {}", ("errno_code",)),
    ]
]

_READER = "rabbit_reader.erl"
_RABBITMQ = [
    Event("rabbitmq", _READER, fmt, kinds, style="erlang")
    for fmt, kinds in [
        ("accepting AMQP connection ~p (~s)~n", ("erl_pid", "amqp_conn")),
        ("closing AMQP connection ~p (~s, vhost: '~s', user: '~s')~n", ("erl_pid", "amqp_conn", "vhost", "amqp_user")),
        ("closing AMQP connection ~p (~s)~n", ("erl_pid", "amqp_conn")),
        ("closing AMQP connection ~p (~s):~nmissed heartbeats from client, timeout: ~ps~n",
         ("erl_pid", "amqp_conn", "heartbeat")),
        ("closing AMQP connection ~p (~s, vhost: '~s', user: '~s'):~nclient unexpectedly closed TCP connection~n",
         ("erl_pid", "amqp_conn", "vhost", "amqp_user")),
        ("closing AMQP connection ~p (~s):~nclient unexpectedly closed TCP connection~n", ("erl_pid", "amqp_conn")),
        ("closing AMQP connection ~p (~s):~nfailed to negotiate connection parameters: ~s~n",
         ("erl_pid", "amqp_conn", "tune_error")),
        ("closing AMQP connection ~p (~s):~n~p~n", ("erl_pid", "amqp_conn", "erl_exception")),
        ("Connection ~p (~s) has a client-provided name: ~s~n", ("erl_pid", "amqp_conn", "client_name")),
        ("Error on AMQP connection ~p (~s, vhost: '~s', user: '~s', state: ~p), channel ~p:error while "
         "terminating:~n~p~n", ("erl_pid", "amqp_conn", "vhost", "amqp_user", "conn_state", "channel", "erl_exit")),
        ("Error on AMQP connection ~p (~s, vhost: '~s', user: '~s', state: ~p), channel ~p:~n ~s~n",
         ("erl_pid", "amqp_conn", "vhost", "amqp_user", "conn_state", "channel", "hard_error")),
        ("Error on AMQP connection ~p (~s, state: ~p):~n~s~n", ("erl_pid", "amqp_conn", "starting", "login_refused")),
        ("Error on AMQP connection ~p (~s, user: '~s', state: ~p):~n~s~n",
         ("erl_pid", "amqp_conn", "amqp_user", "opening", "vhost_refused")),
    ]
]

_BGSYNC = "src/mongo/db/repl/bgsync.cpp"
_MONGODB = [
    Event("mongodb", _BGSYNC, fmt, kinds, style="logv2")
    for fmt, kinds in [
        ("Too stale to catch up.", ()),
        ("Our newest OpTime : {lastOpTimeFetched}", ("optime",)),
        ("Earliest OpTime available is {earliestOpTimeSeen} from {syncSource}", ("optime", "mongo_host")),
        ("Aborting catch-up failed with status: {status}", ("mongo_status",)),
        ("too stale to catch up -- entering maintenance mode", ()),
        ("Earliest OpTime available is {earliestOpTimeSeen}", ("optime",)),
        ("See http://dochub.mongodb.org/core/resyncingaverystalereplicasetmember", ()),
        ("Failed to transition into maintenance mode: {status}", ("mongo_status",)),
        ("Failed to transition into {state}. Current state: {currentState}{status}",
         ("recovering", "member_state", "caused_by")),
        ("Chose same sync source candidate as last time, {source}. Sleeping for {sleepMS}ms to avoid "
         "immediately choosing a new sync source for the same reason as last time.", ("mongo_host", "sleep_ms")),
        ("Changed sync source from {oldSource} to {source}", ("old_source", "mongo_host")),
        ("failed to find sync source, received error {status}", ("mongo_status",)),
        ("Could not find a sync source. Sleeping for {sleepMS}ms before trying again.", ("sleep_ms",)),
        ("No longer too stale. Able to sync from {source}", ("mongo_host",)),
        ("Failed to leave maintenance mode: {status}", ("mongo_status",)),
        ("scheduling fetcher to read remote oplog on {source} starting at {lastOpTimeFetched}",
         ("mongo_host", "optime")),
        ("unable to schedule fetcher to read remote oplog on {source}: {scheduleStatus}",
         ("mongo_host", "mongo_status")),
        ("fetcher stopped reading remote oplog on {source}", ("mongo_host",)),
        ("Replication producer stopped after oplog fetcher finished returning a batch from our sync "
         "source.  Abandoning this batch of oplog entries and re-evaluating our sync source.", ()),
        ("{fetcherReturnStatus}", ("fetcher_status",)),
        ("bgSyncHangAfterRunRollback failpoint is set.", ()),
        ("Fetcher got invalid BSON while querying oplog. Blacklisting sync source {source} for "
         "{blacklistDuration}.", ("mongo_host", "blacklist")),
        ("Fetcher stopped querying remote oplog with error: {fetcherReturnStatus}", ("fetcher_status",)),
        ("batch resetting _lastOpTimeFetched: {lastOpTimeFetched}", ("optime",)),
        ("Rollback situation detected in catch-up mode. Aborting catch-up mode.", ()),
        ("Starting rollback due to {fetcherReturnStatus}", ("fetcher_status",)),
    ]
]

#: Round 2's events, grouped by program in this order.
EVENTS: tuple[Event, ...] = (*_MYSQL, *_HAPROXY, *_ETCD, *_ENVOY, *_RABBITMQ, *_MONGODB)

#: Round 2's programs, in the order of :data:`EVENTS`.
PROGRAMS: tuple[str, ...] = tuple(dict.fromkeys(e.program for e in EVENTS))
