"""Turn found attributions into ``record.Quote`` models: kind, cue, speaker, anonymity and its reason."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.coding import code_actor
from newsgraph.actors.component import STAFFED, abroad, body_before, home_placed
from newsgraph.places.gazetteer import geocode
from newsgraph.quotes import anonymous, cues, speakers
from newsgraph.quotes.attribution import Found
from newsgraph.quotes.coref import GROUP_PRONOUNS, PERSON_PRONOUNS, Coreference, compatible
from newsgraph.quotes.marks import quoted_spans
from newsgraph.record import Cue, Quote, Speaker

_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS


def kind_of(text: str, found: Found, quotes: list[tuple[int, int]]) -> str:
    """direct when the content is all quotation, mixed when it holds some, else indirect."""
    parts = found.parts or [found.content]
    inside = [q for q in quotes if q[0] < found.content[1] and q[1] > found.content[0]]
    if not inside:
        return "indirect"
    if all(any(q[0] <= s and e <= q[1] for q in inside) for s, e in parts):
        return "direct"
    return "mixed"


def _speaker(
    doc: Doc, text: str, found: Found, context: Coreference, reasons: list[anonymous.Reason], told: str | None = None
) -> Speaker | None:
    """The speaker of one attribution with its entity, anonymity, description, country and sector: anonymous when its
    noun names an unnamed source or the text says it went unnamed; country and sector from its actor, else from its own
    words (in their sentence when no actor is linked). ``told`` is the country of a body that spoke just before
    (``_body_before``): an "its" source with no country of its own is that body's ("a fishermen's association said …
    Its president said")."""
    if found.source is None or found.source_span is None:
        return None
    phrase = found.source_span
    if found.cue is not None and speakers.relative_subject(found.cue) is not None:
        phrase = speakers.source_span(found.source, found.cue)  # "NATO allies", not "who"
    parts = found.parts or [found.content]
    entity = speakers.resolve(found.source, phrase, context, parts)
    if entity is not None:
        context.add_speaker(found.source.idx, found.source.idx + len(found.source.text), entity)
    speaker = Speaker(text=text[phrase[0] : phrase[1]], span=phrase, entity=entity.id if entity else None)
    setting = _outside(text, found.source.sent, parts)
    if anonymous.is_anonymous(doc, found.source, phrase) or anonymous.stated(doc, found.source, phrase, reasons, parts):
        speaker.anonymous = True
        speaker.description = anonymous.description(text, found.source, phrase)
        speaker.country, speaker.sector = anonymous.code(speaker.description, setting)
        if speaker.country is None and speaker.sector is None:  # "One of them, a 23-year-old taxi driver": the
            described = anonymous.description(text, found.source, phrase, ("relcl", "acl"))  # apposition says who
            speaker.country, speaker.sector = anonymous.code(described, setting)
    if speaker.anonymous and (staffed := _staffed_body(speaker.description or speaker.text, phrase[0], context)):
        speaker.country = staffed  # "a commission spokeswoman" after the European Commission: not Brussels' Belgium
    if entity is not None:  # a state an unnamed source's own words name ("Villagers on the Lao side") outranks its
        own = anonymous.state_named(speaker.description or "") if speaker.anonymous else None  # actor's country,
        speaker.country = own or entity.country or speaker.country  # which the story's home may have given
        speaker.sector = entity.sector or speaker.sector
    if entity is None and not speaker.anonymous:  # a source the actors stage did not link: "Tajikistan's border
        own = anonymous.description(text, found.source, phrase, ("relcl",))  # service denied"; not "…, which has
        speaker.country, speaker.sector = anonymous.code(own, setting)  # ties with Tehran"
    owner = next((c for c in found.source.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS), None)
    if owner is not None and (entity is None or speaker.country is None):
        body = context.antecedent(owner)  # "Pakistan flew tents in, its foreign office said"; "its embassy in Kabul"
        opening = owner.sent.start_char
        near = body is not None and any(opening <= s < owner.idx for s, _ in body.mentions)
        speaker.country = (body.country if near else None) or told or (body.country if body else None) or speaker.country
    if entity is not None and speaker.country is None and not speaker.anonymous and entity.name in speaker.text \
            and speaker.text != entity.name:  # an actor with no country, named with words that give one ("The EU's
        own = anonymous.description(text, found.source, phrase, ("relcl",))  # special representative ...,
        speaker.country, sector = anonymous.code(own.replace(entity.name, ""), None)  # Johannes Lind"), not the name
        speaker.sector = speaker.sector or sector
    if speaker.anonymous and speaker.country is None:
        speaker.country = _placed_in(speaker.description or speaker.text)
    if speaker.country is None and speaker.sector is not None and (entity is None or entity.country is None
                                                                    and not _unknown_owner(found.source)):
        speaker.country = home_placed(doc, speaker.text)  # "the police said" in a story about where it is filed
    return speaker


