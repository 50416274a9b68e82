"""Hostile file names and paths in an input folder: stored, serialised and reported on one line, never a crash."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from newsgraph.store import cli_ingest, connect

PAGE = Path(__file__).resolve().parents[1] / "data" / "store_corpus" / "01-austin-kyiv.html"


def test_names_that_are_not_utf8_or_hold_line_breaks_are_ingested_and_reported_on_one_line(
        tmp_path: Path, nlp, capsys) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    shutil.copy(PAGE, os.fsdecode(bytes(folder) + b"/caf\xe9.html"))  # Latin-1 name on a UTF-8 system
    shutil.copy(PAGE, folder / "line\nbreak.html")
    Path(os.fsdecode(bytes(folder) + b"/vide\xff.html")).write_bytes(b"")
    parser = argparse.ArgumentParser()
    cli_ingest.add_arguments(parser)
    db = tmp_path / "corpus.db"
    assert cli_ingest.run(parser.parse_args([str(folder), "--db", str(db), "--no-progress"])) == 0
    assert f"newsgraph: {folder}/vide\\xff.html: empty input" in capsys.readouterr().err.splitlines()
    conn = connect(db, readonly=True)
    uris = sorted(r[0] for r in conn.execute("SELECT uri FROM articles"))
    assert uris == [f"{folder}/caf\\xe9.html", f"{folder}/line\\nbreak.html"]
    assert all(r[0].encode() for r in conn.execute("SELECT record FROM articles"))


def test_inputs_the_user_may_not_look_at_are_one_error_each_and_the_batch_goes_on() -> None:
    """A file in a folder that cannot be entered (even ``stat`` fails), a link to it, the folder itself;
    checked as ``nobody`` when running as root, which ignores file modes."""
    from newsgraph.ingest import iter_documents

    base = Path(tempfile.mkdtemp(prefix="newsgraph-names-"))  # not below pytest's 0700 tmp, so nobody can enter
    try:
        base.chmod(0o755)
        (base / "public.html").write_bytes(PAGE.read_bytes())
        private = base / "private"
        private.mkdir(mode=0o000)
        (base / "link.html").symlink_to(private / "page.html")
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: drop root, send back what the walk yields
            try:
                os.close(read)
                if os.geteuid() == 0:
                    os.setgroups([])
                    os.setgid(65534)
                    os.setuid(65534)
                items = iter_documents([private / "page.html", base])
                os.write(write, repr([(type(i).__name__, getattr(i, "reason", None)) for i in items]).encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read) as stream:
            seen = stream.read()
        os.waitpid(pid, 0)
    finally:
        (base / "private").chmod(0o755)
        shutil.rmtree(base)
    denied = ("InputError", "cannot read: Permission denied")
    assert seen == repr([denied, denied, ("InputError", "cannot list directory: Permission denied"), ("Document", None)])


def test_folders_nested_1500_deep_are_walked(tmp_path: Path) -> None:
    """Deeper than Python's recursion limit (the walk was recursive: RecursionError ended the batch)."""
    from newsgraph.ingest import Document, iter_documents

    levels = [tmp_path.joinpath(*["d"] * depth) for depth in range(1, 1501)]
    for level in levels:  # os.makedirs and Path.mkdir(parents=True) recurse themselves
        level.mkdir()
    page = levels[-1] / "page.html"
    page.write_bytes(PAGE.read_bytes())
    try:
        items = list(iter_documents([levels[0]]))
        assert [(type(i), i.uri) for i in items] == [(Document, str(page))]
    finally:
        page.unlink()
        for level in reversed(levels):  # shutil.rmtree recurses too (Python 3.11)
            level.rmdir()
