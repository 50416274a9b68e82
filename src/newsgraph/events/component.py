"""``newsgraph_events``: PLOVER events from the parse, the lexicon and the earlier stages' actors, times and quotes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.actors.coding import code_actor
from newsgraph.actors.component import home_country
from newsgraph.events import arguments, literal
from newsgraph.events.dating import event_date
from newsgraph.events.lexicon import CARRIERS, Entry, Lexicon, load_lexicon
from newsgraph.events.location import event_place
from newsgraph.events.modality import clause_verb, modality, noun_modality, object_mood, ruled_out, under_speech
from newsgraph.events.ontology import Ontology, load_ontology
from newsgraph.events.triggers import (Candidate, complement_entry, find_candidates, forces_of, noun_source,
                                       verb_candidate)
from newsgraph.nlp.extensions import fill
from newsgraph.places.component import dateline_places
from newsgraph.places.gazetteer import country_name
from newsgraph.quotes import anonymous
from newsgraph.record import Event, EventActor, Quote, Trigger

CLAUSE_TARGET_TYPES = frozenset({"THREATEN", "AGREE", "REJECT"})
"""Types whose target may sit inside their complement clause ("threatened to attack X")."""
ADDRESSED_TYPES = frozenset({"REQUEST", "REJECT"})
"""Types whose target may be the subject of the clause they address ("demanded that the US cancel")."""
UNABLE = frozenset({"fail"})
"""Verbs that negate the act they govern without refusing it: "failed to win support" is no rejection."""
PURPOSE_TARGET_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
"""Types whose target may be named only by their purpose clause ("rallied to protest X's policies", "opened fire to
disperse X")."""
SHIELDING_TYPES = frozenset({"SUPPORT", "AID"})
"""Types whose "against" phrase names the adversary, not the one helped ("defended the foundation against attacks from
Trump", "protect Taiwan against China")."""
PARTNER_PREPS = {"AID": "to", "COOPERATE": "to", "CONSULT": "with"}
"""Types whose partner is named by a preposition and is their target before the object: the recipient of what is
given ("delivered tanks to Poland"), the party one consults rather than the topic ("discussed Kosovo with Ivanov")."""
STATE_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})
"""Types whose agentless passive is a state act coded to the place it happens in ("was arrested in Lebanon")."""
VENUE_DEPS = frozenset({"compound", "nmod", "amod"})
VENUE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""A place name modifying an event noun that names no actor (no entity, no sector: a city, not a capital standing
for its government) is the venue: "the Geneva talks" are not Switzerland's, "the Moscow talks" stay Russia's."""
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
"""Sectors of the state: a state that blocks a road or access cordons it off (COERCE restrict, manual table 3.10),
it does not protest."""
LOCAL_SECTORS = frozenset({"UAF", "REB", "CVL", "COP", "CRM", "OPP", "LAB"})
"""Sectors of unnamed local groups ("gunmen", "police", "strikers"): CAMEO coders give them the country they act in."""
PERMITS = frozenset({"allow", "permit"})
INTERNATIONAL = frozenset({"IGO", "NGO"})
"""Allowing an international or non-governmental organisation in is international involvement (RETREAT access, manual
3.7, CAMEO 086: "China allowed the International Red Cross to visit prisoners"), not an easing of restrictions."""
LABOUR_SECTORS = frozenset({"LAB", "EDU", "MED", "AGR", "JRN", "CVL"})
"""Sectors whose "strike" is a walkout (PROTEST strike, manual table 3.7), not an attack: workers, teachers, students,
doctors, farmers, journalists, civilians ("Oil workers in Nigeria began an indefinite strike")."""
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
"""Acts between parties that a place only hosts: the place named after "in/at" is no target."""
OWN_PRONOUNS = frozenset({"its", "their"})
"""Possessives that make a target the source's own people ("demanded the release of its sailors"): no party the act
is aimed at when they share the source's country."""
WHEN_OR_HOW_MUCH = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
"""Entity types that name when or how much, never a party an act is aimed at."""
RESPONSE_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
"""Acts that answer an earlier act their object names ("dismissed the protest", "welcomed the deal")."""
STATE_ACTS = frozenset({"search"})
"""Keys that are coercion only when the state's own forces or offices act (police search homes; survivors search
rubble)."""
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE"})
"""Acts mostly within a state, a protest against its rulers or an arrest of its people: no other state is their
target by default."""
WITHIN_TYPES = DOMESTIC_TYPES | {"ACCUSE", "REJECT", "ASSAULT", "RETREAT"}
"""Acts done to someone that, with no one named and no other state in sight, stay within the source's state: a charge
or a denial in a domestic row, an attack by or on its own forces, a prisoner freed or a bill withdrawn."""
PARTY_TYPES = frozenset({"REQUEST", "THREATEN", "AID"})
"""Appeals, threats and aid that, aimed at no one named, go to the story's main party ("the EU urged restraint")."""
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Acts that joint sources with no other party do with each other ("Congo and the M23 agreed to extend the truce")."""
LOCAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "AID"})
"""Acts whose place says whose local group did them ("gunmen killed four policemen in Tikrit") or received them
("sent relief supplies to earthquake victims in Indonesia")."""
SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b(?! ?(?:percent|%|year|million|billion))")
"""A game's score ("2-1", "3–0") in a sentence."""
VERBAL_ATTACKS = frozenset({"attack", "assault", "blast", "hit"})
"""Verbs a politician uses in words at least as often as in force."""
UNIDENTIFIED_WEIGHT = 0.7
"""Only an unambiguous attack word (kill, bombing; not "kick", "hit") gets an unidentified actor where it happens."""
UNTARGETED = 0.85
UNTARGETED_REQUIRED = 0.7
DEPTH_DECAY = 0.92
"""Confidence factor per clause between the trigger and the sentence root (main events first)."""
REFUSAL_WEIGHT = 1.0
SUBORDINATE = 0.8
"""Confidence factor of an event whose clause hangs below another trigger ("dismissed an appeal to lay down arms")."""
NESTED_PENALTY = {"asserted": 1.0, "reported": 1.0, "planned": 0.9, "negated": 0.9,
                  "hypothetical": 0.8, "requested": 0.75, "threatened": 0.75}


