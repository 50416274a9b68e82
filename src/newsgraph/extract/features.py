"""Numeric features of text lines for the line classifier: shape of each line and of its neighbours.

Per line: length, punctuation, capitalisation, stopword ratio, digits, credit and byline
shapes, and the learned chrome-vs-body odds of its words (``lexicon``); per page: relative position, distance to the prose core, repeats; and the same
shape features of the two lines before and after.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from newsgraph.extract.credits import is_credit_line, split_credit
from newsgraph.extract.labels import LABELS
from newsgraph.extract.lexicon import line_scores

STOPLIST_LANGUAGES = ("English", "Portuguese", "Spanish", "German", "French", "Italian", "Dutch", "Russian")
_WORD = re.compile(r"\w+", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…\"”»’')]\s*$")
_BULLET = re.compile(r"^\s*(?:[-–—•·*►▶»>]|\d{1,2}[.)])\s")
_SEPARATOR = re.compile(r"[|•·»«›]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]")
_DATEISH = re.compile(r"\b(?:\d{1,2}:\d{2}|\d{4}|ago|am|pm|GMT|UTC|ET|EST)\b", re.I)
_BYLINE = re.compile(r"^(?:by|por|von|par|di|door)\s+\w", re.I)
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{2,40}(?:\([\w .]+\))?\s*[–—-]{1,2}\s")
_WEBBY = re.compile(r"https?://|www\.|@\w|\.com\b")
_QUOTE = re.compile(r"[\"“”«»]")
_PUNCT = re.compile(r"[^\w\s]|_")
_GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
PROSE_WORDS = 15

BASE_NAMES = (
    "log_words", "log_chars", "terminal", "colon_end", "title_case", "all_caps", "stopwords", "digits",
    "punct", "commas", "bullet", "separator", "credit_line", "credit_tail", "sentences", "quotes",
    "lower_start", "word_len", "long", "short", "dateish", "byline", "dateline", "webby", "glued",
    "chrome_words_mean", "chrome_words_max", "chrome_words_min",
)
BLOCK_COSTS = (4, 10, 20)
CONTEXT_NAMES = (
    ("position", "before_core", "after_core", "core_distance", "prose_near", "prose_far", "repeats", "density_near", "density_far")
    + tuple(f"block{c}" for c in BLOCK_COSTS)
    + tuple(f"block{c}_distance" for c in BLOCK_COSTS)
)
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
FEATURE_NAMES: tuple[str, ...] = (
    BASE_NAMES
    + CONTEXT_NAMES
    + tuple(f"{name}@{o:+d}" for o in NEIGHBOUR_OFFSETS for name in BASE_NAMES + ("missing",))
)


@lru_cache(maxsize=1)
def stoplists() -> tuple[frozenset[str], ...]:
    """jusText's stopword lists for the languages most news pages here are in."""
    import justext

    return tuple(frozenset(justext.get_stoplist(lang)) for lang in STOPLIST_LANGUAGES)


def base_features(text: str, lexicon: dict[str, float]) -> list[float]:
    """Shape and wording of one line on its own (see ``BASE_NAMES``)."""
    words = _WORD.findall(text)
    n, chars = len(words), max(len(text), 1)
    lowered = [w.lower() for w in words]
    stop = max((sum(map(s.__contains__, lowered)) for s in stoplists()), default=0) / n if n else 0.0
    alpha = [w for w in words if w[0].isalpha()]
    return [
        math.log1p(n),
        math.log1p(len(text)),
        float(bool(_TERMINAL.search(text))),
        float(text.rstrip().endswith(":")),
        sum(w[0].isupper() for w in alpha) / len(alpha) if alpha else 0.0,
        sum(w.isupper() and len(w) > 1 for w in alpha) / len(alpha) if alpha else 0.0,
        stop,
        sum(map(str.isdigit, text)) / chars,
        len(_PUNCT.findall(text)) / chars,
        text.count(",") / (n + 1),
        float(bool(_BULLET.match(text))),
        float(bool(_SEPARATOR.search(text))),
        float(is_credit_line(text)),
        float(split_credit(text)[1] is not None),
        min(len(_SENTENCE_BREAK.findall(text)), 5) / 5,
        float(bool(_QUOTE.search(text))),
        float(text[:1].islower()),
        min(sum(len(w) for w in words) / n, 15) / 15 if n else 0.0,
        float(n >= 10),
        float(n <= 3),
        float(bool(_DATEISH.search(text))),
        float(bool(_BYLINE.match(text)) and n <= 8),
        float(bool(_DATELINE.match(text))),
        float(bool(_WEBBY.search(text))),
        min(len(_GLUED.findall(text)), 3) / 3,
        *line_scores(text, lexicon),
    ]


def densest_block(words: np.ndarray, cost: float) -> tuple[int, int]:
    """The run of lines maximising the sum of (words - cost), as in Body Text Extraction; [start, end]."""
    best, best_span, running, start = 0.0, (0, -1), 0.0, 0
    for i, gain in enumerate(words - cost):
        if running <= 0:
            running, start = 0.0, i
        running += gain
        if running > best:
            best, best_span = running, (start, i)
    return best_span


