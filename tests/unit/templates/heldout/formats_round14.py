"""Round 14 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 13's fallback
list, fixed before round 13 looked at anything and never used, in its order
(DRBD, mdadm, Elasticsearch, NATS, Patroni), then, as those are five, this
further list, fixed here before any of it is looked at, in this order: BIRD,
FRRouting, Fail2ban, OpenSMTPD (routing and mail daemons: no round 1 to 13 used
one of them, nor any program of a routing daemon, and none is among Loghub's
16 systems; every program rounds 1 to 13 used, and every name on their lists,
was checked against it).  The first six whose source the search tools hold are
this round's programs (one is skipped only if its source is not held, and that
is said here).  Within a program one file is picked by its name from the
index's file list before reading it (the first version the index gives): the
file whose name says it manages the program's numbered instances (devices,
nodes, shards, members, peers) where the list has one, else the main daemon or
engine file; it is read from its start in pages of 16,000 characters until 15
logging statements are found or 32,000 characters are read, and the first 15
statements in file order (all, where fewer) are the entries, whatever their
level (round 13's rule).  Nothing is picked or left out for being easy or hard.
Each program's own prefix or context (what its logging code writes around the
message) is rendered as that code does.  No miner change is made for them
before they are measured; they are measured once with main's miner
(detectors/templates as at 99b1fa2, unchanged since) and Drain3 (defaults)
beside it, at seeds 17, 1 and 2.

All five of the fallback list held, and BIRD (the further list's first):
FRRouting, Fail2ban and OpenSMTPD were not looked at.  Repositories:
LINBIT/drbd, neilbrown/mdadm (of the two mdadm repositories the index lists,
the one with more file versions), elastic/elasticsearch, nats-io/nats-server,
patroni/patroni, CZ-NIC/bird.  The files, picked by their names from the
index's file lists before any was read: DRBD ``drbd/drbd_main.c`` (no file is
named for its devices or peers, so the main file of the kernel module), mdadm
``Manage.c`` (managing an array's member devices), Elasticsearch
``server/.../index/shard/IndexShard.java`` (shards), NATS ``server/server.go``
(no file named for nodes or peers: the server's main file), Patroni
``patroni/ha.py`` (the high-availability loop the daemon runs over the
cluster's members; ``__main__.py`` only starts it), BIRD
``sysdep/unix/main.c`` (no file named for numbered instances: the daemon's
entry point).

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``drbd``                LINBIT/drbd ``drbd/drbd_main.c`` (000a5370;     C ``drbd_info``,
                        characters 0-32,000 of 188,714); 15             ``drbd_warn``,
                        statements, 13 events                           ``drbd_err``
``mdadm``               neilbrown/mdadm ``Manage.c`` (0081eb00;         C ``fprintf(stderr,
                        characters 0-16,000 of 30,347); 15 statements,  Name ": ...")``
                        12 events
``elasticsearch``       elastic/elasticsearch ``server/src/main/java/   Java log4j
                        org/elasticsearch/index/shard/IndexShard.java``
                        (002079df; characters 0-32,000 of 236,671); 1
                        statement, 1 event
``nats``                nats-io/nats-server ``server/server.go``        Go ``Noticef``,
                        (0042976b; characters 0-24,573, all); 15        ``Debugf``,
                        statements, 15 events                           ``Errorf``
``patroni``             patroni/patroni ``patroni/ha.py`` (002a3fb6;    Python ``logging``
                        characters 0-32,000 of 64,287); 15 statements,
                        14 events
``bird``                CZ-NIC/bird ``sysdep/unix/main.c`` (0072d11f;   C ``log``,
                        all 17,699 characters); 9 statements, 9 events  ``log_msg``
======================  ==============================================  ==================

A statement is a call of the program's logging function whose text is in the
file read, whatever its level.  Not statements: calls that end the process
(NATS' ``Fatalf``, BIRD's ``die`` and ``bug``), output that is not the log
(BIRD's ``cli_msg`` replies on the control socket, its ``debug``/``DBG``
dump, usage and version text), exceptions thrown (Elasticsearch's ``throw new
...Exception(...)``), texts a function returns for a caller to log (Patroni's
``run_cycle`` results, logged from another file), a commented-out call
(mdadm's ``%s does not appear to be active.`` in ``Manage_runstop``).  Where
the logging code writes text around the message it is written into the format
as that code writes it: DRBD's ``drbd <resource>/<volume> drbd<minor>: ``
(device), ``drbd <resource> <peer>: `` (connection) and ``drbd <resource>: ``
(resource); mdadm's ``mdadm: `` (``Name``); an Elasticsearch shard logger's
``[<index>][<shard>] ``; a NATS client's ``<address> - cid:<id> - ``.

Label rules are rounds 1 to 13's: two statements with the same text are one
event (mdadm's two ``failed to stop array %s: %s``; DRBD's ``Restarting %s
thread`` of a connection and of a resource, whose prefixes differ as the
object does), two with different texts are two (Patroni's ``Synchronous
replication key updated by someone else`` with and without a final ``.``).

Rendering (what is stripped is the line's header, as Loghub's ``Content``): the
kernel's time stamp before DRBD's prefix and every message's last newline;
log4j's time, level, logger and node name; NATS' time and level; Patroni's
``<time> <LEVEL>: ``; BIRD's ``<time> <INFO> ``.  Written from memory, not
read: those headers, the NATS client prefix (``client.go`` was not read), the
names of DRBD's threads (``worker``, ``receiver``, ``sender``), and every value
(resources, peers, epochs, pointers, arrays, error texts, addresses, members,
configuration errors).

First measurement (64 format strings; ``python -m tests.unit.templates.heldout
--round 14 --seed S``, 2,000 messages a program, final ids, a fresh miner per
program), before anyone looked at its mistakes, with main's miner
(detectors/templates as at 99b1fa2)::

    GA at seeds 17 / 1 / 2   events  main (99b1fa2)       Drain3
    drbd                         13  0.080 0.025 0.031    0.378 0.494 0.463
    mdadm                        12  1.000 1.000 1.000    0.524 0.359 0.719
    elasticsearch                 1  1.000 1.000 1.000    1.000 1.000 1.000
    nats                         15  0.774 0.734 0.905    0.958 0.959 0.981
    patroni                      14  0.776 0.589 0.646    0.841 0.639 0.674
    bird                          9  0.410 0.808 0.498    0.461 0.846 0.432
    mean                             0.674 0.693 0.680    0.693 0.716 0.711

Drain3 is ahead of this miner at every seed (as in rounds 3, 9 and 12), most on DRBD.
Elasticsearch's file holds one statement in the pages read (1.000 for any
miner that does not split it); without it 0.608 / 0.631 / 0.616
(Drain3 0.632 / 0.659 / 0.654).  Rounds 1 to 13 generate byte-identical corpora
with round 14 added (sha256 of every program's messages and labels at seeds 17
/ 1 / 2, against a worktree of 99b1fa2's tests).

Mistakes at seed 17 (seeds 1 and 2 alike): DRBD's statements under one
connection's prefix (``drbd r0 node-b: Terminating receiver thread``, ``...:
BAD! ConfirmedStable: expected <p>, found <p>``) formed a family of reasons
after the label ``node-b:`` and merged into ``drbd r0 node-b: <*>``, and each
statement was split by its resource and peer names, a few of each combined
freely; NATS' and BIRD's two or three error texts after a label and Patroni's
member names (a closed set) split their statements; Patroni's ``...someone
else`` and ``...someone else.`` are one template (a final ``.`` is no word of
its own).

Then two general classes (in-sample for round 14 from here), found on DRBD,
each with a test that fails on 99b1fa2's miner and a guard that passes on both
(tests/unit/templates/test_mistake_classes.py): (v) the label closing a
leading context of names in lower case (a module's name and two or more names
after it, no capital, no failure word, a word after it: ``drbd r0 node-b:``)
is no label a reason follows, so the statements under one prefix are not a
family of reasons; (w) in such a context the names after the module's that
hold a digit or an inner hyphen (``r0``, ``node-b``, ``storage02``) are values,
the instances it is about.  One name after a word (``port wlan0:``, Mac's
``en0`` and ``awdl0``) and a label a value follows (OpenVPN's ``Server
random1: <hex>``) stay as they were: a first form that masked those too lifted
Open vSwitch (round 12: 0.653 -> 0.820 at seed 17) but broke two guards of
earlier rounds, so it was narrowed before any figure was committed::

    GA at seeds 17 / 1 / 2   before (99b1fa2)     after (v, w)
    drbd                     0.080 0.025 0.031    0.693 0.408 0.808
    mdadm                    1.000 1.000 1.000    1.000 1.000 1.000
    elasticsearch            1.000 1.000 1.000    1.000 1.000 1.000
    nats                     0.774 0.734 0.905    0.774 0.734 0.905
    patroni                  0.776 0.589 0.646    0.776 0.589 0.646
    bird                     0.410 0.808 0.498    0.410 0.808 0.498
    mean                     0.674 0.693 0.680    0.776 0.756 0.810

Every program of rounds 1 to 13 the same at seeds 17 / 1 / 2 (``python -m
tests.unit.templates.heldout --round all --seed S --no-drain3`` against a
worktree of 99b1fa2's miner); all rounds' mean 0.816 / 0.824 / 0.829 -> 0.824
/ 0.828 / 0.838; the Loghub guard (each system's given templates filled with
one-token and multi-token values, seeds 1 to 3; a script outside the tree)
unchanged in every corpus.  Leave-one-round-out over rounds 1 to 14
(``python -m tests.unit.templates.heldout.loo``): 0.8199 before these classes
(in-sample 0.8230), 0.8269 after (in-sample 0.8301); round 14's fold 0.682 ->
0.781; every fold but round 3's keeps ``family_ratio`` 0.2 (round 3's picks
``0.1 * messages``, as before).  Left: BIRD's configuration errors (``<file>:<line>:<col>
<text>``: a few texts after a position, no label), the error texts after a
label of NATS and BIRD (two or three each, fewer than ``family_size``),
Patroni's member names and sync picks (a closed set), DRBD's prefix of one
name (``drbd r0: Terminating worker thread``, split by resource) and its thread
names.  The floor test covers round 14 (mean >= 0.75, every program >= 0.40 at
seed 17).
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

_DM = "drbd/drbd_main.c"
# drbd_info()/drbd_warn()/drbd_err() (drbd_polymorph_printk.h) put "drbd <resource>/<volume> drbd<minor>: " before a
# device's message, "drbd <resource> <peer>: " before a connection's and "drbd <resource>: " before a resource's; the
# kernel's header stripped, the message without its newline.  "Restarting" and "Terminating" are logged with the
# same text by a connection and by a resource (one event each, the prefix as the caller's object writes it)
_DRBD = [
    Event("drbd", _DM, fmt, kinds, style="drbd")
    for fmt, kinds in [
        ("drbd %s/%u drbd%u: XXX %u %llu+%u 0x%x 0x%x\n",
         ("dr_resource", "dr_volume", "dr_minor", "dr_epoch", "dr_sector", "dr_sectors", "dr_rq_state", "dr_rq_state")),
        ("drbd %s %s: BarrierAck #%u received, but req_not_net_done = NULL\n", ("dr_resource", "dr_peer", "dr_epoch")),
        ("drbd %s %s: unexpected state flags: 0x%x during BarrierAck #%u\n",
         ("dr_resource", "dr_peer", "dr_rq_state", "dr_epoch")),
        ("drbd %s %s: BAD! ConfirmedStable: expected %p, found %p\n",
         ("dr_resource", "dr_peer", "dr_pointer", "dr_pointer")),
        ("drbd %s %s: BAD! ConfirmedStable: expected youngest request %p NOT found\n",
         ("dr_resource", "dr_peer", "dr_pointer")),
        ("drbd %s %s: BAD! ConfirmedStable: reported requests not in the same epoch (%u != %u)\n",
         ("dr_resource", "dr_peer", "dr_epoch", "dr_epoch")),
        ("drbd %s %s: BAD! BarrierAck #%u received, but no epoch in tl!?\n", ("dr_resource", "dr_peer", "dr_epoch")),
        ("drbd %s %s: BAD! BarrierAck #%u received, expected #%u!\n",
         ("dr_resource", "dr_peer", "dr_epoch", "dr_epoch")),
        ("drbd %s %s: BAD! BarrierAck #%u received with n_writes=%u, expected n_writes=%u!\n",
         ("dr_resource", "dr_peer", "dr_epoch", "dr_writes", "dr_writes")),
        ("drbd %s %s: BAD! ConfirmedStable [%p,%p] received with n_writes=%u, expected n_writes=%u!\n",
         ("dr_resource", "dr_peer", "dr_pointer", "dr_pointer", "dr_writes", "dr_writes")),
        ("drbd %s: Restarting %s thread\n", ("dr_thread_owner", "dr_thread")),
        ("drbd %s: Terminating %s thread\n", ("dr_thread_owner", "dr_thread")),
        ("drbd %s %s: Starting %s thread (peer-node-id %d)\n",
         ("dr_resource", "dr_peer", "dr_connection_thread", "dr_node_id")),
    ]
]

_MG = "Manage.c"
# fprintf(stderr, Name ": ..."): Name is "mdadm"; the message without its newline.  Two statements of one text
# ("need md driver ...", "failed to set readonly ...", "failed to stop array ...") are one event each
_MDADM = [
    Event("mdadm", _MG, fmt, kinds, style="mdadm")
    for fmt, kinds in [
        ("mdadm: need md driver version 0.90.0 or later\n", ()),
        ("mdadm: failed to set readonly for %s: %s\n", ("md_array", "md_strerror")),
        ("mdadm: %s does not appear to be active.\n", ("md_array",)),
        ("mdadm: failed to set writable for %s: %s\n", ("md_array", "md_strerror")),
        ("mdadm: stopping device %s failed: %s\n", ("md_array", "md_strerror")),
        ("mdadm: failed to run array %s: %s\n", ("md_array", "md_strerror")),
        ("mdadm: started %s\n", ("md_array",)),
        ("mdadm: failed to stop array %s: %s\n", ("md_array", "md_strerror")),
        ("mdadm: Cannot stop container %s: member %s still active\n", ("md_container", "md_member")),
        ("Perhaps a running process, mounted filesystem or active volume group?\n", ()),
        ("mdadm: stopped %s\n", ("md_array",)),
        ("mdadm: Cannot get array information for %s: %s\n", ("md_array", "md_strerror")),
    ]
]

_IS = "server/src/main/java/org/elasticsearch/index/shard/IndexShard.java"
# logger.debug(): a shard's logger writes "[<index>][<shard>] " before the message (Loggers.getLogger with the
# shard id); the layout's time, level, logger and node name stripped
_ELASTICSEARCH = [
    Event("elasticsearch", _IS, fmt, kinds)
    for fmt, kinds in [
        ("[%s][%d] state: [CREATED]", ("es_index", "es_shard")),
    ]
]

_SV = "server/server.go"
# s.Noticef()/Debugf()/Errorf(): the logger's time and level stripped; a client's c.Debugf() writes
# "<address> - cid:<id> - " before the message.  s.Fatalf() ends the process (not a statement here)
_NATS = [
    Event("nats", _SV, fmt, kinds)
    for fmt, kinds in [
        ("Starting nats-server version %s", ("na_version",)),
        ("Go build version %s", ("na_go_version",)),
        ("Listening for client connections on %s", ("na_client_listen",)),
        ("TLS required for client connections", ()),
        ("Server id is %s", ("na_server_id",)),
        ("Server is ready", ()),
        ("Temporary Client Accept Error (%v), sleeping %dms", ("na_accept_error", "na_sleep_ms")),
        ("Client Accept Error: %v", ("na_accept_error",)),
        ("Server Exiting..", ()),
        ("profiling port: %d", ("na_profiling_port",)),
        ("Starting %s monitor on %s", ("na_monitor_scheme", "na_monitor_listen")),
        ("%s - cid:%d - Client connection created", ("na_client", "na_cid")),
        ("%s - cid:%d - Starting TLS client connection handshake", ("na_client", "na_cid")),
        ("%s - cid:%d - TLS handshake error: %v", ("na_client", "na_cid", "na_tls_error")),
        ("%s - cid:%d - TLS handshake complete", ("na_client", "na_cid")),
    ]
]

_HA = "patroni/ha.py"
# logger.*(): the default format's "<time> <LEVEL>: " stripped; logger.exception()'s traceback is lines of its own
# (not written).  'Synchronous replication key updated by someone else' is logged with and without a final '.'
# (two texts, two events; the two statements without it are one)
_PATRONI = [
    Event("patroni", _HA, fmt, kinds)
    for fmt, kinds in [
        ("Exception when called state_handler.last_operation()", ()),
        ("Lock owner: %s; I am %s", ("pa_lock_owner", "pa_member")),
        ("bootstrapped %s", ("pa_bootstrap_source",)),
        ("failed to bootstrap %s", ("pa_bootstrap_source",)),
        ("Master crashed. Failing over.", ()),
        ("Removing synchronous privilege from %s", ("pa_member",)),
        ("Synchronous replication key updated by someone else.", ()),
        ("No standbys available!", ()),
        ("Assigning synchronous standby status to %s", ("pa_sync_pick",)),
        ("Synchronous replication key updated by someone else", ()),
        ("Synchronous standby status assigned to %s", ("pa_sync_pick",)),
        ("Disabled synchronous replication", ()),
        ("Could not get cluster state, skipping synchronous standby disable", ()),
        ("Waiting for master to release us from synchronous standby", ()),
    ]
]

_MN = "sysdep/unix/main.c"
# log()/log_msg(): the "<time> <INFO>" header stripped; %m is strerror(errno).  die() and bug() end the process,
# cli_msg() answers the control socket and debug()/DBG() write the debug dump: none is a statement here
_BIRD = [
    Event("bird", _MN, fmt, kinds)
    for fmt, kinds in [
        ("Reconfiguration requested by SIGHUP", ()),
        ("%s:%d:%d %s", ("bi_config_file", "bi_line", "bi_column", "bi_config_error")),
        ("Unable to open configuration file %s: %m", ("bi_config_file",)),
        ("CLI connection dropped: %s", ("bi_cli_error",)),
        ("CLI connection closed", ()),
        ("Failed to accept CLI connection: %s", ("bi_accept_error",)),
        ("CLI connect", ()),
        ("Shutdown completed", ()),
        ("Started", ()),
    ]
]

EVENTS: tuple[Event, ...] = (*_DRBD, *_MDADM, *_ELASTICSEARCH, *_NATS, *_PATRONI, *_BIRD)
PROGRAMS: tuple[str, ...] = ("drbd", "mdadm", "elasticsearch", "nats", "patroni", "bird")
