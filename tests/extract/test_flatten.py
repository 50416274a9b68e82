"""The two flattenings of a page (plain lines; a browser copy's paragraph breaks) and the text path reading both."""

from __future__ import annotations

from newsgraph.extract.benchmark import load_pages
from newsgraph.extract.dataset import page_lines
from newsgraph.extract.flatten import flatten, flatten_lines
from newsgraph.extract.text import extract_text, text_lines
from tests.conftest import DATA

HTML = (DATA / "extract_paragraphs.html").read_text(encoding="utf-8")


def test_browser_copy_puts_a_blank_line_around_paragraphs_only():
    text = flatten(HTML, paragraphs=True)
    assert text.startswith("Home\nNews\nSport\nFerry fares to rise in spring\nBy Ines Marlowe\n\nIsland ferry fares")
    assert "in four years.\n\nBoard members said" in text
    assert "Storm closes ferry terminal\nNew pier opens on Gull Island" in text  # teaser cards: no blank line
    assert "\n\n\n" not in text  # adjacent breaks collapse to the largest request


def test_browser_copy_joins_a_table_row_with_tabs():
    lines = [line.text for line in flatten_lines(HTML, paragraphs=True)]
    assert "Route\tNow\tFrom April" in lines
    assert "Harbor – Gull Island\t$4.50\t$4.75" in lines


def test_br_is_a_line_break_of_its_own():
    text = flatten(HTML, paragraphs=True)
    assert "until June.\nStudents ride free." in text
    assert "Advertisement\n\nSubscribe to our newsletter" in text  # <br><br>


def test_plain_flattening_has_one_line_per_block_and_no_blank_lines():
    lines = flatten_lines(HTML)
    assert all(line.blanks == 0 for line in lines)
    texts = [line.text for line in lines]
    assert texts[texts.index("Route"):texts.index("Route") + 3] == ["Route", "Now", "From April"]
    assert "\n\n" not in flatten(HTML) and text_lines(flatten(HTML)) == texts


def test_text_path_reads_a_browser_copy_as_it_reads_plain_text():
    """Blank lines are skipped, so a browser copy of the page gives the same article as the plain flattening."""
    plain, copy = extract_text(flatten(HTML)), extract_text(flatten(HTML, paragraphs=True))
    assert (copy.title, copy.byline, copy.text) == (plain.title, plain.byline, plain.text)
    assert copy.text.startswith("Island ferry fares will rise") and "Storm closes" not in copy.text


def test_browser_copy_pages_label_the_lines_the_text_path_reads(shared):
    for page in load_pages(shared / "data/extraction/scrapinghub", limit=3):
        flat = page_lines(page, paragraphs=True)
        assert "\n\n" in flat.text
        assert text_lines(flat.text) == flat.lines and len(flat.labels) == len(flat.lines)
