"""Fifty students answering the same question at the same moment, twice each (a double tap):
on SQLite and on PostgreSQL, every answer is stored and scored exactly once."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from crowd import Student, Teacher, seed_class_quiz

STUDENTS = 50


def serve(app):
    """The app on a free port in a thread (werkzeug, a thread per request)."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture
def served_class(database_url):
    """The class quiz served from its own thread, on SQLite and (with TEST_DATABASE_URL) on
    PostgreSQL."""
    from quizapp import create_app
    from quizapp.config import config_for_tests
    from quizapp.db import get_session

    ids = seed_class_quiz(database_url, questions=1)
    app = create_app(config_for_tests(database_url))
    server, base = serve(app)
    yield app, ids, base
    server.shutdown()
    with app.app_context():
        get_session().get_bind().dispose()


def test_fifty_students_answer_at_the_same_moment(served_class):
    from sqlalchemy import func, select

    from quizapp import models
    from quizapp.db import get_session

    app, ids, base = served_class
    teacher = Teacher([base])
    teacher.log_in(ids["email"], ids["password"])
    host, code = teacher.open_session(ids["quiz"])
    students = [Student([base], nickname=f"Student {n}") for n in range(STUDENTS)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        list(pool.map(lambda student: student.join(code), students))
    teacher.step(host, "start")
    for student in students:
        student.wait_for_question()

    # every student taps twice: 100 answers leave at one moment
    gate = threading.Barrier(2 * STUDENTS)

    def tap(student_and_choice):
        student, choice = student_and_choice
        gate.wait()
        return student.answer(choice)

    taps = [(s, "B1" if n % 2 == 0 else "C1") for n, s in enumerate(students)] * 2
    with ThreadPoolExecutor(max_workers=2 * STUDENTS) as pool:
        statuses = list(pool.map(tap, taps))
    assert set(statuses) == {200}
    assert teacher.answered(host) == STUDENTS

    with app.app_context():
        db = get_session()
        assert db.scalar(select(func.count()).select_from(models.LiveAnswer)) == STUDENTS
        scores = dict(db.execute(select(models.LivePlayer.nickname, models.LivePlayer.score)).all())
        points = dict(db.execute(
            select(models.LivePlayer.nickname, func.sum(models.LiveAnswer.points))
            .join(models.LiveAnswer, models.LiveAnswer.player_id == models.LivePlayer.id)
            .group_by(models.LivePlayer.nickname)).all())
    assert scores == points
    assert scores == {f"Student {n}": 1000 if n % 2 == 0 else 0 for n in range(STUDENTS)}
