"""Round 39 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 38's list
ended at Zincati with udisks skipped by its own condition and ModSecurity
not reached; a new list of six is fixed here before any of it is looked at,
in this order: bmcweb, ChirpStack, Rekor, Backstage, MLflow, ABRT, and
after them, taken only if one of those gives no entry, ModSecurity (round
38's one untaken fallback), then FastNetMon, then polkit (OpenBMC's web and
Redfish server, which a server's baseboard management controller runs to
answer remote power, sensor, event log and firmware requests, written in
C++; a LoRaWAN network server (gateways' uplinks, device joins, MAC
commands, downlink scheduling) written in Rust (chirpstack/chirpstack, its
version 4; if the index holds no file of it, brocaar/chirpstack-network-
server, its Go version 3, is read instead); Sigstore's transparency log
server (an append-only, Merkle-tree log of software signatures and
attestations that clients verify inclusion in) written in Go; a developer
portal's backend (a catalog of a company's services, their owners and
documentation, with scaffolding templates) written in TypeScript; a machine
learning experiment tracking and model registry server written in Python;
an automatic bug reporting daemon (collects programs' crashes, kernel oopses
and uncaught exceptions into problem directories and reports them) written
in C; a web application firewall engine written in C++; a DDoS detection
daemon (reads flows or mirrored traffic and announces blackhole routes)
written in C++; a local authorization daemon (decides whether an
unprivileged process may take a privileged action) written in C).  The list
prefers servers, daemons and agents that production teams run and ship the
logs of, and the languages the rounds have used least, counted from the
rounds' docstrings ("written in", rounds 1 to 38: C 9, Java 8, PHP 8, Ruby
6, Perl 4, Go 4, Elixir 4, C# 4, Rust 4, C++ 3, Zig, Scala, Python, Kotlin
and JavaScript one each): the six are C++, Rust, Go, TypeScript (none
before), Python and C.  No Haskell, OCaml, Lua, Kotlin or Scala program is
on the list: the ones thought of are of kinds used or named (below), or
logs production teams seldom ship.

No round 1 to 38 used one of them or one of their kinds, and no word of
their names is in any round's docstring, test or corpus values: grep -i -w
over tests/unit/templates, detectors/templates and README.md finds none of
bmcweb, openbmc, bmc, redfish, baseboard, ipmitool, chirpstack, lorawan,
lora, 'network server', 'gateway bridge', rekor, sigstore, trillian,
transparency, 'transparency log', merkle, backstage, 'developer portal',
'service catalog', 'software catalog', mlflow, 'experiment tracking',
'model registry', 'machine learning', abrt, abrtd, coredump, 'bug
reporting', 'crash reporting', fastnetmon, ddos, 'attack detection',
polkit, polkitd; nor does git log --all -i with word bounds.  What the grep
does find, none of it a program of these kinds: 'ipmi', an item type among
round 6's Zabbix values ("IPMI agent"); 'iot', ThingsBoard (an IoT
platform) and Azure IoT Edge's agent left out by rounds 34 and 36 (device
management and telemetry platforms and a container agent, where ChirpStack
runs the LoRaWAN radio network's MAC layer between gateways and
application servers); 'ledger', Bitcoin Core and rippled left out by round
34 as Corda's kind, TigerBeetle's words (round 31) and corpus values
(ledgers of transactions kept by consensus or a financial database, where
Rekor keeps one signed tree of artifacts' signatures, no transactions and
no consensus); 'catalog', round 35's Apache Atlas (a metadata and data
lineage catalog of a data platform's tables, where Backstage catalogs a
company's services and runs its developers' plugins) and a zone catalog in
a hand-made test line; 'crash', afl-fuzz's usage text (round 30) and
Watchman's crash handler (round 36, a program's own handler, where ABRT is
a host's collector of every program's crashes; rasdaemon (round 24) and
mcelog (left out by round 34) read hardware errors); 'authorization',
README's ingest settings and corpus values (Apache Ranger, round 34,
decides Hadoop services' data access, polkit a host's privileged actions:
a neighbour, so polkit is last); 'modsecurity', 'waf' and 'coraza', round
38's own list.  FastNetMon's neighbours are pmacct (round 33, flow
accounting) and Suricata (round 8, an IDS): it is second to last.  None is
among Loghub's 16 systems (ModSecurity runs inside Apache httpd or nginx,
Loghub's Apache being httpd's own error log).

Thought of and left out before looking: Jaeger (named by README), Home
Assistant (named by round 30), Canvas LMS (round 34's), gvmd (round 28's),
Discourse and Sidekiq (named by rounds 33 and 36 and git log), Trino (left
out by round 33 as Spark's kind), Debezium (named by round 32), Rundeck and
Dkron (named by rounds 33 and 34), NetworkManager and gpsd (round 19's
list), Jitsi Videobridge (left out by round 34), Celery (a task queue's
workers, beanstalkd's kind), Synapse and Zulip (chat servers, Prosody's
kind), Sourcegraph (code search, Elasticsearch's neighbour), Certbot (an
ACME client, the ACME part of Caddy and Traefik), tuned (irqbalance's and
thermald's neighbour), setroubleshootd (auditd's neighbour), SPIRE
(workload attestation, Keylime's kind), Mender and Eclipse hawkBit
(over-the-air updates, NervesHub's kind), Kong and Apache APISIX (gateways,
Envoy's kind), Tezos' node and Cardano's node (ledger nodes, Corda's
kind), TheHive (MISP's neighbour), Flow's and Hack's type-checking servers
(clangd's kind), Tolgee and Weblate (translation servers: logs production
teams seldom ship).

The programs are taken in that order until six of them have a picked file
with logging statements: a program whose source the search tools do not
hold, or whose candidates hold no logging statement in what the rule reads,
gives no entry and the next program is taken, so the round has six
programs (fewer only if the list runs out, which is said here).  Within a
program the candidate files are picked by their names from the index's file
list before reading them, as rounds 37 and 38's rule says (``find_files``
with the repository and the program's language's ending, under its main
source folder where it has one; the first 100 names, the first version the
index gives; the endings: bmcweb ``pp`` (its ``.cpp`` and ``.hpp``),
ChirpStack ``rs``, Rekor ``go``, Backstage ``ts``, MLflow ``py``, ABRT ``c``,
ModSecurity ``cc``, FastNetMon ``cpp``, polkit ``c``): first the files whose
own name (not their folders) holds one of the words daemon, service,
server, manager, handler, worker, listener, taken in that order of words
(the first word's files in the index's order, then the next word's); then
the files whose names say they manage the program's numbered instances
(devices, disks, leases, clients, hosts, interfaces, sessions, users,
channels, connections, readers, tasks, jobs, nodes, ports, modems, paths,
targets, printers, locks); then the main daemon or engine file.  Test files
(a ``test`` or ``spec`` folder or name, ``.test.ts`` included) are not
candidates.  The candidates are read one after another, each from its
start in pages of 16,000 characters until 15 logging statements are found
or 32,000 characters are read, until one holds a logging statement or five
have been read; the first that holds one is the program's picked file, and
its first 15 statements in file order (all, where fewer) are the entries,
whatever their level.  What a file holds is not looked at beyond whether a
logging statement is in it.  No other file of a program is taken for its
picked file.  Nothing is picked or left out for being easy or hard.  Each
program's own prefix or context (what its logging code writes around the
message) is rendered as that code does, from the code read; what is not in
the code read is said, and only what was read is rendered.  No miner change
is made for them before they are measured; they are measured once with
main's miner (detectors/templates as at main eee1ce5) and Drain3 (defaults)
beside it, at seeds 17, 1 and 2.

The files, by the rule (candidates in the rule's order, the versions the
index gave when read).  Three points were settled before any file of the
program concerned was read, none of them for what a file holds: the index
answers ``find_files`` over a whole large repository with no names
(bmcweb's ``pp``, ``cpp`` and ``hpp`` endings, Backstage's ``ts``: "give a
folder"), so for those two the main source folder is the folder of the
program's main file (bmcweb's ``src/``, which holds ``webserver_main.cpp``;
Backstage's ``packages/backend/src/``, its backend's ``index.ts``) and all
its ``.cpp``/``.hpp`` (``.ts``) names are listed; a word inside a longer
name counts (``webserver_cli.cpp`` holds server, ``joinserver.rs`` server,
``azure_service_bus.rs`` service), as rounds 36 to 38 read names; and
output to stdout (Python's ``print``, C++'s ``std::cout``) is not a logging
or error-output call, as round 38 did not count ulogd's ``printf``, while
``std::cerr`` is (``fprintf(stderr)``'s kind).

bmcweb (openbmc/bmcweb, ``src/``): no name holds daemon or service; the
first holding server is ``src/webserver_cli.cpp`` (014f3478; all 2,590
characters: 2 statements).  ChirpStack (chirpstack/chirpstack,
``chirpstack/src/``): no name of the first 100 holds daemon; the first
holding service is ``chirpstack/src/integration/azure_service_bus.rs``
(32a9aadb; all 16,035 characters in two pages: 2 statements, tracing's
macros).  Rekor (sigstore/rekor, ``pkg/``): no name holds daemon or
service; the first holding server is ``pkg/api/server.go`` (4a92e737, an
early version of projectrekor's; all 1,651 characters: 4 statements).
Backstage (backstage/backstage, ``packages/backend/src/``): no name holds
a long-running word; the instance words' files, users:
``plugins/userprofilesgithub.ts`` and ``userprofilesgithubreadme.ts`` (a
router's factory each) hold none, then the main file ``index.ts`` (the
backend's plugin list) none: no entry.  MLflow (mlflow/mlflow,
``mlflow/``): no name of the first 100 holds a long-running word; the
instance words' files, clients first: ``mlflow/async/client.py`` (a script
whose only output is ``print``) holds none, then sessions:
``mlflow/_assertions/session.py`` (178b49c0; all 8,674 characters: 7
statements, ``logging``).  ABRT (abrt/abrt, ``src/``): the names holding
daemon, ``src/lib/daemon.c`` and ``daemon_is_ok.c``, hold none; the first
holding service is ``src/dbus/abrt_problems2_service.c`` (018dcae7; the
first 16,000 of 87,791 characters: 15 statements).  ModSecurity
(owasp-modsecurity/ModSecurity, ``src/``): no name of the first 100 holds
a long-running or an instance word; the main engine file
``src/modsecurity.cc`` holds none: no entry.  FastNetMon
(pavel-odintsov/fastnetmon, ``src/``): the one name holding server,
``src/api_server.cpp``, writes only to ``std::cout`` (none by the point
above); then the instance words' files, clients first:
``src/api_client.cpp`` (043e8dd5; all 4,136 characters: 7 statements,
``std::cerr``).  polkit not reached: six programs, the list's last at
FastNetMon.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``bmcweb``              openbmc/bmcweb ``src/webserver_cli.cpp``        C++ ``BMCWEB_LOG_*``
                        (014f3478); 2 statements, 2 events              (std::format)
``chirpstack``          chirpstack/chirpstack ``chirpstack/src/         Rust ``tracing``
                        integration/azure_service_bus.rs`` (32a9aadb);  (fields after the
                        2 statements, 2 events                          message)
``rekor``               sigstore/rekor ``pkg/api/server.go``            Go zap (sugared)
                        (4a92e737); 4 statements, 4 events
``mlflow``              mlflow/mlflow ``mlflow/_assertions/             Python ``logging``
                        session.py`` (178b49c0); 7 statements, 7
                        events
``abrt``                abrt/abrt ``src/dbus/abrt_problems2_            C libreport
                        service.c`` (018dcae7; the first 16,000 of      (``log_*``,
                        87,791 characters); 15 statements, 14 events    ``error_msg``)
``fastnetmon``          pavel-odintsov/fastnetmon ``src/api_client.     C++ ``std::cerr``
                        cpp`` (043e8dd5); 7 statements, 5 events
======================  ==============================================  ==================

Rendering: the text alone where the header is written by code not read
(bmcweb's logging.hpp, ChirpStack's subscriber, Rekor's ``pkg/log``,
MLflow's handler, libreport's logger), statements' own fields written
after the message as ``key=value`` (ChirpStack, as tracing-subscriber's
fmt layer does, from memory).  ABRT's ``log()`` inside ``#if 0`` is
compiled out and not counted, nor are ``g_prefix_error`` and
``g_set_error`` (errors handed to the D-Bus caller, not written).
FastNetMon's ``"RPC failed " + message`` has no ``std::endl``; it is
written as a line of its own.  Rekor's ``Info("Shutting down server...
Reason:", sig)`` is ``fmt.Sprint``: no space before the signal, whose one
value is ``interrupt`` (the only signal it waits for).  Written from
memory, not read: boost's ``error_code::what()`` texts of D-Bus call errors
(bmcweb), DevEUIs and the integration's event types (ChirpStack), the
server's address (Rekor), the tracking client's exception texts, scorer
and test names and run ids (MLflow), Problems2's object paths,
interfaces, signals, GVariant texts, GLib's errors and callers' uids
(ABRT), gRPC's status messages (FastNetMon).

First measurement (34 format strings from 37 statements; ``python -m
tests.unit.templates.heldout --round 39 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes,
with main's miner (detectors/templates as at main eee1ce5) and Drain3
(defaults)::

    GA at seeds 17 / 1 / 2   events  main (eee1ce5)       Drain3
    bmcweb                        2  0.325 0.323 0.700    0.325 0.323 0.700
    chirpstack                    2  1.000 1.000 1.000    1.000 1.000 1.000
    rekor                         4  1.000 1.000 1.000    1.000 1.000 1.000
    mlflow                        7  0.000 0.000 0.000    0.000 0.000 0.000
    abrt                         14  0.516 0.539 0.316    0.843 0.568 0.570
    fastnetmon                    5  0.919 0.529 0.923    0.919 0.529 0.923
    mean                             0.627 0.565 0.657    0.681 0.570 0.699

Over the three seeds this miner is behind Drain3 (0.616 against 0.650):
behind on ABRT at every seed, level on the others.  Rounds 1 to 38 generate
byte-identical corpora with round 39 added (sha256 of every program's
messages and labels at seeds 17 / 1 / 2, 642 digests, worktree of eee1ce5
and this).
Mistakes (``--mistakes``, seeds 17, 1 and 2): bmcweb's ``SetLogLevel
returned error with %s``, one template per error text (``Connection timed
out [system:110]``: an errno text, then the error_code's category and
value in brackets); MLflow's seven statements, each one template per
exception text (a tracking client's error after ``: ``: an HTTP status
line with its response body, urllib3's retry text, an ``ERROR_CODE: ...``
message), and its three ``Failed to log ...: %s`` merged with one another
(a metric's name, ``pass_rate.<scorer>``, ``pass_count``,
``repeat_pass_rate.<test>``, in one place); ABRT's one-word values after
a fixed phrase split by the word (``Unsupported property Status``,
``Problems2.Sessions method : Authorize``, ``BUG: ... does not have
method: Cancel``, ``Emitting signal 'Crash' : (...)``, ``Failed to emit
signal '%s': %s`` one template per signal and error); FastNetMon's ``RPC
failed %s``, one template per gRPC message (``failed to connect to all
addresses``, ``Connect Failed``).  ChirpStack and Rekor are grouped exactly
at every seed.

Classes (77d6384; with tests in test_mistake_classes.py that fail on
eee1ce5's miner and guards that pass on both):

(ch) a C library error text ending the message after a word saying that
something went wrong (``error`` joins ``cant``, ``cannot``, ``failed``,
``unable``), its number in brackets after it or not (``returned error
with Connection timed out [system:110]``, as boost's
``error_code::what()`` writes it; ``Broken pipe (32)``), is one
statement's reason and merges at ``error_family_size``, as ``cant read
Connection refused`` did (``miner._errno_ending``, ``_ERRNO_CODE``;
bmcweb).  bmcweb's ``Unknown method or interface [system:53]`` is no
errno text: it stays apart at seed 17 (93 messages) and joins the
family's template at seeds 1 and 2.

(ci) the word a message says it did not know or support
(``_names_unknown``: ``Unsupported property Status``), when it ends the
message or plain words follow it, merges at ``error_family_size`` as a
code's name after ``status code`` does, where before it needed
``family_size`` words (``miner._unknown_value``; ABRT).  A word followed by
a value or ending in a colon names the kind of a value and stays (``Invalid
message version %d`` beside ``Invalid message type %d``): a first version
without that condition merged round 38's MUNGE (1.000 -> 0.000 at every
seed), round 28's OpenOCD (``Invalid target state: %d`` / ``event: %d``,
1.000 -> 0.891 / 0.948 / 0.740) and round 23's clamd (``Invalid command
dispatched: %d`` / ``dispatch: %d``, 1.000 -> 0.923 / 0.955 / 0.638 at seeds
17 / 1 / 2); it was not kept.  ``test_miner.py``'s merged-ids test fed
``Invalid user <name> from <ip>``, which now merges at its second message:
its lines say ``Session opened for user ...`` and merge at ``family_size`` as
before.

Every program of rounds 1 to 39 at seeds 17, 1 and 2 (each program's
grouping accuracy unrounded, as the CLI computes it; before: worktree of
6931348, eee1ce5's miner; after: 77d6384)::

    GA at seeds 17 / 1 / 2        before                  after (ch), (ci)
    bmcweb (ch)                   0.325 0.323 0.700       0.325 1.000 1.000
    abrt (ci)                     0.516 0.539 0.316       0.551 0.565 0.413
    fail2ban (ci)                 0.744 0.394 0.639       0.817 0.417 0.657
    pacemaker (ci)                0.602 0.884 0.829       0.602 0.884 0.933
    upsd (ci)                     0.908 0.943 0.783       0.908 0.943 0.806
    round 39                      0.627 0.565 0.657       0.632 0.682 0.723
    all 220 programs              0.8678 0.8640 0.8740    0.8683 0.8673 0.8765
    rounds 1 to 38 (214)          0.8745 0.8724 0.8801    0.8749 0.8725 0.8808

Nothing else moved: Fail2ban's ``Unknown backend %s. Must be among ...``,
Pacemaker's ``Invalid user (%s) for %s: not found`` and NUT upsd's
``Unrecognized user setting %s`` merge their few names by (ci).  Speed,
``sightline bench templates --no-drain3`` (``python -m pipeline.cli``) on
the stand-in corpus as rounds 26 to 38 measured it (the first program of
each of rounds 11 to 26 at seed 1, 2,000 messages each, 32,000 lines), CPU,
A/B alternated (worktree of 6931348 / 77d6384), three pairs: 0.69/0.70,
0.65/0.67, 0.72/0.68 s; medians 0.69 / 0.68 s, load about 2.5 to 3.5 on 2
cores; the same ids in both trees but Fail2ban's (merged by (ci)).

Leave-one-round-out over rounds 1 to 39 (``python -m
tests.unit.templates.heldout.loo --jobs 1``), before the classes (worktree
of 6931348, eee1ce5's miner): 0.8654 held out (in-sample 0.8666); rounds 1
to 38's folds as in round 38's run after its classes; round 39's fold
0.616; every fold but round 27's chooses ``a = 0.2``, the default (round
27's ``a = 0.15``, 0.802, as before); ``a = 0.2`` best on all rounds
(0.8686; 0.5 with ``b = 0.75`` 0.8678, 0.15's 0.8676).  After them
(worktree of 77d6384): 0.8674 held out (in-sample 0.8686); round 39's
fold 0.616 -> 0.679, round 12's 0.820 -> 0.826, round 15's 0.802 -> 0.810,
round 17's 0.948 -> 0.950 (Pacemaker, Fail2ban, NUT upsd), every other
fold unchanged and chosen as before; ``a = 0.2`` best on all rounds
(0.8707; 0.5 with ``b = 0.75`` 0.8699, 0.15's 0.8697).

Left: MLflow's seven statements (its tracking client's exception texts,
an HTTP status line with its response body, urllib3's retry text or an
``ERROR_CODE: ...`` message, share no label and no shape after the
statement's own; four reasons are fewer than ``family_size``, and a plain
reason may be a fixed outcome; the three ``Failed to log ...`` statements
are one shape once the metric's dotted name is a value: 0.000 at every
seed, Drain3 too); ABRT's closed sets of words after fixed text (the
Session interface's four methods, signal names in quotes beside GLib's
three error texts, ``does not have method: %s``); FastNetMon's ``RPC
failed %s`` (gRPC's messages right after ``failed``, no label); bmcweb's
one text that is no errno text; and what rounds 28 to 38 left (Keylime's
default answer, ulogd's one-token ``%s(%s)`` and dlopen's errors, Webmin's
ident and Perl package names, Watchman's si_code reasons, knockd's
interface names and libpcap's errors, Corda's VM line, Kismet's optional
tail, Roundcube's console line, Ranger's and Orleans' truth values after
``=``, osquery's RocksDB statuses, BIRD's ``CLI connection dropped: %s``,
MediaWiki's getaddrinfo reason beside its socket errors).

The round was built on branch t39 from main's eee1ce5: f1f24ca (the
rule), 6931348 (the measurement), 77d6384 (its classes) and the commit
carrying these figures.

The floor test covers round 39 (mean >= 0.63, every program but MLflow >=
0.32 at seed 17, set as rounds 26 to 38's: just below seed 17's 0.632
after the classes, bmcweb lowest at 0.325; 0.627 held out fails on
eee1ce5's miner); MLflow joins the programs without a program floor
(0.000 at every seed, Drain3 too).
"""

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

