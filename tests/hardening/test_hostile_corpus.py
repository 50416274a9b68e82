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
