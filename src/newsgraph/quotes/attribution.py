"""Find attributions in a parsed doc: cue verbs with their clauses, quote frames, continued quotes.

Attributions are univocal, as in PolNeAR: a cue inside quotation marks or inside another
attribution's content is reported speech within speech and is not extracted on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.quotes import classifier, cues, speakers, vectors
from newsgraph.quotes import content as contents
from newsgraph.quotes import extent
from newsgraph.quotes.marks import Quoted, is_title, quoted_spans

MIN_PRECISION_CLAUSE = 0.02
"""Lexicon precision a verb needs to be a candidate cue when it governs a clause (the classifier decides)."""
MIN_PRECISION_OBJECT = 0.10
"""... and when it governs only an object ("announced a plan")."""
MIN_PRECISION_FRAME = 0.02
"""... and when it frames a quotation ("…,” she quipped); verbs outside the lexicon pass."""
FRAME_GAP = 6
"""How many tokens may separate a quotation from the verb framing it."""
MIN_LINE_WORDS = 4
"""A line this short with a sourceless verb is page furniture ("Recommended Videos", "Related Stories")."""
VECTOR_CANDIDATE = 0.3
"""Token-model cue probability that makes a verb outside the lexicon (or below ``MIN_PRECISION_OBJECT``) a
candidate, its object allowed as content (``drew attention to``); the classifier judges it."""
VECTOR_NOMINAL = 0.5
"""Token-model cue probability that makes a noun or adjective a candidate (``his remark that``, ``confident that``,
``criticism of``) when it governs a clause or a prepositional object; the classifier judges it."""
COLON_SOURCE = 5
"""Longest name run before a colon cue (``Graham: Trump’s rhetoric…``, ``- Philip Bump: “…”``)."""
_LEADERS = frozenset("-—–|")
_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]{0,30}):", re.MULTILINE)


@dataclass
class Found:
    """One attribution before it becomes a ``record.Quote``."""

    content: tuple[int, int]
    cue: Token | None = None
    source: Token | None = None
    source_span: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    via: str = ""
    """How the content was found: a dependency label (``parataxis``, ``advcl`` for ``as`` clauses), ``according`` or ``frame``."""
    follows: Found | None = None
    """The attribution whose speaker a cue-less continuation inherits."""


@dataclass(frozen=True)
class Page:
    """The document's text, quotations and newline offsets, computed once per document.

    ``doc.text`` is rebuilt from every token on each read: reading it per cue made long texts
    quadratic (38 s for 99,000 characters), so the finders take it from here.
    """

    text: str
    quotes: list[Quoted]
    breaks: list[int]
    starts: list[int]
    """Where each quotation starts (they are sorted and do not overlap)."""
    labels: Counter[str]
    """Capitalised labels opening a paragraph before a colon (``TAPPER:``, ``Q:``), by how often they do."""

    @classmethod
    def of(cls, text: str) -> Page:
        """The page of ``text``: its paired quotations, the offset of every newline and its paragraph labels."""
        quotes = quoted_spans(text)
        labels = Counter(m.group(1) for m in _LABEL.finditer(text))
        return cls(text, quotes, [i for i, char in enumerate(text) if char == "\n"], [q.start for q in quotes], labels)

    def speaker_label(self, word: str) -> bool:
        """Whether an all-capitals name ``word:`` opens turns of a transcript: it labels several paragraphs
        (``TAPPER:``), or a longer label has it (``JOEL BENENSON:``, then ``BENENSON:``). Not ``Q:`` / ``A:``:
        PolNeAR's annotators split on whether interview turns are attributions, and on train they cost more than
        they gain."""
        if len(word) < 2:
            return False
        return self.labels[word] > 1 or any(word in label.split() for label in self.labels if label != word)

    def quoted_at(self, char: int) -> bool:
        """Whether ``char`` lies inside a quotation."""
        i = bisect_right(self.starts, char) - 1
        return i >= 0 and char < self.quotes[i].end

    def next_quote(self, char: int) -> Quoted | None:
        """The first quotation starting at or after ``char``."""
        i = bisect_left(self.starts, char)
        return self.quotes[i] if i < len(self.quotes) else None

    def last_before(self, char: int) -> Quoted | None:
        """The last quotation ending at or before ``char`` (quotations are sorted and do not overlap)."""
        i = bisect_left(self.starts, char) - 1
        while i >= 0 and self.quotes[i].end > char:
            i -= 1
        return self.quotes[i] if i >= 0 else None

    def paragraph(self, char: int) -> tuple[int, int]:
        """The ``[start, end)`` of the paragraph holding ``char``."""
        i = bisect_left(self.breaks, char)
        return (self.breaks[i - 1] + 1 if i else 0, self.breaks[i] if i < len(self.breaks) else 1 << 62)


