"""Unnamed sources: which speakers are anonymous, what is known of them, and why they stayed unnamed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from newsgraph.actors.coding import code_actor
from newsgraph.actors.knowledge import scan, tokenize

PATTERNS = Path(__file__).with_name("data") / "anonymous.tsv"
NAMED_TYPES = frozenset({"PERSON"})
_LEADING = frozenset({"DET", "NUM", "PRON"})


@dataclass(frozen=True)
class Reason:
    """A stated reason for anonymity: where it is, the sentence's subject head lemma, and the text."""

    sentence: tuple[int, int]
    match: tuple[int, int]
    """The whole anonymity phrase ("anonymity to discuss internal deliberations")."""
    span: tuple[int, int]
    subject: str | None
    text: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """Anonymous head nouns, reason regexes, the objects of a request to go unnamed and the phrases saying a source
    went unnamed, from ``data/anonymous.tsv``."""
    nouns, reasons, asks, unnamed = set(), [], [], []
    for line in PATTERNS.read_text(encoding="utf-8").splitlines():
        kind, _, pattern = line.partition("\t")
        if kind == "noun":
            nouns.add(pattern.strip())
        elif kind == "reason":
            reasons.append(re.compile(pattern.strip(), re.IGNORECASE))
        elif kind == "asks":
            asks.append(pattern.strip())
        elif kind == "unnamed":
            unnamed.append(re.compile(pattern.strip(), re.IGNORECASE))
    return frozenset(nouns), tuple(reasons), tuple(asks), tuple(unnamed)


def unnamed_noun(lemma: str | None) -> bool:
    """Whether a head noun is one that names an unnamed source (``official``, ``person``, ``source``)."""
    return lemma is not None and lemma in _patterns()[0]


def asks_unnamed(after: str) -> bool:
    """Whether the words after a verb are what a source asks for or is granted when it goes unnamed ("[requested]
    anonymity", "[asked] not to be named"): the verb is about the sourcing, not an act of the story."""
    return after.startswith(_patterns()[2])


def _names_someone(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a source phrase holds a person's name (``an aide to Senator Kelly``); a nationality the model took
    for a name (``a senior Sri Lankan naval officer``) is none."""
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    names: list[list[Token]] = []
    for token in phrase if phrase is not None else ():
        if token.ent_type_ not in NAMED_TYPES or _placed(token) or _agent(token):
            continue
        if token.ent_iob_ == "B" or not names or names[-1][-1].i != token.i - 1:
            names.append([])
        names[-1].append(token)
    return any(code_actor(" ".join(t.text for t in name)).kind != "state" or _state_surname([t.text for t in name])
               for name in names)


def _agent(token: Token) -> bool:
    """Whether a name is the agent of a participle in the source phrase ("a diplomatic source, consulted by **Prensa
    Latina**"): who reached the source, not its name."""
    top = _name_top(token)
    return top.dep_ == "pobj" and top.head.dep_ == "agent"


def _name_top(token: Token) -> Token:
    """The word a name's compound words hang on: the name's head."""
    top = token
    while top.dep_ in ("compound", "flat") and top.head.i != top.i:
        top = top.head
    return top


def _state_surname(words: list[str]) -> bool:
    """Whether a name is a person's whose surname alone names a state ("Lucía Montenegro", "Michael Jordan"), not a
    state's own name or people ("South Sudan", "Sri Lankan")."""
    whole, last = code_actor(" ".join(words)), code_actor(words[-1])
    return len(words) > 1 and last.kind == "state" and last.country == whole.country \
        and code_actor(" ".join(words[:-1])).country is None


PLACING = frozenset({"in", "at", "from", "near"})
"""Prepositions whose object places a source rather than names it ("fishermen in Masinloc")."""
PLACE_NOUNS = frozenset({"resident", "town", "city", "village", "province", "district", "region", "camp", "people"})
"""Nouns whose "of" phrase is a place ("residents of Hernandarias", "the town of Druskininkai")."""


def _placed(token: Token) -> bool:
    """Whether a word the model tagged as a person's name is the place a preposition puts the source in, or names a
    place the noun it modifies says it is ("the Ain Zara district")."""
    top = _name_top(token)
    if top is not token and top.lemma_.lower() in PLACE_NOUNS - {"resident", "people"}:
        return True
    preposition = top.head if top.dep_ == "pobj" else None
    return preposition is not None and (preposition.lower_ in PLACING or (
        preposition.lower_ == "of" and preposition.head.lemma_.lower() in PLACE_NOUNS))


def is_anonymous(doc: Doc, head: Token, span: tuple[int, int]) -> bool:
    """Whether a source headed by ``head`` is an unnamed person or group ("a senior U.S. official"), or one of a group
    that names none of its members ("one of them", "one of the diplomats")."""
    if _one_of(head):
        return True
    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ in NAMED_TYPES:
        return False
    if not (unnamed_noun(head.lemma_.lower()) or unnamed_noun(head.lower_)):
        return False
    return not _names_someone(doc, span) and not _apposed_name(head)


def _apposed_name(head: Token) -> bool:
    """Whether a proper name stands in apposition to the source's noun ("His lawyer, Tunde Adeyemi"), whatever the
    model tagged it; a state's name there ("an official, Kenya's") is none."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and code_actor(c.text).kind != "state" for c in head.children)


PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "most", "another"})
"""Words that pick speakers out of a group ("one of them said"): the group's members stay unnamed."""


def _one_of(head: Token) -> bool:
    """Whether a source is some of a group no name picks out: "one of them", "two of the diplomats"."""
    group = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in group.children if c.dep_ == "pobj"), None) if group is not None else None
    named = member is not None and any(t.ent_type_ in NAMED_TYPES or t.pos_ == "PROPN" for word in (head, member)
                                       for c in word.children if c.dep_ == "appos" for t in c.subtree)
    return head.lower_ in PARTITIVES and member is not None and not named and (  # "One of them, Jean Pierre"
        member.lower_ in ("them", "us") or (member.pos_ == "NOUN" and member.tag_ == "NNS"
                                             and not any(t.ent_type_ in NAMED_TYPES for t in member.subtree)))


