"""Round 19 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 18's further
list, fixed before round 18 looked at anything, in its order, less the three
round 18 used (Transmission, BlueZ, Bacula): ZoneMinder, snapd, the X.Org
server (Xorg); then, as those are three, this further list, fixed here before
any of it is looked at, in this order: gpsd, PulseAudio, NetworkManager,
thermald, SANE's network scanner daemon (saned) (a GPS receiver daemon, a
sound server, a network connection manager, a thermal control daemon, a
scanner daemon; no round 1 to 18 used one of them or one of their kinds, no
word of their names is in any round's docstring, test or corpus values (grep
over tests/unit/templates, detectors/templates and README.md finds none, nor
git log's messages), and none is among Loghub's 16 systems).  The three of
the first list whose source the search tools hold, then the first three of
the further list whose source they hold, are this round's six programs (one
is skipped only if its source is not held, and that is said here).  Within a
program one file is picked by its name from the index's file list before
reading it (the first version the index gives): the file whose name says it
manages the program's numbered instances (devices, disks, leases, clients,
hosts, interfaces, sessions, users, channels, connections) where the list has
one, else the main daemon or engine file; it is read from its start in pages
of 16,000 characters until 15 logging statements are found or 32,000
characters are read, and the first 15 statements in file order (all, where
fewer) are the entries, whatever their level (rounds 13 to 18's rule).  A
picked file that holds no logging statement gives no entry (as FRRouting's in
round 15 and conntrackd's in round 17) and no other file or program is taken
for it.  Nothing is picked or left out for being easy or hard.  Each program's
own prefix or context (what its logging code writes around the message) is
rendered as that code does.  No miner change is made for them before they are
measured; they are measured once with main's miner (detectors/templates as at
f32e211, unchanged since) and Drain3 (defaults) beside it, at seeds 17, 1 and
2.
"""
