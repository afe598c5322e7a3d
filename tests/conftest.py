"""Shared fixtures: an app on a migrated temporary SQLite file, its client, seeded content.

Flask and the models are imported inside fixtures, so the content engine's tests can check
that `import quizapp.content` never loads the web stack.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil

import pytest


# Every database-backed test runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL names
# a database on a server where its user may create databases.
BACKENDS = ["sqlite", *(["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])]


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """One SQLite database migrated to head per session; each test gets a copy."""
    from quizapp import migrations

    path = tmp_path_factory.mktemp("template") / "quizapp.sqlite"
    migrations.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres():
    """The PostgreSQL server of TEST_DATABASE_URL, with a database migrated to head."""
    from databases import PostgresDatabases

    databases = PostgresDatabases(os.environ["TEST_DATABASE_URL"])
    yield databases
    databases.close()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def empty_database_url(backend, tmp_path, request):
    """A database with no tables, on each backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite'}"
        return
    postgres = request.getfixturevalue("postgres")
    url = postgres.create()
    yield url
    postgres.drop(url)


@pytest.fixture
def database_url(backend, tmp_path, request):
    """A database migrated to head, on each backend: a copy of the session's template."""
    if backend == "sqlite":
        path = tmp_path / "quizapp.sqlite"
        shutil.copy(request.getfixturevalue("migrated_template"), path)
        yield f"sqlite:///{path}"
        return
    yield request.getfixturevalue("postgres").migrated()


@pytest.fixture
def app(database_url):
    from quizapp import create_app
    from quizapp.config import config_for_tests

    app = create_app(config_for_tests(database_url))
    yield app
    # PostgreSQL counts open connections: the pool's go with the test
    app.extensions["quizapp.sessionmaker"].kw["bind"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def db_session(app):
    from quizapp.db import get_session

    with app.app_context():
        yield get_session()


@pytest.fixture(scope="session")
def analysis():
    return sample_analysis()


@pytest.fixture(scope="session")
def seed(analysis):
    """Store the sample article with one quiz of all its questions; returns their ids."""

    def seed_into(app) -> dict:
        from quizapp.db import get_session
        from quizapp.services import articles

        with app.app_context():
            session = get_session()
            article = articles.import_article(session, analysis, SAMPLE_TEXT, "approved")
            quiz = articles.create_quiz(session, "Millbrook bridge", article.questions, article)
            session.commit()
            return {
                "article": article.id,
                "quiz": quiz.id,
                "share": quiz.share_token,
                "questions": {q.key: q.id for q in article.questions},
                "events": {e.key: e.id for e in article.events},
            }

    return seed_into


@pytest.fixture
def seeded(app, seed):
    return seed(app)


@pytest.fixture
def csrf():
    """The CSRF token found in a page, for posting as the browser would."""

    def token_in(html: str) -> str:
        return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)

    return token_in


SAMPLE_TEXT = "Millbrook opens its bridge (a made-up article for tests)."


def sample_analysis():
    """Fixed content with every question kind, so web tests never need spaCy."""
    from quizapp.content.types import (
        Actor,
        Analysis,
        Event,
        PartialDate,
        Question,
        TimeExpression,
    )

    def event(key, text, value, precision, summary, sentence, actors, inferred=False):
        when = TimeExpression(text, 0, len(text), PartialDate(value, precision, inferred))
        return Event(key, when, summary, sentence, 0, actors)

    lopez = "Maria Lopez became mayor of Millbrook"
    council = "Millbrook Council began planning a bridge"
    bridge = "The bridge to Riverton opened"
    return Analysis(
        title="Millbrook opens its bridge",
        published=dt.date(2016, 11, 2),
        publisher="Test Gazette",
        actors=(
            Actor("a1", "Maria Lopez", "person", ("Lopez",), "mayor of Millbrook", 3),
            Actor("a2", "Millbrook Council", "organization", (), None, 2),
            Actor("a3", "Riverton", "place", (), None, 1),
        ),
        events=(
            event("e1", "around 2014", "2014", "approximate", council,
                  "Around 2014, Millbrook Council began planning a bridge.", ("a2",)),
            event("e2", "in March 2016", "2016-03", "month", lopez,
                  "Maria Lopez became mayor of Millbrook in March 2016.", ("a1",)),
            event("e3", "on November 1", "2016-11-01", "day", bridge,
                  "The bridge to Riverton opened on November 1 with Lopez and the council.",
                  ("a2", "a3"), inferred=True),
        ),
        unclear=(event("u1", "in 2015", "2015", "year", "The plan was approved.",
                       "In 2015 the plan was approved by voters.", ("a2",)),),
        questions=(
            Question("q1", "multiple_choice", "Who became mayor of Millbrook in March 2016?",
                     ("Anna Smith", "Maria Lopez", "Peter Brown", "Tom White"), "Maria Lopez",
                     "Maria Lopez became mayor in March 2016.",
                     "Maria Lopez became mayor of Millbrook in March 2016.", "e2", ("a1",)),
            Question("q2", "true_false", "The bridge to Riverton opened in November 2016.",
                     ("True", "False"), "True", "It opened on 1 November 2016.",
                     "The bridge to Riverton opened on November 1 with Lopez and the council.",
                     "e3", ("a3",)),
            Question("q3", "fill_blank", "In March 2016, ____ became mayor of Millbrook.",
                     (), "Maria Lopez", "The new mayor was Maria Lopez.",
                     "Maria Lopez became mayor of Millbrook in March 2016.", "e2", ("a1",),
                     accepted=("Lopez",)),
            Question("q4", "order", "Put these events in order, earliest first.",
                     (bridge, lopez, council), (council, lopez, bridge),
                     "Planning came first, then the new mayor, then the opening.",
                     "Around 2014, Millbrook Council began planning a bridge."),
            Question("q5", "match", "Match each actor with what the article says of it.",
                     ("mayor", "planned the bridge", "reached by the bridge"),
                     (("Maria Lopez", "mayor"), ("Millbrook Council", "planned the bridge"),
                      ("Riverton", "reached by the bridge")),
                     "Lopez is the mayor, the council planned the bridge, Riverton is across it.",
                     "The bridge to Riverton opened on November 1 with Lopez and the council."),
        ),
    )


