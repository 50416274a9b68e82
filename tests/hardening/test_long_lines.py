"""A long line without full stops (a mislabeled UTF-16 page decodes to one) costs linear time in extraction."""

from __future__ import annotations

import time

from newsgraph.extract.credits import split_credit


def test_credit_search_on_a_40k_character_line_is_linear() -> None:
    """The credit patterns are quadratic on such a line: 76,000 characters of a hostile page took 15 s."""
    line = "\u6c00\u6800 " * 13_000 + "Soldiers march in Kyiv. (AP Photo/Efrem Lukatsky)"
    started = time.process_time()
    assert split_credit(line)[1] == "(AP Photo/Efrem Lukatsky)"
    assert split_credit(line[:-30])[1] is None
    assert time.process_time() - started < 1.0
