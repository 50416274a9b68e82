"""What extraction hands to the NLP stage: the article's fields before any language analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.record import Boilerplate, Caption, Dateline


@dataclass
class ExtractedArticle:
    """Title, body and metadata of one page; ``text`` keeps paragraph breaks as blank lines."""

    text: str
    title: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    published_basis: str = "none"
    site: str | None = None
    language: str | None = None
    url: str | None = None
    captions: list[Caption] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
