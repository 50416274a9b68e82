"""``newsgraph_quotes``: attributed statements (direct, indirect, mixed) into ``doc._.quotes``."""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import fill
from newsgraph.quotes import vectors
from newsgraph.quotes.attribution import find_attributions
from newsgraph.quotes.records import to_quotes


class QuoteFinder:
    """Find attributions in a parsed doc and write them as ``record.Quote`` models."""

    def __init__(self, max_chars: int, model: vectors.TokenModel | None = None) -> None:
        self.max_chars = max_chars
        self.model = model
        """The token cue model, only when it was fitted on this pipeline's vectors (else the rules alone)."""

    def _quotes(self, doc: Doc, text: str) -> list:
        """The statements of ``doc``, its tokens' cue probabilities stored first when the model applies."""
        vectors.annotate(doc, self.model, text)
        return to_quotes(doc, find_attributions(doc, text), text)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        text = doc.text
        if not text.strip() or len(text) > self.max_chars:
            return doc
        return fill(doc, "quotes", lambda d: self._quotes(d, text), "newsgraph_quotes")


@Language.factory("newsgraph_quotes", default_config={"max_chars": 2_000_000})
def make_quotes(nlp: Language, name: str, max_chars: int) -> QuoteFinder:
    """spaCy factory: ``nlp.add_pipe("newsgraph_quotes")`` after a parser (and ``newsgraph_actors``)."""
    model = vectors.load()
    return QuoteFinder(max_chars, model if model is not None and model.applies(nlp.meta) else None)
