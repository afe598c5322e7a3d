"""Live sessions through HTTP: the teacher opens and paces a session, students join with the
code, follow by polling and answer; seats resume, the board shows who joined and answered."""
from __future__ import annotations

import re

import pytest

HTMX = {"HX-Request": "true"}


@pytest.fixture
def teacher(app, make_teacher, log_in, seeded):
    client = app.test_client()
    log_in(client, make_teacher())
    return client


@pytest.fixture
def token(csrf):
    def token_of(client, path="/join"):
        return csrf(client.get(path).text)

    return token_of


def open_live(teacher, token, quiz_id, **settings) -> tuple[str, str]:
    response = teacher.post(f"/teacher/quizzes/{quiz_id}/live",
                            data={"csrf_token": token(teacher, f"/teacher/quizzes/{quiz_id}/live"),
                                  **settings})
    assert response.status_code == 303, response.text
    host = response.headers["Location"]
    code = re.search(r"Code <strong>(\d+)</strong>", teacher.get(host).text).group(1)
    return host, code


def join(client, token, code, nickname, **extra):
    return client.post("/join", data={"csrf_token": token(client), "code": code,
                                      "nickname": nickname, **extra})


def seat_of(client, token, code, nickname) -> str:
    response = join(client, token, code, nickname)
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def step(teacher, token, host, action):
    version = re.search(r'name="version" value="(\d+)"', teacher.get(host).text).group(1)
    return teacher.post(f"{host}/step", data={"csrf_token": token(teacher, host), "action": action,
                                               "version": version}, headers=HTMX)


def view_key(html: str) -> str:
    return re.search(r"/stage\?v=([^\"&]+)", html).group(1)


def answer(client, token, seat, value, headers=HTMX):
    return client.post(f"{seat}/answer", data={"csrf_token": token(client), **value},
                       headers=headers)


@pytest.fixture
def session_(app, teacher, token, seeded):
    """An open session of the sample quiz (five questions, one of each kind)."""
    host, code = open_live(teacher, token, seeded["quiz"])
    return {"host": host, "code": code}


