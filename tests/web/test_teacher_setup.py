"""Migration 0002 keeps a database that already has rounds; the pages stay script-safe."""
from __future__ import annotations

import re

import pytest
from alembic import command
from sqlalchemy import text

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>',
           '<a href="javascript:alert(1)">link</a>']


def test_upgrading_a_database_with_rounds_keeps_them(tmp_path, seed):
    from quizapp import create_app, migrations
    from quizapp.config import config_for_tests
    from quizapp.db import make_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    command.upgrade(migrations.alembic_config(url), "0001")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO articles (id, title, text, text_sha256, created_at) "
            "VALUES (1, 'Old', 'Old text.', 'x', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO questions (id, article_id, key, kind, prompt, data, status, created_at) "
            "VALUES (1, 1, 'q1', 'true_false', 'Old?', :data, 'approved', '2026-01-01')"),
            {"data": '{"id": "q1", "kind": "true_false", "prompt": "Old?", "choices": '
                     '["True", "False"], "answer": "True", "explanation": "", "source": ""}'})
        connection.execute(text("INSERT INTO quizzes (id, name, article_id, created_at) "
                                "VALUES (1, 'Old quiz', 1, '2026-01-01')"))
        connection.execute(text("INSERT INTO quiz_questions VALUES (1, 1, 0)"))
        connection.execute(text("INSERT INTO rounds (id, token, quiz_id, nickname, created_at) "
                                "VALUES (1, 'tok', 1, 'Ann', '2026-01-01')"))
        connection.execute(text("INSERT INTO round_questions VALUES (1, 1, 0)"))
        connection.execute(text(
            "INSERT INTO answers (round_id, question_id, response, correct, score, feedback, "
            "answered_at) VALUES (1, 1, '{\"value\": \"True\"}', 1, 1.0, '', '2026-01-01')"))
    migrations.upgrade(url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("SELECT version, tags FROM questions")).one() == (1, "[]")
        assert connection.execute(text(
            "SELECT shuffle, feedback, attempts_allowed FROM quizzes")).one() == (0, "immediate", None)
    engine.dispose()
    client = create_app(config_for_tests(url)).test_client()
    results = client.get("/rounds/tok/results")
    assert results.status_code == 200 and "Old?" in results.text


@pytest.fixture
def hostile(app, owned_seed, db_session):
    """The owner's article and a question whose texts try to run script."""
    from quizapp import models

    ids = owned_seed()
    article = db_session.get(models.Article, ids["article"])
    article.title = HOSTILE[0]
    article.events[0].summary = HOSTILE[1]
    article.actors[0].name = HOSTILE[2]
    question = db_session.get(models.Question, ids["questions"]["q1"])
    question.prompt = HOSTILE[0]
    question.data = {**question.data, "prompt": HOSTILE[0],
                     "choices": [HOSTILE[1], HOSTILE[2], "Maria Lopez"], "answer": "Maria Lopez"}
    db_session.commit()
    return ids


def test_hostile_text_is_shown_as_text_on_every_teacher_page(teacher_client, hostile):
    article = hostile["article"]
    pages = ["/teacher/", f"/teacher/articles/{article}",
             f"/teacher/articles/{article}/questions/{hostile['questions']['q1']}",
             f"/teacher/quizzes/{hostile['quiz']}", f"/timelines/{article}"]
    for url in pages:
        html = teacher_client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert not re.search(r'href="javascript:', html), url


def test_the_home_page_lists_no_teacher_s_quiz_or_article(client, owned_seed):
    owned_seed()
    page = client.get("/").text
    assert "No quiz yet." in page and "No timeline yet." in page
