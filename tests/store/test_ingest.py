"""Ingest with the real pipeline (eight small news pages in tests/data/store_corpus): rerun skips everything; kill -9 then rerun equals an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.store import connect
from newsgraph.store.ingest import ingest
from newsgraph.store.writer import StoreLocked, Writer

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
COUNTED = ("articles", "actors", "actor_aliases", "mentions", "places", "times", "statements", "events", "errors")


def counts(path: Path) -> dict[str, int]:
    conn = connect(path, readonly=True)
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nlp) -> Path:
    """The corpus ingested in one uninterrupted in-process run."""
    path = tmp_path_factory.mktemp("reference") / "corpus.db"
    result, _ = ingest([CORPUS], path, batch_size=2)
    assert (result.documents, result.added, result.errors) == (8, 8, 0)
    return path


def test_a_rerun_skips_every_article_before_analysis(reference):
    before = counts(reference)
    result, run_id = ingest([CORPUS], reference, batch_size=2)
    assert (result.documents, result.added, result.skipped) == (8, 0, 8)
    assert counts(reference) == before
    run = connect(reference, readonly=True).execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
    assert (run["status"], run["skipped"], run["finished"] is not None) == ("done", 8, True)


def _articles(path: Path) -> int:
    try:
        return connect(path, readonly=True).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except (sqlite3.Error, FileNotFoundError):
        return 0


def test_kill_9_during_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path, reference):
    path = tmp_path / "killed.db"
    command = [sys.executable, "-m", "newsgraph.cli", "ingest", str(CORPUS), "--db", str(path),
               "--batch-size", "1", "--no-progress"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _articles(path) < 3 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    with pytest.raises(StoreLocked):  # a second ingest on the same store is refused meanwhile
        Writer(path, {})
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored = _articles(path)
    assert 3 <= stored < 8, "the kill should land mid-ingest"
    result, _ = ingest([CORPUS], path, batch_size=2)
    assert (result.added, result.skipped) == (8 - stored, stored)
    assert counts(path) == counts(reference)
    statuses = [r[0] for r in connect(path, readonly=True).execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]


def test_a_warc_is_stored_record_by_record_and_skipped_on_rerun(tmp_path, reference):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in sorted(CORPUS.glob("*.html"))[:3]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://news.example/{page.stem}", "response",
                                               payload=BytesIO(page.read_bytes()), http_headers=headers)
            writer.write_record(record)
    path = tmp_path / "warc.db"
    first, _ = ingest([warc], path, batch_size=2)
    again, _ = ingest([warc], path, batch_size=2)
    assert (first.added, again.skipped, again.added) == (3, 3, 0)
    rows = connect(path, readonly=True).execute("SELECT format, warc_record_id, url FROM articles").fetchall()
    assert {r["format"] for r in rows} == {"warc"} and all(r["warc_record_id"] for r in rows)


def test_clean_text_ingest_stores_the_whole_article(tmp_path, nlp):
    """``ingest(..., clean_text=True)``: a clean text is stored line for line, with its statements."""
    source = Path(__file__).resolve().parents[1] / "data" / "quotes_brat" / "text" / "news_2024-03-12_kelly-veto.txt"
    path = tmp_path / "clean.db"
    result, _ = ingest([source], path, clean_text=True)
    assert (result.added, result.errors) == (1, 0)
    text, statements = connect(path, readonly=True).execute(
        "SELECT text, n_statements FROM articles").fetchone()
    assert text.endswith("challenged in court.") and text.startswith("Governor vetoes") and statements >= 2
