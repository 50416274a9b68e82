"""Literal readings of trigger words: drops the figurative and non-political uses the lexicon cannot tell apart.

The lexicon keys a trigger by its word; ordinary political news uses many of those words in other senses ("released
his tax returns", "met the deadline", "targeting suburban voters", "pounding Trump as a fraud", "seized on the
remark", "when asked about it"). ``recode`` looks at what the trigger acts on and at its frame, and returns the
candidate unchanged, retyped (a force verb used of words is an accusation), or None (no event). The semantic
classes live in ``data/literal.json`` with their source; ``docs/events-precision.md`` describes each rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from newsgraph.events.arguments import (
    FIRST_PERSON, OBJECT_DEPS, RELATIVES, counted, described_object, infinitive, objects, of_object, pobjs, subject_of,
)
from newsgraph.events.lexicon import Entry, load_lexicon
from newsgraph.events.triggers import Candidate

DATA = Path(__file__).with_name("data") / "literal.json"
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
VERB_KINDS = frozenset({"verb", "light"})


@dataclass(frozen=True)
class Readings:
    """The word classes and verb lists of ``data/literal.json``."""

    objects: dict[str, frozenset[str]]  # PLOVER type -> lemmas of things acted on that make it no event
    indefinites: frozenset[str]
    poll_shares: frozenset[str]
    contests: frozenset[str]
    media_compounds: frozenset[str]
    documents: frozenset[str]
    question_verbs: frozenset[str]
    question_words: frozenset[str]
    attempt_verbs: frozenset[str]
    intransitive_protests: frozenset[str]
    cognition_verbs: frozenset[str]
    comment_verbs: frozenset[str]
    comment_nouns: frozenset[str]
    anonymity_verbs: frozenset[str]
    anonymity_nouns: frozenset[str]
    impact_verbs: frozenset[str]
    grab_preps: frozenset[str]
    plural_senses: frozenset[str]
    name_labels: frozenset[str]
    monologue_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    campaign_events: frozenset[str]
    generic_subjects: frozenset[str]
    electorate: frozenset[str]
    counterfactual_modals: frozenset[str]
    stances: frozenset[str]
    maintain_verbs: frozenset[str]
    apology_keys: frozenset[str]
    plea_words: frozenset[str]
    prizes: frozenset[str]
    staff: frozenset[str]
    dismissal_verbs: frozenset[str]
    helping_verbs: frozenset[str]
    messages: frozenset[str]
    race_verbs: frozenset[str]
    fixed_phrases: frozenset[str]
    bargain_adjectives: frozenset[str]


@lru_cache(maxsize=1)
def load_readings() -> Readings:
    """The readings data, read once: word classes by name, the object classes per type, and the verb lists."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    classes = {name: frozenset(words) for name, words in data["classes"].items()}
    objects = {type_: frozenset().union(*(classes[name] for name in names))
               for type_, names in data["objects"].items() if not type_.startswith("_")}
    named = {f.name: classes[f.name] if f.name in classes else frozenset(data[f.name])
             for f in fields(Readings) if f.name != "objects"}
    return Readings(objects=objects, **named)


def _word(c: Candidate) -> str:
    """The trigger word of the lexicon key that matched ("cut off~aid" -> "cut")."""
    return c.entry.key.split("~")[0].split(" ")[0]


def _lemma(token: Token) -> str:
    """The lemma of the thing a phrase names, through quantities ("dozens of voters" -> "voter")."""
    return counted(token).lemma_.lower()