@lru_cache(maxsize=1)
def _context_patterns() -> dict[str, re.Pattern]:
    return {name: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
            for name, words in load_ontology().contexts.items()}


@lru_cache(maxsize=256)
def contexts(sentence: str) -> tuple[str, ...]:
    """PLOVER context tags whose cue words occur in ``sentence``."""
    return tuple(name for name, pattern in _context_patterns().items() if pattern.search(sentence))


def _depth(token: Token) -> int:
    """Clause hops from ``token`` up to its sentence root."""
    depth, node = 0, token
    while node.head != node and depth < 6:
        depth += node.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl", "conj", "pcomp", "parataxis")
        node = node.head
    return depth


def _geocoded(token: Token) -> list[EventActor]:
    """A place the actor coder does not know, as the places stage geocoded it (sector CVL: a city, not its state)."""
    return next(([EventActor(text=token.text, span=(start, end), entity=None, country=place.country, sector="CVL")]
                 for place, start, end in arguments.places_at(token) if place.country), [])


def _home_authority(doc: Doc) -> list[EventActor]:
    """The state of a home story (``actors.component.home_country``) as the agent of a coercion no one is named for
    and no place is given ("Twenty-three people were arrested." in a story filed from Panama City about Panama): its
    dateline place stands for it, as a place named in the clause would ("was arrested in Lebanon"); [] otherwise."""
    country = home_country(doc)
    return next(([EventActor(text=named.text, span=(start, end), entity=None, country=country, sector=None)]
                 for place, start, end in dateline_places(doc)
                 if country is not None and place.country == country and (named := doc.char_span(start, end)) is not None),
                [])


def _unidentified(c: Candidate, source: Token | None, actors: Callable) -> list[EventActor]:
    """The unidentified actor of an attack no one is named for, located where it happens: PLOVER's UNK sector ("the
    actor for 'two civilians were killed by a bomb'", manual table 5.2) with the country of the place named in the
    clause ("killed in a car bombing in central Baghdad", "a roadside bombing near Mosul")."""
    heads = [c.anchor, c.trigger, *([source, source.head] if source is not None else [])]  # "a bomb exploded in X"
    heads += arguments.objects(c.anchor)  # "killed four soldiers in southern Afghanistan"
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    place = arguments.place_of(*heads)
    country = _country_of(place, actors)
    if place is None or country is None:
        return []
    return [EventActor(text=place.text, span=(place.idx, place.idx + len(place.text)), entity=None, country=country,
                       sector="UNK")]


def _located(found: list[EventActor | None], c: Candidate, actors: Callable) -> list[EventActor | None]:
    """Countryless local groups given the country of the place the act happens in ("gunmen opened fire in Tikrit,
    killing four policemen" -> IRQ gunmen, IRQ police), as CAMEO coders code them; unchanged without a place."""
    local = [a is not None and a.country is None and a.sector in LOCAL_SECTORS for a in found]
    if c.entry.type not in LOCAL_TYPES or not any(local):
        return found
    heads = [c.anchor, c.trigger, *([c.anchor.head] if c.anchor.dep_ in ("advcl", "conj", "xcomp") else [])]
    country = _country_of(arguments.place_of(*heads, *arguments.objects(c.anchor)), actors)
    if country is None:
        return found
    return [a.model_copy(update={"country": country}) if is_local else a for a, is_local in zip(found, local)]


def _accused_first(target: Token | None) -> int:
    """Sort key of an accusation's target candidates: the audience or forum ("to/at/before X") after the rest."""
    preposition = target.head.lower_ if target is not None and target.dep_ == "pobj" else ""
    return 1 if preposition in ("to", "at", "before") else 0


def _country_of(place: Token | None, actors: Callable) -> str | None:
    """The country of a place named in a clause, from the places stage's geocoding or else the actor coder (the coder
    may match an organisation the place is part of: "the U.S. embassy in **New Delhi**")."""
    where = (_geocoded(place) or actors(place)) if place is not None else []
    return where[0].country if where else None


def _between(doc: Doc, actors: list[EventActor]) -> bool:
    """True when the actors are named by one "between X and Y" phrase: parties acting on each other."""
    tokens = [doc.char_span(a.span[0], a.span[1], alignment_mode="expand") for a in actors]
    return all(t is not None and any(h.lower_ == "between" for h in list(t.root.ancestors)[:3]) for t in tokens)


def _state(doc: Doc, actor: EventActor) -> bool:
    """True when ``actor`` is a state or one of its organs ("Uganda", "Turkish police"), not its people."""
    if actor.sector is not None:
        return actor.sector in STATE_SECTORS
    if actor.entity is None:  # a state's name the NER missed ("Belarus blocked the border"), not "French fishermen"
        return actor.text.split()[-1][:1].isupper() and code_actor(actor.text).kind == "state"
    return any(e.id == actor.entity and e.kind == "state" for e in doc._.entities or ())


def _in_words(doc: Doc, c: Candidate, sources: list[EventActor], targets: list[EventActor | None],
              lex: Lexicon) -> bool:
    """A named person "attacking" a person or a group, with no weapon named, attacks in words ("Trump attacked his
    wife", "started attacking Latinos", "Trump's attacks on Clinton", "launched a new round of attacks", "called on
    Trump to stop attacking Machado"); a state target keeps the attack ("Putin attacked Ukraine")."""
    kinds = {e.id: e.kind for e in doc._.entities or ()}
    if not all(kinds.get(s.entity) == "person" for s in sources):
        return False
    if any(t is not None and (kinds.get(t.entity) == "state" or t.entity is None and t.sector is None) for t in targets):
        return False
    head = c.anchor
    return not lex.weapon_mode(head.doc[head.left_edge.i:head.right_edge.i + 1])


def paragraph(text: str, sent: SpacySpan, char: int) -> tuple[int, int]:
    """The part of ``sent`` around ``char`` between line breaks, stripped (parses can run across paragraphs)."""
    start = max(sent.start_char, text.rfind("\n", sent.start_char, char) + 1)
    end = text.find("\n", char, sent.end_char)
    end = sent.end_char if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


