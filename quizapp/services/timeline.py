"""The timeline of a stored article: events by year, filtered by actor, as TimelineJS JSON."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.time_axis import Placed
from quizapp.content.dates import describe
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
    """The date at its true precision, saying when the year was inferred, not written."""
    date = partial_date(event)
    label = describe(date)
    return f"{label}, year inferred from the article" if date.inferred and date.year else label


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


def events_of(article: models.Article, actor: models.Actor | None = None) -> list[models.Event]:
    """The article's events in chronological order, only those of `actor` when given."""
    return [e for e in article.events if actor is None or actor in e.actors]


def by_year(events: list[models.Event]) -> list[YearGroup]:
    return [YearGroup(label, list(group)) for label, group in groupby(events, key=year_label)]


def timelinejs(article: models.Article) -> dict:
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
            for event in article.events
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