def acted_on(c: Candidate) -> list[Token]:
    """What the trigger acts on: its objects (or the object it shares with a conjoined verb: "meet and exceed his
    goals"), its passive subject or the noun its participle or relative clause describes ("an email, released ...",
    "the report he released"), its "with"/"to" objects ("was met with mockery", "spoke to reporters"), a noun
    trigger's "of" object; pronouns left out."""
    found = []
    if c.kind == "noun" or c.kind == "light" and c.trigger.pos_ == "NOUN":
        found += [t for t in (of_object(c.trigger),) if t is not None] + list(pobjs(c.trigger, ("with", "to")))
    verb = c.anchor
    if c.kind in VERB_KINDS:
        affected = [t for t in verb.children if (t.dep_ in OBJECT_DEPS or t.dep_ == "nsubjpass")
                    and t.lower_ not in RELATIVES and t.pos_ != "ADP"]  # "given to X" is a "to" object, below
        shared = [t for v in verb.conjuncts for t in v.children if t.dep_ in OBJECT_DEPS and t.i > verb.i]
        described = [d for d in (described_object(verb),) if d is not None]
        found += affected or shared or described
        found += list(pobjs(verb, ("with", "to")))
    return [t for t in found if t.pos_ != "PRON" and t.i != c.trigger.i]


def _object_class(c: Candidate, r: Readings) -> bool:
    """True when what the trigger acts on belongs to a class that makes the type no event ("released the report",
    "met the deadline", "was met with mockery", "targeting ethnic voters", "spoke to reporters")."""
    banned = r.objects.get(c.entry.type)
    return bool(banned) and any(_lemma(t) in banned or counted(t).lower_ in banned for t in acted_on(c))


def _document_noun(c: Candidate, r: Readings) -> bool:
    """True for an event noun that names a document or a press event: "a press conference", "a news release", or a
    document noun a statement is made in ("explained in its release"), with no "of" phrase saying who is released."""
    noun = c.trigger
    if c.kind not in ("noun", "light") or noun.pos_ != "NOUN":
        return False
    press = any(t.dep_ == "compound" and t.lemma_.lower() in r.media_compounds for t in noun.children)
    said_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in r.documents \
        and of_object(noun) is None
    return press or said_in


def _speech_sense(c: Candidate, r: Readings) -> bool:
    """True for a noun whose event sense is plural only, used in the singular with a modifier ("anti-immigrant
    talk", "Trump's tough talk"): speech, not negotiations ("talks")."""
    noun = c.trigger
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in r.plural_senses and any(
        t.dep_ in ("amod", "compound", "poss") for t in noun.children)


def _no_actor(c: Candidate, r: Readings) -> bool:
    """True when the act's subject is an indefinite pronoun ("anyone who attacks", "if someone tried to kill") or a
    poll's share of people ("32 percent of voters opposed the tax"): a generic act or an opinion, no actor's act."""
    if c.kind not in VERB_KINDS:
        return False
    subject = subject_of(c.anchor)
    return subject is not None and (subject.lower_ in r.indefinites or subject.lemma_.lower() in r.poll_shares)


def _named(c: Candidate, r: Readings) -> bool:
    """True for a trigger word inside a name ("the Organization for Economic **Cooperation**", "the No Child Left
    Behind law") or a date ("in **March**"): part of an organisation's, a law's or a work's name or a month, no act."""
    return c.trigger.ent_type_ in r.name_labels


def _adjectival(c: Candidate, r: Readings) -> bool:
    """True for a past participle after a linking verb ("looked crushed", "seemed fired up"): a state, no act; after
    "be" it is a passive ("Poland is opposed to ...") and "the detained sailors" keeps its arrest."""
    verb = c.anchor
    return c.kind == "verb" and verb.tag_ == "VBN" and verb.dep_ in ("acomp", "oprd") \
        and verb.head.lemma_.lower() in r.linking_verbs


def _contest(c: Candidate, r: Readings) -> bool:
    """True for an attack verb whose setting is an electoral or sporting contest ("was beaten in the primary"), whose
    stake is a place, prize or cause ("battling Carson for the top spot", "fought for our right to bear arms"), or a
    race verb on a named person in a sentence about a contest ("Poll finds Clinton would beat out Trump"): a race or
    a campaign, no force."""
    if c.entry.type != "ASSAULT" or c.kind != "verb":
        return False
    verb = c.anchor
    raced = _lemma(verb) in r.race_verbs and any(o.ent_type_ == "PERSON" for o in objects(verb)) \
        and any(_lemma(t) in r.contests for t in verb.sent)
    return raced or any(_lemma(t) in r.contests for t in pobjs(verb, ("in",))) \
        or any(_lemma(t) in r.prizes for t in pobjs(verb, ("for",)))


