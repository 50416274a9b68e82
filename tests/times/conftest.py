"""Fixtures for the times tests: the pipeline run with a publication date set, as ingest would."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def analyse(nlp):
    """``analyse(text, published=...)``: the analysed Doc."""

    def run(text: str, published: str | None = "2024-09-13"):
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def seed_times(analyse, seed_text):
    """The seed page's time expressions, published 2024-09-13 (a Friday)."""
    return analyse(seed_text)._.times
