"""Quiz rounds through HTTP: start, answer each kind, feedback, resume, results, retry."""
from __future__ import annotations

import json
import re

import pytest

HTMX = {"HX-Request": "true"}
RIGHT = {
    "q1": {"answer": "Maria Lopez"},
    "q2": {"answer": "True"},
    "q3": {"answer": "  lopez. "},  # an alias, other case, stray punctuation and spaces
    "q4": {"order": [
        "Millbrook Council began planning a bridge",
        "Maria Lopez became mayor of Millbrook",
        "The bridge to Riverton opened",
    ]},
    "q5": {"pair_0": "mayor", "pair_1": "planned the bridge", "pair_2": "reached by the bridge"},
}
WRONG = {"q1": {"answer": "Tom White"}, "q2": {"answer": "False"}, "q3": {"answer": "Smith"}}


@pytest.fixture
def start(client, seeded, csrf):
    """Start a round; returns the URL of its first question."""

    def start_round(nickname="Ann"):
        token = csrf(client.get("/").text)
        response = client.post(
            f"/q/{seeded['share']}/rounds", data={"csrf_token": token, "nickname": nickname}
        )
        assert response.status_code == 303
        return response.headers["Location"]

    return start_round


@pytest.fixture
def answer(client, seeded, csrf):
    """Post an answer to a question of a round, as a plain form or with htmx."""

    def post(round_url, key, data, headers=None):
        url = f"{round_token_url(round_url)}/questions/{seeded['questions'][key]}"
        token = csrf(client.get("/").text)  # one token per session, valid on every form
        return client.post(url, data={"csrf_token": token, **data}, headers=headers or {})

    return post


def round_token_url(url: str) -> str:
    return re.match(r"(/rounds/[^/]+)", url).group(1)


def test_starting_a_round_goes_to_its_first_question(client, start, seeded):
    url = start()
    assert url.endswith(f"/questions/{seeded['questions']['q1']}")
    page = client.get(url)
    assert page.status_code == 200
    assert "Who became mayor of Millbrook in March 2016?" in page.text
    assert "playing as <strong>Ann</strong>" in page.text
    assert "HX-Request" in page.headers["Vary"]


def test_htmx_start_answers_with_hx_location(client, seeded, csrf):
    token = csrf(client.get("/").text)
    response = client.post(
        f"/q/{seeded['share']}/rounds", data={"csrf_token": token, "nickname": "Bo"},
        headers=HTMX,
    )
    assert response.status_code == 200
    location = json.loads(response.headers["HX-Location"])
    assert location["path"].startswith("/rounds/") and location["target"] == "#main"


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_blank_nickname_is_a_422_with_the_form_again(client, seeded, csrf, headers):
    token = csrf(client.get("/").text)
    response = client.post(
        f"/q/{seeded['share']}/rounds", data={"csrf_token": token, "nickname": "   "},
        headers=headers,
    )
    assert response.status_code == 422
    assert "Type a nickname to start." in response.text
    assert ("<html" in response.text) == (not headers)


def test_starting_an_unknown_quiz_is_404(client, seeded, csrf):
    token = csrf(client.get("/").text)
    response = client.post("/q/no-such-link/rounds", data={"csrf_token": token, "nickname": "A"})
    assert response.status_code == 404


def test_question_page_as_htmx_fragment(client, start):
    response = client.get(start(), headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="round"')
    assert "<html" not in response.text


@pytest.mark.parametrize("key", ["q1", "q2", "q3", "q4", "q5"])
def test_each_kind_answered_right_scores_a_point(client, start, answer, key):
    url = start()
    response = answer(url, key, RIGHT[key])
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).text
    assert "Right!" in page
    assert re.search(r"Score</span> <strong>1</strong>", page)


