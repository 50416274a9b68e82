"""The date a scraped page prints about itself becomes its publication date (basis "text", or "caption" when only a photo caption prints it)."""

from __future__ import annotations

from newsgraph.extract.pagedate import dates_in, page_date
from newsgraph.extract.text import extract_text
from tests.conftest import ROOT


def test_date_forms_news_pages_print() -> None:
    assert [d.isoformat() for d in dates_in("Wednesday, Sept. 11, 2024. (AP Photo)")] == ["2024-09-11"]
    assert [d.isoformat() for d in dates_in("Updated 9 October 2025, 10:14")] == ["2025-10-09"]
    assert [d.isoformat() for d in dates_in("posted 2023-02-28 by staff")] == ["2023-02-28"]
    assert dates_in("Feb. 30, 2024 and May 2024 and 12/03") == []


def test_labelled_line_wins_over_a_later_caption_date() -> None:
    lines = ["Published March 2, 2025", "Crowds gather in Lisbon, Portugal, Tuesday, March 4, 2025. (Photo)"]
    assert page_date(lines) == ("2025-03-02", "text")
    assert page_date(lines[1:]) == ("2025-03-04", "text")
    assert page_date(lines[1:], ["caption"]) == ("2025-03-04", "caption")
    assert page_date(["Menu", "Sign in"]) is None


def test_a_date_printed_outside_captions_too_is_the_pages_own() -> None:
    lines = ["Lisbon, Tuesday, March 4, 2025. (Photo)", "March 4, 2025 | World news"]
    assert page_date(lines, ["caption", "chrome"]) == ("2025-03-04", "text")


def test_scraped_pages_get_their_printed_date(seed_text: str) -> None:
    seed = extract_text(seed_text)
    assert (seed.published, seed.published_basis) == ("2024-09-11", "caption")  # only the photo caption prints a date
    grain = extract_text((ROOT / "examples/grain-corridor.txt").read_text(encoding="utf-8"))
    assert grain.published == "2025-10-09"  # "Published October 9, 2025"
