"""HTML to plain-text lines the way a browser copy or a scraper's ``get_text`` gives them.

Used to make training and evaluation text for the scraped-text path: every visible text
node is kept (navigation, ads, captions included), block elements start new lines.
Each line remembers the tags and classes around it so that it can be labelled later.

Six flattenings (``STYLES``), since users' scrapers produce all of them: ``blocks``, one line per
block and no blank lines (the model trains on it); ``copy``, a browser's copy (the HTML ``innerText``
algorithm's line breaks: a ``<p>`` asks for 2 line breaks around it (a blank line), other blocks 1,
adjacent requests collapse to the largest; each ``<br>`` is a line break of its own; the cells of a
table row are one line joined by tabs); ``nodes``, a line per text node, as BeautifulSoup's
``get_text("\n", strip=True)`` gives it (a paragraph with a link is three lines); ``markdown``, the browser copy's
lines with Markdown marks, as HTML-to-Markdown converters write a page (``[text](href)``, ``![alt](src)``, ``#``
headings, ``*`` list items, ``>`` quotations, ``_emphasis_``, ``**strong**``); ``source``, the text nodes run
together with only the page source's own line breaks, as ``get_text()`` with no separator gives it (a minified page
is one line: ``HomeNewsSports…``); ``spaced``, the text nodes joined by spaces on one line, as ``get_text(" ",
strip=True)`` gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree, html as lxml_html

SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select", "option"})
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "td", "th", "ul",
        "caption", "button", "label", "picture", "video", "audio", "title", "html",
    }
)
STYLES = ("blocks", "copy", "nodes", "markdown", "source", "spaced")
_SPACES = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass
class Line:
    """One line of flattened text and the element context it came from."""

    text: str
    tags: set[str] = field(default_factory=set)
    classes: str = ""
    blanks: int = 0
    """Blank lines before this one (only in the ``copy`` flattening)."""


def parse_html(html: str | bytes) -> etree._Element | None:
    """Parse a page leniently; ``None`` when there is nothing to parse."""
    if not html or (isinstance(html, str) and not html.strip()):
        return None
    if isinstance(html, str):
        html = _XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _hidden(element: etree._Element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


_CELLS = frozenset({"td", "th"})
_CELL_BREAK = "\x00"
"""Marks the tab between two cells of a row until the line is finished (source tabs are whitespace)."""


class _Flattener:
    """Walks the tree once, appending text to the current line; blocks and ``<br>`` ask for line breaks,
    which end the line when the next text arrives (so requests between two texts collapse as in ``innerText``)."""

    def __init__(self, style: str) -> None:
        if style not in STYLES:
            raise ValueError(f"unknown flattening {style!r}: one of {', '.join(STYLES)}")
        self.paragraphs = style in ("copy", "markdown")
        self.nodes = style == "nodes"
        self.markdown = style == "markdown"
        self.source = style == "source"
        self.spaced = style == "spaced"
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.tags: set[str] = set()
        self.classes: list[str] = []
        self.required = 0
        self.breaks = 0
        self.blank = 0

    def walk(self, element: etree._Element, stack: tuple[str, ...], marks: tuple[str, ...]) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag.lower() in SKIPPED or _hidden(element):
            return
        tag = tag.lower()
        stack = stack + (tag,)
        marks = marks + (f"{element.get('class') or ''} {element.get('id') or ''}".strip(),)
        cell = self.paragraphs and tag in _CELLS
        inline = self.source or self.spaced
        count = 0 if cell or inline or tag not in BLOCKS else 2 if self.paragraphs and tag == "p" else 1
        if tag == "br" and not inline:
            self.line_break()
        self.require(count)
        opening, closing = _markdown_marks(element, tag) if self.markdown else ("", "")
        if opening:
            self.add(opening, stack, marks)
        if element.text:
            self.add(element.text, stack, marks)
        for child in element:
            self.walk(child, stack, marks)
            if child.tail:
                self.add(child.tail, stack, marks)
        if closing:
            self.add(closing, stack, marks)
        self.require(count)
        if cell and any(isinstance(s.tag, str) and s.tag.lower() in _CELLS for s in element.itersiblings()):
            self.parts.append(_CELL_BREAK)

    def require(self, count: int) -> None:
        """A block boundary asking for ``count`` line breaks (adjacent requests collapse to the largest)."""
        self.required = max(self.required, count)

    def line_break(self) -> None:
        """A ``<br>``: one line break of its own, after any pending request."""
        self.breaks += self.required + 1
        self.required = 0

    def add(self, text: str, stack: tuple[str, ...], marks: tuple[str, ...]) -> None:
        """Append a text node; pending line breaks first end the current line."""
        if self.source and "\n" in text:
            first, *rest = text.split("\n")
            self.add(first, stack, marks)
            for part in rest:
                self.newline()
                self.add(part, stack, marks)
            return
        if not text.strip():
            if self.parts:
                self.parts.append(" ")
            return
        if self.spaced and self.parts:
            self.parts.append(" ")
        breaks = self.breaks + self.required
        if breaks:
            self.newline()
            if self.lines and self.paragraphs:
                self.blank = breaks - 1  # a leading blank is dropped, as innerText drops leading breaks
        self.breaks = self.required = 0
        self.parts.append(text)
        self.tags.update(stack)
        self.classes.extend(mark for mark in marks[-3:] if mark)
        if self.nodes:
            self.require(1)

    def newline(self) -> None:
        """Finish the current line (cells joined by tabs, spaces collapsed); nothing when it has no text."""
        cells = (_SPACES.sub(" ", part).strip() for part in "".join(self.parts).split(_CELL_BREAK))
        text = "\t".join(cells).strip()
        if text:
            self.lines.append(Line(text, set(self.tags), " ".join(self.classes).lower(), self.blank))
            self.blank = 0
        self.parts, self.tags, self.classes = [], set(), []


_EMPHASIS = {"em": "_", "i": "_", "strong": "**", "b": "**"}
_LEADERS = {"li": "* ", "blockquote": "> ", **{f"h{n}": "#" * n + " " for n in range(1, 7)}}


def _markdown_marks(element: etree._Element, tag: str) -> tuple[str, str]:
    """The Markdown written before and after an element's text (links, images, emphasis, headings, lists)."""
    if tag == "a" and element.get("href"):
        return "[", f"]({''.join(element.get('href').split())})"
    if tag == "img":
        return f"![{' '.join((element.get('alt') or '').split())}]({''.join((element.get('src') or '').split())})", ""
    if tag in _EMPHASIS and element.text_content().strip():  # not an empty <i> icon
        return _EMPHASIS[tag], _EMPHASIS[tag]
    return _LEADERS.get(tag, ""), ""


def flatten_lines(html: str | bytes, style: str = "blocks") -> list[Line]:
    """The visible text of a page as lines with their element context, flattened in one of ``STYLES``."""
    root = parse_html(html)
    if root is None:
        return []
    body = root.find("body")
    flattener = _Flattener(style)
    flattener.walk(body if body is not None else root, (), ())
    flattener.newline()
    return flattener.lines


def flatten(html: str | bytes, style: str = "blocks") -> str:
    """The visible text of a page as a scraper would save it, flattened in one of ``STYLES`` (default: one
    block per line)."""
    return "\n".join("\n" * line.blanks + line.text for line in flatten_lines(html, style))