def _inside(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside any span."""
    return any(s <= char < e for s, e in spans)


def _clip(span: tuple[int, int], bounds: tuple[int, int]) -> tuple[int, int]:
    """``span`` cut to ``bounds``."""
    return max(span[0], bounds[0]), min(span[1], bounds[1])


def _chars(token: Token) -> tuple[int, int]:
    """The characters of one token."""
    return token.idx, token.idx + len(token.text)


RAISING = frozenset({"seem", "appear"})
"""``Enthusiasm appears to be waning``: the subject belongs to what is reported, the source is unstated."""


def _agentless_passive(cue: Token) -> bool:
    """Whether the cue is a passive without a ``by`` agent (``is expected``, ``was asked``)."""
    deps = {c.dep_ for c in cue.children}
    return "auxpass" in deps and "agent" not in deps


def _raised_subject(cue: Token, clause: Token) -> Token | None:
    """``Voters appear to be moving behind Trump``, ``Trump is expected to speak``, ``the delegates were deemed
    ineligible``, ``the states are seen as her strongholds``: the subject of a raising verb, or of an agentless
    passive with anything but a ``that`` clause, belongs to its content (as PolNeAR marks it); a relative pronoun
    stands for a noun outside the clause, so only an infinitive takes it."""
    if cue.lemma_.lower() not in RAISING and not (clause.dep_ != "ccomp" and _agentless_passive(cue)):
        return None
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in speakers.RELATIVE_TAGS and clause.dep_ != "xcomp":
        return None
    return subject


PERMISSION = frozenset({"allow", "let", "permit", "enable", "authorize", "empower", "entitle"})
"""Verbs granting leave: with an object and an infinitive (``allows Ukraine to use``) they report nothing."""


def _grants(cue: Token, clause: Token) -> bool:
    """``The U.S. allows Ukraine to use …``: a permission verb whose clause is an object plus an infinitive.

    PolNeAR train[0:500]: 8 of 73 such verbs are gold cues; of the 12 the classifier kept, 2 were.
    """
    if cue.lemma_.lower() not in PERMISSION:
        return False
    if clause.dep_ == "ccomp":
        return contents.infinitive(clause) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return clause.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in cue.children)


def _passive_content(cue: Token) -> Token | None:
    """``O’Malley’s move was first reported by MSNBC``: a passive with a ``by`` agent and nothing else to report
    reports its subject (the agent is the source); not a relative pronoun, whose noun holds the cue itself."""
    if not any(c.dep_ == "agent" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    return None if subject is None or subject.tag_ in speakers.RELATIVE_TAGS else subject


def _implicit_source(cue: Token) -> bool:
    """Whether PolNeAR leaves the source unstated: raising verbs, ``(when) asked about`` without an agent, and
    agentless passives (``Biden's meeting is expected to happen``: the subject is what is expected, not who expects)."""
    if cue.lemma_.lower() in RAISING or _agentless_passive(cue):
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in cue.children)
    return cue.tag_ == "VBN" and cue.dep_ == "advcl" and not own


def _with_source(found: Found, head: Token | None, cue: Token, bounds: tuple[int, int]) -> Found:
    """Attach the source phrase headed by ``head``, if it is in the cue's paragraph and off the content."""
    crossed = cue.sent.start_char < bounds[0]
    if (head is None and crossed) or (head is not None and not bounds[0] <= head.idx < bounds[1]):
        head = speakers.nearby_subject(cue, bounds)
    if head is not None:
        relative = speakers.relative_subject(cue)
        span = _clip(speakers.source_span(head, cue) if relative is None else _chars(relative), bounds)
        if head.i < cue.i and (_opens_quoted(found, head.doc) and head == speakers.after_quotation(cue)
                               or head == speakers.after_comma(cue)):
            _end_before(found, head.doc.char_span(*span, alignment_mode="expand")[0])  # the content ran over it
        off = not any(span[0] < e and span[1] > s for s, e in found.parts or [found.content])
        if span[1] > span[0] and (off or _fronted(found, cue, span)):
            found.source, found.source_span = head, span
    return found


def _opens_quoted(found: Found, doc: Doc) -> bool:
    """Whether the content opens with a quotation mark (``“…,” X said``), not elsewhere (``Despite his “brash
    personality,” X wrote, Y``)."""
    opening = doc.char_span(found.content[0], found.content[0] + 1, alignment_mode="expand")
    return opening is not None and opening[0].is_quote


def _end_before(found: Found, phrase: Token) -> None:
    """Cut the content to end with the last word before ``phrase`` (commas and spaces left out)."""
    doc, i = phrase.doc, phrase.i - 1
    while i > 0 and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    end = doc[i].idx + len(doc[i].text)
    if found.content[0] < end < found.content[1]:
        found.content = (found.content[0], end)
        found.parts = [(s, min(e, end)) for s, e in found.parts if s < end]


def _fronted(found: Found, cue: Token, source: tuple[int, int]) -> bool:
    """``what former employees have called a “fraudulent scheme”``, ``which officials said will …``: the content
    opens with a wh-word fronted before the source and the cue, so the source inside it is still the source."""
    doc = cue.doc
    first = doc.char_span(found.content[0], found.content[1], alignment_mode="expand")
    return first is not None and first[0].tag_ in speakers.RELATIVE_TAGS and first[0].idx < source[0] < cue.idx


def _sentence_rest(token: Token, bounds: tuple[int, int]) -> tuple[int, int]:
    """From after the cue to the end of its sentence: the content when the parse left the paragraph."""
    end = token.sent[-1]
    while end.i > token.i and (end.is_punct or end.is_space or end.idx >= bounds[1]):
        end = end.doc[end.i - 1]
    return (token.idx + len(token.text) + 1, end.idx + len(end.text))


def _resumed_subject(token: Token, source: Token) -> bool:
    """Whether the parse made the speaker of ``“…,” said X, “…”`` the subject of the resumed quotation's clause, so
    that clause is not the cue's content on its own (the quotation frame reads the statement)."""
    return source.i > token.i and not token.is_ancestor(source) and token.head.is_ancestor(source)


def _as_clause(token: Token) -> bool:
    """``As the Times noted, …``: a cue in an ``as`` clause reports the clause it modifies; so does a cue set off by
    a comma before the clause the parse made it a complement of (``If X, Clinton suggested in a tweet, women …``),
    and one trailing its clause (``_trailing_conjunct``)."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return True
    doc, after = token.doc, token.right_edge.i + 1
    if token.dep_ == "ccomp":
        return token.head.i > after and doc[after].text == ","
    return _trailing_conjunct(token)


def _trailing_conjunct(token: Token) -> bool:
    """``…, the bloc, which mediated the meeting, said in a closing statement``: a cue with its own subject that the
    parse joined to the clause before it at a bare comma (no ``and``, ``but``) reports that clause."""
    doc, rest = token.doc, token.doc[token.right_edge.i + 1 : token.sent.end]
    if token.dep_ != "conj" or token.head.i > token.i or any(not (t.is_punct or t.is_space) for t in rest):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or doc[subject.left_edge.i - 1].text != ",":
        return False
    joints = (*token.head.children, *token.children)
    return not any(c.dep_ == "cc" and token.head.i < c.i < token.i for c in joints)


COLON_REACH = 8
"""How many words of the cue's own phrase (``saying in a post on Twitter:``) may come between it and its colon."""


def _quote_after_colon(token: Token, page: Page) -> Quoted | None:
    """The quotation a colon after the cue introduces: ``He declared:`` ending a paragraph, the next one opening
    with it; or ``saying in a post on Twitter: “…”``, the cue's phrase too long for the quotation frame."""
    doc = token.doc
    colon = next((t for t in doc[token.i + 1 : token.i + 2 + COLON_REACH] if t.text == ":" or t.is_quote), None)
    if colon is None or colon.text != ":" or not all(token.is_ancestor(t) for t in doc[token.i + 1 : colon.i]):
        return None
    after = colon.idx + 1
    quoted = page.next_quote(after)
    if quoted is None:
        return None
    gap = page.text[after : quoted.start]
    return quoted if not gap.strip() and ("\n" in gap or colon.i > token.i + 1) else None


def _reports(token: Token) -> bool:
    """Whether a verb is a cue likely enough to head a statement of its own (lexicon precision >= 0.10)."""
    entry = cues.entry_for(token)
    return entry is not None and entry.precision >= MIN_PRECISION_OBJECT


def _pieces(parts: list[tuple[int, int]], content: tuple[int, int]) -> list[tuple[int, int]]:
    """The two pieces around a parenthetical cue (``X, Barden says, Y``; ``X, according to Y, Z``), stretched like
    the content they split."""
    if not parts:
        return []
    return [(content[0], min(parts[0][1], content[1])), (max(parts[1][0], content[0]), content[1])]


def _parenthetical_speaker(cue: Token, clause: Token, subject: Token | None) -> Token | None:
    """``Any reading of the deal, said Michael Kofman, an expert, would see …``: a cue set off by commas between a
    fronted subject and its predicate, which the parse read as the cue's subject and a clause whose subject is the
    speaker; returns the speaker."""
    doc = cue.doc
    if subject is None or not subject.i < cue.i < clause.i or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1:
        return None
    end = speaker.right_edge.i
    return speaker if "," in (doc[end].text, doc[min(end + 1, len(doc) - 1)].text) else None


def _according_phrase(found: Found, according: Token, bounds: tuple[int, int]) -> Found:
    """``according to X`` by its commas rather than its parse: X runs from ``to`` to the comma before the clause it
    qualifies, or to the end of the sentence when it trails the clause (the parse often hangs a relative clause or
    an appositive of X elsewhere: ``according to a report from WKOW, the ABC affiliate in Madison``)."""
    doc, first = according.doc, according.i + 2
    if found.source is None or first >= len(doc) or doc[according.i + 1].lower_ != "to":
        return found
    sentence = according.sent
    after = [p for p in found.parts if p[0] > according.idx]
    piece = doc.char_span(*after[0], alignment_mode="expand") if after else None
    clause_after = piece is not None and any(t.pos_ in ("VERB", "AUX") for t in piece)
    if found.content[0] > according.idx or clause_after:
        opens = found.content[0] if found.content[0] > according.idx else after[0][0]
        commas = [t for t in doc[first : sentence.end] if t.text == "," and t.idx < opens]
        if not commas:
            return found
        last = commas[-1].i
    else:  # the phrase trails its clause: it runs to the sentence's end
        last = sentence.end
    words = [t for t in doc[first:last] if not (t.is_punct and not t.is_quote) and not t.is_space]
    if words:
        found.source_span = _clip((words[0].idx, words[-1].idx + len(words[-1].text)), bounds)
    return found


def _from_cue(token: Token, page: Page) -> Found | None:
    """The attribution a lexicon cue verb (or ``according to``, or a verb the token model finds likely) heads, if it
    reports something."""
    entry = cues.entry_for(token)
    tagged = (
        (entry is None or entry.precision < MIN_PRECISION_OBJECT)
        and token.pos_ == "VERB"
        and (vectors.probability(token) or 0.0) >= VECTOR_CANDIDATE
    )
    if entry is None and not tagged:
        return _from_nominal(token, page) if token.pos_ in ("NOUN", "ADJ") else None
    bounds = page.paragraph(token.idx)
    quotes = page.quotes
    if token.lower_ == "according":
        span = contents.according_content(token)
        if span is None or _clip(span, bounds)[1] <= _clip(span, bounds)[0]:
            return None
        content = contents.widen(_clip(span, bounds), quotes)
        found = Found(content, cue=token, via="according", parts=_pieces(contents.around(span, token), content))
        return _according_phrase(_with_source(found, speakers.according_source(token), token, bounds), token, bounds)
    if entry is not None and entry.precision < MIN_PRECISION_CLAUSE and not tagged:
        return None
    if (felt := _felt(token)) is not None:  # "The remark worried some analysts"
        stimulus, experiencer = felt
        found = Found(contents.subtree_chars(stimulus), cue=token, via="psych")
        return _with_source(found, experiencer, token, bounds)
    source = speakers.source_token(token)
    if (answered := contents.answered_charge(token)) is not None:  # "…, a charge Eritrea has denied"
        charge, source = answered
        cut = token if token.head == charge else source  # the charge without who answers it
        found = Found(contents.subtree_chars(charge, exclude=cut), cue=token, via="charge")
        return _with_source(found, source, token, bounds)
    if source is None and len(page.text[bounds[0] : bounds[1]].split()) < MIN_LINE_WORDS:
        return None  # a page label ("Recommended Videos"), not a statement
    clause = contents.clause_of(token, allow_object=tagged or entry.precision >= MIN_PRECISION_OBJECT)
    if clause is not None and _grants(token, clause):
        return None
    if clause is not None and contents.addressed(token, clause) and (token.dep_ == "parataxis" or _as_clause(token)):
        clause = None  # "X, his aide told CNN": the clause the cue trails reports, CNN is who was told
    if clause is not None and clause.dep_ == "dobj" and (light := cues.light_object(token)) is not None:
        clause = light  # "took a swipe at X": the noun belongs to the cue, the preposition's object is reported
    parts: list[tuple[int, int]] = []
    if clause is not None:
        objects = [c for c in clause.children if c.dep_ in ("pobj", "pcomp")] if clause.dep_ == "prep" else []
        span, via = contents.subtree_chars(objects[0] if objects else clause), clause.dep_
        if via == "advcl" and contents.embedded_question(token, clause):
            via = "question"
        elif via == "advcl":  # "called for X to do Y": the clause after its "for"
            span, via = contents.subtree_chars(clause, exclude=contents.for_clause(clause)), "for"
        if via in contents.OBJECT_DEPS or via == "prep":
            span = (span[0], max(span[1], contents.complement_end(token, clause, _reports)))
        elif via == "ccomp" and (speaker := _parenthetical_speaker(token, clause, source)) is not None:
            parts = [contents.subtree_chars(source), contents.subtree_chars(clause, exclude=speaker)]
            span, source = (parts[0][0], parts[1][1]), speaker
        elif via == "ccomp" and (later := contents.later_clause(token, clause, page.quoted_at)) is not None:
            parts = [span, contents.subtree_chars(later)]
            span = (span[0], parts[1][1])
        elif via == "ccomp":
            end = max(contents.coordinated_end(token, clause, _reports), contents.sentence_end(token, clause, _reports))
            span = (span[0], max(span[1], end))
        elif via == "xcomp":
            span = (contents.object_start(token, clause, span[0]), span[1])
    elif (subject := _passive_content(token)) is not None:
        span, via = contents.subtree_chars(subject), "nsubjpass"
    elif source is not None and (token.dep_ == "parataxis" or _as_clause(token)) and not _resumed_subject(token, source):
        span, via = contents.subtree_chars(token.head, exclude=token), token.dep_
        parts = contents.around(span, token)
    elif source is not None and (lead := _quote_after_colon(token, page)) is not None:
        found = Found((lead.start, lead.end), cue=token, parts=[(lead.start, lead.end)], via="colon")
        return _with_source(found, source, token, bounds)
    else:
        return None
    if clause is not None and not bounds[0] <= clause.idx < bounds[1]:
        span, via = _sentence_rest(token, bounds), "rest"
    elif clause is not None and (subject := _raised_subject(token, clause)) is not None:
        parts = [contents.subtree_chars(subject), span]
        span = (parts[0][0], span[1])
    span = _clip(span, bounds)
    if span[1] <= span[0]:
        return None
    content = contents.widen(span, quotes)
    found = Found(content, cue=token, via=via, parts=_pieces(parts, content))
    return _with_source(found, source, token, bounds)


PSYCH_VERBS = frozenset({
    "anger", "worry", "bother", "unsettle", "mystify", "alarm", "frustrate", "upset", "disappoint", "trouble",
    "irritate", "infuriate", "outrage", "delight", "surprise", "shock", "annoy", "dismay", "puzzle", "baffle", "offend",
    "disturb", "rattle", "spook", "scare", "frighten", "embarrass", "anguish", "enrage", "unnerve", "exasperate",
})
"""Verbs of feeling whose object feels and whose subject is what is felt about ("the remark worried analysts"): PolNeAR
marks the object as the source and the subject as the content."""


def _felt(verb: Token) -> tuple[Token, Token] | None:
    """(what is felt about, who feels it) of a verb of feeling: an active one's subject and object ("the remark
    worried analysts"), a passive one's ``by`` phrase and subject ("Germans were outraged by the reports")."""
    if verb.lemma_.lower() not in PSYCH_VERBS or verb.pos_ != "VERB":
        return None
    felt = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    if felt is not None:
        return (agent, felt) if agent is not None and felt.lower_ not in RELATIVE_PRONOUNS else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    experiencer = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
    if subject is None or experiencer is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return subject, experiencer


def _from_nominal(token: Token, page: Page) -> Found | None:
    """The attribution a noun or adjective heads when the token model finds it likely (``her remark that X``,
    ``voiced concern about X``, ``are confident that X``): its clause or prepositional object is the content, its
    possessor, its own subject (a verb the tagger took for a noun), or the subject of the verb
    it completes, the source."""
    if (vectors.probability(token) or 0.0) < VECTOR_NOMINAL:
        return None
    clause = contents.clause_of(token, allow_object=True)
    if clause is None and token.pos_ == "NOUN":
        clause = next((c for c in token.rights if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i < token.i:
        return None
    objects = [c for c in clause.children if c.dep_ in ("pobj", "pcomp")] if clause.dep_ == "prep" else []
    bounds = page.paragraph(token.idx)
    span = _clip(contents.subtree_chars(objects[0] if objects else clause), bounds)
    if span[1] <= span[0]:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None) or speakers.source_token(token)
    if owner is None and token.dep_ in ("dobj", "attr") and token.head.pos_ in ("VERB", "AUX"):
        owner = speakers.source_token(token.head)
    found = Found(contents.widen(span, page.quotes), cue=token, via=clause.dep_)
    return _with_source(found, owner, token, bounds)


def _framing_verb(doc: Doc, quoted: Quoted, starts: list[int]) -> Token | None:
    """The verb right after (``…,” she said``) or right before (``she said: “…``) a quotation."""
    first_after, first_inside = bisect_left(starts, quoted.end), bisect_left(starts, quoted.start)
    after = doc[first_after : first_after + FRAME_GAP]
    before = doc[max(0, first_inside - FRAME_GAP) : first_inside]
    for window in (after, list(reversed(before))):
        for token in window:
            if token.is_quote or token.text == "\n" or "\n" in token.text:
                break
            if token.pos_ == "VERB" and speakers.source_token(token) is not None:
                entry = cues.entry_for(token)
                if entry is None or entry.precision >= MIN_PRECISION_FRAME:
                    return token
    return None


def _from_frame(doc: Doc, quoted: Quoted, starts: list[int], page: Page) -> Found | None:
    """A direct quotation and the verb framing it."""
    verb = _framing_verb(doc, quoted, starts)
    if verb is None:
        return None
    found = Found((quoted.start, quoted.end), cue=verb, parts=[(quoted.start, quoted.end)], via="frame")
    return _with_source(found, speakers.source_token(verb), verb, page.paragraph(verb.idx))


def _name_word(token: Token) -> bool:
    """A word of a colon cue's source: a proper noun, or any capitalised word (headlines tag ``Trump`` as a noun)."""
    return token.pos_ == "PROPN" or (token.is_alpha and token.text[0].isupper())


def _colon_source(doc: Doc, colon: Token, page: Page) -> tuple[int, int] | None:
    """Token range of a name run that alone leads up to ``colon`` in its paragraph (after an optional dash); names
    may be joined by ``and`` (``- Mark Blumenthal and Jon Cohen: “…”``)."""
    bounds = page.paragraph(colon.idx)
    start = colon.i
    while start > 0 and colon.i - start < COLON_SOURCE and doc[start - 1].idx >= bounds[0]:
        word = doc[start - 1]
        joined = word.lower_ == "and" and start - 1 > 0 and _name_word(doc[start - 2]) and start < colon.i
        if not (_name_word(word) or joined):
            break
        start -= 1
    before = doc[start - 1] if start > 0 and doc[start - 1].idx >= bounds[0] else None
    if start == colon.i or (before is not None and before.text not in _LEADERS):
        return None  # not alone in its paragraph
    single = colon.i - start == 1 and doc[start].text.isupper()
    if single and page.speaker_label(doc[start].text):
        return start, colon.i  # a transcript's turn (``TAPPER:``)
    if doc[start].pos_ == "DET":
        return None  # a description ("The Latest:") rather than a name
    run = doc[start : colon.i]
    if any(t.pos_ == "VERB" for t in run) and not any(t.pos_ in ("NOUN", "PROPN") for t in run):
        return None  # a credit line or a prompt ("Contributing:", "Related:", "Remember:"), not who speaks
    if single and not _person_label(doc[start]):
        return None  # a section label or dateline ("UPDATE:", "WASHINGTON:")
    return start, colon.i


def _person_label(word: Token) -> bool:
    """``TAPPER:`` in a transcript: an all-capitals label whose word the article names as a person (``Jake Tapper``)."""
    name = word.text.title()
    return any(e.label_ == "PERSON" and name in e.text.split() for e in word.doc.ents)


def _from_colon(doc: Doc, colon: Token, page: Page) -> Found | None:
    """``Name: content`` (headlines, quote lead-ins): the colon is the cue, the name its source."""
    bounds = page.paragraph(colon.idx)
    names = _colon_source(doc, colon, page)
    if names is None:
        return None
    end = min(bounds[1], len(page.text))
    start = colon.idx + 1
    following = page.next_quote(start)
    if following is not None and (following.start - start > MAX_CUE_TAIL or page.text[start : following.start].strip()):
        following = None  # only blank space may separate the colon from the quotation it opens
    if following is not None:
        end = following.end
    start, end = _trim_chars(page.text, start, end)
    if end - start < 3 or not any(c.isalpha() for c in page.text[start:end]):
        return None  # a tally ("Clinton: 547."), not a statement
    if page.text[start] == "@" and not any(c.isspace() for c in page.text[start:end]):
        return None  # a handle ("Twitter: @Milbank"), not a statement
    head = doc[names[1] - 1]
    found = Found((start, end), cue=colon, via="colon", parts=[(start, end)] if following else [])
    found.source, found.source_span = head, (doc[names[0]].idx, head.idx + len(head.text))
    return found


DASHES = frozenset({"-", "--", "–", "—", "―"})
"""Dashes that can sign a quotation (``“…” — Bernie Sanders``)."""
SIGNATURE_NAME = 5
"""Longest name run after a signing dash."""


def _signature_name(doc: Doc, dash: Token, end: int) -> tuple[int, int] | None:
    """Token range of the name right after ``dash`` that ends its paragraph or runs into ``,``, ``.`` or ``(``
    (``- Michelle Marks, Philadelphia.``, ``— Paul Ryan (@SpeakerRyan) July 5, 2016``), if it holds a proper noun."""
    stop = dash.i + 1
    while stop < len(doc) and doc[stop].idx < end and stop - dash.i <= SIGNATURE_NAME and _name_word(doc[stop]):
        stop += 1
    after = doc[stop] if stop < len(doc) and doc[stop].idx < end else None
    ends = after is None or after.text in (",", ".", "(")
    if stop == dash.i + 1 or stop - dash.i > SIGNATURE_NAME or not ends:
        return None
    return (dash.i + 1, stop) if any(t.pos_ == "PROPN" for t in doc[dash.i + 1 : stop]) else None


def _from_signature(doc: Doc, dash: Token, page: Page) -> Found | None:
    """``“…” — Bernie Sanders``: a dash and a name signing the quotation before it, on the same line or as the
    next paragraph (quoted letters, claims, epigraphs), or signing an embedded post (``… — Paul Ryan (@Ryan)``)."""
    if dash.text not in DASHES or page.quoted_at(dash.idx):
        return None
    bounds = page.paragraph(dash.idx)
    names = _signature_name(doc, dash, bounds[1])
    if names is None:
        return None
    lead = page.text[bounds[0] : dash.idx]
    if not lead.strip():
        quoted = page.last_before(bounds[0])
        if quoted is None or page.text[quoted.end : bounds[0]].strip(" .\n"):
            return None  # the paragraph before is not a quotation ending there
        if page.text[page.paragraph(quoted.start)[0] : quoted.start].strip():
            return None  # the quotation is part of a longer paragraph
        content = (quoted.start, quoted.end)
    else:
        quoted = page.last_before(dash.idx)
        handle = names[1] < len(doc) and page.text.startswith("(@", doc[names[1]].idx)
        inside = quoted is not None and quoted.start >= bounds[0]
        if inside and not (page.text[bounds[0] : quoted.start] + page.text[quoted.end : dash.idx]).strip():
            content = (quoted.start, quoted.end)  # “…” — Name, on one line
        elif handle:
            start = bounds[0] + (lead.index(">") + 1 if lead.lstrip().startswith("<") and ">" in lead else 0)
            content = _trim_chars(page.text, start, dash.idx)  # a post's text before its author's signature
        else:
            return None
    head = doc[names[1] - 1]
    found = Found(content, cue=dash, via="signature", parts=[content])
    found.source, found.source_span = head, (doc[names[0]].idx, head.idx + len(head.text))
    return found


MAX_HEADLINE = 20
"""Longest line, in tokens, read as a headline."""
TITLE_SHARE = 0.7
"""Share of capitalised words that makes a line title case."""


def _from_headline(doc: Doc, page: Page, start: int) -> Found | None:
    """``Carly Fiorina Endorses Ted Cruz``: a title-case line whose verb the tagger took for a name.

    The line opens with a run of names (the source), then a third-person or past form of a lexicon verb (the
    cue, lexicon precision >= 0.10), then the rest of the line (the content).
    """
    line = doc.char_span(start, min(page.paragraph(start)[1], len(page.text)), alignment_mode="contract")
    tokens = [t for t in line or () if not t.is_space]
    words = [t for t in tokens if t.is_alpha]
    if not words or len(tokens) > MAX_HEADLINE or sum(t.text[0].isupper() for t in words) < TITLE_SHARE * len(words):
        return None
    for k, token in enumerate(tokens[: COLON_SOURCE + 1]):
        verb = k and token.pos_ not in ("VERB", "AUX")
        entry = cues.lexicon().get(cues.headline_lemma(token.text) or "") if verb else None
        if entry is not None and entry.precision >= MIN_PRECISION_OBJECT and len(tokens) - k > 2:
            content = _trim_chars(page.text, tokens[k + 1].idx, tokens[-1].idx + len(tokens[-1].text))
            found = Found(content, cue=token, via="headline")
            last = tokens[k - 1]
            found.source, found.source_span = last, (tokens[0].idx, last.idx + len(last.text))
            return found
        if token.pos_ != "PROPN" or not token.text[0].isupper():
            return None
    return None


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace and a final full stop."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end


MAX_CUE_TAIL = 300
"""Characters of the cue's own words ("told The Spokesman-Review on Monday") an interrupted quote may skip."""


def _cue_words(cue: Token, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds only words of the cue's clause (recipient, time, place), punctuation, and a
    phrase with no verb that could say or state anything (``McKinnon says, dressed as Clinton …. “…”``, where the
    parse hung the participle elsewhere)."""
    if end - start > MAX_CUE_TAIL:
        return False
    words = cue.doc.char_span(start, end, alignment_mode="contract") or []
    return all(
        t.is_space
        or t.is_punct and not t.is_quote
        or cue.is_ancestor(t)
        or t.tag_ not in FINITE and t.tag_ != "MD" and not (t.pos_ == "VERB" and _reports(t))
        for t in words
    )


_TITLE_CLOSERS = "\"”’'"
"""Marks that may close a quoted title ending the cue's clause (``told “Good Morning America.” “…”``)."""


def _opens(gap: str) -> bool:
    """Whether the text before a quotation ends where a sentence or clause opens (nothing, or a comma, colon or full
    stop, also inside a title's closing mark): ``said, “…”``, ``said on “Meet the Press.” “…”``, not ``before a
    “no-nonsense” forum``."""
    return not gap.strip() or gap.rstrip().rstrip(_TITLE_CLOSERS)[-1:] in tuple(",:.")


def _interrupted(page: Page, found: Found) -> None:
    """Join ``“…,” she said, “…”`` and ``“…,” she said. “…”``: a quotation opening right after the cue clause, which
    may quote a title of its own (``said on NBC’s “Meet the Press.” “…”``)."""
    if found.cue is None:
        return
    tail = max(found.cue.idx + len(found.cue.text), found.source_span[1] if found.source_span else 0)
    quoted = page.next_quote(tail) if tail >= found.content[1] else None
    gap = ""
    while quoted is not None:
        gap = page.text[tail : quoted.start]
        if "\n" in gap or len(gap) > MAX_CUE_TAIL or _opens(gap):
            break
        quoted = page.next_quote(quoted.end)  # a title inside the cue's clause, not what was said
    if quoted is None:
        return
    if "\n" not in gap and _opens(gap) and (not gap.strip(" ,:.") or _cue_words(found.cue, tail, quoted.start)):
        found.parts = (found.parts or [found.content]) + [(quoted.start, quoted.end)]
        found.content = (found.content[0], quoted.end)


SIDE_DEPS = frozenset({"conj", "advcl", "relcl", "acl"})
"""A cue hanging off a clause by these is a statement of its own ("…, and accused X"; "which he said was")."""
SIDE_PROBABILITY = 0.7
"""Classifier probability a side-clause cue needs to end the content it sits in (else it is dropped)."""
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "what"})


def _reported_relative(cue: Token) -> bool:
    """``…, which the probe said were covered up``: a relative clause whose cue has a subject of its own and reports a
    clause the relative pronoun belongs to. It attributes that clause to the subject, so it needs no more confidence
    than any cue to end the content it sits in."""
    if cue.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in cue.children):
        return False
    if cue.head.lemma_.lower() in contents.CHARGES:
        return True  # "…, a claim Kyiv rejected": the answer to the charge it describes
    return any(
        c.dep_ in ("ccomp", "xcomp") and any(t.lower_ in RELATIVE_PRONOUNS and t.i < cue.i for t in c.subtree)
        for c in cue.children
    )


