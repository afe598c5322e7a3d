"""The timeline of the demo article (28 actors, most never in a dated event): a chip only
for an actor with events, the most frequent first, and a year taken from the article marked
once with a note, not spelled out on every date."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

DEMO = Path(__file__).parents[1] / "quizapp/demo/kurdistan-russia-aid.txt"


@pytest.fixture(scope="module")
def demo_analysis():
    from quizapp.content import analyze

    return analyze(DEMO.read_text(encoding="utf-8"), published=dt.date(2016, 11, 8))


@pytest.fixture
def demo(app, demo_analysis):
    """The demo article stored as `quizapp setup` stores it (public); its id."""
    from quizapp.db import get_session
    from quizapp.services.articles import import_article

    with app.app_context():
        session = get_session()
        article = import_article(session, demo_analysis, DEMO.read_text(encoding="utf-8"),
                                 "approved")
        session.commit()
        return article.id


def filter_chips(html: str) -> list[tuple[str, str]]:
    """(href, name) of each actor chip of the filter, Everyone left out."""
    nav = re.search(r'<nav class="actor-filter.*?</nav>', html, re.S).group()
    return [(href.replace("&amp;", "&"), name) for href, name in
            re.findall(r'<a class="chip[^"]*" href="([^"]+)".*?>([^<]+)</a>', nav, re.S)
            if name != "Everyone"]


def test_every_actor_chip_leads_to_events(client, demo, demo_analysis):
    chips = filter_chips(client.get(f"/timelines/{demo}").text)
    with_events = {actor for event in demo_analysis.events for actor in event.actors}
    assert len(demo_analysis.actors) == 28 and len(chips) == len(with_events) == 3
    for href, name in chips:
        page = client.get(href).text
        assert "No event to show" not in page, name
        assert f"Events involving <strong>{name}</strong>" in page


def test_chips_come_in_order_of_how_often_the_actor_is_in_an_event(client, demo, demo_analysis):
    names = {actor.id: actor.name for actor in demo_analysis.actors}
    counts = Counter(names[key] for event in demo_analysis.events for key in event.actors)
    shown = [name for _, name in filter_chips(client.get(f"/timelines/{demo}").text)]
    assert [counts[name] for name in shown] == sorted(counts.values(), reverse=True)
    assert counts[shown[0]] == 2


def test_a_year_from_the_article_is_marked_and_explained_once(client, demo, demo_analysis):
    html = client.get(f"/timelines/{demo}").text
    inferred = sum(event.when.date.inferred for event in demo_analysis.events)
    assert inferred == 2
    assert "year inferred from the article" not in html
    assert html.count('<abbr class="inferred-year" title="year taken from the article">*</abbr>') \
        == inferred + 1  # each such date, and the note
    assert html.count("take their year from the article") == 1


def test_the_note_shows_only_when_a_shown_date_is_marked(client, seeded):
    base = f"/timelines/{seeded['article']}"
    assert "take their year from the article" in client.get(base).text  # "1 November"
    # Maria Lopez's one event is "March 2016", its year written
    assert "take their year from the article" not in client.get(f"{base}?actor=a1").text


def test_the_projector_marks_the_date_and_says_why(client, demo, demo_analysis):
    steps = [step for step, event in enumerate(demo_analysis.events, start=1)
             if event.when.date.inferred]
    slide = client.get(f"/timelines/{demo}/present?step={steps[0]}").text
    assert 'class="inferred-year"' in slide and "take their year from the article" in slide
    hidden = client.get(f"/timelines/{demo}/present?step={steps[0]}&dates=hidden").text
    assert "take their year from the article" not in hidden  # the date is a question then
