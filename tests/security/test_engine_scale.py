"""Issue 13, item 15: the engine's cost grows linearly with the number of dated events.

Cost is counted, not timed: the Python function calls one analysis makes (spaCy's parse is
linear on its own). bench/ingest.py times the same thing on the demo article.
"""
from __future__ import annotations

import datetime as dt
import sys

from quizapp.content import analyze

NAMES = ["Anna Berg", "Omar Said", "Lena Holm", "Paul Dune", "Rita Moss", "Ivan Petrov"]
PLACES = ["Lima", "Oslo", "Cairo", "Quito", "Perth", "Accra", "Hanoi", "Riga"]
DEEDS = ["opened a school in", "visited", "signed a deal in", "launched a project in"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
ALLOWED_GROWTH = 1.3  # calls per event at 4x the events, against 1x


def chronicle(events: int) -> str:
    """An article of `events` dated sentences, each a different date, doer and place."""
    return "A century of visits\n\n" + "\n\n".join(
        f"On {1 + n % 28} {MONTHS[n % 6]} {1900 + n}, {NAMES[n % 6]} {DEEDS[n % 4]} "
        f"{PLACES[n * 3 % 8]}." for n in range(events))


def calls_to_analyze(text: str) -> int:
    count = 0

    def tally(frame, event, arg) -> None:
        nonlocal count
        count += 1

    sys.setprofile(tally)
    try:
        analysis = analyze(text, published=dt.date(2024, 1, 1))
    finally:
        sys.setprofile(None)
    assert analysis.events and analysis.questions
    return count


def test_15_the_engine_s_work_grows_linearly_with_dated_events():
    analyze(chronicle(3), published=dt.date(2024, 1, 1))  # lazy loads and caches first
    small, large = calls_to_analyze(chronicle(25)), calls_to_analyze(chronicle(100))
    assert large / small <= 4 * ALLOWED_GROWTH, (small, large)
