"""Sources of attributions: the subject of a cue, and its resolution to a ``doc._.entities`` actor."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.actors.component import GROUP_NOUNS
from newsgraph.extract.dateline import find_dateline
from newsgraph.quotes import cues
from newsgraph.quotes.coref import BODY_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, PERSON_TYPES, Coreference, compatible
from newsgraph.record import Entity

SUBJECT_DEPS = ("nsubj", "csubj")
INHERIT_DEPS = ("conj", "xcomp", "advcl", "ccomp", "acl", "acomp")
RELATIVE_TAGS = frozenset({"WP", "WDT"})
"""``allies who believe``: a relative pronoun subject stands for the noun the clause modifies."""


def _subject_first(verb: Token) -> list[Token]:
    """The verb's children, the subject nearest to it first when the parse gave it two (``“My apologies, …”
    Quick said``: the first lies inside the quotation; ``The senator, said his aide, was``: the one after it)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) < 2:
        return children
    after = [c for c in subjects if c.i > verb.i]
    nearest = after[0] if after else subjects[-1]
    return [nearest] + [c for c in children if c.i != nearest.i]


def lowered_cue(verb: Token) -> Token | None:
    """``The minister said the board would meet and urged workers to return``: a speech verb with no subject that the
    parse joined to the clause a speech cue reports, where the writer joined it to the cue; that cue (whose speaker
    it shares), else None."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    cue = clause.head
    joined = any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in (*clause.children, *verb.children))
    speech = cues.cue_class(verb.lemma_.lower()) == "speech" and cues.cue_class(cue.lemma_.lower()) == "speech"
    return cue if joined and speech and cue.pos_ == "VERB" and cue.i < clause.i else None


def _rootless_subject(verb: Token) -> bool:
    """``Norway, one of six guarantor countries, called on both sides …``: the parse found no main verb, made the
    subject the sentence's root and the verb after the apposition's comma a participle of it; the root is who spoke."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and verb.i > 0 \
        and verb.doc[verb.i - 1].text == "," and head.i < verb.i


def source_token(verb: Token) -> Token | None:
    """The token heading who speaks through ``verb``: its subject, a passive agent, or a governing verb's."""
    if (cue := lowered_cue(verb)) is not None:
        return source_token(cue)
    if _rootless_subject(verb):
        return verb.head
    current, conjoined = verb, False
    for _ in range(4):
        for child in _subject_first(current):
            if child.dep_ in SUBJECT_DEPS and child.tag_ in RELATIVE_TAGS and current.dep_ == "relcl":
                return current.head
            if child.dep_ in SUBJECT_DEPS or conjoined and child.dep_ == "nsubjpass" and not _by_agent(current):
                return past_dateline(child, current)  # "Trump was forced into damage control and said": Trump
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl" and (chain := cues.catenative_head(current)) is not None:
            current = chain  # "Trump issued a statement saying X": the verb whose object the participle qualifies
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.tag_ == "VBG":
            current = current.head  # "after saying X, the man …": the gerund shares the clause's subject
        elif current.dep_ not in INHERIT_DEPS or current.head.i == current.i:
            return after_quotation(verb) or resumed_speaker(verb) or after_comma(verb) or stranded_subject(verb)
        conjoined = current.dep_ == "conj"
        current = current.head
    return after_quotation(verb) or resumed_speaker(verb) or after_comma(verb) or stranded_subject(verb)


QUOTE_END = frozenset(",.?!")
"""Punctuation a quoted statement ends with, inside its closing mark."""
MAX_FRAME_SUBJECT = 25
"""Longest noun phrase read as the speaker between a quotation and its verb."""


def described_doer(verb: Token) -> Token | None:
    """The noun a present participle describes, which does what it says (``a group backing Bush``, ``a petition
    calling on him``): PolNeAR's source when the participle is a cue."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return verb.head
    return None


def _closes_statement(token: Token) -> bool:
    """Whether ``token`` is the closing mark of a quoted statement (``…,”``), not of a quoted name (``“Tig”``)."""
    return token.is_quote and token.i > 0 and token.doc[token.i - 1].text in QUOTE_END


def _in_relative(token: Token, start: int, end: int) -> bool:
    """Whether ``token`` is in a clause describing a noun of tokens ``[start, end)`` (``, who was not authorized to
    speak,``), as a verb of a speaker's phrase may be."""
    current = token
    while start <= current.i < end:
        if current.dep_ in ("relcl", "acl"):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def after_quotation(verb: Token) -> Token | None:
    """``“…,” Gene Sperling, a top adviser, said``: the head of the noun phrase between a quotation and its verb
    when the parse hung that phrase inside the quotation's clause, leaving the verb without a subject."""
    return _phrase_before(verb, _closes_statement)


