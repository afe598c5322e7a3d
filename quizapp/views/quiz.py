"""Quiz rounds: start with a nickname, one question at a time, feedback, results, retry."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from flask import Blueprint, abort, session, url_for

from quizapp import htmx, models
from quizapp.db import get_session
from quizapp.forms import StartRoundForm, answer_form
from quizapp.services import questions as shown
from quizapp.services import quizzes, rounds
from quizapp.services.rounds import AskedQuestion, RoundState
from quizapp.views.quizzes import start_refused

bp = Blueprint("quiz", __name__)


def load_state(token: str) -> RoundState:
    state = rounds.load_state(get_session(), token)
    if state is None:
        abort(404)
    return state


def load_turn(token: str, question_id: int) -> tuple[RoundState, AskedQuestion]:
    """The round and its question `question_id`; 404 unless the question is the round's."""
    state = rounds.load_state(get_session(), token, question_id)
    if state is None or state.asked is None:
        abort(404)
    return state, state.asked


def resume_url(state: RoundState) -> str:
    """Where the round resumes: its first unanswered question, or its results."""
    question_id = state.next_question_id()
    if question_id is None:
        return url_for("quiz.results", token=state.round.token)
    return url_for("quiz.question", token=state.round.token, question_id=question_id)


def option_seed(state: RoundState, question: AskedQuestion) -> str:
    """The order of a question's options is the round's own: its secret token seeds it."""
    return f"{state.round.token}/{question.id}"


def question_context(state: RoundState, question: AskedQuestion, form=None) -> dict:
    """Everything the question page and each of its partials need."""
    content = question.content
    answer = state.answer_to(question.id)
    context = {
        "round": state.round,
        "question": question,
        "content": content,
        "number": state.number_of(question.id),
        "progress": state.progress(),
        "answer": answer,
        # An answered question shows the answer given, not a form.
        "form": form or (None if answer else answer_form(content, option_seed(state, question),
                                                         formdata=None)),
    }
    if answer is not None:
        context |= {
            "given": shown.answer_text(content.kind, answer.value),
            "right": shown.answer_text(content.kind, content.answer),
            "source": shown.highlight(content.source, shown.key_terms(get_session(), content, question.event_id)),
            "explanation": shown.explanation_without_quote(content.explanation, content.source),
            # partial credit: the grader says which parts were right
            "note": shown.grader_note(answer.feedback, content.explanation) if 0 < answer.score < 1 else "",
            "next_url": resume_url(state),
        }
    return context | {"clock": round_clock(state)}


def round_clock(state: RoundState) -> dict | None:
    """The round's time left, as its status bar shows it (None: no time limit)."""
    clock = rounds.round_clock(state)
    if clock.deadline is None:
        return None
    return {"ends": rounds.shown_deadline(state, clock.deadline), "time_left": clock.time_left(models.utcnow()),
            "results_url": url_for("quiz.results", token=state.round.token)}


def round_over(state: RoundState) -> str | None:
    """Why the round takes no more answers (time up, or the quiz closed); None while it does."""
    return rounds.round_clock(state).over


def refused_answer(state: RoundState, over: str):
    """An answer after the round's end: not recorded, and the round's results with why (409)."""
    context = results_context(state, f"Your last answer was not recorded. {over} "
                                     "Your answers given before are kept.")
    response = htmx.render("quiz/results.html", "quiz/_results.html", status=409, **context)
    if htmx.is_htmx():
        response.headers.update({"HX-Retarget": "#main", "HX-Reswap": "innerHTML",
                                 "HX-Push-Url": url_for("quiz.results", token=state.round.token)})
    return response


@bp.post("/q/<token:token>/rounds")
def start(token: str):
    """A round starts only from the quiz's share link: a quiz id is easy to guess."""
    db = get_session()
    quiz = quizzes.shared_quiz(db, token)
    if quiz is None:
        abort(404)
    if refused := start_refused(quiz):
        return refused
    form, round_ = StartRoundForm(), None
    if form.validate_on_submit():
        try:
            round_ = rounds.start_attempt(db, quiz, form.nickname.data, form.start_key.data)
        except rounds.AttemptsUsed as error:
            form.nickname.errors.append(str(error))
    if round_ is None:
        return htmx.render(
            "home/start.html", "home/_start_form.html", status=422, quiz=quiz, form=form
        )
    # Remembered in the browser too, so the home page offers to continue after a lost tab.
    session["last_round"] = round_.token
    return htmx.redirect_to(resume_url(load_state(round_.token)))


