"""Teachers' sessions (Flask-Login) and the loaders that let a teacher reach only their rows."""
from __future__ import annotations

import re

from flask import Flask, abort, request, url_for
from flask_login import LoginManager, current_user

from quizapp import htmx, models
from quizapp.db import get_session
from quizapp.services import accounts

login_manager = LoginManager()
# Flask-Login's "basic" protection only marks a session not fresh when the address or browser
# changes; with no fresh-login pages and no remember-me cookie that changes nothing here, and
# it hashed both on every request, students' too.
login_manager.session_protection = None


@login_manager.user_loader
def load_teacher(session_token: str) -> models.Teacher | None:
    return accounts.session_teacher(get_session(), session_token)


@login_manager.unauthorized_handler
def to_login_page():
    return htmx.navigate_to(url_for("accounts.login", next=request.full_path.rstrip("?")))


# A path on this site. Browsers read a backslash as a slash ("/\\evil.example" is another
# host) and drop tabs and line breaks ("/\t/evil.example"), so a path may hold none of them.
SITE_PATH = re.compile(r"/(?![/\\])[^\\\x00-\x1f\x7f]*")


def safe_next(url: str | None, default: str) -> str:
    """Only a path on this site: a login link must not send the teacher elsewhere."""
    return url if url and SITE_PATH.fullmatch(url) else default


def owned(model: type, row_id: int):
    """The current teacher's row, or 404 (another teacher's rows do not exist for them)."""
    row = get_session().get(model, row_id)
    if row is None or row.owner_id != current_user.id:
        abort(404)
    return row


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
