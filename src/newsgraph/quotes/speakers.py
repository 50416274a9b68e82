"""Sources of attributions: the subject of a cue, and its resolution to a ``doc._.entities`` actor."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.record import Entity

SUBJECT_DEPS = ("nsubj", "csubj")
INHERIT_DEPS = ("conj", "xcomp", "advcl", "ccomp", "acl")
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
PERSON_TYPES = frozenset({"PERSON"})
GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})
MAX_SENTENCES_BACK = 6
RELATIVE_TAGS = frozenset({"WP", "WDT"})
"""``allies who believe``: a relative pronoun subject stands for the noun the clause modifies."""


def source_token(verb: Token) -> Token | None:
    """The token heading who speaks through ``verb``: its subject, a passive agent, or a governing verb's."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.tag_ in RELATIVE_TAGS and current.dep_ == "relcl":
                return current.head
            if child.dep_ in SUBJECT_DEPS:
                return child
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ not in INHERIT_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def according_source(according: Token) -> Token | None:
    """The object of ``to`` in ``according to X``."""
    doc = according.doc
    to = doc[according.i + 1] if according.i + 1 < len(doc) else None
    if to is None:
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"]
    return objects[0] if objects else None


def source_span(head: Token, verb: Token) -> tuple[int, int]:
    """Characters of the source phrase: the head's subtree, cut before the cue if they overlap."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    if left <= verb.i <= right:  # the cue sits in the source's subtree: a relative clause, an inversion
        relative = verb.dep_ == "relcl" and verb.head.i == head.i
        left, right = (verb.i + 1, right) if head.i > verb.i else (left, head.i if relative else verb.i - 1)
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _mention_index(entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    """Every mention as (start, end, entity), sorted by start."""
    return sorted(((s, e, ent) for ent in entities for s, e in ent.mentions), key=lambda m: m[0])


def _compatible(entity: Entity, pronoun: str) -> bool:
    """Whether a pronoun can refer to an entity (persons for he/she, groups for they/we)."""
    if pronoun in PERSON_PRONOUNS:
        return entity.kind == "person" or (entity.kind is None and entity.type in PERSON_TYPES)
    if entity.kind is not None:
        return entity.kind in ("organisation", "state", "group")
    return entity.type in GROUP_TYPES


def resolve_pronoun(doc: Doc, pronoun: Token, speakers: dict[int, Entity]) -> Entity | None:
    """The last compatible actor before ``pronoun``: a previous speaker or subject wins within a sentence."""
    mentions = _mention_index(doc._.entities or [])
    sentence: Span = pronoun.sent
    for _ in range(MAX_SENTENCES_BACK):
        found = [
            (s, ent)
            for s, e, ent in mentions
            if sentence.start_char <= s < min(sentence.end_char, pronoun.idx) and _compatible(ent, pronoun.lower_)
        ]
        if found:
            preferred = [f for f in found if f[0] in speakers or _is_subject(doc, f[0])]
            return (preferred or found)[-1 if not preferred else 0][1]
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
    return None


def _is_subject(doc: Doc, char: int) -> bool:
    """Whether the token starting at ``char`` belongs to a subject phrase."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return False
    node = token[0]
    while node.dep_ in ("compound", "flat", "amod", "poss", "appos") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def resolve(doc: Doc, head: Token, span: tuple[int, int], speakers: dict[int, Entity]) -> Entity | None:
    """The actor a source refers to: the entity naming its head, a named appositive, or a pronoun's antecedent."""
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in GROUP_PRONOUNS:
        return resolve_pronoun(doc, head, speakers)
    best: tuple[int, Entity | None] = (0, None)
    for start, end, entity in _mention_index(doc._.entities or []):
        if start <= head.idx < end:
            return entity
        if span[0] <= start and end <= span[1] and entity.type in PERSON_TYPES and end - start > best[0]:
            best = (end - start, entity)
    return best[1] or _by_surname(doc._.entities or [], head)


def _by_surname(entities: list[Entity], head: Token) -> Entity | None:
    """A person whose name ends with a proper-noun head the tagger did not link ("Řehka")."""
    if head.pos_ != "PROPN":
        return None
    named = [e for e in entities if _compatible(e, "he") and e.name.split()[-1] == head.text]
    return named[0] if len(named) == 1 else None


def nearby_subject(verb: Token, bounds: tuple[int, int]) -> Token | None:
    """When the parse ran across a paragraph break: the noun phrase just before the verb in its paragraph."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].idx >= bounds[0]:
        i -= 1
    if i < 0 or doc[i].idx < bounds[0] or doc[i].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    node = doc[i]
    while node.head.i != node.i and node.head.i < verb.i and node.head.idx >= bounds[0]:
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN", "PRON") else None
