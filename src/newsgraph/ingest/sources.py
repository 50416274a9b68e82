"""Inputs (files, directories, '-', URLs) to a stream of documents and per-input errors."""

from __future__ import annotations

import gzip
import io
import os
import sys
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from newsgraph.ingest.decode import DecodeError, decode_bytes, strip_control
from newsgraph.ingest.detect import binary_reason, sniff
from newsgraph.ingest.document import Document, InputError
from newsgraph.ingest.limits import DEFAULT_LIMITS, Limits
from newsgraph.ingest.warc import iter_warc

USER_AGENT = "newsgraph/0.1 (+research news analysis; polite single fetch)"
Item = Document | InputError


def _gunzip(data: bytes, limits: Limits) -> bytes:
    """Decompress gzip with a size cap, so a zip bomb is an error and not an exhausted machine."""
    cap = min(limits.max_bytes, max(len(data), 1) * limits.max_decompression_ratio)
    decomp = zlib.decompressobj(wbits=31)
    out = decomp.decompress(data, cap + 1)
    if len(out) > cap:
        raise ValueError(f"gzip expands beyond {cap:,} bytes (limit; possible zip bomb)")
    if not decomp.eof:
        raise ValueError("gzip stream truncated or corrupt")
    return out


def _gz_head(head: bytes) -> bytes:
    """The first bytes of a gzip member, or b'' if they cannot be read."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 16)
    except zlib.error:
        return b""


def documents_from_bytes(data: bytes, uri: str, limits: Limits = DEFAULT_LIMITS,
                         url: str | None = None, charset: str | None = None) -> Iterator[Item]:
    """Detect what ``data`` is and yield its documents (several for a WARC) or one error."""
    try:
        kind = sniff(data[:8192])
        if kind == "gzip":
            if _gz_head(data[:8192]).startswith(b"WARC/"):
                yield from iter_warc(io.BytesIO(data), uri, limits)
            else:
                yield from documents_from_bytes(_gunzip(data, limits), uri, limits, url, charset)
            return
        if kind == "warc":
            yield from iter_warc(io.BytesIO(data), uri, limits)
            return
        if kind == "empty":
            yield InputError(uri, "empty input")
            return
        if kind == "binary":
            yield InputError(uri, f"not a news page: {binary_reason(data[:8192])}")
            return
        if len(data) > limits.max_bytes:
            yield InputError(uri, f"input of {len(data):,} bytes exceeds the {limits.max_bytes:,}-byte limit")
            return
        text, encoding = decode_bytes(data, charset)
        yield Document(uri=uri, format=kind, content=strip_control(text), url=url, encoding=encoding)
    except (DecodeError, ValueError, zlib.error, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(uri, str(exc) or type(exc).__name__)


def path_uri(path: str | os.PathLike) -> str:
    """A path as a uri that can be stored, serialised and printed on one line: bytes that are not UTF-8
    and unprintable characters in file names become escapes (``caf\\xe9.html``, ``a\\nb.html``)."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _read_file(path: Path, limits: Limits) -> Iterator[Item]:
    """Read one file; WARCs are streamed from disk, everything else read under the size cap."""
    uri = path_uri(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
            is_gz_warc = head.startswith(b"\x1f\x8b") and _gz_head(head).startswith(b"WARC/")
            if head.startswith(b"WARC/") or is_gz_warc:
                handle.seek(0)
                yield from iter_warc(handle, uri, limits)
                return
            size = path.stat().st_size
            if size > limits.max_bytes:
                yield InputError(uri, f"file of {size:,} bytes exceeds the {limits.max_bytes:,}-byte limit")
                return
            data = head + handle.read()
    except OSError as exc:
        yield InputError(uri, f"cannot read: {exc.strerror or exc}")
        return
    yield from documents_from_bytes(data, uri, limits)


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Regular files below ``root`` in sorted path order. A link to a folder is followed once: a link back into a
    folder already read or being read (a loop, or a second way to the same files) is reported, as is anything that
    is neither a file nor a folder; neither is ever opened.

    Iterative (a stack of folder listings), so folders nested thousands deep cannot exhaust Python's stack."""
    seen = {_identity(root)}
    stack = [_entries(root)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, InputError):
            yield entry
        elif entry.name.startswith("."):
            continue
        elif (kind := _kind(entry)) == "dir":
            folder = _identity(Path(entry.path))
            if folder is not None and folder in seen:
                yield InputError(path_uri(entry.path), "folder already read (a link loop?): not read again")
            else:
                seen.add(folder)
                stack.append(_entries(Path(entry.path)))
        elif kind == "file":
            yield Path(entry.path)
        elif isinstance(kind, InputError):
            yield kind
        elif entry.is_symlink():
            yield InputError(path_uri(entry.path), "symbolic link to nowhere: not followed")
        else:
            yield InputError(path_uri(entry.path), "not a regular file (device, socket or pipe): not read")


def _identity(folder: Path) -> tuple[int, int] | None:
    """A folder's device and inode, the same whichever link or path reaches it (None if it cannot be looked at)."""
    try:
        info = folder.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _kind(entry: os.DirEntry) -> str | InputError:
    """``dir`` (a folder or a link to one), ``file`` (a regular file or a link to one), ``other``, or the error met
    looking (a link into a folder the user may not enter)."""
    try:
        if entry.is_dir(follow_symlinks=True):
            return "dir"
        return "file" if entry.is_file(follow_symlinks=True) else "other"
    except OSError as exc:
        return InputError(path_uri(entry.path), f"cannot read: {exc.strerror or exc}")


def _entries(folder: Path) -> Iterator[os.DirEntry | InputError]:
    """A folder's entries sorted by name, or one error if it cannot be listed."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(path_uri(folder), f"cannot list directory: {exc.strerror or exc}")
        return
    yield from entries


def _fetch(url: str, limits: Limits) -> Iterator[Item]:
    """Fetch one URL politely (identifying user agent, timeout, size cap)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=limits.fetch_timeout) as response:
            data = response.read(limits.max_bytes + 1)
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        yield InputError(url, f"fetch failed: HTTP {exc.code} {exc.reason}")
        return
    except (urllib.error.URLError, OSError, ValueError) as exc:
        yield InputError(url, f"fetch failed: {getattr(exc, 'reason', None) or exc}")
        return
    if len(data) > limits.max_bytes:
        yield InputError(url, f"response exceeds the {limits.max_bytes:,}-byte limit")
        return
    yield from documents_from_bytes(data, url, limits, url=final_url, charset=charset)


