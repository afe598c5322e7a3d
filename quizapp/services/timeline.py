"""The timeline of a stored article: events by year, filtered by actor, as TimelineJS JSON."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.content.dates import describe
from quizapp.content.types import PartialDate


UNKNOWN_YEAR = "Year unknown"


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
