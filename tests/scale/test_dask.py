"""Scale-out on a real dask.distributed LocalCluster on 127.0.0.1: same store, bounded in-flight batches."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from newsgraph.ingest import iter_documents
from newsgraph.store import connect
from newsgraph.store.ingest import ingest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
COUNTED = ("articles", "actors", "mentions", "places", "times", "statements", "events", "errors")


def counts(path: Path) -> dict[str, int]:
    conn = connect(path, readonly=True)
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nlp) -> dict[str, int]:
    """Counts of an in-process ingest of the corpus."""
    path = tmp_path_factory.mktemp("reference") / "corpus.db"
    ingest([CORPUS], path, batch_size=2)
    return counts(path)


def test_workers_on_a_cluster_store_what_one_process_stores_with_bounded_batches_in_flight(tmp_path, reference):
    from newsgraph.scale.dask import client_for, stream

    with client_for(2, None) as client:  # the cluster ``--workers 2`` starts
        assert len(client.scheduler_info()["workers"]) == 2
        path = tmp_path / "corpus.db"
        result, _ = ingest([CORPUS], path, batch_size=2, scheduler=client.scheduler.address)
        assert (result.added, result.errors) == (8, 0)
        assert counts(path) == reference
        pulled, outstanding = [], []

        def batches():
            for document in islice(iter_documents([CORPUS]), 5):
                pulled.append(document)
                yield [document]

        for done, (batch, records) in enumerate(stream(client, batches(), None, in_flight=2), start=1):
            outstanding.append(len(pulled) - done)
            assert records[0].source.uri == batch[0].uri
        assert done == 5 and max(outstanding) <= 2
    again, _ = ingest([CORPUS], path, batch_size=2, workers=2)  # all stored: no cluster is started
    assert (again.added, again.skipped) == (0, 8)
