"""The trigger lexicon: which verbs and nouns express which PLOVER type and mode."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsgraph.events.arguments import AGENT_LABELS, described_object, infinitive, of_object, pobjs

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
YIELDING_TYPES = frozenset({"RETREAT", "CONCEDE"})
"""Acts a wanting verb demands of their agent when it names them as a noun (CAMEO 104-105: demand withdrawal, release,
easing): "wants the withdrawal of Russian troops"; wanting support or talks asks nothing of anyone yet."""
DEFAULT_WEIGHT = {"verbs": 0.8, "nouns": 0.7}
SPECIFIC_WEIGHT = 0.85
CARRYING = frozenset({"carry", "transport", "bring", "deliver", "contain", "hold", "load", "laden", "fill", "pack"})
"""Participles that say what a sent vehicle carries ("sent planes **carrying** tents", "trucks **loaded with** rice"):
the cargo keys the act (AID), before the vehicle (MOBILIZE)."""
CARRIERS = frozenset({"vessel", "ship", "boat", "plane", "aircraft", "flight", "truck", "lorry", "convoy", "helicopter",
                      "ferry"})
"""Vehicles whose "with" phrase is their cargo ("a navy vessel **with** relief stores")."""
PARTICLE_ADVERBS = frozenset({"down", "aside", "off", "back", "out", "up", "away", "over"})
"""Adverbs the parser may label advmod that are a phrasal verb's particle ("stepped **down**", "brushed **aside**")."""


@dataclass(frozen=True)
class Entry:
    """A lexicon hit: PLOVER type, mode ('' for none), prior confidence, and the key that matched."""

    type: str
    mode: str
    weight: float
    key: str


def _particle_place(verb: Token, adverb: Token) -> bool:
    """Whether an adverb stands where a verb's particle does: right after it ("handed over the men") or right after
    its object ("handed the men back")."""
    return adverb.i == verb.i + 1 or any(o.dep_ in OBJECT_DEPS and o.right_edge.i + 1 == adverb.i for o in verb.children)


