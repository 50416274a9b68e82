"""Pronoun sources ("he said") resolved to the last compatible actor, with gender read from the text."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.record import Entity

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
AUTHOR_PRONOUNS = frozenset({"i", "me"})
"""A first-person source outside quotation marks is the article's author, not an actor it names."""
CHAIN_SUBJECTS = frozenset({"he", "she", "they", "we"})
"""A subject pronoun opening a sentence continues its own chain ("He attended…, though… Sanders. … he said")."""
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
BODY_PRONOUNS = frozenset({"it"})
"""A singular non-person source ("It said two guards were wounded"): an organisation or a state, never a group."""
PERSON_TYPES = frozenset({"PERSON"})
GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})
MAX_SENTENCES_BACK = 6
_MASCULINE = frozenset({"he", "him", "his", "himself", "mr.", "mr"})
_FEMININE = frozenset({"she", "her", "hers", "herself", "mrs.", "mrs", "ms.", "ms"})
_OBLIQUE = frozenset({"him", "his", "her", "hers"})
"""Possessives and objects inside a reported clause often point at someone else ("Podesta said that her position…")."""
NOT_PERSON_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
"""NER labels that rule out he/she even when actor linking called the entity a person."""


def compatible(entity: Entity, pronoun: str) -> bool:
    """Whether a pronoun can refer to an entity (persons for he/she, groups for they/we)."""
    if pronoun in PERSON_PRONOUNS:
        if entity.type in NOT_PERSON_TYPES:
            return False
        return entity.kind == "person" or (entity.kind is None and entity.type in PERSON_TYPES)
    if entity.kind is not None:
        return entity.kind in ("organisation", "state") or entity.kind == "group" and pronoun not in BODY_PRONOUNS
    return entity.type in GROUP_TYPES


def gender_word(word: str) -> str | None:
    """m, f or None for a pronoun or honorific."""
    return "m" if word in _MASCULINE else "f" if word in _FEMININE else None


def _start(mention: tuple[int, int, Entity]) -> int:
    """Sort key of a ``Coreference.mentions`` entry: where it starts."""
    return mention[0]


class Coreference:
    """Mentions of ``doc._.entities`` outside quotations, each person's gender as the text shows it."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.entities: list[Entity] = list(doc._.entities or [])
        self.mentions = sorted(((s, e, ent) for ent in self.entities for s, e in ent.mentions), key=_start)
        self.quoted = quoted
        self.speakers: set[int] = set()
        self.genders = self._genders()

    def add_speaker(self, start: int, end: int, entity: Entity) -> None:
        """Record a resolved source ("he" -> Cruz) as a mention that later pronouns may refer to."""
        self.speakers.add(start)
        insort(self.mentions, (start, end, entity), key=_start)

    def between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions starting in ``[start, end)``, in order: a bisection, not a scan of every mention."""
        return self.mentions[bisect_left(self.mentions, start, key=_start) : bisect_left(self.mentions, end, key=_start)]

    def _outside(self, char: int) -> bool:
        return not any(s <= char < e for s, e in self.quoted)

    def _genders(self) -> dict[str, str]:
        """Gender of persons mentioned alone in a sentence, voted by the pronouns after them and honorifics."""
        votes: dict[str, Counter] = {}
        for sentence in self.doc.sents:
            inside = [(s, ent) for s, _, ent in self.between(sentence.start_char, sentence.end_char)]
            people = {ent.id for _, ent in inside if compatible(ent, "he")}
            if len(people) != 1:
                continue
            first = min(s for s, ent in inside if ent.id in people)
            counter = votes.setdefault(people.pop(), Counter())
            for token in sentence:
                gender = gender_word(token.lower_)
                if token.lower_ in _OBLIQUE and any(a.dep_ == "ccomp" for a in token.ancestors):
                    continue
                if gender and (token.idx > first or token.i + 1 < len(self.doc) and self.doc[token.i + 1].idx == first):
                    counter[gender] += 1
        return {eid: c.most_common(1)[0][0] for eid, c in votes.items() if c and len(set(c.values())) == len(c)}

    def _fits(self, entity: Entity, pronoun: str) -> bool:
        if not compatible(entity, pronoun):
            return False
        wanted = gender_word(pronoun)
        return wanted is None or self.genders.get(entity.id, wanted) == wanted

    def antecedent(self, pronoun: Token, skip: list[tuple[int, int]] = (), depth: int = 0) -> Entity | None:
        """The last compatible actor before ``pronoun`` (mentions in ``skip``, the pronoun's own statement, aside).

        In the nearest sentence with one, a previous speaker wins, then a subject; a same-word
        subject pronoun before every candidate there continues its own chain instead.
        """
        word = pronoun.lower_
        if word in AUTHOR_PRONOUNS:
            return None
        sentence = pronoun.sent
        for _ in range(MAX_SENTENCES_BACK):
            end = min(sentence.end_char, pronoun.idx)
            found = [
                (s, ent)
                for s, e, ent in self.between(sentence.start_char, end)
                if self._outside(s)
                and not any(a <= s < b for a, b in skip)
                and self._fits(ent, word)
            ]
            chain = self._chain_pronoun(sentence, end, word, found)
            if chain is not None and depth < MAX_SENTENCES_BACK:
                return self.antecedent(chain, depth=depth + 1)
            if found:
                speaker = next((ent for s, ent in reversed(found) if s in self.speakers), None)
                if word in BODY_PRONOUNS:  # "it" is often a report or a plan: only a body that has just spoken
                    return speaker
                return speaker or next((ent for s, ent in found if self._is_subject(s)), None) or found[-1][1]
            if sentence.start == 0:
                return None
            sentence = self.doc[sentence.start - 1].sent
        return None

    def _chain_pronoun(self, sentence, end: int, word: str, found: list[tuple[int, Entity]]) -> Token | None:
        """A subject pronoun of the same person and number before every candidate of ``sentence``, if any."""
        if word not in CHAIN_SUBJECTS:
            return None
        first = min((s for s, _ in found), default=end)
        for token in sentence:
            if token.idx >= first:
                return None
            if token.lower_ == word and token.dep_ in ("nsubj", "nsubjpass") and self._outside(token.idx):
                return token
        return None

    def _is_subject(self, char: int) -> bool:
        """Whether the token starting at ``char`` belongs to a subject phrase."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        node = span[0]
        while node.dep_ in ("compound", "flat", "amod", "poss", "appos") and node.head.i != node.i:
            node = node.head
        return node.dep_ in ("nsubj", "nsubjpass")
