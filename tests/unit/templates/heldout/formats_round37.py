"""Round 37 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 36's list was
taken to its end (Fuseki, Decidim, ServiceControl, Kimai and Glific gave no
entry), so nothing of it is left; a further list is fixed here before any of
it is looked at, in this order: ONOS, Oxidized, imgproxy, Webmin, NetBox,
Gotenberg, and after them, taken only if one of those gives no entry,
cloudflared, then Koha, then Paperless-ngx (an SDN controller of OpenFlow
switches written in Java, a network devices' configuration poller and
archiver written in Ruby, an image resizing and conversion server written
in Go, a web server for administering Unix hosts written in Perl, a
network source of truth (IP address and data-centre inventory) written in
Python, a document to PDF conversion server written in Go, an outbound
tunnel connector to an edge network written in Go, a library management
system written in Perl and a document archive with OCR written in Python;
Paperless-ngx is skipped if Gotenberg gave an entry, documents being near
kinds).  The list prefers servers, daemons and controllers that production
teams run and ship the logs of, and the languages the rounds have used
least, counted from the rounds' docstrings ("written in": Ruby 4 programs
named and none with an entry, Perl 2 named and one entry (Znuny), Go 2 named
in those words; the style columns of the rounds' tables: C about 100, C++
18, Go 13, Python 8, Java 7, PHP 3, Erlang 2, Zig, Scala, Lua, Kotlin,
JavaScript, Elixir and C# one each); no Rust, Haskell or Clojure program is
on the list: the ones thought of are of kinds used or named (below).

No round 1 to 36 used one of them or one of their kinds, and no word of
their names is in any round's docstring, test or corpus values: grep -i -w
over tests/unit/templates, detectors/templates and README.md finds none of
onos, sdn, openflow, software-defined, 'sdn controller', 'network
controller', oxidized, rancid, 'network configuration', 'config backup',
'configuration backup', imgproxy, 'image processing', 'image resizing',
'image server', 'image proxy', thumbnail, thumbor, webmin, miniserv,
'system administration', 'control panel', netbox, ipam, dcim, 'source of
truth', gotenberg, 'document conversion', cloudflared, koha, 'integrated
library', paperless, 'document management'; nor does git log --all -i with
word bounds.  What the grep does find, none of it a program of these kinds:
'device configuration', a format string of round 22's ser2net; 'pdf', file
names among the corpus values and an ending masking.py knows; 'libreoffice',
a Flatpak ref among round 26's values; 'tunnel', hand-made test lines of
test_mistake_classes.py; 'cloudflare', a DNS provider's name among
Traefik's ACME values (the provider, not its tunnel connector); 'library'
in many places, the C library's and Java libraries' (no library management
system).  Open vSwitch (round 12) is a switch that an SDN controller such as
ONOS programs, not a controller; Bacula (round 18) backs up hosts' files and
volumes to storage daemons, where Oxidized logs in to routers and switches
and keeps versions of their running configuration; MiniDLNA and Icecast
(rounds 16 to 18) serve media as they are, where imgproxy transforms images
on request.  None is among Loghub's 16 systems.

Thought of and left out before looking: SonarQube (named by redact commits
in git log --all), Pyroscope (round 32's list), ntfy and Gotify (named by
round 29), step-ca and OSRM (left out by round 29), ddclient (left
out by round 26), Metabase (left out by round 32), Faucet and OpenDaylight
(ONOS' kind: one is enough), Cockpit (Webmin's kind), Thumbor (imgproxy's
kind), Apache Tika (Gotenberg's neighbour), cloud-init (a guest's boot-time
agent, spice-vdagent's and salt-minion's neighbour), external-dns (a DNS
record updater, ddclient's and so DNS's kind), the GitHub Actions runner (a
CI job runner, Jenkins' kind as round 34 read Keel), Vaultwarden (Vault's
kind, round 30), RustDesk's server (a remote desktop relay, xrdp's and
turnserver's kinds), Materialize and RisingWave (databases whose kind the
rounds would argue), Cilium and Calico (container networking agents,
kubelet's neighbours), tpm2-abrmd (pcscd's neighbour), Tactical RMM (a
remote management agent, salt-minion's kind), Immich and PhotoPrism (photo
libraries, the media servers' kind), Nominatim (geocoding, GeoClue's kind).

The programs are taken in that order until six of them have a picked file
with logging statements: a program whose source the search tools do not
hold, or whose candidates hold no logging statement in what the rule reads,
gives no entry and the next program is taken, so the round has six
programs (fewer only if the list runs out, which is said here).  Within a
program the candidate files are picked by their names from the index's file
list before reading them (``find_files`` with the repository and the
program's language's ending, under its main source folder where it has
one; the first 100 names, the first version the index gives), as round 36's
rule as amended says: first the files whose own name (not their folders)
holds one of the words daemon, service, server, manager, handler, worker,
listener, taken in that order of words (the first word's files in the
index's order, then the next word's); then the files whose names say they
manage the program's numbered instances as rounds 19 to 36's rule says
(devices, disks, leases, clients, hosts, interfaces, sessions, users,
channels, connections, readers, tasks, jobs, nodes, ports, modems, paths,
targets, printers, locks); then the main daemon or engine file.  Test files
(a ``test`` or ``spec`` folder or name) are not candidates.  The candidates
are read one after another, each from its start in pages of 16,000
characters until 15 logging statements are found or 32,000 characters are
read, until one holds a logging statement or five have been read; the first
that holds one is the program's picked file, and its first 15 statements in
file order (all, where fewer) are the entries, whatever their level.  What
a file holds is not looked at beyond whether a logging statement is in it.
No other file of a program is taken for its picked file.  Nothing is picked
or left out for being easy or hard.  Each program's own prefix or context
(what its logging code writes around the message) is rendered as that code
does, from the code read; what is not in the code read is said, and only
what was read is rendered.  No miner change is made for them before they
are measured; they are measured once with main's miner (detectors/templates
as at main 213d9e7) and Drain3 (defaults) beside it, at seeds 17, 1 and 2.
"""
