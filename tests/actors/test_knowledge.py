"""The shipped knowledge files: sourced, dated, and using valid ISO 3166 codes."""

from __future__ import annotations

from importlib import resources

import country_converter as coco
import pytest

from newsgraph.actors.coding import code_actor
from newsgraph.actors.knowledge import cameo_codes, lexicon, office_holder

DATA = resources.files("newsgraph.actors").joinpath("data")
FILES = sorted(entry.name for entry in DATA.iterdir() if entry.name.endswith(".tsv"))
NON_STATE = {"IGO", "NGO", "XKX"}


@pytest.mark.parametrize("name", FILES)
def test_every_file_states_source_and_as_of(name: str) -> None:
    header = [line for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any(line.startswith("# source:") for line in header)
    assert any(line.startswith("# as_of: 20") for line in header)


def test_every_knowledge_file_is_checked() -> None:
    assert {"leaders.tsv", "organisations.tsv", "roles.tsv", "name_heads.tsv"} <= set(FILES)


def test_country_codes_are_iso3() -> None:
    valid = set(coco.CountryConverter().data["ISO3"]) | NON_STATE
    countries = {term.country for term in lexicon().values() if term.country}
    assert countries <= valid, countries - valid
    assert set(cameo_codes().values()) <= valid


def test_leader_terms_are_dated() -> None:
    for line in DATA.joinpath("leaders.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            start = line.split("\t")[5]
            assert len(start) == 10 and start[4] == "-", line


def test_a_lone_surname_carries_every_term_of_its_holder() -> None:
    table = lexicon()
    for full, alone in (("donald trump", "trump"), ("joe biden", "biden")):
        assert table[alone].terms == table[full].terms and table[alone].office == table[full].office


def test_an_office_and_a_date_name_the_holder_of_a_shared_surname() -> None:
    """"Clinton" alone names two people; "President Clinton" one of them, "President Bush" depends on the date."""
    assert office_holder("Clinton", "President", "2000-01-01").name == "Bill Clinton"
    assert office_holder("Clinton", "Secretary of State", "2010-05-01").name == "Hillary Clinton"
    assert office_holder("Bush", "U.S. President", "1990-01-01").name == "George H. W. Bush"
    assert office_holder("Bush", "President", "2012-01-01").name == "George W. Bush"  # the latest former holder
    assert office_holder("Bush", "President", None) is None  # two holders, no date to choose
    assert office_holder("Clinton", "President", "1980-01-01") is None  # before any term


def test_organisations_match_capitalised_words_only() -> None:
    """"granted amnesty" names no Amnesty International; lowercase-initial names as written still match."""
    assert code_actor("amnesty").country is None and code_actor("Amnesty").country == "NGO"
    assert code_actor("al-Qaeda").sector == "REB" and code_actor("the UN").igo == "UN"
