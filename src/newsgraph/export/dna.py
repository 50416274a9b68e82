"""Statements for discourse-network analysis in the layout of DNA's default statement type.

One row per statement with DNA's variables ``person``, ``organization``, ``concept`` and
``agreement`` (1 agrees, 0 disagrees) plus date and document. ``concept`` is the PLOVER type of
the events the statement reports when there are some (``concept_basis`` = event), otherwise the
statement's most frequent content word (``keyword``); ``agreement`` is 0 when a reported event is
negated or a rejection.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections import Counter
from pathlib import Path

COLUMNS = ("id", "date", "person", "organization", "concept", "agreement", "concept_basis", "text",
           "anonymous", "speaker_country", "speaker_sector", "document", "title", "source")

STOPWORDS = frozenset(
    "about after again also been before being between both could does doing during each from further have having "
    "here into itself just more most only other over same should some such than that their them then there these "
    "they this those through under until very were what when where which while will with would your said says "
    "told according going want wants like make made many much year years people today week time".split()
)

SQL = """SELECT s.*, a.title, a.site, a.url, sa.name AS actor_name, m.kind AS speaker_kind,
    m.affiliation AS affiliation,
    (SELECT group_concat(e.type, ';') FROM (SELECT DISTINCT type FROM events e
        WHERE e.article_id = s.article_id AND e.reported_by = s.quote_id ORDER BY type) e) AS reported,
    (SELECT COUNT(*) FROM events e WHERE e.article_id = s.article_id AND e.reported_by = s.quote_id
        AND (e.modality = 'negated' OR e.type = 'REJECT')) AS against
FROM statements s JOIN articles a ON a.id = s.article_id
LEFT JOIN actors sa ON sa.id = s.speaker_actor_id
LEFT JOIN mentions m ON m.article_id = s.article_id AND m.entity_id = s.speaker_entity
ORDER BY s.day, s.id"""


def keyword(text: str) -> str:
    """The most frequent content word of ``text`` (first met wins ties), lower case."""
    words = [w for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in STOPWORDS]
    return Counter(words).most_common(1)[0][0] if words else ""


def _speaker(r: sqlite3.Row) -> tuple[str, str]:
    """(person, organization) of a statement's speaker."""
    name = r["actor_name"] or r["speaker"] or ""
    if r["speaker_kind"] in ("organisation", "state", "group"):
        return "", name
    group = r["affiliation"] or " ".join(x for x in (r["speaker_country"], r["speaker_sector"]) if x)
    if r["anonymous"]:
        return "", group or (r["speaker_description"] or r["speaker"] or "")
    return name, group


def write_dna(conn: sqlite3.Connection, path: Path) -> int:
    """All statements as a DNA-layout CSV file; the row count."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for r in conn.execute(SQL):
            person, organization = _speaker(r)
            concept, basis = (r["reported"], "event") if r["reported"] else (keyword(r["text"]), "keyword")
            writer.writerow([r["id"], r["day"] or "", person, organization, concept, 0 if r["against"] else 1,
                             basis, r["text"], r["anonymous"], r["speaker_country"] or "", r["speaker_sector"] or "",
                             r["article_id"], r["title"] or "", r["url"] or r["site"] or ""])
            count += 1
    return count
