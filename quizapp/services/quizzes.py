"""Quizzes a teacher builds from a bank, and what their students' rounds add up to."""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models, stats, times
from quizapp.services import questions as shown
from quizapp.services.banks import live

class QuizError(ValueError):
    """A quiz that cannot be built as asked; the message is for the teacher."""


def shared_quiz(session: Session, share_token: str) -> models.Quiz | None:
    """The quiz of a share link: the only way students reach a quiz."""
    return session.scalar(select(models.Quiz).where(models.Quiz.share_token == share_token))


def build_quiz(session: Session, bank: models.Bank, name: str, count: int, kinds: list[str],
               shuffle: bool, feedback: str, attempts_allowed: int | None) -> models.Quiz:
    """A quiz of the bank's first `count` approved questions of the chosen kinds."""
    chosen = [q for q in live(bank) if q.status == "approved" and (not kinds or q.kind in kinds)]
    if not chosen:
        raise QuizError("The bank has no approved question of the chosen kinds.")
    quiz = models.Quiz(
        name=name, owner_id=bank.owner_id, bank=bank, shuffle=shuffle, feedback=feedback,
        attempts_allowed=attempts_allowed,
        items=[models.QuizQuestion(question=q, position=i) for i, q in enumerate(chosen[:count])],
    )
    session.add(quiz)
    session.flush()
    return quiz


@dataclass(frozen=True)
class StudentScore:
    nickname: str
    started: dt.datetime
    answered: int
    total: int
    score: float
    round_id: int  # its page of answers: gradebook.student_round

    @property
    def fraction(self) -> float:
        return self.score / self.total if self.total else 0.0


@dataclass(frozen=True)
class QuestionReport:
    question: models.Question  # the version the students saw
    stats: stats.QuestionStats
    wrong_answers: list[stats.WrongAnswer]


@dataclass(frozen=True)
class QuizResults:
    attempts: list[StudentScore]
    questions: list[QuestionReport]
    distribution: list[stats.ScoreBin]


def results(session: Session, quiz: models.Quiz) -> QuizResults:
    """Every first attempt (a retry of missed questions is not one), per student and question.

    Statistics count finished first attempts only, each question at the version it was asked.
    """
    rounds = session.scalars(
        select(models.Round).where(models.Round.quiz_id == quiz.id,
                                   models.Round.retry_of_id.is_(None))
        .order_by(models.Round.created_at)
    ).all()
    answers = {
        (a.round_id, a.question_id): a for a in session.scalars(
            select(models.Answer).where(models.Answer.round_id.in_([r.id for r in rounds])))
    }
    scores, first_attempts, seen = [], [], set()
    for round_ in rounds:
        given = [answers[(round_.id, item.question_id)] for item in round_.items
                 if (round_.id, item.question_id) in answers]
        scores.append(StudentScore(round_.nickname, round_.created_at, len(given),
                                   len(round_.items), sum(a.score for a in given), round_.id))
        if len(given) == len(round_.items) and round_.nickname_key not in seen:
            seen.add(round_.nickname_key)
            first_attempts.append({str(a.question_id): a.score for a in given})
    totals = [sum(a.values()) / len(a) for a in first_attempts if a]
    return QuizResults(scores, _question_reports(session, first_attempts, list(answers.values())),
                       stats.score_distribution(totals))


def _question_reports(session: Session, first_attempts: list[dict[str, float]],
                      answers: list[models.Answer]) -> list[QuestionReport]:
    """Each question's statistics over the finished first attempts, with its common wrong
    answers over every attempt."""
    questions = {q.id: q for q in session.scalars(select(models.Question).where(
        models.Question.id.in_({a.question_id for a in answers})))}
    reports = []
    for item_stats in stats.question_stats(first_attempts):
        question = questions[int(item_stats.question_id)]
        wrong = [shown.answer_text(question.kind, a.response["value"]) for a in answers
                 if a.question_id == question.id and not a.correct]
        reports.append(QuestionReport(question, item_stats, stats.common_wrong_answers(wrong)))
    return reports


# A spreadsheet runs a cell that starts so as a formula (=HYPERLINK("http://...")).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(text: str) -> str:
    """Text that a spreadsheet shows as written: a leading apostrophe marks it as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def results_csv(report: QuizResults, zone: str) -> str:
    """The summary: a row per attempt, then a row per question's statistics; times in the
    teacher's zone. (gradebook.tidy_csv has a row per student and question.)"""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["nickname", "started", "answered", "questions", "score", "percent"])
    for row in report.attempts:
        writer.writerow([as_text_cell(row.nickname), times.exported(row.started, zone),
                         row.answered, row.total, f"{row.score:g}", f"{row.fraction:.0%}"])
    writer.writerow([])
    writer.writerow(["question", "kind", "attempts", "facility", "discrimination",
                     "common wrong answers"])
    for item in report.questions:
        writer.writerow([
            as_text_cell(item.question.prompt), item.question.kind, item.stats.count,
            "" if item.stats.facility is None else f"{item.stats.facility:.2f}",
            "" if item.stats.discrimination is None else f"{item.stats.discrimination:.2f}",
            as_text_cell("; ".join(f"{w.answer} ({w.count})" for w in item.wrong_answers)),
        ])
    return out.getvalue()
