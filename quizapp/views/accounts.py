"""Teachers log in and out; students never need an account."""
from __future__ import annotations

from flask import Blueprint, request, url_for
from flask_login import login_required, login_user, logout_user

from quizapp import htmx
from quizapp.auth import safe_next
from quizapp.db import get_session
from quizapp.forms import LoginForm
from quizapp.services import accounts

bp = Blueprint("accounts", __name__, url_prefix="/teacher")


def login_page(form: LoginForm, status: int = 200, message: str | None = None):
    return htmx.render(
        "teacher/login.html", "teacher/_login_form.html", status=status, form=form,
        message=message, next_url=request.args.get("next", ""),
    )


@bp.get("/login")
def login():
    return login_page(LoginForm(formdata=None))


@bp.post("/login")
def login_post():
    form = LoginForm()
    if not form.validate_on_submit():
        return login_page(form, 422)
    try:
        teacher = accounts.log_in(
            get_session(), form.email.data, form.password.data, request.remote_addr or ""
        )
    except accounts.TooManyFailures as error:
        return login_page(form, 429, str(error))
    if teacher is None:
        return login_page(form, 422, "That e-mail address and password do not match.")
    login_user(teacher)
    return htmx.navigate_to(safe_next(request.args.get("next"), url_for("teacher.dashboard")))


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    return htmx.navigate_to(url_for("home.index"))
