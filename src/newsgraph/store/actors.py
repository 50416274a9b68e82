"""Cross-article actor linking: article entities that name the same real actor get one corpus actor id.

Keys (table ``actor_keys``): persons by first and last name with titles, initials and generational
suffixes dropped ("Defense Secretary Lloyd J. Austin III" -> ``person:lloyd austin``); states by
country code; everything else by kind and normalised name. A surname alone ("Austin") joins a
full-name actor only when exactly one such actor agrees on country/sector context; otherwise it
stays a separate actor, and is absorbed later if a unique full-name actor arrives. Generic
common-noun actors ("officials", "people") get no corpus actor: their ``actor_id`` is NULL.
"""

from __future__ import annotations

import re
import sqlite3

from newsgraph.record import Entity

TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary defense defence "
    "foreign state interior home finance deputy assistant under general gen lt col maj capt sgt adm admiral "
    "brig cmdr sen senator rep representative gov governor mayor chancellor king queen prince princess "
    "sheikh ayatollah pope chief justice judge ambassador envoy spokesman spokeswoman spokesperson "
    "director commander former acting the of u.s. us".split()
)
TITLE_KEYS = frozenset(w.replace(".", "") for w in TITLE_WORDS)
SUFFIXES = frozenset("jr sr ii iii iv v".split())
KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
GENERIC_LABELS = frozenset({"NOUN", "CARDINAL", "QUANTITY", "ORDINAL", "PERCENT", "MONEY", "DATE", "TIME"})
"""Labels of common-noun actors ("officials", "two people"): not one real actor across articles."""


def linkable(entity: Entity) -> bool:
    """Whether the entity is named, so it may get a corpus actor (generic ones stay unlinked)."""
    return entity.type not in GENERIC_LABELS


def _words(name: str) -> list[str]:
    """Lower-cased words of a name without possessives and outer punctuation."""
    name = re.sub(r"['’]s\b", "", name.lower())
    return [w.strip(".,;:\"'()") for w in name.split() if w.strip(".,;:\"'()-")]


def person_words(name: str) -> list[str]:
    """A person's name words without leading titles, initials and generational suffixes."""
    words = _words(name)
    while words and words[0].replace(".", "") in TITLE_KEYS:
        words.pop(0)
    while words and words[-1].replace(".", "") in SUFFIXES:
        words.pop()
    return [w for w in words if len(w.replace(".", "")) > 1]


def kind_of(entity: Entity) -> str:
    """The entity's kind, falling back on its NER label."""
    return entity.kind or KINDS.get(entity.type, entity.type.lower())


def forms(entity: Entity) -> list[str]:
    """The entity's name and aliases, deduplicated, name first."""
    return list(dict.fromkeys([entity.name, *entity.aliases]))


def keys(entity: Entity) -> list[str]:
    """Linking keys of an entity, most specific first (empty for a surname-only person)."""
    kind = kind_of(entity)
    if kind == "person":
        found = []
        for form in forms(entity):
            words = person_words(form)
            if len(words) >= 2:
                found.append(f"person:{words[0]} {words[-1]}")
        return list(dict.fromkeys(found))
    if kind == "state" and entity.country:
        return [f"state:{entity.country}"]
    if entity.igo:
        return [f"igo:{entity.igo}"]
    names = [" ".join(w for w in _words(form) if w != "the") for form in forms(entity)]
    return list(dict.fromkeys(f"{kind}:{name}" for name in names if name))


def _agrees(entity: Entity, row: sqlite3.Row) -> bool:
    """Country and sector never conflict, and at least one of them is shared."""
    pairs = [(entity.country, row["country"]), (entity.sector, row["sector"])]
    if any(a and b and a != b for a, b in pairs):
        return False
    return any(a and a == b for a, b in pairs)


def _create(conn: sqlite3.Connection, entity: Entity, surname: str | None, key_list: list[str]) -> int:
    """A new corpus actor for ``entity`` registered under ``key_list``."""
    cur = conn.execute(
        "INSERT INTO actors(name, type, kind, surname, country, sector, igo) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (entity.name, entity.type, kind_of(entity), surname, entity.country, entity.sector, entity.igo),
    )
    actor_id = cur.lastrowid
    conn.executemany("INSERT OR IGNORE INTO actor_keys(key, actor_id) VALUES (?, ?)", [(k, actor_id) for k in key_list])
    return actor_id


def _by_surname(conn: sqlite3.Connection, entity: Entity, surname: str) -> int:
    """Link a surname-only person: the one agreeing full-name actor, else its own actor."""
    rows = conn.execute("SELECT id, country, sector FROM actors WHERE surname = ?", (surname,)).fetchall()
    matches = [row["id"] for row in rows if _agrees(entity, row)]
    if len(matches) == 1:
        return matches[0]
    key = f"person1:{surname}|{entity.country or ''}|{entity.sector or ''}"
    found = conn.execute("SELECT actor_id FROM actor_keys WHERE key = ?", (key,)).fetchone()
    return found[0] if found else _create(conn, entity, None, [key])