class EventExtractor:
    """Writes ``doc._.events``: one Event per (trigger, source, target), ids V1, V2, ..."""

    def __init__(self, min_confidence: float = 0.3) -> None:
        self.min_confidence = min_confidence
        self.lex: Lexicon = load_lexicon()
        self.onto: Ontology = load_ontology()
        # each type's PLOVER spirit, conflict or cooperation: the last word of its quad class
        self.spirit = {name: kind.quad.split()[-1] for name, kind in self.onto.types.items()}
        self.code_actor = code_actor

    def __call__(self, doc: Doc) -> Doc:
        return fill(doc, "events", self.extract, "newsgraph_events")

    def extract(self, doc: Doc) -> list[Event]:
        """All events of ``doc`` above ``min_confidence``, in text order."""
        events: list[Event] = []
        seen: set[tuple] = set()
        text = doc.text  # built once: Doc.text is rebuilt from the tokens on every access
        unnamed = [reason.span for reason in anonymous.reasons(doc, text)]
        for sent in doc.sents:
            acts: list[tuple[Event, Token]] = []
            context = text[sent.start_char:sent.end_char]
            actors = partial(arguments.actors, doc, code_actor=self.code_actor, context=context)
            # figurative and non-political uses of trigger words are dropped or retyped (events/literal.py)
            candidates = [c for c in map(literal.recode, find_candidates(sent, self.lex, self.onto, doc._.quotes or ()))
                          if c is not None]
            anchors = {c.anchor.i for c in candidates}
            protests = {t.i for c in candidates if c.entry.type == "PROTEST" for t in (c.anchor, c.trigger)}
            for candidate in candidates:
                after = text[candidate.trigger.idx + len(candidate.trigger.text):].lstrip()
                if any(start <= candidate.trigger.idx < end for start, end in unnamed) or anonymous.asks_unnamed(after):
                    continue  # a source going unnamed, and why ("not allowed to discuss the talks"), is no event
                if candidate.entry.type == "REQUEST" and any(t.i in protests for t in list(candidate.anchor.ancestors)[:4]):
                    continue  # the demand a protest makes is its topic, not another event (manual 3.12.2)
                if candidate.entry.type == "ASSAULT" and SCORE.search(context) \
                        and self.lex.verb_lemma(candidate.anchor) in self.lex.contest_verbs:
                    continue  # "Manchester United beat Chelsea 2-1": a game's result
                scope = paragraph(text, sent, candidate.trigger.idx)
                subordinate = any(t.i in anchors for t in list(candidate.anchor.ancestors)[:4]) \
                    and not arguments.explains_passive(candidate.anchor)
                found = self._events(doc, text, (scope, sent.start_char), candidate, actors, subordinate)
                own = verb_candidate(candidate.about, self.lex) if candidate.kind == "said" and not found else None
                if own is not None:  # the speaker is no actor: the clause's own act, reported ("..., a Dutch minister said")
                    found = self._events(doc, text, (scope, sent.start_char), own, actors, subordinate)
                for event in found:
                    key = (event.type, event.trigger.span, event.source.span, event.target and event.target.span)
                    if event.confidence >= self.min_confidence and key not in seen:
                        seen.add(key)
                        acts.append((event, candidate.anchor))
            events += _one_act(acts)
        events = self._placed(doc, self._counterpart(doc, self._answered(doc, events)))
        return [e.model_copy(update={"id": f"V{i}"}) for i, e in enumerate(events, 1)]

    def _counterpart(self, doc: Doc, events: list[Event]) -> list[Event]:
        """An act with no target of its own is aimed at the other state its source last dealt with in the same spirit
        (PLOVER's conflict or cooperation), as a reader takes "Tajikistan's border service denied attacking the post"
        after Kyrgyzstan's accusation, and not Ukraine's strikes after its talks with the United States. Protests and
        arrests, mostly within a state (``DOMESTIC_TYPES``), and gatherings of many ("when global leaders convene for
        the U.N. General Assembly") keep none. An IGO's or NGO's untargeted act ("urged restraint") is aimed at the
        state it last dealt with. A protest, an arrest, an attack, a charge, a denial or a release (``WITHIN_TYPES``)
        with no other state in sight stays within the source's own state, unless it answers an act its object names
        ("condemned the strike": whoever struck). An appeal, a threat or aid (``PARTY_TYPES``) aimed at no one yet is
        aimed at the state the story's conflicts have most often acted on ("Kazakhstan urged restraint")."""
        result: list[Event] = []
        for event in events:
            own = event.source.country
            if event.target is None and own is not None and event.mode != "multilateral":
                other = None if event.type in DOMESTIC_TYPES else \
                    next((e.target if e.source.country == own else e.source for e in reversed(result)
                          if self.spirit[e.type] == self.spirit[event.type] and _between_states(e, own)), None)
                if other is None and event.type in WITHIN_TYPES and own not in ("IGO", "NGO") \
                        and not (event.type in RESPONSE_TYPES and self._named_acts(doc, event)):
                    other = EventActor(text=country_name(own), country=own)
                if other is None and event.type in PARTY_TYPES and (party := self._main_party(result)) is not None:
                    other = EventActor(text=country_name(party), country=party)
                if other is not None:
                    event = event.model_copy(update={"target": other.model_copy(update={"basis": "context"})})
            result.append(event)
        return result

    def _main_party(self, events: list[Event]) -> str | None:
        """The state the story's conflicts so far most often acted on (the first named of a tie): whom an appeal for
        restraint, a threat or aid with no one named is for."""
        states = Counter(e.target.country for e in events if self.spirit[e.type] == "conflict" and e.target is not None
                         and e.target.country not in (None, "IGO", "NGO"))
        return states.most_common(1)[0][0] if states else None

    @staticmethod
    def _placed(doc: Doc, events: list[Event]) -> list[Event]:
        """An act its sentence does not place takes the place of the last act of its type and source country that its
        sentence did ("arrested 23 fishermen off Delft" ... "the navy said those arrested..."): the story telling one
        act again, which the dateline's city would misplace. A country is no such place: it says less than the city."""
        countries = {place.name for place in doc._.places or () if place.feature == "country"}
        result: list[Event] = []
        for event in events:
            if (event.place is None or event.place.basis == "dateline") and event.source.country is not None:
                told = next((e.place for e in reversed(result) if e.type == event.type and e.place is not None
                             and e.place.basis == "sentence" and e.source.country == event.source.country), None)
                if told is not None and told.name not in countries:
                    event = event.model_copy(update={"place": told.model_copy(update={"basis": "context"})})
            result.append(event)
        return result

    def _answered(self, doc: Doc, events: list[Event]) -> list[Event]:
        """A response with no target whose object names an earlier act answers that act's source: a rejection or an
        accusation the last such act another country made toward the responder or no one named ("Belarus dismissed
        **the protest**", "Iraq condemned **the strike**"), support the last such act of another actor ("Rwanda
        welcomed **the deal**", "steelmakers welcomed **the move**")."""
        result: list[Event] = []
        for event in events:
            if event.type in RESPONSE_TYPES and event.target is None and event.source.country is not None:
                acts = self._named_acts(doc, event)
                named = [e for e in reversed(result) if acts and ("*" in acts or e.type in acts) and e.modality != "negated"]
                answered = next((e for e in named if _answers(event, e)), None) \
                    or next((e for e in named if _answers_at_home(event, e)), None)
                if answered is not None:
                    event = event.model_copy(update={"target": answered.source.model_copy(update={"basis": "context"})})
            result.append(event)
        return result

    def _named_acts(self, doc: Doc, event: Event) -> frozenset[str]:
        """The types of act a response's object names ("dismissed **the protest**": ACCUSE), "*" for any act."""
        trigger = doc.char_span(*event.trigger.span, alignment_mode="expand")
        nouns = [o.lemma_.lower() for o in arguments.objects(trigger.root)] if trigger is not None else []
        return next((self.lex.answered_acts[n] for n in nouns if n in self.lex.answered_acts), frozenset())

    def _arguments(self, c: Candidate, actors: Callable) -> tuple[list[EventActor], list[Token]]:
        """Source actors and target head candidates of a candidate."""
        if c.kind == "noun":
            source = noun_source(c.trigger) or forces_of(c.trigger, self.lex)
            found = actors(source, owned=True)
            if source is not None and source.dep_ in VENUE_DEPS and source.ent_type_ in VENUE_LABELS \
                    and all(a.entity is None and a.sector is None for a in found):
                found = []  # "the Geneva talks", "a Times Square protest": where it happens, not who acts
            return found, arguments.target_candidates(c.trigger)
        if c.kind == "said":
            actor = arguments.subject_of(c.about)
            own = actors(actor, owned=True) if c.entry.type == "THREATEN" and actor is not None and actor.pos_ != "PRON" else []
            if own:
                # "the EU may suspend talks with Turkey if ..., a Dutch diplomat said": the EU threatens
                conditions = arguments.addressees(c.about, self.lex.conditional_marks)
                return own, [*arguments.target_candidates(c.about), *conditions]
            return actors(arguments.subject_of(c.anchor), owned=True), [actor or c.about,
                                                                          *arguments.target_candidates(c.about)]
        agent, patient = arguments.passive_parts(c.anchor)
        placed = False
        extra = [t for noun in (c.trigger, *c.trigger.conjuncts) for t in arguments.target_candidates(noun)] \
            if c.kind == "light" else []  # "launched artillery, mortar and rocket fire against X"
        into = c.entry.type in CLAUSE_TARGET_TYPES
        stative = c.anchor.lemma_.lower() in self.lex.stative_passives  # "Israel is opposed to ..."
        if agent is not None:
            source = agent
            targets = [patient] if patient is not None else []
        elif patient is not None and (c.entry.type in arguments.SELF_TYPES and c.entry.mode != "release" or stative) \
                and not arguments.objects(c.anchor) \
                and not arguments.controls(c.anchor):  # "was given permission", "were allowed to leave": a recipient
            source, targets = patient, []
        elif patient is not None and c.entry.type in STATE_TYPES and (place := arguments.place_of(c.anchor, c.trigger)):
            source, targets, placed = place, [patient], True
        elif patient is not None and c.entry.type == "COERCE" and (home := _home_authority(c.anchor.doc)):
            return home, [patient, *arguments.target_candidates(c.anchor)]  # "Twenty-three people were arrested."
        elif patient is not None and c.entry.type == "ASSAULT":  # "were killed in a bombing in Baghdad"
            source, targets = None, [patient]
        elif patient is not None:
            return [], []
        else:
            source, targets = arguments.subject_of(c.anchor), []
        if c.entry.type in ADDRESSED_TYPES:
            targets += arguments.addressees(c.anchor, speech=self.lex.speech_verbs)
        targets = [*targets, *extra, *arguments.target_candidates(c.anchor, into_clauses=into)]
        if c.entry.type == "REQUEST":  # "pressing to use U.S.-supplied missiles": the supplier is asked
            targets += [t for t in arguments.target_candidates(c.anchor) if arguments.supplied(t)]
        if c.entry.type == "THREATEN":  # whom the threat is made to, then whose act would set it off, then the rest:
            conditions = arguments.addressees(c.anchor, self.lex.conditional_marks)  # "... if Manila continued"
            targets = [*arguments.objects(c.anchor), *conditions, *targets]
        if c.entry.type in PURPOSE_TARGET_TYPES:  # a protest is aimed at whom its purpose names
            targets += arguments.purpose_targets(c.anchor) + (arguments.purpose_targets(c.trigger) if c.kind == "light" else [])
        if prep := PARTNER_PREPS.get(c.entry.type):  # "delivered tanks to Poland", "discussed Kosovo with Ivanov"
            targets.sort(key=lambda t: not (t is not None and t.dep_ == "pobj" and t.head.lower_ == prep))
        if c.entry.type == "ACCUSE":  # the accused first, the audience or forum last: "complained to the UN over X",
            targets.sort(key=_accused_first)  # "filed a case against Israel at the International Court of Justice"
        unnamed = False  # an event as subject names its actor: "a Ukrainian drone strike that hit", "fighting between X and Y"
        subject_event = self.lex.match_noun(source) if source is not None and source.pos_ == "NOUN" else None
        if subject_event is not None and c.entry.type != "PROTEST" and self._protest(subject_event, source, actors):
            return [], []  # "the strike shut down offices and schools": what a protest brings about is that protest
        if source is not None and (subject_event is not None
                                   or source.tag_ == "VBG" and self.lex.match_verb(source) is not None):
            named = noun_source(source)
            unnamed, source = named is None, named or source  # else its phrase: "the deployment of NATO troops"
        found = actors(source, owned=True)
        if found and unnamed and c.entry.type == "ASSAULT":  # "the bombing in Kabul": located, not identified
            found = [a.model_copy(update={"entity": None, "sector": "UNK"}) for a in found]
        if not found and placed:
            found = _geocoded(source)  # "detained in the southern city of Basra": the places stage knows Basra
        if not found and c.entry.type == "PROTEST" and source is not None:
            found = self._local_crowd(source, c, actors)
        if not found and c.entry.type == "ASSAULT" and c.entry.weight >= UNIDENTIFIED_WEIGHT \
                and (source is None or unnamed or self.lex.weapon_mode([source])):
            found = _unidentified(c, source, actors)  # "a roadside bombing near Samarra killed ..."
        if not found and source is not None and source.i == c.anchor.head.i:  # "issued a declaration demanding"
            found = actors(arguments.document_subject(c.anchor), owned=True)
        return found, targets

    @staticmethod
    def _protest(entry: Entry, noun: Token, actors: Callable) -> bool:
        """Whether an event noun names a protest: a PROTEST word, or a strike workers or unions called."""
        if entry.type == "PROTEST":
            return True
        called = actors(noun_source(noun), owned=True) if entry.key == "strike" else []
        return bool(called) and all(a.sector in LABOUR_SECTORS for a in called)

    def _local_crowd(self, source: Token, c: Candidate, actors: Callable) -> list[EventActor]:
        """An uncoded crowd that protests ("Thousands marched through London") as civilians of the country it protests
        in, the way CAMEO coders code unnamed protesters; [] for other sources or without a place."""
        if arguments.counted(source).lemma_.lower() not in self.lex.crowd_nouns | self.lex.people_nouns:
            return []
        country = _country_of(arguments.place_of(c.anchor, c.trigger), actors)
        if country is None:
            return []
        return [EventActor(text=source.text, span=(source.idx, source.idx + len(source.text)), entity=None,
                           country=country, sector="CVL")]

    def _readying(self, verb: Token) -> bool:
        """True when an attack is only what its actor readies for ("the army prepared to resume shelling", "troops
        are poised to attack"): a show of readiness, MOBILIZE (manual 3.14), not a verbal THREATEN."""
        head = verb.head
        while verb.dep_ in ("xcomp", "conj") and head.lemma_.lower() not in self.lex.readiness_verbs and head.head != head:
            verb, head = head, head.head
        return verb.dep_ in ("xcomp", "advcl", "prep", "pcomp") and head.lemma_.lower() in self.lex.readiness_verbs

    def _mover(self, c: Candidate) -> Token | None:
        """The verb of the mobilization ``c`` is or announces ("deployed troops", "said it will send troops"), or of
        aid sent in a vehicle: its objects, what they carry and its source's own forces are the means moved, not the
        target."""
        if c.entry.type == "MOBILIZE" or c.entry.type == "AID" and \
                any(o.lemma_.lower() in CARRIERS for o in arguments.objects(c.anchor)):
            return c.anchor  # "send a navy vessel with relief stores": the vessel and its cargo are the means
        if c.kind == "said" and (inner := self.lex.match_verb(c.about)) is not None and inner.type == "MOBILIZE":
            return c.about
        return None

    def _targets(self, heads: list[Token], sources: list[EventActor], c: Candidate, actors: Callable,
                 guess: bool = False) -> list[EventActor]:
        """The first target head that names an actor other than the sources.

        A threat's clause subject of the source's own country is the source speaking of itself ("Putin warned
        that Russia would ..."), not the target (unless ``guess``ing). The objects of a mobilization, or of one a
        statement announces or asks for, are its means ("sent troops to Romania"), and so are the forces of the
        source's own country in a MOBILIZE ("a maneuver of 80,000 Russian troops"); the forces a RETREAT withdraws are
        its means too ("Russia withdrew 10,000 troops from Chechnya").
        A place a non-local act is reported from ("In Baghdad, the ministry condemned ...") is its setting, while the
        place an attack or a protest opens with is what it hits ("In Kyiv, missiles struck ...").
        What an object is called ("condemned the strike **as a violation of Iraqi sovereignty**") names no party, nor
        do the reporters a statement is made to ("… must know there is a price to pay," she told **reporters**).
        A request to use a supplied thing addresses the supplier ("pressing to use U.S.-supplied missiles"). A phrase
        no code is known for is the target only when no later head names a coded actor. Who reports the event is
        no party to it ("refused to release the names, Breitbart News reported"; "according to people close to X").
        """
        taken = {s.span for s in sources}
        reporting = arguments.reporting_spans(c.trigger)
        self_reference = c.entry.type == "THREATEN" and not guess
        mover = self._mover(c)
        countries = {s.country for s in sources} if c.entry.type == "MOBILIZE" else set()
        uncoded: list[EventActor] = []
        for head in heads:
            if head is None or head.i == c.trigger.i or mover is not None and (
                    head.head == mover and head.dep_ in arguments.OBJECT_DEPS
                    or c.entry.type == "AID" and any(arguments.under_preposition(head, mover, word)
                                                     for word in ("with", "from"))) \
                    or self._occasion(head) or self._withdrawn(head, c) \
                    or self._venue(head, c) or any(start <= head.idx < end for start, end in reporting) \
                    or c.entry.type not in LOCAL_TYPES and arguments.fronted_setting(head, c.anchor) \
                    or arguments.predicative_as(head, c.anchor) or arguments.press_audience(head) \
                    or c.entry.type in SHIELDING_TYPES and arguments.under_preposition(head, c.anchor, "against"):
                continue
            if head.pos_ == "NOUN" and self.lex.match_noun(head) is not None:
                # an event names only its own actor ("condemned the Israeli air strikes", "the withdrawal of Serbian
                # forces"); "called a general strike" has no target
                head = self._event_actor(head)
                if head is None:
                    continue
            own = any(k.dep_ == "poss" and k.lower_ in OWN_PRONOUNS for k in head.children)
            found = [a for a in actors(head, suppliers=c.entry.type == "REQUEST")
                     if all(arguments.overlap(a.span, s) == 0 for s in taken)
                     and not any(a.entity and a.entity == s.entity for s in sources)
                     and not (head.dep_ == "nsubj" and any(a.country == s.country for s in sources)
                              and (self_reference or _speaks_of_itself(head, a, c)))
                     and not (own and any(a.country == s.country for s in sources))
                     and a.country not in countries]
            if not found and head.dep_ == "dobj" and c.entry.type in LOCAL_TYPES:
                found = _geocoded(arguments.settlement(head))  # "shelled the town of Afrin": a city the coder lacks
            if found and all(a.country is None and a.sector is None for a in found):
                uncoded = uncoded or found  # "handed the Bakassi peninsula over to Cameroon": a coded actor first
            elif found:
                return found
        return uncoded

    def _venue(self, head: Token, c: Candidate) -> bool:
        """True for the place a meeting, an agreement or a signing is held in ("held talks in Geneva", "agreed to
        resume talks in Oslo", "signed in Rome"), which is no party to it; a place one travels to is the host visited
        ("arrived in Moscow for talks"). Where a curfew, a deployment or force applies is its target, as PLOVER's gold
        codes it ("extend the curfew in Abidjan", "strengthened its forces in Lebanon")."""
        if c.entry.type not in VENUE_TYPES or not arguments.venue(head) \
                or self.lex.verb_lemma(c.anchor) in self.lex.visiting_verbs:
            return False
        held = head.head.head  # what "in X" tells the place of: this act, or a meeting or agreement it names
        if c.entry.type == "CONSULT" or held in (c.anchor, c.trigger):
            return True
        named = verb_candidate(held, self.lex) if held.pos_ in ("VERB", "AUX") else None
        entry = named.entry if named is not None else self.lex.match_noun(held) if held.pos_ == "NOUN" else None
        return entry is not None and entry.type in VENUE_TYPES  # "offered to reduce its troops in Moldova": a target

    def _event_actor(self, noun: Token) -> Token | None:
        """The actor an event noun names: its own (possessive, by/between, adjective), else its "of" phrase ("the
        withdrawal of Serbian forces"); a frame noun's "of" phrase is the event itself ("a package of military aid"),
        whose own actor is looked for instead."""
        own = noun_source(noun)
        inner = arguments.of_object(noun) if own is None else None
        if inner is not None and noun.lemma_.lower() in self.lex.frame_nouns:
            return noun_source(inner) or arguments.of_object(inner)
        return own or inner

    def _withdrawn(self, head: Token, c: Candidate) -> bool:
        """True for the forces a RETREAT pulls out, its object ("withdrew 10,000 troops"): its means, not its target;
        not the soldiers a release frees ("released a captured soldier"), who are."""
        return c.entry.type == "RETREAT" and c.entry.mode != "release" and head.dep_ in arguments.OBJECT_DEPS and \
            arguments.counted(head).lemma_.lower() in self.lex.force_nouns | self.lex.force_vehicles

    def _occasion(self, head: Token) -> bool:
        """A common noun naming a meeting or session ("convene for the U.N. General Assembly gathering", "at the
        summit"), or the place it is held in ("the summit in Vilnius"), or a date, time or amount ("opened fire on a
        post on Wednesday"): the occasion of the act, not an actor it is aimed at."""
        occasion = lambda t: t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.occasion_nouns  # noqa: E731
        return occasion(head) or head.ent_type_ in WHEN_OR_HOW_MUCH or head.dep_ == "pobj" \
            and head.head.lower_ in arguments.PLACE_PREPS and occasion(head.head.head)

    def _content_mode(self, c: Candidate) -> str:
        """The mode of a REQUEST/REJECT/THREATEN verb from what it is about ("threatened to launch an offensive": violence),
        of an ASSAULT from the weapon its clause names ("killed ... using guided missiles": heavy-weapons)."""
        if c.entry.type == "ASSAULT":
            head = c.anchor if c.kind != "noun" else c.trigger
            sent = head.sent
            return self.lex.weapon_mode(head.doc[max(head.left_edge.i, sent.start):min(head.right_edge.i + 1, sent.end)])
        if c.kind != "verb" or c.entry.type not in self.onto.content_modes:
            return ""
        inner = complement_entry(c.anchor, self.lex)
        return self.onto.content_mode(c.entry.type, inner.type, inner.mode) if inner is not None else ""

    def _mood(self, doc: Doc, c: Candidate) -> tuple[str, Quote | None, bool]:
        """(modality, the quote holding the trigger, whether it sits under a speech verb)."""
        speech = under_speech(c.anchor, self.lex) is not None
        if c.kind == "said":
            mood = "asserted"
        elif c.kind == "noun":
            mood = noun_modality(c.trigger, self.lex, speech)
        else:
            mood = modality(c.anchor, self.lex, speech)
            mood = object_mood(c.anchor, self.lex, mood) if c.kind == "light" else mood
        quote = arguments.quote_for(c.trigger.idx, doc._.quotes or ())
        quote = quote if quote is not None and self._statement(quote) else None
        return ("reported" if quote is not None and mood == "asserted" else mood), quote, speech

    def _refused(self, c: Candidate) -> bool:
        """True when a REJECT verb governs the negated act ("refused to extradite"): that verb is the rejection, no
        second one is derived from the act; or when the act was failed, not refused ("fails to mobilize support")."""
        head = c.anchor.head
        if c.anchor.dep_ == "xcomp" and head.lemma_.lower() in UNABLE and not any(t.dep_ == "neg" for t in head.children):
            return True
        governor = self.lex.match_verb(head)
        return governor is not None and governor.type == "REJECT"

    def _statement(self, quote: Quote) -> bool:
        """True when a quote reports words: quotation marks, or a cue that is a speech act ("said", "warned",
        "according to"), not a belief or intention the statements stage also records ("refused to", "is expected to")."""
        if quote.kind != "indirect":
            return True
        lemma = quote.cue.lemma.lower() if quote.cue is not None else ""
        if lemma in self.lex.speech_verbs or lemma.startswith("accord"):
            return True
        entry = self.lex.verbs.get(lemma)
        return entry is not None and self.onto.types[entry[0]].quad.startswith("verbal")

    def _events(self, doc: Doc, text: str, where: tuple[tuple[int, int], int], c: Candidate, actors: Callable,
                subordinate: bool = False) -> list[Event]:
        """The events of one candidate: one per (source, target) pair, plus a refusal for negated cooperation.

        ``where`` is the clause's paragraph-bounded scope and its sentence's start: actors come from the
        scope, except pronoun antecedents in earlier sentences.
        """
        scope, sentence_start = where
        start, end = scope
        inside = lambda actor: start <= actor.span[0] and actor.span[1] <= end  # noqa: E731
        sources, target_heads = self._arguments(c, actors)
        sources = [a for a in sources if inside(a) or a.span[1] <= sentence_start]
        if not sources:
            return []
        found = self._targets(target_heads, sources, c, actors)
        guessed = not [a for a in found if inside(a)]
        if guessed:  # last resort: another actor named in the trigger's clause
            speaker = arguments.subject_of(c.anchor) if c.kind == "said" else None  # who reports it is no target
            venue = lambda t: c.kind == "said" and t.dep_ == "pobj" and t.head.head == c.anchor  # noqa: E731
            found = self._targets([t for t in arguments.clause_nominals(c.anchor) if t != speaker and not venue(t)],
                                  sources, c, actors, guess=True)  # nor where it is said ("told reporters in Brussels")
        targets = [a for a in found if inside(a)] or [None]
        sources, targets = _located(sources, c, actors), _located(targets, c, actors)
        named = [a for a in sources + targets if a is not None and a.entity is not None]
        sources, targets = _named_once(sources, named) or sources, _named_once(targets, named) or [None]
        if c.entry.key in STATE_ACTS and not all(_state(doc, s) or s.sector in STATE_SECTORS for s in sources):
            return []  # "survivors were still searching the rubble": a search coerces only when the state's forces make it
        if c.entry.key == "meet~demand" and not _someones(arguments.objects(c.anchor)):
            return []  # "meeting fast-growing domestic demand" is a market's, not a party's demand met
        if c.entry.mode == "obstruct" and all(_state(doc, s) for s in sources):
            seized = c.entry.key.startswith("occupy")  # "troops occupied the headquarters" seize it (table 3.10)
            c = replace(c, entry=Entry("COERCE", "seize" if seized else "restrict", c.entry.weight, c.entry.key))
        if c.entry.key in PERMITS and targets != [None] and all(t is not None and t.country in INTERNATIONAL
                                                                  for t in targets):
            c = replace(c, entry=Entry("RETREAT", "access", c.entry.weight, c.entry.key))  # "allowed the Red Cross to"
        if c.entry.type == "PROTEST" and all(_state(doc, s) or s.sector == "GOV" for s in sources):
            c = replace(c, entry=Entry("ACCUSE", "disapprove", c.entry.weight, c.entry.key))  # a diplomatic protest (3.12.2)
        if c.entry.key == "strike" and all(s.sector in LABOUR_SECTORS for s in sources):
            c = replace(c, entry=Entry("PROTEST", "strike", c.entry.weight, c.entry.key))
        verbal = c.entry.key in VERBAL_ATTACKS or c.entry.key.partition("~")[2] in VERBAL_ATTACKS  # "stop~attack"
        if verbal and c.entry.type == "RETREAT" and _in_words(doc, c, sources, targets, self.lex):
            return []  # "called on Trump to stop attacking Machado": words stopped, no ceasefire
        if c.entry.type == "ASSAULT" and verbal and _in_words(doc, c, sources, targets, self.lex):
            c = replace(c, entry=Entry("ACCUSE", "disapprove", c.entry.weight * 0.8, c.entry.key))
        mood, quote, speech = self._mood(doc, c)
        if mood == "negated" and ruled_out(c.trigger):
            return []  # "did not rule out sanctions": a possibility kept open, no rejection
        if c.entry.type == "ASSAULT" and mood == "planned" and not speech and self._readying(c.anchor):
            c, mood = replace(c, entry=Entry("MOBILIZE", "troops", c.entry.weight, c.entry.key)), "asserted"
        if c.entry.type == "COOPERATE" and c.entry.key.startswith("joint ") and len(sources) == 1 \
                and not any(p.lower_ == "with" for w in (c.trigger, c.anchor) for p in w.children):
            # "Beijing staged joint exercises around Taiwan": its own services' drill, no partner (manual 3.14)
            c = replace(c, entry=Entry("MOBILIZE", "troops", c.entry.weight, c.entry.key))
        confidence = c.entry.weight * NESTED_PENALTY[mood] * (1.0 if sources[0].entity else 0.9)
        if guessed:  # PLOVER requires a recipient for COOPERATE, AID and SANCTION
            confidence *= UNTARGETED_REQUIRED if self.onto.types[c.entry.type].needs_target else UNTARGETED
        confidence *= DEPTH_DECAY ** _depth(c.anchor)
        confidence *= SUBORDINATE if subordinate else 1.0
        mode = c.entry.mode or self._content_mode(c) or None
        if c.entry.type == "MOBILIZE" and mode == "troops" and all(s.sector == "COP" for s in sources):
            mode = "police"  # "Indian police were put on high alert" (manual table 3.9)
        verb = clause_verb(c.anchor)
        common = dict(
            type=c.entry.type, mode=mode, context=list(contexts(text[start:end])),
            trigger=Trigger(text=c.trigger.text, span=(c.trigger.idx, c.trigger.idx + len(c.trigger.text))),
            span=scope, modality=mood, reported_by=quote.id if quote else None,
            date=event_date(doc, c.trigger, verb, scope, mood in ("planned", "hypothetical"),
                            self.onto.types[c.entry.type].quad.startswith("material")),
            place=event_place(doc, scope, verb), confidence=round(min(1.0, confidence), 3),
        )
        pairs = [(s, t) for s in sources for t in targets]
        if targets == [None] and len(sources) > 1 and (_between(doc, sources) or c.entry.type in MUTUAL_TYPES):
            # "talks between X and Y", "Iran and Iraq held talks", "Congo and the M23 agreed to extend": each other
            pairs = [(s, t) for s in sources for t in sources if t is not s]
        pairs = [(s, t) for s, t in pairs if not _same_actor(s, t)]  # no actor acts on itself
        if not pairs:
            return []
        events = [Event(id="V0", source=s, target=t, **common) for s, t in pairs]
        if mood == "negated" and c.entry.type in self.onto.refusable and not self._refused(c):
            refusal = dict(common, type="REJECT", mode=self.onto.content_mode("REJECT", c.entry.type, c.entry.mode) or None,
                           modality="reported" if speech or quote else "asserted",
                           confidence=round(common["confidence"] * REFUSAL_WEIGHT, 3))
            events += [Event(id="V0", source=s, target=t, **refusal) for s in sources for t in targets]
        return events


