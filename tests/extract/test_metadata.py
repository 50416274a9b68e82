"""Page metadata as a reader wants it: a title without its site's name, a byline that is only names."""

from __future__ import annotations

import lxml.html
import pytest

from newsgraph.extract.metadata import byline_name, page_metadata, without_site


@pytest.mark.parametrize(
    "printed, name",
    [
        ("By Maria Lindqvist", "Maria Lindqvist"),
        ("written by Regan", "Regan"),
        ("Posted by Dana Whitcombe", "Dana Whitcombe"),
        ("Ines Calder November 18, 2019 11:03 PM", "Ines Calder"),
        ("Ines Calder19 Nov 2019 05:44 GMT", "Ines Calder"),
        ("Tom Ekdahl, Ruth Okafor 2024-05-14T22:05:36Z Science", "Tom Ekdahl, Ruth Okafor"),
        ("Paul BrennerMonday, May 13, 2024", "Paul Brenner"),
        ("Marion Tate @mariontate / 2 days", "Marion Tate"),
        ("Marion Tate On 5/13/24 at 9:15 AM", "Marion Tate"),
        ("Harbor Desk Staff Published 6:02 a.m. ET May 14, 2024", "Harbor Desk Staff"),
        ("Marcus May", "Marcus May"),
        ("Amy Kuperinsky | Harbor Advance Media", "Amy Kuperinsky"),
        ("Natasha Turak@NatashaTurak", "Natasha Turak"),
        ("Stefan Becket, Kathryn Watson, Grace Segers", "Stefan Becket, Kathryn Watson, Grace Segers"),
    ],
)
def test_a_byline_keeps_its_names_only(printed, name):
    assert byline_name(printed) == name


def test_a_byline_of_only_a_date_is_none():
    assert byline_name("20 Nov 2019 08:00 GMT") is None
    assert byline_name("16 hours ago on iOS Blog") is None


@pytest.mark.parametrize(
    "title, names, clean",
    [
        ("Harbor city council approves floating solar farm | The Coastal Ledger", ["The Coastal Ledger"], "Harbor city council approves floating solar farm"),
        ("Nadal keeps Spain alive in Davis Cup - Sportsnet.ca", ["Sportsnet.ca"], "Nadal keeps Spain alive in Davis Cup"),
        ("Ledger – Council approves solar farm", ["coastal-ledger.example", "ledger"], "Council approves solar farm"),
        ("Opinion | Republicans are following the party", ["nytimes.com", "nytimes"], "Opinion | Republicans are following the party"),
        ("The Coastal Ledger | Home", ["The Coastal Ledger"], "The Coastal Ledger | Home"),
    ],
)
def test_a_title_loses_its_site_name_only(title, names, clean):
    assert without_site(title, names) == clean


def test_page_metadata_cleans_title_and_byline():
    html = (
        "<html><head><title>Council approves solar farm | The Coastal Ledger</title>"
        "<meta property='og:site_name' content='The Coastal Ledger'></head><body>"
        "<h1>Council approves solar farm</h1><p class='byline'>By Maria Lindqvist May 14, 2024 9:05 AM</p>"
        "<p>The council voted on Tuesday.</p></body></html>"
    )
    meta = page_metadata(lxml.html.fromstring(html), "https://coastal-ledger.example/news/solar")
    assert meta.title == "Council approves solar farm"
    assert meta.author == "Maria Lindqvist"
