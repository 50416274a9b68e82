"""Training data for the line classifier: benchmark pages flattened to text, lines labelled, features computed."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsgraph.extract.benchmark import Page, decode_html, tokenize
from newsgraph.extract.features import page_features
from newsgraph.extract.flatten import flatten_lines
from newsgraph.extract.labels import LABELS, label_lines


@dataclass
class PageLines:
    """One flattened page: its text, labels and feature matrix."""

    page: Page
    text: str
    lines: list[str]
    labels: list[str]
    features: np.ndarray


def page_lines(page: Page) -> PageLines:
    """Flatten and label one page; lines are stripped and non-empty as ``text_lines`` sees them."""
    lines = flatten_lines(decode_html(page.html))
    labels = label_lines(lines, page.body, decode_html(page.html))
    texts = [line.text for line in lines]
    return PageLines(page, "\n".join(texts), texts, labels, page_features(texts))


def stack(pages: list[PageLines]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, integer labels and word counts of all lines of ``pages``."""
    features = np.vstack([p.features for p in pages if len(p.lines)])
    labels = np.array([LABELS.index(label) for p in pages for label in p.labels])
    words = np.array([len(tokenize(line)) for p in pages for line in p.lines], dtype=float)
    return features, labels, words