def _cut_point(text: str, outer: Found, inner: Token) -> int | None:
    """Where ``outer``'s content ends if ``inner``'s side clause, at the content's tail, is cut off."""
    doc = inner.doc
    left = inner.head.left_edge.i if contents.answered_charge(inner) else inner.left_edge.i  # "…, a claim Kyiv denied"
    tail = text[inner.right_edge.idx + len(inner.right_edge.text) : outer.content[1]]
    if inner.dep_ not in SIDE_DEPS or doc[left].idx <= outer.content[0] or any(c.isalnum() for c in tail):
        return None
    end = left - 1
    while end > 0 and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc") and not doc[end].is_quote:
        end -= 1
    return doc[end].idx + len(doc[end].text) if doc[end].idx >= outer.content[0] else None


def _univocal(text: str, found: list[Found]) -> list[Found]:
    """Drop cues inside another attribution's content, unless a confident side clause ends it (then cut).

    Two candidates each holding the other's cue (``voters view X as likable, according to a poll``, the
    verb's content running over the phrase) do not both fall: the more probable one stands.
    """
    probability = {id(f): p for f, p in zip(found, classifier.probabilities(found), strict=True)}
    kept = []
    for f in found:
        at, (start, end) = f.cue.idx, f.content
        outers = [
            g
            for g in found
            if g.content[0] <= at < g.content[1]
            and g is not f
            and not (start <= g.cue.idx < end and probability[id(f)] >= probability[id(g)])
        ]
        cuts = [_cut_point(text, g, f.cue) for g in outers]
        confident = probability[id(f)] >= SIDE_PROBABILITY or _reported_relative(f.cue) or speakers.lowered_cue(f.cue)
        if outers and (None in cuts or not confident):
            continue
        for outer, cut in zip(outers, cuts, strict=True):
            outer.content = (outer.content[0], cut)
        kept.append(f)
    return kept


