"""Quiz rounds: start with a nickname, one question at a time, feedback, results, retry."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, render_template, url_for

from quizapp import htmx, models
from quizapp.db import get_session
from quizapp.forms import StartRoundForm, answer_form
from quizapp.services import questions as shown
from quizapp.services import rounds

bp = Blueprint("quiz", __name__)


def load_round(token: str) -> models.Round:
    round_ = rounds.find_round(get_session(), token)
    if round_ is None:
        abort(404)
    return round_


def load_question(round_: models.Round, question_id: int) -> models.Question:
    question = rounds.find_question(round_, question_id)
    if question is None:
        abort(404)
    return question


def round_url(round_: models.Round) -> str:
    """Where the round resumes: its first unanswered question, or its results."""
    question = rounds.next_question(round_)
    if question is None:
        return url_for("quiz.results", token=round_.token)
    return url_for("quiz.question", token=round_.token, question_id=question.id)


def question_context(round_: models.Round, question: models.Question, form=None) -> dict:
    """Everything the question page and each of its partials need."""
    content = question.to_content()
    answer = rounds.answer_to(round_, question.id)
    context = {
        "round": round_,
        "question": question,
        "content": content,
        "number": rounds.number_of(round_, question.id),
        "progress": rounds.progress(round_),
        "answer": answer,
        "form": form or answer_form(content, formdata=None),
    }
    if answer is not None:
        context |= {
            "given": shown.answer_text(content.kind, answer.response["value"]),
            "right": shown.answer_text(content.kind, content.answer),
            "source": shown.highlight(content.source, shown.key_terms(question)),
            "next_url": round_url(round_),
        }
    return context


@bp.post("/quizzes/<int:quiz_id>/rounds")
def start(quiz_id: int):
    session = get_session()
    quiz = session.get(models.Quiz, quiz_id)
    if quiz is None:
        abort(404)
    form = StartRoundForm()
    if not form.validate_on_submit():
        return htmx.render(
            "home/start.html", "home/_start_form.html", status=422, quiz=quiz, form=form
        )
    round_ = rounds.start_round(session, quiz, form.nickname.data)
    session.commit()
    return htmx.redirect_to(round_url(round_))


@bp.get("/rounds/<token>")
def resume(token: str):
    return htmx.redirect_to(round_url(load_round(token)))


@bp.get("/rounds/<token>/questions/<int:question_id>")
def question(token: str, question_id: int):
    round_ = load_round(token)
    context = question_context(round_, load_question(round_, question_id))
    return htmx.render("quiz/page.html", "quiz/_round.html", **context)


@bp.post("/rounds/<token>/questions/<int:question_id>")
def answer(token: str, question_id: int):
    round_ = load_round(token)
    question = load_question(round_, question_id)
    form = answer_form(question.to_content())
    if form.wants_move():
        # An order question's up/down button without JavaScript: move, do not answer yet.
        form.apply_move()
        context = question_context(round_, question, form)
        return htmx.render("quiz/page.html", "quiz/_question.html", **context)
    if not form.validate_on_submit():
        context = question_context(round_, question, form)
        return htmx.render("quiz/page.html", "quiz/_question.html", status=422, **context)
    rounds.record_answer(get_session(), round_, question, form.value())
    if not htmx.is_htmx():
        return htmx.redirect_to(url_for("quiz.question", token=token, question_id=question_id))
    context = question_context(round_, question)
    return htmx.render("quiz/page.html", "quiz/_answered.html", **context)


@bp.get("/rounds/<token>/results")
def results(token: str):
    round_ = load_round(token)
    progress = rounds.progress(round_)
    if not progress.finished:
        return htmx.redirect_to(round_url(round_))
    context = {
        "round": round_,
        "progress": progress,
        "duration": rounds.duration(round_),
        "rows": results_rows(round_),
        "missed": len(rounds.missed_questions(round_)),
    }
    return htmx.render("quiz/results.html", "quiz/_results.html", **context)


def results_rows(round_: models.Round) -> list[dict]:
    rows = []
    for item in round_.items:
        content = item.question.to_content()
        answer = rounds.answer_to(round_, item.question_id)
        rows.append(
            {
                "prompt": content.prompt,
                "given": shown.answer_text(content.kind, answer.response["value"]),
                "right": shown.answer_text(content.kind, content.answer),
                "answer": answer,
            }
        )
    return rows


@bp.post("/rounds/<token>/retry")
def retry(token: str):
    round_ = load_round(token)
    retry_round = rounds.retry_missed(get_session(), round_)
    if retry_round is None:
        return htmx.redirect_to(url_for("quiz.results", token=token))
    return htmx.redirect_to(round_url(retry_round))


@bp.app_template_filter("duration")
def duration(delta: dt.timedelta) -> str:
    minutes, seconds = divmod(int(delta.total_seconds()), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


@bp.app_template_filter("points")
def points(score: float) -> str:
    """A score without a needless ".0": 3, 3.5."""
    return f"{score:.1f}".removesuffix(".0")
