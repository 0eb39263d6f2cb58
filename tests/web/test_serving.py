"""Serving the dashboard and the docs: the shell on every page URL, assets, ETags, offline docs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app
from tests.conftest import DATA_DIR

SHELL = (
    '<!doctype html><link rel="stylesheet" href="{{asset:style.css}}">'
    '<script type="module" src="{{asset:app.js}}"></script><main id="main"></main>'
)


@pytest.fixture
def web_dir(tmp_path: Path) -> Path:
    """A built front end in miniature: the shell, two assets and the docs' files."""
    dist = tmp_path / "dist"
    (dist / "docs").mkdir(parents=True)
    (dist / "index.html").write_text(SHELL)
    (dist / "app.js").write_text("console.log('dashboard');")
    (dist / "style.css").write_text("body { margin: 0 }")
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "favicon.png"):
        (dist / "docs" / name).write_text(f"/* {name} */")
    (tmp_path / "secret.txt").write_text("not for the web")
    return dist


def client_for(tmp_path: Path, web_dir: Path) -> Iterator[TestClient]:
    """A client of an app (empty SQLite database) serving `web_dir`."""
    documents = tmp_path / "documents"
    documents.mkdir(exist_ok=True)
    settings = Settings(
        database_url="sqlite://", documents_dir=documents, data_dir=DATA_DIR, web_dir=web_dir
    )
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def client(tmp_path: Path, web_dir: Path) -> Iterator[TestClient]:
    """A client of an app serving the miniature front end."""
    yield from client_for(tmp_path, web_dir)


@pytest.mark.parametrize(
    "path", ["/", "/incidents/inc_4c1d2e3f4a5b", "/sources/centcom", "/search?q=x"]
)
def test_every_page_url_answers_the_shell(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert '<main id="main">' in response.text
    assert response.headers["cache-control"] == "no-cache"


def test_the_shell_names_assets_by_their_hash(client: TestClient, web_dir: Path) -> None:
    html = client.get("/").text
    script = re.search(r'src="(/static/app\.js\?v=\w+)"', html)
    assert script, html
    asset = client.get(script.group(1))
    assert asset.status_code == 200
    assert asset.text == "console.log('dashboard');"
    assert asset.headers["content-type"].startswith("text/javascript")
    assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    # Without the current version the asset is only kept for a minute, as the API's pages are.
    assert "max-age=60" in client.get("/static/app.js").headers["cache-control"]
    # A rebuilt bundle gets a new name in the shell.
    (web_dir / "app.js").write_text("console.log('rebuilt, longer');")
    assert script.group(1) not in client.get("/").text


def test_etag_and_304(client: TestClient) -> None:
    first = client.get("/static/style.css")
    etag = first.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{24}"', etag)
    again = client.get("/static/style.css", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    shell = client.get("/")
    assert (
        client.get("/search", headers={"If-None-Match": shell.headers["etag"]}).status_code == 304
    )
    assert client.get("/static/style.css", headers={"If-None-Match": '"other"'}).status_code == 200


@pytest.mark.parametrize(
    "name", ["missing.js", "../secret.txt", "..%2Fsecret.txt", "docs/../../secret.txt"]
)
def test_unknown_or_outside_files_are_404_problems(client: TestClient, name: str) -> None:
    response = client.get(f"/static/{name}")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "not for the web" not in response.text


def test_docs_use_the_bundled_assets_only(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assert "/openapi.json" in html
        assert not re.search(r"""(src|href)=["']?https?://""", html), html
        for url in re.findall(r"""(?:src|href)=["']?(/static/[^"' >]+)""", html):
            assert client.get(url).status_code == 200, url
    assert "swagger-ui-bundle.js" in client.get("/docs").text
    assert "redoc.standalone.js" in client.get("/redoc").text


def test_an_unbuilt_front_end_is_a_clear_503(tmp_path: Path) -> None:
    for client in client_for(tmp_path, tmp_path / "not-built"):
        for path in ("/", "/docs", "/redoc", "/static/app.js"):
            response = client.get(path)
            assert response.status_code == 503, path
            assert response.headers["content-type"] == "application/problem+json"
            assert "make web" in response.json()["detail"]
        # The API does not depend on the front end.
        assert client.get("/v1/incidents").status_code == 200
