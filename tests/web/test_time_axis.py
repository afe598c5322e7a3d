"""The timeline to scale: events at their true distance in time, zoomed to years, months, days."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

HTMX = {"HX-Request": "true"}


@pytest.fixture
def axis(client, seeded):
    return lambda query="", headers=None: client.get(
        f"/timelines/{seeded['article']}/axis{query}", headers=headers or {})


def positions(html: str) -> dict[str, float]:
    """Where each event starts on the axis, by its summary."""
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", html, re.S).group())
    found = {}
    for link in svg.iter("{http://www.w3.org/2000/svg}a"):
        title = link.find("{http://www.w3.org/2000/svg}title").text
        if "): " not in title:  # a year or month to zoom into
            continue
        shape = link.find("{http://www.w3.org/2000/svg}circle")
        x = float(shape.get("cx")) if shape is not None else float(
            link.find("{http://www.w3.org/2000/svg}rect").get("x"))
        found[title.split("): ", 1)[1]] = x
    return found


def test_events_sit_at_their_true_distance_in_time(axis):
    page = axis()
    assert page.status_code == 200 and 'aria-current="page">Time axis' in page.text
    x = positions(page.text)
    planning, mayor, bridge = (x["Millbrook Council began planning a bridge"],
                               x["Maria Lopez became mayor of Millbrook"],
                               x["The bridge to Riverton opened"])
    # "about 2014" may mean 2013 to 2015: its bar starts a year early
    days = lambda a, b: (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    assert planning < mayor < bridge
    assert (bridge - mayor) / (mayor - planning) == pytest.approx(
        days("2016-03-01", "2016-11-01") / days("2012-12-31", "2016-03-01"), rel=0.02)


def test_precision_shows_as_dot_bar_and_dashes(axis):
    svg = re.search(r"<svg.*?</svg>", axis().text, re.S).group()
    assert 'stroke-dasharray="4 3"' in svg  # "about 2014"
    assert "<circle" in svg  # 1 November 2016, known to the day
    assert "known to the month" in svg and "approximate" in svg
    assert 'role="group"' in svg and "<title>Timeline of Millbrook opens its bridge" in svg


def test_zoom_to_the_months_of_a_year_and_the_days_of_a_month(axis):
    months = axis("?zoom=month&at=2016", HTMX)
    assert months.text.lstrip().startswith('<div id="time-axis"')
    assert ">Nov<" in months.text and "zoom=day" in months.text
    days = axis("?zoom=day&at=2016-11").text
    assert ">30<" in days and "Days of November 2016" in days
    assert "The bridge to Riverton opened" in days
    assert "2 earlier events" in days


@pytest.mark.parametrize("query", ["?zoom=week", "?zoom=month&at=16", "?zoom=day&at=2016-13"])
def test_a_bad_zoom_is_a_400_with_a_message(axis, query):
    response = axis(query)
    assert response.status_code == 400
    assert "Zoom to" in response.text or "Name the year" in response.text


def test_an_event_of_unknown_year_is_listed_beside_the_axis(app, client, seeded):
    from quizapp import models
    from quizapp.db import get_session

    with app.app_context():
        db = get_session()
        db.get(models.Event, seeded["events"]["e1"]).date_value = "XXXX-05"
        db.commit()
    page = client.get(f"/timelines/{seeded['article']}/axis").text
    assert "Not on the axis: the year is unknown" in page
    assert "Millbrook Council began planning a bridge" in page.split("Not on the axis")[1]
