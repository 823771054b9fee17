"""A twenty-first held-out recall measure: the YARA signature files of eth0izzle's shhgit.

``python -m tests.unit.redact.heldout_round21 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): eth0izzle/shhgit, the rule files directly under
``app/rules/`` (one stored version of each, as the search index holds it).  shhgit watches public
code pushes for secrets and sensitive files; its signatures name either a file (by name, path or
extension) or a pattern over a file's text.

Why shhgit: the brief's candidates in its order.  mazen160/secrets-patterns-db is read (round 12
read ``db/rules-stable.yml``; the index's ``db/`` holds besides it only ``pii-stable.yml``,
personal data, and ``sensitive-fields-full.yml``/``-simple.yml``, field names, no secrets);
Yelp/detect-secrets' ``detect_secrets/plugins/``, secretlint's ``secretlint-rule-*`` packages and
semgrep-rules' ``generic/secrets/`` were read by round 3.  shhgit is named by round 14 among the
sources it did not open, and no docstring of rounds 2-20, noseyparker or public_formats names it
as read.  Its ``config.yaml`` (the older signature list, one file at the root) cannot be listed
without reading its text; ``app/rules/`` can: the index lists it whole (70 rows, ``README.md``
and 69 ``.yara`` files, one version each, commit 5d83062).  Before the rule below was written only
the folder's file names were listed; no rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. every ``.yara`` file the index lists directly under ``app/rules/``, in its order (by path,
   byte order): 69 files numbered from 0 (``apache_htpasswd_file`` #0, ``apple_keychain_database
   _file`` #1, ``aws_access_key_id`` #2 ... ``terraform_variable_config_file`` #67,
   ``tunnelblick_vpn_configuration_file`` #68); ``README.md`` is no rule;
2. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, an account number, a user name, a host, a public key) is left out,
   its id noted; a rule that matches a file by its name, path or extension alone (a keychain, a
   database file, a log file, a shell history) is left out, its id noted, as round 20 left out
   whispers' file names; a rule taking a value of fewer than 8 characters too; a rule whose
   pattern is another rule's of this round character for character is left out, its id noted;
3. each rule left gives families by its shape, as rounds 17-20's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 107 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
