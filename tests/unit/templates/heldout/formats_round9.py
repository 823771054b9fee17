"""Round 9 of the held-out corpus: six more programs' log format strings (measurement only).

Rule, stated and committed before any of them was read: round 8's list continues
in its order (vsftpd, Asterisk, Kamailio), then a new list in its order (Knot
DNS, CoreDNS, Prosody, NSD, Pure-FTPd); the first six whose source the search
tools hold are this round's programs (one is skipped only if its source is not
held, and that is said here).  Within a program one file is picked by its name
before reading it (the first version the index gives), read from its start in
pages of 16,000 characters until 20 logging statements are found or 48,000
characters are read, and the first 20 statements in file order (all, where
fewer) are the entries, whatever their level.  Nothing is picked or left out for
being easy or hard.  Each program's own prefix or context (what its logging code
writes around the message) is rendered as that code does.  No miner change is
made for them before they are measured; they are measured once with main's miner
(68f65df, after round 8's four fixes) and once with the miner of ed23550 (before
all rounds), so what rounds 1 to 8's rules carried over is seen, and Drain3
(defaults) beside them.

All six were held, so NSD and Pure-FTPd were not looked at.  vsftpd's own
repository is not on GitHub; its copy is the first repository named ``vsftpd``
in the index's answer for the name (dagwieers/vsftpd), and Prosody's (kept in
Mercurial) the first named ``prosody`` that holds ``core/`` (bjc/prosody).  The
files, picked by their names before any was read: vsftpd ``logging.c``, Asterisk
``main/loader.c``, Kamailio ``src/core/tcp_main.c``, Knot ``src/knot/server/
server.c``, CoreDNS ``plugin/forward/forward.go``, Prosody
``core/modulemanager.lua``.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``vsftpd``              dagwieers/vsftpd ``logging.c`` (0c431cac; all   the log writer
                        8,029 characters); 11 events (below)            itself
``asterisk``            asterisk/asterisk ``main/loader.c`` (02519b9d,  C ``ast_log``,
                        a 1.6-era copy; all 26,723 characters); 20      ``ast_verb``,
                        statements, 19 events                           ``ast_debug``
``kamailio``            kamailio/kamailio ``src/core/tcp_main.c``       C ``LM_ERR``,
                        (000abe36; characters 0-32,000 of 186,682);     ``LM_WARN`` ...
                        20 statements, 20 events
``knot``                CZ-NIC/knot ``src/knot/server/server.c``        C ``log_info``,
                        (0048d340, a 2.9-era copy; all 26,415          ``log_warning`` ...
                        characters); 20 statements, 19 events
``coredns``             coredns/coredns ``plugin/forward/forward.go``   Go ``clog``,
                        (03a22779; all 8,978 characters); 1 statement   ``debug.Hexdumpf``
``prosody``             bjc/prosody ``core/modulemanager.lua``          Lua ``log(level,
                        (00a385a3, a 0.7-era copy; all 12,840           fmt, ...)``
                        characters); 17 statements, 14 events
======================  ==============================================  ==================

A statement is a call of the program's logging function or macro whose text is
in the file read, whatever its level (Asterisk's ``ast_debug``, Kamailio's
``LM_DBG``, Prosody's ``log("debug", ...)`` and a module's ``self:log``).  Not
statements: vsftpd's ``die()`` and ``bug()`` (they end the process, as round 8's
dnsmasq ``die()``), Prosody's ``error()`` (it raises).

vsftpd's ``logging.c`` has no logging calls with a text: it is the writer of
vsftpd's own log, and the lines it writes are the events: ``OK `` or ``FAIL ``
(a ternary over literal words) before ``DOWNLOAD``, ``UPLOAD``, ``MKDIR`` and
``LOGIN``, and ``FTP command``, ``FTP response``, ``CONNECT`` without it (the
seven kinds of its switch): 11 events.  Its wu-ftpd ``xferlog`` format is another
configuration's whole log (transfers only, a line of values and single letters)
and is not in this round.  CoreDNS's ``forward.go`` holds one statement (the
``Wrong reply`` debug dump): one event, which any miner that does not split it
groups exactly; the round's mean is given with and without it.

Label rules are rounds 1 to 8's: one statement is one event whatever its values
expand to (vsftpd's ``anon password`` aside, its byte count when not zero, its
``[user]`` before login or after); two statements with the same text are one
event (Asterisk's two ``Error loading module``, Knot's two ``cannot bind
address``, Prosody's three ``does not take a list`` and two ``Unable to load
module``); Kamailio's ``tcp action %s`` takes its action from callers outside the
text read, so the action is a value there.

Rendering (what is stripped is the line's header, as Loghub's ``Content``):

* vsftpd: the date stripped; ``[pid N] ``, ``[user] `` (once a user is known)
  and the rest as ``vsf_log_do_log_vsftpd_format`` writes them.
* Asterisk: ``[date] LEVEL[thread]: file:line function: `` stripped, the message
  without its newline; ``ast_verb(3)`` writes ``    -- `` before it (leading
  spaces dropped), ``ast_verbose`` and ``ast_verb(1)`` nothing.
* Kamailio: syslog's ``kamailio[pid]: `` and the log macro's ``LEVEL: <core>
  [core/tcp_main.c:LINE]: `` stripped (a header with the call site's line, as
  lighttpd's), its ``function(): `` kept, the message without its newline (so
  ``init_sock_opt()`` and ``init_sock_opt_accept()``'s two ``fcntl`` texts are
  four events).
* Knot: ``<time> <level>: `` stripped.
* CoreDNS: ``[DEBUG] `` stripped, ``plugin/forward: `` kept; the hex dump lines
  after the message not written.
* Prosody: ``<time> <source>``, a tab, ``<level>`` and a tab stripped.

Written from memory, not read: vsftpd's date and rate format, Asterisk's,
Kamailio's and Prosody's log headers, and every value (module names, dlerror
and Lua error texts, addresses, strerror texts).  They are values or prefixes,
not the events' fixed text.

First measurement (84 format strings; ``python -m tests.unit.templates.heldout
--round 9 --seed S``, 2,000 messages a program, final ids, a fresh miner per
program), before anyone looked at its mistakes for a fix, with main's miner
(detectors/templates as at 68f65df, round 8's four fixes in): mean 0.465 / 0.494
/ 0.389 at seeds 17 / 1 / 2.  Two corpus errors were then seen in the
``--mistakes`` output and fixed before any miner change (values the source
cannot write): an anonymous password after a user other than the anonymous
``ftp`` (vsftpd), a module's description drawn apart from the module (Asterisk's
``Reloading module``).  With them fixed::

    GA at seeds 17 / 1 / 2   events  main (68f65df)       ed23550              92e7eb9              Drain3
    vsftpd                       11  0.045 0.144 0.057    0.511 0.144 0.057    0.045 0.144 0.057    0.187 0.172 0.326
    asterisk                     19  0.590 0.551 0.584    0.590 0.551 0.584    0.590 0.551 0.584    0.776 0.928 0.886
    kamailio                     20  0.000 0.013 0.029    0.014 0.013 0.029    0.683 0.585 0.370    0.014 0.013 0.029
    knot                         19  0.857 0.803 0.366    0.857 0.803 0.366    0.857 0.803 0.366    0.521 0.655 0.201
    coredns                       1  1.000 1.000 1.000    1.000 1.000 1.000    1.000 1.000 1.000    1.000 1.000 1.000
    prosody                      14  0.308 0.495 0.374    0.308 0.495 0.374    0.308 0.495 0.374    0.308 0.499 0.393
    mean                             0.466 0.501 0.402    0.547 0.501 0.402    0.580 0.596 0.459    0.468 0.545 0.472
    mean without coredns             0.360 0.401 0.282    0.456 0.401 0.282    0.497 0.516 0.350    0.361 0.454 0.367

(ed23550: the miner before all rounds; 92e7eb9: round 8's first two fixes,
before its third, the reasons after a call; 1d55976, round 7's miner, gives
92e7eb9's figures at every seed and program.)

What carried over: less than nothing.  Rounds 1 to 8's rules together score
0.466 / 0.501 / 0.402 against the old miner's 0.547 / 0.501 / 0.402: every
program is the same except two, both lowered.  Round 8's third fix (a label that
is a call, ``name(): <reasons>``, 06e48eb) takes Kamailio from 0.683 / 0.585 /
0.370 to 0.000 / 0.013 / 0.029: every Kamailio line starts with its function's
name and ``(): ``, so the texts of all statements of one function are taken for
reasons after one label.  vsftpd at seed 17 is lowered by a rule of rounds 1 to
7 (0.511 with ed23550, 0.045 with 1d55976).  The miner is at Drain3's level
here (0.466 / 0.501 / 0.402 against 0.468 / 0.545 / 0.472).

Mistakes, by program: vsftpd's ``[pid N]`` and ``[user]`` split every event by
process and user, and its optional ``, N bytes`` and ``anon password`` asides
split them again; Asterisk splits module names (``chan_sip.so``) and the
signature's 16 hex bytes; Kamailio merges (above); Knot splits by the error
text in parentheses (``cannot bind address %s (%s)``: the strerror-after-a-label
class kept apart on purpose for BGL), most at seed 2; Prosody splits by the Lua
error text after a label and by quoted module names and hosts.

Then no rule for a class of round 9 but a threshold chosen on the other rounds
(commit f830b5f, ``python -m tests.unit.templates.heldout.loo``): one-word
siblings merge when their distinct words are at least 0.2 of their messages
(0.5 before).  Every fold that leaves round 9 out chooses it, so round 9's
figures with it are held out: 0.487 / 0.509 / 0.442 (Asterisk 0.715 / 0.596 /
0.644, vsftpd at seed 2 0.238; every other program unchanged).

Tried beside it, judged the same way (every program of rounds 1 to 9, seeds 17 /
1 / 2, family_ratio 0.2), not kept: a family whose words are also the differing
words of another statement's family (values roaming across statements, such as
vsftpd's users) merges too: mean 0.7970 -> 0.7922 (two families a word) or
0.7946 (three), for it merges round 3's systemd task names ('start', 'reload':
literals written at several call sites; 0.932 -> 0.525 at seed 17) and lifts
only BIND at one seed; vsftpd's and Asterisk's families are unchanged.
``family_size`` 3 / 4 / 6 / 8 against 5: 0.7845 / 0.7923 / 0.7639 / 0.7381
against 0.7970; every fold chooses 5 but round 6's (4, 0.789 on it against
0.841), though 4 would give round 9 0.510.  Without round 8's call rule (06e48eb)
the nine rounds score 0.7989 (round 9 0.568: Kamailio 0.683 / 0.585 / 0.370; BIND,
Exim, Samba and lighttpd lower); the fold that leaves round 9 out keeps the rule
(rounds 6 to 8 gain 0.072 of round means with it), so round 9's held-out figure is
with it, and the rule stays.
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

_VS = "logging.c"
# vsf_log_do_log_vsftpd_format(): "[pid N] ", "[user] " once known, "OK "/"FAIL " (not for FTP command and
# response, CONNECT), the kind, ': Client "<ip>"', the anonymous password (LOGIN), ', "<log_str>"' when not
# empty, ", N bytes" when not zero (not for FTP command and response), ", <rate>Kbyte/sec" for transfers
_VSFTPD = [
    Event("vsftpd", _VS, fmt, kinds)
    for fmt, kinds in [
        ('[pid %d] [%s] OK DOWNLOAD: Client "%s", "%s"%s, %sKbyte/sec',
         ("vs_pid", "vs_user", "vs_ip", "vs_path", "vs_bytes", "vs_rate")),
        ('[pid %d] [%s] FAIL DOWNLOAD: Client "%s", "%s"%s, %sKbyte/sec',
         ("vs_pid", "vs_user", "vs_ip", "vs_path", "vs_bytes_or_none", "vs_rate")),
        ('[pid %d] [%s] OK UPLOAD: Client "%s", "%s"%s, %sKbyte/sec',
         ("vs_pid", "vs_user", "vs_ip", "vs_path", "vs_bytes", "vs_rate")),
        ('[pid %d] [%s] FAIL UPLOAD: Client "%s", "%s"%s, %sKbyte/sec',
         ("vs_pid", "vs_user", "vs_ip", "vs_path", "vs_bytes_or_none", "vs_rate")),
        ('[pid %d] [%s] OK MKDIR: Client "%s", "%s"', ("vs_pid", "vs_user", "vs_ip", "vs_dir")),
        ('[pid %d] [%s] FAIL MKDIR: Client "%s", "%s"', ("vs_pid", "vs_user", "vs_ip", "vs_dir")),
        ('[pid %d] [%s] OK LOGIN: Client "%s"%s', ("vs_pid", "vs_user", "vs_ip", "vs_anon")),
        ('[pid %d] [%s] FAIL LOGIN: Client "%s"%s', ("vs_pid", "vs_user", "vs_ip", "vs_anon")),
        ('[pid %d] %sFTP command: Client "%s", "%s"', ("vs_pid", "vs_user_part", "vs_ip", "vs_command")),
        ('[pid %d] %sFTP response: Client "%s", "%s"', ("vs_pid", "vs_user_part", "vs_ip", "vs_response")),
        ('[pid %d] CONNECT: Client "%s"', ("vs_pid", "vs_ip")),
    ]
]

_LD = "main/loader.c"
# ast_log()/ast_debug(): header stripped; ast_verb(3) writes "    -- " first; two statements write "Error
# loading module '%s': %s" (one event); #12's name is written twice
_ASTERISK = [
    Event("asterisk", _LD, fmt, kinds, style="asterisk")
    for fmt, kinds in [
        ("Unexpected signature:%s\n", ("as_signature",)),
        ("Error loading module '%s': %s\n", ("as_module", "as_dlerror")),
        ("Module '%s' did not register itself during load\n", ("as_module",)),
        ("Unable to promote flags on module '%s': %s\n", ("as_module", "as_dlerror")),
        ("Unload failed, '%s' could not be found\n", ("as_module",)),
        ("Warning:  Forcing removal of module '%s' with use count %d\n", ("as_module", "as_usecount")),
        ("Soft unload failed, '%s' has use count %d\n", ("as_module", "as_usecount")),
        ("Firm unload failed for %s\n", ("as_module",)),
        ("** Dangerous **: Unloading resource anyway, at user request\n", ()),
        ("The previous reload command didn't finish yet\n", ()),
        ("The module '%s' was not properly initialized.  Before reloading the module, you must run "
         "\"module load %s\" and fix whatever is preventing the module from being initialized.\n",
         ("as_reload_name", "as_same_name")),
        ("-- Reloading module '%s' (%s)\n", ("as_module", "as_description")),
        ("Module '%s' does not provide a description.\n", ("as_module",)),
        ("Module '%s' does not provide a license key.\n", ("as_module",)),
        ("Module '%s' did not provide a valid license key.\n", ("as_module",)),
        ("Module '%s' was not compiled with the same compile-time options as this version of Asterisk.\n",
         ("as_module",)),
        ("Module '%s' will not be initialized as it may cause instability.\n", ("as_module",)),
        ("Module '%s' already exists.\n", ("as_module",)),
        ("Module '%s' could not be loaded.\n", ("as_module",)),
    ]
]

_TM = "src/core/tcp_main.c"
# LM_*(): "LEVEL: <core> [core/tcp_main.c:LINE]: " stripped, "function(): " kept; init_sock_opt() and
# init_sock_opt_accept() write the same two fcntl texts: four events once the function is written
_KAMAILIO = [
    Event("kamailio", _TM, fmt, kinds, style="kamailio")
    for fmt, kinds in [
        ("tcp_log_action(): tcp action %s: id=%d state=%d flags=0x%x fd=%d local=%s:%u remote=%s:%u reason=%s\n",
         ("km_action", "km_conn_id", "km_state", "km_flags", "km_fd", "km_local_ip", "km_local_port",
          "km_remote_ip", "km_remote_port", "km_reason")),
        ("init_sock_keepalive(): failed to enable SO_KEEPALIVE: %s\n", ("km_strerror",)),
        ("init_sock_keepalive(): failed to set keepalive probes interval: %s\n", ("km_strerror",)),
        ("init_sock_keepalive(): failed to set keepalive idle interval: %s\n", ("km_strerror",)),
        ("init_sock_keepalive(): failed to set maximum keepalive count: %s\n", ("km_strerror",)),
        ("init_sock_opt(): could not disable Nagle: %s\n", ("km_strerror",)),
        ("init_sock_opt(): setsockopt tos: %s\n", ("km_strerror",)),
        ("init_sock_opt(): setsockopt v6 tos: %s\n", ("km_strerror",)),
        ("init_sock_opt(): setsockopt SO_REUSEADDR %s\n", ("km_strerror",)),
        ("init_sock_opt(): setsockopt %s\n", ("km_strerror",)),
        ("init_sock_opt(): failed to set maximum SYN retr. count: %s\n", ("km_strerror",)),
        ("init_sock_opt(): failed to set maximum LINGER2 timeout: %s\n", ("km_strerror",)),
        ("init_sock_opt(): failed to set TCP_USER_TIMEOUT: %s\n", ("km_strerror",)),
        ("init_sock_opt(): Set TCP_USER_TIMEOUT=%d ms\n", ("km_user_timeout",)),
        ("init_sock_opt(): failed to reset TCP_QUICKACK: %s\n", ("km_strerror",)),
        ("init_sock_opt(): fnctl failed: (%d) %s\n", ("km_errno", "km_errtext")),
        ("init_sock_opt(): fcntl: set non-blocking failed: (%d) %s\n", ("km_errno", "km_errtext")),
        ("init_sock_opt_accept(): fnctl failed: (%d) %s\n", ("km_errno", "km_errtext")),
        ("init_sock_opt_accept(): fcntl: set non-blocking failed: (%d) %s\n", ("km_errno", "km_errtext")),
        ("tcp_blocking_connect(): %s: poll/select failed: (%d) %s\n", ("km_sockaddr", "km_errno", "km_errtext")),
    ]
]

_SV = "src/knot/server/server.c"
# log_*(): "<time> <level>: " stripped; two statements write "cannot bind address %s (%s)": one event
_KNOT = [
    Event("knot", _SV, fmt, kinds)
    for fmt, kinds in [
        ("address %s UDP bound, but required nonlocal bind", ("kn_addr",)),
        ("cannot bind address %s (%s)", ("kn_addr", "kn_error")),
        ("failed to set network buffer sizes for UDP", ()),
        ("failed to enable received packet information retrieval", ()),
        ("failed to disable Path MTU discovery for IPv4/UDP (%s)", ("kn_error",)),
        ("address %s TCP bound, but required nonlocal bind", ("kn_addr",)),
        ("failed to set network buffer sizes for TCP", ()),
        ("failed to listen on TCP interface %s", ("kn_addr",)),
        ("failed to enable TCP Fast Open on %s (%s)", ("kn_addr", "kn_error")),
        ("removing interface %s", ("kn_addr",)),
        ("binding to interface %s", ("kn_addr",)),
        ("updating persistent timer DB", ()),
        ("failed to update persistent timer DB (%s)", ("kn_error",)),
        ("reloading configuration file '%s'", ("kn_conf_file",)),
        ("failed to load configuration file (%s)", ("kn_error",)),
        ("reloading configuration database", ()),
        ("failed to migrate configuration (%s)", ("kn_error",)),
        ("changes of udp-workers require restart to take effect", ()),
        ("changes of tcp-workers require restart to take effect", ()),
    ]
]

_FW = "plugin/forward/forward.go"
# debug.Hexdumpf(): "[DEBUG] " stripped, the plugin's name kept; the hex dump lines after it not written
_COREDNS = [
    Event("coredns", _FW, "plugin/forward: Wrong reply for id: %d, %s %d", ("cd_id", "cd_qname", "cd_qtype")),
]

_MM = "core/modulemanager.lua"
# log(level, fmt, ...) and a module's self:log(): "<time> <source><TAB><level><TAB>" stripped; three statements write
# "does not take a list" and two "Unable to load module": one event each
_PROSODY = [
    Event("prosody", _MM, fmt, kinds)
    for fmt, kinds in [
        ("%s is already loaded for %s, so not loading again", ("ps_module", "ps_host")),
        ("Unable to load module '%s': %s", ("ps_module", "ps_load_error")),
        ("Created new component: %s", ("ps_component",)),
        ("Error loading module '%s' on '%s': %s", ("ps_module", "ps_host", "ps_lua_error")),
        ("Error initializing module '%s' on '%s': %s", ("ps_module", "ps_host", "ps_lua_error")),
        ("Non-fatal error unloading module '%s' on '%s': %s", ("ps_module", "ps_host", "ps_lua_error")),
        ("Error saving module '%s:%s' state: %s", ("ps_host", "ps_function", "ps_lua_error")),
        ("Aborting reload due to error, set force_module_reload to ignore this", ()),
        ("Continuing with reload (using the force)", ()),
        ("Error restoring module '%s' from '%s': %s", ("ps_module", "ps_host", "ps_lua_error")),
        ("Error: Insufficient parameters to module:hook_stanza()", ()),
        ("Config option '%s' does not take a list, using just the first item", ("ps_option",)),
        ("Config option '%s' not understood, expecting a number", ("ps_option",)),
        ("Config option '%s' not understood, expecting true/false", ("ps_option",)),
    ]
]

#: Round 9's events, grouped by program in this order.
EVENTS: tuple[Event, ...] = (*_VSFTPD, *_ASTERISK, *_KAMAILIO, *_KNOT, *_COREDNS, *_PROSODY)

#: Round 9's programs, in the order of :data:`EVENTS`.
PROGRAMS: tuple[str, ...] = tuple(dict.fromkeys(e.program for e in EVENTS))
