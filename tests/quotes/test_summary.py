"""The terminal summary helper: statements per speaker and the anonymous share, from real pipeline output."""

from __future__ import annotations

from newsgraph.quotes.summary import anonymous_share, speaker_table
from newsgraph.record import Entity, Quote, Speaker


def test_speaker_table_on_the_seed(nlp, seed_text: str) -> None:
    doc = nlp(seed_text)
    table = speaker_table(doc._.quotes, doc._.entities)
    assert sum(n for _, n, _ in table) == len(doc._.quotes)
    counts = [n for _, n, _ in table]
    assert counts == sorted(counts, reverse=True)
    assert any(anon for _, _, anon in table)
    assert any("Austin" in label and not anon for label, _, anon in table)
    assert 0.2 <= anonymous_share(doc._.quotes) <= 0.6


def test_speaker_table_groups_by_resolved_actor() -> None:
    austin = Entity(id="E1", name="Lloyd Austin", type="PERSON", kind="person", mentions=[(0, 6)])
    quotes = [
        Quote(id="Q1", kind="direct", text="a", span=(0, 20), content_span=(10, 20),
              speaker=Speaker(text="Austin", span=(0, 6), entity="E1")),
        Quote(id="Q2", kind="indirect", text="b", span=(30, 50), content_span=(40, 50),
              speaker=Speaker(text="he", span=(30, 32), entity="E1")),
        Quote(id="Q3", kind="indirect", text="c", span=(60, 90), content_span=(80, 90),
              speaker=Speaker(text="A senior U.S. official", span=(60, 82), anonymous=True,
                              description="senior U.S. official")),
        Quote(id="Q4", kind="direct", text="d", span=(95, 99), content_span=(95, 99)),
    ]
    assert speaker_table(quotes, [austin]) == [
        ("Lloyd Austin", 2, False),
        ("(unattributed)", 1, False),
        ("senior U.S. official", 1, True),
    ]
    assert anonymous_share(quotes) == 1 / 3
    assert anonymous_share([]) == 0.0
