"""``newsgraph_actors``: the spaCy component that writes merged, coded actors to ``doc._.entities``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import coding
from newsgraph.actors.coding import code_actor, foreign
from newsgraph.actors.knowledge import lexicon, office_holder, phrase_key, scan, tokenize
from newsgraph.actors.merge import merge_mentions, shortened_to
from newsgraph.actors.mentions import find_mentions
from newsgraph.nlp.extensions import fill
from newsgraph.record import Entity


class ActorComponent:
    """Find actor mentions (names, groups, nominals), merge them per document and code each actor."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        lexicon()  # build the knowledge lexicon once, at pipeline load rather than on the first document

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled:
            doc._.entities = []
            return doc
        return fill(doc, "entities", _article_coded, "newsgraph_actors")


def _article_coded(doc: Doc) -> list[Entity]:
    """The doc's actors coded with what the article says around them: office held when published, party tag, owner,
    dateline (the text and the dateline's country read once per doc)."""
    published, text = doc._.published, doc.text
    entities = [party_tagged(retire(identify(e, published), published), text) for e in merge_mentions(find_mentions(doc))]
    owners = _owners(entities, text)
    owned = [_owner(e, text, owners) for e in entities]
    entities = [e.model_copy(update={"country": country}) if country and (not e.country or possessive
                                                                         and not _own_words_country(e, text)) else e
                for e, (_, country, possessive) in zip(entities, owned)]
    pointed = _pointed_owners(doc, entities, text)
    entities = [e.model_copy(update={"country": pointed[e.id]}) if e.id in pointed else e for e in entities]
    entities = _body_staff([_own_acronym(e) for e in entities])
    counts = _state_counts(entities)
    country = dateline_country(doc) if getattr(doc._.dateline, "place", None) else _main_country(counts, doc)
    here, coded = _state_mentions(counts, country)
    home = country if country is not None and 4 * here >= coded else None
    doc.user_data[HOME] = home
    entities = [localise(e, country, home is not None and not has_owner, here > 0 and not has_owner)
                for e, (has_owner, _, _) in zip(entities, owned)]
    entities = _acronym_staff([_home_party(_shared_name(e, text, country), text, home) for e in entities])
    owners = _owners(entities, text)  # an owner the dateline placed passes its country on ("Walhi's director",
    pointed = _pointed_owners(doc, entities, text)  # "The truckers' federation called a strike. Its president …")
    return [e.model_copy(update={"country": placed}) if has_owner and not e.country
            and (placed := _owner(e, text, owners)[1] or pointed.get(e.id)) else e
            for e, (has_owner, _, _) in zip(entities, owned)]


OWNED = re.compile(r"\b(?:its|their|(?P<owner>[^\s'’]+)['’]s)(?:\s+[^\s,.;:]+){0,7}"
                   r"(?:,(?:\s+(?-i:[A-Z])[^\s,.;:]*\.?){0,3})?\s*$", re.I)
"""A possessive right before a mention, or before the title that introduces it ("Its Department of Foreign Affairs"
after "The Philippines holds the ASEAN chair"; "Its ambassador in Kathmandu, Laura Whitford"; "The agency's regional
representative, Marco Pellegrini"; "Its spokesman, Major General Aung Kyaw" or "Senior Col. Zhang Jianping", the rank
before the name): the actor is its owner's, not the story's home."""
ACRONYM_TITLE = re.compile(r"(?<![\w.])(?P<owner>[A-Z]{2,8})\s+(?:[a-z][\w-]*\s+){1,3}$")
"""An acronym the article defined, before the lowercase title of a name ("BNPB spokesman Agus Wibowo" after
"Indonesia's National Disaster Management Agency (BNPB)"): the name is that body's."""
OPENING = re.compile(r"(?P<owner>[^\s'’]+(?: [^\s'’]+){0,3})['’]s ")
"""A name of up to four words in the possessive at the start of a mention ("Fund's mission chief for Kenya")."""


