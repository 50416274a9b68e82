"""Web UI fixtures: one store ingested by the real pipeline from the bundled examples and the XSS page,
the app served by uvicorn on a free loopback port, and one headless Chromium per session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT

XSS_PAGE = DATA / "web_xss-article.html"


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus store built by ``ingest`` from ``examples/`` and the XSS fixture article."""
    from newsgraph.store.ingest import ingest

    db = tmp_path_factory.mktemp("web") / "corpus.db"
    counts, _ = ingest(sorted((ROOT / "examples").iterdir()) + [XSS_PAGE], db)
    if counts.errors:
        from newsgraph.store import connect

        with closing(connect(db, readonly=True)) as conn:
            errors = conn.execute("SELECT uri, error FROM errors").fetchall()
        pytest.fail("the pipeline failed on bundled inputs: " + "; ".join(f"{u}: {e}" for u, e in errors))
    assert counts.added >= 5
    return db


@pytest.fixture(scope="session")
def server(web_store: Path) -> Iterator[str]:
    """The base URL of the web app over ``web_store``."""
    from newsgraph.web.app import create_app
    from newsgraph.web.server import BackgroundServer

    with BackgroundServer(create_app(web_store)) as running:
        yield running.url


@pytest.fixture(scope="session")
def db(web_store: Path):
    """A read-only connection to the test store, to check pages against."""
    from newsgraph.store import connect

    conn = connect(web_store, readonly=True)
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian packages) driven by Selenium; skipped only when it is truly absent."""
    from newsgraph.web import browser as chromium

    reason = chromium.missing()
    if reason:
        pytest.skip(f"no browser for the web UI tests: {reason}")
    driver = chromium.start()
    yield driver
    driver.quit()
