"""The token cue model over the pipeline's own vectors (``doc.tensor``): where it applies, what it gives on written
sentences, the candidates it adds, and the rules-only fallback for any other pipeline."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.nlp.pipeline import BASE_MODEL
from newsgraph.quotes import classifier, cues, train, vectors
from newsgraph.quotes.attribution import candidates
from newsgraph.quotes.component import QuoteFinder

REPORTED = (
    "The foreign minister told reporters on Tuesday that the talks had collapsed.\n\n"
    "Farmers blocked the main road near the border with tractors."
)


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_shipped_model_is_fitted_on_this_pipeline(nlp):
    model = vectors.load()
    assert model is not None and model.applies(nlp.meta)
    assert nlp.get_pipe("newsgraph_quotes").model is model
    assert nlp("Officials said so.").tensor.shape[1] == model.width


def test_cue_verb_scores_high_and_plain_words_low(nlp):
    doc = nlp(REPORTED)
    told = vectors.probability(_word(doc, "told"))
    assert told >= 0.5 and told == max(vectors.probability(t) for t in doc)
    for word in ("minister", "Farmers", "road", "talks", "tractors"):
        assert vectors.probability(_word(doc, word)) < 0.2, word


def test_other_pipeline_falls_back_to_the_rules():
    other = spacy.load(BASE_MODEL)
    other.meta["version"] = "0.0.0"  # vectors of another pipeline (or version) mean something else
    other.add_pipe("newsgraph_quotes")
    assert other.get_pipe("newsgraph_quotes").model is None
    doc = other(REPORTED)
    assert vectors.KEY not in doc.user_data
    (quote,) = doc._.quotes
    assert quote.cue.text.startswith("told") and quote.speaker.text == "The foreign minister"
    (found,) = [f for f in candidates(doc) if f.cue.text == "told"]
    assert classifier._model(found) is classifier._models()[False]  # the rules-only weights


def test_doc_without_vectors_is_left_alone(nlp):
    doc = spacy.blank("en")("The minister said the talks had failed.")
    vectors.annotate(doc, vectors.load())
    assert vectors.KEY not in doc.user_data
    assert QuoteFinder(1000, vectors.load())(doc)._.quotes == []  # no parse, no statements, no crash


def test_likely_verb_outside_the_lexicon_becomes_a_candidate(nlp):
    doc = nlp("The senator excoriated the governor's budget plan on Tuesday.")
    verb = _word(doc, "excoriated")
    assert cues.entry_for(verb) is None
    probabilities = [0.0] * len(doc)
    doc.user_data[vectors.KEY] = probabilities
    assert not [f for f in candidates(doc) if f.cue.i == verb.i]
    probabilities[verb.i] = 0.9
    (found,) = [f for f in candidates(doc) if f.cue.i == verb.i]
    assert doc.text[found.content[0] : found.content[1]].startswith("the governor's budget plan")
    assert "vector_logit" in classifier.features(found)


@pytest.mark.parametrize(
    ("text", "word", "content", "source"),
    [
        ("Her remark that the vote was rigged drew criticism.", "remark", "that the vote was rigged", "Her"),
        (
            "The union was confident that the strike would end soon.",
            "confident",
            "that the strike would end soon",
            "The union",
        ),
        ("Farmers are concerned about the new water rules.", "concerned", "the new water rules", "Farmers"),
    ],
)
def test_likely_noun_or_adjective_with_a_complement_becomes_a_candidate(nlp, text, word, content, source):
    doc = nlp(text)
    cue = _word(doc, word)
    probabilities = [0.0] * len(doc)
    doc.user_data[vectors.KEY] = probabilities
    assert not [f for f in candidates(doc) if f.cue.i == cue.i]
    probabilities[cue.i] = 0.9
    (found,) = [f for f in candidates(doc) if f.cue.i == cue.i]
    assert doc.text[found.content[0] : found.content[1]] == content
    assert doc.text[found.source_span[0] : found.source_span[1]] == source


def test_likely_noun_without_a_complement_is_no_candidate(nlp):
    doc = nlp("The remark drew criticism from both parties.")
    remark = _word(doc, "remark")
    doc.user_data[vectors.KEY] = [0.9 if t.i == remark.i else 0.0 for t in doc]
    assert not [f for f in candidates(doc) if f.cue.i == remark.i]


def test_fit_records_the_pipeline_and_round_trips(nlp):
    pytest.importorskip("sklearn")
    texts = [
        ("The mayor said the bridge would reopen.", "said"),
        ("Officials warned that prices could rise.", "warned"),
        ("The company announced it would hire staff.", "announced"),
        ("Police believe the fire was set deliberately.", "believe"),
    ]

    class Article:  # the shape of eval.quotes.GoldArticle that training reads
        def __init__(self, text: str, cue: str) -> None:
            at = text.index(cue)
            self.text, self.annotations = text, {"a": [type("Gold", (), {"cue": ((at, at + len(cue)),)})()]}

    articles = [Article(t, c) for t, c in texts]
    docs = [nlp(a.text) for a in articles]
    model = train.fit_vectors(articles, docs, nlp.meta, hidden=0)
    assert model.applies(nlp.meta) and model.width == docs[0].tensor.shape[1]
    again = vectors.TokenModel.from_json(model.to_json())
    matrix = vectors.features(docs[0], model.deps, model.pos)
    assert vectors.predict(again, matrix) == pytest.approx(vectors.predict(model, matrix), abs=1e-3)
    assert list(vectors.labels(docs[0], [((10, 14),)])) == [t.text == "said" for t in docs[0]]
