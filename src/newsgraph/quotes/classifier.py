"""Decide whether a candidate cue really attributes: a logistic model over sparse features and, where the doc carries
the token model's probabilities, boosted trees over its score and the candidate's dense context, stored as JSON.

The models (``data/cue_model.json``) are trained on PolNeAR train by ``newsgraph.quotes.train``;
prediction needs only numpy.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import IS_QUOTE

from newsgraph.boost import Forest
from newsgraph.quotes import anonymous, cues, vectors

MODEL = Path(__file__).with_name("data") / "cue_model.json"


ACTOR_GROUPS = {"PERSON": "person", "ORG": "org", "NORP": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
"""The actors stage's entity types by the kind of speaker they make (nominal actors, type NOUN, make none)."""


def actor_columns(found) -> dict[str, float]:
    """Whether the candidate's source is an actor ``newsgraph_actors`` found in the doc, of which kind, and whether it
    is an unnamed-source noun (``officials``): on PolNeAR train 61 % of candidates whose source is an actor are
    attributions, 41 % of the others. All zero when the actors stage did not run."""
    columns = {"source_actor": 0.0, "source_actor_person": 0.0, "source_actor_org": 0.0, "source_actor_place": 0.0}
    source = found.source
    if source is None:
        return columns | {"source_unnamed": 0.0}
    if (kind := _actor_types(found.cue.doc).get(source.i)) is not None:
        columns["source_actor"] = 1.0
        if (group := ACTOR_GROUPS.get(kind)) is not None:
            columns[f"source_actor_{group}"] = 1.0
    return columns | {"source_unnamed": float(anonymous.unnamed_noun(source.lemma_.lower()))}


def features(found) -> dict[str, float]:
    """Sparse features of one candidate attribution (``attribution.Found`` with a cue)."""
    token = found.cue
    entry = cues.entry_for(token)
    lemma = cues.cue_lemma(token)
    source = found.source
    length = found.content[1] - found.content[0]
    feats = {
        "bias": 1.0,
        f"lemma={lemma}": 1.0,
        f"via={found.via}": 1.0,
        f"lemma_via={lemma}|{found.via}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"class={entry.cls if entry else 'none'}": 1.0,
        "precision": entry.precision if entry else 0.0,
        "log_count": math.log1p(entry.count) if entry else 0.0,
        "log_length": math.log1p(length) / 6,
        f"source={source.pos_ if source is not None else 'none'}": 1.0,
        f"source_ent={source.ent_type_ if source is not None else 'none'}": 1.0,
        "negated": float(any(c.dep_ == "neg" for c in token.children)),
        "sentence_start": float(token.i == token.sent.start),
    }
    if (vector := vectors.probability(token)) is not None:
        feats["vector_cue"] = vector
        feats["vector_logit"] = min(max(math.log(max(vector, 1e-6) / max(1.0 - vector, 1e-6)), -8.0), 8.0) / 8
    clause = [c for c in token.children if c.dep_ == "ccomp"]
    if clause and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause[0].children):
        feats["that_clause"] = 1.0
    feats[f"lemma_subject={lemma}|{source is not None}"] = 1.0
    if source is not None and source.lower_ in ("i", "we", "you"):
        feats["source_person12"] = 1.0
    return feats | actor_columns(found)


_SOURCE_KINDS = {"PERSON": "person", "ORG": "group", "NORP": "group", "GPE": "place"}
SOURCE_KINDS = ("none", "pronoun", "person", "group", "place", "entity", "name", "noun")
"""What a source can be, one context column each."""
CATEGORIES = ("via", "dep", "tag", "pos", "class")
"""Categorical attributes the trees read as integer codes."""
LOGIT_CLIP = 10.0
"""Bound on the logistic score the trees read."""


def _source_kind(source) -> str:
    """What the source is: none, pronoun, person, group, place, other entity, name or common noun."""
    if source is None:
        return "none"
    if source.pos_ == "PRON":
        return "pronoun"
    if source.ent_type_:
        return _SOURCE_KINDS.get(source.ent_type_, "entity")
    return "name" if source.pos_ == "PROPN" else "noun"


