"""Round 7 of the held-out corpus: six more programs' log format strings (measurement only).

Rule, stated before any of them was read: round 5's list continues in its order
(ProFTPD, Exim, Samba), then a new list in its order (FreeRADIUS, Keepalived,
PowerDNS, chrony, OpenLDAP slapd, Suricata, Kea DHCP); the first six whose
source the search tools hold are this round's programs (one is skipped only if
its source is not held, and that is said here).  Within a program one file is
picked by its name before reading it (the first version the index gives), read
from its start in pages of 16,000 characters until 20 logging statements are
found or 48,000 characters are read, and the first 20 statements in file order
(all, where fewer) are the entries, whatever their level.  Nothing is picked or
left out for being easy or hard.  Each program's own prefix or context (what its
logging code writes around the message) is rendered as that code does.  No miner
change is made for them before they are measured.
"""
