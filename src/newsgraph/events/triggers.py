"""Find event triggers in a sentence: lexicon verbs, nouns under light verbs, and statements that are requests or threats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from newsgraph.events.arguments import AGENT_LABELS, agent_of, counted, of_object, subject_of
from newsgraph.events.lexicon import DEFAULT_WEIGHT, SPECIFIC_WEIGHT, Entry, Lexicon, forms
from newsgraph.events.ontology import Ontology
from newsgraph.record import Quote

REQUEST_NEEDS = frozenset({"need", "have"})
LIGHT_PREPS = frozenset({"on", "in", "into", "under"})
"""Prepositions joining a light verb to its event noun: "went on strike", "engaged in talks", "put under arrest"."""
RIOT_MODES = frozenset({"", "primitive", "beat", "destroy"})
CLASH_VERBS = frozenset({"clash", "scuffle", "riot"})
"""Verbs of a street fight: people (not only protesters) who clash with police riot (PROTEST riot)."""
PROMISE_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
"""Verbs of commitment: a promise of cooperation is an AGREE, a promise of force a THREATEN ("vowed to crush")."""
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
"""ASSAULT modes a crowd of protesters commits as a riot (PLOVER PROTEST riot: injury or property damage); a
crowd that shoots or bombs still assaults."""


@dataclass(frozen=True)
class Candidate:
    """A trigger: the word(s) expressing it, the PLOVER entry, and the token whose arguments it takes."""

    trigger: Token
    entry: Entry
    anchor: Token
    kind: str  # "verb", "light" (noun under a light verb), "noun" (actor inside the noun phrase), "said"
    about: Token | None = None  # the clause a statement-derived REQUEST/THREATEN is about


def _light_noun(verb: Token, lex: Lexicon) -> tuple[Token, Entry] | None:
    """A trigger noun that is the object of light verb ``verb`` ("held talks", "went on strike", "launched artillery,
    mortar and rocket fire"; passive with its agent: "a rally was held by X"), or the purpose of a motion verb
    ("returned for talks")."""
    lemma = lex.verb_lemma(verb)
    light = lemma in lex.light_verbs
    claims = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.responsibility_nouns]
    for child in [*verb.children, *(c for claim in claims for c in claim.children)]:
        nouns = [child] if light and (child.dep_ in ("dobj", "obj")
                                      or child.dep_ == "nsubjpass" and agent_of(verb) is not None) else []
        if child.dep_ == "prep" and (child.lower_ in LIGHT_PREPS and light or child.lower_ == "for"
                                     and (lemma in lex.visiting_verbs or claims)):  # "claimed responsibility for the attack"
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        prep = child.lower_ if child.dep_ == "prep" else None
        for noun in [_amounted(n) for head in nouns for n in (head, *head.conjuncts)]:
            entry = lex.match_noun(noun, prep)
            if entry is not None:
                return noun, entry
    return None


def _amounted(noun: Token) -> Token:
    """What an amount of money is given in or of ("announced $20 million **in** emergency aid"), else the noun."""
    if noun.ent_type_ != "MONEY" and noun.pos_ != "NUM":
        return noun
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for g in p.children
                 if g.dep_ == "pobj"), noun)


def noun_source(noun: Token) -> Token | None:
    """The actor named inside a trigger noun phrase: "Russia's invasion", "attacks by X", "talks between X and Y",
    "a Ukrainian strike", "the arrest of X by Y"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "between"):  # "talks between X and Y": both act
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the attack, claimed by X", "strikes carried out by X"
            agent = agent_of(child)
            if agent is not None:
                return agent
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in AGENT_LABELS:
            return child
    patient = of_object(noun)  # "the arrest of the reformist mayor by Iranian authorities": "by" hung on the mayor
    return next((g for c in patient.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pobj"), None) if patient is not None else None


MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE"})
"""Types whose event noun names the moved forces in its "of" phrase, which act for their state."""


def forces_of(noun: Token, lex: Lexicon) -> Token | None:
    """The forces named by a noun's "of" phrase ("the withdrawal **of Russian troops**", "the deployment **of NATO
    troops**") when the noun is its clause's subject or a headline: the actor of a RETREAT or MOBILIZE noun
    (``MOVING_TYPES``); other event nouns name victims there ("the killing of soldiers")."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "ROOT"):  # "talks on / calls for the withdrawal of X": not done
        return None
    forces = of_object(noun)
    moved = forces is not None and counted(forces).lemma_.lower() in lex.force_nouns | lex.force_vehicles
    return forces if moved else None


def _said_candidate(verb: Token, lex: Lexicon, onto: Ontology) -> Candidate | None:
    """A statement that is a request ("said the US must ...", "issued a reminder that Iraq must ...") or a threat
    ("said it would attack if ...").  ``verb`` is a speech verb or a speech noun (then its clause verb is the anchor).
    A second reported clause joined to the first is read when the first is neither ("said Washington was concerned
    and that China should treat the crew humanely")."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
                   and (verb.pos_ == "VERB" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))), None)
    if clause is None:
        return None
    if verb.pos_ != "VERB":  # "issued a reminder that …", "said in a statement that …"
        head = verb.head.head if verb.head.dep_ == "prep" else verb.head
        verb = head if head.pos_ in ("VERB", "AUX") else verb
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "had never suggested the U.S. should use a database": nothing was asked
    joined = [c for c in clause.conjuncts if c.i > clause.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                    for m in c.children)]
    return next((found for c in (clause, *joined) if (found := _said_clause(verb, c, lex, onto)) is not None), None)


