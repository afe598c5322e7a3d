"""Each partial renders alone from the context its view gives it (as htmx receives it)."""
from __future__ import annotations

import re

import pytest

def render_template(name: str, **context) -> str:
    from flask import render_template as render  # lazily: collecting tests loads no Flask

    return render(name, **context)


ROUND_PARTIALS = ["quiz/_round.html", "quiz/_status.html", "quiz/_question.html",
                  "quiz/_feedback.html", "quiz/_answered.html"]


@pytest.fixture
def round_and_question(app, client, seeded, csrf):
    from quizapp.db import get_session
    from quizapp.services import rounds

    token = csrf(client.get("/").text)
    location = client.post(
        f"/q/{seeded['share']}/rounds", data={"csrf_token": token, "nickname": "Al"}
    ).headers["Location"]
    round_token = re.match(r"/rounds/([^/]+)", location).group(1)

    def load(answered: bool):
        session = get_session()
        first = rounds.load_state(session, round_token).question_ids[0]
        state = rounds.load_state(session, round_token, first)
        question = state.asked
        if answered:
            state = rounds.record_answer(session, state, question, "Maria Lopez")
        return state, question

    return load


@pytest.mark.parametrize("answered", [False, True])
@pytest.mark.parametrize("partial", ROUND_PARTIALS)
def test_quiz_partials_render_alone(app, round_and_question, partial, answered):
    from quizapp.views.quiz import question_context

    with app.test_request_context():
        state, question = round_and_question(answered)
        html = render_template(partial, **question_context(state, question))
    assert "<html" not in html
    assert "Who became mayor of Millbrook" in html or partial in ("quiz/_status.html", "quiz/_feedback.html")
    if partial == "quiz/_feedback.html":
        assert ("Right!" in html) == answered


def test_results_partial_renders_alone(app, round_and_question):
    with app.test_request_context():
        state, _ = round_and_question(True)
        html = render_template(
            "quiz/_results.html", round=state.round, progress=state.progress(),
            duration=state.duration(), rows=[], missed=0,
        )
    assert html.lstrip().startswith('<div id="round"')


def test_start_form_partial_renders_alone(app, seeded):
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.forms import StartRoundForm

    with app.test_request_context():
        quiz = get_session().get(models.Quiz, seeded["quiz"])
        html = render_template("home/_start_form.html", quiz=quiz, form=StartRoundForm())
    assert html.lstrip().startswith(f'<form id="start-{seeded["quiz"]}"')


@pytest.mark.parametrize("partial", ["timeline/_events.html", "timeline/_event.html", "timeline/_slide.html"])
def test_timeline_partials_render_alone(app, seeded, partial):
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.views.timeline import timeline_context

    with app.test_request_context():
        article = get_session().get(models.Article, seeded["article"])
        event = article.events[0]
        context = timeline_context(article) | {
            "event": event, "is_open": True, "step": 1, "total": 3, "hide_dates": False,
        }
        html = render_template(partial, **context)
    assert "Millbrook Council began planning a bridge" in html


def test_error_alert_partial_renders_alone(app):
    with app.test_request_context():
        html = render_template("errors/_alert.html", message="Gone.")
    assert "Gone." in html
