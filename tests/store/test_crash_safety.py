"""Crash safety of a real ingest (real pipeline, real pages from tests/data/store_corpus).

kill -9 at seeded random points, a full disk, a read-only store and two ingests at once: after each,
``PRAGMA integrity_check`` is ok and a rerun leaves exactly what an uninterrupted run leaves. The
pipeline is loaded once (``nlp`` fixture); each ingest that is killed or must fail runs in a child
forked from this process, so a trial costs a fraction of a second, not a pipeline load.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsgraph.store import connect
from newsgraph.store.ingest import ingest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
COUNTED = ("articles", "actors", "actor_aliases", "mentions", "places", "times", "statements", "events", "errors")
BATCH = 2
PAGES = 3
SEED = 20261125
TRIALS = 21
FORK = multiprocessing.get_context("fork")


class Progress(ctypes.Structure):
    """Where the child's writer is, kept in memory shared with the parent, which reads it after the kill."""

    _fields_ = [("phase", ctypes.c_int), ("commits", ctypes.c_int), ("data", ctypes.c_int),
                ("commit_calls", ctypes.c_int), ("seconds", ctypes.c_double)]


IDLE, IN_TRANSACTION, COMMITTING, BETWEEN, RETURNED = range(5)


@dataclass(frozen=True)
class Plan:
    """Where a trial kills: the parent after ``delay`` s, or the child itself at its n-th data statement
    (the statement about to run) or during its n-th COMMIT (``delay`` s after the COMMIT started)."""

    mode: str  # "delay" | "statement" | "commit"
    n: int = 0
    delay: float = 0.0


def _trace(sql: str, state: Progress, plan: Plan | None) -> None:
    """SQLite's statement hook in the child: track the writer's phase, kill at the planned statement."""
    kind = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    if state.phase == COMMITTING:  # the COMMIT returned: a new statement starts
        state.commits += 1
        state.phase = BETWEEN
    if kind == "BEGIN":
        state.phase = IN_TRANSACTION
    elif kind == "ROLLBACK":
        state.phase = BETWEEN
    elif kind == "COMMIT":
        state.phase = COMMITTING
        state.commit_calls += 1
        if plan and plan.mode == "commit" and state.commit_calls == plan.n:
            _kill_self(plan.delay)
    elif state.phase == IN_TRANSACTION and kind in ("INSERT", "UPDATE", "DELETE"):
        state.data += 1
        if plan and plan.mode == "statement" and state.data == plan.n:
            _kill_self(0.0)


def _kill_self(delay: float) -> None:
    """SIGKILL this process now, or from a thread after ``delay`` s (SQLite runs the statement meanwhile)."""
    if delay <= 0:
        os.kill(os.getpid(), signal.SIGKILL)
    threading.Timer(delay, os.kill, (os.getpid(), signal.SIGKILL)).start()


def _reported(state: Progress) -> None:
    if state.phase == COMMITTING:
        state.commits += 1
        state.phase = BETWEEN


def _traced_ingest(inputs: list[Path], path: Path, state: Progress, plan: Plan | None) -> None:
    """The child: the real ingest, with the writer's connection traced into ``state``."""
    import newsgraph.store.writer as writer_module

    real_connect = writer_module.connect

    def traced(db: Path) -> sqlite3.Connection:
        conn = real_connect(db)
        conn.set_trace_callback(lambda sql: _trace(sql, state, plan))
        return conn

    writer_module.connect = traced
    started = time.perf_counter()
    ingest(inputs, path, batch_size=BATCH, report=lambda counts, records: _reported(state))
    state.seconds = time.perf_counter() - started
    state.phase = RETURNED  # a kill armed late may still land, while the child exits


def landed(state: Progress) -> str:
    """Which part of the ingest the kill interrupted."""
    if state.phase == IN_TRANSACTION:
        return "mid-batch"
    if state.phase == COMMITTING:
        return "during COMMIT"
    if state.phase == RETURNED:
        return "after the ingest returned"
    return "before the first commit" if state.commits == 0 else "after a commit (no transaction open)"


def snapshot(path: Path) -> dict[str, object]:
    """Row counts of every stored table and the actors' derived counts."""
    conn = connect(path, readonly=True)
    shot: dict[str, object] = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}
    shot["actor counts"] = sorted(tuple(r) for r in conn.execute(
        "SELECT name, n_articles, n_mentions, n_statements, n_events FROM actors"))
    conn.close()
    return shot