def _unknown_owner(source: Token) -> bool:
    """Whether a proper name of unknown kind owns a source ("Andean Copper's chief executive"): its owner, not the
    story's home, would say whose it is."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" and code_actor(source.doc[c.left_edge.i : c.i + 1].text).sector
               is None for c in source.children)


LOCATED = re.compile(r"\b(?:in|from) ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)*)")
"""The capitalised place after "in" or "from" in an unnamed source's words: "officials in Quneitra governorate"."""


def _placed_in(description: str) -> str | None:
    """The country of the place an unnamed source's own words put it in ("local sources in Quneitra", "two election
    officials in Doboj"), from the gazetteer; None for a source they call foreign ("a Western official in Tokyo") or
    an envoy, or when they name no known place."""
    if abroad(description):
        return None  # "two diplomats in Dakar" are not Senegal's
    found = LOCATED.search(description)
    place = geocode(found[1]) if found else None
    return place.country if place is not None else None


def _staffed_body(description: str, at: int, context: Coreference) -> str | None:
    """The country of the body an unnamed source's title names by its bare noun ("a commission spokeswoman", "a
    ministry official"): the last such body named before ``at`` (``actors.component.body_before``); None when the
    source's own words name a state or no such body was named."""
    words = re.findall(r"[a-z]+", description.lower())
    noun = next((w for w in words[:-1] if w in STAFFED), None)  # a noun before the source's own ("the commission" is
    if noun is None or anonymous.state_named(description):  # the body itself)
        return None
    return body_before(context.entities, at, lambda e: e.name.rsplit(" ", 1)[-1].lower() == noun)


def _body_before(found: Found, before: Found | None, quotes: list[Quote]) -> str | None:
    """The country of the statement just before ``found`` (``before``, the last of ``quotes``) when a body, not a
    person, made it in the same or the previous sentence: what an "its" source most likely belongs to."""
    if before is None or found.source is None or before.source is None or not quotes or quotes[-1].speaker is None:
        return None
    source, sentence = before.source, found.source.sent
    if source.ent_type_ == "PERSON" or source.lower_ in _PRONOUNS:
        return None
    start = speakers.previous_sentence_start(found.source)
    return quotes[-1].speaker.country if start <= source.idx < sentence.end_char else None


def _outside(text: str, sentence: Span, parts: list[tuple[int, int]]) -> str:
    """The sentence of a statement with what was said blanked out: where the source stands, not what it spoke of
    ("Two diplomats said Qatar had offered to host the talks" places no diplomat in Qatar)."""
    chars = list(text[sentence.start_char : sentence.end_char])
    for start, end in parts:
        for i in range(max(start, sentence.start_char), min(end, sentence.end_char)):
            chars[i - sentence.start_char] = " "
    return "".join(chars)


OWNING_PRONOUNS = frozenset({"its", "their"})
"""Possessives whose antecedent owns the source ("its foreign office", "their spokesman") and gives its country."""


DEFINITE = frozenset({"the", "that", "this", "these", "those"})
"""Determiners of a source that points back to one already introduced ("the official" after "a NATO official")."""


def _definite(head: Token) -> bool:
    """Whether a source is only a definite article and its noun ("The official said"): a source named before."""
    return [t.lower_ for t in head.subtree if not t.is_punct] in ([d, head.lower_] for d in DEFINITE)


def _same_source(speaker: Speaker, lemma: str, quotes: list[Quote], heads: list[str | None]) -> None:
    """Give an unnamed source that points back ("the official") the actor, country and sector of the latest unnamed
    source with the same noun ("a NATO official"); its country outranks one the sentence gave ("The army does not
    target U.N. forces, the spokesperson said" after "An Israeli military spokesperson") unless the source's own words
    name a state."""
    for quote, head in zip(reversed(quotes), reversed(heads)):
        earlier = quote.speaker
        if head == lemma and earlier is not None and earlier.anonymous and earlier.span != speaker.span:
            speaker.entity = speaker.entity or earlier.entity
            speaker.country = anonymous.state_named(speaker.text) or earlier.country or speaker.country
            speaker.sector = speaker.sector or earlier.sector
            return


ISSUED_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration"})
"""What a body issues and the story then quotes as if it spoke: "The statement said …" after "said in a statement"."""


def _just_before(earlier: Token, source: Token) -> bool:
    """Whether ``earlier`` comes before ``source`` in its sentence or the one before."""
    return speakers.previous_sentence_start(source) <= earlier.idx < source.idx


