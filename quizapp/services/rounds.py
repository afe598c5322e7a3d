"""Quiz rounds: start, answer, progress, results, retry. The server decides every score."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import secrets
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp import models, times
from quizapp.content.scoring import grade
from quizapp.content.types import Question as ContentQuestion
from quizapp.text import normal_nickname


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int
    score: float  # sum of the answers' scores (partial credit counts)
    streak: int  # right answers in a row, ending with the latest one

    @property
    def finished(self) -> bool:
        return self.answered == self.total


@dataclass(frozen=True)
class RoundInfo:
    id: int
    token: str
    nickname: str
    created_at: dt.datetime
    quiz_id: int
    quiz_name: str
    feedback: str  # the quiz's: "immediate", or "end" (only the results page tells)
    # the quiz's clock, read with the round (every question page checks it)
    time_limit_minutes: int | None
    closes_at: dt.datetime | None
    closed: bool
    archived: bool
    time_zone: str | None  # the quiz's teacher's: its times read there (None: no teacher)

    @property
    def feedback_at_end(self) -> bool:
        return self.feedback == "end"


@dataclass(frozen=True)
class GivenAnswer:
    id: int
    question_id: int
    value: object  # as given to scoring.grade
    correct: bool
    score: float
    feedback: str
    answered_at: dt.datetime


@dataclass(frozen=True)
class AskedQuestion:
    """A question as a round shows and grades it, its content parsed once."""

    id: int
    article_id: int | None
    event_id: int | None
    content: ContentQuestion


@dataclass(frozen=True)
class RoundState:
    """A round as its pages read it: its question ids in order, its answers so far, and the
    question a page asks about, if it names one of the round's.

    Loaded in one light query (every question page needs it, so it must be cheap).
    """

    round: RoundInfo
    question_ids: tuple[int, ...]
    answers: dict[int, GivenAnswer]  # by question id, in the order they were given
    asked: AskedQuestion | None = None

    def answer_to(self, question_id: int) -> GivenAnswer | None:
        return self.answers.get(question_id)

    def number_of(self, question_id: int) -> int:
        """The question's place in the round, from 1."""
        return self.question_ids.index(question_id) + 1

    def next_question_id(self) -> int | None:
        """The first question not answered yet: where a reloaded round resumes."""
        return next((qid for qid in self.question_ids if qid not in self.answers), None)

    def missed_ids(self) -> list[int]:
        """Questions answered wrong (or only partly right), in the round's order."""
        return [
            qid for qid in self.question_ids if qid in self.answers and not self.answers[qid].correct
        ]

    def progress(self) -> Progress:
        streak = 0
        for answer in reversed(self.answers.values()):
            if not answer.correct:
                break
            streak += 1
        return Progress(
            answered=len(self.answers),
            total=len(self.question_ids),
            score=sum(answer.score for answer in self.answers.values()),
            streak=streak,
        )

    def duration(self) -> dt.timedelta:
        if not self.answers:
            return dt.timedelta(0)
        return max(a.answered_at for a in self.answers.values()) - self.round.created_at


def start_round(
    session: Session,
    quiz: models.Quiz,
    nickname: str,
    questions: list[models.Question] | None = None,
    retry_of_id: int | None = None,
    attempt: int | None = None,
) -> models.Round:
    """A new round over `questions` (default: the whole quiz, shuffled if the quiz says so);
    the caller commits. `attempt` numbers a student's first rounds (see start_attempt)."""
    if questions is None:
        questions = [item.question for item in quiz.items]
        if quiz.shuffle:
            questions = random.sample(questions, len(questions))
    round_ = models.Round(
        token=secrets.token_urlsafe(16),
        quiz=quiz,
        nickname=nickname,
        nickname_key=normal_nickname(nickname),
        attempt=attempt,
        retry_of_id=retry_of_id,
        items=[
            models.RoundQuestion(question=question, position=position)
            for position, question in enumerate(questions)
        ],
    )
    session.add(round_)
    session.flush()
    return round_


class AttemptsUsed(ValueError):
    """The student has used every attempt the quiz allows; the message is for them."""


