"""Live sessions: students join with a code and follow the teacher's pace on their phones;
the teacher runs the session from the projector."""
from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request, session, url_for
from flask_login import current_user, login_required

from quizapp import charts, htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.errors import error_response
from quizapp.forms import JoinForm, LiveSettingsForm, StepForm, answer_form
from quizapp.qr import qr_svg
from quizapp.services import live, timeline
from quizapp.services import questions as shown
from quizapp.services.instant import InstantError, instant_question

bp = Blueprint("live", __name__)
SEAT_COOKIE = "live_seat"  # the token of the seat this browser holds, in the signed session


# --- students -------------------------------------------------------------------------------

def join_page(form: JoinForm, status: int = 200, message: str | None = None,
              taken: bool = False) -> Response:
    return htmx.render("live/join.html", "live/_join_form.html", status=status, form=form,
                       message=message, taken=taken)


@bp.get("/join")
@bp.get("/join/<token:code>")
def join_form(code: str = ""):
    """The join page (the QR code's link carries the code); a seat held here resumes."""
    held = session.get(SEAT_COOKIE)
    seat = live.load_seat(get_session(), held) if held and code else None
    if seat and seat.stage not in ("finished", "removed") and seat.session_code == code:
        return htmx.redirect_to(url_for("live.play", token=seat.token))
    return join_page(JoinForm(formdata=None, code=code))


@bp.post("/join")
def join():
    form = JoinForm()
    if not form.validate_on_submit():
        return join_page(form, 422)
    try:
        player = live.join(get_session(), form.code.data, form.nickname.data,
                           held_token=session.get(SEAT_COOKIE), take_over=form.take_over.data == "1")
    except live.NicknameTaken as taken:
        return join_page(form, 422, str(taken), taken=True)
    except live.LiveError as error:
        return join_page(form, 422, str(error))
    session[SEAT_COOKIE] = player.token
    return htmx.redirect_to(url_for("live.play", token=player.token))


def load_seat(token: str, read_only: bool = False) -> live.Seat:
    seat = live.load_seat(get_session(), token, read_only)
    if seat is None:
        abort(404)
    return seat


def _seed(seat: live.Seat) -> str:
    return live.option_seed(seat.session_id, seat.position)


def stage_context(seat: live.Seat, form=None, message: str | None = None) -> dict:
    content = seat.content
    context = {"seat": seat, "content": content, "message": message, "form": None}
    if content is not None and seat.stage == "question" and seat.answer is None:
        context["form"] = form or answer_form(content, _seed(seat), formdata=None)
    if content is not None and seat.answer is not None:
        context["given"] = shown.answer_text(content.kind, seat.answer.value)
    if content is not None and seat.stage in ("revealed", "leaderboard"):
        context["right"] = shown.answer_text(content.kind, content.answer)
    return context


@bp.get("/live/<token:token>")
def play(token: str):
    seat = load_seat(token)
    return htmx.render("live/play.html", "live/_play.html", **stage_context(seat))


@bp.get("/live/<token:token>/stage")
def stage(token: str):
    """The students' poll: 'no change' (204) unless the screen they show is out of date."""
    seat = load_seat(token, read_only=True)
    if request.args.get("v") == seat.view_key:
        return Response(status=204)
    return htmx.render("live/play.html", "live/_stage.html", **stage_context(seat))


@bp.post("/live/<token:token>/answer")
def answer(token: str):
    seat = load_seat(token)
    if seat.answer is not None:  # a double tap, or a second tab: the first answer stands
        return htmx.render("live/play.html", "live/_stage.html", **stage_context(seat))
    if seat.content is None or seat.stage != "question":
        return htmx.render("live/play.html", "live/_stage.html", status=409, **stage_context(
            seat, message="Answers to this question are closed."))
    form = answer_form(seat.content, _seed(seat))
    if form.wants_move():  # an order question's up/down button without JavaScript
        form.apply_move()
        return htmx.render("live/play.html", "live/_stage.html", **stage_context(seat, form))
    if not form.validate_on_submit():
        return htmx.render("live/play.html", "live/_stage.html", status=422,
                           **stage_context(seat, form))
    try:
        seat = live.record_answer(get_session(), seat, form.value())
    except live.LiveError as error:
        seat = load_seat(token)
        return htmx.render("live/play.html", "live/_stage.html", status=error.status,
                           **stage_context(seat, message=str(error)))
    if not htmx.is_htmx():
        return htmx.redirect_to(url_for("live.play", token=token))
    return htmx.render("live/play.html", "live/_stage.html", **stage_context(seat))


# --- the teacher ----------------------------------------------------------------------------

def playable(model, row_id: int):
    """The teacher's own quiz or article, or a public one (the demo's)."""
    row = get_session().get(model, row_id)
    if row is None or row.owner_id not in (None, current_user.id):
        abort(404)
    return row


