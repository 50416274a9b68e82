"""Ctrl-C and SIGTERM stop ``newsgraph ingest`` and ``analyze --output`` promptly and cleanly, and a rerun resumes.

Each command runs as the console script does (``newsgraph.cli.main``) in a child forked from this process,
which has loaded the pipeline once (``nlp`` fixture): a run costs seconds, not a pipeline load. The child
gets the signal dispositions of a command started from an interactive terminal (SIGINT raises
KeyboardInterrupt, SIGTERM is the default), whatever this test process inherited.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.hardening.signals import Terminated, exit_status, signals_held
from newsgraph.store.ingest import ingest
from tests.store.test_crash_safety import CORPUS, healthy, snapshot, statuses

FORK = multiprocessing.get_context("fork")
PROMPT = 10.0
"""Seconds a stopped run may take to exit (about 1-3 s on a loaded 2-core machine)."""


def _cli(argv: list[str], stderr_fd: int) -> None:
    """The child: ``newsgraph ARGV`` with stderr to ``stderr_fd`` and a terminal's signal dispositions."""
    from newsgraph.cli import main

    os.dup2(stderr_fd, 2)
    sys.stderr = open(2, "w", buffering=1, closefd=False)  # pytest may have replaced sys.stderr
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    code = main(argv)
    sys.stderr.flush()
    sys.exit(code)


def run_cli(argv: list[str], ready: Callable[[], bool] | None = None,
            signum: int = signal.SIGINT) -> tuple[int, str, float | None]:
    """``newsgraph ARGV`` in a forked child, sent ``signum`` as soon as ``ready()``; its exit code, stderr and
    the seconds from the signal to its exit (None if it finished first)."""
    read_fd, write_fd = os.pipe()
    child = FORK.Process(target=_cli, args=(argv, write_fd))
    child.start()
    os.close(write_fd)
    sent = None
    while ready and child.is_alive():
        if ready():
            os.kill(child.pid, signum)
            sent = time.monotonic()
            break
        time.sleep(0.02)
    with os.fdopen(read_fd, encoding="utf-8", errors="replace") as stream:
        stderr = stream.read()
    child.join()
    return child.exitcode, stderr, None if sent is None else time.monotonic() - sent


def articles_stored(db: Path) -> bool:
    """Whether the store holds a committed article yet (read like any other reader, WAL and all)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] > 0
    except sqlite3.Error:  # not created yet
        return False


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The eight store_corpus pages and an empty file (an input error), one batch each."""
    empty = tmp_path_factory.mktemp("pages") / "empty.html"
    empty.write_bytes(b"")
    return [*sorted(CORPUS.glob("*.html")), empty]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_stopped_ingest_exits_promptly_marks_its_run_and_a_rerun_completes(tmp_path, nlp, pages, signum):
    reference = tmp_path / "reference.db"
    ingest(pages, reference, batch_size=1)
    db = tmp_path / "corpus.db"
    argv = ["ingest", *map(str, pages), "--db", str(db), "--batch-size", "1", "--no-progress"]

    code, stderr, seconds = run_cli(argv, ready=lambda: articles_stored(db), signum=signum)

    assert seconds is not None, "the ingest finished before it could be stopped"
    print(f"ingest stopped by signal {signum} exited {seconds:.2f} s after it")
    assert code == 128 + signum and seconds < PROMPT, (code, seconds, stderr)
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("newsgraph: interrupted; this run ") and "rerun the same command to resume" in last, stderr
    assert "Traceback" not in stderr, stderr
    assert healthy(db) and statuses(db) == ["interrupted"]
    stored = snapshot(db)["articles"]
    assert 0 < stored < len(pages) - 1

    code, stderr, _ = run_cli(argv)
    assert code == 0, stderr
    assert f"{stored} already stored" in stderr, stderr
    assert healthy(db) and statuses(db) == ["interrupted", "done"]
    assert snapshot(db) == snapshot(reference)


def test_a_stopped_analyze_leaves_whole_records_and_a_rerun_completes_the_file(tmp_path, nlp, pages):
    blanks = [tmp_path / f"blank-{n:02}.html" for n in range(14)]  # input errors: cheap, and first in their batch
    for blank in blanks:
        blank.write_bytes(b"")
    inputs = [*pages[:2], *blanks, *pages[2:-1]]  # a first batch of 16 (2 pages), then a second of 6 pages
    out = tmp_path / "records.jsonl"
    argv = ["analyze", *map(str, inputs), "--output", str(out)]

    code, stderr, seconds = run_cli(argv, ready=lambda: out.exists() and out.stat().st_size > 0)

    assert seconds is not None, "analyze finished before it could be stopped"
    print(f"analyze --output exited {seconds:.2f} s after Ctrl-C")
    assert code == 130 and seconds < PROMPT, (code, seconds, stderr)
    assert "newsgraph: interrupted after " in stderr and "rerun the same command to resume" in stderr, stderr
    raw = out.read_bytes()
    assert raw.endswith(b"\n")  # whole records only: nothing for the rerun to repair
    written = [json.loads(line) for line in raw.decode().splitlines()]
    assert 0 < len(written) < len(inputs)

    code, stderr, _ = run_cli(argv)
    assert code == 1, stderr  # the blanks are errors
    assert f"({len(written)} already there, skipped)" in stderr, stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    uris = [r["source"]["uri"] if r["kind"] == "article" else r["uri"] for r in records]
    assert sorted(uris) == sorted(map(str, inputs))  # one record per input: none lost, none twice


def test_signals_held_during_a_block_act_when_it_ends():
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal
    try:
        with pytest.raises(KeyboardInterrupt):
            with signals_held():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # Python runs signal handlers between bytecodes: it had its chance here
                finished = True
        assert finished
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, inherited)


def test_exit_status_follows_the_shell_convention():
    assert exit_status(KeyboardInterrupt()) == 130 and exit_status(Terminated()) == 143
