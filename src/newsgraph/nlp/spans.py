"""Small pure helpers over character spans and the ``doc._.entities`` list."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.record import Entity, Span


def overlap(a: Span, b: Span) -> int:
    """Number of characters two ``[start, end)`` spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The actor with a mention overlapping ``[start, end)`` most, or None."""
    best: tuple[int, Entity | None] = (0, None)
    for entity in doc._.entities or ():
        for mention in entity.mentions:
            shared = overlap((start, end), (mention[0], mention[1]))
            if shared > best[0]:
                best = (shared, entity)
    return best[1]
