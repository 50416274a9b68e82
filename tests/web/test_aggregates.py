"""The aggregate queries behind the network and timeline pages: right answers with and without the web's
covering indexes and derived statement edges (schema versions 4 and 5), and the bench's synthetic store has
a realistic spread of actors."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections import Counter
from contextlib import closing
from datetime import date
from pathlib import Path

import httpx
import pytest

from newsgraph.store import connect, schema
from newsgraph.web import queries, timeseries
from newsgraph.web.queries import Filters


def expected_edges(db: sqlite3.Connection) -> Counter:
    """Every actor-to-actor edge and its weight, counted in Python from the raw rows."""
    edges: Counter = Counter()
    for src, tgt, etype in db.execute("SELECT source_actor_id, target_actor_id, type FROM events"):
        if src is not None and tgt is not None and src != tgt:
            edges[src, tgt, etype] += 1
    for speaker, src, tgt in db.execute(
            "SELECT s.speaker_actor_id, e.source_actor_id, e.target_actor_id FROM events e JOIN statements s "
            "ON s.article_id = e.article_id AND s.quote_id = e.reported_by WHERE s.speaker_actor_id IS NOT NULL"):
        for other in (src, tgt):
            if other is not None and other != speaker:
                edges[speaker, other, "STATEMENT"] += 1
    return edges


def comparable(actor: dict) -> dict:
    """An actor page's data with each partner's event types as a set (``group_concat`` order follows the plan)."""
    for partner in actor["partners"]:
        partner["types"] = set(partner["types"].split(","))
    return actor


@pytest.fixture(scope="module")
def old_store(web_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the test store as a version-3 store: without the web's covering indexes and derived table."""
    copy = tmp_path_factory.mktemp("old") / "corpus.db"
    shutil.copy(web_store, copy)
    with closing(sqlite3.connect(copy)) as raw:
        for statement in (*schema.WEB_INDEXES, *schema.STATEMENT_EDGES):
            if made := re.match(r"\s*CREATE (INDEX|TABLE|TRIGGER) (\w+)", statement):
                raw.execute(f"DROP {made[1]} IF EXISTS {made[2]}")
        raw.execute("PRAGMA user_version = 3")
        raw.commit()
    return copy


def statement_edges(db: sqlite3.Connection) -> Counter:
    """The derived table's statement edges, keyed like ``expected_edges``."""
    return Counter({(s, o, "STATEMENT"): w for s, o, w in db.execute("SELECT speaker, other, weight "
                                                                      "FROM statement_edges")})


def live_statement_edges(db: sqlite3.Connection) -> Counter:
    """The statement edges counted from the raw rows."""
    return Counter({k: w for k, w in expected_edges(db).items() if k[2] == "STATEMENT"})


def test_network_keeps_the_heaviest_edges_and_counts_them_all(db) -> None:
    edges = expected_edges(db)
    ranked = sorted(edges.items(), key=lambda item: (-item[1], *item[0]))
    kept, total = queries.edges(db, Filters(), ("events", "statements"), 5)
    assert total == len(edges) > 5
    assert [((e["source"], e["target"], e["type"]), e["weight"]) for e in kept] == ranked[:5]


def test_statement_edges_table_follows_ingest_merges_and_deletes(web_store: Path, tmp_path: Path) -> None:
    from newsgraph.store.actors import merge

    copy = tmp_path / "corpus.db"
    shutil.copy(web_store, copy)
    with closing(connect(copy)) as conn:
        assert statement_edges(conn) == live_statement_edges(conn) and statement_edges(conn)
        speakers = [r[0] for r in conn.execute("SELECT speaker FROM statement_edges GROUP BY speaker "
                                               "ORDER BY SUM(weight) DESC, speaker LIMIT 2")]
        other = conn.execute("SELECT other FROM statement_edges ORDER BY weight DESC, other LIMIT 1").fetchone()[0]
        conn.execute("BEGIN")
        merge(conn, speakers[0], speakers[1])  # re-points statements' speakers and events' actors
        merge(conn, other, speakers[1])
        conn.execute("COMMIT")
        assert statement_edges(conn) == live_statement_edges(conn)
        conn.execute("BEGIN")  # cascades to its statements and events
        conn.execute("DELETE FROM articles WHERE id = (SELECT article_id FROM statements "
                     "WHERE speaker_actor_id IS NOT NULL LIMIT 1)")
        conn.execute("UPDATE events SET reported_by = NULL WHERE id % 2 = 0")
        conn.execute("COMMIT")
        assert statement_edges(conn) == live_statement_edges(conn)
        assert conn.execute("SELECT COUNT(*) FROM statement_edges WHERE weight <= 0").fetchone()[0] == 0


def test_old_stores_give_the_same_answers(db, old_store: Path) -> None:
    with closing(connect(old_store, readonly=True)) as old:
        assert queries.covered(db) and not queries.covered(old)
        actor_id = db.execute("SELECT id FROM actors ORDER BY n_events DESC LIMIT 1").fetchone()[0]
        for f in (Filters(), Filters(actor=str(actor_id)), Filters(modality="asserted"), Filters(since="2025-01-01")):
            assert queries.edges(db, f, ("events", "statements"), 300) == queries.edges(
                old, f, ("events", "statements"), 300)
            assert queries.event_days(db, f) == queries.event_days(old, f)
            for unit in ("day", "month", "year"):
                assert queries.events_by_bucket(db, f, unit) == queries.events_by_bucket(old, f, unit)
        assert comparable(queries.actor(db, actor_id)) == comparable(queries.actor(old, actor_id))


def test_old_stores_are_served(old_store: Path) -> None:
    from newsgraph.web.app import create_app
    from newsgraph.web.server import BackgroundServer

    with BackgroundServer(create_app(old_store)) as running:
        for path in ("/network", "/timeline", "/api/network?edges=statements", "/actors"):
            assert httpx.get(running.url + path, timeout=30).status_code == 200


def test_timeline_buckets_fold_the_daily_counts(db) -> None:
    daily = db.execute("SELECT day, type, COUNT(*) FROM events WHERE day IS NOT NULL GROUP BY 1, 2").fetchall()
    for unit in ("day", "month", "year"):
        days = queries.event_days(db, Filters())
        folded = [(r["day"], r["type"], r["n"]) for r in queries.events_by_bucket(db, Filters(), unit)]
        assert timeseries.stack(folded, unit, days) == timeseries.stack([tuple(r) for r in daily], unit)


def test_synthetic_store_has_many_actors_sites_and_years(web_store: Path, tmp_path: Path) -> None:
    from newsgraph.bench.web import synthesise

    target = tmp_path / "synthetic.db"
    synthesise(web_store, target, 300)
    with closing(connect(target, readonly=True)) as conn:
        actors = conn.execute("SELECT COUNT(*) FROM actors WHERE n_articles > 0").fetchone()[0]
        sites = conn.execute("SELECT COUNT(DISTINCT site) FROM articles").fetchone()[0]
        first, last = conn.execute("SELECT min(day), max(day) FROM articles").fetchone()
        top = conn.execute("SELECT n_articles FROM actors ORDER BY n_articles DESC LIMIT 1").fetchone()[0]
        countries = conn.execute("SELECT COUNT(DISTINCT source_country) FROM events").fetchone()[0]
        linked = conn.execute("SELECT COUNT(*) FROM events WHERE source_actor_id IS NOT NULL").fetchone()[0]
    assert actors > 500 and sites > 25 and countries > 30 and linked > 0
    assert (date.fromisoformat(last) - date.fromisoformat(first)).days > 2 * 365
    assert top < 300  # a Zipf head, not every article
