"""Options of the HTML extractor gathered in one typed object (cf. trafilatura's settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlOptions:
    """How trafilatura is run and what is cleaned from its output.

    ``fast`` skips trafilatura's readability/jusText fallbacks (2x faster, and on the
    benchmark no worse once comments are excluded); ``favor_recall`` keeps short
    paragraphs that the default drops; captions, credits and a repeated title are then
    removed from the body since they belong in their own fields; ``merge_chunks`` adds
    the article's other containers when the page splits it (``dom.split_body``); a
    paragraph with at least ``link_share`` of its text in links is dropped (``dom.link_paragraphs``;
    above 1.0, none is).
    """

    fast: bool = True
    favor_recall: bool = True
    include_comments: bool = False
    include_tables: bool = True
    drop_captions: bool = True
    drop_title: bool = True
    merge_chunks: bool = True
    link_share: float = 0.8
    max_chars: int = 5_000_000


@dataclass(frozen=True)
class TextOptions:
    """How line probabilities become the body of scraped text.

    The body is taken as one main run of lines: the run maximising the sum of
    (P(body) - ``block_floor``) x words; inside it lines with P(body) >= ``keep_inside``
    are kept, outside it only lines with P(body) >= ``keep_outside``. The title is the most title-like line above
    the body if its P(title) >= ``title_floor_above``, else the most title-like line anywhere if >= ``title_floor``.
    """

    block_floor: float = 0.3
    keep_inside: float = 0.2
    keep_outside: float = 0.95
    title_floor: float = 0.25
    title_floor_above: float = 0.02
