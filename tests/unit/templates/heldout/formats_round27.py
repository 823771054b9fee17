"""Round 27 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
26's further list, fixed before round 26 looked at anything: LinuxCNC's task
controller (milltask); then this further list, fixed here before any of it is
looked at, in this order: an EPICS input/output controller (epics-base's IOC
core), the INDI server (indiserver), WeeWX (weewxd), open62541's OPC UA
server, Radicale, Greenbone's vulnerability manager (gvmd) (a control
system's process database, an astronomy instruments' bus, a weather
station's logger, an industrial data server, a calendar and contacts server,
a vulnerability scanner's manager; no round 1 to 26 used one of them or one
of their kinds, no word of their names is in any round's docstring, test or
corpus values (grep -i -w over tests/unit/templates, detectors/templates and
README.md finds none of epics, ioc, indi, indiserver, telescope, weewx,
weather, open62541, opc, opcua, radicale, caldav, gvmd, greenbone, openvas,
vulnerability, nor does git log --all -i with word bounds but 'calendar',
once, a word of an earlier commit's message and no program; linuxcnc is
named only by round 26's further list), and none is among Loghub's 16
systems).  Thought of and left out before looking: mbusd (a Modbus serial
line served over TCP) and socketcand (a CAN bus served over TCP), both the
kind of round 22's ser2net (a device's bus brought to the network); Klipper
(a machine's motion controller, LinuxCNC's kind); Tvheadend (a media
streaming server, icecast's and minidlna's kind); OctoPrint (its name is in
earlier rounds' files).  The programs are taken in that order, LinuxCNC's
task controller first, until six of them have a picked file with logging
statements: a program whose source the search tools do not hold, or whose
picked file holds no logging statement in what the rule reads, gives no
entry and the next program is taken, so the round has six programs (fewer
only if the list runs out, which is said here).  Within a program one file
is picked by its name from the index's file list before reading it (the
first version the index gives), as rounds 19 to 26's rule says: the file
whose name says it manages the program's numbered instances (devices, disks,
leases, clients, hosts, interfaces, sessions, users, channels, connections,
readers, tasks, jobs, nodes, ports, modems, paths, targets, printers, locks)
where the list has one, else the main daemon or engine file; where several
names say instances, the first instance word of that list that a name says,
then the first such file in the index's list; it is read from its start in
pages of 16,000 characters until 15 logging statements are found or 32,000
characters are read, and the first 15 statements in file order (all, where
fewer) are the entries, whatever their level.  No other file of a program is
taken for its picked file.  Nothing is picked or left out for being easy or
hard.  Each program's own prefix or context (what its logging code writes
around the message) is rendered as that code does, from the code read; what
is not in the code read is said, and only what was read is rendered.  No
miner change is made for them before they are measured; they are measured
once with main's miner (detectors/templates as at c800c5a, its behaviour
unchanged since fee3086's class) and Drain3 (defaults) beside it, at seeds
17, 1 and 2.
"""
