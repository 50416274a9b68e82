"""A store of the hand-coded store_corpus records (tests/data/store_records.jsonl) to export from."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.record import Article

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store holding the five hand-coded articles."""
    from newsgraph.store.writer import Writer

    lines = (DATA / "store_records.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path_factory.mktemp("export") / "corpus.db"
    writer = Writer(path, {"test": True})
    writer.write([Article.model_validate_json(line) for line in lines])
    writer.close()
    return path
