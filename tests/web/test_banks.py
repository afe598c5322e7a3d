"""Banks, quizzes built from them, the share link, results with statistics, file exchange."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

HTMX = {"HX-Request": "true"}
EXCHANGE_DATA = Path(__file__).parents[1] / "exchange" / "data"


@pytest.fixture
def bank(post, ids):
    """A bank tagged "civics" holding every approved question of the sample article."""
    response = post("/teacher/banks/", data={"name": "Millbrook", "tags": "civics, week 1"})
    url = response.headers["Location"]
    post(f"{url}/questions", data={"question": list(ids["questions"].values()), "action": "add"})
    return url


def bank_id(url: str) -> int:
    return int(url.rstrip("/").rsplit("/", 1)[1])


def test_a_bank_gathers_questions_and_is_found_by_tag(teacher_client, bank):
    page = teacher_client.get(bank)
    assert "Who became mayor of Millbrook in March 2016?" in page.text
    assert "Millbrook" in teacher_client.get("/teacher/banks/?tag=civics").text
    assert "No bank tagged" in teacher_client.get("/teacher/banks/?tag=history").text


def test_a_bank_is_searched_by_kind_article_and_words(teacher_client, bank, ids):
    shown = teacher_client.get(f"{bank}?kind=order", headers=HTMX).text
    assert "Put these events in order" in shown and "Who became mayor" not in shown
    assert "Who became mayor" in teacher_client.get(f"{bank}?q=MAYOR", headers=HTMX).text
    assert "Who became mayor" in teacher_client.get(f"{bank}?article={ids['article']}").text


def test_questions_leave_a_bank(post, teacher_client, bank, ids):
    post(f"{bank}/questions", data={"question": [ids["questions"]["q1"]], "action": "remove"})
    page = teacher_client.get(bank).text
    held = page.split("Your approved questions to add")[0]
    assert "Who became mayor" not in held


def test_a_bank_name_is_required(post):
    response = post("/teacher/banks/", headers=HTMX, data={"name": " "})
    assert response.status_code == 422 and "Name the bank." in response.text


def build_quiz(post, bank, **settings):
    data = {"name": "Bridge quiz", "count": "3", "feedback": "immediate"} | settings
    response = post(f"{bank}/quizzes", data=data)
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def test_a_quiz_takes_the_number_and_kinds_asked(post, bank, db_session):
    from quizapp import models

    build_quiz(post, bank, count="1", kinds=["true_false", "order"], shuffle="y",
               feedback="end", attempts_allowed="2")
    quiz = db_session.scalar(select(models.Quiz).where(models.Quiz.name == "Bridge quiz"))
    # one drawn at random from the kinds asked
    assert [item.question.kind for item in quiz.items] in (["true_false"], ["order"])
    assert (quiz.shuffle, quiz.feedback, quiz.attempts_allowed) == (True, "end", 2)
    assert len(quiz.share_token) >= 12


def test_a_quiz_of_no_approved_question_or_no_count_says_so(post, bank):
    empty = post("/teacher/banks/", data={"name": "Empty"}).headers["Location"]
    response = post(f"{empty}/quizzes", headers=HTMX,
                    data={"name": "x", "count": "3", "feedback": "end"})
    assert response.status_code == 422
    assert "The bank has no approved question of the chosen kinds." in response.text
    rejected = post(f"{bank}/quizzes", headers=HTMX,
                    data={"name": "x", "count": "0", "feedback": "end"})
    assert rejected.status_code == 422 and "Between 1 and 200 questions." in rejected.text


def take(client, csrf, share_url, nickname, answers):
    """A student opens the share link, starts, and answers each question in turn."""
    page = client.get(share_url)
    assert page.status_code == 200
    action = re.search(r'action="(/q/[^/"]+/rounds)"', page.text).group(1)
    token = csrf(page.text)
    response = client.post(action, data={"csrf_token": token, "nickname": nickname})
    if response.status_code != 303:
        return response
    location = response.headers["Location"]
    resume = location.split("/questions/")[0]  # /rounds/<token>: on to what is next
    for _ in answers:
        question = client.get(location).text
        prompt = re.search(r'id="prompt"[^>]*>([^<]+)<', question).group(1).strip()
        client.post(location, data={"csrf_token": token, "answer": answers[prompt]})
        location = client.get(resume).headers["Location"]
    return client.get(location)


ANSWERS_RIGHT = {"Who became mayor of Millbrook in March 2016?": "Maria Lopez",
                 "The bridge to Riverton opened in November 2016.": "True"}
ANSWERS_WRONG = {"Who became mayor of Millbrook in March 2016?": "Tom White",
                 "The bridge to Riverton opened in November 2016.": "False"}


def test_students_take_a_shared_quiz_and_the_teacher_reads_the_results(
        app, post, teacher_client, bank, csrf):
    quiz_url = build_quiz(post, bank, count="2", kinds=["multiple_choice", "true_false"],
                          attempts_allowed="1")
    share_url = re.search(r'value="http://localhost(/q/[^"]+)"', teacher_client.get(quiz_url).text).group(1)
    for nickname, answers in (("Ann", ANSWERS_RIGHT), ("Bo", ANSWERS_WRONG), ("Cy", ANSWERS_RIGHT)):
        results = take(app.test_client(), csrf, share_url, nickname, answers)
        assert results.status_code == 200
    again = take(app.test_client(), csrf, share_url, "ann", ANSWERS_RIGHT)
    assert again.status_code == 422 and "has used the 1 attempt(s)" in again.text

    page = teacher_client.get(quiz_url).text
    assert "Attempts (3)" in page
    assert page.count("<svg") == 2 and "Facility index per question" in page
    assert "Tom White (1)" in page
    assert "67%" in page  # facility of each question: 2 of 3 right
    assert "1.00" in page  # both questions discriminate perfectly

    download = teacher_client.get(f"{quiz_url}/results.csv")
    assert download.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.text)))
    assert rows[0] == ["nickname", "started", "answered", "questions", "score", "percent"]
    assert [row[0] for row in rows[1:4]] == ["Ann", "Bo", "Cy"]
    assert rows[2][4:] == ["0", "0%"]


def test_feedback_at_the_end_moves_straight_on(app, post, teacher_client, bank, csrf):
    quiz_url = build_quiz(post, bank, count="2", kinds=["multiple_choice", "true_false"],
                          feedback="end")
    share_url = re.search(r'value="http://localhost(/q/[^"]+)"', teacher_client.get(quiz_url).text).group(1)
    student = app.test_client()
    page = student.get(share_url)
    token = csrf(page.text)
    action = re.search(r'action="(/q/[^/"]+/rounds)"', page.text).group(1)
    first = student.post(action, data={"csrf_token": token, "nickname": "Di"}).headers["Location"]
    response = student.post(first, data={"csrf_token": token, "answer": "Maria Lopez"})
    second = response.headers["Location"]
    assert second != first and "/questions/" in second
    assert student.get(first).status_code == 303  # no feedback page to go back to


@pytest.mark.parametrize("fmt", ["gift", "xml", "json"])
def test_a_bank_exported_and_imported_again_keeps_its_questions(post, teacher_client, bank, fmt):
    from quizapp.exchange import bank_json, gift, moodle_xml

    module = {"gift": gift, "xml": moodle_xml, "json": bank_json}[fmt]
    exported = teacher_client.get(f"{bank}/export.{fmt}")
    assert exported.status_code == 200 and "attachment" in exported.headers["Content-Disposition"]
    original = module.load(exported.text)
    assert len(original.questions) == 5
    name = {"gift": "bank.gift", "xml": "bank.xml", "json": "bank.json"}[fmt]
    # into a new, empty bank (imported from the banks page, the file would join "Millbrook")
    empty = post("/teacher/banks/", data={"name": "Copy"}).headers["Location"]
    response = post(f"{empty}/import", content_type="multipart/form-data",
                    data={"file": (io.BytesIO(exported.data), name)})
    assert response.status_code == 303
    again = module.load(teacher_client.get(f"{empty}/export.{fmt}").text)
    assert [q.question.prompt for q in again.questions] == [q.question.prompt for q in original.questions]
    assert [q.question.answer for q in again.questions] == [q.question.answer for q in original.questions]
    if fmt == "json":
        assert (again.questions, again.tags) == (original.questions, original.tags)


@pytest.mark.parametrize(("name", "report"), [
    ("moodle_gift_examples.txt", "33 questions added, 10 skipped."),
    ("moodle_xml_examples.xml", "5 questions added, 1 skipped."),
])
def test_moodle_documented_examples_import(post, teacher_client, name, report):
    data = (EXCHANGE_DATA / name).read_bytes()
    response = post("/teacher/banks/import", content_type="multipart/form-data",
                    data={"file": (io.BytesIO(data), name)})
    assert response.status_code == 303
    page = teacher_client.get(response.headers["Location"]).text
    assert "<li><label>" in page and report in page


def import_gift(post, url, text: str, name: str = "quick.gift"):
    response = post(url, content_type="multipart/form-data",
                    data={"file": (io.BytesIO(text.encode()), name)})
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def my_banks(db_session) -> dict[str, int]:
    from quizapp import models

    db_session.expire_all()
    return {bank.name: len(bank.questions) for bank in db_session.scalars(select(models.Bank))}


def test_an_import_reports_what_it_took_and_what_it_skipped_and_why(post, teacher_client,
                                                                    db_session):
    text = (EXCHANGE_DATA / "moodle_gift_quick_examples.txt").read_text()
    location = import_gift(post, "/teacher/banks/import", text)
    assert re.search(r"/teacher/banks/\d+\?imported=\d+#import-report$", location)
    report = teacher_client.get(location).text.split('id="import-report"')[1].split("</section>")[0]
    assert "Imported quick.gift" in report
    assert "6 questions added, 4 skipped." in report
    skipped = re.findall(r"<li>(.*?)</li>", report, re.S)
    assert [re.sub(r"<[^>]+>|\s+", " ", line).split() for line in skipped][0] == (
        "Line 19: Q5 What is a number from 1 to 5? "
        "(numerical questions are not supported)").split()
    assert "How are you?" in skipped[3] and "essay questions are not supported" in skipped[3]
    assert my_banks(db_session) == {"GIFT quick examples": 6}


def test_a_file_naming_a_bank_the_teacher_has_joins_it_without_repeats(post, teacher_client,
                                                                       db_session):
    text = (EXCHANGE_DATA / "moodle_gift_quick_examples.txt").read_text()
    import_gift(post, "/teacher/banks/import", text)
    # the same file again, and one more question in the same category written otherwise
    more = "$CATEGORY: $course$/top/gift QUICK examples\n\n::Q11:: The sky is blue. {T}\n"
    again = teacher_client.get(import_gift(post, "/teacher/banks/import", text)).text
    assert "0 questions added, 6 already in this bank (not added twice), 4 skipped." in again
    assert "The file names the bank “GIFT quick examples”, which you had" in again
    import_gift(post, "/teacher/banks/import", more, "more.gift")
    assert my_banks(db_session) == {"GIFT quick examples": 7}
    # every import stays on record: the one just made, and the earlier ones
    page = teacher_client.get(import_gift(post, "/teacher/banks/import", more, "more.gift")).text
    assert "Earlier imports (3)" in page


def test_another_teacher_s_bank_of_the_same_name_is_not_joined(app, post, make_teacher,
                                                               db_session):
    from quizapp.services import banks

    make_teacher("eve@school.example")
    banks.create_bank(db_session, 2, "GIFT quick examples", [])
    db_session.commit()
    import_gift(post, "/teacher/banks/import",
                (EXCHANGE_DATA / "moodle_gift_quick_examples.txt").read_text())
    from quizapp import models

    db_session.expire_all()
    mine = db_session.scalars(select(models.Bank).where(models.Bank.owner_id == 1)).all()
    assert [(bank.name, len(bank.questions)) for bank in mine] == [("GIFT quick examples", 6)]


def test_a_file_without_a_bank_name_is_named_after_the_file(post, db_session):
    import_gift(post, "/teacher/banks/import", "::Q:: The sky is blue. {T}\n", "Week 3 quiz.gift")
    assert my_banks(db_session) == {"Week 3 quiz": 1}


def test_a_file_imported_from_a_bank_s_page_goes_into_that_bank(post, teacher_client, bank,
                                                                 db_session):
    text = (EXCHANGE_DATA / "moodle_gift_quick_examples.txt").read_text()
    location = import_gift(post, f"{bank}/import", text)
    assert location.startswith(f"{bank}?imported=")
    assert "6 questions added, 4 skipped." in teacher_client.get(location).text
    assert my_banks(db_session) == {"Millbrook": 11}


def test_a_bad_file_on_a_bank_s_page_gets_its_message_there(post, bank):
    response = post(f"{bank}/import", headers=HTMX, content_type="multipart/form-data",
                    data={"file": (io.BytesIO(b"<html></html>"), "bank.xml")})
    assert response.status_code == 422 and "not a Moodle XML file" in response.text
    assert f'action="{bank}/import"' in response.text


def test_a_bad_bank_file_gets_a_clear_message(post):
    response = post("/teacher/banks/import", headers=HTMX, content_type="multipart/form-data",
                    data={"file": (io.BytesIO(b'{"format": "nope"}'), "bank.json")})
    assert response.status_code == 422 and "not a quizapp question bank" in response.text


def test_a_bank_filters_its_questions_by_their_tags(post, teacher_client, bank, ids, db_session):
    from quizapp import models

    db_session.get(models.Question, ids["questions"]["q2"]).tags = ["bridges"]
    db_session.commit()
    shown = teacher_client.get(f"{bank}?tag=bridges", headers=HTMX).text
    assert "The bridge to Riverton opened in November 2016." in shown
    assert "Who became mayor" not in shown
