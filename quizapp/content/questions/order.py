"""Order questions: 3-5 events whose dates surely differ, to put in chronological order."""
from __future__ import annotations

from quizapp.content.questions.article import Article, Draft, decides_order, shuffled
from quizapp.content.questions.distractors import fold
from quizapp.content.questions.wording import date_phrase, explain, usable
from quizapp.content.types import Event, Question

MIN_ITEMS, MAX_ITEMS = 3, 5
MAX_QUESTIONS = 2


def questions(article: Article) -> list[Draft]:
    """Up to two order questions over different events, each set picked with the seed."""
    pool = [e for e in article.events if e.status == "past" and usable(e.clause)]
    pool = list({fold(e.summary): e for e in pool}.values())
    article.rng.shuffle(pool)
    drafts = []
    while len(drafts) < MAX_QUESTIONS:
        chosen = _pick(pool)
        if len(chosen) < MIN_ITEMS:
            break
        drafts.append(_draft(article, chosen))
        pool = [e for e in pool if e not in chosen]
    return drafts


def _pick(pool: list[Event]) -> list[Event]:
    """The longest greedy run from any starting event (a year-less date cannot follow 2007)."""
    runs = [_greedy(pool[start:] + pool[:start]) for start in range(len(pool))]
    return max(runs, key=len, default=[])


def _greedy(pool: list[Event]) -> list[Event]:
    chosen: list[Event] = []
    for event in pool:
        fits = all(decides_order(event.when.date, c.when.date) for c in chosen)
        if fits and len(chosen) < MAX_ITEMS:
            chosen.append(event)
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
    ))
