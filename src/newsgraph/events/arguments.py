"""Sources and targets of an event from the dependency parse, coded as actors, compounds split."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.actors.component import home_placed
from newsgraph.nlp.spans import entity_at, in_dateline, overlap
from newsgraph.places.component import SETTLEMENT_NOUNS
from newsgraph.quotes.coref import Coreference, compatible, gender_word
from newsgraph.quotes.marks import quoted_spans
from newsgraph.quotes.speakers import by_surname, lowered_cue, past_dateline
from newsgraph.record import Entity, EventActor, Place, Quote, Speaker

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
TARGET_PREPS = frozenset({"with", "against", "on", "to", "at", "into", "from", "for", "over", "toward",
                          "towards", "upon", "inside", "of", "by", "during", "between", "among"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "around", "across", "through", "within"})
"""Prepositions that say where an act happens ("arrested in Lebanon", "marched through London")."""
AGENT_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Entity labels that name an actor: a stray "by" phrase's agent ("..., by current Haitian officials"), an event
noun's source modifier ("Israeli strikes")."""
QUANTITIES = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "tens",
                        "number", "group", "third", "half", "some", "many", "most", "all", "one", "two", "three",
                        "scores", "members", "part", "majority", "minority", "each", "several", "band", "crowd"})
"""Heads that only count or group the real actor: "thousands of Nigerians", "a group of Yoruba leaders"."""
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "npadvmod"})
PHRASE_TAILS = frozenset({"of", "from", "in"})
SELF_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONCEDE", "AGREE", "CONSULT"})
"""Types whose passive subject is the actor ("guerrillas were demobilized"), not the target."""
PERSONAL = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS = frozenset({"it", "they", "them", "its", "their", "we", "he", "she", "him", "her", "his", "our", "us"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
"""Pronouns that name whoever is speaking: inside a direct quotation its speaker, elsewhere the writer (no actor)."""
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
OBJECT_CONTROL = frozenset({"ask", "urge", "tell", "allow", "permit", "force", "order", "persuade", "motivate", "help",
                            "encourage", "invite", "want", "expect", "enable", "compel", "press", "pressure", "call",
                            "request", "require", "authorize", "instruct", "advise", "warn", "push", "prompt", "let",
                            "make", "get", "implore", "beg", "appeal", "demand", "plead"})
"""Verbs whose object is the subject of their infinitive ("asked Ukraine to spell out")."""
ADDRESSED_NOUNS = frozenset({"request", "call", "demand", "appeal", "plea", "order", "instruction", "ultimatum",
                             "pressure", "invitation", "summons", "urging"})
"""Nouns whose infinitive is asked of someone else ("made requests to withdraw the motion", "calls to resign"): the
maker of the request is not the one who would act."""
CONTROL_PREPS = frozenset({"on", "upon", "to", "with"})
JUDGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "fault", "criticize", "criticise", "condemn",
                           "denounce", "praise", "thank", "credit", "commend", "congratulate", "convict", "indict",
                           "sue", "punish", "fine", "sentence", "arrest", "detain", "jail", "reward"})
"""Verbs that judge their object for an act ("accused the RSF **of shelling** a market", "blamed Israel **for
striking**", "charged him **with killing**"): the object did the act, not the one who judges it."""
PERMISSION_NOUNS = frozenset({"authority", "permission", "right", "power", "green light", "go ahead", "ability", "means",
                              "approval", "authorization", "authorisation", "clearance", "license", "licence", "mandate"})
"""Nouns of permission or ability whose infinitive is done by their holder, not by whoever grants them ("gave
Ukraine the authority to launch" -> Ukraine launches)."""
SUPPLIED = frozenset({"supplied", "provided", "donated", "delivered", "gifted"})
"""Participles that make their noun a thing someone supplied ("U.S.-supplied missiles", "missiles provided by
Britain"): never an actor; the supplier is whom a request to use it addresses. Not "funded" or "sent": funded
groups and envoys sent by X are actors."""


