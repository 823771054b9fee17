"""Round 33 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 32's list
gave six entries before its fallbacks (Grafana Pyroscope and Dkron were not
taken, and are left untaken: Dkron's kind is named as a scheduler left last,
Pyroscope's as a profiling server); a further list is fixed here before any
of it is looked at, in this order: osquery, Graylog, Microsoft Orleans,
MediaWiki, pmacct, Foreman, and after them, taken only if one of those gives
no entry, Apache Seata, then beanstalkd (an endpoint instrumentation agent
written in C++, a log management server written in Java, a virtual actor
runtime written in C#, a wiki engine written in PHP, a network flow
accounting daemon written in C, a server lifecycle and provisioning manager
written in Ruby, a distributed transaction coordinator written in Java and a
work queue server written in C).  The list prefers agents, servers and
daemons that production teams run and ship the logs of, and languages the
rounds have used least: no round took a program written in PHP or Ruby
(round 31's Mastodon gave its JavaScript streaming server), one took C#
(round 31's EventStoreDB).

No round 1 to 32 used one of them or one of their kinds, and no word of
their names is in any round's docstring, test or corpus values: grep -i -w
over tests/unit/templates, detectors/templates and README.md finds none of
osquery, osqueryd, 'endpoint agent', graylog, gelf, 'log management',
orleans, silo, grain, actor, 'virtual actor', mediawiki, wikipedia,
wikimedia, pmacct, nfacctd, sfacctd, pmacctd, ipfix, sflow, 'flow
accounting', foreman, 'smart proxy', smart-proxy, provisioning, seata,
'distributed transaction', 'transaction coordinator', beanstalkd,
beanstalk, 'work queue', 'job queue', kotlin; nor does git log --all -i
with word bounds.  What the grep does find, none of it a program of these
kinds: 'wiki', a Cassandra URL among round 1's format strings; 'php',
PHP-FPM socket paths among nginx's upstream values, a file extension in
masking.py, and a redact commit's message in git log --all; 'netflow', Open
vSwitch's bridge settings among round 12's format strings, no flow
collector.  None is among Loghub's 16 systems.

Thought of and left out before looking: conntrack-tools' conntrackd (tried
by round 17, no entry), Apache Kudu and HBase (tablet storage, Cassandra's
kind), Hazelcast and Apache Ignite (in-memory data grids, Redis' kind),
Trino (a SQL query engine, Spark's kind, one of Loghub's), Apache ActiveMQ
and RocketMQ (brokers, RabbitMQ's and Kafka's kinds), Openfire and
Signal's server (messaging, ejabberd's and Prosody's kinds), Gerrit (git
hosting, Gitea's kind), Nexus Repository (an artifact registry, Harbor's
kind), Nacos and Eureka (service discovery, Consul's kind), RavenDB (a
document database, MongoDB's and CouchDB's kinds), Technitium DNS (BIND's
kind), Hangfire (background jobs, Sidekiq's kind, named in git log),
Discourse (a forum, Lemmy's and so Mastodon's kind), Fluentd and Logstash
(log shippers, Fluent Bit's kind), Chef and Puppet (configuration agents,
salt-minion's kind), PHP-FPM (a FastCGI process manager, uWSGI's kind),
Matomo (web analytics, Plausible's kind), Zammad and GLPI (help desks,
Znuny's kind), FRRouting (routing, BIRD's kind), LinuxPTP (time, chrony's
kind), nfs-ganesha (a network file server, Samba's kind), OpenZFS's zed
(storage events, mdadm's kind), HTCondor and OpenPBS (batch schedulers,
slurmctld's kind), Apache Mesos (Nomad's kind), Janus (a media gateway,
Asterisk's kind), Auditd and Wazuh (osquery's neighbours: one is enough),
Logflare (Graylog's kind).  beanstalkd is last as the one nearest a kind
used (a queue, though a job queue and no message broker).

The programs are taken in that order until six of them have a picked file
with logging statements: a program whose source the search tools do not
hold, or whose picked file holds no logging statement in what the rule
reads, gives no entry and the next program is taken, so the round has six
programs (fewer only if the list runs out, which is said here).  Within a
program one file is picked by its name from the index's file list before
reading it (the first version the index gives), as rounds 19 to 32's rule
says: the file whose name says it manages the program's numbered instances
(devices, disks, leases, clients, hosts, interfaces, sessions, users,
channels, connections, readers, tasks, jobs, nodes, ports, modems, paths,
targets, printers, locks) where the list has one, else the main daemon or
engine file; where several names say instances, the first instance word of
that list that a name says, then the first such file in the index's list;
it is read from its start in pages of 16,000 characters until 15 logging
statements are found or 32,000 characters are read, and the first 15
statements in file order (all, where fewer) are the entries, whatever their
level.  No other file of a program is taken for its picked file.  Nothing
is picked or left out for being easy or hard.  Each program's own prefix or
context (what its logging code writes around the message) is rendered as
that code does, from the code read; what is not in the code read is said,
and only what was read is rendered.  No miner change is made for them
before they are measured; they are measured once with main's miner
(detectors/templates as at fc0852a, main 83509f6) and Drain3 (defaults)
beside it, at seeds 17, 1 and 2.
"""
