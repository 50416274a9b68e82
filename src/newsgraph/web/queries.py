"""Read-only SQL behind the web pages: parameters only, never user text in SQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.store.queries import Where, actor_ids
from newsgraph.web import timeseries

PAGE_SIZE = 20
COUNT_CAP = 1000
"""Search counts stop here ("1,000+"): exact counts of big filtered sets cost more than the page."""
MARK_OPEN, MARK_CLOSE = "\x01", "\x02"
"""Snippet match markers: control characters, split out before any text reaches a page."""


@dataclass
class Filters:
    """What the search, timeline and network pages filter on (dates are ``YYYY-MM-DD``)."""

    q: str = ""
    since: str | None = None
    until: str | None = None
    site: str | None = None
    actor: str | None = None
    type: str | None = None
    country: str | None = None
    modality: str | None = None
    anonymous: bool = False


def rows(conn: sqlite3.Connection, sql: str, params: list | tuple = ()) -> list[dict]:
    """All rows of a query as dicts."""
    return [dict(row) for row in conn.execute(sql, params).fetchall()]


def _actors_param(conn: sqlite3.Connection, name: str) -> str:
    """Corpus actor ids for ``name`` as a JSON list, for ``IN (SELECT value FROM json_each(?))``."""
    return json.dumps(actor_ids(conn, name))


def _dates(where: Where, column: str, f: Filters) -> None:
    if f.since:
        where.add(f"{column} >= ?", f.since)
    if f.until:
        where.add(f"{column} <= ?", f.until)


def _typed(where: Where, f: Filters, link: str) -> None:
    """Rows with an event of type ``f.type`` (``link`` ties it to the row) dated within the range."""
    event = Where()
    event.add(link)
    event.add("e.type = ?", f.type)
    _dates(event, "e.day", f)
    where.add(f"EXISTS (SELECT 1 FROM events e{event.sql()})", *event.params)


def _article_where(conn: sqlite3.Connection, f: Filters) -> Where:
    where = Where()
    if f.type:  # the dates are the event's
        _typed(where, f, "e.article_id = a.id")
    else:
        _dates(where, "a.day", f)
    if f.site:
        where.add("a.site = ?", f.site)
    if f.actor:
        where.add("a.id IN (SELECT article_id FROM mentions WHERE actor_id IN (SELECT value FROM json_each(?)))",
                  _actors_param(conn, f.actor))
    if f.anonymous:
        where.add("EXISTS (SELECT 1 FROM statements s WHERE s.article_id = a.id AND s.anonymous = 1)")
    return where


def _statement_where(conn: sqlite3.Connection, f: Filters) -> Where:
    where = Where()
    if f.type:  # statements reporting an event of this type, dated within the range
        _typed(where, f, "e.article_id = s.article_id AND e.reported_by = s.quote_id")
    else:
        _dates(where, "s.day", f)
    if f.site:
        where.add("s.article_id IN (SELECT id FROM articles WHERE site = ?)", f.site)
    if f.actor:
        where.add("s.speaker_actor_id IN (SELECT value FROM json_each(?))", _actors_param(conn, f.actor))
    if f.anonymous:
        where.add("s.anonymous = 1")
    return where


@dataclass(frozen=True)
class Scope:
    """How one kind of search result is counted, selected and ordered."""

    columns: str
    table: str
    fts_table: str
    order: str
    snippet: str
    fts_snippet: str
    where: Callable[[sqlite3.Connection, Filters], Where]


SCOPES: dict[str, Scope] = {
    "articles": Scope(
        "a.id, a.day, a.site, a.title, a.byline, a.n_entities, a.n_statements, a.n_events", "articles a",
        "articles_fts JOIN articles a ON a.seq = articles_fts.rowid", "a.day DESC, a.seq DESC",
        "substr(a.text, 1, 240)", f"snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24)",
        _article_where),
    "statements": Scope(  # newest ingested first: statements have no index on day alone
        "s.id, s.day, s.kind, s.speaker, s.speaker_actor_id, s.anonymous, s.cue, s.article_id, s.quote_id, "
        "(SELECT title FROM articles WHERE id = s.article_id) AS title, "
        "(SELECT site FROM articles WHERE id = s.article_id) AS site", "statements s",
        "statements_fts JOIN statements s ON s.id = statements_fts.rowid", "s.id DESC", "s.text",
        f"snippet(statements_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 40)", _statement_where),
}


def fts_query(conn: sqlite3.Connection, q: str) -> str:
    """``q`` itself when it is valid FTS5 syntax for both indexes, else its words as quoted terms."""
    try:
        for table in ("articles_fts", "statements_fts"):
            conn.execute(f"SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT 1", (q,)).fetchall()
        return q
    except sqlite3.OperationalError:
        return " ".join('"' + term.replace('"', '""') + '"' for term in q.split())


def segments(snippet: str | None) -> list[dict]:
    """A snippet as ``{"text", "match"}`` pieces (matches were wrapped in the marker characters)."""
    pieces, match = [], False
    for part in (snippet or "").replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN):
        if part:
            pieces.append({"text": part, "match": match})
        match = not match
    return pieces


def _scope_where(conn: sqlite3.Connection, scope: Scope, f: Filters, match: str, table: str) -> Where:
    where = scope.where(conn, f)
    if match:
        where.clauses.insert(0, f"{table} MATCH ?")
        where.params.insert(0, match)
    return where


def search(conn: sqlite3.Connection, f: Filters, scope: str = "articles", page: int = 1) -> dict:
    """Totals (up to ``COUNT_CAP``) for every scope and one page of ``scope``, best match first (else newest)."""
    match = fts_query(conn, f.q) if f.q.strip() else ""
    totals, more, items = {}, {}, []
    for name, s in SCOPES.items():
        table = s.fts_table.split()[0]
        where = _scope_where(conn, s, f, match, table)
        source = s.fts_table if match else s.table
        total = conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {source}{where.sql()} LIMIT ?)",
                             [*where.params, COUNT_CAP + 1]).fetchone()[0]
        totals[name], more[name] = min(total, COUNT_CAP), total > COUNT_CAP
        if name == scope:
            sql = (f"SELECT {s.columns}, {s.fts_snippet if match else s.snippet} AS snippet FROM {source}"
                   f"{where.sql()} ORDER BY {'rank' if match else s.order} LIMIT ? OFFSET ?")
            items = rows(conn, sql, [*where.params, PAGE_SIZE, (page - 1) * PAGE_SIZE])
    for item in items:
        item["snippet"] = segments(item["snippet"])
    return {"query": f.q, "scope": scope, "page": page, "page_size": PAGE_SIZE, "totals": totals, "more": more,
            "items": items}


def article(conn: sqlite3.Connection, article_id: str) -> dict | None:
    """One article's columns, its full record and the corpus actor of each of its entities."""
    found = rows(conn, "SELECT seq, id, uri, url, format, title, byline, site, language, published, "
                 "published_basis, day, dateline, n_entities, n_statements, n_events, ingested, record "
                 "FROM articles WHERE id = ?", (article_id,))
    if not found:
        return None
    row = found[0]
    record = json.loads(row.pop("record"))
    linked = conn.execute("SELECT entity_id, actor_id FROM mentions WHERE article_id = ?", (article_id,))
    return {"article": row, "actor_ids": {e: a for e, a in linked.fetchall() if a is not None}, "record": record}


