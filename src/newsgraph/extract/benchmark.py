"""The scrapinghub Article Extraction Benchmark: its pages, its gold bodies and its metric.

The metric reimplements the benchmark's own ``evaluate.py`` (4-token shingles, per-page
TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 of the means),
so that figures printed here equal the ones its script prints for the same predictions.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_GOLD = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "extraction" / "scrapinghub"
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Page:
    """One benchmark page: its id, raw HTML bytes, gold article body and URL."""

    id: str
    html: bytes
    body: str
    url: str | None


def load_pages(gold: Path = DEFAULT_GOLD, limit: int | None = None) -> list[Page]:
    """Read ``ground-truth.json`` and ``html/*.html.gz`` (or uncompressed ``html/*.html``) of the benchmark directory."""
    truth = json.loads((gold / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        packed = gold / "html" / f"{key}.html.gz"
        raw = gzip.decompress(packed.read_bytes()) if packed.is_file() else (gold / "html" / f"{key}.html").read_bytes()
        pages.append(Page(key, raw, truth[key].get("articleBody", ""), truth[key].get("url")))
    return pages


def decode_html(raw: bytes) -> str:
    """Bytes to text as ingest does: declared or detected charset, errors replaced."""
    from trafilatura.utils import decode_file

    decoded = decode_file(raw)
    return decoded if isinstance(decoded, str) else decoded.decode("utf-8", errors="replace")


def tokenize(text: str) -> list[str]:
    """The benchmark's tokens: runs of word characters."""
    return _TOKEN.findall(text or "")


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = tokenize(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_scores(true: str, pred: str) -> tuple[float, float, float]:
    """Per-page TP, FP, FN over 4-token shingles, normalised to sum to one."""
    gold, guess = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in gold.keys() | guess.keys():
        t, p = gold.get(key, 0), guess.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(truth: Mapping[str, str], prediction: Mapping[str, str]) -> dict[str, float]:
    """Precision, recall and F1 of predicted bodies against gold bodies, the benchmark's way."""
    triples = [shingle_scores(truth[key], prediction.get(key, "")) for key in truth]
    precision = statistics.mean(_precision(*t) for t in triples if t[0] + t[1] > 0)
    recall = statistics.mean(_recall(*t) for t in triples if t[0] + t[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(triples)}


def folds(pages: list, k: int, shuffle: int | None = None) -> Iterator[tuple[list, list]]:
    """k train/held-out splits of a page list (page i goes to fold i mod k; pages come sorted by id); with a
    ``shuffle`` seed the pages are put in a random order first, for another split of the same pages."""
    if shuffle is not None:
        pages = random.Random(shuffle).sample(pages, len(pages))
    for fold in range(k):
        yield (
            [p for i, p in enumerate(pages) if i % k != fold],
            [p for i, p in enumerate(pages) if i % k == fold],
        )