@dataclass
class _Sheet:
    """What the classifier keeps of one doc while the doc lives (``_sheet``): the token probabilities it was made
    with, where the quotation marks are, each sentence's strong lexicon cues and every candidate judged so far. It
    assumes the doc's tokens and parse stay as they are (no component retokenizes after the quotes one)."""

    probs: list[float] | None
    marks: list[int]
    """Indices of the quotation-mark tokens, in order: a span's marks are counted by bisection, not word by word."""
    strong: dict[int, list[int]] = field(default_factory=dict)
    """By sentence start: the indices of its lexicon cues of precision >= 0.1 (read once per sentence)."""
    judged: dict[tuple, float] = field(default_factory=dict)
    """Probability of each candidate judged, keyed by ``_key``: ``find_attributions`` judges its kept cues twice."""
    judged_by: tuple = ()
    """The models ``judged`` was computed with (``_judged`` forgets it when they are swapped)."""
    actors: dict[int, str] = field(default_factory=dict)
    """By token index: the type of the first actor in ``doc._.entities`` one of whose mentions holds the token."""
    actors_of: object = None
    """The entity list ``actors`` was read from (read again when the actors stage wrote another)."""


_sheets: WeakKeyDictionary = WeakKeyDictionary()


def _sheet(doc) -> _Sheet:
    """The doc's ``_Sheet``, made anew if its token probabilities were replaced since (an entry dies with its doc)."""
    probs = doc.user_data.get(vectors.KEY)
    sheet = _sheets.get(doc)
    if sheet is None or sheet.probs is not probs:
        sheet = _sheets[doc] = _Sheet(probs, np.flatnonzero(doc.to_array(IS_QUOTE)).tolist())
    return sheet


def _actor_types(doc) -> dict[int, str]:
    """The doc's ``_Sheet.actors``: each token inside an actor's mention, with that actor's type, read once per doc
    (looking through every mention for every candidate cost a tenth of the component's time)."""
    sheet = _sheet(doc)
    entities = doc._.entities
    if sheet.actors_of is not entities:
        sheet.actors, sheet.actors_of = {}, entities
        for entity in entities or ():
            for start, end in entity.mentions:
                for token in doc.char_span(start, end, alignment_mode="expand") or ():
                    if start <= token.idx < end:
                        sheet.actors.setdefault(token.i, entity.type)
    return sheet.actors


def _marks(sheet: _Sheet, start: int, end: int) -> int:
    """How many quotation-mark tokens lie in tokens ``[start, end)``."""
    return bisect_left(sheet.marks, end) - bisect_left(sheet.marks, start)


def _marks_at(doc, sheet: _Sheet, start: int, end: int) -> int:
    """How many quotation-mark tokens lie between two character offsets (the tokens touching them included)."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return _marks(sheet, span.start, span.end) if span is not None else 0


def _strong(sheet: _Sheet, sent) -> list[int]:
    """The indices of a sentence's lexicon cues of precision >= 0.1, read once per sentence."""
    if sent.start not in sheet.strong:
        sheet.strong[sent.start] = [w.i for w in sent if (e := cues.entry_for(w)) is not None and e.precision >= 0.1]
    return sheet.strong[sent.start]


