"""``newsgraph train lines``: retrain the scraped-text line classifier, reproducibly.

Flattens every benchmark page to text, labels its lines from the gold body and the page
markup, fits boosted trees with a fixed seed and writes ``lines_model.json`` with metadata.
Needs scikit-learn (the ``train`` extra); the written model runs with numpy alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
from collections import Counter
from pathlib import Path

from newsgraph.extract.benchmark import DEFAULT_GOLD

COMMAND = "newsgraph train lines"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``newsgraph train lines``."""
    from newsgraph.extract.fit import FitOptions

    defaults = FitOptions()
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="scrapinghub benchmark directory")
    parser.add_argument("--out", type=Path, default=None, help="model file (default: the shipped lines_model.json)")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--rounds", type=int, default=defaults.rounds, help="boosting rounds")
    parser.add_argument("--leaves", type=int, default=defaults.leaves, help="leaves per tree")
    parser.add_argument("--smooth-folds", type=int, default=defaults.smooth_folds,
                        help="inner folds for the second (smoothing) stage; 0: first stage only")
    parser.add_argument("--body-rounds", type=int, default=defaults.body_rounds,
                        help="rounds of the body-vs-rest booster blended into P(body); 0: none")
    parser.add_argument("--body-weight", type=float, default=defaults.body_weight,
                        help="weight of the body booster's P(body) in the blend")
    parser.add_argument("--l2", type=float, default=defaults.l2, help="L2 penalty on the trees' leaf values")
    parser.add_argument("--page-balanced", action=argparse.BooleanOptionalAction, default=defaults.page_balanced,
                        help="weigh every page the same in total (the benchmark averages over pages)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages (quick runs)")
    parser.add_argument("--json", action="store_true", help="print the training summary as JSON")


def train(pages: list, options: object) -> object:
    """Fit a line model on flattened, labelled pages (``dataset.PageLines``) and attach their lexicon."""
    from newsgraph.extract.dataset import lexicon_of, training_matrix
    from newsgraph.extract.fit import fit
    from newsgraph.extract.labels import LABELS

    features, labels, words, numbers = training_matrix(pages)
    model = fit(features, labels, words, numbers, LABELS, options)
    model.lexicon = lexicon_of(pages)
    return model


def run(args: argparse.Namespace) -> int:
    """Train on all pages of the benchmark and write the model JSON."""
    from newsgraph.extract.benchmark import load_pages
    from newsgraph.extract.dataset import page_lines
    from newsgraph.extract.features import page_features
    from newsgraph.extract.fit import FitOptions
    from newsgraph.extract.linemodel import MODEL_PATH

    if not (args.gold / "ground-truth.json").is_file():
        print(f"newsgraph train lines: no ground-truth.json in {args.gold}")
        return 2
    options = FitOptions(rounds=args.rounds, leaves=args.leaves, seed=args.seed, smooth_folds=args.smooth_folds,
                         page_balanced=args.page_balanced, body_rounds=args.body_rounds, body_weight=args.body_weight,
                         l2=args.l2)
    pages = [page_lines(page) for page in load_pages(args.gold, args.limit)]
    model = train(pages, options)
    counts = Counter(label for p in pages for label in p.labels)
    predicted = [label for p in pages for label in model.predict(page_features(p.lines, model.lexicon))]
    gold = [label for p in pages for label in p.labels]
    model.metadata = {
        **model.metadata,
        "what": "scraped-text line classifier (body/title/caption/credit/byline/chrome), gradient-boosted trees",
        "trained_on": f"scrapinghub article-extraction-benchmark, {len(pages)} pages flattened to text",
        "command": COMMAND + "".join(f" --{flag} {value}" for flag, value in
                                     (("limit", args.limit), ("smooth-folds", args.smooth_folds)) if value)
        + ("" if args.page_balanced else " --no-page-balanced"),
        "options": vars(options),
        "lines": dict(sorted(counts.items())),
        "lexicon_words": len(model.lexicon),
        "training_accuracy": round(sum(p == g for p, g in zip(predicted, gold)) / max(len(gold), 1), 4),
        "trained_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "python": platform.python_version(),
    }
    out = args.out or MODEL_PATH
    out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    summary = {**model.metadata, "written": str(out)}
    print(json.dumps(summary, indent=2) if args.json else "\n".join(f"{k:>18}: {v}" for k, v in summary.items()))
    return 0