def after_comma(verb: Token) -> Token | None:
    """``… opened fire on Wednesday, Kyrgyzstan's State Committee for National Security (GKNB) said``: the same for
    a reported clause without quotation marks, when the parse took the speaker for an appositive of its last noun."""
    reported = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or not reported:
        return None
    head = _phrase_before(verb, lambda t: t.text == ",")
    return head if head is not None and reported[-1].is_ancestor(head) else None


NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _by_agent(verb: Token) -> bool:
    """Whether a passive verb names its agent ("was asked by host Bill Maher"): the agent, not the passive subject,
    is who a verb joined to it shares."""
    return any(c.dep_ == "agent" for c in verb.children)


def stranded_subject(verb: Token) -> Token | None:
    """``Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said …``: a main cue with no
    subject right after a name (and its apposition) that the parse hung inside the phrase before it."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    i = verb.i - 1
    while i > 0 and (doc[i].text == "," or doc[i].pos_ == "ADV"):
        i -= 1
    word = doc[i]
    while word.dep_ == "appos" and word.head.i < word.i:
        word = word.head
    if word.dep_ in ("compound", "flat"):
        return None
    return word if word.pos_ == "PROPN" and word.ent_type_ in NAME_TYPES and word.i < verb.i else None


def _phrase_before(verb: Token, boundary: Callable[[Token], bool]) -> Token | None:
    """The head of the noun phrase between a ``boundary`` token and ``verb`` (commas before the verb aside), when it
    is one phrase with no verb of its own outside a relative clause."""
    doc = verb.doc
    end = verb.i
    while end > 0 and doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > 0 and verb.i - start < MAX_FRAME_SUBJECT and not boundary(doc[start - 1]):
        start -= 1
    if start == 0 or start == end or not boundary(doc[start - 1]):
        return None
    phrase = doc[start:end]
    if any("\n" in t.text or (t.pos_ in ("VERB", "AUX") and not _in_relative(t, start, end)) for t in phrase):
        return None
    roots = [t for t in phrase if not start <= t.head.i < end or t.head.i == t.i]
    return roots[0] if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN") else None


def resumed_speaker(verb: Token) -> Token | None:
    """``“The risk,” said Edward Leamer, an economist, “is that …”``: the head of the noun phrase between a verb right
    after a quotation and the quotation it resumes (or the sentence's end), when the parse made that phrase the
    subject of the resumed quotation's clause, leaving the verb without one."""
    doc = verb.doc
    if verb.i == 0 or not _closes_statement(doc[verb.i - 1]):
        return None
    end = verb.i + 1
    while end < len(doc) and end - verb.i <= MAX_FRAME_SUBJECT and not (doc[end].is_quote or doc[end].is_sent_end):
        if "\n" in doc[end].text:
            return None
        end += 1
    if end == len(doc) or end - verb.i > MAX_FRAME_SUBJECT:
        return None
    phrase = [t for t in doc[verb.i + 1 : end] if not t.is_punct]
    roots = [t for t in phrase if not verb.i < t.head.i < end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].dep_ not in SUBJECT_DEPS:
        return None  # the verb's own object (``“…” read the email``) is what it acts on, not who spoke
    return roots[0] if roots[0].head.i >= end else None


DATELINE_TOKENS = 12
"""How far before the subject's phrase the start of its paragraph may lie for a dateline to be looked for."""


def _dateline_end(subject: Token, verb: Token) -> int | None:
    """Where a dateline opening the subject's paragraph ends (``extract.dateline.find_dateline``), if there is one."""
    doc = subject.doc
    start = subject.left_edge.i
    while start > 0 and "\n" not in doc[start - 1].text and subject.left_edge.i - start < DATELINE_TOKENS:
        start -= 1
    if start > verb.i or (start > 0 and "\n" not in doc[start - 1].text):
        return None
    dateline = find_dateline(doc[start : verb.i].text)
    return None if dateline is None else doc[start].idx + dateline.span[1]


def past_dateline(subject: Token, verb: Token) -> Token:
    """The subject after a dateline the parse took for it: ``WASHINGTON (AP) — Donald Trump said`` -> ``Trump``."""
    end = _dateline_end(subject, verb)
    if end is None or subject.idx >= end:
        return subject
    node = next((t for t in subject.doc[subject.left_edge.i : verb.i] if t.idx >= end and not t.is_space), None)
    if node is None:
        return subject
    first = node.i
    while first <= node.head.i < verb.i and node.head.i != node.i:
        node = node.head
    return node


def relative_subject(verb: Token) -> Token | None:
    """``Kerry, who said``: the relative pronoun that is the cue's subject (PolNeAR's source span)."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS]
    return subjects[0] if subjects else None


def according_source(according: Token) -> Token | None:
    """The object of ``to`` in ``according to X``."""
    doc = according.doc
    to = doc[according.i + 1] if according.i + 1 < len(doc) else None
    if to is None:
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"]
    return objects[0] if objects else None


TIME_TYPES = frozenset({"DATE", "TIME"})
"""Entity types of a when-phrase the parse may hang on the source (``the foreign minister on Tuesday urged``)."""
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "over"})
"""Prepositions of such a when-phrase; ``a study from 2011``, ``a survey of those 18 to 35`` name the source."""


def _before_time(head: Token, left: int, right: int) -> int:
    """The source phrase's last token once a when-phrase closing it is cut off (``on Tuesday``, ``last week``): it
    says when the statement was made, not who made it."""
    for child in reversed(list(head.rights)):
        if child.right_edge.i != right or child.i <= left:
            break
        if not (child.dep_ == "npadvmod" or (child.dep_ == "prep" and child.lower_ in TIME_PREPOSITIONS)):
            break
        if not all(t.ent_type_ in TIME_TYPES for t in child.subtree if t.i != child.i or child.dep_ != "prep"):
            break
        right = child.left_edge.i - 1
    return right


def source_span(head: Token, verb: Token) -> tuple[int, int]:
    """Characters of the source phrase: the head's subtree, cut before the cue if they overlap and after a quoted
    statement the parse hung on it (``“It’s unanimous,” councilmember Mark Levine said``)."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    closing = [t.i for t in doc[left : head.i] if _closes_statement(t)]
    if closing:
        left = closing[-1] + 1
    if left <= verb.i <= right:  # the cue sits in the source's subtree: a relative clause, an inversion
        relative = verb.dep_ == "relcl" and verb.head.i == head.i
        left, right = (verb.i + 1, right) if head.i > verb.i else (left, verb.left_edge.i - 1 if relative else verb.i - 1)
    right = _before_time(head, left, right)
    dateline = _dateline_end(head, verb)
    while left < right and dateline is not None and doc[left].idx < dateline <= head.idx:
        left += 1  # "RANGOON, Burma - Aung San Suu Kyi's allies": the source starts after the dateline
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    brackets = [t.text for t in doc[left : right + 1] if t.text in "()"]
    if brackets.count("(") > brackets.count(")") and right + 1 < len(doc) and doc[right + 1].text == ")":
        right += 1  # "… National Security (GKNB)": the bracket it opened
    return doc[left].idx, doc[right].idx + len(doc[right].text)


MAX_MENTION_CHARS = 300
"""No actor mention is longer: only mentions starting this far before a source are looked at."""


def resolve(head: Token, span: tuple[int, int], context: Coreference, content: list[tuple[int, int]] = ()) -> Entity | None:
    """The actor a source refers to: the entity naming its head, a named appositive (a person, or any actor in
    apposition: "its operator, Canada's Norvale Metals"), or a pronoun's antecedent.

    A pronoun's antecedent is not sought in its own statement's ``content`` ("If Clinton is elected, he said, …").
    """
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in GROUP_PRONOUNS or head.lower_ in BODY_PRONOUNS:
        return context.antecedent(head, skip=content)
    if _generic_body(head):
        return _last_body(head, context)
    appositions = [c for c in head.children if c.dep_ == "appos"]
    phrase = head.doc.char_span(*span, alignment_mode="expand") or []
    others = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in phrase if t.dep_ in ("poss", "agent")]
    bracketed = {t.nbor().idx for t in phrase if t.text == "(" and t.i + 1 < len(t.doc)}  # "… Progress (PDP)"
    best: tuple[int, Entity | None] = (0, None)
    for start, end, entity in context.between(min(span[0], head.idx - MAX_MENTION_CHARS), max(span[1], head.idx) + 1):
        if start <= head.idx < end:
            return _named_as(context.entities, head, entity)
        if any(s <= start and end <= e for s, e in others):
            continue  # "Clinton's lawyers", "a source consulted by Prensa Latina": possessor and agent are no source
        apposed = any(a.left_edge.idx <= start <= a.right_edge.idx for a in appositions)
        named = any(start <= a.idx < end for a in appositions) or start in bracketed  # the actor's name, or acronym
        if span[0] <= start and end <= span[1] and (entity.type in PERSON_TYPES or named):
            best = max(best, ((end - start) + 1000 * (apposed or named), entity), key=lambda b: b[0])
    return best[1] or by_surname(context.entities, head)


