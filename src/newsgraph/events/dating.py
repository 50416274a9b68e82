"""When an event happened (or is planned for): the sentence's time expression, else the article date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.events.arguments import clause_above
from newsgraph.quotes.cues import cue_class
from newsgraph.record import EventDate, TimeExpression


def _sentence_times(doc: Doc, bounds: tuple[int, int]) -> list[TimeExpression]:
    """Time expressions from the times stage inside ``bounds``, or DATE entities resolved here; not the dateline's
    date ("MANILA, March 11 (Reuters) -"), which says when the story was filed, not when its first act happened."""
    dateline = doc._.dateline
    start = max(bounds[0], dateline.span[1]) if dateline is not None and dateline.span[0] <= bounds[0] else bounds[0]
    times = [t for t in doc._.times or () if start <= t.span[0] and t.span[1] <= bounds[1]]
    if times or doc._.times:
        return times
    return [t for t in (_resolved(doc, ent) for ent in doc.ents
                        if ent.label_ == "DATE" and start <= ent.start_char and ent.end_char <= bounds[1]) if t is not None]


def _resolve(text: str, anchor: date | None, tense: str) -> str | None:
    """``text`` resolved against ``anchor`` with the times stage's resolver, when available."""
    if anchor is None:
        return None
    try:
        from newsgraph.times.resolve import resolve

        return resolve(text, anchor, tense=tense)[0]
    except Exception:  # the resolver is optional here; an unresolved text is still evidence
        return None


def _resolved(doc: Doc, ent: SpacySpan) -> TimeExpression | None:
    """A DATE entity resolved against the article date."""
    value = _resolve(ent.text, _anchor(doc), "past")
    return TimeExpression(id="", text=ent.text, span=(ent.start_char, ent.end_char), value=value)


def _anchor(doc: Doc) -> date | None:
    published = doc._.published
    try:
        return date.fromisoformat(str(published)[:10]) if published else None
    except ValueError:
        return None


def _time_root(doc: Doc, time: TimeExpression) -> Token | None:
    """The head word of a time expression, None when its span cannot be located."""
    span = doc.char_span(*time.span, alignment_mode="expand")
    return None if span is None else span.root


def _time_verb(root: Token | None) -> Token | None:
    """The clause a time expression (by its head word) modifies."""
    return None if root is None else clause_above(root, steps=8)


PREMODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
"""How a time hangs on a noun it names ("the 1961 Vienna Convention", "the region's 2019 referendum", "Tuesday's
demonstration")."""


def _names_another(root: Token | None, trigger: Token) -> bool:
    """True when the time (by its head word) premodifies a noun other than the event's trigger or what the trigger
    acts on: it dates that thing, not the event ("deferred a vote on ratifying the 2019 referendum", "in line with the
    1961 Vienna Convention"; but "crushed the 2011 protests" in 2011)."""
    if root is None:
        return False
    thing = root.head
    return root.dep_ in PREMODIFIER_DEPS and thing.pos_ in ("NOUN", "PROPN") and thing.ent_type_ not in ("DATE", "TIME") \
        and thing.i != trigger.i and not (thing.dep_ in ("dobj", "nsubjpass") and thing.head.i == trigger.i)


def _level(verb: Token | None, clause: Token) -> int | None:
    """Where the clause ``verb`` a time modifies stands to the event's: 0 the event's own clause; 1 a clause above it;
    2 a clause below it with no subject of its own and not a conjunct with a tense of its own; None elsewhere."""
    if verb is None:
        return None
    if verb == clause:
        return 0
    if verb in clause.ancestors:
        return 1
    if clause in verb.ancestors and not _own_clause_between(verb, clause):
        return 2
    return None


def _own_clause_between(verb: Token, clause: Token) -> bool:
    """Whether a clause from ``verb`` up to ``clause`` (exclusive) has its own subject, or is a conjunct with a tense of
    its own: another act in another time ("had been arrested and would appear in court on Wednesday": the hearing's
    day, not the arrest's; "arrested 23 fishermen and seized four trawlers on Wednesday" share it)."""
    node = verb
    while node != clause and node.head != node:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) \
                or node.dep_ == "conj" and any(c.dep_ == "aux" for c in node.children):
            return True
        node = node.head
    return False


def _announcing(verb: Token) -> bool:
    """Whether a time's clause is a verb of saying or thinking: when a plan was announced ("said on Saturday it will
    meet"), not when it is for ("is due to travel on Thursday to discuss the case" is Thursday)."""
    return cue_class(verb.lemma_.lower()) in ("speech", "thought")


def _since(doc: Doc, time: TimeExpression) -> bool:
    """Whether the time follows "since": a start that has passed, even for an act still going on or to come."""
    span = doc.char_span(*time.span, alignment_mode="expand")  # not doc.text, which spaCy rebuilds on each read
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "since"


NARRATIVE_DAYS = 7
"""How far before publication a day named earlier may date a later past act: the story's own news cycle."""


def _past(clause: Token) -> bool:
    """Whether a clause tells a past act: a simple past or a past perfect ("fired", "had fired"), not a present
    perfect ("has killed thousands"), which sums up a period."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ in ("have", "will", "would") and a.tag_ != "VBD" for a in auxes):
        return False
    return clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _told_before(doc: Doc, before: int, anchor: date) -> TimeExpression | None:
    """The last day named before ``before`` (not in the dateline) within the story's news cycle: a past act told
    with no time of its own happened when the act the story last dated did ("clashed on Tuesday ... The army
    denied that its troops had fired first")."""
    dateline = doc._.dateline
    after = dateline.span[1] if dateline is not None else 0
    for time in reversed(doc._.times or ()):
        if time.span[1] > before or time.span[0] < after or time.granularity != "day" or not time.value \
                or _since(doc, time):  # "a blockade maintained since Monday" dates no act
            continue
        day = date.fromisoformat(time.value)
        if 0 <= (anchor - day).days <= NARRATIVE_DAYS:
            return time
    return None


def event_date(doc: Doc, trigger: Token, clause: Token, bounds: tuple[int, int], planned: bool = False,
               material: bool = False) -> EventDate:
    """The date of the event expressed by ``trigger``: a resolved time of its clause, else the article date.

    A planned event ignores the time of the statement announcing it and resolves its own forwards.
    """
    anchor = _anchor(doc)
    ranked = [(level, abs(t.span[0] - trigger.idx), t) for t in _sentence_times(doc, bounds)
              if t.value and (level := _level(verb := _time_verb(root := _time_root(doc, t)), clause)) is not None
              and not (planned and level == 1 and _announcing(verb)) and not _names_another(root, trigger)]
    if ranked:
        best = min(ranked, key=lambda item: item[:2])[2]
        value = (_resolve(best.text, anchor, "future") if planned and not _since(doc, best) else None) or best.value
        return EventDate(value=value, text=best.text, basis="sentence")
    if anchor is not None and material and not planned and _past(clause) and (told := _told_before(doc, bounds[0], anchor)):
        return EventDate(value=told.value, text=told.text, basis="context")
    if anchor is not None:
        return EventDate(value=anchor.isoformat(), text=None, basis="article")
    return EventDate()
