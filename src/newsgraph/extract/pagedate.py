"""The publication date of a scraped-text page, read from the page's own words.

Scraped text has no metadata, but pages print their date: a "Published October 9, 2025" line,
or the date in a photo caption. A labelled date wins; otherwise the latest full date written
outside the body (title, captions, chrome), which is on or just before publication.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.dates import FULL_DATES, ISO_DATE, matched_date

_LABEL = re.compile(r"\b(published|updated|posted|last modified|date)\b", re.IGNORECASE)


def dates_in(line: str) -> list[date]:
    """Every full date (day, month and year) written in ``line``."""
    text = " ".join(line.split())
    found = (matched_date(m) for pattern in (*FULL_DATES, ISO_DATE) for m in pattern.finditer(text))
    return [d for d in found if d is not None]


def page_date(lines: list[str]) -> str | None:
    """ISO date of the page: a labelled date line first, else the latest date in ``lines``."""
    labelled = [d for line in lines if _LABEL.search(line) for d in dates_in(line)]
    if labelled:
        return labelled[0].isoformat()
    every = [d for line in lines for d in dates_in(line)]
    return max(every).isoformat() if every else None
