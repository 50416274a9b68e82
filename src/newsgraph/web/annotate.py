"""What of an article record is highlighted, how each span is described, and where it links."""

from __future__ import annotations

import re

from newsgraph.web.highlight import Annotation


def css_name(value: object) -> str:
    """A value reduced to a safe CSS class fragment (``organisation``, ``planned``, ``other``)."""
    return re.sub(r"[^a-z0-9-]", "", str(value or "other").lower()) or "other"


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p)


def _actors(record: dict, actor_ids: dict[str, int]) -> list[Annotation]:
    found = []
    for e in record.get("entities", []):
        actor = actor_ids.get(e["id"])
        title = _join(e["name"], e.get("kind") or e.get("type"), e.get("title"), e.get("country"), e.get("sector"))
        for start, end in e.get("mentions", []):
            found.append(Annotation(start, end, "actor", f"entity-{e['id']}", title, f"kind-{css_name(e.get('kind'))}",
                                    href=f"/actors/{actor}" if actor is not None else None))
    return found


def _statements(record: dict) -> list[Annotation]:
    found = []
    for q in record.get("quotes", []):
        ref, speaker, cue = f"quote-{q['id']}", q.get("speaker") or {}, q.get("cue")
        anonymous = bool(speaker.get("anonymous"))
        who = speaker.get("text") or "unknown speaker"
        title = _join(f"{q['kind']} statement", f"speaker: {who}", "anonymous source" if anonymous else None)
        start, end = q["content_span"]
        found.append(Annotation(start, end, "statement", ref, title, "anonymous" if anonymous else ""))
        if cue:
            found.append(Annotation(*cue["span"], "cue", ref, _join(f"cue: {cue['lemma']}", cue.get("tense"))))
        if anonymous and speaker.get("span"):
            found.append(Annotation(*speaker["span"], "anonymous", ref,
                                    _join("anonymous source", speaker.get("anonymity_reason")), label="anon"))
    return found


def _event_label(ev: dict) -> str:
    """``REQUEST``, or ``REQUEST · planned`` when the event is not simply asserted."""
    modality = ev.get("modality") or "asserted"
    return ev["type"] if modality == "asserted" else f"{ev['type']} · {modality}"


def _events(record: dict) -> list[Annotation]:
    found = []
    for ev in record.get("events", []):
        target = (ev.get("target") or {}).get("text")
        title = _join(ev["type"], ev.get("modality"), f"{ev['source']['text']} → {target or '—'}",
                      (ev.get("date") or {}).get("value"))
        found.append(Annotation(*ev["trigger"]["span"], "event", f"event-{ev['id']}", title,
                                f"modality-{css_name(ev.get('modality'))}", label=_event_label(ev)))
    return found


def _places_and_times(record: dict) -> list[Annotation]:
    found = []
    for p in record.get("places", []):
        title = _join(p["name"], p.get("feature"), p.get("country"))
        found += [Annotation(start, end, "place", f"place-{p['id']}", title) for start, end in p.get("mentions", [])]
    for t in record.get("times", []):
        found.append(Annotation(*t["span"], "time", f"time-{t['id']}",
                                _join(t["text"], f"= {t.get('value') or 'unresolved'}", t.get("granularity"))))
    return found


def annotations(record: dict, actor_ids: dict[str, int]) -> list[Annotation]:
    """Every span of the record: actor mentions, statements (content, cue, anonymous speaker), event
    triggers, places and times."""
    return _actors(record, actor_ids) + _statements(record) + _events(record) + _places_and_times(record)
