"""Code any actor phrase with a country (ISO3 or IGO), a PLOVER sector and an actor kind.

``code_actor`` is pure and public: the actors component codes each entity's descriptor with it and
the events stage codes gold or noun-phrase actors with it. Unknown phrases stay uncoded (all None).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.actors.knowledge import Term, Token, lexicon, scan, tokenize, word_key
from newsgraph.extract.dateline import find_dateline

HEAD_BREAKS = frozenset({"of", "in", "from", "at", "for", "with", "on", "operating", "who", "that", "which", "near", "to"})
"""Words that end the head of a noun phrase: "police in Lagos" is headed by "police"."""

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})

SERVING = frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
                     "spokesperson", "staffer", "staffers", "assistant"})
"""Roles that serve a principal: "Obama adviser" is GOV, "Sanders aide" has the sector of an unknown senator."""

FORMER = frozenset({"former", "ex", "exiled", "ousted", "deposed", "late"})
"""Modifiers that make a government or military title a former official's (PLOVER sector ELI)."""

SUPPORTERS = frozenset({"supporters", "followers", "loyalists", "partisans"})
"""Heads of a phrase whose sector follows whom they back ("supporters of former President X")."""

COUNTRY_SOURCES = frozenset({"country", "demonym", "capital", "seat", "city", "region", "organisation"})

PLACES = frozenset({"city", "region"})
"""Sources that give a country only where they stand as a place, never inside a name ("King Hassan")."""

PLACE_NOUNS = frozenset({"the", "state", "province", "region", "district", "city", "town", "county", "governorate"})
"""Words that may surround a place standing alone: "West Darfur State", "the town of Samarra"."""

PLACE_PREPOSITIONS = frozenset({"in", "from", "of", "near", "at", "throughout"})

ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "emissary", "diplomat", "diplomats", "delegation",
                    "delegations", "mission", "missions", "representative", "representatives", "consul", "embassy",
                    "embassies", "consulate"})
"""Who represents a state abroad: "Tajikistan's ambassador" stands where Tajikistan is not, "its mission in Geneva"
is not Swiss, "two diplomats in Dakar" are not Senegalese."""
BACKERS = ("-backed", "-sponsored", "-funded", "-supported", "-armed", "-trained", "-allied", "-aligned", "-financed",
           "-brokered", "-mediated")
"""A state's name joined to one of these names a patron or a go-between: the actor's own country comes first when the
phrase names it ("the Rwanda-backed M23 rebels" are Congolese, "U.S.-backed Syrian forces" Syrian), the patron's
only when nothing else does ("Iran-funded militias"); a patron never sets a sentence's scene."""

TARGET_PREPOSITIONS = frozenset({"on", "against", "with", "toward", "towards", "about", "over", "to"})
"""Prepositions before a state that the sentence's actors act upon rather than belong to."""

TRAVEL = frozenset({"arrive", "arrived", "arrives", "arriving", "land", "landed", "lands", "landing", "visit", "visited",
                    "visits", "visiting", "tour", "toured", "tours", "touring", "reach", "reached", "reaches", "stopover",
                    "enter", "entered", "enters", "entering", "cross", "crossed", "crosses", "crossing"})
"""Words after which a place is where an actor travels: "Albright arrived in Beijing" is no Chinese official, trucks
"waiting to enter China" are not China's, nor a refugee who "crossed into Gambia"."""

LOCATIVE = frozenset({"in", "at", "near", "into", "throughout", "across", "around", "outside", "inside", "within"})
"""Prepositions after which a city locates an event rather than acts: "a curfew in Algiers"."""

