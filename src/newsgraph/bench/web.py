"""``newsgraph bench web``: page render times (p50/p95 per page) on a large store, and page screenshots.

The large store is synthesised by cloning the real records of a small ingested store with new ids,
dates and sites, through the store's own writer (so actors, statements and events are linked as in
a real ingest). Prints what it measured with the machine and date; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SITES = ("The Meridian Courier", "Baltic Observer", "Daily Ledger", "Coast Tribune", "Harbour Post", "Wire Desk")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Which store to time (or how to build one), repetitions and screenshots."""
    parser.add_argument("--db", help="Time this store (default: synthesise one of --articles articles).")
    parser.add_argument("--seed-db", help="Small ingested store whose records are cloned "
                        "(default: ingest examples/ into a temporary store).")
    parser.add_argument("--articles", type=int, default=10_000, help="Articles in the synthetic store (10,000).")
    parser.add_argument("--keep", help="Write the synthetic store here and keep it.")
    parser.add_argument("--repeat", type=int, default=30, help="Requests per page for p50/p95 (30).")
    parser.add_argument("--screenshots", metavar="DIR",
                        help="Instead of timing, save a PNG of each page of --db (or of the seed store) in DIR.")


def _shift(value: str | None, days: int) -> str | None:
    """An ISO date or datetime moved by ``days`` (its time part kept); other values unchanged."""
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except (TypeError, ValueError):
        return value


def clone(article, i: int, rng: random.Random):
    """A copy of ``article`` with a new id, a date moved within two years and another site."""
    from newsgraph.record import Published

    days = rng.randrange(-730, 1)
    published = article.published.value or "2025-06-01"
    events = [e.model_copy(update={"date": e.date.model_copy(update={"value": _shift(e.date.value, days)})})
              for e in article.events]
    return article.model_copy(update={
        "id": f"synthetic-{i:07d}", "site": rng.choice(SITES), "events": events,
        "published": Published(value=_shift(published, days), basis=article.published.basis
                               if article.published.value else "option")})


def synthesise(seed_db: Path, target: Path, n: int, batch: int = 500) -> float:
    """Write ``n`` clones of the seed store's articles into ``target``; the seconds it took."""
    from newsgraph.record import Article
    from newsgraph.store import connect
    from newsgraph.store.writer import Writer

    with closing(connect(seed_db, readonly=True)) as conn:
        records = [Article.model_validate_json(r[0]) for r in conn.execute("SELECT record FROM articles ORDER BY seq")]
    rng, started = random.Random(7), time.perf_counter()
    writer = Writer(target, {"synthetic": n, "seed_db": str(seed_db)})
    try:
        for start in range(0, n, batch):
            writer.write([clone(records[i % len(records)], i, rng) for i in range(start, min(n, start + batch))])
    finally:
        writer.close()
    return time.perf_counter() - started


def seed_store(where: Path) -> Path:
    """A small store ingested from the bundled ``examples/`` by the real pipeline."""
    from newsgraph.store.ingest import ingest

    db = where / "seed.db"
    if not db.exists():
        ingest(sorted((ROOT / "examples").iterdir()), db)
    return db


def page_paths(db: Path) -> dict[str, list[str]]:
    """URLs per page, varied so that caches do not flatter: heaviest actors, assorted articles and filters."""
    from newsgraph.store import connect

    with closing(connect(db, readonly=True)) as conn:
        actors = [r[0] for r in conn.execute("SELECT id FROM actors ORDER BY n_mentions DESC LIMIT 5")]
        articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 10")]
        day = conn.execute("SELECT max(day) FROM articles").fetchone()[0] or "2025-12-31"
    windows = [f"since={_shift(day, -days)}&until={day}" for days in (30, 90, 365)]
    return {
        "search": ["/search", "/search?q=talks", "/search?q=minister&page=3", "/search?q=Ukraine+OR+Malta",
                   *(f"/search?{w}" for w in windows)],
        "search statements": ["/search?scope=statements", "/search?scope=statements&q=said",
                              "/search?scope=statements&anonymous=1", "/search?scope=statements&q=weapons&page=2"],
        "search filtered": [*(f"/search?q=sea&actor={a}" for a in actors), "/search?type=REQUEST",
                            "/search?scope=statements&type=ASSAULT", "/search?anonymous=1&site=Daily+Ledger"],
        "article": [f"/articles/{a}" for a in articles],
        "actor": [f"/actors/{a}" for a in actors],
        "timeline": ["/timeline", *(f"/timeline?actor={a}" for a in actors), "/timeline?modality=planned",
                     "/timeline?country=USA", *(f"/timeline?{w}" for w in windows)],
        "network": ["/network", "/network?edges=events", *(f"/network?actor={a}" for a in actors[:3]),
                    *(f"/network?{w}" for w in windows)],
        "api search": ["/api/search?q=talks", "/api/search?scope=statements&anonymous=1"],
    }


