"""One-line terminal rendering of an event."""

from __future__ import annotations

from collections.abc import Mapping

from newsgraph.record import Event, EventActor


def _words(text: str) -> set[str]:
    return {word.strip(".,'’").lower() for word in text.split()} - {""}


def _actor(actor: EventActor | None, names: Mapping[str, str]) -> str:
    if actor is None:
        return "-"
    code = "/".join(part for part in (actor.country, actor.sector) if part)
    name = names.get(actor.entity or "")
    words = f"{actor.text} ({name})" if name and not _words(actor.text) & _words(name) else actor.text
    return f"{words} [{code}]" if code else words


def describe(event: Event, names: Mapping[str, str] | None = None) -> str:
    """ "SOURCE —TYPE(modality)→ TARGET, date": e.g. "Ukraine [UKR] —REQUEST(reported)→ United States [USA], 2024-09-13".

    ``names`` (entity id -> name) says whom words sharing no word with the actor's name stand for: "We (Bola Tinubu)
    [NGA/GOV]".
    """
    names = names or {}
    when = event.date.value or "undated"
    return f"{_actor(event.source, names)} —{event.type}({event.modality})→ {_actor(event.target, names)}, {when}"
