"""Issue 12, a teacher's quizzes: rename and re-pick, a bank too small, close and reopen, delete
or archive, a time limit and open/close times enforced on the server, the share link's QR code."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

HTMX = {"HX-Request": "true"}
MAYOR = "Who became mayor of Millbrook in March 2016?"
BRIDGE = "The bridge to Riverton opened in November 2016."



@pytest.fixture
def bank(post, ids):
    """A bank of the sample article's five approved questions."""
    url = post("/teacher/banks/", data={"name": "Millbrook"}).headers["Location"]
    post(f"{url}/questions", data={"question": list(ids["questions"].values()), "action": "add"})
    return url


@pytest.fixture
def db(app):
    """A session of its own: no app context held across the clients' requests (it would share
    their `g`, and so one CSRF token among students)."""
    session = app.extensions["quizapp.sessionmaker"]()
    yield session
    session.close()


def quiz_of(db, name: str):
    from quizapp import models

    db.rollback()  # a new transaction sees what the requests committed
    return db.scalar(select(models.Quiz).where(models.Quiz.name == name))


def build(post, bank, **fields) -> int:
    data = {"name": "Bridge quiz", "choose": "random", "count": "2", "feedback": "immediate"}
    response = post(f"{bank}/quizzes", data=data | fields)
    assert response.status_code == 303, response.text
    return int(re.search(r"/teacher/quizzes/(\d+)", response.headers["Location"]).group(1))


def settings(**fields) -> dict:
    """The edit form as a teacher sends it, changed by `fields`."""
    return {"name": "Bridge quiz", "feedback": "immediate"} | fields


def start(client, csrf, share: str, nickname: str = "Ann"):
    token = csrf(client.get("/teacher/login").text)  # any page's token does for every form
    return client.post(f"/q/{share}/rounds", data={"csrf_token": token, "nickname": nickname}), token


def answer(client, token, location, value):
    return client.post(location, data={"csrf_token": token, "answer": value})


def first_question(client, location: str) -> tuple[str, str]:
    """The round's current question page: its URL and its prompt."""
    while "/questions/" not in location:
        location = client.get(location).headers["Location"]
    page = client.get(location).text
    return location, re.search(r'id="prompt"[^>]*>([^<]+)<', page).group(1).strip()


RIGHT = {MAYOR: "Maria Lopez", BRIDGE: "True"}


def other_question(db, location: str, prompt: str) -> tuple[str, str]:
    """The URL and prompt of the round's question other than `prompt` (two-question rounds)."""
    from quizapp import models

    db.rollback()
    token = location.split("/")[2]
    round_ = db.scalar(select(models.Round).where(models.Round.token == token))
    other = next(i.question for i in round_.items if i.question.prompt != prompt)
    return f"/rounds/{token}/questions/{other.id}", other.prompt


def two_question_round(app, post, bank, csrf, db):
    """A quiz of the two questions in RIGHT, and a student's round at its first question:
    the quiz's id, the student's client, the round's token, the question's URL and prompt."""
    from quizapp import models

    quiz_id = build(post, bank, choose="pick", questions=[
        str(q.id) for q in db.scalars(select(models.Question)) if q.prompt in RIGHT])
    student = app.test_client()
    started, token = start(student, csrf, quiz_of(db, "Bridge quiz").share_token)
    return quiz_id, student, token, *first_question(student, started.headers["Location"])


def test_a_quiz_of_hand_picked_questions_is_renamed_and_picked_again(
        post, teacher_client, bank, ids, db):
    q = ids["questions"]
    quiz_id = build(post, bank, choose="pick", questions=[q["q2"], q["q1"]])
    quiz = quiz_of(db, "Bridge quiz")
    assert [item.question_id for item in quiz.items] == [q["q1"], q["q2"]]  # in bank order

    page = teacher_client.get(f"/teacher/quizzes/{quiz_id}/edit").text
    boxes = re.findall(r'<input[^>]*name="questions"[^>]*>', page)
    offered = {int(re.search(r'value="(\d+)"', box).group(1)) for box in boxes}
    ticked = {int(re.search(r'value="(\d+)"', box).group(1)) for box in boxes if "checked" in box}
    assert offered == set(q.values()) and ticked == {q["q1"], q["q2"]}

    response = post(f"/teacher/quizzes/{quiz_id}/edit",
                    data=settings(name="Bridge quiz, week 2", questions=[q["q5"], q["q3"]],
                                  time_limit_minutes="15"))
    assert response.status_code == 303
    quiz = quiz_of(db, "Bridge quiz, week 2")
    assert [item.question_id for item in quiz.items] == [q["q3"], q["q5"]]
    assert quiz.time_limit_minutes == 15
    assert "Bridge quiz, week 2" in teacher_client.get("/teacher/").text


