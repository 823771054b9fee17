"""A fifty-first held-out recall measure: ProjectDiscovery's nuclei-templates, ``file/keys/``, the even positions.

``python -m tests.unit.redact.heldout_round51 [--seed N] [--per-family N] [--sources]``

The same source as round 50 (projectdiscovery/nuclei-templates, the folder ``file/keys/``, each
template a provider's token regular expression(s) under ``extractors`` or ``matchers``), in the same
style, so this round is weaker held-out evidence than a new source would be: the rules written for
round 50's misses were written from templates of the same authors and notation.  The templates
taken here are those round 50's rule passed over; none of their texts was read by round 50 (its
``SOURCE_PATHS`` names 26 templates, all at odd positions of the list below, and its docstring
names the 14 it left out, odd positions too).  Before the rule below was committed only names were
listed (the index's listings and round 50's docstring), no template's text was read for this round.

The rule that chooses the templates, written here before any template's text is read and before
any secret is generated:

1. round 50's ordered list, unchanged: all template paths under ``file/keys/`` in byte order of
   path as the index lists them (its first 100 paths, ``CVE-2023-32784.yaml`` to
   ``github/github-recovery-code.yaml``, and ``github/``'s two more), a flat twin of a subfolder
   template dropped (the same ten), 92 paths, complete up to
   ``github/github-rotated-rsa-ssh-host-key``;
2. the EVEN positions of that list, the 2nd, 4th, ..., 92nd, in the same order: the 46 templates
   round 50's rule 3 did not take;
3. round 50's rule 4 (round 33's rule 3 as round 43 wrote it): a template whose match is no secret
   or only a public or identifying value (an id, an account id or number, a user or host name, a
   public key, a client id, a URL without credentials), a value of fewer than 8 characters, or a
   pattern another taken template's is character for character (round 50's 26 templates included),
   is left out and named; it still counts among the 46 (it was read);
4. each regex left gives families by its shape as round 50's did (rounds 17, 43 and 45): a token
   with a prefix or a fixed shape of its own a bare family and one in a request or log line; a
   regex that needs context before the value (the provider's name, a key or a word) a keyed family
   and a text family; a connection string, URL or whole-line shape holding a secret a text family in
   the shape it describes; where the regex is wider than the provider's format the family writes
   the provider's; a template with several regexes gives a family set for each secret regex (one
   taking several formats gives its families once, the alternatives drawn in turn); where a
   template pairs parts the family is the secret, the other part written into the request;
5. a template whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 271 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round51`) are 600 lines in the families' contexts holding no
secret, as round 48's and round 50's are.  Formats are facts in our own notation, generated at test
time; no template text is copied.

The 46 even positions of the 92 (rule 2), in order: adafruit-key, adobe/adobe-secret,
age/age-recipient-public-key, algolia-key, alibaba/alibaba-secret-id, amazon/amazon-account-id,
amazon/amazon-session-token, amazon/aws-access-id, asana/asana-clientid,
atlassian/atlassian-api-token, beamer-api-token, bitbucket/bitbucket-client-secret,
bittrex/bittrex-secret-key, clojars-api-token, code-climate-token, coinbase-access-token,
confluent/confluent-secret-token, cratesio-api-key, credential-exposure, databricks-api-token,
dependency/dependency-track, digitalocean/digitalocean-personal-access, discord-backup-code,
discord/discord-cilent-secret, docker/dockerhub-pat, doppler/doppler-audit, doppler/doppler-scim,
doppler/doppler-service, dropbox/dropbox-access, dropbox/dropbox-longlived-token,
duffel-api-token, easypost/easypost-api-token, etsy-access-token, facebook/facebook-api-token,
facebook/facebook-secret, fastly-api-token, figma-access-token, finicity/finicity-client-secret,
firebase-database, flutter/flutterwave-encryption-key, flutter/flutterwave-secret-key,
freshbooks-access-token, github/github-app-token, github/github-outdated-key,
github/github-recovery-code, github/github-rotated-rsa-ssh-host-key.  Left for a later round: the
odd positions past 79 (81 to 91, which round 50's cap of 40 left) and every path past
``github/github-rotated-rsa-ssh-host-key``.
"""