def _said_clause(verb: Token, clause: Token, lex: Lexicon, onto: Ontology) -> Candidate | None:
    """The request or threat one reported clause of a speech verb makes, if any (``_said_candidate``)."""
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    must = _requested(clause, lex)
    inner = lex.match_verb(clause)
    if must is not None:
        mode = onto.content_mode("REQUEST", inner.type, inner.mode) if inner else ""
        return Candidate(must, Entry("REQUEST", mode, 0.6, "said~must"), verb, "said", clause)
    future = any(a.lower_ in lex.modals["planned"] | lex.modals["hypothetical"] for a in auxes)
    marks = {m.lower_ for c in clause.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
    conditional = bool(marks & lex.conditional_marks) or _any_subject(clause)
    ultimatum = "unless" in marks and future
    announced = inner is not None and inner.type == "MOBILIZE" and not conditional  # "said troops would be deployed"
    if inner is not None and (inner.type in onto.threat_types and (future or conditional) and not announced or ultimatum):
        mode = onto.content_mode("THREATEN", inner.type, inner.mode)
        return Candidate(clause, Entry("THREATEN", mode, 0.6, "said~will"), verb, "said", clause)
    if inner is None and future and conditional and _responds(clause, lex):
        return Candidate(clause, Entry("THREATEN", "", 0.6, "said~respond"), verb, "said", clause)
    if inner is None and _damning_predicate(clause, lex):  # "said the detentions were “deeply worrying”"
        return Candidate(clause, Entry("ACCUSE", "", 0.6, "said~damning"), verb, "said", clause)
    return None


def _damning_predicate(clause: Token, lex: Lexicon) -> bool:
    """Whether a reported clause says its subject is something damning ("the move was unacceptable", "the vote was
    “a farce”"): a copula, not negated, whose predicate holds a damning word (lexicon ``labels``)."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    return _damning([c for c in clause.children if c.dep_ in ("acomp", "attr")], lex)


def _damning(phrases: list[Token], lex: Lexicon) -> bool:
    """Whether any of the phrases headed by ``phrases`` holds a damning word (lexicon ``labels``)."""
    return any(t.lower_ in lex.damning_words or t.lemma_.lower() in lex.damning_words
               for phrase in phrases for t in phrase.subtree)


def _requested(clause: Token, lex: Lexicon) -> Token | None:
    """The word that makes ``clause`` something asked of its subject: a "must"/"should" after the subject ("Should
    Rubio win Florida" is a condition), or "need"/"have" with an infinitive; None otherwise."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    must = next((a for a in clause.children if a.dep_ == "aux" and a.lower_ in lex.modals["requested"]
                 and (subject is None or a.i > subject.i)), None)
    if must is None and clause.lemma_ in REQUEST_NEEDS and any(c.dep_ == "xcomp" for c in clause.children):
        must = clause
    return must


FIRST_PERSON = frozenset({"i", "we"})


def quoted_request(sent: SpacySpan, quotes: Sequence[Quote], lex: Lexicon, onto: Ontology) -> Candidate | None:
    """A sentence of a direct quotation whose cue stands outside it that asks something of others ("These colleagues
    must be freed immediately," after "…, its representative said."): a REQUEST of the quotation's speaker, as
    "said X must" is; "we must" is a resolve, not a request."""
    doc, root = sent.doc, sent.root
    end = sent.start_char + len(sent.text.rstrip().rstrip("\"”’'"))  # the sentence's words, its closing mark aside
    quote = next((q for q in quotes if q.kind == "direct" and q.cue is not None and q.speaker is not None
                  and q.content_span[0] <= sent.start_char + 1 and end <= q.content_span[1]
                  and not sent.start_char <= q.cue.span[0] < sent.end_char), None)
    must = _requested(root, lex) if quote is not None and root.pos_ in ("VERB", "AUX") else None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if must is None or subject is not None and subject.lower_ in FIRST_PERSON:
        return None
    cue = doc.char_span(*quote.cue.span, alignment_mode="expand")
    verb = next((t for t in cue or () if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    inner = lex.match_verb(root)
    mode = onto.content_mode("REQUEST", inner.type, inner.mode) if inner else ""
    return Candidate(must, Entry("REQUEST", mode, 0.6, "quoted~must"), verb, "said", root)


def _any_subject(clause: Token) -> bool:
    """Whether a clause's subject is "any" act or party ("any misadventure by the adversary will be dealt with firmly",
    "any country that supplies them will face consequences"): a condition as much as an "if" is."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "any" for d in s.children)
               for s in clause.children)


def _responds(clause: Token, lex: Lexicon) -> bool:
    """Whether a clause promises an unnamed response ("China will take all necessary measures", "we will act"): under
    a condition in a statement, a threat."""
    lemma = clause.lemma_.lower()
    return lemma in lex.responses or any(f"{lemma}~{o.lemma_.lower()}" in lex.responses
                                         for o in clause.children if o.dep_ == "dobj")


def verb_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """The trigger a verb itself expresses: its lexicon entry, or the event noun it takes as a light verb."""
    entry = lex.match_verb(token)
    lemma = lex.verb_lemma(token)
    specific = entry is not None and ("~" in entry.key or " " in entry.key) and not _through_modifier(token, entry)
    claims = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.responsibility_nouns for c in token.children)
    if lemma in lex.cessation_verbs and (ceased := _ceased(token, entry, lex)) is not None:
        return Candidate(token, ceased, token, "verb")  # "Hezbollah stopped firing rockets": a ceasefire
    if lemma in lex.labelling_verbs and _damning_label(token, lex):  # "called the raids “a new low”"
        return Candidate(token, Entry("ACCUSE", "", 0.6, "label~" + lemma), token, "verb")
    if (lemma in lex.light_verbs or lemma in lex.visiting_verbs or claims) and not specific:
        found = _light_noun(token, lex)
        if found is not None:
            return Candidate(found[0], found[1], token, "light")
    if (entry is None or entry.type == "CONSULT") and lemma in lex.motion_verbs:
        entry = _forces_moved(token, lex) or entry  # "Russian warships entered the Black Sea"
    crowd = _gathered(token, lex) if lemma in lex.crowd_verbs else None
    if crowd == "protesters":
        entry = Entry("PROTEST", "demo", 0.75, "crowd~" + lemma)  # "protesters gathered outside parliament"
    elif crowd == "people":  # "supporters gathered outside the court": a rally there, else no meeting of parties
        entry = Entry("PROTEST", "demo", 0.6, "crowd~" + lemma) if _outside(token) else None
    elif entry is not None and entry.type == "ASSAULT" and entry.mode in RIOT_MODES and _crowd_acts(token, lemma, lex):
        entry = Entry("PROTEST", "riot", entry.weight, "crowd~" + entry.key)  # "protesters clashed with police"
    if entry is not None and entry.type == "AGREE" and lemma in PROMISE_VERBS \
            and (promised := complement_entry(token, lex)) is not None and promised.type in FORCE_TYPES:
        entry = Entry("THREATEN", "", entry.weight, entry.key)  # "Beijing vowed to crush any attempt at independence"
    if lemma in lex.forcible_verbs and any(c.dep_ == "advmod" and c.lower_ in lex.forcible_adverbs
                                           for c in token.children):
        entry = Entry("COERCE", "deport", SPECIFIC_WEIGHT, "forcibly~" + lemma)  # "forcibly repatriated refugees"
    if entry is None and lex.wants_of(token):  # "Germany wants Russia to withdraw its troops"
        entry = Entry("REQUEST", "", 0.6, "want~object")
    if entry is None:
        return None
    return Candidate(token, entry, token, "verb")


LABEL_DEPS = frozenset({"oprd", "xcomp", "attr", "ccomp", "dobj"})
"""Where the parse hangs the name a labelling verb gives its object ("called the raids “a new low”": a second object
or a predicate)."""


def _damning_label(verb: Token, lex: Lexicon) -> bool:
    """Whether a labelling verb gives its object a damning name (lexicon ``labels``): a second complement after the
    object, or an ``as`` phrase, holding a damning word ("branded the vote a sham", "described the strikes as
    barbaric"); "called for", "called on" and "called the minister" are no labels."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects or any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("for", "on") for c in verb.children):
        return False
    labels = [c for c in verb.children if c.i > objects[0].i and (c.dep_ in LABEL_DEPS and c is not objects[0]
                                                                  or c.dep_ == "prep" and c.lower_ == "as")]
    labels += [c for c in objects[0].children if c.dep_ in ("oprd", "appos", "acl") or c.dep_ == "prep" and c.lower_ == "as"]
    return _damning(labels, lex)


def _ceased(verb: Token, entry: Entry | None, lex: Lexicon) -> Entry | None:
    """Stopping a conflictual act ("stopped firing rockets", "halted its offensive", "ended the curfew") is its
    de-escalation (lexicon ``cessation``: RETREAT or CONCEDE); None when what is stopped is no such act, or when the
    verb's own key (``entry``: "suspend~strike") is at least as specific as the act's (a two-word "air strike" is more),
    or when the act is another's ("halted the rebels' advance" resists it)."""
    if any(c.dep_ in ("dobj", "obj") and (owner := noun_source(c)) is not None and owner.pos_ != "PRON"
           for c in verb.children):
        return None
    act = complement_entry(verb, lex, depth=1)
    ceased = lex.ceased(act) if act is not None else None
    if ceased is None or entry is not None and " " not in act.key:
        return None
    return Entry(ceased[0], ceased[1], min(act.weight, DEFAULT_WEIGHT["verbs"]), f"{lex.verb_lemma(verb)}~{act.key}")


RALLY_PREPS = frozenset({"outside", "front"})
"""Where a crowd that gathers outside a building, or in front of it, stands: a rally at that place."""


def _gathered(verb: Token, lex: Lexicon) -> str | None:
    """Who gathers: ``protesters`` (a crowd noun), ``people`` (supporters, residents, hundreds, "Serbs": a crowd that
    meets no one, so no CONSULT), else None; a relative clause's subject is the noun it describes ("supporters who had
    gathered")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
    head = counted(subject) if subject is not None else None
    word = head.lemma_.lower() if head is not None else ""
    people = word in lex.people_nouns or head is not None and head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")
    return "protesters" if word in lex.crowd_nouns else "people" if people else None


def _outside(verb: Token) -> bool:
    """Whether the verb has an ``outside X`` or ``in front of X`` phrase."""
    return any(c.dep_ == "prep" and (c.lower_ in RALLY_PREPS or any(g.lower_ in RALLY_PREPS for g in c.children))
               for c in verb.children)


def _crowd_acts(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """True when the subject of ``verb`` (also through conjunction: "clashed with police and set fire to ...") is a
    crowd of protesters, or, for a clash, a crowd of people ("students clashed with riot police": a riot, CAMEO 145)."""
    subject = subject_of(verb)
    crowds = lex.crowd_nouns | lex.people_nouns if lemma in CLASH_VERBS else lex.crowd_nouns
    return subject is not None and counted(subject).lemma_.lower() in crowds


def _through_modifier(verb: Token, entry: Entry) -> bool:
    """True when a ``verb~object`` key matched a modifier of the object, not the object itself ("held live-fire
    drills" is no "hold~fire"): a light verb's event noun then decides."""
    head, _, word = entry.key.partition("~")
    return bool(word) and " " not in head and not any(c.dep_ in ("dobj", "obj") and word in forms(c)
                                                       for c in verb.children)


def _forces_moved(verb: Token, lex: Lexicon) -> Entry | None:
    """Armed forces that arrive, travel or enter are moved, not visiting: MOBILIZE troops (weapons for warships and
    tanks), or AID for peacekeepers ("NATO peacekeeping troops have arrived in Bosnia": military assistance,
    manual 3.6); forces that leave withdraw (RETREAT)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    words = {t.lemma_.lower() for t in subject.subtree} if subject is not None else set()
    if not words & (lex.force_nouns | lex.force_vehicles) or any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "police moved to disperse the crowd": the act is the infinitive's
    if verb.lemma_.lower() in lex.departure_verbs:  # "the last Russian soldiers left Estonia"
        return Entry("RETREAT", "withdraw", 0.7, "forces~" + verb.lemma_.lower())
    if words & {"peacekeeper", "peacekeeping"}:
        return Entry("AID", "", 0.7, "forces~" + verb.lemma_.lower())
    mode = "police" if words & {"police", "officer"} else "weapons" if counted(subject).lemma_.lower() in \
        lex.force_vehicles else "troops"
    return Entry("MOBILIZE", mode, 0.7, "forces~" + verb.lemma_.lower())


def complement_entry(verb: Token, lex: Lexicon, depth: int = 3) -> Entry | None:
    """The lexicon entry of what ``verb`` is about: its complement clause ("threatened to hold a general strike")
    or its object noun ("demanded the withdrawal"), giving a REQUEST/REJECT/THREATEN its mode; ``depth`` bounds
    the clauses followed."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX") and depth > 0:
            found = verb_candidate(child, lex)
            entry = found.entry if found is not None else complement_entry(child, lex, depth - 1)  # "to institute a curfew"
            if entry is not None:
                return entry
        elif child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
            entry = lex.match_noun(child)
            if entry is not None:
                return entry
        elif child.dep_ == "prep":  # "called for the withdrawal"
            entry = next((found for noun in child.children if noun.pos_ == "NOUN" and asked_for(noun, lex) == verb
                          and (found := lex.match_noun(noun)) is not None), None)
            if entry is not None:
                return entry
    return None


def asked_for(noun: Token, lex: Lexicon) -> Token | None:
    """The verb of asking whose "for" names ``noun`` ("called for talks", "appealed for aid"), else None: what is
    asked for is the request's mode, as the object of "demanded" is, and no event of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return None
    return prep.head if lex.governs(prep.head.lemma_.lower()) == "requested" else None


def find_candidates(sent: SpacySpan, lex: Lexicon, onto: Ontology, quotes: Sequence[Quote] = ()) -> list[Candidate]:
    """Every trigger candidate in ``sent``; clauses a statement-derived event covers are not repeated."""
    found: list[Candidate] = []
    covered: set[int] = set()
    if (asked := quoted_request(sent, quotes, lex, onto)) is not None:
        found.append(asked)
        covered.add(asked.about.i)
    for token in sent:
        speech = token.pos_ == "VERB" and (token.lemma_.lower() in lex.speech_verbs or any(  # "issued a warning that"
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.speech_nouns for c in token.children))
        if speech or token.pos_ == "NOUN" and token.lemma_.lower() in lex.speech_nouns:
            said = _said_candidate(token, lex, onto)
            if said is not None:
                found.append(said)
                covered.add(said.about.i)
    anchors = {c.anchor.i for c in found}
    for token in sent:
        if token.i in covered:
            continue
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and not lex.sourcing(token):
            candidate = verb_candidate(token, lex)
            if candidate is not None and candidate.anchor.i not in anchors:
                found.append(candidate)
                anchors.add(candidate.trigger.i)
        elif token.pos_ in ("NOUN", "PROPN") and token.i not in anchors and token.head.i not in anchors \
                and ((asked := asked_for(token, lex)) is None or asked.i not in anchors) \
                and token.dep_ != "compound" and token.ent_type_ != "PERSON" \
                and not (token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in lex.cessation_verbs):
            # "Navy patrol boats", "attack helicopters": a kind of thing; "could suspend its cooperation": stopped;
            # "Marlon Grant": a name, no grant
            named = noun_source(token) is not None
            entry = lex.match_noun(token) if named or forces_of(token, lex) else None
            if entry is not None and (named or entry.type in MOVING_TYPES):
                found.append(Candidate(token, entry, token, "noun"))
    return found