def _owners(entities: list[Entity], text: str) -> dict[str, str]:
    """The country of every coded actor by the words that name it: its mentions, and the head its name is shortened
    to when no other actor's name ends with it ("Fund" for the International Monetary Fund)."""
    owners = {text[s:e]: entity.country for entity in entities if entity.country for s, e in entity.mentions}
    heads = [(shortened_to(entity.name), entity.country) for entity in entities
             if entity.country and entity.kind == "organisation" and shortened_to(entity.name)]
    named = Counter(head for head, _ in heads)
    owners.update({head: country for head, country in heads if named[head] == 1})
    return owners


def _owner(entity: Entity, text: str, owners: dict[str, str]) -> tuple[bool, str | None, bool]:
    """Whether a possessive owns a mention of ``entity`` (before it or its title, or opening it), the owner's
    country when the possessor is a coded actor ("the Fund's mission chief for Kenya": the IMF's; "the Taliban's
    spokesman": Afghanistan's; "the fund's" after the IMF too), and whether that country came from a possessive
    rather than a defined acronym before a title; "its", "their" and "the country's" are resolved by
    ``_pointed_owners``, or else by the quotes stage."""
    possessives = _possessives(entity, text)
    acronyms = [m for start, _ in entity.mentions if (m := ACRONYM_TITLE.search(text, max(0, start - 40), start))
                and m.group("owner") in owners]
    if (country := _owner_country(possessives, text, owners)) is not None:
        return True, country, True
    owning = [m for m in possessives if not _state_office(m.group("owner") or "")]
    return bool(owning or acronyms), _owner_country(acronyms, text, owners), False


def _state_office(owner: str) -> bool:
    """Whether a possessor is a state's own office that names no country ("the President's Office", "the
    ministry's"): it owns its staff for the state the story is about, not for some other body."""
    code = code_actor(owner)
    return code.sector in STATE_SECTORS and code.country is None and code.igo is None


def _owner_country(found: list[re.Match[str]], text: str, owners: dict[str, str]) -> str | None:
    """The country of the first coded actor the possessor matches name, a name of several words first ("the Pakistan
    Army's media wing, ISPR"; "South Sudan's minister" is not Sudan's)."""
    words = [name for m in found if m.group("owner") for name in owners
             if " " in name and re.search(rf"{re.escape(name)}['’]s\b", text[max(0, m.start() - len(name)) : m.end()])]
    words += [m.group("owner") for m in found if m.group("owner")]
    return next((owners[w] for w in words + [w.capitalize() for w in words] if w in owners), None)


def _own_words_country(entity: Entity, text: str) -> bool:
    """Whether an actor's own words give it a country (``code_actor`` of a mention without context). When they give
    none, a possessor ("the junta's leader", "the U.S. Navy's 5th Fleet") outranks a state its sentence names about
    someone else ("a Philippine diplomat", "Bahrain-based")."""
    return any(code_actor(text[s:e]).country for s, e in entity.mentions)


def _possessives(entity: Entity, text: str) -> list[re.Match[str]]:
    """The possessives owning a mention of ``entity``: before it or its title, or opening it."""
    return [m for start, end in entity.mentions for m in (_possessive(text, start), OPENING.match(text, start, end)) if m]


def _possessive(text: str, start: int) -> re.Match[str] | None:
    """The possessive (``OWNED``) before a mention starting at ``start``; none across a comma before a lowercase word
    ("on its side hours later, residents said": the residents are nobody's)."""
    match = OWNED.search(text, max(0, start - 60), start)
    return None if match is None or ("," in match.group() and text[start:start + 1].islower()) else match


