"""Scraped plain text (page chrome included) to article fields (baseline line filter)."""

from __future__ import annotations

from newsgraph.extract.article import ExtractedArticle
from newsgraph.record import Boilerplate


def extract_text(text: str) -> ExtractedArticle:
    """Keep lines that look like prose; the first short line is the title."""
    body: list[str] = []
    removed: list[Boilerplate] = []
    title = None
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if len(line.split()) >= 12 and line[-1] in ".\"”'?!":
            body.append(line)
        elif title is None and not body and len(line.split()) >= 4:
            title = line
        else:
            removed.append(Boilerplate(text=line, label="chrome"))
    return ExtractedArticle(text="\n\n".join(body), title=title, boilerplate=removed)