def _claimed(found: list[Found]) -> list[tuple[int, int]]:
    """Character spans already given to some attribution's content."""
    return [f.content for f in found]


def _only_frame(doc: Doc, f: Found, start: int, cues_at: set[int]) -> bool:
    """Whether only ``f``'s own cue clause (``” Rubio said Monday night.``) lies between its content and ``start``.

    The clause must hold no other attribution's cue (``said, adding that …`` is not a bare frame).
    """
    if f.cue is None or f.cue.idx < f.content[1]:
        return False
    words = doc.char_span(f.content[1], start, alignment_mode="contract") or []
    return all(
        t.is_space or (t.is_punct and not t.is_quote) or t.i == f.cue.i or (f.cue.is_ancestor(t) and t.i not in cues_at)
        for t in words
    )


def _sentence_after(text: str, quoted: Quoted, found: list[Found]) -> None:
    """``Clinton said they had made progress. “I really believe …”``: a quotation with no frame of its own that opens
    the sentence right after a reported clause and runs to the end of the paragraph continues that statement."""
    before = [f for f in found if f.cue is not None and f.cue.idx < f.content[0] <= f.content[1] <= quoted.start]
    if not before:
        return
    last = max(before, key=lambda f: f.content[1])
    end = text.find("\n", quoted.end)
    gap, rest = text[last.content[1] : quoted.start], text[quoted.end : end if end >= 0 else len(text)]
    if "\n" in gap or gap.strip(" .!?:") or not gap.strip(" ") or rest.strip():
        return
    last.parts = (last.parts or [last.content]) + [(quoted.start, quoted.end)]
    last.content = (last.content[0], quoted.end)


