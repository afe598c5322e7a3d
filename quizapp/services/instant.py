"""Instant questions for a class from a timeline's event: "Which came first?" with another
event, and "When was it?" with four dates.

The options' order gives nothing away: the two events are in alphabetical order, and the right
date is as likely to be first, second, third or fourth of its four.
"""
from __future__ import annotations

import datetime as dt
import random

from quizapp import models
from quizapp.content.dates import describe
from quizapp.content.types import PartialDate
from quizapp.content.types import Question as ContentQuestion
from quizapp.services.timeline import base_precision, partial_date, span

KINDS = {"first": "Which came first?", "when": "When was it?"}
DATE_OPTIONS = 4


class InstantError(ValueError):
    """No such question can be made of this event; the message is for the teacher."""


def instant_question(events: list[models.Event], event: models.Event, kind: str) -> ContentQuestion:
    if kind == "first":
        return which_came_first(events, event)
    if kind == "when":
        return when_was_it(events, event)
    raise InstantError("Ask “which came first?” or “when was it?”.")


def available_kinds(events: list[models.Event], event: models.Event) -> list[str]:
    """The kinds of instant question this event can make (for the presenter's buttons)."""
    kinds = []
    for kind in KINDS:
        try:
            instant_question(events, event, kind)
        except InstantError:
            continue
        kinds.append(kind)
    return kinds


def which_came_first(events: list[models.Event], event: models.Event) -> ContentQuestion:
    mine = span(partial_date(event))
    if mine is None:
        raise InstantError("This event's year is unknown: it cannot be compared.")
    others = []
    for other in events:
        theirs = span(partial_date(other))
        if other.id == event.id or theirs is None or other.summary == event.summary:
            continue
        if theirs[1] < mine[0] or mine[1] < theirs[0]:  # no overlap: one surely came first
            gap = min(abs((theirs[0] - mine[1]).days), abs((mine[0] - theirs[1]).days))
            others.append((gap, other.position, other))
    if not others:
        raise InstantError("No other event is far enough from this one in time to compare.")
    other = min(others, key=lambda found: found[:2])[2]
    earlier, later = sorted((event, other), key=lambda e: span(partial_date(e))[0])
    return ContentQuestion(
        id=f"first-{event.id}-{other.id}", kind="multiple_choice", prompt=KINDS["first"],
        choices=tuple(sorted((event.summary, other.summary), key=str.casefold)),
        answer=earlier.summary,
        explanation=(f"{earlier.summary} ({describe(partial_date(earlier))}), then "
                     f"{later.summary} ({describe(partial_date(later))})."),
        source=event.sentence,
    )


def when_was_it(events: list[models.Event], event: models.Event,
                rng: random.Random | None = None) -> ContentQuestion:
    """Four dates in a row at the event's precision (weeks apart for a day); where the right
    one falls among them is drawn at random, so each place is as likely."""
    date = partial_date(event)
    if span(date) is None:
        raise InstantError("This event's year is unknown: there is no date to ask.")
    before = (rng or random.Random()).randrange(DATE_OPTIONS)
    dates = [shifted(date, step) if step else date
             for step in range(-before, DATE_OPTIONS - before)]
    right = describe(date)
    return ContentQuestion(
        id=f"when-{event.id}", kind="multiple_choice", prompt=f"When was it? {event.summary}",
        choices=tuple(describe(option) for option in dates),
        answer=right, explanation=f"{event.summary}: {right}.", source=event.sentence,
    )


def shifted(date: PartialDate, step: int) -> PartialDate:
    """The same kind of date `step` units away: weeks for a day, months, years, decades."""
    precision = base_precision(date)
    first, _ = span(PartialDate(date.value, precision))
    if precision == "day":
        value = (first + dt.timedelta(weeks=step)).isoformat()
    elif precision == "month":
        months = first.year * 12 + first.month - 1 + step
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    elif precision == "year":
        value = f"{first.year + step:04d}"
    else:
        value = f"{(first.year + 10 * step) // 10:03d}X"
    return PartialDate(value, date.precision)