def _block_features(words: np.ndarray) -> list[np.ndarray]:
    """For each cost: inside the densest block, and log distance (in lines) to it."""
    index = np.arange(len(words))
    inside, distance = [], []
    for cost in BLOCK_COSTS:
        start, end = densest_block(words, cost)
        inside.append(((index >= start) & (index <= end)).astype(float))
        distance.append(np.log1p(np.maximum(start - index, 0) + np.maximum(index - end, 0)))
    return inside + distance


def _window_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean of ``values`` over a window of ``radius`` lines either side (zero-padded)."""
    sums = np.concatenate([[0.0], np.cumsum(values)])
    index = np.arange(len(values))
    return (sums[np.minimum(index + radius + 1, len(values))] - sums[np.maximum(index - radius, 0)]) / (2 * radius + 1)


def _context(lines: list[str], base: np.ndarray) -> np.ndarray:
    """Page-level features: where each line sits relative to the run of prose lines."""
    count = len(lines)
    prose = (base[:, 0] >= math.log1p(PROSE_WORDS)) & (base[:, 2] > 0)
    hits = np.flatnonzero(prose)
    index = np.arange(count)
    if hits.size:
        first, last = hits[0], hits[-1]
        distance = np.abs(index[:, None] - hits[None, :]).min(axis=1)
    else:
        first, last, distance = count, -1, np.full(count, count)
    repeats = Counter(lines)
    words = np.expm1(base[:, 0])
    log_words = base[:, 0] / max(base[:, 0].max(), 1.0)
    return np.column_stack(
        [
            index / max(count - 1, 1),
            index < first,
            index > last,
            np.log1p(distance),
            _window_mean(prose.astype(float), 3),
            _window_mean(prose.astype(float), 10),
            [math.log(repeats[line]) for line in lines],
            _window_mean(log_words, 2),
            _window_mean(log_words, 8),
            *_block_features(words),
        ]
    ).astype(float)


SMOOTH_OFFSETS = (-3, -2, -1, 1, 2, 3)
SMOOTH_RADII = (2, 5, 12)
SMOOTH_FLOORS = (0.3, 0.6)
SMOOTH_NAMES: tuple[str, ...] = (
    tuple(f"p_{label}" for label in LABELS)
    + tuple(f"p_body@{o:+d}" for o in SMOOTH_OFFSETS)
    + tuple(f"p_body_mean{r}" for r in SMOOTH_RADII)
    + ("p_body_max_before", "p_body_max_after", "body_words_before", "body_words_after")
    + tuple(f"p_block{f}{part}" for f in SMOOTH_FLOORS for part in ("", "_distance"))
)


def probability_context(probs: np.ndarray, features: np.ndarray) -> np.ndarray:
    """Second-stage features (``SMOOTH_NAMES``): the first stage's label probabilities of each
    line and its neighbours, windowed means, the share of likely body words before and after
    it, and where it sits relative to the densest run of likely body lines."""
    count = probs.shape[0]
    body = probs[:, 0]
    words = np.expm1(features[:, 0])
    padded = np.concatenate([np.zeros(3), body, np.zeros(3)])
    shifted = [padded[3 + o : 3 + o + count] for o in SMOOTH_OFFSETS]
    near = np.column_stack(shifted)
    mass = np.cumsum(body * words)
    total = max(mass[-1], 1.0) if count else 1.0
    index = np.arange(count)
    blocks = []
    for floor in SMOOTH_FLOORS:
        start, end = densest_block((body - floor) * words, 0.0)
        blocks.append(((index >= start) & (index <= end)).astype(float))
        blocks.append(np.log1p(np.maximum(start - index, 0) + np.maximum(index - end, 0)))
    return np.column_stack(
        [
            probs,
            near,
            *(_window_mean(body, r) for r in SMOOTH_RADII),
            near[:, :3].max(axis=1),
            near[:, 3:].max(axis=1),
            (mass - body * words) / total,
            (total - mass) / total,
            *blocks,
        ]
    )


def page_features(lines: list[str], lexicon: dict[str, float]) -> np.ndarray:
    """Feature matrix (lines x ``FEATURE_NAMES``) for the non-empty lines of one page."""
    if not lines:
        return np.zeros((0, len(FEATURE_NAMES)))
    base = np.array([base_features(line, lexicon) for line in lines], dtype=float)
    columns = [base, _context(lines, base)]
    padded = np.vstack([np.zeros((2, base.shape[1])), base, np.zeros((2, base.shape[1]))])
    edge = np.concatenate([np.ones(2), np.zeros(len(lines)), np.ones(2)])
    for offset in NEIGHBOUR_OFFSETS:
        rows = slice(2 + offset, 2 + offset + len(lines))
        columns.append(np.column_stack([padded[rows], edge[rows]]))
    return np.hstack(columns)