def _someones(objects: list[Token]) -> bool:
    """Whether a demand met is a party's: demands in the plural, or one with an owner ("the unions' demand", "the demand
    of the strikers", "hostage-takers demand"), not a market's ("domestic demand", "energy demand")."""
    return any(o.lower_ == "demands" or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                            or c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") for c in o.children)
               for o in objects if o.lemma_.lower() == "demand")


def _speaks_of_itself(head: Token, actor: EventActor, c: Candidate) -> bool:
    """Whether ``actor`` is a state named as the subject of a clause below the act ("denied that **Addis Ababa** had
    any plan", "warning that **Beijing** would take all measures"): with the source's country, the source speaking of
    itself, not the party it acts on."""
    return head.head != c.anchor and any(e.id == actor.entity and e.kind == "state" for e in head.doc._.entities or ())


def _between_states(act: Event, country: str) -> bool:
    """Whether ``act`` passes between ``country`` (a state, an IGO or an NGO) and another state, either way; an IGO or
    an NGO is no counterpart: they speak to states more than states act on them."""
    if act.target is None:
        return False
    pair = (act.source.country, act.target.country)
    other = pair[1] if pair[0] == country else pair[0]
    return country in pair and other != country and other is not None and other not in ("IGO", "NGO")


def _answers(response: Event, act: Event) -> bool:
    """Whether ``response`` can answer ``act``: support any other actor's act; a rejection or an accusation another
    country's act aimed at the responder's country or at no one named, or any act aimed at the responder itself ("the
    opposition accused the commission ... The commission dismissed the allegations")."""
    if act.type in RESPONSE_TYPES and act.target is None or act.source.text == response.source.text:
        return False
    if response.type == "SUPPORT":
        return act.source.entity is None or act.source.entity != response.source.entity
    return act.source.country not in (None, response.source.country) and \
        (act.target is None or act.target.country in (None, response.source.country)) \
        or act.target is not None and (_same_actor(response.source, act.target)
                                       or act.target.text.lower() == response.source.text.lower())


