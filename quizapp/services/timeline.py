"""The timeline of a stored article: events by year, filtered by actor, as TimelineJS JSON."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.time_axis import Placed
from quizapp.content.dates import describe
from quizapp.content.scoring import normalize
from quizapp.content.types import PartialDate


UNKNOWN_YEAR = "Year unknown"
APPROXIMATE = dt.timedelta(days=366)  # "about 2014" may be a year out either way


@dataclass(frozen=True)
class YearGroup:
    label: str
    events: list[models.Event]


def partial_date(event: models.Event) -> PartialDate:
    return PartialDate(event.date_value, event.precision, event.inferred)


def date_label(event: models.Event) -> str:
    """The date at its true precision."""
    return describe(partial_date(event))


def year_inferred(event: models.Event) -> bool:
    """The year is known but not written with the date: the article's context gives it
    (pages mark such dates once, not with a phrase on every line)."""
    date = partial_date(event)
    return bool(date.inferred and date.year)


def base_precision(date: PartialDate) -> str:
    """An approximate date's value keeps the precision it was written at ("2014", "2016-03")."""
    if date.precision != "approximate":
        return date.precision
    if "X" in date.value:
        return "decade"
    return {0: "year", 1: "month", 2: "day"}[date.value.count("-")]


def span(date: PartialDate) -> tuple[dt.date, dt.date] | None:
    """The first and last day the date can mean (a year either side when approximate);
    None when the year is unknown."""
    precision = base_precision(date)
    year, *rest = date.value.split("-")
    digits = year[:3] if precision == "decade" else year
    if not digits.isdigit():
        return None
    try:
        if precision == "decade":
            first, last = dt.date(int(digits) * 10, 1, 1), dt.date(int(digits) * 10 + 9, 12, 31)
        elif precision == "year":
            first, last = dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
        elif precision == "month":
            first = dt.date(int(year), int(rest[0]), 1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        elif precision == "week":  # its Monday
            first = dt.date.fromisoformat(date.value)
            last = first + dt.timedelta(days=6)
        else:
            first = last = dt.date.fromisoformat(date.value)
        if date.precision == "approximate":
            first, last = first - APPROXIMATE, last + APPROXIMATE
    except (ValueError, OverflowError):  # a year 0, or beyond the calendar's ends
        return None
    return first, last


# A date phrase that starts a stretch of time still running when the article was written.
DURATION_WORDS = ("since ", "for ", "over the past ", "over the last ")


def placed(article: models.Article, events: list[models.Event]) -> tuple[list[Placed], list[models.Event]]:
    """The events the time axis can place, and those it cannot (their year is unknown)."""
    placeable, unplaced = [], []
    for event in events:
        date = partial_date(event)
        days = span(date)
        if days is None:
            unplaced.append(event)
            continue
        first, last = days
        ongoing = event.status == "ongoing" or event.when_text.lower().startswith(DURATION_WORDS)
        if ongoing and article.published and article.published > last:
            last = article.published
        placeable.append(Placed(event.id, event.summary, describe(date), first, last,
                                base_precision(date), date.precision == "approximate", ongoing))
    return placeable, unplaced


def year_label(event: models.Event) -> str:
    value = event.date_value
    if value[:4].isdigit():
        return value[:4]
    if value[:3].isdigit():
        return f"{value[:3]}0s"
    return UNKNOWN_YEAR


def find_actor(article: models.Article, key: str | None) -> models.Actor | None:
    return next((actor for actor in article.actors if actor.key == key), None)


def find_event(article: models.Article, event_id: int) -> models.Event | None:
    return next((event for event in article.events if event.id == event_id), None)


def events_of(article: models.Article, actor: models.Actor | None = None,
              hidden: frozenset[int] = frozenset()) -> list[models.Event]:
    """The article's events in chronological order, only those of `actor` when given, none
    of the `hidden` ones (see hidden_events)."""
    return [e for e in article.events
            if e.id not in hidden and (actor is None or actor in e.actors)]


def actors_by_events(events: list[models.Event]) -> list[models.Actor]:
    """The actors of these events, the most often in them first (then by name): a filter
    by any of them shows events."""
    counts = Counter(actor for event in events for actor in event.actors)
    return sorted(counts, key=lambda actor: (-counts[actor], actor.name.lower()))


def by_year(events: list[models.Event]) -> list[YearGroup]:
    return [YearGroup(label, list(group)) for label, group in groupby(events, key=year_label)]


def timelinejs(article: models.Article, hidden: frozenset[int] = frozenset()) -> dict:
    """The TimelineJS 3 JSON of the timeline; events without a known year cannot be placed."""
    return {
        "title": {"text": {"headline": article.title, "text": article.publisher or ""}},
        "events": [
            {
                "unique_id": f"event-{event.id}",
                "start_date": _timelinejs_date(partial_date(event)),
                "display_date": date_label(event),
                "text": {"headline": event.summary, "text": event.sentence},
                "group": year_label(event),
            }
            for event in events_of(article, hidden=hidden)
            if year_label(event) != UNKNOWN_YEAR
        ],
    }


def _timelinejs_date(date: PartialDate) -> dict:
    year, month, day = date.sort_key()
    parts = {"year": str(year)}
    if month:
        parts["month"] = str(month)
    if day:
        parts["day"] = str(day)
    return parts


def round_asks_about(session: Session, token: str, article_id: int) -> bool:
    """Whether the round with this token has a question about the article."""
    found = session.scalar(
        select(models.RoundQuestion.round_id)
        .join(models.Round, models.Round.id == models.RoundQuestion.round_id)
        .join(models.Question, models.Question.id == models.RoundQuestion.question_id)
        .where(models.Round.token == token, models.Question.article_id == article_id)
        .limit(1)
    )
    return found is not None


@dataclass(frozen=True)
class Hidden:
    """What a student coming from a round must not see yet (ids)."""

    events: frozenset[int] = frozenset()
    actors: frozenset[int] = frozenset()  # actors that are the answer to a question


def hidden_from_round(session: Session, token: str, article: models.Article) -> Hidden:
    """What the round's questions not answered yet ask about the article: a student who
    opens the timeline from the round must not find the answers there."""
    unanswered = session.execute(
        select(models.Question.event_id, models.Question.data)
        .join(models.RoundQuestion, models.RoundQuestion.question_id == models.Question.id)
        .join(models.Round, models.Round.id == models.RoundQuestion.round_id)
        .outerjoin(models.Answer, (models.Answer.round_id == models.Round.id)
                   & (models.Answer.question_id == models.Question.id))
        .where(models.Round.token == token, models.Question.article_id == article.id,
               models.Answer.id.is_(None))
    ).all()
    answers = {normalize(text) for _, data in unanswered for text in _answers(data)} - {""}
    actors = frozenset(actor.id for actor in article.actors
                       if answers & {normalize(name) for name in (actor.name, *actor.aliases)})
    events = frozenset(
        event.id for event in article.events
        if any(actor.id in actors for actor in event.actors)
        or any(_asks_about(event, event_id, data) for event_id, data in unanswered))
    return Hidden(events, actors)


def _asks_about(event: models.Event, event_id: int | None, data: dict) -> bool:
    """The question is about the event, is drawn from its sentence, offers its summary as
    an option, or has an answer the event's texts say (a name, a date, a number, a role)."""
    if event_id == event.id:
        return True
    source, sentence = normalize(data.get("source", "")), normalize(event.sentence)
    if source and sentence and (source in sentence or sentence in source):
        return True
    options = {normalize(text) for text in [*data.get("choices", ()), *_answers(data)]}
    if normalize(event.summary) in options:
        return True
    said = " | ".join(normalize(text) for text in (event.summary, event.sentence,
                                                   event.when_text, date_label(event)))
    return any(re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", said)
               for answer in map(normalize, _answers(data)) if answer)


def _answers(data: dict) -> list[str]:
    """The texts a question's right answer is made of (none for true or false)."""
    answer = data["answer"]
    if data["kind"] == "true_false":
        return []
    if data["kind"] == "order":
        return list(answer)
    if data["kind"] == "match":
        return [right for _, right in answer]
    return [answer, *data.get("accepted", ())]
