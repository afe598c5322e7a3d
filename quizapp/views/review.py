"""Reviewing an imported article: its events, actors and questions; questions by hand.

Every change is a plain form post (303 back to the review page) that htmx sends instead,
getting back the one section it changed.
"""
from __future__ import annotations

import random

from flask import Blueprint, abort, request, url_for
from flask_login import current_user, login_required
from wtforms import SelectChoice

from quizapp import htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.forms import ActorForm, EventForm, QuestionForm, StatusForm
from quizapp.services import review
from quizapp.services.banks import parse_tags
from quizapp.services.questions import answer_text

bp = Blueprint("review", __name__, url_prefix="/teacher/articles")
bp.add_app_template_global(answer_text, "answer_text")


@bp.before_request
@login_required
def require_teacher():
    """Every page of this blueprint is a teacher's."""


def live_questions(article: models.Article) -> list[models.Question]:
    """The article's questions, without versions an edit replaced."""
    return [q for q in article.questions if q.replaced_by_id is None]


def question_filters() -> dict:
    """The list's filters, from the query string or carried along by a status form."""
    return {name: request.values.get(name, "") for name in ("kind", "status", "actor", "event")}


def filtered(article: models.Article, filters: dict) -> list[models.Question]:
    actor = next((a for a in article.actors if str(a.id) == filters["actor"]), None)
    return [
        q for q in live_questions(article)
        if (not filters["kind"] or q.kind == filters["kind"])
        and (not filters["status"] or q.status == filters["status"])
        and (not filters["event"] or str(q.event_id) == filters["event"])
        and (actor is None or actor.key in q.data.get("actors", ())
             or (q.event is not None and actor in q.event.actors))
    ]


def event_form(article: models.Article, event: models.Event | None = None, **kwargs) -> EventForm:
    if event is not None and "formdata" in kwargs:
        kwargs["obj"] = event
        kwargs["data"] = {"actors": [a.id for a in event.actors]}
    form = EventForm(**kwargs)
    form.actors.choices = [SelectChoice(a.id, a.name) for a in article.actors]
    return form


def review_context(article: models.Article, **forms) -> dict:
    filters = question_filters()
    return {
        "article": article,
        "filters": filters,
        "questions": filtered(article, filters),
        "event_forms": {e.id: event_form(article, e, formdata=None) for e in article.events},
        "new_event_form": event_form(article, formdata=None),
        "actor_forms": {a.id: ActorForm(formdata=None, obj=a) for a in article.actors},
        "status_form": StatusForm(formdata=None),
        **forms,
    }


def section(article: models.Article, partial: str, status: int = 200, **forms):
    """After a change: the changed section for htmx, the review page after a plain post."""
    if status == 200 and not htmx.is_htmx():
        filters = {name: value for name, value in question_filters().items() if value}
        return htmx.navigate_to(url_for("review.article", article_id=article.id, **filters))
    context = review_context(article, **forms)
    return htmx.render("review/page.html", partial, status=status, **context)


def owned_article(article_id: int) -> models.Article:
    return owned(models.Article, article_id)


def child(rows, row_id: int):
    found = next((row for row in rows if row.id == row_id), None)
    if found is None:
        abort(404)
    return found


@bp.get("/<int:article_id>")
def article(article_id: int):
    context = review_context(owned_article(article_id))
    return htmx.render("review/page.html", "review/_questions.html", **context)


# Timeline events

@bp.post("/<int:article_id>/events/<int:event_id>")
def update_event(article_id: int, event_id: int):
    article = owned_article(article_id)
    event = child(article.events, event_id)
    form = event_form(article)
    if not form.validate_on_submit():
        forms = review_context(article)["event_forms"] | {event.id: form}
        return section(article, "review/_timeline.html", 422, event_forms=forms)
    actors = [a for a in article.actors if a.id in form.actors.data]
    review.update_event(event, form.date_value.data, form.precision.data, form.summary.data,
                        actors)
    review.reorder_events(article)
    get_session().commit()
    return section(article, "review/_timeline.html")


@bp.post("/<int:article_id>/events")
def add_event(article_id: int):
    article = owned_article(article_id)
    form = event_form(article)
    if not form.validate_on_submit():
        return section(article, "review/_timeline.html", 422, new_event_form=form)
    actors = [a for a in article.actors if a.id in form.actors.data]
    review.add_event(article, form.date_value.data, form.precision.data, form.summary.data,
                     actors)
    get_session().commit()
    return section(article, "review/_timeline.html")


@bp.post("/<int:article_id>/events/<int:event_id>/delete")
def delete_event(article_id: int, event_id: int):
    article = owned_article(article_id)
    article.events.remove(child(article.events, event_id))
    get_session().commit()
    return section(article, "review/_timeline.html")


