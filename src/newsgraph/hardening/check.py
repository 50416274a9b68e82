"""Run the analysis over a hostile corpus and account for every input, time and memory."""

from __future__ import annotations

import resource
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from newsgraph.analysis import analyze_documents
from newsgraph.hardening.corpus import MANIFEST
from newsgraph.ingest import Document, InputError, Limits, iter_documents
from newsgraph.record import Article


@dataclass
class HostileReport:
    """What happened to each input of a hostile corpus."""

    inputs: int = 0
    articles: int = 0
    errors: int = 0
    covered: int = 0
    """Inputs the run reached (all of them unless it was stopped early)."""
    unaccounted: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    seconds: float = 0.0
    rss_start_mb: float = 0.0
    rss_peak_mb: float = 0.0


def _input_name(uri: str, root: Path) -> str:
    """The manifest name of the input a record came from (WARC record ids stripped)."""
    return str(Path(uri.split("#", 1)[0]).relative_to(root)).split("/", 1)[0]


def _reason_class(error: str) -> str:
    """A short class for an error line, for the report's tally."""
    return error.split(":")[0].split(" of ")[0][:60]


def _names(root: Path) -> list[str]:
    """The inputs the corpus manifest lists."""
    return [line.split("\t")[0] for line in (root / MANIFEST).read_text().splitlines()[1:] if line]


def _peak_rss_mb() -> float:
    """This process's peak resident set so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check(root: Path, limits: Limits = Limits(), progress: Callable[[str], None] | None = None) -> HostileReport:
    """Analyze every input below ``root`` one at a time and check records + errors cover all inputs."""
    names = _names(root)
    report = HostileReport(inputs=len(names))
    process = psutil.Process()
    report.rss_start_mb = report.rss_peak_mb = process.memory_info().rss / 2**20
    seen: set[str] = set()
    printed = 0
    started = time.perf_counter()
    for item in iter_documents([root], limits):
        t0 = time.perf_counter()
        for record in analyze_documents([item], limits=limits, batch_size=1):
            uri = record.source.uri if isinstance(record, Article) else record.uri
            seen.add(_input_name(uri, root))
            if isinstance(record, Article):
                report.articles += 1
            else:
                report.errors += 1
                report.reasons[_reason_class(record.error)] += 1
        where = item.uri if isinstance(item, (Document, InputError)) else "?"
        report.slowest = sorted(report.slowest + [(time.perf_counter() - t0, where)], reverse=True)[:5]
        report.rss_peak_mb = max(report.rss_peak_mb, process.memory_info().rss / 2**20)
        if progress and len(seen) % 500 == 0 and len(seen) != printed:
            printed = len(seen)
            progress(f"{len(seen):,}/{report.inputs:,} inputs, {report.articles:,} articles, {report.errors:,} errors, "
                     f"{time.perf_counter() - started:,.0f} s, peak RSS {report.rss_peak_mb:,.0f} MB")
    report.seconds = time.perf_counter() - started
    report.covered = report.inputs
    report.unaccounted = sorted(set(names) - seen)
    return report


def check_ingest(root: Path, db: Path, limits: Limits = Limits(), batch_size: int = 16,
                 progress: Callable[[str], None] | None = None) -> HostileReport:
    """``ingest`` every input below ``root`` into the store ``db`` (resumable), then account for each input
    from the store alone (``account``)."""
    from newsgraph.store.ingest import ingest

    rss_start = psutil.Process().memory_info().rss / 2**20
    started = last = time.perf_counter()
    slowest: list[tuple[float, str]] = []
    batches = 0

    def tick(counts, records) -> None:
        nonlocal last, batches, slowest
        now = time.perf_counter()
        if records:
            batches += 1
            where = records[0].source.uri if isinstance(records[0], Article) else records[0].uri
            slowest = sorted(slowest + [(now - last, where)], reverse=True)[:5]
            if progress and batches % 25 == 0:
                progress(f"{counts.documents:,} documents read, {counts.added:,} added, {counts.skipped:,} stored, "
                         f"{counts.errors:,} errors, {now - started:,.0f} s, peak RSS {_peak_rss_mb():,.0f} MB")
        last = now

    ingest([root], db, batch_size=batch_size, limits=limits, report=tick)
    report = account(root, db)
    report.seconds, report.slowest = time.perf_counter() - started, slowest
    report.rss_start_mb, report.rss_peak_mb = rss_start, _peak_rss_mb()
    return report


def account(root: Path, db: Path, complete: bool = True) -> HostileReport:
    """Account for each input from the store alone: an article or an error row carries its uri.

    ``complete=False`` is for a run that was stopped: only inputs up to the last one the store knows, in the
    walk's (sorted) order, are expected (``covered``)."""
    from newsgraph.store import connect

    names = _names(root)
    report = HostileReport(inputs=len(names))
    conn = connect(db, readonly=True)
    seen: set[str] = set()
    for kind, uri, error in conn.execute("SELECT 'article', uri, NULL FROM articles UNION ALL "
                                         "SELECT 'error', uri, error FROM errors"):
        seen.add(_input_name(uri, root))
        if kind == "article":
            report.articles += 1
        else:
            report.errors += 1
            report.reasons[_reason_class(error)] += 1
    conn.close()
    expected = names if complete else [n for n in names if seen and n <= max(seen)]
    report.covered = len(expected)
    report.unaccounted = sorted(set(expected) - seen)
    return report
