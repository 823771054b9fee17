"""Round 26 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
25's further list, fixed before round 25 looked at anything, in its order:
Hamlib's rig control daemon (rigctld), Gammu's SMS daemon (gammu-smsd),
Flatpak's system helper (flatpak-system-helper); then this further list,
fixed here before any of it is looked at, in this order: ngIRCd (ngircd),
INN's news server (innd), Jupyter Server (jupyter-server), LinuxCNC's task
controller (milltask) (an IRC server, a Usenet news server, an interactive
notebook server, a machine-tool controller; no round 1 to 25 used one of them
or one of their kinds, no word of their names is in any round's docstring,
test or corpus values (grep -i -w over tests/unit/templates,
detectors/templates and README.md finds none of ngircd, irc, ircd, inn,
innd, usenet, nntp, jupyter, notebook, linuxcnc, cnc, nor does git log --all
-i --grep with word bounds; 'news' is only a host's first label in a
referrer of round 1's nginx values; rigctld, gammu-smsd and Flatpak are
named only by round 25's further list; UUCP's uucico, OpenDKIM, ZFS's zed,
Monit, Kubo (IPFS) and ddclient were thought of and left out before
looking: 'uucp' is a user's name in an earlier commit's message, and a mail
filter (rspamd), a storage monitor (smartd, mdadm), a monitoring system
(Zabbix, Nagios), a peer-to-peer file sharer (Transmission) and DNS are
earlier rounds' kinds), and none is among Loghub's 16 systems).  The programs
are taken in that order, rigctld first, until six of them have a picked file
with logging statements: a program whose source the search tools do not
hold, or whose picked file holds no logging statement in what the rule
reads, gives no entry and the next program is taken, so the round has six
programs (fewer only if the list runs out, which is said here).  Within a
program one file is picked by its name from the index's file list before
reading it (the first version the index gives), as rounds 19 to 25's rule
says: the file whose name says it manages the program's numbered instances
(devices, disks, leases, clients, hosts, interfaces, sessions, users,
channels, connections, readers, tasks, jobs, nodes, ports, modems, paths,
targets, printers, locks) where the list has one, else the main daemon or
engine file; where several names say instances, the first instance word of
that list that a name says, then the first such file in the index's list;
it is read from its start in pages of 16,000 characters until 15 logging
statements are found or 32,000 characters are read, and the first 15
statements in file order (all, where fewer) are the entries, whatever their
level.  No other file of a program is taken for its picked file.  Nothing is
picked or left out for being easy or hard.  Each program's own prefix or
context (what its logging code writes around the message) is rendered as
that code does, from the code read; what is not in the code read is said,
and only what was read is rendered.  No miner change is made for them before
they are measured; they are measured once with main's miner
(detectors/templates as at c693c21, its behaviour unchanged since
fc9891c's class) and
Drain3 (defaults) beside it, at seeds 17, 1 and 2.
"""