CONTINUED_WORDS = 6
"""A quoted paragraph shorter than this (a heading "Related:", a term, a slogan in capitals) continues nobody's words."""


def _continuations(doc: Doc, text: str, quotes: list[Quoted], found: list[Found]) -> None:
    """Quoted paragraphs without a cue: extend an adjacent quotation (also across its ``” X said.``), else
    inherit the previous speaker, as PolNeAR joins a continued quotation to its attribution."""
    cues_at = {f.cue.i for f in found if f.cue is not None}
    for quoted in quotes:
        at_paragraph = not text[text.rfind("\n", 0, quoted.start) + 1 : quoted.start].strip(" \t")
        if _inside(quoted.start, _claimed(found)):
            continue
        if not at_paragraph:
            _sentence_after(text, quoted, found)
            continue
        before = [i for i, f in enumerate(found) if f.content[1] <= quoted.start]
        if not before:
            continue
        last = found[max(before, key=lambda i: found[i].content[1])]
        near = text.count("\n", last.content[1], quoted.start) <= 2
        if not text[last.content[1] : quoted.start].strip() or near and _only_frame(doc, last, quoted.start, cues_at):
            last.parts = (last.parts or [last.content]) + [(quoted.start, quoted.end)]
            last.content = (last.content[0], quoted.end)
        elif last.cue is not None and near and len(text[quoted.start : quoted.end].split()) >= CONTINUED_WORDS:
            found.append(Found((quoted.start, quoted.end), parts=[(quoted.start, quoted.end)], follows=last))


