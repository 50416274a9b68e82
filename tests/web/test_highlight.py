"""Span-to-HTML: every piece of text escaped, overlapping and crossing spans nested correctly."""

from __future__ import annotations

from html.parser import HTMLParser

from newsgraph.web.annotate import annotations
from newsgraph.web.highlight import Annotation, render


class _Tree(HTMLParser):
    """Checks tags nest and collects the text and the open elements over each character."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text = ""
        self.cover: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text += data
        self.cover += [[a["data-ref"] for _, a in self.stack]] * len(data)


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(str(html))
    tree.close()
    assert not tree.stack
    return tree


def test_text_is_escaped_and_unchanged():
    text = 'A <script>alert(1)</script> & <img src=x onerror=alert(2)> "javascript:alert(3)"'
    html = render(text, [Annotation(2, 10, "actor", "r1", 'a "title" <b>', href="/actors/1")])
    assert "<script>" not in html and "<img" not in html
    assert 'title="a &#34;title&#34; &lt;b&gt;"' in html
    assert parse(html).text == text


def test_crossing_spans_are_split_and_cover_exactly_their_characters():
    text = "0123456789"
    spans = [Annotation(0, 6, "statement", "q"), Annotation(3, 9, "event", "v"), Annotation(4, 5, "actor", "a")]
    tree = parse(render(text, spans))
    assert tree.text == text
    for i in range(len(text)):
        expected = {s.ref for s in spans if s.start <= i < s.end}
        assert set(tree.cover[i]) == expected, i


def test_links_never_nest_and_labels_appear_once():
    text = "Prime Minister Robert Abela said"
    spans = [Annotation(0, 27, "actor", "outer", "", href="/actors/1"),
             Annotation(15, 27, "actor", "inner", "", href="/actors/2"),
             Annotation(10, 20, "event", "ev", "", label="AGREE")]
    html = render(text, spans)
    depth = 0
    for piece in html.split("<")[1:]:
        if piece.startswith("a "):
            depth += 1
            assert depth == 1
        elif piece.startswith("/a>"):
            depth -= 1
    assert html.count('data-label="AGREE"') == 1
    assert parse(html).text == text


def test_out_of_range_and_empty_spans_are_dropped():
    spans = [Annotation(2, 9, "time", "t"), Annotation(1, 1, "place", "p"), Annotation(-4, 1, "actor", "a")]
    html = render("abc", spans)
    tree = parse(html)
    assert tree.text == "abc" and tree.cover == [["a"], [], ["t"]]


def test_record_annotations_mark_anonymous_speakers_and_link_actors():
    record = {
        "text": "An official said talks failed.",
        "entities": [{"id": "E1", "name": "official", "type": "PERSON", "kind": "group", "mentions": [[3, 11]]}],
        "quotes": [{"id": "Q1", "kind": "indirect", "text": "talks failed", "span": [0, 29], "content_span": [17, 29],
                    "cue": {"text": "said", "span": [12, 16], "lemma": "say"},
                    "speaker": {"text": "An official", "span": [0, 11], "anonymous": True}}],
        "events": [], "places": [], "times": [],
    }
    found = annotations(record, {"E1": 7})
    html = render(record["text"], found)
    assert 'href="/actors/7"' in html and "hl-anonymous" in html and 'class="hl hl-statement anonymous"' in html
    assert parse(html).text == record["text"]
