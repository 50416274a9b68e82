"""Schema migrations: a plain ordered list of functions; ``PRAGMA user_version`` counts those applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from newsgraph.store import schema


def create_tables(conn: sqlite3.Connection) -> None:
    """Version 1: every table, index, full-text index and trigger of ``schema.py``."""
    for statement in (*schema.TABLES, *schema.INDEXES, *schema.FULL_TEXT):
        conn.execute(statement)


def index_actor_names(conn: sqlite3.Connection) -> None:
    """Version 2: case-insensitive look-up of actors by name or alias (``query --speaker``, ``--source``)."""
    conn.execute("CREATE INDEX actor_aliases_alias ON actor_aliases(alias COLLATE NOCASE)")
    conn.execute("CREATE INDEX actors_name ON actors(name COLLATE NOCASE)")


def add_error_documents(conn: sqlite3.Connection) -> None:
    """Version 3: ``errors.document_id`` (the failed document's article id), so reruns skip known failures."""
    conn.execute("ALTER TABLE errors ADD COLUMN document_id TEXT")
    conn.execute("CREATE INDEX errors_document ON errors(document_id)")


def index_for_web(conn: sqlite3.Connection) -> None:
    """Version 4: covering indexes for the web UI's aggregate pages (``schema.WEB_INDEXES``)."""
    for statement in schema.WEB_INDEXES:
        conn.execute(statement)


def add_statement_edges(conn: sqlite3.Connection) -> None:
    """Version 5: the network's all-time statement edges, kept by triggers (``schema.STATEMENT_EDGES``)."""
    for statement in schema.STATEMENT_EDGES:
        conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    create_tables,
    index_actor_names,
    add_error_documents,
    index_for_web,
    add_statement_edges,
]
"""Append only: migration ``i`` (0-based) brings the store to ``user_version = i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    """The store's schema version (0 for an empty file)."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this store has not seen, each in its own transaction; their names."""
    applied = []
    current = version(conn)
    if current > SCHEMA_VERSION:
        raise RuntimeError(f"store schema version {current} is newer than this newsgraph ({SCHEMA_VERSION})")
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) >= number:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(number)}")  # PRAGMA takes no parameters
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # after a full disk SQLite may have rolled back already
                conn.execute("ROLLBACK")
            raise
        applied.append(step.__name__)
    return applied