@dataclass(frozen=True)
class Lexicon:
    """Indexed trigger lexicon plus the word lists that drive modality and argument finding."""

    verbs: dict[str, tuple[str, str]]
    nouns: dict[str, tuple[str, str]]
    weights: dict[str, float]
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    light_verbs: frozenset[str]
    governors: dict[str, frozenset[str]]
    modals: dict[str, frozenset[str]]
    conditional_marks: frozenset[str]
    verb_heads: frozenset[str]
    known_verbs: frozenset[str]
    stative_passives: frozenset[str]
    motion_verbs: frozenset[str]
    visiting_verbs: frozenset[str]
    departure_verbs: frozenset[str]
    realising_verbs: frozenset[str]
    forcible_adverbs: frozenset[str]
    forcible_verbs: frozenset[str]
    frame_nouns: frozenset[str]
    crowd_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    people_nouns: frozenset[str]
    responsibility_nouns: frozenset[str]
    force_nouns: frozenset[str]
    force_vehicles: frozenset[str]
    wanting_verbs: frozenset[str]
    readiness_verbs: frozenset[str]
    contest_verbs: frozenset[str]
    cessation_verbs: frozenset[str]
    ceased_as: dict[str, tuple[str, str]]
    nominals: dict[str, str]
    causative_verbs: frozenset[str]
    temporal_marks: frozenset[str]
    occasion_nouns: frozenset[str]
    information_nouns: frozenset[str]
    traded_goods: frozenset[str]
    answered_acts: dict[str, frozenset[str]]
    boilerplate_governors: frozenset[str]
    boilerplate_words: frozenset[str]
    weapon_modes: tuple[tuple[str, frozenset[str]], ...]
    labelling_verbs: frozenset[str]
    damning_words: frozenset[str]
    curb_nouns: frozenset[str] = frozenset()
    trade_nouns: frozenset[str] = frozenset()
    responses: frozenset[str] = frozenset()

    def _entry(self, table: dict[str, tuple[str, str]], key: str, kind: str) -> Entry | None:
        if key not in table:
            return None
        type_, mode = table[key]
        specific = "~" in key or " " in key
        weight = self.weights.get(key, SPECIFIC_WEIGHT if specific else DEFAULT_WEIGHT[kind])
        return Entry(type_, mode, weight, key)

    def verb_lemma(self, token: Token) -> str:
        """The verb's lemma, mended when the lemmatiser cut a past form the lexicon knows ("staged" -> "stag",
        "cordoned" -> "cordone")."""
        lemma = token.lemma_.lower()
        if token.tag_ in ("VBD", "VBN") and lemma not in self.known_verbs and token.lower_.endswith("ed"):
            # "staged" -> "stage", "cordoned" -> "cordon", "unbanned" -> "unban"
            stems = (token.lower_[:-1], token.lower_[:-2], token.lower_[:-3])
            return next((stem for stem in stems if stem in self.known_verbs), lemma)
        return lemma

    def match_verb(self, token: Token) -> Entry | None:
        """The most specific entry for a verb: ``verb prt~object``, ``verb prt``, ``verb prep~object``,
        ``verb~object``, ``verb``; a preposition's own object counts for its key ("took **to** the **streets**")."""
        lemma = self.verb_lemma(token)
        if (joined := hyphenated(token)) and joined in self.verb_heads:
            lemma = joined  # "test-fired": the tokenizer split the verb at its hyphen
        if lemma not in self.verb_heads and lemma.startswith("re") and lemma[2:].lstrip("-") in self.verb_heads:
            lemma = lemma[2:].lstrip("-")  # "reimpose", "re-open": the repeated act is the act
        if lemma not in self.verb_heads:  # every key starts with its verb: most verbs end here
            return None
        particles = [c for c in token.children if c.dep_ in ("prt", "prep")
                     or c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS and _particle_place(token, c)]
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        if after is not None and after.dep_ == "quantmod" and after.lower_ in PARTICLE_ADVERBS:
            particles.append(after)  # "handed over 20 prisoners", parsed as "over 20"
        heads = [(f"{lemma} {c.lower_}", [g for g in c.children if g.dep_ in ("pobj", "pcomp")]) for c in particles]
        heads += [(f"{lemma} for", []) for c in token.children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]  # "pushed for the US to back"
        heads.append((lemma, []))
        direct = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        objects = self._curbs(direct) + _object_words([c for c in token.children if c.dep_ in OBJECT_DEPS or c.dep_ == "xcomp"
                                 or c.dep_ == "ccomp" and c.pos_ == "ADJ"]  # "found him guilty", parsed as a clause
                                + [g for c in particles if c.lower_ in PARTICLE_ADVERBS for g in c.children
                                   if g.dep_ == "pobj"]  # "closed down the station" parsed as a preposition
                                + [g for c in token.children if c.dep_ == "ccomp" for g in c.children
                                   if g.dep_ == "nsubj"]  # "allowed inspectors to return": the allowed
                                + [d for d in (described_object(token),) if d is not None])  # "the deal she struck"
        if any(f"{lemma}~{word}" in self.verbs for word in set(FIXED_OBJECTS.values())):  # only "declare" walks
            objects += [FIXED_OBJECTS[t.lower_] for right in token.rights for t in right.subtree  # its clause
                        if t.lower_ in FIXED_OBJECTS and t.i > 0 and t.nbor(-1).lower_ == "non"]
        for head, own in heads:
            for word in [*_object_words(own), *objects]:
                hit = self._entry(self.verbs, f"{head}~{word}", "verbs")
                if hit:
                    return hit
            hit = self._entry(self.verbs, head, "verbs")
            if hit and hit.type == "AID" and any(word in self.information_nouns for word in objects):
                return None  # "gave no figures for casualties", "provided details": words, not aid
            if hit and hit.type == "AID" and lemma == "supply" and any(word in self.traded_goods for word in objects):
                return None  # "supplied 21 bcm of gas to Italy": trade, not aid
            if hit:
                return hit
        return None

    def _curbs(self, objects: list[Token]) -> list[str]:
        """``["trade-curb"]`` when an object restricts trade ("restrictions **on sales** to China", "**export**
        controls", "curbs on **imports**"): curtailing commercial exchanges is a SANCTION, not a restriction of
        freedoms (PLOVER manual 3.13, 3.15)."""
        for noun in objects:
            if noun.lemma_.lower() not in self.curb_nouns:
                continue
            modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")] + list(pobjs(noun, ("on",)))
            if any(m.lemma_.lower() in self.trade_nouns for m in modifiers):
                return ["trade-curb"]
        return []

    def match_noun(self, token: Token, prep: str | None = None) -> Entry | None:
        """The entry for a noun, preferring a two-word key with its compound or adjective ("hunger strike"),
        or with the preposition that introduces it (``prep``: "went **on strike**")."""
        lemma = token.lemma_.lower()
        for whole in forms(token)[:-1]:  # "cease-fire", "sit-in": the tokenizer split the word at its hyphen
            if hit := self._entry(self.nouns, whole, "nouns"):
                return hit
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
        for child in modifiers:
            hit = self._entry(self.nouns, f"{child.lemma_.lower()} {lemma}", "nouns")
            if hit:
                return hit
        if prep is not None and (hit := self._entry(self.nouns, f"{prep} {lemma}", "nouns")):
            return hit
        if lemma in self.nominals and (objects := list(pobjs(token, ("of",)))):
            verb = self.nominals[lemma]  # "the expulsion of 20 journalists" keys like "expelled 20 journalists"
            keyed = (self._entry(self.verbs, f"{verb}~{word}", "verbs") for word in _object_words(objects))
            if hit := next(filter(None, keyed), None):
                return hit
        if lemma in self.frame_nouns:  # "a mediation effort", "a round of talks": the modifier or "of" noun is the event
            counted = list(pobjs(token, ("of",)))
            return next(filter(None, (self.match_noun(c) if c in counted else self._entry(self.nouns, c.lemma_.lower(), "nouns")
                                      for c in [*modifiers, *counted])), None)
        return self._entry(self.nouns, lemma, "nouns")

    def ceased(self, act: Entry) -> tuple[str, str] | None:
        """(type, mode) of stopping ``act`` ("stopped firing": RETREAT ceasefire), None when stopping it is no
        de-escalation the lexicon knows."""
        return self.ceased_as.get(f"{act.type}:{act.mode}") or self.ceased_as.get(act.type)

    def weapon_mode(self, tokens: Iterable[Token]) -> str:
        """The ASSAULT mode of the first weapon named among ``tokens`` (in table order: suicide attacks first)."""
        words = set()
        for token in tokens:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = token.lemma_.lower()
            words.add(lemma)
            words.update(f"{c.lemma_.lower()} {lemma}" for c in token.lefts if c.dep_ in ("compound", "amod", "nmod"))
        return next((mode for mode, names in self.weapon_modes if words & names), "")

    def wants_of(self, verb: Token) -> bool:
        """True for a wanting verb whose infinitive act has its own named subject ("wants Russia to withdraw", parsed
        as an object and an xcomp or as a ccomp with a subject), or whose object is another's yielding act ("wants the
        withdrawal of Russian peacekeepers", "the release of its diplomats"): a request of that actor."""
        if verb.lemma_.lower() not in self.wanting_verbs:
            return False
        children = list(verb.children)
        if any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and (entry := self.match_noun(c)) is not None
               and entry.type in YIELDING_TYPES and of_object(c) is not None
               for c in children):
            return True
        named = lambda t: t.pos_ == "PROPN" or t.ent_type_ in AGENT_LABELS  # noqa: E731
        act = lambda t: self.match_verb(t) is not None  # noqa: E731  ("wants Trump to lose" asks nothing of him)
        if any(c.dep_ in ("dobj", "obj") and named(c) for c in children):
            return any(c.dep_ == "xcomp" and act(c) for c in children)  # "the war to end" asks no one
        return any(c.dep_ == "ccomp" and act(c) and any(g.dep_ == "nsubj" and named(g) for g in c.children)
                   and infinitive(c) for c in children)

    def sourcing(self, verb: Token) -> bool:
        """True for the infinitive of attribution boilerplate ("spoke on condition of anonymity **to discuss**",
        "was not authorized **to discuss**"): the reporter's sourcing, not an event."""
        if verb.dep_ not in ("xcomp", "advcl", "acl") or not infinitive(verb):
            return False
        head = verb.head
        if {head.lemma_.lower(), head.lower_} & self.boilerplate_governors and any(c.dep_ == "neg" for c in head.children):
            return True
        return any(t.lower_ in self.boilerplate_words for t in head.subtree if t.i < verb.i)

    def governs(self, lemma: str) -> str | None:
        """The modality a governing verb (plan, ask, threaten, refuse, ...) gives to the event it governs."""
        for modality, words in self.governors.items():
            if lemma in words:
                return modality
        return None


