"""``newsgraph eval extraction``: body-extraction precision, recall and F1 on the scrapinghub benchmark.

``--mode html`` scores newsgraph's HTML extractor and trafilatura alone on the same pages.
``--mode text`` flattens the pages to scraped text and scores the line classifier on
held-out folds (trained on the other folds each time) beside a naive line filter; with
``--folds 0`` it scores the shipped model on every page instead, for pages it was never trained on.
Scores use the benchmark's own shingle metric (``extract.benchmark.score``).
"""

from __future__ import annotations

import argparse
import json
import textwrap
import time
from pathlib import Path

from newsgraph.extract.benchmark import DEFAULT_GOLD
from newsgraph.extract.flatten import STYLES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``newsgraph eval extraction``."""
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="scrapinghub benchmark directory")
    parser.add_argument("--mode", choices=("html", "text"), default="html")
    parser.add_argument("--folds", type=int, default=5,
                        help="text mode: k for the by-page cross-validation; 0 scores the shipped model on every "
                             "page (for a benchmark it was not trained on)")
    parser.add_argument("--shuffle", type=int, default=None, metavar="SEED",
                        help="text mode: shuffle the pages with this seed before assigning them to folds (default: "
                             "page i of the pages sorted by id goes to fold i mod k); a few seeds show how much the "
                             "figure depends on the split")
    parser.add_argument("--smooth-folds", type=int, default=0,
                        help="text mode: also train the second (smoothing) stage with this many inner folds")
    parser.add_argument("--flattening", choices=STYLES, default="blocks",
                        help="text mode: how the scored pages are flattened to text: one line per block (what the "
                             "model trains on), a browser's copy (blank lines around paragraphs, table rows on one "
                             "line), a line per text node (get_text with a newline separator), Markdown (the "
                             "browser copy with links, images, headings and list items marked), the text nodes "
                             "run together with only the source's line breaks (get_text with no separator) or "
                             "joined by spaces on one line (get_text with a space separator)")
    parser.add_argument("--browser-copy", action="store_const", const="copy", dest="flattening",
                        help="text mode: the same as --flattening copy")
    parser.add_argument("--wrap", type=int, default=0, metavar="COLUMNS",
                        help="text mode: also hard-wrap every line at this many columns, as a text-mode browser's "
                             "dump (lynx, w3m) or a mail gives it; 0: no wrapping")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (by id)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def naive_line_filter(text: str) -> str:
    """The baseline: keep lines of at least 12 words that end like a sentence."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if len(line.split()) >= 12 and line[-1] in ".\"”'?!")


def evaluate_html(pages: list) -> dict[str, dict[str, float]]:
    """newsgraph's ``extract_html`` and trafilatura alone on the same decoded pages."""
    import trafilatura

    from newsgraph.extract.benchmark import decode_html, score
    from newsgraph.extract.html import extract_html

    truth = {p.id: p.body for p in pages}
    decoded = {p.id: decode_html(p.html) for p in pages}
    systems = {
        "newsgraph": lambda p: extract_html(decoded[p.id], url=p.url).text,
        "trafilatura": lambda p: trafilatura.extract(decoded[p.id], url=p.url, include_comments=False) or "",
    }
    results = {}
    for name, system in systems.items():
        start = time.perf_counter()
        prediction = {p.id: system(p) for p in pages}
        results[name] = {**score(truth, prediction), "pages_per_s": len(pages) / (time.perf_counter() - start)}
    return results