def test_the_board_shows_the_code_the_join_link_and_its_qr_code(teacher, session_):
    page = teacher.get(session_["host"]).text
    assert f"/join/{session_['code']}" in page
    assert 'class="presenting live-host"' in page
    qr = teacher.get(f"{session_['host']}/qr.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml"
    assert qr.text.lstrip().startswith("<?xml") and "<svg" in qr.text


def test_a_student_joins_from_the_qr_link_and_the_board_lists_them(app, teacher, token, session_):
    student = app.test_client()
    page = student.get(f"/join/{session_['code']}").text
    assert f'value="{session_["code"]}"' in page  # the code comes filled in
    seat = seat_of(student, token, session_["code"], "Ann")
    assert re.fullmatch(r"/live/[\w-]{20,}", seat)  # an unguessable token, not the code
    lobby = student.get(seat).text
    assert "You're in, Ann!" in lobby and "1 player has joined" in lobby
    board = teacher.get(session_["host"]).text
    assert "1 student has joined" in board and "Ann" in board
    # the join page of the same session now leads straight back to the seat
    assert student.get(f"/join/{session_['code']}").headers["Location"] == seat


@pytest.mark.parametrize("code, nickname, message", [
    ("999999", "Ann", "No live session has that code"),
    ("", "Ann", "Type the code shown on the board."),
    ("12ab", "Ann", "The code is the number shown on the board."),
    (None, "   ", "Type a nickname to join."),
    (None, "x" * 41, "Field cannot be longer than 40 characters."),
    (None, "Ann\x00", "Use letters, digits, spaces and punctuation only."),
])
@pytest.mark.parametrize("headers", [{}, HTMX])
def test_bad_joins_get_a_clear_message_and_a_422(app, token, session_, code, nickname, message,
                                                  headers):
    student = app.test_client()
    response = student.post("/join", data={
        "csrf_token": token(student), "code": session_["code"] if code is None else code,
        "nickname": nickname}, headers=headers)
    assert response.status_code == 422
    assert message in response.text


def test_a_taken_nickname_asks_and_a_new_phone_takes_the_seat_over(app, token, session_):
    first_phone, second_phone = app.test_client(), app.test_client()
    seat = seat_of(first_phone, token, session_["code"], "Émile")
    # the same browser joining again gets its own seat back
    assert seat_of(first_phone, token, session_["code"], "émile ") == seat
    taken = join(second_phone, token, session_["code"], "ÉMILE")
    assert taken.status_code == 422
    assert "Someone is already playing as Émile" in taken.text and "carry on here" in taken.text
    moved = join(second_phone, token, session_["code"], "ÉMILE", take_over="1")
    new_seat = moved.headers["Location"]
    assert new_seat != seat and second_phone.get(new_seat).status_code == 200
    assert first_phone.get(seat).status_code == 404  # the old phone's key is gone


def test_a_whole_session_paced_by_the_teacher(app, teacher, token, session_, seeded):
    host, code = session_["host"], session_["code"]
    ann, bob = app.test_client(), app.test_client()
    ann_seat, bob_seat = (seat_of(ann, token, code, "Ann"), seat_of(bob, token, code, "Bob"))
    key = view_key(ann.get(ann_seat).text)
    assert ann.get(f"{ann_seat}/stage?v={key}", headers=HTMX).status_code == 204

    started = step(teacher, token, host, "start")
    assert "Who became mayor of Millbrook in March 2016?" in started.text
    assert "<strong>0</strong> of 2 answered" in started.text
    poll = ann.get(f"{ann_seat}/stage?v={key}", headers=HTMX)
    assert poll.status_code == 200 and "Who became mayor" in poll.text
    assert poll.text.lstrip().startswith('<section id="live-stage"')

    locked = answer(ann, token, ann_seat, {"answer": "Maria Lopez"})
    assert "Locked in" in locked.text and "Right" not in locked.text
    assert "<strong>1</strong> of 2 answered" in teacher.get(host).text
    # a second answer changes nothing
    answer(ann, token, ann_seat, {"answer": "Tom White"})
    answer(bob, token, bob_seat, {"answer": "Tom White"})

    # a late joiner enters at the current question
    cy = app.test_client()
    cy_seat = seat_of(cy, token, code, "Cy")
    assert "Who became mayor" in cy.get(cy_seat).text and 'class="answer-form"' in cy.get(cy_seat).text

    revealed = step(teacher, token, host, "reveal")
    assert "<svg" in revealed.text and "How the class answered (2 answers)" in revealed.text
    assert "Maria Lopez: 1" in revealed.text and "Tom White: 1" in revealed.text
    ann_page = ann.get(ann_seat).text
    assert "Right!" in ann_page and "+1000 points" in ann_page and "1 of 3" in ann_page
    bob_page = bob.get(bob_seat).text
    assert "Not quite." in bob_page and "The answer: <strong>Maria Lopez</strong>" in bob_page
    assert "No answer this time." in cy.get(cy_seat).text

    board = step(teacher, token, host, "leaderboard").text
    assert re.search(r"<td>1</td><td>Ann</td><td>1000</td>", board)
    assert re.search(r"<td>2</td><td>Bob</td><td>0</td>", board)
    assert re.search(r"<td>2</td><td>Cy</td><td>0</td>", board)  # equal scores share a rank
    assert "You are number 2 of 3" in bob.get(bob_seat).text

    assert "true" in step(teacher, token, host, "next").text.lower()  # the true-or-false one
    step(teacher, token, host, "finish")
    final = ann.get(ann_seat).text
    assert "On the podium: number 1!" in final and "hx-trigger" not in final
    podium = teacher.get(host).text
    assert 'class="podium"' in podium and "See the results" in podium

    results = teacher.get(podium.split('href="')[-1].split('"')[0] if False else f"{host}/results")
    assert results.status_code == 200
    assert re.search(r"<td>1</td><td>Ann</td><td>1 of 2</td><td>1000</td>", results.text)
    quiz_page = teacher.get(f"/teacher/quizzes/{seeded['quiz']}")
    assert quiz_page.status_code == 404  # the demo's quiz has no owner: its results are nobody's
    # the code is free again: nobody joins a finished session
    assert join(app.test_client(), token, code, "Dee").status_code == 422


def test_the_session_results_sit_next_to_the_rounds(app, make_teacher, log_in, token, owned_seed):
    ids = owned_seed()
    teacher = app.test_client()
    log_in(teacher, make_teacher())
    host, code = open_live(teacher, token, ids["quiz"])
    student = app.test_client()
    seat = seat_of(student, token, code, "Ann")
    step(teacher, token, host, "start")
    answer(student, token, seat, {"answer": "Maria Lopez"})
    step(teacher, token, host, "finish")
    page = teacher.get(f"/teacher/quizzes/{ids['quiz']}").text
    assert "Live sessions (1)" in page and "Attempts (0)" in page
    assert f'href="{host}/results"' in page
    assert "1 of 5" in page  # questions asked


def test_the_answer_is_not_in_a_students_page_before_the_reveal(app, teacher, token, session_):
    from sqlalchemy import select

    from quizapp import models
    from quizapp.db import get_session

    student = app.test_client()
    seat = seat_of(student, token, session_["code"], "Eve")
    step(teacher, token, session_["host"], "start")

    def pages():
        strip = lambda html: re.sub(r'name="csrf_token"[^>]*value="[^"]+"', "", html)
        return [strip(student.get(seat).text), strip(student.get(f"{seat}/stage", headers=HTMX).text)]

    before = pages()
    assert "Maria Lopez became mayor in March 2016." not in before[0]  # the explanation
    with app.app_context():
        db = get_session()
        for question in db.scalars(select(models.LiveQuestion)):
            question.data = {**question.data, "answer": "Tom White", "explanation": "changed"}
        db.commit()
    assert pages() == before


def test_answers_are_closed_by_the_teacher_or_the_clock(app, teacher, token, seeded):
    from sqlalchemy import update

    from quizapp import models
    from quizapp.db import get_session

    host, code = open_live(teacher, token, seeded["quiz"], timer_seconds="20")
    ann, bob = app.test_client(), app.test_client()
    ann_seat, bob_seat = seat_of(ann, token, code, "Ann"), seat_of(bob, token, code, "Bob")
    step(teacher, token, host, "start")
    assert 'data-countdown="20"' in ann.get(ann_seat).text
    with app.app_context():  # the clock runs out
        db = get_session()
        db.execute(update(models.LiveSession).values(deadline=models.utcnow()))
        db.commit()
    late = answer(ann, token, ann_seat, {"answer": "Maria Lopez"})
    assert late.status_code == 409 and "Answers to this question are closed." in late.text
    assert "Answers are closed" in ann.get(ann_seat).text
    assert "answers closed" in teacher.get(host).text

    step(teacher, token, host, "reveal")
    step(teacher, token, host, "leaderboard")
    step(teacher, token, host, "next")
    step(teacher, token, host, "close")
    closed = answer(bob, token, bob_seat, {"answer": "True"}, headers={})
    assert closed.status_code == 409


def test_speed_points_and_the_streak_bonus():
    import datetime as dt

    from quizapp.services.live import Seat, points_for

    start = dt.datetime(2026, 1, 1, 9)
    seat = Seat(1, "t", "Ann", 0, 2, 3, False, 1, "123456", "Quiz", "question", 4, 1, 20, True,
                True, start, start + dt.timedelta(seconds=20), 10, 3, None, 1, {}, None)
    assert points_for(seat, True, 1.0, start) == (1000 + 200, 3)  # at once, third in a row
    assert points_for(seat, True, 1.0, start + dt.timedelta(seconds=10)) == (750 + 200, 3)
    assert points_for(seat, True, 1.0, start + dt.timedelta(seconds=40)) == (500 + 200, 3)
    assert points_for(seat, False, 0.0, start) == (0, 0)
    assert points_for(seat, False, 0.5, start) == (500, 0)  # partial credit, no streak
    skipped = Seat(**{**seat.__dict__, "streak_position": 1})  # missed question 3
    assert points_for(skipped, True, 1.0, start) == (1000, 1)


def test_an_accessible_session_has_no_clock_and_no_bonus(app, teacher, token, seeded):
    from quizapp import models
    from quizapp.db import get_session

    host, _ = open_live(teacher, token, seeded["quiz"], timer_seconds="10", speed_points="y",
                        streak_bonus="y", accessible="y")
    with app.app_context():
        live = get_session().get(models.LiveSession, int(host.rsplit("/", 1)[1]))
        assert (live.accessible, live.timer_seconds, live.speed_points, live.streak_bonus) == (
            True, None, False, False)


def test_a_removed_nickname_can_no_longer_answer_or_come_back(app, teacher, token, session_):
    from quizapp import models
    from quizapp.db import get_session

    student = app.test_client()
    seat = seat_of(student, token, session_["code"], "Rude name")
    with app.app_context():
        player_id = get_session().query(models.LivePlayer.id).scalar()
    removed = teacher.post(f"{session_['host']}/players/{player_id}/remove",
                           data={"csrf_token": token(teacher, session_["host"])}, headers=HTMX)
    assert removed.status_code == 200 and "Rude name" not in removed.text
    assert "took this nickname off the board" in student.get(seat).text
    step(teacher, token, session_["host"], "start")
    assert answer(student, token, seat, {"answer": "Maria Lopez"}).status_code == 409
    again = join(app.test_client(), token, session_["code"], "rude NAME")
    assert again.status_code == 422 and "removed this nickname" in again.text
    missing = teacher.post(f"{session_['host']}/players/999/remove",
                           data={"csrf_token": token(teacher, session_["host"])})
    assert missing.status_code == 404


def test_a_double_click_takes_one_step(app, teacher, token, session_):
    from quizapp import models
    from quizapp.db import get_session

    host = session_["host"]
    version = re.search(r'name="version" value="(\d+)"', teacher.get(host).text).group(1)
    data = {"csrf_token": token(teacher, host), "action": "start", "version": version}
    teacher.post(f"{host}/step", data=data)
    teacher.post(f"{host}/step", data={**data, "action": "reveal"})  # from a stale screen
    with app.app_context():
        live = get_session().get(models.LiveSession, int(host.rsplit("/", 1)[1]))
        assert (live.phase, live.position) == ("question", 0)


@pytest.mark.parametrize("data, status", [
    ({"action": "jump", "version": "1"}, 400),
    ({"action": "start", "version": "x"}, 400),
    ({"action": "reveal", "version": "1"}, 409),  # nothing to reveal in the lobby
])
def test_bad_steps_get_a_message_not_a_500(teacher, token, session_, data, status):
    response = teacher.post(f"{session_['host']}/step",
                            data={"csrf_token": token(teacher, session_["host"]), **data})
    assert response.status_code == status
    assert "Something went wrong" not in response.text


def test_bad_answers_are_a_422_with_the_form_again(app, teacher, token, session_, seeded):
    student = app.test_client()
    seat = seat_of(student, token, session_["code"], "Ann")
    step(teacher, token, session_["host"], "start")
    response = answer(student, token, seat, {})
    assert response.status_code == 422 and "Pick an answer." in response.text
    response = answer(student, token, seat, {"answer": "x" * 5000})
    assert response.status_code in (413, 422)


def test_every_post_needs_the_csrf_token(app, teacher, session_, seeded):
    anonymous = app.test_client()
    posts = [
        (anonymous, "/join", {"code": session_["code"], "nickname": "Ann"}),
        (anonymous, "/live/whatever/answer", {"answer": "Maria Lopez"}),
        (teacher, f"{session_['host']}/step", {"action": "start", "version": "1"}),
        (teacher, f"{session_['host']}/players/1/remove", {}),
        (teacher, f"/teacher/quizzes/{seeded['quiz']}/live", {}),
        (teacher, f"/teacher/timelines/{seeded['article']}/events/{seeded['events']['e2']}/ask",
         {"kind": "when"}),
    ]
    for client, url, data in posts:
        response = client.post(url, data=data)
        assert response.status_code == 400, url
        assert "This page has expired" in response.text


def test_teachers_pages_are_their_own(app, make_teacher, log_in, teacher, session_):
    stranger = app.test_client()
    assert stranger.get(session_["host"]).status_code == 303  # to the login page
    other = app.test_client()
    log_in(other, make_teacher("other@school.example"))
    for path in ("", "/board", "/qr.svg", "/results"):
        assert other.get(session_["host"] + path).status_code == 404


def test_without_javascript_waiting_screens_reload_themselves(app, teacher, token, session_):
    student = app.test_client()
    seat = seat_of(student, token, session_["code"], "Ann")
    refresh = '<noscript><meta http-equiv="refresh"'
    assert refresh in student.get(seat).text  # the lobby
    step(teacher, token, session_["host"], "start")
    question = student.get(seat).text
    assert refresh not in question  # never under a student choosing an answer
    done = answer(student, token, seat, {"answer": "Maria Lopez"}, headers={})
    assert done.status_code == 303 and done.headers["Location"] == seat
    assert "Locked in" in student.get(seat).text and refresh in student.get(seat).text


def test_an_order_question_moves_without_javascript(app, teacher, token, session_, seeded):
    student = app.test_client()
    seat = seat_of(student, token, session_["code"], "Ann")
    for action in ("start", "reveal", "leaderboard", "next", "reveal", "leaderboard", "next",
                   "reveal", "leaderboard", "next"):
        step(teacher, token, session_["host"], action)
    page = student.get(seat).text
    items = re.findall(r'name="order" value="([^"]+)"', page)
    moved = answer(student, token, seat, {"order": items, "move": "0:down"}, headers={})
    assert moved.status_code == 200
    assert re.findall(r'name="order" value="([^"]+)"', moved.text) == [items[1], items[0], *items[2:]]


def test_a_poll_costs_one_indexed_query(app, teacher, token, session_):
    from sqlalchemy import event

    from quizapp.db import get_session

    student = app.test_client()
    seat = seat_of(student, token, session_["code"], "Ann")
    for nickname in ("Bob", "Cy", "Dee"):
        seat_of(app.test_client(), token, session_["code"], nickname)
    step(teacher, token, session_["host"], "start")
    key = view_key(student.get(seat).text)
    with app.app_context():
        engine = get_session().get_bind()
    statements = []
    listener = lambda conn, cursor, statement, parameters, *args: statements.append(
        (statement, parameters))
    event.listen(engine, "before_cursor_execute", listener)
    try:
        unchanged = student.get(f"{seat}/stage?v={key}", headers=HTMX)
        assert unchanged.status_code == 204 and len(statements) == 1
        statements.clear()
        for action in ("reveal", "leaderboard"):  # the screens with the student's rank
            step(teacher, token, session_["host"], action)
            statements.clear()
            assert student.get(f"{seat}/stage?v={key}", headers=HTMX).status_code == 200
            assert len(statements) == 1
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    statement, parameters = statements[0]
    # every table is reached through an index: no step reads a whole table
    with app.app_context():
        connection = get_session().connection()
        if connection.dialect.name == "sqlite":
            plan = [row[-1] for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters)]
            assert not [d for d in plan if d.startswith("SCAN") and "live_" in d], plan
            assert any("USING INDEX sqlite_autoindex_live_players" in d for d in plan), plan
        else:  # the planner scans tables this small anyway, unless told an index must do
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = [row[0] for row in connection.exec_driver_sql("EXPLAIN " + statement, parameters)]
            assert not [line for line in plan if "Seq Scan on live_" in line], plan


