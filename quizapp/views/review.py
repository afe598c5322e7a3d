"""Reviewing an imported article: its events, actors and questions; questions by hand; the
answers students typed to a question, and other answers to accept.

Every change is a plain form post (303 back to the review page) that htmx sends instead,
getting back the one section or line it changed. The questions are a list, one line each,
least confident first; a line opens to edit in place (without JavaScript, the same URL gives
the review page with that line open).
"""
from __future__ import annotations

import random
import re
from dataclasses import fields

from flask import Blueprint, abort, request, url_for
from flask_login import current_user, login_required
from wtforms import SelectChoice

from quizapp import htmx, models
from quizapp.auth import owned
from quizapp.db import get_session
from quizapp.forms import (
    QUESTION_KINDS,
    AcceptedAnswersForm,
    ActorForm,
    EventForm,
    QuestionForm,
    StatusForm,
)
from quizapp.services import regrade, review
from quizapp.services.banks import parse_tags
from quizapp.services.questions import answer_text
from quizapp.views.teacher import manage_context

bp = Blueprint("review", __name__, url_prefix="/teacher")
bp.add_app_template_global(answer_text, "answer_text")
bp.add_app_template_global(regrade.TYPED_KINDS, "typed_kinds")


@bp.before_request
@login_required
def require_teacher():
    """Every page of this blueprint is a teacher's."""


def question_filters() -> review.ListFilters:
    """The list's filters and order, from the query string (a form's action carries them, so
    the list comes back as it was)."""
    given = {f.name: request.args.get(f.name, "") for f in fields(review.ListFilters)}
    return review.ListFilters(**{name: value for name, value in given.items() if value})


def filter_args(filters: review.ListFilters) -> dict:
    """The filters that differ from the defaults, as a URL's query takes them."""
    return {f.name: getattr(filters, f.name) for f in fields(filters)
            if getattr(filters, f.name) != f.default}


def list_url(article: models.Article, **extra) -> str:
    """The review page as the teacher left it: filtered and ordered as before."""
    return url_for("review.article", article_id=article.id, **filter_args(question_filters()),
                   **extra)


def event_form(article: models.Article, event: models.Event | None = None, **kwargs) -> EventForm:
    if event is not None and "formdata" in kwargs:
        kwargs["obj"] = event
        kwargs["data"] = {"actors": [a.id for a in event.actors]}
    form = EventForm(**kwargs)
    form.actors.choices = [SelectChoice(a.id, a.name) for a in article.actors]
    return form


def review_context(article: models.Article, **overrides) -> dict:
    """The review page's context. `opened` is the line open for editing ({"id", "form",
    "message"}), `saved_id` the line just saved (from the query string after a plain post)."""
    filters = question_filters()
    return manage_context(article) | {
        "article": article,
        "filters": filters,
        "filter_args": filter_args(filters),
        "questions": review.listed(article, filters),
        "selected": request.args.get("select") == "all",
        "opened": None,
        "saved_id": request.args.get("saved", type=int),
        "saved_message": regraded_message() or "Saved.",
        "event_forms": {e.id: event_form(article, e, formdata=None) for e in article.events},
        "new_event_form": event_form(article, formdata=None),
        "unclear_forms": {e["key"]: event_form(article, formdata=None,
                                               data=review.unclear_form_data(article, e))
                          for e in article.unclear_events},
        "actor_forms": {a.id: ActorForm(formdata=None, obj=a) for a in article.actors},
        "status_form": StatusForm(formdata=None),
        **overrides,
    }


def section(article: models.Article, partial: str, status: int = 200, **forms):
    """After a change: the changed section for htmx, the review page after a plain post."""
    if status == 200 and not htmx.is_htmx():
        return htmx.navigate_to(list_url(article))
    context = review_context(article, **forms)
    return htmx.render("review/page.html", partial, status=status, **context)


def owned_article(article_id: int) -> models.Article:
    return owned(models.Article, article_id)


def child(rows, row_id: int):
    found = next((row for row in rows if row.id == row_id), None)
    if found is None:
        abort(404)
    return found


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    context = review_context(owned_article(article_id))
    return htmx.render("review/page.html", "review/_questions.html", **context)


# Timeline events

@bp.post("/articles/<int:article_id>/events/<int:event_id>")
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


@bp.post("/articles/<int:article_id>/events")
def add_event(article_id: int):
    """A new event; with `unclear`, the wording of an event left off the timeline."""
    article = owned_article(article_id)
    unclear = owned_unclear(article, request.form["unclear"]) if "unclear" in request.form else None
    form = event_form(article)
    if not form.validate_on_submit():
        if unclear is None:
            return section(article, "review/_timeline.html", 422, new_event_form=form)
        forms = review_context(article)["unclear_forms"] | {unclear["key"]: form}
        return section(article, "review/_timeline.html", 422, unclear_forms=forms)
    actors = [a for a in article.actors if a.id in form.actors.data]
    review.add_event(article, form.date_value.data, form.precision.data, form.summary.data,
                     actors, unclear)
    get_session().commit()
    return section(article, "review/_timeline.html")


