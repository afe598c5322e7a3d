"""SQLAlchemy 2.0 typed models. Schema changes go through an Alembic migration.

Rows keep what the content engine produced: a question's `data` is `Question.to_dict()`, so
grading rebuilds the engine's dataclass. `owner_id` columns are nullable until accounts exist.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from quizapp.content.types import Question as ContentQuestion


def utcnow() -> dt.datetime:
    """Naive UTC, which every database stores the same way."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}


event_actors = Table(
    "event_actors",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    published: Mapped[dt.date | None]
    author: Mapped[str | None] = mapped_column(String(200))
    publisher: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    # Recognises an article already imported, so importing it again is a no-op.
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    owner_id: Mapped[int | None] = mapped_column(index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    actors: Mapped[list[Actor]] = relationship(
        back_populates="article", order_by="Actor.name", cascade="all, delete-orphan"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="article", order_by="Event.position", cascade="all, delete-orphan"
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="article", order_by="Question.id", cascade="all, delete-orphan"
    )


class Actor(Base):
    __tablename__ = "actors"
    __table_args__ = (UniqueConstraint("article_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))  # the engine's actor id
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    aliases: Mapped[list] = mapped_column(default=list)
    role: Mapped[str | None] = mapped_column(String(500))

    article: Mapped[Article] = relationship(back_populates="actors")


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("article_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))  # the engine's event id
    position: Mapped[int]  # chronological rank given by the engine
    when_text: Mapped[str] = mapped_column(String(200))
    date_value: Mapped[str] = mapped_column(String(20))
    precision: Mapped[str] = mapped_column(String(20))
    inferred: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="past")

    article: Mapped[Article] = relationship(back_populates="events")
    actors: Mapped[list[Actor]] = relationship(secondary=event_actors, order_by="Actor.name")
    questions: Mapped[list[Question]] = relationship(
        back_populates="event", order_by="Question.id"
    )


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("article_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    key: Mapped[str] = mapped_column(String(100))  # the engine's question id
    kind: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    data: Mapped[dict]  # Question.to_dict() as the engine gave it
    # Generated questions await a teacher's review; "approved" ones may be used in quizzes.
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    owner_id: Mapped[int | None] = mapped_column(index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    article: Mapped[Article] = relationship(back_populates="questions")
    event: Mapped[Event | None] = relationship(back_populates="questions")

    def to_content(self) -> ContentQuestion:
        return ContentQuestion.from_dict(self.data)


class Quiz(Base):
    """A named selection of questions (a question set)."""

    __tablename__ = "quizzes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    article: Mapped[Article | None] = relationship()
    items: Mapped[list[QuizQuestion]] = relationship(
        order_by="QuizQuestion.position", cascade="all, delete-orphan"
    )


class QuizQuestion(Base):
    __tablename__ = "quiz_questions"

    quiz_id: Mapped[int] = mapped_column(
        ForeignKey("quizzes.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    position: Mapped[int]

    question: Mapped[Question] = relationship()


class Round(Base):
    """One student's pass through a quiz; `token` is the unguessable id in its URLs."""

    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(40), unique=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id"))
    nickname: Mapped[str] = mapped_column(String(40))
    retry_of_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    quiz: Mapped[Quiz] = relationship()
    items: Mapped[list[RoundQuestion]] = relationship(
        order_by="RoundQuestion.position", cascade="all, delete-orphan"
    )


class RoundQuestion(Base):
    __tablename__ = "round_questions"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    position: Mapped[int]

    question: Mapped[Question] = relationship()


class Answer(Base):
    """What a student answered to the question row they were given; one per question."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("round_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    response: Mapped[dict]  # {"value": the answer as given to grade()}
    correct: Mapped[bool]
    score: Mapped[float]
    feedback: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
