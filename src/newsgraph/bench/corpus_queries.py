"""The query half of ``bench corpus``: a synthetic store of N events (executemany), p50/p95 per query."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MODALITIES = ("asserted", "asserted", "asserted", "reported", "planned", "threatened", "requested", "hypothetical",
              "negated")
COUNTRIES = ("USA CHN RUS UKR GBR FRA DEU ISR PSE IRN IND PAK TUR SYR IRQ AFG JPN KOR PRK TWN SAU EGY NGA ZAF BRA "
             "MEX CAN AUS ITA ESP POL SDN ETH KEN VEN COL ARG IDN PHL VNM MMR BLR HUN SRB GEO ARM AZE LBN YEM QAT "
             "ARE JOR LBY MLI NER TCD SOM COD IGO").split()
SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "REB", "OPP", "BUS", "MED", "CVL")
WORDS = ("ukraine sanctions ceasefire election protest missile talks border refugees summit treaty minister "
         "president parliament army troops drone strike aid humanitarian agreement negotiations envoy nuclear "
         "embassy spokesman official coalition budget vote court ruling police arrest rebels oil gas trade tariff "
         "inflation market shares port grain shipping corridor attack shelling hostage release prisoner exchange "
         "drills exercise navy airspace satellite cyber hackers campaign opposition referendum").split()


def _zipf(n: int) -> list[float]:
    return [1.0 / (i + 1) for i in range(n)]


VOCABULARY = WORDS + [f"w{i}" for i in range(3000)]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(VOCABULARY, k=n))


def _bulk_mode(conn: "sqlite3.Connection", on: bool) -> None:  # noqa: F821
    """Drop (``on``) or recreate the indexes and full-text insert triggers around a bulk load."""
    from newsgraph.store import schema

    triggers = [s for s in schema.FULL_TEXT if "_insert AFTER INSERT" in s]
    if on:
        for statement in (*schema.INDEXES, *triggers):
            kind, name = statement.split()[1], statement.split()[2]
            conn.execute(f"DROP {kind} {name}")  # names from our own schema module
        return
    for statement in (*schema.INDEXES, *triggers):
        conn.execute(statement)
    for table in ("articles_fts", "statements_fts"):
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def build(path: Path, n_events: int, seed: int = 7) -> dict[str, float]:
    """A store with ``n_events`` events, n/20 articles, n/5 statements, 5,000 actors; seconds per table."""
    from newsgraph.store.db import connect

    rng = random.Random(seed)
    conn = connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    n_articles, n_statements, n_actors = max(1, n_events // 20), max(1, n_events // 5), 5000
    days = [f"{y}-{m:02d}-{d:02d}" for y in range(2018, 2026) for m in range(1, 13) for d in range(1, 29)]
    actor_country = rng.choices(COUNTRIES, weights=_zipf(len(COUNTRIES)), k=n_actors)
    actor_w = _zipf(n_actors)
    timings = {}
    conn.execute("BEGIN")
    _bulk_mode(conn, True)
    started = time.perf_counter()
    conn.executemany(
        "INSERT INTO actors(id, name, type, kind, country, sector, n_articles, n_mentions, n_statements, n_events)"
        " VALUES (?, ?, 'PERSON', 'person', ?, ?, ?, ?, ?, ?)",
        ((i + 1, f"Actor {i + 1}", actor_country[i], rng.choice(SECTORS), int(9000 * w), int(40000 * w),
          int(8000 * w), int(30000 * w)) for i, w in enumerate(actor_w)))
    conn.executemany("INSERT INTO actor_aliases(actor_id, alias, count) VALUES (?, ?, 1)",
                     ((i, f"Actor {i}") for i in range(1, n_actors + 1)))
    timings["actors"] = time.perf_counter() - started
    started = time.perf_counter()
    article_days = sorted(rng.choices(days, k=n_articles))
    conn.executemany(
        "INSERT INTO articles(id, site, title, published, day, text, record, ingested)"
        " VALUES (?, ?, ?, ?, ?, ?, '{}', ?)",
        ((f"a{i}", f"site{rng.randrange(40)}.example", _text(rng, 8), day, day, _text(rng, 120), day)
         for i, day in enumerate(article_days)))
    timings["articles"] = time.perf_counter() - started
    started = time.perf_counter()
    conn.executemany(
        "INSERT INTO statements(article_id, quote_id, kind, text, speaker, speaker_actor_id, anonymous, day)"
        " VALUES (?, ?, 'direct', ?, ?, ?, ?, ?)",
        _statements(rng, n_statements, n_articles, article_days, actor_w))
    timings["statements"] = time.perf_counter() - started
    started = time.perf_counter()
    conn.executemany(EVENT_SQL, _events(rng, n_events, n_articles, article_days, actor_w, actor_country))
    timings["events"] = time.perf_counter() - started
    started = time.perf_counter()
    _bulk_mode(conn, False)
    timings["indexes"] = time.perf_counter() - started
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return timings


EVENT_SQL = (
    "INSERT INTO events(article_id, event_id, type, source, source_actor_id, source_country, source_sector,"
    ' target, target_actor_id, target_country, target_sector, trigger, start, "end", modality, day, confidence)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 10, ?, ?, ?)"
)


def _statements(rng: random.Random, n: int, n_articles: int, article_days: list[str],
                actor_w: list[float]) -> Iterator[tuple]:
    speakers = rng.choices(range(1, len(actor_w) + 1), weights=actor_w, k=n)
    for i in range(n):
        article = rng.randrange(n_articles)
        anonymous = rng.random() < 0.15
        yield (f"a{article}", f"Q{i}", _text(rng, 20), "an official" if anonymous else f"Actor {speakers[i]}",
               None if anonymous else speakers[i], int(anonymous), article_days[article])


def _events(rng: random.Random, n: int, n_articles: int, article_days: list[str], actor_w: list[float],
            actor_country: list[str]) -> Iterator[tuple]:
    ids = range(1, len(actor_w) + 1)
    sources = rng.choices(ids, weights=actor_w, k=n)
    targets = rng.choices(ids, weights=actor_w, k=n)
    types = rng.choices(TYPES, k=n)
    for i in range(n):
        article = rng.randrange(n_articles)
        s, t = sources[i], targets[i]
        yield (f"a{article}", f"V{i}", types[i], f"Actor {s}", s, actor_country[s - 1], "GOV", f"Actor {t}", t,
               actor_country[t - 1], "GOV", types[i].lower(), rng.choice(MODALITIES), article_days[article],
               round(rng.random(), 2))


def _range(rng: random.Random, days: int) -> dict[str, str]:
    start = 2018 + rng.randrange(8), 1 + rng.randrange(12), 1 + rng.randrange(28)
    end = start[0] + (start[1] + days // 30 - 1) // 12, (start[1] + days // 30 - 1) % 12 + 1, start[2]
    return {"since": "%04d-%02d-%02d" % start, "until": "%04d-%02d-%02d" % end}


def cases(rng: random.Random) -> list[tuple[str, str, Callable[[], dict]]]:
    """(label, query function name, parameters factory) for every question ``newsgraph query`` answers."""
    actor = lambda: str(rng.choices(range(1, 5001), weights=_zipf(5000))[0])  # noqa: E731
    country = lambda: rng.choice(COUNTRIES[:20])  # noqa: E731
    return [
        ("articles: full text", "articles", lambda: {"search": rng.choice(WORDS)}),
        ("articles: 30-day range", "articles", lambda: _range(rng, 30)),
        ("articles: site + 90 days", "articles", lambda: {"site": f"site{rng.randrange(40)}.example",
                                                          **_range(rng, 90)}),
        ("actors: top by mentions", "actors", lambda: {"by": "mentions"}),
        ("actors: top by statements, country", "actors", lambda: {"by": "statements", "country": country()}),
        ("statements: by speaker", "statements", lambda: {"speaker": actor()}),
        ("statements: anonymous, 30 days", "statements", lambda: {"anonymous": True, **_range(rng, 30)}),
        ("statements: by phrase", "statements", lambda: {"text": rng.choice(WORDS)}),
        ("events: type + 90 days", "events", lambda: {"type": rng.choice(TYPES), **_range(rng, 90)}),
        ("events: source country", "events", lambda: {"source_country": country()}),
        ("events: target country + 1 year", "events", lambda: {"target_country": country(), **_range(rng, 360)}),
        ("events: source actor", "events", lambda: {"source": actor()}),
        ("events: target actor + 90 days", "events", lambda: {"target": actor(), **_range(rng, 90)}),
        ("events: modality + 30 days", "events", lambda: {"modality": rng.choice(MODALITIES[3:]), **_range(rng, 30)}),
        ("events: type + source country", "events", lambda: {"type": rng.choice(TYPES), "source_country": country()}),
    ]


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) of ``samples``."""
    return statistics.median(samples), statistics.quantiles(samples, n=20, method="inclusive")[18]


