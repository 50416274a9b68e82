"""Figurative and non-political uses of trigger words yield no event of that type; literal controls keep theirs
(``tests/data/events_figurative.tsv``, ``events/literal.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.literal import acted_on, load_readings, rejection
from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.ontology import load_ontology
from newsgraph.events.triggers import find_candidates

DATA = Path(__file__).resolve().parents[1] / "data" / "events_figurative.tsv"
CASES = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


@pytest.mark.parametrize("expect,type_,text", CASES, ids=[f"{i}-{c[0]}-{c[1]}" for i, c in enumerate(CASES)])
def test_figurative_and_controls(analyse, expect, type_, text):
    """A figurative sentence has no event of the type its trigger word is listed under; a control keeps one."""
    events = analyse(text, published="2016-06-01")._.events
    found = [(e.type, e.source.text, e.trigger.text) for e in events]
    assert any(e.type == type_ for e in events) == (expect == "keep"), found


def test_shared_object_and_reason(nlp):
    """A verb conjoined before another shares its object ("meet and exceed its targets"), which names the check."""
    doc = nlp("The company promised to meet and exceed its hiring targets.")
    meet = next(c for c in find_candidates(next(doc.sents), load_lexicon(), load_ontology())
                if c.anchor.lower_ == "meet")
    assert [t.lower_ for t in acted_on(meet)] == ["targets"]
    assert rejection(meet) == "object_class"


def test_readings_are_lowercase_lemmas():
    """Every class word is a lowercase lemma, so it compares with ``token.lemma_.lower()``."""
    readings = load_readings()
    words = set().union(*readings.objects.values(), readings.indefinites, readings.question_verbs)
    assert words and all(w == w.lower() for w in words)
    assert set(readings.objects) <= set(load_ontology().types)
