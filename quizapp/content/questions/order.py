"""Order questions: 3-5 events whose dates surely differ, to put in chronological order."""
from __future__ import annotations

from typing import Sequence

from quizapp.content.questions.article import Article, Draft, decides_order, shuffled
from quizapp.content.questions.distractors import fold
from quizapp.content.gate import text_fault
from quizapp.content.questions.wording import counted_from_another_event, date_phrase, explain
from quizapp.content.types import Event, Question

MIN_ITEMS, MAX_ITEMS = 3, 4
MAX_ITEM_WORDS = 20  # an item is a line to move about, not a paragraph
MAX_QUESTIONS = 2
CONFIDENCE = 0.7


def questions(article: Article, events: Sequence[Event], items: int = MAX_ITEMS) -> list[Draft]:
    """Up to two order questions over different events of `events` (those no other question
    asks), each set picked with the seed; every item a summary that passes the gate (it needs
    no clause fit for a question: a line of the timeline is all it is)."""
    # only dates the article writes out: a reckoned one ("last February") may be a year out
    pool = [e for e in events if e.status == "past" and len(e.summary.split()) <= MAX_ITEM_WORDS
            and text_fault(e.summary) is None and _dated_by_itself(e)
            and not counted_from_another_event(e.when)]
    pool = [e for e, fault in zip(pool, article.parse_faults(e.summary for e in pool)) if fault is None]
    pool = list({fold(e.summary): e for e in pool}.values())
    article.rng.shuffle(pool)
    drafts = []
    while len(drafts) < MAX_QUESTIONS:
        chosen = _pick(pool, items)
        if len(chosen) < MIN_ITEMS:
            break
        drafts.append(_draft(article, chosen))
        pool = [e for e in pool if e not in chosen]
    return drafts


def _dated_by_itself(event: Event) -> bool:
    """Not a past perfect: "Iran had condemned the invasion on Aug. 2" may date the invasion,
    and a judge cannot tell its place in the order."""
    clause = event.clause
    return clause is None or clause.aux.lower() != "had"


def _pick(pool: list[Event], items: int) -> list[Event]:
    """The longest greedy run from any starting event (a year-less date cannot follow 2007)."""
    runs = [_greedy(pool[start:] + pool[:start], items) for start in range(len(pool))]
    return max(runs, key=len, default=[])


def _greedy(pool: list[Event], items: int) -> list[Event]:
    chosen: list[Event] = []
    for event in pool:
        fits = all(decides_order(event.when.date, c.when.date) for c in chosen)
        if fits and len(chosen) < items:
            chosen.append(event)
            if len(chosen) == items:
                break
    return chosen


def _draft(article: Article, chosen: list[Event]) -> Draft:
    ordered = sorted(chosen, key=lambda e: e.when.date.sort_key())
    answer = tuple(e.summary for e in ordered)
    steps = "; then ".join(f"{e.summary.rstrip('.')} ({date_phrase(e.when)})" for e in ordered)
    sources = " ".join(dict.fromkeys(e.sentence for e in ordered))
    return Draft(("order", *sorted(e.id for e in chosen)), Question(
        id="",
        kind="order",
        prompt="Put these events in the order they happened, earliest first.",
        choices=shuffled(answer, article.rng),
        answer=answer,
        explanation=explain(f"First: {steps}.", sources),
        source=ordered[0].sentence,  # one sentence of the article; the explanation cites all
        actors=tuple(dict.fromkeys(a for e in ordered for a in e.actors)),
        difficulty=min(1.0, 0.4 + 0.1 * (len(chosen) - MIN_ITEMS)),
    ), CONFIDENCE, extra_sources=tuple(e.sentence for e in ordered))
