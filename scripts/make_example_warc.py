"""Write examples/crawl-sample.warc.gz: two article responses plus records newsgraph must skip.

Run from the repo root: ``.venv/bin/python scripts/make_example_warc.py``.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
PAGES = (
    ("https://meridian-courier.example/world/2025/03/14/coastal-patrols", ROOT / "examples/harbor-talks.html", "utf-8"),
    ("https://baltic-observer.example/city/council-rejects-terminal-closure", ROOT / "tests/data/ingest_council-vote.html", "windows-1252"),
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    """Write a request/response pair for ``url``."""
    request = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def main() -> None:
    """Build the example WARC deterministically enough for a demo (warcio stamps dates and ids)."""
    out = ROOT / "examples/crawl-sample.warc.gz"
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, path, charset in PAGES:
            _response(writer, url, path.read_bytes(), f"text/html; charset={charset}")
        _response(writer, "https://meridian-courier.example/img/valletta-talks.png", PNG, "image/png")
        writer.write_record(writer.create_warc_record(
            "metadata:crawl", "metadata", payload=io.BytesIO(b"crawler: example"), warc_content_type="text/plain"))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
