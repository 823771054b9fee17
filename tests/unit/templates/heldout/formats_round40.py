"""Round 40 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 39's list
ended at FastNetMon with polkit not reached; a new list of six is fixed
here before any of it is looked at, in this order: Open5GS, Parse Server,
Svix, privacyIDEA, Chaos Mesh, Rasa, and after them, taken only if one of
those gives no entry, Apicurio Registry, then srsRAN (skipped if Open5GS
gave an entry), then Cruise Control (a 4G/5G mobile core network (the
access and mobility, session management and user plane functions between
base stations and the operator's networks) written in C; a mobile and web
applications' backend server (objects, users, files, push and cloud code
behind one REST API) written in JavaScript; a webhook sending service
(queues events and delivers them to customers' HTTP endpoints, signing
and retrying) written in Rust; a multi-factor authentication server
(enrols and validates users' one-time password, hardware and push tokens)
written in Python; a chaos engineering platform whose daemon runs on every
node and injects faults (network delay and loss, process kills, disk and
clock faults) into containers, written in Go; a conversational assistant
server (understands users' messages and runs dialogue actions) written in
Python; a schema registry (stores and checks Avro, Protobuf and JSON
schemas of topics and APIs) written in Java; a 4G/5G radio access network
(the base station's software) written in C++; a Kafka cluster's
rebalancing and self-healing service written in Java).  The list prefers
servers, daemons and agents that production teams run and ship the logs
of, and the languages the rounds have used least, counted from the
rounds' docstrings ("written in", rounds 1 to 39, fallbacks included: C
10, Java 8, PHP 8, Ruby 5, Go 5, Rust 5, C++ 5, Perl 4, Elixir 4, C# 4,
Python 2, Zig, Scala, Kotlin, TypeScript and JavaScript one each): the six
are C, JavaScript, Rust, Python, Go and Python.  No Haskell, Clojure,
OCaml, Kotlin, Scala or TypeScript program is on the list: the ones thought
of are of kinds used or named (below), or logs production teams seldom
ship.

No round 1 to 39 used one of them or one of their kinds, and no word of
their names is in any round's docstring, test or corpus values: grep -i -w
over tests/unit/templates, detectors/templates and README.md finds none of
open5gs, 5g, 5gc, lte, epc, 'core network', 'mobile core', amf, upf, mme,
gnodeb, enodeb, 'parse server', parse-server, baas, 'mobile backend',
svix, 'webhook delivery', privacyidea, linotp, totp, 'two-factor',
'multi-factor', 'token server', 'chaos mesh', chaosd, chaos, 'chaos
engineering', 'fault injection', rasa, chatbot, dialogue,
conversational, apicurio, 'schema registry', srsran, 'radio access',
cruise, 'cruise control', cruise-control, rebalancer; nor does git log
--all -i with word bounds but 'chatbot', three redact commits' secret
rules' words, no program.  What the grep does find, none of it a program
of these kinds: 'smf', a Varnish storage name among the corpus values;
'mobile', ModemManager (round 22, a host's mobile broadband modem) and
libimobiledevice (usbmuxd's repository), where Open5GS is the operator's
core network the modems' base stations connect to; accel-ppp (round 34's
broadband access server, an ISP's subscriber sessions over PPPoE and
IPoE, which gave no entry) is its neighbour, not its kind, and FreeRADIUS
(round 7) is the AAA server such cores may ask; 'parse', an English word
of many files, no program; 'webhook' and 'webhooks', README's alert
forwarding (Sightline's own notifier) and a payment API's name among the
corpus values, no service that delivers them; Gotify and ntfy (push
notification servers named by round 29) send to phones, Svix to other
companies' HTTP endpoints; 'otp', Erlang/OTP's repository (round 22's
epmd) and a smart card reader's name in the corpus values, 'mfa' and
'2fa' OpenSMTPD's filter process and a hex number in a test, none an
authentication server; privacyIDEA's neighbours are Keycloak (round 5,
single sign-on, whose own OTP is one of its flows) and FreeRADIUS (which
may forward to it); 'rebalance', Kafka's consumer group setting in README
and a test word, no program.  Chaos Mesh's neighbours: none of the
rounds' kinds injects faults.  Rasa's: Ollama (round 30, serves language
models; Rasa classifies intents and runs a dialogue's actions).
Apicurio Registry's: Kafka (round 3), whose topics' schemas it keeps, so
it is after the six; srsRAN is Open5GS' neighbour (the radio side of the
same network), taken only if Open5GS gives no entry; Cruise Control is
Kafka's operations companion, last.  None is among Loghub's 16 systems.

Thought of and left out before looking: PostgREST and Hasura (round 31's
and round 38's), Metabase (left out by round 32), Qdrant (Elasticsearch's
kind, round 31), Argo CD and the GitHub Actions or GitLab runners
(delivery and CI, Jenkins' kind as rounds 35 and 37 read Keel and the
Actions runner), Cobbler and MAAS (provisioning, Foreman's kind, round
33), Mailman and listmonk (named by round 29; Sympa left out as its kind
by round 38), Falco and Wazuh (osquery's kind, round 34), Strapi and
Directus (content management, Drupal's kind, round 35; Directus also
PostgREST's), Saleor and Medusa (e-commerce, nopCommerce's kind, round
34), NodeBB (a forum, Discourse's and so Mastodon's kind, round 33),
BigBlueButton and LiveKit (media routers, Janus' kind, rounds 33 and 34),
Apache NiFi (left out by round 34 as Fluent Bit's neighbour), Confluent's
Schema Registry (Confluent is named by redact commits in git log --all;
Apicurio is taken for the kind), Grafana OnCall (Grafana named by README
and round 33), Zigbee2MQTT (named among round 4's corpus values),
Headscale and Nebula (VPN, OpenVPN's and strongSwan's kind), OpenFGA and
SpiceDB (authorization, Ranger's kind), cert-manager (certificates, step-
ca's and Certbot's kind), Velero and WAL-G (backups, Bacula's kind),
Orchestrator (MySQL failover, Patroni's kind), n8n (workflows, Temporal's
kind as round 32 read Airflow), Apache Superset (Metabase's kind),
firewalld (nftables' neighbour), Centrifugo (Gotify's neighbour).

The programs are taken in that order until six of them have a picked file
with logging statements: a program whose source the search tools do not
hold, or whose candidates hold no logging statement in what the rule reads,
gives no entry and the next program is taken, so the round has six
programs (fewer only if the list runs out, which is said here).  Within a
program the candidate files are picked by their names from the index's file
list before reading them, as rounds 37 to 39's rule says (``find_files``
with the repository and the program's language's ending, under its main
source folder; the first 100 names, the first version the index gives):
Open5GS (open5gs/open5gs, ``c`` under ``src/``), Parse Server
(parse-community/parse-server, ``js`` under ``src/``), Svix
(svix/svix-webhooks, ``rs`` under ``server/svix-server/src/``),
privacyIDEA (privacyidea/privacyidea, ``py`` under ``privacyidea/``),
Chaos Mesh (chaos-mesh/chaos-mesh, ``go`` under ``pkg/chaosdaemon/``, the
node daemon's package), Rasa (RasaHQ/rasa, ``py`` under ``rasa/``),
Apicurio Registry (Apicurio/apicurio-registry, ``java`` under
``app/src/main/java/``), srsRAN (srsran/srsRAN_Project, ``cpp`` under
``lib/``), Cruise Control (linkedin/cruise-control, ``java`` under
``cruise-control/src/main/java/``).  Where the index answers a folder's
listing with no names ("give a folder"), the folder of the program's main
file inside it is listed instead, as round 39 did (Open5GS: ``src/amf/``,
its 5G access and mobility function, whose ``app.c`` starts it).  First
the files whose own name (not their folders) holds one of the words
daemon, service, server, manager, handler, worker, listener, taken in that
order of words (the first word's files in the index's order, then the next
word's; a word inside a longer name counts); then the files whose names
say they manage the program's numbered instances (devices, disks, leases,
clients, hosts, interfaces, sessions, users, channels, connections,
readers, tasks, jobs, nodes, ports, modems, paths, targets, printers,
locks); then the main daemon or engine file.  Test files (a ``test`` or
``spec`` folder or name, ``.test.js`` included) are not candidates.  The
candidates are read one after another, each from its start in pages of
16,000 characters until 15 logging statements are found or 32,000
characters are read, until one holds a logging statement or five have
been read; the first that holds one is the program's picked file, and its
first 15 statements in file order (all, where fewer) are the entries,
whatever their level.  Output to stdout (Python's ``print``, Go's
``fmt.Print*``, JavaScript's ``console.log`` and ``console.info``) is not a
logging call, as round 39 read ``print`` and ``std::cout``; error output
(stderr: ``console.error``, ``console.warn``, ``eprintln!``) is.
What a file holds is not looked at beyond whether a logging statement is
in it.  No other file of a program is taken for its picked file.  Nothing
is picked or left out for being easy or hard.  Each program's own prefix
or context (what its logging code writes around the message) is rendered
as that code does, from the code read; what is not in the code read is
said, and only what was read is rendered.  No miner change is made for
them before they are measured; they are measured once with main's miner
(detectors/templates as at main bc7a697) and Drain3 (defaults) beside it,
at seeds 17, 1 and 2.

The files, by the rule (candidates in the rule's order, the versions the
index gave when read); every listing named files, none asked for a folder.
Open5GS (open5gs/open5gs, ``src/``): no name of the first 100 holds daemon,
service, server or manager; the first holding handler is
``src/aanf/naanf-handler.c`` (5c13f1d5; all 379 characters: 2 statements,
``ogs_info``).  Parse Server (parse-community/parse-server, ``src/``): no
name of the first 100 holds a long-running word; the instance words'
files, clients: ``src/Adapters/Auth/OAuth1Client.js``,
``Storage/Oracle/OracleClient.js``, ``Storage/Postgres/ClientCreator.js``
and ``PostgresClient.js`` hold none; then the main file
``src/ParseServer.js`` (006b5745, an early version; all 14,651
characters: 1 statement, ``console.error``).  Svix (svix/svix-webhooks,
``server/svix-server/src/``): no name holds daemon, service, server,
manager or handler; the one holding worker is ``worker.rs`` (00777609;
32,000 of 40,432 characters in two pages: 15 statements, tracing's
macros).  privacyIDEA (privacyidea/privacyidea, ``privacyidea/``): the
name holding service, ``api/serviceid.py``, then the three holding server,
``api/privacyideaserver.py``, ``radiusserver.py`` and ``smtpserver.py``
(Flask blueprints whose only logging is the ``@log_with(log)`` decorator,
whose text is in ``lib/log.py``, not read), hold none; then the instance
words' files, clients: ``api/clients.py`` (08866aec; all 20,572 characters
in two pages: 1 statement, ``log.warning``).  Chaos Mesh
(chaos-mesh/chaos-mesh, ``pkg/chaosdaemon/``): the three names holding
daemon, ``pb/chaosdaemon.go``, ``pb/chaosdaemon.pb.go`` and
``pb/chaosdaemon_grpc.pb.go`` (protoc's generated code), hold none in
32,000 characters each; the first holding server is
``blockchaos_server.go`` (19da2c27; all 2,873 characters: 7 statements,
logr's ``log.Error``).  Rasa (RasaHQ/rasa, ``rasa/``): no name of the
first 100 holds daemon or service; the first holding server is
``rasa/builder/copilot/mcp_server/server.py`` (1773897b; 32,000 of 32,141
characters in two pages: 3 statements, structlog).  Six programs: the
list's fallbacks (Apicurio Registry, srsRAN, Cruise Control) were not
reached.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``open5gs``             open5gs/open5gs ``src/aanf/naanf-handler.c``    C ``ogs_info``
                        (5c13f1d5); 2 statements, 2 events
``parse-server``        parse-community/parse-server                    JavaScript
                        ``src/ParseServer.js`` (006b5745); 1            ``console.error``
                        statement, 1 event
``svix``                svix/svix-webhooks ``server/svix-server/src/    Rust ``tracing``
                        worker.rs`` (00777609; 32,000 of 40,432
                        characters); 15 statements, 15 events
``privacyidea``         privacyidea/privacyidea ``privacyidea/api/      Python ``logging``
                        clients.py`` (08866aec); 1 statement, 1 event   (f-string)
``chaos-mesh``          chaos-mesh/chaos-mesh ``pkg/chaosdaemon/        Go logr
                        blockchaos_server.go`` (19da2c27); 7            (``key=value``
                        statements, 6 events                            after the message)
``rasa``                RasaHQ/rasa ``rasa/builder/copilot/mcp_server/  Python structlog
                        server.py`` (1773897b; 32,000 of 32,141         (event name, then
                        characters); 3 statements, 3 events             sorted ``key=value``)
======================  ==============================================  ==================

Rendering: the text alone where the header is written by code not read
(Open5GS' ogs-log, Parse Server's console, Svix's subscriber,
privacyIDEA's log configuration); Chaos Mesh's pairs and error after the
message as logr's text sinks write them (``key="value"``, from memory;
the daemon's logger set-up not read); Rasa's event name and its keys
sorted, as structlog's console renderer writes them without its header
(from memory; Rasa's structlog configuration not read).  Not counted:
Rasa's ``ctx.info`` (notifications sent to the MCP client, not the
server's log) and a fourth ``structlogger.error`` cut at 32,000
characters; privacyIDEA's audit entries (``g.audit_object.log``).
Written from memory, not read: Parse Server's ports; the configured header
values, Svix's error texts (``error.rs``), its ids and a destination's
status; privacyIDEA's policy action names and realm entries; Chaos Mesh's
volume paths, normalizeVolumeName's, the container runtime's and the
chaos driver's errors; Rasa's transports, hosts, ports and project
folders.

First measurement (28 format strings from 29 statements; ``python -m
tests.unit.templates.heldout --round 40 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes,
with main's miner (detectors/templates as at main bc7a697) and Drain3
(defaults)::

    GA at seeds 17 / 1 / 2   events  main (bc7a697)       Drain3
    open5gs                       2  1.000 1.000 1.000    0.000 0.000 0.000
    parse-server                  1  1.000 1.000 1.000    1.000 1.000 1.000
    svix                         15  0.801 0.768 0.888    0.597 0.476 0.378
    privacyidea                   1  0.000 0.000 0.000    0.000 0.000 0.000
    chaos-mesh                    6  1.000 1.000 1.000    0.000 0.000 0.000
    rasa                          3  1.000 1.000 1.000    1.000 1.000 1.000
    mean                             0.800 0.795 0.815    0.433 0.413 0.396

Over the three seeds this miner is ahead of Drain3 (0.803 against 0.414):
ahead on Open5GS, Svix and Chaos Mesh (Drain3 0.000 on Open5GS and Chaos
Mesh at every seed), level on the others.  Rounds
1 to 39 generate byte-identical corpora with round 40 added (sha256 of
every program's messages and labels at seeds 17 / 1 / 2, 660 digests,
worktree of bc7a697 and this).
Mistakes (``--mistakes``, seeds 17, 1 and 2): privacyIDEA's one statement,
split by the policy action's name (``remembered_device_list`` or
``_revoke``, one snake_case word after ``The``) and by the realm entries
before the sentence's full stop (one or two, ``old_staff.``, ``!realmb,
legacy.``, ``corp.*.``): four to six templates, none right; Svix's
``Invalid HeaderValue %s: %s``, one template per configured value (words
with letters outside ASCII, ``Grüße``, ``Bearer ✓ token``), its
``MessageDestination %s is not pending (it's %s).``, one per status
(``Success``, ``Fail``), and its ``%s`` statement (the whole line an
error's text, one template per text).  Open5GS, Parse Server, Chaos Mesh
and Rasa are grouped exactly at every seed.

Class (97f0a31; with a test in test_mistake_classes.py that fails on
bc7a697's miner and a guard that passes on both):

(cj) after ``Invalid`` (``Unknown``, ``Unsupported`` ...) and the kind's
name, a word ending in a colon that at least two plain words of a reason
follow is the value the message says was not valid, not a label naming
the kind of a value after it (``Invalid HeaderValue Grüße: failed to parse
header value``); a few of them merge at ``error_family_size`` as round 39's
(ci) words do (``miner._unknown_value``, ``_REASON_WORDS``).  A label's
colon before a value or before one word still names the kind (OpenOCD's
``Invalid target state: %d`` and ``event: %d`` stay two).  It moves no
figure: Svix's three one-word header values now share one template (242
of 288 messages at seed 17), but its ``Bearer ✓ token`` value (three
tokens, another length) stays apart, so the event is still split.

Every program of rounds 1 to 40 at seeds 17, 1 and 2 (each program's
grouping accuracy unrounded; before: worktree of fc74e7e, bc7a697's miner;
after: 97f0a31): all 226 programs 0.8665 / 0.8654 / 0.8748 before and
after, rounds 1 to 39's 220 0.8683 / 0.8673 / 0.8765 before and after;
no program's figure moved at any seed (678 figures compared exactly).  No
speed run: the class changes a test made only when two sibling templates
form a family, not the tokenizing or the per-message loop.

Leave-one-round-out over rounds 1 to 40 (``python -m
tests.unit.templates.heldout.loo --jobs 1``), before the class (worktree
of fc74e7e, bc7a697's miner): 0.8658 held out (in-sample 0.8670); rounds
1 to 39's folds as in round 39's run after its classes; round 40's fold
0.803; every fold but round 27's chooses ``a = 0.2``, the default (round
27's ``a = 0.15``, 0.802, as before); ``a = 0.2`` best on all rounds
(0.8689; 0.5 with ``b = 0.75`` 0.8681, 0.15's 0.8679).  After it (worktree
of 97f0a31): the same report, line for line (every setting's figure on
every round, every fold's choice and figure): 0.8658 held out, in-sample
0.8670.

Left: privacyIDEA's one statement (0.000 at every seed, Drain3 too: the
policy action's snake_case name, ``remembered_device_list`` or
``remembered_device_revoke``, two values seen often, and one or two realm
entries before the sentence's full stop, ``old_staff.``, ``!realmb,
legacy.``, names that are no plain words); Svix's header value of several
tokens, its destination's status in ``(it's Success).`` (a closed set of
two) and its ``%s`` statement (the whole line an error's text); and what
rounds 28 to 39 left (MLflow's client exception texts, ABRT's closed sets
of words after fixed text, FastNetMon's ``RPC failed %s``, bmcweb's one
text that is no errno text, Keylime's default answer, ulogd's one-token
``%s(%s)`` and dlopen's errors, Webmin's ident and Perl package names,
Watchman's si_code reasons, knockd's interface names and libpcap's
errors, Corda's VM line, Kismet's optional tail, Roundcube's console line,
Ranger's and Orleans' truth values after ``=``, osquery's RocksDB
statuses, BIRD's ``CLI connection dropped: %s``, MediaWiki's getaddrinfo
reason beside its socket errors).

The round was built on branch t40 from main's bc7a697: c4f3156 (the
rule), fc74e7e (the measurement), 97f0a31 (its class) and the commit
carrying these figures.

The floor test covers round 40 (mean >= 0.80, every program but
privacyIDEA >= 0.80 at seed 17, set as rounds 26 to 39's: just below
seed 17's 0.800, Svix lowest at 0.801; the class moved no figure, so
bc7a697's miner passes it too); privacyIDEA joins the programs without a
program floor (0.000 at every seed, Drain3 too).
"""

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

