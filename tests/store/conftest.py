"""Fixtures for store tests: hand-coded records of the store_corpus texts, and stores built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.record import Article

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def records() -> list[Article]:
    """Five articles with actors, places, times, statements and PLOVER events (tests/data/store_records.jsonl)."""
    lines = (DATA / "store_records.jsonl").read_text(encoding="utf-8").splitlines()
    return [Article.model_validate_json(line) for line in lines]


@pytest.fixture()
def store(tmp_path: Path, records: list[Article]) -> Path:
    """A store holding ``records``."""
    from newsgraph.store.writer import Writer

    path = tmp_path / "corpus.db"
    writer = Writer(path, {"test": True})
    writer.write(records)
    writer.close()
    return path
