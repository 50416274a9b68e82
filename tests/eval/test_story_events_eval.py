"""``newsgraph eval story-events`` on the hand-coded review stories: key parsing, matching, and a real run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsgraph.cli import main
from newsgraph.eval.story_events import Predicted, Row, countries, expected_events, key_dates, key_modalities, score_story

REVIEWS = Path(__file__).resolve().parents[1] / "data" / "reviews"

KEY = """# Expected

## story1.txt — Sri Lanka navy arrests Indian fishermen
Published 2026-03-12 (Thu).

### (a) Statements
| # | speaker as written | actor | anon | country | sector | kind | cue |
|---|---|---|---|---|---|---|---|
| 1 | navy spokesman Ruwan Dissanayake | Ruwan Dissanayake | no | LKA | MIL | indirect | said |

### (b) Events
| # | source | type | target | modality | date | place | note |
|---|---|---|---|---|---|---|---|
| 1 | LKA MIL | COERCE | IND CVL | asserted | 2026-03-11 | Delft | arrests |
| 2 (opt) | LKA MIL | ACCUSE | IND CVL | asserted | 2026-03-11 | | poaching |
| 3 | IND GOV | ACCUSE (alt CONSULT) | LKA GOV | asserted | 2026-03-12 | | summoned envoy |
| 4 | Kyrgyz units (KGZ MIL) | MOBILIZE | none | asserted | 2026-03-11 | | troops sent |
| 5 | IGO IGO | AID (alt none) | IND CVL | planned | | | |
"""


def test_codes_are_countries_not_sectors_or_acronyms() -> None:
    assert countries("LKA MIL") == {"LKA"} and countries("IGO IGO") == {"IGO"} and countries("IND CVL") == {"IND"}
    assert countries("KGZ GOV and TJK GOV") == {"KGZ", "TJK"} and countries("IMF (IGO)") == {"IGO"}
    assert countries("none") == frozenset() and countries("TJK MIL (alt RUS MIL)") == {"TJK"}


def test_the_key_is_read_row_by_row() -> None:
    rows = expected_events(KEY)["story1"]
    assert (rows[0].types, rows[0].sources, rows[0].targets, rows[0].required) == (
        frozenset({"COERCE"}), frozenset({"LKA"}), frozenset({"IND"}), True)
    assert [row.required for row in rows] == [True, False, True, True, False]  # "(opt)" and "alt none" are optional
    assert rows[2].types == {"ACCUSE", "CONSULT"} and rows[3].targets == frozenset()
    assert rows[0].dates == ((date(2026, 3, 11), date(2026, 3, 11)),) and rows[4].dates == ()
    assert rows[0].modalities == {"asserted"} and rows[0].place == "delft" and rows[1].place == ""


def test_an_older_label_is_read_as_its_plover_type_and_a_row_with_none_is_not_scored() -> None:
    key = KEY.replace("| 4 | Kyrgyz units (KGZ MIL) | MOBILIZE |", "| 4 | Kyrgyz units (KGZ MIL) | FIGHT |")
    key = key.replace("| 5 | IGO IGO | AID (alt none) |", "| 5 | IGO IGO | REDUCE |")
    rows = expected_events(key)["story1"]
    assert len(rows) == 4 and rows[3].types == {"ASSAULT"}  # FIGHT, merged into ASSAULT in PLOVER 2.0


def test_date_cells_allow_days_ranges_nights_and_alternatives_but_not_vague_bounds() -> None:
    march = date(2026, 3, 1)
    assert key_dates("2026-03-12..2026-03-18") == ((date(2026, 3, 12), date(2026, 3, 18)),)
    assert key_dates("2026-03-10/11") == ((date(2026, 3, 10), date(2026, 3, 11)),)
    assert key_dates("2026-03-10 (alt 2026-03-11)") == ((date(2026, 3, 10),) * 2, (date(2026, 3, 11),) * 2)
    assert key_dates("2026-03") == ((march, date(2026, 3, 31)),)
    assert key_dates("2026-03-10 (approx.)") == ((date(2026, 3, 10),) * 2,)
    assert key_dates("after 2026-03-10") == key_dates("—") == key_dates("~2026-03-10/11") == ()
    assert key_modalities("planned (alt hypothetical)") == {"planned", "hypothetical"}
    assert key_modalities("reported (M23 claim; denied by army)") == {"reported"} and key_modalities("—") == set()


def test_right_events_are_checked_for_date_modality_and_place() -> None:
    rows = expected_events(KEY)["story1"]
    events = [Predicted("COERCE", "LKA", "IND", "2026-03-11", "reported", "Delft"),  # told by a source: asserted
              Predicted("CONSULT", "IND", "LKA", "2026-03-09/2026-03-15", "planned", "Colombo"),
              Predicted("MOBILIZE", "KGZ", None, "2026-03-11", "asserted", None)]
    score = score_story(rows, events, "story1")
    assert score.checked == {"date": 3, "modality": 3, "place": 1}
    assert score.agreed == {"date": 2, "modality": 2, "place": 1}  # a week is not the day; planned is not asserted


def test_speech_acts_carry_their_modality_in_their_type() -> None:
    rows = [Row(frozenset({"THREATEN"}), frozenset({"IRN"}), frozenset(), True, modalities=frozenset({"threatened"}))]
    assert score_story(rows, [Predicted("ASSAULT/THREATEN", "IRN", None, modality="planned")], "s").checked["modality"] == 0


def test_events_match_rows_by_type_source_and_target() -> None:
    rows = expected_events(KEY)["story1"]
    events = [Predicted(*event) for event in [("COERCE", "LKA", "IND"), ("COERCE", "LKA", None), ("CONSULT", "IND", "LKA"),
                                              ("MOBILIZE", "KGZ", "TJK"), ("ASSAULT", "LKA", "IND")]]
    score = score_story(rows, events, "story1")
    assert score.events == 5 and score.required == 3
    assert score.right == {"source": 4, "target": 3}  # the targetless arrest matches only by source
    assert score.found == {"source": 3, "target": 3}
    assert score.misses == ["story1: COERCE LKA -> None matches no row", "story1: ASSAULT LKA -> IND matches no row"]


def test_an_event_matches_by_its_type_or_its_plover_category() -> None:
    rows = [Row(frozenset({"THREATEN"}), frozenset({"IRN"}), frozenset({"IRQ"}), True)]
    assert score_story(rows, [Predicted("ASSAULT/THREATEN", "IRN", "IRQ")], "s").right == {"source": 1, "target": 1}
    assert score_story(rows, [Predicted("ASSAULT", "IRN", "IRQ")], "s").right == {"source": 0, "target": 0}


def test_a_review_is_scored_end_to_end(capsys) -> None:
    assert main(["eval", "story-events", "--gold", str(REVIEWS / "review10")]) == 0
    table = capsys.readouterr().out.splitlines()
    review = next(line.split() for line in table if line.startswith("review10"))
    events, required = int(review[1]), int(review[2])
    precision, recall = float(review[3]), float(review[4])
    assert required == 66 and events > 40 and precision > 0.5 and recall > 0.4
    date_share, dated = float(review[7]), int(review[9])  # "0.875 of  80"
    assert dated > 40 and date_share > 0.6


def test_a_directory_without_events_tables_is_an_error(capsys) -> None:
    assert main(["eval", "story-events", "--gold", str(REVIEWS / "review27")]) == 2
