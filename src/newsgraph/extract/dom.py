"""What the parsed page says about trafilatura's paragraphs: containers of the article it missed, and paragraphs that
are only links.

**Split bodies.** Some sites set each stretch of an article between two ads in a container of its own (Wired's
``div.article__body`` chunks, each in a ``div.grid`` of ``div.article__chunks``); trafilatura takes the first and
stops (its issues #85, #234, #304). As Readability merges a top candidate's siblings of the same class, the
paragraphs of every other container with the same tag, class and parent kind as the one holding the extracted
paragraphs are added where they stand in the page. Comment threads and teaser widgets often share a class with the
body's container but sit under other parents, so the parent must match too, and only paragraphs ending as sentences
are taken; on a listing, each post's heading stands between the containers, so a heading outside them ends the merge.

**Link paragraphs.** A paragraph whose text is mostly link text ("READ MORE: …", a teaser headline, "Click here to
subscribe") points elsewhere; link density is the classic boilerplate signal (Kohlschütter et al. 2010), which
trafilatura relaxes when it favours recall.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

_ITEM_MARK = re.compile(r"^- ")
"""How trafilatura opens a list item's line."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
_KEY_CHARS = 80
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset({"p", "li", "div", "td", "dd", "dt", "blockquote", "section", *_HEADINGS})
"""Elements a trafilatura paragraph can come from."""
_LINK_LEVELS = 4
"""How far up from a link its paragraph is looked for."""
_SPACE_SLACK = 200
"""Characters of indentation an element's raw text may carry beyond twice the longest paragraph's length."""


def element_text(element: etree._Element) -> str:
    """The element's text with its white space collapsed."""
    return " ".join(element.text_content().split())


def _key(text: str) -> str:
    """What identifies a paragraph across trafilatura's output and the tree: its opening characters, spaces collapsed."""
    return " ".join(text.split())[:_KEY_CHARS]


def _kind(element: etree._Element) -> tuple[str, str | None, str | None, str | None]:
    """Tag and class of an element and of its parent."""
    parent = element.getparent()
    return (
        element.tag,
        element.get("class"),
        None if parent is None else parent.tag,
        None if parent is None else parent.get("class"),
    )


def split_body(root: etree._Element, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs of the article's other containers: those before the extracted one and those after it.

    The extracted container is the parent of most of ``paragraphs`` found as ``<p>`` in ``root``; it
    needs a class and two of them. A paragraph already extracted (or repeated) is not added again.
    """
    keys = {_key(p) for p in paragraphs}
    texts = {p: element_text(p) for p in root.iter("p")}  # read once: the merge below reads the same paragraphs
    held: dict[etree._Element, int] = {}
    for p, text in texts.items():
        parent = p.getparent()
        if parent is not None and text[:_KEY_CHARS] in keys:
            held[parent] = held.get(parent, 0) + 1
    if not held:
        return [], []
    container, count = max(held.items(), key=lambda item: item[1])
    if count < 2 or not container.get("class"):
        return [], []
    before: list[str] = []
    after: list[str] = []
    passed = False
    for element in _same_stretch(root, container):
        if element is container:
            passed = True
            continue
        for p in element.iter("p"):
            text = texts[p]
            if text[:_KEY_CHARS] not in keys and _SENTENCE_END.search(text):
                keys.add(text[:_KEY_CHARS])
                (after if passed else before).append(text)
    return before, after


def _same_stretch(root: etree._Element, container: etree._Element) -> list[etree._Element]:
    """The elements of ``container``'s kind in its stretch of the page, in page order: a heading outside all of them
    (a listing's next post title) ends one stretch and opens another."""
    kind = _kind(container)
    same = [element for element in root.iter(container.tag) if _kind(element) == kind]
    members = set(same)
    stretch, stretches = 0, {}
    for element in root.iter(container.tag, *_HEADINGS):
        if element in members:
            stretches[element] = stretch
        elif element.tag in _HEADINGS and element_text(element):
            if not any(ancestor in members for ancestor in element.iterancestors()):
                stretch += 1
    return [element for element in same if stretches[element] == stretches[container]]


def link_paragraphs(root: etree._Element, paragraphs: list[str], share: float) -> set[int]:
    """Indexes of ``paragraphs`` that an element of ``root`` holds whole with at least ``share`` of its text in links.

    Only a link's enclosing elements are read, up to ``_LINK_LEVELS`` and no longer than the longest paragraph, so
    the cost stays with the page's links rather than its depth.
    """
    wanted: dict[str, list[int]] = {}
    for i, paragraph in enumerate(paragraphs):
        wanted.setdefault(" ".join(_ITEM_MARK.sub("", paragraph).split()), []).append(i)
    longest = max((len(text) for text in wanted), default=0)
    found: set[int] = set()
    seen: set[etree._Element] = set()
    for link in root.iter("a"):
        for element in islice(link.iterancestors(), _LINK_LEVELS):
            if element in seen:
                break
            seen.add(element)
            raw = element.text_content()
            if len(raw) > 2 * longest + _SPACE_SLACK:
                break  # far too long even before its white space is collapsed
            text = " ".join(raw.split())
            if len(text) > longest:
                break
            if element.tag in _BLOCKS and text in wanted:
                linked = sum(len(element_text(a)) for a in element.iter("a"))
                if linked >= share * len(text):
                    found.update(wanted[text])
    return found
