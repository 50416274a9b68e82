"""HTML to plain-text lines the way a browser copy or a scraper's ``get_text`` gives them.

Used to make training and evaluation text for the scraped-text path: every visible text
node is kept (navigation, ads, captions included), block elements start new lines.
Each line remembers the tags and classes around it so that it can be labelled later.
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
_SPACES = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass
class Line:
    """One line of flattened text and the element context it came from."""

    text: str
    tags: set[str] = field(default_factory=set)
    classes: str = ""


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


class _Flattener:
    """Walks the tree once, appending text to the current line and breaking at blocks."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.tags: set[str] = set()
        self.classes: list[str] = []

    def walk(self, element: etree._Element, stack: tuple[str, ...], marks: tuple[str, ...]) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag.lower() in SKIPPED or _hidden(element):
            return
        tag = tag.lower()
        stack = stack + (tag,)
        marks = marks + (f"{element.get('class') or ''} {element.get('id') or ''}".strip(),)
        block = tag in BLOCKS
        if block or tag == "br":
            self.newline()
        if element.text:
            self.add(element.text, stack, marks)
        for child in element:
            self.walk(child, stack, marks)
            if child.tail:
                self.add(child.tail, stack, marks)
        if block:
            self.newline()

    def add(self, text: str, stack: tuple[str, ...], marks: tuple[str, ...]) -> None:
        if not text.strip():
            if self.parts:
                self.parts.append(" ")
            return
        self.parts.append(text)
        self.tags.update(stack)
        self.classes.extend(mark for mark in marks[-3:] if mark)

    def newline(self) -> None:
        text = _SPACES.sub(" ", "".join(self.parts)).strip()
        if text:
            self.lines.append(Line(text, set(self.tags), " ".join(self.classes).lower()))
        self.parts, self.tags, self.classes = [], set(), []


def flatten_lines(html: str | bytes) -> list[Line]:
    """The visible text of a page as lines with their element context."""
    root = parse_html(html)
    if root is None:
        return []
    body = root.find("body")
    flattener = _Flattener()
    flattener.walk(body if body is not None else root, (), ())
    flattener.newline()
    return flattener.lines


def flatten(html: str | bytes) -> str:
    """The visible text of a page, one block per line (what a scraper would save)."""
    return "\n".join(line.text for line in flatten_lines(html))
