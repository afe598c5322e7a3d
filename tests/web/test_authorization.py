"""Every teacher route x (anonymous, student, another teacher, the owner), and CSRF on POSTs."""
from __future__ import annotations

import pytest

PUBLIC = {"accounts.login", "accounts.login_post", "quizzes.share"}
TEACHER_BLUEPRINTS = ("accounts.", "teacher.", "review.", "banks.", "quizzes.")


# Run last, in this order: they remove the rows the other routes use, or the session.
LAST = ("review.delete_event", "review.merge_actor", "review.delete_actor", "banks.delete",
        "teacher.delete_article", "accounts.logout")
# A teacher's own pages that name no row: another teacher sees their own version of them.
OWN_PAGES = {"teacher.dashboard", "teacher.new_import", "teacher.create_import",
             "teacher.preview_import", "banks.index",
             "banks.create", "banks.import_file", "accounts.logout", "accounts.password",
             "accounts.change_password", "accounts.time_zone", "accounts.change_time_zone"}


def teacher_routes(app):
    routes = [
        (method, rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith(TEACHER_BLUEPRINTS) and rule.endpoint not in PUBLIC
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"})
    ]
    return sorted(routes, key=lambda route: LAST.index(route[1].endpoint) + 1
                  if route[1].endpoint in LAST else 0)


def url_of(app, rule, values):
    from flask import url_for

    values = values | values["overrides"].get(rule.endpoint, {})
    with app.test_request_context():
        return url_for(rule.endpoint, **{k: values[k] for k in rule.arguments})


def test_the_matrix(app, world):
    routes = teacher_routes(app)
    assert len(routes) >= 25  # every route of the teachers' side is in the matrix
    for method, rule in routes:
        url = url_of(app, rule, world["values"])
        for role, client in world["clients"].items():
            data = {"csrf_token": world["tokens"][role], **world["data"].get(rule.endpoint, {})}
            response = client.open(url, method=method, data=data if method == "POST" else None)
            status = response.status_code
            if role in ("anonymous", "student"):
                allowed = status == 303 and "/teacher/login" in response.headers["Location"]
            elif role == "other":
                allowed = status == 404 or (rule.endpoint in OWN_PAGES and status in (200, 303, 422))
            else:
                allowed = status in (200, 303, 422)
            assert allowed, (method, url, role, status)


@pytest.fixture
def every_post(app, world):
    return [(rule, url_of(app, rule, world["values"]))
            for method, rule in teacher_routes(app) if method == "POST"]


def test_every_post_needs_the_csrf_token(world, every_post):
    owner = world["clients"]["owner"]
    for rule, url in every_post:
        for headers in ({}, {"HX-Request": "true"}):
            response = owner.post(url, headers=headers)
            assert response.status_code == 400, (url, response.status_code)
            assert "This page has expired" in response.text
