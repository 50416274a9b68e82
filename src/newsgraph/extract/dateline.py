"""The dateline opening a news body ("WASHINGTON (AP) —", "KYIV, Ukraine –"): place, agency and span."""

from __future__ import annotations

import re

from newsgraph.record import Dateline

_CAPS_WORD = r"[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’.-]+"
_TITLE_WORD = r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’.-]+"
_REGION = r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
_MONTH = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?"
_DATE = rf"(?:,?\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
"""Month and day ("Nov 18", "Sept. 3, 2026") or, as STA, HINA and Agerpres write it, day and month ("11 March")."""
_DASH = r"\.?\s*(?P<dash>—|–|--?|:)(?=\s)"
"""The separator after the dateline; EFE writes a stop before its dash (``Quito, Jul 2 (EFE).-``)."""
_END = rf"(?:{_DASH}|(?(date)(?=\s+[A-Z])|(?!)))"
"""The separator, or none after a dated agency line (PTI: ``Jammu, May 14 (PTI) An Army jawan …``)."""
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_REGION}){_DATE}\s*(?:\((?P<agency>[^()]{{1,30}})\))?{_END}"
)
_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}{_REGION}){_DATE}\s*"
    rf"\((?P<agency>[A-Za-z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}})\){_END}"
)
"""A place in title case counts only with a news agency's name after it (``New York (AFP) –``, ``Berlin (dpa) -``),
not ``Graham (R-S.C.) –``; in capitals it may stand alone (``WASHINGTON –``)."""
_LEADING_AGENCY = re.compile(
    rf"^\((?P<agency>[A-Za-z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}})\)\s*(?:—|–|--?)\s*"
    rf"(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_REGION}){_DATE}{_DASH}"
)
"""ANSA writes its name first: ``(ANSA) - ROME, SEP 9 -``."""
_SLASHED_AGENCY = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_REGION})(?:,\s+(?P<date>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})\.?)?\s*"
    rf"/(?P<agency>[A-Z][A-Za-z-]+)/\.?(?=\s)"
)
"""TASS writes its name between slashes, after the date with or without a stop: ``MOSCOW, April 14. /TASS/.``,
``MOSCOW, April 22 /TASS/.``, ``MOSCOW /TASS/.``."""
_MAX_PLACE_WORDS = 6


def _place_name(raw: str) -> str:
    """"KYIV, Ukraine" -> "Kyiv, Ukraine": capitalised words in title case, the rest as written; Interfax's stop after
    the place ("ALMATY. Nov 17") dropped."""
    return ", ".join(part.strip().title() if part.isupper() else part.strip() for part in raw.rstrip(".").split(","))


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the very start of ``body``, with its span into ``body``; ``None`` if absent."""
    match = _DATELINE.match(body) or _AGENCY_DATELINE.match(body) or _LEADING_AGENCY.match(body) \
        or _SLASHED_AGENCY.match(body)
    if match is None:
        return None
    place = match.group("place")
    if len(place.split()) > _MAX_PLACE_WORDS or not any(c.isalpha() for c in place) or len(place) < 3:
        return None
    agency = match.group("agency")
    return Dateline(
        text=body[: match.end()],
        span=(0, match.end()),
        place=_place_name(place),
        agency=agency.strip() if agency else None,
    )
