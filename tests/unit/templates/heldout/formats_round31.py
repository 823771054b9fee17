"""Round 31 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 30's list was
taken to its end (Fcitx 5 and Selenium Grid gave no entry), so nothing of it
is left; this further list is fixed here before any of it is looked at, in
this order: TigerBeetle, EventStoreDB, Neo4j, Plausible Analytics, Mastodon,
PostgREST, and after them, taken only if one of those gives no entry,
Temporal's server, then Harbor (a financial transactions database written in
Zig, an event-sourcing database written in C#, a graph database written in
Java, a web analytics server written in Elixir, a federated social network
server written in Ruby, a REST API server over PostgreSQL written in
Haskell, a durable workflow orchestration server and a container image
registry, both written in Go).  The list prefers servers and databases that
production teams run and ship the logs of, and languages the rounds have
used least (no round took a program written in Zig, C#, Elixir, Ruby or
Haskell).  No round 1 to 30 used one of them or one of their kinds, no word
of their names is in any round's docstring, test or corpus values (grep -i -w
over tests/unit/templates, detectors/templates and README.md finds none of
tigerbeetle, beetle, zig, accounting, eventstore, eventstoredb, kurrent,
'event store', 'event sourcing', projections, neo4j, cypher, graph, 'graph
database', plausible, elixir, phoenix, 'web analytics', mastodon,
activitypub, fediverse, social, ruby, rails, puma, postgrest, haskell,
temporal, harbor, 'container registry', nor does git log --all -i with word
bounds (its one 'ruby' is a language named in a secret rule's text, its one
'rest api' a provider's documentation); 'ledger' is a host name and test
values of the corpus and tests, no ledger database; 'analytics' a database's
name among the corpus values, no analytics server; 'workflow' Jenkins'
class name ``org.jenkinsci.plugins.workflow.job.WorkflowJob`` in the corpus
values, a build job's, no orchestration server's), and none is among
Loghub's 16 systems.  Thought of and left out before looking: Lighthouse and
any other blockchain client (round 20's bitcoind's kind, round 28's Core
Lightning), Sidekiq (named by a redact commit's message in git log --all),
Qdrant and Meilisearch (search engines, Elasticsearch's kind), Garage (an
object store, MinIO's kind), Pleroma (Mastodon's kind, one of them is
enough), Jellyfin (a media server, MiniDLNA's kind), Garnet (a cache,
Redis' kind), Apache Pulsar and Redpanda (Kafka's kind), Jaeger (named by
README).  The programs are taken in that order until six of them have a
picked file with logging statements: a program whose source the search
tools do not hold, or whose picked file holds no logging statement in what
the rule reads, gives no entry and the next program is taken, so the round
has six programs (fewer only if the list runs out, which is said here).
Within a program one file is picked by its name from the index's file list
before reading it (the first version the index gives), as rounds 19 to 30's
rule says: the file whose name says it manages the program's numbered
instances (devices, disks, leases, clients, hosts, interfaces, sessions,
users, channels, connections, readers, tasks, jobs, nodes, ports, modems,
paths, targets, printers, locks) where the list has one, else the main
daemon or engine file; where several names say instances, the first
instance word of that list that a name says, then the first such file in the
index's list; it is read from its start in pages of 16,000 characters until
15 logging statements are found or 32,000 characters are read, and the
first 15 statements in file order (all, where fewer) are the entries,
whatever their level.  No other file of a program is taken for its picked
file.  Nothing is picked or left out for being easy or hard.  Each
program's own prefix or context (what its logging code writes around the
message) is rendered as that code does, from the code read; what is not in
the code read is said, and only what was read is rendered.  No miner change
is made for them before they are measured; they are measured once with
main's miner (detectors/templates as at de25b25) and Drain3 (defaults)
beside it, at seeds 17, 1 and 2.

The files, picked by their names from the index's file lists before any was
read: TigerBeetle ``src/vsr/client_replies.zig`` in tigerbeetle/tigerbeetle
(its clients, the first instance word of the list the names of ``src/vsr/``
say: ``client.zig`` is the client's own side of the protocol, as tmux's
``client.c`` was, and ``client_replies.zig`` is before ``client_sessions.zig``
in the index's list; ``src/client.zig``, ``src/benchmark_client.zig`` and
``src/c/`` and ``src/clients/`` are the client libraries; what was listed:
all 42 of ``src/vsr/`` and the first 100 ``.zig`` files of ``src/``).
EventStoreDB ``src/EventStore.Core/Services/Transport/Tcp/
TcpConnectionManager.cs`` in EventStore/EventStore (its connections: no name
among the first 100 of ``src/EventStore.Core/Services/`` says an instance
word; in ``Transport/Tcp/`` (13 files) ``ClientTcpDispatcher.cs`` and
``ClientWriteTcpDispatcher.cs`` dispatch the client protocol's messages, no
client they number, and ``TcpConnectionManager.cs`` manages one connection
each, the server's numbered connections).  Neo4j
``community/bolt/src/main/java/org/neo4j/bolt/BoltChannel.java`` in
neo4j/neo4j (the Bolt server, the database's network front; among the first
100 of its 1,063 files ``BoltChannel.java`` says channels, before
``BoltConnectionDescriptor.java``'s connections in the list's order).
Plausible ``lib/plausible/auth/user_sessions.ex`` in plausible/analytics (its
sessions, the first instance word of the list the first 100 names of
``lib/`` say; ``user_session.ex`` is one session's schema), which holds no
logging statement (1,055 characters: two queries and a humanized time): no
entry.  Mastodon ``streaming/index.js`` in mastodon/mastodon (no name among
the first 100 of ``app/workers/`` or of ``app/lib/`` says an instance the
server numbers (``active_users_measure.rb`` and ``new_users_measure.rb``
count users for the dashboard); Puma and Sidekiq run its Rails code, and the
one daemon of its own is the streaming server, written in JavaScript, so the
program's picked file is not Ruby).  PostgREST ``src/PostgREST/Client.hs``
in PostgREST/postgrest (its clients, the one instance word the first 100
names of ``src/`` say), which holds no logging statement (4,329 characters:
the ``--ready`` probe's answers written to standard output and standard
error, no call of the server's logger, as Miniflux's command was): no entry.
Temporal ``service/matching/db_task_manager.go`` in temporalio/temporal (the
matching service, the one that holds task queues; among the first 100 of its
211 ``.go`` files the names that say clients, ``nexus_endpoint_client.go``
and ``nexus_incoming_service_client.go``, are its clients of other services,
``chasm_user_data_store.go`` stores a task queue's user data, no user, and
``db_task_reader.go`` reads tasks, no reader device; of the names that say
tasks, ``db_task_manager.go`` is the one that says it manages them).  Harbor
``src/core/main.go`` in goharbor/harbor (no name among the first 100 of
``src/jobservice/`` says an instance the service numbers: ``client/
client.go`` and ``hook/hook_client.go`` are its clients of other services,
and each ``job.go`` is one job's code; harbor-core's main file).
Plausible's and PostgREST's picked files held no logging statement, so the
list was taken to its end: six programs.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``tigerbeetle``         tigerbeetle/tigerbeetle ``src/vsr/              Zig ``std.log``
                        client_replies.zig`` (05faac3f; all 15,866      (scoped)
                        characters); 6 statements, 6 events
``eventstoredb``        EventStore/EventStore ``src/EventStore.Core/    C# Serilog
                        Services/Transport/Tcp/TcpConnectionManager.cs``
                        (025b2f72; all 21,671 characters); 10
                        statements, 10 events
``neo4j``               neo4j/neo4j ``community/bolt/src/main/java/     Java
                        org/neo4j/bolt/BoltChannel.java`` (1067b5be;    ``BoltMessageLogger``
                        all 2,561 characters); 2 statements, 2 events
``mastodon``            mastodon/mastodon ``streaming/index.js``        JavaScript pino
                        (00010282; characters 0-32,000 of 50,724: the
                        first 15 statements); 15 events
``temporal``            temporalio/temporal ``service/matching/         Go ``log.Logger``
                        db_task_manager.go`` (07141eb6; all 6,392       (zap) with tags
                        characters); 3 statements, 3 events
``harbor``              goharbor/harbor ``src/core/main.go``            Go ``lib/log``
                        (00189dcf; all 11,593 characters: the first
                        15 statements); 15 events
======================  ==============================================  ==================

A statement is a call of the program's logging function whose text is in
the file read, whatever its level.  Neo4j's ``messageLogger.serverEvent``
writes the Bolt message log (``bolt.log``), so its two calls are
statements.  Not statements: Mastodon's ``request.log.error({error: err},
err.message)``, ``request.log.error({...}, errorMessage)`` and
``req.log.error(ex)`` (no text in the file); Harbor's ``log.Error(err)``
(no text); EventStoreDB's ``SendBadRequestAndClose`` texts (a reply sent to
the peer; they reach the log as the reason of ``Closing connection ...
due to error``, and are that statement's values).

Rendering (what is stripped is the line's header, as Loghub's ``Content``):
no logging code was read (Zig's ``std.log`` default handler, Serilog's
sinks and EventStoreDB's output template, Neo4j's
``BoltMessageLoggerImpl``, Mastodon's ``logging.js``, Temporal's
``common/log``, Harbor's ``lib/log``), so each message is the text alone;
Zig's ``{}`` written as a printf conversion; JavaScript's ``${}`` as ``%s``;
Serilog's message template rendered as Serilog renders it (from memory, not
read: a string property in double quotes, so ``'{connectionName}'`` writes
``'"external-tcp"'``, an empty string ``""``; a Guid with ``:B`` in braces;
an end point, an enum, a number and an exception unquoted; an exception as
its type and message, the stack trace not written); Temporal's tags written
after the message as ``key=value`` (keys from memory: ``error``,
``task``), as round 30 wrote slog's attributes.  Written from memory, not
read: TigerBeetle's client ids and checksums (``u128`` printed in decimal);
EventStoreDB's connection names, end points, socket errors, client
connection names and versions, exception texts; Mastodon's account ids,
addresses, channel names (``REDIS_NAMESPACE`` unset: the prefix empty) and
the system events other than the file's ``kill`` and ``filters_changed``
(none written); Temporal's errors and tasks; Harbor's signals and errors.

First measurement (51 format strings from 51 statements; ``python -m
tests.unit.templates.heldout --round 31 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes,
with main's miner (detectors/templates as at de25b25)::

    GA at seeds 17 / 1 / 2   events  main (de25b25)       Drain3
    tigerbeetle                   6  1.000 1.000 1.000    0.734 0.435 0.375
    eventstoredb                 10  0.686 0.674 0.480    0.361 0.560 0.532
    neo4j                         2  1.000 1.000 1.000    1.000 1.000 1.000
    mastodon                     15  0.497 0.769 0.780    0.566 0.513 0.723
    temporal                      3  0.000 0.000 0.000    0.000 0.000 0.000
    harbor                       15  0.849 0.920 0.861    0.814 0.897 0.865
    mean                             0.672 0.727 0.687    0.579 0.568 0.582

Over the three seeds this miner is ahead of Drain3 (0.695 against 0.576):
ahead on TigerBeetle at every seed, on EventStoreDB at seeds 17 and 1, on
Harbor at seeds 17 and 1, on Mastodon at seeds 1 and 2; level on Neo4j and
Temporal.  Rounds 1 to 30 generate byte-identical corpora with round 31
added (sha256 of every program's messages and labels at seeds 17 / 1 / 2,
519 digests, worktree of de25b25 and this).

Mistakes (``--mistakes``, seed 17): Temporal's three events in 6, 6 and 19
templates (an unquoted error after ``error=`` ran on as words, and the
task's ``%+v``, ``{Data:{... WorkflowId:order-94302 ...} TaskId:...}``, kept
its word-led values); EventStoreDB's ``Connection '%s' (%s) to [%s] failed:
%s.`` in 8 (Serilog's quotes inside the template's, ``'"internal-normal"'``:
five such names, each seen often, a closed set to the miner, and the socket
errors after them split by name), ``Error identifying client: %s`` in 3
(.NET exceptions), ``... cleanly.%s`` in 2, ``... identified by client ...``
in 2; Harbor's ``failed to initialize cache: %v`` in 3, ``failed to get
database configuration: %v`` in 2, ``failed to migrate the database, error:
%v`` in 3 (Go errors, three reasons or fewer under each label) and ``capture
system signal %s`` in 3 (``terminated``, ``interrupt``, ``quit``); Mastodon's
``Error parsing message from %s`` (an address) and ``... from redis`` in one
template, ``System message for %s: %s`` in 2 (``kill``, ``filters_changed``).
TigerBeetle and Neo4j are grouped exactly at every seed.

Classes (d6a4ee6, one commit; each with a test in test_mistake_classes.py
that fails on de25b25's miner and a guard that passes on both):

(bl) a failure's reasons that are all Go error chains merge at
``error_family_size`` (``miner._chained_failure``, ``_error_chain``): under
a fixed sentence saying that something failed (no value or quoted name in
it), reasons that start with a word and hold a wrapped error (``dial tcp
<IP>: connect: connection refused``) or, after two words, a label followed
by words (``failed to get config from core: context deadline exceeded``)
are one statement's ``%v``; a plain reason under the same label still needs
``family_size``, and an error's qualified name stays an outcome's name (round
23's GDBus guard): Harbor's database configuration.
(bm) an unquoted error text after ``error=`` or ``err=`` that ends the
message is the key's value (``masking._KEYED_ERROR``), as a quoted one
is: Temporal's tags.
(bn) Go's ``%+v`` of a struct, ``{Name:value Name:{...}}``, its braces
balanced and every part a ``Name:value`` field: the fields' values are
``<*>``, a truth value kept as a field's state (``masking._go_structs``):
Temporal's task.
(bo) a string the logger quoted inside the quotes the format wrote around it
(``'"external-tcp"'``, Serilog's string properties; two side by side,
``'"a"":b"'``) is a value (``masking._DOUBLY_QUOTED``): EventStoreDB.

Tried and not kept: (bl) taking every reason once one of them was a chain
(and a value in the sentence allowed) lifted kubelet, Syncthing,
ModemManager, WeeWX and others (all 179 programs 0.8703 / 0.8673 / 0.8769 at
seeds 17 / 1 / 2), but split Consul's ``Syncing check %q failed. %s``
(1.000 -> 0.896 at seed 1: a family per check name) and merged Zabbix's
``cannot parse query fields: array is empty`` into the statement's ``%s``
at every seed (0.678 -> 0.653 at seed 17); with the sentence asked to be
fixed text, Consul's came back but Zabbix's did not.

Every program of rounds 1 to 31 at seeds 17, 1 and 2 (``--round all
--no-drain3``, worktree of a4a00d3 (de25b25's miner) -> d6a4ee6; the class
behind each move found by turning each off in turn)::

    GA at seeds 17 / 1 / 2        before                  after the four classes
    temporal (bm, bn)             0.000 0.000 0.000       1.000 1.000 1.000
    eventstoredb (bo)             0.686 0.674 0.480       0.849 0.812 0.839
    harbor (bl)                   0.849 0.920 0.861       0.893 0.942 0.906
    varnish (bl)                  0.570 0.694 0.750       0.598 0.751 0.906
    powerdns (bl)                 0.580 0.824 0.367       0.604 0.892 0.813
    zabbix (bl)                   0.678 0.762 0.671       0.678 0.762 0.659
    round 31                      0.672 0.727 0.687       0.873 0.920 0.921
    all 179 programs              0.8582 0.8559 0.8627    0.8653 0.8631 0.8739
    rounds 1 to 30 (173)          0.8647 0.8603 0.8688    0.8650 0.8611 0.8722

Zabbix's drop at seed 2: the two chained JSON reasons of ``cannot parse
query fields: %s`` now merge, and the template then takes the fixed
``cannot parse query fields: array is empty`` (another statement).  Nothing
else moved.  Speed, ``sightline bench templates`` on the stand-in corpus as
rounds 26, 28 and 30 measured it (the first program of each of rounds 11 to
26 at seed 1, 2,000 messages each, 32,000 lines; the same groupings in both
trees), CPU, A/B alternated (worktree of de25b25 / d6a4ee6), machine shared
with two leave-one-round-out runs (load average about 5.5 on 2 cores):
0.58/0.62, 0.61/0.62, 0.61/0.63 s; medians 0.61 / 0.62 s, within the runs'
spread.

Leave-one-round-out over rounds 1 to 31 (``python -m
tests.unit.templates.heldout.loo --jobs 1``), before the classes (worktree of
a4a00d3, de25b25's miner): 0.8542 held out (in-sample 0.8558); rounds 1 to
30's folds as in round 30's run; round 31's fold 0.695; every fold but round
27's chooses ``a = 0.2``, the default (round 27's ``a = 0.15``, 0.802, as
before); ``a = 0.2`` best on all rounds (0.8589; 0.5 with ``b = 0.75``
0.8580, 0.15's 0.8577).  After them (worktree of d6a4ee6): 0.8623 held out
(in-sample 0.8639); round 31's fold 0.695 -> 0.905 (its seed 1, 0.921, is
the printed 0.920 computed from unrounded figures), round 7's 0.831 ->
0.861 (PowerDNS), round 5's 0.902 -> 0.915 (Varnish), round 6's 0.864 at
three decimals (Zabbix's seed 2, 0.875 -> 0.873 for the round), every other
fold unchanged, and chosen as before; ``a = 0.2`` best on all rounds
(0.8674; 0.5 with ``b = 0.75`` 0.8664, 0.15's 0.8662).

Left: EventStoreDB's ``Error identifying client: %s`` (three .NET
exceptions: an error's qualified name is an outcome's name by round 23's
rule, and three are fewer than ``family_size``), its ``cleanly.%s`` (an empty
quoted string glued to the sentence's dot, or a reason of several words) and
``identified by client`` (the client's version, ``V1`` / ``V2``, a closed
set); Harbor's ``failed to initialize cache: %v`` and ``failed to migrate
the database, error: %v`` (a plain reason beside the chained ones:
``NOAUTH Authentication required.``, ``no change``) and its signal's names;
Mastodon's ``Error parsing message from redis`` in ``... from %s`` (an
address's slot that also takes the word) and its system events (``kill``,
``filters_changed``, a closed set); what rounds 28 to 30 left.

The floor test covers round 31 (mean >= 0.87, every program >= 0.45 at seed
17, set as rounds 26 to 30's: just below seed 17's 0.873 after the classes
and Mastodon's 0.497; 0.672 held out fails on de25b25's miner).

The round was built on branch t31 and cherry-picked onto main: 4a586cc (the rule) is 7775f03,
a4a00d3 (the measurement) is 56f3add, d6a4ee6 (classes bl-bo) is 22bd5b8, e947750 (the figures and
floor) is 97bf0c7, d9e5e68 (the leave-one-round-out figures) is 4d075be.
"""

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