def test_a_quiz_needs_a_question_and_a_name(post, bank, ids):
    none_ticked = post(f"{bank}/quizzes", headers=HTMX,
                       data={"name": "x", "choose": "pick", "feedback": "end"})
    assert none_ticked.status_code == 422 and "Tick at least one question." in none_ticked.text
    quiz_id = build(post, bank)
    for data, message in ((settings(), "Tick at least one question."),
                          (settings(name=" ", questions=[ids["questions"]["q1"]]), "Name the quiz."),
                          (settings(questions=["999999"]), "not in the bank any more")):
        response = post(f"/teacher/quizzes/{quiz_id}/edit", headers=HTMX, data=data)
        assert response.status_code == 422 and message in response.text
        assert response.text.lstrip().startswith('<form id="quiz-edit-form"')  # the partial alone


def test_more_questions_than_the_bank_has_says_how_many_it_has(post, teacher_client, bank, db):
    form = teacher_client.get(f"{bank}/quizzes/new").text
    assert "The bank has 5 approved question(s)." in form
    assert re.search(r'id="count"[^>]*value="5"', form)  # first offered: what the bank has
    response = post(f"{bank}/quizzes", headers=HTMX,
                    data={"name": "Big", "choose": "random", "count": "50", "feedback": "end"})
    assert response.status_code == 422
    assert "The bank has only 5 approved question(s) of the chosen kinds" in response.text
    assert quiz_of(db, "Big") is None
    form = post(f"{bank}/quizzes", headers=HTMX, data={"name": "Tf", "count": "3",
                                                      "kinds": ["true_false"], "feedback": "end"})
    assert "The bank has only 1 approved question(s)" in form.text
    build(post, bank, count="5")  # all five: taken
    assert len(quiz_of(db, "Bridge quiz").items) == 5


def test_a_closed_quiz_starts_no_round_and_takes_no_answer_until_reopened(
        app, post, bank, csrf, db):
    from quizapp import models

    quiz_id, student, token, location, prompt = two_question_round(app, post, bank, csrf, db)
    share = quiz_of(db, "Bridge quiz").share_token
    assert answer(student, token, location, RIGHT[prompt]).status_code == 303

    assert post(f"/teacher/quizzes/{quiz_id}/close").status_code == 303
    page = app.test_client().get(f"/q/{share}")
    assert page.status_code == 410 and "This quiz is closed" in page.text
    assert page.headers["Cache-Control"] == "no-store"  # reopened, the link works at once
    refused, _ = start(app.test_client(), csrf, share, "Bo")
    assert refused.status_code == 410 and "This quiz is closed" in refused.text
    db.rollback()
    rounds = db.scalar(select(func.count()).select_from(models.Round))
    assert rounds == 1  # no new round

    resumed = student.get(location.split("/questions/")[0]).headers["Location"]
    assert resumed.endswith("/results")  # the round goes to its results
    location, prompt = other_question(db, location, prompt)
    late = answer(student, token, location, RIGHT[prompt])
    assert late.status_code == 409
    assert "Your last answer was not recorded. Your teacher has closed this quiz." in late.text
    assert "You scored 1 out of 2" in late.text and "Not answered" in late.text  # kept
    assert "/retry" not in late.text  # closed: no retry offered
    right = {MAYOR: "Maria Lopez", BRIDGE: "<dd>True</dd>"}[prompt]
    assert right not in late.text  # the answer is not shown: reopened, the round resumes
    db.rollback()
    assert db.scalar(select(func.count()).select_from(models.Answer)) == 1
    retry = student.post(resumed.replace("/results", "/retry"), data={"csrf_token": token})
    assert retry.status_code == 410

    assert post(f"/teacher/quizzes/{quiz_id}/reopen").status_code == 303
    assert app.test_client().get(f"/q/{share}").status_code == 200
    assert answer(student, token, location, RIGHT[prompt]).status_code == 303


