"""Teachers' accounts: creation, login with a limit on failed attempts, sessions, passwords."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp import models
from quizapp.text import fit, storable

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
    if "@" not in email.strip("@") or len(email) > 254 or not storable(email):
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


@dataclass(frozen=True)
class Device:
    """A browser where a teacher logged in before (a signed cookie says so)."""

    teacher_id: int
    id: str


# Failed logins slow guessing down without letting a stranger lock a teacher out. After a
# number of free failures, each try must wait a delay after the latest failure, doubling with
# each further one. What counts:
# - a browser where the teacher logged in before: only its own failures, so nobody else's
#   guessing ever slows the teacher on it;
# - any other try: the account's failures (ACCOUNT_FREE), and those made from the same
#   address (ADDRESS_FREE) when the account has failures too: a stranger on a school's shared
#   address slows down the accounts they guess at, not every teacher of the school.
FAILURE_WINDOW = dt.timedelta(hours=1)
ACCOUNT_FREE, ADDRESS_FREE = 5, 20
FIRST_DELAY, MAX_DELAY = dt.timedelta(seconds=15), dt.timedelta(minutes=5)


def delay_after(failures: int, free: int) -> dt.timedelta:
    if failures < free:
        return dt.timedelta(0)
    return min(FIRST_DELAY * 2 ** min(failures - free, 10), MAX_DELAY)


def _wait(session: Session, condition, free: int, now: dt.datetime) -> tuple[int, dt.timedelta]:
    """The recent failures matching `condition`, and how long a new try must still wait."""
    count, latest = session.execute(
        select(func.count(), func.max(models.LoginFailure.failed_at))
        .where(models.LoginFailure.failed_at > now - FAILURE_WINDOW, condition)
    ).one()
    wait = latest + delay_after(count, free) - now if count else dt.timedelta(0)
    return count, max(wait, dt.timedelta(0))


def _try_again_in(wait: dt.timedelta) -> str:
    seconds = int(wait.total_seconds()) + 1
    return f"{-(-seconds // 60)} minutes" if seconds > 90 else f"{seconds} seconds"


def log_in(session: Session, email: str, password: str, remote_addr: str,
           device: Device | None = None) -> models.Teacher | None:
    """The teacher when the password is right, else None (the failure is recorded).

    Raises TooManyFailures, without checking the password, while a try must wait (see
    FAILURE_WINDOW): the limits live in the database, so they hold across every app process.
    """
    email = normal_email(email)
    # as stored (X-Forwarded-For, behind a proxy, may say anything)
    remote_addr = fit(models.LoginFailure.remote_addr, remote_addr)
    teacher = session.scalar(select(models.Teacher).where(models.Teacher.email == email))
    trusted = device if teacher is not None and device and device.teacher_id == teacher.id else None
    now = models.utcnow()
    failure = models.LoginFailure
    if trusted is not None:
        _, wait = _wait(session, failure.device == trusted.id, ACCOUNT_FREE, now)
    else:
        account, wait = _wait(session, failure.email == email, ACCOUNT_FREE, now)
        if account:
            wait = max(wait, _wait(session, failure.remote_addr == remote_addr, ADDRESS_FREE,
                                   now)[1])
    if wait:
        raise TooManyFailures(f"Too many failed logins. Try again in {_try_again_in(wait)}.")
    if teacher is None or not check_password_hash(teacher.password_hash, password):
        session.execute(delete(failure).where(failure.failed_at < now - FAILURE_WINDOW))
        session.add(failure(email=email, remote_addr=remote_addr,
                            device=trusted.id if trusted else None))
        session.commit()
        return None
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


def change_password(session: Session, teacher: models.Teacher, current: str, new: str,
                    remote_addr: str, device: Device | None) -> str:
    """The teacher's own change: the current password first, checked like a login (and as
    limited). Other browsers are logged out; returns the token of a new session for this one."""
    if log_in(session, teacher.email, current, remote_addr, device) is None:
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


def set_time_zone(session: Session, teacher: models.Teacher, zone: str) -> None:
    """The zone the teacher's pages show times in; the caller validated it (times.is_zone)."""
    teacher.time_zone = zone
    session.commit()
