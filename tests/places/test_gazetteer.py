"""The pure geocoder: aliases, population ranking, article context and refusals."""

from __future__ import annotations

import pytest

from newsgraph.places.gazetteer import geocode


@pytest.mark.parametrize("name", ["U.S.", "US", "the United States", "United States of America", "America"])
def test_united_states_aliases(name):
    place = geocode(name)
    assert (place.country, place.feature, place.geonameid) == ("USA", "country", 6252001)


@pytest.mark.parametrize("name", ["Britain", "U.K.", "UK", "United Kingdom", "Great Britain"])
def test_united_kingdom_aliases(name):
    assert geocode(name).country == "GBR"


def test_country_has_geonameid_and_centre():
    place = geocode("Ukraine's")
    assert (place.name, place.country, place.geonameid) == ("Ukraine", "UKR", 690791)
    assert 44 < place.lat < 53 and 22 < place.lon < 41


def test_city_by_population_and_accent_folding():
    prague = geocode("Prague")
    assert prague.country == "CZE" and prague.feature == "city"
    assert abs(prague.lat - 50.08) < 0.05 and abs(prague.lon - 14.43) < 0.05
    assert geocode("Kraków").country == "POL"
    assert geocode("Kiev").name == "Kyiv"


def test_context_countries_break_ties():
    assert geocode("London").country == "GBR"
    assert geocode("London", ["CAN"]).country == "CAN"
    assert geocode("Georgia").country == "GEO"
    assert geocode("Georgia", ["USA"]).feature == "region"
    assert geocode("Paris", ["USA"]).country == "FRA"  # context does not overturn a 100x population gap


def test_qualified_names_use_the_qualifier():
    assert geocode("Paris, Texas").country == "USA"
    assert geocode("Kyiv, Ukraine").name == "Kyiv"


def test_alternate_names_need_a_large_population_margin():
    assert geocode("Cologne").country == "DEU"  # GeoNames' main name is Köln
    assert geocode("New York").name == "New York City"  # the news default, from the alias table
    assert geocode("New York state").feature == "region"


def test_washington_defaults_to_the_capital():
    place = geocode("WASHINGTON")
    assert (place.name, place.country, place.geonameid) == ("Washington", "USA", 4140963)


@pytest.mark.parametrize("name", ["Zelenskyy", "NATO", "the Mariinsky Palace", "U.N.", "UN", "Hamas",
                                  "the White House", "", "  ", "\x00", "x" * 500])
def test_non_places_are_refused(name):
    assert geocode(name) is None


@pytest.mark.parametrize("name,state", [("Va.", "Virginia"), ("Calif.", "California"), ("Wash.", "Washington"),
                                        ("Washington state", "Washington")])
def test_ap_state_abbreviations(name, state):
    place = geocode(name)
    assert (place.name, place.country, place.feature) == (state, "USA", "region")


@pytest.mark.parametrize("name", ["aliases.tsv", "country_centroids.tsv", "not_places.tsv"])
def test_every_data_file_states_source_and_as_of(name):
    from importlib import resources

    header = resources.files("newsgraph.places").joinpath("data", name).read_text(encoding="utf-8").lower()
    comments = [line for line in header.splitlines() if line.startswith("#")]
    assert any("source:" in line for line in comments) and any("as of: 20" in line for line in comments)
