"""Round 29 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 28's list ran
out (gvmd and QuickFIX gave no entry), so nothing of it is left; this further
list is fixed here before any of it is looked at, in this order: iperf3's
server (esnet's iperf), Cowrie, tmux, Miniflux, Etherpad, clangd, and after
them, taken only if one of those gives no entry, Gotify (a network
throughput tester, an SSH and Telnet honeypot, a terminal multiplexer's
server, a web feed reader, a collaborative document editor, a language
server for editors, a push notification server; no round 1 to 28 used one of
them or one of their kinds, no word of their names is in any round's
docstring, test or corpus values (grep -i -w over tests/unit/templates,
detectors/templates and README.md finds none of iperf, iperf3, esnet,
cowrie, honeypot, kippo, tmux, miniflux, etherpad, ether, collaborative,
clangd, clang, llvm, lsp, gotify, ntfy, nor does git log --all -i with word
bounds; 'multiplexer' is round 23's word for usbmuxd, a USB multiplexer, no
terminal's; 'rss' is README's resident set size, no feed; 'editor' is a
package description's word in the corpus values, 'language' round 22's
'language runtime' (epmd), none a program of these kinds), and none is among
Loghub's 16 systems).  Thought of and left out before looking: auditd (named
by round 23's docstring), Mailman (a path value of the corpus names it),
Celery (named in the corpus values), linuxptp (chrony's and ntpd's kind),
OSRM (a map server, renderd's kind), step-ca (near Vault's kind), Synapse
(an instant messaging server, ejabberd's and Prosody's kind).  The programs
are taken in that order until six of them have a picked file with logging
statements: a program whose source the search tools do not hold, or whose
picked file holds no logging statement in what the rule reads, gives no
entry and the next program is taken, so the round has six programs (fewer
only if the list runs out, which is said here).  Within a program one file
is picked by its name from the index's file list before reading it (the
first version the index gives), as rounds 19 to 28's rule says: the file
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
once with main's miner (detectors/templates as at f1433f8) and Drain3
(defaults) beside it, at seeds 17, 1 and 2.
"""
