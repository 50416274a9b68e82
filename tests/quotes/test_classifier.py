"""The cue classifier: boosted trees over the logistic score and each candidate's context decide where the doc carries
the token model's probabilities, the logistic ``rules`` model elsewhere; the trees stored as JSON reproduce
scikit-learn's and are walked with numpy alone."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newsgraph.quotes import classifier, train, vectors
from newsgraph.quotes.attribution import candidates

REPORTED = (
    "The foreign minister told reporters on Tuesday that the talks had collapsed.\n\n"
    "Farmers blocked the main road near the border with tractors, and police expect the protest to last for days."
)


def _found(doc, word: str):
    (found,) = [f for f in candidates(doc) if f.cue.text == word]
    return found


def _tree_probability(found) -> float:
    """What the shipped trees, blended with the logistic model, give a candidate, computed step by step."""
    trees = classifier._trees()
    score = classifier.logit(classifier._models()[True], classifier.features(found))
    row = classifier.row(trees.columns, trees.codes, score, classifier.context(found), classifier.categories(found))
    boosted = float(trees.forest.probabilities(np.array([row]))[0, 1])
    return trees.weight * boosted + (1.0 - trees.weight) / (1.0 + np.exp(-score))


def test_shipped_model_holds_trees_over_this_context(nlp):
    trees = classifier._trees()
    assert trees is not None and 0.0 < trees.threshold < 1.0 and 0.0 < trees.weight <= 1.0
    found = _found(nlp(REPORTED), "told")
    assert set(trees.columns) == set(classifier.context(found))
    assert set(trees.codes) == set(classifier.CATEGORIES)
    assert classifier.MODEL.stat().st_size < 2_000_000


def test_annotated_doc_is_judged_by_the_trees(nlp):
    doc = nlp(REPORTED)
    assert vectors.KEY in doc.user_data
    told = _found(doc, "told")
    assert classifier.probability(told) == pytest.approx(_tree_probability(told))
    assert classifier.threshold(told) == classifier._trees().threshold
    assert classifier.keep(told)


def test_doc_without_token_probabilities_is_judged_by_the_rules(nlp):
    doc = nlp(REPORTED)
    del doc.user_data[vectors.KEY]  # as a pipeline the token model does not apply to leaves it
    told = _found(doc, "told")
    index, weights, threshold = classifier._models()[False]
    score = classifier.logit((index, weights, threshold), classifier.features(told))
    assert classifier.probability(told) == pytest.approx(1.0 / (1.0 + np.exp(-score)))
    assert classifier.threshold(told) == threshold
    assert classifier.keep(told)


def test_batch_gives_each_candidate_its_own_probability(nlp):
    found = candidates(nlp(REPORTED))
    assert len(found) >= 2
    assert classifier.probabilities(found) == pytest.approx([classifier.probability(f) for f in found])
    assert classifier.kept(found) == [f for f in found if classifier.keep(f)]


def test_context_reads_source_quotes_and_competing_cues(nlp):
    doc = nlp('"We will not back down," the union leader said on Monday, adding that talks could resume.')
    said = classifier.context(_found(doc, "said"))
    assert said["source_none"] == 0.0 and said["content_before"] == 1.0
    assert said["content_quotes"] == 2.0 and said["opens_quote"] == 1.0
    assert said["right_vector"] >= 0.3  # "adding" after it is a likely cue too
    assert said["left_vector"] < said["vector"]


def test_columns_say_whether_the_source_is_an_actor(nlp):
    doc = nlp("German Chancellor Olaf Scholz said the talks would resume. Officials said the date was not fixed.")
    scholz, officials = [f for f in candidates(doc) if f.cue.text == "said"]
    person = classifier.actor_columns(scholz)
    assert person["source_actor"] == person["source_actor_person"] == 1.0 and person["source_unnamed"] == 0.0
    assert classifier.actor_columns(officials)["source_unnamed"] == 1.0
    assert classifier.context(scholz)["source_actor"] == classifier.features(scholz)["source_actor"] == 1.0
    bare = nlp.make_doc(doc.text)
    for name, proc in nlp.pipeline:
        if name != "newsgraph_actors":
            bare = proc(bare)
    alone = [f for f in candidates(bare) if f.cue.text == "said"][0]
    assert classifier.actor_columns(alone)["source_actor"] == 0.0  # no actors stage, no actor columns set


class _Article:
    """The shape of ``eval.quotes.GoldArticle`` that training reads: a text and one annotator's cues."""

    def __init__(self, text: str, cue: str) -> None:
        at = text.index(cue)
        self.text, self.annotations = text, {"a": [type("Gold", (), {"cue": ((at, at + len(cue)),)})()]}


