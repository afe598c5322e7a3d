"""htmx helpers: is this an htmx request, page-or-partial rendering, htmx-aware redirects."""
from __future__ import annotations

import json

from flask import Response, redirect, render_template, request


def is_htmx() -> bool:
    """A request made by htmx, except a history restore, which needs the whole page."""
    # request.htmx comes from htmx-flask's Htmx extension, registered in the factory.
    return bool(request.htmx) and not request.htmx.history_restore_request


def render(page: str, partial: str, status: int = 200, **context) -> Response:
    """The full page, or only its partial for htmx; either way the URL varies on HX-Request."""
    response = Response(render_template(partial if is_htmx() else page, **context), status)
    response.vary.add("HX-Request")
    return response


def redirect_to(url: str) -> Response:
    """303 for a plain form post; for htmx, HX-Location (htmx cannot see a 3xx).

    htmx then fetches `url` as an htmx request, whose partial replaces the page's <main>.
    """
    if is_htmx():
        response = Response(status=200)
        response.headers["HX-Location"] = json.dumps({"path": url, "target": "#main"})
        return response
    return redirect(url, code=303)


def navigate_to(url: str) -> Response:
    """Like redirect_to, but htmx loads the whole page (HX-Redirect): for pages that have no
    partial for <main>, as the teachers' pages."""
    if is_htmx():
        response = Response(status=200)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url, code=303)
