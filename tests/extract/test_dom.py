"""An article the page splits over several containers of one kind is read whole; look-alike comments are not."""

from __future__ import annotations

import lxml.html
import pytest

from newsgraph.extract.dom import link_paragraphs, split_body
from newsgraph.extract.html import extract_html
from newsgraph.extract.settings import HtmlOptions
from tests.conftest import DATA

PAGE = (DATA / "extract_chunks.html").read_text(encoding="utf-8")
OPENINGS = [
    "When the last copper line",
    "The county is one of roughly 400",
    "“We are doing exactly what",
    "The economics are unforgiving.",
    "Some economists are skeptical.",
    "So far the sign-up rates",
    "For Ruth Okafor,",
]


@pytest.fixture(scope="module")
def article():
    return extract_html(PAGE, url="https://northfield-review.example/story/rural-broadband")


def test_every_chunk_is_in_the_body_in_page_order(article):
    paragraphs = article.text.split("\n\n")
    assert [p[: len(o)] for p, o in zip(paragraphs, OPENINGS)] == OPENINGS
    assert len(paragraphs) == len(OPENINGS)


def test_comments_ads_teasers_and_captions_stay_out(article):
    for chrome in ("Our co-op did this", "grant money runs out", "Advertisement", "Budget Laptops", "A crew pulls fiber"):
        assert chrome not in article.text
    assert article.captions[0].text == "A crew pulls fiber along an existing power line near Harlow."


def test_paragraphs_that_are_links_go_to_boilerplate_and_a_link_inside_prose_stays(article):
    links = [b.text for b in article.boilerplate if b.label == "link"]
    assert any(text.startswith("READ MORE: Satellite internet") for text in links)
    assert any(text.startswith("Sign up for the Northfield Review newsletter") for text in links)
    assert "READ MORE" not in article.text and "newsletter" not in article.text
    assert "in a fast-food parking lot." in article.text


def test_without_the_merge_only_the_first_chunk_is_read():
    text = extract_html(PAGE, options=HtmlOptions(merge_chunks=False)).text
    assert text.startswith(OPENINGS[0]) and OPENINGS[3] not in text


def _body(html: str, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    return split_body(lxml.html.fromstring(html), paragraphs)


FIRST = "The first paragraph of the story ends here."
SECOND = "The second paragraph follows it closely."
LATER = "A later paragraph sits in a chunk of its own."


def test_a_chunk_before_the_extracted_one_comes_first_and_repeats_are_dropped():
    html = (
        f'<div><div class="chunk"><p>{LATER}</p></div>'
        f'<div class="chunk"><p>{FIRST}</p><p>{SECOND}</p></div>'
        f'<div class="chunk"><p>{FIRST}</p><p>{LATER}</p></div></div>'
    )
    assert _body(html, [FIRST, SECOND]) == ([LATER], [])


def test_no_merge_without_a_class_or_with_one_paragraph_found():
    bare = f"<div><div><p>{FIRST}</p><p>{SECOND}</p></div><div><p>{LATER}</p></div></div>"
    assert _body(bare, [FIRST, SECOND]) == ([], [])
    single = f'<div><div class="chunk"><p>{FIRST}</p></div><div class="chunk"><p>{LATER}</p></div></div>'
    assert _body(single, [FIRST]) == ([], [])


def test_a_chunk_line_that_ends_no_sentence_is_not_taken():
    html = (
        f'<div><div class="chunk"><p>{FIRST}</p><p>{SECOND}</p></div>'
        '<div class="chunk"><p>DON\'T MISS: Ten deals you cannot skip [SHOPPING]</p></div></div>'
    )
    assert _body(html, [FIRST, SECOND]) == ([], [])


def test_the_link_share_decides_and_unlinked_or_unfound_paragraphs_stay():
    html = (
        "<div><p>Read more: <a href='/a'>Ten things the council decided at its longest meeting of the year</a></p>"
        "<p>The council, <a href='/b'>as reported</a>, met for three hours on Tuesday evening.</p>"
        "<p>Nothing here is linked at all.</p></div>"
    )
    paragraphs = [
        "Read more: Ten things the council decided at its longest meeting of the year",
        "The council, as reported, met for three hours on Tuesday evening.",
        "Nothing here is linked at all.",
        "A paragraph the page does not hold.",
    ]
    root = lxml.html.fromstring(html)
    assert link_paragraphs(root, paragraphs, 0.8) == {0}
    assert link_paragraphs(root, paragraphs, 0.1) == {0, 1}


def test_without_the_link_rule_the_teaser_stays_in_the_body():
    assert "READ MORE: Satellite internet" in extract_html(PAGE, options=HtmlOptions(link_share=1.01)).text


def test_a_linked_list_item_is_found_under_its_list_mark():
    root = lxml.html.fromstring("<ul><li><a href='/reprints'>Order Reprints</a></li><li>Text size</li></ul>")
    assert link_paragraphs(root, ["- Order Reprints", "- Text size"], 0.8) == {0}


def test_a_listing_s_other_posts_are_not_merged_into_the_first():
    text = extract_html((DATA / "extract_listing.html").read_text(encoding="utf-8")).text
    assert text.startswith("Most of our members start their tomatoes")
    assert "compost survey" not in text and "seed swap" not in text
