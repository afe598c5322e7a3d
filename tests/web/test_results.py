"""Issue 12, teachers' results: each student's answers question by question, a grade by hand
(kept against a later automatic regrade), times in the teacher's zone, and the tidy CSV."""
from __future__ import annotations

import csv
import io

import pytest
from playing import play
from sqlalchemy import select

HTMX = {"HX-Request": "true"}


def answer_of(db_session, round_id: int, question_id: int):
    from quizapp import models

    db_session.expire_all()
    return db_session.scalar(select(models.Answer).where(
        models.Answer.round_id == round_id, models.Answer.question_id == question_id))


def page_url(ids, round_id: int) -> str:
    return f"/teacher/quizzes/{ids['quiz']}/rounds/{round_id}"


def test_the_results_page_links_each_student_to_every_answer_they_gave(
        teacher_client, ids, db_session):
    q = ids["questions"]
    round_id = play(db_session, ids["quiz"], "Sam", {q["q1"]: "Anna Smith", q["q3"]: "Lopez"})
    results = teacher_client.get(f"/teacher/quizzes/{ids['quiz']}").text
    assert page_url(ids, round_id) in results
    page = teacher_client.get(page_url(ids, round_id)).text
    assert "<h1>Sam</h1>" in page and "Score: 1 of 5" in page
    # every question, the answer given, the right one, the verdict and points
    for number in range(1, 6):
        assert f"Q{number} ·" in page
    assert "Anna Smith" in page and "Maria Lopez" in page and "Not answered" in page
    assert page.count("Mark right") == 2  # a form for each answer given, none for the rest
    assert "Wrong" in page and "Right" in page


