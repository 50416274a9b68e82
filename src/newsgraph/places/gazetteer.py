"""Offline geocoding of one place name: aliases first, then population and article context."""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import lru_cache

from newsgraph.places.index import Candidate, load, normalize
from newsgraph.record import Place

CONTEXT_BONUS = 1.5
"""log10 units: a place in one of the article's countries may be ~30x smaller and still win."""
ALTERNATE_PENALTY = 1.5
"""log10 units: an alternate-name match ("Victoria" for Hong Kong) needs ~30x the population to win."""
MAX_NAME = 80
MIN_KEY = 3
"""Shorter names ("UN", "Un") match only through the alias table."""


def _iso3(codes: Collection[str]) -> frozenset[str]:
    """Context country codes as ISO3, accepting ISO2 too."""
    countries = load().countries
    out = set()
    for code in codes:
        code = (code or "").upper()
        out.add(countries[code].country if code in countries else code)
    return frozenset(out)


def _score(entry: Candidate, context: frozenset[str]) -> float:
    score = math.log10(entry.population + 1)
    if entry.country in context:
        score += CONTEXT_BONUS
    return score if entry.primary else score - ALTERNATE_PENALTY


def lookup(name: str, context: frozenset[str] = frozenset()) -> Candidate | None:
    """The best gazetteer entry for ``name`` given ISO3 ``context`` countries, or None."""
    key = normalize(name)
    gazetteer = load()
    if not key or len(name) > MAX_NAME or key in gazetteer.not_places:
        return None
    if key in gazetteer.aliases:
        return gazetteer.aliases[key]
    entries = gazetteer.names.get(key) if len(key) >= MIN_KEY else None
    if entries:
        return max(entries, key=lambda entry: _score(entry, context))
    head, comma, tail = name.partition(",")
    if comma:
        return _qualified(head, tail, context)
    return None


def _qualified(head: str, tail: str, context: frozenset[str]) -> Candidate | None:
    """ "Kyiv, Ukraine" or "Paris, Texas": the head place, inside the qualifier's country."""
    qualifier = lookup(tail, context)
    entries = load().names.get(normalize(head), ())
    if qualifier is None or qualifier.country is None:
        return None
    inside = [entry for entry in entries if entry.country == qualifier.country]
    if not inside:
        return None
    return max(inside, key=lambda entry: _score(entry, context))


@lru_cache(maxsize=None)
def country_name(iso3: str) -> str:
    """A country's name from its ISO3 code ("ZWE" -> "Zimbabwe"), the code itself if the gazetteer lacks it."""
    return next((entry.name for entry in load().countries.values() if entry.country == iso3), iso3)


def to_place(entry: Candidate, place_id: str = "") -> Place:
    """The record model for a gazetteer entry (no mentions yet)."""
    return Place(
        id=place_id, name=entry.name, country=entry.country, geonameid=entry.geonameid,
        lat=entry.lat, lon=entry.lon, feature=entry.feature,
    )


def geocode(name: str, context_countries: Collection[str] = ()) -> Place | None:
    """Geocode one place name offline; ``context_countries`` (ISO3 or ISO2) break ties. Never raises."""
    try:
        entry = lookup(name, _iso3(context_countries))
    except Exception:  # a gazetteer problem must not break a caller's pipeline
        return None
    return None if entry is None else to_place(entry)
