"""The correct answer is nowhere in a question page before the student answers.

The strongest check: a question page must not change when only the answer changes. Each
question's stored answer is swapped for another valid one and every page is compared, as a
full page and as an htmx fragment; the explanation and source must not appear either.
"""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

HTMX = {"HX-Request": "true"}


def other_answer(data: dict):
    """Another answer the question could have had, of the same kind."""
    answer = data["answer"]
    if data["kind"] in ("multiple_choice", "true_false"):
        return next(choice for choice in data["choices"] if choice != answer)
    if data["kind"] == "fill_blank":
        return "Somebody Else"
    if data["kind"] == "order":
        return list(reversed(answer))
    lefts = [left for left, _ in answer]
    rights = [right for _, right in answer]
    return [[left, right] for left, right in zip(lefts, rights[1:] + rights[:1])]


def question_pages(client, round_url, question_ids, headers):
    pages = {}
    for question_id in question_ids:
        html = client.get(f"{round_url}/questions/{question_id}", headers=headers).text
        pages[question_id] = re.sub(r'name="csrf_token"[^>]*value="[^"]+"', "", html)
    return pages


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_question_pages_do_not_depend_on_the_answer(app, client, seeded, csrf, headers):
    from quizapp import models
    from quizapp.db import get_session

    token = csrf(client.get("/").text)
    start = client.post(
        f"/q/{seeded['share']}/rounds", data={"csrf_token": token, "nickname": "Eve"}
    )
    round_url = re.match(r"(/rounds/[^/]+)", start.headers["Location"]).group(1)
    ids = list(seeded["questions"].values())
    before = question_pages(client, round_url, ids, headers)

    with app.app_context():
        session = get_session()
        for question in session.scalars(select(models.Question)):
            data = dict(question.data)
            for text in (data["explanation"], data["source"]):
                assert text not in before[question.id]
            if data["kind"] == "fill_blank":
                assert data["answer"] not in before[question.id]
            question.data = {**data, "answer": other_answer(data), "accepted": []}
        session.commit()

    after = question_pages(client, round_url, ids, headers)
    assert after == before