def infinitive(verb: Token) -> bool:
    """True for a to-infinitive ("the right **to strike**"): its act is licensed, wanted or controlled, not done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def objects(verb: Token) -> list[Token]:
    """The direct and indirect objects of ``verb`` (where an act's place or recipient is often attached)."""
    return [o for o in verb.children if o.dep_ in OBJECT_DEPS]


def described_object(verb: Token) -> Token | None:
    """The noun a verb's clause describes as what it acts on: the head of an object relative clause ("the agreement
    she had struck", "the report that he released") or of a past participle ("the deal struck last week"); else None."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl") or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    own = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl" and subject is None:  # a participle; with an object of its own, a misparsed main verb
        return head if verb.tag_ == "VBN" and not own else None  # ("U.S. marshals handed over the fugitive")
    if any(c.dep_ == "mark" for c in verb.children):  # "the fact that he declined": a complement, no relative
        return None
    if own:  # a relative clause (the parser labels some "acl"): its object is the relative pronoun
        return head if all(c.lower_ in RELATIVES for c in own) else None
    return head if subject is not None and subject.lower_ not in RELATIVES else None


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through control verbs, conjunctions and relative clauses; a dateline the
    parse took for it gives way to the phrase after it.

    A verb conjoined to a passive one shares its passive subject ("was indicted ... and will resign"), and so does the
    infinitive of a passive control verb ("Serbian forces were forced **to withdraw**").
    """
    verb = lowered_cue(verb) or verb  # "said Turkey remained X and urged Y": the sayer urged, not Turkey
    conjoined = False
    for _ in range(6):
        deps = SUBJECT_DEPS | {"nsubjpass"} if conjoined else SUBJECT_DEPS
        subj = next((c for c in verb.children if c.dep_ in deps), None)
        if subj is not None:
            if subj.lower_ in RELATIVES:
                return verb.head if verb.dep_ == "relcl" else None
            return past_dateline(subj, verb)  # "ISTANBUL (AP) — Turkey offered": Turkey, not the dateline
        to_verb = infinitive(verb)
        if verb.dep_ in ("relcl", "acl") and not to_verb and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb.dep_ in ("acl", "relcl") and to_verb:  # "the right to strike", "for a rally to protest"
            if verb.head.lemma_.lower() in ADDRESSED_NOUNS:
                return None  # "made numerous requests to withdraw the motion": the addressee would withdraw
            holder = _holder(verb.head)
            if holder is not None:
                return holder
            verb = clause_above(verb.head)
            continue
        granted = licence(verb)  # "gave Kyiv the green light | to strike"
        if granted is not None and (holder := _holder(granted)) is not None:
            return holder
        conjoined = verb.dep_ in ("conj", "xcomp")
        if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and to_verb) and verb.head.lemma_.lower() in OBJECT_CONTROL:
            controller = _controller(verb.head)
            if controller is not None:
                return controller
        if (judged := _judged(verb)) is not None:
            return judged
        if verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acl", "pcomp", "acomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _judged(verb: Token) -> Token | None:
    """The object of a judging verb whose act ``verb`` is ("accused **the RSF** of shelling", also of a participle the
    parse hung on the judging verb: "accused the RSF of shelling a market, **killing** 12"), or None."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for", "with"):
        judge = verb.head.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "for", "with") and any(g.dep_ == "pcomp" for g in c.children)
            for c in verb.head.children):
        judge = verb.head
    else:
        return None
    if judge.lemma_.lower() not in JUDGING_VERBS:
        return None
    return next((c for c in judge.children if c.dep_ in OBJECT_DEPS), None)


def controls(verb: Token) -> bool:
    """True for an object-control verb with its infinitive ("allowed X to leave", "were ordered to pull back"): its
    object or passive subject does the infinitive's act, it does not act itself."""
    return verb.lemma_.lower() in OBJECT_CONTROL and any(c.dep_ == "xcomp" for c in verb.children)


def _controller(verb: Token) -> Token | None:
    """The object of an object-control verb, direct or after on/upon/to/with ("asked Ukraine to", "called on
    Argentina to", "appealed to Serbia to", "pleaded with Egypt to")."""
    direct = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    if direct is not None:
        return direct
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS
                 for g in c.children if g.dep_ == "pobj"), None)


def _permission(noun: Token) -> bool:
    """True for a noun of permission or ability, one or two words ("authority", "green light", "go-ahead")."""
    lemma = noun.lemma_.lower()
    return lemma in PERMISSION_NOUNS or any(f"{c.lemma_.lower()} {lemma}" in PERMISSION_NOUNS
                                            for c in noun.lefts if c.dep_ in ("compound", "amod"))


def licence(verb: Token) -> Token | None:
    """The permission noun whose infinitive ``verb`` is ("the authority **to launch**", also hung on the verb: "gave
    Kyiv the green light | **to strike**"), or None: the act is licensed, not done."""
    if not infinitive(verb):
        return None
    if verb.dep_ in ("acl", "relcl"):
        return verb.head if _permission(verb.head) else None
    if verb.dep_ in ("advcl", "xcomp"):
        return next((c for c in verb.head.children if c.dep_ in OBJECT_DEPS and _permission(c)), None)
    return None


