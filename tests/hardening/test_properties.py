"""Property-based tests: each stage's entry point takes whatever bytes or text it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.extract.html import extract_html
from newsgraph.extract.text import extract_text
from newsgraph.ingest import Document, InputError, documents_from_bytes

NEWSY = st.text(
    alphabet=st.sampled_from(list("abcdefghij ABCDEFG .,;:!?\"'“”‘’—-()\n\t<>/&=#0123456789") + ["é", "ß", "Ж", "ع", "中", "\u202e", "\x00"]),
    max_size=600,
)
HTMLISH = st.builds(lambda head, body: f"<html><head><title>{head}</title></head><body><p>{body}</p>", NEWSY, NEWSY)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=4000) | HTMLISH.map(str.encode) | NEWSY.map(lambda t: t.encode("utf-16")))
def test_any_bytes_become_documents_or_one_clear_error(data: bytes) -> None:
    items = list(documents_from_bytes(data, "prop"))
    assert items, "every input is accounted for"
    for item in items:
        assert isinstance(item, (Document, InputError))
        if isinstance(item, InputError):
            assert item.reason and "\n" not in item.reason


def _check_extracted(article) -> None:
    assert isinstance(article.text, str)
    if article.dateline is not None:
        start, end = article.dateline.span
        assert article.text[start:end] == article.dateline.text
    for caption in article.captions:
        assert caption.text not in article.text or len(caption.text) < 20


@FAST
@given(NEWSY)
def test_scraped_text_extraction_never_raises(text: str) -> None:
    _check_extracted(extract_text(text))


@FAST
@given(HTMLISH)
def test_html_extraction_never_raises(html: str) -> None:
    _check_extracted(extract_html(html))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(NEWSY)
def test_full_pipeline_on_any_text(nlp, text: str) -> None:
    doc = nlp.make_doc(text)
    doc._.published = "2024-09-13"
    doc = nlp(doc)
    for name in ("entities", "places", "times", "quotes", "events"):
        assert isinstance(getattr(doc._, name) or [], list)
