"""The single writer: one lock per store, one transaction per batch, one ``runs`` row per ingest."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from newsgraph.hardening.signals import signals_held
from newsgraph.record import Article, ErrorRecord, Event, Quote, to_json
from newsgraph.store import actors
from newsgraph.store.db import connect


class StoreError(RuntimeError):
    """The store cannot be written (read-only, disk full, I/O error); the message is one line for the user."""


class StoreLocked(StoreError):
    """Another process is writing to this store."""


@contextlib.contextmanager
def store_errors(path: Path) -> Iterator[None]:
    """Turn what the file system or SQLite say about writing ``path`` into a one-line StoreError.

    Constraint and programming errors pass unchanged: they are bugs, not the state of the disk."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
        raise
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorname", None)  # e.g. SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_READONLY
        raise StoreError(f"cannot write the store {path}: {exc}{f' ({code})' if code else ''}") from exc
    except OSError as exc:
        raise StoreError(f"cannot write the store {path}: {(exc.strerror or str(exc)).lower()}") from exc


def check_writable(path: Path) -> None:
    """Refuse a read-only store or folder before anything is created beside it (lock, WAL, shared memory)."""
    for target, what in ((path, "file"), (path.parent, "folder")):
        if target.exists() and not os.access(target, os.W_OK):
            raise StoreError(f"cannot write the store {path}: its {what} is read-only")


@dataclass
class Counts:
    """What one ingest did so far."""

    documents: int = 0
    added: int = 0
    skipped: int = 0
    errors: int = 0


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date, datetime or ``start/end`` range (its start)."""
    return value[:10] if value and len(value) >= 10 and value[4] == "-" else None


class Writer:
    """Holds the store's write lock for its lifetime; ``write`` stores a batch atomically."""

    def __init__(self, path: str | os.PathLike, args: dict, workers: int = 0, wait: bool = False,
                 retry_errors: bool = False) -> None:
        self.path = Path(path)
        self.retry_errors = retry_errors
        self.counts = Counts()
        self._started = time.monotonic()
        self.conn: sqlite3.Connection | None = None
        check_writable(self.path)
        with store_errors(self.path):
            self._lock = open(f"{self.path}.lock", "a+b", buffering=0)  # unbuffered: no flush can fail at close
        try:
            self._acquire(wait)
            with store_errors(self.path):
                self.conn = connect(self.path)
                self.conn.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
                cur = self.conn.execute("INSERT INTO runs(started, args, workers) VALUES (?, ?, ?)",
                                        (now(), json.dumps(args), workers))
        except BaseException:
            self._release()
            raise
        self.run_id = cur.lastrowid

    def _acquire(self, wait: bool) -> None:
        """Take the store's write lock (or wait for it) and write our pid into the lock file."""
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            self._lock.seek(0)
            holder = self._lock.read().decode("utf-8", "replace").strip() or "another process"
            raise StoreLocked(f"{self.path} is being written by {holder}; rerun with --wait to queue") from None
        with store_errors(self.path):
            self._lock.seek(0)
            self._lock.truncate()
            self._lock.write(f"pid {os.getpid()}".encode())

    def stored(self, article_id: str) -> bool:
        """Whether this document is stored as an article or, unless retrying errors, known to fail."""
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            return True
        return not self.retry_errors and self.conn.execute(
            "SELECT 1 FROM errors WHERE document_id = ?", (article_id,)).fetchone() is not None

    def write(self, records: Sequence[Article | ErrorRecord],
              document_ids: Sequence[str | None] | None = None) -> None:
        """Store a batch of records (``document_ids``: the article id of each record's document, if known).

        Ctrl-C or SIGTERM during the write act when it ends: a batch already analysed is committed, not lost."""
        conn = self.conn
        with signals_held(), store_errors(self.path):  # a full disk can strike at any INSERT (the page cache spills), not only COMMIT
            conn.execute("BEGIN IMMEDIATE")
            counted = (self.counts.added, self.counts.skipped, self.counts.errors)
            try:
                touched: set[int] = set()
                for record, document_id in zip(records, document_ids or [None] * len(records)):
                    if isinstance(record, ErrorRecord):
                        self._error(record, document_id)
                    elif self._article(record, touched):
                        self.counts.added += 1
                    else:
                        self.counts.skipped += 1
                actors.refresh(conn, touched)
                self._save_counts()
                conn.execute("COMMIT")
            except BaseException:
                self.counts.added, self.counts.skipped, self.counts.errors = counted  # nothing of the batch stays
                if conn.in_transaction:  # SQLite has already rolled back after some errors (disk full at COMMIT)
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise

    def close(self, status: str = "done") -> Counts:
        """Record the run as finished, release the lock (even if recording fails); the final counts."""
        try:
            with signals_held(), store_errors(self.path):
                self.conn.execute("BEGIN IMMEDIATE")
                self._save_counts()
                self.conn.execute(
                    "UPDATE runs SET finished = ?, status = ?, seconds = ? WHERE id = ?",
                    (now(), status, round(time.monotonic() - self._started, 3), self.run_id),
                )
                self.conn.execute("COMMIT")
                self.conn.execute("PRAGMA optimize")
        finally:
            self._release()
        return self.counts

    def abort(self, status: str) -> None:
        """Close after a failure that is already being raised: record ``status`` if the store still takes it."""
        with contextlib.suppress(StoreError):
            self.close(status)

    def _release(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self._lock.close()

    def _save_counts(self) -> None:
        c = self.counts
        self.conn.execute(
            "UPDATE runs SET documents = ?, added = ?, skipped = ?, errors = ? WHERE id = ?",
            (c.documents, c.added, c.skipped, c.errors, self.run_id),
        )

    def _error(self, record: ErrorRecord, document_id: str | None) -> None:
        """Log an error; only a document that was read and failed in analysis (``source`` set) is skipped later."""
        self.counts.errors += 1
        self.conn.execute(
            "INSERT INTO errors(run_id, uri, error, seen, document_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(uri, error) DO UPDATE SET run_id = excluded.run_id, seen = excluded.seen,"
            " document_id = excluded.document_id",
            (self.run_id, record.uri, record.error, now(), document_id if record.source else None),
        )

    def _article(self, a: Article, touched: set[int]) -> bool:
        """Insert one article and its parts; False when it was already stored."""
        day = _day(a.published.value)
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO articles(id, run_id, uri, url, format, warc_record_id, title, byline, site,"
            " language, published, published_basis, day, dateline, text, n_entities, n_statements, n_events,"
            " record, ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, self.run_id, a.source.uri, a.source.url, a.source.format, a.source.warc_record_id, a.title,
             a.byline, a.site, a.language, a.published.value, a.published.basis, day,
             a.dateline.text if a.dateline else None, a.text, len(a.entities), len(a.quotes), len(a.events),
             to_json(a), now()),
        )
        if cur.rowcount == 0:
            return False
        linked = self._entities(a, touched)
        self._places_and_times(a)
        self.conn.executemany(STATEMENT_SQL, [_statement_row(a.id, q, linked, day) for q in a.quotes])
        self.conn.executemany(EVENT_SQL, [_event_row(a.id, e, linked, day) for e in a.events])
        return True

    def _entities(self, a: Article, touched: set[int]) -> dict[str, int]:
        linked = {}
        for e in a.entities:
            actor_id = actors.link(self.conn, e) if actors.linkable(e) else None
            if actor_id is not None:
                actors.count_forms(self.conn, actor_id, e)
                linked[e.id] = actor_id
                touched.add(actor_id)
            self.conn.execute(
                "INSERT INTO mentions(article_id, entity_id, actor_id, name, type, kind, title, country, sector,"
                " igo, affiliation, aliases, spans, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, e.id, actor_id, e.name, e.type, e.kind, e.title, e.country, e.sector, e.igo, e.affiliation,
                 json.dumps(e.aliases), json.dumps(e.mentions), len(e.mentions)),
            )
        return linked

    def _places_and_times(self, a: Article) -> None:
        self.conn.executemany(
            "INSERT INTO places(article_id, place_id, name, country, geonameid, lat, lon, feature, spans, count)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, p.id, p.name, p.country, p.geonameid, p.lat, p.lon, p.feature, json.dumps(p.mentions),
              len(p.mentions)) for p in a.places],
        )
        self.conn.executemany(
            'INSERT INTO times(article_id, time_id, text, start, "end", value, anchor, granularity)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, t.id, t.text, t.span[0], t.span[1], t.value, t.anchor, t.granularity) for t in a.times],
        )


