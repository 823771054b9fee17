"""A thirty-third held-out recall measure: the general pattern set of Red Hat's LeakTK.

``python -m tests.unit.redact.heldout_round33 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): leaktk/patterns, the pattern sets LeakTK's scanner
loads, written in gitleaks' TOML format (one ``[[rules]]`` table per rule: an id, a
description, a regex, keywords, tags, allowlists), one stored version of each file read, the
index's.

Why LeakTK: the brief names it first, and no round has read it (a grep of
``tests/unit/redact``, ``pipeline/redact`` and ``README.md`` for ``leaktk`` and of ``git log
--all`` finds nothing; the docstrings of rounds 2-31 and noseyparker name gitleaks,
trufflehog, Nosey Parker, GitHub's partner list, Microsoft's security-utilities,
detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's docs, Bearer,
secrets-patterns-db, trivy, sonar-text, titus, whispers, shhgit, earlybird and SecretScanner;
round 14 names ripsecrets and talisman among the sources it did not open).  The index lists
the repository whole (79 rows): under ``patterns/gitleaks/`` one folder per gitleaks version
the sets target (``7.6.1``, ``8.12.0``, ``8.18.2``, ``8.27.0``), each holding a base
configuration (``00-base-config.toml``), a global allowlist, LeakTK's own rules
(``98-general.toml``) and rules under trial (``99-testing.toml``); ``8.18.2`` also holds
``99-from-gitleaks.toml``, ``8.27.0`` a ``97-flags.toml`` and ``include/`` word lists (stop
words, placeholders, non-secret credentials, documentation paths); ``7.6.1`` holds two
``pypi-iocs`` files; ``target/`` holds the built sets, ``tests/`` and ``testdata/`` the
tests, ``scripts/`` the build.  Before the rule below was written only those file names were
listed; no file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. ``patterns/gitleaks/8.27.0/98-general.toml`` at the version the index lists (the folder of
   the newest gitleaks version the sets target; ``98-general`` is LeakTK's own rule set, the
   one its name says is general); its ``[[rules]]`` tables in file order, numbered from 0 over
   the whole file (N rules).  Not read for patterns: the older versions' folders (earlier forms
   of the same set), ``99-from-gitleaks.toml`` (gitleaks' rules, read by rounds 2-4),
   ``97-flags.toml``, ``99-testing.toml`` (rules under trial), the ``pypi-iocs`` files
   (malicious packages' indicators, no secret), the allowlists, word lists, built sets, tests
   and scripts;
2. the rules are sampled at a fixed step so that the sample spans the file, not its first
   letters: step k = ceil(N / 25); the rules numbered 0, k, 2k ... are taken; a taken rule that
   rule 3 leaves out is replaced by the next rule after it in file order that rule 3 keeps and
   that is before the next step's number (none if there is none), so at most 25 rules are
   taken;
3. a rule whose match is no secret or only a public or identifying value (an id, an account
   number, a user or host name, an e-mail or IP address, a public key, a URL without
   credentials, a word list, a file name) is left out, its number noted; a rule whose value is
   fewer than 8 characters too; a rule the file itself marks as taken from gitleaks (a comment,
   tag or id saying so) is left out, its number noted; a rule whose pattern is another taken
   rule's character for character, or that takes the same values in the same context, is left
   out, its number noted;
4. each rule kept gives families by its shape, as rounds 17-23's did: a token with a prefix or
   a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 173 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
