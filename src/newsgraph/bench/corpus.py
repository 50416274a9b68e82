"""``newsgraph bench corpus``: ingest scaling over dask workers, rerun cost, and query latency on 1M events.

Prints what it measured with the machine and date; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data"
DEFAULT_INPUTS = (SHARED / "extraction" / "scrapinghub" / "html", SHARED / "attribution" / "polnear" / "train" / "text",
                  SHARED / "attribution" / "polnear" / "dev" / "text")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Corpus, limits, worker counts and the synthetic store's size."""
    parser.add_argument("inputs", nargs="*", default=[str(p) for p in DEFAULT_INPUTS],
                        help="Directories or files (default: scrapinghub pages and PolNeAR texts under ../shared).")
    parser.add_argument("--limit", type=int, default=120, help="At most this many files, taken round-robin (120).")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Worker counts to compare (1 2).")
    parser.add_argument("--batch-size", type=int, default=4, help="Documents per batch (4).")
    parser.add_argument("--events", type=int, default=1_000_000, help="Events in the synthetic store (1,000,000).")
    parser.add_argument("--repeat", type=int, default=40, help="Runs of each query for p50/p95 (40).")
    parser.add_argument("--skip-ingest", action="store_true", help="Only the synthetic query benchmark.")
    parser.add_argument("--keep", help="Keep the stores in this directory instead of a temporary one.")


def machine() -> str:
    """One line: date, host CPU, cores, memory, Python and SQLite versions."""
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}; {cpu}; {os.cpu_count()} cores "
            f"(load {load}); {psutil.virtual_memory().total / 2**30:.1f} GiB RAM; Python {platform.python_version()}; "
            f"SQLite {sqlite3.sqlite_version}")


def pick_files(inputs: list[str], limit: int) -> list[Path]:
    """Up to ``limit`` files, alternating between the inputs so every kind is represented."""
    pools = []
    for name in inputs:
        path = Path(name)
        pools.append(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    picked: list[Path] = []
    while len(picked) < limit and any(pools):
        for pool in pools:
            if pool and len(picked) < limit:
                picked.append(pool.pop(0))
    return picked


def bench_ingest(files: list[Path], workers: int, db: Path, batch_size: int) -> dict:
    """Ingest ``files`` on a fresh local cluster; time after warm-up, peak RSS per worker."""
    from newsgraph.scale.dask import client_for, cpu_seconds, peak_rss, warm_up
    from newsgraph.store.ingest import ingest

    started = time.perf_counter()
    with client_for(workers, None) as client:
        client.run(warm_up)
        cpu = client.run(cpu_seconds)
        ready = time.perf_counter()
        counts, _ = ingest(files, db, batch_size=batch_size, scheduler=client.scheduler.address,
                           in_flight=2 * workers)
        seconds = time.perf_counter() - ready
        rss = client.run(peak_rss)
        used = sum(client.run(cpu_seconds).values()) - sum(cpu.values())
    analysed = counts.added + counts.errors
    return {"workers": workers, "startup": ready - started, "seconds": seconds, "added": counts.added,
            "errors": counts.errors, "rate": analysed / seconds if seconds else 0.0, "rss": sorted(rss.values()),
            "cores": used / seconds if seconds else 0.0}


def run_ingest(args: argparse.Namespace, where: Path) -> None:
    """The ingest part: each worker count on a fresh store, then a rerun of the last store."""
    from newsgraph.store.ingest import ingest

    files = pick_files(args.inputs, args.limit)
    print(f"\nIngest: {len(files)} files ({', '.join(sorted({f.suffix for f in files}))}), "
          f"batch size {args.batch_size}; times exclude cluster start and model loading (shown apart)")
    results = []
    for workers in args.workers:
        r = bench_ingest(files, workers, where / f"ingest-{workers}.db", args.batch_size)
        results.append(r)
        rss = ", ".join(f"{b / 2**20:.0f}" for b in r["rss"])
        print(f"  {workers} worker(s): {r['seconds']:.1f} s for {r['added']} articles + {r['errors']} errors = "
              f"{r['rate']:.2f} articles/s (start-up {r['startup']:.1f} s); workers got {r['cores']:.2f} cores "
              f"of CPU on average; peak RSS per worker MiB: {rss}")
    base = results[0]
    for r in results[1:]:
        print(f"  speed-up {r['workers']} vs {base['workers']} worker(s): {r['rate'] / base['rate']:.2f}x")
    last = where / f"ingest-{results[-1]['workers']}.db"
    started = time.perf_counter()
    counts, _ = ingest(files, last, batch_size=args.batch_size, workers=results[-1]["workers"])
    rerun = time.perf_counter() - started
    first = results[-1]["seconds"] + results[-1]["startup"]
    print(f"  rerun in this process (everything stored, {counts.skipped} skipped, {counts.added} added): "
          f"{rerun:.2f} s vs first run {first:.1f} s incl. start-up = {first / rerun:.0f}x faster")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", *map(str, files), "--db", str(last),
                    "--no-progress", "--workers", str(results[-1]["workers"])], check=True, capture_output=True)
    cold = time.perf_counter() - started
    print(f"  rerun as a new 'newsgraph ingest' process (imports included): {cold:.2f} s = {first / cold:.0f}x faster")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print the report."""
    from newsgraph.bench.corpus_queries import run_queries

    where = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    where.mkdir(parents=True, exist_ok=True)
    print(f"newsgraph bench corpus — {machine()}")
    try:
        if not args.skip_ingest:
            run_ingest(args, where)
        run_queries(where / "synthetic.db", args.events, args.repeat)
    finally:
        if not args.keep:
            shutil.rmtree(where, ignore_errors=True)
    return 0

