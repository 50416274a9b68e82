"""What analysts ask of a corpus store: articles, actors, statements and events, as parameterised SQL."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field


@dataclass
class Result:
    """Column names and rows of one query."""

    columns: list[str]
    rows: list[tuple]


@dataclass
class Where:
    """AND-ed SQL conditions with their parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        """Add a condition with its ``?`` parameters."""
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        """``WHERE ...`` or nothing."""
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def _run(conn: sqlite3.Connection, sql: str, params: list, explain: bool) -> Result:
    """Run the query, or with ``explain`` its ``EXPLAIN QUERY PLAN`` (which indexes it uses)."""
    cur = conn.execute(("EXPLAIN QUERY PLAN " if explain else "") + sql, params)
    return Result([d[0] for d in cur.description], [tuple(row) for row in cur.fetchall()])


def _dates(where: Where, column: str, since: str | None, until: str | None) -> None:
    if since:
        where.add(f"{column} >= ?", since[:10])
    if until:
        where.add(f"{column} <= ?", until[:10])


def phrase(text: str) -> str:
    """An FTS5 query matching ``text`` as an exact phrase."""
    return '"' + text.replace('"', '""') + '"'


def actor_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Corpus actors called ``name`` (an id, a name or any alias; case-insensitive)."""
    if name.isdigit():
        return [int(name)]
    rows = conn.execute(
        "SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE "
        "UNION SELECT id FROM actors WHERE name = ? COLLATE NOCASE", (name, name)
    ).fetchall()
    return sorted(row[0] for row in rows)


def _in(ids: list[int]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")" if ids else "(NULL)"


def articles(conn: sqlite3.Connection, search: str | None = None, since: str | None = None,
             until: str | None = None, site: str | None = None, limit: int = 20, explain: bool = False) -> Result:
    """Articles by full-text search (FTS5 syntax, best first), date range and site (newest first)."""
    where = Where()
    _dates(where, "a.day", since, until)
    if site:
        where.add("a.site = ?", site)
    columns = "a.id, a.day, a.site, a.title, a.n_statements, a.n_events"
    if not search:
        sql = f"SELECT {columns} FROM articles a{where.sql()} ORDER BY a.day DESC, a.seq DESC LIMIT ?"
        return _run(conn, sql, [*where.params, limit], explain)
    where.clauses.insert(0, "articles_fts MATCH ?")
    where.params.insert(0, search)
    sql = (f"SELECT {columns}, snippet(articles_fts, 1, '[', ']', '…', 10) AS snippet "
           f"FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid{where.sql()} ORDER BY rank LIMIT ?")
    return _run(conn, sql, [*where.params, limit], explain)


ACTOR_ORDER = {"mentions": "n_mentions", "statements": "n_statements", "events": "n_events", "articles": "n_articles"}


def actors(conn: sqlite3.Connection, by: str = "mentions", kind: str | None = None, country: str | None = None,
           limit: int = 20, explain: bool = False) -> Result:
    """Top actors by mentions, statements, events or articles, with their most used aliases."""
    where = Where()
    if kind:
        where.add("kind = ?", kind)
    if country:
        where.add("country = ?", country)
    order = ACTOR_ORDER[by]  # a fixed column name, never user text
    sql = ("SELECT id, name, kind, country, sector, n_articles, n_mentions, n_statements, n_events, "
           "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM actor_aliases WHERE actor_id = actors.id "
           f"ORDER BY count DESC LIMIT 5)) AS aliases FROM actors{where.sql()} ORDER BY {order} DESC, id LIMIT ?")
    return _run(conn, sql, [*where.params, limit], explain)


def statements(conn: sqlite3.Connection, speaker: str | None = None, anonymous: bool | None = None,
               text: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 20, explain: bool = False) -> Result:
    """Statements by speaker (actor id, name or alias), anonymity and phrase (newest first)."""
    where = Where()
    if speaker:
        ids = actor_ids(conn, speaker)
        if ids:
            where.add(f"s.speaker_actor_id IN {_in(ids)}", *ids)
        else:
            where.add("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                      "speaker : " + phrase(speaker))
    if anonymous is not None:
        where.add("s.anonymous = ?", int(anonymous))
    if text:
        where.add("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", "text : " + phrase(text))
    _dates(where, "s.day", since, until)
    sql = ("SELECT s.id, s.day, s.speaker, s.speaker_actor_id, s.anonymous, s.kind, s.cue, s.text, s.article_id "
           f"FROM statements s{where.sql()} ORDER BY s.day DESC, s.id DESC LIMIT ?")
    return _run(conn, sql, [*where.params, limit], explain)


SOURCING_GROUPS = {"site": "a.site", "month": "substr(s.day, 1, 7)", "country": "s.speaker_country",
                   "sector": "s.speaker_sector"}


def sourcing(conn: sqlite3.Connection, by: str = "site", since: str | None = None, until: str | None = None,
             limit: int = 20, explain: bool = False) -> Result:
    """How a corpus sources its statements, per site, month, or speaker country or sector: how many statements,
    the share with an anonymous source, direct/indirect/mixed counts and distinct speaker actors (most statements
    first). The media analyst's question: who relies on unnamed sources, and when."""
    where = Where()
    _dates(where, "s.day", since, until)
    group = SOURCING_GROUPS[by]  # a fixed expression, never user text
    sql = (f"SELECT {group} AS {by}, COUNT(DISTINCT s.article_id) AS articles, COUNT(*) AS statements, "
           "SUM(s.anonymous) AS anonymous, ROUND(AVG(s.anonymous), 3) AS anonymous_share, "
           "SUM(s.kind = 'direct') AS direct, SUM(s.kind = 'indirect') AS indirect, SUM(s.kind = 'mixed') AS mixed, "
           "COUNT(DISTINCT s.speaker_actor_id) AS speakers "
           f"FROM statements s JOIN articles a ON a.id = s.article_id{where.sql()} "
           "GROUP BY 1 ORDER BY statements DESC, 1 LIMIT ?")
    return _run(conn, sql, [*where.params, limit], explain)


def events(conn: sqlite3.Connection, type: str | None = None, source_country: str | None = None,
           target_country: str | None = None, source: str | None = None, target: str | None = None,
           modality: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 20, explain: bool = False) -> Result:
    """Events by PLOVER type, source/target country or actor, modality and date range (newest first)."""
    where = Where()
    for column, value in (("e.type", type), ("e.source_country", source_country),
                          ("e.target_country", target_country), ("e.modality", modality)):
        if value:
            where.add(f"{column} = ?", value)
    for column, name in (("e.source_actor_id", source), ("e.target_actor_id", target)):
        if name:
            ids = actor_ids(conn, name)
            where.add(f"{column} IN {_in(ids)}", *ids)
    _dates(where, "e.day", since, until)
    sql = ("SELECT e.id, e.day, e.type, e.mode, e.source, e.source_country, e.target, e.target_country, "
           f"e.modality, e.trigger, e.confidence, e.article_id FROM events e{where.sql()} "
           "ORDER BY e.day DESC, e.id DESC LIMIT ?")
    return _run(conn, sql, [*where.params, limit], explain)
