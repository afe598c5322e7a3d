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
    # the statement is the source sentence itself: nothing left to say
    (f"{SOURCE} The article says: “{SOURCE}”", SOURCE, ""),
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
    # the explanation edited since the answer was graded
    assert grader_note("1 of 2 neighbouring pairs are in the right order. Old. Words.", "New.") == (
        "1 of 2 neighbouring pairs are in the right order.")


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


# -- one round for a start form posted twice

def start_form(client, share):
    """The CSRF token and the start key of the quiz's start page, as a browser gets them."""
    page = client.get(f"/q/{share}").text
    key = re.search(r'name="start_key"[^>]*value="([^"]+)"', page) or re.search(
        r'value="([^"]+)"[^>]*name="start_key"', page)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1), key.group(1)


def post_start(client, share, token, key, nickname="Ann"):
    return client.post(f"/q/{share}/rounds",
                       data={"csrf_token": token, "start_key": key, "nickname": nickname})


def round_count(app) -> int:
    from sqlalchemy import func, select

    from quizapp import models
    from quizapp.db import get_session

    with app.app_context():
        return get_session().scalar(select(func.count(models.Round.id)))


def test_a_double_click_on_start_starts_one_round(app, client, seeded):
    token, key = start_form(client, seeded["share"])
    first = post_start(client, seeded["share"], token, key)
    second = post_start(client, seeded["share"], token, key, " ann ")  # the same student
    assert first.status_code == second.status_code == 303
    assert first.headers["Location"] == second.headers["Location"]
    assert round_count(app) == 1
    # a new drawing of the form has a new key: a new attempt
    _, other_key = start_form(client, seeded["share"])
    assert other_key != key
    assert post_start(client, seeded["share"], token, other_key).headers["Location"] != (
        first.headers["Location"])
    assert round_count(app) == 2


def test_an_htmx_double_start_goes_to_the_same_round(app, client, seeded):
    token, key = start_form(client, seeded["share"])
    locations = {post_start_htmx(client, seeded["share"], token, key) for _ in range(2)}
    assert len(locations) == 1 and round_count(app) == 1


def post_start_htmx(client, share, token, key):
    response = client.post(f"/q/{share}/rounds", headers=HTMX,
                           data={"csrf_token": token, "start_key": key, "nickname": "Ann"})
    assert response.status_code == 200
    return response.headers["HX-Location"]


def test_a_start_form_used_again_after_its_round_or_by_another_starts_anew(app, client, seeded,
                                                                           csrf):
    token, key = start_form(client, seeded["share"])
    first = post_start(client, seeded["share"], token, key).headers["Location"]
    # Back to the same form, another student of the same computer
    assert post_start(client, seeded["share"], token, key, "Bob").headers["Location"] != first
    # the round finished, the same form (Back again) starts a second attempt
    round_url = re.match(r"/rounds/[^/]+", first).group()
    answers = {"q1": {"answer": "Maria Lopez"}, "q2": {"answer": "True"},
               "q3": {"answer": "Lopez"}, "q4": {"order": ORDER}, "q5": MATCH}
    for name, data in answers.items():
        assert post_answer(client, csrf, round_url, seeded["questions"][name], data).status_code == 303
    again = post_start(client, seeded["share"], token, key).headers["Location"]
    assert not again.startswith(round_url)
    assert round_count(app) == 3


ORDER = ["Millbrook Council began planning a bridge", "Maria Lopez became mayor of Millbrook",
         "The bridge to Riverton opened"]
MATCH = {"pair_0": "mayor", "pair_1": "planned the bridge", "pair_2": "reached by the bridge"}


def test_concurrent_starts_with_one_key_make_one_round(app, seeded):
    """Two, then six, posts of one start form at the same moment, each from its own thread,
    on the app's real database (a SQLite file, or PostgreSQL)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    for posts in (2, 6):
        clients = [app.test_client() for _ in range(posts)]
        tokens = [start_form(client, seeded["share"])[0] for client in clients]
        _, key = start_form(clients[0], seeded["share"])
        barrier = threading.Barrier(posts)

        def start(client, token):
            barrier.wait()
            response = post_start(client, seeded["share"], token, key)
            return response.status_code, response.headers.get("Location")

        with ThreadPoolExecutor(posts) as pool:
            results = set(pool.map(start, clients, tokens))
        assert len(results) == 1 and results.pop()[0] == 303
    assert round_count(app) == 2


def test_a_forged_start_key_is_refused_with_a_message(client, seeded):
    token, _ = start_form(client, seeded["share"])
    response = post_start(client, seeded["share"], token, "not a key!")
    assert response.status_code == 422
    assert "reload the page and start again" in response.text


# -- the timeline from a round's feedback

def test_the_event_from_a_round_shows_no_question_still_ahead(client, csrf, seeded, round_url):
    token = round_url.rsplit("/", 1)[1]
    event_url = f"/timelines/{seeded['article']}/events/{seeded['events']['e3']}"
    prompt = "The bridge to Riverton opened in November 2016."  # q2, about e3
    source = "Riverton opened on November 1 with Lopez"
    assert prompt in client.get(event_url).text  # a visitor without a round sees its questions
    # q2 answered: its feedback links to the event, from the round
    answered = post_answer(client, csrf, round_url, seeded["questions"]["q2"], {"answer": "True"},
                           HTMX).text
    link = re.search(r'href="([^"]*/events/[^"]*)"', answered).group(1).replace("&amp;", "&")
    assert link == f"{event_url}?round={token}#event-{seeded['events']['e3']}"
    link = link.split("#")[0]
    # q1, still ahead, is answered by the event's sentence ("with Lopez"): it stays hidden
    ahead = client.get(link).text
    assert prompt not in ahead and source not in ahead
    assert "Who became mayor" not in ahead
    assert f'href="/rounds/{token}"' in ahead and "Back to my question" in ahead
    for name, data in [("q1", {"answer": "Tom White"}), ("q3", {"answer": "Smith"}),
                       ("q4", {"order": ORDER}), ("q5", MATCH)]:
        post_answer(client, csrf, round_url, seeded["questions"][name], data)
    # every question answered: the event and its source show, still without question texts
    done = client.get(link).text
    assert source in done and "Back to my question" in done
    assert prompt not in done and "Questions about this event" not in done


def test_the_favicon_is_linked_and_served(client):
    page = client.get("/").text
    href = re.search(r'<link rel="icon" href="([^"]+)"', page).group(1)
    for url in (href, "/favicon.ico"):
        with client.get(url) as response:
            assert response.status_code == 200
            assert response.mimetype in ("image/vnd.microsoft.icon", "image/x-icon")
            assert response.data[:4] == b"\0\0\1\0"  # an ICO file
