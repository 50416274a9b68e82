"""``newsgraph_actors``: the spaCy component that writes merged, coded actors to ``doc._.entities``."""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors.knowledge import lexicon, phrase_key
from newsgraph.actors.merge import merge_mentions
from newsgraph.actors.mentions import find_mentions
from newsgraph.nlp.extensions import fill
from newsgraph.record import Entity


class ActorComponent:
    """Find actor mentions (names, groups, nominals), merge them per document and code each actor."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        lexicon()  # build the knowledge lexicon once, at pipeline load rather than on the first document

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled:
            doc._.entities = []
            return doc
        return fill(doc, "entities", lambda d: [retire(e, d._.published) for e in merge_mentions(find_mentions(d))],
                    "newsgraph_actors")


def retire(entity: Entity, published: str | None) -> Entity:
    """A known office holder whose term ended before the article's date is a former official (PLOVER ELI)."""
    term = lexicon().get(phrase_key(entity.name)) if entity.kind == "person" and published else None
    if term is None or term.source != "leader" or not term.until or str(published)[:10] <= term.until:
        return entity
    return entity.model_copy(update={"sector": "ELI"}) if entity.sector in ("GOV", "MIL", "LEG") else entity


@Language.factory("newsgraph_actors", default_config={"enabled": True}, requires=["doc.ents"],
                  assigns=["doc._.entities"])
def make_actors(nlp: Language, name: str, enabled: bool) -> ActorComponent:
    """spaCy factory: ``nlp.add_pipe("newsgraph_actors")`` after a pipeline with a parser and NER."""
    return ActorComponent(enabled)