# BMCWEB_LOG_ERROR/BMCWEB_LOG_INFO (logging.hpp not read: the text alone); std::format's {} written as %s, the
# error_code as boost_formatters.hpp writes it (not read: boost's what(), from memory)
_BMCWEB = [
    Event("bmcweb", "src/webserver_cli.cpp", fmt, kinds)
    for fmt, kinds in [
        ("SetLogLevel returned error with %s", ("bm_ec",)),
        ("logging level changed to: %s", ("bm_level",)),
    ]
]

# tracing's trace!/info! (the subscriber set up in main.rs, not read: the message, then the statement's fields
# after it as key=value, as tracing-subscriber's fmt layer writes them, from memory; Display's % writes the value
# bare)
_CHIRPSTACK = [
    Event("chirpstack", "chirpstack/src/integration/azure_service_bus.rs", fmt, kinds)
    for fmt, kinds in [
        ("Initializing Azure Service-Bus integration", ()),
        ("Publishing event event=%s dev_eui=%s", ("cp_event", "cp_dev_eui")),
    ]
]

# log.Logger.Info/Infof (pkg/log not read: the text alone); Info("...Reason:", sig) is fmt.Sprint, which puts no
# space between a string and the signal
_REKOR = [
    Event("rekor", "pkg/api/server.go", fmt, kinds)
    for fmt, kinds in [
        ("Starting server...", ()),
        ("Listening on %s", ("sg_addr",)),
        ("Shutting down server... Reason:%s", ("sg_signal",)),
        ("Server gracefully stopped", ()),
    ]
]

