"""``newsgraph_actors``: the spaCy component that writes merged, coded actors to ``doc._.entities``."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors.knowledge import lexicon
from newsgraph.actors.merge import merge_mentions
from newsgraph.actors.mentions import find_mentions
from newsgraph.nlp import extensions  # noqa: F401  (declares Doc._ attributes)

log = logging.getLogger(__name__)


class ActorComponent:
    """Find actor mentions (names, groups, nominals), merge them per document and code each actor."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        lexicon()  # build the knowledge lexicon once, at pipeline load rather than on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        if not self.enabled:
            return doc
        try:
            doc._.entities = merge_mentions(find_mentions(doc))
        except Exception:  # odd text must never break the pipeline: no actors is a valid answer
            log.exception("newsgraph_actors failed on a document of %d characters", len(doc.text))
        return doc


@Language.factory("newsgraph_actors", default_config={"enabled": True}, requires=["doc.ents"],
                  assigns=["doc._.entities"])
def make_actors(nlp: Language, name: str, enabled: bool) -> ActorComponent:
    """spaCy factory: ``nlp.add_pipe("newsgraph_actors")`` after a pipeline with a parser and NER."""
    return ActorComponent(enabled)
