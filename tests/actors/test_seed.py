"""newsgraph_actors on real text: the bundled seed article and small realistic fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.record import Entity

DATA = Path(__file__).resolve().parents[1] / "data"


def _actors(nlp, text: str) -> list[Entity]:
    return nlp(text)._.entities


def _dated(nlp, text: str, published: str) -> list[Entity]:
    """The actors of ``text`` published on ``published`` (the date decides former and future office holders)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.entities


def _by_name(actors: list[Entity], name: str) -> Entity:
    found = [a for a in actors if a.name == name]
    assert len(found) == 1, [a.name for a in actors]
    return found[0]


@pytest.fixture(scope="module")
def seed_actors(nlp, seed_text: str) -> list[Entity]:
    return _actors(nlp, seed_text)


def test_every_mention_is_a_span_of_the_text(seed_actors: list[Entity], seed_text: str) -> None:
    for actor in seed_actors:
        texts = {seed_text[start:end] for start, end in actor.mentions}
        assert actor.name in texts or any(actor.name in t for t in texts), actor
        assert texts <= {actor.name, *actor.aliases}, (actor.name, texts)


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Volodymyr Zelenskyy", "UKR", "GOV"), ("Antony Blinken", "USA", "GOV"), ("David Lammy", "GBR", "GOV"),
        ("Joe Biden", "USA", "GOV"), ("Vladimir Putin", "RUS", "GOV"), ("CQ Brown", "USA", "MIL"),
        ("Keir Starmer", "GBR", "GOV"), ("Rob Bauer", "IGO", "MIL"), ("Karel Řehka", "CZE", "MIL"),
        ("Lloyd Austin", "USA", "GOV"),
    ],
)
def test_named_people_are_coded(seed_actors: list[Entity], name: str, country: str, sector: str) -> None:
    actor = _by_name(seed_actors, name)
    assert (actor.kind, actor.country, actor.sector) == ("person", country, sector)


@pytest.mark.parametrize(("short", "full"), [("Austin", "Lloyd Austin"), ("Starmer", "Keir Starmer"),
                                             ("Zelenskyy", "Volodymyr Zelenskyy"), ("Biden", "Joe Biden")])
def test_surnames_join_their_full_name(seed_actors: list[Entity], seed_text: str, short: str, full: str) -> None:
    actor = _by_name(seed_actors, full)
    assert short in {seed_text[s:e] for s, e in actor.mentions}
    assert not [a for a in seed_actors if a.name == short]


def test_titles_and_appositions(seed_actors: list[Entity], seed_text: str) -> None:
    rehka = _by_name(seed_actors, "Karel Řehka")
    assert rehka.title == "Lt. Gen." and "Czech Armed Forces" in rehka.affiliation
    bauer = _by_name(seed_actors, "Rob Bauer")
    assert bauer.igo == "NATO" and len(bauer.mentions) == 2  # "the head of NATO's military committee" joins
    assert bauer.affiliation == "NATO’s military committee"
    assert _by_name(seed_actors, "Lloyd Austin").title == "U.S. Defense Secretary"
    assert _by_name(seed_actors, "Antony Blinken").title == "U.S. Secretary of State"
    assert not [a for a in seed_actors if a.name == "State"]
    biden = _by_name(seed_actors, "Joe Biden")
    assert "U.S. president" in {seed_text[s:e] for s, e in biden.mentions}


def test_organisations_states_and_groups(seed_actors: list[Entity]) -> None:
    nato = _by_name(seed_actors, "NATO")
    assert (nato.country, nato.igo, nato.kind) == ("IGO", "NATO", "organisation")
    officials = _by_name(seed_actors, "U.S. officials")
    assert (officials.kind, officials.country, officials.sector) == ("group", "USA", "GOV")
    us = _by_name(seed_actors, "United States")
    assert (us.kind, us.country) == ("state", "USA") and {"U.S.", "US"} <= set(us.aliases)
    assert _by_name(seed_actors, "Russian forces").sector == "MIL"


def test_shared_surname_stays_two_people(nlp) -> None:
    text = (DATA / "actors_shared_surname.txt").read_text(encoding="utf-8")
    actors = _actors(nlp, text)
    gordon = _by_name(actors, "Gordon Brown")
    general = _by_name(actors, "Charles Q. Brown")
    assert (gordon.country, gordon.sector) == ("GBR", "ELI")
    assert (general.country, general.sector) == ("USA", "MIL")
    first_brown, last_brown = text.index("Brown, who"), text.rindex("Brown said")
    assert (first_brown, first_brown + 5) in gordon.mentions
    assert (last_brown, last_brown + 5) in general.mentions


