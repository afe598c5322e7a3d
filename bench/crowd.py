"""Simulated students and a teacher for live sessions, speaking HTTP as the browser does, and
the app instances and databases they play on.

A student joins with the code (the join page gives the CSRF token and the cookie), then polls
its screen with its view key, as htmx does every 2 s, and answers. Each one can fail over to
another app instance, as a load balancer would send it there: the cookie is signed with the
key every instance shares, and the seat lives in the database. Used by bench/live.py and by
the live session tests.
"""
from __future__ import annotations

import contextlib
import http.client
import http.cookiejar
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from load import wait_until_up

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
VIEW_KEY = re.compile(r'/stage\?v=([^"&]+)')
OPTION = re.compile(r'name="answer" value="([^"]*)"')
PROMPT = re.compile(r'<h1 class="prompt" id="prompt"[^>]*>([^<]*)</h1>')
HTMX = {"HX-Request": "true"}
# an instance that is down refuses the connection, or drops it before or during the reply
DOWN = (ConnectionError, http.client.HTTPException, urllib.error.URLError)


@dataclass
class Client:
    """A browser: its own cookies, one or more instances to reach, each request timed."""

    bases: list[str]
    timings: dict[str, list[float]] = field(default_factory=dict)
    failovers: int = 0

    def __post_init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, kind: str, path: str, data: dict | None = None,
                headers=None) -> tuple[int, str, str]:
        """(status, body, final URL) of a GET, or a POST when `data` is given; an instance
        that is down hands the request to the next one."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        for attempt in range(len(self.bases) * 20):
            request = urllib.request.Request(self.bases[0] + path, body, headers or {})
            started = time.perf_counter()
            try:
                with self.opener.open(request, timeout=30) as response:
                    text = response.read().decode()
                    status, url = response.status, response.url
            except urllib.error.HTTPError as error:
                text, status, url = error.read().decode(), error.code, error.url
            except DOWN:
                self.failovers += 1
                self.bases.append(self.bases.pop(0))
                time.sleep(0.05 * attempt)
                continue
            self.timings.setdefault(kind, []).append(time.perf_counter() - started)
            return status, text, url
        raise ConnectionError(f"no instance answered {path}")


@dataclass
class Student(Client):
    nickname: str = ""
    token: str = ""
    key: str = ""
    screen: str = ""
    csrf: str = ""

    def join(self, code: str) -> None:
        _, page, _ = self.request("join page", f"/join/{code}")
        self.csrf = CSRF.search(page).group(1)
        status, page, url = self.request(
            "join", "/join", {"csrf_token": self.csrf, "code": code, "nickname": self.nickname})
        if status != 200 or "/live/" not in url:
            raise AssertionError(f"{self.nickname} could not join: {status} {page[:300]}")
        self.token = urllib.parse.urlparse(url).path.rsplit("/", 1)[1]
        self.show(page)

    def show(self, page: str) -> None:
        self.screen = page
        self.key = VIEW_KEY.search(page).group(1) if VIEW_KEY.search(page) else ""

    def poll(self) -> bool:
        """Ask for the screen as htmx does; True when it changed."""
        status, page, _ = self.request("poll", f"/live/{self.token}/stage?v={self.key}",
                                       headers=HTMX)
        if status == 204:
            return False
        if status != 200:
            raise AssertionError(f"poll of {self.nickname}: {status} {page[:300]}")
        self.show(page)
        return True

    def reload(self) -> None:
        _, page, _ = self.request("reload", f"/live/{self.token}")
        self.show(page)

    @property
    def prompt(self) -> str | None:
        """The question on screen while it takes answers, else None."""
        found = PROMPT.search(self.screen)
        return found.group(1) if found and 'class="answer-form"' in self.screen else None

    @property
    def options(self) -> list[str]:
        return OPTION.findall(self.screen)

    def wait_for_question(self, timeout: float = 60, every: float = 0.2) -> str:
        deadline = time.monotonic() + timeout
        while True:
            self.poll()
            if self.prompt is not None:
                return self.prompt
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.nickname} saw no question: {self.screen[:300]}")
            time.sleep(every)

    def answer(self, value: str) -> int:
        status, page, _ = self.request("answer", f"/live/{self.token}/answer",
                                       {"csrf_token": self.csrf, "answer": value}, headers=HTMX)
        self.show(page)
        return status


@dataclass
class Teacher(Client):
    csrf: str = ""

    def log_in(self, email: str, password: str) -> None:
        _, page, _ = self.request("login page", "/teacher/login")
        self.csrf = CSRF.search(page).group(1)
        status, page, _ = self.request("login", "/teacher/login", {
            "csrf_token": self.csrf, "email": email, "password": password})
        assert "Your desk" in page, page[:300]

    def open_session(self, quiz_id: int, **settings) -> tuple[str, str]:
        """A new live session of the quiz: (the host page's path, the join code)."""
        _, page, url = self.request("open", f"/teacher/quizzes/{quiz_id}/live",
                                    {"csrf_token": self.csrf, **settings})
        return urllib.parse.urlparse(url).path, re.search(r"Code <strong>(\d+)", page).group(1)

    def step(self, host: str, action: str) -> str:
        _, page, _ = self.request("host", host)
        version = re.search(r'name="version" value="(\d+)"', page).group(1)
        _, page, _ = self.request("step", f"{host}/step", {
            "csrf_token": self.csrf, "action": action, "version": version})
        return page

    def answered(self, host: str) -> int:
        _, page, _ = self.request("host", host)
        return int(re.search(r'class="answered"><strong>(\d+)', page).group(1))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Instance:
    """An app instance: gunicorn on its own port, in its own process group so that a kill
    takes it whole (master and workers), as a machine going down would."""

    def __init__(self, env: dict, workers: int = 2):
        self.env, self.workers, self.port = env, workers, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen(
            [BIN / "gunicorn", "--workers", str(self.workers), "--bind", f"127.0.0.1:{self.port}",
             "--log-level", "warning", "quizapp:create_app()"],
            env=self.env, cwd=ROOT, start_new_session=True)
        wait_until_up(self.url + "/hello")

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


@contextlib.contextmanager
def fresh_database(server_url: str):
    """A new, migrated database on the PostgreSQL server of `server_url`, dropped after."""
    import psycopg
    from sqlalchemy.engine import make_url

    from quizapp import migrations

    server = make_url(server_url)
    name = f"quizapp_live_{secrets.token_hex(4)}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        migrations.upgrade(url)
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


TEACHER = ("host@school.example", "correct horse battery")


def seed_class_quiz(database_url: str, questions: int = 10) -> dict:
    """A teacher and a quiz of `questions` multiple-choice questions whose answer is "B<n>"."""
    from sqlalchemy.orm import Session

    from quizapp import models
    from quizapp.content.types import Question
    from quizapp.db import make_engine
    from quizapp.services.accounts import create_teacher

    engine = make_engine(database_url)
    with Session(engine) as session:
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
        ids = {"quiz": quiz.id, "email": TEACHER[0], "password": TEACHER[1]}
    engine.dispose()
    return ids