def _absorb(conn: sqlite3.Connection, actor_id: int, entity: Entity, surname: str) -> None:
    """Merge surname-only actors that now have exactly one agreeing full-name actor into ``actor_id``."""
    full = conn.execute("SELECT id, country, sector FROM actors WHERE surname = ?", (surname,)).fetchall()
    prefix = f"person1:{surname}|"
    lonely = conn.execute(
        "SELECT k.actor_id AS id, a.country, a.sector FROM actor_keys k JOIN actors a ON a.id = k.actor_id "
        "WHERE k.key >= ? AND k.key < ?",
        (prefix, prefix + "\uffff"),
    ).fetchall()
    for row in lonely:
        probe = Entity(id="", name=surname, type="PERSON", country=row["country"], sector=row["sector"])
        if [f["id"] for f in full if _agrees(probe, f)] == [actor_id]:
            merge(conn, row["id"], actor_id)


def merge(conn: sqlite3.Connection, old: int, new: int) -> None:
    """Fold actor ``old`` into ``new``: re-point keys, aliases, mentions, statements and events."""
    conn.execute("UPDATE actor_keys SET actor_id = ? WHERE actor_id = ?", (new, old))
    conn.execute(
        "INSERT INTO actor_aliases(actor_id, alias, count) SELECT ?, alias, count FROM actor_aliases "
        "WHERE actor_id = ? ON CONFLICT(actor_id, alias) DO UPDATE SET count = count + excluded.count",
        (new, old),
    )
    for table, column in (("mentions", "actor_id"), ("statements", "speaker_actor_id"),
                          ("events", "source_actor_id"), ("events", "target_actor_id")):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old))  # names are constants
    conn.execute("DELETE FROM actors WHERE id = ?", (old,))


def link(conn: sqlite3.Connection, entity: Entity) -> int:
    """The corpus actor id of ``entity``, created when it names an actor not yet in the store."""
    key_list = keys(entity)
    for key in key_list:
        found = conn.execute("SELECT actor_id FROM actor_keys WHERE key = ?", (key,)).fetchone()
        if found:
            actor_id = found[0]
            conn.executemany("INSERT OR IGNORE INTO actor_keys(key, actor_id) VALUES (?, ?)",
                             [(k, actor_id) for k in key_list])
            conn.execute(
                "UPDATE actors SET country = COALESCE(country, ?), sector = COALESCE(sector, ?), "
                "igo = COALESCE(igo, ?) WHERE id = ?",
                (entity.country, entity.sector, entity.igo, actor_id),
            )
            return actor_id
    if kind_of(entity) == "person":
        words = [person_words(form) for form in forms(entity)]
        if not key_list:
            surname = next((w[-1] for w in words if w), None)
            return _by_surname(conn, entity, surname) if surname else _create(conn, entity, None, [])
        surname = next(w[-1] for w in words if len(w) >= 2)
        actor_id = _create(conn, entity, surname, key_list)
        _absorb(conn, actor_id, entity, surname)
        return actor_id
    return _create(conn, entity, None, key_list)


def count_forms(conn: sqlite3.Connection, actor_id: int, entity: Entity) -> None:
    """Add one article to the alias counts of every form ``entity`` uses."""
    conn.executemany(
        "INSERT INTO actor_aliases(actor_id, alias, count) VALUES (?, ?, 1) "
        "ON CONFLICT(actor_id, alias) DO UPDATE SET count = count + 1",
        [(actor_id, form) for form in forms(entity)],
    )


REFRESH = """UPDATE actors SET
    n_mentions = (SELECT COALESCE(SUM(count), 0) FROM mentions WHERE actor_id = actors.id),
    n_articles = (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE actor_id = actors.id),
    n_statements = (SELECT COUNT(*) FROM statements WHERE speaker_actor_id = actors.id),
    n_events = (SELECT COUNT(*) FROM events WHERE source_actor_id = actors.id)
             + (SELECT COUNT(*) FROM events WHERE target_actor_id = actors.id)
WHERE id = ?"""


def display_name(kind: str | None, aliases: list[tuple[str, int]]) -> str:
    """The alias to show: a proper name (capitalised words; two or more for a person), then most used, longest."""
    def score(item: tuple[str, int]) -> tuple:
        alias, count = item
        proper = all(w[0].isupper() or not w[0].isalpha() for w in alias.split())
        full = len(person_words(alias)) >= 2 if kind == "person" else True
        return (proper and full, count, len(alias))

    return max(aliases, key=score)[0]


def refresh(conn: sqlite3.Connection, actor_ids: set[int]) -> None:
    """Recompute counts and the display name of the given actors (those a batch touched)."""
    ids = sorted(actor_ids)
    conn.executemany(REFRESH, [(i,) for i in ids])
    for actor_id in ids:
        row = conn.execute("SELECT kind FROM actors WHERE id = ?", (actor_id,)).fetchone()
        aliases = conn.execute("SELECT alias, count FROM actor_aliases WHERE actor_id = ?", (actor_id,)).fetchall()
        if row and aliases:
            name = display_name(row[0], [tuple(a) for a in aliases])
            conn.execute("UPDATE actors SET name = ? WHERE id = ?", (name, actor_id))
