"""A nineteenth held-out recall measure: the last third of the first rule files of praetorian-inc/titus.

``python -m tests.unit.redact.heldout_round19 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): praetorian-inc/titus, the rule files directly under
``pkg/rule/rules/`` (one stored version of each, as the search index holds it).  Rounds 17 and
18 numbered the first 98 ``.yml`` files of the index's listing 0..97 and read those whose number
% 3 == 0 and == 1; this round reads those whose number % 3 == 2, which no round has read.
Before the rule below was written only the folder's file names were listed (the same listing,
checked to number rounds 17's and 18's files as they did: ``adafruitio`` #0, ``adobe`` #1,
``eventbrite`` #97); no picked file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the files the index lists under ``pkg/rule/rules/``, in its order (by path, byte order), as far
   as its listing goes (100 rows, to ``eventbrite.yml``); the ``.yml`` files among them (not
   ``.placeholder.yaml`` nor ``adobe.yml.backup``): 98 files, numbered from 0 (``adafruitio`` #0
   to ``eventbrite`` #97), as rounds 17 and 18 numbered them;
2. the files whose number % 3 == 2, #2, #5, #8 ... #95: 32 files (age, airtable, algolia,
   ansible, apify, artifactory, atlassian, aws, azuredevops, azurestorage, beamer, blynk,
   buildkite, cerebras, ciscomeraki, clearbit, cloudflare, codacy, coderabbit, confluent, coze,
   curl, cypress, datagov, deepseek, demandbase, diffbot, disqus, dockerhub, droneci, dynatrace,
   endorlabs);
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too; a rule whose pattern is another rule's of the
   same file character for character is left out, its id noted (round 16's rule);
4. each rule left gives families by its shape, as rounds 17's and 18's did: a token with a prefix
   or a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the pattern names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes); a
   connection string or URL holding a password, or a whole-line shape, a text family in the shape
   it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 101 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
