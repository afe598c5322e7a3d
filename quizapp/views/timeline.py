"""The timeline of an article: by year, filtered by actor, events opened in place,
presentation mode, print, and TimelineJS download."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, url_for
from markupsafe import Markup, escape
from flask_login import current_user

from quizapp import htmx, models, time_axis
from quizapp.db import get_session
from quizapp.errors import error_response
from quizapp.services import instant, timeline
from quizapp.urls import is_token

bp = Blueprint("timeline", __name__, url_prefix="/timelines")
# explained once on the page by the note of templates/timeline/_inferred_note.html
INFERRED_MARK = Markup('<abbr class="inferred-year" title="year taken from the article">*</abbr>')


@bp.app_template_filter("date_label")
def marked_date_label(event: models.Event) -> Markup:
    """The event's date, marked * when its year is taken from the article."""
    label = escape(timeline.date_label(event))
    return label + INFERRED_MARK if timeline.year_inferred(event) else label


def round_token() -> str | None:
    """The round a student came from (?round=<token>), when the value can be a token."""
    token = request.args.get("round")
    return token if is_token(token) else None


@bp.url_defaults
def keep_round(endpoint: str, values: dict) -> None:
    """A student sent here from a round keeps its token on every timeline link."""
    if "round" not in values and (token := round_token()):
        values["round"] = token


@dataclass(frozen=True)
class Visit:
    """A student from a round sees none of what its unanswered questions ask."""

    round: str | None = None  # the round's token
    hidden: timeline.Hidden = timeline.Hidden()  # until those questions are answered


def load_article(article_id: int) -> tuple[models.Article, Visit]:
    """The demo's timeline is public; a teacher's article is seen by its owner, and by the
    students of a round that asks about it (the round's token in ?round=)."""
    article = get_session().get(models.Article, article_id)
    if article is None or not _may_see(article):
        abort(404)
    token = round_token()
    if token is None:
        return article, Visit()
    return article, Visit(token, timeline.hidden_from_round(get_session(), token, article))


def _may_see(article: models.Article) -> bool:
    if article.owner_id is None:
        return True
    if current_user.is_authenticated and current_user.id == article.owner_id:
        return True
    token = round_token()
    return token is not None and timeline.round_asks_about(get_session(), token, article.id)


def timeline_context(article: models.Article, visit: Visit = Visit(),
                     open_event: int | None = None) -> dict:
    actor = timeline.find_actor(article, request.args.get("actor"))
    if actor is not None and actor.id in visit.hidden.actors:
        actor = None
    events = timeline.events_of(article, actor, visit.hidden.events)
    return {
        "article": article,
        "actor": actor,
        # only actors whose chip leads to events, the most frequent first
        "actors": [a for a in timeline.actors_by_events(
            timeline.events_of(article, hidden=visit.hidden.events))
            if a.id not in visit.hidden.actors],
        "events": events,
        "groups": timeline.by_year(events),
        "any_year_inferred": any(map(timeline.year_inferred, events)),
        "open_event": open_event,
        "hidden": visit.hidden.events,
        # from a round: no question texts, and the way back to it
        "back_url": url_for("quiz.resume", token=visit.round) if visit.round else None,
    }


@bp.get("/<int:article_id>")
def show(article_id: int):
    context = timeline_context(*load_article(article_id))
    return htmx.render("timeline/page.html", "timeline/_events.html", **context)


@bp.get("/<int:article_id>/axis")
def axis(article_id: int):
    """The timeline to scale: ?zoom=year|month|day, and ?at=2016 or 2016-03 to zoom into."""
    article, visit = load_article(article_id)
    context = timeline_context(article, visit)
    events, unplaced = timeline.placed(article, context["events"])
    try:
        view = time_axis.window(events, request.args.get("zoom", "year"), request.args.get("at"))
    except time_axis.AxisError as error:
        return error_response(400, str(error))
    actor = context["actor"].key if context["actor"] else None

    def zoom_url(zoom: str, at: str | None = None) -> str:
        return url_for("timeline.axis", article_id=article.id, zoom=zoom, at=at, actor=actor)

    svg = time_axis.draw(
        events, view, f"Timeline of {article.title}, to scale",
        event_url=lambda event_id: url_for("timeline.event", article_id=article.id,
                                           event_id=event_id, actor=actor) + f"#event-{event_id}",
        zoom_url=zoom_url)
    _, before, after = time_axis.visible(events, view)
    return htmx.render("timeline/axis.html", "timeline/_axis.html", **context, view=view,
                       svg=svg, before=before, after=after, unplaced=unplaced,
                       zoom_url=zoom_url)


@bp.get("/<int:article_id>/events/<int:event_id>")
def event(article_id: int, event_id: int):
    """An event opened in place (or closed again with ?open=0)."""
    article, visit = load_article(article_id)
    found = timeline.find_event(article, event_id)
    if found is None:
        abort(404)
    is_open = request.args.get("open") != "0"
    context = timeline_context(article, visit, open_event=event_id if is_open else None)
    return htmx.render(
        "timeline/page.html", "timeline/_event.html", event=found, is_open=is_open, **context
    )


@bp.get("/<int:article_id>/present")
def present(article_id: int):
    """One event at a time for a class; ?step=N, from 1."""
    article, visit = load_article(article_id)
    events = timeline.events_of(article, hidden=visit.hidden.events)
    if not events:
        abort(404)
    step = request.args.get("step", 1, type=int)
    step = min(max(step, 1), len(events))
    context = {
        "article": article,
        "event": events[step - 1],
        "step": step,
        "total": len(events),
        "hide_dates": request.args.get("dates") == "hidden",
        "year_inferred": timeline.year_inferred(events[step - 1]),
        "ask_kinds": ask_kinds(article, events[step - 1]),
    }
    return htmx.render("timeline/present.html", "timeline/_slide.html", **context)


def ask_kinds(article: models.Article, event: models.Event) -> list[str]:
    """The instant questions a teacher presenting may put to the class about this event."""
    if not current_user.is_authenticated or article.owner_id not in (None, current_user.id):
        return []
    return instant.available_kinds(article.events, event)


@bp.get("/<int:article_id>/timelinejs.json")
def timelinejs(article_id: int):
    article, visit = load_article(article_id)
    response = jsonify(timeline.timelinejs(article, visit.hidden.events))
    response.headers["Content-Disposition"] = (
        f'attachment; filename="timeline-{article_id}.json"'
    )
    return response
