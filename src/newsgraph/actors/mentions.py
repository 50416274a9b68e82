"""Find actor mentions in a parsed Doc: named people with their titles and appositions, named
organisations and states, group noun phrases ("U.S. officials") and definite nominals ("the defense secretary").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph.actors.coding import HONORIFICS, ActorCode, code_actor
from newsgraph.actors.knowledge import NAME_HEAD, equipment, fold, lexicon, phrase_key, word_key
from newsgraph.nlp.spans import in_dateline
from newsgraph.quotes.cues import cue_class

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
QUALIFIERS = frozenset({"in", "of", "from", "throughout", "near"})
PLACE_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC"})
TITLED_LABELS = NAMED_LABELS | {"PRODUCT", "WORK_OF_ART"}
"""Labels the small model gives names a person title stands before ("Mayor Ulf Kämpfer" tagged PRODUCT)."""
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "conj", "appos"})
"""Syntactic roles in which a city or capital acts (a metonym) rather than locates."""

LEADING_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})

MODIFIER_DEPS = frozenset({"compound", "nmod", "nummod", "amod"})
"""How a name modifies the noun it names: "Storm Shadow missiles", "F-16 jets"."""

ARMED = frozenset({"MIL", "REB", "PRM", "UAF", "COP", "SPY"})
"""Sectors whose equipment stands for them: "Israeli warplanes" are Israel's military (PLOVER MIL: "all state-military
personnel/equipment")."""

ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
"""Roles in which a name that is a thing elsewhere in the article still acts: "Tesla said" after "Tesla trucks"."""


@dataclass
class Mention:
    """One actor mention: a ``[start, end)`` span plus what its words and surroundings say."""

    start: int
    end: int
    text: str
    label: str
    form: str  # name, group, nominal
    code: ActorCode
    name: str = ""
    title: str | None = None
    affiliation: str | None = None
    canonical: str | None = None
    head: str = ""
    tokens: list[str] = field(default_factory=list)
    lead: int = -1  # where the title run before a name begins ("Sheikh" in "Sheikh Hamad"); -1: at ``start``
    tail: int = -1  # where an apposition after a name ends ("Clinton, the former secretary of state"); -1: none

    @property
    def first(self) -> int:
        """Offset of the mention's first word, its title run included."""
        return self.start if self.lead < 0 else self.lead


@lru_cache(maxsize=8192)
def _code(text: str, context: str | None = None) -> ActorCode:
    """Cached ``code_actor`` (descriptors repeat across a corpus)."""
    return code_actor(text, context)


def canonical_name(text: str) -> str | None:
    """The knowledge base's canonical name for a known leader or organisation, else None."""
    term = lexicon().get(phrase_key(text))
    return term.name if term is not None and term.source in ("leader", "organisation", "seat") else None


def _clip(span: Span) -> Span:
    """The part of ``span`` after its last line break, leading determiners, spaces and quotation marks (chunks cross
    paragraphs)."""
    start = span.start
    for token in span:
        if "\n" in token.text or "\n" in token.whitespace_:
            start = token.i + 1
    while start < span.end and (span.doc[start].lower_ in LEADING_DETERMINERS or span.doc[start].is_space
                                or span.doc[start].is_quote):
        start += 1
    return span.doc[start : span.end]


TITLE_WORDS = frozenset({"of", "foreign", "defense", "defence", "prime", "deputy", "senior", "former", "vice", "top",
                         "interior", "finance", "chief", "army", "military", "'s", "’s"})
"""Lowercase words allowed inside a title written before a name ("Ukraine's foreign minister")."""

RANKS = frozenset({"lt", "col", "maj", "gen", "sgt", "capt", "brig", "adm", "cmdr", "sen", "rep", "gov", "pres", "ag",
                   "supt", "insp", "det", "cpl", "pvt", "cdr", "lieut"})
"""Abbreviated ranks that spaCy may split from their period ("Lt" ".")."""

TITLE_ABBREVIATIONS = RANKS | HONORIFICS
"""Ranks and honorifics without their period ("Gen.", "Mr."): each makes a run before a name a title."""


def _title_start(ent: Span) -> int:
    """First token of the title run just before a name: capitalised or title words on the same line."""
    doc, i = ent.doc, ent.start
    while i > 0 and ent.start - i < 8:
        token = doc[i - 1]
        if "\n" in token.text or "\n" in token.whitespace_ or (
                token.ent_type_ in ("PERSON", "DATE") and token.lower_ not in TITLE_ABBREVIATIONS
                and not _is_role(token.lower_)):
            break  # another name or a date ends the title; a rank or role the model tagged PERSON ("Supt") is part of it
        abbreviation = token.text == "." and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in RANKS
        hyphen = token.text == "-" and i >= 2 and not doc[i - 2].whitespace_ and not token.whitespace_
        if not (token.text[:1].isupper() or abbreviation or hyphen or token.lower_ in TITLE_WORDS
                or token.pos_ in ("ADJ", "NOUN") or _is_role(token.lower_)):
            break
        if token.lower_ in LEADING_DETERMINERS or (token.lower_ == "of" and i >= 2 and not _titled(doc[i - 2])):
            break  # "Secretary of State Antony Blinken", but not "the death of Guinea immigrant Amadou Diallo"
        i -= 1
    while i < ent.start and (doc[i].lower_ in ("of", "'s", "’s") or not _title_word(doc[i])):
        i += 1  # "If Hillary Clinton", "Debating Clinton": a capitalised sentence opener is no title
    return i if any(_title_core(t) for t in doc[i : ent.start]) else ent.start  # "best opportunity" is no title


