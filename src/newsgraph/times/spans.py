"""Where the time expressions are: spaCy DATE/TIME entities plus patterns the model misses.

Overlapping candidates keep the longest ("over the weekend" beats NER's "the weekend").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.record import Span

TIME_LABELS = frozenset({"DATE", "TIME"})

_REL = r"(?i:(?:last|next|this|past|coming)\s+)"
_NUM = r"(?i:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PATTERNS = (
    rf"\b{_REL}?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?i:morning|afternoon|evening|night))?"
    rf"(?:,?\s+(?i:of\s+)?{_REL}(?i:week))?\b",
    r"\b(?i:(?:over|during)\s+the\s+weekend)\b",
    rf"\b{_REL}weekend\b",
    rf"\b{_REL}(?i:spring|summer|fall|autumn|winter)\b",
    r"\b(?i:overnight|yesterday|today|tonight|tomorrow)\b",
    rf"\b(?i:(?:early|mid|late|earlier|later)[\s-]+)?{_REL}(?i:week|month|year)\b",
    rf"\b{_NUM}\s+(?i:day|week|month|year)s?\s+(?i:ago)\b",
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b(?:,\s+\d{4}\b)?",
)
PATTERNS = tuple(re.compile(pattern) for pattern in _PATTERNS)
NOT_TIMES = re.compile(r"(?i)\byears?[\s-]+old\b|^\d+[\s-]+year[\s-]old\b")
"""DATE entities that are ages, not points in time ("65-year-old", "10 years old")."""


def rule_spans(text: str) -> list[Span]:
    """Spans of ``text`` matched by the rule patterns."""
    return [match.span() for pattern in PATTERNS for match in pattern.finditer(text)]


def entity_spans(doc: Doc) -> list[Span]:
    """DATE/TIME entity spans that are not ages."""
    return [(ent.start_char, ent.end_char) for ent in doc.ents
            if ent.label_ in TIME_LABELS and not NOT_TIMES.search(ent.text)]


def longest_first(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longer ones winning overlaps, in text order."""
    kept: list[Span] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other[0] or start >= other[1] for other in kept):
            kept.append((start, end))
    return sorted(kept)


def time_spans(doc: Doc, text: str) -> list[Span]:
    """Every time-expression span in ``doc`` (whose text is ``text``), entities and rule matches merged."""
    return longest_first(entity_spans(doc) + rule_spans(text))
