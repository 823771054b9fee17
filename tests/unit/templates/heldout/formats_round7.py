"""Round 7 of the held-out corpus: six more programs' log format strings (measurement only).

Rule, stated before any of them was read: round 5's list continues in its order
(ProFTPD, Exim, Samba), then a new list in its order (FreeRADIUS, Keepalived,
PowerDNS, chrony, OpenLDAP slapd, Suricata, Kea DHCP); the first six whose
source the search tools hold are this round's programs (one is skipped only if
its source is not held, and that is said here).  Within a program one file is
picked by its name before reading it (the first version the index gives), read
from its start in pages of 16,000 characters until 20 logging statements are
found or 48,000 characters are read, and the first 20 statements in file order
(all, where fewer) are the entries, whatever their level.  Nothing is picked or
left out for being easy or hard.  Each program's own prefix or context (what its
logging code writes around the message) is rendered as that code does.  No miner
change is made for them before they are measured.

The first six of the list were all held (proftpd/proftpd, Exim/exim,
samba-team/samba, FreeRADIUS/freeradius-server, acassen/keepalived,
PowerDNS/pdns), so chrony, OpenLDAP, Suricata and Kea were not looked at.  The
files, picked by their names before any was read: ProFTPD ``modules/mod_auth.c``,
Exim ``src/src/daemon.c``, Samba ``source3/smbd/server.c``, FreeRADIUS
``src/main/auth.c``, Keepalived ``keepalived/vrrp/vrrp.c``, PowerDNS
``pdns/tcpreceiver.cc``.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``proftpd``             proftpd/proftpd ``modules/mod_auth.c``          C ``pr_log_pri``,
                        (0023e7f7; characters 0-32,000 of 119,493);     ``pr_log_debug``,
                        20 statements, 22 events                        ``pr_log_auth``
``exim``                Exim/exim ``src/src/daemon.c`` (001bf8f5;       C ``log_write``
                        characters 0-32,000 of 83,505); 20              and ``DEBUG()``
                        statements, 23 events                           ``debug_printf``
``samba``               samba-team/samba ``source3/smbd/server.c``      C ``DEBUG(level,
                        (004564cd, a 2009-era copy; characters          (...))``
                        0-16,000 of 30,649); 20 statements
``freeradius``          FreeRADIUS/freeradius-server ``src/main/        C ``radlog``,
                        auth.c`` (00433478, a 1.x-era copy;             ``DEBUG2``,
                        characters 0-16,000 of 22,961); 20 statements   ``rad_authlog``
``keepalived``          acassen/keepalived ``keepalived/vrrp/vrrp.c``   C ``log_message``
                        (001ea5f6; characters 0-32,000 of 109,109);
                        20 statements, 27 events
``powerdns``            PowerDNS/pdns ``pdns/tcpreceiver.cc``           C++ ``g_log <<``
                        (002eacc3; characters 0-16,000 of 46,657;       streams
                        the next page was read too, none of it used);
                        20 statements
======================  ==============================================  ==================

A statement is a call of the program's logging function or macro whose text is
in the file read: ``debug_printf`` under Exim's ``DEBUG()``, FreeRADIUS's
``DEBUG2`` and PowerDNS's ``DLOG`` count, whatever their level, and so does
FreeRADIUS's ``rad_authlog(msg, ...)`` (its ``radlog`` writes the caller's
literal, so each call is its own event and the two ``radlog`` calls inside it
are not counted again).  Not statements: replies to the client
(``pr_response_send``, ``smtp_printf``), thrown exceptions (PowerDNS's
``NetworkError``), calls that end the process (Samba's ``smb_panic``,
``exit_server``), ProFTPD's ``pr_trace_msg`` (a trace channel, not the log) and
text passed to ``never_error`` counted with its ``log_write``.  The PowerDNS
query line is written by one statement and ended by another (``: packetcache
HIT``, ``: packetcache MISS`` or nothing when the cache is off): three events.

Label rules are rounds 1 to 6's: one statement is one event whatever its values
expand to; two statements of a file with the same text are one event
(ProFTPD's three ``unable to display DisplayLogin file``, PowerDNS's two
``exceeded the maximum TCP connection duration`` and ``Error closing TCP
socket``); a ternary over literal words is one event per word (ProFTPD's
``ANON``/``USER`` and ``user``/``group``/``class``/``all``, Keepalived's
``setting``/``removing``, ``VIPs.``/``E-VIPs.`` and the SECURITY VIOLATION's
tail, PowerDNS's ``A``/``I`` of ``AXFR-out``/``IXFR-out``); a literal passed by
a caller is one event per literal (Exim's ``never_error`` texts, the fourth of
them past the 20th statement but in the pages read; FreeRADIUS's
``rad_authlog`` messages); ``__location__`` is fixed text at its call site
(Samba's ``smbd/server.c:230``).

Rendering (what is stripped is the line's header, as Loghub's ``Content``):

* ProFTPD: syslog's ``proftpd[pid]: `` stripped; in a session every line carries
  ``ServerName (remote name[remote ip]) - `` (the name is the address unless
  UseReverseDNS resolved one).
* Exim: the main log's date stripped (``log_selector`` may add ``:port`` to
  ``[address]``, one setting a log); debug lines without their pid and newline.
* Samba: log.smbd's header line (``[date, level] file:line(function)``)
  stripped, the message's line without its newline.
* FreeRADIUS: ``<date> : <Level>: `` stripped; ``rad_authlog`` writes
  ``msg: [user] (from nas NAS port N cli ID)`` with the password logging off (the
  default), `` cli ID`` only when the request has a Calling-Station-Id.
* Keepalived: syslog's ``Keepalived_vrrp[pid]: `` stripped.
* PowerDNS: the time and ``pdns_server[pid]: `` stripped.

Written from memory, not read: ProFTPD's session prefix, Exim's debug prefix and
``sender_fullhost`` forms, Samba's header line, FreeRADIUS's ``nas_name2`` and
log header, PowerDNS's ``closesocket`` error text and backend errors, and the
texts of errors, expansions and signals.  They are values or prefixes, not the
events' fixed text.

First measurement (130 format strings after the expansions above; ``python -m
tests.unit.templates.heldout --round 7 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes, with
main's HEAD a145755 (its miner is cbc0e8e's, the last template commit, with the
fixes of rounds 1 to 6): mean 0.651 / 0.634 / 0.606 at seeds 17 / 1 / 2 (Drain3
0.441 / 0.403 / 0.419).  Its ``--mistakes`` showed two values the generator drew
that the source cannot produce: Samba's signal number and its ``strsignal()``
name drawn apart (``signal 11 (Aborted)``), and PowerDNS's ``Error closing TCP
socket:`` given a backend's error instead of ``closesocket()``'s ``Error
closing socket: <strerror>``.  Both were fixed in the corpus before any miner
change (only PowerDNS at seed 2 moved: 0.232 -> 0.327; Samba's figures are the
same)::

    GA at seeds 17 / 1 / 2   events  miner of cbc0e8e (held out)    Drain3
    proftpd                      22  0.688 0.786 0.711              0.000 0.000 0.000
    exim                         23  0.880 0.726 0.921              0.305 0.588 0.700
    samba                        20  0.670 0.427 0.680              0.670 0.427 0.680
    freeradius                   20  0.938 0.829 0.822              0.694 0.513 0.683
    keepalived                   27  0.355 0.234 0.271              0.185 0.217 0.150
    powerdns                     20  0.374 0.801 0.327              0.791 0.674 0.301
    mean                             0.651 0.634 0.622              0.441 0.403 0.419

Mistakes (``--mistakes``, seeds 17, 1, 2), nearly all splits: a name in a
parenthesised leading context splitting one event per instance (Keepalived's
``(VI_1) ...``, the largest loss); an error text after a label
(``strerror()``, ``strsignal()``, exception texts, expansion errors: Samba,
Exim, PowerDNS; round 4's ``%m`` class, left on purpose then); a single-quoted
value (``no such user 'alice'``, PowerDNS's ``zone 'example.com', client
'ip:port'``, ``wants 'example.com|A'``); a word drawn from a few
(FreeRADIUS's Auth-Type names, ProFTPD's ``anonymous``/``ftp``, Keepalived's
script names); an empty value at the end (Exim's ``Sender: ``).  Merges:
ProFTPD's four ``error opening scoreboard: ...`` (three literal reasons and a
``strerror()``) into one, FreeRADIUS's ``auth: type Crypt`` / ``auth: type
Local`` with ``auth: type "<name>"``.

What carried over: with the miner before all rounds (ed23550) round 7 scores
0.620 / 0.610 / 0.577, so rounds 1 to 6's rules added 0.031 / 0.024 / 0.045
(Exim up at all three seeds, ProFTPD down at two: its literal ``error opening
scoreboard:`` reasons now join the ``strerror()`` family); round 6's own two
fixes (the miner of 0b80dcd's parent) move nothing here.

Two of these classes were then fixed (in-sample from here; rounds 1 to 6
unchanged at all three seeds, every program; no pair of the 8 given Loghub
systems' templates newly merged or split): a configured instance's name in
parentheses leading the line is a value (commit b6fcd4b: keepalived 0.355 /
0.234 / 0.271 -> 0.970 / 0.964 / 0.637), and a double-quoted string and a bare
word at one position are two statements (commit 1d55976: freeradius 0.938 /
0.829 / 0.822 -> 0.964 / 0.953 / 1.000).  Round 7's mean: 0.651 / 0.634 /
0.622 -> 0.758 / 0.776 / 0.713.  Tried and rejected: a phrase family whose
every reason holds a label of its own (a wrapped error) merging from two
reasons instead of five lifted PowerDNS (0.374 / 0.801 / 0.327 -> 0.386 /
0.871 / 0.472) but merged Loghub-distinct events (OpenSSH's ``Received
disconnect from <*>: <*>: Bye Bye`` / ``Closed due to user request``, Mac's
``onSleep`` / ``onWake``) and lowered Consul, Kafka and Zabbix.  Left: error
texts after a label (Samba, Exim, PowerDNS; Loghub labels BGL's four
``strerror()`` texts after one label as four events), single-quoted values at
one position (``no such user 'alice'``: a call site's quoted literal has the same
shape), snake_case names in prose (``track script chk_haproxy``: Loghub's Mac
and BGL keep function names such as ``hibernate_rebuild`` as fixed text), a
word drawn from a few, an empty value at the end.  The floor test covers round
7 (mean >= 0.71, every program >= 0.32: what all three seeds reached).
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

_MA = "modules/mod_auth.c"
# pr_log_auth's "%s %s: Login successful." writes ANON or USER: one event per literal; the nested ternary of
# "setting TimeoutSession ..." one event per word; the three "unable to display DisplayLogin file" statements
# write one text: one event
_PROFTPD = [
    Event("proftpd", _MA, fmt, kinds, style="proftpd")
    for fmt, kinds in [
        ("Login timeout exceeded, disconnected", ()),
        ("FTP session timed out, disconnected", ()),
        ("error opening scoreboard: bad/corrupted file", ()),
        ("error opening scoreboard: bad version (too old)", ()),
        ("error opening scoreboard: bad version (too new)", ()),
        ("error opening scoreboard: %s", ("p_strerror",)),
        ("notice: unable to add scoreboard entry: %s", ("p_strerror",)),
        ("no such user '%s'", ("p_user",)),
        ("ANON %s: Login successful.", ("p_anon_user",)),
        ("USER %s: Login successful.", ("p_user",)),
        ("ftp protocol denied by Protocols config", ()),
        ("setting TimeoutSession of %d seconds for current user", ("p_timeout",)),
        ("setting TimeoutSession of %d seconds for current group", ("p_timeout",)),
        ("setting TimeoutSession of %d seconds for current class", ("p_timeout",)),
        ("setting TimeoutSession of %d seconds for current all", ("p_timeout",)),
        ("unable to display DisplayLogin file '%s': %s", ("p_display", "p_strerror")),
        ("RootRevoke in effect, active data transfers may not succeed", ()),
        ("RootRevoke in effect, dropped root privs", ()),
        ("error: unable to check %s: %s", ("p_root", "p_strerror")),
        ("error: DefaultRoot %s is a symlink (denied by AllowChrootSymlinks config)", ("p_root",)),
        ("notice: unable to use DefaultRoot '%s' [resolved to '%s']: %s", ("p_root_raw", "p_resolved", "p_strerror")),
        ("USER %s: user is not a UserAlias from %s [%s] to %s:%i",
         ("p_user", "p_remote_name", "p_remote_ip", "p_local_ip", "p_local_port")),
    ]
]

_DM = "src/src/daemon.c"
# never_error() logs "%s%s": the literal its caller passes, then ": " and strerror(); one event per literal
# passed in the pages read (the fourth caller, "accept process fork failed", is past the 20th statement).
# DEBUG(...) debug_printf() lines are statements whatever their level: exim -d writes them to its debug log.
_EXIM = [
    Event("exim", _DM, fmt, kinds, style="exim")
    for fmt, kinds in [
        ("daemon: fdopen() for smtp_out failed: %s", ("e_strerror",)),
        ("daemon: couldn't dup socket descriptor: %s", ("e_strerror",)),
        ("daemon: fdopen() for smtp_in failed: %s", ("e_strerror",)),
        ("daemon: accept process fork failed: %s", ("e_strerror",)),
        ("unlinking notifier socket %s\n", ("e_notifier",)),
        ("Connection request from %s port %d\n", ("e_ip", "e_port")),
        ("getsockname() failed: %s", ("e_strerror",)),
        ("interface address=%s port=%d\n", ("e_interface", "e_listen_port")),
        ("rejecting SMTP connection: count=%d max=%d\n", ("e_limit_reached", "e_max")),
        ("Connection from %s refused: too many connections", ("e_whofrom",)),
        ("rejecting SMTP connection: load average = %.2f\n", ("e_load",)),
        ("Connection from %s refused: load average = %.2f", ("e_whofrom", "e_load")),
        ("expansion of smtp_accept_max_per_host failed for %s: %s", ("e_whofrom", "e_expand_error")),
        ("expansion of smtp_accept_max_per_host for %s contains non-digit: %s", ("e_whofrom", "e_non_digit")),
        ("rejecting SMTP connection: too many from this IP address: count=%d max=%d\n", ("e_limit_reached", "e_max")),
        ("Connection from %s refused: too many connections from that IP address", ("e_whofrom",)),
        ("SMTP connection from %s (TCP/IP connection count = %d)", ("e_whofrom", "e_count")),
        ('failed to expand "%s" (smtp_active_hostname): %s', ("e_active_hostname", "e_expand_error")),
        ("Process %d is handling incoming connection from %s\n", ("e_pid", "e_fullhost")),
        ("Process %d is ready for new message\n", ("e_pid",)),
        ("SMTP>>(close on process exit)\n", ()),
        ("Sender: %s\n", ("e_sender",)),
        ("Recipients:\n", ()),
    ]
]

_SV = "source3/smbd/server.c"
# __location__ is fixed text at its call site (the file and line, "smbd/server.c:230"); both branches of
# #if HAVE_STRSIGNAL and the #ifdef DEVELOPER statements are statements of the file
_SAMBA = [
    Event("samba", _SV, fmt, kinds, style="samba")
    for fmt, kinds in [
        ("Could not init smbd messaging context.\n", ()),
        ("smb_conf_updated: Got message saying smb.conf was updated. Reloading.\n", ()),
        ("smb_stat_cache_delete: delete name %s\n", ("sm_name",)),
        ("** sam sync message received, ignoring\n", ()),
        ("got a SHUTDOWN message\n", ()),
        ("Process %s sent bogus signal injection request\n", ("sm_procid",)),
        ("Process %s requested injection of signal %d (%s)\n", ("sm_procid", "sm_signal", "sm_signame")),
        ("Process %s requested injection of signal %d\n", ("sm_procid", "sm_signal")),
        ("Could not add child struct -- malloc failed\n", ()),
        ("smbd/server.c:230 Unclean shutdown of pid %u\n", ("sm_pid",)),
        ("Could not find child %d -- ignoring\n", ("sm_pid",)),
        ("open_sockets_smbd: accept: %s\n", ("sm_strerror",)),
        ("child process cannot initialize because too many files are open\n", ()),
        ("reinit_after_fork() failed\n", ()),
        ("smbd_accept_connection: sys_fork() failed: %s\n", ("sm_strerror",)),
        ("smbd_open_once_socket: open_socket_in: %s\n", ("sm_strerror",)),
        ("open_sockets_smbd: listen: %s\n", ("sm_strerror",)),
        ("open_sockets_smbd: tevent_add_fd: %s\n", ("sm_strerror",)),
        ("houskeeping\n", ()),
        ("open_sockets_smbd: interface %d has NULL IP address !\n", ("sm_iface",)),
    ]
]

_AU = "src/main/auth.c"
# rad_authlog(msg, request, goodpass) writes "<msg>: [<user>] (<auth_name>)" with radlog(L_AUTH, ...): each
# call with its literal is a statement and one event; auth_name() is "from nas <name> port <n>", then
# " cli <Calling-Station-Id>" when the request has one (log_auth_goodpass/badpass off, the default)
_AUTHLOG = ": [%s] (from nas %s port %d%s)"
_FREERADIUS = [
    Event("freeradius", _AU, fmt, kinds)
    for fmt, kinds in [
        ("rad_check_return:  Auth-Type is Reject", ()),
        ("  rad_check_password:  Found Auth-Type %s", ("r_auth_type",)),
        ("  rad_check_password: Auth-Type = Reject, rejecting user", ()),
        ("Warning:  Found %d auth-types on request for user '%s'", ("r_auth_types", "r_user")),
        ("  rad_check_password: Auth-Type = Accept, accepting the user", ()),
        ("auth: No Password or CHAP-Password attribute in the request", ()),
        ("auth: type Crypt", ()),
        ("No Crypt-Password configured for the user", ()),
        ("No Crypt-Password configured for the user" + _AUTHLOG,
         ("r_user", "r_nas", "r_nas_port", "r_cli")),
        ("auth: type Local", ()),
        ("auth: No Password configured for the user", ()),
        ("No Password configured for the user" + _AUTHLOG,
         ("r_user", "r_nas", "r_nas_port", "r_cli")),
        ("auth: user supplied Password matches local Password", ()),
        ("The user did not supply a Password or a CHAP-Password attribute", ()),
        ("The user did not supply a Password or a CHAP-Password attribute" + _AUTHLOG,
         ("r_user", "r_nas", "r_nas_port", "r_cli")),
        ("auth: user supplied CHAP-Password matches local Password", ()),
        ('auth: type "%s"', ("r_auth_type",)),
        ("no memory", ()),
        ("Home server says invalid user" + _AUTHLOG,
         ("r_user", "r_nas", "r_nas_port", "r_cli")),
        ("Invalid user" + _AUTHLOG, ("r_user", "r_nas", "r_nas_port", "r_cli")),
    ]
]

_VR = "keepalived/vrrp/vrrp.c"
# the ternaries over literals ("setting"/"removing", "VIPs."/"E-VIPs.", the SECURITY VIOLATION's
# " There are insecure scripts." or ""): one event per literal
_KEEPALIVED = [
    Event("keepalived", _VR, fmt, kinds)
    for fmt, kinds in [
        ("(%s) setting protocol VIPs.", ("k_iname",)),
        ("(%s) removing protocol VIPs.", ("k_iname",)),
        ("(%s) setting protocol E-VIPs.", ("k_iname",)),
        ("(%s) removing protocol E-VIPs.", ("k_iname",)),
        ("(%s) setting protocol Virtual Routes", ("k_iname",)),
        ("(%s) removing protocol Virtual Routes", ("k_iname",)),
        ("(%s) setting protocol Virtual Rules", ("k_iname",)),
        ("(%s) removing protocol Virtual Rules", ("k_iname",)),
        ("(%s) setting protocol iptable drop rule", ("k_iname",)),
        ("(%s) removing protocol iptable drop rule", ("k_iname",)),
        ("Disabling track script %s due to insecure", ("k_script",)),
        ("Disabling track script %s since not found/accessible", ("k_script",)),
        ("SECURITY VIOLATION - scripts are being executed but script_security not enabled.", ()),
        ("SECURITY VIOLATION - scripts are being executed but script_security not enabled. "
         "There are insecure scripts.", ()),
        ("(%s) IPSEC-AH : invalid IPSEC HMAC-MD5 value. Due to fields mutation or bad password !", ("k_iname",)),
        ("IPSEC AH : invalid IPSEC SPI value. %d and expect %d", ("k_spi", "k_spi")),
        ("(%s) IPSEC-AH : sequence number %d already processed. Packet dropped. Local(%d)",
         ("k_iname", "k_seq", "k_seq_local")),
        ("recvmsg returned %zd", ("k_recv_error",)),
        ("(%s) ip/vrrp header too short. %zu and expect at least %zu", ("k_iname", "k_short", "k_hdr4")),
        ("(%s) invalid ttl. %d and expect %d", ("k_iname", "k_ttl", "k_255")),
        ("(%s) vrrp header too short. %zu and expect at least %zu", ("k_iname", "k_short6", "k_hdr6")),
        ("(%s) configured address family is %d, which is neither AF_INET or AF_INET6. This is probably a bug - "
         "please report", ("k_iname", "k_family")),
        ("(%s) Invalid auth type: %d", ("k_iname", "k_bad_auth_type")),
        ("(%s) received a %d auth, expecting %d!", ("k_iname", "k_auth_got", "k_expected")),
        ("(%s) received an invalid passwd!", ("k_iname",)),
        ("(%s) advertisement interval mismatch mine=%d sec rcved=%d sec", ("k_iname", "k_adver", "k_adver0")),
        ("(%s) invalid version. %d and expect %d", ("k_iname", "k_version_got", "k_expected")),
    ]
]

_TR = "pdns/tcpreceiver.cc"
# g_log << ... << endl chains written as one format, each streamed value a %s; the query line is written by
# one statement and ended by another: ": packetcache HIT", ": packetcache MISS" or nothing (cache off); the
# two writes of "exceeded the maximum TCP connection duration" and of "Error closing TCP socket: " are one
# event each; the XFR prefix's "A" or "I" (isAXFR ? "A" : "I") one event per literal
_XFR = "%sXFR-out zone '%s', client '%s', "
_POWERDNS = [
    Event("powerdns", _TR, fmt, kinds)
    for fmt, kinds in [
        ("Creating backend connection for TCP", ()),
        ("TCP server is unable to launch backends - will try again when questions come in: %s", ("d_reason",)),
        ("Received question from socket which had no remote address, dropping (%s)", ("d_strerror",)),
        ("Error closing TCP socket: %s", ("d_close_error",)),
        ("TCP Connection accepted on fd %s", ("d_fd",)),
        ("TCP Remote %s exceeded the number of transactions per connection, dropping.", ("d_remote_port",)),
        ("TCP Remote %s exceeded the maximum TCP connection duration, dropping.", ("d_remote_port",)),
        ("Received an overly large question from %s, dropping", ("d_remote",)),
        ("TCP Remote %s wants '%s|%s', do = %s, bufsize = %s: packetcache HIT",
         ("d_remote_port", "d_qname", "d_qtype", "d_do", "d_bufsize")),
        ("TCP Remote %s wants '%s|%s', do = %s, bufsize = %s: packetcache MISS",
         ("d_remote_port", "d_qname", "d_qtype", "d_do", "d_bufsize")),
        ("TCP Remote %s wants '%s|%s', do = %s, bufsize = %s",
         ("d_remote_port", "d_qname", "d_qtype", "d_do", "d_bufsize")),
        ("TCP server is without backend connections, launching", ()),
        ("TCP nameserver had error, cycling backend: %s", ("d_reason",)),
        ("TCP Connection Thread died because of network error: %s", ("d_network_error",)),
        ("TCP Connection Thread died because of STL error: %s", ("d_stl_error",)),
        ("TCP Connection Thread caught unknown exception.", ()),
        (_XFR.replace("%s", "A", 1) + "denied: key with name '%s' and algorithm '%s' does not grant access",
         ("d_zone", "d_client", "d_tsig_key", "d_tsig_algo")),
        (_XFR.replace("%s", "I", 1) + "denied: key with name '%s' and algorithm '%s' does not grant access",
         ("d_zone", "d_client", "d_tsig_key", "d_tsig_algo")),
        (_XFR.replace("%s", "A", 1) + "allowed: TSIG signed request with authorized key '%s' and algorithm '%s'",
         ("d_zone", "d_client", "d_tsig_key", "d_tsig_algo")),
        (_XFR.replace("%s", "I", 1) + "allowed: TSIG signed request with authorized key '%s' and algorithm '%s'",
         ("d_zone", "d_client", "d_tsig_key", "d_tsig_algo")),
    ]
]

#: Round 7's events, grouped by program in this order.
EVENTS: tuple[Event, ...] = (*_PROFTPD, *_EXIM, *_SAMBA, *_FREERADIUS, *_KEEPALIVED, *_POWERDNS)

#: Round 7's programs, in the order of :data:`EVENTS`.
PROGRAMS: tuple[str, ...] = tuple(dict.fromkeys(e.program for e in EVENTS))