TRAINING = [
    ("The mayor said the bridge would reopen in May. Engineers expect the repairs to cost more.", "said"),
    ("Officials warned that prices could rise. Shoppers think the shops will raise prices anyway.", "warned"),
    ("The company announced it would hire 200 staff. Analysts expect the shares to climb.", "announced"),
    ("The coach told reporters the team was ready. Fans hope the weather will hold.", "told"),
    ("Police said the fire was set deliberately. Neighbours believe the building was empty.", "said"),
    ("The minister insisted the budget was balanced. Economists expect a deficit next year.", "insisted"),
    ("The senator argued that the law was unfair. Voters want the law changed soon.", "argued"),
    ("The judge ruled that the contract was void. Both sides expect an appeal.", "ruled"),
    ("A spokesman confirmed that the plant would close. Workers fear the town will suffer.", "confirmed"),
    ("The governor promised that schools would reopen. Parents hope the buses will run.", "promised"),
]


def test_fitted_trees_round_trip_and_match_sklearn(nlp):
    pytest.importorskip("sklearn")
    articles = [_Article(t, c) for t, c in TRAINING]
    rows = train.rows_of(articles, [nlp(a.text) for a in articles])
    assert set(rows.labels) == {0, 1} and len(set(rows.articles)) == len(TRAINING)
    data = train.fit_trees(rows, folds=2)
    assert data["numpy_vs_sklearn_max_abs_diff"] < 1e-6
    again = classifier.Trees.from_json(json.loads(json.dumps(data)))
    assert again.to_json() == classifier.Trees.from_json(data).to_json()
    assert (again.threshold, again.weight) == (train.TREE_THRESHOLD, train.TREE_WEIGHT)
    scores = train.cross_logits(rows, folds=2)
    assert len(scores) == len(rows.labels) and np.isfinite(scores).all()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator said voters think the economy is weak.", "think"),
        ("He added that he hoped the negotiations would resume soon.", "hoped"),
        ("The police said they believe the fire was started deliberately.", "believe"),
        ("Doctors who treated the patients said they expect most of them to recover.", "expect"),
    ],
)
def test_weak_cue_inside_a_strong_ones_clause_is_judged_less_likely_than_alone(nlp, text, word):
    doc = nlp(text)
    nested = _found(doc, word)
    score = classifier.logit(classifier._models()[True], classifier.features(nested))
    assert classifier.probability(nested) < 1.0 / (1.0 + np.exp(-score))  # the strong cue above it says so
    assert not classifier.keep(nested)


def test_judged_candidates_are_remembered_per_doc_until_other_models_are_installed(nlp, monkeypatch):
    """``find_attributions`` asks twice about its kept cues: the second answer comes from the doc's memo, but a test or
    a refitting harness that installs other models gets their probability, never a remembered one."""
    told = _found(nlp(REPORTED), "told")
    first = classifier.probability(told)
    calls = []
    judge = classifier._judge
    monkeypatch.setattr(classifier, "_judge", lambda found: calls.append(len(found)) or judge(found))
    assert classifier.probability(told) == first and sum(calls) == 0
    monkeypatch.setattr(classifier, "_trees", lambda: None)  # the logistic model alone
    score = classifier.logit(classifier._models()[True], classifier.features(told))
    assert classifier.probability(told) == pytest.approx(1.0 / (1.0 + np.exp(-score))) and sum(calls) == 1
