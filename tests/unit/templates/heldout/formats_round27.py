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

The files, picked by their names from the index's file lists before any was
read: LinuxCNC's task controller ``src/emc/task/emctaskmain.cc`` in
LinuxCNC/linuxcnc (no name of ``src/emc/task/`` says an instance of the
controller: ``task`` is the program's own name, it runs no numbered tasks;
its main file), the EPICS IOC ``modules/database/src/ioc/db/dbChannel.c`` in
epics-base/epics-base (its channels: no name of ``modules/database/src/ioc/``
says devices, clients, hosts, interfaces, sessions or users as the IOC's
instances, ``registryDeviceSupport.c`` naming a registry of device support
code; ``dbChannel.c`` is the first name saying channels, before ``dbLock.c``'s
locks), the INDI server ``indiserver/ClInfo.cpp`` in indilib/indi (its
clients, ``Cl`` being INDI's short word for them as ``chan`` was INN's for
channels; ``DvrInfo.cpp`` names drivers, no word of the list), WeeWX
``src/weewx/engine.py`` in weewx/weewx (no name of ``src/weewx/`` says an
instance; ``tests/guardtarget.py`` is a test; the daemon's engine),
open62541 ``src/server/ua_services_session.c`` in open62541/open62541 (its
sessions: no name of ``src/server/`` says devices, clients, hosts or
interfaces of the server; the first name saying sessions in the index's
list, before ``ua_session.c`` and ``ua_session_manager.c``), Radicale
``radicale/server.py`` in Kozea/Radicale (no name says the server's numbered
instances: ``pathutils.py`` holds helpers for request paths and
``storage/multifilesystem/lock.py`` the storage's one lock; the server's main
file).  Every picked file held logging statements: six programs were reached
at Radicale; Greenbone's gvmd was not needed.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
``milltask``            LinuxCNC/linuxcnc ``src/emc/task/               C++
                        emctaskmain.cc`` (00e19138; characters 0-32,000  ``emcOperatorError``,
                        of 80,881: the first 15 statements); 8 events   ``rcs_print``
``epics-ioc``           epics-base/epics-base ``modules/database/src/   C ``errlogPrintf``
                        ioc/db/dbChannel.c`` (00f44ba1; all 21,086
                        characters); 2 statements, 2 events
``indiserver``          indilib/indi ``indiserver/ClInfo.cpp``          C++ ``log``
                        (50f4bd3f; all 9,733 characters); 7
                        statements, 5 events
``weewxd``              weewx/weewx ``src/weewx/engine.py`` (05415aeb;   Python ``log``
                        characters 0-32,000 of 44,262: the first 15
                        statements); 15 events
``open62541``           open62541/open62541 ``src/server/               C ``UA_LOG_*``
                        ua_services_session.c`` (00023c23; all 25,236
                        characters: 15 statements); 15 events
``radicale``            Kozea/Radicale ``radicale/server.py``           Python ``logger``
                        (0092a8ee; characters 0-16,000 of 16,765: the
                        first 15 statements); 14 events
======================  ==============================================  ==================

A statement is a call of the program's logging function whose text is in the
file read, whatever its level; two statements with the same text are one
event (LinuxCNC's six limit texts, each written for a linear and a circular
move, and its ``emcTaskPlanSetWait() called``; indiserver's ``%ld bytes
behind, shutting down`` and ``queuing <...>``, each in ``q2Clients`` and
``q2Servers``; Radicale's ``An exception occurred during request: %s``).  Not
statements: LinuxCNC's ``emcOperatorError(operator_error_msg->id,
operator_error_msg->error)`` (its text is the interpreter's, not in the file)
and the ``rcs_print("%s\n", ...)`` inside ``emcOperatorError`` (the logger
writing the message); the IOC's ``printf`` (``dbChannelShow``'s report, the
parser's and ``dbRegisterFilter``'s console lines: standard output, not
``errlog``); indiserver's ``fprintf(stderr, "CLIENTS %d\n", ...)`` (macOS
embedded builds); WeeWX's ``log.debug(event)`` (the text is ``Event``'s
``__str__``, not in the file).  LinuxCNC's ``"%s\n%s"`` with a literal second
argument is written as its text, one event for each limit.  WeeWX's
``weeutil.logger.log_traceback(log.critical, "    ****  ")`` is a statement
(its prefix is the file's; the lines are the traceback's).