LOCATING = LOCATIVE | {"from"}
"""Prepositions after which a seat of government only locates: "protesters in Kyiv", "a reporter from Kyiv"."""
ARTICLES = frozenset({"the", "a", "an", "this", "that"})
ISSUE_NOUNS = frozenset({
    "deal", "agreement", "accord", "pact", "treaty", "war", "crisis", "conflict", "policy", "issue", "question", "talks",
    "negotiations", "sanctions", "program", "programme", "debate", "strategy", "invasion", "occupation", "intervention",
    "relations", "relationship", "mission", "operation", "probe", "investigation", "inquiry", "hearings", "affair",
    "scandal", "file", "bill", "legislation", "resolution", "referendum", "nuclear", "withdrawal", "ceasefire", "truce",
    "embargo", "trip", "summit", "problem", "situation", "front", "portfolio",
})
"""Nouns a state's name classifies, after an article, as in "the Iran deal", "the Iraq war", "the Russia probe": the
sentence is about a kind of thing there, which places none of its actors there."""

DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
                        "southeast", "southwest"})
"""Region words between a preposition and its state: "Albanians of southern Serbia"."""

SECTOR_RANK = ("REB", "OPP", "ELI", "REF", "SPY", "CRM", "UAF", "PRM", "MIL", "COP", "JUD", "LEG", "JRN", "MED", "EDU",
               "REL", "AGR", "LAB", "BUS", "SOC", "PTY", "GOV", "CVL")
"""When a phrase holds several role words, the more specific sector wins (PTY, GOV and CVL are the generic ones:
"party leader" is PTY, "rebel leaders" REB, "civilian refugees" REF)."""

CABINET = frozenset({"minister", "ministers", "ministry", "ministries", "secretary", "department"})
PORTFOLIO_SECTORS = frozenset({"JUD", "COP", "MIL", "SPY", "JRN", "REF", "MED", "EDU", "AGR"})
"""A cabinet office is the executive's whatever its portfolio: the justice minister and the army secretary are GOV
(PLOVER codes ministers GOV), while "party secretary" (PTY) and "rebel minister" (REB) keep their group's sector."""

Match = tuple[int, int, Term]


@dataclass(frozen=True)
class ActorCode:
    """The code of one actor; any field is None when the phrase does not tell."""

    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    igo: str | None = None


def code_actor(text: str, context: str | None = None) -> ActorCode:
    """Code ``text`` ("Ukrainian President Volodymyr Zelenskyy" -> UKR, GOV, person).

    ``context`` (e.g. the sentence) only supplies the country of a titled or role-bearing actor
    whose own words name none, and only when the context names exactly one country.
    """
    try:
        return _code(text, context)
    except Exception:  # never let odd text escape: an uncoded actor is a valid answer
        return ActorCode()


def _code(text: str, context: str | None) -> ActorCode:
    """``code_actor`` without the error guard."""
    tokens = tokenize(text)
    found = scan(tokens)
    matches = [m for m in found if not (m[2].source == "leader" and _namesake(tokens, m))
               and not (m[2].source in ("city", "capital") and _given_name(tokens, m, found))
               and not _named_otherwise(tokens, m, text)]
    if not matches:
        return ActorCode(_based(tokens))
    head_end = _head_end(tokens, text)
    head = [m for m in matches if m[0] < head_end] or matches[:1]
    leader = next((m[2] for m in matches if m[2].source == "leader"), None)
    stranger = foreign(tokens)  # "a Western diplomat in Ulaanbaatar" is not Mongolian: the place only locates him
    placed = [m for m in matches if not (stranger and m[0] and tokens[m[0] - 1].key in LOCATIVE)]
    placed = [m for m in placed if not (m[2].source in COUNTRY_SOURCES and _field(tokens, m[1]))]
    own = [m for m in placed if not (m[2].source in COUNTRY_SOURCES and _patron(tokens, text, m[1]))]
    country, igo = _country(_nationals(own, tokens), leader, tokens, text)
    if country is None and len(own) < len(placed):  # only a patron is named: "Iran-funded militias"
        country, igo = _country(_nationals(placed, tokens), leader, tokens, text)
    if country is None:
        country = _based(tokens)
    locating = matches[0][0] > 0 and tokens[matches[0][0] - 1].key in LOCATING  # "an analyst at a firm in Algiers"
    kind = None if locating and not any(m[0] < head_end for m in matches) else _kind(head, tokens[:head_end])
    sector = _sector(matches, leader, tokens, head_end)
    if sector is None and kind == "group" and head[-1][2].source == "demonym" and head[-1][1] == head_end:
        sector = "CVL"  # "Nigerians", "ethnic Albanians": a people, not its state
    if sector is None and len(matches) == 1 and matches[0][2].source in PLACES | {"capital"} and matches[0][1] == len(tokens) \
            and not locating:
        sector = _city_sector(matches[0][2], text, context)
    # a known name has its own code; a newspaper ("The Times") reports on the context's country, it is not of it;
    # a descriptive name ("Homeland Union", "X Airways") is role-bearing like "the party"
    named = any(t.source in ("organisation", "leader") or (t.source == "namehead" and t.sector == "JRN")
                for _, _, t in matches)
    titled = any(t.source in ("role", "namehead") for _, _, t in matches)
    envoy = any(t.key in ENVOYS for t in tokens)  # "two diplomats" are not of the country their sentence names
    if country is None and context and not named and (sector is not None or titled) and not stranger and not envoy:
        country = context_country(context, exclude=text)
    return ActorCode(country, sector, kind, igo)


