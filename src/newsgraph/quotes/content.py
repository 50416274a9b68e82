"""The content of an attribution: the clause a cue governs, widened to the quotation it touches."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.quotes.marks import Quoted

CLAUSE_DEPS = ("ccomp", "xcomp")
OBJECT_DEPS = ("dobj", "attr", "oprd")
_EDGE_PUNCT = frozenset(",;:—–-")


def _strip(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """Token range without leading separators or quotes and trailing punctuation other than quotes."""
    while left < right and (doc[left].is_space or doc[left].text in _EDGE_PUNCT or doc[left].is_quote):
        left += 1
    while right > left and (doc[right].is_space or doc[right].is_punct and not doc[right].is_quote):
        right -= 1
    return left, right


def subtree_chars(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Character span of a token's subtree, without ``exclude``'s subtree when it sits on an edge."""
    doc = token.doc
    left, right = _strip(doc, token.left_edge.i, token.right_edge.i)
    if exclude is not None:
        if exclude.left_edge.i <= left <= exclude.right_edge.i:
            left = exclude.right_edge.i + 1
        if exclude.left_edge.i <= right <= exclude.right_edge.i:
            right = exclude.left_edge.i - 1
        left, right = _strip(doc, left, right)
    if right < left:
        return doc[left].idx, doc[left].idx
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def around(span: tuple[int, int], cue: Token) -> list[tuple[int, int]]:
    """The two pieces of ``span`` either side of a parenthetical cue clause inside it (``X, Barden says, Y``)."""
    doc = cue.doc
    left, right = cue.left_edge.i - 1, cue.right_edge.i + 1
    while left > 0 and (doc[left].is_punct or doc[left].is_space) and not doc[left].is_quote:
        left -= 1
    while right < len(doc) - 1 and (doc[right].is_punct or doc[right].is_space) and not doc[right].is_quote:
        right += 1
    if left < 0 or right >= len(doc) or not span[0] < doc[left].idx + len(doc[left].text) <= doc[right].idx < span[1]:
        return []
    return [(span[0], doc[left].idx + len(doc[left].text)), (doc[right].idx, span[1])]


CHARGES = frozenset({"charge", "accusation", "allegation", "claim", "assertion", "suggestion"})
"""Nouns naming what another said, which a cue after them answers ("…, a charge Eritrea has denied")."""


def answered_charge(verb: Token) -> tuple[Token, Token] | None:
    """``…, a charge Eritrea has repeatedly denied``: (the charge, who answers it) when a charge noun opens the cue's
    clause after a clause the parse hung on the cue, its answerer right after it, as the cue's own subject or a
    name the parse joined to the noun. The cue answers the charge; the clause before is another statement."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in CHARGES and subject is not None:
        return verb.head, subject  # "…, a claim Kyiv rejected"
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    for charge in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod") and c.i < verb.i):
        if charge.lemma_.lower() not in CHARGES:
            continue
        named = [c for c in charge.rights if c.dep_ in ("compound", "appos", "nmod") and c.pos_ in ("PROPN", "NOUN")]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > charge.i), None)
        if (speaker := subject or (named[0] if named else None)) is not None:
            return charge, speaker
    return None


def clause_of(verb: Token, allow_object: bool) -> Token | None:
    """What ``verb`` reports: a clausal complement, else (if allowed) its object or prepositional object; a charge
    it answers before all (``answered_charge``)."""
    if (answered := answered_charge(verb)) is not None:
        return answered[0]
    children = list(verb.children)
    for deps in (CLAUSE_DEPS, OBJECT_DEPS if allow_object else ()):
        for child in children:
            if child.dep_ in deps:
                return child
        if deps == CLAUSE_DEPS and (question := next((c for c in children if embedded_question(verb, c)), None)):
            return question
    if allow_object:
        for child in children:
            if child.dep_ == "prep" and child.i > verb.i and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                if not setting(child):
                    return child
        for child in children:
            if child.dep_ == "advcl" and child.i > verb.i and for_clause(child) is not None:
                return child
    return None


ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "reassure", "remind", "brief", "advise", "notify"})
"""Verbs whose object is who was addressed (``told The Huffington Post``), not what was said."""


def addressed(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is the addressee of a verb of telling (``told reporters``) rather than its content."""
    return obj.dep_ == "dobj" and verb.lemma_.lower() in ADDRESSEE_VERBS


QUESTION_MARKS = frozenset({"if", "whether"})


def embedded_question(verb: Token, clause: Token) -> bool:
    """``Asked if he was ever bullied, …``, ``wondered whether X``: a yes/no question the parse hung on the verb as an
    adverbial clause is what the verb reports (with its ``if``), not a condition."""
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS and c.i < clause.i for c in clause.children)
    )


def for_clause(clause: Token) -> Token | None:
    """The ``for`` opening an infinitive clause with its own subject (``called for the U.S. to step up``)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
    return marks[0] if marks and infinitive(clause) else None


def object_start(verb: Token, clause: Token, start: int) -> int:
    """Where an infinitive content starts when an object precedes it (``asked Clinton to repudiate X``): at the
    object, as PolNeAR marks it (28 of 36 such train[0:200] cues); else ``start``."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    return min(start, subtree_chars(objects[0])[0]) if objects else start