def _title_core(token) -> bool:
    """A word that makes a run a title: a role ("Secretary"), a rank or an honorific ("Gen.", "Mr.")."""
    return _is_role(token.lower_) or token.lower_.rstrip(".") in TITLE_ABBREVIATIONS


def _title_word(token) -> bool:
    """A word that can open a title run: a title word, a name or nationality ("U.S.", "Ukraine's") or a title
    modifier ("former", "deputy"); not a capitalised sentence opener ("As", "If", "Debating")."""
    return (_title_core(token) or token.lower_ in TITLE_WORDS or _acronym(token)
            or (token.pos_ in ("PROPN", "ADJ") and not token.is_stop and token.tag_ not in ("VBG", "VBD", "VBN")))


def _acronym(token) -> bool:
    """An organisation's acronym ("IGAD spokesperson"), whatever part of speech the parse gave it at a sentence's
    start."""
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def _titled(token) -> bool:
    """A word that can stand before "of" inside a title: capitalised ("Secretary") or a role ("chief")."""
    return token.text[:1].isupper() or _is_role(token.lower_)


def _person(ent: Span) -> Mention:
    """A named person with the title before the name and the apposition or "of" phrase after it."""
    doc = ent.doc
    left = doc[_title_start(ent) : ent.start]
    after, tail = _apposition(ent)
    descriptor = " ".join(p for p in (left.text, ent.text, after) if p)
    title = left.text or " ".join(w for w in after.split(" of ")[0].split() if w.lower() not in LEADING_DETERMINERS)
    affiliation = after.split(" of ", 1)[1] if after and " of " in after else None
    name = ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
    if canonical_name(name) is None:  # an unknown person's own name codes nothing: "Bush" is no Egyptian town,
        descriptor = " ".join(p for p in (left.text, after) if p)  # "Robert Jordan" no Jordanian
    code = _code(descriptor, _scene(ent)) if descriptor else ActorCode()
    if code.country is None and not left.text and (described := _described(ent)) is not None:
        code = ActorCode(described.country, code.sector, code.kind, described.igo)  # "Singapore-based manufacturer X"
    code = _apposed(ent, ActorCode(code.country, code.sector, "person", code.igo))
    return Mention(ent.start_char, ent.start_char + len(name), name, "PERSON", "name", code, name, title or None,
                   affiliation, canonical_name(name), tokens=name.split(), lead=left.start_char if left.text else -1,
                   tail=tail)


REPORTED = frozenset({"ccomp", "parataxis"})
"""Clauses of a verb of saying or thinking that hold what its subject said ("Villatoro said gang leaders were wanted by
the United States")."""
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
HEARD = frozenset({"ccomp", "acl", "relcl"})
"""How the parse may hang what was said on the verb's object instead ("told a regular briefing that China had …")."""


def _scene(span: Span) -> str:
    """The sentence of ``span`` with what its subject reports blanked out (same length, so offsets hold): a country the
    speaker talks about does not place the speaker ("Energy Minister Nurlan Sadvakasov told reporters that Russia had
    offered a loan" is no Russian). A capital acting in it still speaks for the speaker's own government ("Defence
    Secretary Antonio Delgado said Manila would file a protest"), as reporters put the speaker's "we"."""
    sent, token = span.sent, span.root
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ not in SUBJECTS or cue_class(token.head.lemma_) not in ("speech", "thought"):
        return sent.text
    chars = list(sent.text)
    heard = [c for c in token.head.children if c.dep_ == "dobj"]  # "told a briefing that …", parsed on the object
    for clause in [*token.head.children, *(c for o in heard for c in o.children if c.dep_ in HEARD)]:
        saying = clause.dep_ == "advcl" and clause.tag_ == "VBG" and cue_class(clause.lemma_) == "speech"
        reported = [c for c in clause.children if c.dep_ in REPORTED] if saying else [clause]  # ", saying …"
        if saying or clause.dep_ in REPORTED or (clause.dep_ in HEARD and clause.head.dep_ == "dobj"):
            for part in reported:
                for word in part.subtree:
                    if not _seat_acting(word, part):
                        start = word.idx - sent.start_char
                        chars[start : start + len(word)] = " " * len(word)
    return "".join(chars)


def _seat_acting(word, clause) -> bool:
    """Whether a word is (part of) a capital or seat of government that is the subject of the reported clause itself,
    not of a clause within it ("said Manila would file a protest"; not "… until Kigali stops sponsoring them")."""
    subject = word.head if word.dep_ == "compound" else word
    if subject.dep_ not in SUBJECTS or subject.head != clause or not word.text[:1].isupper():
        return False
    doc, start, end = word.doc, word.i, word.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while word.ent_type_ and end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(term is not None and term.source in ("capital", "seat")
               for term in (lexicon().get(phrase_key(doc[start:end].text)), lexicon().get(phrase_key(word.text))))


def _apposition(ent: Span) -> tuple[str, int]:
    """Text of an apposition ("chief of the General Staff ...") or "of"-phrase right after a name, and the character
    offset where it ends (-1 without one)."""
    for child in ent.root.rights:
        if child.i < ent.end:
            continue
        if (child.dep_ == "appos" and _is_role(child.lower_)) or (child.dep_ == "prep" and child.lower_ == "of"):
            words = list(child.subtree)
            span = ent.doc[words[0].i : words[-1].i + 1]
            text = span.text.split("\n")[0]
            return ("of " if child.dep_ == "prep" else "") + text.removeprefix("of ").strip(" ,"), span.end_char
    doc, comma = ent.doc, ent.end
    if comma + 2 < len(doc) and doc[comma].text == "," and doc[comma + 1].lower_ in INDEFINITE:
        noun = doc[comma + 1].head  # the parse lost the apposition: "Jhon Fredy Mosquera, a Colombian driver stuck …"
        if doc[comma + 1].dep_ == "det" and noun.i > comma + 1 and noun.i - comma <= 5 and _is_role(noun.lower_):
            return doc[comma + 1 : noun.i + 1].text, noun.idx + len(noun.text)
    return "", -1