def _answers_at_home(response: Event, act: Event) -> bool:
    """Whether a rejection answers another actor's act of its own country aimed at that country, when no foreign act
    is answered ("rights groups accused the army of killing civilians ... The army denied the accusation")."""
    own = response.source.country
    return response.type == "REJECT" and act.source.country == own and act.target is not None \
        and act.target.country == own and act.source.text != response.source.text \
        and (act.source.entity is None or act.source.entity != response.source.entity)


def _one_act(acts: list[tuple[Event, Token]]) -> list[Event]:
    """A sentence's events less those that only go on telling an act already coded: a participle clause of the same
    type and source ("fired missiles ..., **striking** an air base and **wounding** seven": one ASSAULT, PLOVER codes
    an act once). The act keeps the participle's target when it had none ("struck overnight, killing 12 civilians")."""
    kept = list(acts)
    for event, anchor in acts:
        head = _told_by(anchor)
        main = next((i for i, (other, verb) in enumerate(kept) if head is not None and verb == head
                     and other.type == event.type and other.source.span == event.source.span), None)
        if main is None:
            continue
        if kept[main][0].target is None and event.target is not None:
            kept[main] = (kept[main][0].model_copy(update={"target": event.target}), head)
        kept = [act for act in kept if act[0] is not event]
    return [event for event, _ in kept]


