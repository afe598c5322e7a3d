"""Quiz rounds: start, answer, progress, results, retry. The server decides every score."""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.content.scoring import grade


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int
    score: float  # sum of the answers' scores (partial credit counts)
    streak: int  # right answers in a row, ending with the latest one

    @property
    def finished(self) -> bool:
        return self.answered == self.total


def start_round(
    session: Session,
    quiz: models.Quiz,
    nickname: str,
    questions: list[models.Question] | None = None,
    retry_of: models.Round | None = None,
) -> models.Round:
    """A new round over `questions` (default: the whole quiz); the caller commits."""
    if questions is None:
        questions = [item.question for item in quiz.items]
    round_ = models.Round(
        token=secrets.token_urlsafe(16),
        quiz=quiz,
        nickname=nickname,
        retry_of_id=retry_of.id if retry_of else None,
        items=[
            models.RoundQuestion(question=question, position=position)
            for position, question in enumerate(questions)
        ],
    )
    session.add(round_)
    session.flush()
    return round_


def find_round(session: Session, token: str) -> models.Round | None:
    return session.scalars(select(models.Round).where(models.Round.token == token)).first()


def find_question(round_: models.Round, question_id: int) -> models.Question | None:
    """The question only when it belongs to this round."""
    return next(
        (item.question for item in round_.items if item.question_id == question_id), None
    )


def number_of(round_: models.Round, question_id: int) -> int:
    """The question's place in the round, from 1."""
    return next(i for i, item in enumerate(round_.items, 1) if item.question_id == question_id)


def answer_to(round_: models.Round, question_id: int) -> models.Answer | None:
    return next((a for a in round_.answers if a.question_id == question_id), None)


def next_question(round_: models.Round) -> models.Question | None:
    """The first question not answered yet: where a reloaded round resumes."""
    answered = {answer.question_id for answer in round_.answers}
    return next(
        (item.question for item in round_.items if item.question_id not in answered), None
    )


def progress(round_: models.Round) -> Progress:
    streak = 0
    for answer in reversed(round_.answers):
        if not answer.correct:
            break
        streak += 1
    return Progress(
        answered=len(round_.answers),
        total=len(round_.items),
        score=sum(answer.score for answer in round_.answers),
        streak=streak,
    )


def record_answer(
    session: Session, round_: models.Round, question: models.Question, value
) -> models.Answer:
    """Grade and store the first answer to a question; a second answer changes nothing."""
    existing = answer_to(round_, question.id)
    if existing is not None:
        return existing
    result = grade(question.to_content(), value)
    answer = models.Answer(
        question_id=question.id,
        response={"value": value},
        correct=result.correct,
        score=result.score,
        feedback=result.feedback,
    )
    round_.answers.append(answer)
    try:
        session.commit()
    except IntegrityError:
        # The same answer raced in from another request (double click, two tabs);
        # the rollback expires the round, so its answers reload with the stored one.
        session.rollback()
        return answer_to(round_, question.id)
    return answer


def duration(round_: models.Round) -> dt.timedelta:
    if not round_.answers:
        return dt.timedelta(0)
    return max(answer.answered_at for answer in round_.answers) - round_.created_at


def missed_questions(round_: models.Round) -> list[models.Question]:
    answers = {answer.question_id: answer for answer in round_.answers}
    return [
        item.question
        for item in round_.items
        if item.question_id in answers and not answers[item.question_id].correct
    ]


def retry_missed(session: Session, round_: models.Round) -> models.Round | None:
    """A new round of the questions this one got wrong, or None when there are none."""
    missed = missed_questions(round_)
    if not missed:
        return None
    retry = start_round(session, round_.quiz, round_.nickname, missed, retry_of=round_)
    session.commit()
    return retry
