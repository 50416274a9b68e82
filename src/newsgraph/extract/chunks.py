"""Article bodies a page splits over several containers of one kind, which trafilatura reads only the first of.

Some sites set each stretch of an article between two ads in a container of its own (Wired's
``div.article__body`` chunks, each in a ``div.grid`` of ``div.article__chunks``); trafilatura takes
the first and stops (its issues #85, #234, #304). As Readability merges a top candidate's siblings
of the same class, the paragraphs of every other container with the same tag, class and parent
kind as the one holding the extracted paragraphs are added where they stand in the page. Comment
threads and teaser widgets often share a class with the body's container but sit under other
parents, so the parent must match too, and only paragraphs ending as sentences are taken.
"""

from __future__ import annotations

import re

from lxml import etree

_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
_KEY_CHARS = 80


def element_text(element: etree._Element) -> str:
    """The element's text with its white space collapsed."""
    return _SPACES.sub(" ", element.text_content()).strip()


def _key(text: str) -> str:
    """What identifies a paragraph across trafilatura's output and the tree: its opening characters, spaces collapsed."""
    return _SPACES.sub(" ", text).strip()[:_KEY_CHARS]


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
    held: dict[etree._Element, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None and _key(element_text(p)) in keys:
            held[parent] = held.get(parent, 0) + 1
    if not held:
        return [], []
    container, count = max(held.items(), key=lambda item: item[1])
    if count < 2 or not container.get("class"):
        return [], []
    kind = _kind(container)
    before: list[str] = []
    after: list[str] = []
    passed = False
    for element in root.iter(container.tag):
        if element is container:
            passed = True
            continue
        if _kind(element) != kind:
            continue
        for p in element.iter("p"):
            text = element_text(p)
            if _key(text) not in keys and _SENTENCE_END.search(text):
                keys.add(_key(text))
                (after if passed else before).append(text)
    return before, after
