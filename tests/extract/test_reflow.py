"""Scraped text back to its page's lines: run-together blocks cut apart, pieces cut at links or at a wrap width joined,
Markdown marks removed."""

from __future__ import annotations

import textwrap
import time

from newsgraph.extract.reflow import is_markdown, plain_lines, text_lines, unglued, unmarked, wrap_width
from newsgraph.extract.text import extract_text
from tests.conftest import DATA

PARAGRAPHS = [
    "Island ferry fares will rise by 6 percent in April, the county transport board decided on Tuesday, the first "
    "increase in four years, after a meeting that ran past midnight.",
    "Board members said fuel and crew costs had outpaced ticket revenue since 2022, and that the service would "
    "otherwise have to cut two of its nine daily crossings on the Gull Island route by the summer.",
    "Commuters can keep their monthly passes at the old price until June. Students and riders over 65 will "
    "continue to travel free, the board said.",
]
PAGE = ["Home", "News", "Sport", "Ferry fares to rise in spring", "By Ines Marlowe", *PARAGRAPHS,
        "Storm closes ferry terminal", "Subscribe to our newsletter"]


def test_a_page_hard_wrapped_at_72_columns_has_its_paragraphs_back():
    wrapped = "\n".join(textwrap.fill(line, 72) for line in PAGE)
    assert wrap_width(wrapped.splitlines()) is not None
    assert text_lines(wrapped) == PAGE


def test_a_page_with_a_line_per_block_is_not_taken_for_wrapped():
    assert wrap_width(PAGE) is None
    assert text_lines("\n".join(PAGE)) == PAGE


def test_a_line_that_ends_short_of_the_width_is_not_joined():
    """A headline above a wrapped paragraph stays apart: the paragraph's first word would have fitted after it."""
    text = "Short headline\n" + textwrap.fill(PARAGRAPHS[0] + " " + PARAGRAPHS[1], 60) + "\n" + textwrap.fill(
        PARAGRAPHS[2], 60)
    lines = text_lines(text)
    assert lines[0] == "Short headline" and len(lines) <= 3


def test_a_page_whose_blocks_ran_together_is_cut_back_into_them():
    """``get_text()`` with no separator on a minified page: one line, each block running into the next."""
    minified = "".join(PAGE)
    assert text_lines(minified) == PAGE
    article = extract_text("Weather: 12°C\n" + minified)
    assert article.title == "Ferry fares to rise in spring" and article.byline == "Ines Marlowe"
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_page_joined_with_spaces_is_read_a_sentence_a_line():
    """``get_text(" ")``: the page is one line; past 2,000 characters it cannot be a paragraph and is cut at its
    sentence ends (not after ``Mr.`` or inside ``U.S.``)."""
    paragraphs = PARAGRAPHS + [" ".join(["Mr. Hale of the U.S. ferry union said crews welcomed the rise."] * 25)]
    spaced = " ".join(PAGE[:5] + paragraphs + PAGE[-2:])
    lines = text_lines(spaced)
    assert len(spaced) >= 2_000 and len(lines) > 10 and all(len(line) < 2_000 for line in lines)
    assert PARAGRAPHS[1] in lines and "Mr. Hale of the U.S. ferry union said crews welcomed the rise." in lines
    assert text_lines(" ".join(PARAGRAPHS)) == [" ".join(PARAGRAPHS)]  # a long paragraph under 2,000 stays whole


def test_a_paragraph_with_a_few_capitals_inside_words_stays_whole():
    paragraph = ("Sony said its PlayStation sales rose while Apple's MacBook line fell, and YouTube, the video site, "
                 "told advertisers.The figures, first reported by CNBC, cover the quarter to September, when the "
                 "companies' results surprised analysts who had expected a weaker autumn and a slower Christmas "
                 "season for both of them.")
    assert len(paragraph) >= 300 and unglued(paragraph) == [paragraph]
    assert unglued("HomeNewsSport") == ["HomeNewsSport"]  # short lines are never cut


def test_markdown_links_images_headings_and_lists_become_plain_lines():
    assert unmarked("# Ferry fares to rise in spring") == "Ferry fares to rise in spring"
    assert unmarked("  * [Storm closes ferry terminal](/news/storm)".strip()) == "Storm closes ferry terminal"
    assert unmarked('By [Ines Marlowe](/authors/im "Ines") | March 3') == "By Ines Marlowe | March 3"
    assert unmarked("![The ferry](/img/ferry.jpg)") == ""
    assert unmarked("Board members said _ticket revenue_ rose **sharply**") == "Board members said ticket revenue rose sharply"
    assert unmarked("snake_case stays, and 3 * 4 * 5 too") == "snake_case stays, and 3 * 4 * 5 too"
    assert unmarked("* * *") == ""


def test_text_with_a_stray_bracket_link_is_not_markdown():
    text = "Home\nThe report [1](see below) came out on Tuesday.\nMore news"
    assert not is_markdown(text)
    assert text_lines(text) == plain_lines(text)


def test_a_markdown_page_reads_as_its_article():
    """An html2text-style page (links, a heading, an image, list menus, wrapped at 78 columns)."""
    article = extract_text((DATA / "extract_markdown.md").read_text(encoding="utf-8"))
    assert article.title == "Ferry fares to rise in spring"
    paragraphs = article.text.split("\n\n")
    assert any(p.startswith("HARBOR — Island ferry fares will rise by 6 percent in April") and
               p.endswith("a meeting that ran past midnight.") for p in paragraphs)
    assert "Board members said fuel and crew costs had outpaced ticket revenue since 2022" in article.text
    assert "](" not in article.text and "/news" not in article.text
    assert "Storm closes ferry terminal" not in article.text


def test_hostile_brackets_are_read_in_linear_time():
    text = ("[a](b " * 20_000 + "\n") * 5 + "](" * 50_000 + "\n" + "![a](b" * 50_000 + "\n" + "_a" * 50_000
    text += "\n" + "abcDe." * 100_000 + "\n" + "Xyz abc. " * 100_000  # run together, without and with spaces
    start = time.perf_counter()
    text_lines(text)
    assert time.perf_counter() - start < 5
