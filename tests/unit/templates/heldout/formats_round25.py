"""Round 25 of the held-out corpus: six more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: what is left of round
24's further list, fixed before round 24 looked at anything, in its order:
gpm, HylaFAX's server (hfaxd), Salt's minion (salt-minion), PackageKit's
daemon (packagekitd), SPICE's guest agent (spice-vdagent); then this further
list, fixed here before any of it is looked at, in this order:
speech-dispatcher, the Music Player Daemon (mpd), neard, Hamlib's rig
control daemon (rigctld), Gammu's SMS daemon (gammu-smsd), Flatpak's system
helper (flatpak-system-helper) (a speech synthesis server, a music player
server, an NFC daemon, a radio transceiver control daemon, an SMS gateway
daemon, an application sandbox's privileged helper; no round 1 to 24 used
one of them or one of their kinds, no word of their names is in any round's
docstring, test or corpus values (grep -i -w over tests/unit/templates,
detectors/templates and README.md finds none of speech, speechd,
dispatcher, mpd, neard, nfc, hamlib, rigctld, rigctl, gammu, smsd, flatpak,
nor does git log --all -i --grep with word bounds; 'music' is only a
word of an Asterisk module's description in corpus.py's values, 'sms' only
a unit's rendering in round 20's fwupd; gpm, HylaFAX, Salt, PackageKit and
spice-vdagent are named only by round 24's further list; oFono, i2pd and
Mumble's murmurd were thought of and left out before looking, a telephony
daemon (ModemManager, round 22), an anonymity router (Tor, round 11) and a
voice chat server (round 17) being earlier rounds' kinds), and none is among
Loghub's 16 systems).  The programs are taken in that order, gpm first,
until six of them have a picked file with logging statements: a program
whose source the search tools do not hold, or whose picked file holds no
logging statement in what the rule reads, gives no entry and the next
program is taken, so the round has six programs (fewer only if the list
runs out, which is said here).  Within a program one file is picked by its
name from the index's file list before reading it (the first version the
index gives), as rounds 19 to 24's rule says: the file whose name says it
manages the program's numbered instances (devices, disks, leases, clients,
hosts, interfaces, sessions, users, channels, connections, readers, tasks,
jobs, nodes, ports, modems, paths, targets, printers, locks) where the list
has one, else the main daemon or engine file; where several names say
instances, the first instance word of that list that a name says, then the
first such file in the index's list; it is read from its start in pages of
16,000 characters until 15 logging statements are found or 32,000
characters are read, and the first 15 statements in file order (all, where
fewer) are the entries, whatever their level.  No other file of a program
is taken for its picked file.  Nothing is picked or left out for being easy
or hard.  Each program's own prefix or context (what its logging code
writes around the message) is rendered as that code does, from the code
read; what is not in the code read is said, and only what was read is
rendered.  No miner change is made for them before they are measured; they
are measured once with main's miner (detectors/templates as at 7020aa2,
unchanged since 31ad9b4's class) and Drain3 (defaults) beside it, at seeds
17, 1 and 2.

The files, picked by their names from the index's file lists before any was
read (where a program's own repository is not in the index, a copy is
said): gpm ``src/daemon/do_client.c`` in telmich/gpm (its clients: the only
name of ``src/daemon/`` saying an instance word; ``add_mouse.c`` and
``init_mice.c`` say mice, no word of the list), hfaxd ``hfaxd/User.c++`` in
ifax/HylaFAX (its users, before ``Jobs.c++``'s jobs), salt-minion
``salt/minion.py`` in saltstack/salt (no name of the minion's own code says
an instance: ``salt/utils/minions.py`` is the master's matcher of minions;
the minion's main file), packagekitd ``src/pk-task-apt.c`` in
PackageKit/PackageKit (its tasks: the first ``pk-task-*`` name of the list,
before ``pk-backend-job.c``'s and ``pk-job-list.c``'s jobs, a later word),
spice-vdagent ``src/vdagent/device-info.c`` in deepin-community/spice-vdagent
(a distribution's copy; the freedesktop.org repository is not in the index;
its devices), speech-dispatcher ``src/server/speechd.c`` in brailcom/speechd
(no name of ``src/server/`` says an instance: the server's main file), the
Music Player Daemon ``src/lib/upnp/Device.cxx`` in MusicPlayerDaemon/MPD (its
devices: the first source file whose name says one; ``Device.hxx`` headers
hold declarations), neard ``src/device.c`` in linux-nfc/neard (its devices).
gpm's picked file (all 2,083 characters) holds no logging statement (it
writes events to its clients' sockets); the Music Player Daemon's (all 3,243
characters) holds none (an XML parser of UPnP device descriptions): no entry
for either, and the next program was taken.  Six programs were reached at
neard; rigctld, gammu-smsd and Flatpak's system helper were not needed.

======================  ==============================================  ==================
program                 source read (repository, path, commit)          style
======================  ==============================================  ==================
(gpm)                   telmich/gpm ``src/daemon/do_client.c``          none
                        (2ab1aac9; all 2,083 characters); 0
``hfaxd``               ifax/HylaFAX ``hfaxd/User.c++`` (0eb8f99e; all   C++ ``logError``,
                        14,922 characters); 6 statements, 6 events      ``logNotice``,
                                                                        ``logcmd``
``salt-minion``         saltstack/salt ``salt/minion.py`` (00043fe8;    Python ``logging``
                        characters 0-16,000 of 154,751: the first 15
                        statements); 14 events
``packagekitd``         PackageKit/PackageKit ``src/pk-task-apt.c``     C ``pk_debug``
                        (24d1f253; all 552 characters, a fragment); 1
                        statement, 1 event
``spice-vdagent``       deepin-community/spice-vdagent                  C ``syslog``
                        ``src/vdagent/device-info.c`` (b457ceef; all
                        17,637 characters: the first 15 statements);
                        15 events
``speech-dispatcher``   brailcom/speechd ``src/server/speechd.c``       C ``MSG``
                        (010bdc4e; characters 0-16,000 of 30,347: the
                        first 15 statements); 13 events
(mpd)                   MusicPlayerDaemon/MPD ``src/lib/upnp/Device.cxx``  none
                        (0ee68486; all 3,243 characters); 0
``neard``               linux-nfc/neard ``src/device.c`` (02e6ab4a;     C ``DBG``,
                        all 10,722 characters: the first 15             ``near_error``
                        statements); 8 events
======================  ==============================================  ==================

A statement is a call of the program's logging function whose text is in the
file read, whatever its level; two statements with the same text are one
event (salt-minion's ``Using %s as source IP address`` twice,
speech-dispatcher's ``Empty module, internal error`` three times, neard's
``DBG("")`` six times and ``DBG("conn %p", conn)`` three times among its
first 15).  Not statements: hfaxd's ``reply()`` and ``perror_reply()`` (the
protocol's replies to the client, not its log), salt-minion's
``print('WARNING: ...')`` (standard output, when no console log is set up),
speech-dispatcher's ``DIE`` and ``FATAL`` (macros of ``speechd.h``, not
read, that end the program) and its ``fprintf`` calls inside ``MSG`` and
``MSG2`` themselves.  salt-minion's ``log.error(err)`` writes one of two
texts built by ``str.format`` (``Set 'master' value`` or ``Set
'syndic_master' value``, by the minion's role): one statement, one event,
the option's name a value; its ``log.trace(interfaces)`` writes the
interfaces' dict as ``str()`` does: one event whose text is all value.
spice-vdagent's ``Found card ... Vendor ID %#x, Device ID %#x`` passes the
device id first and the vendor id second, as the code does.

Rendering (what is stripped is the line's header, as Loghub's ``Content``):
speech-dispatcher's ``MSG()`` (read, in the file) writes ``[<ctime> :
<usec>] speechd: `` (stripped), then ``level - 1`` blanks, then the text
(kept: one to three blanks lead each message) and a newline (not written;
``Closing connection on fd %d\n`` writes one more, not written either).
spice-vdagent's ``syslog()``: ``spice-vdagent[<pid>]: `` stripped.  No other
program's logging code was read (HylaFAX's ``HylaFAXServer.c++``, Salt's
``salt/log``, PackageKit's ``pk_debug``, neard's ``log.c``), so each message
is the format's text alone, an ending newline not written: neard's
``DBG("")`` is an empty message (its file and function, which ``DBG`` may
write before the text, not read), hfaxd's ``logcmd(T_DELUSER, "%s", user)``
the user's name alone.  Written from memory, not read: the headers,
HylaFAX's access file's path, the users, uids and ``strerror`` texts,
Salt's masters, addresses, interfaces, ports and master functions,
``apt-cache search``'s lines (a package and its short description),
spice-vdagent's DRM cards, sysfs paths, PCI ids and xrandr outputs, neard's
``NFC_PATH`` (``/org/neard``) and pointers, and every other value.

First measurement (57 format strings from 67 statements; ``python -m
tests.unit.templates.heldout --round 25 --seed S``, 2,000 messages a program,
final ids, a fresh miner per program), before anyone looked at its mistakes,
with main's miner (detectors/templates as at 7020aa2, unchanged since
31ad9b4)::

    GA at seeds 17 / 1 / 2   events  main (7020aa2)       Drain3
    hfaxd                         6  0.748 0.785 0.942    0.727 0.596 0.742
    salt-minion                  14  0.703 0.416 0.773    0.835 0.723 0.763
    packagekitd                   1  1.000 1.000 1.000    0.000 0.000 0.000
    spice-vdagent                15  0.903 0.941 0.962    0.903 0.941 0.962
    speech-dispatcher            13  1.000 1.000 1.000    0.955 0.880 0.917
    neard                         8  1.000 1.000 1.000    1.000 1.000 1.000
    mean                             0.892 0.857 0.946    0.736 0.690 0.731

This miner is ahead of Drain3 at every seed (0.898 against 0.719 over the
three), behind it on salt-minion at seeds 17 and 1; Drain3's packagekitd is
0 (its one statement's short descriptions, of 3 to 12 words, make templates
of as many lengths).  Rounds 1 to 24 generate byte-identical corpora with
round 25 added (sha256 of every program's messages and labels at seeds 17 /
1 / 2, 417 digests, worktree of 7020aa2 and this).

Mistakes at seed 17 (``--mistakes``): hfaxd's ``PAM authentication for %s
...`` in 6 templates (its six user names, 403 messages: a few words seen
often, kept apart as a closed set is) and ``logcmd``'s ``%s``, a user's name
alone, in 6; salt-minion's dict dump (``log.trace(interfaces)``) in 65
templates, its ``Set '%s' value`` in 2 (``master``, ``syndic_master``), its
``Failed to load module %s`` in 3 and ``%s returned from %s is not a
string`` in 6 (three master functions' dotted names, ``dns_srv.master``:
a two-part dotted name is a word, and three of them seen often a closed
set); spice-vdagent's ``Unable to read vendor ID of card: %s`` and ``...
device ID of card: %s`` in 2 each (``strerror``'s ``No such file or
directory`` and ``Permission denied``).

Then two general classes (in-sample for round 25 from here; af53829 and
1cc74a7 on branch rT25; 0ad4bb7 and fc9891c on main), each with a test that fails on the miner before it
and a guard that passes on both
(tests/unit/templates/test_mistake_classes.py): (ay) a Python dict as
``str()`` writes it (single-quoted keys and strings) ending the message is
one value, at the message's start too, as a JSON object ending it already
was (a dict followed by more text, an unclosed brace and a JSON logger's
double-quoted line stay as before); (az) a C library error text after a
sentence saying that something failed (``Unable to read vendor ID of card:
Permission denied``) is a reason of one statement: its family forms at
``error_family_size`` (2), as after a call's name or a path; the sentence
plain words only, its label a word of letters, the text with a capital
first, as ``strerror`` writes it (a first version without these limits
merged systemd's ``Failed to spawn '<task>' task: %m``, one statement for
each task, 0.962 -> 0.641 at seed 1, split ser2net's ``port con0:``, 0.908
-> 0.803 at seed 17, and moved BGL on the Loghub-2k bench, 0.940 -> 0.917;
in small letters the text stays the program's own words, as round 17's
guards say)::

    GA at seeds 17 / 1 / 2   before (7020aa2)     after (ay, az)
    hfaxd                    0.748 0.785 0.942    0.748 0.785 0.942
    salt-minion              0.703 0.416 0.773    0.775 0.498 0.807
    packagekitd              1.000 1.000 1.000    1.000 1.000 1.000
    spice-vdagent            0.903 0.941 0.962    1.000 1.000 1.000
    speech-dispatcher        1.000 1.000 1.000    1.000 1.000 1.000
    neard                    1.000 1.000 1.000    1.000 1.000 1.000
    mean                     0.892 0.857 0.946    0.921 0.881 0.958

(ay) moved salt-minion alone (0.703 / 0.416 / 0.773 -> 0.775 / 0.498 /
0.807); (az) moved spice-vdagent (-> 1.000) and, in earlier rounds, redis
(round 1: 0.969 / 0.971 / 0.981 -> 0.973 / 0.974 / 0.985) and lighttpd
(round 8: 0.962 at seed 17 -> 1.000; 1.000 at seeds 1 and 2 before);
nothing moved down in any round at any seed (every program of rounds 1 to
25 at seeds 17, 1 and 2 with ``--no-drain3``'s measure, each class against
the one before, the first against a worktree of 6dce7e6 (75a6e45 on main), the measurement's
commit, 7020aa2's miner); all 145 programs' mean 0.8674 / 0.8587 / 0.8712
-> 0.8688 / 0.8597 / 0.8717, rounds 1 to 24's 139 programs 0.8663 / 0.8588
/ 0.8679 -> 0.8666 / 0.8588 / 0.8679 (means of the printed per-program
figures).  ``sightline bench templates --no-drain3`` on the 16 Loghub-2k
systems: every file's GA, FGA and F1 identical with each class (mean GA
0.949, FGA 0.843) and every file's output byte-identical.  The 96-sample
Loghub guard of earlier rounds, run on main after round 25's classes
against its output after round 24's: no change in any corpus.  Speed, the same bench's CPU for
32,000 lines, A/B alternated (worktree of 7020aa2 / this tree), machine
shared with a leave-one-round-out run: 1.52/1.58, 1.57/1.61, 1.83/1.92,
1.83/1.80 s, then after first: 1.57/1.62, 1.67/1.70, 1.75/1.81, 1.71/1.59 s
(this tree / 7020aa2); means 1.68 s (7020aa2) and 1.70 s (this): no
difference beyond noise.

Left: hfaxd's user names (six of them, a closed-looking set under
``family_ratio``) and its message that is a user's name alone; salt-minion's
master functions' names (``module.function``, two dotted parts: a word, as
``Store.flush`` is) and the option's name in ``Set '%s' value`` (two words,
each from its own ``str.format`` branch); a failure's sentence said with
``could not`` (two words; the failure words are single tokens), and one with
a quoted name or a value in it, still waits for ``family_size``.

Leave-one-round-out over rounds 1 to 25 (``python -m
tests.unit.templates.heldout.loo --jobs 2``): 0.8600 held out with
7020aa2's miner (worktree of 6dce7e6, 75a6e45 on main; in-sample 0.8620; round 25's fold
0.899), 0.8610 with (ay) and (az) (worktree of 1cc74a7, fc9891c on main; in-sample 0.8630);
round 25's fold 0.899 -> 0.920, round 1's 0.922 -> 0.923, round 8's 0.910 ->
0.912, every other fold unchanged.  With round 25 in, ``a = 0.15`` (a
``family_ratio`` of 0.15) is best on all rounds by 0.0001 (0.8668 against
0.2's 0.8667 after the classes, 0.8658 against 0.8657 before) and is the
choice of every fold but rounds 3's (0.1), 15's, 20's, 22's and 25's (0.2);
round 25 alone prefers it (0.931 against 0.920).  The default stays 0.2:
the difference is within what one round moves, and the choice is the
lead's.
The floor test covers round 25 (mean >= 0.92, every program >= 0.70 at seed
17; 0.892 held out fails on 7020aa2's miner).
"""