FOREIGN_WORDS = frozenset({"foreign", "western", "international", "visiting", "exiled", "exile", "overseas", "expatriate"})
"""Words that say an actor is not of the country it stands in: "a Western diplomat in Abidjan", "a foreign diplomat in
Kyiv" are not Ivorian or Ukrainian."""
FOREIGN_OFFICES = frozenset({"minister", "ministry", "ministers", "secretary", "affairs", "office", "policy", "service",
                             "relations", "committee"})
"""Words after "foreign" that make it a national office ("the foreign minister", "the Foreign Office")."""


def foreign(tokens: list[Token]) -> bool:
    """Whether a phrase calls its actor foreign to where it stands ("a Western diplomat", "foreign journalists");
    the sentence's place (here) and the dateline's country (``component.localise``) are then not its own."""
    return any(t.key in FOREIGN_WORDS and (i + 1 == len(tokens) or tokens[i + 1].key not in FOREIGN_OFFICES)
               for i, t in enumerate(tokens))


def _dateline_end(context: str) -> int:
    """Where a dateline opening ``context`` ends ("CAMBRIDGE, Mass., Dec. 11 (UPI) — "), else 0: the place of writing
    is not the place of the story's actors."""
    body = context.lstrip()
    dateline = find_dateline(body)
    return len(context) - len(body) + dateline.span[1] if dateline else 0


def _accredited(tokens: list[Token], start: int) -> bool:
    """True when the state at token ``start`` is where an envoy is sent or what a foreign post covers: "U.S. special
    envoy to Ukraine" is no Ukrainian ("forces loyal to Sudan" are Sudan's), nor is "the Fund's mission chief for
    Kenya"."""
    i = _word_before(tokens, start)
    return i >= 1 and ((tokens[i].key == "to" and tokens[i - 1].key in ENVOYS)
                       or (tokens[i].key == "for" and tokens[i - 1].key in ENVOYS | POSTED))


def _based(tokens: list[Token]) -> str | None:
    """The country of the place a "-based" word names ("The Rome-based campaign group", "a Kuala Lumpur-based
    analyst", "Vancouver-based Norcastle Resources"): where an actor is based is its country when nothing else in its
    name gives one. A town's name is read as the best-known town of that name ("San Carlos" as Venezuela's)."""
    table = lexicon()
    for i, token in enumerate(tokens):
        if token.key.endswith("-based"):
            place = token.key[: -len("-based")]
            for key in (f"{tokens[i - 1].key} {place}" if i else None, place):
                term = table.get(key) if key else None
                if term is not None and term.source in ("country", "capital", "seat", "city", "region") \
                        and term.country != "IGO":
                    return term.country
    return None


POSTED = frozenset({"chief", "director", "coordinator", "head"})
"""Heads of a post that covers a country from outside it ("mission chief for Kenya", "country director for Chad")."""


