"""PNG screenshots of each page of a running app, for the README (headless Chromium)."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

from newsgraph.store import connect
from newsgraph.web import browser

WIDTH, HEIGHT = 1360, 1000


def showcase(db: Path) -> dict[str, str]:
    """One URL per page, picked to show the most: the richest article, the most active actor."""
    with closing(connect(db, readonly=True)) as conn:
        article = conn.execute("SELECT id FROM articles ORDER BY title IS NULL, n_statements + n_events DESC, seq "
                               "LIMIT 1").fetchone()
        actor = conn.execute(  # dated mentions, statements and partners (small stores: screenshots only)
            "SELECT id FROM actors WHERE id IN (SELECT m.actor_id FROM mentions m JOIN articles a ON a.id = "
            "m.article_id WHERE a.day IS NOT NULL) ORDER BY n_statements > 0 DESC, (SELECT COUNT(*) FROM events e "
            "WHERE e.source_actor_id = actors.id AND e.target_actor_id IS NOT NULL OR e.target_actor_id = actors.id "
            "AND e.source_actor_id IS NOT NULL) DESC, n_mentions DESC, id LIMIT 1").fetchone()
    return {
        "search": "/search?q=talks",
        "statements": "/search?scope=statements",
        "article": f"/articles/{article[0]}",
        "actor": f"/actors/{actor[0]}",
        "timeline": "/timeline",
        "network": "/network",
        "api": "/api",
    }


def capture(base: str, db: Path, outdir: Path) -> list[Path]:
    """Save ``<page>.png`` for every page of ``showcase(db)`` in ``outdir``; the files written."""
    reason = browser.missing()
    if reason:
        raise RuntimeError(f"cannot take screenshots: {reason}")
    outdir.mkdir(parents=True, exist_ok=True)
    driver = browser.start(WIDTH, HEIGHT)
    written = []
    try:
        for name, path in showcase(db).items():
            driver.get(base + path)
            time.sleep(1.0)  # charts draw after load
            target = outdir / f"{name}.png"
            driver.save_screenshot(str(target))
            written.append(target)
    finally:
        driver.quit()
    return written
