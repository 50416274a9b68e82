"""``newsgraph eval events`` on a few hand-written gold records, and the one-line event summary."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.cli import main
from newsgraph.eval.events import load_gold
from newsgraph.events.summary import describe
from newsgraph.record import Event, EventActor, EventDate, Trigger

GOLD = Path(__file__).resolve().parents[1] / "data" / "events_gold_small.json"


def test_gold_labels_and_codes_are_normalised():
    gold = load_gold(GOLD, {"JAP": "JPN"})
    assert [g.type for g in gold] == ["REQUEST", "ASSAULT", "CONSULT", "ACCUSE", "PROTEST"]
    assert gold[2].sources == [("Japanese Prime Minister Fumio Kishida", "JPN")]
    assert gold[4].targets == []


def test_eval_command_scores_the_records(nlp, capsys):
    assert main(["eval", "events", "--gold", str(GOLD), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["records"] == 5 and result["matched"] == 4
    assert result["per_type"]["REQUEST"]["f1"] == 1.0 and result["per_type"]["PROTEST"]["r"] == 0.0
    assert result["source_accuracy"] == 0.8
    assert result["micro"]["p"] == 1.0


def test_eval_command_prints_its_matching_rule(nlp, capsys):
    assert main(["eval", "events", "--gold", str(GOLD), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "match rule:" in out and "macro" in out and "source code accuracy" in out


def test_describe_renders_source_type_modality_target_and_date():
    event = Event(id="V1", type="REQUEST", source=EventActor(text="Ukraine", country="UKR"),
                  target=EventActor(text="United States", country="USA", sector="GOV"),
                  trigger=Trigger(text="asked", span=(8, 13)), span=(0, 40), modality="reported",
                  date=EventDate(value="2024-09-13", basis="article"))
    assert describe(event) == "Ukraine [UKR] —REQUEST(reported)→ United States [USA/GOV], 2024-09-13"
    undated = event.model_copy(update={"target": None, "date": EventDate()})
    assert describe(undated) == "Ukraine [UKR] —REQUEST(reported)→ -, undated"


def test_describe_names_whom_a_pronoun_stands_for():
    event = Event(id="V1", type="REJECT", source=EventActor(text="We", entity="E1", country="NGA", sector="GOV"),
                  target=EventActor(text="Niger", entity="E2", country="NER"),
                  trigger=Trigger(text="negotiate", span=(17, 26)), span=(0, 60), modality="negated",
                  date=EventDate(value="2024-09-13", basis="article"))
    names = {"E1": "Bola Tinubu", "E2": "Niger"}
    assert describe(event, names) == "We (Bola Tinubu) [NGA/GOV] —REJECT(negated)→ Niger [NER], 2024-09-13"
