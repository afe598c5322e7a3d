"""Teachers' accounts: creation, login with a limit on failed attempts."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp import models

MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


class AccountError(ValueError):
    """A request about an account that cannot be met; the message is for the user."""


class TooManyFailures(AccountError):
    pass


def normal_email(email: str) -> str:
    return email.strip().lower()


def create_teacher(session: Session, email: str, password: str) -> models.Teacher:
    email = normal_email(email)
    if "@" not in email.strip("@"):
        raise AccountError(f"{email or 'An empty address'} is not an e-mail address.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password needs {MIN_PASSWORD_LENGTH} characters or more.")
    if session.scalar(select(models.Teacher).where(models.Teacher.email == email)):
        raise AccountError(f"There is already a teacher with the address {email}.")
    teacher = models.Teacher(email=email, password_hash=generate_password_hash(password))
    session.add(teacher)
    session.commit()
    return teacher


def log_in(session: Session, email: str, password: str, remote_addr: str) -> models.Teacher | None:
    """The teacher when the password is right, else None (the failure is recorded).

    Raises TooManyFailures, without checking the password, after MAX_FAILURES recent failures
    for this address or from this client: guessing stays slow across every app process.
    """
    email = normal_email(email)
    since = models.utcnow() - FAILURE_WINDOW
    recent = session.scalar(
        select(func.count()).select_from(models.LoginFailure).where(
            models.LoginFailure.failed_at > since,
            or_(models.LoginFailure.email == email,
                models.LoginFailure.remote_addr == remote_addr),
        )
    )
    if recent >= MAX_FAILURES:
        minutes = int(FAILURE_WINDOW.total_seconds() // 60)
        raise TooManyFailures(f"Too many failed logins. Try again in {minutes} minutes.")
    teacher = session.scalar(select(models.Teacher).where(models.Teacher.email == email))
    if teacher is None or not check_password_hash(teacher.password_hash, password):
        session.add(models.LoginFailure(email=email, remote_addr=remote_addr))
        session.commit()
        return None
    session.execute(delete(models.LoginFailure).where(models.LoginFailure.email == email))
    session.commit()
    return teacher
