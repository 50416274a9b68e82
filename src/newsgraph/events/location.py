"""Where an event happened: a place introduced by a preposition in its sentence, else the dateline."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.events.arguments import PLACE_PREPS
from newsgraph.events.modality import clause_verb
from newsgraph.places.component import PLACE_LABELS, RESCUE_LABELS, SETTLEMENT_NOUNS, dateline_places
from newsgraph.record import EventPlace, Place


SITE_PREPS = PLACE_PREPS | {"off", "along"}
"""Prepositions that put an act at a place: PLACE_PREPS and the coast and line ones ("off Hodeidah", "along the LoC")."""
INNER_PREPS = frozenset({"of", "off"})
"""Prepositions inside a place phrase: "in the town of Bender", "in waters off the island of Delft"."""
PHRASE_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos"})
"""Dependencies of a name inside a place phrase headed by a site noun: "at the Jarinje crossing", "in Russia's Kursk
region" (not "inside the Pacific island nation's waters", whose "nation" is no site)."""


SITE_NOUNS = SETTLEMENT_NOUNS | {
    "crossing", "checkpoint", "camp", "base", "airbase", "outpost", "post", "temple", "mosque", "church", "airport",
    "island", "islands", "river", "valley", "square", "prison", "highway", "road", "bridge", "dam", "mine", "oilfield",
    "strait", "gulf", "bay", "coast", "shoal", "reef", "sector", "zone", "municipality", "commune", "waters", "area",
    "outskirts", "border"}
"""Nouns that make the name before them ("the Merdare crossing", "Zaatari camp") or after their "of" a place,
whatever label the model gave the name."""


def _introduced(root: Token) -> bool:
    """True when a site preposition governs the name, directly or through the phrase it names ("near the disputed
    Ta Muen Thom temple", "in the southern district of Challhuahuacho"); a bare name is usually an actor."""
    token = root
    for _ in range(4):
        if token.dep_ in PHRASE_DEPS and token.head.lower_ in SITE_NOUNS:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in SITE_PREPS:
            return True
        elif token.dep_ == "pobj" and token.head.lower_ in INNER_PREPS and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head
        else:
            return False
    return False


def _site_name(ent: Span) -> bool:
    """True when a name the model took for a person or body is a site by its phrase: "at the Merdare crossing"."""
    head = ent.root.head
    if ent.root.dep_ == "compound":
        return head.lower_ in SITE_NOUNS
    return ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SITE_NOUNS


REPORTED_DEPS = frozenset({"ccomp", "parataxis", "pcomp"})
"""Links into a reported or described clause ("said Somalia had closed the crossing", "accused Thai forces of
shelling a village in Oddar Meanchey"): a place inside is that clause's, not the telling clause's."""


def _foreign(place: Token, verb: Token) -> bool:
    """True when the place belongs to a clause the event's clause reports or describes ("accused Thai forces of
    shelling a village in X"): the way up from the place's clause to ``verb`` enters such a clause. The place of a
    clause that reports the event is kept: dropping it too lost on the hand-coded reviews (place 0.480 -> 0.474,
    session 31)."""
    node, crossed = clause_verb(place), False
    for _ in range(8):
        if node == verb:
            return crossed
        if node.head == node:
            return False
        crossed = crossed or node.dep_ in REPORTED_DEPS
        node = node.head
    return False


Found = tuple[Place, tuple[int, int] | None]
"""A place and the ``[start, end)`` of the words naming it, when a mention gave it."""


def _sentence_place(doc: Doc, bounds: tuple[int, int], verb: Token | None = None) -> Found | None:
    """The first place inside ``bounds`` introduced by "in/at/near..." (bare names are usually actors): a geocoded
    mention, or a place name the gazetteer does not know, kept as written ("in Masaajid Alle", "near Gidan Bawa
    village"), which says more than the dateline's city."""
    mentions = [(start, end, place) for place in doc._.places or () for start, end in place.mentions]
    covered = {start for start, _, _ in mentions}
    scope = doc.char_span(*bounds, alignment_mode="expand")  # the clause's entities only, not the whole doc's
    unknown = [(ent.start_char, ent.end_char, Place(id="", name=ent.text)) for ent in (scope.ents if scope else ())
               if (ent.label_ in PLACE_LABELS or ent.label_ in RESCUE_LABELS and _site_name(ent))
               and ent.start_char not in covered]
    inside = [(start, end, place) for start, end, place in mentions + unknown if bounds[0] <= start and end <= bounds[1]]
    best: Found | None = None
    for start, end, place in inside:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _introduced(span.root) and (verb is None or not _foreign(span.root, verb)) \
                and (best is None or start < best[1][0]):
            best = (place, (start, end))
    return best


def _dateline_place(doc: Doc) -> Found | None:
    """The geocoded dateline place: the places stage's entry covering the dateline, else geocoded here."""
    dateline = doc._.dateline
    name = getattr(dateline, "place", None)
    if not name:
        return None
    found = next(dateline_places(doc), None)
    if found is not None:
        return found[0], found[1:]
    try:
        from newsgraph.places.gazetteer import geocode

        place = geocode(name)
    except Exception:  # the gazetteer is optional here; the dateline name alone is still a place
        place = Place(id="", name=name)
    return (place, None) if place is not None else None


def event_place(doc: Doc, bounds: tuple[int, int], verb: Token | None = None) -> EventPlace | None:
    """The event's place (sentence first, then dateline) or None; ``verb``, the event's clause verb, keeps out the
    places of the clauses around it that report it or that it reports."""
    found, basis = _sentence_place(doc, bounds, verb), "sentence"
    if found is None:
        found, basis = _dateline_place(doc), "dateline"
    if found is None:
        return None
    place, span = found
    return EventPlace(name=place.name, country=place.country, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                      span=span, basis=basis)
