"""A teacher's desk: their articles, imports in progress, quizzes; importing an article."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp import htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.forms import ImportForm
from quizapp.html_import import html_to_article
from quizapp.services import imports
from quizapp.text import fit, storable
from quizapp.uploads import accepts_upload

bp = Blueprint("teacher", __name__, url_prefix="/teacher")
# An article file may be far larger than the app's other forms.
MAX_IMPORT_BYTES = 2_000_000


@bp.before_request
@login_required
def require_teacher():
    """Every page of this blueprint is a teacher's."""


def mine(model):
    return get_session().scalars(
        select(model).where(model.owner_id == current_user.id).order_by(model.created_at.desc())
    ).all()


@bp.get("/")
def dashboard():
    return render_template(
        "teacher/dashboard.html",
        articles=mine(models.Article), quizzes=mine(models.Quiz), banks=mine(models.Bank),
        live_sessions=mine(models.LiveSession)[:10],
        pending=[job for job in mine(models.ArticleImport) if imports.is_pending(job)],
    )


@bp.get("/imports/new")
def new_import():
    return htmx.render("teacher/import.html", "teacher/_import_form.html",
                       form=ImportForm(formdata=None))


def uploaded_article(form: ImportForm) -> tuple[str, str | None, object]:
    """Text, title and date of the submitted article; HTML is reduced to its article text."""
    title, published = form.title.data or None, form.published.data
    if not form.file.data:
        return form.text.data, title, published
    raw = form.file.data.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("The file is not UTF-8 text.") from None
    if not storable(text):
        raise ValueError("The file holds control characters (such as NUL): it is not text.")
    if form.file.data.filename.lower().endswith((".html", ".htm")):
        page = html_to_article(text)
        # a page's title may be longer than a title is kept
        page_title = fit(models.ArticleImport.title, page.title)
        return page.text, title or page_title, published or page.published
    return text, title, published


def ask_for_date(form: ImportForm, text: str, title: str | None):
    """When the text's dates count from a publication date it does not state in full, the
    form asks for it (without it they would silently drop out of the timeline): the text
    kept in the form, the date prefilled with the best guess for the teacher to check."""
    need = imports.date_need(text)
    if need is not None:
        form.text.data, form.title.data = text, title
        form.published.data = need.guess or dt.date.today()
        form.published.raw_data = []  # else the field shows what was sent: nothing
    return need


@bp.post("/imports")
@accepts_upload(MAX_IMPORT_BYTES)
def create_import():
    form, need = ImportForm(), None
    if form.validate_on_submit():
        try:
            text, title, published = uploaded_article(form)
        except ValueError as error:  # not UTF-8, or an HTML page with no article in it
            form.file.errors.append(str(error))
        else:
            need = None if published else ask_for_date(form, text, title)
            if need is None:
                # queued: a worker process (`quizapp worker`) runs the engine
                job = imports.create_import(get_session(), current_user.id, text, title,
                                            published)
                return htmx.navigate_to(url_for("teacher.import_status", job_id=job.id))
    return htmx.render("teacher/import.html", "teacher/_import_form.html", status=422, form=form,
                       need=need)


@bp.post("/imports/preview")
@accepts_upload(MAX_IMPORT_BYTES)
def preview_import():
    """The form again with the title and date the pasted text states, where left empty."""
    form, need = ImportForm(), None
    if form.validate_on_submit() and form.text.data.strip():
        title, published = imports.stated_title_and_date(form.text.data)
        form.title.data = form.title.data or title
        form.published.data = form.published.data or published
        if not form.published.data:
            need = ask_for_date(form, form.text.data, form.title.data)
    return htmx.render("teacher/import.html", "teacher/_import_form.html", form=form, need=need)


@bp.get("/imports/<int:job_id>")
def import_status(job_id: int):
    job = owned(models.ArticleImport, job_id)
    if job.status == "done":
        return htmx.navigate_to(url_for("review.article", article_id=job.article_id))
    return htmx.render("teacher/import_status.html", "teacher/_import_status.html", job=job,
                       waits_long=imports.waits_long(job))
