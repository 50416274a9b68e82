"""Scraped text back to the lines its page had, before the line model reads them.

Scrapers cut lines where the page had none: BeautifulSoup's ``get_text("\\n")`` ends a line at every link,
text-mode browsers (lynx, w3m) and html2text wrap every paragraph at about 80 columns, and Markdown converters
(html2text, markdownify, the readers of LLM crawlers) wrap link text in ``[…](url)`` and mark headings and list
items. Others run lines together: ``get_text()`` with no separator keeps only the page source's line breaks, so a
minified page is one line (``HomeNewsSports…``), and ``get_text(" ")`` makes any page one line. ``text_lines`` cuts
run-together lines at their blocks, joins the pieces again and keeps the words of Markdown without its marks, so that
the model, trained on a line per block of plain text, reads the lines it knows.
"""

from __future__ import annotations

import re

BYLINE_PREFIX = re.compile(r"^(?:by|por|von|par|di|door)\s+", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CLOSING = frozenset(",.;:!?)]’”%")
_SENTENCE_ENDS = frozenset(".!?:…\"”")
_CLAUSE_MARKS = frozenset(".,;:!?…")
_LIST_PIECES = 4

_WRAP_SHORTEST, _WRAP_LONGEST = 40, 160
_WRAP_BAND = 20
_WRAP_SHARE = 0.3
_WRAP_LINES_LEAST = 10

_LOWER, _UPPER, _OPENING = "a-zß-öø-ÿа-яёα-ω", "A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω", "“\"‘«„"
_GLUE = re.compile(
    rf"(?<=[{_LOWER}]{{2}}[.!?…])(?=[{_UPPER}{_OPENING}])"  # a sentence runs into the next block: "real.NASA's"
    rf"|(?<=[0-9%][.!?])(?=[{_UPPER}{_OPENING}])"  # "in 2016.The"
    rf"|(?<=[{_LOWER}0-9][.!?…][”\"’)»])(?=[{_UPPER}{_OPENING}])"  # 'she said."The'
    rf"|(?<=[{_LOWER}]{{3}})(?=[{_UPPER}][{_LOWER}])"  # a word runs into a capitalised one: "ClubDeadspin"
    rf"|(?<=[{_UPPER}]{{2}})(?=[{_UPPER}][{_LOWER}]{{2}})"  # "10:00PMThe", "CNNPolitics"
    rf"|(?<=[0-9])(?=[{_UPPER}][{_LOWER}]{{2}})"  # "1,082Photo"
)
"""A point where two blocks' texts ran together with no space: a sentence end or a word straight into a capital."""
_GLUE_LIKELY = re.compile(rf"\S[{_UPPER}{_OPENING}]")
"""A capital or opening mark right after another character: every glue point is one, and counting them first is
three times cheaper than ``_GLUE`` on the long lines of an ordinary page."""
_GLUED_LENGTH, _GLUED_LEAST = 300, 5
"""A line is cut at its glue points only when it is this long and has this many (a paragraph naming a
``PlayStation`` or a teaser card's ``HeadlineThe summary`` stays whole)."""
_SENTENCE_BREAK = re.compile(
    rf"(?<=[{_LOWER}0-9]{{2}}[.!?…])\s+(?=[{_UPPER}{_OPENING}])"
    rf"|(?<=[{_LOWER}0-9][.!?…][”\"’)»])\s+(?=[{_UPPER}{_OPENING}])"
)
_RUN_ON_LENGTH = 2_000
"""A line this long is not a paragraph but a page run together (``get_text(" ")``, a minified ``get_text()``): it is
read a sentence a line."""

_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\(\s*<?[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_MD_LINKS_LEAST = 3
"""A text with this many Markdown links or images (``[text](url)``, ``![alt](src)``) is read as Markdown."""
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)")
"""An image; its source may hold the space a wrap left in it and one level of parentheses (``photo(1).jpg``)."""
_MD_BLOCK = re.compile(r"^(?:>\s?)*(?:#{1,6}\s+|[*+-]\s+(?:[*+-]\s+)*|\d{1,3}[.)]\s+)?")
_MD_RULE = re.compile(r"^[*_#>\s-]*$|^(?:`{3,}|~{3,})")
"""A line of marks alone: a rule (``* * *``), a code fence, an empty heading, item or emphasis (``**``)."""
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_CLOSING_HASHES = re.compile(r"\s+#+$")
_MD_BLOCK_START = re.compile(r"(?:#{1,6}|[*+-]|\d{1,3}[.)]|>)\s|!\[|\|")
"""A Markdown line opening a block of its own (heading, list item, quotation, image, table row): never the rest of
the line before it."""


def rejoined(previous: str, line: str) -> str | None:
    """``previous`` and ``line`` as one line when ``line`` is the rest of ``previous`` cut off at an inline element:
    it opens with closing punctuation, or in lower case (not ``by Jane Doe``, a byline) after a line that ends no
    sentence; else ``None``. Both lines are stripped and non-empty."""
    if line[0] in _CLOSING:
        return previous + line
    if line[0].islower() and previous[-1] not in _SENTENCE_ENDS and not is_byline(line):
        return f"{previous} {line}"
    return None


def is_byline(line: str) -> bool:
    """``by Jeff Foust``: a byline below a headline, not the rest of it."""
    words = line.split(maxsplit=2)
    return len(words) > 1 and BYLINE_PREFIX.match(line) is not None and words[1][0].isupper()


def wrap_width(lines: list[str]) -> int | None:
    """The column a text was hard-wrapped at, from its non-empty lines, ``None`` when it was not: 99 % of its
    lines (Markdown link lines left out: converters do not break a link) are at most W characters long, W is
    between 40 and 160, and at least 30 % of its characters are in lines within 20 characters of W."""
    lengths = sorted(len(line) for line in lines if "](" not in line)
    if len(lengths) < _WRAP_LINES_LEAST:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.99))]
    if not _WRAP_SHORTEST <= width <= _WRAP_LONGEST:
        return None
    near = sum(n for n in lengths if width - _WRAP_BAND < n <= width)
    return width if near >= _WRAP_SHARE * sum(lengths) else None


