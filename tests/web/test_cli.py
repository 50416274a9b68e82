"""``newsgraph serve`` as a user starts it: the address it prints is the one it listens on, even for ``--port 0``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx


def test_serve_on_a_free_port_prints_the_port_it_got(web_store: Path) -> None:
    command = [sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(web_store), "--port", "0"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert url is not None and url.group(1) != "0", line
        response = httpx.get(url.group(0) + "search", timeout=30)
        assert response.status_code == 200 and "newsgraph" in response.text
    finally:
        process.terminate()
        process.wait(timeout=30)
