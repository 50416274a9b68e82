"""newsgraph_places on real text: the seed article, realistic sentences, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
CASES = [line.split("\t") for line in (DATA / "places_sentences.tsv").read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


def by_name(doc, name):
    return next(place for place in doc._.places if place.name == name)


def test_seed_cities_are_geocoded(seed_doc):
    prague = by_name(seed_doc, "Prague")
    assert prague.country == "CZE" and prague.geonameid == 3067696 and prague.feature == "city"
    assert abs(prague.lat - 50.08) < 0.05 and abs(prague.lon - 14.43) < 0.05
    kyiv = by_name(seed_doc, "Kyiv")
    assert kyiv.country == "UKR" and kyiv.geonameid == 703448
    assert len(kyiv.mentions) == 2  # "how Kyiv would use": tagged PERSON there, GPE in the caption


def test_seed_dateline_place_is_included(seed_doc, seed_text):
    washington = seed_doc._.places[0]
    assert (washington.name, washington.country, washington.geonameid) == ("Washington", "USA", 4140963)
    assert [seed_text[s:e] for s, e in washington.mentions] == ["WASHINGTON"]


def test_seed_countries_merge_every_alias(seed_doc, seed_text):
    usa = by_name(seed_doc, "United States")
    assert usa.feature == "country" and usa.geonameid == 6252001 and usa.lat is not None
    assert {seed_text[s:e] for s, e in usa.mentions} == {"US", "U.S.", "the United States"}
    assert by_name(seed_doc, "United Kingdom").country == "GBR"  # "Britain's Foreign Secretary"
    ukraine = by_name(seed_doc, "Ukraine")
    assert ukraine.country == "UKR" and len(ukraine.mentions) >= 10
    assert by_name(seed_doc, "Europe").feature == "continent"
    assert by_name(seed_doc, "The Netherlands").country == "NLD"


def test_seed_non_places_are_skipped(seed_doc):
    assert "Zelenskyy" not in {place.name for place in seed_doc._.places}  # NER calls him a GPE
    assert all(place.geonameid for place in seed_doc._.places)


def test_ids_and_every_span(seed_doc, seed_text):
    assert [place.id for place in seed_doc._.places] == [f"P{i}" for i in range(1, len(seed_doc._.places) + 1)]
    for place in seed_doc._.places:
        for start, end in place.mentions:
            assert seed_text[start:end].strip() == seed_text[start:end] != ""


@pytest.mark.parametrize("sentence,mention,country,feature", CASES, ids=[case[1] for case in CASES])
def test_sentences(analyse, sentence, mention, country, feature):
    doc = analyse(sentence)
    matches = [place for place in doc._.places
               if any(sentence[s:e].removesuffix("'s") == mention for s, e in place.mentions)]
    assert len(matches) == 1, [(p.name, [sentence[s:e] for s, e in p.mentions]) for p in doc._.places]
    assert (matches[0].country or "", matches[0].feature) == (country, feature)


def test_surnames_of_people_are_not_places(analyse):
    doc = analyse("Defense Secretary Lloyd Austin met Ukrainian officials in the capital, Kyiv. "
                  "Austin said the aid would continue through the winter.")
    assert "Austin" not in {place.name for place in doc._.places}


def test_odd_text_never_raises(analyse):
    doc = analyse("\x00 ‽‽ ,,, WASHINGTON\n\n\t –– 31/31/31", published=None, dateline="WASHINGTON")
    assert [place.name for place in doc._.places] == ["Washington"]


def test_a_city_and_country_dateline_places_the_city_in_capitals(nlp):
    from newsgraph.extract.dateline import find_dateline

    text = ("ACCRA, Ghana (AP) — Police fired tear gas on Tuesday at nurses marching on parliament in a row over "
            "pay, and the health ministry said talks with unions in Ghana would resume next week.")
    doc = nlp.make_doc(text)
    doc._.published, doc._.dateline = "2024-09-13", find_dateline(text)
    doc = nlp(doc)
    accra = doc._.places[0]
    assert (accra.name, accra.country, accra.feature) == ("Accra", "GHA", "city")
    assert [text[s:e] for s, e in accra.mentions] == ["ACCRA"]
    assert by_name(doc, "Ghana").mentions[0] == (7, 12)  # the country keeps its own mention
