"""The pure resolver: every rule against one anchor, no anchor, and odd text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.times.resolve import resolve

ANCHOR = date(2024, 9, 13)
DATA = Path(__file__).resolve().parents[1] / "data"
CASES = [line.split("\t") for line in (DATA / "times_resolve.tsv").read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


@pytest.mark.parametrize("text,tense,value,granularity", CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_resolve(text, tense, value, granularity):
    assert resolve(text, ANCHOR, tense) == (value or None, granularity)


def test_without_anchor_only_absolute_dates_resolve():
    assert resolve("last week", None) == (None, "unknown")
    assert resolve("Saturday", None) == (None, "unknown")
    assert resolve("Sept. 11, 2024", None) == ("2024-09-11", "day")
    assert resolve("in 2022", None) == ("2022", "year")


@pytest.mark.parametrize("text", ["", "   ", "Feb. 30", "Feb. 31, 2023", "\x00\u2028", "9999 years ago", "x" * 10_000])
def test_odd_text_never_raises(text):
    value, granularity = resolve(text, ANCHOR)
    assert value is None or isinstance(value, str)
