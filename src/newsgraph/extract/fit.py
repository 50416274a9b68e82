"""Fitting the line classifier with numpy alone: deterministic full-batch Adam on weighted cross-entropy.

Lines are weighted by class (so rare titles and captions count) and by length (so that
long body lines, which carry most of the benchmark's shingles, count more).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsgraph.extract.linemodel import LineModel


@dataclass(frozen=True)
class FitOptions:
    """Hyper-parameters of one training run."""

    hidden: int = 48
    epochs: int = 400
    learning_rate: float = 0.01
    l2: float = 1e-4
    seed: int = 13


def sample_weights(labels: np.ndarray, words: np.ndarray, n_classes: int) -> np.ndarray:
    """Balanced class weights (square-rooted) times a log-length weight, normalised to mean one."""
    counts = np.bincount(labels, minlength=n_classes).astype(float)
    class_weight = np.sqrt(counts.sum() / np.maximum(counts, 1.0) / n_classes)
    weights = class_weight[labels] * (1.0 + np.log1p(words))
    return weights / weights.mean()


def fit(features: np.ndarray, labels: np.ndarray, words: np.ndarray, names: tuple[str, ...], options: FitOptions) -> LineModel:
    """Train a network on (lines x features) with integer ``labels`` indexing ``names``."""
    rng = np.random.default_rng(options.seed)
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale < 1e-9] = 1.0
    x = (features - mean) / scale
    n, k = x.shape[0], len(names)
    target = np.eye(k)[labels]
    weight = sample_weights(labels, words, k)[:, None]
    params = [
        rng.normal(0, np.sqrt(2.0 / x.shape[1]), (x.shape[1], options.hidden)),
        np.zeros(options.hidden),
        rng.normal(0, np.sqrt(1.0 / options.hidden), (options.hidden, k)),
        np.zeros(k),
    ]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    for step in range(1, options.epochs + 1):
        w1, b1, w2, b2 = params
        pre = x @ w1 + b1
        hidden = np.maximum(0.0, pre)
        logits = hidden @ w2 + b2
        logits -= logits.max(axis=1, keepdims=True)
        prob = np.exp(logits)
        prob /= prob.sum(axis=1, keepdims=True)
        delta = (prob - target) * weight / n
        back = (delta @ w2.T) * (pre > 0)
        grads = [x.T @ back + options.l2 * w1, back.sum(0), hidden.T @ delta + options.l2 * w2, delta.sum(0)]
        for i, grad in enumerate(grads):
            moments[i] = 0.9 * moments[i] + 0.1 * grad
            squares[i] = 0.999 * squares[i] + 0.001 * grad**2
            corrected = moments[i] / (1 - 0.9**step)
            params[i] -= options.learning_rate * corrected / (np.sqrt(squares[i] / (1 - 0.999**step)) + 1e-8)
    return LineModel(names, mean, scale, *params)
