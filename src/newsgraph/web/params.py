"""Query-string parameters: one table describes them (for parsing and for the OpenAPI document)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException

from newsgraph.ingest.decode import strip_control
from newsgraph.web.queries import Filters
from newsgraph.web.timeseries import UNITS


@dataclass(frozen=True)
class Param:
    """One query parameter: JSON Schema type, description, allowed values and default."""

    type: str
    description: str
    enum: tuple[str, ...] = ()
    default: object = None


EDGE_KINDS = ("all", "events", "statements")

PARAMS: dict[str, Param] = {
    "q": Param("string", "Full-text query (SQLite FTS5 syntax: words, \"phrases\", OR, NOT, prefix*); "
               "invalid syntax falls back to matching every word."),
    "scope": Param("string", "Which results to list.", ("articles", "statements"), "articles"),
    "page": Param("integer", "Result page, from 1 (20 per page).", default=1),
    "since": Param("string", "First day included (YYYY-MM-DD): the article's date, the event's on the "
                   "timeline and network and in a search by event type."),
    "until": Param("string", "Last day included (YYYY-MM-DD), as for since."),
    "site": Param("string", "Site name, exactly as stored."),
    "actor": Param("string", "Actor id, name or alias (case-insensitive)."),
    "type": Param("string", "PLOVER event type (e.g. ACCUSE, REQUEST)."),
    "country": Param("string", "ISO 3166 alpha-3 country of the event's source or target."),
    "modality": Param("string", "Event modality.", ("asserted", "planned", "threatened", "requested",
                                                   "hypothetical", "negated", "reported")),
    "anonymous": Param("boolean", "Only statements by anonymous sources (articles: with at least one).",
                       default=False),
    "unit": Param("string", "Time bucket of the chart.", UNITS, "auto"),
    "edges": Param("string", "Edges drawn: events, statements or both.", EDGE_KINDS, "all"),
    "limit": Param("integer", "Most edges kept, heaviest first (1 to 2000).", default=300),
}


def _bad(name: str, value: str, why: str) -> HTTPException:
    return HTTPException(400, f"parameter {name}={value!r}: {why}")


def day(query: QueryParams, name: str) -> str | None:
    """A ``YYYY-MM-DD`` parameter (a longer ISO datetime is cut to its day), or None."""
    value = query.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise _bad(name, value, "expected YYYY-MM-DD") from None


def integer(query: QueryParams, name: str, low: int, high: int) -> int:
    """An integer parameter within ``[low, high]``, else its default."""
    value = query.get(name, "").strip()
    if not value:
        return int(PARAMS[name].default)
    if not value.isdigit() or not low <= int(value) <= high:
        raise _bad(name, value, f"expected an integer from {low} to {high}")
    return int(value)


def choice(query: QueryParams, name: str) -> str | None:
    """A parameter restricted to ``PARAMS[name].enum``, else its default."""
    value = query.get(name, "").strip()
    if not value:
        return PARAMS[name].default  # type: ignore[return-value]
    if value not in PARAMS[name].enum:
        raise _bad(name, value, "expected one of " + ", ".join(PARAMS[name].enum))
    return value


_TRUE, _FALSE = ("1", "true", "on", "yes"), ("0", "false", "off", "no")


def boolean(query: QueryParams, name: str) -> bool:
    """A yes/no parameter (a checkbox sends ``on``), else its default; any other word is a bad request, not a no."""
    value = query.get(name, "").strip().lower()
    if not value:
        return bool(PARAMS[name].default)
    if value not in _TRUE + _FALSE:
        raise _bad(name, value, "expected one of " + ", ".join(_TRUE + _FALSE))
    return value in _TRUE


def text(query: QueryParams, name: str) -> str | None:
    """A free-text parameter without control characters (a NUL would break SQLite), stripped; None when empty."""
    return strip_control(query.get(name, "")).strip() or None


def filters(query: QueryParams) -> Filters:
    """The shared filters of the search, timeline and network pages."""
    return Filters(q=text(query, "q") or "", since=day(query, "since"), until=day(query, "until"),
                   site=text(query, "site"), actor=text(query, "actor"), type=text(query, "type"),
                   country=text(query, "country"), modality=choice(query, "modality"),
                   anonymous=boolean(query, "anonymous"))
