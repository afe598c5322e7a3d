"""Issue 12 in a browser, on a laptop and on a phone: a student's answers opened from the
results, graded by hand (with JavaScript and without); the time zone guessed from the
browser; an article renamed and a bank deleted after confirming."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
SIZES = [("laptop", LAPTOP), ("phone", PHONE)]
SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="module")
def marker(teacher_server, analysis):
    """A teacher of their own with the sample article, a quiz of it, a bank, and two students'
    rounds with answers right and wrong."""
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import articles, banks, rounds
    from quizapp.services.accounts import create_teacher

    email = "marker@school.example"
    with teacher_server["app"].app_context():
        session = get_session()
        teacher = create_teacher(session, email, teacher_server["password"])
        article = articles.import_article(session, analysis, "Sample text for marking.",
                                          "approved", owner_id=teacher.id)
        quiz = articles.create_quiz(session, "Bridge quiz", article.questions, article)
        quiz.owner_id = teacher.id
        bank = banks.create_bank(session, teacher.id, "Spare bank", [])
        session.commit()
        round_ids = []
        for nickname, right in (("Sam", False), ("Kim", True)):
            round_ = rounds.start_round(session, quiz, nickname)
            session.commit()
            for item in round_.items[:3]:
                state = rounds.load_state(session, round_.token, item.question_id)
                answer = state.asked.content.answer if right else "Nobody"
                rounds.record_answer(session, state, state.asked, answer)
            round_ids.append(round_.id)
        url = teacher_server["url"]
        return {**teacher_server, "email": email, "quiz_url": f"{url}/teacher/quizzes/{quiz.id}",
                "article_url": f"{url}/teacher/articles/{article.id}",
                "bank_url": f"{url}/teacher/banks/{bank.id}", "rounds": round_ids}


def fits(page) -> None:
    """Nothing runs off the side of the screen."""
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("size_name, size", SIZES)
def test_a_students_answers_are_opened_and_graded_by_hand(page, marker, shoot, log_in,
                                                          size_name, size):
    page.set_viewport_size(size)
    log_in(page, marker)
    page.goto(marker["quiz_url"])
    expect(page.get_by_role("link", name="Every answer (CSV)")).to_be_visible()
    expect(page.get_by_role("link", name="Summary (CSV)")).to_be_visible()
    fits(page)
    page.get_by_role("link", name="Sam", exact=True).click()
    expect(page.get_by_role("heading", name="Sam", exact=True)).to_be_visible()
    sheet = page.locator("#round-answers")
    expect(sheet.locator("li.answer-line")).to_have_count(5)
    fits(page)
    shoot(page, f"results-student-{size_name}")
    first = sheet.locator("li.answer-line").first
    before = page.locator("#round-score").inner_text()
    page.evaluate("window.stillTheSamePage = true")
    first.get_by_role("button", name="Mark right").click()
    expect(page.locator("#round-answers li.answer-line").first.locator(".answer-verdict")).to_have_text("Right")
    assert page.evaluate("window.stillTheSamePage === true")  # swapped in place by htmx
    expect(page.locator("#round-score")).not_to_have_text(before)
    expect(page.locator("#round-answers li.answer-line").first).to_contain_text("Graded by hand")
    # points typed and Enter: half a point
    second = page.locator("#round-answers li.answer-line").nth(1)
    second.get_by_label("Points (0 to 1)").fill("0.5")
    second.get_by_label("Points (0 to 1)").press("Enter")
    expect(page.locator("#round-answers li.answer-line").nth(1).locator(".answer-verdict")).to_have_text(
        "Partly right")
    # a bad value gets a message by the answer
    third = page.locator("#round-answers li.answer-line").nth(2)
    third.get_by_label("Points (0 to 1)").fill("7")
    third.get_by_role("button", name="Set points").click()
    expect(page.locator("#round-answers")).to_contain_text("Points go from 0 (wrong) to 1 (right).")
    fits(page)
    shoot(page, f"results-graded-{size_name}")
    # put back what this test changed, for the other size
    for index in (0, 1):
        page.locator("#round-answers li.answer-line").nth(index).get_by_role(
            "button", name="Mark wrong").click()
        expect(page.locator("#round-answers li.answer-line").nth(index).locator(".answer-verdict")
               ).to_have_text("Wrong")


def test_grading_by_hand_works_without_javascript(browser, marker, log_in):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    log_in(page, marker)
    page.goto(f"{marker['quiz_url']}/rounds/{marker['rounds'][1]}")
    line = page.locator("#round-answers li.answer-line").first
    expect(line.locator(".answer-verdict")).to_have_text("Right")
    line.get_by_role("button", name="Mark wrong").click()
    expect(page).to_have_url(re.compile(r"/rounds/\d+#answer-\d+$"))
    expect(page.locator("#round-answers li.answer-line").first.locator(".answer-verdict")).to_have_text(
        "Wrong")
    page.locator("#round-answers li.answer-line").first.get_by_role(
        "button", name="Mark right").click()
    expect(page.locator("#round-answers li.answer-line").first.locator(".answer-verdict")).to_have_text(
        "Right")
    context.close()


def test_the_time_zone_is_guessed_from_the_browser_and_saved(browser, marker, log_in, shoot):
    context = browser.new_context(timezone_id="Europe/Paris", viewport=PHONE)
    page = context.new_page()
    log_in(page, marker)
    page.goto(marker["url"] + "/teacher/time-zone")
    select = page.get_by_label("Your time zone")
    expect(select).to_have_value("Europe/Paris")  # a prefill: nothing is saved yet
    expect(page.get_by_text("Preselected from your browser's clock")).to_be_visible()
    fits(page)
    shoot(page, "time-zone-phone")
    page.get_by_role("button", name="Save the time zone").click()
    expect(page.get_by_role("status")).to_contain_text("times are shown in Europe/Paris")
    page.goto(marker["quiz_url"])
    expect(page.locator("#attempts-heading + p")).to_contain_text("Times in Europe/Paris")
    expect(page.locator("section[aria-labelledby=attempts-heading] tbody")).to_contain_text("CET")
    # put UTC back for the other tests
    page.goto(marker["url"] + "/teacher/time-zone")
    page.get_by_label("Your time zone").select_option("UTC")
    page.get_by_role("button", name="Save the time zone").click()
    expect(page.get_by_role("status")).to_contain_text("times are shown in UTC")
    context.close()


@pytest.mark.parametrize("size_name, size", SIZES)
def test_an_article_is_renamed_in_place(page, marker, log_in, shoot, size_name, size):
    page.set_viewport_size(size)
    log_in(page, marker)
    page.goto(marker["article_url"])
    manage = page.locator("#manage")
    manage.get_by_label("New name").fill("")
    manage.get_by_role("button", name="Rename").click()
    expect(page.locator("#manage")).to_contain_text("Type the new name.")
    page.locator("#manage").get_by_label("New name").fill(f"Bridge story ({size_name})")
    page.locator("#manage").get_by_role("button", name="Rename").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bridge story ({size_name})")
    fits(page)
    page.locator("#manage").screenshot(path=str(SCREENSHOTS / f"article-manage-{size_name}.png"))


def test_a_bank_is_deleted_after_confirming(page, marker, log_in, shoot):
    page.set_viewport_size(PHONE)
    log_in(page, marker)
    page.goto(marker["bank_url"])
    page.locator("#manage").get_by_role("link", name="Delete this bank…").click()
    expect(page.get_by_role("heading", name="Delete “Spare bank”?")).to_be_visible()
    fits(page)
    shoot(page, "bank-delete-phone")
    page.get_by_role("link", name="Keep it").click()
    expect(page.get_by_role("heading", name="Spare bank", level=1)).to_be_visible()
    page.locator("#manage").get_by_role("link", name="Delete this bank…").click()
    page.get_by_role("button", name="Delete “Spare bank”").click()
    expect(page.get_by_role("heading", name="Question banks")).to_be_visible()
    expect(page.get_by_text("Spare bank")).to_have_count(0)


def test_deleting_the_article_names_the_quiz_that_keeps_its_results(page, marker, log_in,
                                                                    shoot):
    page.set_viewport_size(LAPTOP)
    log_in(page, marker)
    page.goto(marker["article_url"] + "/delete")
    expect(page.locator(".kept-list")).to_contain_text("Quiz Bridge quiz (2 student rounds)")
    shoot(page, "article-delete-laptop")
    page.get_by_role("button", name=re.compile("^Delete “")).click()
    expect(page.get_by_role("heading", name="Your desk")).to_be_visible()
    page.goto(marker["quiz_url"])
    expect(page.locator("section[aria-labelledby=attempts-heading] tbody tr")).to_have_count(2)