def context(found) -> dict[str, float]:
    """Dense context of a candidate that trees can combine with the logistic score: how likely a cue the token model
    finds it and the other words of its sentence (before it, after it, above and below it in the parse), where cue,
    source and content lie, quotation marks, what kind of source it has, and how many other lexicon cues are near.
    Token probabilities are read by index from the doc's list (reading them word by word was the slowest step), and
    quotation marks and a sentence's cues from the doc's ``_Sheet``."""
    token, doc = found.cue, found.cue.doc
    sent, source, i = token.sent, found.source, token.i
    sheet = _sheet(doc)
    probs = sheet.probs or [0.0] * len(doc)
    entry = cues.entry_for(token)
    start, end = found.content
    ancestors = [t.i for t in token.ancestors]
    left, right = max(probs[sent.start : i], default=0.0), max(probs[i + 1 : sent.end], default=0.0)
    near = sum(1 for j in _strong(sheet, sent) if j != i)
    kind = _source_kind(source)
    feats = {
        "vector": probs[i],
        "head_vector": probs[token.head.i] if token.head.i != i else 0.0,
        "other_vector": max(left, right),
        "left_vector": left,
        "right_vector": right,
        "ancestor_vector": max((probs[j] for j in ancestors), default=0.0),
        "below_vector": max((probs[t.i] for t in token.subtree if t.i != i), default=0.0),
        "depth": float(len(ancestors)),
        "precision": entry.precision if entry else 0.0,
        "log_count": math.log1p(entry.count) if entry else 0.0,
        "content_chars": float(end - start),
        "content_before": float(end <= token.idx),
        "distance": float(start - token.idx - len(token.text)),
        "content_quotes": float(_marks_at(doc, sheet, start, end)),
        "opens_quote": float(_marks_at(doc, sheet, start, start + 1) > 0),
        "sentence_quotes": float(_marks(sheet, sent.start, sent.end)),
        "source_distance": float(i - source.i) if source is not None else 0.0,
        "cue_position": (i - sent.start) / max(len(sent), 1),
        "sentence_length": float(len(sent)),
        "other_cues": float(near),
        "negated": float(any(c.dep_ == "neg" for c in token.children)),
        "children": float(sum(1 for _ in token.children)),
        "root": float(token.dep_ == "ROOT"),
    }
    return feats | {f"source_{k}": float(kind == k) for k in SOURCE_KINDS} | actor_columns(found)


def categories(found) -> dict[str, str]:
    """The candidate's ``CATEGORIES``: how its content was found, the cue's dependency, tag, part of speech and class."""
    token = found.cue
    entry = cues.entry_for(token)
    return {"via": found.via, "dep": token.dep_, "tag": token.tag_, "pos": token.pos_,
            "class": entry.cls if entry else "none"}


Weights = tuple[dict[str, int], np.ndarray, float]
"""Feature index, weights and decision threshold of one logistic model."""


