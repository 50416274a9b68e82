"""Numeric features of text lines for the line classifier: shape of each line and of its neighbours.

Per line: length, punctuation, capitalisation, stopword ratio, digits, credit and byline
shapes; per page: relative position, distance to the prose core, repeats; and the same
shape features of the two lines before and after.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from newsgraph.extract.credits import is_credit_line, split_credit

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
PROSE_WORDS = 15

BASE_NAMES = (
    "log_words", "log_chars", "terminal", "colon_end", "title_case", "all_caps", "stopwords", "digits",
    "punct", "commas", "bullet", "separator", "credit_line", "credit_tail", "sentences", "quotes",
    "lower_start", "word_len", "long", "short", "dateish", "byline", "dateline", "webby",
)
CONTEXT_NAMES = ("position", "before_core", "after_core", "core_distance", "prose_near", "prose_far", "repeats")
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


def base_features(text: str) -> list[float]:
    """Shape of one line on its own (see ``BASE_NAMES``)."""
    words = _WORD.findall(text)
    n, chars = len(words), max(len(text), 1)
    lowered = [w.lower() for w in words]
    stop = max((sum(w in s for w in lowered) for s in stoplists()), default=0) / n if n else 0.0
    alpha = [w for w in words if w[0].isalpha()]
    return [
        math.log1p(n),
        math.log1p(len(text)),
        float(bool(_TERMINAL.search(text))),
        float(text.rstrip().endswith(":")),
        sum(w[0].isupper() for w in alpha) / len(alpha) if alpha else 0.0,
        sum(w.isupper() and len(w) > 1 for w in alpha) / len(alpha) if alpha else 0.0,
        stop,
        sum(c.isdigit() for c in text) / chars,
        sum(not c.isalnum() and not c.isspace() for c in text) / chars,
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
    ]


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
    kernel = np.concatenate([[0.0], np.cumsum(prose)])
    near = (kernel[np.minimum(index + 4, count)] - kernel[np.maximum(index - 3, 0)]) / 7
    far = (kernel[np.minimum(index + 11, count)] - kernel[np.maximum(index - 10, 0)]) / 21
    repeats = Counter(lines)
    return np.column_stack(
        [
            index / max(count - 1, 1),
            index < first,
            index > last,
            np.log1p(distance),
            near,
            far,
            [math.log(repeats[line]) for line in lines],
        ]
    ).astype(float)


def page_features(lines: list[str]) -> np.ndarray:
    """Feature matrix (lines x ``FEATURE_NAMES``) for the non-empty lines of one page."""
    if not lines:
        return np.zeros((0, len(FEATURE_NAMES)))
    base = np.array([base_features(line) for line in lines], dtype=float)
    columns = [base, _context(lines, base)]
    padded = np.vstack([np.zeros((2, base.shape[1])), base, np.zeros((2, base.shape[1]))])
    edge = np.concatenate([np.ones(2), np.zeros(len(lines)), np.ones(2)])
    for offset in NEIGHBOUR_OFFSETS:
        rows = slice(2 + offset, 2 + offset + len(lines))
        columns.append(np.column_stack([padded[rows], edge[rows]]))
    return np.hstack(columns)