def owned_unclear(article: models.Article, key: str) -> dict:
    unclear = review.unclear_event(article, key)
    if unclear is None:
        abort(409, "That event was added to the timeline or left out already (in another tab?). "
                   "Reload the page.")
    return unclear


@bp.post("/articles/<int:article_id>/unclear/<unclear_key>/dismiss")
def dismiss_unclear(article_id: int, unclear_key: str):
    """Leave an event off the timeline for good."""
    article = owned_article(article_id)
    review.dismiss_unclear(article, owned_unclear(article, unclear_key))
    get_session().commit()
    return section(article, "review/_timeline.html")


@bp.post("/articles/<int:article_id>/events/<int:event_id>/delete")
def delete_event(article_id: int, event_id: int):
    article = owned_article(article_id)
    article.events.remove(child(article.events, event_id))
    get_session().commit()
    return section(article, "review/_timeline.html")


# Actors

@bp.post("/articles/<int:article_id>/actors/<int:actor_id>")
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


@bp.post("/articles/<int:article_id>/actors/<int:actor_id>/merge")
def merge_actor(article_id: int, actor_id: int):
    article = owned_article(article_id)
    merged = child(article.actors, actor_id)
    kept = child(article.actors, request.form.get("into", 0, type=int))
    if kept is not merged:
        review.merge_actors(get_session(), kept, merged)
        get_session().commit()
    return section(article, "review/_timeline.html")


@bp.post("/articles/<int:article_id>/actors/<int:actor_id>/delete")
def delete_actor(article_id: int, actor_id: int):
    article = owned_article(article_id)
    get_session().delete(child(article.actors, actor_id))
    get_session().commit()
    get_session().refresh(article)
    return section(article, "review/_timeline.html")


# Questions

@bp.post("/articles/<int:article_id>/questions/status")
def set_status(article_id: int):
    """Approve, reject or send back to draft the ticked questions (one or many)."""
    article = owned_article(article_id)
    form = StatusForm()
    form.question.choices = [SelectChoice(q.id, q.prompt) for q in review.live_questions(article)]
    if not form.validate_on_submit():
        return section(article, "review/_questions.html", 422, status_form=form)
    chosen = [q for q in review.live_questions(article) if q.id in form.question.data]
    review.set_status(chosen, form.change_to.data)
    get_session().commit()
    return section(article, "review/_questions.html")


@bp.post("/articles/<int:article_id>/questions/approve-all")
def approve_all(article_id: int):
    """Approve every question the list shows (as filtered)."""
    article = owned_article(article_id)
    review.set_status(review.listed(article, question_filters()), "approved")
    get_session().commit()
    return section(article, "review/_questions.html")


def line(article: models.Article, question: models.Question, status: int = 200,
         form: QuestionForm | None = None, message: str | None = None, saved: bool = False):
    """One line of the list (open to edit when a form is given) for htmx; without htmx, the
    review page with that line so."""
    if htmx.is_htmx():
        context = {"article": article, "filter_args": filter_args(question_filters()),
                   "question": question, "form": form, "message": message, "saved": saved,
                   "selected": False}
    else:
        opened = {"id": question.id, "form": form, "message": message} if form else None
        context = review_context(article, opened=opened)
    return htmx.render("review/page.html", "review/_line.html", status=status, **context)


def question_page(article, form, status=200):
    return htmx.render("review/question.html", "review/_new_question.html", status=status,
                       article=article, question=None, form=form, message=None)


@bp.get("/articles/<int:article_id>/questions/new")
def new_question(article_id: int):
    """Write a question: its kind first, then the fields that kind takes."""
    form = QuestionForm(formdata=None)
    kind = request.args.get("kind")
    form.kind.data = kind if kind in QUESTION_KINDS else None
    return question_page(owned_article(article_id), form)


@bp.post("/articles/<int:article_id>/questions")
def create_question(article_id: int):
    article = owned_article(article_id)
    form = QuestionForm()
    if not form.validate_on_submit():
        return question_page(article, form, 422)
    key = f"h{len(article.questions) + 1}-{random.getrandbits(24):06x}"
    content = form.content(key)
    question = models.Question(
        key=key, kind=content.kind, prompt=content.prompt, data=content.to_dict(),
        owner_id=current_user.id, tags=parse_tags(form.tags.data or ""),
    )
    article.questions.append(question)
    get_session().commit()
    return htmx.navigate_to(list_url(article, saved=question.id) + f"#question-{question.id}")


def edit_form(question: models.Question) -> QuestionForm:
    return QuestionForm.from_question(question.to_content(), question.version, question.tags)


@bp.get("/articles/<int:article_id>/questions/<int:question_id>")
def edit_question(article_id: int, question_id: int):
    article = owned_article(article_id)
    question = child(review.live_questions(article), question_id)
    return line(article, question, form=edit_form(question))