def _targeted(tokens: list[Token], start: int) -> bool:
    """True when a state is named as what the sentence is about, not where it happens: "sanctions against Iran",
    "talks with Iran" (U.S. senators debating them are not Iran's)."""
    i = _word_before(tokens, start)
    return i >= 0 and (tokens[i].key in TARGET_PREPOSITIONS or tokens[i].key in ADDRESSING_VERBS)


def _patron(tokens: list[Token], text: str, end: int) -> bool:
    """True when the state whose name ends at token ``end`` backs, arms or mediates for the actor rather than being its
    country: "Rwanda-backed" (one token), "U.S.-backed" (the suffix a token of its own)."""
    if tokens[end - 1].key.endswith(BACKERS):
        return True
    return end < len(tokens) and text[tokens[end - 1].end : tokens[end].start] == "-" and \
        f"-{tokens[end].key}" in BACKERS


FEATURES = frozenset({"river", "lake", "valley", "mountains", "mountain", "bay", "gulf", "sea", "strait", "desert",
                      "street", "avenue", "road", "highway", "bridge", "square", "airport", "port", "dam", "basin"})
"""Nouns after a place's name that make it another thing's name ("the San Juan River" is no Puerto Rico)."""


def _feature(tokens: list[Token], end: int) -> bool:
    """True when the name ending at token ``end`` names a river, street, airport or the like."""
    return end < len(tokens) and tokens[end].key in FEATURES and tokens[end].text[:1].isupper()


BOUNDARIES = frozenset({"border", "frontier", "boundary"})
"""Nouns after a state that make it the far side of a border ("near the Venezuelan border"), not the scene."""
BORDER_ENDS = frozenset({"and", "or", "with", "in", "on", "at", "near", "to", "from", "between", "where", "which",
                         "that", "as", "for"})
"""Words that may follow "border" when the phrase ends there ("near the Venezuelan border, police said"); a noun
there makes the state the owner of a place or force ("the Ethiopian border town", "Colombian border guards")."""


def _bordering(tokens: list[Token], text: str, end: int) -> bool:
    """True when the state whose name ends at token ``end`` is named as the other side of a border ("the town of
    Saravena, near the Venezuelan border", "from the Guyanese side of the river"): the sentence happens on this side.
    """
    if end + 1 < len(tokens) and tokens[end].key == "side" and tokens[end + 1].key == "of":
        return True  # "the Guyanese side of the river"; "the Chinese side said" is a party, and may set the scene
    if end >= len(tokens) or tokens[end].key not in BOUNDARIES:
        return False
    if end + 1 == len(tokens) or text[tokens[end].end : tokens[end + 1].start].strip():
        return True  # punctuation ends the phrase at "border"
    return tokens[end + 1].key in BORDER_ENDS


def _represented(tokens: list[Token], end: int) -> bool:
    """True when the state whose name ends at token ``end`` owns an envoy or a mission ("Tajikistan's ambassador"):
    the envoy is abroad, so the state is not where the sentence happens; or the other side's ("his Brazilian
    counterpart"), which the sentence's actor is not."""
    return end < len(tokens) and (tokens[end].key in ENVOYS or tokens[end].key in COUNTERPARTS)


COUNTERPARTS = frozenset({"counterpart", "counterparts"})
"""Nouns after a state that make it the other side's ("his Brazilian counterpart"), not the actor's."""


ADDRESSING_VERBS = frozenset({
    "rejected", "rejects", "reject", "dismissed", "dismisses", "criticized", "criticised", "criticizes", "criticises",
    "condemned", "condemns", "accused", "accuses", "blamed", "blames", "warned", "warns", "urged", "urges",
    "denounced", "denounces", "slammed", "slams", "praised", "praises", "thanked", "thanks", "told", "tells",
    "summoned", "summons", "summon"})
"""Verbs whose object right after them is whom the sentence's actor addresses, not where it stands: "Finland's
minister rejected Moscow's criticism" is not Russian."""


