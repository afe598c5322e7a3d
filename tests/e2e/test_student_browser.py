"""A student's round in Chromium on a phone and a laptop (issue 12): the feedback's verdict,
right answer and Next button on the first screen for every kind of question, the focus after
each step, one round for a double click on Start, the favicon."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
SMALL_PHONE = {"width": 375, "height": 667}  # the feedback scrolls to the top there
ORDER = ["Millbrook Council began planning a bridge", "Maria Lopez became mayor of Millbrook",
         "The bridge to Riverton opened"]


def answer_wrong(page, kind):
    """Answer the sample question of `kind` wrongly (the longest feedback), or partly."""
    if kind == "multiple_choice":
        page.get_by_label("Tom White").check()
    elif kind == "true_false":
        page.get_by_label("False", exact=True).check()
    elif kind == "fill_blank":
        page.get_by_label("Your answer").fill("Smith")
    elif kind == "order":
        pass  # the items as they start, alphabetical: partly right
    else:
        for row, choice in enumerate(["planned the bridge", "mayor", "reached by the bridge"]):
            page.locator(f"#pair_{row}").select_option(choice)


KINDS = ["multiple_choice", "true_false", "fill_blank", "order", "match"]


def start(page, live_server, nickname):
    page.goto(live_server["url"] + "/")
    page.get_by_label("Your nickname").fill(nickname)
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#prompt")).to_have_text("Who became mayor of Millbrook in March 2016?")


def below_the_status_bar(page, locator) -> bool:
    """Not hidden under the round's sticky status bar."""
    bar = page.locator("#round-status").bounding_box()
    return locator.bounding_box()["y"] >= bar["y"] + bar["height"]


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return (box is not None and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]
            and box["x"] >= 0 and box["x"] + box["width"] <= size["width"])


@pytest.mark.parametrize("name, viewport", [("phone", PHONE), ("laptop", LAPTOP),
                                            ("small-phone", SMALL_PHONE)])