def _holder(noun: Token) -> Token | None:
    """Who does the infinitive of ``noun``: its possessor ("Ukraine's right to strike", "Russia's decision to
    invade"), or for a permission noun the one it is given to (dative, "to X", the subject of a passive: "gave
    Ukraine the authority", "Kyiv was given permission"); None leaves it to the clause's subject ("they need
    permission to strike")."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None or not _permission(noun) or noun.dep_ not in OBJECT_DEPS:
        return possessor
    giver = noun.head
    recipient = next((c for c in giver.children if c.dep_ in ("dative", "iobj", "nsubjpass")), None)
    if recipient is not None and recipient.dep_ == "dative" and recipient.pos_ == "ADP":  # "gave the authority to X"
        recipient = next((g for g in recipient.children if g.dep_ == "pobj"), None)
    return recipient


def clause_above(token: Token, steps: int = 4) -> Token:
    """The nearest verb at or above ``token`` ("converged for a rally": rally -> converged), within ``steps`` heads."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def document_subject(verb: Token) -> Token | None:
    """For a participle describing a document ("issued a declaration demanding ..."), the subject of the verb
    that governs the document: the issuer speaks through it."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ not in ("dobj", "obj", "pobj"):
        return None
    return subject_of(clause_above(noun.head))


def place_of(*heads: Token) -> Token | None:
    """The country or city an act happens in ("was arrested in Lebanon", "detained near Mosul", "in the southern
    city of Basra", "outside the embassy in New Delhi"), named as a GPE or found by the places stage: the authority of
    a state act without an agent."""
    for pobj in (g for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                 for g in c.children if g.dep_ == "pobj"):
        if _is_place(pobj):
            return pobj
        named = next((g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                      for g in p.children if g.dep_ == "pobj" and _is_place(g)), None)
        if named is not None:
            return named
    return None


def _is_place(token: Token) -> bool:
    """A GPE, or a name the places stage geocoded ("near the town of Samarra", tagged NORP by the parser)."""
    return token.ent_type_ == "GPE" or token.pos_ == "PROPN" and next(places_at(token), None) is not None


def places_at(token: Token) -> Iterator[tuple[Place, int, int]]:
    """The places stage's mentions covering ``token``, as (place, start, end): where the events stage asks it."""
    return ((place, start, end) for place in token.doc._.places or () for start, end in place.mentions
            if start <= token.idx < end)


def passive_parts(verb: Token) -> tuple[Token | None, Token | None]:
    """(agent, patient) of a passive verb: "Israel was attacked by Hamas" -> (Hamas, Israel); also of a past
    participle describing a noun ("foreign nationals convicted of crimes": the nationals are the patient)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None and patient.lower_ in RELATIVES and verb.dep_ == "relcl":
        patient = verb.head  # "a soldier who had been detained by border guards": the soldier
    if patient is None and verb.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in verb.children):
        patient = described_object(verb)
    if patient is None and (patient := _shared_patient(verb)) is not None:  # "were mocked and criticized"
        return agent_of(verb) or agent_of(verb.head) or _stray_agent(verb), patient
    agent = agent_of(verb)
    if agent is None and patient is not None:
        agent = _stray_agent(verb) or _summoned_to(verb)
    return agent, patient


SUMMONING = frozenset({"summon", "call"})
"""Verbs whose agentless passive names its agent as where one was summoned: "the ambassador was summoned to the
foreign ministry" (the ministry summoned him)."""


def _summoned_to(verb: Token) -> Token | None:
    """The body one was summoned to ("was summoned to the Russian Foreign Ministry"), else None."""
    if verb.lemma_.lower() not in SUMMONING:
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def _shared_patient(verb: Token) -> Token | None:
    """The passive subject a bare participle shares with the passive verb it is conjoined to ("officials were mocked
    and criticized"), else None: a verb with its own tense or subject is active ("was indicted and (has) resigned")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def agent_of(verb: Token) -> Token | None:
    """The object of the "by" agent phrase of a passive verb or participle ("supplied **by Britain**"), else None;
    never on a verb with an active subject, where "by" measures ("Bashir shortened **by one hour** the curfew")."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _stray_agent(verb: Token) -> Token | None:
    """A named "by X" the parser hung elsewhere: on a clause above the passive verb, or after a comma that closes
    a parenthetical ("was accused of ..., much of it believed embezzled, **by** Haitian officials")."""
    above = set(list(verb.ancestors)[:3])
    sent = verb.sent
    for by in sent[verb.i + 1 - sent.start:]:
        if by.lower_ != "by" or by.dep_ not in ("agent", "prep") or by.i < 1:
            continue
        if by.head not in above and by.doc[by.i - 1].text != ",":
            continue
        if any(c.dep_ == "nsubjpass" for c in by.head.children) and by.head != verb:
            continue  # the agent of another passive clause
        found = next((g for g in by.children if g.dep_ == "pobj" and _named(g)), None)
        if found is not None:
            return found
    return None


def _named(head: Token) -> bool:
    """The head or one of its left modifiers is a named actor ("Hamas", "current Haitian officials")."""
    return head.ent_type_ in AGENT_LABELS or any(a.ent_type_ in AGENT_LABELS for a in head.lefts)


def target_candidates(token: Token, limit: int = 4, into_clauses: bool = True) -> list[Token]:
    """Objects, possessors of objects and prepositional objects below ``token``, nearest first.

    Places after "in" ("lifted the curfew in Montenegro") come last: they are the target only when nothing else is.
    """
    found: list[Token] = []
    places: list[Token] = []
    queue: deque[tuple[Token, int]] = deque([(token, 0)])
    while queue:
        node, depth = queue.popleft()
        for child in node.children:
            if child.dep_ in OBJECT_DEPS or child.dep_ in ("pobj", "attr", "nsubj") and node != token:
                found.append(child)
                found.extend(g for g in child.children if g.dep_ in ("poss", "appos"))  # "as a crime Serbia's suppression"
            if child.dep_ == "prep" and child.lower_ == "in":
                places.extend(g for g in child.children if g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS)
            clause = into_clauses and child.dep_ in ("xcomp", "ccomp")
            descend = child.dep_ in OBJECT_DEPS or child.dep_ in ("pobj", "attr", "advmod", "pcomp") or clause
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS or descend:
                if depth < limit:
                    queue.append((child, depth + 1))
    return found + places + _dangling(token)


def under_preposition(head: Token, verb: Token, word: str) -> bool:
    """True when a preposition ``word`` stands between ``head`` and ``verb`` in the parse ("defended X **against**
    attacks from Y": Y is under "against")."""
    node = head
    while node != verb and node.head != node:
        if node.dep_ == "prep" and node.lower_ == word:
            return True
        node = node.head
    return False


def venue(head: Token) -> bool:
    """True for a place named after "in/at" ("held talks in Geneva"): where a meeting is, not whom it is with."""
    return head.dep_ == "pobj" and head.head.lower_ in ("in", "at") and head.ent_type_ in PLACE_LABELS


def clause_nominals(verb: Token, limit: int = 6) -> list[Token]:
    """Noun-phrase heads inside ``verb``'s clause, those after it first (at most ``limit``): the last-resort
    target candidates."""
    sent = verb.sent
    heads = [t for t in verb.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "nmod", "poss")
             and sent.start <= t.i < sent.end and not _elsewhere(t, verb)]
    return ([t for t in heads if t.i > verb.i] + [t for t in heads if t.i < verb.i])[:limit]


