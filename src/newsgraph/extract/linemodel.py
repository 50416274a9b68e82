"""The line classifier: gradient-boosted trees over line features, stored as JSON, run with numpy.

No pickle and no scikit-learn at run time: ``lines_model.json`` holds, per boosting round
and class, each tree's node arrays (feature, threshold, children, leaf value), the
baseline scores, the word lexicon the features use and the metadata of the training run that produced it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsgraph.extract.features import FEATURE_NAMES
from newsgraph.extract.labels import LABELS

MODEL_PATH = Path(__file__).with_name("lines_model.json")


@dataclass
class Tree:
    """One regression tree: node i splits on ``feature[i] <= threshold[i]`` unless it is a leaf."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Leaf value reached by each row."""
        node = np.zeros(features.shape[0], dtype=int)
        rows = np.arange(features.shape[0])
        active = ~self.leaf[node]
        while active.any():
            current = node[active]
            go_left = features[rows[active], self.feature[current]] <= self.threshold[current]
            node[active] = np.where(go_left, self.left[current], self.right[current])
            active = ~self.leaf[node]
        return self.value[node]

    def to_json(self) -> list[list]:
        """Node arrays as lists: feature, threshold, left, right, leaf flag, value."""
        return [self.feature.tolist(), np.round(self.threshold, 6).tolist(), self.left.tolist(),
                self.right.tolist(), self.leaf.astype(int).tolist(), np.round(self.value, 6).tolist()]

    @classmethod
    def from_json(cls, data: list[list]) -> Tree:
        """Rebuild from ``to_json`` output."""
        feature, threshold, left, right, leaf, value = data
        return cls(np.asarray(feature, dtype=int), np.asarray(threshold, dtype=float), np.asarray(left, dtype=int),
                   np.asarray(right, dtype=int), np.asarray(leaf, dtype=bool), np.asarray(value, dtype=float))


@dataclass
class LineModel:
    """Softmax over ``baseline`` plus the summed tree outputs of each class."""

    labels: tuple[str, ...]
    baseline: np.ndarray
    trees: list[list[Tree]]
    lexicon: dict[str, float] = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per line."""
        if features.shape[0] == 0:
            return np.zeros((0, len(self.labels)))
        raw = np.tile(self.baseline, (features.shape[0], 1))
        for round_trees in self.trees:
            for k, tree in enumerate(round_trees):
                raw[:, k] += tree.predict(features)
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, features: np.ndarray) -> list[str]:
        """The most probable label of each line."""
        return [self.labels[i] for i in self.probabilities(features).argmax(axis=1)]

    def to_json(self) -> dict:
        """A JSON-ready dict: metadata first, then baseline, lexicon and trees."""
        return {"metadata": self.metadata, "labels": list(self.labels), "features": list(FEATURE_NAMES),
                "baseline": np.round(self.baseline, 6).tolist(), "lexicon": self.lexicon,
                "trees": [[tree.to_json() for tree in round_trees] for round_trees in self.trees]}

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        """Rebuild a model written by ``to_json``; refuses one made for other features or labels."""
        if tuple(data["features"]) != FEATURE_NAMES or tuple(data["labels"]) != LABELS:
            raise ValueError("line model was trained on different features or labels; run `newsgraph train lines`")
        trees = [[Tree.from_json(t) for t in round_trees] for round_trees in data["trees"]]
        baseline = np.asarray(data["baseline"], dtype=float)
        return cls(tuple(data["labels"]), baseline, trees, data["lexicon"], data.get("metadata", {}))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LineModel:
    """The shipped line model (read once)."""
    return LineModel.from_json(json.loads(path.read_text(encoding="utf-8")))