def test_a_quiz_without_results_is_deleted_one_with_results_archived(
        app, post, teacher_client, bank, csrf, db):
    empty_id = build(post, bank, name="Never taken")
    assert post(f"/teacher/quizzes/{empty_id}/delete").headers["Location"] == "/teacher/"
    assert quiz_of(db, "Never taken") is None
    assert teacher_client.get(f"/teacher/quizzes/{empty_id}/edit").status_code == 404

    quiz_id = build(post, bank, name="Taken")
    share = quiz_of(db, "Taken").share_token
    start(app.test_client(), csrf, share)
    page = teacher_client.get(f"/teacher/quizzes/{quiz_id}/edit").text
    assert "it is archived, not lost" in page
    assert post(f"/teacher/quizzes/{quiz_id}/delete").status_code == 303
    quiz = quiz_of(db, "Taken")
    assert quiz.archived and quiz.closed
    desk = teacher_client.get("/teacher/").text
    active, archived = desk.split("Archived quizzes")
    assert "Taken" not in active.split("Your quizzes")[1] and "Taken" in archived
    results = teacher_client.get(f"/teacher/quizzes/{quiz_id}")
    assert results.status_code == 200 and "Attempts (1)" in results.text  # still readable
    assert app.test_client().get(f"/q/{share}").status_code == 410

    assert post(f"/teacher/quizzes/{quiz_id}/restore").status_code == 303
    assert "Archived quizzes" not in teacher_client.get("/teacher/").text
    assert quiz_of(db, "Taken").closed  # back in the list, closed until reopened


def test_open_and_close_times_are_enforced_and_checked(app, post, bank, csrf, db):
    quiz_id = build(post, bank)
    share = quiz_of(db, "Bridge quiz").share_token
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    earlier = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    picked = [str(item.question_id) for item in quiz_of(db, "Bridge quiz").items]

    wrong = post(f"/teacher/quizzes/{quiz_id}/edit", headers=HTMX,
                 data=settings(questions=picked, opens_at=later, closes_at=earlier))
    assert wrong.status_code == 422 and "The quiz must close after it opens." in wrong.text

    post(f"/teacher/quizzes/{quiz_id}/edit", data=settings(questions=picked, opens_at=later))
    assert quiz_of(db, "Bridge quiz").opens_at.strftime("%Y-%m-%dT%H:%M") == later
    page = app.test_client().get(f"/q/{share}")
    assert page.status_code == 403
    assert f"This quiz is not open yet: it opens on {later.replace('T', ' ')} UTC." in page.text
    assert start(app.test_client(), csrf, share)[0].status_code == 403

    post(f"/teacher/quizzes/{quiz_id}/edit", data=settings(questions=picked, closes_at=earlier))
    page = app.test_client().get(f"/q/{share}")
    assert page.status_code == 410
    assert f"it closed on {earlier.replace('T', ' ')} UTC" in page.text
    assert start(app.test_client(), csrf, share)[0].status_code == 410

    post(f"/teacher/quizzes/{quiz_id}/edit", data=settings(questions=picked))
    assert start(app.test_client(), csrf, share)[0].status_code == 303


