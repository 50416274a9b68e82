"""Small pure helpers over character spans and the ``doc._.entities`` list."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.dateline import find_dateline
from newsgraph.record import Entity, Span

DATELINE_TOKENS = 10
"""How far back from a name its line's start is looked for, and how far past it the dateline may run."""


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


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """True for tokens ``[start, end)`` inside a dateline ("KYIV, Ukraine (AP) —", ``extract.dateline.find_dateline``)
    opening their line: the place of writing and the wire credit are not actors."""
    first = start
    while first > 0 and start - first < DATELINE_TOKENS and not _line_break(doc[first - 1]):
        first -= 1
    if first > 0 and not _line_break(doc[first - 1]):
        return False
    line_start = doc[first].idx
    dateline = find_dateline(doc[first : min(len(doc), end + DATELINE_TOKENS)].text)
    return dateline is not None and doc[end - 1].idx + len(doc[end - 1]) <= line_start + dateline.span[1]


def _line_break(token: Token) -> bool:
    """True when a line ends inside or right after ``token``."""
    return "\n" in token.text or "\n" in token.whitespace_
