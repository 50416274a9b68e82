"""Events in POLECAT's weekly-file column layout (tab-separated), one row per stored event.

Columns follow the POLECAT release files (Event ID ... Version); those newsgraph cannot fill
(COW codes, Wikipedia ids, intensity) are left empty rather than guessed.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "Country", "State", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
    "Language", "Version",
)

SQL = """SELECT e.*, a.site, a.url, a.published, a.language,
    sa.name AS source_name, ta.name AS target_name,
    (SELECT title FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.source_entity) AS source_title,
    (SELECT title FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.target_entity) AS target_title,
    (SELECT group_concat(name, ';') FROM mentions m WHERE m.article_id = e.article_id AND m.kind = 'person') AS people,
    (SELECT group_concat(name, ';') FROM mentions m WHERE m.article_id = e.article_id AND m.kind = 'organisation')
        AS organisations,
    (SELECT group_concat(name, ';') FROM places p WHERE p.article_id = e.article_id) AS locations
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN actors sa ON sa.id = e.source_actor_id LEFT JOIN actors ta ON ta.id = e.target_actor_id
ORDER BY e.day, e.id"""


def _row(r: sqlite3.Row, quads: dict[str, str]) -> list:
    """One POLECAT line from an event row joined with its article and actors."""
    contexts = ";".join(json.loads(r["context"] or "[]"))
    return [
        f"{r['article_id']}-{r['event_id']}", r["day"] or "", r["type"], r["mode"] or "", "",
        quads.get(r["type"], "").upper(), contexts,
        r["source_name"] or r["source"] or "", r["source_country"] or "", "", r["source_sector"] or "",
        r["source_sector"] or "", r["source_title"] or "", r["source"] or "", "",
        r["target_name"] or r["target"] or "", r["target_country"] or "", "", r["target_sector"] or "",
        r["target_sector"] or "", r["target_title"] or "", r["target"] or "", "",
        r["place"] or "", "", r["place_country"] or "", "", r["lat"] if r["lat"] is not None else "",
        r["lon"] if r["lon"] is not None else "", r["geonameid"] or "", r["place"] or "", "",
        r["url"] or r["site"] or "", (r["published"] or "")[:10], r["people"] or "", r["organisations"] or "",
        r["locations"] or "", r["language"] or "", "newsgraph",
    ]


def write_polecat(conn: sqlite3.Connection, path: Path) -> int:
    """All events as a POLECAT-layout TSV file; the row count."""
    from newsgraph.events.ontology import load_ontology

    quads = {name: spec.quad for name, spec in load_ontology().types.items()}
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in conn.execute(SQL):
            writer.writerow(_row(row, quads))
            count += 1
    return count
