"""Two app instances (gunicorn processes on two ports) on one PostgreSQL: sixty students
split across them play ten questions; one instance is killed mid-session and restarted, its
students carry on through the other; every answer counts once and both show the same board."""
from __future__ import annotations

import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor

from crowd import Instance, Student, Teacher, seed_class_quiz

STUDENTS = 60
QUESTIONS = 10
KILLED_AT = 6  # the question during which the first instance dies


def right(student: int, question: int) -> bool:
    return (student + question) % 3 != 0


def leaderboard(html: str) -> list[tuple[str, ...]]:
    table = re.search(r'<table class="leaderboard">.*?</table>', html, re.S).group()
    return re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td><td>(\d+)</td></tr>", table)


def test_two_instances_one_killed_mid_session(pg_url):
    from sqlalchemy import func, select

    from quizapp import create_app, models
    from quizapp.config import config_for_tests
    from quizapp.db import get_session

    ids = seed_class_quiz(pg_url, QUESTIONS)
    app = create_app(config_for_tests(pg_url))
    env = {**os.environ, "DATABASE_URL": pg_url, "QUIZAPP_SECRET_KEY": "two instances"}
    first, second = Instance(env), Instance(env)
    try:
        teacher = Teacher([first.url, second.url])
        teacher.log_in(ids["email"], ids["password"])
        host, code = teacher.open_session(ids["quiz"])
        students = [Student([first.url, second.url][::1 if n % 2 else -1], nickname=f"S{n:02d}")
                    for n in range(STUDENTS)]
        with ThreadPoolExecutor(max_workers=STUDENTS) as pool:
            list(pool.map(lambda student: student.join(code), students))

            def play(n: int, question: int) -> int:
                student = students[n]
                prompt = student.wait_for_question()
                assert prompt == f"Question number {question}?"
                return student.answer(f"B{question}" if right(n, question) else f"A{question}")

            for question in range(1, QUESTIONS + 1):
                teacher.step(host, "start" if question == 1 else "next")
                killer = None
                if question == KILLED_AT:  # dies while answers are on their way
                    killer = threading.Timer(0.05, first.kill)
                    killer.start()
                statuses = list(pool.map(play, range(STUDENTS), [question] * STUDENTS))
                assert set(statuses) == {200}, statuses
                if killer:
                    killer.join()
                    first.start()
                assert teacher.answered(host) == STUDENTS
                teacher.step(host, "reveal")
                teacher.step(host, "leaderboard")
        teacher.step(host, "next")  # after the last question: the podium
        assert sum(student.failovers for student in students) > 0  # the kill was felt

        boards = []
        for instance in (first, second):
            teacher.bases = [instance.url]
            boards.append(leaderboard(teacher.request("host", host)[1]))
        assert boards[0] == boards[1] and len(boards[0]) == 10

        expected = {f"S{n:02d}": 1000 * sum(right(n, q) for q in range(1, QUESTIONS + 1))
                    for n in range(STUDENTS)}
        with app.app_context():
            db = get_session()
            assert db.scalar(select(func.count()).select_from(models.LiveAnswer)) == STUDENTS * QUESTIONS
            stored = dict(db.execute(select(models.LivePlayer.nickname, models.LivePlayer.score)).all())
            summed = dict(db.execute(
                select(models.LivePlayer.nickname, func.sum(models.LiveAnswer.points))
                .join(models.LiveAnswer, models.LiveAnswer.player_id == models.LivePlayer.id)
                .group_by(models.LivePlayer.nickname)).all())
            engine = db.get_bind()
        engine.dispose()  # before the database is dropped
        assert stored == summed == expected
        top = sorted(expected.items(), key=lambda item: (-item[1], item[0].casefold()))[:10]
        assert [(name, str(score)) for _, name, score in boards[0]] == [(n, str(s)) for n, s in top]
    finally:
        first.stop()
        second.stop()
