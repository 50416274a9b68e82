"""``newsgraph bench hostile``: build the hostile-input corpus and run the analysis over all of it."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Corpus directory, size and seed."""
    parser.add_argument("directory", type=Path, help="where the corpus is (generated there if absent)")
    parser.add_argument("--count", type=int, default=10_000, help="inputs to generate")
    parser.add_argument("--seed", type=int, default=20241113)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--time-limit", type=float, default=10.0, help="extraction seconds per page")


def run(args: argparse.Namespace) -> int:
    """Generate if needed, analyze every input, print the account; exit 1 if any input is unaccounted."""
    import platform

    from newsgraph.hardening.check import check
    from newsgraph.hardening.corpus import MANIFEST, generate
    from newsgraph.ingest import Limits

    if not (args.directory / MANIFEST).exists():
        made = generate(args.directory, args.count, args.shared, args.seed)
        print(f"generated {made:,} inputs in {args.directory}")
    import sys

    report = check(args.directory, Limits(extract_seconds=args.time_limit),
                   progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(f"machine: {platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}")
    print(f"inputs {report.inputs:,}  articles {report.articles:,}  error records {report.errors:,}  "
          f"unaccounted {len(report.unaccounted)}")
    print(f"total {report.seconds:,.0f} s  RSS start {report.rss_start_mb:,.0f} MB  peak {report.rss_peak_mb:,.0f} MB")
    print("slowest inputs:")
    for seconds, uri in report.slowest:
        print(f"  {seconds:6.2f} s  {uri}")
    print("error reasons:")
    for reason, n in report.reasons.most_common(15):
        print(f"  {n:6,}  {reason}")
    for name in report.unaccounted[:20]:
        print(f"UNACCOUNTED {name}")
    return 1 if report.unaccounted else 0
