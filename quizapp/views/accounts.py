"""Teachers log in and out and change their password; students never need an account."""
from __future__ import annotations

from flask import Blueprint, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from quizapp import htmx
from quizapp.auth import safe_next
from quizapp.db import get_session
from quizapp.forms import LoginForm, PasswordForm
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
    accounts.start_session(get_session(), teacher)
    login_user(teacher)
    return htmx.navigate_to(safe_next(request.args.get("next"), url_for("teacher.dashboard")))


@bp.post("/logout")
@login_required
def logout():
    # The session ends on the server: a copy of the cookie opens nothing afterwards.
    accounts.end_session(get_session(), current_user.session_token)
    logout_user()
    return htmx.navigate_to(url_for("home.index"))


def password_page(form: PasswordForm, status: int = 200, message: str | None = None):
    return htmx.render("teacher/password.html", "teacher/_password_form.html", status=status,
                       form=form, message=message, changed="changed" in request.args)


@bp.get("/password")
@login_required
def password():
    return password_page(PasswordForm(formdata=None))


@bp.post("/password")
@login_required
def change_password():
    form = PasswordForm()
    if not form.validate_on_submit():
        return password_page(form, 422)
    try:
        accounts.change_password(get_session(), current_user, form.current.data, form.new.data)
    except accounts.AccountError as error:
        return password_page(form, 422, str(error))
    login_user(current_user)  # this browser stays logged in, with its new session
    return htmx.navigate_to(url_for("accounts.password", changed=1))
