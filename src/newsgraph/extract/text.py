"""Scraped plain text (page chrome included) to article fields with the trained line classifier.

Every non-empty line is labelled body, title, caption, credit, byline or chrome from its
own shape and its neighbours'; body lines become paragraphs, captions keep their credits
apart, the rest is kept as boilerplate for audit.
"""

from __future__ import annotations

import re

import numpy as np

from newsgraph.extract.article import ExtractedArticle
from newsgraph.extract.credits import split_credit
from newsgraph.extract.dateline import find_dateline
from newsgraph.extract.features import densest_block, page_features
from newsgraph.extract.language import body_language
from newsgraph.extract.linemodel import LineModel, load_model
from newsgraph.extract.metadata import byline_name
from newsgraph.extract.pagedate import page_date
from newsgraph.extract.reflow import is_byline, plain_lines, text_lines
from newsgraph.extract.settings import TextOptions
from newsgraph.record import Boilerplate, Caption

DEFAULT_OPTIONS = TextOptions()
_CAPTION_WORDS = 5
_SNIPPET_WORDS = 4
_SNIPPET_LINES = 12
"""A text this short with no body line is a snippet (a pasted paragraph), not a page whose article was not found."""
_PROSE_WORDS = 12
"""On a longer page the model finds no body in, a body line is a sentence of this many words (the naive filter's)."""
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*$")
_COMMENT_VERB = re.compile(r"\b(?:said|says|wrote|writes|replied)\s*:$", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_COMMENT_CHARS = 200
_COMMENT_HEADING = re.compile(
    r"""^[\W_]*(?:
       (?:top[- ]rated|latest|newest|oldest|readers?'?|user|visitor|all|most\ recent|popular|featured)\s+comments?
       (?:\s*\(\d[\d,]*\))?
     | comments?\s*\(\d[\d,]*\)
     | (?:show|view|read|load|see|display)\s+(?:all\s+|more\s+)?(?:\d[\d,]*\s+)?comments?
     | (?:leave|post|add|write|submit)\s+(?:a|your|new)\s+(?:reply|response) | (?:post|add|write|submit)\s+(?:a|your|new)\s+comment
     | join\ the\ (?:discussion|conversation) | comments\ are\ closed\b.* | have\ your\ say
    )[\W_]*(?:\s[a-z\d_][\w.@-]*)?$""",
    re.I | re.X,
)
"""Headings that open a comment section below an article (WordPress's "Leave a Reply", Disqus's "Show comments",
"Top Rated Comments", "Comments (12)"), not the count or "Leave a comment" links that also sit under a headline. A
lower-case user name the reflow joined to the heading (``Top Rated Comments harbor_nurse``) may follow it."""
_COMMENT_HEADING_CHARS = 60
_COMMENT_AFTER_WORDS = 50
"""A comment heading ends the main run only after this many kept words of it: a heading is below an article."""
_POST_META = re.compile(r"^(?:posted|published|updated|written by)\b", re.I)
_COMMENT_COUNT = re.compile(r"^\d[\d,]* (?:comments?|responses?|thoughts|replies)\b(?P<title> (?:on|to) [“\"])?", re.I)


def _title(lines: list[str], labels: list[str], probs: np.ndarray, column: int, options: TextOptions) -> int | None:
    """Index of the title line: the most title-like line above the body (a headline tops its article, a teaser's
    headline below it does not), else the most title-like line anywhere, each if the model finds it likely enough.
    A byline or a post's meta line ("By Jane Doe on …", "Posted on January 14, 2019 by …") is never the title."""
    if not labels:
        return None
    titles = np.where([is_byline(line) or _POST_META.match(line) is not None for line in lines], -1.0, probs[:, column])
    first = labels.index("body") if "body" in labels else 0
    for count, floor in ((first, options.title_floor_above), (len(labels), options.title_floor)):
        if count:
            best = int(titles[:count].argmax())
            if titles[best] >= 0 and (labels[best] == "title" or titles[best] >= floor):
                return best
    return None


def _credited(line: str) -> bool:
    """A line of several words followed by a photo credit ("... Monday. (AP Photo/Jane Doe)")."""
    text, credit = split_credit(line)
    return credit is not None and len(text.split()) >= _CAPTION_WORDS


def _body_labels(lines: list[str], labels: list[str], probs: np.ndarray, options: TextOptions) -> list[str]:
    """Body or chrome by the main-run rule; a sentence ending in a photo credit is a caption;
    caption, credit, title and byline labels stay as predicted."""
    labels = ["caption" if lab in ("body", "chrome") and _credited(line) else lab for line, lab in zip(lines, labels)]
    body = probs[:, 0].copy() if len(lines) else np.zeros(0)
    body[_comments_start(lines) :] = 0.0
    body[[i for i, line in enumerate(lines) if _COMMENT_COUNT.match(line)]] = 0.0
    words = np.array([len(line.split()) for line in lines], dtype=float)
    start, end = densest_block((body - options.block_floor) * words, 0.0)
    heading = _comment_heading(lines, np.where(body >= options.keep_inside, words, 0.0), start, end)
    if heading is not None:
        body[heading:] = 0.0
        start, end = densest_block((body - options.block_floor) * words, 0.0)
    relabelled = []
    for i, label in enumerate(labels):
        if label not in ("body", "chrome"):
            relabelled.append(label)
            continue
        inside = start <= i <= end
        keep = body[i] >= (options.keep_inside if inside else options.keep_outside)
        continued = keep or (i > 0 and relabelled[-1] == "body" and _continues_quotation(lines[i - 1], lines[i]))
        relabelled.append("body" if continued else "chrome")
    return relabelled


_OPENING_MARKS = "“\"‘'"


def _continues_quotation(previous: str, line: str) -> bool:
    """Whether ``line`` carries on a quotation that ``previous`` leaves open: a paragraph of a quotation that runs on
    opens with a quotation mark and the one before it has no closing mark, as news copy sets it."""
    if not line or line[0] not in _OPENING_MARKS or not _SENTENCE_END.search(line):
        return False
    if previous.count("“") > previous.count("”"):
        return True
    straight = previous.count('"')
    return straight % 2 == 1 and not previous.rstrip().endswith('"')


def _comments_start(lines: list[str]) -> int:
    """Where the readers' comments begin, else the end: at their title ("6 thoughts on “…”", "34 responses to “…”") or
    at the first of at least two comment headers ("Alex on September 17, 2018 at 6:34 am said:": a name, a time and a
    speech verb with a colon). Comments are never the article."""
    headers = [i for i, line in enumerate(lines) if _comment_header(line)]
    titled = [i for i, line in enumerate(lines) if (count := _COMMENT_COUNT.match(line)) and count["title"]]
    return min(titled[:1] + headers[:1] if len(headers) >= 2 else titled[:1], default=len(lines))


def _comment_heading(lines: list[str], kept_words: np.ndarray, start: int, end: int) -> int | None:
    """The first comment-section heading inside the main run ``[start, end]`` that follows at least
    ``_COMMENT_AFTER_WORDS`` of the run's kept words (``kept_words``: each line's words if kept, else 0), else None:
    the readers' comments under an article, which the run would otherwise take in when they read as prose."""
    before = 0.0
    for i in range(start, end + 1):
        short = len(lines[i]) <= _COMMENT_HEADING_CHARS
        if before >= _COMMENT_AFTER_WORDS and short and _COMMENT_HEADING.match(lines[i]):
            return i
        before += kept_words[i]
    return None


def _comment_header(line: str) -> bool:
    """A short line with a clock time that ends in a speech verb and a colon: a reader comment's header."""
    return len(line) <= _COMMENT_CHARS and bool(_COMMENT_VERB.search(line)) and bool(_CLOCK.search(line))


def _fallback(lines: list[str], labels: list[str], title_at: int | None) -> tuple[list[str], int | None]:
    """The body of a text the model finds none in. A short text is a snippet (a pasted paragraph, a wire sentence):
    its sentence lines are the body. A longer page still has an article: its longest run of sentence lines of
    ``_PROSE_WORDS`` or more, before any readers' comments. A title is kept only if it is not taken as body."""
    short = len(lines) <= _SNIPPET_LINES
    least = _SNIPPET_WORDS if short else _PROSE_WORDS
    prose = [
        i
        for i, line in enumerate(lines[: _comments_start(lines)])
        if labels[i] not in ("caption", "credit") and len(line.split()) >= least and _SENTENCE_END.search(line)
    ]
    if not short:  # the run of consecutive prose lines with the most words
        words = np.full(len(lines), -np.inf)
        words[prose] = [len(lines[i].split()) for i in prose]
        start, end = densest_block(words, 0.0)
        prose = list(range(start, end + 1))
    if not prose:
        return labels, title_at
    chosen = set(prose)
    labels = ["body" if i in chosen else label for i, label in enumerate(labels)]
    return labels, None if title_at in chosen else title_at


def _captions(lines: list[str], labels: list[str]) -> tuple[list[Caption], list[Boilerplate]]:
    """Caption lines with their credit split off; credit lines join the caption just before them."""
    captions: list[Caption] = []
    stray: list[Boilerplate] = []
    previous = None
    for line, label in zip(lines, labels):
        if label == "caption":
            text, credit = split_credit(line)
            captions.append(Caption(text=text or line, credit=credit))
        elif label == "credit" and previous == "caption" and captions[-1].credit is None:
            captions[-1] = Caption(text=captions[-1].text, credit=line)
        elif label == "credit":
            stray.append(Boilerplate(text=line, label="credit"))
        previous = label
    return captions, stray


def classify_text(
    text: str, model: LineModel | None = None, options: TextOptions = DEFAULT_OPTIONS
) -> tuple[list[str], list[str], np.ndarray]:
    """Lines of ``text``, their labels and label probabilities under ``model`` (default: shipped)."""
    model = model or load_model()
    lines = text_lines(text)
    probs = model.probabilities(page_features(lines, model.lexicon))
    labels = [model.labels[i] for i in probs.argmax(axis=1)] if lines else []
    return lines, _body_labels(lines, labels, probs, options), probs


def clean_article(text: str) -> ExtractedArticle:
    """Text that is already the article (a corpus of clean texts): every non-empty line a paragraph, the dateline
    read from its start; nothing is taken away or joined, so nothing is guessed to be chrome."""
    body = "\n\n".join(plain_lines(text))
    return ExtractedArticle(text=body, dateline=find_dateline(body), language=body_language(body))


def extract_text(text: str, model: LineModel | None = None, options: TextOptions = DEFAULT_OPTIONS) -> ExtractedArticle:
    """Title, body (paragraphs separated by blank lines), byline, dateline and captions of scraped text."""
    model = model or load_model()
    lines, labels, probs = classify_text(text, model, options)
    title_at = _title(lines, labels, probs, model.labels.index("title"), options)
    if title_at is not None:
        labels[title_at] = "title"
    if "body" not in labels:
        labels, title_at = _fallback(lines, labels, title_at)
    body = "\n\n".join(line for line, label in zip(lines, labels) if label == "body")
    bylines = [line for line, label in zip(lines, labels) if label == "byline"]
    captions, stray = _captions(lines, labels)
    boilerplate = stray + [
        Boilerplate(text=line, label=label) for line, label in zip(lines, labels) if label in ("chrome", "byline", "title")
    ]
    outside = [i for i, label in enumerate(labels) if label != "body"]
    dateline = find_dateline(body)
    published, published_basis = page_date([lines[i] for i in outside], [labels[i] for i in outside]) \
        or page_date([dateline.text] if dateline else []) or (None, "none")  # "LUSAKA, Aug 20, 2026 (AFP) -"
    return ExtractedArticle(
        text=body,
        title=lines[title_at] if title_at is not None else None,
        byline=byline_name(bylines[0]) if bylines else None,
        published=published,
        published_basis=published_basis,
        dateline=dateline,
        language=body_language(body),
        captions=captions,
        boilerplate=boilerplate,
    )
