"""Full calendar dates written in English text ("Sept. 11, 2024", "11 September 2024", "2024-09-11").

One grammar of month names and full dates shared by the extraction stage (a scraped page's
printed date) and the times stage (resolving time expressions); it sits outside both so
that extraction, which runs first, does not import the times stage.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")
FULL_DATES = (
    re.compile(rf"\b{MONTH}\.? {DAY},? (?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b{DAY} {MONTH}\.?,? (?P<year>\d{{4}})\b", re.IGNORECASE),
)


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation matched by ``MONTH`` (any case)."""
    return MONTHS.index(name[:3].lower()) + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """The calendar day, or None when it does not exist (Feb. 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def matched_date(match: re.Match) -> date | None:
    """The day an ``ISO_DATE`` or ``FULL_DATES`` match names, None if it is not a real calendar day."""
    parts = match.groupdict()
    month = int(parts["mon"]) if parts.get("mon") else month_number(parts["month"])
    return safe_date(int(parts["year"]), month, int(parts["day"]))
