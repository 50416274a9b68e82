"""Merge actor mentions within one document into ``record.Entity`` actors.

People: full names and known aliases first, then a bare surname joins the nearest person bearing it
(so two people sharing a surname stay two actors), then "the defense secretary" joins the person whose
office it fits (never "the envoy" to a president because both are the sentence's country's).
Organisations, states and groups merge by canonical name or by code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from newsgraph.actors.knowledge import fold, lexicon, phrase_key
from newsgraph.actors.coding import HONORIFICS, ActorCode
from newsgraph.actors.mentions import Mention
from newsgraph.record import Entity

Cluster = list[Mention]

POSSESSOR = re.compile(r"^.*['’]s\s+")
"""A possessor before a title ("Kenya's foreign minister"): the title is what follows it."""

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""Generational suffixes that may follow a surname."""
APPOSITION_GAP = 2
"""At most this many characters (", ") between a title and the name it introduces."""


def merge_mentions(mentions: list[Mention]) -> list[Entity]:
    """Group ``mentions`` (in text order) into actors numbered E1.. by first mention."""
    surnames = {form for m in mentions if m.label == "PERSON" and len(m.tokens) > 1
                for form in (fold(_word(m.tokens, -1)), ARTICLE.sub("", fold(_word(m.tokens, -1))))}
    surnames |= {fold(_word(m.tokens, -2)) for m in mentions if m.label == "PERSON" and len(m.tokens) > 2}  # Spanish
    _namesakes(mentions)
    people = [m for m in mentions if m.form == "name" and (m.label == "PERSON" or m.code.kind == "person"
                                                           or _lone_surname(m, surnames))]
    clusters = _people(people)
    titles = [m for m in mentions if m.form != "name" and m.code.kind == "person" and _apposed(m, clusters)]
    nominals = [m for m in mentions if m.form == "nominal" and m not in titles]
    placed = {id(m) for m in people + nominals + titles}
    others = [m for m in mentions if id(m) not in placed]
    leftovers = [m for m in nominals if not _attach_nominal(m, clusters)]
    heads = _bare_heads(leftovers, others)
    leftovers = [m for m in leftovers if id(m) not in heads]
    clusters.extend(_by_key(others + [m for m in leftovers if m.code.country]))
    for m, name in heads.values():  # the name's cluster; none when the name itself was dropped, and so is its head
        for cluster in (c for c in clusters if any(x is name for x in c)):
            cluster.append(m)
    unjoined = _repeated([m for m in leftovers if not m.code.country], clusters)
    _government(clusters, [m for m in unjoined if m.head in BODIES])
    _described_names(clusters)
    _short_names(clusters)
    clusters.sort(key=lambda c: min(m.start for m in c))
    return [_entity(f"E{i}", cluster) for i, cluster in enumerate(clusters, 1)]


def _described_names(clusters: list[Cluster]) -> None:
    """Join an organisation described right before its name to that name ("Iran's state news agency, IRNA"): a
    phrase ending in a common noun, then at most a comma and a space. Two names in a row ("Apple, Google") are a
    list, not a description."""
    for described in list(clusters):
        if not any(c is described for c in clusters):
            continue  # already joined to a name
        names = [n for c in clusters if c is not described for n in c
                 if n.form == "name" and n.code.kind == "organisation"]
        target = next((c for m in described if m.code.kind == "organisation" and m.text.split()[-1].islower()
                       for n in names if 0 < n.first - m.end <= APPOSITION_GAP for c in clusters if n in c), None)
        if target is not None:
            target.extend(described)
            clusters.remove(described)


SHORT_HEADS = frozenset({
    "Fund", "Bank", "Commission", "Council", "Party", "Foundation", "Agency", "Authority", "Organisation",
    "Organization", "Union", "Court", "Assembly", "Front", "Movement", "Alliance", "Institute", "Corporation", "Company",
    "Ministry", "Department", "Board", "Committee", "Tribunal", "Programme", "Program", "Mission", "Forum", "League",
    "Association", "Federation", "Congress", "Senate", "Parliament", "Post", "Times", "Journal"})
