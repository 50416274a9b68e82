"""The body's language is identified from its text, on every input form; a declared one only backs up a short body."""

from __future__ import annotations

from newsgraph.extract.html import extract_html
from newsgraph.extract.language import body_language
from newsgraph.extract.text import clean_article, extract_text
from tests.conftest import DATA

GERMAN = (
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Markthalle am Hafen zu sanieren. "
    "Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, sagte die Bürgermeisterin."
)
PORTUGUESE = (
    "A prefeitura anunciou nesta segunda-feira que a nova linha de ônibus vai ligar o centro ao bairro do porto. "
    "Segundo a secretária de transportes, o serviço começa a funcionar no próximo mês."
)


def test_languages_are_told_apart():
    assert body_language(GERMAN) == "de"
    assert body_language(PORTUGUESE) == "pt"
    assert body_language((DATA / "extract_scraped.txt").read_text(encoding="utf-8")) == "en"


def test_the_body_outweighs_a_wrong_declaration_and_a_short_body_keeps_it():
    assert body_language(GERMAN, declared="en") == "de"
    assert body_language("Markthalle: 12 Fotos", declared="DE") == "de"
    assert body_language("", declared=None) is None


def test_every_form_reports_its_language():
    page = f'<html lang="en"><head><title>Markthalle</title></head><body><article><p>{GERMAN}</p></article></body></html>'
    assert extract_html(page).language == "de"
    assert extract_text((DATA / "extract_scraped.txt").read_text(encoding="utf-8")).language == "en"
    assert clean_article(PORTUGUESE).language == "pt"
