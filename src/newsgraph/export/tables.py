"""Every store table to JSON Lines, CSV or Parquet, streamed in chunks (memory stays flat)."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

TABLES: tuple[str, ...] = ("articles", "actors", "actor_aliases", "mentions", "places", "times", "statements",
                           "events", "errors", "runs")
CHUNK = 5_000


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[list[tuple]]]:
    """Column names and chunks of rows of ``table`` (a name from ``TABLES``, never user text)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    cur = conn.execute(f"SELECT * FROM {table}")
    columns = [d[0] for d in cur.description]

    def chunks() -> Iterator[list[tuple]]:
        while rows := cur.fetchmany(CHUNK):
            yield [tuple(r) for r in rows]

    return columns, chunks()


def write_jsonl(conn: sqlite3.Connection, table: str, path: Path) -> int:
    """``table`` as one JSON object a line; the row count."""
    columns, chunks = _rows(conn, table)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for chunk in chunks:
            for row in chunk:
                out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
            count += len(chunk)
    return count


def write_csv(conn: sqlite3.Connection, table: str, path: Path) -> int:
    """``table`` as CSV with a header row; the row count."""
    columns, chunks = _rows(conn, table)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for chunk in chunks:
            writer.writerows(chunk)
            count += len(chunk)
    return count


def arrow_schema(conn: sqlite3.Connection, table: str) -> "pyarrow.Schema":  # noqa: F821
    """The Arrow schema from the table's declared column types."""
    import pyarrow as pa

    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    info = conn.execute("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", (table,)).fetchall()
    return pa.schema([(name, kinds.get(decl.upper(), pa.string())) for name, decl in info])


def write_parquet(conn: sqlite3.Connection, table: str, path: Path) -> int:
    """``table`` as Parquet (typed columns, zstd), one row group per chunk; the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(conn, table)
    columns, chunks = _rows(conn, table)
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for chunk in chunks:
            arrays = [pa.array(list(col), type=schema.field(name).type) for name, col in zip(columns, zip(*chunk))]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(chunk)
    return count


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}