# log.debug/warn of std.log.scoped(.client_replies) (std.log's default prefix not read): the text alone, Zig's
# {} as printf conversions; the replica index, client ids and checksums (u128, decimal)
_TIGERBEETLE = [
    Event("tigerbeetle", "src/vsr/client_replies.zig", fmt, kinds)
    for fmt, kinds in [
        ("%d: read_reply: busy (client=%s reply=%s)", ("tb_replica", "tb_client", "tb_checksum")),
        ("%d: read_reply: start (client=%s reply=%s)", ("tb_replica", "tb_client", "tb_checksum")),
        ("%d: read_reply: corrupt header (client=%s reply=%s)", ("tb_replica", "tb_client", "tb_checksum")),
        ("%d: read_reply: unexpected header (client=%s reply=%s found=%s)",
         ("tb_replica", "tb_client", "tb_checksum", "tb_checksum")),
        ("%d: read_reply: done (client=%s reply=%s)", ("tb_replica", "tb_client", "tb_checksum")),
        ("%d: write_reply: wrote (client=%s request=%d)", ("tb_replica", "tb_client", "tb_request")),
    ]
]

# Serilog Log.Information/Warning/Error/Debug/Verbose (sinks and output template not read): the rendered message
# alone, string properties in double quotes (the kinds give the quoted text), Guids with :B in braces
_EVENTSTOREDB = [
    Event("eventstoredb", "src/EventStore.Core/Services/Transport/Tcp/TcpConnectionManager.cs", fmt, kinds)
    for fmt, kinds in [
        ("Connection '%s' (%s) to [%s] established.", ("esd_name", "esd_guid", "esd_remote")),
        ("Connection '%s' (%s) to [%s] failed: %s.", ("esd_name", "esd_guid", "esd_remote", "esd_socket_error")),
        ("Connection '%s%s' [%s, %s] closed: %s.",
         ("esd_name", "esd_client_name", "esd_remote", "esd_guid", "esd_socket_error")),
        ("Unable to connect to Remote EndPoint : %s. Connection is potentially blocked. Total bytes sent: %d, "
         "Total bytes received: %d", ("esd_remote", "esd_bytes", "esd_bytes")),
        ("Connection '%s' (%s) identified by client. Client connection name: '%s', Client version: %s.",
         ("esd_name", "esd_guid", "esd_client_given", "esd_client_version")),
        ("Error identifying client: %s", ("esd_exception",)),
        ("Bad request received from '%s%s' [%s, L%s, %s]. CorrelationId: %s, Error: %s.",
         ("esd_name", "esd_client_name", "esd_remote", "esd_local", "esd_guid", "esd_guid", "esd_peer_reason")),
        ("Closing connection '%s%s' [%s, L%s, %s] due to error. Reason: %s",
         ("esd_name", "esd_client_name", "esd_remote", "esd_local", "esd_guid", "esd_close_error")),
        ("Closing connection '%s%s' [%s, L%s, %s] cleanly.%s",
         ("esd_name", "esd_client_name", "esd_remote", "esd_local", "esd_guid", "esd_stop_reason")),
        ("Connection '%s%s' [%s, %s] Proactive heartbeat request sent to the remote party since no data was sent "
         "during the last heartbeat interval.", ("esd_name", "esd_client_name", "esd_remote", "esd_guid")),
    ]
]

