"""Teachers log in and out and change their password; students never need an account."""
from __future__ import annotations

import secrets

from flask import Blueprint, Response, current_app, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from itsdangerous import BadData, URLSafeSerializer

from quizapp import htmx, times
from quizapp.auth import safe_next
from quizapp.db import get_session
from quizapp.forms import LoginForm, PasswordForm, TimeZoneForm
from quizapp.services import accounts

bp = Blueprint("accounts", __name__, url_prefix="/teacher")
# Marks a browser where a teacher logged in: others' failed logins never slow it down.
DEVICE_COOKIE = "quizapp_device"
DEVICE_COOKIE_DAYS = 365


def _devices() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt="quizapp-login-device")


def this_device() -> accounts.Device | None:
    """The browser's device cookie, if it is one this app signed."""
    try:
        value = _devices().loads(request.cookies.get(DEVICE_COOKIE, ""))
        return accounts.Device(int(value["teacher"]), str(value["device"]))
    except (BadData, KeyError, TypeError, ValueError):
        return None


def remember_device(response: Response, teacher, device: accounts.Device | None) -> Response:
    """The device cookie for this teacher, keeping the browser's id when it had one."""
    known = device is not None and device.teacher_id == teacher.id
    value = {"teacher": teacher.id, "device": device.id if known else secrets.token_hex(8)}
    response.set_cookie(
        DEVICE_COOKIE, _devices().dumps(value), max_age=DEVICE_COOKIE_DAYS * 24 * 3600,
        path=url_for("teacher.dashboard"), httponly=True,
        secure=current_app.config["SESSION_COOKIE_SECURE"], samesite="Lax")
    return response


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
    device = this_device()
    try:
        teacher = accounts.log_in(get_session(), form.email.data, form.password.data,
                                  request.remote_addr or "", device)
    except accounts.TooManyFailures as error:
        return login_page(form, 429, str(error))
    if teacher is None:
        return login_page(form, 422, "That e-mail address and password do not match.")
    accounts.start_session(get_session(), teacher)
    login_user(teacher)
    response = htmx.navigate_to(safe_next(request.args.get("next"), url_for("teacher.dashboard")))
    return remember_device(response, teacher, device)


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
        accounts.change_password(get_session(), current_user, form.current.data, form.new.data,
                                 request.remote_addr or "", this_device())
    except accounts.TooManyFailures as error:
        return password_page(form, 429, str(error))
    except accounts.AccountError as error:
        return password_page(form, 422, str(error))
    login_user(current_user)  # this browser stays logged in, with its new session
    return htmx.navigate_to(url_for("accounts.password", changed=1))


def time_zone_page(form: TimeZoneForm, status: int = 200):
    return htmx.render("teacher/time_zone.html", "teacher/_time_zone_form.html", status=status,
                       form=form, saved="saved" in request.args,
                       guess=current_user.time_zone == times.DEFAULT_ZONE)


@bp.get("/time-zone")
@login_required
def time_zone():
    return time_zone_page(TimeZoneForm(formdata=None, time_zone=current_user.time_zone))


@bp.post("/time-zone")
@login_required
def change_time_zone():
    form = TimeZoneForm()
    if not form.validate_on_submit():
        return time_zone_page(form, 422)
    accounts.set_time_zone(get_session(), current_user, form.time_zone.data)
    return htmx.navigate_to(url_for("accounts.time_zone", saved=1))
