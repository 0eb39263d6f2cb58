"""Time the dashboard in a real browser (chromium) on FA-KES, from the browser's own timings.

    .venv/bin/python bench/browser.py [--runs 7] [--database PATH] [--json results.json]

Loads FA-KES (`incidents load ... fakes.csv` with the README's mapping) into a fresh SQLite
file (or uses `--database`), serves it with uvicorn on a port in 9010-9029, and drives
Debian's chromium through Playwright. Each run opens a new browser context (an empty browser
cache) and measures, with `performance` marks the page sets:

- first load: navigation start to the incident list and map drawn (`incidents-list-ready`),
  and to every marker sized by its killed estimate (`incidents-sizes-ready`: one request per
  listed incident, as the list carries no estimates);
- filter change: the filter form submitted (`filter-submit`) to the new list and map drawn,
  and to the markers sized; each run filters by another source, so the server's response
  cache does not answer it.

Baselines in the same run, in the same browser: navigating to `/healthz` (the floor for any
page from this server) for the first load, and a bare `fetch()` of the same filtered
`/v1/incidents` page (with a `_r` cache-buster) for the filter change. Run 1 meets a cold
server (nothing in its response cache); later runs a warm one, as a user's second visit would.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the browser tests' helpers (tests/web)

from tests.web.conftest import free_port  # noqa: E402

FAKES = ROOT.parent / "shared" / "corpus" / "fa-kes" / "fakes.csv"
MAPPING = [
    *("--text", "article_content", "--title", "article_title"),
    *("--publisher", "source", "--published", "date", "--id-column", "unit_id"),
    *("--encoding", "latin-1"),
]
MARKS = """() => {
  const at = (name) => { const e = performance.getEntriesByName(name); return e.length ? e.at(-1).startTime : null; };
  return { submit: at("filter-submit"), list: at("incidents-list-ready"), sizes: at("incidents-sizes-ready") };
}"""


def load_fakes(database: Path) -> None:
    """Load FA-KES into `database` with the incidents CLI."""
    env = {**os.environ, "INCIDENTS_DATABASE_URL": f"sqlite:///{database}"}
    env.pop("DATABASE_URL", None)
    command = [str(Path(sys.executable).with_name("incidents")), "load", str(FAKES), *MAPPING]
    subprocess.run([*command, "--quiet"], env=env, check=True, cwd=ROOT)


def serve(database: Path, port: int) -> subprocess.Popen[bytes]:
    """uvicorn on `database`, once /healthz answers."""
    env = {
        **os.environ,
        "INCIDENTS_DATABASE_URL": f"sqlite:///{database}",
        "INCIDENTS_LOAD_ON_STARTUP": "false",
        "INCIDENTS_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).close()
            return process
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise SystemExit("the server did not start") from None
            time.sleep(0.2)


def measure(browser: Any, url: str, source: str) -> dict[str, float]:
    """One run in a fresh context: first load, a filter change, and their baselines (ms)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{url}/healthz")
    floor = page.evaluate("performance.getEntriesByType('navigation')[0].responseEnd")
    page.goto(f"{url}/")
    page.wait_for_selector("body[data-sizes='ready']", timeout=60_000)
    first = page.evaluate(MARKS)
    navigation = page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return { dom: n.domContentLoadedEventEnd, load: n.loadEventEnd }; })()"
    )
    page.fill("#filter-source", source)
    page.click("button:text('Apply filters')")
    page.wait_for_function(
        "document.body.dataset.sizes === 'ready' && location.search.includes('source=')"
    )
    change = page.evaluate(MARKS)
    bare = page.evaluate(
        """async (source) => {
          const t0 = performance.now();
          const r = await fetch(`/v1/incidents?source=${encodeURIComponent(source)}&limit=50&_r=${Math.random()}`);
          await r.json();
          return performance.now() - t0;
        }""",
        source,
    )
    context.close()
    if errors:
        raise SystemExit(f"page errors: {errors}")
    return {
        "healthz_ms": floor,
        "dom_content_loaded_ms": navigation["dom"],
        "load_event_ms": navigation["load"],
        "first_list_ms": first["list"],
        "first_sizes_ms": first["sizes"],
        "filter_list_ms": change["list"] - change["submit"],
        "filter_sizes_ms": change["sizes"] - change["submit"],
        "bare_fetch_ms": bare,
    }


def main() -> None:
    """Run the measurements and print a table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="a SQLite file with FA-KES loaded already")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    chromium = os.environ.get("INCIDENTS_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    if not (ROOT / "web" / "dist" / "index.html").exists():
        raise SystemExit("the front end is not built: run `make web`")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="incidents-browser-") as tmp:
        database = args.database
        if database is None:
            if not FAKES.exists():
                raise SystemExit(f"{FAKES} is absent")
            database = Path(tmp) / "fakes.db"
            load_fakes(database)
        port = free_port()
        server = serve(database, port)
        url = f"http://127.0.0.1:{port}"
        try:
            with urllib.request.urlopen(f"{url}/v1/sources?limit={args.runs}") as response:
                sources = [s["id"] for s in json.load(response)["items"]]
            total = json.load(urllib.request.urlopen(f"{url}/v1/incidents?limit=1"))["total"]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium)
                runs = [measure(browser, url, sources[i % len(sources)]) for i in range(args.runs)]
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)

    print(f"{total} incidents; {args.runs} runs; run 1 with a cold server cache\n")
    print(f"| measure | run 1 ms | median of runs 2-{args.runs} ms | × baseline (median) |")
    print("| --- | ---: | ---: | ---: |")
    rest = runs[1:] or runs

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rest)

    baselines = {
        "healthz_ms": None,
        "dom_content_loaded_ms": "healthz_ms",
        "load_event_ms": "healthz_ms",
        "first_list_ms": "healthz_ms",
        "first_sizes_ms": "healthz_ms",
        "bare_fetch_ms": None,
        "filter_list_ms": "bare_fetch_ms",
        "filter_sizes_ms": "bare_fetch_ms",
    }
    for key, base in baselines.items():
        ratio = f"{med(key) / med(base):.1f}" if base else "baseline"
        print(f"| {key} | {runs[0][key]:.0f} | {med(key):.0f} | {ratio} |")
    if args.json:
        args.json.write_text(json.dumps({"incidents": total, "runs": runs}, indent=2) + "\n")


if __name__ == "__main__":
    main()
