"""HTML extraction on a realistic page: fields, caption/credit separation, chrome removal, odd input."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html
from tests.conftest import DATA

PAGE = (DATA / "extract_article.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article():
    return extract_html(PAGE, url="https://coastal-ledger.example/news/2024/05/14/floating-solar-farm")


def test_metadata(article):
    assert article.title == "Harbor city council approves floating solar farm"
    assert article.byline == "Maria Lindqvist"
    assert article.published == "2024-05-14"
    assert article.site == "The Coastal Ledger"
    assert article.language == "en"


def test_dateline_is_kept_in_the_body_with_its_span(article):
    dateline = article.dateline
    assert dateline is not None
    assert dateline.place == "Port Alder, Maine" and dateline.agency == "AP"
    start, end = dateline.span
    assert article.text[start:end] == dateline.text == "PORT ALDER, Maine (AP) —"


def test_caption_and_credit_are_separate_and_not_in_body(article):
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text.startswith("Workers test a prototype floating solar panel")
    assert caption.credit == "(Ledger Photo/Tom Ekdahl)"
    assert "prototype" not in article.text and "Ekdahl" not in article.text


def test_chrome_is_out_and_paragraphs_are_kept(article):
    for chrome in ("Skip to main content", "Advertisement", "Related stories", "Storm damages harbor wall",
                   "newsletter", "Privacy Policy", "61º"):
        assert chrome not in article.text
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[2].startswith('"We have a basin')
    assert not article.text.startswith("Harbor city council")


@pytest.mark.parametrize(
    "odd",
    ["", "   ", "<html", "<html><body></body></html>", "\x00\x01\x02\ufffd\ufffdPK\x03\x04 junk \x7f",
     "<div><p>unclosed <b>tags <i>everywhere", "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>"],
)
def test_odd_pages_give_an_article_not_an_exception(odd):
    article = extract_html(odd)
    assert isinstance(article.text, str)
    assert len(article.text) < 100