STATEMENT_SQL = (
    'INSERT INTO statements(article_id, quote_id, kind, text, start, "end", cue, cue_lemma, tense, speaker,'
    " speaker_entity, speaker_actor_id, anonymous, speaker_country, speaker_sector, speaker_description,"
    " anonymity_reason, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

EVENT_SQL = (
    "INSERT INTO events(article_id, event_id, type, mode, context, source, source_entity, source_actor_id,"
    " source_country, source_sector, target, target_entity, target_actor_id, target_country, target_sector,"
    ' trigger, start, "end", modality, reported_by, date, date_text, date_basis, day, place, place_country,'
    " geonameid, lat, lon, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _statement_row(article_id: str, q: Quote, linked: dict[str, int], day: str | None) -> tuple:
    s = q.speaker
    return (article_id, q.id, q.kind, q.text, q.span[0], q.span[1], q.cue.text if q.cue else None,
            q.cue.lemma if q.cue else None, q.cue.tense if q.cue else None, s.text if s else None,
            s.entity if s else None, linked.get(s.entity) if s and s.entity else None, int(bool(s and s.anonymous)),
            s.country if s else None, s.sector if s else None, s.description if s else None,
            s.anonymity_reason if s else None, day)


def _event_row(article_id: str, e: Event, linked: dict[str, int], day: str | None) -> tuple:
    src, tgt, place = e.source, e.target, e.place
    return (article_id, e.id, e.type, e.mode, json.dumps(e.context), src.text, src.entity,
            linked.get(src.entity) if src.entity else None, src.country, src.sector,
            tgt.text if tgt else None, tgt.entity if tgt else None,
            linked.get(tgt.entity) if tgt and tgt.entity else None, tgt.country if tgt else None,
            tgt.sector if tgt else None, e.trigger.text, e.span[0], e.span[1], e.modality, e.reported_by,
            e.date.value, e.date.text, e.date.basis, _day(e.date.value) or day,
            place.name if place else None, place.country if place else None, place.geonameid if place else None,
            place.lat if place else None, place.lon if place else None, e.confidence)