# the module's logging.getLogger(__name__).warning (MLflow's handler and format, not read: the text alone)
_MLFLOW = [
    Event("mlflow", "mlflow/_assertions/session.py", fmt, kinds)
    for fmt, kinds in [
        ("mlflow.assertions: could not check active run: %s", ("mf_error",)),
        ("mlflow.assertions: could not tag active run: %s", ("mf_error",)),
        ("mlflow.assertions: could not start regression-test run: %s", ("mf_error",)),
        ("Failed to log pass_rate.%s: %s", ("mf_scorer", "mf_error")),
        ("Failed to log %s: %s", ("mf_count_key", "mf_error")),
        ("Failed to log repeat_pass_rate.%s: %s", ("mf_case", "mf_error")),
        ("Failed to end run %s: %s", ("mf_run_id", "mf_error")),
    ]
]

# libreport's log_info/log_debug/log_warning/error_msg (not read: the text alone); the #if 0 debugging function's
# log() is compiled out and not counted, nor are g_prefix_error/g_set_error (errors handed to the caller); the
# first 15 statements of the first page, two of them "Unsupported interface %s" (one event)
_ABRT = [
    Event("abrt", "src/dbus/abrt_problems2_service.c", fmt, kinds)
    for fmt, kinds in [
        ("Failed to parse XML interface file: %s", ("ar_gerror",)),
        ("Unregistering object: %s", ("ar_path",)),
        ("Emitting signal '%s' : (%s)", ("ar_member", "ar_variant")),
        ("Failed to emit signal '%s': %s", ("ar_member", "ar_send_error")),
        ("Registering PATH %s iface %s", ("ar_path", "ar_iface")),
        ("Registered object: %d", ("ar_regid",)),
        ("Problems2.Sessions method : %s", ("ar_method",)),
        ("Unsupported interface %s", ("ar_bad_iface",)),
        ("Could not remove Session Token because it was already gone.", ()),
        ("BUG: org.freedesktop.Problems2.Session does not have method: %s", ("ar_bad_method",)),
        ("Problems2.Sessions get property : %s", ("ar_property",)),
        ("Unsupported property %s", ("ar_bad_property",)),
        ("BUG: destructing session object for user who does not have session opened", ()),
        ("User %lu reached the limit of opened sessions (%d)", ("ar_uid", "ar_clients_limit")),
    ]
]

# std::cerr (error output; std::cout of the ban list, to stdout, not counted); "RPC failed " + the status'
# message is written without std::endl (the next write would follow on its line: written as a line of its own);
# two statements each of the timeout and RPC texts, one event each
_FASTNETMON = [
    Event("fastnetmon", "src/api_client.cpp", fmt, kinds)
    for fmt, kinds in [
        ("Could not connect to API server. Timeout exceed", ()),
        ("RPC failed %s", ("fm_rpc_error",)),
        ("Please provide request", ()),
        ("Please provide IP for action", ()),
        ("Unknown command", ()),
    ]
]

EVENTS: tuple[Event, ...] = (*_BMCWEB, *_CHIRPSTACK, *_REKOR, *_MLFLOW, *_ABRT, *_FASTNETMON)
PROGRAMS: tuple[str, ...] = ("bmcweb", "chirpstack", "rekor", "mlflow", "abrt", "fastnetmon")
