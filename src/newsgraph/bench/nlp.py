"""``newsgraph bench nlp``: words per second of bare spaCy and of the full newsgraph pipeline.

Both pipelines run once over the same texts, interleaved document by document, timing every
pipe (the tokenizer included), so the per-component table shows where the full pipeline spends
its time.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_TEXTS = "../shared/data/attribution/polnear/dev/text"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Command-line options of ``bench nlp``."""
    parser.add_argument("--texts", default=DEFAULT_TEXTS, help="Directory of .txt articles (default: PolNeAR dev).")
    parser.add_argument("--limit", type=int, default=40, help="Number of articles (default 40).")


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or the platform's processor string."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _time_document(nlp, text: str, per_pipe: dict[str, float]) -> None:
    """Run ``nlp`` on one text, adding each pipe's seconds (tokenizer included) to ``per_pipe``."""
    start = time.perf_counter()
    doc = nlp.make_doc(text)
    per_pipe["tokenizer"] += time.perf_counter() - start
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        doc = proc(doc)
        per_pipe[name] += time.perf_counter() - start


def timed_runs(pipelines: list, texts: list[str]) -> list[dict[str, float]]:
    """Seconds per pipe of each pipeline over ``texts``, interleaved document by document.

    Interleaving (in alternating order) puts both pipelines under the same machine load at the
    same moment, so drift on a shared machine does not favour whichever ran first.
    """
    tables = [{"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}} for nlp in pipelines]
    for nlp in pipelines:
        nlp(texts[0])  # warm-up: lazy tables and caches are not part of the measured run
    for i, text in enumerate(texts):
        order = list(zip(pipelines, tables))
        for nlp, table in order if i % 2 == 0 else reversed(order):
            _time_document(nlp, text, table)
    return tables


def _print_run(label: str, words: int, seconds: float, per_pipe: dict[str, float]) -> None:
    """One pipeline's throughput and its per-pipe time table."""
    print(f"{label}: {words / seconds:,.0f} words/s ({seconds:.2f} s)")
    for name, spent in per_pipe.items():
        print(f"    {name:22s} {spent:7.3f} s  {100 * spent / seconds:5.1f}%")


def run(args: argparse.Namespace) -> int:
    """Benchmark bare spaCy against the full pipeline and print both, their ratio and the machine."""
    import spacy

    from newsgraph.nlp.pipeline import BASE_MODEL, load_pipeline

    paths = sorted(Path(args.texts).glob("*.txt"))[: args.limit]
    if not paths:
        print(f"newsgraph bench nlp: no .txt files in {args.texts}")
        return 2
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    words = sum(len(t.split()) for t in texts)
    print(f"date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {os.cpu_count()} CPUs, {cpu_model()}; "
          f"python {platform.python_version()}, spaCy {spacy.__version__}")
    print(f"texts: {len(texts)} articles from {args.texts}, {words:,} words (whitespace-separated)")
    bare_pipes, full_pipes = timed_runs([spacy.load(BASE_MODEL), load_pipeline()], texts)
    bare_seconds, full_seconds = sum(bare_pipes.values()), sum(full_pipes.values())
    _print_run(f"bare spaCy ({BASE_MODEL})", words, bare_seconds, bare_pipes)
    _print_run("full newsgraph pipeline", words, full_seconds, full_pipes)
    print(f"speed ratio full/bare: {bare_seconds / full_seconds:.2f}x")
    return 0
