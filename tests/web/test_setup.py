"""Setup and data: migrations match the models, SQLite tuning, init-db, no spaCy in requests."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from markupsafe import escape
from sqlalchemy import select, text

from quizapp.config import config_for_tests
from quizapp.services import questions as shown


def test_migrations_at_head_match_the_models(app):
    from quizapp.db import make_engine
    from quizapp.models import Base

    engine = make_engine(app.config["DATABASE_URL"])
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_migrations_downgrade_and_upgrade_again(empty_database_url):
    from alembic import command
    from sqlalchemy import inspect

    from quizapp import migrations
    from quizapp.db import make_engine

    url = empty_database_url
    migrations.upgrade(url)
    command.downgrade(migrations.alembic_config(url), "base")
    engine = make_engine(url)
    assert inspect(engine).get_table_names() == ["alembic_version"]
    migrations.upgrade(url)
    assert "answers" in inspect(engine).get_table_names()
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    from quizapp.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'tuned.sqlite'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_database_url_defaults_to_the_instance_folder(monkeypatch, tmp_path):
    from quizapp.config import defaults

    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert defaults(str(tmp_path))["DATABASE_URL"] == f"sqlite:///{tmp_path}/quizapp.sqlite"
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/quizapp")
    assert defaults(str(tmp_path))["DATABASE_URL"] == "postgresql://db/quizapp"


def test_workers_share_one_generated_secret_key(tmp_path):
    from quizapp.factory import shared_secret_key

    first = shared_secret_key(tmp_path)
    assert len(first) == 64 and shared_secret_key(tmp_path) == first
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


def test_home_lists_quizzes_and_timelines(client, seeded):
    html = client.get("/").text
    assert "Millbrook bridge" in html and "5 questions" in html
    assert f'href="/timelines/{seeded["article"]}"' in html


def test_importing_keeps_every_row_of_the_analysis(db_session, seeded, analysis):
    from quizapp import models

    article = db_session.get(models.Article, seeded["article"])
    assert [e.key for e in article.events] == [e.id for e in analysis.events]
    assert {a.key for a in article.actors} == {a.id for a in analysis.actors}
    stored = {q.key: q.to_content() for q in article.questions}
    assert stored == {q.id: q for q in analysis.questions}
    bridge = next(e for e in article.events if e.key == "e3")
    assert [a.name for a in bridge.actors] == ["Millbrook Council", "Riverton"]


def test_init_db_migrates_and_loads_the_demo_once(runner, monkeypatch, tmp_path):
    """The one test that runs the real content engine (spaCy) on the bundled demo."""
    from quizapp import create_app, models
    from quizapp.cli import main
    from quizapp.db import get_session

    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", "test")
    first = runner.invoke(main, ["init-db"])
    assert first.exit_code == 0, first.output
    assert "loaded the demo article" in first.output
    second = runner.invoke(main, ["init-db"])
    assert second.exit_code == 0 and "loaded before" in second.output

    with create_app().app_context():
        session = get_session()
        (quiz,) = session.scalars(select(models.Quiz)).all()
        assert len(quiz.items) > 0
        assert all(item.question.status == "approved" for item in quiz.items)
        assert len(session.scalars(select(models.Article)).all()) == 1
        questions = [item.question.to_content() for item in quiz.items]

    play_demo_round(create_app(config_for_tests(url)).test_client(), quiz.share_token, questions)


def play_demo_round(client, share_token, questions):
    """Every engine-made question: no answer in its page, and its right answer graded right."""
    home = client.get("/").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', home).group(1)
    url = client.post(
        f"/q/{share_token}/rounds", data={"csrf_token": token, "nickname": "Demo"}
    ).headers["Location"]
    for question in questions:
        page = client.get(url).text
        assert str(escape(question.prompt)) in page
        assert str(escape(question.explanation)) not in page
        if question.kind != "true_false":  # a true statement may be the source sentence itself
            assert str(escape(question.source)) not in page
        if question.kind == "fill_blank":  # (the quiz's title may name it: look at the card)
            card = page[page.index('<section id="question-card"') : page.index("</section>")]
            assert str(escape(question.answer)) not in card
        answered = client.post(url, data={"csrf_token": token, **right_form(question)})
        assert answered.status_code == 303, question
        assert "Right!" in client.get(url).text, question
        url = client.get(url.rsplit("/questions/", 1)[0]).headers["Location"]
    assert url.endswith("/results")
    assert f"You scored {len(questions)} out of {len(questions)}" in client.get(url).text


def right_form(question) -> dict:
    """The form fields a student fills in to give the right answer."""
    if question.kind == "order":
        return {"order": list(question.answer)}
    if question.kind == "match":
        lefts, _ = shown.match_sides(question)
        return {f"pair_{i}": dict(question.answer)[left] for i, left in enumerate(lefts)}
    return {"answer": question.answer}


def test_quiz_and_timeline_requests_never_load_spacy(database_url, seeded):
    """Pages are served in a fresh interpreter; spaCy must not be imported by any of them."""
    script = textwrap.dedent(f"""
        import re, sys
        from quizapp import create_app
        from quizapp.config import config_for_tests
        client = create_app(config_for_tests({database_url!r})).test_client()
        home = client.get("/").text
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', home).group(1)
        url = client.post("/q/{seeded['share']}/rounds",
                          data={{"csrf_token": token, "nickname": "Di"}}).headers["Location"]
        client.get(url)
        client.post(url, data={{"csrf_token": token, "answer": "Maria Lopez"}})
        client.get("/timelines/{seeded['article']}")
        client.get("/timelines/{seeded['article']}/present")
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "torch")))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_hello_is_the_benchmark_baseline(client):
    response = client.get("/hello")
    assert response.status_code == 200 and response.text == "Hello, world!"