def stated(doc: Doc, head: Token, span: tuple[int, int], reasons: list[Reason], content: list[tuple[int, int]]) -> bool:
    """Whether the text says an unnamed source went unnamed, whatever its noun: an anonymity phrase in the source's
    own clause (``one former executive who requested anonymity to …``, ``a commander, who declined to give his
    name``) or a reason for it elsewhere in its sentence outside what was said (``said a strategist, speaking on the
    condition of anonymity``)."""
    if head.pos_ == "PRON" or head.ent_type_ not in ("", "NORP") or _names_someone(doc, span):
        return False
    own = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
    clause = doc[head.left_edge.i : head.right_edge.i + 1].text
    if any(p.search(clause) for p in _patterns()[3]):  # "an economist who asked not to be identified"
        return True
    sentence = (head.sent.start_char, head.sent.end_char)
    return any(
        own[0] <= r.match[0] < own[1]
        or (sentence[0] <= r.match[0] < sentence[1] and not any(s <= r.match[0] < e for s, e in content))
        for r in reasons
    )


def description(text: str, head: Token, span: tuple[int, int], cut_deps: tuple[str, ...] = ("relcl", "acl", "appos")) -> str:
    """The source noun phrase without leading determiner or number, nor relative clause ("senior U.S. official"), nor
    the other modifiers ``cut_deps`` names."""
    tokens = [t for t in head.subtree if span[0] <= t.idx < span[1]]
    cut = {t.i for child in head.children if child.dep_ in cut_deps for t in child.subtree}
    kept = [t for t in tokens if t.i not in cut]
    while len(kept) > 1 and kept[0].pos_ in _LEADING:
        kept = kept[1:]
    while len(kept) > 1 and (kept[-1].is_punct or kept[-1].is_space):
        kept = kept[:-1]
    if not kept:
        return text[span[0] : span[1]]
    return text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]


REASONS = "newsgraph_anonymity_reasons"
"""``doc.user_data`` key of the doc's reasons, found once for the quotes and events stages."""


def reasons(doc: Doc, text: str) -> list[Reason]:
    """Every stated reason for anonymity in the document ("to discuss internal deliberations"), in order; read once
    per doc (``text`` is the doc's own text)."""
    if REASONS not in doc.user_data:
        doc.user_data[REASONS] = _reasons(doc, text)
    return doc.user_data[REASONS]


def _reasons(doc: Doc, text: str) -> list[Reason]:
    """``reasons`` without the per-doc memory."""
    found: dict[int, Reason] = {}
    for pattern in _patterns()[1]:
        for match in pattern.finditer(text):
            words = doc.char_span(match.start("reason"), match.end("reason"), alignment_mode="expand")
            if words is None:
                continue
            sentence = words[0].sent
            if sentence.start_char in found:
                continue
            start, end = match.start("reason"), min(match.end("reason"), sentence.end_char)
            if start < sentence.root.idx < end:  # "people who spoke ... because X said Y": stop at "said"
                end = sentence.root.idx
            reason = text[start:end].rstrip(" ,")
            subjects = [t for t in sentence if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
            subject = subjects[0].lemma_.lower() if subjects else None
            span = (start, start + len(reason))
            found[sentence.start_char] = Reason(
                (sentence.start_char, sentence.end_char), (match.start(), span[1]), span, subject, reason
            )
    return [found[k] for k in sorted(found)]


def state_named(text: str) -> str | None:
    """The country a source phrase names by a state's name or demonym ("Villagers on the Lao side"), not by a town,
    whose name may be another country's too ("Residents of Maldonado")."""
    return next((term.country for _, _, term in scan(tokenize(text)) if term.source in ("country", "demonym")), None)


def code(text: str, context: str | None) -> tuple[str | None, str | None]:
    """Country and sector of a source phrase (unnamed, or named but linked to no actor) by the actors coder, which
    never raises."""
    result = code_actor(text, context)
    return result.country, result.sector