# ogs_info (lib/core's ogs-log, not read: the text alone)
_OPEN5GS = [
    Event("open5gs", "src/aanf/naanf-handler.c", fmt, kinds)
    for fmt, kinds in [
        ("AANF handler initialized", ()),
        ("AANF handler finalized", ()),
    ]
]

# console.error in the uncaughtException handler (stderr; the file's logger, ./logger, is not called in it)
_PARSE_SERVER = [
    Event("parse-server", "src/ParseServer.js", fmt, kinds)
    for fmt, kinds in [
        ("Unable to listen on port %d. The port is already in use.", ("ps_port",)),
    ]
]

# tracing's error!/info!/debug!/trace!/warn! (the subscriber set up in main.rs, not read: the text alone, the
# spans' fields not written); Rust's {} written as %s, {:?} of the destination's status as its variant name;
# the first 15 statements of 32,000 characters (a 16th, "Worker concurrent task limit: {}", not taken)
_SVIX = [
    Event("svix", "server/svix-server/src/worker.rs", fmt, kinds)
    for fmt, kinds in [
        ("Invalid HeaderValue %s: %s", ("sv_header_value", "sv_header_error")),
        ("Webhook success.", ()),
        ("Failed sending MessageAttemptRecovered Operational Webhook: %s", ("sv_error",)),
        ("Webhook failure.", ()),
        ("Manual retry failed", ()),
        ("Worker failure retrying for attempt %d: %s %s %s", ("sv_attempt", "sv_error", "sv_msgdest_id",
                                                               "sv_endp_id")),
        ("Failed sending MessageAttemptFailing Operational Webhook: %s", ("sv_error",)),
        ("Worker failure attempts exhausted: %s %s %s", ("sv_error", "sv_msgdest_id", "sv_endp_id")),
        ("Dispatch start", ()),
        ("MessageDestination %s is not pending (it's %s).", ("sv_msgdest_id", "sv_status")),
        ("%s", ("sv_task_error",)),
        ("Message payload is NULL; payload has most likely expired", ()),
        ("Application doesn't exist: %s", ("sv_app_id",)),
        ("No destinations for message. Returning", ()),
        ("Worker concurrent task limit: unlimited", ()),
    ]
]

