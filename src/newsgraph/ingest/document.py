"""The unit ingest hands on: one decoded page with where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Document:
    """One input page, decoded to text; ``format`` says which extractor reads it."""

    uri: str
    format: Literal["html", "warc", "text"]
    content: str
    url: str | None = None
    warc_record_id: str | None = None
    warc_date: str | None = None
    encoding: str | None = None
    clean: bool = False
    """Plain text that is already the article (``--clean-text``): every line is body, no chrome model."""


@dataclass(frozen=True)
class InputError:
    """An input (or WARC record) that could not be read, with a one-line reason."""

    uri: str
    reason: str


def article_id(document: Document) -> str:
    """Stable id from where the page came from and its content; cheap and spaCy-free, so stores skip before NLP."""
    digest = hashlib.sha256()
    for part in (document.url or document.uri, document.warc_record_id or "", document.content):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    if document.clean:  # the same file read as clean text makes another record: a rerun must not take one for the other
        digest.update(b"clean\0")
    return digest.hexdigest()[:20]