ANY_BODY = frozenset({"group", "organisation", "organization", "movement", "militia", "watchdog", "charity", "company",
                      "firm", "coalition"})
"""Nouns of ``GROUP_NOUNS`` that describe what a body is, and so may point back to any; the others, words of names
("the agency", "the union", "the alliance"), to one whose name holds them."""


def _generic_body(head: Token) -> bool:
    """Whether a source is just "the" and a generic body noun ("the group", "The organisation")."""
    words = [t.lower_ for t in head.subtree if not t.is_punct]
    return head.lemma_.lower() in GROUP_NOUNS and words == ["the", head.lower_]


def previous_sentence_start(token: Token) -> int:
    """Character offset where the sentence before ``token``'s begins (its own sentence's, when it is the first)."""
    sentence = token.sent
    return token.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char


def _last_body(head: Token, context: Coreference) -> Entity | None:
    """The last coded organisation or armed group that spoke, else was named, before ``head`` in its sentence or the
    one before: what "the group" points back to (a state is "the country", a person no group)."""
    noun = head.lemma_.lower()
    bodies = [(s, e) for s, _, e in context.between(previous_sentence_start(head), head.idx) if e.country and (
        e.kind in ("organisation", "group") or e.kind is None and e.type == "ORG")
        and (noun in ANY_BODY or noun in e.name.lower())]  # "the agency" is an agency, "the group" any body
    spoke = [e for s, e in bodies if s in context.speakers]  # "… on Telegram, the group said": the body that spoke
    return spoke[-1] if spoke else bodies[-1][1] if bodies else None


