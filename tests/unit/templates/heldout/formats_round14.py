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
"""
