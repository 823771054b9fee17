"""Round 22 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
21's further list, fixed before round 21 looked at anything, in its order:
the BOINC client, earlyoom; then this further list, fixed here before any of
it is looked at, in this order: ser2net, Slurm's controller (slurmctld),
ModemManager, Erlang's port mapper daemon (epmd), GeoClue, OWFS's 1-Wire
server (owserver), fprintd, RealtimeKit (rtkit-daemon) (a serial-port to
network proxy, an HPC batch scheduler, a mobile broadband modem manager, a
language runtime's port mapper, a desktop geolocation service, a 1-Wire bus
server for sensors, a fingerprint reader daemon, a real-time scheduling
policy daemon; no round 1 to 21 used one of them or one of their kinds, no
word of their names is in any round's docstring, test or corpus values (grep
over tests/unit/templates, detectors/templates and README.md finds none, nor
git log's messages; BOINC and earlyoom are named only by round 21's further
list), and none is among Loghub's 16 systems: Loghub's HPC is a cluster's
own log, not Slurm's).  The programs are taken in that order, the BOINC
client first, until six of them have a picked file with logging statements:
a program whose source the search tools do not hold, or whose picked file
holds no logging statement in what the rule reads, gives no entry and the
next program is taken, so the round has six programs (fewer only if the list
runs out, which is said here).  Within a program one file is picked by its
name from the index's file list before reading it (the first version the
index gives), as rounds 19 to 21's rule says: the file whose name says it
manages the program's numbered instances (devices, disks, leases, clients,
hosts, interfaces, sessions, users, channels, connections, readers, tasks,
jobs, nodes, ports, modems) where the list has one, else the main daemon or
engine file; it is read from its start in pages of 16,000 characters until 15
logging statements are found or 32,000 characters are read, and the first 15
statements in file order (all, where fewer) are the entries, whatever their
level.  No other file of a program is taken for its picked file.  Nothing is
picked or left out for being easy or hard.  Each program's own prefix or
context (what its logging code writes around the message) is rendered as that
code does, from the code read; what is not in the code read is said, and only
what was read is rendered.  No miner change is made for them before they are
measured; they are measured once with main's miner (detectors/templates as at
48b6748, unchanged since 8b04d8f) and Drain3 (defaults) beside it, at seeds
17, 1 and 2.
"""
