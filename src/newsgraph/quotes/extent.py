"""Whether a statement's content runs on to the end of its sentence, past where the parse ended it.

The small parser often closes a reported clause or object early: a list it broke off (``citing X, Y and Z``), a
relative clause or ``as`` phrase on the object, a clause it hung on another word. Yet the words after a content are
as often a new statement (``…, but he pressed Clinton``), the sentence's own main clause after a fronted one, or the
setting. A logistic model over those words (their separator and first word, where they attach, whether they hold
the sentence's main verb, a cue or the source) decides. It is trained on PolNeAR train by
``python -m newsgraph.quotes.train TRAIN_DIR --extent`` (``data/extent_model.json``); prediction is a dot product.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from newsgraph.quotes import classifier

MODEL = Path(__file__).with_name("data") / "extent_model.json"

FIRST_WORDS = frozenset(
    "and or but while unless so because including as rather such than though although if when after before even "
    "which who where not with according saying to in for on at by that since despite from amid".split()
)
"""Words whose presence first in the rest of the sentence is a feature of its own (conjunctions, prepositions)."""
SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CLAUSAL_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
SETTING_TYPES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})


def tail(found, paragraph: tuple[int, int], others: list) -> list[Token]:
    """The words of the cue's sentence after a content that follows its cue, up to the sentence's (or paragraph's)
    end without its closing punctuation; empty when the content is split, precedes its cue, already ends the
    sentence, or when those words hold another statement's cue, source or content."""
    cue = found.cue
    if cue is None or found.parts or found.content[0] < cue.idx + len(cue.text):
        return []
    sentence = cue.sent
    end = min(sentence.end_char, paragraph[1])
    words = [t for t in sentence if t.idx >= found.content[1] and t.idx + len(t.text) <= end and not t.is_space]
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    if not words:
        return []
    start, stop = words[0].idx, words[-1].idx + len(words[-1].text)
    for other in others:
        if other is found:
            continue
        spans = [other.content] + ([(other.cue.idx, other.cue.idx + len(other.cue.text))] if other.cue else [])
        if other.source_span:
            spans.append(other.source_span)
        if any(s < stop and start < e for s, e in spans):
            return []
    return words


def _attached(token: Token, content: tuple[int, int], cue: Token) -> str:
    """Where a word of the tail hangs when its head is outside the tail."""
    head = token.head
    if head.i == token.i:
        return "root"
    if head.i == cue.i:
        return "cue"
    if content[0] <= head.idx < content[1]:
        return "content"
    return "before" if head.i < cue.i else "after"


def features(found, words: list[Token], reports: Callable[[Token], bool]) -> dict[str, float]:
    """Sparse features of the words after one content (``tail``); ``reports`` tells a likely cue verb."""
    cue, content = found.cue, found.content
    spoken = [t for t in words if not t.is_punct]
    first = spoken[0] if spoken else words[0]
    separator = "quote" if words[0].is_quote else words[0].text if words[0].is_punct else "none"
    inside = [t for t in cue.sent if content[0] <= t.idx < content[1]]
    indices = {t.i for t in words}
    feats = {
        "bias": 1.0,
        "words": math.log1p(len(spoken)),
        "content_words": math.log1p(len(inside)),
        f"separator={separator}": 1.0,
        f"pos={first.pos_}": 1.0,
        f"dep={first.dep_}": 1.0,
        f"via={found.via}": 1.0,
        "gerund": float(first.tag_ == "VBG"),
        "under_cue": sum(cue.is_ancestor(t) for t in words) / len(words),
        "head_in_content": float(content[0] <= first.head.idx < content[1]),
        "reports": float(any(t.pos_ == "VERB" and reports(t) for t in words)),
        "source_after": float(found.source is not None and found.source.idx >= words[0].idx),
        "quotation": float(any(t.is_quote for t in words)),
        "content_quoted": float(bool(inside) and inside[-1].is_quote),
        "cue_root": float(cue.dep_ == "ROOT"),
        "cue_subordinate": float(any(a.dep_ in SUBORDINATE for a in [cue, *cue.ancestors])),
        "main_verb_after": float(cue.sent.root.i in indices),
        "own_subject": float(any(t.dep_ in SUBJECTS and not cue.is_ancestor(t) for t in words)),
        "nominal_cue": float(cue.pos_ in ("NOUN", "ADJ")),
        "cue_in_subject": float(any(a.dep_ in CLAUSAL_SUBJECTS for a in [cue, *cue.ancestors])),
        "setting": float(all(t.ent_type_ in SETTING_TYPES or t.is_punct or t.is_stop for t in words)),
        "cue_conjunct": float(any(t.dep_ == "conj" and t.head.i == cue.i and t.pos_ in ("VERB", "AUX") for t in words)),
        "content_conjunct": float(any(t.dep_ == "conj" and content[0] <= t.head.idx < content[1] for t in words)),
        "short": float(len(spoken) <= 3),
    }
    if first.lower_ in FIRST_WORDS:
        feats[f"first={first.lower_}"] = 1.0
    outer = [_attached(t, content, cue) for t in words if t.head.i not in indices]
    for place in outer:
        feats[f"attached={place}"] = feats.get(f"attached={place}", 0.0) + 1.0 / len(outer)
    return feats


@lru_cache(maxsize=1)
def _model() -> classifier.Weights | None:
    """The weights and threshold of ``data/extent_model.json`` (written as the cue classifier's are), or None when it
    is absent."""
    if not MODEL.exists():
        return None
    return classifier._weights(json.loads(MODEL.read_text(encoding="utf-8")))


def runs_on(feats: dict[str, float]) -> bool:
    """Whether the model takes the rest of the sentence into the content."""
    model = _model()
    if model is None:
        return False
    return 1.0 / (1.0 + math.exp(-classifier.logit(model, feats))) >= model[2]


def extend(
    found: list, paragraph: Callable[[int], tuple[int, int]], reports: Callable[[Token], bool]
) -> None:
    """Run each content on to its sentence's end where the model says the statement goes on (``paragraph`` maps a
    character offset to its paragraph's bounds)."""
    for f in found:
        words = tail(f, paragraph(f.cue.idx), found) if f.cue is not None else []
        if words and runs_on(features(f, words, reports)):
            f.content = (f.content[0], words[-1].idx + len(words[-1].text))
