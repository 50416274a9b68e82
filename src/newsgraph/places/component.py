"""``newsgraph_places``: GPE/LOC/FAC mentions and the dateline place, geocoded and merged per place."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.nlp.extensions import fill
from newsgraph.places.gazetteer import lookup, to_place
from newsgraph.places.index import Candidate, load, normalize
from newsgraph.record import Place
from newsgraph.record import Span as CharSpan

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RESCUE_LABELS = frozenset({"PERSON", "ORG", "NORP"})
LOCATIVE = frozenset({"in", "to", "from", "near", "at", "into", "outside", "across", "toward", "towards"})
RESCUE_POPULATION = 100_000
"""A PERSON/ORG/NORP span after "in"/"to"/... is taken as a place only if it names a place this big."""
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "capital", "province", "district", "region",
                              "governorate", "suburb", "neighbourhood", "neighborhood", "county", "state"})
"""Nouns that say the name after their "of" is a place of any size ("near the town of Samarra")."""
Mention = tuple[str, CharSpan | None]


def dateline_mention(doc: Doc) -> Mention | None:
    """The dateline's place name and the span of its first part in ``doc.text``, matched in any case: "ACCRA" of
    "ACCRA, Ghana (AP) —", whose place reads "Accra, Ghana" (None when it cannot be located)."""
    dateline = doc._.dateline
    place = getattr(dateline, "place", None)
    if not place:
        return None
    start, end = dateline.span
    first = place.split(",")[0].strip()
    found = doc.text[start:end].lower().find(first.lower())
    return place, ((start + found, start + found + len(first)) if found >= 0 else None)


def dateline_places(doc: Doc) -> Iterator[tuple[Place, int, int]]:
    """The places stage's mentions inside the dateline, as (place, start, end): where the story was filed from (the
    city of "ACCRA, Ghana (AP) —" first, as ``place_mentions`` lists it)."""
    dateline = doc._.dateline
    if dateline is None:
        return iter(())
    return ((place, start, end) for place in doc._.places or () for start, end in place.mentions
            if dateline.span[0] <= start < dateline.span[1])


def _named_settlement(ent: Span) -> bool:
    """True when the text itself calls the span a place: "the town of Samarra", "the city of Basra"."""
    return ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "of" \
        and ent.doc[ent.start - 2].lemma_.lower() in SETTLEMENT_NOUNS


def _rescued(ent: Span, places: set[int], place_names: frozenset[str]) -> bool:
    """A place the model mislabelled PERSON/ORG/NORP: its name is tagged a place elsewhere in the
    article ("how Kyiv would use"), the text calls it a town or city ("the town of Samarra", any size),
    or a big place follows "in/to/from..." or another place."""
    if ent.label_ not in RESCUE_LABELS:
        return False
    if ent.text in place_names:
        return True
    named = _named_settlement(ent)
    before = ent.doc[ent.start - 1] if ent.start else None
    follows_place = ent.root.dep_ == "conj" and ent.root.head.i in places
    if not (named or follows_place or (before is not None and before.lower_ in LOCATIVE)):
        return False
    entry = lookup(ent.text)
    return entry is not None and entry.primary and (named or entry.population >= RESCUE_POPULATION)


def surnames(doc: Doc) -> frozenset[str]:
    """Last names of multi-word PERSON entities: "Austin" after "Lloyd Austin" is not Austin, Texas."""
    return frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1)


def place_mentions(doc: Doc) -> list[Mention]:
    """Every candidate place mention: the dateline first, then entity spans in text order."""
    mentions: list[Mention] = []
    places: set[int] = set()
    people = surnames(doc)
    place_names = frozenset(ent.text for ent in doc.ents if ent.label_ in PLACE_LABELS) - people
    for ent in doc.ents:
        if ent.text in people or not (ent.label_ in PLACE_LABELS or _rescued(ent, places, place_names)):
            continue
        mentions.append((ent.text, (ent.start_char, ent.end_char)))
        places.update(range(ent.start, ent.end))
    dateline = dateline_mention(doc)
    return mentions if dateline is None else [dateline, *mentions]


def _key(entry: Candidate) -> object:
    return entry.geonameid if entry.geonameid is not None else (entry.feature, entry.name)


def merge_places(mentions: list[Mention]) -> list[Place]:
    """Geocode mentions, each with the countries of the article's *other* places as context."""
    first_pass = {normalize(text): lookup(text) for text, _ in mentions}
    places: dict[object, Place] = {}
    for text, span in mentions:
        own = normalize(text)
        context = frozenset(entry.country for key, entry in first_pass.items()
                            if key != own and entry is not None and entry.country)
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
        return fill(doc, "places", lambda d: merge_places(place_mentions(d)), "newsgraph_places")


@Language.factory("newsgraph_places")
def make_places(nlp: Language, name: str) -> PlaceGeocoder:
    """spaCy factory: ``nlp.add_pipe("newsgraph_places")``."""
    return PlaceGeocoder()
