"""``newsgraph bench extraction``: pages/s and memory of extraction for each input form (html, text, warc).

Cycles the benchmark's pages up to ``--pages`` per form. Reports wall-clock and CPU
pages/s (CPU time is what one core delivers, whatever else runs on the machine), RSS at
start and end of each form (flat memory means no leak) and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from newsgraph.extract.benchmark import DEFAULT_GOLD

FORMS = ("html", "text", "warc")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``newsgraph bench extraction``."""
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="scrapinghub benchmark directory (page source)")
    parser.add_argument("--pages", type=int, default=1000, help="pages per form (cycles the benchmark)")
    parser.add_argument("--forms", nargs="+", choices=FORMS, default=list(FORMS))
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _write_warc(pages: list, path: Path) -> None:
    """The pages as WARC response records (HTTP headers and raw bytes), as a crawler would store them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for page in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(page.url or f"urn:page:{page.id}", "response",
                                               payload=_BytesReader(page.html), http_headers=headers)
            writer.write_record(record)


class _BytesReader:
    """A minimal file-like reader over bytes for warcio."""

    def __init__(self, data: bytes) -> None:
        self.data, self.offset = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size is None or size < 0 else self.offset + size
        chunk, self.offset = self.data[self.offset : end], min(end, len(self.data))
        return chunk


def _warc_pages(path: Path) -> Iterable[tuple[str, str | None]]:
    """Decoded HTML and target URI of each response record of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    from newsgraph.extract.benchmark import decode_html

    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                yield decode_html(record.content_stream().read()), record.rec_headers.get_header("WARC-Target-URI")


def _measure(name: str, count: int, work: Callable[[int], None]) -> dict[str, float]:
    start_rss, wall, cpu = _rss_mb(), time.perf_counter(), time.process_time()
    for i in range(count):
        work(i)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"form": name, "pages": count, "wall_s": wall, "pages_per_s_wall": count / wall,
            "pages_per_s_cpu": count / cpu, "rss_start_mb": start_rss, "rss_end_mb": _rss_mb(),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def bench(pages: list, count: int, forms: list[str]) -> list[dict[str, float]]:
    """Run every requested form over ``count`` pages (cycling) and measure it."""
    from newsgraph.extract.benchmark import decode_html
    from newsgraph.extract.flatten import flatten
    from newsgraph.extract.html import extract_html
    from newsgraph.extract.text import extract_text

    decoded = [decode_html(p.html) for p in pages]
    results = []
    if "html" in forms:
        results.append(_measure("html", count, lambda i: extract_html(decoded[i % len(pages)], pages[i % len(pages)].url)))
    if "text" in forms:
        texts = [flatten(html) for html in decoded]
        results.append(_measure("text", count, lambda i: extract_text(texts[i % len(texts)])))
    if "warc" in forms:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "pages.warc.gz"
            _write_warc(pages, path)
            stream = itertools.chain.from_iterable(_warc_pages(path) for _ in itertools.count())
            results.append(_measure("warc", count, lambda i: extract_html(*next(stream))))
    return results


def run(args: argparse.Namespace) -> int:
    """Load the pages, run the forms, print a table (or JSON)."""
    import os
    import platform

    from newsgraph.extract.benchmark import load_pages

    if not (args.gold / "ground-truth.json").is_file():
        print(f"newsgraph bench extraction: no ground-truth.json in {args.gold}")
        return 2
    results = bench(load_pages(args.gold), args.pages, args.forms)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    if args.json:
        print(json.dumps({"machine": machine, "results": results}, indent=2))
        return 0
    print(f"extraction throughput, {machine}")
    print(f"{'form':<6} {'pages':>6} {'wall s':>8} {'pages/s':>8} {'pages/s CPU':>12} {'RSS start':>10} {'RSS end':>9} {'peak RSS':>9}")
    for r in results:
        print(f"{r['form']:<6} {r['pages']:>6} {r['wall_s']:>8.1f} {r['pages_per_s_wall']:>8.1f} {r['pages_per_s_cpu']:>12.1f} "
              f"{r['rss_start_mb']:>8.0f}MB {r['rss_end_mb']:>7.0f}MB {r['peak_rss_mb']:>7.0f}MB")
    return 0
