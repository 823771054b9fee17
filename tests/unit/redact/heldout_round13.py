"""A thirteenth held-out recall measure: trivy's built-in secret rules, not read before this module.

``python -m tests.unit.redact.heldout_round13 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): aquasecurity/trivy, ``pkg/fanal/secret/builtin-rules.go``
(one version as the search index stores it, commit 0273caf), the secret rules trivy's scanner
ships: each an id, a title, a regular expression (the secret its named group) and keywords.  No
earlier round read it (the docstrings and commit messages of rounds 2-12 and noseyparker name
gitleaks, trufflehog, Nosey Parker, GitHub's partner list, Microsoft's security-utilities,
detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's docs, Bearer and
secrets-patterns-db; trivy is not among them).  Its first 16,000 characters (the category list,
the shared pieces ``quote``, ``connect``, ``endSecret``, and the rules ``aws-access-key-id`` to
``contentful-delivery-api-token``) were seen while checking that the source exists and what it
holds, before the rule below was written; the rule takes every rule of the file, so it does not
depend on what they hold.

The rule that chooses the patterns, written here before the rest of the file was read and before
any secret was generated:

1. every rule of ``builtinRules`` in file order, numbered from 0;
2. a rule whose match is no secret (a marker such as a service-account file's ``"type"`` line)
   or only a public or identifying value (an access key id, a client id, a publishable key) is
   left out, its number noted; a rule that takes a value of fewer than 8 characters too;
3. each rule left gives families by its shape: a keyword-near-token rule (trivy's
   ``<provider>[a-z0-9_ .-,]{0,25}`` key, an operator, a quoted value) a keyed family (keys
   holding the provider's word) and a text family (the provider's request where its API is
   public, then assignments in the shape the rule describes, with its operators ``=``, ``:``,
   ``:=``, ``=>``, ``||:``, ``<=``, then prose naming the provider); a token with a prefix of its
   own a bare family and one in a request or log line; a whole-line (generic) rule a text family
   in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 73, 7 samples per family, round 2's carriers.  The families follow in the next commit,
measured once before any rule changes.
"""
