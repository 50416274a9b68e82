"""Fitting the line classifier: scikit-learn's histogram gradient boosting, exported to a numpy ``LineModel``.

scikit-learn is needed only here (the ``train`` extra). Lines are weighted by length so
that long body lines, which carry most of the benchmark's shingles, count more, and each
page's lines are scaled to the same total, since the benchmark averages over pages. The second
stage is stacked on held-out first-stage probabilities (inner folds by page); a body-vs-rest
booster is fitted beside the six-label trees, its P(body) blended in at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from newsgraph import boost
from newsgraph.boost import Forest
from newsgraph.extract.features import probability_context
from newsgraph.extract.linemodel import LineModel


@dataclass(frozen=True)
class FitOptions:
    """Hyper-parameters of one training run (fixed seed: the same data gives the same model).

    ``smooth_folds``: the second stage learns from first-stage probabilities predicted for
    pages held out of ``smooth_folds`` inner folds, as they will be on unseen pages (0: one stage only).
    ``page_balanced``: every page weighs the same in total (``line_weights``).
    ``body_rounds``: rounds of a separate body-vs-rest booster (same features and weights) whose P(body) is
    blended into the six-label model's with weight ``body_weight`` (0 rounds: none).
    ``l2``: the trees' L2 penalty on leaf values (scikit-learn's default is none). On 181 pages it makes the
    headline's P(title) steadier from one training set to another.
    """

    rounds: int = 60
    leaves: int = 31
    learning_rate: float = 0.1
    seed: int = 13
    smooth_folds: int = 0
    page_balanced: bool = True
    body_rounds: int = 100
    body_weight: float = 0.7
    l2: float = 3.0


def line_weights(words: np.ndarray, pages: np.ndarray, balanced: bool) -> np.ndarray:
    """Training weight of each line: 1 + log(1 + words); with ``balanced``, scaled so that every
    page weighs the same in total, as every page counts the same in the benchmark's averages."""
    weights = 1.0 + np.log1p(words)
    if balanced and len(weights):
        _, page_of = np.unique(pages, return_inverse=True)
        totals = np.bincount(page_of, weights=weights)
        weights = weights / totals[page_of] * totals.mean()
    return weights


def fit_forest(features: np.ndarray, labels: np.ndarray, weights: np.ndarray, n_labels: int,
               options: FitOptions) -> tuple[Forest, float]:
    """Train one stage on (lines x features) with integer ``labels`` and this run's hyper-parameters
    (``boost.fit_forest``)."""
    return boost.fit_forest(features, labels, weights, n_labels, options.rounds, options.leaves,
                            options.learning_rate, options.seed, options.l2)


def fit(features: np.ndarray, labels: np.ndarray, words: np.ndarray, pages: np.ndarray,
        names: tuple[str, ...], options: FitOptions) -> LineModel:
    """Both stages and the body booster on the lines of several pages (``pages``: each row's page number, rows in
    page order)."""
    weights = line_weights(words, pages, options.page_balanced)
    first, gap = fit_forest(features, labels, weights, len(names), options)
    model = LineModel(names, first)
    if options.smooth_folds:
        held = np.zeros((len(labels), len(names)))
        for fold in range(options.smooth_folds):
            test = pages % options.smooth_folds == fold
            inner, _ = fit_forest(features[~test], labels[~test], weights[~test], len(names), options)
            held[test] = inner.probabilities(features[test])
        context = np.vstack([probability_context(held[pages == page], features[pages == page])
                             for page in np.unique(pages)])
        model.second, second_gap = fit_forest(np.hstack([features, context]), labels, weights, len(names), options)
        gap = max(gap, second_gap)
    if options.body_rounds:
        is_body = (labels == names.index("body")).astype(int)
        model.body, body_gap = fit_forest(features, is_body, weights, 2, replace(options, rounds=options.body_rounds))
        model.body_weight = options.body_weight
        gap = max(gap, body_gap)
    model.metadata["numpy_vs_sklearn_max_abs_diff"] = gap
    return model
