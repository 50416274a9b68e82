"""Each page's data from a request: the same dict is the JSON API answer and the template's context."""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import asdict, dataclass

from starlette.exceptions import HTTPException
from starlette.requests import Request

from newsgraph.web import params, queries, timeseries
from newsgraph.web.annotate import annotations
from newsgraph.web.highlight import render

Data = dict
View = Callable[[sqlite3.Connection, Request], Data]
Cached = Callable[[Hashable, Callable[[], dict]], dict]


def search(conn: sqlite3.Connection, request: Request) -> Data:
    """Full-text search over articles and statements, filtered and paginated."""
    query = request.query_params
    f = params.filters(query)
    data = queries.search(conn, f, params.choice(query, "scope"), params.integer(query, "page", 1, 100_000))
    data["pages"] = max(1, math.ceil(data["totals"][data["scope"]] / queries.PAGE_SIZE))
    data["filters"] = asdict(f)
    return data


def article(conn: sqlite3.Connection, request: Request) -> Data:
    """One article: its columns, the full record and the corpus actor id of each entity."""
    found = queries.article(conn, request.path_params["id"])
    if found is None:
        raise HTTPException(404, "no such article")
    return found


def actor(conn: sqlite3.Connection, request: Request) -> Data:
    """One actor's profile, statements, events, partners, articles and mention timeline."""
    found = queries.actor(conn, request.path_params["id"])
    if found is None:
        raise HTTPException(404, "no such actor")
    found["timeline"] = timeseries.stack((r["day"], "articles", r["articles"]) for r in found["mentions_by_day"])
    return found


def actors(conn: sqlite3.Connection, request: Request) -> Data:
    """Actors matching a name or alias, else the most mentioned ones."""
    name = params.text(request.query_params, "actor")
    if name:
        return {"actors": queries.actors_by_id(conn, queries.actor_ids(conn, name))}
    return {"actors": queries.actors_by_id(conn, [a["id"] for a in queries.top_actors(conn)])}


def timeline(conn: sqlite3.Connection, request: Request) -> Data:
    """Events per day, month or year, stacked by PLOVER type."""
    f = params.filters(request.query_params)
    days = queries.event_days(conn, f)
    unit = timeseries.resolve(params.choice(request.query_params, "unit") or "auto", *days)
    found = queries.events_by_bucket(conn, f, unit)
    series = timeseries.stack(((r["day"], r["type"], r["n"]) for r in found), unit, days)
    return {"filters": asdict(f), "total": sum(r["n"] for r in found), **series}


def network(conn: sqlite3.Connection, request: Request) -> Data:
    """The actor network: heaviest edges first, nodes weighted by the edges kept."""
    query = request.query_params
    f = params.filters(query)
    kind = params.choice(query, "edges") or "all"
    kept, total = queries.edges(conn, f, ("events", "statements") if kind == "all" else (kind,),
                                params.integer(query, "limit", 1, 2000))
    degree: Counter[int] = Counter()
    for e in kept:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    nodes = queries.actors_by_id(conn, sorted(degree))
    for node in nodes:
        node["weight"] = degree[node["id"]]
    types = sorted({e["type"] for e in kept})
    return {"filters": asdict(f), "edges_kind": kind, "total_edges": total, "nodes": nodes, "edges": kept,
            "types": types}


def page_context(conn: sqlite3.Connection, name: str, data: Data, cached: Cached) -> dict:
    """What a page's template needs beyond its data: the highlighted text, or filter options and store
    counts (the same for every URL, so ``cached`` once per store version)."""
    if name == "article":
        return {"text_html": render(data["record"]["text"], annotations(data["record"], data["actor_ids"]))}
    if name in ("search", "timeline", "network"):
        return cached("filters", lambda: {"options": queries.options(conn), "counts": queries.counts(conn)})
    return {}


@dataclass(frozen=True)
class Page:
    """A page: its URL path, view and template (``/api`` + path answers the same data as JSON)."""

    name: str
    path: str
    view: View
    summary: str
    parameters: tuple[str, ...] = ()


PAGES: tuple[Page, ...] = (
    Page("search", "/search", search, "Search articles and statements.",
         ("q", "scope", "page", "since", "until", "site", "actor", "type", "anonymous")),
    Page("article", "/articles/{id}", article, "An article: its record, with the corpus actor of each entity."),
    Page("actor", "/actors/{id:int}", actor, "An actor: profile, statements, events, partners, mention timeline."),
    Page("actors", "/actors", actors, "Actors by name or alias, else the 200 most mentioned.", ("actor",)),
    Page("timeline", "/timeline", timeline, "Events over time, stacked by type.",
         ("since", "until", "actor", "country", "modality", "type", "unit")),
    Page("network", "/network", network, "The actor network of events and statements.",
         ("since", "until", "actor", "country", "modality", "type", "edges", "limit")),
)
