"""Round 21 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
20's further list, fixed before round 20 looked at anything: USBGuard's daemon
(usbguard-daemon); then this further list, fixed here before any of it is
looked at, in this order: PC/SC Lite's smart card daemon (pcscd), xrdp (a
remote desktop server), irqbalance, rng-tools' entropy daemon (rngd), BRLTTY
(a braille display daemon), LIRC's infrared remote control daemon (lircd),
the BOINC client, earlyoom (a smart card daemon, a remote desktop server, an
interrupt balancing daemon, an entropy gathering daemon, a braille display
daemon, an infrared remote control daemon, a volunteer computing client, a
user-space out-of-memory killer; no round 1 to 20 used one of them or one of
their kinds, no word of their names is in any round's docstring, test or
corpus values (grep over tests/unit/templates, detectors/templates and
README.md finds none, nor git log's messages; USBGuard is named only by round
20's further list), and none is among Loghub's 16 systems).  The programs are
taken in that order, USBGuard first, until six of them have a picked file
with logging statements: a program whose source the search tools do not hold,
or whose picked file holds no logging statement in what the rule reads, gives
no entry and the next program is taken, so the round has six programs (fewer
only if the list runs out, which is said here).  Within a program one file is
picked by its name from the index's file list before reading it (the first
version the index gives), as rounds 19 and 20's rule says: the file whose
name says it manages the program's numbered instances (devices, disks,
leases, clients, hosts, interfaces, sessions, users, channels, connections,
readers, tasks) where the list has one, else the main daemon or engine file;
it is read from its start in pages of 16,000 characters until 15 logging
statements are found or 32,000 characters are read, and the first 15
statements in file order (all, where fewer) are the entries, whatever their
level.  No other file of a program is taken for its picked file.  Nothing is
picked or left out for being easy or hard.  Each program's own prefix or
context (what its logging code writes around the message) is rendered as that
code does.  No miner change is made for them before they are measured; they
are measured once with main's miner (detectors/templates as at c3cbd2e,
unchanged since 8e478fd) and Drain3 (defaults) beside it, at seeds 17, 1 and
2.
"""