Rendering (what is stripped is the line's header, as Loghub's ``Content``):
LinuxCNC's ``emcOperatorError()`` (read) writes ``[<id>] `` before the text
when the id is not 0 (0 in every statement taken) and passes it to
``rcs_print("%s\n")``: a limit message is the interpreted line, a line break
and the limit (one message of two lines, as round 20's fwupd dump);
indiserver's ``ClInfo::log()`` (read) writes ``Client <fd>: `` before the
text.  No other logging code was read (rcs_print, EPICS' errlog, INDI's
``::log`` and its time prefix, weeutil's logger, open62541's
``UA_LOG_*_CHANNEL``/``_SESSION`` macros and their connection, channel and
session prefixes, Radicale's ``log.py``), so each message is the text alone,
an ending newline not written; an ``exc_info`` traceback (Python's logging
formatter) is not written; ``%.*s`` is written ``%s``, open62541's
``UA_PRINTF_GUID_FORMAT`` as ``%s`` with a GUID as ``uuid`` writes it, and
Radicale's ``"An error occurred during request: " + format_`` as ``%s`` after
the text (``format_`` and its arguments are http.server's).  Written from
memory, not read: LinuxCNC's interpreted lines and NML symbols' names; the
IOC's filter names; INDI's devices, properties, tags and queue sizes; WeeWX's
station types and drivers, exceptions, traceback lines, services and
calibration errors; open62541's channel ids, status codes' names and
security policies' URIs; Radicale's exceptions, files, protocols, ciphers,
versions, users, platforms and http.server's error texts.

First measurement (59 format strings from 69 statements; ``python -m
tests.unit.templates.heldout --round 27 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes,
with main's miner (detectors/templates as at c800c5a, its behaviour
unchanged since fee3086)::

    GA at seeds 17 / 1 / 2   events  main (c800c5a)       Drain3
    milltask                      8  0.446 0.578 0.112    0.446 0.578 0.112
    epics-ioc                     2  1.000 1.000 1.000    1.000 1.000 1.000
    indiserver                    5  1.000 1.000 1.000    0.900 0.924 0.532
    weewxd                       15  0.855 0.830 0.909    0.839 0.808 0.885
    open62541                    15  0.919 0.572 0.911    1.000 1.000 1.000
    radicale                     14  0.348 0.627 0.411    0.143 0.163 0.180
    mean                             0.761 0.768 0.724    0.721 0.745 0.618

This miner is ahead of Drain3 at every seed (0.751 against 0.695 over the
three), the same on milltask and the IOC, behind on open62541 at every seed
(its status codes' names split its three statements with one).  Rounds 1 to
26 generate byte-identical corpora with round 27 added (sha256 of every
program's messages and labels at seeds 17 / 1 / 2, 453 digests, worktree of
c800c5a and this).

Mistakes at seed 17 (``--mistakes``): every LinuxCNC limit message in 5 or 6
templates, each merged with the others (the interpreted line before the
break varies in length and the limit after it is one word apart: ``+X``,
``-Y``); WeeWX's ``StdCalibrate ... error ...: %s`` in 2 or 3 (the Python
error texts) and its traceback lines in 8 (all value); open62541's three
``... status code %s`` in 2 to 4 (the status codes' names, a closed set);
Radicale's ``SSL accepted ciphers: %s`` in 2 (cipher lists of nine and three
names), ``An exception occurred during request: %s`` in 6 (the
exception texts), the explicit protocols in 2, the start-up line in 2 and
the accepted protocols in 2.

No class was written for round 27 (too little of the session was left to
measure one on every round and leave one round out again), so the figures
above are also its figures in-sample on c800c5a's miner.  Every program of
rounds 1 to 27 at seeds 17, 1 and 2 (``--round all --no-drain3``, this tree):
all 157 programs' mean 0.8580 / 0.8545 / 0.8603, rounds 1 to 26's 151
programs 0.8619 / 0.8579 / 0.8657 (as after round 26's classes; means of the
printed per-program figures).  The Loghub-2k bench was not run: no miner
behaviour changed, and the Loghub files are not on this machine
(``/tmp/t16_benchdir`` is gone, ``shared/data/loghub`` holds its README
only).

Left (for a later round's classes, each to be kept only if it moves no other
program): a message of several lines whose last line is the statement's own
text (LinuxCNC's limits after the interpreted line); Python's exception texts
after a label (``name 'x' is not defined``, ``[Errno 104] Connection reset by
peer``, ``unsupported operand type(s) for +: ...``), a closed-looking set as
``strerror``'s is but not in its list; a traceback's lines after a fixed
prefix (WeeWX's ``    ****  ``); a status code's name in CamelCase after
``status code`` (open62541's ``BadIdentityTokenInvalid``), a closed set kept
apart as such; a list of names of varying length ending the message (Radicale's
ciphers and protocols).

Leave-one-round-out over rounds 1 to 27 (``python -m
tests.unit.templates.heldout.loo --jobs 1``, worktree of eca7f7e (c9b67bf on main), the
measurement's commit, c800c5a's miner): 0.8525 held out (in-sample 0.8544);
round 27's fold 0.751 (0.761 / 0.768 / 0.724, ``a = 0.15`` chosen, the same
figures as the default 0.2 gives it; ``a = 0.5`` would give 0.731); every
fold of rounds 1 to 26 chose as in round 26's run (0.15, but round 3's 0.1
and rounds 15, 20, 22 and 25's 0.2) and scores as then (0.8564 in round
26's run).
With round 27 in, ``a = 0.15`` is still best on all rounds (0.8577, tied to
four places with ``a = 2, b = 0.25``; 0.2's 0.8576).  No class was added, so
there is no run after one.

The floor test covers round 27 (mean >= 0.76, every program >= 0.30 at seed
17: set as round 26's were, the mean just below what seed 17 reached, here
held out, the program floor below the lowest, Radicale's 0.348).
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

# emcOperatorError() (read): "[<id>] " before the text when the id is not 0 (0 in every statement here), then
# rcs_print("%s\n") (rcs_print not read: the text alone); "%s\n%s" with a literal second argument is written as its
# text: the interpreted line, a line break and the limit (one message of two lines); rcs_print()'s own "\n" not written
_LINUXCNC = [
    Event("milltask", "src/emc/task/emctaskmain.cc", fmt, kinds)
    for fmt, kinds in [
        ("%s\nexceeds +X limit", ("lx_command",)),
        ("%s\nexceeds +Y limit", ("lx_command",)),
        ("%s\nexceeds +Z limit", ("lx_command",)),
        ("%s\nexceeds -X limit", ("lx_command",)),
        ("%s\nexceeds -Y limit", ("lx_command",)),
        ("%s\nexceeds -Z limit", ("lx_command",)),
        ("emcTaskPlanSetWait() called", ()),
        ("command (%s) cannot be executed until the machine is out of E-stop and turned on", ("lx_symbol",)),
    ]
]

# errlogPrintf() (errlog.c not read): the text alone, the format's "\n" not written; "%.*s" written as %s
_EPICS_IOC = [
    Event("epics-ioc", "modules/database/src/ioc/db/dbChannel.c", fmt, kinds)
    for fmt, kinds in [
        ("dbChannelCreate: Channel filter '%s' not found", ("ec_filter",)),
        ("dbChannelCreate: Out of memory", ()),
    ]
]

# ClInfo::log() (read): "Client <fd>: " before the text, then ::log() (Utils.cpp, not read: its time prefix
# stripped); the formats' own "\n" not written
_INDISERVER = [
    Event("indiserver", "indiserver/ClInfo.cpp", fmt, kinds)
    for fmt, kinds in [
        ("Client %d: Closing after malformed message", ("id_fd",)),
        ("Client %d: shut down complete - bye!", ("id_fd",)),
        ("Client %d: %ld bytes behind. Dropping stream BLOB...", ("id_fd", "id_queued")),
        ("Client %d: %ld bytes behind, shutting down", ("id_fd", "id_queued")),
        ("Client %d: queuing <%s device='%s' name='%s'>", ("id_fd", "id_tag", "id_device", "id_property")),
    ]
]

# log = logging.getLogger(__name__) (weeutil/logger.py not read): the text alone; log_traceback() (not read)
# writes each line of the traceback after the prefix the call gives
_WEEWX = [
    Event("weewxd", "src/weewx/engine.py", fmt, kinds)
    for fmt, kinds in [
        ("Loading station type %s (%s)", ("wz_station_type", "wz_driver")),
        ("Import of driver failed: %s (%s)", ("wz_exception", "wz_exception_type")),
        ("    ****  %s", ("wz_traceback_line",)),
        ("No services in service group %s", ("wz_service_group",)),
        ("Loading service %s", ("wz_service",)),
        ("Finished loading service %s", ("wz_service",)),
        ("Starting main packet loop.", ()),
        ("Garbage collected %d objects in %.2f seconds", ("wz_gc_objects", "wz_gc_seconds")),
        ("Internal error. Packet loop has exited.", ()),
        ("Main loop exiting. Shutting engine down.", ()),
        ("StdConvert target unit is 0x%x", ("wz_unit",)),
        ("No calibration information in config file. Ignored.", ()),
        ("StdCalibrate type or name error in LOOP packet: %s", ("wz_name_error",)),
        ("StdCalibrate value error in LOOP packet %s", ("wz_value_error",)),
        ("StdCalibrate type or name error in archive record: %s", ("wz_name_error",)),
    ]
]

# UA_LOG_*_CHANNEL / UA_LOG_*_SESSION (ua_securechannel.h, ua_session.h, not read): the text alone;
# UA_PRINTF_GUID_FORMAT written as %s (the GUID, not read: as uuid writes it)
_OPEN62541 = [
    Event("open62541", "src/server/ua_services_session.c", fmt, kinds)
    for fmt, kinds in [
        ("Trying to create session", ()),
        ("The client certificate did not validate", ()),
        ("The client's ApplicationURI did not match the certificate", ()),
        ("Processing CreateSessionRequest failed", ()),
        ("Session %s created", ("oa_guid",)),
        ("Execute ActivateSession", ()),
        ("ActivateSession: SecureChannel %i wants to activate, but the session has timed out", ("oa_channel",)),
        ("Signature check failed with status code %s", ("oa_status_signature",)),
        ("ActivateSession: Failed to create a context for the SecurityPolicy %s", ("oa_policy_uri",)),
        ("ActivateSession: Failed to decrypt the password with the status code %s", ("oa_status_decrypt",)),
        ("ActivateSession: The AccessControl plugin denied the access with the status code %s",
         ("oa_status_access",)),
        ("ActivateSession: Detach from old channel", ()),
        ("ActivateSession: Could not generate a server nonce", ()),
        ("ActivateSession: Session activated", ()),
        ("CloseSession", ()),
    ]
]

# radicale.log.logger (radicale/log.py not read): the text alone; an exc_info traceback (the logging module's
# formatter, not read) not written; log_error()'s format_ (http.server's, not read) written as %s
_RADICALE = [
    Event("radicale", "radicale/server.py", fmt, kinds)
    for fmt, kinds in [
        ("Client timed out", ()),
        ("An exception occurred during request: %s", ("rc_exception",)),
        ("SSL load files certificate='%s' key='%s'", ("rc_cert", "rc_key")),
        ("SSL set explicit protocols (maybe not all supported by underlying OpenSSL): '%s'", ("rc_protocol",)),
        ("SSL active protocols: (system-default)", ()),
        ("SSL minimum acceptable protocol: %s", ("rc_min_version",)),
        ("SSL maximum acceptable protocol: %s", ("rc_max_version",)),
        ("SSL accepted protocols: %s", ("rc_protocols",)),
        ("SSL set explicit ciphersuite (maybe not all supported by underlying OpenSSL): '%s'",
         ("rc_ciphersuite",)),
        ("SSL active ciphersuite: (system-default)", ()),
        ("SSL accepted ciphers: %s", ("rc_ciphers",)),
        ("SSL enable mandatory client certificate verification using CA file='%s'", ("rc_cafile",)),
        ("An error occurred during request: %s", ("rc_http_error",)),
        ("Starting Radicale %s(%s) as %s on %s", ("rc_pythonpath", "rc_versions", "rc_user_groups", "rc_platform")),
    ]
]

EVENTS: tuple[Event, ...] = (*_LINUXCNC, *_EPICS_IOC, *_INDISERVER, *_WEEWX, *_OPEN62541, *_RADICALE)
PROGRAMS: tuple[str, ...] = ("milltask", "epics-ioc", "indiserver", "weewxd", "open62541", "radicale")
