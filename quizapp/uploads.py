"""How much a request may send: every form of the app is small (MAX_CONTENT_LENGTH), except
the few views that take a file, which say so with @accepts_upload."""
from __future__ import annotations

from flask import Flask, current_app, request


def accepts_upload(max_bytes: int):
    """Let a view take up to `max_bytes` (an article, a bank file)."""

    def mark(view):
        view.max_upload_bytes = max_bytes
        return view

    return mark


def raise_limit_for_uploads() -> None:
    view = current_app.view_functions.get(request.endpoint)
    limit = getattr(view, "max_upload_bytes", None)
    if limit is not None:
        request.max_content_length = limit
        request.max_form_memory_size = limit  # a pasted article is a form field, not a file


def init_app(app: Flask) -> None:
    # Before the CSRF check, which reads the form (and so applies the limit) first.
    app.before_request(raise_limit_for_uploads)
