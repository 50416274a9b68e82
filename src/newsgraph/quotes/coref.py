"""Pronoun sources ("he said") resolved to the last compatible actor, with gender read from the text."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.record import Entity

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
PERSON_TYPES = frozenset({"PERSON"})
GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})
MAX_SENTENCES_BACK = 6
_MASCULINE = frozenset({"he", "him", "his", "himself", "mr.", "mr"})
_FEMININE = frozenset({"she", "her", "hers", "herself", "mrs.", "mrs", "ms.", "ms"})


def compatible(entity: Entity, pronoun: str) -> bool:
    """Whether a pronoun can refer to an entity (persons for he/she, groups for they/we)."""
    if pronoun in PERSON_PRONOUNS:
        return entity.kind == "person" or (entity.kind is None and entity.type in PERSON_TYPES)
    if entity.kind is not None:
        return entity.kind in ("organisation", "state", "group")
    return entity.type in GROUP_TYPES


def _gender_word(word: str) -> str | None:
    """m, f or None for a pronoun or honorific."""
    return "m" if word in _MASCULINE else "f" if word in _FEMININE else None


class Coreference:
    """Mentions of ``doc._.entities`` outside quotations, each person's gender as the text shows it."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.entities: list[Entity] = list(doc._.entities or [])
        self.mentions = sorted(((s, e, ent) for ent in self.entities for s, e in ent.mentions), key=lambda m: m[0])
        self.quoted = quoted
        self.speakers: set[int] = set()
        self.genders = self._genders()

    def add_speaker(self, start: int, end: int, entity: Entity) -> None:
        """Record a resolved source ("he" -> Cruz) as a mention that later pronouns may refer to."""
        self.speakers.add(start)
        self.mentions.append((start, end, entity))
        self.mentions.sort(key=lambda m: m[0])

    def _outside(self, char: int) -> bool:
        return not any(s <= char < e for s, e in self.quoted)

    def _genders(self) -> dict[str, str]:
        """Gender of persons mentioned alone in a sentence, voted by the pronouns after them and honorifics."""
        votes: dict[str, Counter] = {}
        for sentence in self.doc.sents:
            inside = [(s, ent) for s, _, ent in self.mentions if sentence.start_char <= s < sentence.end_char]
            people = {ent.id for _, ent in inside if compatible(ent, "he")}
            if len(people) != 1:
                continue
            first = min(s for s, ent in inside if ent.id in people)
            counter = votes.setdefault(people.pop(), Counter())
            for token in sentence:
                gender = _gender_word(token.lower_)
                if gender and (token.idx > first or token.i + 1 < len(self.doc) and self.doc[token.i + 1].idx == first):
                    counter[gender] += 1
        return {eid: c.most_common(1)[0][0] for eid, c in votes.items() if c and len(set(c.values())) == len(c)}

    def _fits(self, entity: Entity, pronoun: str) -> bool:
        if not compatible(entity, pronoun):
            return False
        wanted = _gender_word(pronoun)
        return wanted is None or self.genders.get(entity.id, wanted) == wanted

    def antecedent(self, pronoun: Token) -> Entity | None:
        """The last compatible actor before ``pronoun``; in that sentence a speaker or subject wins."""
        sentence = pronoun.sent
        word = pronoun.lower_
        for _ in range(MAX_SENTENCES_BACK):
            found = [
                (s, ent)
                for s, e, ent in self.mentions
                if sentence.start_char <= s < min(sentence.end_char, pronoun.idx)
                and self._outside(s)
                and self._fits(ent, word)
            ]
            if found:
                preferred = [f for f in found if f[0] in self.speakers or self._is_subject(f[0])]
                return preferred[0][1] if preferred else found[-1][1]
            if sentence.start == 0:
                return None
            sentence = self.doc[sentence.start - 1].sent
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
