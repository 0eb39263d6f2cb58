"""Fixtures for the dashboard: a served app (uvicorn subprocess) and a real browser (chromium).

Browser tests need Debian's chromium (`/usr/bin/chromium`, or `INCIDENTS_CHROMIUM`), the
`playwright` package (the driver only: the browser is never downloaded) and the built front end
(`make web`). Without them they skip with a message; with `INCIDENTS_REQUIRE_BROWSER=1` (set by
`.ci/run`) they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests import servers
from tests.conftest import PROJECT_ROOT

WEB_DIST = PROJECT_ROOT / "web" / "dist"
DEV_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "dev"
SEED = PROJECT_ROOT / "data" / "documents"
SCREENSHOTS = Path(os.environ.get("INCIDENTS_SCREENSHOTS", PROJECT_ROOT / "docs" / "screenshots"))
PORTS = range(9010, 9030)


def _browser_required() -> bool:
    """Whether a missing browser is a failure (CI) rather than a skip."""
    return os.environ.get("INCIDENTS_REQUIRE_BROWSER") == "1"


def _unavailable(reason: str) -> None:
    """Skip the browser test, or fail it when a browser is required."""
    if _browser_required():
        pytest.fail(f"browser required (INCIDENTS_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(f"browser test skipped: {reason}")


def chromium_path() -> str | None:
    """Debian's chromium, or the one INCIDENTS_CHROMIUM names."""
    configured = os.environ.get("INCIDENTS_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    """A port in 9010-9029 nothing listens on (the range this project's servers may use)."""
    return servers.free_port(PORTS)


@dataclass
class Server:
    """A running app: its base URL and the API's answers, read with urllib."""

    url: str
    process: subprocess.Popen[bytes]

    def get(self, path: str) -> Any:
        """GET a path of the running app as JSON."""
        import json

        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return json.load(response)


def start_server(tmp: Path, documents: Path) -> Iterator[Server]:
    """Serve the app on a fresh SQLite file holding `documents` (loaded at start-up)."""
    if not (WEB_DIST / "index.html").exists():
        _unavailable("the front end is not built (run `make web`)")
    port = free_port()
    env = {
        **os.environ,
        "INCIDENTS_DATABASE_URL": f"sqlite:///{tmp / 'incidents.db'}",
        "INCIDENTS_DOCUMENTS_DIR": str(documents),
        "INCIDENTS_LOAD_ON_STARTUP": "true",
        "INCIDENTS_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    log = (tmp / "server.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {(tmp / 'server.log').read_text()[-2000:]}")
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield Server(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless chromium driven by Playwright (launched once per test session)."""
    executable = chromium_path()
    if executable is None:
        _unavailable("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[Server]:
    """The app on the seed article (data/documents)."""
    yield from start_server(tmp_path_factory.mktemp("seed"), SEED)


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[Server]:
    """The app on the development corpus (../shared/corpus/dev); skips when it is absent."""
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"{DEV_CORPUS} is absent")
    yield from start_server(tmp_path_factory.mktemp("dev"), DEV_CORPUS)


@dataclass
class Watched:
    """A browser page and what went wrong in it (console errors, uncaught exceptions)."""

    page: Any
    errors: list[str] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)

    def shot(self, name: str, height: int = 900) -> None:
        """Save the top `height` pixels of the page as docs/screenshots/NAME.png (kept small)."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        size = self.page.viewport_size
        total = self.page.evaluate("document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(total, height)}
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True, clip=clip)


def open_page(browser: Any, *, width: int = 1280, height: int = 900) -> Iterator[Watched]:
    """A fresh page that records console errors and refuses every request off this machine."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    watched = Watched(page)
    page.on("console", lambda m: m.type == "error" and watched.errors.append(m.text))
    page.on("pageerror", lambda e: watched.errors.append(str(e)))

    def offline(route: Any) -> None:
        """Only 127.0.0.1 answers: anything else (a CDN, a tile server) is recorded and aborted."""
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            watched.remote.append(route.request.url)
            route.abort()

    page.route("**/*", offline)
    yield watched
    context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    """A desktop-sized page; the test fails if the page logged an error or reached off-machine."""
    for watched in open_page(browser):
        yield watched
        assert watched.errors == [], f"console errors: {watched.errors}"
        assert watched.remote == [], f"requests off this machine: {watched.remote}"


@pytest.fixture
def phone(browser: Any) -> Iterator[Watched]:
    """A phone-sized page (390 x 844), with the same checks as `page`."""
    for watched in open_page(browser, width=390, height=844):
        yield watched
        assert watched.errors == [], f"console errors: {watched.errors}"
        assert watched.remote == [], f"requests off this machine: {watched.remote}"