def is_markdown(text: str) -> bool:
    """Whether a text is Markdown (it has several ``[text](url)`` links or images)."""
    return len(_MD_LINK.findall(text, 0, 2_000_000)) >= _MD_LINKS_LEAST


def unmarked(line: str) -> str:
    """A line of Markdown as plain text: images dropped, links their text, and no heading, list, quotation,
    emphasis or escape marks."""
    if _MD_RULE.match(line):
        return ""
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_BLOCK.sub("", line, count=1)
    line = _MD_CLOSING_HASHES.sub("", line)
    line = _MD_EMPHASIS.sub(r"\2", line)
    return " ".join(_MD_ESCAPE.sub(r"\1", line).split())


def unglued(line: str) -> list[str]:
    """A line whose blocks ran together cut back into them: at its glue points (``_GLUE``: ``get_text()`` with no
    separator) when it is 300 characters or more and has 5 or more of them; and when it is 2,000 characters or more
    (no paragraph is that long: a page run together, with spaces by ``get_text(" ")`` or without), at its sentence
    ends too. Other lines are left whole."""
    if len(line) < _GLUED_LENGTH:
        return [line]
    pieces = [line]
    if len(_GLUE_LIKELY.findall(line)) >= _GLUED_LEAST:
        points = [match.start() for match in _GLUE.finditer(line)]
        if len(points) >= _GLUED_LEAST:
            bounds = [0, *points, len(line)]
            pieces = [line[start:end] for start, end in zip(bounds, bounds[1:])]
    if len(line) >= _RUN_ON_LENGTH:
        pieces = [sentence for piece in pieces for sentence in _SENTENCE_BREAK.split(piece)]
    return [piece.strip() for piece in pieces if piece.strip()]


def _normalised(line: str) -> str:
    return " ".join(_CONTROL.sub(" ", line).split())


def plain_lines(text: str) -> list[str]:
    """The non-empty lines of a text as given, with runs of spaces and control characters made one space."""
    return [line for line in map(_normalised, text.splitlines()) if line]


def text_lines(text: str) -> list[str]:
    """``plain_lines``, with a run-together line cut into its blocks (``unglued``) and a line that is the rest of the
    one before it joined to it (no blank line between):
    pieces cut at an inline element (``rejoined``) or at the text's wrap width (``wrap_width``: the first word of
    the line would not have fitted on the one before); in Markdown, without its marks (``unmarked``). Four or more
    pieces joined by ``rejoined`` alone into a line with no punctuation are a list (a tag cloud, a menu of
    lower-case entries), not a cut sentence, and stay apart."""
    markdown = is_markdown(text)  # converters end every block's line; glue points would cut its link targets
    stripped = (_CONTROL.sub(" ", line).strip() for line in text.splitlines())
    raw = [piece for line in stripped for piece in ([line] if markdown else unglued(line))]
    width = wrap_width([line for line in raw if line])
    groups: list[tuple[str, list[str], bool]] = []  # each line, the pieces it was joined from, whether a wrap joined
    previous_length = 0
    for line in raw:
        if not line:
            previous_length = 0
            continue
        normal = " ".join(line.split())
        both, by_width = None, False
        if previous_length and not (markdown and _MD_BLOCK_START.match(normal)):
            joined, pieces, wrapped = groups[-1]
            if width and previous_length + 1 + len(normal.split(maxsplit=1)[0]) > width:
                both, by_width = f"{joined} {normal}", True
            else:
                both = rejoined(joined, normal)
        if both is None:
            groups.append((normal, [normal], False))
        else:
            pieces.append(normal)
            groups[-1] = (both, pieces, wrapped or by_width)
        previous_length = len(line)
    lines = [piece for joined, pieces, wrapped in groups
             for piece in (pieces if _a_list(joined, pieces, wrapped) else [joined])]
    return [plain for plain in map(unmarked, lines) if plain] if markdown else lines


def _a_list(line: str, pieces: list[str], wrapped: bool) -> bool:
    """Four or more pieces joined by ``rejoined`` alone into a line with no punctuation: a list (a tag cloud, a menu
    of lower-case entries), not a cut sentence."""
    return len(pieces) >= _LIST_PIECES and not wrapped and not any(mark in _CLAUSE_MARKS for mark in line)
