"""The gradebook: each student's answers to a quiz, question by question (the teacher's page
of a round), a teacher's grade by hand, and the tidy CSV (one row per student and question).

A round's score is never stored: it is the sum of its answers' scores wherever it is shown
(here, quizzes.results, the student's own pages), so a changed answer changes it everywhere.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from quizapp import models, times
from quizapp.services import questions as shown


@dataclass(frozen=True)
class AnswerLine:
    """One question of a round, and what the student answered to it (None: not answered)."""

    number: int  # the question's place in the round, from 1
    question: models.Question  # the version the student was asked
    answer: models.Answer | None

    @property
    def given(self) -> str:
        return "" if self.answer is None else shown.answer_text(
            self.question.kind, self.answer.response.get("value"))

    @property
    def right_answer(self) -> str:
        return shown.answer_text(self.question.kind, self.question.to_content().answer)

    @property
    def verdict(self) -> str:
        if self.answer is None:
            return "not answered"
        if self.answer.correct:
            return "right"
        return "partly right" if self.answer.score > 0 else "wrong"


@dataclass(frozen=True)
class StudentRound:
    round: models.Round
    lines: list[AnswerLine]

    @property
    def score(self) -> float:
        return sum(line.answer.score for line in self.lines if line.answer is not None)

    @property
    def answered(self) -> int:
        return sum(line.answer is not None for line in self.lines)

    def answer(self, answer_id: int) -> models.Answer | None:
        return next((line.answer for line in self.lines
                     if line.answer is not None and line.answer.id == answer_id), None)


def student_rounds(session: Session, quiz: models.Quiz,
                   round_id: int | None = None) -> list[StudentRound]:
    """The quiz's rounds as its results page counts them (a retry of missed questions is not
    one), oldest first, or only the round `round_id` of this quiz."""
    query = (select(models.Round).where(models.Round.quiz_id == quiz.id,
                                        models.Round.retry_of_id.is_(None))
             .options(selectinload(models.Round.items).selectinload(models.RoundQuestion.question))
             .order_by(models.Round.created_at, models.Round.id))
    if round_id is not None:
        query = query.where(models.Round.id == round_id)
    rounds = session.scalars(query).all()
    answers = {(a.round_id, a.question_id): a for a in session.scalars(
        select(models.Answer).where(models.Answer.round_id.in_([r.id for r in rounds])))}
    return [StudentRound(round_, [
        AnswerLine(item.position + 1, item.question, answers.get((round_.id, item.question_id)))
        for item in round_.items]) for round_ in rounds]


def student_round(session: Session, quiz: models.Quiz, round_id: int) -> StudentRound | None:
    found = student_rounds(session, quiz, round_id)
    return found[0] if found else None


def grade_by_hand(session: Session, answer: models.Answer, points: float) -> None:
    """The teacher's own grade for an answer: `points` from 0 to 1 (1 is right), kept against
    any later automatic regrade (regrade.regrade). The caller checked the answer is of their
    quiz and commits."""
    answer.score, answer.correct = points, points >= 1
    answer.feedback = ("Your teacher marked this answer right." if answer.correct else
                       f"Your teacher gave this answer {points:g} of 1 point.")
    answer.graded_by_hand_at = models.utcnow()
    session.flush()


# A spreadsheet runs a cell that starts so as a formula (=HYPERLINK("http://...")).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(text: str) -> str:
    """Text that a spreadsheet shows as written: a leading apostrophe marks it as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


TIDY_COLUMNS = ["student", "round started", "attempt", "question number", "question kind",
                "prompt", "answer given", "correct answer", "right or wrong", "points",
                "answered at", "graded by hand at"]


def tidy_csv(rounds: list[StudentRound], zone: str) -> str:
    """One row per student and question, times in the teacher's zone with its offset; every
    text cell made safe from spreadsheet formulas."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TIDY_COLUMNS)
    for student in rounds:
        for line in student.lines:
            answer = line.answer
            writer.writerow([
                as_text_cell(student.round.nickname),
                times.exported(student.round.created_at, zone), student.round.attempt or "",
                line.number, line.question.kind, as_text_cell(line.question.prompt),
                as_text_cell(line.given), as_text_cell(line.right_answer), line.verdict,
                "" if answer is None else f"{answer.score:g}",
                times.exported(answer and answer.answered_at, zone),
                times.exported(answer and answer.graded_by_hand_at, zone),
            ])
    return out.getvalue()
