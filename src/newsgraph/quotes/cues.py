"""The cue lexicon (``data/cues.tsv``, mined from PolNeAR train) and cue spans, lemmas and tenses."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from newsgraph.quotes.content import setting

LEXICON = Path(__file__).with_name("data") / "cues.tsv"
NOMINAL_PREPS = frozenset({"statement", "interview", "email", "tweet", "post", "letter", "speech", "release"})
"""``said in a statement``: nouns whose ``in`` phrase right after the verb joins the cue."""
LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
"""Words just before the verb that PolNeAR counts in the cue ("has also said", "did not say")."""
BRIDGE_DEPS = frozenset({"prt", "prep", "advmod", "npadvmod", "neg", "agent", "aux"})
"""Words between the verb and its content that belong to the verb group ("called Wednesday for")."""
MAX_BRIDGE = 4
"""At most this many tokens of verb group are bridged between the verb and the content."""
CATENATIVE = frozenset(
    {"begin", "start", "continue", "proceed", "go", "try", "attempt", "struggle", "manage", "fail", "strive",
     "choose", "decide", "opt", "tend", "use", "have", "need"}
)
"""Aspect, effort and choice verbs whose infinitive carries the statement (``continued to support``,
``tried to hone``, ``went on to say``): PolNeAR marks the whole chain as the cue."""
LIGHT_OBJECT = 0.3
"""Token-model cue probability at which a verb's noun object, with the preposition after it, joins the cue."""
LIGHT_MARGIN = 0.3
"""... provided the noun is nearly as likely as the verb (``defended his commitment to``: the verb alone is the cue)."""


@dataclass(frozen=True)
class CueEntry:
    """One lexicon row: how often a lemma headed a train cue and how often it was one when seen."""

    lemma: str
    cls: str
    count: int
    precision: float


@lru_cache(maxsize=1)
def lexicon() -> dict[str, CueEntry]:
    """The cue lexicon keyed by lemma (``according_to`` for the phrase)."""
    with LEXICON.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {
            r["lemma"]: CueEntry(r["lemma"], r["class"], int(r["cue_count"]), float(r["precision"])) for r in rows
        }


def cue_class(lemma: str) -> str | None:
    """Class of a cue lemma (speech, thought, intention, evidence, other) or None if not a cue."""
    entry = lexicon().get(lemma.replace(" ", "_"))
    return entry.cls if entry else None


def entry_for(token: Token) -> CueEntry | None:
    """The lexicon entry of a verb (or of ``according`` in ``according to``), if any."""
    if token.lower_ == "according":
        return lexicon().get("according_to")
    if token.pos_ not in ("VERB", "AUX"):
        return None
    return lexicon().get(token.lemma_.lower())


def _bridge(token: Token, end: Token, content_start: int) -> Token:
    """The last token of the verb group running from ``end`` up to the content (``called on Friday for``)."""
    doc = token.doc
    gap = [t for t in doc[end.i + 1 : end.i + 2 + MAX_BRIDGE] if t.idx < content_start]
    if not gap or len(gap) > MAX_BRIDGE or gap[-1].i + 1 >= len(doc) or doc[gap[-1].i + 1].idx < content_start:
        return end
    for t in gap:
        anchor = t
        while anchor.head.i not in (token.i, anchor.i) and end.i < anchor.head.i <= gap[-1].i:
            anchor = anchor.head
        if t.dep_ == "mark" and t.lower_ == "for" and t.head.head.i == token.i:
            continue  # "called for X to …": the "for" of the verb's infinitive clause
        if t.is_punct or t.is_quote or t.is_space or anchor.head.i != token.i or anchor.dep_ not in BRIDGE_DEPS:
            return end
    return gap[-1]


CONTROL_BLOCKERS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "ccomp"})
"""Dependents of a verb that make its infinitive someone else's (``urged voters to reject``, ``was asked to say``)."""


SPOKEN_CHAIN = 0.3
"""Lexicon precision at which a speech verb completing another verb makes the pair one cue (``refused to say``)."""


