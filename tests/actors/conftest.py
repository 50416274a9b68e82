"""Fixtures shared by the actor tests: a test article from ``tests/data`` and its actors, run once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.record import Entity

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def article(nlp) -> Callable[[str], tuple[str, list[Entity]]]:
    """``article(name)``: the text of ``tests/data/<name>`` and the actors the pipeline finds in it (cached by name,
    so each test module reads and parses its article once)."""
    cache: dict[str, tuple[str, list[Entity]]] = {}

    def load(name: str) -> tuple[str, list[Entity]]:
        if name not in cache:
            text = (DATA / name).read_text(encoding="utf-8")
            cache[name] = (text, nlp(text)._.entities)
        return cache[name]

    return load