def start_attempt(session: Session, quiz: models.Quiz, nickname: str,
                  start_key: str | None = None) -> models.Round:
    """The student's next attempt at the quiz, committed; AttemptsUsed past the quiz's limit.

    The database numbers attempts once each (quiz, nickname key, attempt): of two starts
    racing for the same number one is refused, and it counts again. A start form posted
    again (a double click, even two requests at once) gives the round its key started.
    """
    key = normal_nickname(nickname)
    for _ in range(MAX_START_RACES):
        if start_key and (started := _started_with(session, quiz, start_key)) is not None:
            if started.nickname_key == key and not _finished(session, started):
                return started
            start_key = None  # the form used again, as Back brings it, by another or after the end
        used = session.scalar(select(func.max(models.Round.attempt)).where(
            models.Round.quiz_id == quiz.id, models.Round.nickname_key == key)) or 0
        if quiz.attempts_allowed is not None and used >= quiz.attempts_allowed:
            raise AttemptsUsed(
                f"{nickname} has used the {quiz.attempts_allowed} attempt(s) this quiz allows.")
        try:
            round_ = start_round(session, quiz, nickname, attempt=used + 1)
            round_.start_key = start_key
            session.commit()
            return round_
        except IntegrityError:
            session.rollback()
    raise AttemptsUsed("Too many students are starting with this nickname at once: try again.")


# Each lost race means another start of the same student went through meanwhile.
MAX_START_RACES = 20


def _started_with(session: Session, quiz: models.Quiz, start_key: str) -> models.Round | None:
    return session.scalar(select(models.Round).where(models.Round.quiz_id == quiz.id,
                                                     models.Round.start_key == start_key))


def _finished(session: Session, round_: models.Round) -> bool:
    answered = session.scalar(select(func.count(models.Answer.id))
                              .where(models.Answer.round_id == round_.id))
    return answered >= len(round_.items)


# The round, its questions in order, each with its answer if any, and the asked question's
# content: one query of plain columns, built once (every question page runs it; ORM objects,
# building a select each time or a second query would cost more than the query itself).
# load_state reads the columns by position: RoundInfo's fields, then a question's id, its answer
# and, for the asked question only, its content.
_ROUND_COLUMNS = len(dataclasses.fields(RoundInfo))
_STATE_QUERY = (
    select(
        models.Round.id.label("round_id"),
        models.Round.token,
        models.Round.nickname,
        models.Round.created_at,
        models.Round.quiz_id,
        models.Quiz.name.label("quiz_name"),
        models.Quiz.feedback.label("quiz_feedback"),
        models.Quiz.time_limit_minutes,
        models.Quiz.closes_at,
        models.Quiz.closed,
        models.Quiz.archived,
        models.Teacher.time_zone,
        models.RoundQuestion.question_id,
        models.Answer.id,
        models.Answer.response,
        models.Answer.correct,
        models.Answer.score,
        models.Answer.feedback,
        models.Answer.answered_at,
        models.Question.article_id,
        models.Question.event_id,
        models.Question.data,
    )
    .join(models.Quiz, models.Quiz.id == models.Round.quiz_id)
    .outerjoin(models.Teacher, models.Teacher.id == models.Quiz.owner_id)
    .outerjoin(models.RoundQuestion, models.RoundQuestion.round_id == models.Round.id)
    .outerjoin(
        models.Answer,
        (models.Answer.round_id == models.Round.id)
        & (models.Answer.question_id == models.RoundQuestion.question_id),
    )
    .outerjoin(
        models.Question,
        (models.Question.id == models.RoundQuestion.question_id)
        & (models.Question.id == bindparam("asked_id")),
    )
    .where(models.Round.token == bindparam("token"))
    .order_by(models.RoundQuestion.position)
)