def _issued_before(found: Found, before: Found, quotes: list[Quote]) -> bool:
    """Whether a source that is just "the statement" (a communiqué, a declaration) was issued by the speaker just
    before, in the same or the previous sentence ("Gabon's foreign ministry said in a statement … The statement
    said"): that speaker goes on speaking."""
    source = found.source
    if source is None or before.source is None or not quotes or quotes[-1].speaker is None \
            or source.lemma_.lower() not in ISSUED_NOUNS \
            or [t.lower_ for t in source.subtree if not t.is_punct] != ["the", source.lower_]:
        return False
    return _just_before(before.source, source)


def _body_going_on(found: Found, before: Found, quotes: list[Quote]) -> bool:
    """Whether an "it" source left without a country is the body that spoke just before, in the same or the previous
    sentence, though no actor stands for it ("the army said in a statement … No one was hurt, it said"); not when its
    own sentence names a body before it ("India's ministry summoned … to lodge what it called a protest")."""
    source, earlier = found.source, before.source
    if source is None or earlier is None or source.lower_ != "it" or not quotes or quotes[-1].speaker is None \
            or earlier.ent_type_ == "PERSON" or earlier.lower_ in _PRONOUNS or quotes[-1].speaker.anonymous:
        return False
    own = source.doc[source.sent.start : source.i]
    if any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in own if t.idx > earlier.idx):
        return False
    return _just_before(earlier, source)


def _unnamed_antecedent(found: Found, before: Found, quotes: list[Quote], context: Coreference) -> bool:
    """Whether a "he", "she" or "they" source is the unnamed source of that number who spoke just before, in the same
    or the previous sentence (``A senior army officer … said … “…,” he said``; ``Two security sources said X, though
    they said Y``), with no compatible actor after that source: for "they", none outside what that source said (the
    gang it named)."""
    source, earlier = found.source, quotes[-1].speaker if quotes else None
    if source is None or earlier is None or not earlier.anonymous or before.source is None:
        return False
    word = source.lower_
    plural = before.source.tag_ in ("NNS", "NNPS") or before.source.lower_ in GROUP_PRONOUNS
    if word not in ("he", "she", "they") or plural != (word == "they"):
        return False
    opening = speakers.previous_sentence_start(source)
    between = source.doc.char_span(earlier.span[0], source.idx, alignment_mode="expand")
    if not opening <= earlier.span[0] < source.idx or between is None or "\n" in between.text:
        return False  # another paragraph (read from the tokens between: doc.text is rebuilt on each read)
    said = quotes[-1].span if word == "they" else (0, 0)
    return not any(compatible(entity, word) for start, _, entity in context.between(earlier.span[0], source.idx)
                   if not said[0] <= start < said[1])


