"""``newsgraph eval speakers`` on the hand-coded review stories: key parsing, matching, and a real run."""

from __future__ import annotations

from pathlib import Path

from newsgraph.cli import main
from newsgraph.eval.speakers import Row, expected_rows, score_story

REVIEWS = Path(__file__).resolve().parents[1] / "data" / "reviews"

KEY = """# Expected

## story1.txt — NAIROBI (Reuters) — 3 statements

| # | speaker as written in the text | who it is | anonymous | country | cue | first five words |
|---|---|---|---|---|---|---|
| 1 | Interior Minister Kipchumba Murkomen | Kipchumba Murkomen | no | KEN | said | the government would not back |
| 2 | A Western diplomat | unnamed diplomat | yes | none | said | the talks were stalled |
| 3 | Police | Kenya police | no | KEN (alt none) | said | 40 people were arrested |

Notes: none.
"""


def test_the_key_is_read_row_by_row() -> None:
    rows = expected_rows(KEY)["story1"]
    assert rows == [Row("Interior Minister Kipchumba Murkomen", False, "KEN"), Row("A Western diplomat", True, None),
                    Row("Police", False, "KEN")]


def test_rows_match_statements_in_order_by_speaker_text() -> None:
    rows = expected_rows(KEY)["story1"]
    speakers = [("Interior Minister Kipchumba Murkomen", False, "KEN"), ("a Western diplomat", True, "KEN"),
                ("he", False, "KEN")]
    score = score_story(rows, speakers, "story1")
    assert (score.rows, score.matched, score.right, score.wrong, score.anonymity) == (3, 2, 1, 1, 2)
    assert score.misses == ["story1: 'A Western diplomat' expected None, got KEN"]
    score = score_story(rows, [("Interior Minister Kipchumba Murkomen", False, "KEN"), ("a Western diplomat", False,
                                                                                          None)], "story1")
    assert score.anonymity == 1 and score.misses == ["story1: 'A Western diplomat' expected anonymous"]


def test_a_review_is_scored_end_to_end(capsys) -> None:
    assert main(["eval", "speakers", "--gold", str(REVIEWS / "review12")]) == 0
    table = capsys.readouterr().out.splitlines()
    review = next(line.split() for line in table if line.startswith("review12"))
    rows, matched, right, wrong = (int(x) for x in review[1:5])
    assert rows == 75 and matched >= 60 and right >= 50 and wrong <= 10


def test_a_speaker_matches_a_row_only_as_whole_words() -> None:
    """"it" is not inside "Korea University", so the row waits for its own statement."""
    rows = [Row("Lee Min-jung, a professor at Korea University", False, "KOR")]
    score = score_story(rows, [("it", False, "JPN"), ("Lee Min-jung, a professor at Korea University", False, "KOR")],
                        "story1")
    assert (score.matched, score.right, score.wrong) == (1, 1, 0)


def test_a_keys_note_for_a_repeated_subject_names_the_speaker() -> None:
    """"(Kulkarni, participial)" in a key is the statement of "urging ..." after Kulkarni's own: Kulkarni speaks."""
    key = KEY.replace("| 3 | Police |", "| 3 | (Murkomen, participial) |")
    rows = expected_rows(key)["story1"]
    assert rows[2].speaker == "Murkomen"
    score = score_story(rows, [("Interior Minister Kipchumba Murkomen", False, "KEN"), ("a Western diplomat", True, None),
                               ("Interior Minister Kipchumba Murkomen", False, "KEN")], "story1")
    assert (score.matched, score.right) == (3, 3)