"""Capitalised heads news copy shortens an organisation's name to ("the Fund", "the Party", "the Post"); not "House"
or "State", which as often name another body ("the House" after "the White House")."""


def shortened_to(name: str) -> str | None:
    """The head a multi-word organisation name is shortened to in later mentions ("Fund" for "International Monetary
    Fund"), or None."""
    head = name.rsplit(" ", 1)[-1]
    return head if head != name and head in SHORT_HEADS else None


def _short_names(clusters: list[Cluster]) -> None:
    """Join a one-word organisation name to the one organisation named before whose name it ends ("the Fund" after
    "the International Monetary Fund", "the Party" after "the Communist Party"): news copy shortens a long name to
    its capitalised head. With two such names ("the World Bank", "the Asian Development Bank") it stays apart."""
    for short in [c for c in clusters if all(" " not in m.text and m.text[:1].isupper() for m in c)]:
        word, first = short[0].text, min(m.start for m in short)
        if word not in SHORT_HEADS or short[0].canonical is not None:
            continue
        longer = [c for c in clusters if c is not short and any(  # a name, or one the chunker read as a nominal
            m.text[:1].isupper() and shortened_to(m.text) == word and m.start < first for m in c)]
        if len(longer) == 1:
            longer[0].extend(short)
            clusters.remove(short)


def _bare_heads(nominals: list[Mention], names: list[Mention]) -> dict[int, tuple[Mention, Mention]]:
    """A bare head ("the fund", "the Fund", "the bank") with the one organisation name before it that ends with it, as
    news copy shortens "the International Monetary Fund" (whatever country the nominal's sentence names), by the
    nominal's id; with two such names, none."""
    found = {}
    for m in nominals:
        word = m.text.capitalize()
        longer = {x.text: x for x in names + nominals if " " not in m.text and word in SHORT_HEADS
                  and x.text[:1].isupper() and shortened_to(x.text) == word and x.start < m.start}
        if len(longer) == 1:
            found[id(m)] = (m, next(iter(longer.values())))
    return found


def _namesakes(mentions: list[Mention]) -> None:
    """A lone state or town name that is the surname of a person named before it ("Montenegro said" after "the chief
    negotiator, Lucía Montenegro"; "Ibarra" after "Economy Minister Santiago Ibarra") is that person, recoded as one:
    news copy shortens a name to the surname."""
    named: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.tokens) > 1:
            named.setdefault(fold(_word(m.tokens, -1)), m.start)
    for m in mentions:
        place = m.code.kind == "state" or m.code.kind is None and m.code.country is not None  # "Ibarra", a town
        if m.form == "name" and " " not in m.text and place and named.get(fold(m.text), m.start) < m.start:
            m.code, m.canonical, m.label = ActorCode(kind="person"), None, "PERSON"


def _lone_surname(m: Mention, surnames: set[str]) -> bool:
    """An uncoded one-word name that is a named person's surname ("Springsteen" tagged ORG) is that person."""
    return " " not in m.text and m.code.country is None and m.canonical is None and fold(m.text) in surnames


def _people(people: list[Mention]) -> list[Cluster]:
    """Cluster named people: multi-word names by canonical or folded name, then lone surnames."""
    clusters: dict[str, Cluster] = {}
    for m in people:
        if len(m.tokens) > 1:
            clusters.setdefault(m.canonical or fold(m.name), []).append(m)
    _compound_surnames(clusters)
    for m in people:
        if len(m.tokens) > 1:
            continue
        # "Almonte" is Rafael Almonte Peña: the first of two Spanish surnames names its bearer alone
        bearers = _bearers(m, clusters.values(), -1) or _bearers(m, clusters.values(), -2)
        if not bearers and (m.title or "").rstrip(".").lower() in HONORIFICS:
            bearers = _bearers(m, clusters.values(), 0)  # "Mr. Ban" is Ban Ki-moon: family name first
        elif not bearers and len(given := _bearers(m, clusters.values(), 0)) == 1:
            bearers = given  # "Hillary" is Hillary Clinton when she is the only Hillary named
        if bearers:
            person = _nearest(m, _fitting(m, bearers))
            if m.canonical and all(x.canonical != m.canonical for x in person):
                m.code, m.canonical = ActorCode(kind="person"), None  # this "Trump" is Eric Trump, not the president
            person.append(m)
        else:
            clusters.setdefault(m.canonical or fold(m.name), []).append(m)
    return list(clusters.values())


