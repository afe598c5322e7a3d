"""Live-session benchmark: a class of simulated students against one app instance on SQLite,
and against one and two instances on PostgreSQL (when --postgres or TEST_DATABASE_URL names a
server).

Each setup first measures the capacity of three routes with wrk, as bench/load.py does: the
app's /hello (the baseline), a student's poll (GET with the screen's view key: "no change"),
and an answer POST (each to a fresh seat, so it grades and writes). Then the class plays: 300
students (bench/crowd.py) poll every 2 s, as htmx does, each from its own moment, and answer
each question a few seconds after it appears, while a simulated teacher paces the session.
Prints requests/s, p50/p99 of the poll and the answer, the ratios to the baseline, the workers'
memory, and the targets.

    .venv/bin/python bench/live.py [--students 300] [--questions 5] [--postgres URL]
"""
from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from crowd import CSRF, Client, Instance, Student, Teacher, fresh_database, seed_class_quiz
from load import ANSWER_SCRIPT, WORKER_RSS_LIMIT_MB, worker_rss_mb, wrk

P99_LIMIT_MS = 150
ANSWER_SEATS = 6000  # fresh seats for the answer route's wrk turn
CLIENT_PROCESSES = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--poll-every", type=float, default=2.0, help="seconds, as htmx polls")
    parser.add_argument("--open-for", type=float, default=8.0, help="seconds a question is open")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per instance")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=4, help="seconds of each wrk turn")
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"),
                        help="a PostgreSQL server URL (postgresql+psycopg://...)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        setups = [("1 instance, SQLite", sqlite_database(Path(tmp) / "live.sqlite"), 1)]
        if args.postgres:
            setups += [("1 instance, PostgreSQL", fresh_database(args.postgres), 1),
                       ("2 instances, PostgreSQL", fresh_database(args.postgres), 2)]
        results = []
        for name, database, instances in setups:
            with database as url:
                results.append((name, measure(args, url, instances, Path(tmp))))
    report(results, args)
    if not args.postgres:
        print("No PostgreSQL named (--postgres or TEST_DATABASE_URL): SQLite only.")


@contextlib.contextmanager
def sqlite_database(path: Path):
    from quizapp import migrations

    url = f"sqlite:///{path}"
    migrations.upgrade(url)
    yield url


def measure(args, database_url: str, count: int, tmp: Path) -> dict:
    ids = seed_class_quiz(database_url, args.questions)
    env = {**os.environ, "DATABASE_URL": database_url, "QUIZAPP_SECRET_KEY": "bench"}
    servers = [Instance(env, args.workers) for _ in range(count)]
    try:
        teacher = Teacher([server.url for server in servers])
        teacher.log_in(ids["email"], ids["password"])
        host, code = teacher.open_session(ids["quiz"])
        students = [Student([servers[n % count].url], nickname=f"Student {n}")
                    for n in range(args.students)]
        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(lambda student: student.join(code), students))
        figures = {"baseline (hello)": capacity(args, servers, "/hello")}
        polls = tmp / "polls.tsv"
        polls.write_text("\n".join(f"/live/{s.token}/stage?v={s.key}\t" for s in students))
        figures["poll (wrk)"] = capacity(args, servers, "/", ["-H", "HX-Request: true"],
                                         [polls] * count, "GET")
        figures |= play(args, teacher, host, students)
        figures["answer (wrk)"] = answer_capacity(args, servers, database_url, ids, tmp)
        rss = [size for server in servers for size in worker_rss_mb(server.process.pid)]
    finally:
        for server in servers:
            server.stop()
    return {"figures": figures, "rss": rss}


