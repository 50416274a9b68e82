"""Gradient-boosted trees stored as JSON and walked with numpy: fitted with scikit-learn's histogram gradient
boosting (the ``train`` extra), run without it.

Shared by the line classifier (``newsgraph.extract``) and the statement cue classifier (``newsgraph.quotes``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np


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


def _export(predictor: object) -> Tree:
    """One fitted scikit-learn tree predictor as a ``Tree``."""
    nodes = predictor.nodes
    return Tree(nodes["feature_idx"].astype(int), nodes["num_threshold"].astype(float), nodes["left"].astype(int),
                nodes["right"].astype(int), nodes["is_leaf"].astype(bool), nodes["value"].astype(float))


def fit_forest(features: np.ndarray, labels: np.ndarray, weights: np.ndarray, n_labels: int, rounds: int,
               leaves: int, learning_rate: float, seed: int, l2: float = 0.0) -> tuple[Forest, float]:
    """Boost trees on (rows x features) with integer ``labels`` (every class must occur; numeric features only,
    no missing values: the numpy walk knows neither categories nor NaN); ``l2`` penalises large leaf values
    (scikit-learn's default, 0, none). Returns the numpy forest and its largest probability difference from
    scikit-learn's."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    classifier = HistGradientBoostingClassifier(
        max_iter=rounds, max_leaf_nodes=leaves, learning_rate=learning_rate, early_stopping=False, random_state=seed,
        l2_regularization=l2,
    )
    classifier.fit(features, labels, sample_weight=weights)
    if list(classifier.classes_) != list(range(n_labels)):
        raise ValueError("every label needs training rows")
    trees = [[_export(p) for p in round_predictors] for round_predictors in classifier._predictors]
    forest = Forest(np.asarray(classifier._baseline_prediction, dtype=float).ravel(), trees)
    stored = Forest.from_json(json.loads(json.dumps(forest.to_json())))
    gap = np.abs(stored.probabilities(features[:2000]) - classifier.predict_proba(features[:2000])).max()
    return forest, float(gap)