def healthy(path: Path) -> bool:
    """``PRAGMA integrity_check`` says ok and no foreign key dangles (a missing store is trivially healthy)."""
    if not path.exists():
        return True
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                and conn.execute("PRAGMA foreign_key_check").fetchall() == [])
    finally:
        conn.close()


def stored_articles(path: Path) -> int:
    if not path.exists() or path.stat().st_size == 0:
        return 0
    conn = sqlite3.connect(path)
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone()
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] if has else 0
    finally:
        conn.close()


def statuses(path: Path) -> list[str]:
    return [r[0] for r in connect(path, readonly=True).execute("SELECT status FROM runs ORDER BY id")]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three real pages with an empty file (an input error) between them: a batch mixes an error and an article."""
    empty = tmp_path_factory.mktemp("inputs") / "empty.html"
    empty.write_bytes(b"")
    pages = sorted(CORPUS.glob("*.html"))[:PAGES]
    return [*pages[:2], empty, *pages[2:]]


@dataclass
class Reference:
    """An uninterrupted traced run: what the store holds after it, and how many statements and seconds it took."""

    snapshot: dict[str, object]
    data_statements: int
    commits: int
    seconds: float


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, nlp, inputs: list[Path]) -> Reference:
    """Run once, uninterrupted, in a forked child traced like the trials."""
    path = tmp_path_factory.mktemp("reference") / "corpus.db"
    state = FORK.RawValue(Progress)
    child = FORK.Process(target=_traced_ingest, args=(inputs, path, state, None))
    child.start()
    child.join()
    assert child.exitcode == 0
    shot = snapshot(path)
    assert (shot["articles"], shot["errors"]) == (PAGES, 1) and shot["statements"] and shot["events"]
    return Reference(shot, state.data, state.commit_calls, state.seconds)


def plans(reference: Reference) -> Iterator[Plan]:
    """TRIALS seeded kill points: a third at a random time, a third at a random data statement, a third
    during a random COMMIT (immediately or up to 2 ms after it started)."""
    rng = random.Random(SEED)
    for trial in range(TRIALS):
        mode = ("delay", "statement", "commit")[trial % 3]
        if mode == "delay":
            yield Plan(mode, delay=round(rng.uniform(0, 0.6 * reference.seconds), 4))
        elif mode == "statement":
            yield Plan(mode, n=rng.randint(1, reference.data_statements))
        else:
            yield Plan(mode, n=rng.randint(1, reference.commits), delay=rng.choice([0.0, rng.uniform(0, 0.002)]))


def test_kill_9_at_random_points_then_rerun_equals_an_uninterrupted_run(tmp_path, inputs, reference):
    log: list[str] = []
    for trial, plan in enumerate(plans(reference)):
        for attempt in range(4):  # a delay longer than this run took (machine load varies): halve it, run again
            path = tmp_path / f"trial-{trial}-{attempt}.db"
            state = FORK.RawValue(Progress)
            child = FORK.Process(target=_traced_ingest, args=(inputs, path, state, plan))
            child.start()
            if plan.mode == "delay":
                child.join(plan.delay)
                if child.is_alive():
                    os.kill(child.pid, signal.SIGKILL)
            child.join()
            killed = child.exitcode == -signal.SIGKILL
            if killed or plan.mode != "delay":
                break
            plan = Plan(plan.mode, delay=round(plan.delay / 2, 4))
        where = landed(state) if killed else "not killed (ingest finished first)"
        stored = stored_articles(path)
        log.append(f"trial {trial}: {plan} -> {where}, {stored} articles stored at the kill")
        print(log[-1])
        assert healthy(path), log[-1]
        result, _ = ingest(inputs, path, batch_size=BATCH)
        assert (result.added, result.skipped) == (PAGES - stored, stored), log[-1]
        assert snapshot(path) == reference.snapshot, log[-1]
        assert healthy(path), log[-1]
        runs = statuses(path)  # a killed run is marked interrupted, unless the kill came after it recorded done
        assert runs[-1] == "done" and set(runs[:-1]) <= {"interrupted", "done"}, (log[-1], runs)
        assert "done" not in runs[:-1] or stored == PAGES, (log[-1], runs)
    report = "\n".join(log)
    assert sum("not killed" not in line for line in log) >= 20, report
    for where in ("before the first commit", "mid-batch", "during COMMIT", "after a commit (no transaction open)"):
        assert any(f"-> {where}," in line for line in log), f"no kill landed {where}:\n{report}"


def _cli_child(argv: list[str], stderr_fd: int, setup: Callable[[], None] | None) -> None:
    """The child: ``newsgraph ingest ARGV`` with stderr sent to ``stderr_fd``, after ``setup`` (limits, uid)."""
    import argparse

    from newsgraph.store import cli_ingest

    os.dup2(stderr_fd, 2)
    sys.stderr = open(2, "w", buffering=1, closefd=False)  # pytest may have replaced sys.stderr
    if setup:
        setup()
    parser = argparse.ArgumentParser()
    cli_ingest.add_arguments(parser)
    code = cli_ingest.run(parser.parse_args(argv))
    sys.stderr.flush()
    sys.exit(code)


def run_cli(inputs: list[Path], db: Path, *extra: str, setup: Callable[[], None] | None = None) -> tuple[int, str]:
    """``newsgraph ingest`` in a forked child; its exit code and stderr."""
    read_fd, write_fd = os.pipe()
    argv = [*map(str, inputs), "--db", str(db), "--batch-size", str(BATCH), "--no-progress", *extra]
    child = FORK.Process(target=_cli_child, args=(argv, write_fd, setup))
    child.start()
    os.close(write_fd)
    with os.fdopen(read_fd, encoding="utf-8", errors="replace") as stream:
        stderr = stream.read()
    child.join()
    return child.exitcode, stderr


def assert_one_line_store_error(code: int, stderr: str, *words: str) -> None:
    """Exit 1, no traceback, and the last stderr line names the store and the reason."""
    assert code == 1 and "Traceback" not in stderr, stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("newsgraph: cannot write the store ") and all(w in last for w in words), stderr


def _file_size_limit(limit: int) -> Callable[[], None]:
    def setup() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills the process at the limit
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return setup


def half_stored(db: Path, inputs: list[Path]) -> None:
    """The store holding the first batch (two of the three pages), as a first run leaves it."""
    ingest(inputs[:BATCH], db, batch_size=BATCH)
    assert stored_articles(db) == BATCH


def test_a_file_size_limit_gives_one_error_line_and_a_consistent_store(tmp_path, inputs, reference):
    """RLIMIT_FSIZE: writes past 48 KiB fail (EFBIG), so the WAL cannot take the next batch; no mount needed."""
    db = tmp_path / "corpus.db"
    half_stored(db, inputs)
    code, stderr = run_cli(inputs, db, setup=_file_size_limit(48 * 1024))
    assert_one_line_store_error(code, stderr, str(db), "disk I/O error (SQLITE_IOERR_WRITE)")
    assert stored_articles(db) == BATCH and healthy(db)
    result, _ = ingest(inputs, db, batch_size=BATCH)
    assert (result.added, result.skipped) == (PAGES - BATCH, BATCH)
    assert snapshot(db) == reference.snapshot and healthy(db)
    assert statuses(db)[-1] == "done"


def _mount(*args: str) -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        ["mount", *args], capture_output=True).returncode == 0


@pytest.fixture()
def disk_or_none(tmp_path: Path) -> Iterator[Path | None]:
    """A 16 MiB tmpfs, unmounted after the test; None where mounting is not allowed."""
    where = tmp_path / "disk"
    where.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=16m", "tmpfs", str(where)):
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


@pytest.fixture()
def disk(disk_or_none: Path | None) -> Path:
    """The tmpfs; skipped where mounting is not allowed (then the file-size-limit test above is the proof)."""
    if disk_or_none is None:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    return disk_or_none


def test_a_full_disk_gives_one_error_line_and_a_consistent_store(disk, inputs, reference):
    """The disk really fills (ENOSPC): the tmpfs shrinks to what the store uses plus 48 KiB, less than the
    shared-memory file (32 KiB) and the WAL of the next batch need."""
    db = disk / "corpus.db"
    half_stored(db, inputs)
    used = shutil.disk_usage(disk).used
    assert _mount("-o", f"remount,size={used + 48 * 1024}", str(disk))
    code, stderr = run_cli(inputs, db)
    assert_one_line_store_error(code, stderr, str(db), "database or disk is full (SQLITE_FULL)")
    assert stored_articles(db) == BATCH and healthy(db)
    assert _mount("-o", "remount,size=16m", str(disk))  # space is available again
    result, _ = ingest(inputs, db, batch_size=BATCH)
    assert (result.added, result.skipped) == (PAGES - BATCH, BATCH)
    assert snapshot(db) == reference.snapshot and healthy(db)


def test_a_disk_with_no_space_at_all_gives_one_error_line(tmp_path, inputs, disk_or_none):
    """Not one byte can be written, not even the lock file's pid: a full tmpfs where mounting works, else a
    file size limit of 0."""
    if disk_or_none:
        db = disk_or_none / "corpus.db"
        (disk_or_none / "filler").write_bytes(b"\0" * shutil.disk_usage(disk_or_none).free)
        code, stderr = run_cli(inputs, db)
        assert_one_line_store_error(code, stderr, str(db), "no space left on device")
    db = tmp_path / "corpus.db"
    code, stderr = run_cli(inputs, db, setup=_file_size_limit(0))
    assert_one_line_store_error(code, stderr, str(db), "file too large")


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with a hash of its bytes: proof that nothing changed."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _as_user(uid: int) -> Callable[[], None]:
    def setup() -> None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    return setup


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_store_gives_one_error_line_and_changes_nothing(read_only, inputs, reference):
    """The store (half ingested) cannot be written by the user: as root, the child runs as ``nobody``."""
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-ro-"))  # not below pytest's 0700 tmp, so nobody can enter
    try:
        db = folder / "corpus.db"
        half_stored(db, inputs)
        before = fingerprint(folder)
        folder.chmod(0o755 if read_only == "file" else 0o555)
        db.chmod(0o444 if read_only == "file" else 0o666)
        for name in before:
            if name != "corpus.db":
                (folder / name).chmod(0o666)
        setup = _as_user(65534) if os.geteuid() == 0 else None
        code, stderr = run_cli(inputs, db, setup=setup)
        assert_one_line_store_error(code, stderr, str(db), f"its {read_only} is read-only")
        assert fingerprint(folder) == before and healthy(db)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_read_only_mount_gives_one_error_line_and_changes_nothing(tmp_path, inputs, reference):
    """Even root cannot write through a read-only bind mount (skipped where mounting is not allowed)."""
    folder, view = tmp_path / "store", tmp_path / "ro"
    folder.mkdir()
    view.mkdir()
    half_stored(folder / "corpus.db", inputs)
    before = fingerprint(folder)
    if not _mount("--bind", str(folder), str(view)):
        pytest.skip("cannot bind-mount here (needs root with CAP_SYS_ADMIN)")
    try:
        assert _mount("-o", "remount,bind,ro", str(view))
        code, stderr = run_cli(inputs, view / "corpus.db")
        assert_one_line_store_error(code, stderr, "read-only")
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)
    assert fingerprint(folder) == before


def _hold_the_store(path: Path, locked: threading.Event, release: threading.Event) -> None:
    """The child: open a writer (the store's lock) and keep it until told to release."""
    from newsgraph.store.writer import Writer

    writer = Writer(path, {"holder": True})
    locked.set()
    release.wait(60)
    writer.close()


def test_a_second_ingest_is_refused_or_waits_for_the_first(tmp_path, inputs, reference):
    db = tmp_path / "corpus.db"
    locked, release = FORK.Event(), FORK.Event()
    holder = FORK.Process(target=_hold_the_store, args=(db, locked, release))
    holder.start()
    assert locked.wait(30)
    code, stderr = run_cli(inputs, db)
    assert code == 2 and "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == (
        f"newsgraph: {db} is being written by pid {holder.pid}; rerun with --wait to queue")
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    code, stderr = run_cli(inputs, db, "--wait")
    assert code == 0 and time.monotonic() - started >= 1.0, stderr
    assert f"newsgraph: {inputs[BATCH]}: empty input" in stderr.splitlines()  # one line, however long the path
    holder.join()
    assert snapshot(db) == reference.snapshot and healthy(db)
    assert statuses(db) == ["done", "done"]
