"""Round 24 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
23's further list, fixed before round 23 looked at anything, in its order:
Open-iSCSI's initiator daemon (iscsid), rasdaemon, OctoPrint, usbmuxd,
sanlock; then this further list, fixed here before any of it is looked at, in
this order: colord, Plymouth's daemon (plymouthd), distcc's daemon (distccd),
gpm, HylaFAX's server (hfaxd), Salt's minion (salt-minion), PackageKit's
daemon (packagekitd), SPICE's guest agent (spice-vdagent) (a colour
management daemon, a boot splash daemon, a distributed compiler daemon, a
console mouse server, a fax server, a configuration management agent, a
package management daemon, a virtual machine's guest agent; no round 1 to 23
used one of them or one of their kinds, no word of their names is in any
round's docstring, test or corpus values (grep -i -w over tests/unit/templates,
detectors/templates and README.md finds none of colord, color, plymouth,
distcc, gpm, hylafax, fax, salt, minion, packagekit, spice, vdagent, nor does
git log --all -i --grep; iscsid, rasdaemon, OctoPrint, usbmuxd and sanlock are
named only by round 23's further list; Thunderbolt's boltd and
iio-sensor-proxy were thought of and left out before looking, 'bolt',
'Thunderbolt' and 'sensor' being words of earlier rounds' values), and none
is among Loghub's 16 systems).  The programs are taken in that order, iscsid
first, until six of them have a picked file with logging statements: a
program whose source the search tools do not hold, or whose picked file holds
no logging statement in what the rule reads, gives no entry and the next
program is taken, so the round has six programs (fewer only if the list runs
out, which is said here).  Within a program one file is picked by its name
from the index's file list before reading it (the first version the index
gives), as rounds 19 to 23's rule says: the file whose name says it manages
the program's numbered instances (devices, disks, leases, clients, hosts,
interfaces, sessions, users, channels, connections, readers, tasks, jobs,
nodes, ports, modems, paths, targets, printers, locks) where the list has
one, else the main daemon or engine file; it is read from its start in pages
of 16,000 characters until 15 logging statements are found or 32,000
characters are read, and the first 15 statements in file order (all, where
fewer) are the entries, whatever their level.  No other file of a program is
taken for its picked file.  Nothing is picked or left out for being easy or
hard.  Each program's own prefix or context (what its logging code writes
around the message) is rendered as that code does, from the code read; what
is not in the code read is said, and only what was read is rendered.  No
miner change is made for them before they are measured; they are measured
once with main's miner (detectors/templates as at fa88bd1, unchanged since
f8aa487's classes) and Drain3 (defaults) beside it, at seeds 17, 1 and 2.
"""