def evaluate_text(
    pages: list, k: int, smooth_folds: int = 0, flattening: str = "blocks", wrap: int = 0, shuffle: int | None = None
) -> dict[str, dict[str, float]]:
    """The line classifier on held-out folds of flattened pages (``k`` 0: the shipped model), beside the naive filter;
    ``flattening``: how the scored text is flattened (``flatten.STYLES``; the model always trains on ``blocks``);
    ``wrap``: the scored text's lines hard-wrapped at that many columns; ``shuffle``: the seed of another split
    (``benchmark.folds``)."""
    from newsgraph.extract.benchmark import folds, score
    from newsgraph.extract.dataset import page_lines
    from newsgraph.extract.fit import FitOptions
    from newsgraph.extract.text import extract_text
    from newsgraph.extract.train import train

    flat = {p.id: page_lines(p) for p in pages}
    text = {p.id: (flat[p.id] if flattening == "blocks" else page_lines(p, flattening)).text for p in pages}
    if wrap:
        text = {i: "\n".join(textwrap.fill(line, wrap) for line in t.split("\n")) for i, t in text.items()}
    truth = {p.id: p.body for p in pages}
    if k == 0:
        held_out = {p.id: extract_text(text[p.id]) for p in pages}
    else:
        held_out = {}
        for train_pages, test_pages in folds(pages, k, shuffle):
            model = train([flat[p.id] for p in train_pages], FitOptions(smooth_folds=smooth_folds))
            held_out.update({p.id: extract_text(text[p.id], model) for p in test_pages})
    split = "" if shuffle is None else f", shuffle {shuffle}"
    name = f"newsgraph ({k}-fold held-out{split})" if k else "newsgraph (shipped model)"
    titled = {p.id: titles for p in pages if (titles := _title_lines(flat[p.id]))}
    return {
        name: score(truth, {i: a.text for i, a in held_out.items()})
        | {"title_pages": len(titled), "title_found": sum(held_out[i].title in t for i, t in titled.items())},
        "naive line filter": score(truth, {p.id: naive_line_filter(text[p.id]) for p in pages}),
    }


_FLATTENINGS = {"blocks": "a line per block", "copy": "browser-copy text", "nodes": "a line per text node",
                "markdown": "Markdown", "source": "text nodes run together (source line breaks only)",
                "spaced": "text nodes joined by spaces on one line"}


def _title_lines(page) -> set[str]:
    """The lines of a flattened page labelled as its headline (the <h1> or <title> text)."""
    return {line for line, label in zip(page.lines, page.labels, strict=True) if label == "title"}


def _table(results: dict[str, dict[str, float]]) -> str:
    rows = [f"{'system':<32} {'precision':>9} {'recall':>9} {'F1':>9} {'pages':>6}"]
    for name, m in results.items():
        rows.append(f"{name:<32} {m['precision']:>9.4f} {m['recall']:>9.4f} {m['f1']:>9.4f} {m['pages']:>6}")
        if "pages_per_s" in m:
            rows[-1] += f"   ({m['pages_per_s']:.1f} pages/s)"
    return "\n".join(rows)


def run(args: argparse.Namespace) -> int:
    """Load the benchmark, score the chosen mode, print a table (or JSON)."""
    from newsgraph.extract.benchmark import load_pages

    if not (args.gold / "ground-truth.json").is_file():
        print(f"newsgraph eval extraction: no ground-truth.json in {args.gold}")
        return 2
    if args.wrap < 0:
        print("newsgraph eval extraction: --wrap must be 0 (no wrapping) or a number of columns")
        return 2
    if args.folds < 0 or args.folds == 1:
        print("newsgraph eval extraction: --folds must be 0 (the shipped model) or at least 2")
        return 2
    pages = load_pages(args.gold, args.limit)
    if args.mode == "html":
        results = evaluate_html(pages)
    else:
        results = evaluate_text(pages, args.folds, args.smooth_folds, args.flattening, args.wrap, args.shuffle)
    if args.json:
        print(json.dumps({"mode": args.mode, "flattening": args.flattening, "wrap": args.wrap, "shuffle": args.shuffle,
                          "gold": str(args.gold), "results": results}, indent=2))
    else:
        flattening = f", {_FLATTENINGS[args.flattening]}" if args.mode == "text" else ""
        flattening += f", wrapped at {args.wrap} columns" if args.mode == "text" and args.wrap else ""
        print(f"body extraction, mode {args.mode}{flattening}, {len(pages)} pages of {args.gold}")
        print(_table(results))
        for name, m in results.items():
            if m.get("title_pages"):
                share = m["title_found"] / m["title_pages"]
                print(f"{name}: title = the page's headline line on {m['title_found']} of {m['title_pages']} pages "
                      f"({share:.3f})")
    return 0
