"""A thirty-seventh held-out recall measure: the LeakTK rules round 33's step passed over.

``python -m tests.unit.redact.heldout_round37 [--seed N] [--per-family N] [--sources]``

One source, the one round 33 read (December 2026): leaktk/patterns,
``patterns/gitleaks/8.27.0/98-general.toml`` at the version round 33 read (c53b20b, the one
``find_files`` lists; 78 ``[[rules]]`` tables, numbered from 0 in file order).  Round 33 took
every fourth rule (#0, #4 ... #76, 20 rules); the other 58 were passed over by its step and
measured by no round.

What was read of them before this rule was written: round 33's helper read the file whole to
count its rules and apply its step (its docstring says so), so the 58 were seen then, but none
was measured, and no rule change after round 33 names one but this: round 33's fix (2d2bcd8,
``yescrypt-password-hash``) took the ``$y$`` and ``$7$`` crypt(3) schemes beside the taken
``$gy$`` and names "LeakTK's Password Hash rules" in the plural, so those rules may have shaped a
fix.  The later fixes (7dd19a4; rounds 34 and 35, 3ebfb81 and a7cea71, from trufflehog) name no
LeakTK rule; round 33's other changes name its taken rules and LeakTK's allowlists (a grep of
``tests/unit/redact``, ``pipeline/redact``, ``README.md`` and ``git log --all`` for
``leaktk``, ``98-general``, ``97-flags`` and ``99-testing``).  For this round no rule file was
opened before this rule was committed; the file listing (names only) was read.

Other pattern files of the same version no round read: ``97-flags.toml`` and
``99-testing.toml`` (rules under trial); round 33's rule 1 left them out, and this round leaves
them too (named here for a later round).

The rule that chooses the patterns, written here before any rule's pattern was read and before
any secret was generated:

1. the 58 rules of ``98-general.toml`` (c53b20b) whose number is not a multiple of 4 (#1, #2,
   #3, #5 ... #77), in file order;
2. left out, each number noted: a rule whose description names it a password hash (``Password
   Hash``: the rules round 33's fix may have read, above); and round 33's rule 3 as it was
   written (a rule whose match is no secret or only a public or identifying value, a value of
   fewer than 8 characters, a rule the file marks as gitleaks', a rule whose pattern is another
   taken rule's, round 33's 20 included, or takes the same values in the same context);
3. the first 35 rules left after 2, in file order, are taken, and the rest left for a later
   round (their numbers given below); if those 35 give more than 75 families, the taken rules
   are cut at the last whose families keep the round at 75 or fewer;
4. each rule taken gives families as round 33's rule 4 built them: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family and a text family;
   a connection string, URL or whole-file shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes
   the provider's;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 193 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
