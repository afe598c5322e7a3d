"""A teacher's corrections to what the engine made of an article: events, actors, questions.

Question edits keep students' results meaning what they meant: a question already answered
is never changed in place (but for its accepted answers, which regrade the answers given); the
edit becomes a new row that replaces it in quizzes and banks.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.content.dates import describe
from quizapp.content.questions import distractors
from quizapp.content.scoring import normalize
from quizapp.content.types import PartialDate, Question
from quizapp.services import regrade
from quizapp.services.questions import number_value



STATUSES = ("draft", "approved", "rejected")
DISTRACTORS_WANTED = 3


STALE_MESSAGE = ("Someone saved this question after you opened it (in another tab?). Your "
                 "changes are still in the form: compare them with the saved question, then "
                 "save again.")


class StaleEdit(ValueError):
    """The question changed since the form was opened (another tab saved first)."""


def update_event(event: models.Event, date_value: str, precision: str, summary: str,
                 actors: list[models.Actor]) -> None:
    event.date_value, event.precision, event.inferred = date_value, precision, False
    event.summary, event.actors = summary, actors


def add_event(article: models.Article, date_value: str, precision: str, summary: str,
              actors: list[models.Actor], unclear: dict | None = None) -> models.Event:
    """A teacher's event; `unclear`: the event left off the timeline that it words, which
    leaves that list and lends the event its source sentence."""
    sentence, status = summary, "past"
    if unclear is not None:
        sentence, status = unclear["sentence"], unclear["status"]
        dismiss_unclear(article, unclear)
    event = models.Event(
        key=f"t{secrets.token_hex(4)}", position=0, when_text="", date_value=date_value,
        precision=precision, summary=summary, sentence=sentence, status=status, actors=actors,
    )
    article.events.append(event)
    reorder_events(article)
    return event


def unclear_event(article: models.Article, key: str) -> dict | None:
    return next((e for e in article.unclear_events if e["key"] == key), None)


def dismiss_unclear(article: models.Article, unclear: dict) -> None:
    """The event left off the timeline leaves the teacher's list too."""
    article.unclear_events = [e for e in article.unclear_events if e != unclear]


def unclear_form_data(article: models.Article, unclear: dict) -> dict:
    """An unclear event as its form starts: its date and line, its actors chosen."""
    return unclear | {"actors": [a.id for a in article.actors if a.key in unclear["actors"]]}


def reorder_events(article: models.Article) -> None:
    """Keep the timeline chronological after a date changed or an event came in."""
    from quizapp.services.timeline import partial_date

    ordered = sorted(article.events, key=lambda e: (partial_date(e).sort_key(), e.position))
    for position, event in enumerate(ordered):
        event.position = position
    article.events = ordered


def merge_actors(session: Session, kept: models.Actor, merged: models.Actor) -> None:
    """`merged` becomes a name of `kept`: its events, questions and names move over, then
    it goes."""
    for event in kept.article.events:
        if merged in event.actors:
            event.actors = [a for a in event.actors if a is not merged]
            if kept not in event.actors:
                event.actors.append(kept)
    for question in kept.article.questions:
        keys = question.data.get("actors", [])
        if merged.key in keys:
            keys = [kept.key if key == merged.key else key for key in keys]
            question.data = {**question.data, "actors": list(dict.fromkeys(keys))}
    names = [*kept.aliases, merged.name, *merged.aliases]
    kept.aliases = [name for name in dict.fromkeys(names) if name != kept.name]
    kept.role = kept.role or merged.role
    session.delete(merged)


# How the question list may be ordered: least confident first (the engine's confidence that a
# teacher would hand the question out as it is) helps a teacher check the doubtful ones first.
ORDERS = {
    "confidence": lambda question: (question.data.get("confidence", 1.0), question.id),
    "article": lambda question: question.id,
}


@dataclass(frozen=True)
class ListFilters:
    """What the review list shows: "" for any; ids as the query string gives them."""

    kind: str = ""
    status: str = ""
    actor: str = ""
    event: str = ""
    order: str = "confidence"

    def keeps(self, question: models.Question, actor: models.Actor | None) -> bool:
        return ((not self.kind or question.kind == self.kind)
                and (not self.status or question.status == self.status)
                and (not self.event or str(question.event_id) == self.event)
                and (actor is None or _is_about(question, actor)))


def _is_about(question: models.Question, actor: models.Actor) -> bool:
    return actor.key in question.data.get("actors", ()) or (
        question.event is not None and actor in question.event.actors)


def live_questions(article: models.Article) -> list[models.Question]:
    """The article's questions, without versions an edit replaced."""
    return [q for q in article.questions if q.replaced_by_id is None]


def listed(article: models.Article, filters: ListFilters) -> list[models.Question]:
    """The article's questions the filters keep, in the order they ask (least confident first
    unless told otherwise)."""
    actor = next((a for a in article.actors if str(a.id) == filters.actor), None)
    kept = [q for q in live_questions(article) if filters.keeps(q, actor)]
    return sorted(kept, key=ORDERS.get(filters.order, ORDERS["confidence"]))


