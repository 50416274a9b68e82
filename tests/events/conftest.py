"""Helpers for the events tests: run the full pipeline on a text with a publication date."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def analyse(nlp):
    """``analyse(text, published, dateline)`` -> the processed Doc."""

    def run(text: str, published: str | None = "2024-09-13", dateline=None):
        doc = nlp.make_doc(text)
        doc._.published = published
        doc._.dateline = dateline
        return nlp(doc)

    return run
