"""The shipped knowledge files: sourced, dated, and using valid ISO 3166 codes."""

from __future__ import annotations

from importlib import resources

import country_converter as coco
import pytest

from newsgraph.actors.knowledge import cameo_codes, lexicon

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
