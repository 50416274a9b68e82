"""HTML pages to article fields: trafilatura for the body, light metadata, captions, credits and title split off.

The page is parsed once with lxml; figure captions (and their credits) are read from the
tree before trafilatura cleans it, so they can be kept as ``captions`` and removed from
the body wherever trafilatura left them in.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree

from newsgraph.extract.article import ExtractedArticle
from newsgraph.extract.benchmark import tokenize
from newsgraph.extract.credits import is_credit_line, split_credit
from newsgraph.extract.dateline import find_dateline
from newsgraph.extract.dom import element_text, link_paragraphs, split_body
from newsgraph.extract.language import body_language
from newsgraph.extract.metadata import PageMetadata, page_metadata
from newsgraph.extract.settings import HtmlOptions
from newsgraph.record import Boilerplate, Caption

_CAPTIONS = etree.XPath(
    "//figcaption | //*[contains(concat(' ', translate(@class, 'CAPTION', 'caption'), ' '), 'caption')]"
)
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer", re.I)
DEFAULT_OPTIONS = HtmlOptions()


def _norm(text: str) -> str:
    return " ".join(tokenize(text)).lower()


def page_captions(root: etree._Element) -> list[Caption]:
    """Figure captions of a parsed page with their credits (credit elements or credit tails)."""
    captions: list[Caption] = []
    seen: set[str] = set()
    found = _CAPTIONS(root)
    outer = set(found)
    for element in found:
        if any(ancestor in outer for ancestor in element.iterancestors()):
            continue
        credit_nodes = [c for c in element.iter() if c is not element and _CREDIT_CLASS.search(c.get("class") or "")]
        credit = " ".join(element_text(c) for c in credit_nodes) or None
        full = element_text(element)
        text = full.replace(credit, "").strip() if credit else full
        if credit is None:
            text, credit = split_credit(text)
        if len(text.split()) >= 2 and _norm(full) not in seen:
            seen.add(_norm(full))
            captions.append(Caption(text=text, credit=credit))
    return captions


def _body_paragraphs(lines: list[str], title: str | None, captions: list[Caption], options: HtmlOptions) -> tuple[list[str], list[Boilerplate]]:
    """The body's lines as paragraphs, minus a leading repeated title, captions and credits."""
    lines = list(lines)
    removed: list[Boilerplate] = []
    if options.drop_title and lines and title and _norm(lines[0]) == _norm(title):
        removed.append(Boilerplate(text=lines.pop(0), label="title"))
    if not options.drop_captions:
        return lines, removed
    caption_texts = {_norm(c.text) for c in captions}
    credit_texts = {_norm(c.credit) for c in captions if c.credit}
    caption_texts |= {_norm(f"{c.text} {c.credit}") for c in captions if c.credit}
    kept = []
    for line in lines:
        key = _norm(line)
        if key and key in caption_texts:
            removed.append(Boilerplate(text=line, label="caption"))
        elif key and (key in credit_texts or is_credit_line(line)):
            removed.append(Boilerplate(text=line, label="credit"))
        else:
            kept.append(line)
    return kept, removed


def _text_fallback(html: str, meta: PageMetadata, captions: list[Caption]) -> ExtractedArticle:
    """When trafilatura finds no body: the page's visible text through the scraped-text line model."""
    from newsgraph.extract.flatten import flatten
    from newsgraph.extract.text import extract_text

    article = extract_text(flatten(html))
    article.title = meta.title or article.title
    article.byline = meta.author or article.byline
    article.url, article.site = meta.url, meta.site
    article.language = article.language or body_language(article.text, meta.language)  # declared: a short body
    if meta.date:
        article.published, article.published_basis = meta.date, "metadata"
    article.captions = captions or article.captions
    return article


def extract_html(html: str, url: str | None = None, options: HtmlOptions = DEFAULT_OPTIONS) -> ExtractedArticle:
    """Title, body (paragraphs separated by blank lines), byline, date, site, language, dateline and captions."""
    root = trafilatura.load_html(html[: options.max_chars]) if html and html.strip() else None
    if root is None:
        return ExtractedArticle(text="", url=url)
    captions = page_captions(root)
    meta = page_metadata(root, url)
    try:
        doc = trafilatura.bare_extraction(
            root, url=url, with_metadata=False, fast=options.fast, favor_recall=options.favor_recall,
            include_comments=options.include_comments, include_tables=options.include_tables,
        )
    except (ValueError, TypeError, etree.LxmlError):
        doc = None
    if doc is None or not (doc.text or "").strip():
        return _text_fallback(html[: options.max_chars], meta, captions)
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    if options.merge_chunks:
        before, after = split_body(root, lines)
        lines = before + lines + after
    links = link_paragraphs(root, lines, options.link_share) if options.link_share <= 1.0 else set()
    paragraphs, removed = _body_paragraphs([line for i, line in enumerate(lines) if i not in links], meta.title, captions, options)
    removed.extend(Boilerplate(text=lines[i], label="link") for i in sorted(links))
    body = "\n\n".join(paragraphs)
    return ExtractedArticle(
        text=body,
        title=meta.title,
        byline=meta.author,
        dateline=find_dateline(body),
        published=meta.date,
        published_basis="metadata" if meta.date else "none",
        site=meta.site,
        language=body_language(body, meta.language),
        url=meta.url,
        captions=captions,
        boilerplate=removed,
    )
