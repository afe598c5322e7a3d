"""Quizzes: built from a bank, shared by link, and their results for the teacher."""
from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp import charts, htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.forms import GradeForm, QuizForm, StartRoundForm
from quizapp.services import gradebook, live, quizzes

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
    response = Response(quizzes.results_csv(quizzes.results(get_session(), quiz),
                                            current_user.time_zone), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="quiz-{quiz.id}-results.csv"'
    return response


@bp.get("/teacher/quizzes/<int:quiz_id>/answers.csv")
@login_required
def answers_csv(quiz_id: int):
    """Every student's answer to every question: one row each (gradebook.tidy_csv)."""
    quiz = owned(models.Quiz, quiz_id)
    response = Response(gradebook.tidy_csv(gradebook.student_rounds(get_session(), quiz),
                                         current_user.time_zone), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="quiz-{quiz.id}-answers.csv"'
    return response


def owned_round(quiz_id: int, round_id: int) -> tuple[models.Quiz, gradebook.StudentRound]:
    """The teacher's quiz and one of its rounds, or 404."""
    quiz = owned(models.Quiz, quiz_id)
    student = gradebook.student_round(get_session(), quiz, round_id)
    if student is None:
        abort(404)
    return quiz, student


def round_page(quiz: models.Quiz, student: gradebook.StudentRound, status: int = 200,
               form: GradeForm | None = None, failed_answer: int | None = None):
    return htmx.render("quizzes/round.html", "quizzes/_round_answers.html", status=status,
                       quiz=quiz, student=student, form=form or GradeForm(formdata=None),
                       failed_answer=failed_answer)


@bp.get("/teacher/quizzes/<int:quiz_id>/rounds/<int:round_id>")
@login_required
def student_answers(quiz_id: int, round_id: int):
    """One student's round: every question, their answer, the right one, the points."""
    return round_page(*owned_round(quiz_id, round_id))


@bp.post("/teacher/quizzes/<int:quiz_id>/rounds/<int:round_id>/answers/<int:answer_id>")
@login_required
def grade_answer(quiz_id: int, round_id: int, answer_id: int):
    """The teacher's grade by hand for one answer of the round."""
    quiz, student = owned_round(quiz_id, round_id)
    answer = student.answer(answer_id)
    if answer is None:
        abort(404)
    form = GradeForm()
    if not form.validate_on_submit():
        return round_page(quiz, student, 422, form, answer_id)
    gradebook.grade_by_hand(get_session(), answer, form.chosen_points())
    get_session().commit()
    url = url_for("quizzes.student_answers", quiz_id=quiz.id, round_id=round_id)
    if not htmx.is_htmx():
        return htmx.redirect_to(url + f"#answer-{answer_id}")
    return round_page(quiz, gradebook.student_round(get_session(), quiz, round_id))