# the module's logging.getLogger(__name__).warning, an f-string (privacyIDEA's log configuration, not read: the
# text alone); the @log_with(log) decorators and g.audit_object.log (the audit trail) are not statements of the
# file's text
_PRIVACYIDEA = [
    Event("privacyidea", "privacyidea/api/clients.py", fmt, kinds)
    for fmt, kinds in [
        ("The %s policies grant realms that do not resolve to a realm: %s. They are left out of the boundary, "
         "so this request acts on fewer realms than the policies describe.", ("pi_action", "pi_realms")),
    ]
]

# logr's log.Error(err, msg, keysAndValues...) (the logger set up for the daemon, not read: the message, then the
# statement's pairs and the error as key=value, strings quoted as Go quotes them, as logr's text sinks write them, from memory);
# "create chaos-driver client" is written by two statements (one event)
_CHAOS_MESH = [
    Event("chaos-mesh", "pkg/chaosdaemon/blockchaos_server.go", fmt, kinds)
    for fmt, kinds in [
        ('normalize volume name volumePath=%q error=%q', ("cm_volume_path", "cm_volume_error")),
        ('error while getting PID error=%q', ("cm_pid_error",)),
        ('create chaos-driver client error=%q', ("cm_driver_error",)),
        ('inject ioem limit error=%q', ("cm_ioctl_error",)),
        ('inject ioem delay error=%q', ("cm_ioctl_error",)),
        ('recover injection id=%d error=%q', ("cm_injection_id", "cm_ioctl_error")),
    ]
]

