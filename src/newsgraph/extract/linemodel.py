"""The line classifier: gradient-boosted trees (``newsgraph.boost``) over line features, stored as JSON, run with numpy.

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

from newsgraph.boost import Forest
from newsgraph.extract.features import FEATURE_NAMES, SMOOTH_NAMES, probability_context
from newsgraph.extract.labels import LABELS

MODEL_PATH = Path(__file__).with_name("lines_model.json")


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