@bp.get("/rounds/<token:token>")
def resume(token: str):
    state = load_state(token)
    if round_over(state):
        return htmx.redirect_to(url_for("quiz.results", token=token))
    return htmx.redirect_to(resume_url(state))


@bp.get("/rounds/<token:token>/questions/<int:question_id>")
def question(token: str, question_id: int):
    state, question = load_turn(token, question_id)
    if state.round.feedback_at_end and state.answer_to(question_id) is not None:
        return htmx.redirect_to(resume_url(state))
    if round_over(state) and state.answer_to(question_id) is None:
        return htmx.redirect_to(url_for("quiz.results", token=token))
    context = question_context(state, question)
    return htmx.render("quiz/page.html", "quiz/_round.html", **context)


@bp.post("/rounds/<token:token>/questions/<int:question_id>")
def answer(token: str, question_id: int):
    state, question = load_turn(token, question_id)
    form = answer_form(question.content, option_seed(state, question))
    if form.wants_move():
        # An order question's up/down button without JavaScript: move, do not answer yet.
        form.apply_move()
        context = question_context(state, question, form)
        return htmx.render("quiz/page.html", "quiz/_question.html", **context)
    if not form.validate_on_submit():
        context = question_context(state, question, form)
        return htmx.render("quiz/page.html", "quiz/_question.html", status=422, **context)
    if (over := round_over(state)) and state.answer_to(question_id) is None:
        return refused_answer(state, over)
    state = rounds.record_answer(get_session(), state, question, form.value())
    if state.round.feedback_at_end:
        # The quiz keeps right and wrong for its results page: straight on to what is next.
        return htmx.redirect_to(resume_url(state))
    if not htmx.is_htmx():
        # At the feedback: the browser scrolls it to the top, with its Next button on screen,
        # and Tab goes on from there (a fragment overrides autofocus, which a reload gets).
        return htmx.redirect_to(
            url_for("quiz.question", token=token, question_id=question_id, _anchor="feedback"))
    return htmx.render("quiz/page.html", "quiz/_answered.html", **question_context(state, question))


@bp.get("/rounds/<token:token>/results")
def results(token: str):
    state = load_state(token)
    finished = state.progress().finished
    over = None if finished else round_over(state)
    if not finished and not over:
        return htmx.redirect_to(resume_url(state))
    return htmx.render("quiz/results.html", "quiz/_results.html",
                       **results_context(state, over and f"{over} Your answers are kept."))


def results_context(state: RoundState, notice: str | None = None) -> dict:
    quiz = get_session().get(models.Quiz, state.round.quiz_id)
    return {
        "round": state.round,
        "progress": state.progress(),
        "duration": state.duration(),
        "rows": results_rows(state),
        "missed": len(state.missed_ids()),
        # no retry button on a quiz that starts no round now (retry refuses it too)
        "can_retry": quizzes.start_refusal(get_session(), quiz) is None,
        "notice": notice,
    }


# What a results row shows for a question left unanswered when the round ended.
UNANSWERED = SimpleNamespace(correct=False, score=0.0)


def results_rows(state: RoundState) -> list[dict]:
    questions = rounds.questions_of(get_session(), state.question_ids)
    rows = []
    for question_id in state.question_ids:
        content = questions[question_id].to_content()
        answer = state.answer_to(question_id)
        rows.append(
            {
                "prompt": content.prompt,
                "given": shown.answer_text(content.kind, answer.value) if answer
                else "Not answered",
                # never the answer to a question not answered: a reopened quiz resumes it
                "right": shown.answer_text(content.kind, content.answer) if answer else "—",
                "answer": answer or UNANSWERED,
            }
        )
    return rows


@bp.post("/rounds/<token:token>/retry")
def retry(token: str):
    state = load_state(token)
    if refused := start_refused(get_session().get(models.Quiz, state.round.quiz_id)):
        return refused
    retry_round = rounds.retry_missed(get_session(), state)
    if retry_round is None:
        return htmx.redirect_to(url_for("quiz.results", token=token))
    return htmx.redirect_to(resume_url(load_state(retry_round.token)))


@bp.app_template_filter("duration")
def duration(delta: dt.timedelta) -> str:
    minutes, seconds = divmod(int(delta.total_seconds()), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


@bp.app_template_filter("points")
def points(score: float) -> str:
    """A score without a needless ".0": 3, 3.5."""
    return f"{score:.1f}".removesuffix(".0")
