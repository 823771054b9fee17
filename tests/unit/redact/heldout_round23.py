"""A twenty-third held-out recall measure: the signature list of Deepfence's SecretScanner.

``python -m tests.unit.redact.heldout_round23 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): deepfence/SecretScanner, its signature list
``config.yaml`` at the repository's root (one stored version, the index's), and its YARA files
only as the rule below says.  SecretScanner looks for secrets in container images and file
systems; each of its signatures names a part of a file (its name, path, extension or contents),
a pattern or a fixed string for that part, a name and a severity.

Why SecretScanner: the brief names it, and no round has read it (a grep of ``tests/unit/redact``,
``pipeline/redact`` and ``README.md`` for ``secretscanner`` and ``deepfence`` finds only round
14's docstring, which names SecretScanner among the sources it did not open; the docstrings of
rounds 2-22 and noseyparker name gitleaks, trufflehog, Nosey Parker, GitHub's partner list,
Microsoft's security-utilities, detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's
docs, Bearer, secrets-patterns-db, trivy, sonar-text, titus, whispers, shhgit and earlybird).
The index lists the repository whole (71 rows): the signature list ``config.yaml`` (commit
a1beb7f, 22 versions held), two YARA files, ``secret.yar`` (dc87df0, one version) and
``rules/yara.rules`` (b60fa2d, two versions), the Go engine (``core/``, ``scan/``, ``jobs/``,
``server/``, ``output/``, ``signature/signatures.go`` and ``signature/hs_pattens.go``, the code
that loads and compiles the signatures), a rule converter (``cmd/convert-rules/main.go``), a
listing ``docs/yara-rules/listing.json``, test data ``test/keys.txt``, docs and build files.
Before the rule below was written only those file names were listed; no file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. ``config.yaml`` at the version the index lists (a1beb7f); its signatures in file order,
   numbered from 0 over the whole list; only those over a file's contents are taken (a
   signature whose part is a file's name, path or extension is left out, its number noted, as
   rounds 21 and 22 left out shhgit's and earlybird's file names); the list's other settings
   (extensions, paths and entropy limits to skip) are no patterns and are not taken;
2. ``secret.yar`` and then ``rules/yara.rules`` (at the versions the index lists; each YARA rule
   in file order, numbered from 0 within its file, its strings and condition one rule) only if
   step 1 leaves fewer than 20 rules, and only until 20 are taken; ``signature/hs_pattens.go``
   after them on the same terms; the rest of the Go code, the converter, the listing, the test
   data and the docs are not read for patterns;
3. a rule whose match is no secret or only a public or identifying value (an id, an account
   number, a user or host name, an e-mail or IP address, a public key, a bucket or a URL
   without credentials, a word list) is left out, its number noted; a rule whose value is
   fewer than 8 characters too; a rule whose pattern is another rule's of this round character
   for character, or that takes the same values in the same context as an earlier rule of this
   round, is left out, its number noted;
4. each rule left gives families by its shape, as rounds 17-22's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 113 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
