"""Ingest inputs into a store: skip stored articles before NLP, analyze in batches, write per batch."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice

from newsgraph.ingest import DEFAULT_LIMITS, Document, InputError, Limits, iter_documents
from newsgraph.record import Article, ErrorRecord
from newsgraph.store.writer import Counts, Writer

Item = Document | InputError
Record = Article | ErrorRecord
Report = Callable[[Counts, Sequence[Record]], None]


def _pending(items: Iterable[Item], writer: Writer, report: Report) -> Iterator[Item]:
    """Items whose article is not stored yet (input errors pass, to be logged)."""
    from newsgraph.ingest.document import article_id

    for item in items:
        writer.counts.documents += 1
        if isinstance(item, Document) and writer.stored(article_id(item)):
            writer.counts.skipped += 1
            report(writer.counts, ())
            continue
        yield item


def _batches(items: Iterator[Item], size: int, writer: Writer, report: Report) -> Iterator[list[Item]]:
    """Batches holding documents; batches of input errors alone are written without NLP."""
    while batch := list(islice(items, size)):
        if any(isinstance(item, Document) for item in batch):
            yield batch
            continue
        records = [ErrorRecord(uri=item.uri, error=item.reason) for item in batch]
        writer.write(records)
        report(writer.counts, records)


def _analyzed(batches: Iterator[list[Item]], published: str | None, workers: int, scheduler: str | None,
              in_flight: int | None, limits: Limits) -> Iterator[tuple[list[Item], list[Record]]]:
    """(batch, its records), analysed in this process or on a dask cluster (either started only if work is left)."""
    first = next(batches, None)
    if first is None:
        return
    if not workers and not scheduler:
        from newsgraph.analysis import analyze_documents

        for batch in chain([first], batches):
            yield batch, list(analyze_documents(batch, published=published, batch_size=len(batch),
                                                limits=limits))
        return
    from newsgraph.scale.dask import analyze_batches

    yield from analyze_batches(chain([first], batches), published=published, workers=workers,
                               scheduler=scheduler, in_flight=in_flight)


def ingest(inputs: Sequence[str | os.PathLike], db: str | os.PathLike, *, published: str | None = None,
           batch_size: int = 16, workers: int = 0, scheduler: str | None = None, in_flight: int | None = None,
           wait: bool = False, retry_errors: bool = False, args: dict | None = None,
           report: Report | None = None, limits: Limits = DEFAULT_LIMITS,
           clean_text: bool = False) -> tuple[Counts, int]:
    """Ingest ``inputs`` into the store at ``db``; the run's counts and id (``limits``: per-document, in-process
    analysis; dask workers use the defaults; ``clean_text``: plain-text inputs are already the article)."""
    from newsgraph.ingest.document import article_id

    report = report or (lambda counts, records: None)
    run_args = args if args is not None else {"inputs": [os.fspath(i) for i in inputs], "batch_size": batch_size}
    writer = Writer(db, run_args, workers=workers, wait=wait, retry_errors=retry_errors)
    try:
        batches = _batches(_pending(iter_documents(inputs, limits, clean_text), writer, report), batch_size, writer,
                           report)
        for batch, records in _analyzed(batches, published, workers, scheduler, in_flight, limits):
            writer.write(records, [article_id(d) if isinstance(d, Document) else None for d in batch])
            report(writer.counts, records)
    except BaseException as exc:
        writer.abort("interrupted" if isinstance(exc, KeyboardInterrupt) else "failed")
        raise
    return writer.close("done"), writer.run_id
