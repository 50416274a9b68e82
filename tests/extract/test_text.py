"""Scraped-text extraction with the shipped line model: the seed page, a second page, odd input."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from newsgraph.extract.linemodel import MODEL_PATH, load_model
from newsgraph.extract.text import extract_text, text_lines
from tests.conftest import DATA

CHROME = ("Skip to main content", "Clear icon", "45º", "Recommended Videos", "Loading...")


@pytest.fixture(scope="module")
def seed(seed_text):
    return extract_text(seed_text)


def test_seed_title_and_dateline(seed):
    assert seed.title == "US wants more clarity from Ukraine on possible use of long-range weapons"
    assert seed.dateline is not None and seed.dateline.text == "WASHINGTON –"
    assert seed.dateline.place == "Washington"
    assert seed.text[slice(*seed.dateline.span)] == "WASHINGTON –"


def test_seed_caption_and_credit_are_out_of_the_body(seed):
    assert len(seed.captions) == 1
    caption = seed.captions[0]
    assert caption.text.startswith("Ukraine's President Volodymyr Zelenskyy waits to meet")
    assert caption.credit.startswith("(AP Photo/Mark Schiefelbein, Pool) (Mark Schiefelbein")
    assert "Mariinsky Palace" not in seed.text and "AP Photo" not in seed.text


def test_seed_chrome_is_out_and_paragraphs_stay(seed):
    for chrome in CHROME:
        assert chrome not in seed.text
    paragraphs = seed.text.split("\n\n")
    assert paragraphs[0].startswith("WASHINGTON – The Biden administration")
    assert paragraphs[-1].startswith("“I don’t believe one capability")
    assert len(paragraphs) >= 15
    assert {b.text for b in seed.boilerplate} >= {"Skip to main content", "Loading..."}


def test_second_scraped_page():
    article = extract_text((DATA / "extract_scraped.txt").read_text(encoding="utf-8"))
    assert article.title == "Harbor city council approves floating solar farm"
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert [c.credit for c in article.captions] == ["(Ledger Photo/Tom Ekdahl)"]
    assert article.text.startswith("PORT ALDER, Maine (AP) —")
    assert article.text.rstrip().endswith("grants the permits on time.")
    for chrome in ("Advertisement", "Related stories", "Storm damages harbor wall", "Subscribe", "Privacy Policy"):
        assert chrome not in article.text


def test_a_snippet_without_page_structure_is_all_body():
    """A pasted wire sentence or paragraph has no chrome to separate: its sentences are the article, not an error."""
    one = extract_text("A roadside bomb near Samarra killed one U.S. soldier on Sunday, the military said.")
    assert one.text.startswith("A roadside bomb") and one.title is None
    two = extract_text("Police arrested 12 protesters in Cairo on Monday.\n\nThey had gathered outside parliament.")
    assert two.text.split("\n\n") == ["Police arrested 12 protesters in Cairo on Monday.",
                                       "They had gathered outside parliament."]
    assert extract_text("Home\nNews\nSports\nWeather").text == ""  # menus are no snippet


@pytest.mark.parametrize(
    "odd", ["", "\n\n\n", "\x00\x01\x02\ufffd\ufffdPK\x03\x04", "<html", "a" * 200_000, "1:11" * 100_000 + " said:"]
)
def test_odd_text_gives_an_article_not_an_exception(odd):
    article = extract_text(odd)
    assert isinstance(article.text, str)
    assert article.captions == [] or all(c.text for c in article.captions)


def test_shipped_model_is_json_with_metadata_and_runs_without_sklearn(seed_text):
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["metadata"]["command"].startswith("newsgraph train lines")
    assert "trained_at" in data["metadata"] and "scrapinghub" in data["metadata"]["trained_on"]
    assert data["metadata"]["numpy_vs_sklearn_max_abs_diff"] < 1e-4  # leaf values stored to 6 decimals
    assert load_model().labels == ("body", "title", "caption", "credit", "byline", "chrome")
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from newsgraph.extract.text import extract_text\n"
        "print(extract_text(sys.stdin.read()).title)"
    )
    done = subprocess.run([sys.executable, "-c", code], input=seed_text, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "US wants more clarity from Ukraine on possible use of long-range weapons"


def test_clean_article_keeps_every_line_and_reads_the_dateline() -> None:
    """Already-clean text: each non-empty line a paragraph (spaces folded), the dateline from its start."""
    from newsgraph.extract.text import clean_article

    article = clean_article("WASHINGTON (AP) — The Senate passed the bill.\n\n  Critics   said it fell short.\nIt did.\n")
    assert article.text == "WASHINGTON (AP) — The Senate passed the bill.\n\nCritics said it fell short.\n\nIt did."
    assert article.dateline is not None and article.dateline.text.startswith("WASHINGTON")
    assert article.title is None and article.boilerplate == []


def test_a_quotation_running_on_into_the_last_paragraph_stays_in_the_body():
    """News copy leaves a quotation open at a paragraph's end and reopens it in the next: that short last paragraph
    is the speaker's, not page chrome."""
    article = extract_text((DATA / "extract_quote_runs_on.txt").read_text(encoding="utf-8"))
    assert article.text.endswith('"The children were crying the whole time."')
    assert not [b for b in article.boilerplate if "children" in b.text]


