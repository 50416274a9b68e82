"""``newsgraph_quotes``: attributed statements (direct, indirect, mixed) into ``doc._.quotes``."""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import fill
from newsgraph.quotes.attribution import find_attributions
from newsgraph.quotes.records import to_quotes


class QuoteFinder:
    """Find attributions in a parsed doc and write them as ``record.Quote`` models."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        text = doc.text
        if not text.strip() or len(text) > self.max_chars:
            return doc
        return fill(doc, "quotes", lambda d: to_quotes(d, find_attributions(d, text), text), "newsgraph_quotes")


@Language.factory("newsgraph_quotes", default_config={"max_chars": 2_000_000})
def make_quotes(nlp: Language, name: str, max_chars: int) -> QuoteFinder:
    """spaCy factory: ``nlp.add_pipe("newsgraph_quotes")`` after a parser (and ``newsgraph_actors``)."""
    return QuoteFinder(max_chars)
