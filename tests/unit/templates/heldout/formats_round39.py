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
"""
