"""The walking skeleton end to end: documents -> extracted articles -> spaCy -> records."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.article import ExtractedArticle
from newsgraph.extract.html import extract_html
from newsgraph.extract.text import extract_text
from newsgraph.ingest import DEFAULT_LIMITS, Document, InputError, Limits, documents_from_bytes, iter_documents
from newsgraph.ingest.document import article_id
from newsgraph.ingest.limits import time_limit
from newsgraph.nlp.pipeline import load_pipeline
from newsgraph.record import Article, ErrorRecord, Published, Source

Item = Document | InputError


def extract(document: Document) -> ExtractedArticle:
    """Run the extractor that fits the document's format."""
    if document.format == "text":
        return extract_text(document.content)
    return extract_html(document.content, url=document.url)


def _published(extracted: ExtractedArticle, document: Document, option: str | None) -> Published:
    """The publication date by precedence: the caller's option, page metadata, WARC date."""
    if option:
        return Published(value=option, basis="option")
    if extracted.published:
        basis = extracted.published_basis if extracted.published_basis != "none" else "metadata"
        return Published(value=extracted.published, basis=basis)
    if document.warc_date:
        return Published(value=document.warc_date[:10], basis="warc")
    return Published()


def _error(document: Item, reason: str) -> ErrorRecord:
    """An error record for an input or document."""
    source = None
    if isinstance(document, Document):
        source = Source(uri=document.uri, format=document.format,
                        warc_record_id=document.warc_record_id, url=document.url)
    where = document.uri if not getattr(document, "warc_record_id", None) else f"{document.uri}#{document.warc_record_id}"
    return ErrorRecord(uri=where, source=source, error=reason)


def _prepare(document: Document, nlp: Language, published: str | None,
             limits: Limits) -> tuple[Article, Doc] | ErrorRecord:
    """Extract one document and make its (not yet processed) spaCy Doc."""
    try:
        with time_limit(limits.extract_seconds):
            extracted = extract(document)
    except Exception as exc:  # noqa: BLE001  (an extractor failing on one page must not stop a batch)
        return _error(document, f"extraction failed: {type(exc).__name__}: {exc}")
    if not extracted.text.strip():
        return _error(document, "no article text found")
    if len(extracted.text) > limits.max_text_chars:
        return _error(document, f"article text of {len(extracted.text):,} chars exceeds the {limits.max_text_chars:,} limit")
    article = Article(
        id=article_id(document),
        source=Source(uri=document.uri, format=document.format, warc_record_id=document.warc_record_id,
                      url=extracted.url or document.url),
        title=extracted.title, byline=extracted.byline, dateline=extracted.dateline,
        published=_published(extracted, document, published), site=extracted.site,
        language=extracted.language, text=extracted.text, captions=extracted.captions,
        boilerplate=extracted.boilerplate,
    )
    doc = nlp.make_doc(article.text)
    doc._.published = (article.published.value or "")[:10] or None
    doc._.dateline = article.dateline
    return article, doc


def _complete(article: Article, doc: Doc) -> Article:
    """Copy what the pipeline's components found onto the record."""
    article.sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    for name in ("entities", "places", "times", "quotes", "events"):
        setattr(article, name, list(getattr(doc._, name) or []))
    return article


def analyze_documents(items: Iterable[Item], *, published: str | None = None, batch_size: int = 16,
                      nlp: Language | None = None, limits: Limits = DEFAULT_LIMITS) -> Iterator[Article | ErrorRecord]:
    """Analyze documents in batches with the shared pipeline; input errors pass through as error records."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        if nlp is None and any(isinstance(item, Document) for item in batch):
            nlp = load_pipeline()
        prepared: list[tuple[Article, Doc] | ErrorRecord] = [
            _error(item, item.reason) if isinstance(item, InputError) else _prepare(item, nlp, published, limits)
            for item in batch
        ]
        good = [p for p in prepared if isinstance(p, tuple)]
        done = iter(nlp.pipe([doc for _, doc in good], batch_size=batch_size) if good else ())
        for entry in prepared:
            if isinstance(entry, ErrorRecord):
                yield entry
                continue
            try:
                yield _complete(entry[0], next(done))
            except Exception as exc:  # noqa: BLE001
                yield _error(Document(uri=entry[0].source.uri or "", format=entry[0].source.format, content=""),
                             f"analysis failed: {type(exc).__name__}: {exc}")


def analyze_many(inputs: Iterable[str | os.PathLike], *, published: str | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> Iterator[Article | ErrorRecord]:
    """Stream records (articles and errors) for files, directories, WARCs, '-' and URLs."""
    return analyze_documents(iter_documents(inputs, limits), published=published, limits=limits)


def analyze(content: str | bytes, *, published: str | None = None, url: str | None = None) -> Article:
    """Analyze one page given as text or bytes (HTML, scraped text, gzip); raise ValueError if it fails."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    records = list(analyze_documents(documents_from_bytes(data, url or "<memory>", url=url), published=published))
    for record in records:
        if isinstance(record, Article):
            return record
    raise ValueError(records[0].error if records else "no document found")
