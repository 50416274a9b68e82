"""The SQLite corpus store: schema, migrations, the single writer, queries and actor linking."""

from newsgraph.store.db import connect

__all__ = ["connect"]