def test_a_time_limit_shows_the_time_left_and_refuses_late_answers(
        app, post, bank, csrf, db):
    from quizapp import models

    build(post, bank, choose="pick", time_limit_minutes="10", questions=[
        str(q.id) for q in db.scalars(select(models.Question)) if q.prompt in RIGHT])
    share = quiz_of(db, "Bridge quiz").share_token
    student = app.test_client()
    assert "You have 10 minute(s) from when you start." in student.get(f"/q/{share}").text
    started, token = start(student, csrf, share)
    location, prompt = first_question(student, started.headers["Location"])
    page = student.get(location).text
    assert "Time left" in page and re.search(r'data-countdown="(59[0-9]|600)"', page)
    assert re.search(r"\(ends \d{4}-\d\d-\d\d \d\d:\d\d UTC\)", page)  # without JavaScript too
    answer(student, token, location, RIGHT[prompt])

    # eleven minutes later
    db.rollback()
    round_ = db.scalar(select(models.Round))
    round_.created_at -= dt.timedelta(minutes=11)
    db.commit()
    late_url, other = other_question(db, location, prompt)
    assert student.get(late_url).headers["Location"].endswith("/results")
    late = answer(student, token, late_url, RIGHT[other])
    assert late.status_code == 409 and "Time is up: this round ended at" in late.text
    htmx = student.post(late_url, headers=HTMX, data={"csrf_token": token,
                                                     "answer": RIGHT[other]})
    assert htmx.status_code == 409 and htmx.headers["HX-Retarget"] == "#main"
    assert htmx.headers["HX-Push-Url"].endswith("/results")
    results = student.get(late_url.split("/questions/")[0] + "/results")
    assert results.status_code == 200
    assert "Time is up" in results.text and "You scored 1 out of 2" in results.text
    db.rollback()
    assert db.scalar(select(func.count()).select_from(models.Answer)) == 1


