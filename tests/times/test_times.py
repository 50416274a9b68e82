"""newsgraph_times on real text: the seed article, realistic sentences, no anchor, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
CASES = [line.split("\t") for line in (DATA / "times_sentences.tsv").read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


def values(times, text):
    return [(t.value, t.granularity) for t in times if t.text == text]


def test_seed_relative_expressions(seed_times):
    assert set(values(seed_times, "last week")) == {("2024-09-02/2024-09-08", "week")}
    assert set(values(seed_times, "next week")) == {("2024-09-16/2024-09-22", "week")}
    assert values(seed_times, "Saturday") == [("2024-09-07", "day")]  # "On Saturday, ... said"
    assert values(seed_times, "over the weekend") == [("2024-09-07/2024-09-08", "range")]
    assert values(seed_times, "overnight") == [("2024-09-12/2024-09-13", "range")]
    assert values(seed_times, "Wednesday, Sept. 11, 2024") == [("2024-09-11", "day")]
    assert values(seed_times, "late next week") == [("2024-09-20/2024-09-22", "range")]


def test_seed_ids_anchor_and_every_span(seed_times, seed_text):
    assert [t.id for t in seed_times] == [f"T{i}" for i in range(1, len(seed_times) + 1)]
    for t in seed_times:
        assert seed_text[t.span[0]:t.span[1]] == t.text
        assert t.anchor == "2024-09-13"
    assert [t.span for t in seed_times] == sorted(t.span for t in seed_times)


@pytest.mark.parametrize("sentence,expression,value,granularity", CASES, ids=[c[1] for c in CASES])
def test_sentences(analyse, sentence, expression, value, granularity):
    times = analyse(sentence)._.times
    assert values(times, expression) == [(value, granularity)], [(t.text, t.value) for t in times]
    for t in times:
        assert sentence[t.span[0]:t.span[1]] == t.text


def test_tense_decides_bare_weekdays(analyse):
    times = analyse("Officials said Tuesday that the ministers will meet Thursday in Brussels.")._.times
    assert [(t.text, t.value) for t in times] == [("Tuesday", "2024-09-10"), ("Thursday", "2024-09-19")]


def test_a_weekday_deep_in_a_participles_phrase_takes_the_tense_of_the_verb_above(analyse):
    times = analyse("Police arrested two men suspected of supplying fuel to the gang in a raid on Sunday.")._.times
    assert [(t.text, t.value) for t in times] == [("Sunday", "2024-09-08")]


def test_without_publication_date_relative_values_stay_null(analyse):
    times = analyse("The deal signed on Sept. 11, 2024, took effect last week.", published=None)._.times
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("Sept. 11, 2024", "2024-09-11", None), ("last week", None, None)]


def test_ages_are_not_times(analyse):
    times = analyse("The 65-year-old senator, who is 70 years old, spoke Monday.")._.times
    assert [t.text for t in times] == ["Monday"]


def test_odd_text_never_raises(analyse):
    doc = analyse("\x00 ‽‽ Feb. 30, 2024 ,,, 99999 years ago\n\n\t Saturday Saturday", published="not a date")
    assert all(t.anchor is None for t in doc._.times)
