"""The extent model: a content the parse ended early runs on to its sentence's end when the words after it continue
what was said (a list it broke off), not when they are the setting or another statement."""

from __future__ import annotations

import json

import pytest

from newsgraph.quotes import attribution, extent, train


def _found(doc, cue: str):
    """The attribution of ``cue`` as found before the extent model runs, with the rest of the doc's."""
    found = attribution.find_attributions(doc, run_on=False)
    return next(f for f in found if f.cue is not None and f.cue.text == cue), found


def _content(doc, cue: str) -> str:
    """The content text of ``cue``'s statement as the component records it."""
    return next(doc.text[slice(*q.content_span)] for q in doc._.quotes if q.cue and q.cue.text == cue)


def test_shipped_model_loads_with_its_threshold_and_command():
    data = json.loads(extent.MODEL.read_text(encoding="utf-8"))
    assert data["threshold"] == train.EXTENT_THRESHOLD
    assert data["command"].endswith("--extent") and len(data["features"]) == len(data["weights"])
    assert extent._model() is not None


def test_tail_is_the_rest_of_the_sentence_without_its_full_stop(nlp):
    doc = nlp("Delegates supported eliminating caucuses, limiting the number of unpledged delegates and binding "
              "delegates to the popular vote.")
    found, every = _found(doc, "supported")
    words = extent.tail(found, (0, len(doc.text)), every)
    assert doc.text[found.content[0] : words[-1].idx + len(words[-1].text)].endswith("to the popular vote")
    assert words[0].idx >= found.content[1]


def test_no_tail_over_another_statement(nlp):
    doc = nlp("The mayor said the bridge would reopen in May, and the engineers said the repairs would cost more.")
    found, every = _found(doc, "said")
    assert found.content[1] <= doc.text.index(", and")
    assert extent.tail(found, (0, len(doc.text)), every) == []


def test_no_tail_for_a_content_that_precedes_its_cue(nlp):
    doc = nlp("The bridge will reopen in May, the mayor said on Tuesday at a news conference.")
    found, every = _found(doc, "said")
    assert extent.tail(found, (0, len(doc.text)), every) == []


def test_features_read_the_first_word_and_where_the_rest_hangs(nlp):
    doc = nlp("Critics called the plan reckless, and the party boycotted the vote in protest.")
    found, every = _found(doc, "called")
    words = extent.tail(found, (0, len(doc.text)), every)
    feats = extent.features(found, words, attribution._reports)
    assert feats["bias"] == 1.0 and feats["separator=,"] == 1.0 and feats["first=and"] == 1.0
    assert feats["cue_conjunct"] == 1.0  # "boycotted" hangs on the cue: a second clause, not what was said


def test_a_list_the_parse_broke_off_runs_on(nlp):
    doc = nlp("Many of the delegates supported eliminating caucuses, limiting the number of unpledged delegates and "
              "binding delegates to the popular vote.")
    found, _ = _found(doc, "supported")
    assert doc.text[slice(*found.content)] == "eliminating caucuses"  # where the parse ended it
    assert _content(doc, "supported").endswith("binding delegates to the popular vote")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The minister defended the new tax in parliament on Wednesday.", "defended", "the new tax in parliament"),
        ("Critics called the plan reckless, and the party boycotted the vote in protest.", "called", "the plan reckless"),
        ("The union leader declined to comment, and the talks ended without agreement.", "declined", "to comment"),
    ],
)
def test_the_setting_or_a_new_clause_does_not_join(nlp, text, cue, content):
    assert _content(nlp(text), cue) == content


def test_training_rows_are_labelled_by_the_gold_content_end(nlp):
    pytest.importorskip("sklearn")
    text = ("Many of the delegates supported eliminating caucuses, limiting the number of unpledged delegates and "
            "binding delegates to the popular vote.")
    cue_at, content_at = text.index("supported"), text.index("eliminating")
    gold = type("Gold", (), {"cue": ((cue_at, cue_at + 9),), "content": ((content_at, len(text) - 1),)})()
    article = type("Article", (), {"text": text, "annotations": {"a": [gold]}})()
    rows = train.extent_rows([article], [nlp(text)])
    assert rows.labels == [1] and rows.articles == [0]
    assert rows.features[0]["bias"] == 1.0
