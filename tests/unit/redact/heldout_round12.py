"""A twelfth held-out recall measure: the secrets-patterns-db rule set, not read before this module.

``python -m tests.unit.redact.heldout_round12 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): mazen160/secrets-patterns-db, ``db/rules-stable.yml``
(one version as the search index stores it, commit 061313d), a database of about 1,600
regular expressions gathered from other scanners (trufflehog v3 of 2022, gitleaks, nuclei,
leakin and more), each a name, a regex and a confidence.  No earlier round read it.  Its
first 16,000 characters (``ADMIN_PASSWORD`` to ``Cannyio``) were seen while checking that
the source exists and what it holds, before the rule below was written; the rule does not
depend on what they hold.

The rule that chooses the patterns, written here before the rest of the file was read and
before any secret was generated:

1. number the file's patterns in file order from 0 and take every pattern whose number is a
   multiple of 40;
2. a taken pattern that describes no secret (a host name, an ARN, a bucket, a file name, a
   keyword with no value after it, personal data) or only the public part of a pair (an id,
   a user name, an e-mail address, a number) or a value of fewer than 8 characters is
   replaced by the next pattern in file order that describes a secret of 8 or more
   characters (the replacement's number is noted);
3. a pattern that is one part of a pair (a name ending ``- N``) gives the secret part; the
   other part is written into the context;
4. each chosen pattern gives families by its shape: a keyword-near-token pattern a keyed
   family (a key holding the keyword) and a text family (the provider's request where its
   API is public, otherwise log lines, then prose naming the provider); a token with a
   prefix of its own a bare family and one in a request; a whole-line (generic) pattern a
   text family in the shape it describes;
5. a pattern whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 71, 7 samples per family, round 2's carriers.  The families follow in the next commit,
measured once before any rule changes.
"""
