"""Fair grading (issue 9): a teacher accepts more answers to a typed question, and the answers
students already gave are graded again on the server; scores and attempt totals follow."""
from __future__ import annotations

import io

import pytest
from sqlalchemy import select

HTMX = {"HX-Request": "true"}
# The sample's fill-in-the-blank question: "In March 2016, ____ became mayor of Millbrook.",
# answer "Maria Lopez", "Lopez" accepted.
TYPED = ["M. Lopez", "Maria Lopez", "m. lopez", "Mayor Lopez"]


def answer_blank(db_session, quiz_id: int, question_id: int, typed: list[str]) -> list[str]:
    """Each typed answer from its own student's round; returns the rounds' tokens."""
    from quizapp import models
    from quizapp.services import rounds

    tokens = []
    for number, text in enumerate(typed):
        round_ = rounds.start_round(db_session, db_session.get(models.Quiz, quiz_id), f"S{number}")
        db_session.commit()
        state = rounds.load_state(db_session, round_.token, question_id)
        rounds.record_answer(db_session, state, state.asked, text)
        tokens.append(round_.token)
    return tokens


def answers_url(question_id: int) -> str:
    return f"/teacher/questions/{question_id}/answers"


def graded(db_session) -> dict[str, tuple[bool, float, bool]]:
    from quizapp import models

    db_session.expire_all()
    return {a.response["value"]: (a.correct, a.score, a.regraded_at is not None)
            for a in db_session.scalars(select(models.Answer))}


def test_the_page_lists_what_students_typed_wrong_answers_first(teacher_client, ids, db_session):
    qid = ids["questions"]["q3"]
    answer_blank(db_session, ids["quiz"], qid, TYPED)
    page = teacher_client.get(answers_url(qid)).text
    # "M. Lopez" and "m. lopez" are one answer as scoring compares them: two students
    assert page.index("M. Lopez") < page.index("Mayor Lopez") < page.index(">Maria Lopez<")
    assert "(2 students)" in page and 'value="M. Lopez"' in page
    assert 'value="Maria Lopez"' not in page  # a right answer is not offered to accept


def test_accepting_what_students_typed_regrades_their_answers_and_totals(
        teacher_client, post, ids, db_session):
    from quizapp import models
    from quizapp.services import quizzes, rounds

    qid = ids["questions"]["q3"]
    tokens = answer_blank(db_session, ids["quiz"], qid, TYPED)
    response = post(answers_url(qid), data={"given": ["M. Lopez"], "accepted": "Lopez",
                                            "version": "1"})
    assert response.status_code == 303
    page = teacher_client.get(response.headers["Location"]).text
    assert "Saved and regraded: 2 answers are now right." in page
    assert graded(db_session) == {"M. Lopez": (True, 1.0, True), "m. lopez": (True, 1.0, True),
                                  "Maria Lopez": (True, 1.0, False),
                                  "Mayor Lopez": (False, 0.0, False)}
    question = db_session.get(models.Question, qid)
    assert question.data["accepted"] == ["Lopez", "M. Lopez"] and question.version == 2
    # the attempts' totals and the students' own score follow
    totals = {row.nickname: row.score for row in
              quizzes.results(db_session, db_session.get(models.Quiz, ids["quiz"])).attempts}
    assert totals == {"S0": 1.0, "S1": 1.0, "S2": 1.0, "S3": 0.0}
    assert rounds.load_state(db_session, tokens[0]).progress().score == 1.0
    # a new answer is graded with it too
    answer_blank(db_session, ids["quiz"], qid, ["m lopez"])
    assert graded(db_session)["m lopez"][0] is True


def test_taking_an_accepted_answer_back_regrades_the_other_way(post, ids, db_session):
    qid = ids["questions"]["q3"]
    answer_blank(db_session, ids["quiz"], qid, ["Lopez", "Maria Lopez"])
    response = post(answers_url(qid), headers=HTMX, data={"accepted": "", "version": "1"})
    assert response.status_code == 200 and 'id="accepted-answers"' in response.text
    assert "Saved and regraded: 1 answer is now wrong." in response.text
    assert graded(db_session)["Lopez"] == (False, 0.0, True)


def test_an_edit_of_the_accepted_answers_alone_regrades_in_place(post, ids, db_session):
    from quizapp import models

    qid = ids["questions"]["q3"]
    answer_blank(db_session, ids["quiz"], qid, ["M. Lopez"])
    data = {"prompt": "In March 2016, ____ became mayor of Millbrook.", "answer": "Maria Lopez",
            "accepted": "Lopez\nM. Lopez", "explanation": "The new mayor was Maria Lopez.",
            "source": "Maria Lopez became mayor of Millbrook in March 2016.", "version": "1"}
    response = post(f"/teacher/articles/{ids['article']}/questions/{qid}", headers=HTMX, data=data)
    assert response.status_code == 200
    assert f'id="question-{qid}"' in response.text
    assert "Saved and regraded: 1 answer is now right." in response.text
    db_session.expire_all()
    question = db_session.get(models.Question, qid)
    assert question.replaced_by_id is None  # no new version: the same question, more answers
    assert graded(db_session)["M. Lopez"] == (True, 1.0, True)


