"""The home page: the quizzes and timelines available."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template, session

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
    """Where browsers and other clients look for the icon without reading a page."""
    return current_app.send_static_file("favicon.ico")


@bp.get("/hello")
def hello():
    """The cheapest route of the app: the baseline of the load benchmark."""
    return "Hello, world!"
