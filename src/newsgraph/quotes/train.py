"""Train the cue classifier (``data/cue_model.json``) on PolNeAR train; needs the ``train`` extra (sklearn).

``python -m newsgraph.quotes.train /work/shared/data/attribution/polnear/train``
labels each candidate cue positive when it covers half of a gold cue's tokens.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsgraph.quotes import attribution, classifier, cues

THRESHOLD = 0.25
"""Decision threshold written with the weights (tuned on train articles 0-149 held out from a fit on the rest; rechecked on 0-199 held out, 2026-11-26)."""


def examples(train: Path, docs: Iterable | None = None) -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels of every candidate cue in a PolNeAR train directory (the pipeline's parse)."""
    from newsgraph.quotes.mine import parsed

    return rows_of(*parsed(train, docs))


def rows_of(articles: Sequence, docs: Iterable) -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels of every candidate cue of parsed gold articles (first annotator's cues)."""
    from newsgraph.eval.quotes import matches

    rows, labels = [], []
    for article, doc in zip(articles, docs, strict=True):
        gold = [g.cue for g in next(iter(article.annotations.values())) if g.cue]
        for found in attribution.candidates(doc):
            span = cues.cue_span(found.cue)
            rows.append(classifier.features(found))
            labels.append(int(any(matches(article.text, span, g, exact=False) for g in gold)))
    return rows, labels


def fit(rows: list[dict[str, float]], labels: list[int]) -> dict:
    """A logistic regression over the sparse features, as a JSON-ready dict."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=0.5, max_iter=2000, fit_intercept=False).fit(matrix, labels)
    return {
        "trained": f"PolNeAR train, {len(labels)} candidates, {sum(labels)} positive, {datetime.date.today()}",
        "command": "python -m newsgraph.quotes.train TRAIN_DIR",
        "threshold": THRESHOLD,
        "features": list(vectorizer.feature_names_),
        "weights": [round(float(w), 5) for w in model.coef_[0]],
    }


def main(argv: list[str] | None = None) -> int:
    """Train and write ``data/cue_model.json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    args = parser.parse_args(argv)
    model = fit(*examples(args.train))
    classifier.MODEL.write_text(json.dumps(model) + "\n", encoding="utf-8")
    print(model["trained"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