def _visited(tokens: list[Token], start: int) -> bool:
    """True when the state at token ``start`` is a destination: "visited Beijing", "arrived in Beijing", "a visit to
    Beijing" (the visitor is a foreigner there; "to" is already a target preposition)."""
    i = _word_before(tokens, start)
    if i >= 1 and tokens[i].key in LOCATIVE:
        i -= 1
    return i >= 0 and tokens[i].key in TRAVEL


TOPICAL_SUFFIXES = ("-related", "-focused", "-specific", "-centric")
"""A state's name with one of these makes an adjective of topic ("Iran-related sanctions"), no scene."""


def _scene(tokens: list[Token], start: int, term: Term) -> bool:
    """Whether a name sets the scene: a city does only when written as a place, after "in", "at", "near" and the like
    ("a bombing in Mosul"); a bare word that is also some town's name is no scene ("Bush, Rubio collide" names no
    Egyptian town Būsh, "the Carolina two-step" no Puerto Rican city)."""
    return term.source != "city" or (start > 0 and tokens[start - 1].key in LOCATIVE)


def _attributive(tokens: list[Token], start: int, end: int) -> bool:
    """True when a state names a kind of thing, not a scene: "the Iran deal", "the Iraq war" (Democrats who opposed
    the Iran deal are not Iranians), "Iran-related legislation"."""
    if tokens[start].key.endswith(TOPICAL_SUFFIXES):  # "Iran-related legislation" is about Iran, not in it
        return True
    return start >= 1 and tokens[start - 1].key in ARTICLES and end < len(tokens) and tokens[end].key in ISSUE_NOUNS


def _word_before(tokens: list[Token], start: int) -> int:
    """Index of the word before token ``start``, past a "the" ("envoy to the Sudan"); negative at the start."""
    return start - 1 if start and tokens[start - 1].key != "the" else start - 2


def _city_sector(term: Term, text: str, context: str | None) -> str | None:
    """A city standing alone where the context places an event ("a curfew in Algiers") is its civilians (CVL);
    otherwise a capital acts for its government (GOV, "Moscow said") and another city tells nothing (PLOVER GSR
    rule: cities are CVL, capitals GOV as subject or object). "Austin said" is no city."""
    if context:
        before = context[: max(context.find(text), 0)].split()
        if before and before[-1].lower() in LOCATIVE:
            return "CVL"
    return "GOV" if term.source == "capital" else None


def _after_preposition(tokens: list[Token], start: int) -> bool:
    """True when a place preposition, maybe with a region word, comes just before token ``start``."""
    i = start - 1
    if i >= 0 and tokens[i].key in DIRECTIONS:
        i -= 1
    return i >= 0 and tokens[i].key in PLACE_PREPOSITIONS


def _town_in(tokens: list[Token], start: int, text: str) -> bool:
    """True for the region or state after a town the lexicon does not know: "a grower in Mission, Texas"."""
    return start >= 2 and tokens[start - 2].key in PLACE_PREPOSITIONS and tokens[start - 1].text[:1].isupper() \
        and text[tokens[start - 1].end : tokens[start].start].strip() == ","


LANGUAGE_SUFFIXES = ("-speaking", "-speaker", "-speakers", "-language")
"""A demonym with one of these names a language community ("the French-speaking majority", "English-speaking
lawyers" in Cameroon), not a state's people."""


def _nationals(matches: list[Match], tokens: list[Token]) -> list[Match]:
    """Drop demonyms that name an ethnicity ("ethnic Albanians" in Macedonia are not Albania's) or a language
    community ("the French-speaking majority")."""
    return [m for m in matches if not (m[2].source == "demonym" and (
        m[0] and tokens[m[0] - 1].key == "ethnic" or tokens[m[1] - 1].key.endswith(LANGUAGE_SUFFIXES)))]


def _head_end(tokens: list[Token], text: str) -> int:
    """Index of the first token after the phrase's head (a preposition, clause or comma)."""
    for i, token in enumerate(tokens):
        gap = text[tokens[i - 1].end : token.start] if i else ""
        number = gap == "," and tokens[i - 1].key.isdigit() and token.key.isdigit()  # "13,000 US troops"
        if i and (token.key in HEAD_BREAKS or ("," in gap and not number) or "(" in gap):
            return i
    return len(tokens)


