"""``newsgraph bench web``: page render times (p50/p95 per page) on a large store, and page screenshots.

The large store is synthesised by cloning the real records of a small ingested store with new ids,
dates over three years, ~50 sites, and its named entities recast as ~3,750 made-up actors drawn by a
Zipf law, through the store's own writer (so actors, statements and events are linked as in a real
ingest). Prints what it measured with the machine and date; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote_plus

if TYPE_CHECKING:
    from newsgraph.record import Article, Entity

ROOT = Path(__file__).resolve().parents[3]
SYLLABLES = ("ka", "lo", "ven", "mar", "ti", "sa", "rin", "do", "bel", "na", "gor", "esh", "ul", "fra", "zi",
             "ton", "mi", "ras", "el", "vo", "dan", "ke", "lis", "or", "pe", "hal", "ru", "sen", "ba", "tor")
ORG_WORDS = ("Ministry", "Institute", "Bank", "Party", "Council", "Agency", "Group", "Front", "Union",
             "Corporation", "Authority", "Foundation", "Brigade", "Commission", "Alliance", "Network")
GROUP_WORDS = ("separatists", "farmers", "protesters", "loyalists", "settlers", "unionists", "militias", "pilgrims")
PAPERS = ("Courier", "Observer", "Ledger", "Tribune", "Post", "Herald", "Times", "Gazette", "Wire", "Chronicle")
SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "BUS", "MED", "EDU", "REB", "OPP", "LAB", "REL", "CVL", "PTY")
POOL_SIZES = {"person": 2000, "organisation": 1200, "group": 300}
"""Synthetic actors per kind (states are the ISO countries): ~3,750 names in all."""
ZIPF = 1.0
"""Exponent of the rank-frequency law actors, countries and sites are drawn with (rank r has weight 1/r^s)."""
DAYS = 3 * 365
"""Articles are dated uniformly over this many days ending on the seed's latest date."""


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


def _word(rng: random.Random, parts: int) -> str:
    """A made-up capitalised word of ``parts`` syllables."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _zipf(items: list, rng: random.Random) -> Callable[[], object]:
    """A sampler of ``items`` by a Zipf law over their order (the first is the most frequent)."""
    weights = list(itertools.accumulate(1 / (rank + 1) ** ZIPF for rank in range(len(items))))
    return lambda: rng.choices(items, cum_weights=weights)[0]


@dataclass(frozen=True)
class Actor:
    """One synthetic corpus actor: what a cloned entity is renamed to."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None


class Universe:
    """The synthetic corpus's actors (per kind, each drawn by a Zipf law), countries and sites."""

    def __init__(self, rng: random.Random) -> None:
        import country_converter

        states = country_converter.CountryConverter().data[["ISO3", "name_short"]].values.tolist()
        rng.shuffle(states)  # which countries are frequent is arbitrary, but fixed by the seed
        country = _zipf([iso3 for iso3, _ in states], rng)
        sector = _zipf(list(SECTORS), rng)
        pools: dict[str, list[Actor]] = {"state": [Actor(name, (), iso3, "GOV") for iso3, name in states]}
        for kind, size in POOL_SIZES.items():
            names: dict[str, Actor] = {}
            while len(names) < size:
                base = _word(rng, rng.choice((2, 3)))
                if kind == "person":
                    name, aliases = f"{_word(rng, 2)} {base}", (base,)
                elif kind == "organisation":
                    name, aliases = f"{base} {rng.choice(ORG_WORDS)}", ()
                else:
                    name, aliases = f"{base} {rng.choice(GROUP_WORDS)}", ()
                names.setdefault(name.lower(), Actor(name, aliases, country(), sector()))
            pools[kind] = list(names.values())
        self.draw = {kind: _zipf(pool, rng) for kind, pool in pools.items()}
        self.site = _zipf([f"{_word(rng, 2)} {rng.choice(PAPERS)}" for _ in range(50)], rng)


def _shift(value: str | None, days: int) -> str | None:
    """An ISO date or datetime moved by ``days`` (its time part kept); other values unchanged."""
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except (TypeError, ValueError):
        return value


