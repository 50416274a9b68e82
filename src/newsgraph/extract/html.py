"""HTML pages to article fields with trafilatura (baseline)."""

from __future__ import annotations

import trafilatura

from newsgraph.extract.article import ExtractedArticle


def extract_html(html: str, url: str | None = None) -> ExtractedArticle:
    """Extract the main text and metadata of an HTML page."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return ExtractedArticle(text="", url=url)
    return ExtractedArticle(
        text=doc.text or "",
        title=doc.title,
        byline=doc.author,
        published=doc.date,
        published_basis="metadata" if doc.date else "none",
        site=doc.sitename,
        language=doc.language,
        url=doc.url or url,
    )