def _pointed_owners(doc: Doc, entities: list[Entity], text: str) -> dict[str, str]:
    """Owners a possessive points back to, by actor id: a sentence-opening "Its"/"Their" is the subject of the
    sentence before when that is a coded organisation or state ("The U.N. Office for the Coordination of Humanitarian
    Affairs launched an appeal. Its head of office in Dar es Salaam, Lars Ekström, said": IGO, not Tanzanian); "the
    country's" is the last state named before ("in southern Tajikistan, the country's border guard service said"),
    "the city's" the last city (``PLACE_OWNERS``). The owner's country is the actor's, whatever its title's place
    says; an intergovernmental body has no owner."""
    spans = sorted((start, end, entity) for entity in entities for start, end in entity.mentions)
    found: dict[str, str] = {}
    # "Its representative in Lebanon" owns no Lebanon; "the country's new International Monetary Fund program" is
    # the IMF's program, and no state's possessive makes an intergovernmental body national
    for entity in (e for e in entities if e.kind != "state" and e.igo is None):
        for start, _ in entity.mentions:  # the first mention after a possessive decides
            match = _possessive(text, start)
            if match is None:
                continue
            if (sources := PLACE_OWNERS.get((match.group("owner") or "").lower())) is not None:
                named = _last_place(text[max(0, match.start() - 300) : match.start()], sources)
                if named is not None:
                    found[entity.id] = named
            elif (match.group("owner") or "").lower() in GROUP_NOUNS:
                bodies = [e for s, _, e in spans if match.start() - 300 <= s < match.start()
                          and e.kind == "organisation" and e.country]
                if bodies:  # "Reporters Without Borders called … the group's Turkey representative": the NGO's
                    found[entity.id] = bodies[-1].country
            elif match.group("owner") is None and match.group()[:1].isupper():
                owner = _previous_subject(doc, match.start(), spans)
                if owner is not None:
                    found[entity.id] = owner
            break
    return found


PLACE_OWNERS = {"country": ("country",), "nation": ("country",), "city": ("city", "capital"), "capital": ("capital",)}
"""Possessor nouns that point back to the last place of a kind named ("the country's border guard service", "the
city's Emergency Medicine Centre" after Tripoli), by the knowledge base's sources for that kind."""


def _last_place(before: str, sources: tuple[str, ...] = ("country",)) -> str | None:
    """The country of the last place of ``sources`` named in ``before`` ("… in southern Tajikistan, the country's")."""
    return next((term.country for _, _, term in reversed(scan(tokenize(before))) if term.source in sources), None)


GROUP_NOUNS = frozenset({"group", "organisation", "organization", "agency", "movement", "militia", "watchdog",
                         "charity", "association", "alliance", "coalition", "company", "firm", "network", "union",
                         "league", "federation", "confederation", "syndicate", "foundation", "institute"})
"""Nouns that, after "the" alone, point back to the last body named: "the group's representative", "The group
said" after Greenpeace."""


