"""The shared full-date grammar reads the forms news text writes, in any case, and rejects impossible days."""

from __future__ import annotations

from newsgraph.dates import FULL_DATES, ISO_DATE, matched_date


def _dates(text: str) -> list[str]:
    found = (matched_date(m) for pattern in (*FULL_DATES, ISO_DATE) for m in pattern.finditer(text))
    return [d.isoformat() for d in found if d is not None]


def test_written_forms() -> None:
    assert _dates("Wednesday, Sept. 11, 2024") == ["2024-09-11"]
    assert _dates("sept 11 2024") == ["2024-09-11"]  # the times stage's normalised text
    assert _dates("updated 9th October 2025, 10:14") == ["2025-10-09"]
    assert _dates("filed 2023-02-28") == ["2023-02-28"]


def test_impossible_or_partial_dates() -> None:
    assert _dates("Feb. 30, 2024, May 2024, 2024-13-01 and 12/03") == []
