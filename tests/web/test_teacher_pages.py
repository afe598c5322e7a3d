"""The teachers' pages: each partial comes alone for htmx with its stable root id; full pages
keep the app's CSP rules (no inline script, style or handler) and vary on HX-Request."""
from __future__ import annotations

import re

import pytest

HTMX = {"HX-Request": "true"}


@pytest.fixture
def urls(app, teacher_client, owned_seed, db_session):
    from quizapp import models
    from quizapp.services import banks, imports

    ids = owned_seed()
    bank = banks.create_bank(db_session, 1, "Bank", ["civics"])
    bank.questions = list(db_session.get(models.Article, ids["article"]).questions)
    db_session.commit()
    job = imports.create_import(db_session, 1, "Text.", None, None)
    job.status, job.error = "failed", "The text is empty."
    db_session.commit()
    article = f"/teacher/articles/{ids['article']}"
    return {
        # page URL -> the root id of the partial htmx gets from it (None: a full page only)
        "/teacher/login": "login-form",
        "/teacher/": None,
        "/teacher/password": "password-form",
        "/teacher/imports/new": "import-form",
        f"/teacher/imports/{job.id}": "import-status",
        article: "questions",
        f"{article}/questions/new": "question-editor",
        f"{article}/questions/new?kind=order": "question-editor",
        f"{article}/questions/{ids['questions']['q1']}": f"question-{ids['questions']['q1']}",
        f"{article}/questions/{ids['questions']['q1']}/line": f"question-{ids['questions']['q1']}",
        f"/teacher/questions/{ids['questions']['q3']}/answers": "accepted-answers",
        "/teacher/banks/": "bank-list",
        f"/teacher/banks/{bank.id}": "bank-questions",
        f"/teacher/banks/{bank.id}/quizzes/new": "quiz-form",
        f"/teacher/quizzes/{ids['quiz']}": None,
    }


def test_each_partial_comes_alone_for_htmx(teacher_client, urls):
    for url, root in urls.items():
        if root is None:
            continue
        response = teacher_client.get(url, headers=HTMX)
        assert response.status_code == 200, url
        assert "<html" not in response.text, url
        assert re.match(rf'\s*(?:{{.*?}}\s*)?<[a-z]+ id="{root}"', response.text, re.S), url
        assert "HX-Request" in response.headers["Vary"], url


def test_full_pages_keep_the_content_security_rules(teacher_client, urls):
    for url in urls:
        response = teacher_client.get(url)
        html = response.text
        assert response.status_code == 200 and "<html" in html, url
        assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url
        assert not re.search(r"\son[a-z]+\s*=", html), url
        assert not re.search(r"<style|\sstyle=", html), url


def test_every_form_field_has_a_label(teacher_client, urls):
    for url in urls:
        html = teacher_client.get(url).text
        labelled = set(re.findall(r'<label[^>]*for="([^"]+)"', html))
        for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
            if re.search(r'type="(hidden|submit|checkbox|radio)"', tag) or "aria-label=" in tag:
                continue
            field_id = re.search(r'id="([^"]+)"', tag)
            assert field_id and field_id.group(1) in labelled, (url, tag)


def test_a_teachers_timeline_is_seen_by_its_owner_and_by_students_of_a_round_only(
    app, client, teacher_client, owned_seed
):
    """The demo's timeline is public; an imported article's is not, except through a round."""
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import rounds

    ids = owned_seed()
    with app.app_context():
        session = get_session()
        token = rounds.start_round(session, session.get(models.Quiz, ids["quiz"]), "Sam").token
        session.commit()
    timeline = f"/timelines/{ids['article']}"
    assert teacher_client.get(timeline).status_code == 200
    assert client.get(timeline).status_code == 404
    assert client.get(f"{timeline}?round=wrong").status_code == 404
    page = client.get(f"{timeline}?round={token}")
    assert page.status_code == 200
    assert f"round={token}" in page.text  # filters and events keep the way in
