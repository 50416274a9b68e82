"""Decide whether a candidate cue really attributes: features and a logistic model stored as JSON.

The weights (``data/cue_model.json``) are trained on PolNeAR train by ``newsgraph.quotes.train``;
prediction needs only numpy.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsgraph.quotes import cues, vectors

MODEL = Path(__file__).with_name("data") / "cue_model.json"


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
    return feats


Weights = tuple[dict[str, int], np.ndarray, float]
"""Feature index, weights and decision threshold of one logistic model."""


def _weights(data: dict) -> Weights:
    """One model's feature index, weights and threshold from its JSON dict."""
    index = {name: i for i, name in enumerate(data["features"])}
    return index, np.asarray(data["weights"], dtype=float), float(data["threshold"])


@lru_cache(maxsize=1)
def _models() -> dict[bool, Weights]:
    """The two models of ``data/cue_model.json``, keyed by whether they read the token model's probability: the
    top-level one for docs the token model annotated, ``rules`` (no such feature) for any other pipeline."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return {True: _weights(data), False: _weights(data["rules"])}


def _model(found) -> Weights:
    """The model that applies to a candidate: with the token probability when its doc carries one."""
    return _models()[vectors.probability(found.cue) is not None]


def probability(found) -> float:
    """Probability that a candidate is a real attribution cue."""
    index, weights, _ = _model(found)
    score = sum(weights[index[name]] * value for name, value in features(found).items() if name in index)
    return 1.0 / (1.0 + math.exp(-score))


def keep(found) -> bool:
    """Whether the candidate clears the model's threshold."""
    return probability(found) >= _model(found)[2]