def test_earlier_versions_asking_the_same_answer_are_regraded_too(teacher_client, post, ids,
                                                                   db_session):
    from quizapp import models

    qid = ids["questions"]["q3"]
    answer_blank(db_session, ids["quiz"], qid, ["M. Lopez"])
    data = {"prompt": "In March 2016, ____ was elected mayor of Millbrook.",
            "answer": "Maria Lopez", "accepted": "Lopez", "version": "1"}
    assert post(f"/teacher/articles/{ids['article']}/questions/{qid}", data=data).status_code == 303
    db_session.expire_all()
    successor = db_session.get(models.Question, qid).replaced_by_id
    assert successor is not None
    # the old version's page leads to the question as it is now
    assert teacher_client.get(answers_url(qid)).headers["Location"] == answers_url(successor)
    response = post(answers_url(successor), data={"given": ["M. Lopez"], "accepted": "Lopez",
                                                  "version": "1"})
    assert response.status_code == 303
    assert graded(db_session)["M. Lopez"] == (True, 1.0, True)
    old = db_session.get(models.Question, qid)
    assert old.data["accepted"] == ["Lopez", "M. Lopez"]
    # the new version, answered in its turn, takes accepted answers in place as well
    answer_blank(db_session, ids["quiz"], successor, ["Mayor Lopez"])
    data |= {"accepted": "Lopez\nM. Lopez\nMayor Lopez", "version": "2"}
    edit = post(f"/teacher/articles/{ids['article']}/questions/{successor}", headers=HTMX,
                data=data)
    assert "Saved and regraded: 1 answer is now right." in edit.text
    db_session.expire_all()
    assert db_session.get(models.Question, successor).replaced_by_id is None


def test_a_question_students_pick_from_takes_no_accepted_answers(teacher_client, post, ids,
                                                                 db_session):
    from quizapp import models

    qid = ids["questions"]["q1"]
    assert "fill in the blank" in teacher_client.get(answers_url(qid)).text
    response = post(answers_url(qid), data={"accepted": "Lopez", "version": "1"})
    assert response.status_code == 422 and "Nothing was saved." in response.text
    db_session.expire_all()
    assert db_session.get(models.Question, qid).data["accepted"] == []


@pytest.mark.parametrize(("data", "status", "message"), [
    ({"accepted": "x" * 301, "version": "1"}, 422, "at most 300 characters"),
    ({"accepted": "Lo\x00pez", "version": "1"}, 422, "cannot be stored"),
    ({"given": ["Nobody typed this"], "version": "1"}, 422, "No student typed that answer"),
    ({"accepted": "Lopez", "version": "x"}, 422, "This form is damaged"),
    ({"accepted": "M. Lopez", "version": "7"}, 409, "Someone saved this question"),
])
def test_bad_input_gets_a_message_and_changes_nothing(post, ids, db_session, data, status,
                                                      message):
    qid = ids["questions"]["q3"]
    answer_blank(db_session, ids["quiz"], qid, ["M. Lopez"])
    response = post(answers_url(qid), headers=HTMX, data=data)
    assert response.status_code == status and message in response.text
    assert graded(db_session)["M. Lopez"] == (False, 0.0, False)


def test_another_teacher_can_neither_see_nor_regrade(app, make_teacher, log_in, ids, csrf,
                                                     db_session):
    qid = ids["questions"]["q3"]
    answer_blank(db_session, ids["quiz"], qid, ["M. Lopez"])
    make_teacher("ada@school.example")
    other = app.test_client()
    log_in(other, make_teacher("eve@school.example"))
    token = csrf(other.get("/teacher/").text)
    assert other.get(answers_url(qid)).status_code == 404
    response = other.post(answers_url(qid), data={"csrf_token": token, "given": ["M. Lopez"],
                                                  "accepted": "M. Lopez", "version": "1"})
    assert response.status_code == 404
    assert graded(db_session)["M. Lopez"] == (False, 0.0, False)


def test_an_imported_bank_question_has_its_accepted_answers_page(teacher_client, post):
    gift = "::Mayor:: Who became mayor of Millbrook? {=Maria Lopez =Lopez}\n".encode()
    bank = post("/teacher/banks/import", content_type="multipart/form-data",
                data={"file": (io.BytesIO(gift), "mayor.gift")}).headers["Location"]
    page = teacher_client.get(bank.split("?")[0]).text
    link = page.split('href="/teacher/questions/')[1].split('"')[0]
    answers = teacher_client.get(f"/teacher/questions/{link}")
    assert answers.status_code == 200 and "Back to your banks" in answers.text
    assert "Lopez" in answers.text
