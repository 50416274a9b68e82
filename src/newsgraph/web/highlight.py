"""Article text to HTML with every span highlighted: each piece of text escaped, overlaps split cleanly."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

LAYERS: tuple[str, ...] = ("statement", "cue", "event", "actor", "anonymous", "place", "time")
"""Highlight layers, outermost first when two spans cover the same text."""


@dataclass(frozen=True)
class Annotation:
    """One highlighted ``[start, end)`` span: its layer, CSS classes, side-panel reference and tooltip."""

    start: int
    end: int
    layer: str
    ref: str
    title: str = ""
    classes: str = ""
    href: str | None = None
    label: str | None = None

    def open_tag(self, first: bool, as_link: bool) -> str:
        """The start tag of one piece (``first``: the piece where the span begins carries the label)."""
        tag = "a" if as_link else "span"
        attrs = {"class": f"hl hl-{self.layer} {self.classes}".strip(), "data-ref": self.ref, "title": self.title}
        if as_link:
            attrs["href"] = self.href
        if first and self.label:
            attrs["data-label"] = self.label
        return f"<{tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">"

    def close_tag(self, as_link: bool) -> str:
        """The end tag matching ``open_tag``."""
        return "</a>" if as_link else "</span>"


def _valid(annotations: list[Annotation], size: int) -> list[Annotation]:
    """Annotations clamped to the text, empty ones dropped, ordered start, longest, layer."""
    kept = []
    for a in annotations:
        start, end = max(0, a.start), min(size, a.end)
        if start < end:
            kept.append(a if (start, end) == (a.start, a.end) else
                        Annotation(start, end, a.layer, a.ref, a.title, a.classes, a.href, a.label))
    return sorted(kept, key=lambda a: (a.start, -a.end, LAYERS.index(a.layer) if a.layer in LAYERS else 99))


class _Writer:
    """Emits properly nested tags: a stack of open annotations, closed and reopened around crossings."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[tuple[Annotation, bool]] = []

    def open(self, a: Annotation, first: bool) -> None:
        as_link = a.href is not None and not any(link for _, link in self.stack)
        self.out.append(a.open_tag(first, as_link))
        self.stack.append((a, as_link))

    def close_ending(self, pos: int) -> None:
        """Close every annotation ending at ``pos``, reopening the ones opened inside them."""
        if not any(a.end == pos for a, _ in self.stack):
            return
        deepest = min(i for i, (a, _) in enumerate(self.stack) if a.end == pos)
        reopen = [a for a, _ in self.stack[deepest:] if a.end != pos]
        for a, as_link in reversed(self.stack[deepest:]):
            self.out.append(a.close_tag(as_link))
        del self.stack[deepest:]
        for a in reopen:
            self.open(a, first=False)


def render(text: str, annotations: list[Annotation]) -> Markup:
    """``text`` as escaped HTML with each annotation wrapped in a ``span`` (``a`` when linked, never nested)."""
    spans = _valid(annotations, len(text))
    cuts = sorted({0, len(text), *(a.start for a in spans), *(a.end for a in spans)})
    writer, pending = _Writer(), iter(spans)
    following = next(pending, None)
    for pos, nxt in zip(cuts, cuts[1:] + [None]):
        writer.close_ending(pos)
        while following is not None and following.start == pos:
            writer.open(following, first=True)
            following = next(pending, None)
        if nxt is not None:
            writer.out.append(str(escape(text[pos:nxt])))
    return Markup("".join(writer.out))
