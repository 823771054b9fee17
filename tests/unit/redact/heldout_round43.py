"""A forty-third held-out recall measure: Semgrep's generic secrets rules no round measured.

``python -m tests.unit.redact.heldout_round43 [--seed N] [--per-family N] [--sources]``

One source (December 2026): semgrep/semgrep-rules, the folder ``generic/secrets/security/``, its
``detected-*.yaml`` rule files (each a Semgrep rule, a regex or a pattern, with a message naming
what it takes).  The folder lists 56 such files (names only read before this rule was written;
``google-maps-apikeyleak.yaml`` is no ``detected-`` file and is not taken; the ``.txt``, ``.jsx``,
``.npmrc`` and ``.php`` files beside them are the rules' test files).

What was read of them before this rule was written: round 3 (1511780) read this folder ("semgrep-
rules ``generic/secrets/security`` (not its ``gitleaks`` copy)", its docstring) and measured
four of its formats as families of its ``semgrep`` source: Kolide, PayPal Braintree's production
access token, HockeyApp and Composio; it named Picatic's ``sk_live_`` and Stripe's restricted key
as inside the first corpus' Stripe family and "the rest" as earlier formats, so it read the other
files too but measured none of them as this source's; round 3's fixes (9fb9e0f) name semgrep-rules
for Braintree's regex, Kolide and Composio only.  Rounds 13, 14 and 20-23 and 33 name semgrep
among the sources read before them; no other round's ``SOURCE_PATHS`` names a file of this folder
(a grep of ``tests/unit/redact``, ``pipeline/redact``, ``README.md`` and ``git log --all`` for
``semgrep``).  So every file here counts as read: the files round 3 measured are left out, and the
others are taken as round 37 took the rules round 33 had seen but not measured, weaker evidence
(the rules written after round 3, by rounds 4-42 from other sources, may have been shaped by them,
and round 3's helper saw them).  For this round no rule file was opened before this rule was
committed.

The rule that chooses the files, written here before any rule file's text was read and before any
secret was generated:

1. the 56 ``detected-*.yaml`` files of ``generic/secrets/security/`` in alphabetical order of
   their path, each at the version the index stores (one version, not always the newest);
2. left out, each file named: the four files round 3 measured (``detected-composio-api-key``,
   ``detected-hockeyapp``, ``detected-kolide-api-key``, ``detected-paypal-braintree-access-token``);
   round 37's rule 2 (a rule whose message names its match a password hash, the crypt(3) lines of a
   shadow file among them) and round 33's rule 3 as written (a rule whose match is no secret or only
   a public or identifying value: an id, an account number, a user or host name, an e-mail or IP
   address, a public key, a URL without credentials, a word list, a file name or a path alone, a
   database dump's statements; a value of fewer than 8 characters; a rule the file marks as taken
   from gitleaks; a rule whose pattern is another taken file's character for character, or takes
   the same values in the same context);
3. the files left after 2 are taken in the order of rule 1 until the round holds 35 files; if
   those give more than 75 families, the taken files are cut at the last whose families keep the
   round at 75 or fewer; the rest are left for a later round (named below from the listing);
4. each file taken gives families as rounds 33 and 37's rule 4 built them: a token with a prefix
   or a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family and a text family; a
   connection string, URL or whole-file shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a file whose rule takes several formats (alternatives) gives its families once,
   the alternatives drawn in turn by the family's pattern;
5. a file whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 229 (no round has used it: no ``Round(...)`` registration nor heldout module names it), 7
samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The rules' test files
are read only after the measurement, to check whether a miss class is real; none of their lines
or values is copied.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.
"""
