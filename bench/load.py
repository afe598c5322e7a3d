"""Load benchmark: the app under gunicorn (2 workers), driven by wrk from a second process.

Measures a hello-world route of the same app (the baseline), a question page, and the
answer POST (each request answers a fresh question of a fresh round, so it grades and
writes), then prints requests/s, p50/p99 latency, the ratios to the baseline, and the
memory of each worker, against the targets. The three routes take turns `--repeat` times
and the median of each figure is reported, so a busy moment on a shared machine does not
land on one route only.

    .venv/bin/python bench/load.py [--connections 64] [--duration 4] [--repeat 5]
"""
from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGETS = {"question page": 0.40, "answer POST": 0.25}
P99_LIMIT_MS = 100
WORKER_RSS_LIMIT_MB = 80

# wrk sends each request to the next prepared (path, body) line; threads take turns. The
# method is POST unless a fourth argument names another (GET, with empty bodies).
ANSWER_SCRIPT = """
local lines, thread_id, threads, offset, n, method = {}, 0, 1, 0, 0, "POST"
local counter = 0
function setup(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end
function init(args)
  threads, offset, method = tonumber(args[1]), tonumber(args[2]), args[4] or "POST"
  for line in io.lines(args[3]) do lines[#lines + 1] = line end
end
function request()
  local index = (offset + thread_id + n * threads) % #lines + 1
  n = n + 1
  local path, body = lines[index]:match("([^\\t]+)\\t(.*)")
  if body == "" then body = nil end
  return wrk.format(method, path, wrk.headers, body)
end
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=4, help="seconds per route and turn")
    parser.add_argument("--repeat", type=int, default=5, help="turns of the three routes")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--rounds", type=int, default=4000, help="fresh rounds to answer")
    parser.add_argument("--port", type=int, default=5055)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite",
               "QUIZAPP_SECRET_KEY": "bench"}
        subprocess.run([BIN / "quizapp", "init-db"], env=env, check=True)
        server = subprocess.Popen(
            [BIN / "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{args.port}",
             "--log-level", "warning", "quizapp:create_app()"],
            env=env, cwd=ROOT,
        )
        try:
            base = f"http://127.0.0.1:{args.port}"
            wait_until_up(base + "/hello")
            cookie, question_url, answers = prepare(base, env["DATABASE_URL"], args.rounds)
            answers_file = Path(tmp) / "answers.tsv"
            answers_file.write_text("\n".join(f"{path}\t{body}" for path, body in answers))
            script = Path(tmp) / "answer.lua"
            script.write_text(ANSWER_SCRIPT)
            results = measure(args, base, cookie, question_url, script, answers_file, len(answers))
            rss = worker_rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(results, rss, args.connections, args.repeat)


def measure(args, base, cookie, question_url, script, answers_file, answer_count) -> dict:
    """The three routes in turns; the median of each figure over the turns."""
    headers = ["-H", f"Cookie: {cookie}"]
    post_headers = headers + ["-H", "Content-Type: application/x-www-form-urlencoded",
                              "-H", "HX-Request: true", "-s", str(script)]
    common = ["-t", str(args.threads), "-c", str(args.connections),
              "-d", f"{args.duration}s", "--latency"]
    turns = []
    for turn in range(args.repeat):
        offset = turn * answer_count // args.repeat  # each turn answers its own questions
        turns.append({
            "baseline (hello)": wrk(common, base + "/hello", headers),
            "question page": wrk(common, base + question_url, headers),
            "answer POST": wrk(common, base + "/", post_headers,
                               ["--", str(args.threads), str(offset), str(answers_file)]),
        })
    return {
        route: {key: statistics.median(turn[route][key] for turn in turns)
                for key in turns[0][route]}
        for route in turns[0]
    }


def wait_until_up(url: str) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not answer at {url}")


def prepare(base: str, database_url: str, rounds: int):
    """A session cookie with its CSRF token, one question page, and fresh answers to post."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    home = opener.open(base + "/").read().decode()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', home).group(1)
    share = re.search(r'action="/q/([^/"]+)/rounds"', home).group(1)
    start = opener.open(
        f"{base}/q/{share}/rounds",
        urllib.parse.urlencode({"csrf_token": token, "nickname": "bench"}).encode(),
    )
    question_url = urllib.parse.urlparse(start.geturl()).path
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return cookie, question_url, fresh_answers(database_url, share, rounds, token)


def fresh_answers(database_url: str, share: str, rounds: int, token: str):
    """Rounds made directly through the service, and a plausible answer to each question."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from quizapp import models
    from quizapp.db import make_engine
    from quizapp.services import rounds as round_service

    with Session(make_engine(database_url)) as session:
        quiz = session.scalar(select(models.Quiz).where(models.Quiz.share_token == share))
        made = [round_service.start_round(session, quiz, f"bench{i}") for i in range(rounds)]
        session.commit()
        questions = [(item.question_id, item.question.to_content()) for item in quiz.items]
        return [
            (f"/rounds/{round_.token}/questions/{question_id}",
             urllib.parse.urlencode({"csrf_token": token, **form_answer(content)}, doseq=True))
            for round_ in made
            for question_id, content in questions
        ]


def form_answer(question) -> dict:
    from quizapp.services.questions import match_sides

    if question.kind == "order":
        return {"order": list(question.answer)}
    if question.kind == "match":
        lefts, _ = match_sides(question)
        return {f"pair_{i}": dict(question.answer)[left] for i, left in enumerate(lefts)}
    return {"answer": question.answer}


def wrk(common: list[str], url: str, headers: list[str], script_args=()) -> dict:
    output = subprocess.run(
        ["wrk", *common, *headers, url, *script_args], capture_output=True, text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency_ms(output, "50%"),
        "p99": latency_ms(output, "99%"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def latency_ms(output: str, percentile: str) -> float:
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)\b", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def worker_rss_mb(master_pid: int) -> list[float]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


def report(results: dict, rss: list[float], connections: int, repeat: int) -> None:
    baseline = results["baseline (hello)"]["rps"]
    print(f"\n{'route':<18}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'non-2xx':>9}  target")
    for name, r in results.items():
        ratio = r["rps"] / baseline
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            ok = ratio >= target and r["p99"] < P99_LIMIT_MS
            verdict = f"{'PASS' if ok else 'FAIL'} (>= {target:.0%}, p99 < {P99_LIMIT_MS} ms)"
        print(f"{name:<18}{r['rps']:>10.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}{ratio:>8.0%}"
              f"{r['errors']:>9}  {verdict}")
    worst = max(rss)
    print(f"\nworker memory (RSS): {', '.join(f'{m:.1f} MB' for m in rss)}  "
          f"{'PASS' if worst < WORKER_RSS_LIMIT_MB else 'FAIL'} (< {WORKER_RSS_LIMIT_MB} MB)")
    print(f"{connections} connections, gunicorn 2 sync workers, SQLite in WAL mode; "
          f"medians of {repeat} turns")


if __name__ == "__main__":
    main()