# messageLogger.serverEvent(...) (BoltMessageLoggerImpl not read: its line layout not written): the event alone
_NEO4J = [
    Event("neo4j", "community/bolt/src/main/java/org/neo4j/bolt/BoltChannel.java", fmt, ())
    for fmt in ["OPEN", "CLOSE"]
]

# pino logger.* / req.log.* (logging.js not read: pino's JSON fields not written): the msg alone; ${} as %s
_MASTODON = [
    Event("mastodon", "streaming/index.js", fmt, kinds)
    for fmt, kinds in [
        ("Redis Client Error!", ()),
        ("Error parsing message from user %s", ("mst_account",)),
        ("Error parsing message from %s", ("mst_address",)),
        ("Error parsing message from redis", ()),
        ("HTTP Upgrade Requested", ()),
        ("Authenticated request & upgraded to WebSocket connection", ()),
        ("New message on channel %s", ("mst_channel",)),
        ("Adding listener for %s", ("mst_channel",)),
        ("Subscribe %s", ("mst_channel",)),
        ("Error subscribing to %s", ("mst_channel",)),
        ("Removing listener for %s", ("mst_channel",)),
        ("Unsubscribe %s", ("mst_channel",)),
        ("Error unsubscribing to %s", ("mst_channel",)),
        ("Checking OAuth scopes for %s", ("mst_channel_name",)),
        ("System message for %s: %s", ("mst_account", "mst_event")),
    ]
]