def as_clean(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with their plain-text documents marked as already-clean article text (HTML and WARC pages keep
    their extractor: only text has no markup to find the article by)."""
    for item in items:
        yield replace(item, clean=True) if isinstance(item, Document) and item.format == "text" else item


def iter_documents(inputs: Iterable[str | os.PathLike], limits: Limits = DEFAULT_LIMITS,
                   clean_text: bool = False) -> Iterator[Item]:
    """Every document in ``inputs`` (files, directories, '-' for stdin, http(s) URLs), in order; with
    ``clean_text`` plain-text documents are taken as the article as they are (``as_clean``)."""
    if clean_text:
        yield from as_clean(iter_documents(inputs, limits))
        return
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            yield from documents_from_bytes(sys.stdin.buffer.read(limits.max_bytes + 1), "-", limits)
        elif name.startswith(("http://", "https://")):
            yield from _fetch(name, limits)
        else:
            yield from _read_path(Path(name), limits)


def _read_path(path: Path, limits: Limits) -> Iterator[Item]:
    """A file or a directory named as an input; one error if it cannot be read, even looked at."""
    try:
        is_dir, is_file, exists = path.is_dir(), path.is_file(), path.exists()
    except OSError as exc:  # e.g. a folder on the way the user may not enter
        yield InputError(path_uri(path), f"cannot read: {exc.strerror or exc}")
        return
    if is_dir:
        for entry in _walk(path):
            if isinstance(entry, InputError):
                yield entry
            else:
                yield from _read_file(entry, limits)
    elif is_file:
        yield from _read_file(path, limits)
    else:
        yield InputError(path_uri(path), "not a regular file (device, socket or pipe): not read" if exists
                         else "no such file or directory")
