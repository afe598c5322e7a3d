"""A live session in Chromium: a teacher on the projector and three students on phones, in
separate contexts, play the whole sample quiz; one reloads, one joins late without JavaScript."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1280, "height": 720}
TEACHER = ("live@school.example", "correct horse battery")
MATCH = ["mayor", "planned the bridge", "reached by the bridge"]


@pytest.fixture(scope="module")
def teacher_account(live_server):
    from quizapp.db import get_session
    from quizapp.services.accounts import create_teacher

    with live_server["app"].app_context():
        create_teacher(get_session(), *TEACHER)
    return TEACHER


def answer(page, kind: str, right: bool) -> None:
    """Answer the question on a student's phone, rightly or not."""
    if kind == "multiple_choice":
        page.get_by_label("Maria Lopez" if right else "Tom White").check()
    elif kind == "true_false":
        page.get_by_label("True" if right else "False", exact=True).check()
    elif kind == "fill_blank":
        page.get_by_label("Your answer").fill("Lopez" if right else "Smith")
    elif kind == "match":
        for row, choice in enumerate(MATCH if right else MATCH[::-1]):
            page.locator(f"#pair_{row}").select_option(choice)
    # an order question is sent as it stands (alphabetical: partly right)
    page.get_by_role("button", name="Send my answer").click()
    expect(page.locator("#live-stage")).to_contain_text("Locked in")


def press(page, key: str) -> None:
    """A presenter's key, once the page has its scripts: a step taken right after a poll
    brought a new board may go as a plain form post, whose reply is a whole new page."""
    page.wait_for_load_state("load")
    page.keyboard.press(key)


@pytest.fixture
def new_page(browser):
    """A page in a browser context of its own (a device), closed after the test."""
    contexts = []

    def page(**options):
        contexts.append(browser.new_context(**options))
        return contexts[-1].new_page()

    yield page
    for context in contexts:
        context.close()


def test_a_whole_live_session(new_page, live_server, teacher_account, tmp_path):
    projector = new_page(viewport=PROJECTOR)
    projector.goto(live_server["url"] + "/teacher/login")
    projector.get_by_label("E-mail address").fill(teacher_account[0])
    projector.get_by_label("Password").fill(teacher_account[1])
    projector.get_by_role("button", name="Log in").click()
    expect(projector.get_by_role("heading", name="Your desk")).to_be_visible()
    projector.goto(f"{live_server['url']}/teacher/quizzes/{live_server['quiz']}/live")
    projector.get_by_role("button", name="Open the session").click()
    code = projector.locator(".join-code strong").inner_text()
    join_url = projector.locator(".join-url").inner_text()
    assert join_url.endswith(f"/join/{code}")
    projector.wait_for_load_state("load")  # the QR code image too
    assert projector.evaluate("document.querySelector('img.qr').naturalWidth") > 0

    phones = {}
    for nickname in ("Ann", "Bob"):
        phone = new_page(viewport=PHONE)
        phone.goto(join_url)  # as the QR code leads there
        expect(phone.get_by_label("Join code")).to_have_value(code)
        phone.get_by_label("Your nickname").fill(nickname)
        phone.get_by_role("button", name="Join").click()
        expect(phone.get_by_role("heading", name=f"You're in, {nickname}!")).to_be_visible()
        phones[nickname] = phone
    expect(projector.locator(".players")).to_contain_text("Ann")
    expect(projector.locator(".players")).to_contain_text("Bob")
    projector.screenshot(path=tmp_path / "projector-lobby.png")

    press(projector, "n")  # the presenter's key for the next step
    ann, bob = phones["Ann"], phones["Bob"]
    expect(ann.locator("#prompt")).to_have_text("Who became mayor of Millbrook in March 2016?")
    ann.screenshot(path=tmp_path / "phone-question.png")
    bob.reload()  # a reload keeps the seat and the question
    expect(bob.locator("#prompt")).to_have_text("Who became mayor of Millbrook in March 2016?")

    # a late joiner, without JavaScript, enters at the current question
    no_js = new_page(viewport=PHONE, java_script_enabled=False)
    no_js.goto(f"{live_server['url']}/join")
    no_js.get_by_label("Join code").fill(code)
    no_js.get_by_label("Your nickname").fill("Cy")
    no_js.get_by_role("button", name="Join").click()
    phones["Cy"] = no_js

    kinds = ["multiple_choice", "true_false", "fill_blank", "order", "match"]
    for number, kind in enumerate(kinds, start=1):
        for nickname, phone in phones.items():
            if nickname == "Cy":
                phone.reload()  # without JavaScript, a reload follows the teacher
            expect(phone.locator("#prompt")).not_to_have_text("You're in, " + nickname + "!")
            expect(phone.locator(".answer-form")).to_be_visible()
            answer(phone, kind, right=nickname != "Bob")
        expect(projector.locator(".answered")).to_contain_text("3 of 3 answered")
        press(projector, "n")  # reveal
        expect(projector.locator(".chart svg")).to_be_visible()
        if number == 1:
            expect(ann.locator(".verdict")).to_contain_text("Right!")
            expect(bob.locator(".verdict")).to_contain_text("Not quite.")
            projector.screenshot(path=tmp_path / "projector-reveal.png")
            ann.screenshot(path=tmp_path / "phone-reveal.png")
        press(projector, "n")  # the leaderboard
        expect(projector.locator(".leaderboard")).to_be_visible()
        expect(bob.locator("#live-stage")).to_contain_text("You are number 3 of 3")
        press(projector, "n")  # the next question, or the podium after the last

    expect(projector.locator(".podium")).to_contain_text("Ann")
    projector.screenshot(path=tmp_path / "projector-podium.png")
    expect(ann.locator("#prompt")).to_have_text(re.compile("On the podium: number 1"))
    no_js.reload()
    expect(no_js.locator("#prompt")).to_have_text(re.compile("On the podium|Final place"))
    ann.screenshot(path=tmp_path / "phone-podium.png")
    projector.get_by_role("link", name="See the results").click()
    expect(projector.locator("table").first).to_contain_text("Bob")
    for name in ("projector-lobby", "projector-reveal", "projector-podium", "phone-question",
                 "phone-reveal", "phone-podium"):
        assert (tmp_path / f"{name}.png").stat().st_size > 10_000
