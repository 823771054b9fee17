"""Round 13 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 12's fixed list
continues in its order (uWSGI, MinIO, Zeek, GlusterFS, Nagios, CouchDB: not
looked at in round 12).  They are six; they are also programs whose logs name
numbered instances (uWSGI's workers, MinIO's drives and erasure sets,
GlusterFS's bricks and volumes, CouchDB's shards and nodes) and closed sets of
states, the classes round 12 left.  Should one's source not be held by the
search tools, this further list, fixed here before any of it is looked at,
fills the round in its order: DRBD, mdadm, Elasticsearch, NATS, Patroni (none
used by rounds 1 to 12, none among Loghub's 16 systems).  Within a program one
file is picked by its name from the index's file list before reading it (the
first version the index gives): the file whose name says it manages the
program's numbered instances (workers, drives, bricks, shards) where the list
has one, else the main daemon or engine file; it is read from its start in
pages of 16,000 characters until 15 logging statements are found or 32,000
characters are read, and the first 15 statements in file order (all, where
fewer) are the entries, whatever their level (rounds 10 to 12's 15 and
32,000).  Nothing is picked or left out for being easy or hard.  Each program's
own prefix or context (what its logging code writes around the message) is
rendered as that code does.  No miner change is made for them before they are
measured; they are measured once with main's miner (detectors/templates as at
da72684, unchanged since) and Drain3 (defaults) beside it, at seeds 17, 1 and 2.
"""
