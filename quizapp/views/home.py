"""The home page: the quizzes and timelines available."""
from __future__ import annotations

import functools
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, session

from quizapp.db import get_session
from quizapp.forms import StartRoundForm
from quizapp.services import articles, rounds

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    db = get_session()
    last_round = rounds.load_state(db, session.get("last_round", ""))
    return render_template(
        "home/page.html",
        quizzes=articles.list_quizzes(db),
        articles=articles.list_articles(db),
        form=StartRoundForm(),
        # The student's unfinished round, if this browser started one.
        unfinished=last_round if last_round and not last_round.progress().finished else None,
    )


@bp.get("/favicon.ico")
def favicon():
    """The icon of every page (and where clients look for one without reading a page): from
    memory, as a browser asks for it on every page and may leave before it has it all."""
    return Response(favicon_bytes(current_app.static_folder), mimetype="image/vnd.microsoft.icon",
                    headers={"Cache-Control": "public, max-age=86400"})


@functools.cache
def favicon_bytes(static_folder: str) -> bytes:
    return (Path(static_folder) / "favicon.ico").read_bytes()


@bp.get("/hello")
def hello():
    """The cheapest route of the app: the baseline of the load benchmark."""
    return "Hello, world!"
