"""Instant questions from a timeline's events, and asking them from the presenter."""
from __future__ import annotations

import random
import re
from collections import Counter

import pytest


def event(id_, value, precision, summary, position=0):
    from quizapp import models

    return models.Event(id=id_, date_value=value, precision=precision, summary=summary,
                        sentence=f"{summary}.", position=position, when_text="", inferred=False)


EVENTS = [event(1, "2014", "approximate", "Planning began", 0),
          event(2, "2016-03", "month", "A mayor was elected", 1),
          event(3, "2016-11-01", "day", "The bridge opened", 2),
          event(4, "XXXX-05", "month", "A fair was held", 3)]


def test_which_came_first_pairs_the_nearest_event_that_surely_came_before_or_after():
    from quizapp.content.scoring import grade
    from quizapp.services.instant import which_came_first

    question = which_came_first(EVENTS, EVENTS[2])
    assert question.prompt == "Which came first?"
    assert question.choices == ("A mayor was elected", "The bridge opened")  # alphabetical
    assert grade(question, "A mayor was elected").correct
    # "about 2014" may be 2013 to 2015: still surely before March 2016
    assert which_came_first(EVENTS, EVENTS[0]).answer == "Planning began"


def test_when_was_it_offers_four_dates_with_the_right_one_anywhere():
    from quizapp.services.instant import when_was_it

    places = Counter()
    for seed in range(200):
        question = when_was_it(EVENTS, EVENTS[1], random.Random(seed))
        assert len(set(question.choices)) == 4 and question.answer == "March 2016"
        places[question.choices.index("March 2016")] += 1
    assert set(places) == {0, 1, 2, 3} and min(places.values()) > 30
    day = when_was_it(EVENTS, EVENTS[2], random.Random(1))
    assert "1 November 2016" in day.choices and all(c.endswith("2016") for c in day.choices)
    assert when_was_it(EVENTS, EVENTS[0], random.Random(0)).answer == "about 2014"


def test_an_event_of_unknown_year_makes_no_instant_question():
    from quizapp.services.instant import InstantError, available_kinds, instant_question

    assert available_kinds(EVENTS, EVENTS[3]) == []
    assert available_kinds(EVENTS, EVENTS[1]) == ["first", "when"]
    with pytest.raises(InstantError):
        instant_question(EVENTS, EVENTS[3], "first")
    with pytest.raises(InstantError):
        instant_question(EVENTS, EVENTS[1], "guess")


def test_the_presenter_asks_the_class_and_the_phones_answer(app, client, make_teacher, log_in,
                                                            seeded, csrf):
    base = f"/timelines/{seeded['article']}/present?step=2"
    assert "Ask the class" not in client.get(base).text  # only for a teacher
    teacher = app.test_client()
    log_in(teacher, make_teacher())
    slide = teacher.get(base).text
    assert 'data-key="q"' in slide and 'data-key="w"' in slide
    ask = f"/teacher/timelines/{seeded['article']}/events/{seeded['events']['e2']}/ask"
    response = teacher.post(ask, data={"csrf_token": csrf(slide), "kind": "first"})
    host = response.headers["Location"]
    board = teacher.get(host).text
    assert "Which came first?" in board and "Back to the timeline" in board
    assert f"/present?step=2" in board
    code = re.search(r"Code <strong>(\d+)", board).group(1)

    student = app.test_client()
    token = csrf(student.get("/join").text)
    seat = student.post("/join", data={"csrf_token": token, "code": code,
                                       "nickname": "Ann"}).headers["Location"]
    assert "Which came first?" in student.get(seat).text  # joined late, at the question
    student.post(f"{seat}/answer", data={"csrf_token": token,
                                         "answer": "Millbrook Council began planning a bridge"})
    version = re.search(r'name="version" value="(\d+)"', teacher.get(host).text).group(1)
    teacher.post(f"{host}/step", data={"csrf_token": csrf(slide), "action": "reveal",
                                       "version": version})
    assert "Right!" in student.get(seat).text
    # the next question goes to the same session, with the same code
    again = teacher.post(ask, data={"csrf_token": csrf(slide), "kind": "when"})
    assert again.headers["Location"] == host
    assert "When was it?" in student.get(seat).text
    bad = teacher.post(ask, data={"csrf_token": csrf(slide), "kind": "guess"})
    assert bad.status_code == 422