def _country(matches: list[Match], leader: Term | None, tokens: list[Token], text: str) -> tuple[str | None, str | None]:
    """A known office holder's country, else the first country-bearing term's."""
    if leader is not None:
        return leader.country, leader.igo
    stationed = lambda start: any(t.key in ENVOYS for t in tokens[:start])  # noqa: E731  "its mission in Geneva"
    states = [(start, term) for start, end, term in matches if term.source in COUNTRY_SOURCES - PLACES
              and term.country and not (term.source == "capital" and (_inside_name(tokens, end, matches) or stationed(start)))
              and not _accredited(tokens, start)]
    if states:
        start, term = states[0]
        if term.source == "demonym" and term.kind == "group":  # "Albanians of southern Serbia" live in Serbia
            start, term = next(((s, t) for s, t in states[1:] if _after_preposition(tokens, s)), (start, term))
        return term.country, term.igo
    # "a grower in Mission, Texas", "a farmer in Delicias, Chihuahua": the state after the town says where it is
    towns = [term for start, _, term in matches if term.source in PLACES and _town_in(tokens, start, text)]
    if towns:
        return towns[0].country, None
    for start, end, term in matches:  # "police in Lagos"; but "King Hassan", "Mary J. Blige" are names
        alone = all(t.key in PLACE_NOUNS | DIRECTIONS for t in tokens[:start] + tokens[end:])
        if term.source in PLACES and not stationed(start) and (alone or _after_preposition(tokens, start)
                                                               or _before_title(matches, end)):
            return term.country, None
    return None, None


def _namesake(tokens: list[Token], match: Match) -> bool:
    """True when a known office holder's name is part of another name: a relative ("Eric Trump", "Donald Trump Jr.")
    or something named after them ("Trump Tower", "the Clinton Foundation" takes no office)."""
    start, end, term = match
    if end < len(tokens) and tokens[end].text[:1].isupper() and not scan(tokens[end : end + 1]):
        return True
    before = start - 1
    while before >= 0 and len(tokens[before].key) == 1:
        before -= 1  # initials: "Donald J. Trump"
    first = word_key((term.name or " ").split(" ")[0])
    return (end - start == 1 and before >= 0 and tokens[before].text[:1].isupper()
            and tokens[before].key not in HONORIFICS | {first} and not scan(tokens[before : before + 1]))


FIELDS = frozenset({"studies", "affairs", "history", "politics", "literature", "language", "languages", "economics"})
"""Nouns after a state's name or people that make a field of study or expertise ("a professor of North Korean
studies", "an expert on Russian politics"), not the actor's country."""


def _field(tokens: list[Token], end: int) -> bool:
    """True when the state or people whose name ends at token ``end`` names a field ("North Korean studies")."""
    return end < len(tokens) and tokens[end].key in FIELDS


def _named_otherwise(tokens: list[Token], match: Match, text: str) -> bool:
    """Whether a match's words name something else here: a sea ("the Indian Ocean") or another body whose acronym the
    bracket after a name reuses ("All People's Congress (APC)")."""
    return match[2].source in ("country", "demonym") and _names_waters(tokens, match) \
        or match[2].source == "organisation" and _another_bodys_acronym(tokens, match, text)


def _another_bodys_acronym(tokens: list[Token], match: Match, text: str) -> bool:
    """Whether a known acronym in brackets belongs to another body than the name written before it ("All People's
    Congress (APC)" in Sierra Leone is not Nigeria's All Progressives Congress): the bracket spells the name before it."""
    token, name = tokens[match[0]], match[2].name
    before = text[: token.start]
    if match[1] - match[0] != 1 or not token.text.isupper() or name is None or not before.endswith("(") \
            or not before[:-1].strip():
        return False
    return " ".join(name.lower().split()) not in " ".join(before.lower().split())


