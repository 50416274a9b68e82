"""Training data for the line classifier: benchmark pages flattened to text, lines labelled, features computed."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsgraph.extract.benchmark import Page, decode_html, folds, tokenize
from newsgraph.extract.features import page_features
from newsgraph.extract.flatten import flatten_lines
from newsgraph.extract.labels import LABELS, label_lines
from newsgraph.extract.lexicon import build_lexicon

INNER_FOLDS = 5


@dataclass
class PageLines:
    """One flattened page: its text, lines and line labels."""

    page: Page
    text: str
    lines: list[str]
    labels: list[str]


def page_lines(page: Page, style: str = "blocks") -> PageLines:
    """Flatten (``flatten.STYLES``) and label one page; lines are stripped and non-empty, one per flattened line
    (the text path reads the same, except where ``reflow.text_lines`` joins pieces of a line or removes Markdown)."""
    html = decode_html(page.html)
    lines = flatten_lines(html, style)
    texts = [" ".join(line.text.split()) for line in lines]
    text = "\n".join("\n" * line.blanks + line.text for line in lines)
    return PageLines(page, text, texts, label_lines(lines, page.body, html))


def lexicon_of(pages: list[PageLines]) -> dict[str, float]:
    """The boilerplate lexicon of a set of labelled pages."""
    return build_lexicon((p.lines, p.labels) for p in pages)


def training_matrix(pages: list[PageLines]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, integer labels, word counts and page numbers of all lines; each page's lexicon
    features come from a lexicon built without that page (inner folds), as they will at run time."""
    features: dict[str, np.ndarray] = {}
    for others, held in folds(pages, INNER_FOLDS):
        lexicon = lexicon_of(others)
        features.update({p.page.id: page_features(p.lines, lexicon) for p in held})
    matrix = np.vstack([features[p.page.id] for p in pages if p.lines])
    labels = np.array([LABELS.index(label) for p in pages for label in p.labels])
    words = np.array([len(tokenize(line)) for p in pages for line in p.lines], dtype=float)
    numbers = np.concatenate([np.full(len(p.lines), i) for i, p in enumerate(pages)] or [np.zeros(0, dtype=int)])
    return matrix, labels, words, numbers.astype(int)
