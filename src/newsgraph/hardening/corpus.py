"""Generate the hostile-input corpus: real pages mutated, plus inputs built from scratch.

Nothing here is committed as data: ``newsgraph bench hostile generate DIR`` rebuilds it from
``../shared/data`` with a seed, so every run of the check sees the same inputs.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.hardening.mutations import MUTATIONS
from newsgraph.ingest.sources import path_uri

MANIFEST = ".manifest.tsv"
"""Hidden, so that analysing the directory does not read it as an input."""


def real_pages(shared: Path) -> list[str]:
    """The real pages mutations start from: scrapinghub HTML and PolNeAR texts."""
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted((shared / "data/extraction/scrapinghub/html").glob("*.html.gz"))]
    texts = sorted((shared / "data/attribution/polnear/dev/text").glob("*.txt"))
    return pages + [p.read_text(encoding="utf-8", errors="replace") for p in texts]


def _zip_bomb(size: int) -> bytes:
    """gzip of ``size`` zero bytes: about a thousandth of its expanded size."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as handle:
        chunk = bytes(1 << 20)
        for _ in range(size >> 20):
            handle.write(chunk)
    return out.getvalue()


def _warc(pages: list[bytes]) -> bytes:
    """A gzipped WARC with one HTML response record per page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, body in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://hostile.example/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def from_scratch(rng: random.Random, page: str) -> Iterator[tuple[str, bytes]]:
    """Inputs that are not pages at all, or pages at the limits of size and structure."""
    yield "empty.html", b""
    yield "whitespace.txt", b" \n\t\r\n   \n"
    yield "image.png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096)
    yield "photo.jpg", b"\xff\xd8\xff\xe0" + rng.randbytes(4096)
    yield "report.pdf", b"%PDF-1.7\n" + rng.randbytes(4096)
    yield "archive.zip", b"PK\x03\x04" + rng.randbytes(4096)
    yield "random.bin", rng.randbytes(65536)
    yield "huge-50mb.html", b"<html><body>" + b"<p>" + b"word " * (10 * (1 << 20)) + b"</p></body></html>"
    yield "nested-200k.html", b"<html><body>" + b"<div>" * 200_000 + b"deep" + b"</div>" * 200_000 + b"</body></html>"
    yield "single-line-1mb.txt", (page.replace("\n", " ") * 50)[: 1 << 20].encode("utf-8")
    yield "zip-bomb.html.gz", _zip_bomb(1 << 30)
    yield "truncated.html.gz", gzip.compress(page.encode("utf-8"))[:300]
    warc = _warc([page.encode("utf-8")] * 3)
    yield "truncated.warc.gz", warc[: len(warc) // 2]
    corrupted = bytearray(zlib.decompressobj(wbits=31).decompress(warc))
    for _ in range(50):
        corrupted[rng.randrange(len(corrupted))] = rng.randrange(256)
    yield "corrupted.warc", bytes(corrupted)
    yield "caf\udce9-latin1-name.html", page.encode("utf-8")  # a file name that is not UTF-8 (byte 0xe9)
    yield "line\nbreak name.html", page.encode("utf-8")


def generate(out: Path, count: int, shared: Path, seed: int = 20241113) -> int:
    """Write at least ``count`` hostile inputs below ``out``; return how many entries were made."""
    rng = random.Random(seed)
    pages = real_pages(shared)
    out.mkdir(parents=True, exist_ok=True)
    rows: list[str] = []

    def emit(name: str, data: bytes, kind: str) -> None:
        (out / name).write_bytes(data)
        rows.append(f"{path_uri(name)}\t{kind}")  # as ingest names it: escapes, one line

    for name, data in from_scratch(rng, pages[0]):
        emit(name, data, "scratch")
    os.symlink(".", out / "loop")
    os.mkfifo(out / "named-pipe")
    rows += ["loop\tsymlink-loop", "named-pipe\tfifo"]
    names = sorted(MUTATIONS)
    for i in range(count - len(rows)):
        kind = names[i % len(names)]
        data = MUTATIONS[kind](rng.choice(pages), rng)
        if i % 10 == 9:
            emit(f"m{i:05d}-{kind}.gz", gzip.compress(data, 1), kind + "+gzip")
        elif i % 97 == 96:
            emit(f"m{i:05d}-{kind}.warc.gz", _warc([data, MUTATIONS[kind](rng.choice(pages), rng)]), kind + "+warc")
        else:
            emit(f"m{i:05d}-{kind}", data, kind)
    (out / MANIFEST).write_text("name\tkind\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)