EVENT_COLUMNS = ("id, day, type, modality, source, source_actor_id, target, target_actor_id, trigger, article_id, "
                 "event_id")


def actor(conn: sqlite3.Connection, actor_id: int, limit: int = 50) -> dict | None:
    """An actor's profile, aliases, statements, events, partners, articles and mentions per day."""
    found = rows(conn, "SELECT * FROM actors WHERE id = ?", (actor_id,))
    if not found:
        return None
    one = (actor_id,)
    return {
        "actor": found[0],
        "aliases": rows(conn, "SELECT alias, count FROM actor_aliases WHERE actor_id = ? "
                        "ORDER BY count DESC, alias LIMIT 40", one),
        "statements": rows(conn, "SELECT s.id, s.day, s.kind, s.cue, s.text, s.anonymous, s.article_id, s.quote_id, "
                           "a.title FROM statements s JOIN articles a ON a.id = s.article_id "
                           "WHERE s.speaker_actor_id = ? ORDER BY s.day DESC, s.id DESC LIMIT ?", (actor_id, limit)),
        "events": rows(conn, f"SELECT {EVENT_COLUMNS} FROM events WHERE id IN ("  # newest first on each side
                       "SELECT id FROM (SELECT id FROM events WHERE source_actor_id = ? ORDER BY day DESC, id DESC "
                       "LIMIT ?) UNION SELECT id FROM (SELECT id FROM events WHERE target_actor_id = ? "
                       "ORDER BY day DESC, id DESC LIMIT ?)) ORDER BY day DESC, id DESC LIMIT ?",
                       (actor_id, limit, actor_id, limit, limit)),
        "partners": partners(conn, actor_id),
        "articles": rows(conn, "SELECT a.id, a.day, a.site, a.title, (SELECT SUM(count) FROM mentions m "
                         "WHERE m.article_id = a.id AND m.actor_id = ?) AS count FROM articles a WHERE EXISTS "
                         "(SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.actor_id = ?) "
                         "ORDER BY a.day DESC, a.seq DESC LIMIT 20", (actor_id, actor_id)),
        "mentions_by_day": rows(conn, "SELECT a.day AS day, COUNT(DISTINCT a.id) AS articles, SUM(m.count) AS mentions "
                                "FROM mentions m JOIN articles a ON a.id = m.article_id "
                                "WHERE m.actor_id = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day", one),
    }


