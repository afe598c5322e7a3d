"""Teachers' accounts: creation, login with a limit on failed attempts, sessions, passwords."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp import models

MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
# A session ends at logout, at a new password, or this long after the login.
SESSION_LIFETIME = dt.timedelta(days=30)


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
    _check_password(password)
    if session.scalar(select(models.Teacher).where(models.Teacher.email == email)):
        raise AccountError(f"There is already a teacher with the address {email}.")
    teacher = models.Teacher(email=email, password_hash=generate_password_hash(password))
    session.add(teacher)
    session.commit()
    return teacher


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password needs {MIN_PASSWORD_LENGTH} characters or more.")


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


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, teacher: models.Teacher) -> str:
    """A new session for the teacher (their expired ones go); returns its token."""
    token = secrets.token_urlsafe(32)
    session.execute(delete(models.TeacherSession).where(
        models.TeacherSession.teacher_id == teacher.id,
        models.TeacherSession.created_at < models.utcnow() - SESSION_LIFETIME))
    session.add(models.TeacherSession(token_hash=_digest(token), teacher_id=teacher.id))
    session.commit()
    teacher.session_token = token
    return token


def session_teacher(session: Session, token: str) -> models.Teacher | None:
    """The teacher whose session has this token, unless it ended."""
    teacher = session.scalar(
        select(models.Teacher)
        .join(models.TeacherSession, models.TeacherSession.teacher_id == models.Teacher.id)
        .where(models.TeacherSession.token_hash == _digest(token),
               models.TeacherSession.created_at > models.utcnow() - SESSION_LIFETIME))
    if teacher is not None:
        teacher.session_token = token
    return teacher


def end_session(session: Session, token: str) -> None:
    session.execute(delete(models.TeacherSession).where(
        models.TeacherSession.token_hash == _digest(token)))
    session.commit()


def set_password(session: Session, teacher: models.Teacher, password: str) -> None:
    """A new password; every session of the teacher ends with the old one."""
    _check_password(password)
    teacher.password_hash = generate_password_hash(password)
    session.execute(delete(models.TeacherSession).where(
        models.TeacherSession.teacher_id == teacher.id))
    session.commit()


def change_password(session: Session, teacher: models.Teacher, current: str, new: str) -> str:
    """The teacher's own change: the current password first. Other browsers are logged out;
    returns the token of a new session for this one."""
    if not check_password_hash(teacher.password_hash, current):
        raise AccountError("That is not your current password.")
    set_password(session, teacher, new)
    return start_session(session, teacher)


def reset_password(session: Session, email: str, password: str) -> models.Teacher:
    """Set a teacher's password from the command line (no current password asked)."""
    email = normal_email(email)
    teacher = session.scalar(select(models.Teacher).where(models.Teacher.email == email))
    if teacher is None:
        raise AccountError(f"There is no teacher with the address {email}.")
    set_password(session, teacher, password)
    return teacher
