"""``newsgraph schema``: print the record's JSON Schema (the file in ``schema/`` is this output)."""

from __future__ import annotations

import argparse
import json

from newsgraph.record import json_schema


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the schema is printed to standard output."""


def run(args: argparse.Namespace) -> int:
    """Print the schema as indented JSON."""
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
