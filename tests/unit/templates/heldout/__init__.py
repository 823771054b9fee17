"""A held-out corpus for the template miner: programs' own log format strings (fifteen rounds of six, one of five).

The ground truth does not come from us nor from Loghub: each event is a format
string read from the source of a program that is not among Loghub's 16 systems
(round 1, :mod:`~tests.unit.templates.heldout.formats`: Redis, PostgreSQL, nginx,
Cassandra, Consul, Vault; 208 format strings), filled with realistic values
(:mod:`~tests.unit.templates.heldout.corpus`, 2,000 messages a program, Zipf-like
event frequencies).  ``python -m tests.unit.templates.heldout [--mistakes]``
prints grouping accuracy per program, the miner's and Drain3's (defaults) beside
it, and lists the events not grouped exactly.

First measurement, before any miner change for it (miner of commit ed23550,
seed 17, final ids, a fresh miner per program)::

    program      events     GA  Drain3
    redis            58  0.487   0.398
    postgresql       29  0.886   0.435
    nginx            21  0.000   0.000
    cassandra        33  0.870   0.715
    consul           19  0.459   0.025
    vault            48  1.000   0.486
    mean                 0.617   0.343

(seeds 1 and 2: 0.617 and 0.597; Drain3 0.409 and 0.350).  Changes to the miner
made after this are measured again here, so figures after that are in-sample:
after the classes of commit a6b2c0d, mean 0.872 (redis 0.964, postgresql 0.930,
nginx 0.874, cassandra 0.870, consul 0.594, vault 1.000; seeds 1 and 2: 0.869,
0.832).  ``tests/unit/templates/test_heldout_programs.py`` keeps the mean above
0.86.

Round 2 (:mod:`~tests.unit.templates.heldout.formats_round2`: MySQL, HAProxy,
etcd, Envoy, RabbitMQ, MongoDB; 119 format strings; ``--round 2``), first
measured with the miner as round 1 left it (commit b7962b9), before any change
for round 2, so these are held-out figures of round 1's rules::

    program      events     GA  Drain3
    mysql            25  0.969   0.538
    haproxy          14  0.122   0.122
    etcd             24  0.258   0.186
    envoy            17  0.982   0.545
    rabbitmq         13  0.090   0.831
    mongodb          26  0.397   0.397
    mean                 0.470   0.436

(seeds 1 and 2: 0.532 and 0.561; Drain3 0.599 and 0.588).  These are after one
fix to the corpus, made before any miner change: etcd's ``remote-peer-active``
is true in the ``dropped internal Raft message`` statement and false in the
other (they are the two branches of ``if isActive()``); it was drawn at random
at first (etcd 0.223, mean 0.464).  After the classes round 2 showed (commits
d7b25d1, fe69741, f1dd2af; in-sample from here): mysql 0.990, haproxy 1.000,
etcd 1.000, envoy 0.982, rabbitmq 0.202, mongodb 0.960, mean 0.856 (seeds 1 and
2: 0.829, 0.899); round 1 unchanged (0.872).  The floor test covers both rounds.

What carried over: round 2 scored 0.474 / 0.519 / 0.559 (seeds 17 / 1 / 2) with
the miner of ed23550, before round 1's rules, against 0.470 / 0.532 / 0.561
with them: round 1's rules did not carry over to six programs nobody had tuned
on.

Round 3 (:mod:`~tests.unit.templates.heldout.formats_round3`: Kafka, systemd,
dockerd, kubelet, ClickHouse, Prometheus; 119 format strings; ``--round 3``),
measured once with the rules of rounds 1 and 2 (commit 88d156b) and once with
the miner of ed23550, no miner change for it: mean 0.257 / 0.230 / 0.203 now
against 0.269 / 0.276 / 0.208 before (seeds 17 / 1 / 2); Drain3 0.381 / 0.267
/ 0.316.  The loss was Kafka (0.120 -> 0.052 at seed 17): fe69741's reasons ran
to the end of the message and merged every message after a context prefix.
Commit e4f2201 narrowed that rule (a reason runs past its first value only
when it names an error or a status) and Kafka is back to its old figures at
all three seeds, so round 3 now equals the old miner's 0.269 / 0.276 / 0.208;
round 3 chose that form, so it is no longer held out for it.  Two of round 3's
mistake classes were then fixed (in-sample from here): a logfmt line's
``msg="..."`` is its event, not a value, and a quoted value ends at an
unescaped quote (commit 72ed0be: dockerd 0.000 -> 0.514, prometheus 0.552 ->
0.833); a name of an instance in a line's leading context (``nginx.service:``,
``db.table (Class):``, ``Partition [topic,N] on broker N:``) is a value
(commit 8ccc20e: systemd 0.258 -> 0.914, clickhouse 0.000 -> 0.885, kafka
0.120 -> 0.397).  Round 3's mean: 0.269 -> 0.704 (seeds 1 and 2: 0.276 ->
0.673, 0.208 -> 0.665); rounds 1 and 2 unchanged.  Left: a flag's ``true`` /
``false`` (kept apart on purpose, Loghub labels states apart), reasons after a
label that repeat as a closed set, lists whose length varies, Kafka's fetcher
thread names.  The floor test covers round 3.

Round 4 (:mod:`~tests.unit.templates.heldout.formats_round4`: Traefik, Caddy,
Mosquitto, Squid, Postfix, Dovecot; 137 format strings; ``--round 4``), read
and measured after the logfmt rule of commit 72ed0be (found on round 3) and
before any rule for round 3's leading contexts; no miner change for round 4.
Mean grouping accuracy at seeds 17 / 1 / 2: 0.465 / 0.468 / 0.538 with the
miner of ed23550, 0.544 / 0.577 / 0.677 with the rules of rounds 1 to 3
(fcdb2c7), 0.655 / 0.696 / 0.794 with the logfmt rule (72ed0be); Drain3 0.525
/ 0.456 / 0.394.  Unlike rounds 2 and 3, earlier rules carried over here: Caddy
(zap's JSON fields, round 2's rule) 0.393 -> 0.861 at seed 17, and Traefik
(logrus ``msg="..."``, round 3's rule) 0.012 -> 0.678.  The leading-context
rule of 8ccc20e, made after round 4 was read but from round 3 only, leaves round
4 unchanged at all three seeds (Dovecot's ``imap(user)<pid><session>:`` is no
dotted name nor tuple).  One of round 4's classes was then fixed (in-sample from
here): two words with the same letters but different brackets differ (Squid's
``server (FD closed) not re-forwarding ...`` and ``server FD %d not
re-forwarding ...`` had merged; commit ee76965: squid 0.457 -> 0.798, mean 0.655
-> 0.712; seeds 1 and 2: 0.696 -> 0.701, 0.794 -> 0.803); rounds 1 to 3
unchanged.  Left on purpose: a ``strerror`` text after a label (Postfix's and
Dovecot's ``%m``) is part of the event in Loghub's labels (BGL's ``Error
creating node map from file <*>: Bad file descriptor`` / ``Permission denied``
... are four events), so it is not masked; a client name before a parenthesised
address (Mosquitto's ``Client ha-bridge (10.0.0.5)``) stays a word: Mac's
``interface en0 (<*>)`` / ``awdl0 (<*>)`` are two events, so a name before a
parenthesised value is not always a value, and no narrower rule was tried.  The floor test covers
round 4.

Round 5 (:mod:`~tests.unit.templates.heldout.formats_round5`: Memcached,
Varnish, Nomad, Keycloak, Jenkins, Tomcat; 128 format strings; ``--round 5``),
read after round 4's bracket rule and measured before anyone looked at its
mistakes; no miner change for it.  Mean grouping accuracy at seeds 17 / 1 / 2:
0.717 / 0.674 / 0.683 with the miner of ed23550, 0.792 / 0.848 / 0.813 with the
rules of rounds 1 to 4 (ee76965; the same without the bracket rule); Drain3
0.710 / 0.659 / 0.637.  Earlier rules carried over, mostly on Nomad (0.679
-> 1.000 at seed 17); Keycloak (0.789), Jenkins (0.847)
and Tomcat (0.609, Drain3 0.879) are unchanged by them.  No floor test covers
round 5.

Round 6 (:mod:`~tests.unit.templates.heldout.formats_round6`: Zabbix, Icinga,
BIND named, Unbound, OpenVPN, strongSwan; 125 format strings; ``--round 6``),
read and measured with the miner of 37ef6fd and with main's HEAD when it was
finished, before anyone looked at its mistakes for a fix; no miner change for
it.  Mean grouping accuracy at seeds 17 / 1 / 2: 0.634 / 0.826 / 0.725 with
37ef6fd and the same with HEAD 83f6d90 (twelve miner commits for round 5 later,
none of which moved round 6); Drain3 0.426 / 0.553 / 0.455.  Unbound is grouped exactly;
BIND (0.379 at seed 17), Icinga (0.454) and OpenVPN (0.434) are lowest, nearly
all of it events split by a value drawn from a few words or by an error text
after a label.  formats_round6's docstring has the table and the classes.  No
floor test covers round 6.

Round 7 (:mod:`~tests.unit.templates.heldout.formats_round7`: ProFTPD, Exim,
Samba, FreeRADIUS, Keepalived, PowerDNS; 130 format strings; ``--round 7``),
read and measured with the miner of cbc0e8e (after round 6's two fixes) before
anyone looked at its mistakes: mean 0.651 / 0.634 / 0.622 at seeds 17 / 1 / 2
(Drain3 0.441 / 0.403 / 0.419; 0.620 / 0.610 / 0.577 with the miner of ed23550,
and the same as cbc0e8e's with the miner before round 6's fixes).  Two of its
classes fixed (in-sample from here): a parenthesised instance name leading the
line (Keepalived) and quoted strings against bare words at one position
(FreeRADIUS): 0.758 / 0.776 / 0.713; rounds 1 to 6 unchanged.
formats_round7's docstring has the table, the classes and what was rejected.
The floor test covers round 7.

Round 8 (:mod:`~tests.unit.templates.heldout.formats_round8`: chrony, OpenLDAP
slapd, Suricata, Kea DHCPv4, lighttpd, dnsmasq; 118 format strings; ``--round
8``), read and measured with main's miner (round 7's two fixes in) and with the
miner of cbc0e8e (before them), before anyone looked at its mistakes: mean 0.801
/ 0.753 / 0.714 at seeds 17 / 1 / 2 with both, every program the same (Drain3
0.477 / 0.612 / 0.639; 0.792 / 0.738 / 0.706 with the miner of ed23550): round
7's fixes carried over to nothing here, rounds 1 to 7's rules together to little
(lighttpd, Kea at one seed).  Four of its classes fixed (in-sample from here):
a several-word value in a list of ``key=value`` fields (Kea), an aside of words
alone in parentheses (slapd), reasons after a call (``fcntl(): <strerror>``,
lighttpd), a JSON object ending the message (Kea): 0.871 / 0.848 / 0.841.  The third also lifted BIND (round 6: 0.720 /
0.857 / 0.794 -> 0.776 / 0.866 / 0.827), Exim and Samba (round 7: 0.758 / 0.776 /
0.713 -> 0.769 / 0.809 / 0.723); nothing else moved in rounds 1 to 7.
formats_round8's docstring has the table, the classes and what is left.  The
floor test covers round 8.

Round 9 (:mod:`~tests.unit.templates.heldout.formats_round9`: vsftpd, Asterisk,
Kamailio, Knot DNS, CoreDNS, Prosody; 84 format strings; ``--round 9``), read
with the rule of commit 4768778 and measured before anyone looked at its
mistakes for a fix: mean 0.466 / 0.501 / 0.402 at seeds 17 / 1 / 2 with main's
miner (after two corpus errors fixed before any miner change; 0.465 / 0.494 /
0.389 before), 0.547 / 0.501 / 0.402 with the miner of ed23550, before all
rounds; Drain3 0.468 / 0.545 / 0.472.  CoreDNS's file holds one statement
(1.000 for any miner that does not split it); without it 0.360 / 0.401 / 0.282.
Rounds 1 to 8's rules lowered two programs and raised none: round 8's
reasons-after-a-call rule merges all of Kamailio's statements of one function
(``init_sock_opt(): <text>``; 0.683 / 0.585 / 0.370 with the miner before it,
92e7eb9), and vsftpd at seed 17 falls from 0.511 (ed23550) to 0.045.
formats_round9's docstring has the table and the classes.  The floor test
covers round 9 since round 10's session (below).

Then, instead of a rule for a class, a threshold chosen by leaving one round out
(``python -m tests.unit.templates.heldout.loo``): one-word siblings merge when
their distinct words are at least 0.2 of their messages (``family_ratio``, 0.5
before; commit f830b5f).  For each round the setting best on the other eight
(17 settings of ``distinct >= a * messages ** b``) is scored on it: the mean of
the nine rounds goes 0.7878 -> 0.7962 held out (0.7970 in-sample); round 9
0.466 / 0.501 / 0.402 -> 0.487 / 0.509 / 0.442 (Asterisk's module names), no
program of any round lower at any seed.

Round 10 (:mod:`~tests.unit.templates.heldout.formats_round10`: NSD,
Pure-FTPd, nftables, sssd, ntpd, CUPS; 63 format strings; ``--round 10``),
read with the rule of commit c31573e and measured before anyone looked at its
mistakes, with main's miner (f830b5f): 0.664 / 0.744 / 0.691 at seeds 17 / 1
/ 2 (Drain3 0.360 / 0.453 / 0.404); Pure-FTPd's file holds one statement, the
debug echo of every reply line, which any miner that keeps statements apart
splits (without it 0.796 / 0.893 / 0.829).  Leave-one-round-out over the ten
rounds: 0.7865.  Then five classes of rounds 9 and 10 (commit 80f106f:
constants' names with digits, a name before ``failed:``, a dash after a
failure, the reason after the last label, bracketed names): round 10 0.777 /
0.821 / 0.749, round 9 0.591 / 0.610 / 0.571 (in-sample), rounds 1 to 8
unchanged; leave-one-round-out 0.7865 -> 0.8059.  The floor test covers rounds
9 and 10.  Four more classes of round 9 and 10 (a failure's reason in
parentheses, long byte dumps, compressed IPv6 addresses, file names): round 9
0.641 / 0.699 / 0.699, round 10 0.791 / 0.821 / 0.758, round 6's BIND a little
higher at two seeds, nothing else moved; leave-one-round-out 0.8059 -> 0.8158;
then GNU's `name' quotes (nftables): round 10 0.795 / 0.830 / 0.765,
leave-one-round-out 0.8165; formats_round10's docstring has the figures.

Round 11 (:mod:`~tests.unit.templates.heldout.formats_round11`: rsyslog,
containerd, PgBouncer, Tor, hostapd, InfluxDB; 65 format strings; ``--round
11``), read with the rule of commit aa830e4 and measured before anyone looked at
its mistakes, with main's miner (fc27446): 0.859 / 0.925 / 0.943 at seeds 17 / 1
/ 2 (Drain3 0.680 / 0.734 / 0.780); the miner before round 10's classes
(f830b5f) scored it 0.889 / 0.930 / 0.957 (Tor's statements after a call, one
over-general template then).  Leave-one-round-out over the eleven rounds:
0.8216.  Then two of its classes (commits dc6bb56 and 2e79a90: a comma-separated
list of ``key value`` fields, a call's argument in its token): round 11 0.930 /
0.956 / 0.957 (in-sample), rounds 1 to 10 unchanged; leave-one-round-out 0.8216
-> 0.8250.  The floor test covers round 11; formats_round11's docstring has the
figures.

Round 12 (:mod:`~tests.unit.templates.heldout.formats_round12`: Corosync,
Fluent Bit, libvirt, Ceph, Pacemaker, Open vSwitch; 75 format strings;
``--round 12``), read with the rule of commit 24065d2 and measured before anyone
looked at its mistakes, with main's miner (2e79a90): 0.693 / 0.649 / 0.783 at
seeds 17 / 1 / 2 (Drain3 0.830 / 0.639 / 0.849: it masks names with digits,
``mon0``, ``br0``, that this miner keeps as words).  Leave-one-round-out over
the twelve rounds: 0.8153.  Then four of its classes (commit 79edbfe: twin
templates, a generalised template's phrase family, a leading numbered instance
with its state, indexed keys): round 12 0.759 / 0.690 / 0.810 (in-sample), seven
programs of rounds 4 to 11 higher at some seed (hostapd 1.000 / 0.970 / 1.000,
PowerDNS 0.580 at seed 17), none lower; leave-one-round-out 0.8153
-> 0.8241; then templates covered by a new wildcard (commit 423a530): round 12
0.759 / 0.705 / 0.810, ten earlier programs higher, none lower;
leave-one-round-out 0.8273; then (commit 7d5712b) a template with as many
wildcards as words covers values only, after a Loghub guard found ``<*> <*>``
taking in every two-word template: memcached back to 0.935 / 0.982 / 0.720,
leave-one-round-out 0.8272.  The
floor test covers round 12; formats_round12's docstring has the figures.

Round 13 (:mod:`~tests.unit.templates.heldout.formats_round13`: uWSGI, MinIO,
Zeek, GlusterFS, Nagios, CouchDB; 55 format strings; ``--round 13``), read with
the rule of commit 907ba59 (round 12's list continued; files named for the
programs' numbered instances) and measured before anyone looked at its
mistakes, with main's miner (da72684): 0.575 / 0.578 / 0.620 at seeds 17 / 1 /
2 (Drain3 0.510 / 0.560 / 0.485).  CouchDB (0.000: a few database names and a
few Erlang terms after a label, combined freely) and Nagios (0.324: a few
quoted contacts, services and hosts, combined freely) are lowest.  Then two
general classes (instances of one kind, ``eth0`` and ``eth1``; a single-quoted
string of several words is one value): round 13 0.641 / 0.659 / 0.662
(in-sample), round 12 0.759 / 0.705 / 0.810 -> 0.833 / 0.729 / 0.862 (Open
vSwitch, Ceph), Kea and Redis higher, no program of rounds 1 to 12 lower at any
seed; leave-one-round-out over the thirteen rounds 0.8090 -> 0.8196 (in-sample
0.8124 -> 0.8230).  A third (a printed term in braces, ``{error,eexist}``, is a
value): round 13 0.715 / 0.825 / 0.828 (CouchDB 0.000 -> 0.449 / 1.000 /
1.000), RabbitMQ higher, nothing else moved; leave-one-round-out 0.8305
(in-sample 0.8339).  The floor test covers round 13; formats_round13's
docstring has the figures.

Round 14 (:mod:`~tests.unit.templates.heldout.formats_round14`: DRBD, mdadm,
Elasticsearch, NATS, Patroni, BIRD; 64 format strings; ``--round 14``), read
with the rule of commit ba2c4b8 (round 13's unused fallback list, then BIRD)
and measured before anyone looked at its mistakes, with main's miner
(99b1fa2): 0.674 / 0.693 / 0.680 at seeds 17 / 1 / 2 (Drain3 0.693 / 0.716 /
0.711, ahead at every seed, most on DRBD).  Then two general classes (a leading
context of names in lower case, ``drbd r0 node-b:``, is no sentence a reason
completes; its instance names are values): round 14 0.776 / 0.756 / 0.810
(DRBD 0.080 -> 0.693 at seed 17, in-sample), no program of rounds 1 to 13
moved at any seed.  Leave-one-round-out over the fourteen rounds
(``python -m tests.unit.templates.heldout.loo``): 0.8199 before these
classes (in-sample 0.8230), 0.8269 after (in-sample 0.8301); every fold but
round 3's keeps ``family_ratio`` 0.2.  The floor test covers round 14;
formats_round14's docstring has the figures.

Round 15 (:mod:`~tests.unit.templates.heldout.formats_round15`: Fail2ban,
OpenSMTPD, Syncthing, Telegraf, lldpd; 64 format strings; ``--round 15``),
read with the rule of commit 7bad0e2 (round 14's unused list, then Syncthing,
Telegraf and lldpd from a list fixed before looking; FRRouting's picked file
held no logging statement, so five programs) and measured before anyone looked
at its mistakes, with main's miner (456f129): 0.775 / 0.746 / 0.683 at seeds
17 / 1 / 2 (Drain3 0.670 / 0.717 / 0.590, behind at every seed, ahead on
Fail2ban).  Then two general classes (Go's durations of several units,
``1m0s``; a value glued to its label in a list, ``, Debug:false,``): round 15
0.779 / 0.750 / 0.752 (Telegraf 0.583 -> 0.929 at seed 2, in-sample), no
program of rounds 1 to 14 moved at any seed.  Leave-one-round-out over the
fifteen rounds (``python -m tests.unit.templates.heldout.loo``): 0.8208
before these classes (in-sample 0.8237), 0.8225 after (in-sample 0.8254);
round 15's fold 0.735 -> 0.761; every fold but round 3's keeps
``family_ratio`` 0.2.  The floor test covers round 15; formats_round15's
docstring has the figures.

Round 16 (:mod:`~tests.unit.templates.heldout.formats_round16`: smartd, Avahi,
Gitea, ISC dhcpd, Netdata, radvd; 70 format strings; ``--round 16``), read with
the rule of commit 714a581 (round 15's unused list, then ISC DHCP, Netdata and
radvd from a list fixed before looking) and measured before anyone looked at
its mistakes, with main's miner (7588faf): 0.934 / 0.943 / 0.935 at seeds 17 /
1 / 2 (Drain3 0.759 / 0.795 / 0.762, behind at every seed, ahead on no
program).  Then two general classes (an empty value between a word and a word
that joins the sentence on, ``GUID  is not valid``; a few wrapped errors after
a label, ``listen tcp <IP>: bind: ...``, merge at ``error_family_size``, 2):
round 16 0.966 / 0.946 / 0.948 (Netdata 0.830 -> 0.983 at seed 17, in-sample);
the second also lifted Syncthing, NATS and kubelet at every seed, nothing else
moved.  Leave-one-round-out over the sixteen rounds: 0.8296 before these
classes (in-sample 0.8324), 0.8334 after (in-sample 0.8361); round 16's fold
0.937 -> 0.953; every fold but round 3's keeps ``family_ratio`` 0.2.  The floor
test covers round 16; formats_round16's docstring has the figures.
"""
