"""Quotation-mark pairing: quoted stretches of a text, paragraph by paragraph, never runaway."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENERS = "“«„"
CLOSERS = "”»‟"
STRAIGHT = '"'
DOUBLED = "''"
"""Two apostrophes standing for a straight double mark (``''We did it,'' he said``: newspaper archives, NYT)."""
MAX_QUOTE_CHARS = 3000
"""An unclosed quote runs to its paragraph's end only if the paragraph is shorter than this."""

_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile("|".join([DOUBLED, *OPENERS, *CLOSERS, STRAIGHT]))


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch ``[start, end)`` including its marks; ``closed`` False when it ran to the paragraph end."""

    start: int
    end: int
    closed: bool = True
    width: int = 1
    """Characters of each mark: 2 for doubled apostrophes."""

    @property
    def inner(self) -> tuple[int, int]:
        """The span between the marks."""
        return (self.start + self.width, self.end - self.width if self.closed else self.end)


def _opens(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` opens a quote (start of text, after space or an opening bracket)."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-:"


def _closes(text: str, i: int, end: int) -> bool:
    """Whether an opening mark at ``i`` is written where a closing one belongs: after a word or stop and before a space
    or the paragraph's end (``… in the future.“``, a typesetting slip seen in scraped pages)."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 >= end or text[i + 1].isspace())


def _pair_paragraph(text: str, start: int, end: int) -> list[Quoted]:
    """Pair the double quotation marks of one paragraph ``text[start:end]``."""
    found: list[Quoted] = []
    open_at: int | None = None
    opened = 1
    for mark in _MARK.finditer(text, start, end):
        at, width = mark.start(), mark.end() - mark.start()
        char = STRAIGHT if width == 2 else mark.group()
        is_open = char in OPENERS or (char == STRAIGHT and _opens(text, at))
        if open_at is None:
            if is_open:
                open_at, opened = at, width
        elif not is_open or char == STRAIGHT or _closes(text, at, end):
            found.append(Quoted(open_at, mark.end(), width=opened))
            open_at = None
        else:
            open_at, opened = at, width  # a second opener: the first was stray, restart here
    if open_at is not None and end - start <= MAX_QUOTE_CHARS and end - open_at > 1:
        tail = end
        while tail > open_at + 1 and text[tail - 1].isspace():
            tail -= 1
        found.append(Quoted(open_at, tail, closed=False, width=opened))
    return found


def quoted_spans(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order; a mark left open ends at its paragraph's end. A new list each call,
    of stretches paired once per text (``_paired``)."""
    return list(_paired(text or ""))


@lru_cache(maxsize=8)
def _paired(text: str) -> tuple[Quoted, ...]:
    """The quoted stretches of ``text``, remembered for the last few texts: the quotes component asks three times
    for each text (token model, attribution, records) and the events component once more."""
    spans: list[Quoted] = []
    for paragraph in _PARAGRAPH.finditer(text):
        spans.extend(_pair_paragraph(text, paragraph.start(), paragraph.end()))
    return tuple(spans)


TITLE_WORDS = 8
"""The most words a quoted programme or publication title (``CNN’s “State of the Union,”``) is read to have."""
MINOR_WORDS = frozenset({"a", "an", "the", "of", "with", "and", "for", "in", "on", "to", "at", "by", "or", "from"})
_TITLE_LEAD = re.compile(r"(?:['’]s|\bon)\s*$")


def is_title(text: str, quoted: Quoted) -> bool:
    """Whether a quotation names a programme or work (``on WTMJ’s “Midday with Charlie Sykes,”``): after a possessive
    or ``on``, a few words all capitalised but the minor ones. Such a quotation is nobody's words."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text[slice(*quoted.inner)])
    if not words or len(words) > TITLE_WORDS or not _TITLE_LEAD.search(text[max(0, quoted.start - 10) : quoted.start]):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in MINOR_WORDS for w in words)
