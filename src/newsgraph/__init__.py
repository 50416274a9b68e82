"""newsgraph: news pages in, verifiable records out (articles, actors, statements, events).

``newsgraph.analyze`` and ``newsgraph.analyze_many`` are the API; the stage functions
(``article_id``, ``analyze_documents``) live in ``newsgraph.analysis``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "analyze_many"]

if TYPE_CHECKING:
    from newsgraph.analysis import analyze, analyze_many


def __getattr__(name: str) -> Any:
    """Import the analysis API lazily, so ``import newsgraph`` does not load spaCy."""
    if name in ("analyze", "analyze_many"):
        import importlib

        return getattr(importlib.import_module("newsgraph.analysis"), name)
    raise AttributeError(name)
