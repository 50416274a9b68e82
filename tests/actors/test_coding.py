"""code_actor: the public phrase coder used by the events stage (pure, no pipeline)."""

from __future__ import annotations

import pytest

from newsgraph.actors.coding import ActorCode, code_actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian President Volodymyr Zelenskyy", ActorCode("UKR", "GOV", "person", None)),
        ("NATO", ActorCode("IGO", None, "organisation", "NATO")),
        ("police in Lagos", ActorCode("NGA", "COP", "group", None)),
        ("U.S. officials", ActorCode("USA", "GOV", "group", None)),
        ("the Kremlin", ActorCode("RUS", "GOV", "organisation", None)),
        ("the Pentagon", ActorCode("USA", "MIL", "organisation", None)),
        ("Ukrainian forces", ActorCode("UKR", "MIL", "group", None)),
        ("U.N. Security Council", ActorCode("IGO", "GOV", "organisation", "UN")),
        ("Lt. Gen. Karel Řehka, chief of the General Staff of the Czech Armed Forces",
         ActorCode("CZE", "MIL", "person", None)),
        ("former Greek prime minister Andreas Papandreou", ActorCode("GRC", "ELI", "person", None)),
        ("ethnic Albanians", ActorCode(None, "CVL", "group", None)),
    ],
)
def test_codes_known_phrases(text: str, expected: ActorCode) -> None:
    assert code_actor(text) == expected


def test_unknown_phrase_stays_uncoded() -> None:
    assert code_actor("the weather") == ActorCode(None, None, None, None)
    assert code_actor("Blorvania Widgets") == ActorCode()


def test_western_allies_is_an_uncoded_group() -> None:
    """PLOVER gives regional constructs ("the West") no country."""
    assert code_actor("Western allies") == ActorCode(None, None, "group", None)


def test_context_supplies_country_only_when_unambiguous() -> None:
    sentence = "President Yoweri Museveni accused the opposition in Uganda of planning violence."
    assert code_actor("President Yoweri Museveni", sentence).country == "UGA"
    two = "President Smith met leaders from Kenya and Tanzania."
    assert code_actor("President Smith", two).country is None


def test_pronoun_us_is_not_the_united_states() -> None:
    assert code_actor("us").country is None
    assert code_actor("US").country == "USA"


@pytest.mark.parametrize("odd", ["", "   ", "!!!", "\x00\ufffd", "Ü" * 5000, "of of of the the", "U.S.-" * 50])
def test_odd_text_never_raises(odd: str) -> None:
    assert isinstance(code_actor(odd, odd), ActorCode)


def test_a_name_is_not_coded_by_a_city_inside_it() -> None:
    """"Mary" is a city in Turkmenistan and "Hassan" one in India; names stay uncoded without a title."""
    assert code_actor("Mary J. Blige", "LOS ANGELES (UPI) — Mary J. Blige sang for the crowd.") == ActorCode(
        None, None, "person", None)
    assert code_actor("King Hassan of Morocco").country == "MAR"


def test_a_capital_inside_a_name_codes_nothing() -> None:
    """Douglas is the Isle of Man's capital and Victoria the Seychelles': here they begin names."""
    assert code_actor("Douglas Wilder") == ActorCode(None, None, "person", None)
    assert code_actor("Moscow") == ActorCode("RUS", "GOV", "state", None)


def test_acronyms_that_are_english_words_match_only_in_capitals() -> None:
    """"who" in a relative clause is not the World Health Organization; "the WHO" is."""
    assert code_actor("two people who spoke on condition of anonymity").igo is None
    assert code_actor("the WHO").igo == "WHO"