@pytest.mark.parametrize("partial", ["live/_stage.html", "live/_play.html", "live/_board.html",
                                     "live/_join_form.html", "live/_settings_form.html"])
def test_live_partials_render_alone(app, teacher, token, session_, seeded, partial):
    from flask import render_template
    from flask_login import login_user

    from quizapp import models
    from quizapp.db import get_session
    from quizapp.forms import JoinForm, LiveSettingsForm
    from quizapp.services import live
    from quizapp.views.live import board_context, stage_context

    student = app.test_client()
    seat_token = seat_of(student, token, session_["code"], "Ann").rsplit("/", 1)[1]
    step(teacher, token, session_["host"], "start")
    with app.test_request_context():
        db = get_session()
        live_session = db.get(models.LiveSession, int(session_["host"].rsplit("/", 1)[1]))
        login_user(db.get(models.Teacher, live_session.owner_id))
        context = {
            "live/_stage.html": lambda: stage_context(live.load_seat(db, seat_token)),
            "live/_play.html": lambda: stage_context(live.load_seat(db, seat_token)),
            "live/_board.html": lambda: board_context(live_session),
            "live/_join_form.html": lambda: {"form": JoinForm(formdata=None), "message": None},
            "live/_settings_form.html": lambda: {"form": LiveSettingsForm(formdata=None),
                                                 "quiz": live_session.quiz},
        }[partial]()
        html = render_template(partial, **context)
    root = {"live/_stage.html": '<section id="live-stage"', "live/_play.html": '<div id="live-play"',
            "live/_board.html": '<section id="live-board"',
            "live/_join_form.html": '<form id="join-form"',
            "live/_settings_form.html": '<form id="live-settings"'}[partial]
    assert html.lstrip().startswith(root) and "<html" not in html
