"""Options of the HTML extractor gathered in one typed object (cf. trafilatura's settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlOptions:
    """How trafilatura is run and what is cleaned from its output.

    ``fast`` skips trafilatura's readability/jusText fallbacks (2x faster, and on the
    benchmark no worse once comments are excluded); ``favor_recall`` keeps short
    paragraphs that the default drops; captions, credits and a repeated title are then
    removed from the body since they belong in their own fields.
    """

    fast: bool = True
    favor_recall: bool = True
    include_comments: bool = False
    include_tables: bool = True
    drop_captions: bool = True
    drop_title: bool = True
    max_chars: int = 5_000_000
