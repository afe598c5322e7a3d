"""Importing an article: pasted or uploaded, analysed off the request, progress by polling."""
from __future__ import annotations

import io
import time

import pytest

HTMX = {"HX-Request": "true"}


@pytest.fixture
def engine_calls(app, analysis):
    """A fixed engine in place of spaCy, recording what it was given."""
    from quizapp.content import ContentError

    calls = []

    def analyze(text, published=None, title=None):
        calls.append((text, published, title))
        if "not english" in text:
            raise ContentError("The text does not look like English.")
        return analysis

    app.config["ANALYZE"] = analyze
    return calls


def post_import(client, csrf, headers=None, **data):
    token = csrf(client.get("/teacher/imports/new").text)
    return client.post("/teacher/imports", data={"csrf_token": token, **data},
                       headers=headers or {}, content_type="multipart/form-data")


def wait_until_done(client, status_url):
    """Poll the progress widget as htmx does until it sends the teacher on."""
    for _ in range(100):
        response = client.get(status_url, headers=HTMX)
        if "HX-Redirect" in response.headers or "field-error" in response.text:
            return response
        assert 'hx-trigger="every 1s"' in response.text
        time.sleep(0.05)
    raise AssertionError("the import never finished")


def test_pasted_text_is_analysed_off_the_request_and_opens_the_review(teacher_client, csrf, engine_calls):
    response = post_import(teacher_client, csrf, text="Millbrook opened a bridge.", title="Bridge",
                           published="2016-11-02")
    assert response.status_code == 303
    status_url = response.headers["Location"]
    page = teacher_client.get(status_url)
    assert page.status_code in (200, 303)
    done = wait_until_done(teacher_client, status_url)
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


def test_an_uploaded_html_page_is_reduced_to_its_article(teacher_client, csrf, engine_calls):
    paragraph = "The council of Millbrook voted on Tuesday to open the new bridge to traffic. " * 4
    html = (f"<html><head><title>Bridge opens</title><script>alert(1)</script></head><body>"
            f"<nav>Home | News</nav><article><h1>Bridge opens</h1><p>{paragraph}</p>"
            f"<p>{paragraph}</p></article><footer>Contact us</footer></body></html>")
    response = post_import(teacher_client, csrf, file=(io.BytesIO(html.encode()), "page.html"))
    assert response.status_code == 303
    wait_until_done(teacher_client, response.headers["Location"])
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


def test_text_the_engine_refuses_fails_the_import_with_its_message(teacher_client, csrf, engine_calls):
    response = post_import(teacher_client, csrf, text="this is not english at all")
    done = wait_until_done(teacher_client, response.headers["Location"])
    assert "The text does not look like English." in done.text
    assert "hx-trigger" not in done.text  # the widget stops polling


def test_a_job_left_working_by_a_stopped_process_is_taken_again(app, db_session, analysis):
    import datetime as dt

    from quizapp import models
    from quizapp.services import imports

    job = imports.create_import(db_session, 1, "Text.", None, None)
    job.status, job.started_at = "working", models.utcnow() - dt.timedelta(minutes=6)
    db_session.commit()
    assert imports.needs_worker(job)
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
