"""Counts per day folded into continuous day, month or year buckets for the charts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

UNITS = ("auto", "day", "month", "year")
MIN_DAYS = 14


@lru_cache(maxsize=8192)
def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day[:10])
    except (TypeError, ValueError):
        return None


def choose_unit(first: date, last: date) -> str:
    """Days for up to four months, months for up to eight years, else years."""
    span = (last - first).days
    return "day" if span <= 122 else "month" if span <= 8 * 366 else "year"


@lru_cache(maxsize=8192)
def label(day: date, unit: str) -> str:
    """The bucket ``day`` falls in: ``2025-03-14``, ``2025-03`` or ``2025``."""
    return day.isoformat()[: {"day": 10, "month": 7, "year": 4}[unit]]


def axis(first: date, last: date, unit: str) -> list[str]:
    """Every bucket from ``first`` to ``last``, gaps included, so bar widths mean equal time."""
    labels: list[str] = []
    day = first
    while day <= last:
        labels.append(label(day, unit))
        if unit == "day":
            day += timedelta(days=1)
        elif unit == "month":
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        else:
            day = date(day.year + 1, 1, 1)
    return labels


BUCKET_START = {"day": "", "month": "-01", "year": "-01-01"}
"""What completes a bucket's label (``2025-03``) into its first day (``2025-03-01``)."""


def extent(first: date, last: date) -> tuple[date, date]:
    """The days a chart spans: the data's, widened to ``MIN_DAYS`` around a short series for context."""
    if (last - first).days < MIN_DAYS:
        margin = timedelta(days=(MIN_DAYS - (last - first).days) // 2)
        return first - margin, last + margin
    return first, last


def resolve(unit: str, first: str | None, last: str | None) -> str:
    """The bucket unit for data from day ``first`` to ``last``: ``unit`` itself unless ``auto``."""
    start, end = _parse(first or ""), _parse(last or "")
    if unit != "auto":
        return unit
    return choose_unit(*extent(start, end)) if start and end else "day"


def stack(counts: Iterable[tuple[str, str, int]], unit: str = "auto",
          days: tuple[str | None, str | None] | None = None) -> dict:
    """``(day, series, n)`` triples as ``{"unit", "buckets", "series": [{"name", "data"}]}``; series by total.
    ``days``: the first and last day of the data when ``counts`` are already per bucket (dated by its start)."""
    parsed = [(d, name, n) for day, name, n in counts if (d := _parse(day)) is not None]
    if not parsed:
        return {"unit": "day" if unit == "auto" else unit, "buckets": [], "series": []}
    bounds = [_parse(d or "") for d in days] if days else [None, None]
    first, last = extent(bounds[0] or min(p[0] for p in parsed), bounds[1] or max(p[0] for p in parsed))
    unit = choose_unit(first, last) if unit == "auto" else unit
    buckets = axis(first, last, unit)
    index = {b: i for i, b in enumerate(buckets)}
    table: dict[str, list[int]] = defaultdict(lambda: [0] * len(buckets))
    for day, name, n in parsed:
        table[name][index[label(day, unit)]] += n
    ordered = sorted(table.items(), key=lambda item: (-sum(item[1]), item[0]))
    return {"unit": unit, "buckets": buckets, "series": [{"name": k, "data": v} for k, v in ordered]}
