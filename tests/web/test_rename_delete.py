"""Issue 12: a teacher renames and deletes their articles and banks. Deleting never loses a
student's answer: questions a quiz, a round or another bank uses stay where they are used.
Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL (foreign keys enforced on both)."""
from __future__ import annotations

import pytest
from playing import play
from sqlalchemy import func, select

HTMX = {"HX-Request": "true"}


def count(session, model) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model))


def scores(session, quiz_id: int) -> list[tuple[str, float]]:
    from quizapp import models
    from quizapp.services import quizzes

    session.expire_all()
    report = quizzes.results(session, session.get(models.Quiz, quiz_id))
    return [(row.nickname, row.score) for row in report.attempts]


def only_in_quiz(session, quiz_id: int, keys: list[str], ids) -> None:
    """Leave only these questions of the sample in its quiz."""
    from quizapp import models

    quiz = session.get(models.Quiz, quiz_id)
    quiz.items = [item for item in quiz.items
                  if item.question_id in {ids["questions"][key] for key in keys}]
    session.commit()


# Renaming

@pytest.mark.parametrize("headers", [{}, HTMX])
def test_an_article_and_a_bank_are_renamed(teacher_client, post, ids, db_session, headers):
    from quizapp import models
    from quizapp.services import banks

    bank = banks.create_bank(db_session, 1, "Old bank", [])
    db_session.commit()
    response = post(f"/teacher/articles/{ids['article']}/rename", {"name": " Bridge news "},
                    headers)
    assert response.status_code in (200, 303)
    response = post(f"/teacher/banks/{bank.id}/rename", {"name": "Civics"}, headers)
    assert response.status_code in (200, 303)
    db_session.expire_all()
    assert db_session.get(models.Article, ids["article"]).title == "Bridge news"
    assert db_session.get(models.Bank, bank.id).name == "Civics"
    desk = teacher_client.get("/teacher/").text
    assert "Bridge news" in desk and "Rename or delete" in desk
    assert 'id="manage"' in teacher_client.get(f"/teacher/articles/{ids['article']}").text
    assert 'value="Civics"' in teacher_client.get(f"/teacher/banks/{bank.id}").text


@pytest.mark.parametrize("name, message", [("", "Type the new name."),
                                           ("x" * 301, "Field cannot be longer than 300"),
                                           ("A\x00B", "cannot be stored")])
@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_bad_name_is_refused_with_a_message(post, ids, db_session, name, message, headers):
    from quizapp import models

    response = post(f"/teacher/articles/{ids['article']}/rename", {"name": name}, headers)
    assert response.status_code == 422 and message in response.text
    assert ("<html" in response.text) is not bool(headers)
    db_session.expire_all()
    assert db_session.get(models.Article, ids["article"]).title == "Millbrook opens its bridge"


# Deleting an article

