"""The per-store-version cache: hits while the store is unchanged, recomputes once it changes."""

from __future__ import annotations

import os

from newsgraph.web.cache import StoreCache


def test_entries_live_until_the_store_changes(tmp_path):
    store = tmp_path / "corpus.db"
    store.write_bytes(b"v1")
    cache, calls = StoreCache(store, size=2), []

    def compute(value: str):
        return lambda: calls.append(value) or value

    assert cache.get("a", compute("a1")) == "a1" and cache.get("a", compute("a2")) == "a1"
    (tmp_path / "corpus.db-wal").write_bytes(b"commit")  # an ingest appends to the write-ahead log
    assert cache.get("a", compute("a3")) == "a3"
    os.utime(store, ns=(1, 1))
    cache.get("b", compute("b")), cache.get("c", compute("c")), cache.get("d", compute("d"))
    assert cache.get("b", compute("b2")) == "b2"  # evicted: least recently used beyond size 2
    assert calls == ["a1", "a3", "b", "c", "d", "b2"]
