"""One-line terminal rendering of an event."""

from __future__ import annotations

from newsgraph.record import Event, EventActor


def _actor(actor: EventActor | None) -> str:
    if actor is None:
        return "-"
    code = "/".join(part for part in (actor.country, actor.sector) if part)
    return f"{actor.text} [{code}]" if code else actor.text


def describe(event: Event) -> str:
    """ "SOURCE —TYPE(modality)→ TARGET, date": e.g. "Ukraine [UKR] —REQUEST(asserted)→ United States [USA], 2024-09-13"."""
    when = event.date.value or "undated"
    return f"{_actor(event.source)} —{event.type}({event.modality})→ {_actor(event.target)}, {when}"
