"""A fifteenth held-out recall measure: the sonar-text rule files round 14 did not pick.

``python -m tests.unit.redact.heldout_round15 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): SonarSource/sonar-text, the secret-detection rule files
directly under ``sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/``,
the folder round 14 read a third of (one stored version of each, as the search index holds it).
Round 14 numbered the folder's 88 ``.yaml`` files 0..87 and read the files whose number is a
multiple of 3; this round reads the next third and leaves the last third (number % 3 == 2) unread
for a later round.  Before the rule below was written only the folder's file names were listed;
no picked file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the ``.yaml`` files directly in ``configuration/`` (not those in its sub-folders, nor
   ``minSpec.yaml``), sorted by name ignoring case and numbered from 0, as round 14 numbered them
   (``adafruit`` #0 to ``zuplo`` #87);
2. the files whose number % 3 == 1, #1, #4, #7 ... #85: 29 files (airtable, artifactory,
   azure-bot-framework, azure-logic-app, clarifai, databricks, discord, Docker-swarm, figma,
   github, google-oauth2, hashicorp, ibm-cloud-object-storage, infura, mailgun, ms-teams, npm,
   openssh, planetscale, postmark, pypi, redis, sendgrid, slack, splunk, stripe, terraform,
   vultr, yandex); the files with number % 3 == 2 (alchemy, aws, azure-eventgrid ... zapier) are
   not read;
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too;
4. each rule left gives families by its shape: a token with a prefix or a fixed shape of its own
   a bare family and one in a request or log line; a rule that needs context before the value (a
   key or a word named in the rule's ``pre``/``post``/context part) a keyed family (keys in the
   shape the rule names) and a text family (assignments and lines in the shape it describes); a
   connection string or URL holding a password a text family in the shape it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 83, 7 samples per family, round 2's carriers.
"""