def fronted_setting(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the place of a locative phrase opening ``verb``'s clause ("**In Baghdad**, the foreign
    ministry condemned ..."): where the act is reported from, not whom it concerns."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head == verb and prep.i < verb.i \
        and any(c.dep_ in SUBJECT_DEPS and c.i > prep.i for c in verb.children)


PRESS = frozenset({"reporter", "journalist", "press", "media", "medium", "correspondent", "newsman", "newsmen"})
"""Who a statement is made to when a source briefs the press ("told reporters")."""


def press_audience(token: Token) -> bool:
    """Whether ``token`` is the press a statement is told to ("told **reporters**", "briefed **journalists**")."""
    return token.lemma_.lower() in PRESS and token.dep_ in ("dobj", "dative") \
        and token.head.lemma_.lower() in ("tell", "brief", "inform")


def predicative_as(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in what ``verb``'s object is called ("condemned the strike as **a violation of Iraqi
    sovereignty**", "rejected the accusations as **fabrications**"): a description, not a party."""
    node = token
    while node.head != node and node.head != verb:
        node = node.head
    called = objects(verb)
    return node.dep_ == "prep" and node.lower_ == "as" and node.head == verb and bool(called) \
        and all(o.i < node.i for o in called)


def _elsewhere(token: Token, verb: Token) -> bool:
    """Whether ``token`` belongs to something else than ``verb``'s act, in one walk up to it: the subject of a
    relative clause, who only describes a noun ("talks that **officials** described as tense"; its objects may be the
    act's parties: "a plan that bars **candidates**"), words the actor goes on to report ("dismissed the criticism,
    saying **the judiciary** was independent"), a conjoined act with a subject of its own ("called for restraint,
    and **Russia's foreign ministry** urged"), or what describes the act's own subject in a relative clause or an
    appositive set off by a comma ("**Russia, which has military bases in both countries,** urged restraint")."""
    subject = token.dep_ in SUBJECT_DEPS
    node, described = token, False
    while node != verb and node.head != node:
        if node.dep_ == "relcl" and subject or node.dep_ == "advcl" and node.lemma_.lower() in REPORTING_PARTICIPLES:
            return True
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in node.children):
            return True
        set_off = node.dep_ == "appos" and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ","
        described = described or node.dep_ in ("relcl", "acl") or set_off  # not "Prime Minister Narendra Modi"
        if node.head == verb and described and node.dep_ in SUBJECT_DEPS:
            return True
        node = node.head
    return False


REPORTING_PARTICIPLES = frozenset({"say", "add", "note", "argue", "insist", "claim", "contend", "explain", "stress"})
"""Verbs of a participle clause that reports the actor's words ("..., **saying** the judiciary was independent")."""


def purpose_targets(token: Token) -> list[Token]:
    """Target candidates of the purpose clauses of ``token`` ("went on strike **to demand** the resignation of X")."""
    clauses = [c for c in token.children if c.dep_ in ("advcl", "acl", "relcl") and infinitive(c)]
    return [t for clause in clauses for t in target_candidates(clause)]


def _dangling(token: Token) -> list[Token]:
    """Nouns right after a preposition the parser left without an object ("granted asylum to five ... officers"),
    a named one first ("established ties with and opened an embassy in Tehran")."""
    found = []
    preps = [c for head in (token, *(c for c in token.children if c.dep_ in OBJECT_DEPS)) for c in head.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPS or any(True for _ in prep.children):
            continue
        nouns = [f for f in prep.doc[prep.i + 1:prep.i + 7]
                 if f.pos_ in ("NOUN", "PROPN") and f.dep_ not in ("compound", "amod", "nmod", "poss")]
        named = [f for f in nouns if f.ent_type_ in AGENT_LABELS]
        found.extend((named or nouns)[:1])
    return found


def addressees(token: Token, conditions: frozenset[str] | None = None, speech: frozenset[str] = frozenset()) -> list[Token]:
    """Subjects of the clauses a request addresses ("demanded that the US cancel", "pushed for the US to
    back"), or with ``conditions`` of the conditions a threat sets ("unless Israel rescinds").

    A clause headed by a ``speech`` verb is the attribution ("..., diplomats quoted X as saying"), not the content.
    """
    heads = []
    for child in token.children:
        marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
        if conditions:
            wanted = child.dep_ == "advcl" and marks & conditions
        else:
            wanted = child.dep_ == "ccomp" or child.dep_ == "advcl" and "for" in marks
        if wanted and child.lemma_.lower() not in speech:
            heads.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
        if child.dep_ == "xcomp" or conditions and child.dep_ == "ccomp":  # "warned that X would ... if Manila ..."
            heads.extend(addressees(child, conditions, speech))
    return heads


def _supply(thing: Token) -> tuple[Token | None, str] | None:
    """How ``thing`` names its supplier: (the token naming it, the name), the token being the hyphenated participle
    itself when the name is inside it ("U.S.-supplied" -> "U.S."); None when nothing says ``thing`` was supplied."""
    for child in thing.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < thing.i:
            name, dash, participle = child.text.rpartition("-")
            if dash and name[:1].isupper() and participle.lower() in SUPPLIED:  # "U.S.-supplied", not "well-supplied"
                return child, name
            if child.lower_ in SUPPLIED:  # "British - supplied": the parser splits the hyphen
                giver = next((g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod")
                              and g.i < child.i), None)
                return giver, giver.text if giver is not None else ""
        agent = agent_of(child) if child.dep_ == "acl" and child.lower_ in SUPPLIED else None
        if agent is not None:  # "missiles supplied by Britain" ("the Kurds, supplied with arms" stay actors)
            return agent, agent.text
    return None


def supplied(thing: Token) -> bool:
    """True when ``thing`` is something supplied ("U.S.-supplied missiles"): a thing, not an actor."""
    return _supply(thing) is not None


def _suppliers(doc: Doc, giver: Token | None, name: str, code_actor, context: str) -> list[EventActor]:
    """The actors a thing's supplier (``_supply``'s giver and name) names ("U.S.-supplied missiles" -> U.S.), [] when
    unnamed or uncoded."""
    if giver is None:
        return []
    if name == giver.text:
        return actors(doc, giver, code_actor, context)
    span = (giver.idx, giver.idx + len(name))  # the name inside "U.S.-supplied"
    code, entity = code_actor(name, context), entity_at(doc, *span)
    country = (entity.country if entity else None) or code.country
    if entity is None and country is None:
        return []
    return [EventActor(text=name, span=span, entity=entity.id if entity else None, country=country,
                       sector=code.sector or (entity.sector if entity else None))]


def _phrase(head: Token) -> SpacySpan:
    """The noun phrase headed by ``head``: its left modifiers, plus an "of/from/in" tail when needed."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS or child.dep_ in ("cc", "conj", "punct") and child.i < head.i:
            start = min(start, child.left_edge.i)
    breaks = [t.i + 1 for t in head.doc[start:head.i] if _breaks(t)]
    dateline = head.doc._.dateline  # "TOKYO, Sept 3 (Kyodo) - Russian border guards": the guards, not the dateline
    if dateline is not None and head.doc[start].idx < dateline.span[1] <= head.idx:
        breaks.append(next(t.i for t in head.doc[start:head.i + 1] if t.idx >= dateline.span[1]))
    return head.doc[max([start, *breaks]):head.i + 1]


def _breaks(token: Token) -> bool:
    return "\n" in token.text_with_ws or token.text == ";"


def _paragraph_head(head: Token) -> Token:
    """When a parse runs a noun phrase across a paragraph break, the last noun before the break."""
    before = [t for t in head.doc[head.left_edge.i:head.i] if _breaks(t)]
    if not before:
        return head
    last = before[0]
    while last.i > head.left_edge.i and last.pos_ not in ("NOUN", "PROPN"):
        last = last.doc[last.i - 1]
    return last if last.pos_ in ("NOUN", "PROPN") else head


def _with_tail(span: SpacySpan) -> SpacySpan:
    """``span`` extended over its "of"/"from"/"in" prepositional tail ("head of the army")."""
    head = span.root
    tail = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in PHRASE_TAILS), None)
    return span if tail is None else head.doc[span.start:_clause_free_end(tail) + 1]


def _clause_free_end(token: Token) -> int:
    """The last token of ``token``'s phrase, its relative and participle clauses left out ("a week of talks | that
    officials described as tense": the officials are not what the phrase names)."""
    return max([token.i, *(_clause_free_end(c) for c in token.rights if c.dep_ not in ("relcl", "acl", "punct"))])


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Pronouns resolved by coreference ("his" stays with the nearest person: "his forces")."""
NEUTER = frozenset({"it", "its"})
"""Pronouns that cannot refer back to a person ("Chirac reminded Iraq that **it** must ...")."""


def _governing_subject(pronoun: Token) -> Token | None:
    """The subject of a clause above the pronoun's ("U.S. officials said they ..." -> officials); a person
    is no antecedent of "it"."""
    node = pronoun.head
    for _ in range(5):
        if node.head == node:
            return None
        node = node.head
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subj is not None and subj.pos_ != "PRON":
            return None if pronoun.lower_ in NEUTER and subj.ent_type_ == "PERSON" else subj
    return None


def explains_passive(verb: Token) -> bool:
    """``Three people were killed when police fired on protesters``: a "when" clause hung on an agentless passive (or on
    a verb joined to one) says who did what the passive reports; it is the sentence's act, not a subordinate one."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in verb.children):
        return False
    heads = [verb.head, *([verb.head.head] if verb.head.dep_ == "conj" else [])]
    return any(any(c.dep_ == "nsubjpass" for c in h.children) and not any(c.dep_ == "agent" for c in h.children)
               for h in heads)


_LAST: list[tuple[Doc, Coreference]] = []
"""The coreference of the last document asked about (one slot: a document's events are found together)."""


def _coreference(doc: Doc) -> Coreference:
    """The coreference of ``doc``, made once per document (kept outside ``doc.user_data``, which must serialise)."""
    last = _LAST[0] if _LAST else None
    if last is None or last[0] is not doc:  # a local pair: another thread may fill the slot meanwhile
        last = (doc, Coreference(doc, [(q.start, q.end) for q in quoted_spans(doc.text)]))
        _LAST[:] = [last]
    return last[1]


def _person(doc: Doc, pronoun: Token) -> tuple[Entity, tuple[int, int]] | None:
    """The person "he"/"she" refers to: the nearest person mention before it in its sentence whose gender the text
    does not contradict ("Alito, who had made clear he ..."; "Sandra Inman, a Cruz supporter, said she ..." skips
    Cruz, whom "he" follows elsewhere; the subject of a saying verb before the nearest one: "Trump said he would"),
    else the statements stage's coreference over earlier sentences (earlier
    speakers and subjects first), with that person's last mention before the pronoun. Inside a direct quotation
    "he" is never its speaker."""
    coref = _coreference(doc)
    word = pronoun.lower_
    wanted = gender_word(word)
    quoting = _quoting(doc, pronoun)
    speaker = quoting.entity if quoting is not None else None
    fits = lambda entity: (entity.kind == "person" or compatible(entity, word)) \
        and coref.genders.get(entity.id, wanted) == wanted \
        and entity.id != speaker  # noqa: E731  (who is quoted speaks of "he" as someone else)
    near = [(s, e, entity) for s, e, entity in coref.between(pronoun.sent.start_char, pronoun.idx) if fits(entity)]
    saying = pronoun.head.head if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ == "ccomp" else None
    # "Trump, alleging that Obama wanted X, said he would ...": he is who says it; not "asked Sanders why he ..."
    teller = subject_of(saying) if saying is not None and not objects(saying) else None
    chosen = [(s, e, entity) for s, e, entity in near if teller is not None and s <= teller.idx < e] or near
    if chosen:
        return chosen[-1][2], chosen[-1][:2]
    before = coref.between(0, pronoun.idx)
    entity = coref.antecedent(pronoun, [(s, e) for s, e, found in before if found.id == speaker])
    spans = [(s, e) for s, e, found in before if entity is not None and found.id == entity.id]
    return (entity, spans[-1]) if spans else None


def _antecedent(doc: Doc, pronoun: Token) -> tuple[Entity, tuple[int, int]] | None:
    """The actor a pronoun refers to: a person by coreference, else the nearest kind-compatible actor mention in this or
    the previous sentence; never a news outlet (``… told AFP. "They kill our people"``: AFP only reports)."""
    if pronoun.lower_ in PERSON_PRONOUNS:
        return _person(doc, pronoun)
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    floor, best = doc[first].idx, None
    for entity in doc._.entities or ():
        if (pronoun.lower_ in PERSONAL) != (entity.kind == "person") and entity.kind is not None \
                or pronoun.lower_ in NEUTER and entity.kind == "group" \
                or entity.sector == "JRN":  # "It demanded": not "three soldiers"
            continue
        for mention in entity.mentions:
            if floor <= mention[0] and mention[1] <= pronoun.idx and (best is None or mention[0] > best[1][0]):
                best = (entity, (mention[0], mention[1]))
    return best


def quote_for(char: int, quotes: Sequence[Quote]) -> Quote | None:
    """The statement whose content contains character offset ``char``, or None."""
    for quote in quotes:
        if quote.content_span[0] <= char < quote.content_span[1]:
            return quote
    return None


def reporting_spans(token: Token) -> list[tuple[int, int]]:
    """The speaker and cue spans of the statement whose content holds ``token``: who reports it and how; none when
    ``token`` is in them ("said Frank VanderSloot, who had backed Rubio": the speaker's own act)."""
    quote = quote_for(token.idx, token.doc._.quotes or ())
    if quote is None:
        return []
    spans = [span for span in (quote.speaker.span if quote.speaker else None, quote.cue.span if quote.cue else None)
             if span is not None]
    return [] if any(start <= token.idx < end for start, end in spans) else spans


def _quoting(doc: Doc, token: Token) -> Speaker | None:
    """The speaker of the direct quotation holding ``token``, if any (indirect speech is the writer's words)."""
    quote = quote_for(token.idx, doc._.quotes or ())
    return quote.speaker if quote is not None and quote.kind == "direct" else None


def _speaker(doc: Doc, pronoun: Token) -> list[EventActor]:
    """The actor a first-person pronoun names: the speaker of the direct quotation holding it ("'We will strike back,'
    the minister said" -> the minister), with the pronoun as its words. Elsewhere it is the writer's ("said I was
    wrong", "did not respond to my requests"), and an uncoded speaker names no actor either."""
    speaker = _quoting(doc, pronoun)
    if speaker is None or speaker.entity is None and speaker.country is None:
        return []
    return [EventActor(text=pronoun.text, span=(pronoun.idx, pronoun.idx + len(pronoun.text)), entity=speaker.entity,
                       country=speaker.country, sector=speaker.sector)]


def _coordinated(span: SpacySpan) -> list[SpacySpan]:
    """Split "British and U.S. officials" into its coordinated modifiers, or [] when not coordinated; also when the
    parser left the conjunction without a conjunct ("U.S. and North Korean diplomats"), if both sides name a country or
    nationality."""
    parts = [t for t in span[:-1] if t.dep_ == "conj" and t.head.i < t.i and t.head in span]
    if not parts:
        cc = next((t for t in span[1:-2] if t.dep_ == "cc" and t.head in span), None)
        sides = [span.doc[span.start:cc.i], span.doc[cc.i + 1:span.end - 1]] if cc is not None else []
        named = lambda side: any(t.ent_type_ in ("GPE", "NORP") for t in side)  # noqa: E731
        return sides if sides and all(named(side) for side in sides) else []
    firsts = {p.head.i for p in parts}
    return [span.doc[t.left_edge.i:t.i + 1] for t in span[:-1] if t.i in firsts or t in parts]


def _possessor(span: SpacySpan, code_actor) -> SpacySpan | None:
    """The possessor when the head itself names no actor: "Biden's approval" -> "Biden" ("Cairo's chief" stays)."""
    owner = next((c for c in span.root.lefts if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None)
    if owner is None or span.root.pos_ == "PROPN":
        return None
    rest = span.doc[owner.right_edge.i + 1:span.end]
    if rest.text.strip("'’s ") and code_actor(rest.text).sector is None and code_actor(rest.text).kind is None:
        return span.doc[owner.left_edge.i:owner.i + 1]
    return None


def _appositive_code(span: SpacySpan, code_actor, context: str):
    """The code of the apposition describing the phrase's head, when it names a country or organisation."""
    appos = next((c for c in span.root.rights if c.dep_ == "appos"), None)
    if appos is None:
        return None
    code = code_actor(span.doc[appos.left_edge.i:appos.right_edge.i + 1].text, context)
    return code if code.country is not None else None


def _actor(doc: Doc, span: SpacySpan, code_actor, context: str) -> EventActor | None:
    """Code one phrase as an EventActor, or None when it is no recognisable actor."""
    span = _possessor(span, code_actor) or span
    entity = entity_at(doc, span.start_char, span.end_char)
    if entity is None and len(span) == 1:  # "Ibarra is due to travel": the minister, not the Ecuadorian town
        entity = by_surname(doc._.entities or [], span.root)
    code = code_actor(span.text, context)
    own_sector = code.sector
    if code.country is None:  # "the head of NATO's military committee", "earthquake victims in Indonesia"
        longer = _with_tail(span)
        tail_code = code_actor(longer.text, context) if longer is not span else None
        if tail_code is not None and (own_sector is None or tail_code.country is not None):
            code = tail_code
            entity = entity or entity_at(doc, longer.start_char, longer.end_char)
            span = longer
    if code.country is None and (entity is None or entity.country is None):
        code = _appositive_code(span, code_actor, context) or code  # "Kenzo Oshima, the UN relief coordinator"
    country = (entity.country if entity else None) or code.country
    sector = code.sector or own_sector or (entity.sector if entity else None)
    if entity is not None and entity.country is not None and code.country not in (None, entity.country):
        sector = entity.sector  # the article's reading of the name wins whole ("the RSF" it defined: rebels)
    if entity is None and country is None and sector is not None:
        country = home_placed(doc, span.text)  # "accused the opposition" in a story about the country it is filed from
    if entity is None and country is None:
        return None
    return EventActor(text=span.text, span=(span.start_char, span.end_char),
                      entity=entity.id if entity else None, country=country, sector=sector)


def actors(doc: Doc, head: Token | None, code_actor, context: str = "", _hops: int = 0,
           owned: bool = False, suppliers: bool = False) -> list[EventActor]:
    """The actor(s) a head noun names: pronouns resolved, conjuncts and coordinated modifiers split.

    ``context`` (the sentence) lets the coder place a titled actor ("the foreign minister");
    ``_hops`` bounds how many relative pronouns are followed (parses can form cycles); ``owned`` (for
    sources) lets an uncoded phrase take the country of its pronoun owner ("its jets"); a target so owned
    would be the source's own ("withdraw their force"). A supplied thing ("U.S.-supplied missiles") names no
    actor, or with ``suppliers`` (for requests to use it) its supplier.
    """
    if head is None or _hops > 3:
        return []
    if head.lower_ in RELATIVES:
        return []
    head = counted(head)
    if not _nominal(head):  # a mis-tagged head ("The Red Cross operating in ...")
        head = next((c for c in head.lefts if c.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return []
    if head.lower_ in FIRST_PERSON and head.pos_ == "PRON":
        return _speaker(doc, head)
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS and head.text.islower():
        governing = _governing_subject(head) if head.lower_ not in PERSONAL else None
        if governing is not None:
            return actors(doc, governing, code_actor, context, _hops + 1)
        found = _antecedent(doc, head)
        if found is None:
            return []
        entity, span = found
        mention = doc.char_span(span[0], span[1])
        if mention is None:
            return []
        return [EventActor(text=mention.text, span=span, entity=entity.id,
                           country=entity.country, sector=entity.sector)]
    result: list[EventActor] = []
    for part in [head, *head.conjuncts]:
        if part.i < head.i or not _nominal(part) or part.pos_ == "PRON" or in_dateline(doc, part.i, part.i + 1):
            continue
        if (supply := _supply(part)) is not None:  # a thing, not an actor
            result.extend(a for a in (_suppliers(doc, *supply, code_actor, context) if suppliers else ())
                          if all(overlap(a.span, r.span) == 0 for r in result))
            continue
        if parties := _of_parties(doc, part, code_actor, context, _hops):  # "the foreign ministers of X and Y"
            result.extend(a for a in parties if all(overlap(a.span, r.span) == 0 for r in result))
            continue
        phrase = _phrase(_paragraph_head(part))
        pieces = _coordinated(phrase) or [phrase]
        for piece in pieces:
            actor = None
            if owned and _told_of_own(piece) and code_actor(piece.text).country is None:
                actor = _owned(doc, piece, code_actor, context, _hops)
            if actor is None:
                actor = _actor(doc, piece, code_actor, context)
            if actor is None and owned:
                actor = _owned(doc, piece, code_actor, context, _hops)
            if actor is not None and len(pieces) > 1:
                actor = _retitled(actor, f"{piece.text} {part.text}", code_actor, context)
            if actor is not None and all(overlap(actor.span, r.span) == 0 for r in result):
                result.append(actor)
    return result


def _of_parties(doc: Doc, head: Token, code_actor, context: str, hops: int) -> list[EventActor]:
    """The parties an uncoded head names through a coordinated "of" phrase, each with the head's sector: "the
    foreign ministers of India and Pakistan" -> India's and Pakistan's ministers (GOV); [] without one."""
    tail = of_object(head)
    if tail is None or not tail.conjuncts:
        return []
    own = code_actor(head.text, context)
    if own.country is not None or own.sector is None:  # "the Prime Minister of X and Y": not a title of both
        return []
    sector = own.sector
    return [a.model_copy(update={"sector": a.sector or sector})
            for a in actors(doc, tail, code_actor, context, hops + 1)]


def _pronoun_owner(span: SpacySpan) -> Token | None:
    """The possessive pronoun owning a phrase ("its" of "its troops"), else None."""
    return next((c for c in span.root.lefts if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)


def _told_of_own(span: SpacySpan) -> bool:
    """Whether a phrase's pronoun owner is the subject of a clause above it ("the Israeli military said its troops
    had ... in southern Syria"): then the owner, not the country the sentence names, is whose the phrase is."""
    owner = _pronoun_owner(span)
    return owner is not None and _governing_subject(owner) is not None


def _owned(doc: Doc, span: SpacySpan, code_actor, context: str, hops: int) -> EventActor | None:
    """An uncoded phrase owned by a pronoun takes its owner's country: "its jets" in "Israel's military said
    its jets had struck ..." -> ISR, MIL; only phrases that name a sector ("its borders" is no actor)."""
    owner = _pronoun_owner(span)
    sector = code_actor(span.text, context).sector if owner is not None else None
    found = actors(doc, owner, code_actor, context, hops + 1) if sector is not None else []  # "its borders" is no actor
    if not found or found[0].country is None:
        return None
    return EventActor(text=span.text, span=(span.start_char, span.end_char), entity=None, country=found[0].country,
                      sector=sector)


def _nominal(token: Token) -> bool:
    """Nouns, pronouns and named adjectives ("Israeli") can name actors."""
    return token.pos_ in ("NOUN", "PROPN", "PRON") or token.ent_type_ in AGENT_LABELS


def pobjs(head: Token, preps: tuple[str, ...]) -> Iterator[Token]:
    """The objects of ``head``'s prepositions ``preps`` ("met **with** mockery", "the withdrawal **of** forces")."""
    return (g for p in head.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj")


def of_object(noun: Token) -> Token | None:
    """The object of a noun's "of" phrase ("the withdrawal **of** Serbian forces"), None without one."""
    return next(pobjs(noun, ("of",)), None)


def settlement(head: Token) -> Token:
    """The name in a settlement phrase ("the town of Kherson" -> Kherson), else ``head``."""
    name = of_object(head) if head.lemma_.lower() in SETTLEMENT_NOUNS else None
    return name if name is not None and name.pos_ == "PROPN" else head


def counted(head: Token) -> Token:
    """The counted noun of a quantity phrase: "thousands of Nigerians" -> Nigerians."""
    for _ in range(3):
        if head.lower_ not in QUANTITIES and head.pos_ != "NUM":
            return head
        counted = of_object(head)
        if counted is None:
            return head
        head = counted
    return head


def _retitled(actor: EventActor, phrase: str, code_actor, context: str) -> EventActor:
    """Give a split modifier ("British") the sector of its head noun ("British officials"), unless it has its own
    ("The Colombian government and FARC rebels")."""
    code = code_actor(phrase, context)
    return actor.model_copy(update={"country": actor.country or code.country, "sector": actor.sector or code.sector})
