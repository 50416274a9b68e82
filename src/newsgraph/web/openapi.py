"""The OpenAPI 3.1 document of the JSON API, built from the page table and the parameter table."""

from __future__ import annotations

import re

from newsgraph import __version__ as VERSION
from newsgraph.web.params import PARAMS
from newsgraph.web.views import PAGES

PATH_PARAMS = {"id": {"type": "string", "description": "Article id (Article.id)."},
               "id:int": {"type": "integer", "description": "Corpus actor id (actors.id)."}}


def _parameter(name: str) -> dict:
    p = PARAMS[name]
    schema: dict = {"type": p.type}
    if p.enum:
        schema["enum"] = list(p.enum)
    if p.default is not None:
        schema["default"] = p.default
    return {"name": name, "in": "query", "required": False, "description": p.description, "schema": schema}


def _operation(page) -> tuple[str, dict]:
    path = "/api" + page.path
    parameters = []
    for token in re.findall(r"\{([^}]+)\}", path):
        spec = PATH_PARAMS[token]
        parameters.append({"name": token.split(":")[0], "in": "path", "required": True,
                           "description": spec["description"], "schema": {"type": spec["type"]}})
    parameters += [_parameter(name) for name in page.parameters]
    responses = {"200": {"description": f"The data of the {page.name} page ({page.path}).",
                         "content": {"application/json": {"schema": {"type": "object"}}}},
                 "400": {"description": "A parameter is malformed."}}
    if "{" in path:
        responses["404"] = {"description": "Not in the store."}
    operation = {"operationId": page.name, "summary": page.summary, "parameters": parameters, "responses": responses}
    return re.sub(r":int\}", "}", path), {"get": operation}


def document() -> dict:
    """The OpenAPI document: one GET per page under ``/api``."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "newsgraph corpus API", "version": VERSION,
                 "description": "Read-only JSON over a newsgraph SQLite store; every web page has its endpoint "
                                "here, answering the same data the page shows."},
        "paths": dict(_operation(page) for page in PAGES),
    }