def test_headline_above_the_body_is_the_title_and_chrome_is_not():
    """The most title-like line above the body is the headline even when the model is unsure of it; a page whose
    lines above the body are all navigation has no title."""
    page = (DATA / "extract_headline_above.txt").read_text(encoding="utf-8")
    article = extract_text(page)
    assert article.title == "Night of strikes leaves Dnipro power plant dark"
    assert article.text.startswith("DNIPRO, Ukraine (AP) —")
    untitled = extract_text(page.replace("Night of strikes leaves Dnipro power plant dark\n", ""))
    assert untitled.title is None and untitled.text == article.text


def test_readers_comments_are_not_the_article():
    """A blog post's comment section (its "N thoughts on “…”" title, headers with a name, a time and "said:") is chrome
    however prose-like the comments are; so is it with the headers alone."""
    page = (DATA / "extract_comments.txt").read_text(encoding="utf-8")
    article = extract_text(page)
    assert article.text.startswith("Once a season we open a thread")
    assert article.text.endswith("if you would rather ask a question privately.")
    for comment in ("thoughts on", "Martin Ruiz", "91 cents", "fresh produce"):
        assert comment not in article.text
    untitled = extract_text(page.replace("13 thoughts on “Winter open thread”\n", ""))
    assert untitled.text == article.text


def test_one_timed_line_ending_in_said_is_no_comment_section():
    """News copy introduces a block quotation with "said:"; one such line, even with a time in it, cuts nothing."""
    from newsgraph.extract.text import _comments_start

    lines = ["At 10:30 a.m. on Tuesday the mayor said:", "We will rebuild the harbor wall before the next storm season."]
    assert _comments_start(lines) == len(lines)
    assert _comments_start(["3 responses to the flood plan", *lines]) == 3


def test_a_page_the_model_finds_no_body_in_still_gives_its_article():
    """A long page whose article the model misses (a town hall's archive page, in Portuguese) yields its longest run of
    sentences, not an empty body; a page of navigation alone still yields none."""
    page = (DATA / "extract_archive_page.txt").read_text(encoding="utf-8")
    article = extract_text(page)
    assert article.text.startswith("A Unidade Básica de Saúde do bairro Esperança passa a atender")
    assert "Março (" not in article.text and "Rua das Palmeiras" not in article.text
    assert article.title == "Unidade Básica do bairro Esperança amplia horário de vacinação"
    menus = "\n".join(line for line in page.splitlines() if len(line.split()) < 12)
    assert extract_text(menus).text == ""


def test_a_sentence_cut_at_its_links_is_one_line_again():
    """``get_text("\\n")`` ends a line at every inline element: a piece opening in lower case after a line that
    ends no sentence, or opening with closing punctuation, is the rest of the line before it."""
    cut = "Officials said\nthe ferry\nwould resume on\nMonday\n, weather permitting\n(\nReuters\n)."
    assert text_lines(cut) == ["Officials said the ferry would resume on", "Monday, weather permitting", "(", "Reuters)."]
    cut = "Officials said\nthe ferry\nwould resume on Monday.\nTags\nferry\nharbor\nweather"
    # four or more pieces and no punctuation: a list (tags, a lower-case menu), not a cut sentence
    assert text_lines(cut) == ["Officials said the ferry would resume on Monday.", "Tags", "ferry", "harbor", "weather"]


