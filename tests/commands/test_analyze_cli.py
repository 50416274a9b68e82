"""``newsgraph analyze`` as a user runs it: summary, JSON Lines, stdin, errors, exit status, resume."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CLI = [sys.executable, "-m", "newsgraph.cli", "analyze"]


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, input=stdin, capture_output=True, cwd=ROOT, timeout=300)


def test_summary_jsonl_errors_and_resume(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.html").write_bytes(b"")
    (junk / "blob.dat").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "articles.jsonl"
    first = _run(["examples/seed-article.txt", str(junk), "-o", str(out)])
    assert first.returncode == 1
    errors = first.stderr.decode().splitlines()
    assert sum(line.startswith("newsgraph: error: ") for line in errors) == 2
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["kind"] for r in rows].count("article") == 1 and len(rows) == 3

    with out.open("a") as handle:  # a crash mid-write leaves half a line
        handle.write('{"schema": "newsgraph.record/1", "kind": "art')
    again = _run(["examples/seed-article.txt", "examples/harbor-talks.html", "-o", str(out)])
    assert again.returncode == 0, again.stderr.decode()
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["kind"] for r in rows].count("article") == 2
    assert "1 already there, skipped" in again.stderr.decode()


def test_stdin_with_published_date_to_stdout() -> None:
    page = (ROOT / "examples/harbor-talks.html").read_bytes()
    done = _run(["-", "--published", "2025-03-15", "-o", "-"], stdin=page)
    assert done.returncode == 0
    [row] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert row["published"] == {"value": "2025-03-15", "basis": "option"}
    assert row["source"]["uri"] == "-"


def test_clean_text_from_stdin_keeps_the_headline_and_the_last_line() -> None:
    """``--clean-text``: a clean article's every line is body (the chrome model takes its headline for chrome)."""
    text = (ROOT / "tests/data/quotes_brat/text/news_2024-03-12_kelly-veto.txt").read_bytes()
    plain, clean = (_run(["-", "-o", "-", *flag], stdin=text) for flag in ([], ["--clean-text"]))
    assert plain.returncode == clean.returncode == 0
    [before], [after] = ([json.loads(line) for line in done.stdout.decode().splitlines()] for done in (plain, clean))
    assert not before["text"].startswith("Governor vetoes") and before["boilerplate"]
    assert after["text"].startswith("Governor vetoes") and after["text"].endswith("challenged in court.")
    assert after["boilerplate"] == []


def test_terminal_summary_of_the_seed() -> None:
    done = _run(["examples/seed-article.txt"])
    assert done.returncode == 0
    text = done.stdout.decode()
    assert re.search(r"Actors: \d+", text) and "Zelenskyy" in text


def test_the_summary_says_why_an_article_in_another_language_has_no_actors() -> None:
    german = ("Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Markthalle am Hafen zu "
              "sanieren. Die Arbeiten sollen im kommenden Frühjahr beginnen, sagte die Bürgermeisterin.")
    done = _run(["--clean-text", "-"], stdin=german.encode())
    text = " ".join(done.stdout.decode().split())
    assert done.returncode == 0 and "language de: actors, places, times, statements and events are read" in text
    assert "Actors:" not in text
