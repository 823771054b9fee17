"""A fifty-fifth held-out recall measure: nuclei-templates' ``file/keys/`` past ``github/``, found by probing names.

``python -m tests.unit.redact.heldout_round55 [--seed N] [--per-family N] [--sources]``

The same source as rounds 50 and 51 (projectdiscovery/nuclei-templates, the folder ``file/keys/``,
each template a provider's token regular expression(s) under ``extractors`` or ``matchers``), in
the same style, so this round is weaker held-out evidence than a new source would be: the rules
written for rounds 50 and 51's misses were written from templates of the same authors and
notation.  Rounds 50 and 51 took their templates from the index's listing of the folder, whose
first 100 paths end at ``github/github-recovery-code.yaml``; with ``github/``'s two more, their
ordered list was complete up to ``github/github-rotated-rsa-ssh-host-key`` and reached no path
past it.  A subfolder is listed whole by ``find_files(repo="projectdiscovery/nuclei-templates",
under="file/keys/<name>")``, so names past ``github`` can be probed, as round 49 probed Kingfisher's
files from a list fixed before probing and independent of the source's content.  Before this rule
was committed no name was probed for this round and no template's text was read for it.

The rule that chooses the templates, written here before any name is probed, any template read
and any secret generated:

1. the candidate names are trufflehog's detector folder names, the list round 49's rule 1 used
   (``pkg/engine/defaults/defaults.go`` at 0011995, its built and its commented-out detectors, a
   versioned detector's folder once, lower-case as they are), in byte order, from the first name
   after ``github`` on;
2. each candidate is probed in that order: ``find_files(repo="projectdiscovery/nuclei-templates",
   under="file/keys/<name>")``; every template path (``.yaml``) that probe lists is a candidate
   template, in byte order of path within the probe: the subfolder's templates and any flat file
   (``file/keys/<name>...yaml``) the probe lists besides.  Where a template's file name exists both
   flat and in a subfolder, the subfolder one only (round 50's rule 2).  A template path already
   met by an earlier probe is not met again;
3. a candidate template is taken unless a round read it: its path, or its file name under
   ``file/keys/``, is in an earlier round's ``SOURCE_PATHS`` or named as read or left out in an
   earlier round's docstring (a grep of ``tests/unit/redact`` and ``README.md`` for the file name;
   rounds 50 and 51 read 80 of ``file/keys/``'s templates).  Probing stops when 40 templates are
   taken or the candidates end; the number of names probed and of names whose probe listed a
   template is written below;
4. round 50's rule 4 (round 33's rule 3 as round 43 wrote it): a template whose match is no secret
   or only a public or identifying value (an id, an account id or number, a user or host name, a
   public key, a client id, a URL without credentials), a value of fewer than 8 characters, or a
   pattern another taken template's (rounds 50 and 51's included) is character for character, is
   left out and named; it still counts among the 40 (it was read);
5. each regex left gives families by its shape as rounds 50 and 51 built them (rounds 17, 43 and
   45): a token with a prefix or a fixed shape of its own a bare family and one in a request or
   log line; a regex that needs context before the value (the provider's name, a key or a word) a
   keyed family and a text family (the provider's request drawn twice, then ``<name> api key
   <v>``, ``<Name> client configured: <v>``, ``<name>: <v>``); a connection string, URL or
   whole-line shape holding a secret a text family in the shape it describes; where the regex is
   wider than the provider's format the family writes the provider's; a template with several
   regexes gives a family set for each secret regex (one taking several formats gives its
   families once, the alternatives drawn in turn); where a template pairs parts the family is the
   secret, the other part written into the request;
6. round 49's rule 5: the candidates are providers trufflehog has, so the rules written after the
   trufflehog rounds likely know many of them; the figure is printed for the families whose
   provider an earlier round or the public-format corpus has (group ``known``) and for the others
   (``new``).

Seed 293 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 293 appears in rounds 15's and 17's docstrings only as counts; 277, 281 and 283 are taken
by rounds 52, 53 and 54), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed
too.  The lookalikes (:mod:`tests.unit.redact.innocents_round55`) are 600 lines in the families'
contexts holding no secret, as round 51's are.  Formats are facts in our own notation, generated at
test time; no template text is copied.

The rule applied (after the rule above was committed, bfa266f on branch r55).  The candidates:
``defaults.go`` at 0011995 (read again for this round) imports the folders in byte order; past
``github`` its built detectors run ``github_oauth2``, ``githubapp``, ``gitlab`` (a versioned folder,
once), ``gitter`` ... ``zulipchat``, and its commented-out ones in that range are ``hive``,
``ibmclouduserkey``, ``linemessaging``, ``m3o``, ``magnetic``, ``manifest``, ``mixpanel``,
``nasdaqdatalink``, ``raven``, ``restpack``, ``rockset``, ``sparkpost``, ``spotifykey``,
``toggltrack``, ``wepay`` and ``zapierwebhook``, put in their places.  **Every candidate was probed,
523 names (``github_oauth2`` to ``zulipchat``; the candidates ended before 40 templates were
taken)**; six probes listed templates, 11 in all: ``gitlab/`` (gitlab-personal-accesstoken,
gitlab-pipeline-triggertoken, gitlab-runner-regtoken), ``grafana/`` (grafana-api-key,
grafana-cloud-api-token, grafana-service-account-token), ``huggingface/``
(huggingface-user-access), ``okta/`` (okta-api), ``salesforce/`` (salesforce-access) and
``twitter/`` (twitter-client, twitter-secret).  The index lists a folder exactly (``under`` is
taken as ``file/keys/<name>/``), so no probe listed a flat file: the flat files past ``github/``
stay unlisted.  No round read any of the 11 (a grep of ``tests/unit/redact`` and ``README.md``
for each file name finds only other sources' rule ids: gitleaks' ``grafana-*`` in rounds 14 and
20 and the public-format corpus, RegHex's and round 2's and 23's ``twitter-secret``), so all 11
are taken: the round holds 11 templates, not 40.  Nuclei's vendor folders are named for vendors
(``gitlab``, ``okta``), trufflehog's detector folders mostly for one detector
(``mailchimp``, ``slackwebhook``, ``npmtoken``), so most probes of names nuclei also has as a flat
file or under another folder name listed nothing.

Left out by rule 4, still counted as read (1): ``twitter/twitter-client`` (a Twitter API key, the
consumer key: the client id, the pair's identifying half, as round 50's Bitbucket and Discord
client ids).  10 templates give families (each read at the version the index stores):

* a prefix of its own (bare, and in a request or a line): GitLab's ``glpat-`` and 20 (written with
  a letter or digit at each end), ``glptt-`` and 40 hex, the runner registration token's
  ``GR1348941`` and 20; Grafana's API key ``eyJrIjoi`` (the template's 70-400 letters and digits
  written 70-100 and up to two ``=``, as round 20 wrote it), its Cloud token ``glc_`` (the
  template's 32-400 of base64 written as Grafana issues it, base64 of a JSON object: ``glc_eyJ`` and
  80-140), its service-account token ``glsa_``, 32, ``_`` and 8 hex; Hugging Face's ``hf_`` and 34
  letters; Salesforce's access token (the template's ``00``, 13, ``!`` and 96 written as an org id
  ``00D`` and 12, ``!`` and 96 of ``[A-Za-z0-9._]`` with a letter or digit at each end): 8
  templates, 16 families;
* keyword near token (keyed, and text): Okta's API token (``okta`` or ``ssws`` within 40
  characters, then ``00`` and 40 of ``[a-z0-9_-]`` under ``(?i)``, written 42 mixing cases, with a
  letter or digit last; the request ``Authorization: SSWS <v>`` drawn twice, then round 50's three
  lines), and Twitter's secret, whose context is the key's own name (``twitter``, a credential
  word, then within a few characters 35-44 letters and digits: keys ``twitter_consumer_secret`` to
  ``TWITTER_CLIENT_SECRET`` and five lines in that shape, the first the OAuth 2 token request with
  the consumer key and the secret as Basic credentials): 2 templates, 4 families.

20 families, 140 samples a seed.  Every provider is one an earlier round or the public-format
corpus has (the corpus has ``glpat-``, ``glptt-``, ``GR1348941``, the three Grafana shapes,
``hf_``, Okta's ``00`` and Twitter's keys; Salesforce is in rounds 5, 36 and noseyparker's):
group ``known`` is all 20 and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 293, 7 per family, rules
of main f6d8467 (their last change round 52's, dd26556), run at the round's branch r55 plus this
module and its lookalikes; run once, nothing tuned): **140/140 = 100.00%** strict, loose 140/140
(near 28/28, prefixed 112/112, known 140/140; by carrier: bare 56/56, keyed 14/14, text 70/70).
Seeds 7 and 99, same rules: 140/140 = 100.00% each.  Nothing missed.  The round-55 lookalikes:
4/600 touched at corpus seed 293 (3 and 8 at corpus seeds 7 and 99), all of one kind: GitLab's
docs' trigger request ``curl -X POST -F token=TOKEN -F ref=REF_NAME https://gitlab.example.com/...``,
in which secret-assignment read ``TOKEN`` as a scheme word (as ``token <v>``) and took the next
option, ``-F``, as the credential after it.

``python -m tests.unit.redact.heldout_round55 --seed 293/7/99``; the lookalikes at other corpus
seeds by ``innocents_round55.lookalikes(seed, count)`` run through the default library.  The
figures runner (``python -m tests.unit.redact.figures``) stops at the first missing round number,
and round 54 is written on another branch, so this round is printed by running the module itself.

The held-out figure is printed again by running this module against the rules of the commit that
adds its measured version (on the round's branch r55; 140/140, lookalikes 4/600)::

    git worktree add --detach /tmp/r55base de9c2d6  # on the round's branch r55
    cd /tmp/r55base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round55

Any figure measured after that is in-sample.  The round's one lookalike kind was a mistake of the
rules, not of this module, and its class was written (77c32fc; no rule added, a validator): where
secret-assignment's bare value is a scheme word (``bearer``, ``basic``, ``token`` ...), a blank and
a command's option (one letter after ``-``, or lower-case words after ``-`` or ``--``: ``-F``,
``-d``, ``--verbose``, ``-no-color``), the assignment holds the scheme-like word, no credential
(``-F token=TOKEN -F ref=main``, ``-d token=TOKEN -d channel=...``, ``token=TOKEN --verbose``); a
token after a scheme word that holds a digit or mixed case stays redacted though it starts with
``-``.  After it: **140/140 = 100.00%** at seeds 293, 7 and 99 (nothing was missed); the round-55
lookalikes 0/600 at corpus seeds 293, 7 and 99, 0 of 3000 at seeds 1, 2 and 3.  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in
worktrees of f6d8467 and of 77c32fc, rounds up to 53: the output identical, line for line; the
labeled corpus 10206/10216 on both).  ``sightline bench redact --records 60000`` (f6d8467 and
77c32fc alternated, 3 pairs, CPU records/s; load about 4 on 2 cores shared with other work):
without secrets 178,494 / 177,849, 173,614 / 169,674, 162,019 / 172,860 (medians 173,614 and
172,860), with secrets 14,099 / 13,845, 13,816 / 13,642, 13,743 / 13,440 (medians 13,816 and
13,642, lower by 0.2-2.2% in 3 of 3 pairs; 60,349 replacements on each); wall-clock records/s
without secrets 81,838-118,519 on both, the load's doing.

Left: nothing of the families was missed, so this round says little about recall beyond rounds 50
and 51 (the same authors and notation; every provider one the public-format corpus already has).
Not measured: nuclei's flat templates past ``github/`` (the index lists a folder by its exact name
and lists the folder ``file/keys/`` to its first 100 paths only, so no probe reaches them) and
the subfolders whose names are no trufflehog folder's (nuclei names folders by vendor).

The round was built on branch r55 from main f6d8467: bfa266f (the rule), de9c2d6 (the
measurement), 77c32fc (the class, the round registered) and the commit adding these figures.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round55 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound
from tests.unit.redact.trufflehog_families import provider_keys, provider_texts

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_HEX = "[a-f0-9]"
_AN = "[A-Za-z0-9]"
# the value part of a base64url token: letters or digits at each end
_URL64 = "[A-Za-z0-9_-]"
# fixed other parts (ids, consumer keys: not the secret measured)
_TWITTER_CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog"
_GITLAB_PROJECT = "4821937"

_NUCLEI = Families("nuclei", "projectdiscovery/nuclei-templates:file/keys/")
SOURCE_PATHS = _NUCLEI.source_paths


def _near(fid: str, pattern: str, path: str, word: str, *specific: str) -> tuple[HeldFamily, HeldFamily]:
    """A provider name, up to 40 characters, then the token: keyed, and in messages naming it."""
    return _NUCLEI.keyed_and_text(fid, pattern, path, provider_keys(word), *provider_texts(word, *specific))


NEAR: tuple[HeldFamily, ...] = (
    *_near("okta-api-token", f"00{_AN}{_URL64}{{38}}{_AN}", "okta/okta-api.yaml", "okta",
           "curl -H 'Authorization: SSWS {v}' https://acmeledger.okta.com/api/v1/users/me"),
    # the name of the key is the context the template asks (twitter, then a credential word)
    *_NUCLEI.keyed_and_text(
        "twitter-secret", f"{_AN}{{35,44}}", "twitter/twitter-secret.yaml",
        ("twitter_consumer_secret", "TWITTER_API_SECRET", "twitterSecretKey", "twitter-app-secret",
         "TWITTER_CLIENT_SECRET"),
        "curl -u '" + _TWITTER_CONSUMER_KEY + ":{v}' --data 'grant_type=client_credentials' https://api.twitter.com/oauth2/token"
        " # twitter consumer secret",
        "TWITTER_API_SECRET={v} node bot.js",
        "twitter_consumer_secret = '{v}'",
        "twitter api secret: {v}",
        "Twitter consumer secret {v} rotated",
    ),
)

PREFIXED: tuple[HeldFamily, ...] = (
    *_NUCLEI.prefixed("gitlab-personal-access-token", f"glpat-{_AN}{_URL64}{{18}}{_AN}",
                      "gitlab/gitlab-personal-accesstoken.yaml",
                      "curl --header 'PRIVATE-TOKEN: {v}' https://gitlab.acmeledger.io/api/v4/user",
                      "git clone https://oauth2:{v}@gitlab.com/acme/web.git"),
    *_NUCLEI.prefixed("gitlab-pipeline-trigger-token", f"glptt-{_HEX}{{40}}", "gitlab/gitlab-pipeline-triggertoken.yaml",
                      "curl -X POST --fail -F token={v} -F ref=main https://gitlab.com/api/v4/projects/"
                      + _GITLAB_PROJECT + "/trigger/pipeline"),
    *_NUCLEI.prefixed("gitlab-runner-registration-token", f"GR1348941{_AN}{_URL64}{{18}}{_AN}",
                      "gitlab/gitlab-runner-regtoken.yaml",
                      "gitlab-runner register --non-interactive --url https://gitlab.com/ --registration-token {v}"
                      " --executor docker"),
    *_NUCLEI.prefixed("grafana-api-key", f"eyJrIjoi{_AN}{{70,100}}={{0,2}}", "grafana/grafana-api-key.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://grafana.acmeledger.io/api/dashboards/home"),
    *_NUCLEI.prefixed("grafana-cloud-api-token", "glc_eyJ[A-Za-z0-9+/]{80,140}={0,2}", "grafana/grafana-cloud-api-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://grafana.com/api/orgs/acmeledger/instances"),
    *_NUCLEI.prefixed("grafana-service-account-token", f"glsa_{_AN}{{32}}_{_HEX}{{8}}",
                      "grafana/grafana-service-account-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://acmeledger.grafana.net/api/search?query=orders"),
    *_NUCLEI.prefixed("huggingface-user-access-token", "hf_[A-Za-z]{34}", "huggingface/huggingface-user-access.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://huggingface.co/api/whoami-v2",
                      "huggingface-cli login --token {v}"),
    *_NUCLEI.prefixed("salesforce-access-token", f"00D{_AN}{{12}}!{_AN}[A-Za-z0-9._]{{94}}{_AN}",
                      "salesforce/salesforce-access.yaml",
                      "curl https://acmeledger.my.salesforce.com/services/data/v59.0/sobjects -H 'Authorization: Bearer {v}'"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED

# every family's provider an earlier round or the public-format corpus has (see the docstring): NEW is empty
KNOWN: tuple[HeldFamily, ...] = FAMILIES
NEW: tuple[HeldFamily, ...] = ()


ROUND = HeldOutRound(
    "round-55", __doc__, 293, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
