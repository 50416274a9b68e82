"""The rule patterns that find what the NER model misses, and the longest-span merge."""

from __future__ import annotations

from newsgraph.times.spans import longest_first, rule_spans


def test_rules_find_news_time_phrases():
    text = ("The Mayor 5 plan and Decision 3 came up Sept. 11, 2024, Aug 3 and on Saturday night; "
            "talks held two weeks ago resume late next week, after strikes overnight and over the weekend "
            "and a vote on Monday of last week.")
    found = sorted(text[start:end] for start, end in longest_first(rule_spans(text)))
    assert found == sorted(["Sept. 11, 2024", "Aug 3", "Saturday night", "two weeks ago", "late next week",
                            "overnight", "over the weekend", "Monday of last week"])


def test_longest_span_wins_overlaps():
    assert longest_first([(10, 21), (15, 21), (0, 4), (3, 6), (30, 31)]) == [(0, 4), (10, 21), (30, 31)]