def test_deleting_an_article_keeps_its_questions_quizzes_use_and_every_result(
        teacher_client, post, ids, db_session, csrf):
    from quizapp import models
    from quizapp.services import banks

    q = ids["questions"]
    only_in_quiz(db_session, ids["quiz"], ["q1", "q2"], ids)
    sam = play(db_session, ids["quiz"], "Sam", {q["q1"]: "Maria Lopez", q["q2"]: "False"})
    kim = play(db_session, ids["quiz"], "Kim", {q["q1"]: "Anna Smith"})
    bank = banks.create_bank(db_session, 1, "Mayors", [])
    bank.questions = [db_session.get(models.Question, q["q3"])]
    db_session.commit()
    before = scores(db_session, ids["quiz"])
    # the confirmation names what keeps working, with its results
    page = teacher_client.get(f"/teacher/articles/{ids['article']}/delete").text
    assert "Delete “Millbrook opens its bridge”?" in page
    assert "Millbrook bridge</a> (2 student rounds)" in page and "Mayors</a>" in page
    assert "3 questions in use stay" in page and "the 2 questions that no quiz" in page
    response = post(f"/teacher/articles/{ids['article']}/delete")
    assert response.status_code == 303 and response.headers["Location"].endswith("/teacher/")
    assert db_session.get(models.Article, ids["article"]) is None
    assert count(db_session, models.Event) == 0 and count(db_session, models.Actor) == 0
    # q1, q2 (the quiz) and q3 (the bank) stay, free of the article; q4 and q5 are gone
    kept = {row.id: row for row in db_session.scalars(select(models.Question))}
    assert set(kept) == {q["q1"], q["q2"], q["q3"]}
    assert all(row.article_id is None and row.event_id is None for row in kept.values())
    assert scores(db_session, ids["quiz"]) == before == [("Sam", 1.0), ("Kim", 0.0)]
    assert count(db_session, models.Answer) == 3
    assert [qq.id for qq in db_session.get(models.Bank, bank.id).questions] == [q["q3"]]
    # the quiz's pages still work, for the teacher and for a student mid-round
    assert teacher_client.get(f"/teacher/quizzes/{ids['quiz']}").status_code == 200
    student = teacher_client  # a round needs only its token (a second client would share `g`)
    token = db_session.get(models.Round, sam).token
    question = student.get(f"/rounds/{token}/questions/{q['q1']}")
    assert question.status_code == 200 and "Who became mayor" in question.text
    assert student.get(f"/rounds/{token}/results").status_code == 200
    token = db_session.get(models.Round, kim).token  # Kim has q2 still to answer
    unanswered = student.get(f"/rounds/{token}/questions/{q['q2']}")
    answered = student.post(f"/rounds/{token}/questions/{q['q2']}", data={
        "csrf_token": csrf(unanswered.text), "answer": "True"}, headers=HTMX)
    assert answered.status_code == 200 and "Right" in answered.text
    assert scores(db_session, ids["quiz"]) == [("Sam", 1.0), ("Kim", 1.0)]
    assert "Millbrook opens its bridge" not in teacher_client.get("/teacher/").text


def test_an_article_nothing_uses_goes_whole(teacher_client, post, ids, db_session):
    from quizapp import models
    from quizapp.services import imports

    job = imports.create_import(db_session, 1, "Text.", None, None)
    job.status, job.article_id = "done", ids["article"]
    db_session.commit()
    only_in_quiz(db_session, ids["quiz"], [], ids)
    assert post(f"/teacher/articles/{ids['article']}/delete").status_code == 303
    assert count(db_session, models.Question) == 0 and count(db_session, models.Article) == 0
    # the import that made it is still there, and its page says the article is gone
    assert teacher_client.get(f"/teacher/imports/{job.id}").status_code == 404


def test_an_edited_question_with_answers_keeps_both_versions(teacher_client, post, ids,
                                                             db_session):
    """An answered question edited later is two rows, the old pointing to the new."""
    from quizapp import models

    q = ids["questions"]["q1"]
    play(db_session, ids["quiz"], "Sam", {q: "Maria Lopez"})
    page = teacher_client.get(f"/teacher/articles/{ids['article']}/questions/{q}").text
    assert "Who became mayor" in page
    edited = post(f"/teacher/articles/{ids['article']}/questions/{q}", {
        "kind": "multiple_choice", "prompt": "Who was elected mayor in March 2016?",
        "answer": "Maria Lopez", "distractors": "Anna Smith\nPeter Brown", "version": "1"})
    assert edited.status_code == 303
    newer = db_session.get(models.Question, q).replaced_by_id
    assert newer is not None
    only_in_quiz(db_session, ids["quiz"], [], ids)  # neither version in the quiz any more
    assert post(f"/teacher/articles/{ids['article']}/delete").status_code == 303
    # the round's questions stay (it asked all five), and the version the old one points to
    kept = {row.id for row in db_session.scalars(select(models.Question))}
    assert kept == {*ids["questions"].values(), newer}
    assert scores(db_session, ids["quiz"]) == [("Sam", 1.0)]


