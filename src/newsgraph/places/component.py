"""``newsgraph_places``: GPE/LOC/FAC mentions and the dateline place, geocoded and merged per place."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp import extensions  # noqa: F401  (declares Doc._ attributes)
from newsgraph.places.gazetteer import lookup, to_place
from newsgraph.places.index import Candidate, load
from newsgraph.record import Place, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
log = logging.getLogger(__name__)

Mention = tuple[str, Span | None]


def dateline_mention(doc: Doc) -> Mention | None:
    """The dateline's place name and its span in ``doc.text`` (None when it cannot be located)."""
    dateline = doc._.dateline
    place = getattr(dateline, "place", None)
    if not place:
        return None
    start, end = dateline.span
    found = doc.text.find(place, start, end)
    return place, ((found, found + len(place)) if found >= 0 else None)


def place_mentions(doc: Doc) -> list[Mention]:
    """Every candidate place mention: the dateline first, then NER spans in text order."""
    mentions: list[Mention] = [(ent.text, (ent.start_char, ent.end_char))
                               for ent in doc.ents if ent.label_ in PLACE_LABELS]
    dateline = dateline_mention(doc)
    return mentions if dateline is None else [dateline, *mentions]


def _key(entry: Candidate) -> object:
    return entry.geonameid if entry.geonameid is not None else (entry.feature, entry.name)


def merge_places(mentions: list[Mention]) -> list[Place]:
    """Geocode mentions with the article's countries as context; one ``Place`` per gazetteer entry."""
    first_pass = [lookup(text) for text, _ in mentions]
    context = frozenset(entry.country for entry in first_pass if entry and entry.country)
    places: dict[object, Place] = {}
    for text, span in mentions:
        entry = lookup(text, context)
        if entry is None:
            continue
        place = places.setdefault(_key(entry), to_place(entry, f"P{len(places) + 1}"))
        if span is not None and span not in place.mentions:
            place.mentions.append(span)
    for place in places.values():
        place.mentions.sort()
    return list(places.values())


class PlaceGeocoder:
    """Writes ``doc._.places``; unknown names are skipped rather than guessed."""

    def __init__(self) -> None:
        load()  # build the gazetteer once, when the pipeline is assembled

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.places = merge_places(place_mentions(doc))
        except Exception:  # never let one odd document stop the pipeline
            log.exception("newsgraph_places failed on a document")
            doc._.places = []
        return doc


@Language.factory("newsgraph_places")
def make_places(nlp: Language, name: str) -> PlaceGeocoder:
    """spaCy factory: ``nlp.add_pipe("newsgraph_places")``."""
    return PlaceGeocoder()
