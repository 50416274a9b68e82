"""The corpus store's tables, indexes, full-text indexes and triggers (schema version 1).

Names here are a contract (the web UI and ``docs/store.md`` use them); change them only
through a new function in ``migrations.py``.
"""

from __future__ import annotations

TABLES: tuple[str, ...] = (
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        args TEXT NOT NULL,
        workers INTEGER NOT NULL DEFAULT 0,
        documents INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0,
        seconds REAL
    )""",
    """CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        run_id INTEGER REFERENCES runs(id),
        uri TEXT,
        url TEXT,
        format TEXT,
        warc_record_id TEXT,
        title TEXT,
        byline TEXT,
        site TEXT,
        language TEXT,
        published TEXT,
        published_basis TEXT,
        day TEXT,
        dateline TEXT,
        text TEXT NOT NULL,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_statements INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0,
        record TEXT NOT NULL,
        ingested TEXT NOT NULL
    )""",
    """CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT,
        kind TEXT,
        surname TEXT,
        country TEXT,
        sector TEXT,
        igo TEXT,
        n_articles INTEGER NOT NULL DEFAULT 0,
        n_mentions INTEGER NOT NULL DEFAULT 0,
        n_statements INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE actor_aliases (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (actor_id, alias)
    )""",
    """CREATE TABLE actor_keys (
        key TEXT PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE
    )""",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        actor_id INTEGER REFERENCES actors(id),
        name TEXT NOT NULL,
        type TEXT,
        kind TEXT,
        title TEXT,
        country TEXT,
        sector TEXT,
        igo TEXT,
        affiliation TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        spans TEXT NOT NULL DEFAULT '[]',
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, entity_id)
    )""",
    """CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        place_id TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        geonameid INTEGER,
        lat REAL,
        lon REAL,
        feature TEXT,
        spans TEXT NOT NULL DEFAULT '[]',
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, place_id)
    )""",
    """CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        time_id TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER,
        "end" INTEGER,
        value TEXT,
        anchor TEXT,
        granularity TEXT,
        PRIMARY KEY (article_id, time_id)
    )""",
    """CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id TEXT NOT NULL,
        kind TEXT,
        text TEXT NOT NULL,
        start INTEGER,
        "end" INTEGER,
        cue TEXT,
        cue_lemma TEXT,
        tense TEXT,
        speaker TEXT,
        speaker_entity TEXT,
        speaker_actor_id INTEGER REFERENCES actors(id),
        anonymous INTEGER NOT NULL DEFAULT 0,
        speaker_country TEXT,
        speaker_sector TEXT,
        speaker_description TEXT,
        anonymity_reason TEXT,
        day TEXT,
        UNIQUE (article_id, quote_id)
    )""",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        context TEXT NOT NULL DEFAULT '[]',
        source TEXT,
        source_entity TEXT,
        source_actor_id INTEGER REFERENCES actors(id),
        source_country TEXT,
        source_sector TEXT,
        target TEXT,
        target_entity TEXT,
        target_actor_id INTEGER REFERENCES actors(id),
        target_country TEXT,
        target_sector TEXT,
        trigger TEXT,
        start INTEGER,
        "end" INTEGER,
        modality TEXT,
        reported_by TEXT,
        date TEXT,
        date_text TEXT,
        date_basis TEXT,
        day TEXT,
        place TEXT,
        place_country TEXT,
        geonameid INTEGER,
        lat REAL,
        lon REAL,
        confidence REAL,
        UNIQUE (article_id, event_id)
    )""",
    """CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs(id),
        uri TEXT NOT NULL,
        error TEXT NOT NULL,
        seen TEXT NOT NULL,
        UNIQUE (uri, error)
    )""",
)

INDEXES: tuple[str, ...] = (
    "CREATE INDEX articles_day ON articles(day)",
    "CREATE INDEX articles_site_day ON articles(site, day)",
    "CREATE INDEX actors_mentions ON actors(n_mentions DESC)",
    "CREATE INDEX actors_statements ON actors(n_statements DESC)",
    "CREATE INDEX actors_surname ON actors(surname)",
    "CREATE INDEX mentions_actor ON mentions(actor_id)",
    "CREATE INDEX places_country ON places(country)",
    "CREATE INDEX statements_article ON statements(article_id)",
    "CREATE INDEX statements_speaker_day ON statements(speaker_actor_id, day)",
    "CREATE INDEX statements_anonymous_day ON statements(anonymous, day)",
    "CREATE INDEX events_article ON events(article_id)",
    "CREATE INDEX events_day ON events(day)",
    "CREATE INDEX events_type_day ON events(type, day)",
    "CREATE INDEX events_modality_day ON events(modality, day)",
    "CREATE INDEX events_source_country_day ON events(source_country, day)",
    "CREATE INDEX events_target_country_day ON events(target_country, day)",
    "CREATE INDEX events_source_actor_day ON events(source_actor_id, day)",
    "CREATE INDEX events_target_actor_day ON events(target_actor_id, day)",
    "CREATE INDEX errors_run ON errors(run_id)",
)

WEB_INDEXES: tuple[str, ...] = (
    "CREATE INDEX events_day_cover ON events(day, type, modality, source_country, target_country, "
    "source_actor_id, target_actor_id, reported_by, article_id)",
    "CREATE INDEX events_source_cover ON events(source_actor_id, target_actor_id, type, day, modality, "
    "source_country, target_country)",
    "CREATE INDEX events_target_cover ON events(target_actor_id, source_actor_id, type, day, modality, "
    "source_country, target_country)",
    "CREATE INDEX events_reported_cover ON events(article_id, reported_by, day, type, modality, source_country, "
    "target_country, source_actor_id, target_actor_id) WHERE reported_by IS NOT NULL",
    "CREATE INDEX statements_speaker_cover ON statements(article_id, quote_id, speaker_actor_id) "
    "WHERE speaker_actor_id IS NOT NULL",
    "CREATE INDEX mentions_actor_cover ON mentions(actor_id, article_id, count)",
    "CREATE INDEX articles_id_day ON articles(id, day)",
)
"""Covering indexes for the web UI's aggregate pages (schema version 4): the timeline, network and actor
pages count events, statement edges and mentions from these narrow copies instead of the wide rows
(``docs/web.md``, Performance). Stores without them still work, only slower."""

def _said(sign: str, speaker: str, event: str, where: str) -> str:
    """Statements that add (``sign`` +1) or remove (-1) the statement edges of ``event`` (``NEW``/``OLD``, or
    ``e`` for every event matched by ``where``) spoken by ``speaker`` (an actor id expression)."""
    return "".join(f"""
        INSERT INTO statement_edges(speaker, other, weight)
        SELECT {speaker}, {event}.{side}_actor_id, {sign} FROM {where}
        AND {speaker} IS NOT NULL AND {event}.{side}_actor_id IS NOT NULL AND {event}.{side}_actor_id != {speaker}
        ON CONFLICT(speaker, other) DO UPDATE SET weight = weight + excluded.weight;"""
                   for side in ("source", "target"))


_STATEMENT_OF = "statements s WHERE s.article_id = {e}.article_id AND s.quote_id = {e}.reported_by"
_EVENTS_OF = "events e WHERE e.article_id = {s}.article_id AND e.reported_by = {s}.quote_id"
_PRUNE = "DELETE FROM statement_edges WHERE weight <= 0;"

STATEMENT_EDGES: tuple[str, ...] = (
    """CREATE TABLE statement_edges (
        speaker INTEGER NOT NULL,
        other INTEGER NOT NULL,
        weight INTEGER NOT NULL,
        PRIMARY KEY (speaker, other)
    ) WITHOUT ROWID""",
    "CREATE INDEX statement_edges_weight ON statement_edges(weight DESC)",
    f"""CREATE TRIGGER statement_edges_event_insert AFTER INSERT ON events WHEN NEW.reported_by IS NOT NULL BEGIN
        {_said("1", "s.speaker_actor_id", "NEW", _STATEMENT_OF.format(e="NEW"))}
    END""",
    f"""CREATE TRIGGER statement_edges_event_delete AFTER DELETE ON events WHEN OLD.reported_by IS NOT NULL BEGIN
        {_said("-1", "s.speaker_actor_id", "OLD", _STATEMENT_OF.format(e="OLD"))}
        {_PRUNE}
    END""",
    f"""CREATE TRIGGER statement_edges_event_update AFTER UPDATE OF source_actor_id, target_actor_id, reported_by,
        article_id ON events BEGIN
        {_said("-1", "s.speaker_actor_id", "OLD", _STATEMENT_OF.format(e="OLD"))}
        {_said("1", "s.speaker_actor_id", "NEW", _STATEMENT_OF.format(e="NEW"))}
        {_PRUNE}
    END""",
    f"""CREATE TRIGGER statement_edges_statement_insert AFTER INSERT ON statements BEGIN
        {_said("1", "NEW.speaker_actor_id", "e", _EVENTS_OF.format(s="NEW"))}
    END""",
    f"""CREATE TRIGGER statement_edges_statement_delete AFTER DELETE ON statements BEGIN
        {_said("-1", "OLD.speaker_actor_id", "e", _EVENTS_OF.format(s="OLD"))}
        {_PRUNE}
    END""",
    f"""CREATE TRIGGER statement_edges_statement_update AFTER UPDATE OF speaker_actor_id, article_id, quote_id
        ON statements BEGIN
        {_said("-1", "OLD.speaker_actor_id", "e", _EVENTS_OF.format(s="OLD"))}
        {_said("1", "NEW.speaker_actor_id", "e", _EVENTS_OF.format(s="NEW"))}
        {_PRUNE}
    END""",
    """INSERT INTO statement_edges(speaker, other, weight)
        SELECT speaker, other, COUNT(*) FROM (
            SELECT s.speaker_actor_id AS speaker, e.source_actor_id AS other FROM events e JOIN statements s
                ON s.article_id = e.article_id AND s.quote_id = e.reported_by
            UNION ALL
            SELECT s.speaker_actor_id, e.target_actor_id FROM events e JOIN statements s
                ON s.article_id = e.article_id AND s.quote_id = e.reported_by)
        WHERE speaker IS NOT NULL AND other IS NOT NULL AND other != speaker GROUP BY 1, 2""",
)
"""Schema version 5: the all-time statement edges of the network (speaker -> each actor of an event their
statement reports, weight = how many such reports), kept by triggers on ``events`` and ``statements`` equal
to the live count (every (statement, event) pair present adds 1), and filled from existing rows last. The
web UI reads it for the unfiltered network and counts live under filters or when it is missing."""

FULL_TEXT: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, speaker, content='statements', content_rowid='id')""",
    """CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
    """CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
    END""",
    """CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, speaker ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
        INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
)
