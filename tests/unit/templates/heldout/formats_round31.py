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
"""
