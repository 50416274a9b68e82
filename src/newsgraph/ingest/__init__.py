"""Bytes in, documents out: detection by content, decoding, WARC records, files, stdin and URLs."""

from newsgraph.ingest.document import Document, InputError
from newsgraph.ingest.limits import DEFAULT_LIMITS, Limits
from newsgraph.ingest.sources import as_clean, documents_from_bytes, iter_documents

__all__ = ["DEFAULT_LIMITS", "Document", "InputError", "Limits", "as_clean", "documents_from_bytes", "iter_documents"]
