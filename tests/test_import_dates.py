"""An article whose dates count from a publication date it does not state in full
("MILLBROOK, Oct. 16": no year) is not imported without one: the import asks for the date,
prefilled with its best guess, before the engine runs, and the review lists any date that
stayed without a year."""
from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from quizapp.content.clean import clean
from quizapp.content.published import dateline_guess, dates_without_year, publication_date_need

HTMX = {"HX-Request": "true"}
TODAY = dt.date(2026, 12, 2)
# as the teacher's article: a dateline without a year, its events dated from it
ARTICLE = (
    "Flood waters close the Millbrook bridge\n\n"
    "MILLBROOK, Oct. 16 — The Millbrook Council closed the Millbrook river bridge on Friday after flood "
    "waters rose two metres overnight, Mayor Maria Lopez said.\n\n"
    "Engineers inspected the bridge the next day and found cracks in two of its piers.\n\n"
    "The Millbrook Council opened the Millbrook bridge in March 2016 after a decade of planning."
)


def test_a_dateline_without_a_year_needs_the_publication_date():
    need = publication_date_need(ARTICLE, TODAY)
    assert need is not None
    assert need.phrases == ("Friday", "the next day")
    assert need.dateline == "MILLBROOK, Oct. 16"
    assert need.guess == dt.date(2026, 10, 16)  # the dateline's day in the current year


def test_a_dated_dateline_or_no_relative_date_needs_nothing():
    assert publication_date_need(ARTICLE.replace("Oct. 16", "Oct. 16, 2026"), TODAY) is None
    assert publication_date_need("Bridge opens\n\nThe bridge opened in March 2016.", TODAY) is None


def test_without_a_dateline_the_need_has_no_guess():
    need = publication_date_need("Bridge shut\n\nThe council shut the bridge yesterday.", TODAY)
    assert need is not None and need.phrases == ("yesterday",) and need.guess is None


@pytest.mark.parametrize(("dateline", "guess"), [
    ("MILLBROOK, Oct. 16", dt.date(2026, 10, 16)),
    ("MILLBROOK, Dec. 20", dt.date(2025, 12, 20)),  # later than today: last year's
    ("MILLBROOK, Feb. 29", dt.date(2024, 2, 29)),
    ("MILLBROOK (AP)", None),
])
def test_the_guess_is_the_datelines_latest_day_up_to_today(dateline, guess):
    assert dateline_guess(dateline, TODAY) == guess


def test_a_publication_date_resolves_every_relative_date():
    assert dates_without_year(clean(ARTICLE), None) == ("Friday", "the next day")
    assert dates_without_year(clean(ARTICLE), dt.date(2026, 10, 16)) == ()


def test_with_its_date_the_demo_article_has_no_unresolved_date():
    from pathlib import Path

    text = (Path(__file__).parents[1] / "quizapp/demo/kurdistan-russia-aid.txt").read_text()
    assert dates_without_year(clean(text), dt.date(2016, 11, 8)) == ()  # "the current situation": no day


@pytest.mark.parametrize("name", ["cyclone-imani-floods", "gippsland-bushfire"])
def test_the_test_articles_with_a_yearless_dateline_ask_for_the_date(name):
    from pathlib import Path

    text = (Path(__file__).parent / "data" / f"{name}.txt").read_text(encoding="utf-8")
    need = publication_date_need(text, TODAY)
    assert need is not None and "Friday" in need.phrases and need.guess is not None


# The import form

def post_import(client, csrf, url="/teacher/imports", headers=None, **data):
    token = csrf(client.get("/teacher/imports/new").text)
    return client.post(url, data={"csrf_token": token, **data}, headers=headers or {},
                       content_type="multipart/form-data")


def import_jobs(app):
    from sqlalchemy import select

    from quizapp import models
    from quizapp.db import get_session

    with app.app_context():
        return get_session().scalars(select(models.ArticleImport)).all()


def prefilled_date(html: str) -> str:
    return re.search(r'<input[^>]*name="published"[^>]*value="([^"]*)"', html).group(1)


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_the_import_asks_for_the_date_and_keeps_the_text(app, teacher_client, csrf, headers):
    response = post_import(teacher_client, csrf, headers=headers, text=ARTICLE, published="")
    assert response.status_code == 422
    html = response.text
    assert "When was this article published?" in html
    assert "“MILLBROOK, Oct. 16” gives no year" in html and "“Friday”" in html
    assert "MILLBROOK, Oct. 16 — The Millbrook Council" in html  # the text kept in the form
    guess = dateline_guess("MILLBROOK, Oct. 16", dt.date.today())
    assert prefilled_date(html) == guess.isoformat()
    assert import_jobs(app) == []  # nothing queued without the date

    confirmed = post_import(teacher_client, csrf, text=ARTICLE, published=prefilled_date(html))
    assert confirmed.status_code == 303
    [job] = import_jobs(app)
    assert job.published.isoformat() == prefilled_date(html) and job.text == ARTICLE


def test_an_uploaded_file_that_needs_a_date_comes_back_as_text(app, teacher_client, csrf):
    response = post_import(teacher_client, csrf,
                           file=(io.BytesIO(ARTICLE.encode()), "flood.txt"))
    assert response.status_code == 422
    assert "MILLBROOK, Oct. 16 — The Millbrook Council" in response.text
    assert import_jobs(app) == []


def test_without_a_dateline_today_is_prefilled(teacher_client, csrf):
    response = post_import(teacher_client, csrf, text="Bridge shut\n\nThe council shut the "
                           "bridge yesterday, the mayor said.")
    assert response.status_code == 422
    assert "which the article does not say" in response.text
    assert prefilled_date(response.text) == dt.date.today().isoformat()


def test_filling_in_from_the_text_prefills_the_guess_and_says_so(teacher_client, csrf):
    response = post_import(teacher_client, csrf, url="/teacher/imports/preview", headers=HTMX,
                           text=ARTICLE, published="")
    assert response.status_code == 200
    assert "When was this article published?" in response.text
    assert prefilled_date(response.text).endswith("-10-16")


# With the real engine: what the date changes, and what the review shows

def test_the_date_brings_back_the_events_and_the_review_lists_what_stayed_unresolved(
        app, teacher_client):
    from quizapp import models
    from quizapp.content import analyze
    from quizapp.db import get_session
    from quizapp.services.articles import import_article

    undated, dated = analyze(ARTICLE), analyze(ARTICLE, published=dt.date(2026, 10, 16))
    assert len(dated.events) > len(undated.events)
    assert "2026-10-16" in [event.when.date.value for event in dated.events]
    assert dated.unresolved_dates == () and undated.unresolved_dates == ("Friday", "the next day")
    assert any("“Friday”" in warning for warning in undated.warnings)

    with app.app_context():
        session = get_session()
        article = import_article(session, undated, ARTICLE, owner_id=1)
        session.commit()
        article_id = article.id
        assert session.get(models.Article, article_id).unresolved_dates == ["Friday",
                                                                            "the next day"]
    review = teacher_client.get(f"/teacher/articles/{article_id}").text
    assert "Dates without a year" in review
    assert "<li>“Friday”</li>" in review and "<li>“the next day”</li>" in review
