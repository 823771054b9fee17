"""A fifty-second held-out recall measure: three small public regex lists no round has read.

``python -m tests.unit.redact.heldout_round52 [--seed N] [--per-family N] [--sources]``

Three sources (December 2026), none named by any earlier round (a case-insensitive grep of
``tests/unit/redact`` and ``README.md`` for ``reghex``, ``l4yton``, ``secret-regex-list``,
``h33tlit`` and ``devskim`` finds nothing):

* l4yton/RegHex, its ``.gf/*.json`` files (gf pattern files, one pattern or a list of patterns
  each): the index lists 42 of them (``.gf/artifactory-password.json`` to ``.gf/urls.json``);
* h33tlit/secret-regex-list, its ``README.md`` (the one file the index holds): a table or list of
  named regular expressions;
* microsoft/DevSkim's rules that flag a hard-coded secret or credential.  The folder listing of
  ``rules/default/security/`` is paged; listed by subfolder and by ``ext=json`` it holds 54 rule
  files, four of whose names speak of secrets, keys, connection strings or certificates:
  ``privacy/secrets.json``, ``cryptography/connection_strings.json``,
  ``cryptography/certificate.json`` and ``cryptography/hardcoded_tls.json``.

Before this rule was committed only the three repositories' file listings were read (names and
commits); no file's text was read and no secret was generated.

The rule that chooses the patterns, written here before any file's text is read:

1. RegHex: every ``.gf/*.json`` file the index lists, in byte order of path, each at the one
   version the index stores; each file's pattern(s) in file order.  A file whose patterns take no
   secret (an IP address, a URL, an e-mail ``mailto:``, a hash, base32/base64 in general, a
   variable name, a URL parameter, an S3 bucket name, an id) is left out by rule 4 and named;
2. secret-regex-list: every named regular expression of ``README.md``, in the order written;
3. DevSkim: the four files named above in byte order of path, and in each the rules in file
   order whose name or description says they flag a hard-coded secret or credential (a password,
   a key, a token, a connection string holding a password, a private key); a rule about anything
   else (a weak protocol, a certificate check turned off, a TLS version) is not counted as read
   for this round; a file none of whose rules flags a secret gives nothing and is named;
4. round 33's rule 3 as round 49 wrote it: a pattern whose match is no secret or only a public or
   identifying value (an id, an account number, a user or host name, an e-mail or IP address, a
   public key, a client id, a URL without credentials), a value of fewer than 8 characters, or a
   pattern another taken pattern's (of this round, of another of the three sources, or of an
   earlier round's sources as their ``SOURCE_PATHS`` and docstrings name them) character for
   character, is left out and named; it still counts among the patterns read;
5. each pattern left gives families by its shape as round 49's rule 4 (rounds 17, 43, 45 and 46):
   a token with a prefix or a fixed shape of its own a bare family and one in a request or log
   line; a pattern that needs context before the value (the provider's name, a key or a word) a
   keyed family and a text family (the provider's request drawn twice, then lines in the shape the
   pattern describes); a connection string, URL or whole-line shape holding a secret a text family
   in the shape it describes; where the pattern is wider than the provider's format the family
   writes the provider's; a pattern taking several formats gives its families once, the
   alternatives drawn in turn; where a pattern pairs parts (an id and a secret) the family is the
   secret, the other part written into the request.  A pattern the three sources share (the same
   provider and format, not the same characters) gives its families once, under the first source
   in the order RegHex, secret-regex-list, DevSkim, and the others are named;
6. as round 49's rule 5 (round 12's): these lists are old and short and name common providers,
   which the rules written so far likely know; the figure is printed for the families whose
   provider an earlier round or the public-format corpus has (group ``known``) and for the others
   (``new``).  If one of the three sources is not in the index it is said here and the round goes
   on with the others (checked before this rule: all three are listed).

Seed 277 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 277 appears in rounds 19's and 22's docstrings only as counts), 7 samples per family, round
2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round52`) are 600 lines in the families' contexts holding no
secret, as round 51's are.  Formats are facts in our own notation, generated at test time; no
pattern text of the sources is copied.
"""