def _recast(entities: list[Entity], universe: Universe) -> dict[str, Actor]:
    """Entity id -> the synthetic actor it becomes: a distinct Zipf draw of its kind per named entity
    (generic ones such as "officials" and kinds without a pool stay as they are)."""
    from newsgraph.store.actors import kind_of, linkable

    cast: dict[str, Actor] = {}
    for e in entities:
        draw = universe.draw.get(kind_of(e))
        if draw is None or not linkable(e):
            continue
        for _ in range(20):  # distinct actors within one article
            actor = draw()
            if actor not in cast.values():
                cast[e.id] = actor
                break
    return cast


def clone(article: Article, i: int, rng: random.Random, universe: Universe, latest: date) -> Article:
    """A copy of ``article`` with a new id, site and date (events moved with it), and its named entities,
    speakers and event actors recast as synthetic actors (the text is the seed's)."""
    from newsgraph.record import Published

    published = date.fromisoformat((article.published.value or latest.isoformat())[:10])
    days = (latest - published).days - rng.randrange(DAYS)
    cast = _recast(article.entities, universe)

    def who(part):  # a speaker or event actor, renamed with its entity
        actor = cast.get(part.entity) if part is not None and part.entity else None
        return part if actor is None else part.model_copy(
            update={"text": actor.name, "country": actor.country, "sector": actor.sector})

    entities = [e if e.id not in cast else e.model_copy(update={
        "name": cast[e.id].name, "aliases": list(cast[e.id].aliases), "country": cast[e.id].country,
        "sector": cast[e.id].sector, "igo": None}) for e in article.entities]
    quotes = [q.model_copy(update={"speaker": who(q.speaker)}) for q in article.quotes]
    events = [e.model_copy(update={"source": who(e.source), "target": who(e.target),
                                   "date": e.date.model_copy(update={"value": _shift(e.date.value, days)})})
              for e in article.events]
    return article.model_copy(update={
        "id": f"synthetic-{i:07d}", "site": universe.site(), "entities": entities, "quotes": quotes,
        "events": events, "published": Published(value=_shift(published.isoformat(), days), basis=(
            article.published.basis if article.published.value else "option"))})


def synthesise(seed_db: Path, target: Path, n: int, batch: int = 500) -> float:
    """Write ``n`` clones of the seed store's articles into ``target``; the seconds it took."""
    from newsgraph.record import Article
    from newsgraph.store import connect
    from newsgraph.store.writer import Writer

    with closing(connect(seed_db, readonly=True)) as conn:
        records = [Article.model_validate_json(r[0]) for r in conn.execute("SELECT record FROM articles ORDER BY seq")]
    latest = max((date.fromisoformat(r.published.value[:10]) for r in records if r.published.value),
                 default=date(2025, 12, 31))
    rng, started = random.Random(7), time.perf_counter()
    universe = Universe(rng)
    writer = Writer(target, {"synthetic": n, "seed_db": str(seed_db)})
    try:
        for start in range(0, n, batch):
            writer.write([clone(records[i % len(records)], i, rng, universe, latest)
                          for i in range(start, min(n, start + batch))])
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
        site = conn.execute("SELECT site FROM articles GROUP BY site ORDER BY COUNT(*) DESC").fetchone()[0] or ""
        country = (conn.execute("SELECT country FROM actors WHERE country IS NOT NULL GROUP BY country "
                                "ORDER BY SUM(n_events) DESC").fetchone() or ["USA"])[0]
    windows = [f"since={_shift(day, -days)}&until={day}" for days in (30, 90, 365)]
    return {
        "search": ["/search", "/search?q=talks", "/search?q=minister&page=3", "/search?q=Ukraine+OR+Malta",
                   *(f"/search?{w}" for w in windows)],
        "search statements": ["/search?scope=statements", "/search?scope=statements&q=said",
                              "/search?scope=statements&anonymous=1", "/search?scope=statements&q=weapons&page=2"],
        "search filtered": [*(f"/search?q=sea&actor={a}" for a in actors), "/search?type=REQUEST",
                            "/search?scope=statements&type=ASSAULT", f"/search?anonymous=1&site={quote_plus(site)}"],
        "article": [f"/articles/{a}" for a in articles],
        "actor": [f"/actors/{a}" for a in actors],
        "timeline": ["/timeline", *(f"/timeline?actor={a}" for a in actors), "/timeline?modality=planned",
                     f"/timeline?country={country}", *(f"/timeline?{w}" for w in windows)],
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