def _bargain(c: Candidate, r: Readings) -> bool:
    """True for a deal a shop offers ("Amazon still has the **best** deal"): a price, not an agreement."""
    return c.entry.type == "AGREE" and c.trigger.pos_ == "NOUN" and _lemma(c.trigger) == "deal" \
        and any(t.dep_ == "amod" and t.lower_ in r.bargain_adjectives for t in c.trigger.children)


def _naming(c: Candidate, r: Readings) -> bool:
    """True for an event noun that a light verb names as something ("called the exercise a provocation"): a judgement
    of another's act, not the speaker's own exercise or strike ("called a general strike" stays)."""
    return c.kind == "light" and c.anchor.lemma_.lower() == "call" and any(t.dep_ == "oprd" for t in c.anchor.children)


def _fixed_phrase(c: Candidate, r: Readings) -> bool:
    """True for a trigger inside a fixed phrase that names no act ("as **opposed** to the speech")."""
    doc, i = c.trigger.doc, c.trigger.i
    return any(" ".join(t.lower_ for t in doc[start:start + len(phrase.split())]) == phrase
               for phrase in r.fixed_phrases for start in range(max(0, i - len(phrase.split()) + 1), i + 1))


def _monologue(c: Candidate, r: Readings) -> bool:
    """True for talking "about" something with no one named to talk with ("was on CNN talking about the race",
    "began talking about what will happen"): a statement, not talks between actors."""
    verb = c.anchor
    if c.entry.type != "CONSULT" or c.kind != "verb" or _word(c) not in r.monologue_verbs:
        return False
    partners = list(pobjs(verb, ("with", "to"))) + objects(verb)
    subject = subject_of(verb)
    return not partners and any(p.dep_ == "prep" and p.lower_ == "about" for p in verb.children) \
        and (subject is None or not subject.conjuncts and subject.tag_ not in ("NNS", "NNPS")
             or _lemma(subject) in r.generic_subjects | r.electorate)  # "so many people were talking about it"


def _question(c: Candidate, r: Readings) -> bool:
    """True for a question verb that asks a question, not for an act ("asked him if ...", "when asked about it",
    "I want to ask you, will he be there?"): a request needs what is requested ("asked X **to** ...", "asked
    **for** aid", "asked **that** ...")."""
    verb = c.anchor
    if c.entry.type != "REQUEST" or c.kind != "verb" or _word(c) not in r.question_verbs:
        return False
    if any(t.dep_ == "xcomp" or t.dep_ == "advcl" and infinitive(t) for t in verb.children) \
            or any(True for _ in pobjs(verb, ("for",))):
        return False
    clauses = [t for t in verb.children if t.dep_ in CLAUSE_DEPS]
    things = [t for t in verb.children if t.dep_ in ("dobj", "obj") and t.pos_ == "NOUN"
              and t.lemma_.lower() != "question"]
    if things:  # "asked permission", "asked help"
        return False
    return not clauses or any(_interrogative(t, r) for t in clauses)


def _interrogative(clause: Token, r: Readings) -> bool:
    """True for a clause that is a question: introduced by a wh-word, "if" or "whether", opened by an inverted
    auxiliary ("will he be there?"), or ending in a question mark."""
    words = list(clause.subtree)
    first = words[0]
    end = clause.doc[words[-1].i + 1] if words[-1].i + 1 < len(clause.doc) else words[-1]
    return first.lower_ in r.question_words or first.dep_ == "aux" and first.i < clause.i \
        or "?" in (words[-1].text, end.text)


def _finite_clause(clause: Token, r: Readings) -> bool:
    """True for a clause with its own tense or introducer ("that he erred", "how absurd that would be"), not a
    noun phrase the parser read as a clause ("welcomed the ceasefire **deal**")."""
    first = next(clause.subtree)
    return first.lower_ == "that" or first.lower_ in r.question_words or clause.tag_ in ("VBD", "VBZ", "VBP") \
        or any(t.dep_ in ("aux", "auxpass") and t.lower_ != "to" for t in clause.children)


