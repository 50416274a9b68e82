"""Scale-out on dask.distributed: workers analyze record batches, the caller's process writes.

Each worker process loads the spaCy pipeline once (``load_pipeline`` is cached per process);
at most ``in_flight`` batches are submitted at a time, so memory stays bounded however large
the input stream is.
"""

from __future__ import annotations

import resource
from collections.abc import Iterator
from contextlib import contextmanager

from newsgraph.ingest import Document, InputError
from newsgraph.record import Article, ErrorRecord

Item = Document | InputError
Record = Article | ErrorRecord


def analyze_batch(batch: list[Item], published: str | None) -> list[Record]:
    """Analyze one batch on a worker with that worker's pipeline."""
    from newsgraph.analysis import analyze_documents

    return list(analyze_documents(batch, published=published, batch_size=len(batch)))


def warm_up() -> str:
    """Load the pipeline on a worker (run once per worker before timing or work)."""
    from newsgraph.nlp.pipeline import load_pipeline

    return " ".join(load_pipeline().pipe_names)


def peak_rss() -> int:
    """This process's peak resident set size in bytes (Linux ``ru_maxrss`` is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def cpu_seconds() -> float:
    """User plus system CPU time this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def client_for(workers: int, scheduler: str | None) -> Iterator["distributed.Client"]:  # noqa: F821
    """A client on ``scheduler``, or on a new local cluster of ``workers`` single-thread processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def _failed(batch: list[Item], exc: BaseException) -> list[Record]:
    """Error records for every input of a batch whose worker failed."""
    reason = f"worker failed: {type(exc).__name__}: {exc}"
    return [ErrorRecord(uri=item.uri, error=reason) for item in batch]


def stream(client: "distributed.Client", batches: Iterator[list[Item]], published: str | None,  # noqa: F821
           in_flight: int) -> Iterator[tuple[list[Item], list[Record]]]:
    """(batch, its records) in completion order, with at most ``in_flight`` batches submitted."""
    from distributed import as_completed

    pending = as_completed()
    owner = {}

    def collect() -> tuple[list[Item], list[Record]]:
        future = next(pending)
        batch = owner.pop(future.key)
        try:
            return batch, future.result()
        except Exception as exc:  # noqa: BLE001  (a lost worker must not stop the ingest)
            return batch, _failed(batch, exc)
        finally:
            future.release()

    for batch in batches:
        future = client.submit(analyze_batch, batch, published, pure=False)
        owner[future.key] = batch
        pending.add(future)
        while pending.count() >= in_flight:
            yield collect()
    while pending.count():
        yield collect()


def analyze_batches(batches: Iterator[list[Item]], *, published: str | None = None, workers: int = 2,
                    scheduler: str | None = None,
                    in_flight: int | None = None) -> Iterator[tuple[list[Item], list[Record]]]:
    """Analyze ``batches`` on a dask cluster (local with ``workers`` processes, or ``scheduler``)."""
    with client_for(workers, scheduler) as client:
        client.run(warm_up)
        size = in_flight or 2 * max(1, len(client.scheduler_info()["workers"]))
        yield from stream(client, batches, published, size)