from __future__ import annotations

from tests.unit.templates.heldout.formats import Event

__all__ = ["EVENTS", "PROGRAMS"]

# logError(), logNotice() and logcmd() (HylaFAXServer.c++, not read): the text alone, the format's "\n" not written
_HFAXD = [
    Event("hfaxd", "hfaxd/User.c++", fmt, kinds)
    for fmt, kinds in [
        ("Unable to open the user access file %s: %s", ("hx_access_file", "hx_strerror")),
        ("PAM authentication for %s can't be used for a re-issuance of USER command because of chroot jail",
         ("hx_user",)),
        ("Access control file not mode 600; access denied.", ()),
        ('Internal error, "fax" UID (%u) too large.', ("hx_faxuid",)),
        ("%s XXXX YYYY", ("hx_user",)),
        ("%s", ("hx_user",)),
    ]
]

# Python's logging (salt/log, not read): the message alone; str.format's {0} written as %s
_SALT_MINION = [
    Event("salt-minion", "salt/minion.py", fmt, kinds)
    for fmt, kinds in [
        ("Master hostname: '%s' not found or not responsive. Retrying in %s seconds",
         ("so_master", "so_retry_dns")),
        ("Master address: '%s' could not be resolved. Invalid or unresolveable address. Set '%s' value in minion"
         " config.", ("so_master", "so_master_key")),
        ("Master ip address changed from %s to %s", ("so_ip", "so_ip")),
        ("Custom source interface required: %s", ("so_iface",)),
        ("The following interfaces are available on this Minion:", ()),
        ("%s", ("so_interfaces",)),
        ("Using %s as source IP address", ("so_ip",)),
        ("The interface %s is down so it cannot be used as source to connect to the Master", ("so_iface",)),
        ("%s is not a valid interface. Ignoring.", ("so_iface",)),
        ("Using %d as source port for the ret server", ("so_port",)),
        ("Using %d as source port for the master pub", ("so_port",)),
        ("Master URI: %s", ("so_master_uri",)),
        ("Failed to load module %s", ("so_master_func",)),
        ("%s returned from %s is not a string", ("so_master_value", "so_master_func")),
    ]
]