def _compound_surnames(clusters: dict[str, Cluster]) -> None:
    """A multi-word name equal to the last words of one other person's longer name joins that person ("Vargas Llosa"
    is "Mario Vargas Llosa"), and so does one equal to its first words, as Malay and Indonesian names are shortened
    ("Ahmad Faizal" for Ahmad Faizal Rahman); with two such people, or a known person of another name, it stays apart."""
    for key in list(clusters):
        short = [fold(w) for w in clusters[key][0].tokens]
        fuller = [k for k, c in clusters.items() if k != key and any(
            len(x.tokens) > len(short) and short in ([fold(w) for w in x.tokens[-len(short):]],
                                                     [fold(w) for w in x.tokens[:len(short)]]) for x in c)]
        canonical = clusters[key][0].canonical
        if len(fuller) == 1 and (canonical is None or any(x.canonical == canonical for x in clusters[fuller[0]])):
            clusters[fuller[0]].extend(clusters.pop(key))


def _fitting(m: Mention, bearers: list[Cluster]) -> list[Cluster]:
    """The bearers of ``m``'s surname whose office fits the title given with it ("Clinton, the former secretary of
    state" is Hillary, not Bill), else all of them; before any bearer is named, the known office holder's."""
    if not any(x.start < m.start for c in bearers for x in c) and m.canonical:
        return [c for c in bearers if any(x.canonical == m.canonical for x in c)] or bearers  # a headline's "Trump"
    if not m.title:
        return bearers
    head, before = _office(f"{m.title} of {m.affiliation}" if m.affiliation else m.title)
    before = [w for w in before if w not in ("former", "ex")]  # a former secretary held the secretary's office
    return [c for c in bearers if any(_fits(head, before, t) for t in _titles(c))] or bearers


def _bearers(m: Mention, clusters, position: int) -> list[Cluster]:
    """Clusters with a multi-word name whose word at ``position`` (-1: surname; -2: the first of two surnames, in names
    of three words or more) is ``m``'s one-word name."""
    name = fold(m.name)
    return [c for c in clusters if any(name in (word := fold(_word(x.tokens, position)), ARTICLE.sub("", word))
                                       for x in c if len(x.tokens) > (2 if position == -2 else 1))]


ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ud|ul)-(?=\w{3})")
"""The Arabic article joined to a family name, which a later mention may drop ("Maskari" for Khalid al-Maskari)."""


def _word(tokens: list[str], position: int) -> str:
    """The name word at ``position`` (0: given name, -1: surname), the surname read before a generational suffix
    ("Lloyd J. Austin III", "Martin Luther King, Jr.")."""
    if position == -1:
        words = [t for t in tokens if t != ","]
        while len(words) > 2 and words[-1].lower() in _SUFFIXES:
            words.pop()
        return words[-1]
    return tokens[position]


def _nearest(m: Mention, clusters: list[Cluster]) -> Cluster:
    """The cluster mentioned closest before ``m``, else the first mentioned after it."""
    def distance(cluster: Cluster) -> tuple[int, int]:
        before = [m.start - x.start for x in cluster if x.start < m.start]
        return (0, min(before)) if before else (1, min(x.start for x in cluster))
    return min(clusters, key=distance)


def _apposed(m: Mention, clusters: list[Cluster]) -> bool:
    """Join a title to the name right after it ("Ghana's president, John Mahama", "Qatar's emir, Sheikh Hamad") or
    within the apposition after a name ("Clinton, the former secretary of state") and say whether it did."""
    for cluster in clusters:
        if any(x.form == "name" and (0 < x.first - m.end <= APPOSITION_GAP or x.end < m.start < m.end <= x.tail)
               for x in cluster):
            cluster.append(m)
            return True
    return False


