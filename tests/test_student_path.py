"""A student's round on the server (issue 12): the feedback's order and its source sentence
shown once, focus marks, whole-word highlighting, the timeline from a round, one round for a
double click on Start, the favicon."""
from __future__ import annotations

import re

import pytest

from quizapp.services.questions import explanation_without_quote, grader_note, highlight

HTMX = {"HX-Request": "true"}
SOURCE = "Maria Lopez became mayor of Millbrook in March 2016."


# -- highlighting: whole words and names only

def test_a_term_is_marked_only_as_a_whole_word():
    sentence = "Russia and the US-led coalition met; Russians told us so."
    assert str(highlight(sentence, ["US", "Russia"])) == (
        "<mark>Russia</mark> and the <mark>US</mark>-led coalition met; Russians told us so.")


def test_an_acronym_keeps_its_case_and_a_name_does_not():
    assert str(highlight("Islamic State (IS) is near", ["IS"])) == (
        "Islamic State (<mark>IS</mark>) is near")
    assert str(highlight("the mayor of millbrook", ["Millbrook"])) == (
        "the mayor of <mark>millbrook</mark>")


def test_highlighting_escapes_and_prefers_the_longest_term():
    assert str(highlight("Maria Lopez & <Lopez>", ["Lopez", "Maria Lopez"])) == (
        "<mark>Maria Lopez</mark> &amp; &lt;<mark>Lopez</mark>&gt;")


# -- the feedback's texts

@pytest.mark.parametrize("explanation, source, expected", [
    # as the engine writes it, with a reckoning after the quote
    (f"The answer is Maria Lopez. The article says: “{SOURCE}” “In March 2016” is 2016-03.",
     SOURCE, "The answer is Maria Lopez. “In March 2016” is 2016-03."),
    (f"True. The article says: “{SOURCE}”", SOURCE, "True."),
    # an order question quotes every event's sentence, its source first
    (f"First: a; then b. The article says: “{SOURCE} The bridge opened.”", SOURCE,
     "First: a; then b."),
    # edited or imported: as it is
    ("She became mayor in 2016.", SOURCE, "She became mayor in 2016."),
    (f"Yes. The article says: “{SOURCE}”", "The bridge opened.",
     f"Yes. The article says: “{SOURCE}”"),
    ("No source.", "", "No source."),
])
def test_the_explanation_leaves_the_quote_of_the_source_to_its_box(explanation, source, expected):
    assert explanation_without_quote(explanation, source) == expected


def test_the_graders_note_is_its_feedback_before_the_explanation():
    assert grader_note("1 of 3 pairs are right. Lopez is the mayor.", "Lopez is the mayor.") == (
        "1 of 3 pairs are right.")


@pytest.fixture
def round_url(client, seeded, csrf):
    token = csrf(client.get("/").text)
    started = client.post(f"/q/{seeded['share']}/rounds",
                          data={"csrf_token": token, "nickname": "Ann"})
    assert started.status_code == 303
    return re.match(r"/rounds/[^/]+", started.headers["Location"]).group()


def post_answer(client, csrf, round_url, question_id, data, headers=None):
    token = csrf(client.get("/").text)
    return client.post(f"{round_url}/questions/{question_id}",
                       data={"csrf_token": token, **data}, headers=headers or {})


def test_feedback_gives_verdict_answer_and_next_before_the_why(client, csrf, seeded, round_url):
    response = post_answer(client, csrf, round_url, seeded["questions"]["q5"],
                           {"pair_0": "planned the bridge", "pair_1": "mayor",
                            "pair_2": "reached by the bridge"}, HTMX)
    assert response.status_code == 200
    html = response.text
    places = [html.index(text) for text in (
        'id="feedback-heading" tabindex="-1" autofocus', "Partly right: 33%",
        "1 of 3 pairs are right.", "<strong>Maria Lopez</strong> → mayor", 'class="button primary next"',
        "Lopez is the mayor, the council planned the bridge", "<blockquote>")]
    assert places == sorted(places)
    # the answered card gives the focus to the feedback, not to its prompt
    assert not re.search(r'id="prompt"[^>]*autofocus', html)


def test_the_source_sentence_shows_once(app, client, csrf, seeded, round_url):
    from quizapp import models
    from quizapp.db import get_session

    question_id = seeded["questions"]["q1"]
    with app.app_context():  # the explanation as the engine writes it, quoting the source
        question = get_session().get(models.Question, question_id)
        question.data = {**question.data,
                         "explanation": f"Maria Lopez became mayor. The article says: “{SOURCE}”"}
        get_session().commit()
    answered = post_answer(client, csrf, round_url, question_id, {"answer": "Tom White"})
    assert answered.headers["Location"].endswith(f"/questions/{question_id}#feedback")
    page = client.get(answered.headers["Location"]).text
    feedback = page[page.index('id="feedback"'):]
    assert re.sub(r"</?mark>", "", feedback).count("became mayor of Millbrook in March 2016") == 1
    assert "Maria Lopez became mayor." in feedback


def test_focus_marks_of_a_question_and_of_its_form_errors(client, csrf, seeded, round_url):
    question_id = seeded["questions"]["q1"]
    page = client.get(f"{round_url}/questions/{question_id}").text
    assert re.search(r'<h1 class="prompt" id="prompt" tabindex="-1" autofocus>', page)
    invalid = post_answer(client, csrf, round_url, question_id, {}, HTMX)
    assert invalid.status_code == 422
    assert '<div class="form-errors" role="alert" tabindex="-1" autofocus>' in invalid.text
    assert not re.search(r'id="prompt"[^>]*autofocus', invalid.text)
