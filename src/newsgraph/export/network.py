"""The actor network: corpus actors as nodes; events and statements-about as typed, weighted, dated edges.

Event edges go from the source to the target actor (one edge per PLOVER type, in ``relation``;
GEXF reserves ``type`` for directedness); a statement edge
goes from the speaker to every other actor mentioned inside the statement. Weight counts them,
``first``/``last`` are the earliest and latest day. Written as GraphML and GEXF for Gephi.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import networkx as nx

EVENT_EDGES = """SELECT source_actor_id, target_actor_id, type, COUNT(*), MIN(day), MAX(day), AVG(confidence)
FROM events WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL
GROUP BY source_actor_id, target_actor_id, type"""

STATEMENT_MENTIONS = """SELECT s.speaker_actor_id, s.start, s."end", s.day, m.actor_id, m.spans
FROM statements s JOIN mentions m ON m.article_id = s.article_id
WHERE s.speaker_actor_id IS NOT NULL AND m.actor_id IS NOT NULL AND m.actor_id != s.speaker_actor_id"""


def _add_edge(graph: nx.MultiDiGraph, u: int, v: int, kind: str, type_: str, weight: int,
              first: str | None, last: str | None) -> None:
    graph.add_edge(u, v, key=f"{kind}:{type_}", kind=kind, relation=type_, label=type_, weight=weight,
                   first=first or "", last=last or "")


def _statement_edges(conn: sqlite3.Connection) -> dict[tuple[int, int], list]:
    """(speaker, mentioned actor) -> [count, first day, last day] for mentions inside statements."""
    edges: dict[tuple[int, int], list] = defaultdict(lambda: [0, None, None])
    for speaker, start, end, day, actor, spans in conn.execute(STATEMENT_MENTIONS):
        if not any(s < end and e > start for s, e in json.loads(spans)):
            continue
        edge = edges[(speaker, actor)]
        edge[0] += 1
        if day:
            edge[1] = min(edge[1] or day, day)
            edge[2] = max(edge[2] or day, day)
    return edges


def actor_network(conn: sqlite3.Connection) -> nx.MultiDiGraph:
    """The corpus actor network of the store."""
    graph = nx.MultiDiGraph(name="newsgraph actor network")
    for row in conn.execute("SELECT id, name, kind, country, sector, n_mentions, n_statements, n_events FROM actors"):
        graph.add_node(row[0], label=row[1], kind=row[2] or "", country=row[3] or "", sector=row[4] or "",
                       mentions=row[5], statements=row[6], events=row[7])
    for u, v, type_, weight, first, last, confidence in conn.execute(EVENT_EDGES):
        _add_edge(graph, u, v, "event", type_, weight, first, last)
        graph.edges[u, v, f"event:{type_}"]["confidence"] = round(confidence or 0.0, 3)
    for (u, v), (weight, first, last) in _statement_edges(conn).items():
        _add_edge(graph, u, v, "statement", "STATEMENT", weight, first, last)
    return graph


def write_graphml(conn: sqlite3.Connection, path: Path) -> int:
    """The network as GraphML; the edge count."""
    graph = actor_network(conn)
    nx.write_graphml(graph, path)
    return graph.number_of_edges()


def write_gexf(conn: sqlite3.Connection, path: Path) -> int:
    """The network as GEXF 1.2 (Gephi); the edge count."""
    graph = actor_network(conn)
    nx.write_gexf(graph, path)
    return graph.number_of_edges()
