"""The Starlette app: HTML pages and their JSON twins under ``/api``, over a store opened read-only."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from newsgraph.store import connect
from newsgraph.web import openapi
from newsgraph.web.cache import StoreCache
from newsgraph.web.headers import SecurityHeaders
from newsgraph.web.views import PAGES, Page, page_context

Endpoint = Callable[[Request], Response]


def with_query(request: Request, **changes: object) -> str:
    """This page's path and query, some parameters replaced (None drops one)."""
    query = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    query += [(k, str(v)) for k, v in changes.items() if v is not None]
    return request.url.path + ("?" + urlencode(query) if query else "")


def api_url(request: Request) -> str:
    """The JSON endpoint answering this page's data."""
    return "/api" + request.url.path + ("?" + request.url.query if request.url.query else "")


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("newsgraph.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(with_query=with_query, api_url=api_url)
    env.filters["pretty_json"] = lambda value: json.dumps(value, indent=2, ensure_ascii=False)
    return env


TEMPLATES = Jinja2Templates(env=_environment())


READ_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 1073741824")
"""Aggregates sort in memory (not in temp files) and pages are read through a memory map."""


def _open(request: Request) -> sqlite3.Connection:
    conn = connect(request.app.state.db, readonly=True)
    for pragma in READ_PRAGMAS:
        conn.execute(pragma)
    return conn


def _cached(request: Request, part: str, compute: Callable[[], dict]) -> dict:
    """``compute()`` once per URL and store version (views only read the store; their dicts are not mutated)."""
    return request.app.state.cache.get((part, request.url.path, request.url.query), compute)


def _html(page: Page) -> Endpoint:
    def endpoint(request: Request) -> Response:
        with closing(_open(request)) as conn:
            data = _cached(request, "data", lambda: page.view(conn, request))
            extra = _cached(request, "context",
                            lambda: page_context(conn, page.name, data, request.app.state.cache.get))
        return TEMPLATES.TemplateResponse(request, f"{page.name}.html", {"data": data, "page": page.name, **extra})

    return endpoint


def _api(page: Page) -> Endpoint:
    def endpoint(request: Request) -> Response:
        with closing(_open(request)) as conn:
            return JSONResponse(_cached(request, "data", lambda: page.view(conn, request)))

    return endpoint


def _api_docs(request: Request) -> Response:
    return TEMPLATES.TemplateResponse(request, "api.html", {"page": "api", "spec": openapi.document()})


def _openapi(request: Request) -> Response:
    return JSONResponse(openapi.document())


def _home(request: Request) -> Response:
    return RedirectResponse(request.url_for("search").include_query_params(**request.query_params))


async def _error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": detail, "status": status}, status_code=status)
    return TEMPLATES.TemplateResponse(request, "error.html", {"page": "error", "status": status, "detail": detail},
                                      status_code=status)


def create_app(db: str | os.PathLike) -> Starlette:
    """The web app over the store at ``db``, which must exist; it is only ever opened read-only."""
    path = Path(db).resolve()
    connect(path, readonly=True).close()  # fail now, not on the first request
    routes = [Route("/", _home), Route("/api", _api_docs, name="api"),
              Route("/api/openapi.json", _openapi, name="openapi")]
    for page in PAGES:
        routes.append(Route(page.path, _html(page), name=page.name))
        routes.append(Route("/api" + page.path, _api(page), name=f"api_{page.name}"))
    routes.append(Mount("/static", StaticFiles(packages=[("newsgraph.web", "static")]), name="static"))
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)],
                    exception_handlers={HTTPException: _error, Exception: _error})
    for name in TEMPLATES.env.list_templates():
        TEMPLATES.get_template(name)  # compiled now, not on each page's first request
    app.state.db = path
    app.state.cache = StoreCache(path)
    return app