def _candidates(doc: Doc, page: Page) -> list[Found]:
    """Attributions headed by lexicon cues outside quotation marks, before the classifier."""
    return [f for t in doc if not page.quoted_at(t.idx) and (f := _from_cue(t, page)) is not None]


def candidates(doc: Doc, text: str | None = None) -> list[Found]:
    """Candidate cue attributions of ``doc`` (whose ``doc.text`` may be passed): what the classifier is trained on.

    Lexicon cues, then the verbs framing quotations that are not already among them, then colon cues
    (``Graham: …``) and signing dashes (``“…” — Bernie Sanders``); in ``find_attributions`` each kind passes
    ``classifier.keep`` before it is used.
    """
    page = Page.of(doc.text if text is None else text)
    found = _candidates(doc, page)
    taken = {f.cue.i for f in found}
    starts = [t.idx for t in doc]
    frames = (_from_frame(doc, q, starts, page) for q in page.quotes)
    colons = (_from_colon(doc, t, page) for t in doc if t.text == ":" and not page.quoted_at(t.idx))
    signed = (_from_signature(doc, t, page) for t in doc if t.text in DASHES)
    found += [f for f in frames if f is not None and f.cue.i not in taken]
    return found + [f for f in colons if f is not None] + [f for f in signed if f is not None]