@bp.route("/teacher/quizzes/<int:quiz_id>/live", methods=["GET", "POST"])
@login_required
def new(quiz_id: int):
    quiz = playable(models.Quiz, quiz_id)
    form = LiveSettingsForm(formdata=None) if request.method == "GET" else LiveSettingsForm()
    if request.method == "GET" or not form.validate_on_submit():
        status = 200 if request.method == "GET" else 422
        return htmx.render("live/new.html", "live/_settings_form.html", status=status,
                           quiz=quiz, form=form)
    settings = live.Settings(form.timer_seconds.data, form.speed_points.data,
                             form.streak_bonus.data, form.accessible.data)
    session_ = live.open_session(get_session(), current_user.id, settings, quiz=quiz,
                                 article=quiz.article)
    get_session().commit()
    return htmx.navigate_to(url_for("live.host", live_id=session_.id))


def board_context(live_session: models.LiveSession) -> dict:
    board = live.board(get_session(), live_session)
    context = {"board": board, "live": live_session, "content": board.content,
               "step_form": StepForm(formdata=None)}
    if live_session.code:
        context["join_url"] = url_for("live.join_form", code=live_session.code, _external=True)
    content = board.content
    seed = live.option_seed(live_session.id, board.question.position) if content else ""
    if content is not None and board.stage in ("revealed", "leaderboard"):
        counts = live.distribution(content, live.answers_to(get_session(), board.question.id), seed)
        context["right"] = shown.answer_text(content.kind, content.answer)
        context["chart"] = charts.bar_chart([label for label, _ in counts],
                                            [count for _, count in counts],
                                            f"How the class answered ({board.answered} answers)")
    if content is not None and content.kind in ("multiple_choice", "true_false"):
        context["options"] = shown.options(content, seed)
    if board.stage in ("leaderboard", "finished"):
        context["standings"] = live.standings(get_session(), live_session.id,
                                              live.LEADERBOARD_SIZE)
    if board.question is not None and board.question.event_id and live_session.article:
        event_ids = [event.id for event in live_session.article.events]
        if board.question.event_id in event_ids:
            context["back_to_step"] = event_ids.index(board.question.event_id) + 1
    return context


@bp.get("/teacher/live/<int:live_id>")
@login_required
def host(live_id: int):
    live_session = owned(models.LiveSession, live_id)
    return htmx.render("live/host.html", "live/_board.html", **board_context(live_session))


@bp.get("/teacher/live/<int:live_id>/board")
@login_required
def board(live_id: int):
    """The projector's poll: 'no change' (204) unless a step, a join or an answer came in."""
    live_session = owned(models.LiveSession, live_id)
    context = board_context(live_session)
    if request.args.get("v") == context["board"].view_key:
        return Response(status=204)
    return htmx.render("live/host.html", "live/_board.html", **context)


@bp.post("/teacher/live/<int:live_id>/step")
@login_required
def step(live_id: int):
    live_session = owned(models.LiveSession, live_id)
    form = StepForm()
    if not form.validate_on_submit():
        return error_response(400, "That is not a step of a live session.")
    try:
        live.step(get_session(), live_session, form.action.data, form.version.data)
    except live.LiveError as error:
        return error_response(error.status, str(error))
    return after_change(live_session)


def after_change(live_session: models.LiveSession) -> Response:
    if not htmx.is_htmx():
        return htmx.redirect_to(url_for("live.host", live_id=live_session.id))
    return htmx.render("live/host.html", "live/_board.html", **board_context(live_session))


@bp.post("/teacher/live/<int:live_id>/players/<int:player_id>/remove")
@login_required
def remove(live_id: int, player_id: int):
    live_session = owned(models.LiveSession, live_id)
    try:
        live.remove_player(get_session(), live_session, player_id)
    except live.LiveError as error:
        return error_response(error.status, str(error))
    return after_change(live_session)


@bp.get("/teacher/live/<int:live_id>/qr.svg")
@login_required
def qr_code(live_id: int):
    live_session = owned(models.LiveSession, live_id)
    if not live_session.code:
        abort(404)
    return qr_svg(url_for("live.join_form", code=live_session.code, _external=True), "Join link")


@bp.get("/teacher/live/<int:live_id>/results")
@login_required
def results(live_id: int):
    live_session = owned(models.LiveSession, live_id)
    return render_template("live/results.html",
                           report=live.results(get_session(), live_session))


@bp.post("/teacher/timelines/<int:article_id>/events/<int:event_id>/ask")
@login_required
def ask(article_id: int, event_id: int):
    """Turn a timeline's event into an instant question for the class, on their phones."""
    article = playable(models.Article, article_id)
    event = timeline.find_event(article, event_id)
    if event is None:
        abort(404)
    try:
        content = instant_question(article.events, event, request.form.get("kind", ""))
    except InstantError as error:
        return error_response(422, str(error))
    db = get_session()
    live_session = live.find_open_timeline_session(db, current_user.id, article.id)
    if live_session is None:
        live_session = live.open_session(db, current_user.id, live.Settings(), article=article)
    live.ask(db, live_session, content, event.id)
    return htmx.navigate_to(url_for("live.host", live_id=live_session.id))
