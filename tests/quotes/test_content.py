"""Where a statement's content ends: second objects, settings and media beside it, quotations resumed after the frame."""

from __future__ import annotations

import pytest

TEXT = (
    "Union leaders warned the board against cuts, noting slow gains in take-home pay and continued risks to "
    "pensions from the merger.\n\n"
    "The governor criticized the senator for two votes against the water bill in 2019 and his silence on the "
    "drought.\n\n"
    "Yet determining how much the fund holds -- and exactly how many accounts there are in the state -- is hard.\n\n"
    "“It’s true, we have not been winning lately,” Okafor says, dressed in a red campaign jacket. “We have not "
    "won a county in three weeks.”\n\n"
    "“The plan is dead,” the senator told ABC’s “This Week.” “Nobody in the caucus will vote for it.”\n\n"
    "“I have no idea how these people voted,” Moreau said of residents whose rights were restored. “But they "
    "made an investment in their town.”\n\n"
    "“We started with nothing,” Ito said in an interview with NHK aired Monday on “Close-Up.” “No money, no "
    "staff.”\n\n"
    "“There is hatred in this city like nobody has ever seen,” the candidate said in a Thursday interview with "
    "WQXR’s “Morning Edition.”\n\n"
    "If she becomes president, Ramos suggested in a post on X, no woman will be punished for seeking care.\n\n"
    "The mayor brushed off the audit, saying in a long post on Facebook: “The numbers were checked twice.”\n\n"
    "Chile and Peru closed a week of talks in Lima without agreeing on how to share the river's water, the "
    "regional bloc, which hosted the meeting, said in a final communique.\n\n"
    "After a string of losses on Tuesday, Senator Paul Okoye (D-Ill.) remains committed to staying in the race "
    "through June, his spokesman, Tom Reyes, told The Associated Press.\n\n"
    "Sunday on CNN’s “State of the Union,” while commenting on the flooding in the Gulf states, Governor Ellen Park "
    "said the federal response had come too late.\n"
)


def _content(quotes, needle: str) -> str:
    """The content (text) of the one statement whose content holds ``needle``."""
    contents = [TEXT[start:end] for start, end in (q.content_span for q in quotes)]
    (content,) = [c for c in contents if needle in c]
    return content


def test_a_second_object_hung_on_the_verb_stays_in_the_content(quotes) -> None:
    assert _content(quotes, "slow gains").endswith("continued risks to pensions from the merger")


def test_a_date_inside_the_content_does_not_end_it(quotes) -> None:
    assert _content(quotes, "two votes").endswith("his silence on the drought")


def test_a_second_question_with_there_is_part_of_the_content(quotes) -> None:
    assert "how many accounts there are" in _content(quotes, "how much the fund holds")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("we have not been winning", "won a county"),
        ("The plan is dead", "Nobody in the caucus"),
        ("how these people voted", "made an investment"),
        ("We started with nothing", "No money, no staff"),
    ],
)
def test_a_quotation_resumed_after_its_frame_is_the_same_statement(quotes, first: str, second: str) -> None:
    assert second in _content(quotes, first)


def test_what_the_frame_says_of_the_occasion_is_not_the_content(quotes) -> None:
    (statement,) = [q for q in quotes if q.cue is not None and q.cue.text.startswith("said in an interview with NHK")]
    assert statement.kind == "direct" and TEXT[slice(*statement.content_span)].startswith("“We started")


def test_the_medium_of_a_statement_is_not_its_content(quotes) -> None:
    (statement,) = [q for q in quotes if q.cue is not None and q.cue.text.startswith("said in a Thursday interview")]
    assert TEXT[slice(*statement.content_span)].startswith("“There is hatred")


def test_a_cue_set_off_by_commas_reports_the_clause_around_it(quotes) -> None:
    (statement,) = [q for q in quotes if q.cue is not None and q.cue.text.startswith("suggested")]
    assert "no woman will be punished" in TEXT[slice(*statement.content_span)]


def test_a_colon_after_the_cue_phrase_introduces_the_quotation(quotes) -> None:
    (statement,) = [q for q in quotes if q.cue is not None and q.cue.text.startswith("saying")]
    assert statement.kind == "direct" and TEXT[slice(*statement.content_span)] == "“The numbers were checked twice.”"


def test_a_cue_the_parse_joined_to_the_clause_before_it_reports_that_clause(quotes) -> None:
    (statement,) = [q for q in quotes if q.speaker is not None and "regional bloc" in q.speaker.text]
    assert TEXT[slice(*statement.content_span)].startswith("Chile and Peru closed a week of talks")


def test_who_was_told_is_not_the_content_of_a_cue_trailing_its_clause(quotes) -> None:
    (statement,) = [q for q in quotes if q.speaker is not None and "Tom Reyes" in q.speaker.text]
    assert "remains committed to staying in the race" in TEXT[slice(*statement.content_span)]


def test_a_quoted_programme_title_is_nobodys_words(quotes) -> None:
    (statement,) = [q for q in quotes if q.cue is not None and q.cue.text.startswith("commenting")]
    assert TEXT[slice(*statement.content_span)].startswith("the flooding in the Gulf states")
