"""Speaker resolution through pronouns on written news text: chains, previous speakers, the author's "I"."""

from __future__ import annotations

import pytest

TEXT = (
    "Luay Sami, 33, came to Clarkston from Iraq in 2011 after three years of interviews.\n\n"
    "He got a car and a job at the center, and Clarkston became his home. Recently, he said, "
    "he has realized that the rest of Georgia is not as hospitable.\n\n"
    "Hillary Clinton opposes the trade deal. On Tuesday, campaign chairman John Podesta told "
    "reporters that her position remains firm.\n\n"
    "“What the president chooses to do is up to him,” he said.\n\n"
    "“Our friends no longer fear us,” former Florida governor Jeb Bush said. If Clinton is elected, "
    "he said, “she might be going back and forth between the White House and the courthouse.”\n\n"
    "Whether the Clinton or Trump model works better is unclear, said Jake Horowitz, editor of Mic.com. "
    "“You have a very sophisticated operation,” he said.\n\n"
    "I know Donald Trump personally. I think his message resonates with voters.\n"
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def _speaker(doc, needle: str) -> str | None:
    """The actor of the pronoun-sourced quote whose content holds ``needle``."""
    (quote,) = [q for q in doc._.quotes if needle in q.text and q.speaker and q.speaker.text.lower() in ("he", "she", "i")]
    names = {e.id: e.name for e in doc._.entities}
    return names.get(quote.speaker.entity) if quote.speaker and quote.speaker.entity else None


def test_subject_pronoun_chain_skips_a_place_in_between(doc) -> None:
    assert _speaker(doc, "not as hospitable") == "Luay Sami"


def test_possessive_in_a_reported_clause_does_not_set_the_speakers_gender(doc) -> None:
    assert _speaker(doc, "up to him") == "John Podesta"


def test_a_name_in_the_pronouns_own_statement_is_not_its_antecedent(doc) -> None:
    assert _speaker(doc, "courthouse") == "Jeb Bush"


def test_previous_speaker_wins_over_a_subject_modifier(doc) -> None:
    assert _speaker(doc, "sophisticated operation") == "Jake Horowitz"


def test_first_person_narration_is_the_author(doc) -> None:
    assert _speaker(doc, "resonates with voters") is None


def test_full_name_source_keeps_its_own_actor_when_a_brother_took_the_mention(nlp) -> None:
    from newsgraph.quotes.speakers import _named_as
    from newsgraph.record import Entity

    text = "German Ortega says that the reaction to Trump has been rejection."
    doc = nlp(text)
    german = Entity(id="E1", name="German Ortega", type="PERSON", mentions=[(0, 13)])
    freddy = Entity(id="E2", name="Freddy Ortega", type="PERSON", aliases=["Ortega"], mentions=[(0, 13)])
    head = doc[1]  # Ortega, the subject of says
    assert _named_as([german, freddy], head, freddy) is german
    assert _named_as([german, freddy], head, german) is german


POSSESSED = (
    "Opposition appears to win landslide in Burma\n\n"
    "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an overwhelming victory in Burma's elections.\n\n"
    "Hillary Clinton has defended her e-mail practices. Essentially, Clinton's lawyers looked through the e-mails "
    "and found that at least one person in each chain had a government address.\n"
)


def test_a_possessor_is_not_the_speaker_and_a_dateline_is_not_in_the_source(nlp) -> None:
    doc = nlp(POSSESSED)
    by_cue = {q.cue.text: q.speaker for q in doc._.quotes if q.cue}
    assert by_cue["predicted"].text.startswith("Aung San Suu Kyi") and by_cue["predicted"].entity is None
    assert by_cue["found"].text == "Clinton's lawyers" and by_cue["found"].entity is None


def test_it_is_the_organisation_that_has_just_spoken_and_nothing_else(nlp) -> None:
    """"It said ..." after a bloc's statement is the bloc; an "it" with no body speaking before it (a report, a
    result) stays unresolved rather than taken for the nearest organisation."""
    doc = nlp("The Economic Community of West African States condemned the attack on Tuesday. It said the bloc would "
              "send a mediation team to Freetown. A congressional report criticised the FDIC. It said officials had "
              "concealed the breaches.")
    names = {e.id: e.name for e in doc._.entities}
    its = [q.speaker.entity for q in doc._.quotes if q.speaker.text == "It"]
    assert [names.get(e) for e in its] == ["Economic Community of West African States", None]


def test_a_given_name_the_tagger_missed_is_its_full_names_person(nlp) -> None:
    """Thai names are shortened to the given name in news copy; "Sarun" is the minister named in full before."""
    doc = nlp("BANGKOK (AP) — Thailand and Cambodia will reopen their border crossing next week, Thai Foreign Minister "
              "Sarun Chaiyaphum said on Monday. The checkpoint will reopen on Dec. 15, Sarun told reporters after "
              "meeting his Cambodian counterpart.")
    names = {e.id: e.name for e in doc._.entities}
    assert [names.get(q.speaker.entity) for q in doc._.quotes] == ["Sarun Chaiyaphum"] * 2