def _bare_participle(found: Found) -> bool:
    """Whether a clause content is a verb with no subject, auxiliary or ``that`` of its own (``said in an interview …
    aired Monday on “New Day”``, the participle tagged as a past tense): the parse's clause for what tells the
    occasion, not what was said."""
    if found.via != "ccomp" or found.cue is None:
        return False
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("VBD", "VBN", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass") for c in span.root.children
    )


def _recipient_only(
    found: list[Found], frame: Found, quoted: Quoted, marks: list[tuple[int, int]], text: str
) -> Found | None:
    """The attribution of ``frame``'s verb if its content is only an object beside the quotation the verb frames.

    ``“…,” Graham told MSNBC``, ``telling the crowd “…”``, ``“…,” he said during the debate``, ``“…,” he said in an
    interview aired Monday``: the object (or a bare participle) is the recipient or the occasion, the quotation what
    was said. An object holding or touching a quotation (``called him “unhinged”``) is the content itself; a quoted
    title that is all of a preposition's object (``said on “Meet the Press”``) is not. The quotation must reach the
    verb's sentence: a quotation of several sentences (or one the parse split off at its ``?”``) ends before it.
    """
    owner = next((f for f in found if f.cue is not None and f.cue.i == frame.cue.i), None)
    if owner is None:
        return None
    if not _bare_participle(owner):
        if owner.via not in (*contents.OBJECT_DEPS, "prep"):
            return None
        title = owner.via == "prep" and any(s <= owner.content[0] and owner.content[1] <= e for s, e in marks)
        if not title and any(s < owner.content[1] and owner.content[0] < e for s, e in marks):
            return None
    sentence = frame.cue.sent
    touches = not text[quoted.end : sentence.start_char].strip() and not text[sentence.end_char : quoted.start].strip()
    return owner if touches else None