def test_group_actors_and_nominals(nlp) -> None:
    text = (DATA / "actors_groups.txt").read_text(encoding="utf-8")
    actors = _actors(nlp, text)
    coded = {text[s:e]: (a.country, a.sector) for a in actors for s, e in a.mentions}
    assert coded["Kremlin"] == ("RUS", "GOV")
    assert coded["Pentagon"] == ("USA", "MIL")
    assert coded["Ukrainian forces"] == ("UKR", "MIL")
    assert coded["Russian forces"] == ("RUS", "MIL")
    assert coded["police in Lagos"] == ("NGA", "COP")
    assert "Western allies" in coded
    austin = _by_name(actors, "Lloyd Austin")
    assert "defense secretary" in {text[s:e] for s, e in austin.mentions}


@pytest.mark.parametrize("odd", ["", "\n\n\n", "—" * 300, "U.S. U.S. U.S.", "Gen. Gen. Gen. ,,, of of"])
def test_odd_text_gives_a_list(nlp, odd: str) -> None:
    assert isinstance(nlp(odd)._.entities, list)


def test_factory_adds_to_a_users_pipeline() -> None:
    import spacy

    from newsgraph.nlp.pipeline import BASE_MODEL

    user_nlp = spacy.load(BASE_MODEL, exclude=["lemmatizer"])
    user_nlp.add_pipe("newsgraph_actors", config={"enabled": False})
    assert user_nlp("NATO met in Brussels.")._.entities == []


def test_office_holder_after_term_is_former(nlp) -> None:
    """With the article's date known, a leader whose term had ended is coded ELI (PLOVER: former officials)."""
    text = "Former President Barack Obama campaigned in Pittsburgh on Thursday. Obama urged voters to turn out."
    obama = _by_name(_dated(nlp, text, "2024-10-10"), "Barack Obama")
    assert (obama.country, obama.sector, len(obama.mentions)) == ("USA", "ELI", 2)
    assert _by_name(nlp(text.replace("Former ", ""))._.entities, "Barack Obama").sector == "GOV"


def test_a_titled_shared_surname_is_the_office_holder_not_the_sentences_country(nlp) -> None:
    """No table names "Clinton" alone; "President Clinton" in 2000 is Bill Clinton (USA), not Serbian by context."""
    text = "President Clinton threatened Serbia with air strikes on Tuesday. Clinton said NATO was ready."
    clinton = _by_name(_dated(nlp, text, "2000-01-01"), "Bill Clinton")
    assert (clinton.country, clinton.sector, len(clinton.mentions), clinton.aliases) == ("USA", "GOV", 2, ["Clinton"])
    assert _by_name(_dated(nlp, text, "2010-01-01"), "Bill Clinton").sector == "ELI"


def test_honorific_with_family_name_first(nlp) -> None:
    text = ("Ban Ki-moon, the secretary general of the United Nations, told the General Assembly on Tuesday that "
            "the council had failed Syria. Mr. Ban said member states must act.")
    ban = _by_name(_actors(nlp, text), "Ban Ki-moon")
    assert (ban.country, ban.igo) == ("IGO", "UN")
    assert (text.index("Ban said"), text.index("Ban said") + 3) in ban.mentions


def test_possessed_roles_and_peoples_are_actors(nlp) -> None:
    """"Djindjic's opposition coalition" is an actor of its own; "The Albanians of southern Serbia" a coded people."""
    text = ("Serbia's parliament approved a law recognizing victories by Zoran Djindjic's opposition coalition. "
            "The Albanians of southern Serbia demanded autonomy from Serbian authorities.")
    actors = _actors(nlp, text)
    coalition = next(a for a in actors if a.name.startswith("opposition coalition"))
    assert (coalition.country, coalition.sector) == ("SRB", "OPP")
    albanians = next(a for a in actors if a.name.startswith("Albanians"))
    assert (albanians.country, albanians.sector, albanians.kind) == ("SRB", "CVL", "group")


def test_a_title_before_a_name_is_that_person(nlp) -> None:
    """"Kenya's foreign minister, Musalia Mudavadi" is one actor, coded from the title."""
    text = "Kenya's foreign minister, Musalia Mudavadi, said on Monday that the talks would resume in Nairobi."
    actor = _by_name(_actors(nlp, text), "Musalia Mudavadi")
    assert (actor.country, actor.sector, actor.kind) == ("KEN", "GOV", "person")
    assert "Kenya's foreign minister" in actor.aliases and actor.title == "foreign minister"


