"""The component's article-level coding: a local office holder named with no country takes the dateline's, and so
does any titled or sectored actor of a story about the dateline's country."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.record import Dateline
from tests.conftest import DATA

TEXT = ("{dateline} Mayor Kirk Watson urged residents to stay home on Monday. Senate Majority Leader Chuck Schumer "
        "said aid would follow. Foreign Minister Wang Yi said China was ready to help.")


def _people(nlp, dateline: str, place: str) -> dict[str, str | None]:
    text = TEXT.format(dateline=dateline)
    doc = nlp.make_doc(text)
    doc._.dateline = Dateline(text=dateline, span=(0, len(dateline)), place=place)
    return {e.name: e.country for e in nlp(doc)._.entities if e.kind == "person"}


@pytest.mark.parametrize("dateline, place, names, country", [
    ("AUSTIN, Texas —", "Austin, Texas", ("Kirk Watson", "Chuck Schumer"), "USA"),
    ("KIEL, Germany —", "Kiel, Germany", ("Kirk Watson",), "DEU"),
])
def test_a_local_office_holder_takes_the_datelines_country(nlp, dateline: str, place: str, names: tuple[str, ...],
                                                           country: str) -> None:
    people = _people(nlp, dateline, place)
    assert [people[name] for name in names] == [country] * len(names)


def test_a_national_office_keeps_its_own_country_or_none(nlp) -> None:
    """A foreign minister may be anyone's: the dateline says nothing of them ("China" says it here)."""
    people = _people(nlp, "AUSTIN, Texas —", "Austin, Texas")
    assert people["Wang Yi"] != "USA"


def test_no_dateline_no_guess(nlp) -> None:
    doc = nlp(TEXT.format(dateline=""))
    assert {e.name: e.country for e in doc._.entities if e.kind == "person"}["Kirk Watson"] is None


def test_a_titled_name_the_model_calls_a_product_is_a_person() -> None:
    """In this page's context the small model tags "Ulf Kämpfer" PRODUCT; the title "Mayor" before it decides, and the
    Kiel dateline gives the mayor his country."""
    article = newsgraph.analyze((DATA / "ingest_council-vote.html").read_bytes())
    mayor = next(e for e in article.entities if e.name == "Ulf Kämpfer")
    assert (mayor.kind, mayor.title, mayor.country) == ("person", "Mayor", "DEU")
    assert any(q.speaker.entity == mayor.id for q in article.quotes)


def test_a_council_is_an_actor_and_the_council_is_it_again() -> None:
    """"The Kiel city council" rejects the proposal and "The council also asked": one government actor, both acts."""
    article = newsgraph.analyze((DATA / "ingest_council-vote.html").read_bytes())
    council = next(e for e in article.entities if e.name == "Kiel city council")
    assert (council.kind, council.country, council.sector, len(council.mentions)) == ("organisation", "DEU", "GOV", 2)
    assert {v.type for v in article.events if v.source.entity == council.id} >= {"REJECT", "REQUEST"}


def test_a_party_and_state_tag_makes_a_us_legislator(nlp) -> None:
    doc = nlp("Sens. Robert Menendez (D-N.J.) and Joe Manchin III (D-W.Va.) wrote the bill. Hillary Clinton backed it, "
              "and Hillary said so twice.")
    people = {e.name: e for e in doc._.entities if e.kind == "person"}
    assert {(people[n].country, people[n].sector) for n in ("Robert Menendez", "Joe Manchin III")} == {("USA", "LEG")}
    assert len(people["Hillary Clinton"].mentions) == 2  # the only Hillary named: a bare "Hillary" is her


HOME = ("NAIROBI, Kenya — Kenya's parliament passed a tax increase on Tuesday, and Kenyan churches condemned it. "
        "Thousands of protesters marched to parliament. Riot police fired tear gas at them. Interior Minister Kipchumba "
        "Murkomen said the government would not back down. A Western diplomat urged calm. Opposition leaders called for "
        "more protests.")
