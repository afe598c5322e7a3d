"""The home page: the quizzes and timelines available."""
from __future__ import annotations

from flask import Blueprint, render_template

from quizapp.db import get_session
from quizapp.forms import StartRoundForm
from quizapp.services import articles

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    session = get_session()
    return render_template(
        "home/page.html",
        quizzes=articles.list_quizzes(session),
        articles=articles.list_articles(session),
        form=StartRoundForm(),
    )


@bp.get("/hello")
def hello():
    """The cheapest route of the app: the baseline of the load benchmark."""
    return "Hello, world!"
