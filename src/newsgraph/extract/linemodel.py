"""The line classifier: a one-hidden-layer network over line features, stored as JSON, run with numpy.

No pickle and no scikit-learn at run time: ``lines_model.json`` holds the feature
standardisation, the weights and the metadata of the training run that produced it.
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
class LineModel:
    """Standardise, ReLU hidden layer, softmax over ``labels``."""

    labels: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    metadata: dict = field(default_factory=dict)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per line."""
        if features.shape[0] == 0:
            return np.zeros((0, len(self.labels)))
        hidden = np.maximum(0.0, ((features - self.mean) / self.scale) @ self.w1 + self.b1)
        logits = hidden @ self.w2 + self.b2
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, features: np.ndarray) -> list[str]:
        """The most probable label of each line."""
        return [self.labels[i] for i in self.probabilities(features).argmax(axis=1)]

    def to_json(self) -> dict:
        """A JSON-ready dict: metadata first, then the arrays as nested lists."""
        arrays = {name: np.round(getattr(self, name), 6).tolist() for name in ("mean", "scale", "w1", "b1", "w2", "b2")}
        return {"metadata": self.metadata, "labels": list(self.labels), "features": list(FEATURE_NAMES), **arrays}

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        """Rebuild a model written by ``to_json``; refuses one made for other features."""
        if tuple(data["features"]) != FEATURE_NAMES or tuple(data["labels"]) != LABELS:
            raise ValueError("line model was trained on different features or labels; run `newsgraph train lines`")
        arrays = {name: np.asarray(data[name], dtype=float) for name in ("mean", "scale", "w1", "b1", "w2", "b2")}
        return cls(labels=tuple(data["labels"]), metadata=data.get("metadata", {}), **arrays)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LineModel:
    """The shipped line model (read once)."""
    return LineModel.from_json(json.loads(path.read_text(encoding="utf-8")))
