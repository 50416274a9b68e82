"""A learned boilerplate lexicon: how much more often a word occurs in chrome lines than in body lines.

Counted per page (a word counts once per page and label), kept only for words seen on
several pages, so it reflects wording shared across sites ("advertisement", "subscribe",
"loading") rather than one site's menu. Stored in the model file with the trees.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
MIN_PAGES = 3


def words(text: str) -> set[str]:
    """Lower-cased alphabetic words of a line (two letters or more)."""
    return {w.lower() for w in _WORD.findall(text)}


def build_lexicon(pages: Iterable[tuple[list[str], list[str]]]) -> dict[str, float]:
    """Smoothed log-odds chrome-vs-body of each word found on at least ``MIN_PAGES`` pages."""
    chrome: Counter = Counter()
    body: Counter = Counter()
    n_pages = 0
    for lines, labels in pages:
        n_pages += 1
        chrome.update(set().union(*(words(l) for l, lab in zip(lines, labels) if lab == "chrome")))
        body.update(set().union(*(words(l) for l, lab in zip(lines, labels) if lab == "body")))
    lexicon = {}
    for word in chrome.keys() | body.keys():
        if chrome[word] + body[word] >= MIN_PAGES:
            lexicon[word] = round(math.log((chrome[word] + 1) / (body[word] + 1)), 4)
    return dict(sorted(lexicon.items()))


def line_scores(text: str, lexicon: dict[str, float]) -> tuple[float, float, float]:
    """Mean, max and min log-odds of the line's known words (zeros when none is known). The sum is
    exactly rounded (``fsum``): a plain sum would depend on the set's order, which changes with
    the process's hash seed, and trees split at exact feature values."""
    known = [lexicon[w] for w in words(text) if w in lexicon]
    if not known:
        return 0.0, 0.0, 0.0
    return math.fsum(known) / len(known), max(known), min(known)