ROLE_SYNONYMS = {"ambassador": "envoy", "emissary": "envoy", "spokeswoman": "spokesman", "spokesperson": "spokesman",
                 "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "defence": "defense",
                 "sen": "senator", "rep": "representative", "gov": "governor", "congressman": "representative",
                 "congresswoman": "representative"}
ROLE_PHRASES = (("prime minister", "premier"), ("secretary general", "secretary-general"),
                ("secretary of state", "secretary-of-state"))
"""Words and phrases that name the same office ("the ambassador" is the envoy; "the premier" the prime minister)."""

COUNTERPART = "counterpart"
"""A title that holds whatever office another person holds: a nominal of a cabinet office fits it."""
COUNTERPART_OFFICES = frozenset({"minister", "secretary", "premier", "president", "chancellor"})
"""Offices one has counterparts in: "his German counterpart" may be "the German minister", not "the ambassador"."""
GENERIC_HEADS = frozenset({"head", "chief", "leader", "chair", "official", "boss"})
"""Heads that fit any office: "the head of NATO's military committee" joins the one person with its code."""

RANK_WORDS = frozenset({"vice", "deputy", "assistant", "under", "lieutenant", "crown", "former", "ex"})
"""Words before a title that make it another office: the vice president is not the president."""

PORTFOLIOS = frozenset({"foreign", "defense", "interior", "finance", "justice", "health", "education", "trade", "energy",
                        "economy", "economic", "agriculture", "home", "treasury", "labor", "labour", "environment",
                        "transport", "information", "security", "intelligence", "oil", "commerce", "culture",
                        "presidential", "party"})
"""Portfolio words: "the foreign minister" fits no person whose title lacks "foreign"; "the party's presidential
nominee" is not the nominee for the Supreme Court."""

OFFICE_ENDS = (" of ", " in ", " from ", " at ", " for ", " to ", " with ", ",")


def _role_words(text: str) -> list[str]:
    """The words of a title, folded, with synonyms mapped to one office ("Prime Minister" -> ["premier"])."""
    text = fold(text).replace("'s", " ").replace("’s", " ")
    for phrase, word in ROLE_PHRASES:
        text = text.replace(phrase, word)
    return [ROLE_SYNONYMS.get(w, w) for w in text.replace(".", "").replace(",", " ").split()]


@lru_cache(maxsize=8192)
def _office(text: str) -> tuple[str, tuple[str, ...]]:
    """A nominal's office: its head word and the words before it ("the defense secretary" -> secretary, (the, defense));
    cached, as each nominal's office is compared with every earlier nominal's."""
    text = fold(text)
    for phrase, word in ROLE_PHRASES:
        text = text.replace(phrase, word)  # "the secretary of state" before cutting at "of"
    for end in OFFICE_ENDS:
        text = text.split(end)[0]
    words = _role_words(text)
    return (words[-1], tuple(words[:-1])) if words else ("", ())


def _fits(head: str, before: Sequence[str], title: str) -> bool:
    """True when ``title`` ("U.S. Secretary of Defense") can be the office of a nominal with ``head`` and the
    words ``before`` it: same head word, same rank words (vice, deputy), and every portfolio word named."""
    words = _role_words(title)
    if words and words[-1] == COUNTERPART:  # "his German counterpart Thomas Brandt" holds the office "the German
        return head in COUNTERPART_OFFICES and not any(w in RANK_WORDS for w in before)  # minister" names
    if head not in words:
        return False
    at = words.index(head)
    ranks = {w for w in words[max(0, at - 2) : at] if w in RANK_WORDS}
    return ranks == {w for w in before if w in RANK_WORDS} and all(w in words for w in before if w in PORTFOLIOS)


def _titles(cluster: Cluster) -> list[str]:
    """Every office text known for a person: titles, apposed titles and a known office holder's office."""
    texts = [x.title for x in cluster if x.title] + [x.text for x in cluster if x.form != "name"]
    offices = {_office_of(x.name) for x in cluster if x.form == "name"}
    return texts + [office for office in offices if office]


