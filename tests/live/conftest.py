"""Live sessions' fixtures: a quiz of plain multiple-choice questions for simulated classes,
the app served on a port, and a fresh PostgreSQL database per test when TEST_DATABASE_URL
names a server (the tests that need one skip without it)."""
from __future__ import annotations

import os
import secrets
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "bench"))  # crowd: the simulated students, shared with bench/live.py

TEACHER = ("host@school.example", "correct horse battery")


def seed_class_quiz(app, questions: int = 10) -> dict:
    """A teacher and a quiz of `questions` multiple-choice questions whose answer is "B<n>"."""
    from quizapp import models
    from quizapp.content.types import Question
    from quizapp.db import get_session
    from quizapp.services.accounts import create_teacher

    with app.app_context():
        session = get_session()
        teacher = create_teacher(session, *TEACHER)
        rows = []
        for n in range(1, questions + 1):
            content = Question(f"m{n}", "multiple_choice", f"Question number {n}?",
                               tuple(f"{letter}{n}" for letter in "ABCD"), f"B{n}",
                               f"B{n} is right.", f"Source {n}.")
            rows.append(models.Question(key=content.id, kind=content.kind, prompt=content.prompt,
                                        data=content.to_dict(), status="approved",
                                        owner_id=teacher.id))
        quiz = models.Quiz(name="Class quiz", owner_id=teacher.id, share_token=secrets.token_hex(6),
                           items=[models.QuizQuestion(question=q, position=i)
                                  for i, q in enumerate(rows)])
        session.add(quiz)
        session.commit()
        return {"quiz": quiz.id, "email": TEACHER[0], "password": TEACHER[1],
                "answers": {q.prompt: q.data["answer"] for q in rows}}


def serve(app):
    """The app on a free port in a thread (werkzeug, a thread per request)."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture
def pg_url():
    """A new, migrated database on the TEST_DATABASE_URL server, dropped after the test."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set: no PostgreSQL to test on")
    import psycopg
    from sqlalchemy.engine import make_url

    from quizapp import migrations

    server = make_url(base)
    name = f"quizapp_live_{secrets.token_hex(4)}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = server.set(database=name).render_as_string(hide_password=False)
    migrations.upgrade(url)
    yield url
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
