"""Open a corpus store: read-write (WAL, foreign keys, migrated) or read-only (URI ``mode=ro``)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from newsgraph.store.migrations import migrate

BUSY_TIMEOUT_MS = 30_000


def connect(path: str | os.PathLike, readonly: bool = False) -> sqlite3.Connection:
    """A connection with ``sqlite3.Row`` rows; read-write ones are in autocommit mode (explicit BEGIN)."""
    path = Path(path)
    if readonly:
        if not path.is_file():
            raise FileNotFoundError(f"no corpus store at {path}")
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        migrate(conn)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.row_factory = sqlite3.Row
    return conn