def _get(url: str) -> float:
    """Milliseconds to fetch ``url`` completely."""
    started = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def time_pages(base: str, paths: dict[str, list[str]], repeat: int) -> list[tuple[str, float, float, float, float]]:
    """(page, first-view p50, first-view max, repeat p50, repeat p95) in ms: first views compute the page,
    repeats of a URL are served from the app's per-store-version cache."""
    from newsgraph.bench.corpus_queries import percentiles

    _get(base + "/static/app.css")
    results = []
    for name, variants in paths.items():
        first = [_get(base + url) for url in variants]
        again = [_get(base + variants[k % len(variants)]) for k in range(repeat)]
        results.append((name, statistics.median(first), max(first), *percentiles(again)))
    return results


def report(db: Path, paths: dict[str, list[str]], results: list[tuple[str, float, float, float, float]],
           repeat: int) -> None:
    """The timing table with the store's size and the machine."""
    from rich.console import Console
    from rich.table import Table

    from newsgraph.bench.corpus import machine
    from newsgraph.store import connect
    from newsgraph.web.queries import counts

    with closing(connect(db, readonly=True)) as conn:
        sizes = ", ".join(f"{n:,} {t}" for t, n in counts(conn).items())
    table = Table(title=f"page times over HTTP in ms: first view of each URL, then {repeat} repeats per page")
    for column in ("page", "URLs", "first p50", "first max", "repeat p50", "repeat p95", "first max < 300"):
        table.add_column(column, justify="left" if column == "page" else "right")
    for (name, p50, worst, again50, again95), urls in zip(results, paths.values()):
        table.add_row(name, str(len(urls)), f"{p50:.1f}", f"{worst:.1f}", f"{again50:.1f}", f"{again95:.1f}",
                      "yes" if worst < 300 else "NO")
    console = Console(width=120)
    console.print(f"newsgraph bench web — {machine()}\nstore {db}: {sizes}")
    console.print(table)


def store(args: argparse.Namespace, where: Path) -> Path:
    """The store to use: ``--db``; for screenshots the seed store; else the synthetic one (built once)."""
    if args.db:
        return Path(args.db)
    seed = Path(args.seed_db) if args.seed_db else seed_store(where)
    if args.screenshots:
        return seed
    db = where / "synthetic.db"
    if not db.exists():
        seconds = synthesise(seed, db, args.articles)
        print(f"synthesised {args.articles:,} articles in {seconds:.1f} s -> {db}", file=sys.stderr)
    return db


def run(args: argparse.Namespace) -> int:
    """Time the pages of the store, or take their screenshots."""
    from newsgraph.web.app import create_app
    from newsgraph.web.server import BackgroundServer

    where = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsgraph-bench-web-"))
    where.mkdir(parents=True, exist_ok=True)
    db = store(args, where)
    with BackgroundServer(create_app(db)) as server:
        if args.screenshots:
            from newsgraph.web.screenshots import capture

            for path in capture(server.url, db, Path(args.screenshots)):
                print(f"{path} ({path.stat().st_size / 1024:.0f} KB)")
        else:
            paths = page_paths(db)
            report(db, paths, time_pages(server.url, paths, args.repeat), args.repeat)
    return 0
