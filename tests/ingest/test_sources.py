"""Input detection by content: pages, WARCs, gzip, directories, URLs and the junk users point us at."""

from __future__ import annotations

import gzip
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from newsgraph.ingest import Document, InputError, Limits, documents_from_bytes, iter_documents
from tests.conftest import DATA, ROOT

HTML = (ROOT / "examples/harbor-talks.html").read_bytes()
WARC = ROOT / "examples/crawl-sample.warc.gz"


def _one(data: bytes, limits: Limits = Limits()) -> Document | InputError:
    items = list(documents_from_bytes(data, "mem", limits))
    assert len(items) == 1
    return items[0]


def test_html_detected_by_content_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(HTML)
    [doc] = iter_documents([path])
    assert isinstance(doc, Document) and doc.format == "html"


def test_declared_windows_1252_page_is_decoded() -> None:
    doc = _one((DATA / "ingest_council-vote.html").read_bytes())
    assert doc.format == "html" and "Krüger" in doc.content and "Kämpfer" in doc.content


def test_undeclared_latin1_and_utf16_text_are_decoded() -> None:
    latin = "São Paulo’s mayor said the budget was “final”. Überraschung for everyone in the city council.".encode("cp1252")
    assert "São Paulo" in _one(latin).content
    assert "São Paulo" in _one("São Paulo, a city.\n".encode("utf-16")).content


def test_gzip_page_and_gzip_warc() -> None:
    assert _one(gzip.compress(HTML)).format == "html"
    docs = list(documents_from_bytes(WARC.read_bytes(), "crawl"))
    assert [d.format for d in docs] == ["warc", "warc"]
    assert docs[0].url.startswith("https://meridian-courier.example/")
    assert all(d.warc_record_id for d in docs)


def test_warc_skips_requests_images_and_metadata() -> None:
    docs = list(iter_documents([WARC]))
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    assert "Kämpfer" in docs[1].content  # windows-1252 charset from the HTTP header


def test_truncated_warc_keeps_earlier_records_and_reports_the_rest(tmp_path: Path) -> None:
    raw = gzip.decompress(WARC.read_bytes())
    cut = tmp_path / "cut.warc"
    cut.write_bytes(raw[: int(len(raw) * 0.6)])
    items = list(iter_documents([cut]))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], InputError) and "WARC" in items[-1].reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.7\n...", "PDF"),
        (bytes(range(256)) * 40, "binary"),
        (gzip.compress(HTML)[:200], "gzip"),
    ],
)
def test_junk_is_one_clear_error(data: bytes, reason: str) -> None:
    item = _one(data)
    assert isinstance(item, InputError) and reason.lower() in item.reason.lower()


def test_size_limits_and_zip_bombs() -> None:
    assert "limit" in _one(b"<html><p>" + b"a" * 5000, Limits(max_bytes=1000)).reason
    assert "bomb" in _one(gzip.compress(b"a" * 3_000_000), Limits(max_bytes=5_000_000)).reason


def test_directory_walk_is_recursive_sorted_and_reports_links_and_pipes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "page.html").write_bytes(HTML)
    (tmp_path / "a.txt").write_text((ROOT / "examples/grain-corridor.txt").read_text())
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "junk.bin").write_bytes(b"\x7fELF" + bytes(50))
    os.mkfifo(tmp_path / "pipe")
    items = list(iter_documents([tmp_path, tmp_path / "missing.html", tmp_path / "pipe"]))
    kinds = [(Path(i.uri).name, type(i).__name__) for i in items]
    assert kinds == [("a.txt", "Document"), ("loop", "InputError"), ("page.html", "Document"),
                     ("junk.bin", "InputError"), ("pipe", "InputError"), ("missing.html", "InputError"),
                     ("pipe", "InputError")]


def test_a_link_to_a_folder_is_followed_once(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "page.html").write_bytes(HTML)
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a-link").symlink_to(shared, target_is_directory=True)
    (crawl / "b-again").symlink_to(shared, target_is_directory=True)
    (crawl / "c-dangling").symlink_to(tmp_path / "gone")
    items = list(iter_documents([crawl]))
    assert [(Path(i.uri).parent.name, Path(i.uri).name, type(i).__name__) for i in items] == [
        ("a-link", "page.html", "Document"), ("crawl", "b-again", "InputError"), ("crawl", "c-dangling", "InputError")]
    assert "already read" in items[1].reason and "nowhere" in items[2].reason


def test_url_fetched_from_a_local_server(tmp_path: Path) -> None:
    shutil.copy(ROOT / "examples/harbor-talks.html", tmp_path / "story.html")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        ok, missing = list(iter_documents([f"{base}/story.html", f"{base}/nope.html"]))
    finally:
        server.shutdown()
    assert isinstance(ok, Document) and ok.url == f"{base}/story.html"
    assert isinstance(missing, InputError) and "404" in missing.reason


def test_clean_text_marks_only_plain_text_and_changes_the_id(tmp_path: Path) -> None:
    """``clean_text`` marks text documents (HTML keeps its extractor); a clean reading is another record, so a
    resumed run never takes one for the other."""
    from newsgraph.ingest import as_clean
    from newsgraph.ingest.document import article_id

    text = tmp_path / "story.txt"
    text.write_text("Senate passes stopgap bill\n\nThe Senate passed a stopgap spending bill on Friday.\n")
    [plain] = iter_documents([text])
    [clean] = iter_documents([text], clean_text=True)
    assert (plain.clean, clean.clean) == (False, True) and plain.content == clean.content
    assert article_id(plain) != article_id(clean)
    [page] = as_clean(documents_from_bytes(HTML, "mem"))
    assert page.format == "html" and not page.clean