@dataclass(frozen=True)
class Trees:
    """Boosted trees over the logistic score, the ``context`` columns and the coded ``categories``, with their
    decision threshold; the score they read is cross-fitted in training, as it is unseen at run time."""

    forest: Forest
    columns: tuple[str, ...]
    codes: dict[str, dict[str, int]]
    threshold: float
    weight: float = 1.0
    """Share of the trees' probability in the one given, the rest the logistic model's."""

    def to_json(self) -> dict:
        """Columns, category codes (values in code order), threshold and forest as a JSON-ready dict."""
        codes = {k: sorted(v, key=v.get) for k, v in self.codes.items()}
        return {"columns": list(self.columns), "codes": codes, "threshold": self.threshold, "weight": self.weight,
                "forest": self.forest.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> Trees:
        """Rebuild from ``to_json`` output."""
        codes = {k: {value: i for i, value in enumerate(values)} for k, values in data["codes"].items()}
        return cls(Forest.from_json(data["forest"]), tuple(data["columns"]), codes, float(data["threshold"]),
                   float(data.get("weight", 1.0)))


def row(columns: tuple[str, ...], codes: dict[str, dict[str, int]], logit: float, context: dict[str, float],
        categories: dict[str, str]) -> list[float]:
    """One candidate's input row to the trees: clipped score, context columns, category codes (unseen: -1)."""
    return [min(max(logit, -LOGIT_CLIP), LOGIT_CLIP), *(context[c] for c in columns),
            *(codes[k].get(categories[k], -1) for k in CATEGORIES)]


def _weights(data: dict) -> Weights:
    """One model's feature index, weights and threshold from its JSON dict."""
    index = {name: i for i, name in enumerate(data["features"])}
    return index, np.asarray(data["weights"], dtype=float), float(data["threshold"])


@lru_cache(maxsize=1)
def _data() -> dict:
    """``data/cue_model.json``, read once for both the logistic models and the trees."""
    return json.loads(MODEL.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _models() -> dict[bool, Weights]:
    """The two logistic models of ``data/cue_model.json``, keyed by whether they read the token model's probability:
    the top-level one for docs the token model annotated, ``rules`` (no such feature) for any other pipeline."""
    data = _data()
    return {True: _weights(data), False: _weights(data["rules"])}


@lru_cache(maxsize=1)
def _trees() -> Trees | None:
    """The trees of ``data/cue_model.json`` (over the top-level model's score), if it holds any."""
    data = _data()
    return Trees.from_json(data["trees"]) if "trees" in data else None


def _annotated(found) -> bool:
    """Whether the candidate's doc carries the token model's probabilities."""
    return vectors.probability(found.cue) is not None


def _model(found) -> Weights:
    """The logistic model that applies to a candidate: with the token probability when its doc carries one."""
    return _models()[_annotated(found)]


def logit(weights: Weights, feats: dict[str, float]) -> float:
    """A logistic model's score of one candidate's sparse features."""
    index, values, _ = weights
    return sum(values[index[name]] * value for name, value in feats.items() if name in index)


def _key(found) -> tuple:
    """All that the models read of a candidate besides its doc: cue, source, content and how the content was found."""
    source = found.source
    return found.cue.i, None if source is None else source.i, found.content, found.via


def probabilities(found: list) -> list[float]:
    """Probability that each candidate is a real attribution cue: where its doc carries token probabilities and trees
    are shipped, the trees' blended with the logistic model's (``Trees.weight``), else the logistic model's alone; the
    trees walk all of a call's new candidates at once (one numpy step per tree level, whatever the number of rows).
    A candidate judged before, unchanged, is not judged again (``_Sheet.judged``)."""
    models = (_models(), _trees())
    known = [_judged(_sheet(f.cue.doc), models) for f in found]
    keys = [_key(f) for f in found]
    fresh = [i for i, (memo, key) in enumerate(zip(known, keys, strict=True)) if key not in memo]
    for i, p in zip(fresh, _judge([found[i] for i in fresh]), strict=True):
        known[i][keys[i]] = p
    return [memo[key] for memo, key in zip(known, keys, strict=True)]


def _judged(sheet: _Sheet, models: tuple) -> dict[tuple, float]:
    """The sheet's judged candidates, forgotten if the models were swapped since (a test or a refitting harness)."""
    if len(sheet.judged_by) != len(models) or any(a is not b for a, b in zip(sheet.judged_by, models, strict=True)):
        sheet.judged, sheet.judged_by = {}, models
    return sheet.judged


def _judge(found: list) -> list[float]:
    """``probabilities`` of candidates not judged before."""
    trees = _trees()
    scores = [logit(_model(f), features(f)) for f in found]
    out = [1.0 / (1.0 + math.exp(-z)) for z in scores]
    boosted = [i for i, f in enumerate(found) if trees is not None and _annotated(f)]
    if boosted:
        rows = np.array([row(trees.columns, trees.codes, scores[i], context(found[i]), categories(found[i]))
                         for i in boosted])
        for i, p in zip(boosted, trees.forest.probabilities(rows)[:, 1], strict=True):
            out[i] = float(trees.weight * p + (1.0 - trees.weight) * out[i])
    return out


def threshold(found) -> float:
    """The decision threshold of the model that judges a candidate."""
    trees = _trees()
    return trees.threshold if trees is not None and _annotated(found) else _model(found)[2]


def probability(found) -> float:
    """Probability that a candidate is a real attribution cue."""
    return probabilities([found])[0]


def kept(found: list) -> list:
    """The candidates that clear their model's threshold, in order."""
    return [f for f, p in zip(found, probabilities(found), strict=True) if p >= threshold(f)]


def keep(found) -> bool:
    """Whether the candidate clears its model's threshold."""
    return bool(kept([found]))
