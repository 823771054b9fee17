"""Mined log templates outside the processors: the documents they publish and ``sightline templates``.

The processors mine templates (:mod:`detectors.templates`, wired in
:mod:`pipeline.process.findings.templates`) and publish the changed ones every alert
evaluation cycle to ``kafka.topics.templates``; the Elasticsearch sink keeps
them in ``{prefix}-templates``; ``sightline templates`` reads them from there.
"""

from __future__ import annotations

from pipeline.templates.document import merged_document, template_doc_id, template_document

__all__ = ["merged_document", "template_doc_id", "template_document"]
