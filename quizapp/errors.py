"""Error pages: a full page, or a small fragment in the page's alert area for htmx."""
from __future__ import annotations

from flask import Flask, Response, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from quizapp.htmx import is_htmx

MESSAGES = {
    400: "The request was not understood.",
    403: "You may not do that.",
    404: "There is nothing here. The link may be mistyped or out of date.",
    405: "That action is not allowed here.",
    413: "That is too much text to send.",
    500: "Something went wrong on our side. Please try again.",
}
CSRF_MESSAGE = "This page has expired. Reload it and try again."


def error_response(status: int, message: str) -> Response:
    if is_htmx():
        response = Response(render_template("errors/_alert.html", message=message), status)
        # Errors go to the page's alert area, whatever element made the request.
        response.headers["HX-Retarget"] = "#alert"
        response.headers["HX-Reswap"] = "innerHTML"
    else:
        response = Response(
            render_template("errors/page.html", status=status, message=message), status
        )
    response.vary.add("HX-Request")
    return response


def handle_http_error(error: HTTPException) -> Response:
    code = error.code or 500
    return error_response(code, MESSAGES.get(code, error.description or MESSAGES[500]))


def handle_csrf_error(_error: CSRFError) -> Response:
    return error_response(400, CSRF_MESSAGE)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf_error)
    # Also renders unexpected exceptions: Flask logs them and raises InternalServerError.
    app.register_error_handler(HTTPException, handle_http_error)
