"""The tense of the clause a time expression belongs to, from the spaCy parse.

News names bare weekdays relative to publication: "said Saturday" is the Saturday just
gone, "will meet Friday" the Friday to come. This decides which.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "gon"})
FUTURE_LEMMAS = frozenset({"expect", "schedule", "set", "due", "plan", "slate", "go", "intend"})
FORWARD_GOVERNORS = frozenset({"invite", "ask", "urge", "call", "agree", "promise", "pledge", "vow", "decide", "plan",
                               "aim", "hope", "want", "order", "threaten", "prepare", "seek", "propose", "offer",
                               "intend", "demand", "request", "encourage", "commit", "resolve", "expect", "schedule"})
"""Verbs whose infinitive is an act still to come, whatever their own tense: "invited Modi **to visit** Paris in
July" is next July, "agreed **to meet** on Friday" the Friday to come."""
MAX_HOPS = 6
GOVERNING_HOPS = 10
"""How far up a time looks for its finite verb: past a participle's own phrases ("arrested two men suspected of
supplying fuel to the gang in a raid on Sunday" is dated by "arrested")."""


def governing_verb(span: Span) -> Token | None:
    """The nearest finite verb above the span's root, within a few dependency hops.

    Bare participles and gerunds ("following her scare on Sunday") are passed over, since
    they carry no tense of their own; the nearest verb of any kind is the fallback.
    """
    token, fallback = span.root, None
    for _ in range(GOVERNING_HOPS):
        if token.head is token:
            break
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.tag_ not in ("VBG", "VBN") or _auxiliaries(token):
            return token
        fallback = fallback or token
    return fallback


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _is_future(verb: Token, hops: int = 0) -> bool:
    """Future when marked ("will", "is expected to", "plans to") or an infinitive of a plan.

    ``hops`` bounds the walk up chains of infinitives (garbled text can parse into long ones).
    """
    auxes = _auxiliaries(verb)
    if any(aux.lower_ in FUTURE_AUX for aux in auxes):
        return True
    if verb.lemma_ in FUTURE_LEMMAS and not any("Past" in aux.morph.get("Tense") for aux in auxes):
        return verb.tag_ != "VBD"
    if verb.tag_ == "VB" and any(aux.lower_ == "to" for aux in auxes):
        return verb.head is not verb and hops < MAX_HOPS and _is_future_head(verb.head, hops + 1)
    return False


def _is_future_head(head: Token, hops: int) -> bool:
    """Whether an infinitive's head looks ahead: "prepares to meet", "is expected to happen"."""
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in FORWARD_GOVERNORS:
        return True
    return _is_future(head, hops) or "Pres" in head.morph.get("Tense") or head.tag_ == "VB"


def clause_tense(span: Span) -> str:
    """ "past", "present" or "future" for the clause governing ``span``; "past" when unknown."""
    verb = governing_verb(span)
    if verb is None:
        return "past"
    if _is_future(verb):
        return "future"
    tenses = [*verb.morph.get("Tense"), *(t for aux in _auxiliaries(verb) for t in aux.morph.get("Tense"))]
    if "Past" in tenses or verb.tag_ in ("VBD", "VBN"):
        return "past"
    return "present" if "Pres" in tenses else "past"
