"""WARC and WARC.gz files to documents: one per HTML response record, others skipped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.ingest.detect import sniff
from newsgraph.ingest.document import Document, InputError
from newsgraph.ingest.limits import Limits

_HTML_TYPES = ("text/html", "application/xhtml")


def _charset(content_type: str) -> str | None:
    """The ``charset=`` parameter of a Content-Type header."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _record_document(record, uri: str, limits: Limits) -> Document | InputError | None:
    """One response record to a Document, an InputError, or None when it is not a page."""
    headers = record.http_headers
    content_type = headers.get_header("Content-Type", "") if headers else ""
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    where = f"{uri}#{record_id}"
    if headers and headers.get_statuscode() not in ("200", None):
        return None
    payload = record.content_stream().read(limits.max_bytes + 1)
    if getattr(record.raw_stream, "limit", 0) > 0 and len(payload) <= limits.max_bytes:
        raise EOFError(f"record {record_id} cut short")
    if content_type and not content_type.lower().startswith(_HTML_TYPES):
        return None
    if len(payload) > limits.max_bytes:
        return InputError(where, f"WARC record larger than {limits.max_bytes:,} bytes (limit)")
    if sniff(payload[:8192]) != "html":
        return None
    try:
        text, encoding = decode_bytes(payload, _charset(content_type))
    except DecodeError as exc:
        return InputError(where, str(exc))
    return Document(
        uri=uri,
        format="warc",
        content=text,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        warc_record_id=record_id,
        warc_date=record.rec_headers.get_header("WARC-Date"),
        encoding=encoding,
    )


def iter_warc(stream: BinaryIO, uri: str, limits: Limits) -> Iterator[Document | InputError]:
    """Stream the HTML response records of a (gzipped) WARC; a truncated file ends in one error."""
    count = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_headers.get_header("Content-Length") is None:
                raise EOFError("record header cut short")
            if record.rec_type != "response":
                continue
            item = _record_document(record, uri, limits)
            if item is not None:
                count += 1
                yield item
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield InputError(uri, f"WARC damaged after {count} record(s): {reason}")
        return
    if count == 0:
        yield InputError(uri, "WARC holds no HTML response records")
