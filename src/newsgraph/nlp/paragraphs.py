"""``newsgraph_paragraphs``: a line break always ends a sentence, so the parser never joins paragraphs.

News text keeps paragraphs (and title or caption lines) apart with newlines; the small English
parser otherwise runs sentences across them ("... Starmer.\\n\\nU.S. officials said ...").
Runs before the parser, which respects sentence starts already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBoundaries:
    """Mark the first token after any whitespace token containing a newline as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("newsgraph_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBoundaries:
    """spaCy factory: ``nlp.add_pipe("newsgraph_paragraphs", before="parser")``."""
    return ParagraphBoundaries()