def _told_by(anchor: Token) -> Token | None:
    """The verb whose act a participle clause goes on telling ("fired ..., **striking** ... and **wounding**"): the
    head of a present participle hung on it as an adverbial clause, through conjoined participles."""
    token = anchor
    while token.dep_ == "conj" and token.tag_ == "VBG" and token.head.tag_ == "VBG":
        token = token.head
    return token.head if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head != token else None


def _named_once(found: list[EventActor | None], named: list[EventActor]) -> list[EventActor | None]:
    """``found`` without a title piece that stands right before a ``named`` actor's name ("Indian Prime Minister" of
    "Macron and Indian Prime Minister Narendra Modi", split at the conjunction): the same person, not a second party."""
    return [a for a in found if a is None or a.entity is not None
            or not any(0 <= b.span[0] - a.span[1] <= 1 for b in named)]


def _same_actor(source: EventActor, target: EventActor | None) -> bool:
    """Whether ``target`` is ``source`` again: the same actor or the same words."""
    return target is not None and (source.entity is not None and source.entity == target.entity
                                   or source.span == target.span)


@Language.factory("newsgraph_events", default_config={"min_confidence": 0.3})
def make_events(nlp: Language, name: str, min_confidence: float) -> EventExtractor:
    """spaCy factory: ``nlp.add_pipe("newsgraph_events", config={"min_confidence": 0.3})``."""
    return EventExtractor(min_confidence)