def hyphenated(token: Token) -> str | None:
    """The whole hyphenated word ``token`` ends ("fire" in "cease-fire" -> "cease-fire"), None if it ends none."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None
    return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"


FIXED_OBJECTS = {"grata": "persona", "gratae": "persona"}
"""Last words of fixed phrases that are a verb's object however the parse splits them: "declared two diplomats
personae non gratae" keys ``declare~persona``."""


def forms(token: Token) -> list[str]:
    """The lexicon forms of a noun: a hyphenated word whole, also unhyphenated, before the token's lemma ("cease-fire"
    split by the tokenizer -> cease-fire, ceasefire, fire)."""
    joined = hyphenated(token)
    return [joined, joined.replace("-", ""), token.lemma_.lower()] if joined else [token.lemma_.lower()]


def _object_words(objects: list[Token]) -> list[str]:
    """Lemmas an object key may name: what sent vehicles carry first, then the objects (whole when hyphenated:
    "declared a cease-fire" keys ``declare~ceasefire``), their compounds and adjectives, their "of" nouns ("a state of
    emergency")."""
    carried = [g for o in objects for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING
               for g in [*(g for g in c.children if g.dep_ in ("dobj", "obj")), *pobjs(c, ("with",))]]
    carried += [g for o in objects if o.lemma_.lower() in CARRIERS
                for g in [*pobjs(o, ("with",)), *(pobjs(o.head, ("with",)) if o.dep_ in ("dobj", "obj") else ())]]
    words = [form for g in carried  # what sent vehicles carry keys the act first, with its compounds ("relief stores")
             for form in [*forms(g), *(c.lemma_.lower() for c in g.children if c.dep_ == "compound")]]
    words += [form for o in objects for form in forms(o)]
    words += [g.lemma_.lower() for o in objects for g in o.children if g.dep_ in ("compound", "amod")]
    words += [g.lemma_.lower() for o in objects for g in pobjs(o, ("of",))]
    return words


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and index ``events/data/lexicon.json`` once."""
    raw = json.loads(resources.files("newsgraph.events").joinpath("data/lexicon.json").read_text("utf-8"))
    verbs: dict[str, tuple[str, str]] = {}
    nouns: dict[str, tuple[str, str]] = {}
    for type_, spec in raw["types"].items():
        verbs.update({key: (type_, mode) for key, mode in spec["verbs"].items()})
        nouns.update({key: (type_, mode) for key, mode in spec["nouns"].items()})
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        weights={k: float(v) for k, v in raw["weights"].items()},
        speech_verbs=frozenset(raw["speech_verbs"]),
        speech_nouns=frozenset(raw["speech_nouns"]),
        light_verbs=frozenset(raw["light_verbs"]),
        governors={k: frozenset(v) for k, v in raw["governors"].items()},
        modals={k: frozenset(v) for k, v in raw["modals"].items()},
        conditional_marks=frozenset(raw["conditional_marks"]),
        verb_heads=(heads := frozenset(key.split("~")[0].split(" ")[0] for key in verbs)),
        known_verbs=heads | frozenset(raw["light_verbs"]) | frozenset(raw["motion_verbs"]) | frozenset(raw["speech_verbs"]),
        stative_passives=frozenset(raw["stative_passives"]),
        motion_verbs=frozenset(raw["motion_verbs"]),
        visiting_verbs=frozenset(raw["motion_verbs"]) | frozenset(raw["stay_verbs"]),  # "is in Tokyo for talks"
        departure_verbs=frozenset(raw["departure_verbs"]),
        realising_verbs=frozenset(raw["realising_verbs"]),
        forcible_adverbs=frozenset(raw["forcible"]["adverbs"]),
        forcible_verbs=frozenset(raw["forcible"]["verbs"]),
        frame_nouns=frozenset(raw["frame_nouns"]),
        crowd_verbs=frozenset(raw["crowd_verbs"]),
        crowd_nouns=frozenset(raw["crowd_nouns"]),
        people_nouns=frozenset(raw["people_nouns"]),
        responsibility_nouns=frozenset(raw["responsibility_nouns"]),
        force_nouns=frozenset(raw["force_nouns"]),
        force_vehicles=frozenset(raw["force_vehicles"]),
        wanting_verbs=frozenset(raw["wanting_verbs"]),
        readiness_verbs=frozenset(raw["readiness_verbs"]),
        contest_verbs=frozenset(raw["contest_verbs"]),
        cessation_verbs=frozenset(raw["cessation"]["verbs"]),
        ceased_as={k: (v[0], v[1]) for k, v in raw["cessation"]["ceased_as"].items()},
        nominals={k: v for k, v in raw["nominals"].items() if not k.startswith("_")},
        causative_verbs=frozenset(raw["causative_verbs"]),
        temporal_marks=frozenset(raw["temporal_marks"]),
        occasion_nouns=frozenset(raw["occasion_nouns"]),
        information_nouns=frozenset(raw["information_nouns"]),
        traded_goods=frozenset(raw["traded_goods"]),
        answered_acts={noun: frozenset(types) for noun, types in raw["answered_acts"].items()},
        boilerplate_governors=frozenset(raw["boilerplate"]["governors"]),
        boilerplate_words=frozenset(raw["boilerplate"]["words"]),
        labelling_verbs=frozenset(raw["labels"]["verbs"]),
        damning_words=frozenset(raw["labels"]["words"]),
        curb_nouns=frozenset(raw["trade_curbs"]["curbs"]),
        trade_nouns=frozenset(raw["trade_curbs"]["trades"]),
        responses=frozenset(raw["responses"]["keys"]),
        weapon_modes=tuple((mode, frozenset(words)) for mode, words in raw["weapon_modes"].items() if not mode.startswith("_")),
    )