@pytest.mark.parametrize("key", ["q1", "q2", "q3"])
def test_a_wrong_answer_shows_the_right_one(client, start, answer, key):
    url = start()
    page = client.get(answer(url, key, WRONG[key]).headers["Location"]).text
    assert "Not quite." in page
    assert "The answer: <strong>" in page
    assert re.search(r"Score</span> <strong>0</strong>", page)


def test_order_half_right_earns_partial_credit(client, start, answer):
    url = start()
    items = RIGHT["q4"]["order"]
    page = client.get(answer(url, "q4", {"order": [items[1], items[2], items[0]]}).headers["Location"]).text
    score = float(re.search(r"Score</span> <strong>([\d.]+)</strong>", page).group(1))
    assert 0 < score < 1
    assert "Partly right: 50%" in page


def test_htmx_answer_swaps_feedback_and_updates_status_out_of_band(client, start, answer, seeded):
    url = start()
    response = answer(url, "q1", RIGHT["q1"], headers=HTMX)
    assert response.status_code == 200
    html = response.text
    assert html.lstrip().startswith('<section id="question-card"')
    assert '<div id="feedback" hx-swap-oob="true">' in html
    assert '<div id="round-status" class="round-status" hx-swap-oob="true">' in html
    assert "Maria Lopez became mayor in March 2016." in html  # the explanation
    # The source, its key words marked: the answer and the date as the article wrote it.
    assert "<mark>Maria Lopez</mark> became mayor of Millbrook <mark>in March 2016</mark>" in html
    event = seeded["events"]["e2"]
    assert f"/timelines/{seeded['article']}/events/{event}" in html
    assert f'hx-get="{round_token_url(url)}/questions/{seeded["questions"]["q2"]}"' in html
    assert "Streak</span> <strong>1</strong>" in html


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_an_empty_answer_is_a_422_with_the_question_again(client, start, answer, headers):
    response = answer(start(), "q1", {}, headers=headers)
    assert response.status_code == 422
    assert "Pick an answer." in response.text
    assert ("<html" in response.text) == (not headers)


def test_answering_twice_does_not_change_the_score(client, start, answer):
    url = start()
    answer(url, "q1", WRONG["q1"])
    second = answer(url, "q1", RIGHT["q1"])
    page = client.get(second.headers["Location"]).text
    assert "Not quite." in page
    assert re.search(r"Score</span> <strong>0</strong>", page)
    assert "Answered</span> <strong>1 of 5</strong>" in page


def test_a_reload_resumes_at_the_first_unanswered_question(client, start, answer, seeded):
    url = start()
    answer(url, "q1", RIGHT["q1"])
    answer(url, "q2", RIGHT["q2"])
    resumed = client.get(round_token_url(url))
    assert resumed.status_code == 303
    assert resumed.headers["Location"].endswith(f"/questions/{seeded['questions']['q3']}")
    # An answered question still shows its feedback after a reload.
    page = client.get(url).text
    assert "Right!" in page and "Your answer: <strong>Maria Lopez</strong>" in page


def test_a_tampered_round_or_question_is_404(client, start, seeded):
    url = start()
    token_url = round_token_url(url)
    assert client.get(token_url + "x").status_code == 404
    assert client.get(f"{token_url}x/questions/{seeded['questions']['q1']}").status_code == 404
    assert client.get(f"{token_url}/questions/999").status_code == 404


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_post_without_a_valid_csrf_token_is_refused(client, start, seeded, headers):
    url = start()
    response = client.post(url, data={"csrf_token": "forged", "answer": "Tom White"}, headers=headers)
    assert response.status_code == 400
    assert "Reload it and try again." in response.text
    assert ("<html" in response.text) == (not headers)
    assert "Answered</span> <strong>0 of 5</strong>" in client.get(url).text


