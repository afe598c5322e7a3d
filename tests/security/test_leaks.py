"""Issue 13, answers that leak: option order, the timeline from a round, the running score of
"feedback at the end" quizzes, formulas in the results' CSV."""
from __future__ import annotations

import csv
import io
import re

import pytest
from markupsafe import escape

GIFT = """::capital:: Which city is the capital of France? {=Paris ~Lyon ~Nice ~Lille}
"""


def radio_options(html: str) -> list[str]:
    return re.findall(r'<input type="radio" name="answer" value="([^"]*)"', html)


def start_round(client, share: str, nickname: str = "Kim") -> str:
    page = client.get(f"/q/{share}").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    response = client.post(f"/q/{share}/rounds", data={"csrf_token": token, "nickname": nickname})
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def test_06_an_imported_question_s_right_option_is_not_always_first(teacher_client, csrf,
                                                                      client):
    token = csrf(teacher_client.get("/teacher/banks/").text)
    bank = teacher_client.post("/teacher/banks/import", content_type="multipart/form-data",
                               data={"csrf_token": token,
                                     "file": (io.BytesIO(GIFT.encode()), "capitals.gift")})
    quiz = teacher_client.post(f"{bank.headers['Location'].split('?')[0]}/quizzes",
                               data={"csrf_token": token, "name": "Capitals", "count": "1",
                                     "feedback": "immediate"})
    results = teacher_client.get(quiz.headers["Location"]).text
    share = re.search(r"/q/([\w-]+)", results).group(1)
    places = []
    for n in range(40):
        url = start_round(client, share, f"student {n}")
        shown = radio_options(client.get(url).text)
        assert sorted(shown) == ["Lille", "Lyon", "Nice", "Paris"]
        assert radio_options(client.get(url).text) == shown  # a reload keeps the order
        places.append(shown.index("Paris"))
    # the file put it first; the pages put it anywhere (all four places: 1 in 10^9 to fail)
    assert set(places) == {0, 1, 2, 3}


@pytest.mark.parametrize(("choices", "shown"), [
    (["March 2016", "1 November 2016", "2007", "the 1980s"],
     ["the 1980s", "2007", "March 2016", "1 November 2016"]),
    (["about 2014", "2012", "2016", "2010"], ["2010", "2012", "about 2014", "2016"]),
    (["1.5 million", "900,000", "2 million", "60,000"],
     ["60,000", "900,000", "1.5 million", "2 million"]),
])
def test_06_dates_and_numbers_are_shown_in_their_own_order(app, client, seeded, choices, shown):
    from quizapp import models
    from quizapp.db import get_session

    url = start_round(client, seeded["share"])  # the first question is multiple choice
    for answer in choices:  # whichever is right, the page is the same
        with app.app_context():
            question = get_session().get(models.Question, seeded["questions"]["q1"])
            question.data = {**question.data, "choices": choices, "answer": answer}
            get_session().commit()
        assert radio_options(client.get(url).text) == shown


def asked_texts(question) -> list[str]:
    """What a page must not show before the question is answered: its wording, its answer,
    and the date and summary of the event it is about."""
    from quizapp.services.timeline import _answers, date_label

    texts = [question.prompt, *_answers(question.data)]
    if question.event is not None:
        texts += [question.event.summary, date_label(question.event)]
    return [str(escape(text)) for text in texts if text not in ("True", "False")]


def answer_question(client, question_url, key, answer=None):
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(question_url).text)
    client.post(question_url, data={"csrf_token": token.group(1), **(answer or RIGHT[key])})


RIGHT = {"q1": {"answer": "Maria Lopez"}, "q3": {"answer": "Maria Lopez"},
         "q4": {"order": ["Millbrook Council began planning a bridge",
                          "Maria Lopez became mayor of Millbrook", "The bridge to Riverton opened"]},
         "q5": {"pair_0": "mayor", "pair_1": "planned the bridge",
                "pair_2": "reached by the bridge"}}