@bp.get("/articles/<int:article_id>/questions/<int:question_id>/line")
def question_line(article_id: int, question_id: int):
    """The line closed again (Close in an open line); the review page without htmx."""
    article = owned_article(article_id)
    return line(article, child(review.live_questions(article), question_id))


@bp.post("/articles/<int:article_id>/questions/<int:question_id>")
def save_question(article_id: int, question_id: int):
    article = owned_article(article_id)
    question = child(article.questions, question_id)
    form = QuestionForm()
    form.kind.data = question.kind  # a question keeps its kind (as in Moodle)
    if not form.validate_on_submit():
        return line(article, question, 422, form)
    content = form.content(question.key)
    try:
        saved = review.save_question(get_session(), question, content, int(form.version.data or 0))
        saved.question.tags = parse_tags(form.tags.data or "")
        get_session().commit()
    except review.StaleEdit:
        get_session().rollback()
        # the teacher's text stays in the form; the saved question is shown beside it
        latest = get_session().get(models.Question, question.replaced_by_id or question.id)
        form.version.data = str(latest.version)
        return line(article, latest, 409, form, review.STALE_MESSAGE)
    regraded = saved.regraded
    if not htmx.is_htmx():
        counts = {"right": regraded.now_right, "wrong": regraded.now_wrong} if regraded else {}
        return htmx.navigate_to(list_url(article, saved=saved.question.id, **counts)
                                + f"#question-{saved.question.id}")
    return line(article, saved.question, message=regraded.message if regraded else "Saved.",
                saved=True)


@bp.post("/articles/<int:article_id>/questions/<int:question_id>/distractors")
def new_distractors(article_id: int, question_id: int):
    article = owned_article(article_id)
    question = child(review.live_questions(article), question_id)
    try:
        content = review.new_distractors(question, random.Random())
    except ValueError as error:
        return line(article, question, 422, edit_form(question), str(error))
    # Shown for the teacher to check and save, not saved behind their back.
    form = QuestionForm.from_question(content, question.version, question.tags)
    return line(article, question, form=form)


# Accepted answers of a typed question, from any of the teacher's articles or banks

def latest(question: models.Question) -> models.Question:
    """The question as it is now: an edit of an answered question made a new row."""
    while question.replaced_by_id is not None:
        question = get_session().get(models.Question, question.replaced_by_id)
    return question


def to_accept(given: list[regrade.GivenText]) -> list[SelectChoice]:
    """The wrong answers students typed, as choices to accept."""
    return [SelectChoice(g.text, g.text) for g in given if not g.correct]


def answers_page(question: models.Question, form: AcceptedAnswersForm | None = None,
                 status: int = 200, message: str | None = None):
    """The question's accepted answers (a form given keeps what the teacher sent) and the
    answers students gave."""
    given = regrade.given_texts(get_session(), question)
    if form is None:
        form = AcceptedAnswersForm(formdata=None, data={
            "accepted": "\n".join(question.data.get("accepted", ())),
            "version": str(question.version)})
    form.given.choices = to_accept(given)
    return htmx.render(
        "review/answers.html", "review/_answers.html", status=status, question=question,
        form=form, given=given, message=message, failed=status >= 400,
        typed=question.kind in regrade.TYPED_KINDS, not_typed=regrade.NOT_TYPED)


COUNT = re.compile(r"\d{1,6}")


def regraded_message() -> str | None:
    """The message of a save that a plain post redirected from (?right=2&wrong=0)."""
    counts = [request.args.get(name, "") for name in ("right", "wrong")]
    if not all(COUNT.fullmatch(count) for count in counts):
        return None
    return regrade.Regraded(*map(int, counts)).message


@bp.get("/questions/<int:question_id>/answers")
def accepted_answers(question_id: int):
    question = owned(models.Question, question_id)
    if question.replaced_by_id is not None:
        return htmx.navigate_to(url_for("review.accepted_answers",
                                        question_id=latest(question).id))
    return answers_page(question, message=regraded_message())


@bp.post("/questions/<int:question_id>/answers")
def accept_answers(question_id: int):
    """Save the question's other accepted answers and grade again the answers given."""
    question = owned(models.Question, question_id)
    if question.kind not in regrade.TYPED_KINDS:
        return answers_page(question, status=422, message="Nothing was saved.")
    form = AcceptedAnswersForm()
    form.given.choices = to_accept(regrade.given_texts(get_session(), question))
    if not form.validate_on_submit():
        return answers_page(question, form, 422)
    try:
        review.claim(get_session(), question, int(form.version.data or 0))
        regraded = regrade.accept(get_session(), question, form.answers())
        get_session().commit()
    except review.StaleEdit:
        get_session().rollback()
        # the teacher's answers stay in the form, which now carries the saved version
        question = latest(question)
        form.version.data = str(question.version)
        return answers_page(question, form, 409, review.STALE_MESSAGE)
    if not htmx.is_htmx():
        return htmx.navigate_to(url_for("review.accepted_answers", question_id=question.id,
                                        right=regraded.now_right, wrong=regraded.now_wrong))
    return answers_page(question, message=regraded.message)