INDEFINITE = frozenset({"a", "an"})
"""Articles that open an apposition the parse may lose ("X, a Colombian driver"); after "X, the …" a list goes on as
often ("Obama, the prime minister and …")."""


APPOSED_CLAUSES = frozenset({"relcl", "acl"})
"""Clauses in an apposition that are left out of its code: where the actor went or speaks from is not whose it is."""


def _apposed(ent: Span, code: ActorCode) -> ActorCode:
    """A person's or organisation's code, completed by the apposition right after the name where its own words leave
    the country or the sector open ("Helena Marsh, the U.N. resident coordinator in Bangladesh": IGO; "Ibrahima Sow,
    a 24-year-old from Guinea": GIN); a state's is its own ("Moldova, a former Soviet republic"). A clause inside the
    apposition says where the actor went or stands, not whose it is ("a mother of five from Sindian, who crossed into
    Gambia")."""
    appositive = None if (code.country and code.sector) or code.kind == "state" else next(
        (c for c in ent.root.rights if c.dep_ == "appos" and c.i >= ent.end), None)
    if appositive is None:
        return code
    clauses = {t.i for c in appositive.subtree if c.dep_ in APPOSED_CLAUSES for t in c.subtree}
    found = _code("".join(t.text_with_ws for t in appositive.subtree if t.i not in clauses).strip(" ,"))
    if code.country:
        return ActorCode(code.country, code.sector or found.sector, code.kind, code.igo)
    return ActorCode(found.country, code.sector or found.sector, code.kind, found.igo)


def _named(ent: Span) -> Mention | None:
    """A named organisation, state or people; places that merely locate are left to the places stage."""
    text = _clip(ent).text.removesuffix("'s").removesuffix("’s")
    if not text:
        return None
    code = _code(text)
    term = lexicon().get(phrase_key(text))
    source = term.source if term is not None else None
    if source in ("city", "region") or (code.kind == "state" and source in ("capital", "seat")
                                        and _first_conjunct(ent.root).dep_ not in ACTOR_DEPS):
        return None  # a city locates (the places stage's); a capital acts only as subject, object or possessor
    if ent.label_ == "NORP" and code.kind != "group":
        return None  # a nationality adjective modifies another mention
    if ent.label_ in ("GPE", "LOC") and code.country is None:
        return None  # an unknown place (a region, a district) is the places stage's, not a state
    if code.country is None and ent.label_ == "ORG" and (owner := _owner_state(ent)) is not None:
        code = ActorCode(owner.country, code.sector, code.kind, code.igo)  # "Tajikistan's State Committee for ..."
    if ent.label_ in ("ORG", "PERSON") and not (code.country and code.sector) \
            and (described := _described(ent)) is not None:
        code = ActorCode(code.country or described.country, code.sector or described.sector, code.kind,
                         code.igo if code.country else described.igo)
    code = _apposed(ent, code)
    kind = code.kind or "organisation"
    if ent.label_ == "ORG" and kind in ("state", "person") and (term is None or term.kind != kind):
        kind = "organisation"  # "Priorities USA" is named after a state, "USA TODAY Board of Contributors" no person
    label = "GPE" if kind == "state" else "ORG" if ent.label_ == "PERSON" else ent.label_
    start = ent.start_char + ent.text.index(text)
    return Mention(start, start + len(text), text, label, "name",
                   ActorCode(code.country, code.sector, kind, code.igo), text, canonical=canonical_name(text))


def _owner_state(ent: Span) -> ActorCode | None:
    """The code of the state that owns an organisation named right after it ("**Tajikistan's** State Committee for
    National Security"), or None."""
    if ent.start < 2 or ent.doc[ent.start - 1].tag_ != "POS":
        return None
    owner = ent.doc[ent.start - 1].head
    code = _code(ent.doc[owner.left_edge.i:owner.i + 1].text)
    return code if code.kind == "state" and code.country else None


def _described(ent: Span) -> ActorCode | None:
    """The code of the words that describe an organisation right before its name ("EU statistics office Eurostat",
    "the Peshawar-based Khyber Chamber of Commerce", "environmental group Walhi"; a company the model took for a
    person: "Singapore-based manufacturer Meridian Apparel"), or None without such words."""
    lefts = [c for c in ent.root.lefts if c.i < ent.start and c.dep_ in DESCRIBING]
    if not lefts:
        return None
    return _code(ent.doc[min(c.left_edge.i for c in lefts) : ent.start].text)


DESCRIBING = frozenset({"compound", "amod", "nmod"})
"""Dependents of an organisation's name that describe it when they stand before the name."""