PASSWORD = "correct horse battery"


@pytest.fixture
def password() -> str:
    """Every test teacher's password."""
    return PASSWORD


@pytest.fixture
def make_teacher(app):
    """Create a teacher account; returns its e-mail address (the password is PASSWORD)."""
    from quizapp.db import get_session
    from quizapp.services.accounts import create_teacher

    def make(email: str = "ada@school.example") -> str:
        with app.app_context():
            create_teacher(get_session(), email, PASSWORD)
        return email

    return make


@pytest.fixture
def log_in(csrf):
    """Log a client in as a teacher through the login form."""

    def login(client, email: str) -> None:
        token = csrf(client.get("/teacher/login").text)
        response = client.post("/teacher/login",
                               data={"csrf_token": token, "email": email, "password": PASSWORD})
        assert response.status_code == 303, response.text

    return login


@pytest.fixture
def teacher_client(app, make_teacher, log_in):
    """A client logged in as a teacher who owns an imported copy of the sample article."""
    email = make_teacher()
    client = app.test_client()
    log_in(client, email)
    return client


@pytest.fixture
def owned_seed(app, seed):
    """The sample article, its questions and a quiz, owned by the first teacher (id 1)."""

    def own(owner_id: int = 1) -> dict:
        from quizapp import models
        from quizapp.db import get_session

        ids = seed(app)
        with app.app_context():
            session = get_session()
            article = session.get(models.Article, ids["article"])
            article.owner_id = owner_id
            for question in article.questions:
                question.owner_id = owner_id
            quiz = session.get(models.Quiz, ids["quiz"])
            quiz.owner_id, quiz.share_token = owner_id, f"share-{owner_id}"
            session.commit()
        return ids

    return own


@pytest.fixture
def world(app, make_teacher, log_in, owned_seed, csrf):
    """The owner (teacher 1) with an article, a quiz (shared as /q/share-1), a bank and an
    import; teacher 2; a student in the middle of a round; an anonymous visitor. Returns
    clients, their CSRF tokens and the values of URLs that name real rows."""
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import banks, imports, live, rounds

    owner_email, other_email = make_teacher("owner@school.example"), make_teacher("other@school.example")
    ids = owned_seed(1)
    with app.app_context():
        session = get_session()
        article = session.get(models.Article, ids["article"])
        bank = banks.create_bank(session, 1, "Bank", [])
        bank.questions = list(article.questions)
        session.commit()
        job = imports.create_import(session, 1, "Text.", None, None)
        quiz = session.get(models.Quiz, ids["quiz"])
        class_session = live.open_session(session, 1, live.Settings(), quiz=quiz)
        player = live.join(session, class_session.code, "Kim")
        session.commit()
        values = {
            "article_id": article.id, "event_id": article.events[0].id,
            "actor_id": article.actors[0].id, "question_id": article.questions[0].id,
            "bank_id": bank.id, "quiz_id": ids["quiz"], "job_id": job.id, "fmt": "json",
            "share": "share-1", "live_id": class_session.id, "code": class_session.code,
            "seat": player.token, "player_id": player.id, "unclear_key": "u1",
            # merging takes another actor than the one deleted
            "overrides": {"review.merge_actor": {"actor_id": article.actors[1].id}},
        }
        merge_into = {"into": article.actors[2].id}
    clients = {role: app.test_client() for role in ("anonymous", "student", "other", "owner")}
    log_in(clients["owner"], owner_email)
    log_in(clients["other"], other_email)
    student = clients["student"]
    token = csrf(student.get("/q/share-1").text)  # the quiz's link, as the teacher shared it
    started = student.post("/q/share-1/rounds", data={"csrf_token": token, "nickname": "Sam"})
    values["round"] = started.headers["Location"].split("/")[2]
    with app.app_context():  # another student's answer, for the teacher's grade by hand
        session = get_session()
        round_ = rounds.start_round(session, session.get(models.Quiz, ids["quiz"]), "Kim")
        session.commit()
        state = rounds.load_state(session, round_.token, round_.items[0].question_id)
        state = rounds.record_answer(session, state, state.asked, state.asked.content.answer)
        values["round_id"], values["answer_id"] = round_.id, state.answers[state.asked.id].id
    tokens = {role: csrf(client.get("/teacher/login").text) for role, client in clients.items()}
    return {"clients": clients, "tokens": tokens, "values": values,
            "data": {"review.merge_actor": merge_into}}