def test_a_nominal_joins_only_a_person_whose_office_it_fits(nlp) -> None:
    """"The envoy" is not Ghana's president (nor Ghanaian: uncoded, it is no actor); "the vice president" not the
    president; "the premier" the prime minister."""
    text = (DATA / "actors_nominals.txt").read_text(encoding="utf-8")
    actors = _actors(nlp, text)
    spans = {a.name: {text[s:e] for s, e in a.mentions} for a in actors}
    assert "envoy" not in {w.lower() for w in spans["John Mahama"]}
    assert not any(a.name.lower() == "envoy" and a.country == "GHA" for a in actors)  # an envoy is abroad: not Ghanaian
    assert "vice president" in spans["Kamala Harris"] and "president" in spans["Joe Biden"]
    assert "vice president" not in spans["Joe Biden"]
    assert "foreign minister" in spans["Musalia Mudavadi"] and "premier" in spans["Raila Odinga"]


@pytest.fixture(scope="module")
def family(nlp) -> tuple[str, list[Entity]]:
    """A convention report dated 2016-07-21 with three Trumps, two Clintons, a headline and a pro-Clinton group."""
    text = (DATA / "actors_families.txt").read_text(encoding="utf-8")
    return text, _dated(nlp, text, "2016-07-21")


def test_relatives_sharing_a_surname_stay_apart(family: tuple[str, list[Entity]]) -> None:
    """Eric and Ivanka Trump are not the office holder Donald Trump, and take none of his codes (the story's country,
    which they take as any person named in a story about the United States, is no code of his)."""
    text, actors = family
    eric, ivanka = _by_name(actors, "Eric Trump"), _by_name(actors, "Ivanka Trump")
    assert (eric.sector, eric.title, ivanka.kind) == (None, None, "person")
    assert (text.index("Trump added"), text.index("Trump added") + 5) in eric.mentions  # the nearest Trump before
    foundation = _by_name(actors, "Eric Trump Foundation")
    assert (foundation.kind, foundation.sector) == ("organisation", None)


def test_a_surname_with_an_apposed_office_joins_its_holder(family: tuple[str, list[Entity]]) -> None:
    """"Clinton, the former secretary of state" is Hillary Clinton (ELI in 2016), though Bill was named last."""
    text, actors = family
    hillary = _by_name(actors, "Hillary Clinton")
    spans = {text[s:e] for s, e in hillary.mentions}
    assert {"Clinton", "former secretary of state"} <= spans and hillary.sector == "ELI"
    assert len(_by_name(actors, "Bill Clinton").mentions) == 1


def test_headlines_openers_and_stance_words_are_not_names(family: tuple[str, list[Entity]]) -> None:
    """"Trump Allies Rally Behind Nominee" is cut to Trump; "Neither Cruz" is Cruz; "pro-Clinton" is no one."""
    text, actors = family
    names = {a.name for a in actors} | {text[s:e] for a in actors for s, e in a.mentions}
    assert not [n for n in names if n.startswith(("Trump Allies", "Neither")) or n != n.strip()]
    assert not [a for a in actors if a.kind == "person" and "pro-" in a.name]
    assert (0, 5) in _by_name(actors, "Donald Trump").mentions
    cruz = _by_name(actors, "Ted Cruz")
    assert (cruz.country, cruz.sector, cruz.title) == ("USA", "LEG", "Texas Sen.")  # a U.S. state before a title
    assert _by_name(actors, "Priorities USA").kind == "organisation"


def test_an_office_holder_is_coded_by_the_office_held_on_the_articles_date(nlp) -> None:
    """Before their first listed term only the title counts (a senator in 2016 is LEG); between terms they are ELI."""
    text = "Sen. Marco Rubio said on Tuesday that Donald Trump would lose Florida."
    actors = _dated(nlp, text, "2016-03-01")
    assert _by_name(actors, "Marco Rubio").sector == "LEG" and _by_name(actors, "Donald Trump").sector is None
    assert _by_name(_dated(nlp, text, "2018-03-01"), "Donald Trump").sector == "GOV"
    assert _by_name(_dated(nlp, text, "2023-03-01"), "Donald Trump").sector == "ELI"


def test_an_uncoded_nominal_joins_the_one_earlier_nominal_of_its_office(nlp) -> None:
    text = ("NAIROBI, Kenya — The Ugandan envoy met Kenyan officials on Tuesday to discuss the border dispute. The envoy "
            "said afterwards that the talks had been frank.")
    actors = _actors(nlp, text)
    (envoy,) = [a for a in actors if "envoy" in a.name.lower()]
    assert envoy.country == "UGA" and len(envoy.mentions) == 2