def test_a_grade_by_hand_changes_the_score_everywhere_and_is_recorded(
        teacher_client, post, ids, db_session):
    from quizapp import models
    from quizapp.services import quizzes, rounds

    q = ids["questions"]
    round_id = play(db_session, ids["quiz"], "Sam", {q["q1"]: "Anna Smith", q["q3"]: "Mayor L."})
    wrong = answer_of(db_session, round_id, q["q1"])
    url = f"{page_url(ids, round_id)}/answers/{wrong.id}"
    response = post(url, {"mark": "right"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"{page_url(ids, round_id)}#answer-{wrong.id}")
    graded = answer_of(db_session, round_id, q["q1"])
    assert (graded.correct, graded.score) == (True, 1.0)
    assert graded.graded_by_hand_at is not None
    # half a point for the other, through htmx: the section comes back with the new score
    typed = answer_of(db_session, round_id, q["q3"])
    response = post(f"{page_url(ids, round_id)}/answers/{typed.id}", {"mark": "points",
                                                                     "points": "0.5"}, HTMX)
    assert response.status_code == 200 and 'id="round-answers"' in response.text
    assert "<html" not in response.text and "Score: 1.5 of 5" in response.text
    assert "Graded by hand" in response.text and "Partly right" in response.text
    # the quiz's results and the student's own round add up the same
    quiz = db_session.get(models.Quiz, ids["quiz"])
    db_session.expire_all()
    assert [row.score for row in quizzes.results(db_session, quiz).attempts] == [1.5]
    token = db_session.get(models.Round, round_id).token
    assert rounds.load_state(db_session, token).progress().score == 1.5


def test_an_automatic_regrade_keeps_a_grade_given_by_hand(teacher_client, post, ids, db_session):
    q = ids["questions"]["q3"]
    by_hand = play(db_session, ids["quiz"], "Sam", {q: "M. Lopez"})
    left = play(db_session, ids["quiz"], "Kim", {q: "M. Lopez"})
    answer = answer_of(db_session, by_hand, q)
    post(f"{page_url(ids, by_hand)}/answers/{answer.id}", {"mark": "points", "points": "0.25"})
    # the teacher then accepts "M. Lopez" for everyone: Kim's answer turns right, Sam's stays
    response = post(f"/teacher/questions/{q}/answers", {"accepted": "M. Lopez", "version": "1"})
    assert response.status_code == 303
    assert answer_of(db_session, left, q).correct is True
    kept = answer_of(db_session, by_hand, q)
    assert (kept.correct, kept.score, kept.regraded_at) == (False, 0.25, None)


def test_the_accepted_answers_page_reads_a_typed_answer_by_its_automatic_grade(
        teacher_client, post, ids, db_session):
    """Sam's "M. Lopez" marked right by hand does not make Kim's look accepted."""
    q = ids["questions"]["q3"]
    by_hand = play(db_session, ids["quiz"], "Sam", {q: "M. Lopez"})
    play(db_session, ids["quiz"], "Kim", {q: "M. Lopez"})
    answer = answer_of(db_session, by_hand, q)
    post(f"{page_url(ids, by_hand)}/answers/{answer.id}", {"mark": "right"})
    page = teacher_client.get(f"/teacher/questions/{q}/answers").text
    assert 'value="M. Lopez"' in page  # still offered to accept


@pytest.mark.parametrize("data, message", [
    ({"mark": "points", "points": "2"}, "Points go from 0 (wrong) to 1 (right)."),
    ({"mark": "points", "points": ""}, "Type the points as a number from 0 to 1."),
    ({"mark": "points", "points": "abc"}, "Type the points as a number from 0 to 1."),
    ({"mark": "points", "points": "NaN"}, "Type the points as a number from 0 to 1."),
    ({"mark": "bonus"}, "Not a valid choice."),
])
def test_bad_points_get_a_message_and_change_nothing(post, ids, db_session, data, message):
    q = ids["questions"]["q1"]
    round_id = play(db_session, ids["quiz"], "Sam", {q: "Anna Smith"})
    answer = answer_of(db_session, round_id, q)
    response = post(f"{page_url(ids, round_id)}/answers/{answer.id}", data, HTMX)
    assert response.status_code == 422 and message in response.text
    assert answer_of(db_session, round_id, q).graded_by_hand_at is None


def test_only_the_quiz_owner_sees_and_grades_a_round(app, make_teacher, log_in, csrf, ids,
                                                     post):
    from quizapp.db import get_session

    # each block its own app context: clients' CSRF tokens live in the context's `g`
    with app.app_context():
        session = get_session()
        q = ids["questions"]["q1"]
        round_id = play(session, ids["quiz"], "Sam", {q: "Anna Smith"})
        other_round = play(session, ids["quiz"], "Kim", {q: "Maria Lopez"})
        answer_id = answer_of(session, round_id, q).id
    other = app.test_client()
    log_in(other, make_teacher("other@school.example"))
    token = csrf(other.get("/teacher/").text)
    url = page_url(ids, round_id)
    assert other.get(url).status_code == 404
    assert other.post(f"{url}/answers/{answer_id}",
                      data={"csrf_token": token, "mark": "right"}).status_code == 404
    assert other.get(f"/teacher/quizzes/{ids['quiz']}/answers.csv").status_code == 404
    # no CSRF token: refused
    assert other.post(f"{url}/answers/{answer_id}", data={"mark": "right"}).status_code == 400
    # an answer of another round is not reached through this one
    assert post(f"{page_url(ids, other_round)}/answers/{answer_id}",
                {"mark": "right"}).status_code == 404
    with app.app_context():
        assert answer_of(get_session(), round_id, q).correct is False


def test_the_tidy_csv_has_a_row_per_student_and_question(teacher_client, post, ids, db_session):
    q = ids["questions"]
    round_id = play(db_session, ids["quiz"], "=HYPERLINK(1)", {q["q1"]: "Anna Smith",
                                                               q["q3"]: "-Lopez"})
    post("/teacher/time-zone", {"time_zone": "America/New_York"})
    wrong = answer_of(db_session, round_id, q["q1"])
    post(f"{page_url(ids, round_id)}/answers/{wrong.id}", {"mark": "right"})
    response = teacher_client.get(f"/teacher/quizzes/{ids['quiz']}/answers.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert 'filename="quiz-' in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5  # one student, five questions
    first = rows[0]
    assert first["student"] == "'=HYPERLINK(1)"  # no formula runs in a spreadsheet
    assert first["question number"] == "1" and first["question kind"] == "multiple_choice"
    assert first["answer given"] == "Anna Smith" and first["correct answer"] == "Maria Lopez"
    assert first["right or wrong"] == "right" and first["points"] == "1"
    assert first["graded by hand at"].endswith(("-05:00", "-04:00"))
    assert first["answered at"].endswith(("-05:00", "-04:00"))
    by_number = {row["question number"]: row for row in rows}
    assert by_number["3"]["answer given"] == "'-Lopez"
    assert by_number["2"]["right or wrong"] == "not answered" and by_number["2"]["points"] == ""
    # the summary CSV is still there, its times in the same zone
    summary = teacher_client.get(f"/teacher/quizzes/{ids['quiz']}/results.csv").text
    assert summary.startswith("nickname,started") and "'=HYPERLINK(1)" in summary
    assert "-05:00" in summary or "-04:00" in summary


def test_the_results_page_offers_both_downloads(teacher_client, ids):
    page = teacher_client.get(f"/teacher/quizzes/{ids['quiz']}").text
    assert "Summary (CSV)" in page and "Every answer (CSV)" in page
    assert f"/teacher/quizzes/{ids['quiz']}/answers.csv" in page


def test_the_round_partial_renders_alone(teacher_client, ids, db_session):
    round_id = play(db_session, ids["quiz"], "Sam", {})
    response = teacher_client.get(page_url(ids, round_id), headers=HTMX)
    assert response.status_code == 200 and response.text.lstrip().startswith("{#") is False
    assert 'id="round-answers"' in response.text and "<html" not in response.text


def test_a_round_of_another_quiz_is_not_found(teacher_client, ids, db_session):
    round_id = play(db_session, ids["quiz"], "Sam", {})
    assert teacher_client.get(f"/teacher/quizzes/999/rounds/{round_id}").status_code == 404
    assert teacher_client.get(f"/teacher/quizzes/{ids['quiz']}/rounds/999").status_code == 404


# Times in the teacher's zone

def test_a_teacher_chooses_a_time_zone_and_every_page_shows_it(teacher_client, post, ids,
                                                               db_session):
    import datetime as dt

    from quizapp import models

    round_id = play(db_session, ids["quiz"], "Sam", {})
    db_session.get(models.Round, round_id).created_at = dt.datetime(2026, 1, 15, 12, 30)
    db_session.commit()
    results = f"/teacher/quizzes/{ids['quiz']}"
    assert "2026-01-15 12:30 UTC" in teacher_client.get(results).text
    page = teacher_client.get("/teacher/time-zone").text
    assert 'data-guess-zone' in page and '<option selected value="UTC">' in page
    response = post("/teacher/time-zone", {"time_zone": "Europe/Paris"})
    assert response.status_code == 303
    assert "times are shown in Europe/Paris" in teacher_client.get(response.headers["Location"]).text
    assert "2026-01-15 13:30 CET" in teacher_client.get(results).text
    assert "Times in Europe/Paris" in teacher_client.get(results).text
    assert "Started 2026-01-15 13:30 CET" in teacher_client.get(page_url(ids, round_id)).text
    assert "Time zone: Europe/Paris" in teacher_client.get("/teacher/").text
    # no guess once the teacher has chosen
    assert "data-guess-zone" not in teacher_client.get("/teacher/time-zone").text


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", "europe/paris", "../../etc/passwd", "localtime",
                                  "x" * 300, "UTC\x00"])
def test_a_time_zone_not_in_the_list_is_refused(teacher_client, post, zone, db_session):
    from quizapp import models

    response = post("/teacher/time-zone", {"time_zone": zone}, HTMX)
    assert response.status_code == 422
    assert "Choose a time zone from the list" in response.text or "control" in response.text
    assert db_session.scalars(select(models.Teacher.time_zone)).all() == ["UTC"]


def test_times_are_shown_in_the_zone_with_its_name():
    import datetime as dt

    from quizapp import times

    winter, summer = dt.datetime(2026, 1, 15, 12, 30), dt.datetime(2026, 7, 15, 12, 30)
    assert times.shown(winter, "UTC") == "2026-01-15 12:30 UTC"
    assert times.shown(winter, "Europe/Paris") == "2026-01-15 13:30 CET"
    assert times.shown(summer, "Europe/Paris") == "2026-07-15 14:30 CEST"
    assert times.shown(winter, "Asia/Kolkata") == "2026-01-15 18:00 IST"
    assert times.exported(summer, "America/New_York") == "2026-07-15T08:30:00-04:00"
    assert times.shown(None, "UTC") == "" and times.exported(None, "UTC") == ""