def _inverted_speaker(found: Found, quoted: Quoted, page: Page) -> None:
    """``“…,” tweeted a German user``: a verb right after the quotation with its object after it and no subject
    outside the quotation is inverted, and the object is who spoke."""
    cue = found.cue
    if cue is None or page.text[quoted.end : cue.idx].strip(" ,"):
        return
    if (speaker := _object_speaker(cue)) is not None:
        _with_source(found, speaker, cue, page.paragraph(cue.idx))


def _object_speaker(cue: Token) -> Token | None:
    """The noun the parse took for the object of a verb right after a quotation: in an inversion, who spoke."""
    speaker = next((c for c in cue.rights if c.dep_ in contents.OBJECT_DEPS), None)
    return speaker if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") else None


FINITE = frozenset({"VBD", "VBZ", "VBP"})
"""Tags of a verb that can have its subject after it."""


def _inverted(found: Found, page: Page) -> None:
    """``“…?” asked Mr. Manafort``: a cue with no subject right after a quotation, with a noun object after it,
    reports the quotation, and its object (the parse's reading of an inverted subject) is who spoke."""
    if found.source is not None or found.cue is None or found.cue.tag_ not in FINITE or found.cue.dep_ == "conj":
        return  # a participle (``Titled X, the bill …``) or a verb sharing its subject with another has no inversion
    quoted = page.last_before(found.cue.idx)
    if quoted is None or page.text[quoted.end : found.cue.idx].strip(" ,"):
        return
    if (speaker := _object_speaker(found.cue)) is not None:
        found.content, found.parts, found.via = (quoted.start, quoted.end), [(quoted.start, quoted.end)], "frame"
        _with_source(found, speaker, found.cue, page.paragraph(found.cue.idx))


def _chained(found: list[Found]) -> list[Found]:
    """Drop a verb that a kept cue completes (``refused`` of ``refused to say whether …``, ``issued`` of ``issued a
    statement saying``): that cue's attribution spans the chain, and reports as far as the dropped one did
    (``appeared to dismiss the email issue in October, when …``: the setting the inner verb's object leaves out)."""
    by_cue = {f.cue.i: f for f in found if f.cue is not None}
    dropped = set()
    for f in found:
        head = cues.catenative_head(f.cue) if f.cue is not None else None
        if head is None or (outer := by_cue.get(head.i)) is None:
            continue
        dropped.add(id(outer))
        if not f.parts and outer.content[0] <= f.content[0] < outer.content[1]:
            f.content = (f.content[0], max(f.content[1], outer.content[1]))
    return [f for f in found if id(f) not in dropped]


def find_attributions(doc: Doc, text: str | None = None, run_on: bool = True) -> list[Found]:
    """Every attribution of ``doc`` (whose ``doc.text`` may be passed), sorted by where its content starts; with
    ``run_on``, contents the extent model finds cut short run on to their sentence's end."""
    page = Page.of(doc.text if text is None else text)
    text, quotes = page.text, page.quotes
    quoted = [(q.start, q.end) for q in quotes]
    found = _chained(classifier.kept(_candidates(doc, page)))
    for f in found:
        if _implicit_source(f.cue):
            f.source = f.source_span = None
        elif f.source is None and (doer := speakers.described_doer(f.cue)) is not None:
            _with_source(f, doer, f.cue, page.paragraph(f.cue.idx))
    cue_spans = [cues.cue_span(f.cue) for f in found if f.cue is not None]
    found = _univocal(text, found)
    for f in found:
        _inverted(f, page)
        _interrupted(page, f)
    starts = [t.idx for t in doc]
    for q in quotes:
        if not _inside(q.start, _claimed(found)) and not _inside(q.start, cue_spans) and not is_title(text, q):
            frame = _from_frame(doc, q, starts, page)
            if frame is not None and (owner := _recipient_only(found, frame, q, quoted, text)) is not None:
                owner.content, owner.parts, owner.via = frame.content, frame.parts, "frame"
                if owner.source_span and owner.source_span[0] < q.end and q.start < owner.source_span[1]:
                    owner.source = owner.source_span = None  # a subject the parse found inside the quotation
                    _inverted_speaker(owner, q, page)
                _interrupted(page, owner)
            if frame is None or _inside(frame.cue.idx, _claimed(found) + quoted + cue_spans):
                continue
            if not classifier.keep(frame):
                continue  # a title beside its verb (``has starred in “Parks and Recreation”``), not a statement
            _interrupted(page, frame)
            found.append(frame)
            cue_spans.append(cues.cue_span(frame.cue))
    for token in doc:
        if token.text == ":" and not _inside(token.idx, _claimed(found) + quoted + cue_spans):
            colon = _from_colon(doc, token, page)
            if colon is None or not classifier.keep(colon):
                continue
            inner = [f for f in found if f.cue is not None and colon.content[0] <= f.cue.idx < colon.content[1]]
            rest = [f for f in found if all(f is not g for g in inner)]
            if not any(s < colon.content[1] and colon.content[0] < e for s, e in _claimed(rest)):
                found = rest + [colon]
    for token in doc:
        if token.text in DASHES and (signed := _from_signature(doc, token, page)) is not None:
            if not _inside(signed.content[0], _claimed(found)) and classifier.keep(signed):
                found.append(signed)
    for start in [0] + [b + 1 for b in page.breaks]:
        if not _inside(start, _claimed(found)) and (headline := _from_headline(doc, page, start)) is not None:
            if not any(headline.content[0] <= at < headline.content[1] for at in (f.cue.idx for f in found if f.cue)):
                found.append(headline)
    found.sort(key=lambda f: f.content[0])
    _continuations(doc, text, quotes, found)
    found.sort(key=lambda f: f.content[0])
    if run_on:
        extent.extend(found, page.paragraph, _reports)
    return found
