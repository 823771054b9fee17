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
"""
