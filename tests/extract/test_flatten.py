"""The flattenings of a page (a line per block; a browser copy's paragraph breaks; a line per text node; Markdown;
the text nodes run together, or joined by spaces) and the text path reading them."""

from __future__ import annotations

import pytest

from newsgraph.extract.benchmark import load_pages
from newsgraph.extract.dataset import page_lines
from newsgraph.extract.flatten import flatten, flatten_lines
from newsgraph.extract.text import extract_text, text_lines
from tests.conftest import DATA

HTML = (DATA / "extract_paragraphs.html").read_text(encoding="utf-8")


def test_browser_copy_puts_a_blank_line_around_paragraphs_only():
    text = flatten(HTML, "copy")
    assert text.startswith("Home\nNews\nSport\nFerry fares to rise in spring\nBy Ines Marlowe\n\nIsland ferry fares")
    assert "in four years.\n\nBoard members said" in text
    assert "Storm closes ferry terminal\nNew pier opens on Gull Island" in text  # teaser cards: no blank line
    assert "\n\n\n" not in text  # adjacent breaks collapse to the largest request


def test_browser_copy_joins_a_table_row_with_tabs():
    lines = [line.text for line in flatten_lines(HTML, "copy")]
    assert "Route\tNow\tFrom April" in lines
    assert "Harbor – Gull Island\t$4.50\t$4.75" in lines


def test_br_is_a_line_break_of_its_own():
    text = flatten(HTML, "copy")
    assert "until June.\nStudents ride free." in text
    assert "Advertisement\n\nSubscribe to our newsletter" in text  # <br><br>


def test_plain_flattening_has_one_line_per_block_and_no_blank_lines():
    lines = flatten_lines(HTML)
    assert all(line.blanks == 0 for line in lines)
    texts = [line.text for line in lines]
    assert texts[texts.index("Route"):texts.index("Route") + 3] == ["Route", "Now", "From April"]
    assert "\n\n" not in flatten(HTML) and text_lines(flatten(HTML)) == texts


def test_nodes_flattening_puts_every_text_node_on_its_own_line():
    text = flatten(HTML, "nodes")
    assert "Board members said\nfuel and crew costs\nhad outpaced\nticket revenue\nsince 2022." in text
    assert "Route\nNow\nFrom April" in text and "\n\n" not in text


def test_markdown_flattening_marks_links_images_headings_and_lists():
    text = flatten(HTML, "markdown")
    assert text.startswith("* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n# Ferry fares to rise in spring\n")
    assert "Board members said [fuel and crew costs](/costs) had outpaced _ticket revenue_ since 2022." in text
    assert "\n\n[Storm closes ferry terminal](/a)\n" in text


def test_source_flattening_runs_text_nodes_together_keeping_only_the_source_line_breaks():
    lines = flatten(HTML, "source").split("\n")
    assert lines[0] == "HomeNewsSport" and "AdvertisementSubscribe to our newsletter" in lines
    assert "Commuters can keep their monthly passes at the old price until June.Students ride free." in lines


def test_spaced_flattening_joins_text_nodes_with_spaces_on_one_line():
    text = flatten(HTML, "spaced")
    assert "\n" not in text and text.startswith("Home News Sport Ferry fares to rise in spring By Ines Marlowe Island")
    assert "Board members said fuel and crew costs had outpaced ticket revenue since 2022." in text


def test_unknown_flattening_is_refused():
    with pytest.raises(ValueError, match="unknown flattening"):
        flatten(HTML, "pdf")


@pytest.mark.parametrize("style", ["copy", "nodes", "markdown"])
def test_text_path_reads_every_flattening_as_it_reads_blocks(style):
    """Blank lines are skipped, lines cut at a link or an emphasis are joined again and Markdown marks removed, so a
    browser copy, a line-per-node text and Markdown give the same article as the line-per-block flattening."""
    blocks, other = extract_text(flatten(HTML)), extract_text(flatten(HTML, style))
    assert (other.title, other.byline, other.text) == (blocks.title, blocks.byline, blocks.text)
    assert "Board members said fuel and crew costs had outpaced ticket revenue since 2022." in other.text
    assert other.text.startswith("Island ferry fares will rise") and "Storm closes" not in other.text


@pytest.mark.parametrize("style", ["blocks", "copy", "nodes"])
def test_benchmark_pages_label_the_lines_the_text_path_reads(shared, style):
    """Every labelled line is a line the text path reads, or a piece of one it joins again."""
    for page in load_pages(shared / "data/extraction/scrapinghub", limit=3):
        flat = page_lines(page, style)
        assert ("\n\n" in flat.text) == (style == "copy") and len(flat.labels) == len(flat.lines)
        read = text_lines(flat.text)
        assert len(read) <= len(flat.lines) and "".join(read).replace(" ", "") == "".join(flat.lines).replace(" ", "")
