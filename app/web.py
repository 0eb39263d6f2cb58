"""The dashboard and the API docs, served offline from the front end built into `web/dist`.

`make web` (run by `make install`, `make run` and `make test`) bundles `web/src` with the npm
packages it needs (Leaflet, the Natural Earth outlines of world-atlas, Swagger UI, ReDoc) into
static files; nothing is fetched from another host at run time. The dashboard is a single page
that reads only the public `/v1` API: every page URL (`/`, `/incidents/{id}`, `/sources/{id}`,
`/search`) answers the same HTML shell and the script renders the page from the URL.

Files get a strong ETag (a hash of their bytes, as `app.cache.make_etag` makes for the API)
and answer `If-None-Match` with 304; the shell names each asset with its hash (`?v=...`), so
assets may be kept for a year and a rebuilt front end is picked up at the next page load.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

from app.api.problems import ProblemException
from app.cache import CACHE_CONTROL, etag_matches, make_etag

SHELL_CACHE_CONTROL = "no-cache"  # revalidate the shell so a rebuilt bundle is seen at once
ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable"  # only with a matching ?v=
ASSET = re.compile(r"\{\{asset:([\w./-]+)\}\}")
NOT_BUILT = (
    "the dashboard is not built: run `make web` (node and npm) to build web/dist, "
    "or set INCIDENTS_WEB_DIR to a built copy"
)


@dataclass(frozen=True)
class StaticFile:
    """A built file held in memory with its validator."""

    body: bytes
    media_type: str
    etag: bytes

    @property
    def version(self) -> str:
        """A short token naming these bytes, for `?v=` cache-busting."""
        return self.etag.decode().strip('"')[:12]


class Bundle:
    """The files of a built front end, read once and kept in memory (they are a few MB)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, tuple[tuple[int, int], StaticFile]] = {}

    @property
    def built(self) -> bool:
        """Whether the front end has been built into `root`."""
        return (self.root / "index.html").is_file()

    def get(self, name: str) -> StaticFile | None:
        """The file `name` (relative to the root), or None when it is not there.

        A file is read again when its size or modification time changed (a rebuild while the
        service runs); `make web` rewrites every file, the shell included.
        """
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root.resolve()):
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        if not path.is_file():
            return None
        signature = (stat.st_mtime_ns, stat.st_size)
        kept = self._files.get(name)
        if kept is not None and kept[0] == signature:
            return kept[1]
        body = path.read_bytes()
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if media_type.startswith("text/") or media_type in ("application/javascript",):
            media_type += "; charset=utf-8"
        found = StaticFile(body, media_type, make_etag(b"web", body))
        self._files[name] = (signature, found)
        return found

    def shell(self) -> StaticFile | None:
        """The page shell, naming each asset with its current version (checked every time)."""
        raw = self.get("index.html")
        if raw is None:
            return None
        body = ASSET.sub(lambda m: self.asset_url(m.group(1)), raw.body.decode()).encode()
        return StaticFile(body, raw.media_type, make_etag(b"web", body))

    def asset_url(self, name: str) -> str:
        """`/static/NAME?v=HASH` for an asset the shell names."""
        asset = self.get(name)
        if asset is None:
            raise ProblemException(503, f"{NOT_BUILT} (missing {name})")
        return f"/static/{name}?v={asset.version}"


def respond(request: Request, found: StaticFile, cache_control: str) -> Response:
    """The file, or a 304 when the client's `If-None-Match` names it."""
    headers = {"ETag": found.etag.decode(), "Cache-Control": cache_control}
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and etag_matches(if_none_match.encode(), found.etag):
        return Response(status_code=304, headers=headers)
    return Response(found.body, media_type=found.media_type, headers=headers)


def make_router(bundle: Bundle, *, openapi_url: str, title: str) -> APIRouter:
    """Routes for the dashboard's pages, its static files and the offline docs."""
    router = APIRouter(include_in_schema=False)

    def shell(request: Request) -> Response:
        """The page shell: the script renders the page the URL names."""
        found = bundle.shell()
        if found is None:
            raise ProblemException(503, NOT_BUILT)
        return respond(request, found, SHELL_CACHE_CONTROL)

    for path in ("/", "/incidents/{incident_id}", "/sources/{source_id}", "/search"):
        router.add_api_route(path, shell, methods=["GET", "HEAD"], name=f"dashboard {path}")

    @router.get("/static/{name:path}")
    def read_static(name: str, request: Request) -> Response:
        """A built asset: JS, CSS, the basemap, the docs' scripts."""
        found = bundle.get(name)
        if found is None:
            if not bundle.built:
                raise ProblemException(503, NOT_BUILT)
            raise ProblemException(404, f"no static file {name!r}")
        versioned = request.query_params.get("v") == found.version
        return respond(request, found, ASSET_CACHE_CONTROL if versioned else CACHE_CONTROL.decode())

    def docs_asset(name: str) -> str:
        """The versioned URL of a docs asset (a 503 when the front end is not built)."""
        return bundle.asset_url(f"docs/{name}")

    @router.get("/docs")
    def read_docs() -> HTMLResponse:
        """Swagger UI, from the bundled swagger-ui-dist."""
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} - Swagger UI",
            swagger_js_url=docs_asset("swagger-ui-bundle.js"),
            swagger_css_url=docs_asset("swagger-ui.css"),
            swagger_favicon_url=docs_asset("favicon.png"),
            oauth2_redirect_url=None,
        )

    @router.get("/redoc")
    def read_redoc() -> HTMLResponse:
        """ReDoc, from the bundled redoc standalone build, without web fonts from a CDN."""
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{title} - ReDoc",
            redoc_js_url=docs_asset("redoc.standalone.js"),
            redoc_favicon_url=docs_asset("favicon.png"),
            with_google_fonts=False,
        )

    return router


def mount_dashboard(app: FastAPI, web_dir: Path) -> None:
    """Serve the dashboard at `/` and the docs at `/docs` and `/redoc` from `web_dir`."""
    bundle = Bundle(web_dir)
    app.state.web_bundle = bundle
    app.include_router(make_router(bundle, openapi_url=app.openapi_url or "", title=app.title))
