"""The ``newsgraph`` command: parses arguments and hands each subcommand to its module.

Every command module exposes ``add_arguments(parser)`` and ``run(args) -> int`` and keeps
heavy imports inside ``run`` so that ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMANDS: dict[tuple[str, ...], tuple[str, str]] = {
    ("analyze",): ("newsgraph.commands.analyze", "Analyze news pages (HTML, WARC, scraped text) into article records."),
    ("schema",): ("newsgraph.commands.schema", "Print the JSON Schema of the record."),
    ("ingest",): ("newsgraph.store.cli_ingest", "Analyze inputs into a SQLite corpus store (resumable)."),
    ("query",): ("newsgraph.store.cli_query", "Query a corpus store."),
    ("export",): ("newsgraph.export.cli", "Export a corpus store (JSONL, CSV, Parquet, POLECAT, GraphML, GEXF, DNA)."),
    ("serve",): ("newsgraph.web.cli", "Browse a corpus store in a local web app."),
    ("train", "lines"): ("newsgraph.extract.train", "Retrain the scraped-text line classifier."),
    ("eval", "extraction"): ("newsgraph.eval.extraction", "Body-extraction accuracy on the scrapinghub benchmark."),
    ("eval", "actors"): ("newsgraph.eval.actors", "Actor code and sector accuracy on PLOVER gold records."),
    ("eval", "quotes"): ("newsgraph.eval.quotes", "Attribution accuracy on PolNeAR-style brat data."),
    ("eval", "events"): ("newsgraph.eval.events", "PLOVER event accuracy on gold standard records."),
    ("eval", "speakers"): ("newsgraph.eval.speakers", "Speakers' countries on hand-coded whole-article reviews."),
    ("eval", "story-events"): ("newsgraph.eval.story_events", "Events of whole articles on hand-coded reviews."),
    ("bench", "extraction"): ("newsgraph.bench.extraction", "Extraction throughput and memory per input form."),
    ("bench", "nlp"): ("newsgraph.bench.nlp", "Pipeline throughput against bare spaCy."),
    ("bench", "corpus"): ("newsgraph.bench.corpus", "Corpus ingest scaling, rerun and query latency."),
    ("bench", "web"): ("newsgraph.bench.web", "Web page render times on a large store."),
    ("bench", "hostile"): ("newsgraph.bench.hostile", "Generate the hostile-input corpus and analyze all of it."),
}


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, one subparser per entry of ``COMMANDS``."""
    parser = argparse.ArgumentParser(prog="newsgraph", description=__doc__.splitlines()[0])
    groups: dict[str, argparse._SubParsersAction] = {}
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for path, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        if len(path) == 1:
            sub = top.add_parser(path[0], help=help_text, description=help_text)
        else:
            if path[0] not in groups:
                group = top.add_parser(path[0], help=f"{path[0]} commands")
                groups[path[0]] = group.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
            sub = groups[path[0]].add_parser(path[1], help=help_text, description=help_text)
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsgraph`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
