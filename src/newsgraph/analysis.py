"""The walking skeleton end to end: documents -> extracted articles -> spaCy -> records."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from functools import lru_cache
from itertools import chain, islice

from spacy.language import Language
from spacy.pipeline import Lemmatizer, Sentencizer
from spacy.tokens import Doc

from newsgraph.extract.article import ExtractedArticle
from newsgraph.extract.html import extract_html
from newsgraph.extract.text import clean_article, extract_text
from newsgraph.hardening.signals import on_main_thread
from newsgraph.ingest import (DEFAULT_LIMITS, Document, InputError, Limits, as_clean, documents_from_bytes,
                              iter_documents)
from newsgraph.ingest.document import article_id
from newsgraph.ingest.limits import time_limit
from newsgraph.nlp.pipeline import load_pipeline
from newsgraph.record import Article, ErrorRecord, Published, Source

Item = Document | InputError


def extract(document: Document) -> ExtractedArticle:
    """Run the extractor that fits the document's format."""
    if document.format == "text":
        return clean_article(document.content) if document.clean else extract_text(document.content)
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


def error_uri(item: Item) -> str:
    """The uri an error record for ``item`` carries (a WARC record's id appended), so a rerun can skip it."""
    record_id = getattr(item, "warc_record_id", None)
    return f"{item.uri}#{record_id}" if record_id else item.uri


def _error(document: Item, reason: str) -> ErrorRecord:
    """An error record for an input or document."""
    source = None
    if isinstance(document, Document):
        source = Source(uri=document.uri, format=document.format,
                        warc_record_id=document.warc_record_id, url=document.url)
    return ErrorRecord(uri=error_uri(document), source=source, error=reason)


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


def english(article: Article) -> bool:
    """Whether the English pipeline may read the article: its body is English, or too short to tell."""
    return article.language in (None, "en")


def _foreign(article: Article, doc: Doc) -> Article:
    """An article in another language: its sentences split at their punctuation, and no actors, places, times,
    statements or events, which the English pipeline would only guess (the note says so)."""
    article.sentences = [(s.start_char, s.end_char) for s in _sentencizer()(doc).sents]
    article.errors.append(f"language {article.language}: actors, places, times, statements and events are read in "
                          "English only; none recorded")
    return article


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def _analyze_batch(batch: list[Item], nlp: Language | None, published: str | None,
                   limits: Limits) -> list[Article | ErrorRecord]:
    """One batch's records, in input order. On the main thread it runs inside a spaCy memory zone: the strings
    and lexemes its documents add to the shared vocabulary are freed when it ends (records are plain data and
    outlive nothing of spaCy), so a long ingest does not keep every new word of a web crawl. Not on other
    threads: a zone must not overlap another, and dask worker threads may share one pipeline."""
    if nlp is None:  # input errors only: no pipeline needed
        return [_error(item, item.reason) for item in batch]
    on_main = on_main_thread()
    with nlp.memory_zone() if on_main else nullcontext():
        prepared: list[tuple[Article, Doc] | ErrorRecord] = [
            _error(item, item.reason) if isinstance(item, InputError) else _prepare(item, nlp, published, limits)
            for item in batch
        ]
        groups = _groups([entry[1] for entry in prepared if isinstance(entry, tuple) and english(entry[0])],
                         limits.batch_chars)
        done = chain.from_iterable(nlp.pipe(group, batch_size=len(group)) for group in groups)
        records: list[Article | ErrorRecord] = []
        for entry in prepared:
            if isinstance(entry, ErrorRecord):
                records.append(entry)
                continue
            try:
                records.append(_complete(entry[0], next(done)) if english(entry[0]) else _foreign(*entry))
            except Exception as exc:  # noqa: BLE001
                records.append(_error(Document(uri=entry[0].source.uri or "", format=entry[0].source.format,
                                               content=""), f"analysis failed: {type(exc).__name__}: {exc}"))
    if on_main:
        _bound_lemma_cache(nlp)
    return records


def _groups(docs: list[Doc], chars: int) -> Iterator[list[Doc]]:
    """Consecutive runs of ``docs`` holding at most ``chars`` characters together (a longer doc alone): spaCy's
    working memory grows with the tokens it analyses at once (about 300 MB for one 100,000-character text)."""
    group: list[Doc] = []
    size = 0
    for doc in docs:
        length = len(doc.text)  # rebuilt from every token on each read: once per doc
        if group and size + length > chars:
            yield group
            group, size = [], 0
        group.append(doc)
        size += length
    if group:
        yield group


LEMMA_CACHE_LIMIT = 100_000
"""Entries spaCy's rule lemmatizer may cache before it starts afresh."""


def _bound_lemma_cache(nlp: Language) -> None:
    """spaCy's rule lemmatizer caches the lemmas of every (word, tag, morphology) it meets, with no bound and
    outside the memory zone; on a web crawl that grows for as long as the run, so it is emptied at the limit."""
    for _, pipe in nlp.pipeline:
        cache = getattr(pipe, "cache", None) if isinstance(pipe, Lemmatizer) else None
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_LIMIT:
            cache.clear()


def analyze_documents(items: Iterable[Item], *, published: str | None = None, batch_size: int = 16,
                      nlp: Language | None = None, limits: Limits = DEFAULT_LIMITS) -> Iterator[Article | ErrorRecord]:
    """Analyze documents in batches with the shared pipeline; input errors pass through as error records."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        if nlp is None and any(isinstance(item, Document) for item in batch):
            nlp = load_pipeline()
        yield from _analyze_batch(batch, nlp, published, limits)


def analyze_many(inputs: Iterable[str | os.PathLike], *, published: str | None = None,
                 limits: Limits = DEFAULT_LIMITS, clean_text: bool = False) -> Iterator[Article | ErrorRecord]:
    """Stream records (articles and errors) for files, directories, WARCs, '-' and URLs (``clean_text``: plain-text
    inputs are already the article)."""
    return analyze_documents(iter_documents(inputs, limits, clean_text), published=published, limits=limits)


def analyze(content: str | bytes, *, published: str | None = None, url: str | None = None,
            clean_text: bool = False) -> Article:
    """Analyze one page given as text or bytes (HTML, scraped text, gzip); raise ValueError if it fails.
    ``clean_text``: plain text is already the article (every line kept as body)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    documents = documents_from_bytes(data, url or "<memory>", url=url)
    records = list(analyze_documents(as_clean(documents) if clean_text else documents, published=published))
    for record in records:
        if isinstance(record, Article):
            return record
    raise ValueError(records[0].error if records else "no document found")
