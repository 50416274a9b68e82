"""Training the line model is deterministic and its held-out predictions beat chance on real pages."""

from __future__ import annotations

import pytest

from newsgraph.extract.benchmark import load_pages
from newsgraph.extract.dataset import page_lines
from newsgraph.extract.fit import FitOptions
from newsgraph.extract.labels import LABELS

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def flat(shared):
    return [page_lines(p) for p in load_pages(shared / "data/extraction/scrapinghub", limit=12)]


def test_flattened_pages_are_labelled_with_every_label(flat):
    seen = {label for p in flat for label in p.labels}
    assert {"body", "title", "chrome"} <= seen <= set(LABELS)
    for page in flat:
        assert len(page.lines) == len(page.labels) == len(page.text.split("\n"))


def test_same_data_and_seed_give_the_same_model(flat):
    from newsgraph.extract.train import train

    usable = [p for p in flat if p.lines]
    if not set(LABELS) <= {label for p in usable for label in p.labels}:
        pytest.skip("the first pages lack a label")
    first, second = (train(usable, FitOptions(rounds=2, body_rounds=2)) for _ in range(2))
    assert first.to_json() == second.to_json()


def test_stored_model_predicts_what_the_trained_one_does(flat):
    """Trees split at feature values themselves: the JSON file must keep thresholds exact."""
    import json

    from newsgraph.extract.features import page_features
    from newsgraph.extract.linemodel import LineModel
    from newsgraph.extract.train import train

    usable = [p for p in flat if p.lines]
    if not set(LABELS) <= {label for p in usable for label in p.labels}:
        pytest.skip("the first pages lack a label")
    model = train(usable, FitOptions(rounds=3, smooth_folds=2, body_rounds=3))
    stored = LineModel.from_json(json.loads(json.dumps(model.to_json())))
    assert stored.second is not None and stored.body is not None and stored.body_weight == FitOptions().body_weight
    assert model.metadata["numpy_vs_sklearn_max_abs_diff"] < 1e-5  # the binary body booster's sigmoid included
    for page in usable:
        features = page_features(page.lines, model.lexicon)
        assert abs(stored.probabilities(features) - model.probabilities(features)).max() < 1e-6


def test_page_balanced_weights_give_every_page_the_same_total():
    """The benchmark averages precision and recall over pages, so a 20-line page weighs what a 300-line one does."""
    import numpy as np

    from newsgraph.extract.fit import line_weights

    words = np.array([12.0, 30.0, 2.0, 5.0, 40.0, 1.0])
    pages = np.array([0, 0, 0, 1, 2, 2])
    weights = line_weights(words, pages, balanced=True)
    totals = np.bincount(pages, weights=weights)
    assert np.allclose(totals, totals[0])
    assert weights[1] > weights[0] > weights[2]  # longer lines still count more within a page
    assert np.allclose(line_weights(words, pages, balanced=False), 1 + np.log1p(words))
