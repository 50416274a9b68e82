"""The ``Doc._`` attributes through which newsgraph's spaCy components talk.

Each component reads what earlier ones wrote and writes its own list of record
models (``newsgraph.record``); offsets are character offsets into ``doc.text``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Doc

log = logging.getLogger("newsgraph")

DOC_ATTRIBUTES: dict[str, str] = {
    "published": "ISO date the article was published: the anchor for relative dates (set before the pipeline runs).",
    "dateline": "record.Dateline of the article, or None (set before the pipeline runs).",
    "entities": "list[record.Entity], written by newsgraph_actors.",
    "places": "list[record.Place], written by newsgraph_places.",
    "times": "list[record.TimeExpression], written by newsgraph_times.",
    "quotes": "list[record.Quote], written by newsgraph_quotes.",
    "events": "list[record.Event], written by newsgraph_events.",
}


def register_extensions() -> None:
    """Declare every newsgraph ``Doc._`` attribute once per process (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def fill(doc: Doc, attribute: str, compute: Callable[[Doc], list], component: str) -> Doc:
    """Set ``doc._.<attribute>`` to ``compute(doc)``; if that fails, log it and leave an empty list.

    One odd document must never stop a batch: no results is a valid answer, a crash is not.
    """
    try:
        setattr(doc._, attribute, compute(doc))
    except Exception:  # noqa: BLE001
        log.exception("%s failed on a document of %d characters", component, len(doc.text))
        setattr(doc._, attribute, [])
    return doc
