"""The shipped line model's body blend keeps label probabilities a distribution."""

from __future__ import annotations

import numpy as np

from newsgraph.extract.features import page_features
from newsgraph.extract.linemodel import blend_body, load_model
from newsgraph.extract.text import text_lines


def test_blend_moves_body_and_rescales_the_other_labels():
    probs = np.array([[0.6, 0.1, 0.1, 0.0, 0.0, 0.2], [0.1, 0.3, 0.0, 0.0, 0.0, 0.6]])
    blended = blend_body(probs, np.array([0.2, 0.9]), 0.7)
    assert np.allclose(blended[:, 0], [0.3 * 0.6 + 0.7 * 0.2, 0.3 * 0.1 + 0.7 * 0.9])
    assert np.allclose(blended.sum(axis=1), 1.0)
    assert np.allclose(blended[1, 5] / blended[1, 1], 2.0)  # title vs chrome odds unchanged


def test_shipped_model_blends_its_body_booster(shared):
    model = load_model()
    assert model.body is not None and 0 < model.body_weight <= 1
    lines = text_lines((shared / "examples/seed-article.txt").read_text(encoding="utf-8"))
    features = page_features(lines, model.lexicon)
    probs = model.probabilities(features)
    assert np.allclose(probs.sum(axis=1), 1.0)
    first = model.first.probabilities(features)
    assert np.allclose(probs, blend_body(first, model.body.probabilities(features)[:, 1], model.body_weight))
