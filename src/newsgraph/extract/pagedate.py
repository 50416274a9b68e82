"""The publication date of a scraped-text page, read from the page's own words.

Scraped text has no metadata, but pages print their date: a "Published October 9, 2025" line,
or the date in a photo caption. A labelled date wins; otherwise the latest full date written
outside the body (title, captions, chrome), which is on or just before publication. A date read
only from a photo caption or credit says so (basis "caption"): photos are often taken days earlier.
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


CAPTION_LABELS = frozenset({"caption", "credit"})


def page_date(lines: list[str], labels: list[str] | None = None) -> tuple[str, str] | None:
    """ISO date of the page and its basis: a labelled date line first ("text"), else the latest date in
    ``lines``, whose basis is "caption" when every line printing that date is labelled caption or credit."""
    labelled = [d for line in lines if _LABEL.search(line) for d in dates_in(line)]
    if labelled:
        return labelled[0].isoformat(), "text"
    labels = labels or ["chrome"] * len(lines)
    every = [(d, label) for line, label in zip(lines, labels) for d in dates_in(line)]
    if not every:
        return None
    latest = max(d for d, _ in every)
    only_captions = all(label in CAPTION_LABELS for d, label in every if d == latest)
    return latest.isoformat(), "caption" if only_captions else "text"