def capacity(args, servers, path, headers=(), lines: list[Path] | None = None,
             method="POST") -> dict:
    """wrk against every instance at once (the connections shared out), each sending the
    requests of its own `lines` file if given; rates add up, the slowest instance's latencies
    count."""
    common = ["-t", "2", "-c", str(max(args.connections // len(servers), 2)),
              "-d", f"{args.duration}s", "--latency"]

    def run(index: int) -> dict:
        if lines is None:
            return wrk(common, servers[index].url + path, list(headers))
        script = lines[index].with_suffix(".lua")
        script.write_text(ANSWER_SCRIPT)
        return wrk(common, servers[index].url + path, [*headers, "-s", str(script)],
                   ["--", "2", "0", str(lines[index]), method])

    with ThreadPoolExecutor(max_workers=len(servers)) as pool:
        runs = list(pool.map(run, range(len(servers))))
    return {"rps": sum(r["rps"] for r in runs), "p50": max(r["p50"] for r in runs),
            "p99": max(r["p99"] for r in runs), "errors": sum(r["errors"] for r in runs)}


def answer_capacity(args, servers, database_url: str, ids: dict, tmp: Path) -> dict:
    """Fresh seats in a session at its first question, made directly in the database; wrk
    posts one answer to each, with one browser's cookie and CSRF token."""
    from sqlalchemy.orm import Session

    from quizapp import models
    from quizapp.db import make_engine
    from quizapp.services import live

    engine = make_engine(database_url)
    with Session(engine) as session:
        quiz = session.get(models.Quiz, ids["quiz"])
        opened = live.open_session(session, quiz.owner_id, live.Settings(), quiz=quiz)
        tokens = [f"seat-{opened.id}-{n}" for n in range(ANSWER_SEATS)]
        session.add_all(models.LivePlayer(session_id=opened.id, token=token,
                                          nickname=token, nickname_key=token) for token in tokens)
        session.commit()
        live.step(session, opened, "start", opened.version)
    engine.dispose()
    browser = Client([servers[0].url])
    _, page, _ = browser.request("join page", "/join")
    csrf = CSRF.search(page).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in browser.jar)
    share = ANSWER_SEATS // len(servers)
    files = []
    for index in range(len(servers)):  # each instance answers for seats of its own
        files.append(tmp / f"answers-{index}.tsv")
        files[-1].write_text("\n".join(f"/live/{seat}/answer\tcsrf_token={csrf}&answer=B1"
                                       for seat in tokens[index * share:(index + 1) * share]))
    headers = ["-H", f"Cookie: {cookie}", "-H", "HX-Request: true",
               "-H", "Content-Type: application/x-www-form-urlencoded"]
    return capacity(args, servers, "/", headers, files)


def play(args, teacher: Teacher, host: str, students: list[Student]) -> dict:
    """The class plays the whole quiz; every student's poll and answer is timed.

    The students are shared out among a few processes, as phones are separate machines: in
    one Python process, 300 threads would wait on each other and time their own waiting.
    """
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    groups = [students[n::CLIENT_PROCESSES] for n in range(CLIENT_PROCESSES)]
    followers = [context.Process(target=follow_all, args=(group, args, results, n))
                 for n, group in enumerate(groups)]
    started = time.monotonic()
    for follower in followers:
        follower.start()
    for question in range(args.questions):
        teacher.step(host, "start" if question == 0 else "next")
        time.sleep(args.open_for)
        teacher.step(host, "reveal")
        time.sleep(2)
        teacher.step(host, "leaderboard")
        time.sleep(2)
    teacher.step(host, "next")  # the podium: every student stops at its next poll
    timings = {"poll": [], "answer": [], "dropped": []}
    for _ in followers:
        for kind, times in results.get(timeout=60).items():
            timings[kind] += times
    elapsed = time.monotonic() - started
    for follower in followers:
        follower.join()
    figures = {"dropped": sum(timings.pop("dropped"))}
    for kind, times in timings.items():
        times = sorted(t * 1000 for t in times)
        cuts = statistics.quantiles(times, n=100)
        figures[f"class: {kind}"] = {"rps": len(times) / elapsed, "p50": cuts[49],
                                     "p99": cuts[98], "errors": 0, "count": len(times)}
    return figures


def follow_all(students: list[Student], args, results, seed: int) -> None:
    """In a client process: each student follows the session in a thread of its own."""
    threads = [threading.Thread(target=follow, args=(student, args, random.Random(seed * 1000 + n)))
               for n, student in enumerate(students)]
    for student in students:
        student.timings.clear()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put({**{kind: [t for s in students for t in s.timings.get(kind, [])]
                    for kind in ("poll", "answer")},
                 "dropped": [sum(student.failovers for student in students)]})


def follow(student: Student, args, chance: random.Random) -> None:
    """Poll every `poll_every` seconds from a moment of its own, as htmx does, and answer each
    question once, a few seconds after it appears; stop at the podium."""
    next_poll = time.monotonic() + chance.uniform(0, args.poll_every)
    answer_at, answered = None, set()
    while True:
        now = time.monotonic()
        if answer_at is not None and answer_at <= now:
            answered.add(student.prompt)
            student.answer(chance.choice(student.options))
            answer_at = None
            continue
        wake = min(next_poll, answer_at or next_poll)
        if wake > now:
            time.sleep(wake - now)
            continue
        next_poll += args.poll_every
        student.poll()
        if "stage-finished" in student.screen:
            return
        if student.prompt and student.prompt not in answered and answer_at is None:
            answer_at = time.monotonic() + chance.uniform(0.5, args.open_for - 2)


def report(results: list, args) -> None:
    print(f"\n{args.students} students polling every {args.poll_every:g} s, {args.questions} "
          f"questions; wrk: {args.connections} connections, {args.duration} s a route; "
          f"gunicorn {args.workers} sync workers an instance")
    for name, result in results:
        figures = dict(result["figures"])
        dropped = figures.pop("dropped")
        baseline = figures["baseline (hello)"]["rps"]
        print(f"\n{name}")
        print(f"  {'route':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'non-2xx':>9}"
              "  target")
        for route, f in figures.items():
            verdict = ""
            if route.startswith("class"):
                verdict = (f"{'PASS' if f['p99'] < P99_LIMIT_MS else 'FAIL'} "
                           f"(p99 < {P99_LIMIT_MS} ms; {f['count']} requests)")
            print(f"  {route:<18}{f['rps']:>9.0f}{f['p50']:>9.1f}{f['p99']:>9.1f}"
                  f"{f['rps'] / baseline:>8.0%}{f['errors']:>9}  {verdict}")
        print(f"  class requests whose connection dropped (sent again): {dropped}")
        worst = max(result["rss"])
        print(f"  worker memory (RSS): {', '.join(f'{m:.1f} MB' for m in result['rss'])}  "
              f"{'PASS' if worst < WORKER_RSS_LIMIT_MB else 'FAIL'} (< {WORKER_RSS_LIMIT_MB} MB)")


if __name__ == "__main__":
    main()
