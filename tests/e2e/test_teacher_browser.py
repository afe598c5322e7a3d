"""The teacher's day in a browser: import the demo article, fix a date, approve questions, build
a quiz, a student takes it in a second browser context, the teacher reads the results."""
from __future__ import annotations

import re
from importlib.resources import files

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

HOSTILE = '"><img src=x onerror=alert(1)> <script>alert(2)</script>'


def test_import_review_build_take_and_read_results(page, browser, teacher_server, shoot,
                                                     log_in):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, teacher_server)
    shoot(page, "teacher-desk")

    page.get_by_role("link", name="Import an article").click()
    demo = files("quizapp").joinpath("demo", "kurdistan-russia-aid.txt").read_text(encoding="utf-8")
    page.get_by_label("Article text").fill(demo)
    page.get_by_label("Publication date").fill("2016-11-08")  # "(SCF)": its dateline has none
    shoot(page, "teacher-import")
    page.get_by_role("button", name="Import").click()
    # the polling widget, then the review page once the engine is done
    expect(page.get_by_text("Review", exact=True)).to_be_visible(timeout=60_000)
    shoot(page, "teacher-review")

    first_event = page.locator("#timeline-editor li[id^=event-]").first
    first_event.get_by_label("Date").fill("1990")
    first_event.get_by_label("Precision").select_option("year")
    first_event.get_by_role("button", name="Save event").click()
    expect(page.locator("#timeline-editor li[id^=event-]").first.get_by_label("Date")).to_have_value("1990")

    page.locator("#filter-kind").select_option("multiple_choice")
    expect(page.locator("#questions li.question-line").first).to_contain_text("Multiple choice")
    page.locator("#questions input[name=question]").first.check()
    page.locator("#status-form").get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator("#questions .status-badge.is-approved")).to_have_count(1)
    # a line's own button (its form sits outside the status form: forms cannot nest)
    page.locator("#questions li.question-line").nth(1).get_by_role("button", name=re.compile("^Approve")).click()
    expect(page.locator("#questions .status-badge.is-approved")).to_have_count(2)
    expect(page.locator("#filter-kind")).to_have_value("multiple_choice")  # still filtered
    shoot(page, "teacher-review-approved")

    page.get_by_role("link", name="Your desk").click()
    page.get_by_role("link", name="Question banks").click()
    page.get_by_label("Name").fill("Kurdistan")
    page.get_by_label("Tags (separated by commas)").fill("news, week 1")
    page.get_by_role("button", name="Create the bank").click()
    page.locator("#bank-questions input[name=question]").first.check()
    page.locator("#bank-questions input[name=question]").nth(1).check()
    page.get_by_role("button", name="Add the ticked questions").click()
    expect(page.locator("#bank-questions h2").first).to_have_text("In this bank")
    shoot(page, "teacher-bank")
    page.get_by_role("link", name="Build a quiz").click()
    page.get_by_label("Number of questions").fill("2")
    shoot(page, "teacher-build-quiz")
    page.get_by_role("button", name="Build the quiz").click()
    share_url = page.get_by_label("Link for your students").input_value()

    student_context = browser.new_context()
    student = student_context.new_page()
    student.goto(share_url)
    student.get_by_label("Your nickname").fill("Robin")
    student.get_by_role("button", name="Start").click()
    expect(student.locator("#prompt")).to_be_visible()
    answer_with_the_first_option(student, 2)
    shoot(student, "student-results")
    student_context.close()

    page.reload()
    expect(page.get_by_role("heading", name="Attempts (1)")).to_be_visible()
    expect(page.locator(".chart svg")).to_have_count(2)
    shoot(page, "teacher-results")
    assert dialogs == []


def answer_with_the_first_option(page, questions):
    """Answer each question with its first option, reading each feedback, up to the results."""
    for number in range(1, questions + 1):
        expect(page.get_by_role("button", name="Check my answer")).to_be_visible()
        expect(page.locator(".round-status")).to_contain_text(f"{number - 1} of {questions}")
        page.locator("input[type=radio]").first.check()
        page.get_by_role("button", name="Check my answer").click()
        page.locator("#feedback a.next").click()
    expect(page.get_by_role("heading", name=re.compile("You scored"))).to_be_visible()


def test_hostile_text_opens_no_dialog(page, teacher_server, shoot, log_in):
    from quizapp import models
    from quizapp.db import get_session

    app = teacher_server["app"]
    with app.app_context():
        session = get_session()
        article = models.Article(title=HOSTILE, text=HOSTILE, text_sha256="hostile", owner_id=1)
        article.actors = [models.Actor(key="a1", name=HOSTILE, kind="person",
                                       role='<a href="javascript:alert(3)">role</a>')]
        article.events = [models.Event(key="e1", position=0, when_text="2020", date_value="2020",
                                       precision="year", summary=HOSTILE, sentence=HOSTILE)]
        data = {"id": "h1", "kind": "multiple_choice", "prompt": HOSTILE,
                "choices": [HOSTILE, "javascript:alert(4)"], "answer": HOSTILE,
                "explanation": HOSTILE, "source": HOSTILE}
        article.questions = [models.Question(key="h1", kind="multiple_choice", prompt=HOSTILE,
                                             data=data, owner_id=1)]
        session.add(article)
        session.commit()
        article_id, question_id = article.id, article.questions[0].id
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, teacher_server)
    base = teacher_server["url"]
    for url in (f"/teacher/articles/{article_id}",
                f"/teacher/articles/{article_id}/questions/{question_id}",
                f"/timelines/{article_id}", "/teacher/"):
        page.goto(base + url)
        expect(page.locator("main")).to_contain_text('"><img src=x onerror=alert(1)>')
    shoot(page, "teacher-hostile-text")
    page.wait_for_timeout(300)
    assert dialogs == []