def _first_conjunct(token):
    """The first of the conjuncts ``token`` belongs to: "Brussels" in "with Paris, Brussels, Beirut" is "Paris", a place
    after a preposition, so no actor."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _phrases(chunk: Span, form: str) -> list[Mention]:
    """A group ("U.S. officials", one per conjunct in "U.S. and Russian negotiators") or a definite
    nominal ("the defense secretary") headed by a role noun."""
    span = _clip(chunk)
    if not len(span):
        return []
    mentions = []
    equipment = _is_equipment(chunk.root)
    for part, descriptor in _conjuncts(span):
        if equipment and not _operated(_code(descriptor or part.text), chunk.root):
            continue
        if descriptor is None:
            part = _with_qualifier(part, everything=form == "nominal")
        code = _code(descriptor or part.text, _scene(part))
        if code.kind is None:
            code = ActorCode(code.country, code.sector, "person" if form == "nominal" else "group", code.igo)
        label = next((t.ent_type_ for t in part if t.ent_type_ in PLACE_LABELS), "NOUN")
        affiliation = part.text.split(" of ", 1)[1] if form == "nominal" and " of " in part.text else None
        # named with the head noun: "Russian" of "Russian and Ukrainian delegations" is "Russian delegations"
        mentions.append(Mention(part.start_char, part.end_char, part.text, label, form, code, descriptor or part.text,
                                affiliation=affiliation, head=chunk.root.lower_))
    return mentions


def _operated(code: ActorCode, head) -> bool:
    """True when an equipment phrase stands for the armed force that uses it: its own words name the force's country
    and an armed sector, and it acts or is acted upon ("Israeli warplanes struck"). "Leopard tanks", "Boeing jets" and
    "orders for 777X jets from the U.S. plane maker" (a supplier, named after the phrase) are things."""
    return code.country is not None and code.sector in ARMED and _first_conjunct(head).dep_ in ACTOR_DEPS


def _conjuncts(span: Span) -> list[tuple[Span, str | None]]:
    """Split "U.S. and British forces" into ("U.S.", "U.S. forces") and ("British forces", None: the head part)."""
    doc, parts, start = span.doc, [], span.start
    for token in span:
        if token.dep_ == "cc" or token.text == ",":
            if token.i > start:
                parts.append((doc[start : token.i], f"{doc[start : token.i].text} {span.root.text}"))
            start = token.i + 1
    return [*parts, (doc[start : span.end], None)] if start < span.end else [(span, None)]


def _with_qualifier(span: Span, everything: bool) -> Span:
    """``span`` extended over its "in/of/from" phrase naming a place or body ("rebels in the Ivory Coast"),
    or over its whole description when ``everything`` ("the head of NATO's military committee")."""
    doc, end = span.doc, span.end
    for child in span.root.rights:
        words = _until_clause(list(child.subtree))
        if child.i >= span.end and child.dep_ == "prep" and (everything or (
                child.lower_ in QUALIFIERS and any(t.ent_type_ in PLACE_LABELS for t in words))):
            end = max(end, words[-1].i + 1)
    extended = doc[span.start : end]
    text = extended.text.split("\n")[0]
    return doc.char_span(extended.start_char, extended.start_char + len(text), alignment_mode="contract") or span


def _until_clause(words: list) -> list:
    """The words of a phrase up to (not including) its first verb or clause punctuation."""
    for n, word in enumerate(words):
        if n and (word.pos_ in ("VERB", "AUX") or word.text in (",", ";", "(", "—", "–", "-")):
            return words[:n]
    return words


def _role_chunk_form(chunk: Span) -> str | None:
    """'group' for a plural or named-modified role phrase, 'nominal' for "the <title>", else None."""
    chunk = _clip(chunk)
    if not len(chunk):
        return None
    if _is_people(chunk.root.text):
        return "group"  # "the Albanians": a people named by its plural demonym
    det = chunk.doc[chunk.start - 1].lower_ if chunk.start > 0 else ""
    if det in ("'s", "’s") or (any(t.tag_ == "POS" for t in chunk[:-1]) and _code(chunk.root.lower_).kind == "person"):
        det = "the"  # "Djindjic's opposition coalition", "Qatar's emir", "Barbados' foreign minister": a possessor
    proper = any(t.ent_type_ in PLACE_LABELS | {"PERSON"} or (t.text[:1].isupper() and not t.is_sent_start)
                 for t in chunk if t != chunk.root)
    if chunk.root.tag_ in ("NNS", "NNPS"):
        return "group" if proper or det not in LEADING_DETERMINERS else None
    if det == "the":
        return "nominal"
    return "group" if proper else None


def find_mentions(doc: Doc) -> list[Mention]:
    """All actor mentions in ``doc``, in text order; a modifier inside a larger mention is not repeated."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    ents = _tidy(doc)
    things = _things(ents)
    ents = [ent for n, ent in enumerate(ents) if n not in things]
    for ent in ents:
        if _is_person(ent):
            mention = _person(ent)
            mentions.append(mention)
            taken.update(range(_title_start(ent), ent.end))
    known = {i for ent in ents if ent.label_ == "ORG" and len(ent) > 1 and _is_organisation(ent.text)
             for i in range(ent.start, ent.end)}  # "Reporters Without Borders" is no group of reporters
    for chunk in doc.noun_chunks:
        head = chunk.root.text
        if not (_is_role(head) or _is_people(head)) or chunk.root.i in known:
            continue  # most noun phrases name no actor: skip them before any span work
        free = next((i for i in range(chunk.end - 1, chunk.start - 1, -1) if i in taken), chunk.start - 1) + 1
        while free < chunk.end and doc[free].tag_ == "POS":
            free += 1
        chunk = doc[free : chunk.end]  # "Zoran Djindjic's opposition coalition": the part after a named person
        form = _role_chunk_form(chunk) if len(chunk) else None
        if form:
            found = _phrases(chunk, form)
            mentions.extend(found)
            if found:
                taken.update(range(chunk.start, chunk.end))
    for ent in ents:
        if ent.label_ in NAMED_LABELS and not taken.intersection(range(ent.start, ent.end)):
            mention = _named(ent)
            if mention is not None:
                mentions.append(mention)
    defined = _acronyms(doc.text, mentions)
    if defined:
        mentions += _bare_acronyms(doc, defined, mentions)
        expanded = {fold(full.text) for full in defined.values() if full.code.kind != "state"}
        for m in mentions:  # the name and its acronym share one merge key ("the Rapid Support Forces" ... "the RSF")
            if m.canonical is None and fold(m.text) in expanded:
                m.canonical = fold(m.text)
    return sorted((_expanded(m, defined) for m in mentions) if defined else mentions, key=lambda m: m.start)