def run_queries(path: Path, n_events: int, repeat: int) -> None:
    """Build the synthetic store, then time every query ``repeat`` times and show its plan."""
    from newsgraph.store import queries
    from newsgraph.store.db import connect

    started = time.perf_counter()
    timings = build(path, n_events)
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"\nSynthetic store: {n_events:,} events, {n_events // 5:,} statements, {n_events // 20:,} articles, "
          f"5,000 actors built in {time.perf_counter() - started:.1f} s "
          f"({', '.join(f'{k} {v:.1f} s' for k, v in timings.items())}; {size / 2**20:.0f} MiB)")
    conn = connect(path, readonly=True)
    rng = random.Random(11)
    print(f"  {'query':38} {'p50 ms':>8} {'p95 ms':>8}  plan")
    for label, name, params in cases(rng):
        function = getattr(queries, name)
        samples = []
        for _ in range(repeat):
            kwargs = params()
            begin = time.perf_counter()
            function(conn, limit=20, **kwargs)
            samples.append((time.perf_counter() - begin) * 1000)
        plan = function(conn, limit=20, explain=True, **params()).rows
        p50, p95 = percentiles(samples)
        print(f"  {label:38} {p50:8.2f} {p95:8.2f}  {'; '.join(row[3] for row in plan)}")