SEPARATORS = " \t\n,;:-—–"
"""What is trimmed from a content piece's edges where an anonymity clause was cut off."""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and separating punctuation at its edges."""
    while start < end and text[start] in SEPARATORS:
        start += 1
    while end > start and text[end - 1] in SEPARATORS:
        end -= 1
    return start, end


def _clause_start(doc: Doc, part: tuple[int, int], start: int) -> int:
    """Where the phrase holding an anonymity clause that starts at ``start`` begins inside a content piece: the
    highest word above the clause's first word that still hangs below the piece's own head (``on the condition
    of anonymity``, ``, who was not authorized to …``), so the piece keeps what was said and loses the clause."""
    span = doc.char_span(part[0], part[1], alignment_mode="expand")
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or first is None:
        return start
    heads = {t.i for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i}
    top = first[0]
    while top.i not in heads and top.head.i not in heads and span.start <= top.head.i < span.end:
        top = top.head
    return min(start, top.left_edge.idx) if top.i not in heads else start


def _off_anonymity(doc: Doc, text: str, found: Found, reasons: list[anonymous.Reason]) -> bool:
    """Whether a candidate stands once its source's anonymity clause is cut out of its content.

    The clause itself is no statement (``spoke on condition of anonymity to discuss the meeting``: a cue or all of
    a content inside it); a content running over it (``confirmed the meeting on the condition of anonymity``, a
    quotation resumed after ``said a strategist, speaking on the condition of anonymity``) keeps what lies outside.
    """
    cue = found.cue.idx if found.cue is not None else -1
    if found.cue is not None and anonymous.asks_unnamed(text[cue + len(found.cue.text):].lstrip()):
        return False  # "who asked not to be identified": a request to go unnamed, no statement
    for reason in reasons:
        start, end = reason.match
        if start <= cue < end:
            return False
        pieces = []
        for s, e in found.parts or [found.content]:
            if e <= start or s >= end:
                pieces.append((s, e))
            elif s < start:
                pieces.append(_trimmed(text, s, _clause_start(doc, (s, e), start)))
            elif e > end:
                pieces.append(_trimmed(text, end, e))
        pieces = [(s, e) for s, e in pieces if e > s]
        if not pieces:
            return False
        _reshape(found, pieces)
    return True


def _reshape(found: Found, pieces: list[tuple[int, int]]) -> None:
    """Give ``found`` these content pieces: its content runs from the first to the last (parts only if it had them)."""
    if pieces != (found.parts or [found.content]):
        found.parts = pieces if found.parts else []
        found.content = (pieces[0][0], pieces[-1][1])


def _attach_reasons(quotes: list[Quote], heads: list[str | None], reasons: list[anonymous.Reason]) -> None:
    """Give each stated anonymity reason to the anonymous statements it explains: those of its own sentence, else the
    earlier ones its subject takes up (the same noun, a pronoun, or ``The officials spoke on condition of …`` after
    ``according to two people familiar with …``)."""
    previous_end = 0
    for reason in reasons:
        same = [q for q in quotes if q.speaker and q.speaker.anonymous and reason.sentence[0] <= q.span[0] < reason.sentence[1]]
        if not same:
            same = [
                q
                for q, head in zip(quotes, heads, strict=True)
                if q.speaker
                and q.speaker.anonymous
                and q.speaker.anonymity_reason is None
                and previous_end <= q.span[0] < reason.sentence[0]
                and (
                    reason.subject in (None, head)
                    or reason.subject in _PRONOUNS
                    or anonymous.unnamed_noun(reason.subject)
                )
            ]
        for quote in same:
            quote.speaker.anonymity_reason = reason.text  # type: ignore[union-attr]
        previous_end = reason.sentence[1]


_DANGLING = re.compile(r"(?:[\s,;]|\b(?:and|or|but|nor)\b)+$", re.IGNORECASE)
"""A content piece's loose end: the conjunction and commas a cut left after what was said (``her standing erode
since last fall and``)."""


def _tied_off(text: str, found: Found) -> None:
    """End each content piece at its last word before a dangling conjunction or comma."""
    pieces = []
    for start, end in found.parts or [found.content]:
        loose = _DANGLING.search(text, start, end)
        pieces.append((start, loose.start() if loose and loose.start() > start else end))
    _reshape(found, pieces)


def to_quotes(doc: Doc, found: list[Found], text: str | None = None) -> list[Quote]:
    """Record models (ids ``Q1``...) for the attributions of ``doc`` (text may be passed), in text order."""
    text = doc.text if text is None else text
    marks = [(q.start, q.end) for q in quoted_spans(text)]
    reasons = anonymous.reasons(doc, text)
    found = [f for f in found if _off_anonymity(doc, text, f, reasons)]
    for f in found:
        _tied_off(text, f)
    context = Coreference(doc, marks)
    quotes: list[Quote] = []
    heads: list[str | None] = []
    by_found: dict[int, Quote] = {}
    placed: dict[str, str] = {}  # the first country a statement found for an actor its actors stage left uncoded
    for i, f in enumerate(found):
        cue = None
        if f.cue is not None:
            span = cues.cue_span(f.cue, f.content[0])
            cue = Cue(text=text[span[0] : span[1]], span=span, lemma=cues.cue_lemma(f.cue), tense=cues.tense(f.cue))
        earlier = by_found.get(id(f.follows)) if f.follows is not None else None
        if earlier is not None:
            speaker = earlier.speaker.model_copy() if earlier.speaker else None
        else:
            speaker = _speaker(doc, text, f, context, reasons, _body_before(f, found[i - 1] if i else None, quotes))
            if speaker is not None and speaker.anonymous and _definite(f.source):
                _same_source(speaker, f.source.lemma_.lower(), quotes, heads)
            if speaker is not None and i and (_unnamed_antecedent(f, found[i - 1], quotes, context)
                                              or _issued_before(f, found[i - 1], quotes)
                                              or speaker.country is None and _body_going_on(f, found[i - 1], quotes)):
                speaker = quotes[-1].speaker.model_copy(update={"text": speaker.text, "span": speaker.span})
            if speaker is not None and speaker.entity is not None:  # "Its spokesman, X, said" placed X: so is "X said"
                if speaker.country:
                    placed.setdefault(speaker.entity, speaker.country)
                speaker.country = speaker.country or placed.get(speaker.entity)
        source = speaker.span if speaker is not None and earlier is None else None
        edges = [f.content] + ([cue.span] if cue else []) + ([source] if source else [])
        body = " ".join(text[s:e] for s, e in (f.parts or [f.content]))
        quotes.append(
            Quote(
                id=f"Q{i + 1}",
                kind=kind_of(text, f, marks),
                text=body,
                span=(min(s for s, _ in edges), max(e for _, e in edges)),
                content_span=f.content,
                cue=cue,
                speaker=speaker,
            )
        )
        heads.append(f.source.lemma_.lower() if f.source is not None else None)
        by_found[id(f)] = quotes[-1]
    _attach_reasons(quotes, heads, reasons)
    return quotes
