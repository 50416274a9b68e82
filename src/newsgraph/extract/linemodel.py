"""The line classifier: gradient-boosted trees over line features, stored as JSON, run with numpy.

No pickle and no scikit-learn at run time: ``lines_model.json`` holds, for each of the two
stages and the body-vs-rest booster, per boosting round and class, each tree's node arrays (feature,
threshold, children, leaf value) and the baseline scores; then the word lexicon the features use and
the metadata of the training run that produced it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsgraph.extract.features import FEATURE_NAMES, SMOOTH_NAMES, probability_context
from newsgraph.extract.labels import LABELS

MODEL_PATH = Path(__file__).with_name("lines_model.json")


@dataclass
class Tree:
    """One regression tree: node i sends a line left when ``feature[i] <= threshold[i]``, unless it is a leaf
    (``Forest`` walks all its trees together)."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray

    def to_json(self) -> list[list]:
        """Node arrays as lists: feature, threshold, left, right, leaf flag, value. Thresholds are
        kept exact: trees split at feature values themselves, so a rounded one would send those lines the other way."""
        return [self.feature.tolist(), self.threshold.tolist(), self.left.tolist(),
                self.right.tolist(), self.leaf.astype(int).tolist(), np.round(self.value, 6).tolist()]

    @classmethod
    def from_json(cls, data: list[list]) -> Tree:
        """Rebuild from ``to_json`` output."""
        feature, threshold, left, right, leaf, value = data
        return cls(np.asarray(feature, dtype=int), np.asarray(threshold, dtype=float), np.asarray(left, dtype=int),
                   np.asarray(right, dtype=int), np.asarray(leaf, dtype=bool), np.asarray(value, dtype=float))


@dataclass
class Forest:
    """Softmax over ``baseline`` plus the summed tree outputs of each class; a forest with one output is a
    binary booster (sigmoid), returned as the two columns P(not), P(yes) as scikit-learn does."""

    baseline: np.ndarray
    trees: list[list[Tree]]

    def __post_init__(self) -> None:
        """Pack every tree's nodes into one set of arrays so all trees are walked at once."""
        flat = [(k, tree) for round_trees in self.trees for k, tree in enumerate(round_trees)]
        sizes = [len(tree.feature) for _, tree in flat]
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int) if flat else np.zeros(0, dtype=int)

        def join(name: str) -> np.ndarray:
            return np.concatenate([getattr(t, name) for _, t in flat]) if flat else np.zeros(0, dtype=int)

        shift = np.repeat(offsets, sizes)
        self._roots = offsets
        self._feature, self._threshold, self._leaf, self._value = (join("feature"), join("threshold"),
                                                                   join("leaf").astype(bool), join("value"))
        self._left, self._right = join("left") + shift, join("right") + shift
        self._classes = np.eye(len(self.baseline))[[k for k, _ in flat]] if flat else np.zeros((0, len(self.baseline)))

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per line (every tree walked level by level together; each level
        moves only the (line, tree) pairs not yet at a leaf, so shallow trees stop costing once they end)."""
        node = np.tile(self._roots, (features.shape[0], 1)).ravel()
        flat = features.ravel()
        width = features.shape[1]
        pending = np.flatnonzero(~self._leaf[node])
        base = pending // len(self._roots) * width
        while pending.size:
            at = node[pending]
            go_left = flat[base + self._feature[at]] <= self._threshold[at]
            at = np.where(go_left, self._left[at], self._right[at])
            node[pending] = at
            inner = ~self._leaf[at]
            pending, base = pending[inner], base[inner]
        node = node.reshape(features.shape[0], len(self._roots))
        raw = self.baseline + self._value[node] @ self._classes
        if raw.shape[1] == 1:
            yes = 1.0 / (1.0 + np.exp(-raw))
            return np.hstack([1.0 - yes, yes])
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        return exp / exp.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        """Baseline and trees as JSON-ready lists."""
        return {"baseline": np.round(self.baseline, 6).tolist(),
                "trees": [[tree.to_json() for tree in round_trees] for round_trees in self.trees]}

    @classmethod
    def from_json(cls, data: dict) -> Forest:
        """Rebuild from ``to_json`` output."""
        trees = [[Tree.from_json(t) for t in round_trees] for round_trees in data["trees"]]
        return cls(np.asarray(data["baseline"], dtype=float), trees)


def blend_body(probs: np.ndarray, body: np.ndarray, weight: float, column: int = 0) -> np.ndarray:
    """Six-label probabilities with P(body) (``column``) moved to (1 - weight) x P(body) + weight x ``body`` (a
    binary body model's), the other labels rescaled so that every row still sums to one."""
    blended = (1.0 - weight) * probs[:, column] + weight * body
    scaled = probs * ((1.0 - blended) / np.maximum(1.0 - probs[:, column], 1e-12))[:, None]
    scaled[:, column] = blended
    return scaled


@dataclass
class LineModel:
    """Two stages: ``first`` labels each line from its features; ``second`` (when present)
    relabels it from the same features plus the first stage's probabilities of the line and
    its neighbours (``features.probability_context``), which smooths labels along the page.
    ``body`` (when present) is a body-vs-rest booster on the same features; its P(body) is blended
    in with ``body_weight`` (``blend_body``): trees fitted to the one decision the body rule uses
    generalise better to unseen pages than the six-label trees' body column alone."""

    labels: tuple[str, ...]
    first: Forest
    second: Forest | None = None
    lexicon: dict[str, float] = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)
    body: Forest | None = None
    body_weight: float = 0.0

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per line of one page (in page order)."""
        if features.shape[0] == 0:
            return np.zeros((0, len(self.labels)))
        probs = self.first.probabilities(features)
        if self.second is not None:
            probs = self.second.probabilities(np.hstack([features, probability_context(probs, features)]))
        if self.body is not None:
            probs = blend_body(probs, self.body.probabilities(features)[:, 1], self.body_weight,
                               self.labels.index("body"))
        return probs

    def predict(self, features: np.ndarray) -> list[str]:
        """The most probable label of each line."""
        return [self.labels[i] for i in self.probabilities(features).argmax(axis=1)]

    def to_json(self) -> dict:
        """A JSON-ready dict: metadata first, then names, lexicon, the two stages and the body booster."""
        return {"metadata": self.metadata, "labels": list(self.labels), "features": list(FEATURE_NAMES),
                "second_features": list(SMOOTH_NAMES), "lexicon": self.lexicon, "first": self.first.to_json(),
                "second": self.second.to_json() if self.second else None,
                "body": self.body.to_json() if self.body else None, "body_weight": self.body_weight}

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        """Rebuild a model written by ``to_json``; refuses one made for other features or labels."""
        if (tuple(data["features"]) != FEATURE_NAMES or tuple(data["labels"]) != LABELS
                or tuple(data.get("second_features", ())) != SMOOTH_NAMES):
            raise ValueError("line model was trained on different features or labels; run `newsgraph train lines`")
        second = Forest.from_json(data["second"]) if data.get("second") else None
        body = Forest.from_json(data["body"]) if data.get("body") else None
        return cls(tuple(data["labels"]), Forest.from_json(data["first"]), second, data["lexicon"],
                   data.get("metadata", {}), body, data.get("body_weight", 0.0))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LineModel:
    """The shipped line model (read once)."""
    return LineModel.from_json(json.loads(path.read_text(encoding="utf-8")))