@lru_cache(maxsize=8192)
def _office_of(name: str) -> str | None:
    """The office of a known office holder named ``name``, else None (cached: names repeat in an article)."""
    term = lexicon().get(phrase_key(name))
    return term.office if term is not None and term.source == "leader" else None


NAMED_OWNER = re.compile(r"\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s")
"""A capitalised name in the possessive inside a nominal: "the AAKG's spokesman"."""


def _named_owner(text: str) -> str | None:
    """The folded name a nominal's office belongs to when a proper name owns it ("the AAKG's spokesman": aakg),
    else None."""
    found = NAMED_OWNER.search(text)
    return fold(found[1]) if found and found[1].lower() != "the" else None


def _attach_nominal(m: Mention, clusters: list[Cluster]) -> bool:
    """Join "the defense secretary" to the nearest person whose office it fits; a generic head ("the head of
    NATO's military committee") joins the one titled person with its country and sector. "The envoy" never joins
    a president, whatever the sentence's country."""
    if m.code.kind != "person":
        return False
    head, before = _office(m.text)

    owner = _named_owner(m.text) if m.code.country is None else None

    def compatible(c: Cluster) -> bool:  # a person no country is known for may be the nominal's
        if owner is not None and not any(owner in fold(t) for t in _titles(c)):
            return False  # "the AAKG's spokesman" is not "Government spokeswoman Clarisse Ngaikoisset"
        return m.code.country is None or any(x.code.country == m.code.country for x in c) \
            or all(x.code.country is None for x in c)
    titled = [c for c in clusters if compatible(c) and any(_fits(head, before, t) for t in _titles(c))]
    placed = [c for c in titled if m.code.country and any(x.code.country == m.code.country for x in c)]
    titled = placed or titled  # "Italy's interior minister" is Italian Interior Minister Giorgio Ferrante, however near
    coded = [c for c in clusters if head in GENERIC_HEADS and m.code.country and m.code.sector and
             any((x.code.country, x.code.sector) == (m.code.country, m.code.sector) for x in c)]
    if titled:
        _nearest(m, titled).append(m)
    elif len(coded) == 1:
        coded[0].append(m)
    return bool(titled) or len(coded) == 1


def _repeated(nominals: list[Mention], clusters: list[Cluster]) -> list[Mention]:
    """Join an uncoded nominal to the one earlier nominal actor with the same office ("the envoy" ... "The envoy
    said") and return those that join none (dropped unless another rule places them: an uncoded, unnamed "the
    minister" tells an analyst nothing)."""
    unjoined = []
    for m in nominals:
        office = _office(m.text)[0]
        earlier = [c for c in clusters if any(x.form == "nominal" and x.start < m.start and _office(x.text)[0] == office
                                              for x in c)]
        if len(earlier) == 1:
            earlier[0].append(m)
        else:
            unjoined.append(m)
    return unjoined


BODIES = frozenset({"administration", "government"})
"""Head nouns of a state's executive as a body ("the Biden administration", "Britain's government")."""


def _government(clusters: list[Cluster], loose: list[Mention]) -> None:
    """Give "the administration", "the government" or "administration officials" with no country of their own the
    country of the one administration or government named before them ("the Biden administration"); a bare body of the
    same head is that body and joins it. With none or several named, nothing is guessed and a loose body is dropped."""
    def body(m: Mention) -> bool:
        return m.code.sector == "GOV" and bool(BODIES & set(_role_words(m.text)))
    uncoded = [c for c in clusters if any(body(x) for x in c) and not any(x.code.country for x in c)]
    for group in uncoded + [[m] for m in loose]:
        first = min(x.start for x in group)
        named = [c for c in clusters if c is not group and any(
            x.start < first and x.code.country and x.code.sector == "GOV" and x.head in BODIES for x in c)]
        if len(named) != 1:
            continue
        heads = {x.head for x in named[0] if x.code.country and x.head in BODIES}
        if all(x.form == "nominal" and x.head in heads and _role_words(x.text) == [x.head] for x in group):
            named[0].extend(group)  # "the administration" is the Biden administration
            if group in uncoded:
                clusters.remove(group)
            continue
        country = next(x.code.country for x in named[0] if x.code.country)
        for x in group:
            x.code = replace(x.code, country=country)
        if group not in uncoded:
            clusters.append(group)