def test_07_the_timeline_from_a_round_hides_what_its_questions_ask(app, client, owned_seed):
    from quizapp import models
    from quizapp.db import get_session

    ids = owned_seed(1)  # a teacher's article: its timeline opens only from a round
    round_url = start_round(client, "share-1").split("/questions/")[0]
    token = round_url.rsplit("/", 1)[1]
    timeline = f"/timelines/{ids['article']}"
    events = ids["events"]

    def pages() -> list[str]:
        urls = [timeline, f"{timeline}/present", f"{timeline}/timelinejs.json",
                *(f"{timeline}/events/{event}" for event in events.values())]
        return [client.get(f"{url}?round={token}", headers=headers).text
                for url in urls for headers in ({}, {"HX-Request": "true"})]

    def unanswered(keys):
        with app.app_context():
            return [asked_texts(get_session().get(models.Question, ids["questions"][key]))
                    for key in keys]

    for texts in unanswered(["q1", "q2", "q3", "q4", "q5"]):
        for page in pages():
            assert not [text for text in texts if text in page]
    for key in ("q1", "q3", "q4", "q5"):
        answer_question(client, f"{round_url}/questions/{ids['questions'][key]}", key)
    # answered: their events come back; the bridge's opening still waits for q2
    page = client.get(f"{timeline}?round={token}").text
    assert "Maria Lopez became mayor of Millbrook" in page and "Back to my question" in page
    assert f'href="{round_url}"' in page
    for texts in unanswered(["q2"]):
        for page in pages():
            assert not [text for text in texts if text in page]
    hidden = client.get(f"{timeline}/events/{events['e3']}?round={token}",
                        headers={"HX-Request": "true"}).text
    assert "stays hidden until you have answered" in hidden and "Back to my question" in hidden
    opened = client.get(f"{timeline}/events/{events['e2']}?round={token}",
                        headers={"HX-Request": "true"}).text
    assert "Maria Lopez became mayor of Millbrook in March 2016." in opened
    assert "Back to my question" in opened


def test_08_feedback_at_the_end_shows_only_progress_until_the_end(app, client, seeded):
    from quizapp import models
    from quizapp.db import get_session

    with app.app_context():
        get_session().get(models.Quiz, seeded["quiz"]).feedback = "end"
        get_session().commit()
    first, second = seeded["questions"]["q1"], seeded["questions"]["q2"]
    pages = []
    for given in ("Maria Lopez", "Tom White"):  # right, then wrong
        url = start_round(client, seeded["share"])
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(url).text)[1]
        client.post(url, data={"csrf_token": token, "answer": given})
        next_page = url.replace(f"/questions/{first}", f"/questions/{second}")
        for headers in ({}, {"HX-Request": "true"}):
            html = client.get(next_page, headers=headers).text
            pages.append(re.sub(r"/rounds/[\w-]+|value=\"[^\"]*\"", "", html))
        assert "Answered</span> <strong>1 of 5" in html
    assert pages[:2] == pages[2:]  # nothing tells the right answer from the wrong one


FORMULAS = ['=HYPERLINK("http://x.example","click")', "+1+1", "-1+1", "@SUM(A1)"]


def test_09_results_csv_writes_no_formula(app, client, teacher_client, owned_seed):
    ids = owned_seed(1)
    for nickname in FORMULAS:
        round_url = start_round(client, "share-1", nickname).split("/questions/")[0]
        for key, answer in {**RIGHT, "q2": {"answer": "True"}, "q3": {"answer": "=1+1"}}.items():
            answer_question(client, f"{round_url}/questions/{ids['questions'][key]}", key, answer)
    response = teacher_client.get(f"/teacher/quizzes/{ids['quiz']}/results.csv")
    cells = [cell for row in csv.reader(io.StringIO(response.text)) for cell in row]
    assert [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))] == []
    assert set(f"'{nickname}" for nickname in FORMULAS) <= set(cells)  # shown as typed
    assert "'=1+1 (4)" in cells
