"""Importing an article: pasted or uploaded, queued for a worker, progress by polling."""
from __future__ import annotations

import io

import pytest

HTMX = {"HX-Request": "true"}


class FixedEngine:
    """A fixed engine in place of spaCy, recording what it was given."""

    def __init__(self, analysis):
        self.analysis, self.calls = analysis, []

    def __call__(self, text, published=None, title=None):
        from quizapp.content import ContentError

        self.calls.append((text, published, title))
        if "not english" in text:
            raise ContentError("The text does not look like English.")
        return self.analysis


@pytest.fixture
def engine(analysis):
    return FixedEngine(analysis)


@pytest.fixture
def engine_calls(engine):
    return engine.calls


@pytest.fixture
def run_worker(app, engine):
    """Run the queued imports as `quizapp worker` does, with the fixed engine."""
    from quizapp.services import imports

    return lambda: imports.work(app.extensions["quizapp.sessionmaker"], engine)


def post_import(client, csrf, headers=None, **data):
    token = csrf(client.get("/teacher/imports/new").text)
    return client.post("/teacher/imports", data={"csrf_token": token, **data},
                       headers=headers or {}, content_type="multipart/form-data")


def poll_when_done(client, status_url):
    """The progress widget's poll, as htmx makes it, once the worker is done."""
    response = client.get(status_url, headers=HTMX)
    assert "HX-Redirect" in response.headers or "field-error" in response.text, response.text
    return response


def test_pasted_text_is_analysed_off_the_request_and_opens_the_review(teacher_client, csrf,
                                                                       engine_calls, run_worker):
    response = post_import(teacher_client, csrf, text="Millbrook opened a bridge.", title="Bridge",
                           published="2016-11-02")
    assert response.status_code == 303
    status_url = response.headers["Location"]
    page = teacher_client.get(status_url)
    assert page.status_code == 200 and "Waiting for the engine" in page.text
    assert engine_calls == []  # the web app only queues it
    run_worker()
    done = poll_when_done(teacher_client, status_url)
    review_url = done.headers["HX-Redirect"]
    assert review_url.startswith("/teacher/articles/")
    text, published, title = engine_calls[0]
    assert (text, published.isoformat(), title) == ("Millbrook opened a bridge.", "2016-11-02", "Bridge")
    review = teacher_client.get(review_url)
    assert "Who became mayor of Millbrook in March 2016?" in review.text


def test_the_progress_page_refreshes_itself_without_javascript(teacher_client, db_session):
    from quizapp.services import imports

    from quizapp import models

    job = imports.create_import(db_session, 1, "Some text.", None, None)
    job.status, job.started_at = "working", models.utcnow()  # as a worker elsewhere left it
    db_session.commit()
    page = teacher_client.get(f"/teacher/imports/{job.id}")
    assert '<meta http-equiv="refresh" content="3">' in page.text
    assert "Analysing the article" in page.text


def test_an_uploaded_html_page_is_reduced_to_its_article(teacher_client, csrf, engine_calls,
                                                        run_worker):
    paragraph = "The council of Millbrook voted on Tuesday to open the new bridge to traffic. " * 4
    html = (f"<html><head><title>Bridge opens</title><script>alert(1)</script></head><body>"
            f"<nav>Home | News</nav><article><h1>Bridge opens</h1><p>{paragraph}</p>"
            f"<p>{paragraph}</p></article><footer>Contact us</footer></body></html>")
    # the page states no date, and "on Tuesday" counts from it (tests/test_import_dates.py)
    response = post_import(teacher_client, csrf, file=(io.BytesIO(html.encode()), "page.html"),
                           published="2016-11-02")
    assert response.status_code == 303
    run_worker()
    poll_when_done(teacher_client, response.headers["Location"])
    text, _, title = engine_calls[0]
    assert title == "Bridge opens"
    assert "voted on Tuesday" in text and "alert" not in text and "Contact us" not in text


@pytest.mark.parametrize(("data", "message"), [
    ({"text": "  "}, "Paste the article&#39;s text or upload a file."),
    ({"file": (b"\xff\xfe\x00x", "a.txt")}, "The file is not UTF-8 text."),
    ({"file": (b"text", "a.pdf")}, "Upload a .txt, .md or .html file."),
    ({"file": (b"<html><body><p>Hi</p></body></html>", "a.html")}, "article"),
    ({"text": "x", "published": "2016-13-45"}, "Not a valid date value."),
])
def test_bad_input_gets_a_clear_message_on_the_form(teacher_client, csrf, engine_calls, data, message):
    if "file" in data:  # a fresh file for each run of the test
        content, name = data["file"]
        data = {**data, "file": (io.BytesIO(content), name)}
    response = post_import(teacher_client, csrf, headers=HTMX, **data)
    assert response.status_code == 422
    assert 'id="import-form"' in response.text and message in response.text
    assert engine_calls == []


def test_text_the_engine_refuses_fails_the_import_with_its_message(teacher_client, csrf,
                                                                    run_worker):
    response = post_import(teacher_client, csrf, text="this is not english at all")
    run_worker()
    done = poll_when_done(teacher_client, response.headers["Location"])
    assert "The text does not look like English." in done.text
    assert "hx-trigger" not in done.text  # the widget stops polling


def test_a_job_left_working_by_a_stopped_process_is_taken_again(app, db_session, analysis):
    import datetime as dt

    from quizapp import models
    from quizapp.services import imports

    job = imports.create_import(db_session, 1, "Text.", None, None)
    job.status, job.claimed_by = "working", "a worker that died"
    job.heartbeat_at = models.utcnow() - imports.STALE_AFTER - dt.timedelta(seconds=1)
    db_session.commit()
    imports.work(app.extensions["quizapp.sessionmaker"], lambda *a, **k: analysis)
    db_session.refresh(job)
    assert job.status == "done" and db_session.get(models.Article, job.article_id).owner_id == 1


def test_pasted_text_fills_in_the_title_and_date_it_states(teacher_client, csrf, engine_calls):
    text = ("Millbrook opens its bridge\n\nMILLBROOK, Nov. 2, 2016 - The bridge to Riverton "
            "opened on Tuesday.\n\nThe mayor cut the ribbon.")
    token = csrf(teacher_client.get("/teacher/imports/new").text)
    response = teacher_client.post("/teacher/imports/preview", headers=HTMX,
                                   data={"csrf_token": token, "text": text})
    assert response.status_code == 200 and 'id="import-form"' in response.text
    assert 'value="Millbrook opens its bridge"' in response.text
    assert 'value="2016-11-02"' in response.text
    kept = teacher_client.post("/teacher/imports/preview", headers=HTMX,
                               data={"csrf_token": token, "text": text, "title": "Mine"})
    assert 'value="Mine"' in kept.text
    assert engine_calls == []  # reading the title and date needs no analysis
