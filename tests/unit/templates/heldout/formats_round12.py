"""Round 12 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 11's fixed list
continues in its order (Corosync, Fluent Bit, libvirt, Ceph: not looked at in
round 11), then, as those are four, this further list of widely deployed
daemons and servers that no round 1 to 11 used and that are not among Loghub's
16 systems, fixed here before any of them is looked at, in this order:
Pacemaker, Open vSwitch, uWSGI, MinIO, Zeek, GlusterFS, Nagios, CouchDB (the
task's examples chrony, keepalived, Squid, Dovecot, OpenVPN, strongSwan,
Unbound, dnsmasq, Mosquitto, etcd and CoreDNS were all used by rounds 2 to 9).
The first six whose source the search tools hold are this round's programs (one
is skipped only if its source is not held, and that is said here).  Within a
program one file is picked by its name from the index's file list before
reading it (the first version the index gives), read from its start in pages of
16,000 characters until 15 logging statements are found or 32,000 characters
are read, and the first 15 statements in file order (all, where fewer) are the
entries, whatever their level (rounds 10 and 11's 15 and 32,000).  Nothing is
picked or left out for being easy or hard.  Each program's own prefix or
context (what its logging code writes around the message) is rendered as that
code does.  No miner change is made for them before they are measured; they are
measured once with main's miner (detectors/templates as at 2e79a90, unchanged
since) and Drain3 (defaults) beside it.
"""