# pk_debug() (not read): the text alone
_PACKAGEKITD = [
    Event("packagekitd", "src/pk-task-apt.c", "package='%s' shortdesc='%s'", ("pk_package", "pk_shortdesc")),
]

# syslog(): "spice-vdagent[<pid>]: " stripped; "%#x" written as "0x%x" (the ids are never 0)
_SPICE_VDAGENT = [
    Event("spice-vdagent", "src/vdagent/device-info.c", fmt, kinds)
    for fmt, kinds in [
        ("card%i not found while listing DRM devices.", ("va_card",)),
        ("Failed to get the real path of %s", ("va_sys_path",)),
        ("Device %s is at %s", ("va_dev_path", "va_device_link")),
        ("Can't determine pci address from '%s'", ("va_device_link",)),
        ("Unable to read vendor ID of card: %s", ("va_strerror",)),
        ("Unable to read device ID of card: %s", ("va_strerror",)),
        ("Found card '%s' with Vendor ID 0x%x, Device ID 0x%x", ("va_device_link", "va_device_id", "va_vendor_id")),
        ("Couldn't parse PCI address '%s'. Address should be the form 'pci/$domain/$slot.$fn/$slot.fn...",
         ("va_address",)),
        ("Unable to open file %s", ("va_dev_path_or_null",)),
        ("Unable to get DRM resources for card %s. Falling back to using xrandr output index.", ("va_dev_path",)),
        ("Specified display id %i is higher than the maximum display id provided by this device (%i)",
         ("va_display_id", "va_max_display_id")),
        ("Unable to get drm connector for display id %i", ("va_display_id",)),
        ("Unable to lookup XRandr output info for output %i", ("va_output_id",)),
        ("Found matching X Output: name=%s id=%i", ("va_output_name", "va_output_id")),
        ("The device display id %i does not exist", ("va_display_id",)),
    ]
]

