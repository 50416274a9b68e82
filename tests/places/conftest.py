"""Fixtures for the places tests: the pipeline run with the Doc._ inputs ingest would set."""

from __future__ import annotations

import pytest

from newsgraph.record import Dateline


@pytest.fixture(scope="session")
def analyse(nlp):
    """``analyse(text, published=..., dateline=...)``: the analysed Doc."""

    def run(text: str, published: str | None = "2024-09-13", dateline: str | None = None):
        doc = nlp.make_doc(text)
        doc._.published = published
        if dateline is not None:
            start = text.index(dateline)
            doc._.dateline = Dateline(text=dateline, span=(start, start + len(dateline)),
                                      place=dateline.split()[0])
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def seed_doc(analyse, seed_text):
    """The seed page: AP, dateline "WASHINGTON –", published 2024-09-13."""
    return analyse(seed_text, dateline="WASHINGTON –")
