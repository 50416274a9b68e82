"""A small slice of the hostile corpus: every input ends as a record or one error, none hangs."""

from __future__ import annotations

from pathlib import Path

from newsgraph.hardening.check import check
from newsgraph.hardening.corpus import MANIFEST, generate
from newsgraph.ingest import Limits


def test_every_hostile_input_is_accounted_for(tmp_path: Path, shared: Path) -> None:
    made = generate(tmp_path / "corpus", 34, shared, seed=7)
    assert made == 34 and (tmp_path / "corpus" / MANIFEST).exists()
    report = check(tmp_path / "corpus", Limits(extract_seconds=10))
    assert report.unaccounted == []
    assert report.articles > 0 and report.errors >= 14
    assert report.reasons["not a news page"] >= 4
    assert any(reason.startswith("gzip expands") for reason in report.reasons)
    assert report.rss_peak_mb - report.rss_start_mb < 1500


def test_ingest_stores_every_hostile_input_as_an_article_or_an_error_row(tmp_path: Path, shared: Path) -> None:
    """``bench hostile --ingest``: the batch survives and the store alone accounts for every input."""
    from newsgraph.hardening.check import account, check_ingest
    from newsgraph.store import connect

    generate(tmp_path / "corpus", 20, shared, seed=11)
    limits = Limits(extract_seconds=10, max_text_chars=20_000)
    report = check_ingest(tmp_path / "corpus", tmp_path / "hostile.db", limits, batch_size=4)
    assert report.inputs == 20 and report.unaccounted == []
    assert report.articles > 0 and report.errors >= 14
    conn = connect(tmp_path / "hostile.db", readonly=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    runs = [tuple(r) for r in conn.execute("SELECT status, documents FROM runs")]
    assert runs == [("done", report.articles + report.errors)]
    again = check_ingest(tmp_path / "corpus", tmp_path / "hostile.db", limits, batch_size=4)
    assert (again.articles, again.errors, again.unaccounted) == (report.articles, report.errors, [])
    so_far = account(tmp_path / "corpus", tmp_path / "hostile.db", complete=False)  # as for a stopped run
    assert (so_far.covered, so_far.unaccounted) == (20, [])
