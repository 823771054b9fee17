"""A forty-eighth held-out recall measure: the secrets-patterns-db patterns round 12 passed over.

``python -m tests.unit.redact.heldout_round48 [--seed N] [--per-family N] [--sources]``

One source: mazen160/secrets-patterns-db, ``db/rules-stable.yml``, the file round 12 read
(:mod:`tests.unit.redact.heldout_round12`: about 1,680 patterns, each a name, a regex and a
confidence).  Round 12 took every 40th pattern, numbers 0, 40, ..., 1640, and the replacements
its rule gave; the patterns between were not read for a family.  The search index stores the
file at commit 0e9d3ea (round 12 read it at 061313d; the index no longer holds that one).

The rule that chooses the patterns, written here before the file is read past the names that
number them and before any secret is generated:

1. number the file's patterns in file order from 0 as round 12 did (by transcribing their
   names in file order) and take every pattern whose number is 20 more than a multiple of 40:
   20, 60, 100, ..., 1660 (42 numbers), halfway between round 12's picks.  Round 12's numbers
   are checked on 0e9d3ea's names first (40 ``Aletheiaapi``, 80 ``Asanapersonalaccesstoken``,
   1640 ``vscetoken``, 1,680 patterns in all); if they disagree, this version is numbered and
   the difference is written here;
2. round 12's replacement rule: a taken pattern that describes no secret (a host name, an ARN,
   a bucket, a file name, a keyword with no value after it, personal data) or only the public
   part of a pair (an id, a user name, an e-mail address, a number) or a value of fewer than 8
   characters is replaced by the next pattern in file order that describes a secret of 8 or
   more characters (the replacement's number is noted); a pattern round 12 took (its 41,
   replacements included) or this round already took is passed over for the next one; a number
   with no such pattern after it (none before the next number of this rule, nor to the file's
   end) gives nothing;
3. a pattern that is one part of a pair (a name ending ``- N``) gives the secret part; the
   other part is written into the context;
4. each chosen pattern gives families by its shape, as round 12's: a keyword-near-token pattern
   a keyed family (a key holding the keyword) and a text family (the provider's request where
   its API is public, otherwise log lines, then prose naming the provider); a token with a
   prefix of its own a bare family and one in a request; a whole-line (generic) pattern a text
   family in the shape it describes;
5. a pattern whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 257 (no round has used it: no ``Round(...)`` registration nor heldout module names it as
a seed), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  Formats are
facts in our own notation, generated at test time; no rule text of the source is copied.
"""
