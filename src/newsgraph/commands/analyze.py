"""``newsgraph analyze``: pages in, article records out (terminal summary or JSON Lines)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.ingest.limits import add_clean_argument, add_limit_arguments, limits_from_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs, output and limits."""
    parser.add_argument("inputs", nargs="+", help="files, directories, WARC(.gz) files, http(s) URLs, or - for stdin")
    parser.add_argument("-o", "--output", help="write JSON Lines here ('-' for stdout); a rerun resumes the file")
    parser.add_argument("--overwrite", action="store_true", help="start --output afresh instead of resuming it")
    parser.add_argument(
        "--published", help="publication date (ISO 8601) of every input; overrides the page's own date (basis: option)"
    )
    add_limit_arguments(parser)
    add_clean_argument(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary table (the count line on stderr stays)")


def run(args: argparse.Namespace) -> int:
    """Analyze every input; print one line per failed input on stderr; exit 1 if any failed. Ctrl-C (130) or
    SIGTERM (143) stop it after one line saying how far it got; ``--output`` then holds whole records only."""
    from newsgraph.analysis import analyze_documents, error_uri
    from newsgraph.commands.jsonl import ResumableJsonl
    from newsgraph.commands.summary import print_summary
    from newsgraph.hardening.signals import exit_status, terminate_as_interrupt
    from newsgraph.ingest import Document, InputError, iter_documents
    from newsgraph.ingest.document import article_id
    from newsgraph.record import Article, to_json

    limits = limits_from_arguments(args)
    sink = ResumableJsonl(Path(args.output), args.overwrite) if args.output and args.output != "-" else None
    items = iter_documents(args.inputs, limits, args.clean_text)
    counts = {"articles": 0, "errors": 0, "skipped": 0, "failed_before": 0}

    def fresh(items: Iterable[Document | InputError], sink: ResumableJsonl) -> Iterator[Document | InputError]:
        """Resume: what the file already holds, an article or an error, is not analysed again."""
        for item in items:
            failed_before = error_uri(item) in sink.done_errors
            if failed_before or isinstance(item, Document) and article_id(item) in sink.done_ids:
                counts["skipped"] += 1
                counts["failed_before"] += failed_before
                continue
            yield item

    if sink:
        items = fresh(items, sink)
    try:
        with terminate_as_interrupt():
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
    except KeyboardInterrupt as exc:
        where = f" written to {args.output}; rerun the same command to resume" if sink else ""
        print(f"newsgraph: interrupted after {counts['articles']} articles and {counts['errors']} errors{where}",
              file=sys.stderr)
        return exit_status(exc)
    finally:
        if sink:
            sink.close()
    if sink:
        skipped = counts["skipped"]
        print(f"newsgraph: {counts['articles']} articles, {counts['errors']} errors written to {args.output}"
              + (f" ({skipped} already there, skipped)" if skipped else ""), file=sys.stderr)
    return 1 if counts["errors"] or counts["failed_before"] else 0  # a rerun still reports inputs that failed