def partners(conn: sqlite3.Connection, actor_id: int, limit: int = 25) -> list[dict]:
    """Actors this one has events with: counts as source and as target, and the event types."""
    return rows(conn, """
        SELECT x.other AS id, ac.name, ac.kind, ac.country, COUNT(*) AS events,
               SUM(x.outgoing) AS as_source, COUNT(*) - SUM(x.outgoing) AS as_target,
               group_concat(DISTINCT x.type) AS types
        FROM (SELECT target_actor_id AS other, type, 1 AS outgoing FROM events WHERE source_actor_id = ?
              UNION ALL
              SELECT source_actor_id, type, 0 FROM events WHERE target_actor_id = ?) x
        JOIN actors ac ON ac.id = x.other
        WHERE x.other != ?
        GROUP BY x.other ORDER BY events DESC, ac.name LIMIT ?""", (actor_id, actor_id, actor_id, limit))


def _event_where(conn: sqlite3.Connection, f: Filters) -> Where:
    where = Where()
    _dates(where, "e.day", f)
    if f.actor:
        ids = _actors_param(conn, f.actor)
        where.add("(e.source_actor_id IN (SELECT value FROM json_each(?)) "  # an OR over the two actor indexes
                  "OR e.target_actor_id IN (SELECT value FROM json_each(?)))", ids, ids)
    if f.country:
        where.add("(e.source_country = ? OR e.target_country = ?)", f.country, f.country)
    for column, value in (("e.modality", f.modality), ("e.type", f.type)):
        if value:
            where.add(f"{column} = ?", value)
    return where


def event_days(conn: sqlite3.Connection, f: Filters) -> tuple[str | None, str | None]:
    """The first and last day of the dated events under the filters."""
    where = _event_where(conn, f)
    where.add("e.day IS NOT NULL")
    return tuple(conn.execute(f"SELECT min(e.day), max(e.day) FROM {_events_table(conn, f, False)}{where.sql()}",
                              where.params).fetchone())


def events_by_bucket(conn: sqlite3.Connection, f: Filters, unit: str) -> list[dict]:
    """Event counts per bucket (``day`` is the bucket's first day) and type under the filters: counted per day
    along the day-ordered index, then folded into months or years."""
    where = _event_where(conn, f)
    where.add("e.day IS NOT NULL")
    width = {"day": 10, "month": 7, "year": 4}[unit]
    daily = (f"SELECT e.day AS day, e.type AS type, COUNT(*) AS n FROM {_events_table(conn, f, False)}{where.sql()} "
             "GROUP BY e.day, e.type")
    return rows(conn, f"SELECT substr(day, 1, ?) || ? AS day, type, SUM(n) AS n FROM ({daily}) GROUP BY 1, 2 "
                "ORDER BY 1",
                [width, timeseries.BUCKET_START[unit], *where.params])