def set_status(questions: list[models.Question], status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    for question in questions:
        question.status = status


def is_answered(session: Session, question: models.Question) -> bool:
    return session.scalar(select(exists().where(models.Answer.question_id == question.id)))


def claim(session: Session, question: models.Question, read_version: int) -> None:
    """Raise the question's version by one, or StaleEdit when someone saved it since the
    form read `read_version` (or an edit replaced it)."""
    # One conditional update: of two saves racing in, only the first finds its version.
    claimed = session.execute(
        update(models.Question)
        .where(models.Question.id == question.id, models.Question.version == read_version,
               models.Question.replaced_by_id.is_(None))
        .values(version=read_version + 1)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise StaleEdit(STALE_MESSAGE)
    session.refresh(question)


@dataclass(frozen=True)
class Saved:
    question: models.Question  # the row now holding the question
    # when the edit changed only the accepted answers: what regrading the answers given did
    regraded: regrade.Regraded | None = None


def save_question(session: Session, question: models.Question, content: Question,
                  read_version: int) -> Saved:
    """Store an edit made on `read_version` of the question; the caller commits.

    Raises StaleEdit when someone saved the question since. What the form does not show
    (the engine's id, event and actors, the difficulty, the confidence) stays as it was. An edit of the
    accepted answers alone regrades the answers given; any other edit of a question students
    answered makes a new row, and the old one keeps their answers and leaves the quizzes.
    """
    claim(session, question, read_version)
    old = question.to_content()
    content = replace(content, id=old.id, event=old.event, actors=old.actors,
                      difficulty=old.difficulty, confidence=old.confidence)
    if regrade.only_accepted_changed(question, content):
        return Saved(question, regrade.accept(session, question, list(content.accepted)))
    if not is_answered(session, question):
        question.kind, question.prompt, question.data = content.kind, content.prompt, content.to_dict()
        session.flush()
        return Saved(question)
    successor = models.Question(
        article=question.article, event=question.event, key=f"{question.key}v{question.version + 1}",
        kind=content.kind, prompt=content.prompt, data=content.to_dict(), status=question.status,
        owner_id=question.owner_id, tags=list(question.tags),
    )
    session.add(successor)
    session.flush()
    question.replaced_by_id, question.status = successor.id, "replaced"
    for table in (models.QuizQuestion.__table__, models.bank_questions):
        session.execute(update(table).where(table.c.question_id == question.id)
                        .values(question_id=successor.id))
    session.flush()
    return Saved(successor)


def new_distractors(question: models.Question, rng: random.Random) -> Question:
    """New wrong options of the answer's type, in a neutral order: other actors of its kind
    from the article (by name), other dates at the precision of the question's event (in
    time order), or numbers of the same scale (by size)."""
    content = question.to_content()
    if content.kind != "multiple_choice":
        raise ValueError("New distractors come only for multiple-choice questions.")
    answer = str(content.answer)
    options = _options(question, answer)  # option -> its place in a neutral order
    taken = {normalize(choice) for choice in content.choices}
    pool = [option for option in options if normalize(option) not in taken]
    if answer not in options or not pool:
        raise ValueError("The article gives no other options of the answer's kind to offer.")
    picked = rng.sample(pool, min(DISTRACTORS_WANTED, len(pool)))
    return replace(content, choices=tuple(sorted([answer, *picked], key=options.__getitem__)))


def _options(question: models.Question, answer: str) -> dict[str, tuple]:
    for options_of in (_actor_options, _date_options, _number_options):
        options = options_of(question, answer)
        if options is not None:
            return options
    return {}


def _actor_options(question: models.Question, answer: str) -> dict[str, tuple] | None:
    """When the answer is one of the article's actors: the others of its kind, by name."""
    actors = question.article.actors if question.article else []
    actor = next((a for a in actors if normalize(a.name) == normalize(answer)), None)
    if actor is None:
        return None
    aliases = {normalize(n) for n in actor.aliases}
    return {a.name: (a.name.casefold(),) for a in actors
            if a.kind == actor.kind and normalize(a.name) not in aliases}


def _date_options(question: models.Question, answer: str) -> dict[str, tuple] | None:
    """When the answer is the date of the question's event: dates near it, in time order."""
    event = question.event
    if event is None:
        return None
    date = PartialDate(event.date_value, event.precision, event.inferred)
    if describe(date) != answer:
        return None
    dates = [date, *(d for d in distractors.nearby_dates(date) if d is not None)]
    return {describe(d): d.sort_key() for d in dates}


def _number_options(question: models.Question, answer: str) -> dict[str, tuple] | None:
    """When the answer is a number: every ladder the question could have had (options
    beyond the ones it shows), by size."""
    if number_value(answer) is None:
        return None
    numbers = [answer, *(n for place in range(distractors.WANTED + 1)
                         for n in distractors.nearby_numbers(answer, place))]
    return {n: (number_value(n),) for n in numbers}
