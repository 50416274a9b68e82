"""An append-only JSON Lines output that a rerun resumes instead of repeating."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from newsgraph.hardening.signals import signals_held
from newsgraph.record import Record, to_json


class ResumableJsonl:
    """Records appended one line at a time and flushed; reopening skips what is already written."""

    def __init__(self, path: Path, overwrite: bool = False) -> None:
        self.path = path
        self.done_ids: set[str] = set()
        self.done_errors: set[str] = set()
        if overwrite or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("", encoding="utf-8")
        else:
            self._load_and_repair()
        self._handle: TextIO = path.open("a", encoding="utf-8")

    def _load_and_repair(self) -> None:
        """Read the ids already written and cut a last line left half-written by a crash."""
        raw = self.path.read_bytes()
        keep = raw[: raw.rfind(b"\n") + 1]
        if len(keep) != len(raw):
            with self.path.open("r+b") as handle:
                handle.truncate(len(keep))
        for line in keep.decode("utf-8", "replace").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if row.get("kind") == "article":
                self.done_ids.add(row.get("id", ""))
            elif row.get("kind") == "error":
                self.done_errors.add(row.get("uri", ""))

    def write(self, record: Record) -> None:
        """Append one record and push it to disk, so a kill loses at most the record in flight (Ctrl-C or
        SIGTERM wait for the line to be written: the file always ends with a whole record)."""
        line = to_json(record) + "\n"
        with signals_held():
            self._handle.write(line)
            self._handle.flush()
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Close the file."""
        self._handle.close()
