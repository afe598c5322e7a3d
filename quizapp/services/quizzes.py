"""Quizzes a teacher builds from a bank, and what their students' rounds add up to."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizapp import models, stats, times
from quizapp.services import gradebook
from quizapp.services import questions as shown
from quizapp.services.gradebook import as_text_cell
from quizapp.services.banks import live

class QuizError(ValueError):
    """A quiz that cannot be built as asked; the message is for the teacher."""


def shared_quiz(session: Session, share_token: str) -> models.Quiz | None:
    """The quiz of a share link: the only way students reach a quiz."""
    return session.scalar(select(models.Quiz).where(models.Quiz.share_token == share_token))


def quiz_zone(session: Session, quiz: models.Quiz) -> str:
    """The time zone of the quiz's teacher: its students read its times there too."""
    teacher = session.get(models.Teacher, quiz.owner_id) if quiz.owner_id else None
    return teacher.time_zone if teacher else times.DEFAULT_ZONE


def shown_time(session: Session, quiz: models.Quiz, value: dt.datetime) -> str:
    """A stored (naive UTC) time of the quiz as students read it, in its teacher's zone, named."""
    return times.shown(value, quiz_zone(session, quiz))


@dataclass(frozen=True)
class QuizSettings:
    """How students take a quiz: what a teacher sets when building or editing it."""

    name: str
    shuffle: bool = False
    feedback: str = "immediate"
    attempts_allowed: int | None = None
    time_limit_minutes: int | None = None
    opens_at: dt.datetime | None = None  # naive UTC, as stored
    closes_at: dt.datetime | None = None


def approved(bank: models.Bank, kinds: list[str] | tuple = ()) -> list[models.Question]:
    """The bank's current approved questions of the kinds (none given: every kind)."""
    return [q for q in live(bank) if q.status == "approved" and (not kinds or q.kind in kinds)]


def random_questions(bank: models.Bank, count: int, kinds: list[str]) -> list[models.Question]:
    """`count` of the bank's approved questions of the kinds, drawn at random, in bank order.

    Asking more than the bank has is refused, so a teacher always knows what the quiz holds."""
    chosen = approved(bank, kinds)
    if not chosen:
        raise QuizError("The bank has no approved question of the chosen kinds.")
    if count > len(chosen):
        raise QuizError(f"The bank has only {len(chosen)} approved question(s) of the chosen "
                        f"kinds: ask for {len(chosen)} or fewer, or tick the ones you want.")
    drawn = set(random.sample(range(len(chosen)), count))
    return [q for i, q in enumerate(chosen) if i in drawn]


def pickable(bank: models.Bank | None, quiz: models.Quiz | None = None) -> list[models.Question]:
    """The questions a teacher may tick for a quiz: the bank's approved ones, and the quiz's
    own (one the bank no longer holds stays until it is unticked)."""
    current = [item.question for item in quiz.items] if quiz else []
    return list({q.id: q for q in [*current, *(approved(bank) if bank else [])]}.values())


def apply_settings(quiz: models.Quiz, settings: QuizSettings) -> None:
    for name, value in dataclasses.asdict(settings).items():
        setattr(quiz, name, value)


def set_questions(quiz: models.Quiz, questions: list[models.Question]) -> None:
    """The quiz asks these questions, in this order; rounds already started keep theirs."""
    kept = {item.question_id: item for item in quiz.items}
    quiz.items = [kept.get(q.id) or models.QuizQuestion(question=q) for q in questions]
    for position, item in enumerate(quiz.items):
        item.position = position


def build_quiz(session: Session, bank: models.Bank, settings: QuizSettings,
               questions: list[models.Question]) -> models.Quiz:
    """A new quiz of the bank's `questions`, in this order; the caller commits."""
    if not questions:
        raise QuizError("Tick at least one question.")
    quiz = models.Quiz(owner_id=bank.owner_id, bank=bank)
    apply_settings(quiz, settings)
    set_questions(quiz, questions)
    session.add(quiz)
    session.flush()
    return quiz


def update_quiz(session: Session, quiz: models.Quiz, settings: QuizSettings,
                questions: list[models.Question]) -> None:
    """Rename, re-time and re-pick a quiz; the caller commits."""
    if not questions:
        raise QuizError("Tick at least one question.")
    apply_settings(quiz, settings)
    set_questions(quiz, questions)
    session.flush()


@dataclass(frozen=True)
class Taken:
    """What students did in a quiz: its rounds (retries too) and its live sessions."""

    rounds: int
    live_sessions: int

    def __bool__(self) -> bool:
        return bool(self.rounds or self.live_sessions)


def taken(session: Session, quiz: models.Quiz) -> Taken:
    def count(model) -> int:
        return session.scalar(select(func.count(model.id)).where(model.quiz_id == quiz.id))
    return Taken(count(models.Round), count(models.LiveSession))


def remove_quiz(session: Session, quiz: models.Quiz) -> bool:
    """Delete a quiz no student took; archive (and close) one with results, which stay
    readable. True when it was deleted; the caller commits."""
    if taken(session, quiz):  # by a student, in a round or a live session
        quiz.archived = quiz.closed = True
        return False
    session.delete(quiz)
    return True


def set_open(quiz: models.Quiz, is_open: bool) -> None:
    """Close a quiz by hand, or reopen it (a reopened archived quiz is active again)."""
    quiz.closed = not is_open
    if is_open:
        quiz.archived = False


def restore_quiz(quiz: models.Quiz) -> None:
    """Back to the active list from the archive, still closed until the teacher reopens it."""
    quiz.archived = False


@dataclass(frozen=True)
class Refusal:
    """Why a quiz starts no round now: an HTTP status and the message for the student."""

    status: int
    message: str


def window(quiz: models.Quiz, now: dt.datetime | None = None) -> str:
    """Whether the quiz takes rounds now: "closed" (by hand), "not yet" (before it opens),
    "ended" (past its close time) or "open"."""
    now = now or models.utcnow()
    if quiz.closed or quiz.archived:
        return "closed"
    if quiz.opens_at and now < quiz.opens_at:
        return "not yet"
    if quiz.closes_at and now >= quiz.closes_at:
        return "ended"
    return "open"


def start_refusal(session: Session, quiz: models.Quiz,
                  now: dt.datetime | None = None) -> Refusal | None:
    """None when a student may start a round of the quiz now."""
    state = window(quiz, now)
    if state == "closed":
        return Refusal(410, "This quiz is closed: it takes no new answers. "
                            "Ask your teacher if you think it should be open.")
    if state == "not yet":
        return Refusal(403, f"This quiz is not open yet: it opens on {shown_time(session, quiz, quiz.opens_at)}.")
    if state == "ended":
        return Refusal(410, f"This quiz is closed: it closed on {shown_time(session, quiz, quiz.closes_at)}.")
    return None


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
    students = gradebook.student_rounds(session, quiz)
    scores, first_attempts, seen = [], [], set()
    for student in students:
        round_ = student.round
        scores.append(StudentScore(round_.nickname, round_.created_at, student.answered,
                                   len(student.lines), student.score, round_.id))
        if student.answered == len(student.lines) and round_.nickname_key not in seen:
            seen.add(round_.nickname_key)
            first_attempts.append({str(line.answer.question_id): line.answer.score
                                   for line in student.lines})
    answers = [line.answer for student in students for line in student.lines
               if line.answer is not None]
    totals = [sum(a.values()) / len(a) for a in first_attempts if a]
    return QuizResults(scores, _question_reports(session, first_attempts, answers),
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
