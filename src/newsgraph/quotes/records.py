"""Turn found attributions into ``record.Quote`` models: kind, cue, speaker, anonymity and its reason."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.quotes import anonymous, cues, speakers
from newsgraph.quotes.attribution import Found
from newsgraph.quotes.coref import GROUP_PRONOUNS, PERSON_PRONOUNS, Coreference
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


def _speaker(doc: Doc, text: str, found: Found, context: Coreference, reasons: list[anonymous.Reason]) -> Speaker | None:
    """The speaker of one attribution with its entity, anonymity, description, country and sector: anonymous when its
    noun names an unnamed source or the text says it went unnamed."""
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
    if anonymous.is_anonymous(doc, found.source, phrase) or anonymous.stated(doc, found.source, phrase, reasons, parts):
        speaker.anonymous = True
        speaker.description = anonymous.description(text, found.source, phrase)
        speaker.country, speaker.sector = anonymous.code(speaker.description, found.source.sent.text)
    if entity is not None:
        speaker.country = entity.country or speaker.country
        speaker.sector = entity.sector or speaker.sector
    return speaker


def _about_anonymity(found: Found, reasons: list[anonymous.Reason]) -> bool:
    """Whether a candidate is the anonymity clause itself ("spoke on condition of anonymity to discuss").

    Only the content's own pieces count: a quotation resumed after ``said a strategist, speaking on the condition
    of anonymity to …`` spans the clause without being about it.
    """
    cue = found.cue.idx if found.cue is not None else -1
    for reason in reasons:
        start, end = reason.match
        if start <= cue < end or any(s < end and e > start for s, e in found.parts or [found.content]):
            return True
    return False


def _attach_reasons(quotes: list[Quote], heads: list[str | None], reasons: list[anonymous.Reason]) -> None:
    """Give each stated anonymity reason to the anonymous statements it explains."""
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
                and (reason.subject in (None, head) or reason.subject in _PRONOUNS)
            ]
        for quote in same:
            quote.speaker.anonymity_reason = reason.text  # type: ignore[union-attr]
        previous_end = reason.sentence[1]


def to_quotes(doc: Doc, found: list[Found], text: str | None = None) -> list[Quote]:
    """Record models (ids ``Q1``...) for the attributions of ``doc`` (text may be passed), in text order."""
    text = doc.text if text is None else text
    marks = [(q.start, q.end) for q in quoted_spans(text)]
    reasons = anonymous.reasons(doc, text)
    found = [f for f in found if not _about_anonymity(f, reasons)]
    context = Coreference(doc, marks)
    quotes: list[Quote] = []
    heads: list[str | None] = []
    by_found: dict[int, Quote] = {}
    for i, f in enumerate(found):
        cue = None
        if f.cue is not None:
            span = cues.cue_span(f.cue, f.content[0])
            cue = Cue(text=text[span[0] : span[1]], span=span, lemma=cues.cue_lemma(f.cue), tense=cues.tense(f.cue))
        earlier = by_found.get(id(f.follows)) if f.follows is not None else None
        if earlier is not None:
            speaker = earlier.speaker.model_copy() if earlier.speaker else None
        else:
            speaker = _speaker(doc, text, f, context, reasons)
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
