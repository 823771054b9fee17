"""A fiftieth held-out recall measure: ProjectDiscovery's nuclei-templates, ``file/keys/``.

``python -m tests.unit.redact.heldout_round50 [--seed N] [--per-family N] [--sources]``

One source no round has read (December 2026): projectdiscovery/nuclei-templates, the folder
``file/keys/``, each template a provider's token regular expression(s) under ``extractors`` or
``matchers``.  A grep of ``tests/unit/redact`` and ``README.md`` for ``nuclei`` finds only round
12, which names nuclei as one of the scanners secrets-patterns-db gathered its patterns from; no
round's ``SOURCE_PATHS`` names this repository.  Before the rule below was committed only names
were listed (the index's listings), no template's text was read for this round.

The index lists 178 paths under ``file/keys/`` (the union over the versions it crawled: some
names exist twice, flat, ``file/keys/adobe-secret.yaml``, and in a vendor's subfolder,
``file/keys/adobe/adobe-secret.yaml``).  Its listing returns the first 100 paths in byte order
(``CVE-2023-32784.yaml`` to ``github/github-recovery-code.yaml``); a subfolder is listed whole by
``find_files(under="file/keys/<sub>")`` (``github/`` holds two more, ``github-refresh-token`` and
``github-rotated-rsa-ssh-host-key``).  The flat files past ``github/`` cannot be listed by folder,
so the ordered list below is complete up to ``github/github-rotated-rsa-ssh-host-key`` and the
rule takes no file past it.

The rule that chooses the templates, written here before any template's text is read and before
any secret is generated:

1. all template paths under ``file/keys/`` in byte order of path (``-`` before ``/``, upper case
   before lower case), as the index lists them;
2. where a template's file name exists both flat and in a subfolder, the subfolder one only (the
   flat one is dropped from the list);
3. every second path of that ordered list, the 1st, 3rd, 5th, ..., up to 40 files;
4. round 33's rule 3 as round 43 wrote it: a template whose match is no secret or only a public or
   identifying value (an id, an account id or number, a user or host name, a public key, a client
   id, a URL without credentials), a value of fewer than 8 characters, or a pattern another taken
   template's is character for character, is left out and named; it still counts among the 40
   (it was read);
5. each regex left gives families by its shape as rounds 17, 43 and 45 built them: a token with a
   prefix or a fixed shape of its own a bare family and one in a request or log line; a regex that
   needs context before the value (the provider's name, a key or a word) a keyed family and a text
   family; a connection string, URL or whole-line shape holding a secret a text family in the shape
   it describes; where the regex is wider than the provider's format the family writes the
   provider's; a template with several regexes gives a family set for each secret regex (one
   taking several formats gives its families once, the alternatives drawn in turn); where a
   template pairs parts the family is the secret, the other part written into the request;
6. a template whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 269 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round50`) are 600 lines in the families' contexts holding no
secret, as round 48's are.  Formats are facts in our own notation, generated at test time; no
template text is copied.

The ordered list (rules 1 and 2; the listing's 100 paths and ``github/``'s two more; ten flat
twins dropped: adobe-secret, amazon-mws-auth-token, aws-access-id, aws-cognito,
facebook-client-id, facebook-secret, github-oauth-token, github-personal-token,
github-recovery-code, github-refresh-token), 92 paths; rule 3 takes the 40 odd positions 1 to
79: CVE-2023-32784, adobe/adobe-client, age/age-identity-secret-key, airtable-key,
alibaba/alibaba-key-id, amazon-sns-topic, amazon/amazon-mws-auth-token, amazon/amazon-sns-token,
amazon/aws-cognito, asana/asana-clientsecret, azure/azure-connection-string,
bitbucket/bitbucket-client-id, bittrex/bittrex-access-key, branch-key, cloudinary,
codecov-access-token, confluent/confluent-access-token, contentful-api-token,
credential-exposure-file, credentials, datadog-access-token,
digitalocean/digitalocean-access-token, digitalocean/digitalocean-refresh-token,
discord/discord-api-token, discord/discord-client-id, doppler-api-token, doppler/doppler-cli,
doppler/doppler-service-account, droneci-access-token, dropbox/dropbox-api-token,
dropbox/dropbox-shortlived-token, dynatrace-token, easypost/easypost-test-token, extra-secrets,
facebook/facebook-client-id, facebook/fb-access-token, fcm-api-key, finicity/finicity-api-token,
finnhub-access-token, flickr-access-token.  Left for a later round: the even positions (2 to 92)
and every path past ``github/github-rotated-rsa-ssh-host-key``.
"""
