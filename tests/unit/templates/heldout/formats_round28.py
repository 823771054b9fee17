"""Round 28 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
27's further list, fixed before round 27 looked at anything: Greenbone's
vulnerability manager (gvmd); then this further list, fixed here before any
of it is looked at, in this order: Orthanc (a DICOM server), QuickFIX (its
C++ FIX engine), ROS 2's C++ client library (rclcpp), renderd (mod_tile's
map tile renderer), OpenOCD, and after them, taken only if one of those
gives no entry, Tang (tangd) (a medical imaging archive, a financial
trading protocol's session engine, a robot middleware's node library, a web
map's tile renderer, an on-chip debugger's server, a network-bound disk
encryption key server; no round 1 to 27 used one of them or one of their
kinds, no word of their names is in any round's docstring, test or corpus
values (grep -i -w over tests/unit/templates, detectors/templates and
README.md finds none of orthanc, dicom, pacs, medical, quickfix, trading,
rclcpp, ros, ros2, robot, robotics, renderd, mod_tile, tile, mapnik, osm,
openstreetmap, openocd, jtag, debugger, tang, clevis, nor does git log --all
-i with word bounds but 'tile', once, a word of an earlier commit's message
about numpy and no program; 'fix' is an English word of many files, no
program's name; gvmd and openvas are named only by round 27's further list),
and none is among Loghub's 16 systems).  Thought of and left out before
looking: kiwix-serve (an HTTP server of offline content, the kind of round
8's lighttpd and round 26's Jupyter Server); Core Lightning (a cryptocurrency
node, round 20's bitcoind's kind); knxd (a building bus brought to the
network, round 22's ser2net's kind).  The programs are taken in that order,
gvmd first, until six of them have a picked file with logging statements: a
program whose source the search tools do not hold, or whose picked file
holds no logging statement in what the rule reads, gives no entry and the
next program is taken, so the round has six programs (fewer only if the
list runs out, which is said here).  Within a program one file is picked by
its name from the index's file list before reading it (the first version
the index gives), as rounds 19 to 27's rule says: the file whose name says
it manages the program's numbered instances (devices, disks, leases,
clients, hosts, interfaces, sessions, users, channels, connections,
readers, tasks, jobs, nodes, ports, modems, paths, targets, printers,
locks) where the list has one, else the main daemon or engine file; where
several names say instances, the first instance word of that list that a
name says, then the first such file in the index's list; it is read from its
start in pages of 16,000 characters until 15 logging statements are found
or 32,000 characters are read, and the first 15 statements in file order
(all, where fewer) are the entries, whatever their level.  No other file of
a program is taken for its picked file.  Nothing is picked or left out for
being easy or hard.  Each program's own prefix or context (what its logging
code writes around the message) is rendered as that code does, from the
code read; what is not in the code read is said, and only what was read is
rendered.  No miner change is made for them before they are measured; they
are measured once with main's miner (detectors/templates as at 0f481cd, its
behaviour unchanged since fee3086's class) and Drain3 (defaults) beside it,
at seeds 17, 1 and 2.
"""
