"""``newsgraph_times``: time expressions found, given the clause's tense, resolved against publication."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import fill
from newsgraph.record import TimeExpression
from newsgraph.times.resolve import resolve
from newsgraph.times.spans import time_spans
from newsgraph.times.tense import clause_tense


def anchor_of(doc: Doc) -> date | None:
    """The publication date from ``doc._.published`` (ISO date or datetime), or None."""
    published = doc._.published
    try:
        return date.fromisoformat(str(published)[:10]) if published else None
    except ValueError:
        return None


def time_expressions(doc: Doc) -> list[TimeExpression]:
    """One ``TimeExpression`` per time span, in text order, ids "T1"..."""
    anchor = anchor_of(doc)
    text = doc.text  # spaCy rebuilds doc.text on every access: read it once
    found = []
    for start, end in time_spans(doc, text):
        span = doc.char_span(start, end, alignment_mode="expand")
        value, granularity = resolve(text[start:end], anchor, clause_tense(span) if span else "past")
        found.append(TimeExpression(
            id=f"T{len(found) + 1}", text=text[start:end], span=(start, end), value=value,
            anchor=anchor.isoformat() if anchor else None, granularity=granularity,
        ))
    return found


class TimeResolver:
    """Writes ``doc._.times``."""

    def __call__(self, doc: Doc) -> Doc:
        return fill(doc, "times", time_expressions, "newsgraph_times")


@Language.factory("newsgraph_times")
def make_times(nlp: Language, name: str) -> TimeResolver:
    """spaCy factory: ``nlp.add_pipe("newsgraph_times")``."""
    return TimeResolver()