def _attempt(c: Candidate, r: Readings) -> bool:
    """True for a REQUEST verb that means trying ("sought to portray", "seeking to win delegates"): the
    infinitive is what its subject tries to do, nothing asked of anyone."""
    return c.entry.type == "REQUEST" and c.kind == "verb" and _word(c) in r.attempt_verbs \
        and any(t.dep_ == "xcomp" for t in c.anchor.children) \
        and not objects(c.anchor)


def _transitive_protest(c: Candidate, r: Readings) -> bool:
    """True for a protest verb that protests only intransitively, used with an object or a clause ("demonstrate
    their capacity", "demonstrate that she can win", "rally world leaders"): showing or gathering, not a protest."""
    return c.entry.type == "PROTEST" and c.kind == "verb" and _word(c) in r.intransitive_protests \
        and any(t.dep_ in ("dobj", "obj") or t.dep_ == "ccomp" and _finite_clause(t, r) for t in c.anchor.children)


def _campaign_event(c: Candidate, r: Readings) -> bool:
    """True for a rally a named person holds or is named for ("a Trump rally", "Clinton's rallies", "one of his
    rallies", "Mr. Sanders held a rally"): a candidate's campaign event, not a protest by a group (manual 3.12)."""
    if c.entry.type != "PROTEST" or c.entry.key.split("~")[0] not in r.campaign_events:
        return False
    holders = [t for t in c.trigger.children if t.dep_ in ("compound", "poss")] if c.trigger.pos_ == "NOUN" else []
    if c.kind in VERB_KINDS:
        holders.append(subject_of(c.anchor))
    return any(t is not None and (t.ent_type_ == "PERSON" or t.lower_ in ("his", "her")) for t in holders)


def _opinion(c: Candidate, r: Readings) -> bool:
    """True for a statement read as a request that asks nothing of another actor: its clause is about people in
    general ("people should be able to choose", "you have to wonder"), the speaker's own duty ("I have to tell you",
    "we must do better"), no duty at all ("Obama doesn't have to pick a liberal") or judges the past ("we should have
    seen it coming")."""
    clause = c.about
    if c.kind != "said" or c.entry.type != "REQUEST" or clause is None:
        return False
    subject = subject_of(clause)
    modals = [t for t in clause.children if t.dep_ == "aux" and t.lower_ in r.counterfactual_modals]
    perfect = bool(modals) and any(t.dep_ == "aux" and t.lower_ == "have" for t in clause.children) \
        and clause.tag_ == "VBN"
    unneeded = c.trigger == clause and any(t.dep_ == "neg" for t in clause.children)  # "doesn't have to", "need not"
    own = subject is not None and subject.pos_ == "PRON" and subject.lower_ in FIRST_PERSON  # not "the US must"
    return perfect or unneeded or own or subject is not None and subject.lower_ in r.generic_subjects


AMOUNTS = frozenset({"much", "more", "less", "most", "least", "little"})
"""Words measuring a quantity of support ("twice as much support", "less support") rather than naming an act."""
SUPPORT_PARTIES = frozenset({"of", "for", "from", "behind"})
"""Prepositions naming who supports or whom ("more support from unions", "less support for the bill")."""


def _popularity(c: Candidate, r: Readings) -> bool:
    """True for a support noun measured "among" a group ("his support among evangelicals") or by an amount with no
    party named ("has twice as much support overall", "40 percent support"), or a candidate's support drawn from or
    cut into ("would draw from Clinton's support", "cut into her support"): a poll's standing, no act
    of the group or of the candidate ("won Merkel's support" stays)."""
    noun = c.trigger
    if c.entry.type != "SUPPORT" or noun.pos_ != "NOUN":
        return False
    drawn = noun.dep_ == "pobj" and noun.head.lower_ in ("from", "into") and any(t.dep_ == "poss" for t in noun.children)
    preps = {t.lower_ for t in noun.children if t.dep_ == "prep"}
    measured = not preps & SUPPORT_PARTIES and any(t.lower_ in AMOUNTS or t.dep_ == "nummod" for t in noun.lefts)
    return drawn or measured or "among" in preps


