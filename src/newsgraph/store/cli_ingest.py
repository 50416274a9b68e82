"""``newsgraph ingest``: analyze inputs into a SQLite corpus store, resumably, with a progress bar."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.ingest.limits import add_clean_argument, add_limit_arguments, limits_from_arguments

if TYPE_CHECKING:
    from newsgraph.store.writer import Counts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs, the store, batching and scale-out options."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="Files, directories, WARCs, '-' or URLs.")
    parser.add_argument("--db", required=True, help="The SQLite store (created if missing).")
    parser.add_argument("--published", help="Publication date for every input (ISO 8601).")
    parser.add_argument("--batch-size", type=int, default=16, help="Documents per analysis batch and transaction.")
    parser.add_argument("--workers", type=int, default=0,
                        help="Analyze on a local dask cluster of N worker processes (0: in this process).")
    parser.add_argument("--scheduler", help="Analyze on an existing dask cluster, e.g. tcp://127.0.0.1:8786.")
    parser.add_argument("--in-flight", type=int, help="Batches submitted at once to the cluster (2 per worker).")
    parser.add_argument("--wait", action="store_true", help="Wait for another ingest on the same store to end.")
    parser.add_argument("--retry-errors", action="store_true",
                        help="Analyze again documents that failed in an earlier run (skipped by default).")
    parser.add_argument("--no-progress", action="store_true", help="No progress bar (summary only).")
    add_limit_arguments(parser)
    add_clean_argument(parser)


def estimate_total(inputs: Sequence[str]) -> int | None:
    """How many documents the inputs hold, if knowable without reading them (not for WARC or stdin)."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or ".warc" in path.name:
            return None
        try:
            is_dir = path.is_dir()
        except OSError:  # cannot even be looked at (permissions): counted; ingest logs it as an error record
            is_dir = False
        if is_dir:
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                if any(".warc" in f for f in files):
                    return None
                total += sum(not f.startswith(".") for f in files)
        else:
            total += 1
    return total


def run(args: argparse.Namespace) -> int:
    """Ingest, then print a summary line on stderr; 2 if another ingest holds the store, 1 if it cannot be written
    (read-only, disk full: one line, no traceback; what was committed before stays consistent); 130 on Ctrl-C and
    143 on SIGTERM, after one line saying where the run stopped (the batch in progress is not stored)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from newsgraph.hardening.signals import exit_status, terminate_as_interrupt
    from newsgraph.store.ingest import ingest
    from newsgraph.store.writer import StoreError, StoreLocked

    console = Console(stderr=True)
    progress = Progress(SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[status]}"), console=console, disable=args.no_progress)
    task = progress.add_task("ingest", total=estimate_total(args.inputs), status="")
    started = time.monotonic()
    stored: dict[str, object] = {"counts": None, "last": None}  # what the last committed batch left

    def report(counts, records) -> None:
        stored["counts"] = counts
        if records:
            stored["last"] = records[-1].uri if records[-1].kind == "error" else records[-1].source.uri
        for record in records:
            if record.kind == "error":
                console.print(f"newsgraph: {record.uri}: {record.error}", markup=False, highlight=False,
                              soft_wrap=True)  # one line per failed input, however narrow the terminal
        elapsed = time.monotonic() - started
        rate = (counts.added + counts.errors) / elapsed if elapsed else 0.0
        total = progress.tasks[0].total
        done = counts.added + counts.skipped + counts.errors
        eta = f" eta {(total - done) / rate:,.0f}s" if total and rate and total > done else ""
        progress.update(task, completed=done, status=f"{rate:.2f} documents/s{eta}  "
                        f"+{counts.added} new ={counts.skipped} stored !{counts.errors} errors")

    run_args = {k: v for k, v in vars(args).items() if not k.startswith("_")}
    try:
        with terminate_as_interrupt(), progress:
            counts, run_id = ingest(args.inputs, args.db, published=args.published, batch_size=args.batch_size,
                                    workers=args.workers, scheduler=args.scheduler, in_flight=args.in_flight,
                                    wait=args.wait, retry_errors=args.retry_errors,
                                    args=run_args, report=report, limits=limits_from_arguments(args),
                                    clean_text=args.clean_text)
    except StoreLocked as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        print(interrupted(stored["counts"], stored["last"]), file=sys.stderr)
        return exit_status(exc)
    elapsed = time.monotonic() - started
    print(summary(args.db, run_id, counts, elapsed), file=sys.stderr)
    return 0


def interrupted(counts: Counts | None, last: str | None) -> str:
    """One line for a stopped run: what it stored, the last input stored, and that a rerun resumes."""
    done = (f"{counts.added} added, {counts.errors} errors, {counts.skipped} already stored"
            if counts else "nothing stored")
    where = f"; last stored: {last}" if last else ""
    return (f"newsgraph: interrupted; this run {done}{where}; the batch in progress was not stored; "
            "rerun the same command to resume")


def summary(db: str, run_id: int, counts: Counts, elapsed: float) -> str:
    """One paragraph: what this run did and what the store now holds."""
    from newsgraph.store.db import connect

    conn = connect(db, readonly=True)
    totals = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # table names are constants
              for t in ("articles", "actors", "statements", "events", "errors")}
    conn.close()
    rate = (counts.added + counts.errors) / elapsed if elapsed else 0.0
    return (f"run {run_id}: {counts.documents} documents, {counts.added} added, {counts.skipped} already stored, "
            f"{counts.errors} errors in {elapsed:.1f}s ({rate:.2f} documents/s analysed)\n"
            f"store {db}: " + ", ".join(f"{n} {t}" for t, n in totals.items()))
