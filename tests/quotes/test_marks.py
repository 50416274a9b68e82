"""Quotation-mark pairing on real-looking paragraphs: curly, straight, nested, unbalanced."""

from __future__ import annotations

import time

import pytest

from newsgraph.quotes.marks import MAX_QUOTE_CHARS, is_title, quoted_spans


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def test_curly_and_straight_marks_pair_within_a_paragraph() -> None:
    text = '“We believe it,” Řehka said. He added: "That is final."'
    assert _texts(text) == ["“We believe it,”", '"That is final."']


def test_single_quotes_nested_inside_double_stay_inside() -> None:
    text = "“He told me ‘never again,’ and meant it,” she said."
    (quoted,) = quoted_spans(text)
    assert text[quoted.start : quoted.end] == "“He told me ‘never again,’ and meant it,”"
    assert text[quoted.inner[0] : quoted.inner[1]] == "He told me ‘never again,’ and meant it,"


def test_unclosed_quote_stops_at_its_paragraph_end() -> None:
    text = "“My children grew up on this street.\n\n“I don’t know where we go now.”\n\nThe council met on Monday."
    spans = quoted_spans(text)
    assert [text[q.start : q.end] for q in spans] == [
        "“My children grew up on this street.",
        "“I don’t know where we go now.”",
    ]
    assert not spans[0].closed and spans[1].closed


def test_stray_closing_marks_and_inches_are_ignored() -> None:
    text = "The 6'2\" forward said nothing” and left. Nobody asked why."
    assert quoted_spans(text) == []


def test_empty_and_markless_text() -> None:
    assert quoted_spans("") == []
    assert quoted_spans("No quotation here.\n\nNone here either.") == []


def test_huge_unbalanced_page_is_fast_and_bounded() -> None:
    paragraph = "“" + "The minister spoke for a long time about the budget. " * 80
    text = "\n".join([paragraph] * 300)
    started = time.perf_counter()
    spans = quoted_spans(text)
    assert time.perf_counter() - started < 2.0
    assert all(q.end - q.start <= MAX_QUOTE_CHARS and "\n" not in text[q.start : q.end] for q in spans)


def test_doubled_apostrophes_are_a_double_mark() -> None:
    """``''We did it,'' he said``: newspaper archives write straight double marks as two apostrophes."""
    text = "''We hung out in coffee shops,'' Mr. Smith said. ''We had no phones.'' His sons' bikes were new."
    assert _texts(text) == ["''We hung out in coffee shops,''", "''We had no phones.''"]
    first = quoted_spans(text)[0]
    assert text[first.inner[0] : first.inner[1]] == "We hung out in coffee shops,"


def test_opening_mark_typed_where_a_closer_belongs_closes_the_quote() -> None:
    text = '“We are out of balance," the group wrote. "A correction is needed now.“\n\nPrices rose.'
    assert _texts(text) == ['“We are out of balance,"', '"A correction is needed now.“']


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He spoke on NBC’s “Meet the Press” on Sunday.", True),
        ("Tuesday on WTMJ’s “Midday with Charlie Sykes,” the speaker said", True),
        ("She called Trump’s “very good friend” a liar.", False),
        ("“Meet the Press,” he said, is his favourite show.", False),
        ("He said on Monday “We Will Never Surrender And We Will Never Give In To These People Ever”.", False),
    ],
)
def test_a_programme_title_after_a_possessive_or_on_is_told_from_a_quotation(text: str, title: bool) -> None:
    (quoted,) = quoted_spans(text)
    assert is_title(text, quoted) is title
