"""``newsgraph export``: a store to JSON Lines, CSV, Parquet, POLECAT, GraphML, GEXF and DNA files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("jsonl", "csv", "parquet", "polecat", "graphml", "gexf", "dna")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The store, the output directory, formats and tables."""
    from newsgraph.export.tables import TABLES

    parser.add_argument("--db", required=True, help="The SQLite store.")
    parser.add_argument("--out", required=True, help="Directory for the exported files (created).")
    parser.add_argument("--format", nargs="+", choices=FORMATS, default=list(FORMATS), metavar="FORMAT",
                        help=f"One or more of {', '.join(FORMATS)} (default: all).")
    parser.add_argument("--tables", nargs="+", choices=TABLES, default=list(TABLES), metavar="TABLE",
                        help="Tables for jsonl/csv/parquet (default: all).")


def export(db: str | Path, out: str | Path, formats: list[str], tables: list[str]) -> list[tuple[Path, int]]:
    """Write the requested files; (path, rows or edges) for each."""
    from newsgraph.export import dna, network, polecat
    from newsgraph.export.tables import WRITERS
    from newsgraph.store.db import connect

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    conn = connect(db, readonly=True)
    written = []
    for fmt in formats:
        if fmt in WRITERS:
            for table in tables:
                path = out / f"{table}.{fmt}"
                written.append((path, WRITERS[fmt](conn, table, path)))
    whole = {"polecat": ("events.polecat.tsv", polecat.write_polecat), "graphml": ("actors.graphml",
             network.write_graphml), "gexf": ("actors.gexf", network.write_gexf),
             "dna": ("statements.dna.csv", dna.write_dna)}
    for fmt in formats:
        if fmt in whole:
            name, write = whole[fmt]
            written.append((out / name, write(conn, out / name)))
    conn.close()
    return written


def run(args: argparse.Namespace) -> int:
    """Export and list the files written on stderr."""
    try:
        written = export(args.db, args.out, args.format, args.tables)
    except FileNotFoundError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    for path, count in written:
        print(f"{path}\t{count}", file=sys.stderr)
    return 0
