"""Gold labels for flattened lines: which lines of a page are body, title, caption, credit, byline or chrome.

Body comes from the benchmark's gold article text (4-token shingle overlap); title, caption,
credit and byline come from the page's own markup (<h1>/<title>, <figcaption>, caption and
credit classes, byline and author classes), since the gold file gives only the body.
"""

from __future__ import annotations

import re

from newsgraph.extract.benchmark import tokenize
from newsgraph.extract.credits import is_credit_line
from newsgraph.extract.flatten import Line, parse_html

LABELS: tuple[str, ...] = ("body", "title", "caption", "credit", "byline", "chrome")
_CAPTION_CLASS = re.compile(r"caption|legend|wp-caption")
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|attribution")
_BYLINE_CLASS = re.compile(r"byline|author")
_BYLINE = re.compile(r"^(?:by|por|von|par|di|door)\s+\w", re.I)
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*[|»]\s*")
_BODY_SHARE = 0.6


def page_title(html: bytes | str) -> str | None:
    """Normalised page title: the <h1> sharing most words with <title>, else <title>'s longest part."""
    root = parse_html(html)
    if root is None:
        return None
    tag = root.find(".//title")
    title = tag.text_content() if tag is not None else ""
    words = {w.lower() for w in tokenize(title)}
    heads = [" ".join(tokenize(h.text_content())).lower() for h in root.iter("h1")]
    heads = [h for h in heads if h]
    if heads:
        return max(heads, key=lambda h: len(words & set(h.split())))
    parts = [" ".join(tokenize(part)).lower() for part in _TITLE_SPLIT.split(title)]
    return max(parts, key=len) or None


def _body_flags(lines: list[Line], gold: str) -> list[bool]:
    """Lines whose 4-token shingles mostly occur in the gold body; short lines only inside that run."""
    tokens = tokenize(gold)
    shingles = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
    joined = f" {' '.join(tokens)} "
    long_flags: list[bool | None] = []
    for line in lines:
        words = tokenize(line.text)
        if len(words) >= 4:
            grams = [tuple(words[i : i + 4]) for i in range(len(words) - 3)]
            long_flags.append(sum(g in shingles for g in grams) / len(grams) >= _BODY_SHARE)
        else:
            long_flags.append(None)
    hits = [i for i, flag in enumerate(long_flags) if flag]
    first, last = (hits[0], hits[-1]) if hits else (0, -1)
    flags = []
    for i, (line, flag) in enumerate(zip(lines, long_flags)):
        if flag is None:
            words = tokenize(line.text)
            flag = bool(words) and first <= i <= last and f" {' '.join(words)} " in joined
        flags.append(bool(flag))
    return flags


def _markup_label(line: Line, title: str | None) -> str | None:
    """Title, caption, credit or byline as the markup around the line says, else ``None``."""
    words = tokenize(line.text)
    if title and " ".join(words).lower() == title:
        return "title"
    in_figure = bool({"figure", "figcaption"} & line.tags) or bool(_CAPTION_CLASS.search(line.classes))
    if _CREDIT_CLASS.search(line.classes) and (in_figure or is_credit_line(line.text)):
        return "credit"
    if in_figure and is_credit_line(line.text):
        return "credit"
    if in_figure and len(words) >= 4:
        return "caption"
    capitals = sum(w[0].isupper() for w in words) / len(words) if words else 0.0
    if 2 <= len(words) <= 10 and capitals >= 0.5 and not any(c.isdigit() for c in line.text):
        if _BYLINE_CLASS.search(line.classes) or _BYLINE.match(line.text):
            return "byline"
    return None


def label_lines(lines: list[Line], gold: str, html: bytes | str) -> list[str]:
    """One label from ``LABELS`` per line; captions and credits win over the gold body."""
    title = page_title(html)
    labels = []
    for line, in_body in zip(lines, _body_flags(lines, gold)):
        markup = _markup_label(line, title)
        if markup in ("caption", "credit") or (markup and not in_body):
            labels.append(markup)
        else:
            labels.append("body" if in_body else "chrome")
    return labels
