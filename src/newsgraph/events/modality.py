"""Whether an event happened, is planned, threatened, requested, hypothetical, negated or only reported."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.arguments import licence
from newsgraph.events.lexicon import Lexicon

CHAIN_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "nsubj",
                        "nsubjpass", "attr"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nor"})
FUTURE_BE = frozenset({"going", "about"})
UNREALISED = frozenset({"planned", "hypothetical", "threatened", "requested"})
"""Modalities of acts that have not happened; an event noun in such a clause shares it."""


def clause_verb(token: Token) -> Token:
    """The verb whose clause carries ``token``'s modality (the noun's governing verb, or itself)."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node


def governors(verb: Token, depth: int = 4) -> list[tuple[str, Token]]:
    """(dependency, head) pairs from ``verb`` up through complement, conjunct and adverbial clauses; a relative
    clause with a tense of its own ends the chain ("the prison, where 900 soldiers have been deployed since Monday"
    is told as a fact, whatever the sentence would do with the prison)."""
    chain: list[tuple[str, Token]] = []
    node = verb
    for _ in range(depth):
        if node.dep_ not in CHAIN_DEPS or node.head == node or node.dep_ == "relcl" and _finite(node):
            break
        chain.append((node.dep_, node.head))
        node = node.head
    return chain


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite(verb: Token) -> bool:
    """Whether a verb carries its own tense: a finite form or a finite auxiliary."""
    return verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in verb.children if c.dep_ in ("aux", "auxpass"))


def _auxes(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


RULING_OUT = frozenset({"rule out", "exclude"})
"""Verbs that, negated, leave an act open ("did not rule out requesting talks"): possible, neither done nor refused."""


def ruled_out(verb: Token) -> bool:
    """Whether ``verb`` is "rule out" or "exclude" (a possibility dismissed)."""
    particles = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
    return f"{verb.lemma_.lower()} {particles}".strip() in RULING_OUT


def _negative(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _left_open(chain: list[tuple[str, Token]]) -> bool:
    """An act under a negated "rule out" or "exclude" ("did not rule out requesting consultations")."""
    return bool(chain) and chain[0][0] in ("xcomp", "dobj", "pcomp") and ruled_out(chain[0][1]) and _negative(chain[0][1])


def _negated(trigger: Token, verb: Token, chain: list[tuple[str, Token]], lex: Lexicon) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ == "det" for c in (*verb.children, *trigger.children)):
        return True
    for dep, head in chain:
        if dep != "xcomp":
            break
        if head.lemma_.lower() in lex.governors["negated"] or _negative(head):
            return True
    return False


def _conditional(verb: Token, chain: list[tuple[str, Token]], lex: Lexicon) -> bool:
    nodes = [verb] + [head for _, head in chain]
    for node in nodes[:-1] if len(nodes) > 1 else nodes:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in node.children):
            return True
    return any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in verb.children)


def modality(trigger: Token, lex: Lexicon, speech_parent: bool) -> str:
    """Modality of the event expressed by ``trigger``, from negation, conditions, modals and governing verbs."""
    verb = clause_verb(trigger)
    chain = governors(verb)
    if _left_open(chain):
        return "hypothetical"
    if _negated(trigger, verb, chain, lex):
        return "negated"
    if _conditional(verb, chain, lex) or _caused(verb, chain, lex) or licence(verb) is not None:
        return "hypothetical"  # a condition, a wanted outcome, or an act a permission only licenses
    if (tense := _temporal(verb, lex, speech_parent)) is not None:
        return tense
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.realising_verbs:
        return modality(verb.head, lex, speech_parent)  # "tried to assassinate", "began to withdraw", "will try to"
    auxes = _auxes(verb)
    governing = _governing(verb, chain, lex)
    if governing in ("threatened", "requested", "hypothetical"):
        return governing
    if auxes & lex.modals["requested"]:
        return "requested" if speech_parent else "hypothetical"
    if auxes & lex.modals["planned"] or governing == "planned" or _future_be(verb):
        return "planned"
    if auxes & lex.modals["hypothetical"]:
        return "planned" if speech_parent else "hypothetical"
    if _uncertain_above(chain, lex):
        return "hypothetical"
    if "to" in auxes and (verb.dep_ == "advcl" and (verb.lemma_.lower() in SAID_IN_DOING
                                                    or verb.head.lemma_.lower() in SUMMONS)
                          or verb.dep_ in ("advcl", "xcomp") and _dispersing(verb)):
        return modality(verb.head, lex, speech_parent)  # "summoned the ambassador to demand an explanation": demanded
    if "to" in auxes and verb.dep_ in ("xcomp", "advcl", "acl"):
        return "planned"
    return "reported" if speech_parent else "asserted"


SAID_IN_DOING = frozenset({"demand", "protest", "complain", "warn", "urge", "ask", "request", "press", "express",
                           "condemn", "discuss", "raise", "convey", "voice", "lodge", "reiterate", "inform", "brief",
                           "explain", "stress", "denounce", "criticize", "criticise"})
"""Verbs of saying whose purpose clause is done in doing the act it hangs on: one summons an ambassador to demand,
and demands in the summoning (unlike "sent troops to capture the town", still to come)."""
SUMMONS = frozenset({"summon"})
"""Verbs whose purpose clause is done in the summons: one summons an envoy "to hand him a protest note" and hands it."""
DISPERSING = frozenset({"disperse", "scatter", "quell", "break up"})
"""Verbs of dispersing a crowd, which the force used for it does: police who "fired tear gas to disperse
protesters" or "used pepper spray to break up a crowd" dispersed them; it is no plan (a planned COERCE reads as a
THREATEN)."""


