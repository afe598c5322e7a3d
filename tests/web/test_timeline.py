"""The timeline: by year, dates at their precision, actor filter, events opened in place,
presentation mode, print stylesheet and the TimelineJS download."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

HTMX = {"HX-Request": "true"}


@pytest.fixture
def base(seeded):
    return f"/timelines/{seeded['article']}"


def test_timeline_is_chronological_and_grouped_by_year(client, base):
    page = client.get(base)
    assert page.status_code == 200
    assert "HX-Request" in page.headers["Vary"]
    html = page.text
    years = [html.index(f'">{year}</h2>') for year in ("2014", "2016")]
    assert years == sorted(years)
    summaries = [
        "Millbrook Council began planning a bridge",
        "Maria Lopez became mayor of Millbrook",
        "The bridge to Riverton opened",
    ]
    positions = [html.index(summary) for summary in summaries]
    assert positions == sorted(positions)


def test_dates_show_at_their_true_precision(client, base):
    html = client.get(base).text
    assert "<time>about 2014</time>" in html
    assert "<time>March 2016</time>" in html
    assert '<time>1 November 2016<abbr class="inferred-year"' in html  # see test_timeline_chips


def test_filter_by_actor_as_page_and_fragment(client, base):
    page = client.get(f"{base}?actor=a1")
    assert page.status_code == 200
    assert "Maria Lopez became mayor" in page.text
    assert "The bridge to Riverton opened" not in page.text
    fragment = client.get(f"{base}?actor=a3", headers=HTMX)
    assert fragment.text.lstrip().startswith('<div id="timeline-events"')
    assert "The bridge to Riverton opened" in fragment.text
    assert "Maria Lopez became mayor" not in fragment.text
    # An unknown actor shows everything rather than an error.
    assert "Maria Lopez became mayor" in client.get(f"{base}?actor=nobody").text


def test_an_event_opens_in_place_with_its_source_and_questions(client, base, seeded):
    url = f"{base}/events/{seeded['events']['e2']}"
    fragment = client.get(url, headers=HTMX)
    assert fragment.status_code == 200
    assert fragment.text.lstrip().startswith(f'<article id="event-{seeded["events"]["e2"]}"')
    assert "Maria Lopez became mayor of Millbrook in March 2016." in fragment.text
    assert "Who became mayor of Millbrook in March 2016?" in fragment.text
    page = client.get(url)
    assert "<html" in page.text and "is-open" in page.text
    closed = client.get(f"{url}?open=0", headers=HTMX)
    assert "Who became mayor" not in closed.text


@pytest.mark.parametrize("path", ["/timelines/999", "/timelines/999/present", "/timelines/999/timelinejs.json"])
def test_unknown_article_is_404(client, seeded, path):
    assert client.get(path).status_code == 404


def test_unknown_event_is_404(client, base):
    assert client.get(f"{base}/events/999").status_code == 404


def test_presentation_steps_one_event_at_a_time(client, base):
    first = client.get(f"{base}/present")
    assert first.status_code == 200
    assert 'class="presenting"' in first.text
    assert "1 / 3" in first.text and "Millbrook Council began planning a bridge" in first.text
    second = client.get(f"{base}/present?step=2", headers=HTMX)
    assert second.text.lstrip().startswith('<section id="slide"')
    assert "Maria Lopez became mayor" in second.text
    assert 'data-key="ArrowLeft PageUp"' in second.text
    assert 'data-key="ArrowRight PageDown Space"' in second.text
    assert "3 / 3" in client.get(f"{base}/present?step=99").text


def test_presentation_hides_and_reveals_dates(client, base):
    hidden = client.get(f"{base}/present?step=2&dates=hidden", headers=HTMX).text
    assert "March 2016" not in hidden and "When was it?" in hidden
    assert "dates=hidden" in hidden  # next and previous keep the dates hidden
    assert "March 2016" in client.get(f"{base}/present?step=2", headers=HTMX).text


def test_timelinejs_download(client, base):
    response = client.get(f"{base}/timelinejs.json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    data = json.loads(response.data)
    assert data["title"]["text"]["headline"] == "Millbrook opens its bridge"
    dates = [event["start_date"] for event in data["events"]]
    assert dates == [{"year": "2014"}, {"year": "2016", "month": "3"},
                     {"year": "2016", "month": "11", "day": "1"}]
    assert data["events"][1]["display_date"] == "March 2016"


def test_print_stylesheet_hides_controls():
    css = (Path(__file__).parents[2] / "static/css/app.css").read_text()
    assert "@media print" in css


@pytest.mark.parametrize(
    "value, precision, inferred, label, year",
    [
        ("2016-11-01", "day", True, "1 November 2016", "2016"),
        ("XXXX-03", "month", True, "March", "Year unknown"),
        ("198X", "decade", False, "the 1980s", "1980s"),
    ],
)
def test_date_and_year_labels(value, precision, inferred, label, year):
    from quizapp import models
    from quizapp.services import timeline

    event = models.Event(date_value=value, precision=precision, inferred=inferred)
    assert (timeline.date_label(event), timeline.year_label(event)) == (label, year)