# Actors

@bp.post("/<int:article_id>/actors/<int:actor_id>")
def update_actor(article_id: int, actor_id: int):
    article = owned_article(article_id)
    actor = child(article.actors, actor_id)
    form = ActorForm()
    if not form.validate_on_submit():
        forms = review_context(article)["actor_forms"] | {actor.id: form}
        return section(article, "review/_timeline.html", 422, actor_forms=forms)
    actor.name, actor.kind, actor.role = form.name.data, form.kind.data, form.role.data or None
    get_session().commit()
    return section(article, "review/_timeline.html")


@bp.post("/<int:article_id>/actors/<int:actor_id>/merge")
def merge_actor(article_id: int, actor_id: int):
    article = owned_article(article_id)
    merged = child(article.actors, actor_id)
    kept = child(article.actors, request.form.get("into", 0, type=int))
    if kept is not merged:
        review.merge_actors(get_session(), kept, merged)
        get_session().commit()
    return section(article, "review/_timeline.html")


@bp.post("/<int:article_id>/actors/<int:actor_id>/delete")
def delete_actor(article_id: int, actor_id: int):
    article = owned_article(article_id)
    get_session().delete(child(article.actors, actor_id))
    get_session().commit()
    get_session().refresh(article)
    return section(article, "review/_timeline.html")


# Questions

@bp.post("/<int:article_id>/questions/status")
def set_status(article_id: int):
    """Approve, reject or send back to draft the ticked questions (one or many)."""
    article = owned_article(article_id)
    form = StatusForm()
    form.question.choices = [SelectChoice(q.id, q.prompt) for q in live_questions(article)]
    if not form.validate_on_submit():
        return section(article, "review/_questions.html", 422, status_form=form)
    chosen = [q for q in live_questions(article) if q.id in form.question.data]
    review.set_status(chosen, form.change_to.data)
    get_session().commit()
    return section(article, "review/_questions.html")


def question_page(article, question, form, status=200, message=None):
    return htmx.render(
        "review/question.html", "review/_question_form.html", status=status,
        article=article, question=question, form=form, message=message,
    )


@bp.get("/<int:article_id>/questions/new")
def new_question(article_id: int):
    return question_page(owned_article(article_id), None, QuestionForm(formdata=None))


@bp.post("/<int:article_id>/questions")
def create_question(article_id: int):
    article = owned_article(article_id)
    form = QuestionForm()
    if not form.validate_on_submit():
        return question_page(article, None, form, 422)
    key = f"h{len(article.questions) + 1}-{random.getrandbits(24):06x}"
    content = form.content(key)
    article.questions.append(models.Question(
        key=key, kind=content.kind, prompt=content.prompt, data=content.to_dict(),
        owner_id=current_user.id, tags=parse_tags(form.tags.data or ""),
    ))
    get_session().commit()
    return htmx.navigate_to(url_for("review.article", article_id=article.id))


@bp.get("/<int:article_id>/questions/<int:question_id>")
def edit_question(article_id: int, question_id: int):
    article = owned_article(article_id)
    question = child(live_questions(article), question_id)
    form = QuestionForm.from_question(question.to_content(), question.version, question.tags)
    return question_page(article, question, form)


@bp.post("/<int:article_id>/questions/<int:question_id>")
def save_question(article_id: int, question_id: int):
    article = owned_article(article_id)
    question = child(article.questions, question_id)
    form = QuestionForm()
    if not form.validate_on_submit():
        return question_page(article, question, form, 422)
    content = form.content(question.key, question.to_content().event)
    try:
        saved = review.save_question(get_session(), question, content, int(form.version.data or 0))
        saved.tags = parse_tags(form.tags.data or "")
        get_session().commit()
    except review.StaleEdit:
        get_session().rollback()
        # the teacher's text stays in the form; the saved question is shown beside it
        saved = get_session().get(models.Question, question.replaced_by_id or question.id)
        form.version.data = str(saved.version)
        return question_page(article, saved, form, 409, review.STALE_MESSAGE)
    return htmx.navigate_to(url_for("review.article", article_id=article.id))


@bp.post("/<int:article_id>/questions/<int:question_id>/distractors")
def new_distractors(article_id: int, question_id: int):
    article = owned_article(article_id)
    question = child(live_questions(article), question_id)
    try:
        content = review.new_distractors(question, random.Random())
    except ValueError as error:
        form = QuestionForm.from_question(question.to_content(), question.version, question.tags)
        return question_page(article, question, form, 422, str(error))
    # Shown for the teacher to check and save, not saved behind their back.
    form = QuestionForm.from_question(content, question.version, question.tags)
    return question_page(article, question, form)