def _cognition(c: Candidate, r: Readings) -> bool:
    """True for a recognition or admission verb with a clause and no object ("recognized how absurd that would be",
    "conceded that the race is close"): knowing or granting a fact, not backing an actor or yielding to one."""
    children = list(c.anchor.children)
    return c.entry.type in ("SUPPORT", "CONCEDE") and c.kind == "verb" and _word(c) in r.cognition_verbs \
        and any(t.dep_ == "ccomp" and _finite_clause(t, r) for t in children) \
        and not objects(c.anchor)


def _no_comment(c: Candidate, r: Readings) -> bool:
    """True for a refusal to comment ("declined to comment", "refused to answer questions", "declined an interview"):
    PLOVER dropped CAMEO's comment categories (manual ch. 7), so it is no rejection of anyone."""
    children = list(c.anchor.children)
    return c.entry.type == "REJECT" and c.kind == "verb" and (
        any(t.dep_ == "xcomp" and t.lemma_.lower() in r.comment_verbs for t in children)
        or any(t.lemma_.lower() in r.comment_nouns for t in objects(c.anchor)))


def _anonymity(c: Candidate, r: Readings) -> bool:
    """True for a source's wish to stay unnamed ("who asked not to be named", "who declined to be identified", "who
    declined to give her name"): the terms of the interview, no request or refusal between actors."""
    return c.entry.type in ("REQUEST", "REJECT") and c.kind == "verb" and any(
        t.dep_ == "xcomp" and (t.lemma_.lower() in r.anonymity_verbs and any(a.dep_ == "auxpass" for a in t.children)
                               or any(o.dep_ == "dobj" and o.lemma_.lower() in r.anonymity_nouns for o in t.children))
        for t in c.anchor.children)


def _own_words(c: Candidate, r: Readings) -> bool:
    """True for standing by words or a decision ("stood by his remarks", "stands by its reporting"): an actor keeping
    its own position, no support of another one."""
    stood_by = [t for t in acted_on(c) + list(pobjs(c.anchor, ("by",))) if t.pos_ != "PRON"]
    return c.entry.type == "SUPPORT" and c.entry.key in r.maintain_verbs and any(_lemma(t) in r.stances for t in stood_by)


def _plea(c: Candidate, r: Readings) -> bool:
    """True for a plea in court ("pleaded guilty", "a guilty plea", "his plea agreement"): a defendant's answer to a
    charge, no request of anyone and no agreement between actors."""
    words = {t.lower_ for t in (*c.trigger.children, *c.anchor.children)}
    pleaded = _word(c) in ("plead", "plea") and bool(words & r.plea_words)
    return pleaded or c.entry.type == "AGREE" and "plea" in words


def _dismissal(c: Candidate, r: Readings) -> bool:
    """True for firing a person ("Trump fired his campaign manager", "fired him", "was fired by the network"): a
    dismissal from a job, no shot; weapons are fired, and people are fired *at* or *on*."""
    if c.entry.type != "ASSAULT" or c.kind != "verb" or _word(c) not in r.dismissal_verbs:
        return False
    people = [t for t in c.anchor.children if t.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(t.ent_type_ == "PERSON" or t.lower_ in ("him", "her", "me") or _lemma(t) in r.staff
               or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in t.children) for t in people)


def _joint_act(c: Candidate, r: Readings) -> bool:
    """True for helping *do* something with no one helped ("helped negotiate the ceasefire", "could help minimize
    the bump"): taking part in an act, coded by that act's own trigger; "helped Ukraine defend itself" and helping a
    place ("plans to help rebuild Libya") stay aid."""
    acts = [t for t in c.anchor.children if t.dep_ == "xcomp"]
    return c.entry.type == "AID" and c.kind == "verb" and _word(c) in r.helping_verbs and bool(acts) \
        and not objects(c.anchor) and not any(o.ent_type_ == "GPE" for act in acts for o in objects(act))


