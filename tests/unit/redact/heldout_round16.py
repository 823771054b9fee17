"""A sixteenth held-out recall measure: the last third of the sonar-text rule files.

``python -m tests.unit.redact.heldout_round16 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): SonarSource/sonar-text, the secret-detection rule files
directly under ``sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/``
(one stored version of each, as the search index holds it).  Round 14 numbered the folder's 88
``.yaml`` files 0..87 and read the files whose number is a multiple of 3; round 15 read those
whose number % 3 == 1; this round reads the rest, number % 3 == 2, which no round has read.
Before the rule below was written only the folder's file names were listed; no picked file's
text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the ``.yaml`` files directly in ``configuration/`` (not those in its sub-folders, nor
   ``minSpec.yaml``), sorted by name ignoring case and numbered from 0, as rounds 14 and 15
   numbered them (``adafruit`` #0 to ``zuplo`` #87);
2. the files whose number % 3 == 2, #2, #5, #8 ... #86: 29 files (alchemy, aws,
   azure-eventgrid, azure-ml, Cloudera, DigitalOcean-Spaces, django, Equinix, firebase, gitlab,
   google-recaptcha, Heroku, ibm-cloudant, Kairos, mapbox, mws, odbc, openweathermap,
   postgresql, pubkey-crypto, rabbitmq, riot, shippo, sonarqube-scoped-org-token, spotify,
   telegram, typeform, wakatime, zapier);
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too; a rule whose pattern is another rule's of the
   same file character for character is left out, its id noted (round 15's one departure, now
   part of the rule);
4. each rule left gives families by its shape, as round 15's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word named in the rule's ``pre``/``post``/context part)
   a keyed family (keys in the shape the rule names) and a text family (assignments and lines in
   the shape it describes); a connection string or URL holding a password, or a whole-line
   shape, a text family in the shape it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 83, 7 samples per family, round 2's carriers.
"""