def _name_words(head: Token) -> list[str]:
    """The proper-noun name a source head ends (``German Ortega``): its compound proper nouns and itself."""
    return [c.text for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head.text]


def _named_as(entities: list[Entity], head: Token, linked: Entity) -> Entity:
    """``linked``, unless the source names another person in full and ``linked`` lacks part of that name.

    Guards against an actor merge of two people sharing a surname: ``German Ortega`` stays German Ortega's
    even when the actors stage linked that mention to ``Freddy Ortega``.
    """
    words = _name_words(head)
    if head.pos_ != "PROPN" or len(words) < 2 or _carries(linked, words):
        return linked
    named = [e for e in entities if e.type in PERSON_TYPES and _carries(e, words)]
    return named[0] if len(named) == 1 else linked


def _carries(entity: Entity, words: list[str]) -> bool:
    """Whether the entity's name or one alias holds every word."""
    return any(set(words) <= set(name.split()) for name in [entity.name, *entity.aliases])


def by_surname(entities: list[Entity], head: Token) -> Entity | None:
    """The one person whose name ends with a proper-noun head the tagger did not link ("Řehka"), else whose name of
    three words or more has it second to last (the first of two Spanish surnames: "Almonte" for Rafael Almonte Peña),
    else the one whose name begins with it: Thai and Indonesian names are shortened to the given name ("Sarun" for
    Sarun Chaiyaphum)."""
    if head.pos_ != "PROPN":
        return None
    people = [(e, e.name.split()) for e in entities if compatible(e, "he")]
    for named in ([e for e, words in people if words[-1:] == [head.text]],
                  [e for e, words in people if len(words) > 2 and words[-2] == head.text],  # "Almonte" Peña
                  [e for e, words in people if len(words) > 1 and words[0] == head.text
                   and all(w[:1].isupper() for w in words)]):  # a name, not "Republican Senate majority leader"
        if named:
            return named[0] if len(named) == 1 else None
    return None


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