def _previous_subject(doc: Doc, start: int, spans: list[tuple[int, int, Entity]]) -> str | None:
    """The country of the coded organisation or state that is the subject of the sentence before the one opening at
    ``start``, or else the source that sentence is told according to; None if neither."""
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    if opening is None or opening[0].i != opening[0].sent.start or opening[0].sent.start == 0:
        return None
    before = doc[opening[0].sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == before.root.i),
                   before.root if before.root.pos_ in ("PROPN", "NOUN") else None)  # a parse that made it the root
    told = next((c for t in before if t.lower_ == "according" and t.i + 1 < before.end and doc[t.i + 1].lower_ == "to"
                 for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)  # "…, according to the command. Its …"
    for token in (subject, told):
        owner = next((e for s, end, e in spans if token is not None and s <= token.idx < end), None)
        if owner is not None and owner.kind in ("organisation", "state"):
            return owner.country
    return None


STAFFED = frozenset({"ministry", "agency", "army", "police", "commission", "company", "party", "embassy", "bank",
                     "fund", "union", "court", "council", "government", "office", "department"})
"""Bodies a title can point back to by their bare noun ("ministry spokesman Arvind Kulkarni" after "India's External
Affairs Ministry summoned …")."""


def _body_staff(entities: list[Entity]) -> list[Entity]:
    """A person whose title opens with a body's bare lowercase noun ("ministry spokesman", "agency official") is of the
    last coded organisation named before with that noun ending its name, and one whose office ends "at the company" of
    the last coded company named before, whatever country the sentence names (the title names none)."""
    placed = []
    for entity in entities:
        noun = (entity.title or "").split(" ", 1)[0]
        firm = COMPANY_STAFF.search(entity.affiliation or entity.title or "")  # "head of research at the company"
        if entity.kind == "person" and (noun in STAFFED or firm) and code_actor(entity.title or "").country is None:
            first = min(s for s, _ in entity.mentions)
            named = (lambda e: e.sector == "BUS") if firm else (lambda e: e.name.rsplit(" ", 1)[-1].lower() == noun)
            if (country := body_before(entities, first, named)) is not None:
                entity = entity.model_copy(update={"country": country})
        placed.append(entity)
    return placed


def _own_acronym(entity: Entity) -> Entity:
    """An organisation the article spells out and abbreviates with an acronym the table gives to another body ("the
    opposition Party of Democratic Progress (PDP)" is not Nigeria's Peoples Democratic Party): coded by its spelled
    name alone, so the table's country for the acronym does not stick."""
    if entity.kind != "organisation":
        return entity
    names = [entity.name, *entity.aliases]
    spelled = max((n for n in names if not n.isupper()), key=len, default=None)
    for acronym in (n for n in names if n.isupper() and n.isalpha()):
        term = lexicon().get(phrase_key(acronym))
        if spelled and term is not None and term.country == entity.country and term.name \
                and phrase_key(term.name) not in phrase_key(spelled):
            return entity.model_copy(update={"country": code_actor(spelled).country})
    return entity


SHARED_NAMES = {"congo": frozenset({"COD", "COG"}), "congolese": frozenset({"COD", "COG"})}
"""Names and nationality adjectives two states share, which the table gives to one of them ("Congolese" is the DR
Congo's there): in a story filed from the other, they are the other's."""


def _shared_name(entity: Entity, text: str, home: str | None) -> Entity:
    """An actor coded by a name two states share (``SHARED_NAMES``) is of the state the story is filed from, when it is
    the other one and the actor's words name it no other way: "Defence Minister Rodrigue Ekamba told state broadcaster
    Tele Congo" and "the Congolese Observatory for Human Rights" in a story from Brazzaville are the Republic of Congo's."""
    if home is None or entity.country in (home, None) or not entity.mentions \
            or not any(home in states and entity.country in states for states in SHARED_NAMES.values()):
        return entity  # most actors: no shared name can be at stake
    words = {w for s, e in entity.mentions for w in re.findall(r"[a-z]+", text[s:e].lower())} | \
        {w for w in re.findall(r"[a-z]+", f"{entity.name} {entity.title or ''}".lower())}
    named = any(w in SHARED_NAMES for w in words) or not _own_words_country(entity, text)  # or by its sentence
    return entity.model_copy(update={"country": home}) if named and "democratic" not in words else entity


AMERICAN_PARTIES = re.compile(r"\b(?:democratic|republican) party\b", re.I)
"""Party names the table gives the United States that parties of many states bear (Albania's and Montenegro's
Democratic Party, Democratic Party of Socialists)."""


def _home_party(entity: Entity, text: str, home: str | None) -> Entity:
    """An actor the table made American by a party's name alone (the party, its spokesman, its supporters) is the
    home state's in a home story of another state, unless its words name a state ("the U.S. Democratic Party")."""
    words = f"{entity.name} {entity.title or ''}"
    if home is None or entity.country != "USA" or home == "USA" or not AMERICAN_PARTIES.search(words):
        return entity
    if code_actor(AMERICAN_PARTIES.sub(" ", words)).country \
            or any(code_actor(AMERICAN_PARTIES.sub(" ", text[s:e])).country for s, e in entity.mentions):
        return entity
    return entity.model_copy(update={"country": home})


def _acronym_staff(entities: list[Entity]) -> list[Entity]:
    """A person whose title is an acronym and an office ("PDP leader") is of the organisation the article named by
    that acronym before, whatever body of that acronym the table knows: Bosnia's PDP is not Nigeria's."""
    placed = []
    for entity in entities:
        body = (entity.title or "").rsplit(" ", 1)[0] if entity.kind == "person" else ""
        if body.isupper() and body.isalpha() and body != entity.title:
            first = min(s for s, _ in entity.mentions)
            if (country := body_before(entities, first, lambda e: body in (e.name, *e.aliases))) is not None:
                entity = entity.model_copy(update={"country": country})
        placed.append(entity)
    return placed


def body_before(entities: list[Entity], at: int, named: Callable[[Entity], bool]) -> str | None:
    """The country of the last coded organisation ``named`` picks out whose first mention comes before ``at``: the
    body a title names by its bare noun ("ministry spokesman", "a commission spokeswoman")."""
    bodies = [(min(s for s, _ in e.mentions), e.country) for e in entities
              if e.kind == "organisation" and e.country and named(e)]
    before = [body for body in bodies if body[0] < at]
    return max(before)[1] if before else None


COMPANY_STAFF = re.compile(r"\b(?:at|of|for) the (?:company|firm)$")
"""A title that places its holder in a company named before ("head of threat research at the company")."""


PARTY_STATE = re.compile(r"\s*\((?:R|D|I)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)")
"""The party and state after a U.S. legislator's name: "(R-Ky.)", "(D-N.J.)", "(I-Vt.)"."""


def party_tagged(entity: Entity, text: str) -> Entity:
    """A person named with a party-and-state tag ("Mitch McConnell (R-Ky.)") is a U.S. legislator: USA, and LEG when
    nothing else gives a sector."""
    if entity.kind != "person" or entity.country is not None \
            or not any(PARTY_STATE.match(text, end) for _, end in entity.mentions):
        return entity
    return entity.model_copy(update={"country": "USA", "sector": entity.sector or "LEG"})


LOCAL_OFFICES = ("mayor", "governor", "gov", "lieutenant governor", "lt gov", "senator", "sen", "rep",
                 "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman", "assemblymember",
                 "councilman", "councilwoman", "councilmember", "council member", "councillor", "councilor", "alderman",
                 "sheriff", "police chief", "fire chief", "majority leader", "minority leader", "state senator")
"""Offices held where a story is filed: a mayor, governor or legislator named with no country is the dateline's."""
_OFFICE = re.compile(r"\b(?:" + "|".join(re.escape(o) for o in LOCAL_OFFICES) + r")\b")


def dateline_country(doc: Doc) -> str | None:
    """The country of the place the article was filed from (``WASHINGTON —``, ``KIEL, Germany —``), if it codes: the
    region a dateline names first ("KINGSTON, Jamaica" is Jamaica's, not Norfolk Island's Kingston; "Austin, Texas"),
    then the place itself, then the gazetteer's town of that name."""
    place = getattr(doc._.dateline, "place", None) or ""
    names = [*reversed([part.strip() for part in place.split(",")[1:]]), place]
    coded = next((country for name in names if name and (country := code_actor(name).country)), None)
    return coded or (_gazetteer_country(place.split(",")[0].strip()) if place else None)


def _gazetteer_country(name: str) -> str | None:
    """The country of a dateline town the actor tables do not know ("MAE SOT:", "BATKEN, June 3"): the gazetteer's
    main entry of that name."""
    from newsgraph.places.gazetteer import lookup  # a data lookup, not the places stage, which runs later

    try:
        entry = lookup(name)
    except Exception:  # the gazetteer is optional here, as in the events' dateline place
        return None
    return entry.country if entry is not None and entry.primary else None


def localise(entity: Entity, country: str | None, domestic: bool = False, involved: bool = False) -> Entity:
    """An actor with no country of their own takes the country the story was filed from, as a reader does: a person
    with a local or legislative office always ("Mayor Karen Bass", "Senate Majority Leader Chuck Schumer"); one with
    a national office no country qualifies ("Environment Minister Esteban Arias" in a SAN JOSE story mostly about
    Nicaragua) when the story names that country as an actor at all (``involved``: wire style qualifies a foreign
    official, "Nicaraguan Foreign Minister ..."); in a story about that country (``domestic``), also any actor with a
    title or a sector ("police", "protesters") and any person named with no country ("Teresa Giménez, 54, who runs a
    grocery store"), unless its name says it is foreign ("a Western diplomat", "the envoy")."""
    if country is None or entity.country is not None or entity.kind == "state":
        return entity
    title = " ".join((entity.title or "").lower().replace(".", " ").split())
    if entity.kind == "person" and title and (_OFFICE.search(title) or (involved and _national_office(entity))):
        return entity.model_copy(update={"country": country})
    if not domestic or not (entity.title or entity.sector or _named_person(entity)) \
            or abroad(f"{entity.name} {entity.title or ''}"):
        return entity
    return entity.model_copy(update={"country": country})


def _national_office(entity: Entity) -> bool:
    """A government, legislative or judicial title that names no country or body of its own ("Deputy Foreign Minister",
    "Magistrate", "lawmaker"; not "PIF Secretary General", whose acronym names a body), held by someone not called
    foreign."""
    code = code_actor(entity.title or "")
    return (code.kind == "person" and code.sector in STATE_SECTORS and code.country is None
            and code.igo is None and not ACRONYM.search(entity.title or "")
            and not abroad(f"{entity.name} {entity.title}"))


ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
"""A body's acronym inside a title."""
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
"""PLOVER sectors of a state's own offices: government, legislature, judiciary, armed forces, police, intelligence."""


def _named_person(entity: Entity) -> bool:
    """A person named by a proper name ("Teresa Giménez"), not by a description ("CAF spokeswoman")."""
    return entity.kind == "person" and all(word[:1].isupper() for word in entity.name.split())


def abroad(phrase: str) -> bool:
    """Whether a phrase calls its actor foreign or names an envoy: never placed where the story is filed."""
    words = tokenize(phrase)
    return foreign(words) or any(t.key in ENVOYS for t in words)


ENVOYS = coding.ENVOYS | {"consuls", "consulates", "mediator", "mediators"}
"""Roles mostly held by foreigners where a story is filed: who represents a state abroad (``coding.ENVOYS``: an unnamed
diplomat in a Nairobi story is not Kenyan), consuls and mediators."""


HOME = "newsgraph_home"
"""``doc.user_data`` key of the story's home country, as this component decided it."""


def home_country(doc: Doc) -> str | None:
    """The dateline's country when the story is about it (a home story, ``_state_mentions``), or for a story with no
    dated place the state it is mostly about (``_main_country``), else None, as the component decided it for this
    doc. Later stages place with it an actor that only a sector names ("the opposition" in a LUSAKA story about
    Zambia); without the component, nothing is placed."""
    return doc.user_data.get(HOME)


def home_placed(doc: Doc, phrase: str) -> str | None:
    """The story's home country (``home_country``) for an actor a phrase names only by its sector ("the police",
    "the opposition", "a senior finance ministry official"); None when the phrase calls it foreign or an envoy, as
    ``localise`` decides for the actors it codes."""
    country = home_country(doc)
    return None if country is None or abroad(phrase) else country


def _state_counts(entities: list[Entity]) -> Counter[str]:
    """Mentions of each state's actors (IGOs and NGOs aside)."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.country is not None and entity.country.isalpha() and entity.country not in ("IGO", "NGO"):
            counts[entity.country] += len(entity.mentions)
    return counts


def _main_country(counts: Counter[str], doc: Doc) -> str | None:
    """The state a story without a dateline is about (a newspaper's or broadcaster's story, "By Jane Doe"), as a
    reader takes a Bishkek court story's unnamed "prosecutors" for Kyrgyz: the one whose actors hold more than two
    thirds of the state-coded mentions (at least three) when the story also names its places most. A story shared
    between two states, a snippet naming one state once, or actors a shared name misplaced (Albania's "Democratic
    Party" in a Tirana story) give none. The places alone decide nothing: a story about a row names the other side's
    places as much as its own, and its own officials go unmarked ("Foreign Minister Kristjan Mägi" beside "Russian
    border guards"), so neither count alone says whose story it is."""
    if not counts:
        return None
    actors, n = counts.most_common(1)[0]
    if n < 3 or 3 * n <= 2 * sum(counts.values()):
        return None
    places = Counter(code.country for ent in doc.ents if ent.label_ in ("GPE", "LOC")
                     and (code := code_actor(ent.text)).country is not None)
    return actors if places and places.most_common(1)[0][0] == actors else None


def _state_mentions(counts: Counter[str], country: str | None) -> tuple[int, int]:
    """Mentions of ``country``'s actors, and of every actor coded to a state (``_state_counts``). A story is about
    the country it was filed from (a home story) when the first is at least a quarter of the second, so "GENEVA —"
    over Sudan's talks is not Swiss but "CHISINAU, Moldova —" over Moldova expelling Russian diplomats is Moldovan, and
    so is "ULAANBAATAR —" over a deal with a much-named China (more than half until 2026-11-27, a third until
    2026-11-28: on 28 hand-coded review stories a quarter placed 5 more speakers right and none wrong, and any share
    placed 2 more wrong)."""
    return (counts[country] if country else 0), sum(counts.values())


def identify(entity: Entity, published: str | None) -> Entity:
    """Name and code a titled lone surname no table names alone by the holder of that office ("President Clinton"
    in 2000 is Bill Clinton, USA), rather than by the sentence's country; unchanged when none or several fit."""
    if entity.kind != "person" or not entity.title or " " in entity.name.strip():
        return entity
    known = lexicon().get(phrase_key(entity.name))
    if known is not None and known.source == "leader":
        return entity
    holder = office_holder(entity.name, entity.title, str(published)[:10] if published else None)
    if holder is None:
        return entity
    aliases = entity.aliases if entity.name in entity.aliases else [*entity.aliases, entity.name]
    return entity.model_copy(update={"name": holder.name, "aliases": aliases, "country": holder.country,
                                     "sector": holder.sector, "igo": holder.igo})


def retire(entity: Entity, published: str | None) -> Entity:
    """Date a known office holder's sector by the article: after their terms a former official (PLOVER ELI); before
    their first one, only what their title says ("Sen. Marco Rubio" in 2016 is LEG, "Donald Trump" in 2016 not GOV)."""
    term = lexicon().get(phrase_key(entity.name)) if entity.kind == "person" and published else None
    if term is None or term.source != "leader" or not term.terms:
        return entity
    date = str(published)[:10]
    if any(since <= date and (until is None or date <= until) for since, until in term.terms):
        return entity
    if date < min(since for since, _ in term.terms):
        return entity.model_copy(update={"sector": code_actor(entity.title).sector if entity.title else None})
    return entity.model_copy(update={"sector": "ELI"}) if entity.sector in ("GOV", "MIL", "LEG") else entity


@Language.factory("newsgraph_actors", default_config={"enabled": True}, requires=["doc.ents"],
                  assigns=["doc._.entities"])
def make_actors(nlp: Language, name: str, enabled: bool) -> ActorComponent:
    """spaCy factory: ``nlp.add_pipe("newsgraph_actors")`` after a pipeline with a parser and NER."""
    return ActorComponent(enabled)