def _subject_control(token: Token, head: Token) -> bool:
    """Whether ``token`` is a speech verb that ``head``'s own subject performs (``refused to say``, ``demanded to
    know``): PolNeAR marks such a chain as one cue four times in five, but not ``vowed to cut`` (the intention is
    the cue, what is intended its content)."""
    entry = entry_for(token)
    return (
        token.dep_ in ("xcomp", "pcomp")
        and entry is not None
        and entry.cls == "speech"
        and entry.precision >= SPOKEN_CHAIN
        and head.pos_ == "VERB"
        and head.lemma_.lower() != "be"
        and not any(c.dep_ in CONTROL_BLOCKERS for c in head.children)
    )


MAX_CHAIN = 8
"""At most this many tokens from a verb to the participle its object's noun takes (``issued a statement saying``)."""


def _object_chain(token: Token) -> Token | None:
    """The verb whose direct object ``token`` (a participle, or ``to`` + verb) qualifies when the token model finds
    the noun likely part of a cue: ``issued a statement saying``, ``released a statement Wednesday questioning``."""
    from newsgraph.quotes import vectors  # here, not at the top: vectors imports this module

    doc = token.doc
    if token.dep_ == "acl":  # "issued a statement saying": the parse hangs the participle on the noun
        noun, verb = token.head, token.head.head
    elif token.dep_ == "advcl" and token.tag_ == "VBG":  # "… a statement Tuesday saying": on the verb
        verb = token.head
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None)
    else:
        return None
    if noun is None or token.tag_ not in ("VBG", "VB") or noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return None
    if noun.head.i != verb.i:
        return None
    if verb.pos_ != "VERB" or not verb.i < noun.i < token.i or token.i - verb.i > MAX_CHAIN:
        return None
    if token.tag_ == "VB" and doc[token.i - 1].lower_ != "to":
        return None
    if any(t.is_punct or t.is_quote for t in doc[verb.i + 1 : token.i]):
        return None
    return verb if (vectors.probability(noun) or 0.0) >= LIGHT_OBJECT else None


def catenative_head(token: Token) -> Token | None:
    """The verb a cue completes, which then opens the cue: a listed aspect or effort verb before an infinitive or
    gerund (``continued to support``, ``kept asking``), any verb whose own subject performs a speech cue after it
    (``refused to say``, ``responded by saying``), or the verb of an object the cue qualifies (``issued a statement
    saying``)."""
    if (verb := _object_chain(token)) is not None or token.dep_ == "acl":
        return verb
    by = token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.dep_ == "prep"  # "responded by saying"
    head = token.head.head if by else token.head
    if (token.dep_ not in ("xcomp", "advcl") and not by) or not 0 < token.i - head.i <= MAX_BRIDGE:
        return None
    listed = head.lemma_.lower() in CATENATIVE
    if not listed and not _subject_control(token, head):
        return None
    between = token.doc[head.i + 1 : token.i]
    if not all(_head_word(t, head) or (t.head.i == token.i and t.dep_ in ("aux", "neg")) for t in between):
        return None
    if by:
        return head
    gerund = listed and token.tag_ == "VBG" and token.dep_ == "xcomp"  # "kept asking", "began tweeting"
    return head if gerund or any(t.lower_ == "to" for t in between) else None


def light_object(token: Token) -> Token | None:
    """The preposition ending a light verb's cue (``took a swipe at``, ``made no mention of``, ``drew attention to``):
    the verb's noun object, right after it, is likely part of a cue (token model) and a preposition right after
    the noun opens what is reported."""
    from newsgraph.quotes import vectors  # here, not at the top: vectors imports this module

    obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if token.pos_ != "VERB" or obj is None or obj.pos_ != "NOUN" or obj.left_edge.i != token.i + 1:
        return None
    if obj.i + 1 >= len(token.doc) or obj.i - token.i > MAX_BRIDGE:
        return None
    noun = vectors.probability(obj) or 0.0
    if noun < LIGHT_OBJECT or noun < (vectors.probability(token) or 0.0) - LIGHT_MARGIN:
        return None
    prep = token.doc[obj.i + 1]
    if prep.dep_ != "prep" or prep.head.i not in (obj.i, token.i) or setting(prep):
        return None
    return prep if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) else None


def _head_word(token: Token, head: Token) -> bool:
    """Whether ``token`` is a particle, adverb, negation or ``by`` of ``head`` (``went on to``, ``did not try to``,
    ``responded by``)."""
    return token.head.i == head.i and (token.dep_ in ("prt", "advmod", "neg") or token.lower_ == "by")


