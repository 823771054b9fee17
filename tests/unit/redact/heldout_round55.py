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
"""
