"""``newsgraph analyze``: pages in, article records out (terminal summary or JSON Lines)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgraph.ingest.limits import add_limit_arguments, limits_from_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs, output and limits."""
    parser.add_argument("inputs", nargs="+", help="files, directories, WARC(.gz) files, http(s) URLs, or - for stdin")
    parser.add_argument("-o", "--output", help="write JSON Lines here ('-' for stdout); a rerun resumes the file")
    parser.add_argument("--overwrite", action="store_true", help="start --output afresh instead of resuming it")
    parser.add_argument("--published", help="publication date (ISO 8601) when the page does not say")
    add_limit_arguments(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on the terminal")


def run(args: argparse.Namespace) -> int:
    """Analyze every input; print one line per failed input on stderr; exit 1 if any failed."""
    from newsgraph.analysis import analyze_documents
    from newsgraph.commands.jsonl import ResumableJsonl
    from newsgraph.commands.summary import print_summary
    from newsgraph.ingest import Document, iter_documents
    from newsgraph.ingest.document import article_id
    from newsgraph.record import Article, to_json

    limits = limits_from_arguments(args)
    sink = ResumableJsonl(Path(args.output), args.overwrite) if args.output and args.output != "-" else None
    items = iter_documents(args.inputs, limits)
    if sink:
        items = (i for i in items if not (isinstance(i, Document) and article_id(i) in sink.done_ids))
    counts = {"articles": 0, "errors": 0}
    for record in analyze_documents(items, published=args.published, limits=limits):
        if isinstance(record, Article):
            counts["articles"] += 1
            if not args.output and not args.quiet:
                print_summary(record)
        else:
            counts["errors"] += 1
            print(f"newsgraph: error: {record.uri}: {record.error}", file=sys.stderr, flush=True)
        if sink:
            sink.write(record)
        elif args.output == "-":
            print(to_json(record), flush=True)
    if sink:
        sink.close()
        skipped = len(sink.done_ids)
        print(f"newsgraph: {counts['articles']} articles, {counts['errors']} errors written to {args.output}"
              + (f" ({skipped} already there, skipped)" if skipped else ""), file=sys.stderr)
    return 1 if counts["errors"] else 0