def test_order_moves_without_javascript(client, start, answer, seeded, csrf):
    url = f"{round_token_url(start())}/questions/{seeded['questions']['q4']}"
    items = sorted(RIGHT["q4"]["order"], key=str.casefold)
    token = csrf(client.get(url).text)
    response = client.post(url, data={"csrf_token": token, "order": items, "move": "2:up"})
    assert response.status_code == 200
    shown = re.findall(r'<input type="hidden" name="order" value="([^"]+)">', response.text)
    assert shown == [items[0], items[2], items[1]]
    assert "Answered</span> <strong>0 of 5</strong>" in response.text


def test_results_list_every_answer_and_retry_the_missed(client, start, answer, seeded, csrf):
    url = start()
    for key in RIGHT:
        answer(url, key, WRONG.get(key, RIGHT[key]))
    results = client.get(round_token_url(url))
    assert results.headers["Location"].endswith("/results")
    page = client.get(results.headers["Location"])
    assert page.status_code == 200
    assert "You scored 2 out of 5" in page.text
    assert "Time:" in page.text
    assert page.text.count('class="card result ') == 5
    assert "Retry the 3 I missed" in page.text
    fragment = client.get(results.headers["Location"], headers=HTMX)
    assert fragment.text.lstrip().startswith('<div id="round"')

    retry = client.post(f"{round_token_url(url)}/retry", data={"csrf_token": csrf(page.text)})
    assert retry.status_code == 303
    retry_url = retry.headers["Location"]
    assert round_token_url(retry_url) != round_token_url(url)
    assert retry_url.endswith(f"/questions/{seeded['questions']['q1']}")
    retry_page = client.get(retry_url).text
    assert "Answered</span> <strong>0 of 3</strong>" in retry_page
    # The retry round holds only the missed questions: the others are 404 in it.
    q4 = seeded["questions"]["q4"]
    assert client.get(f"{round_token_url(retry_url)}/questions/{q4}").status_code == 404


def test_results_before_the_end_send_back_to_the_round(client, start):
    url = start()
    response = client.get(f"{round_token_url(url)}/results")
    assert response.status_code == 303
    assert response.headers["Location"] == url


def test_htmx_errors_go_to_the_alert_area(client, start):
    response = client.get(f"{round_token_url(start())}x", headers=HTMX)
    assert response.status_code == 404
    assert response.headers["HX-Retarget"] == "#alert"
    assert "<html" not in response.text


def test_htmx_resume_and_retry_navigate_with_hx_location(client, start, answer, csrf):
    url = start()
    resumed = client.get(round_token_url(url), headers=HTMX)
    assert json.loads(resumed.headers["HX-Location"])["path"] == url
    for key in RIGHT:
        answer(url, key, WRONG.get(key, RIGHT[key]))
    token = csrf(client.get("/").text)
    retry = client.post(f"{round_token_url(url)}/retry", data={"csrf_token": token}, headers=HTMX)
    assert retry.status_code == 200
    assert json.loads(retry.headers["HX-Location"])["path"].startswith("/rounds/")


def test_a_history_restore_gets_the_full_page(client, start):
    restore = {**HTMX, "HX-History-Restore-Request": "true"}
    assert "<html" in client.get(start(), headers=restore).text


def test_a_round_with_nothing_missed_offers_no_retry(client, start, answer, csrf):
    url = start()
    for key, data in RIGHT.items():
        answer(url, key, data)
    results = client.get(f"{round_token_url(url)}/results").text
    assert "You scored 5 out of 5" in results and "Retry" not in results
    token = csrf(client.get("/").text)
    again = client.post(f"{round_token_url(url)}/retry", data={"csrf_token": token})
    assert again.headers["Location"].endswith("/results")


def test_the_home_page_offers_to_continue_an_unfinished_round(client, start, answer):
    assert "Continue my round" not in client.get("/").text
    url = start()
    answer(url, "q1", RIGHT["q1"])
    home = client.get("/").text
    assert "1 of 5 answered" in home
    assert f'href="{round_token_url(url)}">Continue my round' in home
    for key, data in RIGHT.items():
        answer(url, key, data)
    assert "Continue my round" not in client.get("/").text
