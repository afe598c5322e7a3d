"""Quizzes: built from a bank, shared by link, and their results for the teacher."""
from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp import charts, htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.forms import QuizForm, StartRoundForm
from quizapp.services import live, quizzes

bp = Blueprint("quizzes", __name__)


@bp.get("/q/<token:token>")
def share(token: str):
    """The link a teacher gives the class: the quiz's start page, no account needed."""
    quiz = quizzes.shared_quiz(get_session(), token)
    if quiz is None:
        abort(404)
    return htmx.render("home/start.html", "home/_start_form.html", quiz=quiz,
                       form=StartRoundForm(formdata=None))


def quiz_page(bank: models.Bank, form: QuizForm, status: int = 200, message: str | None = None):
    return htmx.render("quizzes/new.html", "quizzes/_form.html", status=status, bank=bank,
                       form=form, message=message)


@bp.get("/teacher/banks/<int:bank_id>/quizzes/new")
@login_required
def new(bank_id: int):
    bank = owned(models.Bank, bank_id)
    return quiz_page(bank, QuizForm(formdata=None, name=bank.name))


@bp.post("/teacher/banks/<int:bank_id>/quizzes")
@login_required
def create(bank_id: int):
    bank = owned(models.Bank, bank_id)
    form = QuizForm()
    if not form.validate_on_submit():
        return quiz_page(bank, form, 422)
    try:
        quiz = quizzes.build_quiz(
            get_session(), bank, form.name.data, form.count.data, form.kinds.data,
            form.shuffle.data, form.feedback.data, form.attempts_allowed.data,
        )
    except quizzes.QuizError as error:
        return quiz_page(bank, form, 422, str(error))
    get_session().commit()
    return htmx.navigate_to(url_for("quizzes.results", quiz_id=quiz.id))


@bp.get("/teacher/quizzes/<int:quiz_id>")
@login_required
def results(quiz_id: int):
    quiz = owned(models.Quiz, quiz_id)
    report = quizzes.results(get_session(), quiz)
    distribution = charts.bar_chart(
        [b.label for b in report.distribution], [b.count for b in report.distribution],
        "Students per score (first attempts)")
    facility = charts.bar_chart(
        [f"Q{n}" for n in range(1, len(report.questions) + 1)],  # numbered as in the table
        [round((item.stats.facility or 0) * 100) for item in report.questions],
        "Facility index per question (%)", max_value=100)
    return render_template(
        "quizzes/results.html", quiz=quiz, report=report,
        share_url=url_for("quizzes.share", token=quiz.share_token, _external=True),
        distribution_chart=distribution, facility_chart=facility,
        live_sessions=live.sessions_of(get_session(), current_user.id, quiz.id),
    )


@bp.get("/teacher/quizzes/<int:quiz_id>/results.csv")
@login_required
def results_csv(quiz_id: int):
    quiz = owned(models.Quiz, quiz_id)
    response = Response(quizzes.results_csv(quizzes.results(get_session(), quiz)),
                        mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="quiz-{quiz.id}-results.csv"'
    return response
