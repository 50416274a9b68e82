"""The main event of each sentence written for these tests (``tests/data/events_written.tsv``): type, source and,
where the line gives one, target."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.ontology import load_ontology

DATA = Path(__file__).resolve().parents[1] / "data" / "events_written.tsv"
CASES = [(*fields, "")[:4] for fields in (line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
                                            if line and not line.startswith("#"))]


@pytest.mark.parametrize("category,source,text,target", CASES, ids=[f"{i}-{case[0]}" for i, case in enumerate(CASES)])
def test_main_event(analyse, category, source, text, target):
    """The most confident event whose source is the expected country has the expected PLOVER category, and the
    expected target country where the line gives one ("-" for none)."""
    events = [e for e in analyse(text, published="2000-01-01")._.events if e.modality != "negated"]
    from_source = [e for e in events if e.source.country == source]
    assert from_source, [(e.type, e.source.text, e.source.country) for e in events]
    main = max(from_source, key=lambda e: e.confidence)
    assert load_ontology().category(main.type, main.modality) == category, (main.type, main.modality)
    if target:
        assert (main.target.country if main.target else "-") == target, main.target
