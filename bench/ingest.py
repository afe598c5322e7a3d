"""How fast the content engine ingests articles, next to spaCy's own parse of the same texts.

    .venv/bin/python bench/ingest.py [--rounds 2] [--batch 100]

Uses the test articles (tests/data) and the demo article. Prints milliseconds per 1,000 words
for one article at a time (`analyze` vs `nlp(text)`), articles per second for a batch
(`analyze_many` vs `nlp.pipe(texts)`), and the ratio pipeline/baseline (target: within 1.5x).
Then how time grows with length: milliseconds per 1,000 words for the demo article once, 4
and 16 times over in one text, and the ratio of the longest to the shortest (linear: at most
1.3). Times are the best of several rounds, after the model is loaded and warmed up.
The repeated demo says each sentence 16 times, and the time phrases of a sentence are matched
once per article (timex.scan), so the growth it shows is a little flatter than a real
article's would be.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import sys
import time
from pathlib import Path
from typing import Callable

from quizapp.cli import DEMO_PUBLISHED
from quizapp.content import nlp
from quizapp.content.pipeline import analyze, analyze_many

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "tests" / "content"))
from test_judged import team_article  # noqa: E402  (the test articles' one reader)

TARGET_RATIO = 1.5
DEMO = ROOT / "quizapp" / "demo" / "kurdistan-russia-aid.txt"
LENGTHS = (1, 4, 16)  # the demo article this many times over
SCALING_TARGET = 1.3

Article = tuple[str, dt.date | None, None]  # (text, published, title) as analyze_many takes it


def load_articles() -> list[Article]:
    """Every article that has expectations, with the publication date the tests give it."""
    names = sorted(p.name.removesuffix(".expected.json") for p in DATA.glob("*.expected.json"))
    return [(*team_article(name)[1:], None) for name in names]


def best_time(run: Callable[[], object], rounds: int) -> float:
    """Seconds of the fastest of `rounds` runs: the least disturbed by other work on the machine."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="runs of each measure; the best counts")
    parser.add_argument("--batch", type=int, default=100, help="articles in the batch measure")
    args = parser.parse_args()

    model = nlp.load()
    articles = load_articles()
    texts = [text for text, _, _ in articles]
    words = sum(len(text.split()) for text in texts)
    analyze_many(articles)  # warm-up: lazy imports, caches, the model's first calls
    list(model.pipe(texts))

    def one_at_a_time() -> None:
        for text, published, title in articles:
            analyze(text, published=published, title=title)

    def baseline_one_at_a_time() -> None:
        for text in texts:
            model(text)

    batch = list(itertools.islice(itertools.cycle(articles), args.batch))
    batch_texts = [text for text, _, _ in batch]

    ms_per_1000_words = 1000 * 1000 / words
    single = best_time(one_at_a_time, args.rounds) * ms_per_1000_words
    single_base = best_time(baseline_one_at_a_time, args.rounds) * ms_per_1000_words
    many = args.batch / best_time(lambda: analyze_many(batch), args.rounds)
    many_base = args.batch / best_time(lambda: list(model.pipe(batch_texts)), args.rounds)

    print(f"{len(articles)} articles, {words:,} words; spaCy model {model.meta['lang']}_{model.meta['name']} "
          f"{model.meta['version']}; best of {args.rounds} rounds")
    print(f"{'':34}{'pipeline':>12}{'spaCy alone':>14}{'ratio':>8}")
    print(f"{'one article, ms per 1,000 words':34}{single:12.1f}{single_base:14.1f}"
          f"{single / single_base:7.2f}x")
    print(f"{f'batch of {args.batch}, articles per second':34}{many:12.1f}{many_base:14.1f}"
          f"{many_base / many:7.2f}x")
    worst = max(single / single_base, many_base / many)
    verdict = "within" if worst <= TARGET_RATIO else "over"
    print(f"Pipeline/baseline at worst {worst:.2f}x: {verdict} the {TARGET_RATIO}x target.")
    scaling(args.rounds)


def scaling(rounds: int) -> None:
    """Milliseconds per 1,000 words as one article grows: flat when cost is linear."""
    demo = DEMO.read_text(encoding="utf-8")
    per_1000 = {}
    for times in LENGTHS:
        text = "\n\n".join([demo] * times)
        seconds = best_time(lambda: analyze(text, published=DEMO_PUBLISHED), rounds)
        per_1000[times] = seconds * 1000 * 1000 / len(text.split())
    cells = "  ".join(f"{times}x {ms:.0f} ms" for times, ms in per_1000.items())
    ratio = per_1000[LENGTHS[-1]] / per_1000[LENGTHS[0]]
    verdict = "within" if ratio <= SCALING_TARGET else "over"
    print(f"Demo article repeated, ms per 1,000 words: {cells}; {LENGTHS[-1]}x/{LENGTHS[0]}x "
          f"{ratio:.2f}: {verdict} the {SCALING_TARGET}x target.")


if __name__ == "__main__":
    main()
