"""Shared fixtures: the real spaCy pipeline (loaded once per session) and real texts."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "examples" / "seed-article.txt"


@pytest.fixture(scope="session")
def nlp():
    """The full newsgraph pipeline on the pinned English model."""
    from newsgraph.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled example page as scraped plain text, chrome and caption included."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the project (read-only data for tests and evaluation)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED
