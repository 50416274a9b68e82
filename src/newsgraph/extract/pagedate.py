"""The publication date of a scraped-text page, read from the page's own words.

Scraped text has no metadata, but pages print their date: a "Published October 9, 2025" line,
or the date in a photo caption. A labelled date wins; otherwise the latest full date written
outside the body (title, captions, chrome), which is on or just before publication.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATES = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b"),
)
_LABEL = re.compile(r"\b(published|updated|posted|last modified|date)\b", re.IGNORECASE)


def _parse(match: re.Match) -> date | None:
    """The date a pattern matched, or None if it is not a real calendar day."""
    parts = match.groupdict()
    month = int(parts["mon"]) if parts.get("mon") else _MONTHS.get(parts["month"][:4].lower().rstrip("t"),
                                                                     _MONTHS.get(parts["month"][:3].lower()))
    try:
        return date(int(parts["year"]), month or 0, int(parts["day"]))
    except ValueError:
        return None


def dates_in(line: str) -> list[date]:
    """Every full date (day, month and year) written in ``line``."""
    found = (_parse(m) for pattern in _DATES for m in pattern.finditer(line))
    return [d for d in found if d is not None]


def page_date(lines: list[str]) -> str | None:
    """ISO date of the page: a labelled date line first, else the latest date in ``lines``."""
    labelled = [d for line in lines if _LABEL.search(line) for d in dates_in(line)]
    if labelled:
        return labelled[0].isoformat()
    every = [d for line in lines for d in dates_in(line)]
    return max(every).isoformat() if every else None
