"""Issue 13, answers that leak: option order, the timeline from a round, the running score of
"feedback at the end" quizzes, formulas in the results' CSV."""
from __future__ import annotations

import io
import re

import pytest

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
    quiz = teacher_client.post(f"{bank.headers['Location']}/quizzes",
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
