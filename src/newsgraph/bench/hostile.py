"""``newsgraph bench hostile``: build the hostile-input corpus and run the analysis over all of it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Corpus directory, size and seed."""
    parser.add_argument("directory", type=Path, help="where the corpus is (generated there if absent)")
    parser.add_argument("--count", type=int, default=10_000, help="inputs to generate")
    parser.add_argument("--seed", type=int, default=20241113)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--time-limit", type=float, default=10.0, help="extraction seconds per page")
    parser.add_argument("--ingest", type=Path, metavar="DB",
                        help="run `newsgraph ingest` into this store instead (resumable) and account from the store")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per ingest batch (with --ingest)")
    parser.add_argument("--account-only", action="store_true",
                        help="with --ingest: only account from the store, for a run that was stopped part-way")


def _progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Generate if needed, analyze (or ingest) every input, print the account; exit 1 if any input is unaccounted
    (130/143 if an ingest is stopped by Ctrl-C/SIGTERM: the store then resumes on a rerun)."""
    import platform

    from newsgraph.hardening.check import account, check, check_ingest
    from newsgraph.hardening.corpus import MANIFEST, generate
    from newsgraph.ingest import Limits

    if not (args.directory / MANIFEST).exists():
        made = generate(args.directory, args.count, args.shared, args.seed)
        print(f"generated {made:,} inputs in {args.directory}")
    limits = Limits(extract_seconds=args.time_limit)
    if args.ingest and args.account_only:
        report = account(args.directory, args.ingest, complete=False)
    elif args.ingest:
        from newsgraph.hardening.signals import exit_status, terminate_as_interrupt

        try:
            with terminate_as_interrupt():
                report = check_ingest(args.directory, args.ingest, limits, args.batch_size, _progress)
        except KeyboardInterrupt as exc:
            print(f"newsgraph: interrupted; {args.ingest} keeps every batch stored so far; rerun the same command "
                  "to resume, or add --account-only to account for the inputs it reached", file=sys.stderr)
            return exit_status(exc)
    else:
        report = check(args.directory, limits, progress=_progress)
    print(f"machine: {platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}")
    print(f"inputs {report.inputs:,}  covered {report.covered:,}  articles {report.articles:,}  "
          f"error records {report.errors:,}  unaccounted {len(report.unaccounted)}")
    if not args.account_only:
        print(f"total {report.seconds:,.0f} s  RSS start {report.rss_start_mb:,.0f} MB  "
              f"peak {report.rss_peak_mb:,.0f} MB")
        print(f"slowest {'batches (of up to %d documents)' % args.batch_size if args.ingest else 'inputs'}:")
        for seconds, uri in report.slowest:
            print(f"  {seconds:6.2f} s  {uri}")
    print("error reasons:")
    for reason, n in report.reasons.most_common(15):
        print(f"  {n:6,}  {reason}")
    for name in report.unaccounted[:20]:
        print(f"UNACCOUNTED {name}")
    return 1 if report.unaccounted else 0
