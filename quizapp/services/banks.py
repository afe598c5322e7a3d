"""Question banks: a teacher's questions gathered with tags, searched, and exchanged as files."""
from __future__ import annotations

import dataclasses
import secrets
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import exchange, models
from quizapp.content.scoring import normalize
from quizapp.content.types import Question
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


def import_file(session: Session, owner_id: int, loaded: exchange.Bank, file_name: str,
                into: models.Bank | None = None) -> models.BankImport:
    """The file's questions, approved (the teacher chose the file), into the bank `into`, or
    else into the teacher's bank named as the file names it (Moodle's category, or the file's
    own name), or else into a new bank of that name: as Moodle adds a file to the category
    it names. A question the bank held already (same kind, prompt, answer and options) is not
    added twice. Returns the import's report; the caller commits.

    Raises exchange.ExchangeError for a name or tags that cannot be stored; a long name is cut."""
    name = _bank_name(loaded, file_name)
    bank = into or named_bank(session, owner_id, name)
    joined = bank is not None and into is None
    bank = bank or create_bank(session, owner_id, name, [])
    bank.tags = list(dict.fromkeys([*bank.tags, *loaded.tags]))
    held = {_sameness(question.to_content()) for question in live(bank)}
    new = [item for item in loaded.questions if _sameness(item.question) not in held]
    bank.questions += [_bank_question(item, owner_id) for item in new]
    report = models.BankImport(
        bank_id=bank.id, file_name=fit(models.BankImport.file_name, file_name), taken=len(new),
        already=len(loaded.questions) - len(new),
        skipped=[dataclasses.asdict(skipped) for skipped in loaded.skipped], joined=joined)
    session.add(report)
    session.flush()
    return report


def _bank_name(loaded: exchange.Bank, file_name: str) -> str:
    """The name the file gives its bank, or the file's own name; refused when it or a tag
    cannot be stored, cut to the column."""
    name = loaded.name.strip() or PurePath(file_name).stem.strip() or "Imported questions"
    tags = [*loaded.tags, *(tag for item in loaded.questions for tag in item.tags)]
    if not all(storable(text) for text in [name, file_name, *tags]):
        raise exchange.ExchangeError("The bank's name, the file's name or a tag holds a control "
                                     "character (such as NUL) that cannot be stored.")
    return fit(models.Bank.name, name)


def named_bank(session: Session, owner_id: int, name: str) -> models.Bank | None:
    """The teacher's bank of that name, however it is capitalised."""
    return next((bank for bank in session.scalars(select(models.Bank).where(
        models.Bank.owner_id == owner_id).order_by(models.Bank.id))
        if bank.name.casefold() == name.casefold()), None)


def _sameness(question: Question) -> tuple:
    """What makes two questions the same for a bank: kind, prompt (as scoring compares
    texts), answer, options and accepted answers."""
    return (question.kind, normalize(question.prompt), repr(question.answer),
            tuple(sorted(question.choices)), tuple(sorted(question.accepted)))


def _bank_question(item: exchange.BankQuestion, owner_id: int) -> models.Question:
    content = item.question
    return models.Question(
        key=f"x{secrets.token_hex(6)}", kind=content.kind, prompt=content.prompt,
        data=content.to_dict(), status="approved", owner_id=owner_id, tags=list(item.tags))


def imports_of(session: Session, bank: models.Bank) -> list[models.BankImport]:
    """The bank's import reports, the latest first."""
    return list(session.scalars(select(models.BankImport).where(
        models.BankImport.bank_id == bank.id).order_by(models.BankImport.id.desc())))
