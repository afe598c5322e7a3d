"""Issue 13, item 14 (and issue 11's worker): imports run in worker processes; a job whose
worker dies is taken up again within seconds, and never yields two articles."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from sqlalchemy import func, select

# A worker process whose engine takes its time, so that it can be stopped mid-import.
SLOW_WORKER = """
import datetime as dt, sys, time
from sqlalchemy.orm import sessionmaker
from quizapp.db import make_engine
from quizapp.services import imports
imports.HEARTBEAT_EVERY = dt.timedelta(seconds=0.2)
def slow_engine(*args, **kwargs):
    time.sleep(600)
imports.serve_until_signalled(sessionmaker(make_engine(sys.argv[1])), slow_engine, 0.1,
                              worker="slow")
"""


@pytest.fixture
def make_session(app):
    return app.extensions["quizapp.sessionmaker"]


@pytest.fixture
def queued(app, make_session):
    """An import waiting for a worker; returns a function reading the job's row afresh."""
    from quizapp import models
    from quizapp.services import imports

    with make_session() as session:
        job_id = imports.create_import(session, 1, "Millbrook opened a bridge.", None, None).id

    def job() -> models.ArticleImport:
        with make_session() as session:
            return session.get(models.ArticleImport, job_id)

    return job


def articles(make_session) -> int:
    from quizapp import models

    with make_session() as session:
        return session.scalar(select(func.count()).select_from(models.Article))


def start_slow_worker(database_url, queued):
    process = subprocess.Popen([sys.executable, "-c", SLOW_WORKER, database_url])
    deadline = time.monotonic() + 30
    while queued().claimed_by != "slow":
        assert time.monotonic() < deadline and process.poll() is None, "the worker never started"
        time.sleep(0.05)
    return process


def test_14_a_killed_worker_s_job_is_taken_up_again_within_seconds(
        database_url, queued, make_session, analysis, monkeypatch):
    from quizapp.services import imports

    monkeypatch.setattr(imports, "STALE_AFTER", dt.timedelta(seconds=1))  # 10 s in production
    process = start_slow_worker(database_url, queued)
    beat = queued().heartbeat_at
    time.sleep(0.5)
    assert queued().heartbeat_at > beat  # the worker's heartbeat, while its engine works
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed = time.monotonic()
    assert not imports.run_one(make_session, lambda *a, **k: analysis, "rescuer")  # not stale yet
    while not imports.run_one(make_session, lambda *a, **k: analysis, "rescuer"):
        assert time.monotonic() - killed < 5, "the job was never taken up again"
        time.sleep(0.1)
    job = queued()
    assert (job.status, job.claims, articles(make_session)) == ("done", 2, 1)


def test_14_a_stopped_worker_gives_its_job_back_at_once(database_url, queued):
    process = start_slow_worker(database_url, queued)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    job = queued()
    assert (job.status, job.claimed_by, job.claims) == ("waiting", None, 0)


def test_14_a_job_is_never_run_twice(queued, make_session, analysis):
    from quizapp import models
    from quizapp.services import imports

    with make_session() as first, make_session() as second:
        job = imports.claim(first, "first")
        assert imports.claim(second, "second") is None  # held, with a fresh heartbeat
        # the first worker stalls (no heartbeat) long enough for the job to be taken over
        first.execute(models.ArticleImport.__table__.update().values(
            heartbeat_at=models.utcnow() - imports.STALE_AFTER - dt.timedelta(seconds=1)))
        first.commit()
        taken = imports.claim(second, "second")
        assert taken.id == job.id and imports.finish(second, taken, "second", analysis)
        # the first worker wakes up and finishes too: its result is dropped
        assert not imports.beat(first, job.id, "first")
        assert not imports.finish(first, job, "first", analysis)
    assert articles(make_session) == 1 and queued().status == "done"


def test_14_workers_side_by_side_run_each_job_once(app, make_session, analysis):
    from quizapp import models
    from quizapp.services import imports

    with make_session() as session:
        for n in range(12):
            imports.create_import(session, 1, f"Article {n}.", None, None)
    ran = []

    def engine(text, **kwargs):
        ran.append(text)
        time.sleep(0.01)
        return analysis

    workers = [threading.Thread(target=imports.work, args=(make_session, engine))
               for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(ran) == sorted(f"Article {n}." for n in range(12))
    with make_session() as session:
        jobs = session.scalars(select(models.ArticleImport)).all()
        assert {job.status for job in jobs} == {"done"}
        assert len({job.article_id for job in jobs}) == 12 == articles(make_session)


def test_14_a_job_that_keeps_killing_its_worker_ends_failed(queued, make_session, analysis):
    from quizapp import models
    from quizapp.services import imports

    with make_session() as session:
        session.execute(models.ArticleImport.__table__.update().values(claims=imports.MAX_CLAIMS))
        session.commit()
    assert imports.run_one(make_session, lambda *a, **k: analysis, "next")
    assert (queued().status, queued().error) == ("failed", imports.ENGINE_KEPT_STOPPING)
    assert articles(make_session) == 0


def test_14_the_web_app_only_queues_imports(database_url):
    """In a fresh interpreter: importing and polling start no engine, thread or spaCy."""
    script = textwrap.dedent(f"""
        import re, sys, threading
        from quizapp import create_app
        from quizapp.config import config_for_tests
        from quizapp.db import get_session
        from quizapp.services.accounts import create_teacher
        app = create_app(config_for_tests({database_url!r}))
        with app.app_context():
            create_teacher(get_session(), "t@school.example", "correct horse battery")
        client = app.test_client()
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"',
                          client.get("/teacher/login").text).group(1)
        client.post("/teacher/login", data={{"csrf_token": token, "email": "t@school.example",
                                             "password": "correct horse battery"}})
        status = client.post("/teacher/imports", data={{"csrf_token": token,
                             "text": "Millbrook opened a bridge on Tuesday.",
                             "published": "2016-11-02"}}).headers["Location"]
        for _ in range(3):
            assert "Waiting for the engine" in client.get(status).text
        print(threading.active_count(),
              sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc")))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 []"