def infinitive(clause: Token) -> bool:
    """Whether ``clause`` is a ``to`` infinitive (its ``to`` hangs on it as an auxiliary)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children)


COMPLEMENT_DEPS = frozenset({"oprd", "ccomp", "xcomp", "prep", "advcl", "dobj"})
"""``called Trump “unhinged”``, ``criticized Sanders for stealing``, ``tweeted her thanks to X``,
``proposed $1 billion to help states …`` (an adverbial clause the parse hung on the verb): the object's complement;
and the rest of an object the parse broke into sibling objects (``feared the re-emergence of X``: three ``dobj``)."""
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
"""Parts of speech of a conjunct that coordinates with an object rather than with the verb (``noting X and continued
risks``)."""
SETTING_TYPES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
"""A prepositional phrase about these is the setting of the statement ("on Friday", "in Iowa"), not its content."""


MEDIA = frozenset(
    {"statement", "interview", "email", "e-mail", "tweet", "post", "letter", "speech", "release", "memo", "article",
     "op-ed", "column", "editorial", "message", "broadcast", "briefing", "conference", "video", "podcast", "filing",
     "form", "remark", "testimony", "address", "appearance", "communique", "communiqué", "bulletin", "report",
     "blog", "newsletter"}
)
"""Where a statement was made (``wrote in his memo``, ``said in a Thursday interview with …``, ``reported on his
disclosure forms``): the occasion of what was said, never its content."""
MEDIA_PREPS = frozenset({"in", "on", "during", "at", "via"})


def setting(prep: Token) -> bool:
    """Whether a prepositional phrase gives the statement's setting: its object a date, time or place, or the
    medium the statement came in (``MEDIA``) with no clause of its own."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    medium = [c for c in objects if c.lemma_.lower() in MEDIA]
    if prep.lower_ in MEDIA_PREPS and medium and not any(t.dep_ == "mark" and t.lower_ == "that" for t in prep.subtree):
        return True  # not "said in a statement that X": the parse hung what was said on the noun
    return any(c.ent_type_ in SETTING_TYPES for c in objects)


def complement_end(verb: Token, obj: Token, reports: Callable[[Token], bool]) -> int:
    """End of what follows the object of ``verb`` and completes it (a predicate, a prepositional phrase, a clause, a
    second object the parse hung on the verb: ``noting slow gains and continued risks``).

    An adverbial clause that is itself a likely cue (``reports``: ``criticized X, saying Y``) ends it; a setting
    phrase is passed over, so it stays inside only when a complement follows it (``for two votes in 2019 and his
    silence``).
    """
    end = 0
    for child in verb.rights:
        if child.i > obj.i and child.dep_ == "conj" and child.pos_ in NOMINAL:
            end = max(end, subtree_chars(child)[1])
            continue
        if child.i <= obj.i or child.dep_ not in COMPLEMENT_DEPS:
            continue
        if child.dep_ == "advcl" and reports(child):
            break
        if child.dep_ == "prep" and setting(child):
            continue
        end = max(end, subtree_chars(child)[1])
    return end


def coordinated_end(verb: Token, clause: Token, reports: Callable[[Token], bool]) -> int:
    """End of a second reported clause the parse hung on the cue verb: ``said X, but that Y``, ``said X, but “Y”``.

    Only a conjunct after the clause that is itself a clause: opened by ``that``, or with a subject of its own
    other than the cue's (``says X but he feels Y`` is the speaker's own second statement, left out), and
    not itself a cue (``reports``).
    """
    if clause.i < verb.i:
        return 0  # "“…,” Collins said, “but …”": an interrupted quotation, joined elsewhere with its source kept
    subjects = {c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    end = 0
    for child in verb.rights:
        if child.i <= clause.i or child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        if reports(child):
            break  # "X said A, but B insisted C": a statement of its own
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        own = [c.lower_ for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if marked or (own and own[0] not in subjects):
            end = max(end, subtree_chars(child)[1])
        break
    return end


def later_clause(verb: Token, clause: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The second piece of a content its cue splits, both hung on the cue by the parse: ``there is a risk, some
    Democrats said, that Sanders would …`` (a clause before the cue, another after it; one inside a quotation,
    ``quoted`` by character, is an interrupted quotation, joined elsewhere)."""
    if clause.i > verb.i:
        return None
    later = next((c for c in verb.rights if c.dep_ == "ccomp" and not quoted(c.idx)), None)
    if later is not None and quoted(clause.idx) and not any(c.dep_ == "mark" for c in later.children):
        return None  # "“…,” he said of people whose rights were restored": words about the quotation, not of it
    return later


def sentence_end(verb: Token, clause: Token, reports: Callable[[Token], bool]) -> int:
    """End of the cue's sentence when all that follows its clause still hangs on the cue and holds no other likely
    cue: the parse attached the clause's tail to the verb (``showed Trump was leading Cruz nationally, 45 percent to
    18 percent, among …``). 0 when the clause comes before the cue or anything else follows."""
    doc = verb.doc
    last = verb.sent[-1]
    while last.i > clause.right_edge.i and (last.is_punct or last.is_space) and not last.is_quote:
        last = doc[last.i - 1]
    tail = doc[clause.right_edge.i + 1 : last.i + 1]
    if clause.i < verb.i or not len(tail):
        return 0
    if any(not verb.is_ancestor(t) or (t.pos_ in ("VERB", "AUX") and reports(t)) for t in tail):
        return 0
    return last.idx + len(last.text)


def according_content(according: Token) -> tuple[int, int] | None:
    """The clause an ``according to`` phrase attaches to, without the phrase itself."""
    head = according.head
    while head.dep_ not in ("ROOT", "ccomp") and head.head.i != head.i:
        head = head.head
    if head.i == according.i:
        return None
    start, end = subtree_chars(head, exclude=according)
    return (start, end) if end > start else None


def widen(span: tuple[int, int], quotes: list[Quoted]) -> tuple[int, int]:
    """Extend ``span`` to cover every quotation it overlaps."""
    start, end = span
    for quoted in quotes:
        if quoted.start < end and quoted.end > start:
            start, end = min(start, quoted.start), max(end, quoted.end)
    return start, end
