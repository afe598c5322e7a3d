"""SQLAlchemy 2.0 typed models. Schema changes go through an Alembic migration.

Rows keep what the content engine produced: a question's `data` is `Question.to_dict()`, so
grading rebuilds the engine's dataclass. `owner_id` is the teacher who owns a row; rows made
before accounts existed (the demo) have none and belong to no teacher.
"""
from __future__ import annotations

import datetime as dt
import secrets

from flask_login import UserMixin
from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from quizapp.content.types import Question as ContentQuestion


# A nickname of 40 characters may grow under NFKC ("ﷺ" is 18 letters); longer keys are refused.
NICKNAME_KEY_LENGTH = 160


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
    # date phrases the engine could not place in a year, for the teacher's review
    unresolved_dates: Mapped[list] = mapped_column(default=list, server_default="[]")
    # dated events left off the timeline, their line not saying who or what ("The gallery
    # reopened"): {"key", "date_value", "precision", "summary", "sentence", "actors" (keys),
    # "status"}, for the teacher
    unclear_events: Mapped[list] = mapped_column(default=list, server_default="[]")

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
    role_source: Mapped[str | None] = mapped_column(Text)  # the sentence that gives the role

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
    # None for a question imported into a bank from a file
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    key: Mapped[str] = mapped_column(String(100))  # the engine's question id
    kind: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    data: Mapped[dict]  # Question.to_dict() as the engine gave it
    # Generated questions await a teacher's review; "approved" ones may be used in quizzes.
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    owner_id: Mapped[int | None] = mapped_column(index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Raised by every edit of the question itself: a form that read an older version is
    # refused (two tabs).
    version: Mapped[int] = mapped_column(default=1)
    tags: Mapped[list] = mapped_column(default=list)
    # An edit of a question students already answered makes a new row; the old one, with
    # their answers, points at it and leaves the review and the quizzes.
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id"))

    article: Mapped[Article | None] = relationship(back_populates="questions")
    event: Mapped[Event | None] = relationship(back_populates="questions")

    def to_content(self) -> ContentQuestion:
        return ContentQuestion.from_dict(self.data)


class Quiz(Base):
    """A named selection of questions (a question set), with how students take it."""

    __tablename__ = "quizzes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    bank_id: Mapped[int | None] = mapped_column(ForeignKey("banks.id", ondelete="SET NULL"))
    shuffle: Mapped[bool] = mapped_column(default=False)
    # "immediate": right or wrong after each answer; "end": only on the results page.
    feedback: Mapped[str] = mapped_column(String(20), default="immediate")
    attempts_allowed: Mapped[int | None]  # per nickname; None is unlimited
    # The unguessable part of the link that starts a round (/q/<share_token>): quiz ids are
    # easy to guess, so a round never starts from one.
    share_token: Mapped[str] = mapped_column(
        String(40), unique=True, default=lambda: secrets.token_urlsafe(9))
    # The teacher's controls: closed by hand (no new rounds, no more answers); archived instead
    # of deleted once students took it; a time limit per round; open and close times (UTC).
    closed: Mapped[bool] = mapped_column(default=False)
    archived: Mapped[bool] = mapped_column(default=False)
    time_limit_minutes: Mapped[int | None]
    opens_at: Mapped[dt.datetime | None]
    closes_at: Mapped[dt.datetime | None]

    article: Mapped[Article | None] = relationship()
    bank: Mapped[Bank | None] = relationship()
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
    # A student's attempts are numbered, once each: two starts racing for the last attempt a
    # quiz allows cannot both get it.
    __table_args__ = (UniqueConstraint("quiz_id", "nickname_key", "attempt",
                                       name="uq_rounds_attempt"),
                      UniqueConstraint("quiz_id", "start_key", name="uq_rounds_start_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(40), unique=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id"))
    nickname: Mapped[str] = mapped_column(String(40))
    # text.normal_nickname(nickname): who the student is, however the nickname is written
    nickname_key: Mapped[str] = mapped_column(String(NICKNAME_KEY_LENGTH))
    # 1, 2, ... for a student's first rounds; None for a retry of missed questions
    attempt: Mapped[int | None]
    retry_of_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # the start form's one-time key: a second post of the form (a double click) is this round
    start_key: Mapped[str | None] = mapped_column(String(64))

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
    # when a teacher's change of the accepted answers changed this answer's grade
    regraded_at: Mapped[dt.datetime | None]
    # when the quiz's teacher set this answer's grade by hand: no automatic regrade changes it
    graded_by_hand_at: Mapped[dt.datetime | None]


class Teacher(UserMixin, Base):
    __tablename__ = "teachers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # a zoneinfo name: the teacher's pages show every time in it
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")

    # Not a column: the token of the session the request runs in, set when the session is
    # started or loaded. Flask-Login keeps it in the cookie as the user's id.
    session_token = None

    def get_id(self) -> str | None:
        return self.session_token


class TeacherSession(Base):
    """One browser's login. The cookie holds a secret token and this row its hash: deleting
    the row (logout, a new password) ends the session wherever its cookie was copied."""

    __tablename__ = "teacher_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(
        ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LoginFailure(Base):
    """A failed login; recent ones slow further tries down (shared by every app process)."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    remote_addr: Mapped[str] = mapped_column(String(64), index=True)
    failed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    # the browser's id when the teacher had logged in on it before (accounts.Device)
    device: Mapped[str | None] = mapped_column(String(32), index=True)


class ArticleImport(Base):
    """An article waiting for, going through, or done with the engine (off the request)."""

    __tablename__ = "article_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(index=True)
    title: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[dt.date | None]
    text: Mapped[str] = mapped_column(Text)
    # "waiting" -> "working" -> "done" or "failed"
    status: Mapped[str] = mapped_column(String(20), default="waiting", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None]
    # the worker working on it, which refreshes heartbeat_at while it lives (services.imports)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    heartbeat_at: Mapped[dt.datetime | None]
    claims: Mapped[int] = mapped_column(default=0)  # times a worker took it


bank_questions = Table(
    "bank_questions",
    Base.metadata,
    Column("bank_id", ForeignKey("banks.id", ondelete="CASCADE"), primary_key=True),
    Column("question_id", ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
)


class Bank(Base):
    """A teacher's collection of questions, from any of their articles, with tags."""

    __tablename__ = "banks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    tags: Mapped[list] = mapped_column(default=list)
    owner_id: Mapped[int] = mapped_column(index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    questions: Mapped[list[Question]] = relationship(
        secondary=bank_questions, order_by="Question.id"
    )


class BankImport(Base):
    """A file imported into a bank, and what came of it: kept for the teacher to read again."""

    __tablename__ = "bank_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    taken: Mapped[int]  # questions added to the bank
    already: Mapped[int] = mapped_column(default=0)  # the same as one the bank held: not added
    # the questions quizapp does not take: [{"where", "title", "start", "reason"}]
    skipped: Mapped[list] = mapped_column(default=list)
    # the file named a bank the teacher had: its questions went there, not to a second one
    joined: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LiveSession(Base):
    """A class playing together: the teacher paces, students follow on their phones.

    Everything a student's screen shows is read from these rows, so any worker of any app
    instance can answer any request. `version` rises with every step the teacher takes: a
    student's poll compares it with the one its screen shows and answers "no change" cheaply.
    """

    __tablename__ = "live_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(index=True)
    # A quiz played question by question, or (quiz None) a timeline's instant questions.
    quiz_id: Mapped[int | None] = mapped_column(ForeignKey("quizzes.id", ondelete="SET NULL"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    # The short code students type; freed (None) when the session ends, so codes stay short.
    code: Mapped[str | None] = mapped_column(String(12), unique=True)
    # "lobby" -> "question" -> "closed" -> "revealed" -> "leaderboard" -> ... -> "finished"
    phase: Mapped[str] = mapped_column(String(20), default="lobby")
    position: Mapped[int] = mapped_column(default=-1)  # the current LiveQuestion's position
    version: Mapped[int] = mapped_column(default=1)
    accessible: Mapped[bool] = mapped_column(default=False)
    timer_seconds: Mapped[int | None]
    speed_points: Mapped[bool] = mapped_column(default=False)
    streak_bonus: Mapped[bool] = mapped_column(default=False)
    question_started_at: Mapped[dt.datetime | None]
    deadline: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[dt.datetime | None]

    quiz: Mapped[Quiz | None] = relationship()
    article: Mapped[Article | None] = relationship()
    questions: Mapped[list[LiveQuestion]] = relationship(
        order_by="LiveQuestion.position", cascade="all, delete-orphan"
    )
    players: Mapped[list[LivePlayer]] = relationship(
        order_by="LivePlayer.joined_at", cascade="all, delete-orphan"
    )


class LiveQuestion(Base):
    """A question as the session asked it: the content is copied, so an edit of the bank's
    question later changes nothing of what was asked and graded."""

    __tablename__ = "live_questions"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    position: Mapped[int]
    # The bank's question (None for an instant question made from a timeline event).
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    data: Mapped[dict]  # Question.to_dict()

    def to_content(self) -> ContentQuestion:
        return ContentQuestion.from_dict(self.data)


class LivePlayer(Base):
    """A student's seat; `token`, in their cookie and their page's URL, is its only key."""

    __tablename__ = "live_players"
    __table_args__ = (
        UniqueConstraint("session_id", "nickname_key"),
        # The rank of a student is a count of the players of the session above their score.
        Index("ix_live_players_session_score", "session_id", "score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(40), unique=True)
    nickname: Mapped[str] = mapped_column(String(40))
    # text.normal_nickname: one seat per nickname, however it is typed
    nickname_key: Mapped[str] = mapped_column(String(NICKNAME_KEY_LENGTH))
    score: Mapped[int] = mapped_column(default=0)  # points, the sum of the answers' points
    streak: Mapped[int] = mapped_column(default=0)  # right answers in a row
    streak_position: Mapped[int] = mapped_column(default=-1)  # the position it ends at
    removed: Mapped[bool] = mapped_column(default=False)
    joined_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LiveAnswer(Base):
    """A student's one answer to a live question, graded and scored when it came in."""

    __tablename__ = "live_answers"
    __table_args__ = (UniqueConstraint("player_id", "live_question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("live_players.id", ondelete="CASCADE"))
    live_question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"), index=True
    )
    response: Mapped[dict]  # {"value": the answer as given to grade()}
    correct: Mapped[bool]
    score: Mapped[float]  # the grader's 0..1
    points: Mapped[int]  # with speed points and streak bonus, as the session counts them
    answered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
