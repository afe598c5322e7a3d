"""A teacher's desk: their articles, imports in progress, quizzes; importing an article."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp import htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.forms import ImportForm, RenameForm
from quizapp.html_import import html_to_article
from quizapp.services import imports, removal
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
        if job.article_id is None:  # the teacher deleted the article since
            abort(404)
        return htmx.navigate_to(url_for("review.article", article_id=job.article_id))
    return htmx.render("teacher/import_status.html", "teacher/_import_status.html", job=job,
                       waits_long=imports.waits_long(job))


# Renaming and deleting: a bank's page and an article's review page end with the same form.
RENAME_ENDPOINTS = {models.Article: ("article", "teacher.rename_article",
                                     "teacher.confirm_delete_article", "article_id"),
                    models.Bank: ("bank", "banks.rename", "banks.confirm_delete", "bank_id")}


def manage_context(row: models.Article | models.Bank, form: RenameForm | None = None) -> dict:
    """What teacher/_rename_form.html shows for the article or bank `row`."""
    what, rename_endpoint, delete_endpoint, key = RENAME_ENDPOINTS[type(row)]
    name = row.title if isinstance(row, models.Article) else row.name
    return {"what": what, "rename_action": url_for(rename_endpoint, **{key: row.id}),
            "rename_form": form or RenameForm(formdata=None, name=name),
            "delete_url": url_for(delete_endpoint, **{key: row.id})}


def renamed(row: models.Article | models.Bank, done_url: str):
    """The rename form's post: back to `done_url`, or the form again with its errors."""
    form = RenameForm()
    if not form.validate_on_submit():
        return htmx.render("teacher/rename.html", "teacher/_rename_form.html", status=422,
                           back=done_url, **manage_context(row, form))
    removal.rename(row, form.name.data)
    get_session().commit()
    return htmx.navigate_to(done_url)


@bp.post("/articles/<int:article_id>/rename")
def rename_article(article_id: int):
    article = owned(models.Article, article_id)
    return renamed(article, url_for("review.article", article_id=article.id))


@bp.get("/articles/<int:article_id>/delete")
def confirm_delete_article(article_id: int):
    """What deleting the article deletes and what it keeps, and the button that does it."""
    article = owned(models.Article, article_id)
    return render_template("teacher/delete.html", what="article", name=article.title,
                           usage=removal.article_usage(get_session(), article),
                           action=url_for("teacher.delete_article", article_id=article.id),
                           back=url_for("review.article", article_id=article.id))


@bp.post("/articles/<int:article_id>/delete")
def delete_article(article_id: int):
    removal.delete_article(get_session(), owned(models.Article, article_id))
    get_session().commit()
    return htmx.navigate_to(url_for("teacher.dashboard"))