def test_lines_that_end_a_sentence_or_a_paragraph_are_not_joined():
    assert text_lines("The pier opened.\nlater that day, rain fell") == ["The pier opened.", "later that day, rain fell"]
    assert text_lines("Board members said\n\nfuel costs rose") == ["Board members said", "fuel costs rose"]
    assert text_lines("Home\nNews\nSport") == ["Home", "News", "Sport"]
    assert text_lines("Seeking a bigger role for a big rocket\nby Jeff Foust") == [
        "Seeking a bigger role for a big rocket", "by Jeff Foust"]  # a headline's byline
    assert text_lines("The plan\nby the ministry was dropped.") == ["The plan by the ministry was dropped."]


def test_a_comment_heading_below_the_article_ends_it():
    """Readers' comments under a "Top Rated Comments" heading read as prose but are not the article; the comment count
    and "Leave a comment" link under the headline cut nothing."""
    article = extract_text((DATA / "extract_comment_heading.txt").read_text(encoding="utf-8"))
    assert article.text.startswith("HARBOR CITY — The Bayline ferry company")
    assert article.text.endswith("at its meeting next Thursday.")
    for comment in ("missed the last boat", "four thousand names", "winter storms", "Rating"):
        assert comment not in article.text


def test_a_comment_heading_counts_only_below_enough_of_the_run():
    """A heading ends the run only after 50 kept words of it, and a count or "Leave a comment" is no heading."""
    from newsgraph.extract.text import _comment_heading

    lines = ["Leave a comment", "First paragraph.", "Leave a Reply", "Second paragraph.", "Show comments", "Third."]
    assert _comment_heading(lines, np.array([0, 40, 0, 20, 0, 10.0]), 0, 5) == 4
    assert _comment_heading(lines, np.array([0, 60, 0, 20, 0, 10.0]), 0, 5) == 2
    assert _comment_heading(lines, np.array([0, 60, 0, 20, 0, 10.0]), 0, 1) is None
    assert _comment_heading(["12 comments", "Leave a comment", "Text."], np.array([0, 0, 80.0]), 0, 2) is None


def test_a_byline_or_post_meta_line_is_never_the_title():
    """A byline ("By Louis Jacobson on Monday …") or a post's meta line ("Posted on … by …") under a headline can look
    more title-like to the model than the headline itself; the headline above it is taken instead."""
    from newsgraph.extract.settings import TextOptions
    from newsgraph.extract.text import _title

    for meta in ("Posted on January 14, 2019 by Dana Whitfield", "By Louis Jacobson on Monday, November 18th, 2019"):
        lines = ["Home", "Winter open thread", meta, "Once a season we open a thread for readers' questions."]
        labels = ["chrome", "chrome", "chrome", "body"]
        probs = np.zeros((4, 6))
        probs[:, 1] = [0.0, 0.03, 0.3, 0.0]
        assert _title(lines, labels, probs, 1, TextOptions()) == 1
    article = extract_text((DATA / "extract_comments.txt").read_text(encoding="utf-8"))
    assert not (article.title or "").startswith("Posted on")


def test_a_dated_dateline_dates_a_page_that_prints_no_other_date() -> None:
    page = ("Zambian police arrest opposition officials as vote protests spread\n\n"
            "LUSAKA, Aug 20, 2026 (AFP) - Zambian police arrested more than 60 people, including two senior "
            "opposition officials, as protests over the disputed result of last week's election spread to a "
            "third city on Wednesday, authorities and witnesses said.\n\n"
            "Police fired tear gas to disperse several hundred supporters of the opposition who had blocked roads "
            "and burned tyres in the capital's Matero township, witnesses told reporters at the scene.\n")
    article = extract_text(page)
    assert article.dateline is not None and article.dateline.place == "Lusaka"
    assert (article.published, article.published_basis) == ("2026-08-20", "text")
