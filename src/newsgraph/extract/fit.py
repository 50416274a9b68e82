"""Fitting the line classifier: scikit-learn's histogram gradient boosting, exported to a numpy ``LineModel``.

scikit-learn is needed only here (the ``train`` extra). Lines are weighted by length so
that long body lines, which carry most of the benchmark's shingles, count more.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsgraph.extract.linemodel import LineModel, Tree


@dataclass(frozen=True)
class FitOptions:
    """Hyper-parameters of one training run (fixed seed: the same data gives the same model)."""

    rounds: int = 60
    leaves: int = 15
    learning_rate: float = 0.1
    seed: int = 13


def _export(predictor: object) -> Tree:
    nodes = predictor.nodes
    return Tree(nodes["feature_idx"].astype(int), nodes["num_threshold"].astype(float), nodes["left"].astype(int),
                nodes["right"].astype(int), nodes["is_leaf"].astype(bool), nodes["value"].astype(float))


def fit(features: np.ndarray, labels: np.ndarray, words: np.ndarray, names: tuple[str, ...], options: FitOptions) -> LineModel:
    """Train on (lines x features) with integer ``labels`` indexing ``names``; every class must occur."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    classifier = HistGradientBoostingClassifier(
        max_iter=options.rounds, max_leaf_nodes=options.leaves, learning_rate=options.learning_rate,
        early_stopping=False, random_state=options.seed,
    )
    classifier.fit(features, labels, sample_weight=1.0 + np.log1p(words))
    if list(classifier.classes_) != list(range(len(names))):
        raise ValueError("every label needs training lines")
    trees = [[_export(p) for p in round_predictors] for round_predictors in classifier._predictors]
    model = LineModel(names, np.asarray(classifier._baseline_prediction, dtype=float).ravel(), trees)
    gap = np.abs(model.probabilities(features[:500]) - classifier.predict_proba(features[:500])).max()
    model.metadata["numpy_vs_sklearn_max_abs_diff"] = float(gap)
    return model
