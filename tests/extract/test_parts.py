"""Credits, datelines and flattening on realistic snippets."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import is_credit_line, split_credit
from newsgraph.extract.dateline import find_dateline
from newsgraph.extract.flatten import flatten, flatten_lines
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("Fans cheer in Madrid, Sunday, Nov. 17, 2019. (AP Photo/Manu Fernandez)",
         "Fans cheer in Madrid, Sunday, Nov. 17, 2019.", "(AP Photo/Manu Fernandez)"),
        ("A flooded street in Venice. Photo: Luca Bruno/Reuters", "A flooded street in Venice.", "Photo: Luca Bruno/Reuters"),
        ("The mayor spoke on Monday (in the rain).", "The mayor spoke on Monday (in the rain).", None),
    ],
)
def test_split_credit(caption, text, credit):
    assert split_credit(caption) == (text, credit)


def test_credit_lines():
    assert is_credit_line("Photo by Kirk Irwin/Getty Images")
    assert is_credit_line("(Reed Saxon / Associated Press)")
    assert not is_credit_line("The council voted 7-2 on Tuesday night to build the farm.")


@pytest.mark.parametrize(
    ("body", "text", "place", "agency"),
    [
        ("WASHINGTON – The Biden administration said", "WASHINGTON –", "Washington", None),
        ("KYIV, Ukraine (AP) — Russia launched", "KYIV, Ukraine (AP) —", "Kyiv, Ukraine", "AP"),
        ("LONDON, Nov 18 (Reuters) - Britain's", "LONDON, Nov 18 (Reuters) -", "London", "Reuters"),
        ("LUSAKA, Aug 20, 2026 (AFP) - Zambian police", "LUSAKA, Aug 20, 2026 (AFP) -", "Lusaka", "AFP"),
        ("Berlin (dpa) - The separatist authorities", "Berlin (dpa) -", "Berlin", "dpa"),
        ("New Delhi, May 14 (PTI) An Army jawan was killed", "New Delhi, May 14 (PTI)", "New Delhi", "PTI"),
        ("MALE, Mar 19 (PTI) Maldives police arrested", "MALE, Mar 19 (PTI)", "Male", "PTI"),
        ("Quito, Ecuador, Jul 2 (EFE).- Ecuador's government", "Quito, Ecuador, Jul 2 (EFE).-", "Quito, Ecuador", "EFE"),
        ("(ANSA) - ROME, SEP 9 - Italy's government", "(ANSA) - ROME, SEP 9 -", "Rome", "ANSA"),
        ("MOSCOW, April 14. /TASS/. Russia's foreign ministry", "MOSCOW, April 14. /TASS/.", "Moscow", "TASS"),
        ("ST. PETERSBURG, June 3 /TASS/. The governor said", "ST. PETERSBURG, June 3 /TASS/.", "St. Petersburg", "TASS"),
        ("MINSK /BelTA/. Belarus's defence ministry", "MINSK /BelTA/.", "Minsk", "BelTA"),
        ("Ljubljana, 11 March (STA) - Slovenia summoned", "Ljubljana, 11 March (STA) -", "Ljubljana", "STA"),
        ("ZAGREB, 3 May 2026 (Hina) - Croatia's police", "ZAGREB, 3 May 2026 (Hina) -", "Zagreb", "Hina"),
        ("ALMATY. Nov 17 (Interfax-Kazakhstan) - A court", "ALMATY. Nov 17 (Interfax-Kazakhstan) -", "Almaty",
         "Interfax-Kazakhstan"),
    ],
)
def test_dateline(body, text, place, agency):
    dateline = find_dateline(body)
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.agency) == (text, place, agency)
    assert body[slice(*dateline.span)] == text


def test_no_dateline_in_ordinary_sentences():
    assert find_dateline("The U.S. – and its allies – said") is None
    assert find_dateline("NATO said on Monday that") is None
    assert find_dateline("Senator Lindsey Graham (R) The senator said") is None
    assert find_dateline("Smith (Reuters) Britain's lead") is None
    assert find_dateline("In 12 March talks - the two sides") is None


def test_flatten_keeps_chrome_and_breaks_blocks():
    html = (DATA / "extract_article.html").read_text(encoding="utf-8")
    lines = [line.text for line in flatten_lines(html)]
    assert lines[:3] == ["Skip to main content", "Home", "News"]
    assert "Harbor city council approves floating solar farm" in lines
    assert "By Maria Lindqvist" in lines
    assert any(line.startswith("Workers test a prototype") and line.endswith("(Ledger Photo/Tom Ekdahl)") for line in lines)
    figcaption = next(line for line in flatten_lines(html) if line.text.startswith("Workers test"))
    assert "figcaption" in figcaption.tags
    assert flatten("") == "" and flatten("<html") == ""
