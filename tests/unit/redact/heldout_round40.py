"""A fortieth held-out recall measure: the LeakTK rules no round measured.

``python -m tests.unit.redact.heldout_round40 [--seed N] [--per-family N] [--sources]``

One source, the one rounds 33 and 37 read (December 2026): leaktk/patterns, the pattern sets
LeakTK's scanner loads, in gitleaks' TOML format, under ``patterns/gitleaks/8.27.0/``:

* ``98-general.toml`` at c53b20b (the version rounds 33 and 37 read; 78 ``[[rules]]`` tables
  numbered from 0 in file order): the 14 rules round 37's rule left for a later round, #59
  Slack App Token, #61 Slack Config Access Token, #62 Slack Config Refresh Token, #63 Slack
  Legacy Bot Token, #65 Slack Legacy Workspace Token, #66 Slack User Token, #67 Slack Webhook
  URL, #69 StackRox JWT, #70 Square Access Token, #71 Square OAuth Secret, #73 Testing Farm API
  Token, #74 Tines Webhook, #75 Twilio API Key, #77 WP-Config;
* ``97-flags.toml`` and ``99-testing.toml`` (rules under trial), which no round opened: rounds
  33 and 37 named them and left them (a grep of ``tests/unit/redact``, ``pipeline/redact``,
  ``README.md`` and ``git log --all`` for ``97-flags`` and ``99-testing`` finds only those
  mentions).  The file listing (names only) gives 97-flags.toml at b902353 (one version) and
  99-testing.toml at 5be3918 (18 versions).

What was seen before this rule was written: the 14 rules of ``98-general.toml`` were read by
round 33's helper (who read the file whole to apply its step) and by round 37's (who read it
whole to apply its rule, and named these 14 in its docstring), so they are weaker evidence: the
rules written after those rounds (2d2bcd8, round 33's; 84567a3, c10b14a and 7958c2e, round
37's; and the trufflehog rounds' between) may have been shaped by having seen them, Slack's
tokens above all, which round 33 took two of (#60 ``xoxb-``, #64 ``xoxo-``/``xoxs-``).  For this
round the 14 rules' text was not opened again before this rule was committed, and neither
``97-flags.toml`` nor ``99-testing.toml`` was opened at all; their figure is the headline.

The rule that chooses the patterns, written here before either new file was opened and before
any secret was generated:

1. the rules in this order: the 14 rules of ``98-general.toml`` named above (c53b20b), in file
   order; then the ``[[rules]]`` tables of ``97-flags.toml``, then of ``99-testing.toml`` (the
   order the numbers in their names give, the order LeakTK's build joins them), each numbered
   from 0 in file order; each file at c53b20b if the index holds that version, otherwise the
   version ``find_files`` lists (b902353 and 5be3918);
2. left out, each number noted: round 37's rule 2 as written: a rule whose description names it a
   password hash, and round 33's rule 3 (a rule whose match is no secret or only a public or
   identifying value: an id, an account number, a user or host name, an e-mail or IP address, a
   public key, a URL without credentials, a word list, a file name or a path alone; a value of
   fewer than 8 characters; a rule the file marks as gitleaks'; a rule whose pattern is another
   taken rule's character for character, or takes the same values in the same context); here
   "another taken rule" also means the 55 rules of ``98-general.toml`` rounds 33 and 37 took (a
   trial form of one of them in ``99-testing.toml`` is left out) and the ones their rules left
   out (a trial form of a password-hash rule, or of #1, #7 or #51, is left out too);
3. the 14 rules of ``98-general.toml`` are taken whole if rule 2 keeps them; then the rules of
   the two new files in the order of rule 1 are taken while the round's families stay at 75 or
   fewer: the first rule whose families would take the round past 75 and every rule after it
   are left for a later round (their numbers given below);
4. each rule taken gives families as rounds 33 and 37's rule 4 built them: a token with a prefix
   or a fixed shape of its own a bare family and one in a request or log line; a rule that
   needs context before the value (a key or a word the rule names) a keyed family and a text
   family; a connection string, URL or whole-file shape holding a secret a text family in the
   shape it describes; where the rule's pattern is wider than the provider's format the family
   writes the provider's;
5. the figure is printed for the 14 rules of ``98-general.toml`` (group ``seen``: weaker evidence,
   above) apart from the two new files' (group ``unseen``: the headline); and, as before, a rule
   whose provider an earlier round or the public-format corpus already has stays, and the figure
   is printed for it apart (group ``known``) and for the others (``new``).

Seed 211 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
