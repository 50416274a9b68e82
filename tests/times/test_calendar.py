"""Reading back the ISO values the resolver writes, as the days they cover."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.times.calendar import fmt_period, parse_period


@pytest.mark.parametrize(("value", "days"), [
    ("2024-09-11", (date(2024, 9, 11), date(2024, 9, 11))),
    ("2024-09-02/2024-09-08", (date(2024, 9, 2), date(2024, 9, 8))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
    ("1990/1999", (date(1990, 1, 1), date(1999, 12, 31))),  # "the 1990s"
])
def test_values_read_back_as_their_days(value: str, days: tuple[date, date]) -> None:
    assert parse_period(value) == days


@pytest.mark.parametrize("value", ["", "yesterday", "2024-13-01", "2024-09-31", "2024-09-08/2024-09-02", "24-09-11"])
def test_anything_else_is_none(value: str) -> None:
    assert parse_period(value) is None


def test_parse_inverts_fmt() -> None:
    span = (date(2026, 3, 12), date(2026, 3, 18))
    assert parse_period(fmt_period(span)) == span and parse_period(fmt_period(span[:1] * 2)) == span[:1] * 2
