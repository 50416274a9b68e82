"""Who spoke: an unnamed source a pronoun goes on with, named people whose surname is a state's name, "the group"
and an acronym's spokesman."""

from __future__ import annotations

TEXT = (
    "BOGOTA (Reuters) - Colombia suspended talks with the rebels after a bombing in the town of Tame, near the "
    "Venezuelan border, regional police commander Col. Rafael Duarte told reporters.\n\n"
    "The decision was announced by the government's chief negotiator, Camila Jordan, who said the rebels had to "
    "choose between peace and war. \"There can be no dialogue while bombs go off,\" Jordan said on Monday.\n\n"
    "Mexico's foreign minister, Elena Ruiz, offered to host a new round of talks.\n\n"
    "A senior army officer in Arauca, who asked not to be named because he was not authorised to speak to the "
    "media, said the rebels had moved fighters towards the border last week. \"They are preparing for a major "
    "attack,\" he said.\n\n"
    "Peru's National Meteorology and Hydrology Service (SENAMHI) said the drought would last. Farmers have lost "
    "half their crops this year, SENAMHI spokesman Andrés Pardo told reporters.\n\n"
    "\"The companies behind the fires go unpunished,\" said Lina Torres, a campaigner at Greenpeace Andino. The "
    "group said satellite data showed most fires were on licensed land.\n\n"
    "Reporters Without Borders called the arrests \"a new low\" for press freedom in Colombia. \"Journalism is not "
    "terrorism,\" the group's Andean representative Sofia Marin said.\n\n"
    "The opposition leader was released on bail on Thursday, his lawyer said. Another detainee will appeal, her "
    "lawyer, Tunde Adeyemi, said.\n\n"
    "Labour Minister Jorge Paz told reporters that the wage board would meet on Monday and urged miners to return to "
    "work.\n\n"
    "Norway, one of six guarantor countries of the process, called on both sides on Tuesday to preserve the "
    "ceasefire.\n\n"
    "By the end of the day, Mayor Claudia Rios was forced into damage control and said that her words had been "
    "misconstrued.\n\n"
    "Alarmed by the unrest in Cali, Senator Pablo Duque, the opposition leader, said that he had spoken with the "
    "president.\n\n"
    "Two Ecuadorian security sources told Reuters the attackers may have belonged to a Colombian drug gang, though "
    "they said investigators had not ruled anything out.\n\n"
    "An Israeli military spokesperson said troops had seen suspicious movement near the post. The army does not "
    "target U.N. forces, the spokesperson said.\n\n"
    "The European Commission pledged 60 million euros in energy aid to Moldova. The money will reach households "
    "before winter, a commission spokeswoman told reporters in Brussels.\n"
)


def _speaker(quotes, text: str):
    """The speaker of the first statement whose speaker text is ``text``."""
    return next(q.speaker for q in quotes if q.speaker is not None and q.speaker.text == text)


def test_a_pronoun_right_after_an_unnamed_source_is_that_source(quotes) -> None:
    officer = next(q.speaker for q in quotes if q.speaker is not None and q.speaker.text.startswith("A senior army"))
    he = _speaker(quotes, "he")
    assert he.anonymous and he.entity is None and (he.country, he.sector) == (officer.country, officer.sector)


def test_they_right_after_unnamed_sources_are_those_sources(quotes) -> None:
    """Not the gang the sources named, nor the agency they told."""
    they = _speaker(quotes, "they")
    assert they.anonymous and they.entity is None and they.country == "ECU"


def test_the_unnamed_source_pointed_back_to_keeps_its_country_over_the_sentences(quotes) -> None:
    assert _speaker(quotes, "the spokesperson").country == "ISR"


def test_an_unnamed_title_naming_a_body_by_its_noun_is_that_bodys(quotes) -> None:
    assert _speaker(quotes, "a commission spokeswoman").country == "IGO"


def test_a_surname_that_names_a_state_is_still_the_person(quotes) -> None:
    negotiator = next(q.speaker for q in quotes if q.speaker is not None and "Camila Jordan" in q.speaker.text)
    assert not negotiator.anonymous
    assert _speaker(quotes, "Jordan").entity == negotiator.entity


def test_the_far_side_of_a_border_is_not_where_the_speaker_stands(quotes) -> None:
    assert _speaker(quotes, "regional police commander Col. Rafael Duarte").country == "COL"


def test_the_group_is_the_body_named_just_before(quotes) -> None:
    group = _speaker(quotes, "The group")
    assert group.entity is not None and group.country == "NGO"


def test_a_defined_acronym_before_a_title_gives_its_body_s_country(quotes) -> None:
    assert _speaker(quotes, "SENAMHI spokesman Andrés Pardo").country == "PER"


def test_a_known_organisation_the_model_missed_is_found_and_owns_its_representative(quotes) -> None:
    rsf = _speaker(quotes, "Reporters Without Borders")
    assert rsf.entity is not None and rsf.country == "NGO"
    assert _speaker(quotes, "the group's Andean representative Sofia Marin").country == "NGO"


def test_an_unnamed_lawyer_is_anonymous_and_a_named_one_is_not(quotes) -> None:
    assert _speaker(quotes, "his lawyer").anonymous
    assert not _speaker(quotes, "her lawyer, Tunde Adeyemi").anonymous


def test_a_second_cue_the_parse_hung_on_the_reported_clause_is_the_speaker_s_own(quotes) -> None:
    told = next(q for q in quotes if q.speaker is not None and "Jorge Paz" in q.speaker.text)
    urged = next(q for q in quotes if q.cue is not None and q.cue.text == "urged")
    assert TEXT[slice(*told.content_span)].endswith("would meet on Monday")
    assert urged.speaker is not None and urged.speaker.entity == told.speaker.entity is not None


def test_a_subject_the_parse_made_the_root_still_speaks(quotes) -> None:
    (norway,) = [q for q in quotes if "preserve the ceasefire" in q.text]
    assert norway.speaker is not None and norway.speaker.country == "NOR"


def test_a_cue_joined_to_a_passive_verb_shares_its_subject(quotes) -> None:
    (statement,) = [q for q in quotes if "misconstrued" in q.text]
    assert statement.speaker is not None and "Claudia Rios" in statement.speaker.text


def test_a_name_the_parse_hung_in_a_fronted_phrase_still_speaks(quotes) -> None:
    (statement,) = [q for q in quotes if "spoken with the president" in q.text]
    assert statement.speaker is not None and "Pablo Duque" in statement.speaker.text


def test_the_agent_of_a_participle_in_the_source_phrase_is_not_the_source() -> None:
    """"A Salvadoran diplomatic source, consulted by Prensa Latina, said …": the agency is no speaker, and the source
    stays Salvadoran whatever the model tagged the agency."""
    import newsgraph

    article = newsgraph.analyze(
        "TEGUCIGALPA, Aug 5 (Prensa Latina) - Honduras protested to El Salvador on Tuesday over a naval incident near "
        "Conejo island.\n\nA Salvadoran diplomatic source, consulted by Prensa Latina, said San Salvador was willing "
        "to discuss joint fishing arrangements but would not negotiate over sovereignty.\n", published="2026-08-05")
    speaker = next(q.speaker for q in article.quotes if q.speaker and q.speaker.text.startswith("A Salvadoran"))
    names = {e.id: e.name for e in article.entities}
    assert names.get(speaker.entity) != "Prensa Latina" and speaker.country == "SLV" and speaker.anonymous
