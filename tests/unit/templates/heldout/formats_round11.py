"""Round 11 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 10's list
continues in its order (rsyslog, not looked at in round 10), then the programs
of issue #17's round 11 task list that no round 1 to 10 used, in that list's
order (containerd; the list's chrony, keepalived, HAProxy, Squid, Dovecot,
Postfix, OpenVPN, strongSwan, Unbound, dnsmasq, Mosquitto, etcd and CoreDNS
were used), then, as those are two, this list of widely deployed daemons that
no round used and that are not among Loghub's 16 systems, fixed here before
any of them is looked at, in this order: PgBouncer, Tor, hostapd, InfluxDB,
Corosync, Fluent Bit, libvirt, Ceph.  The first six whose source the search
tools hold are this round's programs (one is skipped only if its source is not
held, and that is said here).  Within a program one file is picked by its name
from the index's file list before reading it (the first version the index
gives), read from its start in pages of 16,000 characters until 15 logging
statements are found or 32,000 characters are read, and the first 15
statements in file order (all, where fewer) are the entries, whatever their
level (round 10's 15 and 32,000).  Nothing is picked or left out for being easy
or hard.  Each program's own prefix or context (what its logging code writes
around the message) is rendered as that code does.  No miner change is made
for them before they are measured; they are measured once with main's miner
(detectors/templates as at fc27446, unchanged since) and Drain3 (defaults)
beside it.
"""
