"""Long runs do not keep what each batch adds to spaCy's shared state (memory zone, lemma cache bound)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from newsgraph import analysis
from newsgraph.analysis import _groups, analyze_documents
from newsgraph.ingest import DEFAULT_LIMITS, Limits, iter_documents
from newsgraph.record import to_json

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"


def records(nlp, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """The store_corpus pages analysed in batches of three, as JSON."""
    return [to_json(r) for r in analyze_documents(iter_documents([CORPUS]), nlp=nlp, batch_size=3, limits=limits)]


def test_batches_leave_the_vocabulary_as_they_found_it_and_records_unchanged(nlp):
    before = len(nlp.vocab.strings)
    first = records(nlp)
    assert len(nlp.vocab.strings) == before  # the zone freed every string the batches added
    assert records(nlp) == first  # strings freed and added again: same records

    outside: list[str] = []  # off the main thread there is no zone: what the batches add stays
    worker = threading.Thread(target=lambda: outside.extend(records(nlp)))
    worker.start()
    worker.join()
    assert outside == first
    assert len(nlp.vocab.strings) > before  # so the pages do add strings, and the zone is what freed them


def test_the_lemmatizer_cache_is_emptied_past_its_limit(nlp, monkeypatch: pytest.MonkeyPatch):
    cache = nlp.get_pipe("lemmatizer").cache
    records(nlp)
    assert len(cache) > 5  # under the default limit it keeps what the pages added
    monkeypatch.setattr(analysis, "LEMMA_CACHE_LIMIT", 5)
    records(nlp)
    assert len(cache) == 0  # each batch went past 5 entries, and was emptied after


def test_documents_are_analysed_together_up_to_the_character_limit(nlp):
    docs = [nlp.make_doc(text) for text in ("a " * 300, "b " * 300, "c " * 900, "d " * 2000, "e " * 100)]
    sizes = [[len(doc.text) for doc in group] for group in _groups(docs, 1200)]
    assert sizes == [[600, 600], [1800], [4000], [200]]  # a text over the limit goes alone
    assert records(nlp, Limits(batch_chars=1)) == records(nlp)  # one page at a time: the same records
