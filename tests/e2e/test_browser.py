"""Whole rounds with JavaScript on and off, an order question by keyboard, the timeline."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

ORDER = ["Millbrook Council began planning a bridge", "Maria Lopez became mayor of Millbrook",
         "The bridge to Riverton opened"]
MATCH = ["mayor", "planned the bridge", "reached by the bridge"]


def start_round(page, live_server, nickname, shoot=None):
    page.goto(live_server["url"] + "/")
    if shoot:
        shoot(page, "home")
    page.get_by_label("Your nickname").fill(nickname)
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#prompt")).to_have_text("Who became mayor of Millbrook in March 2016?")
    expect(page.locator(".site-header")).to_be_visible()


def answer_all(page, shoot=None, prefix=""):
    """Answer the five sample questions; with `shoot`, save each screen."""
    page.get_by_label("Maria Lopez").check()
    check_and_next(page, shoot, f"{prefix}1-multiple-choice")
    page.get_by_label("True", exact=True).check()
    check_and_next(page, shoot, f"{prefix}2-true-false")
    page.get_by_label("Your answer").fill("lopez")
    check_and_next(page, shoot, f"{prefix}3-fill-blank")
    page.get_by_role("button", name=f"Move down: {ORDER[1]}").click()
    check_and_next(page, shoot, f"{prefix}4-order")
    for row, choice in enumerate(MATCH):
        page.locator(f"#pair_{row}").select_option(choice)
    check_and_next(page, shoot, f"{prefix}5-match")


def check_and_next(page, shoot, name):
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback .verdict")).to_have_text("Right!")
    if shoot:
        shoot(page, name)
    page.locator("#feedback a.next").click()
    if page.evaluate("!!window.htmx"):  # the new question (or the results) takes the focus
        expect(page.locator("#prompt")).to_be_focused()


def test_a_whole_round_with_javascript(page, live_server, shoot):
    start_round(page, live_server, "Jo", shoot)
    page.evaluate("window.stillTheSamePage = true")
    shoot(page, "quiz-question")
    page.get_by_role("button", name="Check my answer").click()  # nothing chosen: a 422
    expect(page.locator(".form-errors")).to_have_text("Pick an answer.")
    answer_all(page, shoot, "js-")
    expect(page.get_by_role("heading", name="You scored 5 out of 5")).to_be_visible()
    # htmx swapped every step: the page never reloaded, and the URL follows the round.
    assert page.evaluate("window.stillTheSamePage") is True
    assert page.url.endswith("/results")
    shoot(page, "quiz-results")


def test_a_whole_round_without_javascript(browser, live_server, shoot):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    start_round(page, live_server, "NoJS")
    answer_all(page)
    expect(page.get_by_role("heading", name="You scored 5 out of 5")).to_be_visible()
    shoot(page, "quiz-results-no-js")
    page.get_by_role("link", name="Other quizzes").click()
    expect(page.get_by_role("heading", name="Quizzes", exact=True)).to_be_visible()
    context.close()


def test_an_order_question_solved_with_the_keyboard_only(page, live_server, shoot):
    start_round(page, live_server, "Keys")
    question = live_server["questions"]["q4"]
    page.goto(re.sub(r"/questions/\d+$", f"/questions/{question}", page.url))
    page.focus("#prompt")
    page.keyboard.press("Tab")  # "Move up" of the first item
    page.keyboard.press("Tab")  # "Move down" of the first item
    page.keyboard.press("Enter")
    expect(page.locator(".order-text")).to_have_text(ORDER)
    while not page.evaluate("document.activeElement.classList.contains('submit-answer')"):
        page.keyboard.press("Tab")
    shoot(page, "order-keyboard")
    page.keyboard.press("Enter")
    expect(page.locator("#feedback .verdict")).to_have_text("Right!")


def test_timeline_filter_and_presentation_keys(page, live_server, shoot):
    base = f"{live_server['url']}/timelines/{live_server['article']}"
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(base)
    expect(page.locator(".event")).to_have_count(3)
    shoot(page, "timeline-phone")
    page.set_viewport_size({"width": 1280, "height": 720})  # a projector
    shoot(page, "timeline-wide")
    page.locator(".actor-filter").get_by_role("link", name="Riverton").click()
    expect(page.locator(".event")).to_have_count(1)
    assert page.url.endswith("?actor=a3")
    page.get_by_role("link", name="Source and questions").click()
    expect(page.locator(".event-details blockquote")).to_contain_text("The bridge to Riverton opened")
    shoot(page, "timeline-filtered")

    page.goto(f"{base}/present")
    expect(page.locator(".slide-count")).to_have_text("1 / 3")
    page.keyboard.press("ArrowRight")
    expect(page.locator(".slide-count")).to_have_text("2 / 3")
    page.keyboard.press("d")
    expect(page.locator(".slide-date")).to_have_text("When was it?")
    shoot(page, "present-hidden-date")
    page.keyboard.press("ArrowLeft")
    expect(page.locator(".slide-count")).to_have_text("1 / 3")
    expect(page.locator(".slide-date")).to_have_text("When was it?")
    page.keyboard.press("d")
    expect(page.locator(".slide-date")).to_have_text("about 2014")
    shoot(page, "present")
