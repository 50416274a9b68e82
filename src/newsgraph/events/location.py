"""Where an event happened: a place introduced by a preposition in its sentence, else the dateline."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.arguments import PLACE_PREPS
from newsgraph.places.component import PLACE_LABELS, dateline_places
from newsgraph.record import EventPlace, Place


def _sentence_place(doc: Doc, bounds: tuple[int, int]) -> Place | None:
    """The first place inside ``bounds`` introduced by "in/at/near..." (bare names are usually actors): a geocoded
    mention, or a place name the gazetteer does not know, kept as written ("in Masaajid Alle", "near Gidan Bawa
    village"), which says more than the dateline's city."""
    mentions = [(start, end, place) for place in doc._.places or () for start, end in place.mentions]
    covered = {start for start, _, _ in mentions}
    scope = doc.char_span(*bounds, alignment_mode="expand")  # the clause's entities only, not the whole doc's
    unknown = [(ent.start_char, ent.end_char, Place(id="", name=ent.text)) for ent in (scope.ents if scope else ())
               if ent.label_ in PLACE_LABELS and ent.start_char not in covered]
    inside = [(start, end, place) for start, end, place in mentions + unknown if bounds[0] <= start and end <= bounds[1]]
    best: tuple[int, Place] | None = None
    for start, end, place in inside:
        span = doc.char_span(start, end, alignment_mode="expand")
        before = doc[span.start - 1] if span is not None and span.start > 0 else None
        if before is not None and before.lower_ in PLACE_PREPS and (best is None or start < best[0]):
            best = (start, place)
    return best[1] if best else None


def _dateline_place(doc: Doc) -> Place | None:
    """The geocoded dateline place: the places stage's entry covering the dateline, else geocoded here."""
    dateline = doc._.dateline
    name = getattr(dateline, "place", None)
    if not name:
        return None
    found = next(dateline_places(doc), None)
    if found is not None:
        return found[0]
    try:
        from newsgraph.places.gazetteer import geocode

        return geocode(name)
    except Exception:  # the gazetteer is optional here; the dateline name alone is still a place
        return Place(id="", name=name)


def event_place(doc: Doc, bounds: tuple[int, int]) -> EventPlace | None:
    """The event's place (sentence first, then dateline) or None."""
    place, basis = _sentence_place(doc, bounds), "sentence"
    if place is None:
        place, basis = _dateline_place(doc), "dateline"
    if place is None:
        return None
    return EventPlace(name=place.name, country=place.country, geonameid=place.geonameid,
                      lat=place.lat, lon=place.lon, basis=basis)
