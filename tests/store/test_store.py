"""The store on hand-coded records: schema, migrations, idempotence, actors, lock, read-only access."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from newsgraph.record import Article, ErrorRecord, Source
from newsgraph.store import connect
from newsgraph.store.migrations import MIGRATIONS, SCHEMA_VERSION
from newsgraph.store.writer import StoreLocked, Writer

TABLES = ("articles", "actors", "mentions", "places", "times", "statements", "events", "errors", "runs")


def counts(path) -> dict[str, int]:
    conn = connect(path, readonly=True)
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_a_new_store_is_wal_with_foreign_keys_at_the_latest_version(tmp_path):
    conn = connect(tmp_path / "c.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)


def test_an_old_store_is_migrated_on_open(tmp_path):
    raw = sqlite3.connect(tmp_path / "old.db")
    MIGRATIONS[0](raw)
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    conn = connect(tmp_path / "old.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'actor_aliases_alias'").fetchone()


def test_every_part_of_a_record_lands_in_its_table_and_the_record_survives(store, records):
    assert counts(store) == {"articles": 5, "actors": 11, "mentions": 15, "places": 1,
                             "times": 1, "statements": 7, "events": 8, "errors": 0, "runs": 1}
    conn = connect(store, readonly=True)
    saved = conn.execute("SELECT record FROM articles WHERE id = ?", (records[0].id,)).fetchone()[0]
    assert Article.model_validate_json(saved) == records[0]
    row = conn.execute("SELECT * FROM events WHERE type = 'AID'").fetchone()
    assert (row["source_country"], row["target_country"], row["modality"], row["day"]) == ("USA", "UKR", "planned",
                                                                                           "2023-10-10")


def test_writing_the_same_batch_again_adds_nothing(store, records):
    before = counts(store)
    writer = Writer(store, {"again": True})
    writer.write(records)
    assert writer.close().skipped == len(records)
    after = counts(store)
    assert after == {**before, "runs": 2}


def test_the_forms_of_lloyd_austin_are_one_actor_and_the_city_is_another(store):
    conn = connect(store, readonly=True)
    rows = conn.execute("SELECT actor_id, name, type FROM mentions WHERE name LIKE '%Austin%'").fetchall()
    people = {r["actor_id"] for r in rows if r["type"] == "PERSON"}
    city = {r["actor_id"] for r in rows if r["type"] == "GPE"}
    assert len(people) == 1 and len(city) == 1 and people != city
    actor = conn.execute("SELECT * FROM actors WHERE id = ?", tuple(people)).fetchone()
    assert (actor["n_articles"], actor["n_statements"], actor["country"], actor["sector"]) == (3, 3, "USA", "MIL")
    aliases = {r[0] for r in conn.execute("SELECT alias FROM actor_aliases WHERE actor_id = ?", tuple(people))}
    assert aliases == {"Lloyd J. Austin III", "Lloyd Austin", "Austin"}
    us = conn.execute("SELECT COUNT(DISTINCT actor_id) FROM mentions WHERE country = 'USA' AND kind = 'state'")
    assert us.fetchone()[0] == 1


def test_a_surname_met_first_is_absorbed_when_its_full_name_arrives(tmp_path, records):
    path = tmp_path / "c.db"
    writer = Writer(path, {})
    writer.write([records[3]])  # "Austin" (USA, MIL) alone
    writer.write([records[1]])  # then "Lloyd Austin" (USA, MIL)
    writer.close()
    conn = connect(path, readonly=True)
    ids = {r[0] for r in conn.execute("SELECT actor_id FROM mentions WHERE type = 'PERSON' AND name LIKE '%Austin'")}
    assert len(ids) == 1
    assert conn.execute("SELECT n_articles FROM actors WHERE id = ?", tuple(ids)).fetchone()[0] == 2


def test_a_surname_without_context_stays_apart(tmp_path, records):
    bare = records[3].model_copy(deep=True)
    bare.id = "bare-austin"
    bare.entities[0].country = bare.entities[0].sector = None
    path = tmp_path / "c.db"
    writer = Writer(path, {})
    writer.write([records[1], bare])
    writer.close()
    conn = connect(path, readonly=True)
    assert conn.execute("SELECT COUNT(DISTINCT actor_id) FROM mentions WHERE type = 'PERSON' AND name LIKE '%Austin'"
                        ).fetchone()[0] == 2


def test_errors_are_rows_once_per_input_and_reason(tmp_path):
    path = tmp_path / "c.db"
    for _ in range(2):
        writer = Writer(path, {})
        writer.write([ErrorRecord(uri="broken.html", error="no article text found")])
        writer.close()
    conn = connect(path, readonly=True)
    assert [tuple(r) for r in conn.execute("SELECT uri, error, run_id FROM errors")] == [
        ("broken.html", "no article text found", 2)]
    assert [r[0] for r in conn.execute("SELECT errors FROM runs ORDER BY id")] == [1, 1]


def test_a_second_writer_is_refused_or_waits(store):
    first = Writer(store, {})
    with pytest.raises(StoreLocked, match="pid"):
        Writer(store, {})
    waited = []
    thread = threading.Thread(target=lambda: waited.append(Writer(store, {}, wait=True).close()))
    thread.start()
    time.sleep(0.3)
    assert not waited
    first.close()
    thread.join(timeout=10)
    assert waited


def test_readers_are_read_only_and_not_blocked_by_an_open_write(store, records):
    writer = Writer(store, {})
    writer.conn.execute("BEGIN IMMEDIATE")
    writer.conn.execute("DELETE FROM errors")
    reader = connect(store, readonly=True)
    assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5
    with pytest.raises(sqlite3.OperationalError):
        reader.execute("DELETE FROM articles")
    writer.conn.execute("ROLLBACK")
    writer.close()


def test_full_text_search_finds_articles_and_statements(store):
    conn = connect(store, readonly=True)
    titles = [r[0] for r in conn.execute(
        "SELECT a.title FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank", ("ammunition",))]
    assert titles == ["NATO ministers meet in Brussels on ammunition shortfall"]
    said = conn.execute("SELECT speaker FROM statements_fts WHERE statements_fts MATCH ?", ('"ironclad"',))
    assert [r[0] for r in said] == ["Austin"]


def test_a_document_known_to_fail_is_skipped_unless_errors_are_retried(tmp_path):
    path = tmp_path / "c.db"
    writer = Writer(path, {})
    read = Source(uri="chrome-only.html", format="html")
    writer.write([ErrorRecord(uri="chrome-only.html", source=read, error="no article text found"),
                  ErrorRecord(uri="lost.html", error="worker failed: KilledWorker")], ["0f3a9c", "77aa01"])
    assert writer.stored("0f3a9c") and not writer.stored("77aa01")
    writer.close()
    retrying = Writer(path, {}, retry_errors=True)
    assert not retrying.stored("0f3a9c")
    retrying.close()


def test_generic_common_noun_actors_get_no_corpus_actor(tmp_path, records):
    generic = records[0].model_copy(deep=True)
    generic.id = "with-officials"
    generic.entities[1].type = "NOUN"  # as the actors stage labels "officials", "people"
    path = tmp_path / "c.db"
    writer = Writer(path, {})
    writer.write([generic])
    writer.close()
    conn = connect(path, readonly=True)
    row = conn.execute("SELECT actor_id FROM mentions WHERE entity_id = ?", (generic.entities[1].id,)).fetchone()
    assert row[0] is None
    assert conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == len(generic.entities) - 1
