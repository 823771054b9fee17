"""Round 38 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 37's list was
taken to its Koha (Paperless-ngx skipped as its rule said), so nothing of it
is left; a further list is fixed here before any of it is looked at, in this
order: Keylime's agent, ulogd, ManageIQ, stratisd, MUNGE, FOSSBilling, and
after them, taken only if one of those gives no entry, Zincati, then
udisks (skipped if stratisd gave an entry, the two being storage daemons of
one host), then ModSecurity (a remote attestation agent that reads a host's
TPM quotes and measured boot and IMA logs for a verifier, written in Rust
(keylime/rust-keylime); a netfilter userspace packet and flow logging
daemon written in C; a cloud and infrastructure management platform (its
workers inventory and act on virtualization and cloud providers) written in
Ruby; a storage pool and thin filesystem management daemon written in Rust;
an authentication service that signs and validates credentials across an
HPC cluster written in C; a billing and client management server for
hosting businesses written in PHP; an OS update agent that stages and
reboots into new deployments (Fedora CoreOS) written in Rust; a disk and
block device management daemon written in C; a web application firewall
engine written in C++).  The list prefers daemons, agents and servers that
production teams run and ship the logs of, and the languages the rounds
have used least, counted from the rounds' docstrings ("written in": Java 8,
PHP 7, C 6, Ruby 5, Perl 4, Go 4, Elixir 4, C# 4, C++ 2, Zig, Scala, Rust,
Python, Kotlin and JavaScript one each; Ruby's first entry was round 37's
Oxidized, Rust's none): three of the nine are Rust, one Ruby.  No Haskell,
OCaml or Clojure program is on the list: the ones thought of are of kinds
used or named (below).

No round 1 to 37 used one of them or one of their kinds, and no word of
their names is in any round's docstring, test or corpus values: grep -i -w
over tests/unit/templates, detectors/templates and README.md finds none of
keylime, attestation, 'remote attestation', 'integrity measurement', ima,
ulogd, netfilter, 'packet logging', manageiq, cloudforms, 'cloud
management', 'infrastructure management', stratisd, stratis, 'storage
pool', lvm, munge, munged, 'authentication service', fossbilling, whmcs,
zincati, rpm-ostree, ostree, 'os update', auto-update, udisks,
modsecurity, waf, 'web application firewall', coraza; nor does git log
--all -i with word bounds.  What the grep does find, none of it a program
of these kinds: 'tpm', a firmware device's name among round 20's fwupd
values, and 'tpm2', round 37's left-out tpm2-abrmd (a TPM access broker,
pcscd's neighbour; Keylime's agent does not broker the TPM for other
programs, it attests the host to a remote verifier); 'billing', database
and host names among the corpus values and hand-made test lines (no
billing server); 'krb5kdc' and 'kerberos', round 20's program (a ticket
server of principals and realms, where MUNGE signs a uid and gid with one
key shared by a cluster's hosts and runs no tickets: a neighbour, so it is
fifth); 'conntrack' and 'conntrackd' (rounds 16 to 19 and 33; a table's
and a named program's words: conntrackd replicates connection tracking
state between firewalls, where ulogd writes the packets and flows that
rules send it); nftables (round 10) is the ruleset's tool, not a logging
daemon; mdadm and multipathd (rounds 14 and 23) assemble and watch RAID
arrays and paths, where stratisd builds pools and thin filesystems on
them; fwupd and packagekitd (rounds 20 and 25) update firmware and
packages on request, where Zincati decides when a host updates and reboots
(a neighbour, so it is after the six); Foreman (named by round 33, a
host provisioning and lifecycle server) is ManageIQ's neighbour, the one
provisions bare hosts and the other inventories and acts on clouds and
hypervisors through providers (a neighbour, so it is third, after the two
whose kinds nothing names).  None is among Loghub's 16 systems.

Thought of and left out before looking: Qdrant, PostgREST, Plausible,
Hangfire, Riak, Hazelcast, BookKeeper and SuiteCRM (used or named by
rounds 31 to 35), Firecracker (named by round 32), auditd and USBGuard
(named by rounds 20 to 33), autofs (round 34's values), conntrackd (rounds
16 to 19), Sympa (Mailman's kind, named by round 29), Riemann (monitoring,
the rounds' many monitors' kind), supervisord and WinSW (service managers,
systemd's kind), Tarantool (an in-memory database, Redis' kind), Snabb
(userspace switching, Open vSwitch's neighbour), Hasura (PostgREST's
kind), XAPI (a virtualization toolstack, libvirt's kind), Liquidsoap
(Icecast's source), Proxmox VE's daemons (libvirt's and Pacemaker's
kinds), Bucardo (Postgres replication, Electric's kind), OpenXPKI (a
CA, step-ca's kind), Tiny Tiny RSS (a feed reader, round 29's kind),
CrowdSec (Fail2ban's kind), Lldap and Kanidm (identity, slapd's and
Keycloak's kinds), Vector (a log shipper, Fluent Bit's kind).

The programs are taken in that order until six of them have a picked file
with logging statements: a program whose source the search tools do not
hold, or whose candidates hold no logging statement in what the rule reads,
gives no entry and the next program is taken, so the round has six
programs (fewer only if the list runs out, which is said here).  Within a
program the candidate files are picked by their names from the index's file
list before reading them, as round 37's rule says (``find_files`` with the
repository and the program's language's ending, under its main source
folder where it has one; the first 100 names, the first version the index
gives): first the files whose own name (not their folders) holds one of the
words daemon, service, server, manager, handler, worker, listener, taken in
that order of words (the first word's files in the index's order, then the
next word's); then the files whose names say they manage the program's
numbered instances (devices, disks, leases, clients, hosts, interfaces,
sessions, users, channels, connections, readers, tasks, jobs, nodes, ports,
modems, paths, targets, printers, locks); then the main daemon or engine file.  Test files (a ``test`` or ``spec`` folder or
name) are not candidates.  The candidates are read one after another, each
from its start in pages of 16,000 characters until 15 logging statements
are found or 32,000 characters are read, until one holds a logging
statement or five have been read; the first that holds one is the
program's picked file, and its first 15 statements in file order (all,
where fewer) are the entries, whatever their level.  What a file holds is
not looked at beyond whether a logging statement is in it.  No other file
of a program is taken for its picked file.  Nothing is picked or left out
for being easy or hard.  Each program's own prefix or context (what its
logging code writes around the message) is rendered as that code does,
from the code read; what is not in the code read is said, and only what was
read is rendered.  No miner change is made for them before they are
measured; they are measured once with main's miner (detectors/templates as
at main 4ebf1c3) and Drain3 (defaults) beside it, at seeds 17, 1 and 2.
"""
