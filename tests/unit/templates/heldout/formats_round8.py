"""Round 8 of the held-out corpus: six more programs' log format strings (measurement only).

Rule, stated and committed before any of them was read: round 7's list continues
in its order (chrony, OpenLDAP slapd, Suricata, Kea DHCP), then lighttpd,
dnsmasq, vsftpd, Asterisk, Kamailio; the first six whose source the search tools
hold are this round's programs (one is skipped only if its source is not held,
and that is said here).  Within a program one file is picked by its name before
reading it (the first version the index gives), read from its start in pages of
16,000 characters until 20 logging statements are found or 48,000 characters
are read, and the first 20 statements in file order (all, where fewer) are the
entries, whatever their level.  Nothing is picked or left out for being easy or
hard.  Each program's own prefix or context (what its logging code writes around
the message) is rendered as that code does.  No miner change is made for them
before they are measured, and they are measured once with main's miner and once
with the miner of cbc0e8e (before round 7's two fixes, b6fcd4b and 1d55976), so
what round 7's fixes carried over is seen.
"""