def load_state(session: Session, token: str, asked_id: int | None = None) -> RoundState | None:
    """The round, and as `asked` the question `asked_id` when it belongs to the round."""
    # On the session's connection: plain rows need none of the ORM's execution machinery.
    rows = session.connection().execute(
        _STATE_QUERY, {"token": token, "asked_id": asked_id}
    ).all()
    if not rows:
        return None
    question_ids, answers, asked = [], [], None
    # By position: a row's named attributes cost more than the query, on every question page.
    for (*_, question_id, answer_id, response, correct, score, feedback, answered_at,
         article_id, event_id, data) in rows:
        if question_id is None:  # a round whose questions are all gone
            continue
        question_ids.append(question_id)
        if answer_id is not None:
            answers.append(GivenAnswer(answer_id, question_id, response["value"], correct, score,
                                       feedback, answered_at))
        if data is not None:
            asked = AskedQuestion(question_id, article_id, event_id,
                                  ContentQuestion.from_dict(data))
    answers.sort(key=lambda answer: answer.id)
    return RoundState(
        RoundInfo(*rows[0][:_ROUND_COLUMNS]),
        tuple(question_ids),
        {answer.question_id: answer for answer in answers},
        asked,
    )


def questions_of(session: Session, question_ids) -> dict[int, models.Question]:
    found = session.scalars(select(models.Question).where(models.Question.id.in_(question_ids)))
    return {question.id: question for question in found}


# A plain insert built once: the page needs no Answer object, and every answer POST runs it.
_ANSWER_INSERT = insert(models.Answer.__table__)


def record_answer(session: Session, state: RoundState, question: AskedQuestion, value) -> RoundState:
    """Grade and store the first answer to a question; a second answer changes nothing."""
    if state.answer_to(question.id) is not None:
        return state
    result = grade(question.content, value)
    answered_at = models.utcnow()
    try:
        inserted = session.connection().execute(
            _ANSWER_INSERT,
            {
                "round_id": state.round.id,
                "question_id": question.id,
                "response": {"value": value},
                "correct": result.correct,
                "score": result.score,
                "feedback": result.feedback,
                "answered_at": answered_at,
            },
        )
        session.commit()
    except IntegrityError:
        # The same answer raced in from another request (double click, two tabs).
        session.rollback()
        return load_state(session, state.round.token, question.id)
    given = GivenAnswer(
        inserted.inserted_primary_key[0], question.id, value, result.correct, result.score,
        result.feedback, answered_at,
    )
    return dataclasses.replace(state, answers={**state.answers, question.id: given})


def retry_missed(session: Session, state: RoundState) -> models.Round | None:
    """A new round of the questions this one got wrong, or None when there are none."""
    missed = state.missed_ids()
    if not missed:
        return None
    questions = questions_of(session, missed)
    retry = start_round(
        session,
        session.get(models.Quiz, state.round.quiz_id),
        state.round.nickname,
        [questions[qid] for qid in missed],
        retry_of_id=state.round.id,
    )
    session.commit()
    return retry


def shown_deadline(state: RoundState, deadline: dt.datetime) -> str:
    """A round's end as its student reads it: in the quiz's teacher's zone, named."""
    return times.shown(deadline, state.round.time_zone or times.DEFAULT_ZONE)


@dataclass(frozen=True)
class Clock:
    """A round's time: when it ends (None: no end), and, once it takes no more answers, why."""

    deadline: dt.datetime | None
    over: str | None

    def time_left(self, now: dt.datetime) -> dt.timedelta | None:
        """Whole seconds left, rounded up so that a countdown never ends early (None: no
        end)."""
        if self.deadline is None:
            return None
        return dt.timedelta(seconds=times.seconds_until(self.deadline, now))


def round_clock(state: RoundState, now: dt.datetime | None = None) -> Clock:
    """The round's deadline, the earlier of its start plus the quiz's time limit and the
    quiz's close time, and whether the round is over: past it, or the quiz closed by hand.
    Answers given before stay recorded either way."""
    now = now or models.utcnow()
    info = state.round
    ends = [info.closes_at]
    if info.time_limit_minutes:
        ends.append(info.created_at + dt.timedelta(minutes=info.time_limit_minutes))
    deadline = min((end for end in ends if end is not None), default=None)
    over = None
    if info.closed or info.archived:
        over = "Your teacher has closed this quiz."
    elif deadline is not None and now >= deadline:
        over = f"Time is up: this round ended at {shown_deadline(state, deadline)}."
    return Clock(deadline, over)