# structlog's structlogger.info (Rasa's structlog configuration, not read: the event name, then the keys sorted
# as key=value, strings bare and None as None, as structlog's console renderer writes them without its header,
# from memory); the MCP context's ctx.info (notifications sent to the MCP client) are not the server's log;
# a fourth statement, structlogger.error("mcp_server.server.star..."), is cut at 32,000 characters and not taken
_RASA = [
    Event("rasa", "rasa/builder/copilot/mcp_server/server.py", fmt, kinds)
    for fmt, kinds in [
        ("mcp_server.server.starting event_info=Starting MCP server host=%s port=%s project_folder=%s "
         "transport=%s", ("ra_start_host", "ra_start_port", "ra_folder", "ra_start_transport")),
        ("mcp_server.server.ready event_info=MCP server ready (stdio mode) transport=stdio", ()),
        ("mcp_server.server.ready event_info=MCP server ready (http mode) health_url=http://%s:%s/health host=%s "
         "port=%s transport=streamable-http url=http://%s:%s/mcp",
         ("ra_host", "ra_port", "ra_same_host", "ra_same_port", "ra_same_host", "ra_same_port")),
    ]
]

EVENTS: tuple[Event, ...] = (*_OPEN5GS, *_PARSE_SERVER, *_SVIX, *_PRIVACYIDEA, *_CHAOS_MESH, *_RASA)
PROGRAMS: tuple[str, ...] = ("open5gs", "parse-server", "svix", "privacyidea", "chaos-mesh", "rasa")
