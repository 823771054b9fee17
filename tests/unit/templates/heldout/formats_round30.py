"""Round 30 of the held-out corpus: more programs' log format strings (measurement first).

Rule, stated and committed before any of them was read: round 29's list ran
out (Miniflux and Gotify gave no entry, and their picked files were the only
ones the rule lets them give), so nothing of it is left; this further list is
fixed here before any of it is looked at, in this order: Scrapy, Fcitx 5,
the Dolphin emulator, Ollama, AFL++, Odoo, and after them, taken only if one
of those gives no entry, Selenium Grid, then Wine's wineserver (a web
crawler, an input method framework, a game console emulator, a language
model inference server, a coverage-guided fuzzer, an ERP application
server, a browser automation hub, a Windows compatibility layer's server;
no round 1 to 29 used one of them or one of their kinds, no word of their
names is in any round's docstring, test or corpus values (grep -i -w over
tests/unit/templates, detectors/templates and README.md finds none of
scrapy, crawler, crawl, crawling, spider, fcitx, fcitx5, ibus, ime, 'input
method', dolphin, emulator, emulation, gamecube, wii, ollama, llm, llama,
llamacpp, gguf, inference, afl, aflplusplus, afl++, fuzzer, fuzzers,
fuzzing, fuzz, odoo, openerp, erp, selenium, webdriver, wine, wineserver,
nor does git log --all -i with word bounds; 'scraper' and 'scraping' are
README's Prometheus scrapes, no crawler; 'game' is round 20's word for
Luanti, a game engine and its server, which runs a game and emulates no
console; 'model' is Jenkins' package name (``hudson.model``) in round 5's
docstring and the corpus values, no inference server; 'emulated' is round 29's word for
Cowrie's commands, a honeypot's, no console's), and none is among Loghub's
16 systems).  Thought of and left out before looking: Home Assistant and
Node-RED (named in the corpus values: Mosquitto's client ids
``homeassistant`` and ``node-red-1``), Vaultwarden (Vault's kind), mpv (a
media player, the Music Player Daemon's kind), Neovim (an editor, near
Etherpad's kind), Mattermost (a team chat server, ejabberd's and Prosody's
kind), Klipper (a 3D printer's host, OctoPrint's kind), Certbot (an ACME
client: Caddy's and Traefik's ACME errors are corpus values), IPFS's kubo (a
peer-to-peer store, Syncthing's and Transmission's kind).  The programs are
taken in that order until six of them have a picked file with logging
statements: a program whose source the search tools do not hold, or whose
picked file holds no logging statement in what the rule reads, gives no
entry and the next program is taken, so the round has six programs (fewer
only if the list runs out, which is said here).  Within a program one file
is picked by its name from the index's file list before reading it (the
first version the index gives), as rounds 19 to 29's rule says: the file
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
once with main's miner (detectors/templates as at c691e6d) and Drain3
(defaults) beside it, at seeds 17, 1 and 2.
"""