# MSG(level, ...) (src/server/speechd.c, read): "[<ctime> : <usec>] speechd: " stripped, then level - 1 blanks
# before the text; the "\n" MSG writes after it (and one format's own) not written
_SPEECHD = [
    Event("speech-dispatcher", "src/server/speechd.c", " " * (level - 1) + fmt, kinds)
    for level, fmt, kinds in [
        (2, "Error: Can't handle connection request of a new client", ()),
        (4, "Adding client on fd %d", ("sd_fd",)),
        (2, "Error: Failed to create a record in fd_settings for the new client", ()),
        (4, "Data structures for client on fd %d created", ("sd_fd",)),
        (4, "Removing client on fd %d", ("sd_fd",)),
        (4, "Tagging client as inactive in settings", ()),
        (4, "Removing client from the fd->uid table.", ()),
        (4, "Closing clients file descriptor %d", ("sd_fd",)),
        (3, "Connection closed", ()),
        (2, "Error: Empty connection, internal error", ()),
        (4, "Closing connection on fd %d", ("sd_fd",)),
        (2, "Error: Empty module, internal error", ()),
        (2, "Empty module, internal error", ()),
    ]
]

# DBG() and near_error() (src/log.c, not read): the text alone; "%p" is glibc's (a heap address)
_NEARD = [
    Event("neard", "src/device.c", fmt, kinds)
    for fmt, kinds in [
        ("device %p", ("nr_ptr",)),
        ("", ()),
        ("path %s", ("nr_path",)),
        ("conn %p", ("nr_conn",)),
        ("Push status %d", ("nr_status",)),
        ("records %p", ("nr_ptr",)),
        ("connection %p", ("nr_conn",)),
        ("DEP link is not established", ()),
    ]
]

EVENTS: tuple[Event, ...] = (*_HFAXD, *_SALT_MINION, *_PACKAGEKITD, *_SPICE_VDAGENT, *_SPEECHD, *_NEARD)
PROGRAMS: tuple[str, ...] = ("hfaxd", "salt-minion", "packagekitd", "spice-vdagent", "speech-dispatcher", "neard")
