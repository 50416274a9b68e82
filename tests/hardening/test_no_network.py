"""Analysing files opens no socket: no model or data download hides in a dependency."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import sys
def refuse_sockets(event, args):
    if event in ("socket.__new__", "socket.connect", "socket.getaddrinfo", "urllib.Request"):
        raise RuntimeError(f"network access attempted: {event} {args!r:.200}")
sys.addaudithook(refuse_sockets)
import newsgraph
records = list(newsgraph.analyze_many(["examples"]))
assert len(records) == 5 and all(r.kind == "article" for r in records), records
print("ok", sum(len(r.entities) for r in records))
"""


def test_analyze_files_with_sockets_blocked() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok")
