"""Headless Chromium from the system packages, driven by Selenium (tests and screenshots).

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package (the ``test`` extra);
nothing is downloaded: Selenium Manager is kept offline and given both paths.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
DRIVER_NAMES = ("chromedriver",)

FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars")


def find(names: tuple[str, ...], env: str) -> str | None:
    """An executable named by ``env`` or found on PATH (``/usr/bin`` included)."""
    if os.environ.get(env):
        return os.environ[env]
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/bin", "/usr/lib/chromium"])
    return next((path for name in names if (path := shutil.which(name, path=search))), None)


def missing() -> str | None:
    """Why a browser cannot be started here, or None when it can."""
    if find(CHROMIUM_NAMES, "NEWSGRAPH_CHROMIUM") is None:
        return "no chromium on PATH (Debian: apt-get install chromium chromium-driver)"
    if find(DRIVER_NAMES, "NEWSGRAPH_CHROMEDRIVER") is None:
        return "no chromedriver on PATH (Debian: apt-get install chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


def start(width: int = 1400, height: int = 1000):
    """A new headless Chromium session with an empty profile; its console log is kept (``get_log``)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = find(CHROMIUM_NAMES, "NEWSGRAPH_CHROMIUM")
    for flag in FLAGS:
        options.add_argument(flag)
    profile = Path(tempfile.mkdtemp(prefix="newsgraph-chromium-"))
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(find(DRIVER_NAMES, "NEWSGRAPH_CHROMEDRIVER")), options=options)
    driver.set_page_load_timeout(30)
    return driver
