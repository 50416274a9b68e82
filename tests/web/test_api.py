"""The JSON API and the server's guarantees, over HTTP against the running app."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from newsgraph.web.app import create_app
from newsgraph.web.headers import CSP
from newsgraph.web.views import PAGES

PAGE_PATHS = ("/search", "/search?q=patrols&scope=statements", "/actors", "/timeline", "/network", "/api")


def get(server: str, path: str) -> httpx.Response:
    return httpx.get(server + path, timeout=30, follow_redirects=True)


def first_article(db) -> str:
    return db.execute("SELECT id FROM articles ORDER BY seq LIMIT 1").fetchone()[0]


def test_openapi_documents_every_page(server):
    spec = get(server, "/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {"/api" + p.path.replace(":int", "") for p in PAGES}
    search = spec["paths"]["/api/search"]["get"]
    assert {p["name"] for p in search["parameters"]} >= {"q", "since", "until", "site", "actor", "type", "anonymous"}


def test_search_counts_match_the_store(server, db):
    data = get(server, "/api/search?q=patrols").json()
    expected = db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'patrols'").fetchone()[0]
    assert data["totals"]["articles"] == expected > 0
    assert any(piece["match"] for item in data["items"] for piece in item["snippet"])
    anonymous = get(server, "/api/search?scope=statements&anonymous=1").json()
    assert anonymous["totals"]["statements"] == db.execute(
        "SELECT COUNT(*) FROM statements WHERE anonymous = 1").fetchone()[0]
    assert all(item["anonymous"] == 1 for item in anonymous["items"])


def test_invalid_fts_syntax_falls_back_to_words(server):
    response = get(server, '/api/search?q="patrols AND (')
    assert response.status_code == 200 and response.json()["totals"]["articles"] >= 1


def test_filters_narrow_results(server, db):
    site, day = db.execute("SELECT site, day FROM articles WHERE site IS NOT NULL AND day IS NOT NULL").fetchone()
    by_site = get(server, f"/api/search?site={site}").json()
    assert by_site["totals"]["articles"] == db.execute("SELECT COUNT(*) FROM articles WHERE site = ?",
                                                       (site,)).fetchone()[0]
    in_range = get(server, f"/api/search?since={day}&until={day}").json()
    assert all(item["day"] == day for item in in_range["items"])
    etype = db.execute("SELECT type FROM events GROUP BY type ORDER BY COUNT(*) DESC").fetchone()[0]
    typed = get(server, f"/api/search?type={etype}").json()
    assert typed["totals"]["articles"] == db.execute(
        "SELECT COUNT(DISTINCT article_id) FROM events WHERE type = ?", (etype,)).fetchone()[0]
    eday = db.execute("SELECT day FROM events WHERE type = ? AND day IS NOT NULL", (etype,)).fetchone()[0]
    on_day = get(server, f"/api/search?type={etype}&since={eday}&until={eday}").json()  # the events' day
    assert {item["id"] for item in on_day["items"]} == {r[0] for r in db.execute(
        "SELECT DISTINCT article_id FROM events WHERE type = ? AND day = ?", (etype, eday))}


def test_article_actor_timeline_network_answer_json(server, db):
    article = get(server, f"/api/articles/{first_article(db)}").json()
    assert article["record"]["text"] and article["actor_ids"]
    actor_id = next(iter(article["actor_ids"].values()))
    actor = get(server, f"/api/actors/{actor_id}").json()
    assert actor["actor"]["id"] == actor_id and actor["aliases"]
    timeline = get(server, "/api/timeline").json()
    assert timeline["total"] == db.execute("SELECT COUNT(*) FROM events WHERE day IS NOT NULL").fetchone()[0]
    assert sum(sum(s["data"]) for s in timeline["series"]) == timeline["total"]
    network = get(server, "/api/network").json()
    ids = {n["id"] for n in network["nodes"]}
    assert network["edges"] and all(e["source"] in ids and e["target"] in ids for e in network["edges"])


def test_errors_are_json_under_api_and_pages_elsewhere(server):
    assert get(server, "/api/articles/nope").json() == {"error": "no such article", "status": 404}
    assert get(server, "/api/search?since=yesterday").status_code == 400
    assert get(server, "/api/search?scope=statements&anonymous=maybe").status_code == 400
    assert get(server, "/api/search?scope=statements&anonymous=off").json() == get(server, "/api/search?scope=statements").json()
    page = get(server, "/actors/999999")
    assert page.status_code == 404 and "no such actor" in page.text


def test_security_headers_and_no_inline_script(server, db):
    for path in (*PAGE_PATHS, f"/articles/{first_article(db)}"):
        response = get(server, path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"] == CSP
        assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
        body = response.text
        assert "<script>" not in body and "<script type=\"text/javascript\"" not in body


def test_pages_never_write_the_store(server, web_store: Path, db):
    before = hashlib.sha256(web_store.read_bytes()).hexdigest()
    for path in (*PAGE_PATHS, f"/articles/{first_article(db)}", "/actors/1", "/api/network"):
        assert get(server, path).status_code == 200
    assert hashlib.sha256(web_store.read_bytes()).hexdigest() == before


def test_missing_store_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "none.db")
    done = subprocess.run([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(tmp_path / "none.db")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no corpus store" in done.stderr


def test_non_loopback_host_warns(web_store):
    process = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(web_store),
                                "--host", "0.0.0.0", "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert "warning" in line and "0.0.0.0" in line
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_json_for_scripts_is_escaped():
    from newsgraph.web.app import TEMPLATES

    template = TEMPLATES.env.from_string('{% from "macros.html" import json_data %}{{ json_data("d", value) }}')
    html = template.render(value={"name": "</script><script>alert('x')</script> & <!--"})
    body = html.split(">", 1)[1].rsplit("<", 1)[0]
    assert html.startswith('<script type="application/json" id="d">') and html.endswith("</script>")
    assert "<" not in body and ">" not in body and "\\u003c/script\\u003e" in body
