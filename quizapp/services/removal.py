"""Renaming and deleting a teacher's articles and banks, never losing what students did.

Questions belong to their teacher, not to the article or bank that holds them. Deleting an
article or a bank keeps every question a quiz, a round, an answer or another bank uses (and
the later versions of those, which their rows point to): quizzes keep working and their
results stay whole. What nothing uses goes: the article's timeline, actors and other
questions; a bank's questions that came from a file and are nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from quizapp import models


@dataclass(frozen=True)
class QuizUse:
    quiz: models.Quiz
    rounds: int  # students' rounds: results that stay


@dataclass(frozen=True)
class Usage:
    """What uses a set of questions, as the confirmation page tells the teacher."""

    quizzes: list[QuizUse]
    banks: list[models.Bank]
    kept: int  # questions that stay (in use)
    deleted: int  # questions that go with it


def rename(row: models.Article | models.Bank, name: str) -> None:
    """A new title for an article, a new name for a bank; the caller validated and commits."""
    if isinstance(row, models.Article):
        row.title = name
    else:
        row.name = name


def _ids(session: Session, query) -> set[int]:
    return set(session.scalars(query))


def in_use(session: Session, question_ids: set[int], but_bank: int | None = None) -> set[int]:
    """The questions among `question_ids` that a quiz, a round, an answer or a bank (other than
    `but_bank`) uses, and the later versions each of those points to."""
    if not question_ids:
        return set()
    bank_rows = models.bank_questions.c
    used = (_ids(session, select(models.QuizQuestion.question_id).where(
                models.QuizQuestion.question_id.in_(question_ids)))
            | _ids(session, select(models.RoundQuestion.question_id).where(
                models.RoundQuestion.question_id.in_(question_ids)))
            | _ids(session, select(models.Answer.question_id).where(
                models.Answer.question_id.in_(question_ids)))
            | _ids(session, select(bank_rows.question_id).where(
                bank_rows.question_id.in_(question_ids), bank_rows.bank_id != (but_bank or -1))))
    frontier = used
    while frontier:  # an older version kept keeps the version it points to
        later = _ids(session, select(models.Question.replaced_by_id).where(
            models.Question.id.in_(frontier), models.Question.replaced_by_id.is_not(None)))
        frontier = later - used
        used |= later
    return used


def usage(session: Session, question_ids: set[int], but_bank: int | None = None,
          deletable: set[int] | None = None) -> Usage:
    """The quizzes (with their rounds) and other banks using the questions; how many of
    `deletable` (default: all of them) would stay and how many go."""
    kept = in_use(session, question_ids, but_bank)
    deletable = question_ids if deletable is None else deletable
    rounds = (select(func.count(models.Round.id)).where(models.Round.quiz_id == models.Quiz.id)
              .scalar_subquery())
    quizzes = session.execute(
        select(models.Quiz, rounds).where(models.Quiz.id.in_(
            select(models.QuizQuestion.quiz_id).where(models.QuizQuestion.question_id.in_(kept))
            .union(select(models.Round.quiz_id).join(models.RoundQuestion).where(
                models.RoundQuestion.question_id.in_(kept))))).order_by(models.Quiz.name)).all()
    banks = session.scalars(select(models.Bank).where(
        models.Bank.id != (but_bank or -1), models.Bank.id.in_(
            select(models.bank_questions.c.bank_id).where(
                models.bank_questions.c.question_id.in_(kept)))).order_by(models.Bank.name)).all()
    return Usage([QuizUse(quiz, count) for quiz, count in quizzes], list(banks),
                 kept=len(kept & deletable), deleted=len(deletable - kept))


def article_questions(session: Session, article: models.Article) -> set[int]:
    return _ids(session, select(models.Question.id).where(
        models.Question.article_id == article.id))


def article_usage(session: Session, article: models.Article) -> Usage:
    return usage(session, article_questions(session, article))


def delete_article(session: Session, article: models.Article) -> None:
    """The article with its timeline, actors and unused questions; its questions in use stay,
    free of the article (as a question imported from a file). The caller commits."""
    questions = article_questions(session, article)
    kept = in_use(session, questions)
    if kept:
        session.execute(update(models.Question).where(models.Question.id.in_(kept))
                        .values(article_id=None, event_id=None))
    _drop(session, questions - kept)
    session.expire(article)
    session.delete(article)
    session.flush()


def _bank_file_questions(session: Session, bank: models.Bank) -> set[int]:
    """The bank's questions that belong to no article (imported from a file, or kept from
    a deleted article)."""
    rows = models.bank_questions.c
    return _ids(session, select(models.Question.id).join(
        models.bank_questions, rows.question_id == models.Question.id).where(
        rows.bank_id == bank.id, models.Question.article_id.is_(None)))


def bank_usage(session: Session, bank: models.Bank) -> Usage:
    held = _ids(session, select(models.bank_questions.c.question_id).where(
        models.bank_questions.c.bank_id == bank.id))
    return usage(session, held, but_bank=bank.id,
                 deletable=_bank_file_questions(session, bank))


def delete_bank(session: Session, bank: models.Bank) -> None:
    """The bank and its import reports; quizzes built from it keep their questions. Its
    questions from files that nothing else uses go too. The caller commits."""
    file_questions = _bank_file_questions(session, bank)
    unused = file_questions - in_use(session, file_questions, but_bank=bank.id)
    session.delete(bank)
    session.flush()
    _drop(session, unused)


def _drop(session: Session, question_ids: set[int]) -> None:
    """Delete questions nothing uses, newest versions last (older ones point to them)."""
    if not question_ids:
        return
    session.execute(update(models.Question).where(models.Question.id.in_(question_ids))
                    .values(replaced_by_id=None))
    session.execute(delete(models.bank_questions).where(
        models.bank_questions.c.question_id.in_(question_ids)))
    session.execute(update(models.LiveQuestion).where(
        models.LiveQuestion.question_id.in_(question_ids)).values(question_id=None))
    session.execute(delete(models.Question).where(models.Question.id.in_(question_ids)))
    session.expire_all()
