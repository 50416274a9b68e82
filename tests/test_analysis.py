"""The analyze API end to end on real pages: records are valid, spans point at what they claim."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import newsgraph
from newsgraph.record import Article, ErrorRecord, to_json
from tests.conftest import DATA, ROOT

SCHEMA = json.loads((ROOT / "schema/record.schema.json").read_text())


def spans_of(article: Article) -> list[tuple[str, tuple[int, int], str | None]]:
    """Every (field, span, claimed text) in a record, for checking against ``text``."""
    found: list[tuple[str, tuple[int, int], str | None]] = [("sentence", s, None) for s in article.sentences]
    found += [("entity", m, None) for e in article.entities for m in e.mentions]
    found += [("place", m, None) for p in article.places for m in p.mentions]
    found += [("time", t.span, t.text) for t in article.times]
    for q in article.quotes:
        found += [("quote", q.span, None), ("content", q.content_span, None)]
        found += [("cue", q.cue.span, q.cue.text)] if q.cue else []
        found += [("speaker", q.speaker.span, q.speaker.text)] if q.speaker and q.speaker.span else []
    for e in article.events:
        found += [("event", e.span, None), ("trigger", e.trigger.span, e.trigger.text)]
    if article.dateline:
        found.append(("dateline", article.dateline.span, article.dateline.text))
    return found


def check_record(record: Article | ErrorRecord) -> None:
    """Validate against the published schema and check every span."""
    jsonschema.validate(json.loads(to_json(record)), SCHEMA)
    if isinstance(record, Article):
        for field, (start, end), claimed in spans_of(record):
            assert 0 <= start < end <= len(record.text), (field, start, end)
            if claimed is not None:
                assert record.text[start:end] == claimed, (field, claimed)


def test_schema_file_is_generated_from_the_models() -> None:
    from newsgraph.record import json_schema

    assert json_schema() == SCHEMA, "schema/record.schema.json is stale: run `newsgraph schema`"


def test_analyze_seed_text(seed_text: str) -> None:
    article = newsgraph.analyze(seed_text, published="2024-09-13")
    check_record(article)
    assert article.published.value == "2024-09-13" and article.published.basis == "option"
    assert "Biden administration" in article.text
    assert "Loading..." not in article.text and "Recommended Videos" not in article.text
    assert any(e.name.endswith("Zelenskyy") for e in article.entities)
    assert article.id == newsgraph.analyze(seed_text, published="2024-09-13").id


def test_analyze_many_streams_articles_and_errors(tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    records = list(newsgraph.analyze_many([ROOT / "examples", junk, tmp_path / "gone.html"]))
    for record in records:
        check_record(record)
    articles = [r for r in records if isinstance(r, Article)]
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    assert len(articles) == 5 and len(errors) == 2
    assert {a.source.format for a in articles} == {"html", "text", "warc"}
    assert len({a.id for a in articles}) == 5
    html = next(a for a in articles if a.source.format == "html")
    assert html.title.startswith("Coastal states agree") and html.published.value == "2025-03-14"


def test_clean_text_keeps_every_line_of_an_article_as_body() -> None:
    """A corpus of clean texts (a headline, then paragraphs): the chrome model would drop the short headline and
    closing line; with ``clean_text`` nothing is taken away, and HTML is still extracted as HTML."""
    text = (DATA / "quotes_brat/text/news_2024-03-12_kelly-veto.txt").read_text(encoding="utf-8")
    clean = newsgraph.analyze(text, clean_text=True)
    check_record(clean)
    assert clean.text.split("\n\n") == [line for line in text.splitlines() if line.strip()]
    assert clean.boilerplate == [] and clean.source.format == "text"
    assert any(q.cue and q.cue.text == "said" for q in clean.quotes)
    html = (ROOT / "examples/harbor-talks.html").read_bytes()
    assert newsgraph.analyze(html, clean_text=True).title.startswith("Coastal states agree")


def test_bytes_in_a_wrong_encoding_still_analyzed() -> None:
    page = (ROOT / "tests/data/ingest_council-vote.html").read_bytes()
    article = newsgraph.analyze(page)
    assert "Kämpfer" in article.text and article.byline


def test_analyze_raises_a_clear_error_for_non_pages() -> None:
    with pytest.raises(ValueError, match="PNG"):
        newsgraph.analyze(b"\x89PNG\r\n\x1a\n" + bytes(64))


def test_an_article_in_another_language_gets_sentences_and_a_note_not_guessed_actors() -> None:
    """The pipeline reads English: on a German story it would only guess ("Die Arbeiten" as an organisation), so a
    body identified as another language keeps its sentences and says why it has no actors, statements or events."""
    german = ("Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Markthalle am Hafen zu "
              "sanieren. Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, sagte die "
              "Bürgermeisterin Anna Schulz.")
    article = newsgraph.analyze(german, clean_text=True)
    assert (article.language, len(article.sentences)) == ("de", 2)
    assert not (article.entities or article.places or article.times or article.quotes or article.events)
    assert article.errors == ["language de: actors, places, times, statements and events are read in English only; "
                              "none recorded"]