def test_an_article_played_live_is_deleted(teacher_client, post, ids, db_session):
    from quizapp import models
    from quizapp.services import live

    quiz = db_session.get(models.Quiz, ids["quiz"])
    session = live.open_session(db_session, 1, live.Settings(), quiz=quiz)
    instant = live.open_session(db_session, 1, live.Settings(),
                                article=db_session.get(models.Article, ids["article"]))
    db_session.commit()
    assert post(f"/teacher/articles/{ids['article']}/delete").status_code == 303
    db_session.expire_all()
    assert db_session.get(models.LiveSession, session.id).quiz_id == ids["quiz"]
    assert db_session.get(models.LiveSession, instant.id).article_id is None
    for live_id in (session.id, instant.id):  # the sessions' pages still open
        assert teacher_client.get(f"/teacher/live/{live_id}").status_code == 200
        assert teacher_client.get(f"/teacher/live/{live_id}/results").status_code == 200
    assert teacher_client.get("/teacher/").status_code == 200


# Deleting a bank

def import_bank(post, name: str = "Imported") -> int:
    """A bank of three true/false questions from a GIFT file; returns its id."""
    import io

    gift = f"$CATEGORY: {name}\n\n" + "\n\n".join(
        f"::S{n}:: Statement number {n}. {{T}}" for n in range(3))
    response = post("/teacher/banks/import", {"file": (io.BytesIO(gift.encode()), "bank.gift")},
                    content_type="multipart/form-data")
    assert response.status_code == 303, response.text
    return int(response.headers["Location"].split("/banks/")[1].split("?")[0])


def test_deleting_a_bank_keeps_the_quizzes_built_from_it_and_their_results(
        teacher_client, post, ids, db_session):
    from quizapp import models

    bank_id = import_bank(post)
    bank = db_session.get(models.Bank, bank_id)
    assert len(bank.questions) == 3, "the JSON format changed: fix import_bank"
    imported = [question.id for question in bank.questions]
    bank.questions += db_session.get(models.Article, ids["article"]).questions
    db_session.commit()
    made = post(f"/teacher/banks/{bank_id}/quizzes", {"name": "From the bank", "choose": "pick",
                                                      "questions": imported[:2],
                                                      "feedback": "immediate"})
    assert made.status_code == 303
    quiz_id = int(made.headers["Location"].rsplit("/", 1)[1])
    quiz = db_session.get(models.Quiz, quiz_id)
    first = quiz.items[0].question_id
    play(db_session, quiz_id, "Sam", {first: "True"})
    page = teacher_client.get(f"/teacher/banks/{bank_id}/delete").text
    assert "From the bank</a> (1 student round)" in page
    assert "the 1 question imported from files that nothing else uses is deleted" in page
    response = post(f"/teacher/banks/{bank_id}/delete", headers=HTMX)
    assert response.status_code == 200 and response.headers["HX-Redirect"] == "/teacher/banks/"
    db_session.expire_all()
    assert db_session.get(models.Bank, bank_id) is None
    assert count(db_session, models.BankImport) == 0
    assert db_session.get(models.Quiz, quiz_id).bank_id is None
    assert [item.question_id for item in db_session.get(models.Quiz, quiz_id).items]
    assert scores(db_session, quiz_id) == [("Sam", 1.0)]
    # the article's five questions and the quiz's two stay; the third from the file goes
    assert count(db_session, models.Question) == 7
    assert teacher_client.get(f"/teacher/quizzes/{quiz_id}").status_code == 200


def test_deleting_needs_the_owner_and_a_post_with_its_token(app, teacher_client, make_teacher,
                                                            log_in, csrf, ids):
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import banks

    with app.app_context():
        bank_id = banks.create_bank(get_session(), 1, "Mine", []).id
        get_session().commit()
    other = app.test_client()
    log_in(other, make_teacher("other@school.example"))
    token = csrf(other.get("/teacher/").text)
    for url in (f"/teacher/articles/{ids['article']}", f"/teacher/banks/{bank_id}"):
        assert other.get(f"{url}/delete").status_code == 404
        assert other.post(f"{url}/delete", data={"csrf_token": token}).status_code == 404
        assert other.post(f"{url}/rename", data={"csrf_token": token,
                                                 "name": "Taken"}).status_code == 404
        assert other.post(f"{url}/delete").status_code == 400  # no token
    with app.app_context():
        assert get_session().get(models.Bank, bank_id).name == "Mine"
        assert get_session().get(models.Article, ids["article"]) is not None