def test_the_share_link_has_a_copy_button_and_the_live_sessions_qr_code(
        post, teacher_client, bank, db):
    quiz_id = build(post, bank)
    page = teacher_client.get(f"/teacher/quizzes/{quiz_id}/edit").text
    share = quiz_of(db, "Bridge quiz").share_token
    assert re.search(rf'id="share-link" class="share-link" value="http://localhost/q/{share}" readonly', page)
    assert 'data-copy="#share-link"' in page
    qr = teacher_client.get(f"/teacher/quizzes/{quiz_id}/qr.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml"
    assert b"<title>Quiz link</title>" in qr.data


def test_open_times_are_typed_and_read_in_the_teachers_zone(app, post, bank, db, teacher_client):
    """A teacher in Kolkata (UTC+5:30, no summer time) types 10:00; it is kept as 04:30 UTC,
    and the teacher's edit form and the student's closed page say 10:00 IST."""
    assert post("/teacher/time-zone", data={"time_zone": "Asia/Kolkata"}).status_code == 303
    quiz_id = build(post, bank)
    picked = [str(item.question_id) for item in quiz_of(db, "Bridge quiz").items]
    day = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    post(f"/teacher/quizzes/{quiz_id}/edit", data=settings(questions=picked,
                                                           opens_at=f"{day}T10:00"))

    assert quiz_of(db, "Bridge quiz").opens_at == dt.datetime.fromisoformat(f"{day}T04:30")
    share = quiz_of(db, "Bridge quiz").share_token
    assert f"it opens on {day} 10:00 IST." in app.test_client().get(f"/q/{share}").text
    assert f'value="{day}T10:00"' in teacher_client.get(f"/teacher/quizzes/{quiz_id}/edit").text


def confirmation(teacher_client, quiz_id: int) -> str:
    """The quiz page's Delete/Archive link, followed: the confirmation page."""
    page = teacher_client.get(f"/teacher/quizzes/{quiz_id}/edit").text
    assert f'action="/teacher/quizzes/{quiz_id}/delete"' not in page  # nothing goes at one click
    link = re.search(r'<a class="button danger" href="([^"]+)">', page).group(1)
    assert link == f"/teacher/quizzes/{quiz_id}/delete"
    response = teacher_client.get(link)
    assert response.status_code == 200
    assert f'<form class="actions" method="post" action="/teacher/quizzes/{quiz_id}/delete">' in response.text
    assert 'name="csrf_token"' in response.text
    assert f'<a class="button ghost" href="/teacher/quizzes/{quiz_id}/edit">Keep it</a>' in response.text
    return response.text


def test_deleting_a_quiz_asks_first_and_says_whether_it_is_deleted_or_archived(
        app, teacher_client, post, bank, csrf, db):
    empty_id = build(post, bank, name="Never taken")
    page = confirmation(teacher_client, empty_id)
    assert "<h1 id=\"delete-heading\">Delete “Never taken”?</h1>" in page
    assert "No student has taken this quiz: it is deleted for good" in page
    assert quiz_of(db, "Never taken") is not None  # asking deletes nothing
    confirmed = teacher_client.post(f"/teacher/quizzes/{empty_id}/delete", headers=HTMX,
                                    data={"csrf_token": csrf(page)})  # the page's own form
    assert confirmed.headers["HX-Redirect"] == "/teacher/"
    assert quiz_of(db, "Never taken") is None
    assert teacher_client.get(f"/teacher/quizzes/{empty_id}/delete").status_code == 404

    quiz_id = build(post, bank, name="Taken")
    share = quiz_of(db, "Taken").share_token
    start(app.test_client(), csrf, share)
    start(app.test_client(), csrf, share, "Bo")
    page = confirmation(teacher_client, quiz_id)
    assert "Archive “Taken”?" in page and "it is archived, not deleted" in page
    assert "every result of its 2 student rounds stays" in page and "live session" not in page
    assert ">Archive “Taken”</button>" in page
    assert not quiz_of(db, "Taken").archived
    assert post(f"/teacher/quizzes/{quiz_id}/live", data={"timer_seconds": "20"}).status_code == 303
    assert "every result of its 2 student rounds and 1 live session stays" in confirmation(teacher_client, quiz_id)

    done = teacher_client.post(f"/teacher/quizzes/{quiz_id}/delete",
                               data={"csrf_token": csrf(page)})  # without JavaScript
    assert done.status_code == 303 and done.headers["Location"] == f"/teacher/quizzes/{quiz_id}/edit"
    assert quiz_of(db, "Taken").archived
    again = teacher_client.get(f"/teacher/quizzes/{quiz_id}/delete")  # nothing more to archive
    assert again.status_code == 302 and again.headers["Location"] == f"/teacher/quizzes/{quiz_id}/edit"


def test_only_its_teacher_sees_a_quizs_delete_confirmation(
        app, post, bank, make_teacher, log_in, csrf, db):
    quiz_id = build(post, bank)
    other = app.test_client()
    log_in(other, make_teacher("other@school.example"))
    assert other.get(f"/teacher/quizzes/{quiz_id}/delete").status_code == 404
    token = csrf(other.get("/teacher/").text)
    assert other.post(f"/teacher/quizzes/{quiz_id}/delete",
                      data={"csrf_token": token}).status_code == 404
    assert quiz_of(db, "Bridge quiz") is not None


RETRY = re.compile(r"Retry the \d+ I missed")


def test_the_retry_button_shows_only_while_the_quiz_takes_new_rounds(
        app, post, bank, csrf, db):
    quiz_id, student, token, location, prompt = two_question_round(app, post, bank, csrf, db)
    answer(student, token, location, RIGHT[prompt])
    location, other = other_question(db, location, prompt)
    wrong = {MAYOR: "Anna Smith", BRIDGE: "False"}[other]
    assert answer(student, token, location, wrong).status_code == 303  # one to retry
    results = location.split("/questions/")[0] + "/results"
    assert RETRY.search(student.get(results).text)

    picked = [str(item.question_id) for item in quiz_of(db, "Bridge quiz").items]
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M")
    for close, reopen in (
            (lambda: post(f"/teacher/quizzes/{quiz_id}/close"),
             lambda: post(f"/teacher/quizzes/{quiz_id}/reopen")),
            (lambda: post(f"/teacher/quizzes/{quiz_id}/delete"),  # archived
             lambda: post(f"/teacher/quizzes/{quiz_id}/reopen")),
            (lambda: post(f"/teacher/quizzes/{quiz_id}/edit",
                          data=settings(questions=picked, closes_at=past)),
             lambda: post(f"/teacher/quizzes/{quiz_id}/edit", data=settings(questions=picked)))):
        assert close().status_code == 303
        for headers in ({}, HTMX):
            page = student.get(results, headers=headers)
            assert page.status_code == 200 and "You scored 1 out of 2" in page.text
            assert not RETRY.search(page.text) and "/retry" not in page.text
        refused = student.post(results.replace("/results", "/retry"), data={"csrf_token": token})
        assert refused.status_code == 410 and "This quiz is closed" in refused.text
        assert reopen().status_code == 303
        assert RETRY.search(student.get(results).text)
