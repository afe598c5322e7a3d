"""The review list in a browser: least certain first, a line opened to edit in place and saved
where the teacher is, select all and approve all; with JavaScript and without, on a laptop and
on a phone."""
from __future__ import annotations

import re
from importlib.resources import files

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def reviewer(teacher_server):
    """A teacher of their own (the other browser tests' teacher builds quizzes from every
    approved question) with the demo article as the engine reads it, all drafts."""
    from quizapp.content import analyze
    from quizapp.db import get_session
    from quizapp.services import articles
    from quizapp.services.accounts import create_teacher

    text = files("quizapp").joinpath("demo", "kurdistan-russia-aid.txt").read_text(encoding="utf-8")
    email = "reviewer@school.example"
    with teacher_server["app"].app_context():
        session = get_session()
        teacher = create_teacher(session, email, teacher_server["password"])
        article = articles.import_article(session, analyze(text), text, "draft",
                                          owner_id=teacher.id)
        session.commit()
        return {**teacher_server, "email": email,
                "review_url": f"{teacher_server['url']}/teacher/articles/{article.id}"}


def certainties(page) -> list[int]:
    return [int(re.match(r"\d+", text).group()) for text in
            page.locator("#questions .confidence").all_inner_texts()]


def test_a_line_opens_in_place_and_saving_stays_on_it(page, reviewer, shoot,
                                                      log_in):
    page.set_viewport_size(LAPTOP)
    log_in(page, reviewer)
    page.goto(reviewer["review_url"])
    lines = page.locator("#questions li.question-line")
    expect(lines.first).to_be_visible()
    assert lines.count() >= 3
    assert certainties(page) == sorted(certainties(page))  # least certain first
    shoot(page, "review-list-laptop")

    third = lines.nth(2)
    line_id = third.get_attribute("id")
    kind = third.locator(".line-kind").inner_text()
    page.evaluate("window.stillTheSamePage = true")
    third.get_by_role("link", name=re.compile("^Edit")).click()
    opened = page.locator(f"#{line_id}")
    expect(opened.get_by_label("Explanation")).to_be_visible()
    # only the fields of the question's kind
    shown = {"Multiple choice": "Wrong options (one a line)", "True or false": "The statement is",
             "Fill in the blank": "Also accept (one a line)",
             "Put in order": "Items in their right order (one a line)",
             "Match pairs": "Pairs, one a line: left = right"}
    for label_kind, label in shown.items():
        expect(opened.get_by_label(label, exact=True)).to_have_count(1 if label_kind == kind else 0)
    expect(opened.get_by_label("Kind")).to_have_count(0)
    expect(opened.get_by_label("Question")).to_be_focused()
    shoot(page, "review-line-open-laptop")

    opened.get_by_label("Explanation").fill("Checked against the article.")
    opened.get_by_role("button", name="Save").click()
    saved = page.locator(f"#{line_id}")
    expect(saved.get_by_role("status")).to_have_text("Saved.")
    expect(saved.get_by_label("Explanation")).to_have_count(0)
    expect(saved.get_by_role("link", name=re.compile("^Edit"))).to_be_focused()
    assert lines.nth(2).get_attribute("id") == line_id  # the line kept its place
    assert page.evaluate("window.stillTheSamePage") is True
    shoot(page, "review-line-saved-laptop")


def test_select_all_reject_then_approve_all(page, reviewer, shoot, log_in):
    page.set_viewport_size(PHONE)
    log_in(page, reviewer)
    page.goto(reviewer["review_url"] + "?kind=fill_blank")
    boxes = page.locator("#questions li input[type=checkbox]")
    expect(boxes.first).to_be_visible()
    shoot(page, "review-list-phone")
    page.get_by_role("link", name="all", exact=True).click()
    expect(page.locator("#questions li input[type=checkbox]:checked")).to_have_count(boxes.count())
    page.locator("#status-form").get_by_role("button", name="Reject", exact=True).click()
    badges = page.locator("#questions .status-badge")
    expect(badges.filter(has_text="Rejected")).to_have_count(boxes.count())
    expect(page.locator("#filter-kind")).to_have_value("fill_blank")  # still filtered
    page.get_by_role("button", name=re.compile(r"^Approve all \d+ listed")).click()
    expect(badges.filter(has_text="Approved")).to_have_count(boxes.count())
    page.locator("#questions li").first.get_by_role("link", name=re.compile("^Edit")).click()
    expect(page.locator("#questions li.is-open")).to_have_count(1)
    shoot(page, "review-line-open-phone")


def test_without_javascript_the_same_urls_give_whole_pages(browser, reviewer,
                                                            shoot, log_in):
    context = browser.new_context(java_script_enabled=False, viewport=LAPTOP)
    page = context.new_page()
    log_in(page, reviewer)
    page.goto(reviewer["review_url"])
    first = page.locator("#questions li.question-line").first
    line_id = first.get_attribute("id")
    first.get_by_role("link", name=re.compile("^Edit")).click()
    expect(page).to_have_url(re.compile(r"/questions/\d+"))
    opened = page.locator(f"#{line_id}")
    expect(opened.get_by_label("Explanation")).to_be_visible()
    opened.get_by_label("Explanation").fill("Read without JavaScript.")
    opened.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(rf"saved=\d+#{line_id}$"))
    expect(page.locator(f"#{line_id}").get_by_role("status")).to_have_text("Saved.")
    shoot(page, "review-line-saved-no-js")
    page.get_by_role("link", name="all", exact=True).click()
    boxes = page.locator("#questions li input[type=checkbox]")
    expect(page.locator("#questions li input[type=checkbox]:checked")).to_have_count(boxes.count())
    page.locator("#status-form").get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator("#questions .status-badge").filter(has_text="Approved")).to_have_count(
        boxes.count())
    context.close()
