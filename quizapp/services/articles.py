"""Store what the content engine made of an article as rows, and name quizzes over them."""
from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.content.types import Analysis
from quizapp.text import fit


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_article(session: Session, text: str) -> models.Article | None:
    return session.scalars(
        select(models.Article).where(models.Article.text_sha256 == text_digest(text))
    ).first()


def import_article(
    session: Session, analysis: Analysis, text: str, question_status: str = "draft",
    owner_id: int | None = None,
) -> models.Article:
    """Add the article with its actors, events and questions (the owner's, when given);
    the caller commits. Texts longer than their columns hold are cut ("…"), as an article
    nobody here wrote may have a byline or a role of any length."""
    article = models.Article(
        title=fit(models.Article.title, analysis.title),
        published=analysis.published,
        author=fit(models.Article.author, analysis.author),
        publisher=fit(models.Article.publisher, analysis.publisher),
        text=text,
        text_sha256=text_digest(text),
        owner_id=owner_id,
        unresolved_dates=list(analysis.unresolved_dates),
        unclear_events=[{"key": e.id, "date_value": e.when.date.value,
                         "precision": e.when.date.precision, "summary": e.summary,
                         "sentence": e.sentence, "actors": list(e.actors), "status": e.status}
                        for e in analysis.unclear],
    )
    actors = {
        actor.id: models.Actor(
            key=actor.id,
            name=fit(models.Actor.name, actor.name),
            kind=actor.kind,
            aliases=list(actor.aliases),
            role=fit(models.Actor.role, actor.role),
            role_source=actor.role_source,
        )
        for actor in analysis.actors
    }
    events = {
        event.id: models.Event(
            key=event.id,
            position=position,
            when_text=fit(models.Event.when_text, event.when.text),
            date_value=event.when.date.value,
            precision=event.when.date.precision,
            inferred=event.when.date.inferred,
            summary=event.summary,
            sentence=event.sentence,
            status=event.status,
            actors=[actors[key] for key in dict.fromkeys(event.actors) if key in actors],
        )
        for position, event in enumerate(analysis.events)
    }
    article.actors = list(actors.values())
    article.events = list(events.values())
    article.questions = [
        models.Question(
            key=question.id,
            kind=question.kind,
            prompt=question.prompt,
            data=question.to_dict(),
            event=events.get(question.event) if question.event else None,
            status=question_status,
            owner_id=owner_id,
        )
        for question in analysis.questions
    ]
    session.add(article)
    session.flush()
    return article


def create_quiz(
    session: Session, name: str, questions: list[models.Question], article: models.Article | None
) -> models.Quiz:
    quiz = models.Quiz(
        name=name,
        article=article,
        items=[
            models.QuizQuestion(question=question, position=position)
            for position, question in enumerate(questions)
        ],
    )
    session.add(quiz)
    session.flush()
    return quiz


def load_demo(session: Session, text: str, analyze) -> models.Article | None:
    """Import the demo article with one quiz of its questions, unless it is already there.

    `analyze` is the engine's entry point, passed in so the caller decides when spaCy loads.
    Returns the new article, or None when the demo was imported before.
    """
    if find_article(session, text) is not None:
        return None
    # The demo's generated questions are used as they are; a teacher reviews them later.
    article = import_article(session, analyze(text), text, question_status="approved")
    create_quiz(session, article.title, article.questions, article)
    session.commit()
    return article


def list_quizzes(session: Session) -> list[models.Quiz]:
    """The public quizzes (the demo's); a teacher's quizzes reach students by their link."""
    return list(session.scalars(
        select(models.Quiz).where(models.Quiz.owner_id.is_(None))
        .order_by(models.Quiz.created_at.desc())
    ))


def list_articles(session: Session) -> list[models.Article]:
    """The public timelines; a teacher's imported articles stay on their desk."""
    return list(session.scalars(
        select(models.Article).where(models.Article.owner_id.is_(None))
        .order_by(models.Article.created_at.desc())
    ))