def test_feedback_and_next_button_on_the_first_screen_with_focus(browser, live_server, shoot,
                                                                    name, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    start(page, live_server, f"Screen {name}")
    expect(page.locator("#prompt")).to_be_focused()  # the first question, after Start
    page.get_by_role("button", name="Check my answer").click()  # nothing chosen: a 422
    expect(page.locator(".form-errors")).to_be_focused()
    for kind in KINDS:
        answer_wrong(page, kind)
        page.get_by_role("button", name="Check my answer").click()
        expect(page.locator("#feedback-heading")).to_be_focused()
        expect(page.locator("#feedback-heading")).not_to_have_text("Right!")
        shoot(page, f"student-{name}-{kind}")
        next_button = page.locator("#feedback a.next")
        assert in_viewport(page, next_button), (kind, next_button.bounding_box())
        assert in_viewport(page, page.locator("#feedback .right-answer")), kind
        assert below_the_status_bar(page, page.locator("#feedback-heading")), kind
        # the source sentence once: the explanation no longer quotes it
        source = page.locator("#feedback blockquote").inner_text()
        assert source not in page.locator("#feedback").inner_text().replace(source, "", 1)
        next_button.click()
        expect(page.locator("#prompt")).to_be_focused()  # the next question, or the results
    expect(page.get_by_role("heading", name="You scored")).to_be_visible()
    context.close()


def test_feedback_without_javascript_on_a_phone(browser, live_server, shoot):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    start(page, live_server, "Screen no JS")
    for kind in KINDS:
        answer_wrong(page, kind)
        page.get_by_role("button", name="Check my answer").click()
        assert page.url.endswith("#feedback")  # the page opens at the feedback
        assert in_viewport(page, page.locator("#feedback a.next")), kind
        assert below_the_status_bar(page, page.locator("#feedback-heading")), kind
        shoot(page, f"student-no-js-{kind}")
        page.keyboard.press("Tab")  # from the feedback on
        expect(page.locator("#feedback a.next")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator("#prompt")).to_be_focused()  # autofocus on the new page
    # a reload of an answered question focuses its feedback
    page.go_back()
    page.goto(page.url.removesuffix("#feedback"))
    expect(page.locator("#feedback-heading")).to_be_focused()
    context.close()


def rounds_of(live_server, nickname) -> int:
    from sqlalchemy import func, select

    from quizapp import models
    from quizapp.db import get_session

    with live_server["app"].app_context():
        return get_session().scalar(select(func.count(models.Round.id))
                                    .where(models.Round.nickname == nickname))


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_double_click_on_start_starts_one_round(browser, live_server, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server["url"] + "/")
    nickname = f"Double {'js' if javascript else 'no-js'}"
    page.get_by_label("Your nickname").fill(nickname)
    page.get_by_role("button", name="Start").dblclick()
    expect(page.locator("#prompt")).to_have_text("Who became mayor of Millbrook in March 2016?")
    page.wait_for_load_state("networkidle")
    assert rounds_of(live_server, nickname) == 1
    context.close()


def answer_anything(page) -> None:
    """The first option, or "nobody" typed; checked, and the feedback's heading takes focus."""
    if page.locator(".options input").count():
        page.locator(".options input").first.check()
    else:
        page.get_by_label("Your answer").fill("nobody")
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback-heading")).to_be_focused()


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_the_favicon_is_served_and_linked(page, live_server, viewport):
    page.set_viewport_size(viewport)
    failed = []
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    page.goto(live_server["url"] + "/")
    icon = page.locator('link[rel="icon"]')
    assert page.request.get(live_server["url"] + icon.get_attribute("href")).ok
    assert page.request.get(live_server["url"] + "/favicon.ico").ok
    page.wait_for_load_state("networkidle")
    assert failed == []

@pytest.mark.parametrize("name, viewport", [("phone", PHONE), ("laptop", LAPTOP)])
def test_the_demo_round_feedback_on_the_first_screen(browser, demo_server, shoot, name, viewport):
    """Every question of the demo's quiz, answered with its first option (or a wrong word)."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(demo_server["url"] + "/")
    page.get_by_label("Your nickname").fill(f"Demo {name}")
    page.get_by_role("button", name="Start").click()
    kinds, number = set(), 0
    expect(page.locator("#prompt")).to_be_focused()  # each new question's, then the results'
    while page.get_by_role("button", name="Check my answer").count():
        kinds.add(page.locator(".question-card .eyebrow").inner_text().split("·")[1].strip())
        answer_anything(page)
        assert in_viewport(page, page.locator("#feedback a.next"))
        assert below_the_status_bar(page, page.locator("#feedback-heading"))
        feedback = page.locator("#feedback").inner_text()
        source = page.locator("#feedback blockquote").inner_text()
        assert feedback.count(source) == 1  # the source sentence once
        # whole words only: no mark starts or ends inside a word ("us" of "Russia")
        html = page.locator("#feedback blockquote").inner_html()
        assert not re.search(r"\w<mark>|</mark>\w", html), html
        number += 1
        shoot(page, f"demo-{name}-{number}")
        page.locator("#feedback a.next").click()
        expect(page.locator("#prompt")).to_be_focused()
    expect(page.get_by_role("heading", name="You scored")).to_be_focused()
    assert {"multiple choice", "fill in the blank"} <= {k.lower() for k in kinds}
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_start_without_a_nickname_focuses_the_field_and_its_error(browser, live_server,
                                                                     javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server["url"] + "/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Type a nickname to start.")).to_be_visible()
    expect(page.get_by_label("Your nickname")).to_be_focused()
    context.close()


def test_the_timeline_from_the_feedback_hides_questions_ahead(browser, demo_server, shoot):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(demo_server["url"] + "/")
    page.get_by_label("Your nickname").fill("Demo timeline")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#prompt")).to_be_focused()
    while True:  # up to a question whose feedback links to its event
        answer_anything(page)
        if page.get_by_role("link", name="See it on the timeline").count():
            break
        page.locator("#feedback a.next").click()
        expect(page.locator("#prompt")).to_be_focused()
    page.get_by_role("link", name="See it on the timeline").click()
    expect(page.locator(".event.is-open")).to_be_visible()
    shoot(page, "demo-timeline-from-round")
    expect(page.locator(".event-questions")).to_have_count(0)
    page.get_by_role("link", name="Back to my question").first.click()
    expect(page.locator(".question-card")).to_be_visible()
    assert "/rounds/" in page.url
    context.close()