WATERS = frozenset({"ocean", "sea", "gulf", "strait", "straits", "channel", "bay"})
"""Words of a sea's name that a country's name or demonym may be part of ("the Indian Ocean", "the Gulf of Mexico")."""


def _names_waters(tokens: list[Token], match: Match) -> bool:
    """Whether a country's name or demonym is part of a sea's name ("the Indian Ocean", "the South China Sea", "the
    Sea of Japan"): a place at sea, no actor of that country."""
    start, end = match[0], match[1]
    return end < len(tokens) and tokens[end].key in WATERS \
        or start >= 2 and tokens[start - 1].key == "of" and tokens[start - 2].key in WATERS


def _given_name(tokens: list[Token], match: Match, found: list[Match]) -> bool:
    """True when a town's one-word name is a person's given name: right after a title and before a capitalised word
    ("Economy Minister Santiago Ibarra", "Mayor Paris Hilton"); "the Santiago government" stays a place."""
    start, end, _ = match
    if end - start != 1 or end >= len(tokens) or not tokens[end].text[:1].isupper():
        return False
    return start > 0 and (tokens[start - 1].key.rstrip(".") in HONORIFICS
                          or any(e == start and term.source == "role" for _, e, term in found))


def _after_unknown_name(tokens: list[Token], start: int, matches: list[Match]) -> bool:
    """True when token ``start`` comes right after a capitalised word that no lexicon phrase covers (a name)."""
    covered = {i for begin, end, _ in matches for i in range(begin, end)}
    return start > 0 and start - 1 not in covered and tokens[start - 1].text[:1].isupper()


def _before_title(matches: list[Match], end: int) -> bool:
    """True when a title follows the place at once: "Texas Sen. Ted Cruz", "Lagos State Governor", "Sindh police"."""
    return any(start == end and term.source == "role" for start, _, term in matches)


def _inside_name(tokens: list[Token], end: int, matches: list[Match]) -> bool:
    """True when an unknown capitalised word follows: "Douglas Wilder" and "Victoria Beckham" are names."""
    known = {m[0] for m in matches}
    return end < len(tokens) and end not in known and tokens[end].text[:1].isupper()


def _sector(matches: list[Match], leader: Term | None, tokens: list[Token], head_end: int) -> str | None:
    """Sector: a cabinet office is GOV and supporters of a former official are the opposition; else
    ``_described_sector``."""
    sector = _described_sector(matches, leader, tokens)
    head_roles = [(start, end) for start, end, term in matches if term.source == "role" and start < head_end]
    if sector in PORTFOLIO_SECTORS and head_roles and tokens[head_roles[-1][1] - 1].key in CABINET:
        start = head_roles[0][0]  # "Minister of Justice", "Police Minister", "Army Secretary"; "former Justice Minister"
        return "ELI" if any(t.key in FORMER for t in tokens[max(0, start - 2) : start]) else "GOV"
    if sector == "ELI" and head_end < len(tokens) and tokens[head_end - 1].key in SUPPORTERS:
        return "OPP"  # "supporters of former President Ahmed Ben Bella" oppose the government that ousted him
    return sector


def _described_sector(matches: list[Match], leader: Term | None, tokens: list[Token]) -> str | None:
    """Sector: office holder (unless a role follows the name), then a named institution (its name's last word first; a seat of government after "in"
    only locates: "protesters in Kyiv"), then the most specific role word."""
    everything = matches
    if leader is not None:
        start = next(m[0] for m in matches if m[2] is leader)
        if not any(term.source == "role" and begin > start for begin, _, term in matches):
            return "ELI" if any(t.key in FORMER for t in tokens[:start]) else leader.sector
        matches = [m for m in matches if m[0] > start]  # "Trump campaign officials", "Obama adviser": the role's
    institution = next((t for _, _, t in matches if t.source == "namehead" and t.sector), None) or next(
        (t for start, _, t in matches if t.source in ("seat", "organisation") and t.sector
         and not (t.source == "seat" and start and tokens[start - 1].key in LOCATING)), None)
    if institution is not None:  # the word ending a name says what it is: "the Jerusalem Post" is a newspaper
        return institution.sector
    if any(term.source == "role" and tokens[start].key in SERVING and _after_unknown_name(tokens, start, everything)
           for start, _, term in matches):
        return None  # "Sanders aide Jeff Weaver": an aide's sector is their principal's, unknown here
    roles = [(start, term) for start, _, term in matches if term.source == "role" and term.sector]
    if roles:  # the most marked role wins: "rebel leaders" are REB, "civilian refugees" REF
        start, term = min(roles, key=lambda r: SECTOR_RANK.index(r[1].sector) if r[1].sector in SECTOR_RANK else 99)
        former = any(t.key in FORMER for t in tokens[max(0, start - 2) : start])
        return "ELI" if former and term.sector in ("GOV", "MIL") else term.sector
    return None