# d.logger.Error(msg, tags...) (common/log not read): the message, then each tag as key=value (keys from memory)
_TEMPORAL = [
    Event("temporal", "service/matching/db_task_manager.go", fmt, kinds)
    for fmt, kinds in [
        ("dbTaskManager encountered error when fetching tasks error=%s", ("tmp_error",)),
        ("dbTaskManager unable to dispatch task task=%s error=%s", ("tmp_task", "tmp_error")),
        ("dbTaskManager encountered unknown error error=%s", ("tmp_error",)),
    ]
]

# log.Info/Infof/Fatalf (lib/log's time, level and caller prefix not read): the text alone
_HARBOR = [
    Event("harbor", "src/core/main.go", fmt, kinds)
    for fmt, kinds in [
        ("User id: %d updated its encrypted password successfully.", ("hb_user_id",)),
        ("User id: %d already has its encrypted password.", ("hb_user_id",)),
        ('capture system signal %s, to close "closing" channel', ("hb_signal",)),
        ("Goroutines exited normally", ()),
        ("all shutdown jobs done", ()),
        ("Timeout waiting goroutines to exit", ()),
        ("initializing cache ...", ()),
        ("failed to initialize cache: %v", ("hb_cache_error",)),
        ("initializing configurations...", ()),
        ("configurations initialization completed", ()),
        ("failed to get database configuration: %v", ("hb_config_error",)),
        ("failed to initialize database: %v", ("hb_db_error",)),
        ("failed to migrate the database, error: %v", ("hb_migrate_error",)),
        ("the database migrate success", ()),
        ("skip the database migrate", ()),
    ]
]

EVENTS: tuple[Event, ...] = (*_TIGERBEETLE, *_EVENTSTOREDB, *_NEO4J, *_MASTODON, *_TEMPORAL, *_HARBOR)
PROGRAMS: tuple[str, ...] = ("tigerbeetle", "eventstoredb", "neo4j", "mastodon", "temporal", "harbor")
