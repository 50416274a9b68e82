"""``newsgraph_actors``: spaCy named entities grouped into actors (baseline, replaced by full merging)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp import extensions  # noqa: F401
from newsgraph.record import Entity

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


class ActorMerger:
    """Group entity mentions with the same surface text into one ``Entity``."""

    def __call__(self, doc: Doc) -> Doc:
        by_name: dict[tuple[str, str], Entity] = {}
        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            key = (ent.label_, ent.text)
            if key not in by_name:
                by_name[key] = Entity(id=f"E{len(by_name) + 1}", name=ent.text, type=ent.label_)
            by_name[key].mentions.append((ent.start_char, ent.end_char))
        doc._.entities = list(by_name.values())
        return doc


@Language.factory("newsgraph_actors")
def make_actors(nlp: Language, name: str) -> ActorMerger:
    """spaCy factory: ``nlp.add_pipe("newsgraph_actors")``."""
    return ActorMerger()