def _left_bridge(token: Token, start: int) -> int:
    """Start of the verb group when a short phrase sits between an auxiliary and the verb ("has in the past said")."""
    doc = token.doc
    auxes = [c.i for c in token.lefts if c.dep_ in ("aux", "auxpass") and start - MAX_BRIDGE - 1 <= c.i < start - 1]
    if not auxes or any(t.is_punct for t in doc[auxes[0] : start]):
        return start
    return auxes[0]


def _group_start(token: Token) -> int:
    """First token of the verb group ending at ``token``: auxiliaries, negation, adverbs, a catenative verb's group."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in LEFT_DEPS:
        start -= 1
    start = _left_bridge(token, start)
    head = catenative_head(token)
    return start if head is None else min(start, _group_start(head))


def cue_span(token: Token, content_start: int | None = None) -> tuple[int, int]:
    """Characters of the cue: the verb, its particle, ``in a statement``; ``according to``.

    With ``content_start``, the verb group up to a content that follows closely joins the cue.
    """
    doc = token.doc
    start = _group_start(token)
    end_token = token
    if token.lower_ == "according" and token.i + 1 < len(doc):
        end_token = doc[token.i + 1]
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end_token.i + 1:
            end_token = child
        elif child.dep_ == "prep" and child.lower_ == "in" and child.i == end_token.i + 1:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in NOMINAL_PREPS]
            if objects:
                end_token = objects[0].doc[objects[0].right_edge.i]
    if (light := light_object(token)) is not None and light.i > end_token.i:
        end_token = light
    if content_start is not None and content_start > end_token.idx:
        end_token = _bridge(token, end_token, content_start)
    elif content_start is not None:
        end_token = _when(token, end_token)
    return doc[start].idx, end_token.idx + len(end_token.text)


def _when(token: Token, end: Token) -> Token:
    """The end of a time adverb right after a cue whose content came first (``…,” he said Monday night``)."""
    doc = token.doc
    if end.i + 1 >= len(doc):
        return end
    adverb = doc[end.i + 1]
    while adverb.head.i != token.i and adverb.head.i > adverb.i:
        adverb = adverb.head  # "Monday" of "Monday night"
    if adverb.head.i != token.i or adverb.left_edge.i != end.i + 1:
        return end
    if adverb.dep_ == "advmod" and adverb.n_lefts + adverb.n_rights == 0:
        return adverb
    return doc[adverb.right_edge.i] if adverb.dep_ == "npadvmod" and adverb.ent_type_ in ("DATE", "TIME") else end


def cue_lemma(token: Token) -> str:
    """The lemma reported for a cue: the verb's lemma, ``according to``, or a headline verb's (``Endorses``)."""
    if token.lower_ == "according":
        return "according to"
    return token.lemma_.lower() if token.pos_ in ("VERB", "AUX") else headline_lemma(token.text) or token.lemma_.lower()


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""))


def headline_lemma(word: str) -> str | None:
    """The lexicon lemma of a third-person or past form (``Endorses``, ``Questioned``): title-case headlines make
    the tagger take such verbs for names."""
    lower = word.lower()
    for suffix, stem in _INFLECTIONS:
        if lower.endswith(suffix) and (lemma := lower[: -len(suffix)] + stem) in lexicon():
            return lemma
    return None


def tense(token: Token) -> str:
    """past, present, future or unknown, from the verb's tag and its auxiliaries (an adjective cue: its copula's)."""
    aux = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "'ll", "shall") for a in aux):
        return "future"
    if any(a in ("has", "have", "had", "was", "were", "did") for a in aux) or token.tag_ == "VBD":
        return "past"
    if any(a in ("is", "are", "am", "does", "do") for a in aux) or token.tag_ in ("VBZ", "VBP"):
        return "present"
    if token.tag_ in ("VBG", "VBN") and token.dep_ in ("advcl", "conj", "xcomp") and token.head.i != token.i:
        return tense(token.head)
    if token.dep_ == "acomp" and token.head.i != token.i:
        return tense(token.head)  # "are concerned that", "is not convinced": the copula's tense
    return "unknown"