def _dispersing(verb: Token) -> bool:
    """Whether a verb, with its particle, is one of ``DISPERSING``."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return lemma in DISPERSING or f"{lemma} {particle}" in DISPERSING


def _caused(verb: Token, chain: list[tuple[str, Token]], lex: Lexicon) -> bool:
    """The act an unrealised causative wants of its object ("to motivate Russia **to seek** peace", "would force Iran
    to halt"): a desired outcome, not an act anyone planned. A realised one ("forced Russia to withdraw") is not."""
    if not chain or verb.tag_ != "VB":
        return False
    dep, head = chain[0]
    return dep in ("xcomp", "advcl", "ccomp") and head.lemma_.lower() in lex.causative_verbs and head.tag_ == "VB"


def _temporal(verb: Token, lex: Lexicon, speech_parent: bool) -> str | None:
    """A when/once/after/until clause shares the time of its main clause: planned under a planned one ("talks would
    continue **when** leaders convene"), hypothetical under an uncertain, requested or threatened one; None otherwise
    (then the clause's own modality applies)."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.temporal_marks and c.i < verb.i
                                       for c in verb.children):
        return None
    main = modality(verb.head, lex, speech_parent)
    if main == "planned":
        return main
    return "hypothetical" if main in ("hypothetical", "requested", "threatened") else None


def _uncertain_above(chain: list[tuple[str, Token]], lex: Lexicon) -> bool:
    """A governing clause is itself conditional or modal ("should be the one to decide how it fights")."""
    uncertain = lex.modals["hypothetical"] | lex.modals["requested"]
    return any(_auxes(head) & uncertain for _, head in chain if head.pos_ in ("VERB", "AUX"))


def _governing(verb: Token, chain: list[tuple[str, Token]], lex: Lexicon) -> str | None:
    """The modality given by the nearest governing verb reached through complement clauses only (an infinitive
    the parser hung as an adverbial clause counts: "called on Argentina **to release**")."""
    dependent = verb
    for dep, head in chain:
        infinitive = dep == "advcl" and "to" in _auxes(dependent)
        if dep not in ("xcomp", "ccomp") and not infinitive:
            return None
        dependent = head
        found = "requested" if lex.wants_of(head) else lex.governs(head.lemma_.lower())
        if found is not None:
            return found
    return None


def object_mood(verb: Token, lex: Lexicon, mood: str) -> str:
    """An act named as the object of a verb of planning, threatening or weighing is planned, threatened or
    hypothetical, though that verb is asserted ("is planning an attack", "is weighing sanctions"); what is offered or
    sought is the act itself ("offered asylum" grants it, as the lexicon codes it). A phrasal verb is another verb
    ("setting off clashes" sets nothing for later)."""
    lemma = verb.lemma_.lower()
    phrasal = any(c.dep_ == "prt" for c in verb.children)
    governed = lex.governs(lemma) if lemma not in ("offer", "seek") and not phrasal else None
    return governed if mood == "asserted" and governed in ("planned", "threatened", "hypothetical") else mood


ANSWERING = frozenset({"counter", "repel", "repulse", "respond", "retaliate", "avenge", "condemn", "denounce",
                       "investigate", "probe", "mourn", "survive", "withstand", "answer", "punish", "resist"})
"""Verbs whose object act has already happened, whatever their own modality: "will send air defences to **counter**
attacks by Russian forces" plans the defence, not the attacks."""


def noun_modality(noun: Token, lex: Lexicon, speech_parent: bool) -> str:
    """Modality of an event noun: its clause's when it is the subject ("the meeting will ..."), planned when that
    clause plans it ("Biden's meeting with Zelenskyy is expected to happen", "talks are scheduled to resume"); as an
    object its clause's when that is not realised ("will attend the summit"), else its own."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        mood = modality(noun, lex, speech_parent)
        head = noun.head
        if mood in ("asserted", "reported") and lex.governs(head.lemma_.lower()) == "planned" \
                and any(c.dep_ == "xcomp" for c in head.children):
            return "planned"
        return mood
    if any(c.lower_ in NEGATORS for c in noun.children):
        return "negated"
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    mood = modality(verb, lex, speech_parent) if verb is not None else "asserted"
    if verb is not None and noun.head == verb and noun.dep_ == "dobj":
        mood = object_mood(verb, lex, mood)
    if mood in UNREALISED and verb.lemma_.lower() not in ANSWERING:  # "is expected to approve the plan at its summit in July": the summit is planned too
        return mood
    return "reported" if speech_parent else "asserted"


def _future_be(verb: Token) -> bool:
    """"is going to meet", "is expected to meet", "is to meet"."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lower_ in FUTURE_BE or head.lemma_ == "be" or head.lemma_ == "expect")


def under_speech(token: Token, lex: Lexicon) -> Token | None:
    """The speech verb ("said", "told") whose complement clause holds ``token``, or None."""
    node = clause_verb(token)
    for _ in range(4):
        if node.head == node:
            return None
        if node.dep_ in ("ccomp", "parataxis") or node.dep_ == "conj" and node.head.dep_ == "ccomp":
            head = node.head if node.dep_ != "conj" else node.head.head
            if head.lemma_.lower() in lex.speech_verbs:
                return head
        if node.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            return None
        node = node.head
    return None