def has(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store has this table or index (the web's derived ones came with schema versions 4 and 5)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def covered(conn: sqlite3.Connection) -> bool:
    """Whether the store has the web's covering indexes (schema version 4; older stores lack them)."""
    return has(conn, "events_day_cover")


def _events_table(conn: sqlite3.Connection, f: Filters, wide: bool) -> str:
    """The events table, left to the planner when covering indexes exist, an actor or type narrows it (or an
    index covers a narrow read), else scanned whole: on a large share of rows, lookups cost more than a scan."""
    if covered(conn) or f.actor or f.type or not (wide or f.country or f.modality):
        return "events e"
    return "events e NOT INDEXED"


def edges(conn: sqlite3.Connection, f: Filters, kinds: tuple[str, ...], limit: int) -> tuple[list[dict], int]:
    """The ``limit`` heaviest actor-to-actor edges and how many there are: events (source to target, by type)
    and statements (speaker to the source and target of the events their statement reports; all-time ones
    from the derived ``statement_edges`` table when the store has it)."""
    ctes, parts, params = [], [], []
    table = _events_table(conn, f, True)
    if "events" in kinds:
        where = _event_where(conn, f)
        where.add("e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL "
                  "AND e.source_actor_id != e.target_actor_id")
        parts.append("SELECT e.source_actor_id AS source, e.target_actor_id AS target, e.type AS type, "
                     f"COUNT(*) AS weight FROM {table}{where.sql()} GROUP BY 1, 2, 3")
        params += where.params
    if "statements" in kinds and not _event_where(conn, f).clauses and has(conn, "statement_edges"):
        parts.append("SELECT speaker AS source, other AS target, 'STATEMENT' AS type, weight FROM statement_edges")
    elif "statements" in kinds:  # counted live: filtered, or a store older than schema version 5
        said = _event_where(conn, f)
        said.add("e.reported_by IS NOT NULL AND s.speaker_actor_id IS NOT NULL")
        ctes.append(f"""said AS MATERIALIZED (
            SELECT s.speaker_actor_id AS speaker, e.source_actor_id AS src, e.target_actor_id AS tgt
            FROM {table} CROSS JOIN statements s  -- events first: their filters narrow the rows
            ON s.article_id = e.article_id AND s.quote_id = e.reported_by
            {said.sql()})""")
        parts.append("SELECT speaker AS source, other AS target, 'STATEMENT' AS type, COUNT(*) AS weight FROM ("
                     "SELECT speaker, src AS other FROM said UNION ALL SELECT speaker, tgt FROM said) "
                     "WHERE other != speaker GROUP BY 1, 2")
        params = said.params + params  # the CTE comes first
    if not parts:
        return [], 0
    ctes.append(f"edges AS MATERIALIZED ({' UNION ALL '.join(parts)})")
    found = rows(conn, f"""WITH {', '.join(ctes)}
        SELECT source, target, type, weight, (SELECT COUNT(*) FROM edges) AS total FROM edges
        ORDER BY weight DESC, source, target, type LIMIT ?""", [*params, limit])
    total = found[0]["total"] if found else 0
    for edge in found:
        del edge["total"]
    return found, total


def actors_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[dict]:
    """Actors with these ids (name, kind, country, sector, counts)."""
    return rows(conn, "SELECT id, name, kind, country, sector, n_articles, n_mentions, n_statements, n_events "
                "FROM actors WHERE id IN (SELECT value FROM json_each(?)) ORDER BY n_mentions DESC, id",
                (json.dumps(ids),))


def options(conn: sqlite3.Connection) -> dict:
    """Values the filter forms offer: sites, event types, modalities, countries and top actors."""
    return {
        "sites": [r[0] for r in conn.execute(
            "SELECT DISTINCT site FROM articles WHERE site IS NOT NULL ORDER BY site")],
        "types": [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")],
        "modalities": [r[0] for r in conn.execute(
            "SELECT DISTINCT modality FROM events WHERE modality IS NOT NULL ORDER BY modality")],
        "countries": [r[0] for r in conn.execute(  # actors give events their countries
            "SELECT DISTINCT country FROM actors WHERE country IS NOT NULL ORDER BY country")],
        "actors": top_actors(conn),
    }


def top_actors(conn: sqlite3.Connection, limit: int = 200) -> list[dict]:
    """The most mentioned actors (id, name)."""
    return rows(conn, "SELECT id, name FROM actors ORDER BY n_mentions DESC, id LIMIT ?", (limit,))


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles, actors, statements and events the store holds."""
    return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # constant table names
            for table in ("articles", "actors", "statements", "events")}