def _on_strike(c: Candidate, r: Readings) -> bool:
    """True for "striking" right before people who strike ("a march by striking workers"), which the parse took for a
    verb with an object: they are on strike; no one is attacked."""
    lex = load_lexicon()
    return c.kind == "verb" and c.anchor.lower_ == "striking" and c.anchor.dep_ in ("pcomp", "amod", "acl") and any(
        o.dep_ in ("dobj", "obj") and o.i == c.anchor.i + 1 and o.lemma_.lower() in lex.people_nouns | lex.crowd_nouns
        for o in c.anchor.children)


def _grabbed_on(c: Candidate, r: Readings) -> bool:
    """True for a seizing verb with "on"/"upon" and no object ("seized on the gaffe"): exploiting, not seizing."""
    children = list(c.anchor.children)
    return c.entry.type == "COERCE" and c.kind == "verb" and "seize" in c.entry.mode \
        and any(t.dep_ == "prep" and t.lower_ in r.grab_preps for t in children) \
        and not objects(c.anchor)


def _words_frame(c: Candidate, r: Readings) -> bool:
    """True for a force verb whose subject is a message ("ads targeting Clinton", "a mailer that hammers him") or a
    verb of striking used in the frame of verbal criticism: an "as" predicate of its object ("pounding Trump as a
    con artist"), a "that" clause ("sniped that she was learning on the job") or a "for" reason ("hammered him for
    skipping the debate")."""
    verb = c.anchor
    if c.entry.type != "ASSAULT" or c.kind != "verb":
        return False
    if (subject := subject_of(verb)) is not None and _lemma(subject) in r.messages:
        return True
    if _word(c) not in r.impact_verbs:
        return False
    children = list(verb.children)
    has_object = bool(objects(verb))
    as_predicate = has_object and any(t.dep_ == "prep" and t.lower_ == "as" for t in children)
    reason = has_object and any(g.dep_ == "pcomp" for p in children if p.dep_ == "prep" and p.lower_ == "for"
                                for g in p.children)
    # a "that" clause after the verb, not a reporting clause the parser hung below it ("struck, the army said")
    said_that = any(t.dep_ == "ccomp" and t.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                               for m in t.children) for t in children)
    return as_predicate or reason or said_that


def _apology(c: Candidate, r: Readings) -> bool:
    """True for regret expressed *to* someone ("expressed regret to China over the collision"): an apology (CAMEO 055,
    PLOVER CONCEDE), while regret *over* another's act ("expressed regret over the U.S. decision") disapproves."""
    return c.entry.key in r.apology_keys and any(next(pobjs(t, ("to",)), None) is not None
                                                 for t in (c.anchor, *objects(c.anchor)))


REJECTIONS = (_fixed_phrase, _bargain, _naming, _named, _adjectival, _object_class, _document_noun, _speech_sense, _no_actor, _contest, _question,
              _attempt, _transitive_protest, _campaign_event, _opinion, _popularity,
              _cognition, _no_comment, _anonymity, _own_words, _plea, _dismissal, _joint_act, _on_strike, _grabbed_on,
              _monologue)
"""The checks whose match means the trigger is no event, in the order they are tried."""


def rejection(c: Candidate) -> str | None:
    """The name of the first check that finds ``c`` figurative or non-political, None when none does."""
    r = load_readings()
    return next((check.__name__.lstrip("_") for check in REJECTIONS if check(c, r)), None)


def recode(c: Candidate) -> Candidate | None:
    """``c`` as its sentence uses the trigger: None for no event, ACCUSE for a force verb used of words, CONCEDE for
    regret expressed to someone, else ``c``."""
    if rejection(c) is not None:
        return None
    r = load_readings()
    if _words_frame(c, r):
        return replace(c, entry=Entry("ACCUSE", "disapprove", c.entry.weight, c.entry.key))
    if _apology(c, r):
        return replace(c, entry=Entry("CONCEDE", "", c.entry.weight, c.entry.key))
    return c
