"""The web UI in a real browser (headless Chromium, Selenium): click through the pages and check what
they show against the store, that charts are drawn, and that article text never runs as script."""

from __future__ import annotations

import json
import re

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.conftest import XSS_PAGE

NODE_PIXEL = """
const chart = echarts.getInstanceByDom(document.getElementById('network-chart'));
const data = chart.getModel().getSeriesByIndex(0).getData();
for (let i = 0; i < data.count(); i++) {
  if (data.getId(i) === arguments[0]) return chart.convertToPixel({seriesIndex: 0}, data.getItemLayout(i));
}
return null;"""

BAR_PIXEL = """
const chart = echarts.getInstanceByDom(document.getElementById('timeline-chart'));
const option = chart.getOption();
const first = option.series[0].data;
const i = first.indexOf(Math.max(...first));
return [option.series[0].name, chart.convertToPixel({gridIndex: 0}, [i, first[i] / 2])];"""


def visit(driver, url: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def wait_chart(driver, element_id: str) -> None:
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "const e = document.getElementById(arguments[0]); return e.dataset.ready === '1' && !!e.querySelector('canvas')",
        element_id))


def settled_node(driver, node_id: str) -> tuple[float, float]:
    """The node's pixel once the force layout has stopped moving it (on a loaded machine it runs for seconds)."""
    last: list = [None]

    def still(d) -> bool:
        now = d.execute_script(NODE_PIXEL, node_id)
        moved = last[0] is None or abs(now[0] - last[0][0]) + abs(now[1] - last[0][1]) > 1
        last[0] = now
        return not moved

    WebDriverWait(driver, 30, poll_frequency=0.5).until(still)
    return last[0][0], last[0][1]


def click_at(driver, element_id: str, x: float, y: float) -> None:
    """A real mouse click at pixel (x, y) of an element, scrolled into view first."""
    left, top = driver.execute_script(
        "const e = document.getElementById(arguments[0]); e.scrollIntoView({block: 'center'});"
        "const r = e.getBoundingClientRect(); return [r.left, r.top];", element_id)
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(left + x), int(top + y)).click()
    actions.perform()