def _kind(head: list[Match], head_tokens: list[Token]) -> str | None:
    """Kind of the phrase's head term; words after it decide for unknown heads ("Palestinian prisoners")."""
    _, end, term = head[-1]
    trailing = head_tokens[end:]
    if term.kind in ("person", "organisation", "group") or not trailing:
        return term.kind
    if term.source in PLACES and all(t.key in PLACE_NOUNS for t in trailing):
        return None  # "West Darfur State" is a place, not a person
    if any(t.text[:1].isupper() for t in trailing):
        return "person"
    return "group" if trailing[-1].key.endswith("s") else term.kind


SCENE_OPENERS = frozenset({"in", "at", "from"})
"""Prepositions that open a sentence with its scene ("In Tokyo, …")."""


def _fronted_scene(tokens: list[Token], context: str, match: Match, actor: int) -> bool:
    """Whether a place opens the context as its scene, set off by a comma, right before the actor at character
    ``actor`` ("In Rawalpindi, the army's media wing said …"): where the sentence's subject stands, whatever other
    states the sentence names."""
    start, end, _ = match
    comma = tokens[end - 1].end
    return start == 1 and tokens[0].key in SCENE_OPENERS and context[comma : comma + 1] == "," \
        and actor > comma and context[comma + 1 : actor].strip().lower() in ("", "the", "a", "an")


@lru_cache(maxsize=4096)
def context_country(context: str, exclude: str = "") -> str | None:
    """The one state that ``context`` names outside ``exclude``, or None when it names none or several
    (news agencies reporting the story and companies, "on Twitter", set no scene)."""
    at = context.find(exclude) if exclude else -1
    skip = (at, at + len(exclude)) if at >= 0 else (0, 0)
    opening = _dateline_end(context)
    every = tokenize(context)
    terms = scan(every)
    names = {every[m[0]].start for m in terms if m[2].source in ("city", "capital") and _given_name(every, m, terms)}
    tokens = [t for t in every if not skip[0] <= t.start < skip[1] and t.start >= opening and t.start not in names]
    kept = [(start, end, term) for start, end, term in _nationals(scan(tokens), tokens)  # "told AFP" sets no scene
            if term.source in COUNTRY_SOURCES and term.country and term.sector not in ("JRN", "BUS")
            and not _named_otherwise(tokens, (start, end, term), context)
            and not _targeted(tokens, start) and not _visited(tokens, start) and _scene(tokens, start, term)
            and not _patron(tokens, context, end) and not _represented(tokens, end) and not _feature(tokens, end)
            and not _bordering(tokens, context, end)]
    if kept and _fronted_scene(tokens, context, kept[0], at) and kept[0][2].country not in ("IGO", "NGO"):
        return kept[0][2].country  # "In Tokyo, Chief Cabinet Secretary X told …, Beijing …": the scene set first
    named = [(term.country, term.source == "country" and _attributive(tokens, start, end)) for start, end, term in kept]
    found = {country for country, _ in named} - {"IGO", "NGO"}  # "Human Rights Watch accused soldiers": no scene
    if len(found) != 1:
        return None
    country = found.pop()  # named only as a kind of thing ("the Iran deal"), it sets no scene either
    return country if any(c == country and not attributive for c, attributive in named) else None