def _bare_acronyms(doc: Doc, defined: dict[str, Mention], mentions: list[Mention]) -> list[Mention]:
    """The article's own acronyms where the model tagged no entity ("accused the RSF of shelling" after "the Rapid
    Support Forces"): each still a mention of the organisation it stands for."""
    covered = [(m.first, m.end) for m in mentions]
    found = []
    for token in doc:
        if token.text in defined and defined[token.text].code.kind != "state" \
                and not any(start <= token.idx < end for start, end in covered):
            mention = _named(Span(doc, token.i, token.i + 1, label="ORG"))
            found += [mention] if mention is not None else []
    return found


ACRONYM = re.compile(r"\s?\(([A-Z][A-Z&-]{1,7})\)")
"""An acronym the article defines in brackets right after a name: "the Rapid Support Forces (RSF)"."""


CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")
"""A word in capitals that may be an acronym."""


def _acronyms(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """The acronyms the article defines, each with the organisation or group it names that it stands for: one written
    in brackets after the name, its letters the name's capitals in order ("the Rapid Support Forces (RSF)") or, after
    an organisation, any acronym no table knows ("Estonia's Information System Authority (RIA)", from its Estonian
    name), or one used anywhere whose letters are exactly the capitals of an organisation the article names ("RSF
    fighters" after "the Rapid Support Forces", whatever else RSF may stand for)."""
    named = [m for m in mentions
             if m.form in ("name", "group", "nominal") and m.code.kind != "person" and len(_capitals(m.text)) > 1]
    defined = {}
    for m in named:
        found = ACRONYM.match(text, m.end)
        if found and (_in_order(found[1].replace("-", ""), _capitals(m.text))
                      or (m.code.kind == "organisation" and _code(found[1]).kind is None)):
            defined.setdefault(found[1], m)  # an unknown one stands for the name in any language ("(RIA)")
    used = set(CAPITALS.findall(text))
    for word in sorted(used - set(defined)):
        full = next((m for m in named if "".join(_capitals(m.text)) == word and m.text != word), None)
        if full is not None:
            defined[word] = full
    return defined


def _capitals(name: str) -> list[str]:
    """The initials of a name's capitalised words and hyphenated parts ("Inter-Services Public Relations": ISPR), a
    leading "The" left out."""
    words = re.split(r"[\s-]+", name.strip())
    return [w[0] for w in words[1:] if w[:1].isupper()] if words[:1] == ["The"] else \
        [w[0] for w in words if w[:1].isupper()]


def _in_order(letters: str, capitals: list[str]) -> bool:
    """Whether ``letters`` are initials taken from ``capitals`` in order, the first one first."""
    rest = iter(capitals[1:])
    return bool(capitals) and letters[:1] == capitals[0] and all(c in rest for c in letters[1:].replace("&", ""))


def _expanded(m: Mention, defined: dict[str, Mention]) -> Mention:
    """A mention coded as the article's own acronym says ("RSF fighters" after "the Rapid Support Forces (RSF)" are
    Sudanese rebels, not Reporters Without Borders), and a bare acronym is the named organisation's actor."""
    words = m.text.split()
    acronym = next((w for w in words if w in defined and defined[w] is not m), None)
    if acronym is None:
        return m
    full = defined[acronym]
    if full.code.kind == "state":  # "US", "UK": the knowledge base codes states' abbreviations already
        return m
    if m.form == "name" and m.text == acronym:
        return replace(m, code=full.code, canonical=full.canonical or fold(full.text))
    code = _code(" ".join(full.text if w == acronym else w for w in words))
    return replace(m, code=ActorCode(code.country, code.sector, m.code.kind or code.kind, code.igo))


WORD = re.compile(r"[^\W\d_]{4,}")
"""Words long enough to be capitalised in a title-case headline (short function words may stay lowercase)."""

DASHES = frozenset({"—", "–", "-", "--"})

HEADLINE_WORDS = 25
"""At most this many long words on a headline line (a caption of names is longer and has lowercase verbs)."""

OPENER_TAGS = frozenset({"CC", "DT", "IN", "RB", "WRB", "PRP", "VBG"})
"""Tags of words that open a sentence but never a person's name, which spaCy may tag as part of one."""

STANCE_PREFIXES = frozenset({"pro", "anti"})
"""Prefixes that make a name an adjective: "pro-Clinton", "anti-Trump" (as does a suffix: "Trump-led")."""


def _tidy(doc: Doc) -> list[Span]:
    """The doc's entities without spaces or sentence openers at their ends, nor stance adjectives ("pro-Clinton"); a
    person or organisation on a title-case line (a headline: "Ted Cruz Apologizes") is cut to a person named elsewhere.
    """
    ents = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and (doc[start].is_space or doc[start].is_quote):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_quote):
            end -= 1
        while end - start > 1 and doc[start].tag_ == "POS":
            start += 1  # "’s Haqqani"
        if ent.label_ == "PERSON" and end - start == 1 and doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
            continue  # a rank alone ("Supt" of "Supt. Abena Mensah-Boateng") is a title, not a name
        while ent.label_ == "PERSON" and end - start > 1 and (
                doc[start].tag_ in OPENER_TAGS or doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS
                or end - start > 2 and _is_role(doc[start].lower_)):
            start += 1  # "Neither Cruz": a sentence opener; "AG Mukasey", "Spokesperson Guo Mingyuan": a title the
            # model took in, read before the name as any title
        if end - start > 1 and ((doc[start].lower_ in STANCE_PREFIXES and doc[start + 1].text == "-")
                                or (doc[end - 2].text == "-" and doc[end - 1].tag_ in ("VBN", "VBD"))):
            continue  # "pro-Clinton", "Donald Trump-led": adjectives made of a name
        if _law_name(doc, start, end):
            continue  # "Glass" of "the Glass-Steagall Act", tagged a person
        if ent.label_ != "PERSON" and _first_name_cut(doc, start):
            ents.append(Span(doc, start - 1, end, label="PERSON"))  # "Minister Mamadou [Ndiaye]" tagged ORG
            continue
        start, end, widened = _known_organisation(doc, start, end)
        if widened:  # "Sans Frontières" tagged PERSON is "Médecins Sans Frontières", a known organisation
            ents.append(Span(doc, start, end, label="ORG"))
            continue
        split = ent.label_ == "PERSON" or (ent.label_ == "ORG" and any(_separator(doc[i]) for i in range(start, end)))
        for start, end in _name_parts(doc, start, end) if split else [(start, end)]:  # "Weak - Rubio - weak": Rubio
            if end > start and not in_dateline(doc, start, end):
                ents.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_))
    ents = _joined_names(_untagged_organisations(doc, ents))
    lines: dict[int, bool] = {}
    headline = [ent.label_ in ("PERSON", "ORG") and _on_headline(ent, lines) for ent in ents]
    known = {fold(part) for ent, head in zip(ents, headline) if ent.label_ == "PERSON" and not head
             for part in (ent.text, ent[-1].text)}
    surnames = {fold(ent[-1].text) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    tidy = [_known_part(ent, known) if head else _relative(ent, surnames) for ent, head in zip(ents, headline)]
    return [ent for ent in tidy if ent is not None]


def _joined_names(ents: list[Span]) -> list[Span]:
    """A person's name the model cut short or into pieces, made whole: a person runs on over up to two untagged
    proper nouns no table knows ("Ana Lucía" PERSON, then "Condori Mamani"), and takes in a one-word name tagged
    right after it ("Rosa María" PERSON, "Quispe" untagged, "Huamán" PERSON is Rosa María Quispe Huamán)."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (last is not None and last.label_ == "PERSON" and ent.start == last.end and ent.end - last.start <= 5
                and len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and _goes_on(ent[0])):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(_run_on(ent) if ent.label_ == "PERSON" else ent)
    return joined


def _run_on(ent: Span) -> Span:
    """A person's span carried over the untagged proper nouns after it (at most two, five words in all)."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 2 and end - ent.start < 5 and doc[end].tag_ == "NNP" \
            and not doc[end].ent_type_ and _goes_on(doc[end]):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="PERSON")


def _goes_on(token) -> bool:
    """A title-case word one space after a name's last word that no table knows as a role, place or name head."""
    return token.i > 0 and token.doc[token.i - 1].whitespace_ == " " and token.doc[token.i - 1].is_title \
        and token.is_title and _code(token.text).kind is None and word_key(token.text) + NAME_HEAD not in lexicon()


def _first_name_cut(doc: Doc, start: int) -> bool:
    """Whether the model left an untagged given name between a title and the rest of a name it tagged as something
    else ("Armed Forces Minister Mamadou Ndiaye", only "Ndiaye" tagged, as an organisation)."""
    if start < 2:
        return False
    given, title = doc[start - 1], doc[start - 2]
    return (given.pos_ == "PROPN" and not given.ent_type_ and given.text[:1].isupper() and bool(given.whitespace_)
            and given.text.replace("-", "").isalpha() and not _title_core(given) and given.lower_ not in TITLE_WORDS
            and _title_core(title) and _code(title.text).kind == "person")  # not "the security firm G4S Secure ..."


NAME_PARTICLES = frozenset({"al", "bin", "ibn", "ben", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "der",
                            "den", "van", "von", "la", "le", "el", "y"})
"""Lower-case words that belong to a name ("bin Laden", "de Blasio", "van der Leyen")."""


def _name_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A name split at spaced dashes ("Weak - Rubio - weak") into the parts that hold a name, each cut of lower-case
    or adjective words at its ends; none when no part does (quoted speech the NER took for a name)."""
    parts, begin = [], start
    for i in range(start, end + 1):
        if i < end and not _separator(doc[i]):
            continue
        first, last = begin, i
        while first < last and _name_junk(doc[first]):
            first += 1
        while last > first and _name_junk(doc[last - 1]):
            last -= 1
        if last > first:
            parts.append((first, last))
        begin = i + 1
    return parts


def _separator(token) -> bool:
    """A dash written apart from the words around it ("Weak - Rubio"), not a hyphen inside a name ("Ki-moon")."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _name_junk(token) -> bool:
    """A word at a name's end that is no part of it: lower case (not a particle such as "bin") or an adjective, and
    written apart ("moon" in "Ban Ki-moon" is part of the name)."""
    doc, i = token.doc, token.i
    attached = (i > 0 and not doc[i - 1].whitespace_) or (not token.whitespace_ and i + 1 < len(doc)
                                                          and doc[i + 1].text in DASHES)
    return token.is_alpha and not attached and (
        (token.is_lower and token.lower_ not in NAME_PARTICLES) or token.tag_ in ("JJ", "RB"))


def _relative(ent: Span, surnames: set[str]) -> Span:
    """``ent`` as a person when it is a first name and the surname of a person in the article, whatever spaCy's
    label ("Ivanka Trump" tagged PRODUCT beside "Donald Trump")."""
    if ent.label_ == "PERSON" or len(ent) != 2 or fold(ent[-1].text) not in surnames or ent[0].pos_ != "PROPN":
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _on_headline(ent: Span, lines: dict[int, bool]) -> bool:
    """True when the line holding ``ent`` is in title case with no closing stop (a headline); cached by line. Only the
    sentence is read (reading ``doc.text`` joins every token of the document)."""
    doc = ent.doc
    near = [t for t in doc[max(0, ent.start - 3) : ent.start]] + [t for t in doc[ent.end : ent.end + 3]]
    if any(t.is_alpha and len(t) > 3 and t.is_lower for t in near):
        return False  # a lowercase word beside the name: prose, not a headline (decided without reading the line)
    sent = ent.sent
    text, offset = sent.text, ent.start_char - sent.start_char
    first = text.rfind("\n", 0, offset) + 1
    if sent.start_char + first not in lines:
        last = text.find("\n", offset)
        line = text[first : last if last >= 0 else len(text)].strip()
        words = WORD.findall(line)
        lines[sent.start_char + first] = (3 <= len(words) <= HEADLINE_WORDS and all(w[0].isupper() for w in words)
                                          and not line.endswith((".", "?", "!", '"', "”", ":")))
    return lines[sent.start_char + first]


LAW_WORDS = frozenset({"Act", "Acts"})


def _law_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is (part of) the name of a law: it ends in "Act", or is hyphenated to the words before
    "Act" ("Glass" of "the Glass-Steagall Act"; not "Obama" of a headline's "Obama Signs Health Act")."""
    i, hyphenated = end - 1, False
    while i + 1 < len(doc) and i + 1 < end + 4 and doc[i].text not in LAW_WORDS \
            and (doc[i + 1].text in ("-", "–") or doc[i + 1].text[:1].isupper()):
        hyphenated = hyphenated or doc[i + 1].text in ("-", "–")
        i += 1
    return doc[i].text in LAW_WORDS and (i == end - 1 or hyphenated)


KNOWN_WIDENING = 2
"""At most this many capitalised words on either side that complete an entity into a known organisation's name."""


def _known_organisation(doc: Doc, start: int, end: int) -> tuple[int, int, bool]:
    """``[start, end)`` widened over up to two capitalised words on either side when that makes the name of an
    organisation the knowledge base holds and the span alone is not one (the small model tags "Sans Frontières" of
    "Médecins Sans Frontières" as a person); unchanged, and False, otherwise."""
    capital = lambda i: 0 <= i < len(doc) and doc[i].text[:1].isupper()  # noqa: E731
    if not (capital(start - 1) or capital(end)) or _is_organisation(doc[start:end].text):
        return start, end, False
    for left in range(KNOWN_WIDENING + 1):
        for right in range(KNOWN_WIDENING + 1):
            first, last = start - left, end + right
            if (left or right) and first >= 0 and last <= len(doc) \
                    and all(t.text[:1].isupper() for t in doc[first:start]) \
                    and all(t.text[:1].isupper() for t in doc[end:last]) \
                    and _is_organisation(doc[first:last].text):
                return first, last, True
    return start, end, False


MAX_ORGANISATION_WORDS = 6
"""The longest known organisation name looked for where the model tagged none ("Committee to Protect Journalists")."""


def _untagged_organisations(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the known organisations of several words the model missed or cut ("Reporters Without Borders",
    tagged nothing, read as "reporters"): a run of words from a capital to a capital that the knowledge base names,
    replacing the entities inside it and overlapping none other."""
    inside = {i: ent for ent in ents for i in range(ent.start, ent.end)}

    def fits(start: int, end: int) -> bool:  # a run from a capital to a capital, cutting no entity, that is known
        run = doc[start:end]
        return run[-1].text[:1].isupper() and not any(t.is_punct or t.is_space for t in run) \
            and all(inside[j].start >= start and inside[j].end <= end for j in range(start, end) if j in inside) \
            and _is_organisation(run.text)

    found: list[Span] = []
    i = 0
    while i < len(doc):
        longest = min(MAX_ORGANISATION_WORDS, len(doc) - i)
        size = next((n for n in range(longest, 1, -1) if fits(i, i + n)), 0) if doc[i].text[:1].isupper() else 0
        if size:
            found.append(Span(doc, i, i + size, label="ORG"))
        i += size or 1
    if not found:
        return ents
    covered = {i for span in found for i in range(span.start, span.end)}
    kept = [ent for ent in ents if not covered.intersection(range(ent.start, ent.end))]
    return sorted(kept + found, key=lambda span: span.start)


def _is_organisation(text: str) -> bool:
    """True when the knowledge base knows ``text`` as an organisation."""
    term = lexicon().get(phrase_key(text))
    return term is not None and term.source == "organisation"


def _known_part(ent: Span, known: set[str]) -> Span | None:
    """A headline entity cut to its longest run of words that is a person named outside headlines ("Ted Cruz" in
    "Ted Cruz Apologizes"); with no such run, a person is dropped and an organisation kept."""
    for size in range(len(ent), 0, -1):
        for start in range(ent.start, ent.end - size + 1):
            if fold(ent.doc[start : start + size].text) in known:
                return Span(ent.doc, start, start + size, label="PERSON")
    return None if ent.label_ == "PERSON" else ent


def _things(ents: list[Span]) -> set[int]:
    """Indexes of the entities in ``ents`` that name things, not actors: a name headed by an equipment noun ("Army
    Tactical Missile Systems"; a known organisation's name stays), an unknown name modifying one ("Storm Shadow missiles", "Patriot air defense
    systems"), an alias of such a name ("..., or ATACMS"), and the same unknown name elsewhere in the article unless
    it acts there as subject or possessor ("Storm Shadow components")."""
    things = set()
    for n, ent in enumerate(ents):
        head = ent.root
        while head.dep_ in MODIFIER_DEPS and head.head.i != head.i:
            head = head.head
        if (_is_equipment(ent.root) and canonical_name(_clip(ent).text) is None) or (
                head.i != ent.root.i and _is_equipment(head) and not _known(ent)):
            things.add(n)
    roots = {ents[n].root.i for n in things}
    doc = ents[0].doc if ents else None
    for n, ent in enumerate(ents):
        root = ent.root
        if root.head.i in roots and (root.dep_ == "appos" or (
                root.dep_ == "conj" and any(t.lower_ == "or" for t in doc[root.head.i + 1 : root.i]))):
            things.add(n)
    names = {fold(ents[n].text) for n in things if not _known(ents[n])}
    return things | {n for n, ent in enumerate(ents) if fold(ent.text) in names and ent.root.dep_ not in ACTING_DEPS}


def _known(ent: Span) -> bool:
    """True when the knowledge base codes ``ent`` as an actor: "Hamas rockets" and "U.S. missiles" name their user."""
    code = _code(_clip(ent).text)
    return code.country is not None or canonical_name(ent.text) is not None


def _equipment_class(token) -> str | None:
    """The equipment class of ``token`` ("missiles" weapon, "aircraft carrier" vehicle, "systems" generic), or None
    for other words and for a role phrase ending in one ("think tank")."""
    table = equipment()
    pair = f"{token.doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
    if pair and _is_role(pair):
        return None
    return table.get(pair) or table.get(token.lower_)


def _is_equipment(token) -> bool:
    """True when ``token`` heads a thing: an equipment noun, or a generic one after a weapon word or modifier in its
    phrase ("missile systems", "air defense systems"; "BAE Systems" is a company)."""
    kind = _equipment_class(token)
    if kind in (None, "modifier"):
        return False
    return kind != "generic" or any(_equipment_class(t) not in (None, "generic")
                                    for t in token.doc[token.left_edge.i : token.i])


def _is_person(ent: Span) -> bool:
    """A named person acting in its own right (not "the Biden administration", not "ATACMS" or "Kyiv")."""
    if _is_leader(ent.text):
        return ent.root.dep_ != "compound" or not _is_role(ent.root.head.lower_)
    if ent.label_ == "PERSON" and ent.start > 0 and _is_role(ent.doc[ent.start - 1].lower_) \
            and _code(ent.doc[ent.start - 1].lower_).kind == "organisation":
        return False  # "security firm Greyline Labs": a company the model took for a person
    if ent.text.isupper() or (_code(ent.text).kind not in (None, "person") and not _first_named(ent)):
        return False
    if ent.label_ != "PERSON":  # "Vice-President Moody Awori" tagged ORG, "Mayor Ulf Kämpfer" PRODUCT: a title decides
        if _unknown_name(ent) and (_apposed_to_role(ent) or _aged(ent)):
            return True
        title = ent.doc[_title_start(ent) : ent.start].text
        if ent.label_ not in TITLED_LABELS or len(ent) < 2 or not title or title.endswith(" of"):
            return False  # "Secretary of State": State completes the title, it is no name
        if _code(title).kind != "person":
            return False
    return ent.root.dep_ != "compound" or not _is_role(ent.root.head.lower_)


def _unknown_name(ent: Span) -> bool:
    """A name of two or more words the model did not tag as a person, that no table knows and no organisation's word
    ends ("its owner, Vitol Group"): what a role or an age beside it may show to be a person."""
    return (ent.label_ in TITLED_LABELS and len(ent) > 1 and _code(ent.text).kind is None
            and word_key(ent[-1].text) + NAME_HEAD not in lexicon())


def _apposed_to_role(ent: Span) -> bool:
    """An unknown name set in apposition to a person's role before it ("Guyana's foreign minister, Rashida Persaud,
    said") or with one after it ("Eero Kivimäki, head of threat research at the company")."""
    head = ent.root.head
    before = (ent.root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN" and _is_role(head.lower_)
              and _code(head.lower_).kind == "person")
    return before or _code(_apposition(ent)[0]).kind == "person"


def _aged(ent: Span) -> bool:
    """An unknown name followed by an age ("Chhorn Sreymom, 29, a sewing machine operator"; "Johannes Gawaseb, a
    41-year-old excavator operator"): only people are given one. The words after the name are read, not ``doc.text``,
    which is rebuilt on every call."""
    return AGE.match(ent.doc[ent.end : ent.end + 9].text) is not None


AGE = re.compile(r",\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\s+(?!(?:company|firm|business|group|organi[sz]ation|"
                 r"institution|bank|newspaper|brand|chain|party|charity)\b))")
"""An age set after a name: ", 29," or ", a 41-year-old" before a word that names no organisation."""


def _first_named(ent: Span) -> bool:
    """True for a person's name that opens with an unknown first name: "Robert Jordan" is no state."""
    table = lexicon()
    return (ent.label_ == "PERSON" and len(ent) > 1 and ent[0].text[:1].isupper()
            and phrase_key(ent.text) not in table and phrase_key(ent[0].text) not in table)


@lru_cache(maxsize=16384)
def _is_people(word: str) -> bool:
    """True when ``word`` names a people by its plural demonym ("Albanians" in "ethnic Albanians")."""
    term = lexicon().get(phrase_key(word))
    return term is not None and term.source == "demonym" and term.kind == "group"


@lru_cache(maxsize=16384)
def _is_role(word: str) -> bool:
    """True when ``word`` alone is a role or title in the lexicon ("officials", "chief")."""
    term = lexicon().get(phrase_key(word))
    return term is not None and term.source == "role"


@lru_cache(maxsize=16384)
def _is_leader(text: str) -> bool:
    """True when the knowledge base knows ``text`` as an office holder."""
    term = lexicon().get(phrase_key(text))
    return term is not None and term.source == "leader"
