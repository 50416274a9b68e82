"""Pure helpers for the terminal summary: statements per speaker and the share of anonymous ones."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsgraph.record import Entity, Quote


def speaker_label(quote: Quote, names: dict[str, str]) -> str:
    """Who a statement is by: the resolved actor's name, else the source text, else "(unattributed)"."""
    speaker = quote.speaker
    if speaker is None:
        return "(unattributed)"
    if speaker.entity and speaker.entity in names and not speaker.anonymous:
        return names[speaker.entity]
    return speaker.description or speaker.text


def speaker_table(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[tuple[str, int, bool]]:
    """(speaker, number of statements, anonymous) rows, most statements first."""
    names = {e.id: e.name for e in entities}
    counts: Counter[tuple[str, bool]] = Counter(
        (speaker_label(q, names), bool(q.speaker and q.speaker.anonymous)) for q in quotes
    )
    return [(label, n, anon) for (label, anon), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))]


def anonymous_share(quotes: Sequence[Quote]) -> float:
    """Fraction of the attributed statements whose speaker is anonymous (0.0 when there are none)."""
    attributed = [q for q in quotes if q.speaker is not None]
    if not attributed:
        return 0.0
    return sum(1 for q in attributed if q.speaker.anonymous) / len(attributed)