def _key(m: Mention) -> str:
    """Merge key of a non-person mention: canonical name, a state's code, a group's code and head, or its text."""
    code = m.code
    if m.canonical:
        return m.canonical
    if m.form in ("group", "nominal"):
        return f"{m.form}:{code.country}:{code.igo}:{code.sector}:{m.head}"
    if code.kind == "state" and code.country:
        return f"state:{code.country}:{code.sector}"
    return fold(m.text)


def _by_key(mentions: list[Mention]) -> list[Cluster]:
    """Clusters of mentions sharing a merge key, groups of different counts apart (``_counted_apart``)."""
    clusters: dict[str, Cluster] = {}
    for m in mentions:
        clusters.setdefault(_key(m), []).append(m)
    return [part for cluster in clusters.values() for part in _counted_apart(cluster)]


QUANTITY = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                      r"scores|hundreds?|thousands?|millions?)\b(?:\s+(?:hundred|thousand|million|billion))?", re.I)
"""The count in a group's words ("at least 12 people", "about 4 million people", "hundreds of protesters")."""


def _counted_apart(cluster: Cluster) -> list[Cluster]:
    """Split a cluster of groups that give different counts: "at least 12 people" arrested are not the "4 million
    people" a sector employs. A mention with no count stays with the mention before it."""
    if len({count for m in cluster if (count := _count(m))}) < 2:
        return [cluster]
    parts: dict[str, Cluster] = {}
    last = ""
    for m in sorted(cluster, key=lambda m: m.start):
        last = _count(m) or last
        parts.setdefault(last, []).append(m)
    return list(parts.values())


def _count(m: Mention) -> str | None:
    """The count a group mention gives ("12", "4 million"), lowercased; None for other mentions or no count."""
    found = QUANTITY.search(m.text) if m.form == "group" else None
    return found.group().lower() if found else None


def _apposed_title(cluster: Cluster) -> str | None:
    """The title written before a person's name and a comma, without its possessor ("Ghana's president, John
    Mahama" -> "president"), for a person whose name has no title run of its own."""
    names = [m for m in cluster if m.form == "name"]
    for m in cluster:
        if m.form != "name" and any(0 < x.first - m.end <= APPOSITION_GAP for x in names):
            return POSSESSOR.sub("", m.text) or None
    return None


def _entity(entity_id: str, cluster: Cluster) -> Entity:
    """One actor from its mentions: fullest name, first title and code found, every span kept."""
    cluster = sorted(cluster, key=lambda m: m.start)
    named = [m for m in cluster if m.form == "name" or m.canonical and m.canonical == fold(m.text)]  # or an acronym's
    if named:
        fullest = max(named, key=lambda m: (len(m.tokens or m.name.split()), len(m.name)))
    else:  # a group is named by its most frequent wording: "U.S. officials", not "U.S. defense officials"
        texts = [m.text for m in cluster]
        fullest = next(m for m in cluster if m.text == max(texts, key=texts.count))
    coded = next((m for m in cluster if m.code.country), None) or next((m for m in cluster if m.code.sector), fullest)
    sector = coded.code.sector or next((m.code.sector for m in cluster if m.code.sector), None)
    aliases = sorted({m.text for m in cluster if m.text != fullest.name})
    return Entity(
        id=entity_id, name=fullest.name, type=fullest.label, kind=fullest.code.kind,
        title=next((m.title for m in cluster if m.title), None) or _apposed_title(cluster), aliases=aliases,
        country=coded.code.country, igo=coded.code.igo, sector=sector,
        affiliation=next((m.affiliation for m in cluster if m.affiliation), None),
        mentions=sorted({(m.start, m.end) for m in cluster}),
    )