def problems(driver) -> list[str]:
    """Console errors since the last call: script errors, CSP violations, failed loads."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def no_alert(driver) -> bool:
    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def refs(driver, css: str) -> set[str]:
    return {e.get_attribute("data-ref") for e in driver.find_elements(By.CSS_SELECTOR, f"#article-text {css}")}


def test_search_article_actor_network_click_through(browser, server, db):
    problems(browser)
    visit(browser, server + "/search")
    box = browser.find_element(By.CSS_SELECTOR, "form.search-form input.q")
    box.send_keys("patrols", Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: "q=patrols" in d.current_url)
    expected = db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'patrols'").fetchone()[0]
    assert browser.find_element(By.CSS_SELECTOR, "#tab-articles .count").text == str(expected)
    hits = browser.find_elements(By.CSS_SELECTOR, ".article-hit")
    assert len(hits) == expected and hits[0].find_elements(By.TAG_NAME, "mark")

    hits[0].find_element(By.CSS_SELECTOR, "a.title").click()
    WebDriverWait(browser, 20).until(lambda d: "/articles/" in d.current_url)
    article_id = browser.current_url.rsplit("/", 1)[1]
    record = db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    check_article(browser, json.loads(record))

    actor_id, name = db.execute(  # the article's actor with most event partners
        "SELECT a.id, a.name FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ? "
        "ORDER BY (SELECT COUNT(*) FROM events e WHERE e.source_actor_id = a.id AND e.target_actor_id != a.id "
        "OR e.target_actor_id = a.id AND e.source_actor_id != a.id) DESC, a.n_events DESC, a.id LIMIT 1",
        (article_id,)).fetchone()
    browser.find_element(By.CSS_SELECTOR, f'#article-text a.hl-actor[href="/actors/{actor_id}"]').click()
    WebDriverWait(browser, 20).until(lambda d: d.current_url.endswith(f"/actors/{actor_id}"))
    check_actor(browser, db, actor_id, name)

    browser.find_element(By.LINK_TEXT, "Ego network").click()
    WebDriverWait(browser, 20).until(lambda d: "/network" in d.current_url)
    wait_chart(browser, "network-chart")
    partner = db.execute(
        "SELECT target_actor_id FROM events WHERE source_actor_id = ? AND target_actor_id != ? "
        "UNION SELECT source_actor_id FROM events WHERE target_actor_id = ? AND source_actor_id != ?",
        (actor_id, actor_id, actor_id, actor_id)).fetchone()[0]
    option = browser.execute_script(
        "return echarts.getInstanceByDom(document.getElementById('network-chart')).getOption().series[0]")
    assert option["roam"] is True and option["draggable"] is True and option["layout"] == "force"
    x, y = settled_node(browser, str(partner))
    click_at(browser, "network-chart", x, y)
    WebDriverWait(browser, 20).until(lambda d: d.current_url.endswith(f"/actors/{partner}"))
    assert problems(browser) == []


def check_article(browser, record: dict) -> None:
    """Every kind of span is highlighted, the panel lists them, chrome and raw JSON are viewable."""
    with_mentions = {f"entity-{e['id']}" for e in record["entities"] if e["mentions"]}
    assert refs(browser, ".hl-actor") == with_mentions
    assert refs(browser, ".hl-statement") == {f"quote-{q['id']}" for q in record["quotes"]}
    assert refs(browser, ".hl-event") == {f"event-{e['id']}" for e in record["events"]}
    assert refs(browser, ".hl-place") == {f"place-{p['id']}" for p in record["places"] if p["mentions"]}
    assert refs(browser, ".hl-time") == {f"time-{t['id']}" for t in record["times"]}
    assert browser.find_element(By.ID, "article-text").text.replace("\n", "") == record["text"].replace("\n", "")
    for quote in record["quotes"]:
        assert browser.find_element(By.ID, f"quote-{quote['id']}").is_displayed()
    browser.find_element(By.CSS_SELECTOR, '#legend input[data-layer="actor"]').click()
    assert "hide-actor" in browser.find_element(By.ID, "article-text").get_attribute("class")
    browser.find_element(By.CSS_SELECTOR, '#legend input[data-layer="actor"]').click()
    browser.find_element(By.CSS_SELECTOR, "#raw summary").click()
    assert record["id"] in browser.find_element(By.CSS_SELECTOR, "#raw pre").text
    browser.find_element(By.CSS_SELECTOR, "#removed summary").click()
    removed = browser.find_elements(By.CSS_SELECTOR, "#removed li")
    assert len(removed) == max(1, len(record["boilerplate"]))


def check_actor(browser, db, actor_id: int, name: str) -> None:
    """Profile, aliases, statements, partners and the mentions chart match the store."""
    assert browser.find_element(By.ID, "actor-name").text == name
    aliases = db.execute("SELECT COUNT(*) FROM actor_aliases WHERE actor_id = ?", (actor_id,)).fetchone()[0]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#aliases .alias")) == min(aliases, 40)
    partners = db.execute(
        "SELECT COUNT(DISTINCT other) FROM (SELECT target_actor_id other FROM events WHERE source_actor_id = ? "
        "UNION ALL SELECT source_actor_id FROM events WHERE target_actor_id = ?) WHERE other != ?",
        (actor_id, actor_id, actor_id)).fetchone()[0]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#partners tbody a.actor")) == min(partners, 25)
    events = db.execute("SELECT COUNT(*) FROM events WHERE source_actor_id = ? OR target_actor_id = ?",
                        (actor_id, actor_id)).fetchone()[0]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events tbody tr")) == max(1, min(events, 50))
    dated = db.execute("SELECT COUNT(DISTINCT a.id) FROM mentions m JOIN articles a ON a.id = m.article_id "
                       "WHERE m.actor_id = ? AND a.day IS NOT NULL", (actor_id,)).fetchone()[0]
    if dated:
        wait_chart(browser, "mentions-chart")
        timeline = browser.execute_script("return Newsgraph.data('mentions-data')")
        assert sum(timeline["series"][0]["data"]) == dated
    else:
        assert browser.find_element(By.ID, "mentions-chart-empty").is_displayed()


def test_timeline_is_a_stacked_chart_and_bars_open_search(browser, server, db):
    visit(browser, server + "/timeline")
    wait_chart(browser, "timeline-chart")
    types = {r[0] for r in db.execute("SELECT DISTINCT type FROM events WHERE day IS NOT NULL")}
    series = browser.execute_script(
        "return echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption().series")
    assert {s["name"] for s in series} == types
    assert all(s["type"] == "bar" and s["stack"] == "all" for s in series)
    name, (x, y) = browser.execute_script(BAR_PIXEL)
    click_at(browser, "timeline-chart", x, y)
    WebDriverWait(browser, 20).until(lambda d: "/search" in d.current_url)
    assert f"type={name}" in browser.current_url
    assert int(browser.find_element(By.CSS_SELECTOR, "#tab-articles .count").text) >= 1


def test_timeline_filters_by_modality(browser, server, db):
    modality = db.execute("SELECT modality FROM events WHERE day IS NOT NULL GROUP BY modality "
                          "ORDER BY COUNT(*) LIMIT 1").fetchone()[0]
    visit(browser, server + "/timeline")
    browser.find_element(By.CSS_SELECTOR, f'select[name="modality"] option[value="{modality}"]').click()
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    WebDriverWait(browser, 20).until(lambda d: f"modality={modality}" in d.current_url)
    expected = db.execute("SELECT COUNT(*) FROM events WHERE modality = ? AND day IS NOT NULL",
                          (modality,)).fetchone()[0]
    assert browser.find_element(By.ID, "event-total").text == f"{expected:,} events"


def test_article_text_with_markup_is_shown_never_run(browser, server, db):
    article_id = db.execute("SELECT id FROM articles WHERE uri LIKE ?", (f"%{XSS_PAGE.name}",)).fetchone()[0]
    marked = [r[0] for r in db.execute(  # statements carrying markup, as extracted
        "SELECT text FROM statements WHERE article_id = ? AND (text LIKE '%<%' OR text LIKE '%javascript:%')",
        (article_id,))]
    speaker = db.execute("SELECT speaker_actor_id FROM statements WHERE article_id = ? AND speaker_actor_id "
                         "IS NOT NULL ORDER BY text LIKE '%javascript:%' DESC LIMIT 1", (article_id,)).fetchone()
    spoken = [r[0] for r in db.execute("SELECT text FROM statements WHERE speaker_actor_id = ?", speaker or (0,))]
    problems(browser)
    pages = {
        f"/articles/{article_id}": ['<script>alert("title")</script>', '<img src=x onerror=alert("img")>',
                                    "javascript:alert(document.cookie)", "javascript:alert('link')"],
        "/search?q=script": ['<script>alert("title")</script>'],
        "/search?q=javascript&scope=statements": ["javascript:alert("] if any("javascript:" in t for t in marked)
        else [],
        f"/actors/{speaker[0] if speaker else 1}": [t.strip() for t in spoken if "javascript:" in t or "<" in t],
        "/network": [],
    }
    for path, literals in pages.items():
        visit(browser, server + path)
        assert no_alert(browser), path
        text = " ".join(browser.find_element(By.TAG_NAME, "body").text.split())
        for literal in literals:
            assert " ".join(literal.split()) in text, (path, literal)
        assert browser.execute_script(
            "return document.querySelectorAll('main img, a[href^=\"javascript:\"], [onerror], [onmouseover]').length"
        ) == 0, path
        inline = browser.execute_script(
            "return [...document.scripts].filter(s => !s.src && s.type !== 'application/json').length")
        assert inline == 0, path
    assert problems(browser) == [], "a CSP violation or script error means markup reached the page"


@pytest.mark.parametrize("path", ["/search", "/search?scope=statements&anonymous=1", "/actors", "/timeline",
                                  "/network?edges=statements", "/api"])
def test_pages_load_without_console_errors(browser, server, path):
    problems(browser)
    visit(browser, server + path)
    if browser.find_elements(By.CSS_SELECTOR, ".chart"):
        wait_chart(browser, browser.find_element(By.CSS_SELECTOR, ".chart").get_attribute("id"))
    assert re.search(r"newsgraph", browser.title)
    assert problems(browser) == []
