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
fc9891c's class) and Drain3 (defaults) beside it, at seeds 17, 1 and 2.

The files, picked by their names from the index's file lists before any was
read: rigctld ``tests/rigctld.c`` in Hamlib/Hamlib (no name of the daemon's
own code says an instance: ``rigctld_client.c`` is a client program of
rigctld's protocol, not the daemon's clients; the daemon's main file),
gammu-smsd ``smsd/core.c`` in gammu/gammu (no name of ``smsd/`` says an
instance: the daemon's engine, ``main.c`` being its command line), Flatpak's
system helper ``system-helper/flatpak-system-helper.c`` in flatpak/flatpak
(no name says an instance: the helper's main file), ngIRCd
``src/ngircd/client.c`` in ngircd/ngircd (its clients: the first instance
word of the list that a name says, before ``channel.c``'s channels and
``conn.c``'s connections; ``client-cap.c``, first in the list, names the
clients' capability negotiation, not the clients), innd ``innd/chan.c`` in
InterNetNews/inn (its channels, INN's numbered I/O channels: the only name of
``innd/`` saying an instance word; ``nc.c`` and ``site.c`` name NNTP
connections and sites by no word of the list), Jupyter Server
``jupyter_server/services/sessions/sessionmanager.py`` in
jupyter-server/jupyter_server (its sessions: ``gateway/gateway_client.py``
and ``services/kernels/v3/client.py`` are the server's own clients of a
gateway and of kernels, not clients it serves, so the first instance word
its names say of its own instances is sessions, before
``gateway/connections.py``'s connections).  Every picked file held logging
statements: six programs were reached at Jupyter Server; LinuxCNC's task
controller was not needed.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``rigctld``             Hamlib/Hamlib ``tests/rigctld.c`` (0125cfe9;    C ``rig_debug``
                        characters 0-32,000 of 34,775: the first 15
                        statements); 14 events
``gammu-smsd``          gammu/gammu ``smsd/core.c`` (00c5bb79;          C ``SMSD_Log``
                        characters 0-16,000 of 39,871: the first 15
                        statements); 14 events
``flatpak-system-       flatpak/flatpak ``system-helper/flatpak-        C ``g_debug``
helper``                system-helper.c`` (00a39314; characters
                        0-32,000 of 39,065); 9 statements, 9 events
``ngircd``              ngircd/ngircd ``src/ngircd/client.c``           C ``Log``
                        (001c00b2; all 23,995 characters: the first 15
                        statements); 15 events
``innd``                InterNetNews/inn ``innd/chan.c`` (00d24196;     C ``syslog``
                        characters 0-16,000 of 23,633: the first 15
                        statements); 15 events
``jupyter-server``      jupyter-server/jupyter_server ``jupyter_server/  Python
                        services/sessions/sessionmanager.py``           ``self.log``
                        (00603103; all 9,849 characters); 1
                        statement, 1 event
======================  ==============================================  ==================

A statement is a call of the program's logging function whose text is in the
file read, whatever its level; two statements with the same text are one
event (rigctld's ``%s: Network error %d: %s``, written once with Windows'
message text and once with ``strerror``; gammu-smsd's ``%s, Error %d: %s``,
the same two).  Statements for Windows only (rigctld's ``CtrlHandler`` and
its first ``Network error``, gammu-smsd's first ``Error %d``) are in the
file and taken, as any level is.  Not statements: rigctld's ``fprintf`` to
``stderr`` and ``printf`` (the command line's messages before the daemon
runs), gammu-smsd's ``fprintf`` and ``printf`` (the same), Flatpak's
``g_dbus_method_invocation_return_error`` (its D-Bus replies to the
caller, as hfaxd's replies were), ngIRCd's ``IRC_WriteStrClient`` and
``IRC_WriteStrServersPrefix`` (the protocol's messages), lines commented out
(rigctld's ``//rig_debug``) and code under ``#if 0``.  rigctld's
``rig_debug(..., "%s", "Report bugs to <...>\n\n")`` writes a literal: its
text is the event's format; its ``rig_debug(..., "%s\n", rigstartup)``
writes ``<__FILE__>(<__LINE__>) Startup:`` and the command line's words
(one event whose text is a value: the file's name and a fixed line, 671
here, not counted from the file).  innd's ``%m`` is ``strerror(errno)``.

Rendering (what is stripped is the line's header, as Loghub's ``Content``):
gammu-smsd's ``SMSD_Log()`` (read, in the file) writes ``<day> <yyyy/mm/dd>
<hh:mm:ss> gammu-smsd[<pid>]: `` to a file, or to syslog with its header
(stripped either way), then the text; its ``SMSD_LogErrno`` format's own
``\n`` is not written.  innd's ``syslog()``: ``innd[<pid>]: `` stripped.  No
other program's logging code was read (Hamlib's ``src/debug.c``, GLib's
default handler, ngIRCd's ``log.c``, Jupyter's log formatter), so each
message is the format's text alone, an ending newline not written;
Jupyter's ``str.format`` fields are written as ``%s``.  ``__func__`` and
``__FILE__`` are what the file says (``mutex_rigctld``, ``CtrlHandler``,
``main``, ``rigctld.c``); ``handle_error()``'s callers' texts are the
file's.  Written from memory, not read: Hamlib's versions, backends'
versions and statuses, ``rigerror`` texts, command lines and errno texts;
gammu-smsd's modems, database versions, ``GSM_ErrorString`` texts and their
numbers, libGammu's debug lines, the callers' messages of
``SMSD_Terminate`` and ``SMSD_LogErrno`` (not in the part read) and the
shared memory keys; Flatpak's refs, remotes, flags, temporary paths and
bundles (the default installation is the empty string, so a message ends
with a blank); ngIRCd's nicks, user names, hosts, servers, quit and away
texts (``Server going down.`` and ``Reason unknown.`` are the file's);
innd's peers, sites (``innfeed!``, ``overview!``), pids, buffer texts, times
and ``LogName`` (``SERVER``); Jupyter's kernel and session ids (uuid4).

First measurement (68 format strings from 70 statements; ``python -m
tests.unit.templates.heldout --round 26 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes,
with main's miner (detectors/templates as at c693c21, its behaviour
unchanged since fc9891c)::

    GA at seeds 17 / 1 / 2   events  main (c693c21)       Drain3
    rigctld                      14  0.835 0.894 0.826    0.595 0.171 0.657
    gammu-smsd                   14  0.921 0.912 0.675    0.921 0.912 0.675
    flatpak-system-helper         9  0.267 0.554 0.569    0.267 0.554 0.569
    ngircd                       15  0.237 0.789 0.595    0.261 0.787 0.610
    innd                         15  0.865 0.620 0.589    0.809 0.557 0.265
    jupyter-server                1  1.000 1.000 1.000    1.000 1.000 1.000
    mean                             0.687 0.795 0.709    0.642 0.664 0.629

This miner is ahead of Drain3 at every seed (0.730 against 0.645 over the
three), the same on gammu-smsd and Flatpak's helper at every seed, a little
behind on ngIRCd at seeds 17 and 2.  Rounds 1 to 25 generate byte-identical
corpora with round 26 added (sha256 of every program's messages and labels
at seeds 17 / 1 / 2, 435 digests, worktree of c693c21 and this).
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

# rig_debug() (src/debug.c, not read): the text alone, the format's "\n" not written; "%s" first is __func__
# (or __FILE__, or handle_error()'s caller's text); the "Report bugs ..." text is the literal that rig_debug's
# "%s" takes
_RIGCTLD = [
    Event("rigctld", "tests/rigctld.c", fmt, kinds)
    for fmt, kinds in [
        ("%s: client lock engaged", ("hl_func_mutex",)),
        ("%s: client lock disengaged", ("hl_func_mutex",)),
        ("%s: called", ("hl_func_ctrl",)),
        ("%s: Network error %d: %s", ("hl_net_call", "hl_net_errno", "hl_net_strerror")),
        ("%s: Network error %d", ("hl_net_call", "hl_net_errno")),
        ("%s", ("hl_startup",)),
        ("rigctld %s", ("hl_version",)),
        ("Report bugs to <hamlib-developer@lists.sourceforge.net>", ()),
        ("%s: twiddle=%d, uplink=%d, twiddle_rit=%d", ("hl_func_main", "hl_twiddle", "hl_uplink", "hl_twiddle")),
        ("Backend version: %s, Status: %s", ("hl_backend_version", "hl_backend_status")),
        ("%s: Using IPV6", ("hl_func_main",)),
        ("%s: Using IPV4", ("hl_func_main",)),
        ("%s: network_multicast_server failed: %s", ("hl_file", "hl_rigerror")),
        ("%s: bind error - no available interface", ("hl_func_main",)),
    ]
]

# SMSD_Log() (smsd/core.c, read): "<day> <date> <time> gammu-smsd[<pid>]: " (a file) or syslog's header
# stripped; the formats' own "\n" (SMSD_LogErrno's) not written
_GAMMU_SMSD = [
    Event("gammu-smsd", "smsd/core.c", fmt, kinds)
    for fmt, kinds in [
        ("Database structures version: %d, SMSD current version: %d", ("gm_db_version", "gm_smsd_db_version")),
        ("Database structures are from older Gammu version", ()),
        ("Please update DataBase, if you want to use this client application", ()),
        ("DataBase structures are from higher Gammu version", ()),
        ("Please update this client application", ()),
        ('SMS sent on device: "%s" status=%d, reference=%d', ("gm_device", "gm_status", "gm_reference")),
        ("%s, Error %d: %s", ("gm_errno_message", "gm_errno", "gm_strerror")),
        ("%s (%s:%i)", ("gm_terminate_message", "gm_error_string", "gm_error_code")),
        ("Terminating communication...", ()),
        ("gammu: %s", ("gm_gammu_debug",)),
        ('Unknown SMSD service type: "%s"', ("gm_bad_service",)),
        ("No SMSD service configured, please set service to use in configuration file!", ()),
        ("Configuring Gammu SMSD...", ()),
        ("SHM token: 0x%llx (%lld)", ("gm_shm_key", "gm_shm_key_again")),
    ]
]

# g_debug() (GLib's default handler, not read): the text alone
_FLATPAK_HELPER = [
    Event("flatpak-system-helper", "system-helper/flatpak-system-helper.c", fmt, kinds)
    for fmt, kinds in [
        ("skeleton finalized, exiting", ()),
        ("unreffing helper main ref", ()),
        ("Idle - unowning name", ()),
        ("Deploy %s %u %s %s %s", ("fk_repo_path", "fk_deploy_flags", "fk_ref", "fk_origin", "fk_installation")),
        ("DeployAppstream %s %s %s %s", ("fk_repo_path", "fk_origin", "fk_arch", "fk_installation")),
        ("Uninstall %u %s %s", ("fk_uninstall_flags", "fk_ref", "fk_installation")),
        ("InstallBundle %s %u %s %s", ("fk_bundle_path", "fk_no_flags", "fk_origin", "fk_installation")),
        ("ConfigureRemote %u %s %s", ("fk_remote_flags", "fk_origin", "fk_installation")),
        ("UpdateRemote %u %s %s %s %s",
         ("fk_no_flags", "fk_origin", "fk_installation", "fk_summary_path", "fk_summary_sig_path")),
    ]
]

# Log() (src/ngircd/log.c, not read): the text alone
_NGIRCD = [
    Event("ngircd", "src/ngircd/client.c", fmt, kinds)
    for fmt, kinds in [
        ("Can't allocate client structure for server! Going down.", ()),
        ("%s exiting due to fatal errors!", ("ng_package",)),
        ("Freed %d client structure%s.", ("ng_freed", "ng_freed_plural")),
        ('User "%s" unregistered (connection %d): %s', ("ng_user_mask", "ng_conn", "ng_reason")),
        ('User "%s" unregistered: %s', ("ng_user_mask", "ng_reason")),
        ('Server "%s" unregistered (connection %d): %s', ("ng_server", "ng_conn", "ng_reason")),
        ('Server "%s" unregistered: %s', ("ng_server", "ng_reason")),
        ('Client "%s" unregistered (connection %d): %s', ("ng_nick", "ng_conn", "ng_reason")),
        ("Client unregistered (connection %d): %s", ("ng_conn", "ng_reason")),
        ('Unregistered unknown client "%s": %s', ("ng_nick_or_none", "ng_reason")),
        ('User "%s" is away: %s', ("ng_user_mask", "ng_away")),
        ("%s (on connection %d)!", ("ng_id_registered", "ng_conn")),
        ("%s (via network)!", ("ng_id_registered",)),
        ("Can't allocate memory! [New_Client_Struct]", ()),
        ('Assigned token %d to server "%s".', ("ng_token", "ng_server")),
    ]
]

# syslog(): "innd[<pid>]: " stripped; "%s" first is LogName or CHANname() (read: "<host>:<fd>", "control:<fd>",
# "<site>:<fd>:file" ...); %m is strerror(errno)
_INND = [
    Event("innd", "innd/chan.c", fmt, kinds)
    for fmt, kinds in [
        ("%s cant nonblock %d %m", ("nn_logname", "nn_fd")),
        ("%s trace %s", ("nn_channel", "nn_on_off")),
        ("%s trace badwrites %d blockwrites %d badreads %d", ("nn_channel", "nn_io_count", "nn_io_count",
                                                              "nn_io_count")),
        ("%s trace address %s lastactive %ld nextlog %ld", ("nn_channel", "nn_address", "nn_epoch", "nn_epoch")),
        ("%s trace sleeping %ld 0x%x", ("nn_channel", "nn_epoch", "nn_waker")),
        ("%s trace reading %d %s", ("nn_channel", "nn_bytes", "nn_buffer_text")),
        ("%s trace writing %d %s", ("nn_channel", "nn_bytes", "nn_buffer_text")),
        ("%s internal closing free channel %d", ("nn_free_channel", "nn_fd")),
        ("%s closed seconds %ld accepted %ld refused %ld rejected %ld",
         ("nn_peer_channel", "nn_seconds", "nn_articles", "nn_articles", "nn_articles")),
        ("%s %ld", ("nn_rejected_channel", "nn_articles")),
        ("%s closed lost %d", ("nn_channel", "nn_bytes")),
        ("%s closed", ("nn_channel",)),
        ("%s cant close %s %m", ("nn_logname", "nn_channel")),
        ("%s cant read %m", ("nn_channel",)),
        ("%s readclose", ("nn_channel",)),
    ]
]

# self.log (traitlets' logger, Jupyter's formatter not read): the text alone; str.format's fields written as %s
_JUPYTER_SERVER = [
    Event("jupyter-server", "jupyter_server/services/sessions/sessionmanager.py",
          "Kernel '%s' appears to have been culled or died unexpectedly, invalidating session '%s'. The session has"
          " been removed.  Continuing...", ("jp_kernel_id", "jp_session_id")),
]

EVENTS: tuple[Event, ...] = (*_RIGCTLD, *_GAMMU_SMSD, *_FLATPAK_HELPER, *_NGIRCD, *_INND, *_JUPYTER_SERVER)
PROGRAMS: tuple[str, ...] = ("rigctld", "gammu-smsd", "flatpak-system-helper", "ngircd", "innd", "jupyter-server")