ABROAD = ("GENEVA — Sudan's army and the Rapid Support Forces agreed on Saturday to a ceasefire in Sudan. Both "
          "delegations had met for a week. The Sudanese foreign ministry welcomed the deal.")


def _coded(nlp, text: str, place: str) -> dict[str, str | None]:
    dateline = text[:text.index("—") + 1]
    doc = nlp.make_doc(text)
    doc._.dateline = Dateline(text=dateline, span=(0, len(dateline)), place=place)
    return {e.name.lower(): e.country for e in nlp(doc)._.entities}


def test_a_home_storys_actors_take_the_datelines_country(nlp) -> None:
    """Most of the Nairobi story's coded mentions are Kenyan, so its police, protesters, minister and opposition are
    Kenya's; a "Western diplomat" stays without one."""
    actors = _coded(nlp, HOME, "Nairobi, Kenya")
    assert [actors[name] for name in ("riot police", "protesters", "kipchumba murkomen", "opposition leaders")] == ["KEN"] * 4
    assert actors["western diplomat"] is None


SHARED = ("CHISINAU, Moldova — Moldova expelled three Russian diplomats on Wednesday. Russia's foreign ministry called "
          "the move hostile, and Moscow vowed to respond. Moldovan police said the diplomats had paid voters. Foreign "
          "Minister Ana Ceban said the evidence was clear.")


def test_a_story_shared_with_another_country_is_still_the_datelines(nlp) -> None:
    """Moldova's actors hold less than half of the coded mentions (Russia is much named) but more than a third: the
    untitled-by-country foreign minister is Moldova's."""
    actors = _coded(nlp, SHARED, "Chisinau, Moldova")
    assert actors["ana ceban"] == "MDA"


NEIGHBOURS = ("ULAANBAATAR — Mongolia signed a rail deal with China on Tuesday. Chinese officials attended the ceremony. "
              "Mongolian coal exporters welcomed the line, which will carry coal to China. Russia objected, and Russian "
              "diplomats said Moscow had not been consulted. Prime Minister Ganzorig Batbayar said the line would end "
              "the era of trucks.")


def test_a_story_about_the_dateline_and_a_bigger_neighbour_is_the_datelines(nlp) -> None:
    """Mongolia's actors hold only about a quarter of the coded mentions beside China's and Russia's; the unmarked
    prime minister is still Mongolia's, as a reader takes him."""
    actors = _coded(nlp, NEIGHBOURS, "Ulaanbaatar")
    assert actors["ganzorig batbayar"] == "MNG"


NAMED = ("NAIROBI, Kenya — Kenya's parliament passed a tax increase on Tuesday, and Kenyan churches condemned it. "
         "Kenyan police fired tear gas at protesters in Nairobi. \"They promised no new taxes,\" said Brian Otieno, "
         "who joined the protest. The United States urged calm. Its ambassador in Nairobi, Laura Whitford, said "
         "Washington respected Kenya's sovereignty.")


def test_a_person_named_in_a_home_story_is_the_datelines_unless_owned(nlp) -> None:
    """A protester named with nothing else is Kenyan, as a reader takes him; "Its ambassador …, Laura Whitford" is
    the United States' envoy, which the dateline must not hide."""
    actors = _coded(nlp, NAMED, "Nairobi, Kenya")
    assert actors["brian otieno"] == "KEN" and actors["laura whitford"] != "KEN"


def test_a_story_filed_from_abroad_gives_its_actors_no_dateline_country(nlp) -> None:
    """Sudan's talks in Geneva: the delegations are not Swiss."""
    actors = _coded(nlp, ABROAD, "Geneva")
    assert actors["both delegations"] is None


def test_a_post_another_actor_owns_is_that_actors(nlp) -> None:
    """"the Fund's mission chief for Kenya" covers Kenya for the IMF, called "the Fund" once named."""
    doc = nlp("Kenya reached a staff-level agreement with the International Monetary Fund, the Fund said on Thursday. "
              "The deal still needs board approval, the Fund's mission chief for Kenya, Alessandro Rinaldi, said.")
    assert next(e.country for e in doc._.entities if e.name == "Alessandro Rinaldi") == "IGO"
