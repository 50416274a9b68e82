"""Pure calendar arithmetic for time resolution: periods around an anchor date and ISO formatting."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

Period = tuple[date, date]
"""An inclusive ``(first day, last day)`` range."""


def iso_week(day: date) -> Period:
    """The Monday-to-Sunday ISO week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(day: date) -> Period:
    """The calendar month containing ``day``."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def year_of(day: date) -> Period:
    """The calendar year containing ``day``."""
    return date(day.year, 1, 1), date(day.year, 12, 31)


def shift(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` days, weeks, months or years (month ends clamp)."""
    return day + relativedelta(**{f"{unit}s": count})


def period(day: date, unit: str) -> Period:
    """The week, month or year containing ``day``."""
    return {"week": iso_week, "month": month_of, "year": year_of}[unit](day)


def part(span: Period, which: str) -> Period:
    """The early, mid or late third of a period: by months for a year, by days otherwise."""
    first, last = span
    index = ("early", "mid", "late").index(which)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        start = first.replace(month=1 + 4 * index)
        return start, shift(start, "month", 4) - timedelta(days=1)
    third = ((last - first).days + 1) // 3
    start = first + timedelta(days=index * third)
    end = last if which == "late" else start + timedelta(days=third - 1)
    return start, end


def weekday_near(anchor: date, weekday: int, direction: str, today_counts: bool) -> date:
    """The ``weekday`` (0 = Monday) nearest ``anchor`` going "back" or "forward"."""
    if direction == "back":
        delta = (anchor.weekday() - weekday) % 7
        return anchor - timedelta(days=delta if delta or today_counts else 7)
    delta = (weekday - anchor.weekday()) % 7
    return anchor + timedelta(days=delta if delta or today_counts else 7)


def weekend(anchor: date, direction: str) -> Period:
    """The Saturday-Sunday weekend before ("back") or after ("forward") ``anchor``."""
    if direction == "back":
        saturday = weekday_near(anchor - timedelta(days=1), 5, "back", today_counts=True)
    else:
        saturday = weekday_near(anchor, 5, "forward", today_counts=True)
    return saturday, saturday + timedelta(days=1)


SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
"""Meteorological seasons of the northern hemisphere: first month of each."""


def season(year: int, name: str) -> Period:
    """The three months of season ``name`` starting in ``year`` (winter runs into the next year)."""
    first = date(year, SEASON_START[name], 1)
    return first, shift(first, "month", 3) - timedelta(days=1)


def season_near(anchor: date, name: str, direction: str | None) -> Period:
    """The season containing the anchor (direction None), else the last one ended before it
    ("back") or the next one starting after it ("forward")."""
    options = [season(anchor.year + k, name) for k in (-2, -1, 0, 1)]
    if direction == "back":
        return [s for s in options if s[1] < anchor][-1]
    if direction == "forward":
        return next(s for s in options if s[0] > anchor)
    current = [s for s in options if s[0] <= anchor <= s[1]]
    return current[0] if current else season(anchor.year, name)


def fmt_day(day: date) -> str:
    """ISO calendar date."""
    return day.isoformat()


def fmt_period(span: Period) -> str:
    """ISO interval "start/end" (one date when both ends agree)."""
    first, last = span
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def parse_period(value: str) -> Period | None:
    """The days an ISO value covers, the inverse of ``fmt_period``: "2024-09-11", "2024-09", "2024" or "start/end"
    of those (each end taken at its widest); None for anything else."""
    first, _, last = value.strip().partition("/")
    start, end = _iso_span(first), _iso_span(last or first)
    return None if start is None or end is None or end[1] < start[0] else (start[0], end[1])


def _iso_span(text: str) -> Period | None:
    """The days of one ISO day, month or year."""
    parts = text.split("-")
    if not all(part.isdigit() for part in parts) or len(parts[0]) != 4 or len(parts) > 3:
        return None
    try:
        numbers = [int(part) for part in parts]
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
        return month_of(date(numbers[0], numbers[1], 1)) if len(numbers) == 2 else year_of(date(numbers[0], 1, 1))
    except ValueError:
        return None
