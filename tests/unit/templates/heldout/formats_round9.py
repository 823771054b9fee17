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
"""
