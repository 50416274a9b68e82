"""``newsgraph query`` on hand-coded records: the questions analysts ask, in every output format."""

from __future__ import annotations

import csv
import io
import json

from newsgraph.cli import main
from newsgraph.store import connect, queries


def ask(capsys, *argv: str) -> list[dict]:
    assert main(["query", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_articles_by_full_text_date_range_and_site(store, capsys):
    found = ask(capsys, "articles", "--db", str(store), "--search", "taiwan")
    assert [a["title"] for a in found] == ["China warns U.S. over Taiwan arms sale"]
    assert "[Taiwan]" in found[0]["snippet"]
    days = [a["day"] for a in ask(capsys, "articles", "--db", str(store), "--since", "2023-10-11",
                                  "--until", "2023-11-12")]
    assert days == ["2023-11-12", "2023-10-16", "2023-10-12"]
    assert len(ask(capsys, "articles", "--db", str(store), "--site", "reuters.com")) == 1


def test_top_actors_by_mentions_and_statements(store, capsys):
    top = ask(capsys, "actors", "--db", str(store), "--by", "statements", "--limit", "1")[0]
    assert (top["n_statements"], top["n_articles"], top["country"]) == (3, 3, "USA")
    assert "Lloyd Austin" in top["aliases"]
    by_mentions = ask(capsys, "actors", "--db", str(store), "--kind", "state")
    assert by_mentions[0]["name"] == "United States"


def test_statements_by_speaker_alias_anonymity_and_phrase(store, capsys):
    by_alias = ask(capsys, "statements", "--db", str(store), "--speaker", "lloyd austin")
    assert len(by_alias) == 3
    anonymous = ask(capsys, "statements", "--db", str(store), "--anonymous")
    assert [s["speaker"] for s in anonymous] == ["A senior defense official"]
    assert len(ask(capsys, "statements", "--db", str(store), "--named")) == 6
    phrase = ask(capsys, "statements", "--db", str(store), "--phrase", "battle of logistics")
    assert [s["speaker"] for s in phrase] == ["Stoltenberg"]


def test_sourcing_per_site_month_and_speaker_sector(store, capsys):
    """The anonymous share and quotation kinds per group, from the same statements the other queries list."""
    sites = {row["site"]: row for row in ask(capsys, "sourcing", "--db", str(store))}
    assert sum(row["statements"] for row in sites.values()) == 7
    assert (sites["apnews.com"]["anonymous"], sites["apnews.com"]["anonymous_share"]) == (1, 0.5)
    assert all(row["direct"] + row["indirect"] + row["mixed"] == row["statements"] for row in sites.values())
    months = ask(capsys, "sourcing", "--db", str(store), "--by", "month", "--since", "2023-11-01")
    assert [(row["month"], row["statements"]) for row in months] == [("2023-11", 2)]
    sectors = {row["sector"]: row for row in ask(capsys, "sourcing", "--db", str(store), "--by", "sector")}
    assert sectors["MIL"]["anonymous"] == 1 and sectors["GOV"]["anonymous"] == 0


def test_events_by_type_country_actor_modality_and_dates(store, capsys):
    threats = ask(capsys, "events", "--db", str(store), "--type", "THREATEN")
    assert {e["source_country"] for e in threats} == {"CHN", "PRK"}
    assert len(ask(capsys, "events", "--db", str(store), "--target-country", "USA", "--since", "2023-11-01")) == 2
    assert ask(capsys, "events", "--db", str(store), "--modality", "planned")[0]["type"] == "AID"
    assert [e["type"] for e in ask(capsys, "events", "--db", str(store), "--source", "North Korea")] == ["THREATEN"]
    assert ask(capsys, "events", "--db", str(store), "--source", "nobody at all") == []


def test_csv_and_table_output_and_a_bad_search_is_an_error_not_a_crash(store, capsys):
    assert main(["query", "events", "--db", str(store), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 8
    assert main(["query", "actors", "--db", str(store)]) == 0
    assert "United States" in capsys.readouterr().out
    assert main(["query", "articles", "--db", str(store), "--search", "AND ("]) == 2


def test_queries_use_the_indexes(store):
    conn = connect(store, readonly=True)
    plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM events e WHERE e.type = ? "
                                               "ORDER BY e.day DESC LIMIT 20", ("AID",)))
    assert "events_type_day" in plan
    assert queries.actor_ids(conn, "Defense Secretary Lloyd J. Austin III") == []
    assert len(queries.actor_ids(conn, "Austin")) == 2  # the person and the city: ambiguous, both returned
