"""Question banks: a teacher's questions gathered with tags, searched, and exchanged as files."""
from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import exchange, models
from quizapp.text import fit, storable


def parse_tags(text: str) -> list[str]:
    """"civics, Russia ,civics" -> ["civics", "Russia"]."""
    return list(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


def create_bank(session: Session, owner_id: int, name: str, tags: list[str]) -> models.Bank:
    bank = models.Bank(name=name, tags=tags, owner_id=owner_id)
    session.add(bank)
    session.flush()
    return bank


def teacher_questions(session: Session, owner_id: int) -> list[models.Question]:
    """The teacher's current approved questions (edited-away versions left out)."""
    return list(session.scalars(
        select(models.Question)
        .where(models.Question.owner_id == owner_id, models.Question.status == "approved",
               models.Question.replaced_by_id.is_(None))
        .order_by(models.Question.id)
    ))


def search(questions: list[models.Question], tag: str = "", kind: str = "",
           article_id: int | None = None, text: str = "") -> list[models.Question]:
    folded = text.casefold()
    return [
        q for q in questions
        if (not tag or tag in q.tags)
        and (not kind or q.kind == kind)
        and (article_id is None or q.article_id == article_id)
        and (not folded or folded in q.prompt.casefold())
    ]


def live(bank: models.Bank) -> list[models.Question]:
    return [q for q in bank.questions if q.replaced_by_id is None]


def to_exchange(bank: models.Bank) -> exchange.Bank:
    return exchange.Bank(
        name=bank.name,
        tags=tuple(bank.tags),
        questions=tuple(exchange.BankQuestion(q.to_content(), tuple(q.tags)) for q in live(bank)),
    )


def from_exchange(session: Session, owner_id: int, loaded: exchange.Bank) -> models.Bank:
    """A new bank holding the file's questions, approved (the teacher chose the file).

    Raises exchange.ExchangeError for tags that cannot be stored; a long name is cut."""
    tags = [*loaded.tags, *(tag for item in loaded.questions for tag in item.tags)]
    if not all(storable(text) for text in [loaded.name, *tags]):
        raise exchange.ExchangeError("The bank's name or a tag holds a control character (such "
                                     "as NUL) that cannot be stored.")
    bank = create_bank(session, owner_id, fit(models.Bank.name, loaded.name), list(loaded.tags))
    for item in loaded.questions:
        content = item.question
        bank.questions.append(models.Question(
            key=f"x{secrets.token_hex(6)}", kind=content.kind, prompt=content.prompt,
            data=content.to_dict(), status="approved", owner_id=owner_id,
            tags=list(item.tags),
        ))
    session.flush()
    return bank
