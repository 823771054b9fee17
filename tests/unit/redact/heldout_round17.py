"""A seventeenth held-out recall measure: every third of the first rule files of praetorian-inc/titus.

``python -m tests.unit.redact.heldout_round17 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): praetorian-inc/titus, the rule files directly under
``pkg/rule/rules/`` (one stored version of each, as the search index holds it).  Titus is a
secrets scanner that started from Nosey Parker's rules and added its own; no round has read its
files.  Before the rule below was written only the folder's file names were listed (the index's
listing, which stops at 100 rows); no rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the files the index lists under ``pkg/rule/rules/``, in its order (by path, byte order), as far
   as its listing goes (100 rows, to ``eventbrite.yml``); the ``.yml`` files among them (not
   ``.placeholder.yaml`` nor ``adobe.yml.backup``): 98 files, numbered from 0 (``adafruitio`` #0
   to ``eventbrite`` #97);
2. the files whose number % 3 == 0, #0, #3, #6 ... #96: 33 files (adafruitio, ai21, aiven,
   alibaba, anthropic, apollo, asana, auth0, azure-notification-hub, azureopenai, baremetrics,
   bitbucket, branchio, calendly, circleci, clarifai, clickhouse, cloudinary, codeclimate, cohere,
   contentful, crates.io, cursor, databricks, dbconn, definednetworking, dependency_track,
   digitalocean, django, doppler, dropbox, easypost, eraserio);
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too; a rule whose pattern is another rule's of the
   same file character for character is left out, its id noted (round 16's rule);
4. each rule left gives families by its shape, as round 16's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the pattern names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes); a
   connection string or URL holding a password, or a whole-line shape, a text family in the shape
   it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 89, 7 samples per family, round 2's carriers.

(The families are written once the picked files are read; until then this module holds only the
rule above.)
"""

from __future__ import annotations

__all__: list[str] = []


def run(*_args: object, **_kwargs: object) -> dict[str, list[int]]:
    """Not written yet: the families come from the picked files, read after this rule was committed."""
    raise NotImplementedError("round 17's families are not written yet (its picking rule only)")
