"""``newsgraph query``: articles, actors, statements and events of a store, as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import json
import sys


def _common(parser: argparse.ArgumentParser) -> None:
    """The switches every query subcommand shares."""
    parser.add_argument("--db", required=True, help="The SQLite store.")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table",
                        help="table (terminal), json (one array) or csv.")
    parser.add_argument("--limit", type=int, default=20, help="At most this many rows (default 20).")
    parser.add_argument("--explain", action="store_true", help="Show the query plan (indexes used) instead.")


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", help="From this date (YYYY-MM-DD, inclusive).")
    parser.add_argument("--until", help="Up to this date (YYYY-MM-DD, inclusive).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """One subcommand per question: articles, actors, statements, sourcing, events."""
    sub = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    p = sub.add_parser("articles", help="Articles by full-text search, date range and site.")
    p.add_argument("--search", help="FTS5 query over title and text, e.g. 'austin AND ukraine'.")
    p.add_argument("--site", help="Only this site.")
    _dates(p)
    p = sub.add_parser("actors", help="Top actors by mentions, statements, events or articles.")
    p.add_argument("--by", choices=("mentions", "statements", "events", "articles"), default="mentions")
    p.add_argument("--kind", help="person, organisation, state, group, ...")
    p.add_argument("--country", help="ISO 3166 alpha-3 code.")
    p = sub.add_parser("statements", help="Statements by speaker, anonymity and phrase.")
    p.add_argument("--speaker", help="Actor id, name or alias.")
    anonymity = p.add_mutually_exclusive_group()
    anonymity.add_argument("--anonymous", dest="anonymous", action="store_const", const=True)
    anonymity.add_argument("--named", dest="anonymous", action="store_const", const=False)
    p.add_argument("--phrase", help="Statements containing this exact phrase.")
    _dates(p)
    p = sub.add_parser("sourcing", help="Statements, anonymous share and quotation kinds per site, month, speaker "
                                        "country or sector.")
    p.add_argument("--by", choices=("site", "month", "country", "sector"), default="site")
    _dates(p)
    p = sub.add_parser("events", help="Events by type, source/target country or actor, modality, dates.")
    p.add_argument("--type", help="PLOVER event type, e.g. REQUEST.")
    p.add_argument("--source-country")
    p.add_argument("--target-country")
    p.add_argument("--source", help="Source actor id, name or alias.")
    p.add_argument("--target", help="Target actor id, name or alias.")
    p.add_argument("--modality", help="asserted, planned, threatened, requested, hypothetical, negated, reported")
    _dates(p)
    for choice in sub.choices.values():
        _common(choice)


def run(args: argparse.Namespace) -> int:
    """Run the query on a read-only connection and print the result."""
    from newsgraph.store import queries
    from newsgraph.store.db import connect

    try:
        conn = connect(args.db, readonly=True)
    except FileNotFoundError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    options = {k: v for k, v in vars(args).items() if k not in ("db", "format", "what", "command") and
               not k.startswith("_")}
    if args.what == "statements":
        options["text"] = options.pop("phrase")
    try:
        result = getattr(queries, args.what)(conn, **options)
    except Exception as exc:  # sqlite3 errors on a bad FTS query are the user's, not a crash
        print(f"newsgraph: query failed: {exc}", file=sys.stderr)
        return 2
    write(result, args.format)
    return 0


def write(result: "queries.Result", fmt: str) -> None:  # noqa: F821
    """Print ``result`` to standard output as a table, a JSON array or CSV."""
    if fmt == "json":
        json.dump([dict(zip(result.columns, row)) for row in result.rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif fmt == "csv":
        out = csv.writer(sys.stdout)
        out.writerow(result.columns)
        out.writerows(result.rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*("" if v is None else _short(str(v)) for v in row))
        console = Console()
        if not console.is_terminal:  # piped: do not squeeze into 80 columns
            console = Console(width=200)
        console.print(table)


def _short(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
