"""Quizzes: built from a bank, shared by link (copy button, QR code), edited, closed and
reopened, deleted or archived; their results for the teacher."""
from __future__ import annotations

from flask import Blueprint, Response, abort, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp import charts, htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.errors import error_response
from quizapp.forms import (
    QUESTION_KINDS,
    GradeForm,
    QuizEditForm,
    QuizForm,
    QuizSettingsForm,
    StartRoundForm,
    options,
)
from quizapp.qr import qr_svg
from quizapp.services import gradebook, live, quizzes

bp = Blueprint("quizzes", __name__)


@bp.get("/q/<token:token>")
def share(token: str):
    """The link a teacher gives the class: the quiz's start page, no account needed."""
    quiz = quizzes.shared_quiz(get_session(), token)
    if quiz is None:
        abort(404)
    if refused := start_refused(quiz):
        return refused
    return htmx.render("home/start.html", "home/_start_form.html", quiz=quiz,
                       form=StartRoundForm(formdata=None))


def start_refused(quiz: models.Quiz) -> Response | None:
    """The quiz's closed page when it starts no round now (closed, not open yet, past its
    close time); None when it does. Never cached: the teacher may reopen it any minute."""
    refusal = quizzes.start_refusal(get_session(), quiz)
    if refusal is None:
        return None
    response = error_response(refusal.status, refusal.message)
    response.headers["Cache-Control"] = "no-store"
    return response


def with_choices(form, bank: models.Bank | None, quiz: models.Quiz | None = None):
    """The form, its checklist offering the questions a teacher may tick."""
    form.questions.choices = options(
        (q.id, f"{q.prompt} ({QUESTION_KINDS.get(q.kind, q.kind)})")
        for q in quizzes.pickable(bank, quiz))
    return form


def quiz_page(bank: models.Bank, form: QuizForm, status: int = 200, message: str | None = None):
    return htmx.render("quizzes/new.html", "quizzes/_form.html", status=status, bank=bank,
                       form=form, message=message)


@bp.get("/teacher/banks/<int:bank_id>/quizzes/new")
@login_required
def new(bank_id: int):
    bank = owned(models.Bank, bank_id)
    # at most what the bank has: the form's first offer is one the bank can fill
    count = min(10, len(quizzes.approved(bank))) or 10
    return quiz_page(bank, with_choices(QuizForm(formdata=None, name=bank.name, count=count),
                                        bank))


def ticked(form: QuizSettingsForm, bank: models.Bank | None,
           quiz: models.Quiz | None = None) -> list[models.Question]:
    """The questions ticked in the form's checklist, in the checklist's order."""
    chosen = set(form.questions.data)
    return [q for q in quizzes.pickable(bank, quiz) if q.id in chosen]


@bp.post("/teacher/banks/<int:bank_id>/quizzes")
@login_required
def create(bank_id: int):
    bank = owned(models.Bank, bank_id)
    form = with_choices(QuizForm(), bank)
    if not form.validate_on_submit():
        return quiz_page(bank, form, 422)
    try:
        questions = (quizzes.random_questions(bank, form.count.data, form.kinds.data)
                     if form.choose.data == "random" else ticked(form, bank))
        quiz = quizzes.build_quiz(get_session(), bank, form.settings(), questions)
    except quizzes.QuizError as error:
        return quiz_page(bank, form, 422, str(error))
    get_session().commit()
    return htmx.navigate_to(url_for("quizzes.results", quiz_id=quiz.id))


def edit_page(quiz: models.Quiz, form: QuizEditForm, status: int = 200,
              message: str | None = None):
    return htmx.render(
        "quizzes/edit.html", "quizzes/_edit_form.html", status=status, quiz=quiz, form=form,
        message=message, has_results=bool(quizzes.taken(get_session(), quiz)),
        share_url=url_for("quizzes.share", token=quiz.share_token, _external=True))


@bp.get("/teacher/quizzes/<int:quiz_id>/edit")
@login_required
def edit(quiz_id: int):
    """The quiz's own page for its teacher: share it, change it, close, reopen or delete it."""
    quiz = owned(models.Quiz, quiz_id)
    return edit_page(quiz, with_choices(QuizEditForm.of(quiz), quiz.bank, quiz))


@bp.post("/teacher/quizzes/<int:quiz_id>/edit")
@login_required
def update(quiz_id: int):
    quiz = owned(models.Quiz, quiz_id)
    form = with_choices(QuizEditForm(), quiz.bank, quiz)
    if not form.validate_on_submit():
        return edit_page(quiz, form, 422)
    try:
        quizzes.update_quiz(get_session(), quiz, form.settings(), ticked(form, quiz.bank, quiz))
    except quizzes.QuizError as error:
        return edit_page(quiz, form, 422, str(error))
    get_session().commit()
    return htmx.navigate_to(url_for("quizzes.edit", quiz_id=quiz.id))


@bp.post("/teacher/quizzes/<int:quiz_id>/close")
@login_required
def close(quiz_id: int):
    quizzes.set_open(owned(models.Quiz, quiz_id), False)
    get_session().commit()
    return htmx.navigate_to(url_for("quizzes.edit", quiz_id=quiz_id))


@bp.post("/teacher/quizzes/<int:quiz_id>/reopen")
@login_required
def reopen(quiz_id: int):
    quizzes.set_open(owned(models.Quiz, quiz_id), True)
    get_session().commit()
    return htmx.navigate_to(url_for("quizzes.edit", quiz_id=quiz_id))


@bp.post("/teacher/quizzes/<int:quiz_id>/restore")
@login_required
def restore(quiz_id: int):
    quizzes.restore_quiz(owned(models.Quiz, quiz_id))
    get_session().commit()
    return htmx.navigate_to(url_for("quizzes.edit", quiz_id=quiz_id))


@bp.get("/teacher/quizzes/<int:quiz_id>/delete")
@login_required
def confirm_delete(quiz_id: int):
    """Whether deleting the quiz deletes it (no student took it) or archives it (its results
    kept), and the button that does it."""
    quiz = owned(models.Quiz, quiz_id)
    if quiz.archived:  # archived already: its page offers to bring it back
        return redirect(url_for("quizzes.edit", quiz_id=quiz.id))
    usage = quizzes.taken(get_session(), quiz)
    return render_template("teacher/delete.html", what="quiz", name=quiz.name, usage=usage,
                           verb="Archive" if usage else "Delete",
                           action=url_for("quizzes.delete", quiz_id=quiz.id),
                           back=url_for("quizzes.edit", quiz_id=quiz.id))


@bp.post("/teacher/quizzes/<int:quiz_id>/delete")
@login_required
def delete(quiz_id: int):
    """Deleted if no student took it; else archived: closed, off the active list, its
    results kept."""
    deleted = quizzes.remove_quiz(get_session(), owned(models.Quiz, quiz_id))
    get_session().commit()
    if deleted:
        return htmx.navigate_to(url_for("teacher.dashboard"))
    return htmx.navigate_to(url_for("quizzes.edit", quiz_id=quiz_id))


@bp.get("/teacher/quizzes/<int:quiz_id>/qr.svg")
@login_required
def qr_code(quiz_id: int):
    quiz = owned(models.Quiz, quiz_id)
    return qr_svg(url_for("quizzes.share", token=quiz.share_token, _external=True), "Quiz link")


@bp.app_template_filter("quiz_time")
def quiz_time(value, quiz: models.Quiz) -> str:
    """A time on a student's page of the quiz, in its teacher's zone."""
    return quizzes.shown_time(get_session(), quiz, value)


bp.add_app_template_global(quizzes.window, "quiz_window")


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
