"""Results of heavy aggregate queries kept per store version, so repeat views of a big store are instant.

The version is the size and modification time of the store file and its WAL: any ingest changes it,
and every entry computed for an older version is dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class StoreCache:
    """A thread-safe LRU of query results for one store file."""

    def __init__(self, path: Path, size: int = 256) -> None:
        self.path, self.size = path, size
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._version: tuple = ()
        self._lock = threading.Lock()

    def version(self) -> tuple:
        """(size, mtime) of the store and of its write-ahead log."""
        parts = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                stat = path.stat()
                parts.append((stat.st_size, stat.st_mtime_ns))
            except FileNotFoundError:
                parts.append(None)
        return tuple(parts)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached value of ``key`` for the store as it is now, computed on a miss."""
        version = self.version()
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            if version == self._version:
                self._entries[key] = value
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value
