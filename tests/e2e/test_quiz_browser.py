"""Issue 12 in a browser, at laptop and phone size: a teacher hand-picks a quiz's questions,
shares it (copy button, QR code), closes and reopens it, archives it after a confirmation; a
student's timed round counts down and ends on its results; without JavaScript the link and the
end time are still there, and a quiz is deleted after its confirmation."""
from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

SIZES = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def quiz_server(migrated_template, tmp_path_factory, analysis):
    """The app on its own database: one teacher with the sample article's five approved
    questions in a bank (no engine needed)."""
    import shutil

    from werkzeug.serving import make_server

    from quizapp import create_app
    from quizapp.config import config_for_tests
    from quizapp.db import get_session
    from quizapp.services import articles, banks
    from quizapp.services.accounts import create_teacher

    path = tmp_path_factory.mktemp("e2e-quizzes") / "quizapp.sqlite"
    shutil.copy(migrated_template, path)
    app = create_app(config_for_tests(f"sqlite:///{path}"))
    with app.app_context():
        session = get_session()
        teacher = create_teacher(session, "teacher@school.example", "correct horse battery")
        article = articles.import_article(session, analysis, "Millbrook opens its bridge.",
                                          "approved")
        article.owner_id = teacher.id
        for question in article.questions:
            question.owner_id = teacher.id
        bank = banks.create_bank(session, teacher.id, "Millbrook", [])
        bank.questions = list(article.questions)
        session.commit()
        bank_id = bank.id
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.server_port}", "app": app, "bank": bank_id,
           "email": "teacher@school.example", "password": "correct horse battery"}
    server.shutdown()


def fits(page) -> None:
    """Nothing wider than the screen: no sideways scrolling."""
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("size", SIZES)
def test_a_teacher_picks_shares_closes_and_reopens_a_quiz(browser, quiz_server, log_in, shoot,
                                                           size):
    context = browser.new_context(viewport=SIZES[size])
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=quiz_server["url"])
    page = context.new_page()
    log_in(page, quiz_server)
    page.goto(f"{quiz_server['url']}/teacher/banks/{quiz_server['bank']}/quizzes/new")
    page.get_by_label("Quiz name").fill(f"Picked on the {size}")
    page.get_by_label("The ones I tick below").check()
    page.get_by_label(re.compile("^Who became mayor")).check()
    page.get_by_label(re.compile("^The bridge to Riverton opened")).check()
    page.get_by_label("Time limit in minutes per round (empty: none)").fill("20")
    fits(page)
    shoot(page, f"quiz-build-{size}")
    page.get_by_role("button", name="Build the quiz").click()
    expect(page.get_by_role("heading", name=f"Picked on the {size}")).to_be_visible()

    page.get_by_role("link", name="Your desk").click()
    card = page.locator(".card", has_text=f"Picked on the {size}")
    expect(card).to_contain_text("2 questions · 20 min per round")
    expect(card.locator(".status-badge")).to_have_text("Open")
    fits(page)
    card.get_by_role("link", name="Share, edit, close").click()

    link = page.get_by_label("Link for your students")
    expect(link).to_have_value(re.compile(r"/q/[\w-]+$"))
    share_url = link.input_value()
    page.get_by_role("button", name="Copy").click()
    expect(page.locator(".copy-status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == share_url
    qr = page.get_by_alt_text(re.compile("QR code of the quiz link"))
    expect(qr).to_be_visible()
    assert page.evaluate("img => img.naturalWidth > 0", qr.element_handle())
    expect(page.get_by_label(re.compile("^Who became mayor"))).to_be_checked()
    expect(page.get_by_label(re.compile("^Put these events"))).not_to_be_checked()
    fits(page)
    shoot(page, f"quiz-manage-{size}")

    page.get_by_role("button", name="Close the quiz").click()
    expect(page.locator(".quiz-state .status-badge")).to_have_text("Closed")
    student = browser.new_context(viewport=SIZES[size]).new_page()
    student.goto(share_url)
    expect(student.get_by_role("heading", name=re.compile("^This quiz is closed"))).to_be_visible()
    fits(student)
    shoot(student, f"quiz-closed-{size}")
    page.get_by_role("button", name="Reopen the quiz").click()
    expect(page.locator(".quiz-state .status-badge")).to_have_text("Open")
    student.goto(share_url)
    student.get_by_label("Your nickname").fill("Robin")
    student.get_by_role("button", name="Start").click()
    expect(student.locator("#prompt")).to_be_visible()
    student.context.close()

    # taken by a student: archived, not lost, after a confirmation that says so
    page.reload()
    archive = page.get_by_role("link", name=f"Archive “Picked on the {size}”…")
    archive.click()
    expect(page.get_by_role("heading", name=f"Archive “Picked on the {size}”?")).to_be_visible()
    expect(page.locator(".danger-zone")).to_contain_text("every result of its 1 student round stays")
    fits(page)
    shoot(page, f"quiz-archive-confirm-{size}")
    page.get_by_role("link", name="Keep it").click()
    expect(page.locator(".quiz-state .status-badge")).to_have_text("Open")
    archive.click()
    page.get_by_role("button", name=f"Archive “Picked on the {size}”").click()
    expect(page.locator(".quiz-state")).to_contain_text("Archived")
    page.get_by_role("link", name="Your desk").click()
    archived = page.locator("section", has=page.get_by_role("heading", name="Archived quizzes"))
    expect(archived.get_by_role("link", name=f"Picked on the {size}")).to_be_visible()
    expect(page.locator(".cards .card", has_text=f"Picked on the {size}")).to_have_count(0)
    fits(page)
    shoot(page, f"quiz-desk-{size}")
    archived.get_by_role("link", name=f"Picked on the {size}").click()
    expect(page.get_by_role("heading", name="Attempts (1)")).to_be_visible()
    context.close()


def timed_quiz(server, name: str) -> tuple[str, int]:
    """A quiz of two questions with five minutes per round: its share token and id."""
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import quizzes

    with server["app"].app_context():
        session = get_session()
        bank = session.get(models.Bank, server["bank"])
        quiz = quizzes.build_quiz(session, bank, quizzes.QuizSettings(
            name=name, time_limit_minutes=5), bank.questions[:2])
        session.commit()
        return quiz.share_token, quiz.id


def start_round(browser, size: str, share_url: str, nickname: str):
    page = browser.new_context(viewport=SIZES[size]).new_page()
    page.goto(share_url)
    page.get_by_label("Your nickname").fill(nickname)
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#prompt")).to_be_visible()
    return page


def move_start_back(app, quiz_id: int, nickname: str, by: dt.timedelta) -> None:
    """As if the student's round had started `by` earlier."""
    from sqlalchemy import select

    from quizapp import models
    from quizapp.db import get_session

    with app.app_context():
        session = get_session()
        round_ = session.scalar(select(models.Round).where(models.Round.quiz_id == quiz_id,
                                                           models.Round.nickname == nickname))
        round_.created_at -= by
        session.commit()


@pytest.mark.parametrize("size", SIZES)
def test_a_timed_round_counts_down_and_ends_on_its_results(browser, quiz_server, shoot, size):
    share, quiz_id = timed_quiz(quiz_server, f"Timed on the {size}")
    share_url = f"{quiz_server['url']}/q/{share}"

    page = start_round(browser, size, share_url, "Robin")
    expect(page.locator(".round-status .countdown")).to_have_text(re.compile(r"^4 min 5\d s$"))
    expect(page.locator(".round-status")).to_contain_text(
        re.compile(r"ends \d{4}-\d\d-\d\d \d\d:\d\d UTC"))
    fits(page)
    shoot(page, f"quiz-timed-{size}")
    # three seconds before the end: the countdown opens the results by itself
    move_start_back(quiz_server["app"], quiz_id, "Robin", dt.timedelta(minutes=5, seconds=-3))
    page.reload()
    expect(page.get_by_role("heading", name=re.compile("^You scored 0 out of 2"))).to_be_visible(
        timeout=10_000)
    expect(page.locator(".round-over")).to_contain_text("Time is up")
    fits(page)
    shoot(page, f"quiz-time-up-{size}")
    page.context.close()

    # an answer sent after the end (the page did not know): refused, and on to the results
    late = start_round(browser, size, share_url, "Kim")
    move_start_back(quiz_server["app"], quiz_id, "Kim", dt.timedelta(minutes=6))
    if late.locator("#round input[type=radio]").count():
        late.locator("#round input[type=radio]").first.check()
    else:
        late.locator("#round input[name=answer]").fill("Maria Lopez")
    late.get_by_role("button", name="Check my answer").click()
    expect(late.locator(".round-over")).to_contain_text("Your last answer was not recorded")
    expect(late.get_by_role("heading", name=re.compile("^You scored 0 out of 2"))).to_be_visible()
    assert late.url.endswith("/results")
    late.context.close()


def test_without_javascript_the_link_and_the_end_time_are_there(browser, quiz_server, log_in):
    context = browser.new_context(java_script_enabled=False, viewport=SIZES["phone"])
    page = context.new_page()
    log_in(page, quiz_server)
    _, quiz_id = timed_quiz(quiz_server, "Without JavaScript")
    page.goto(f"{quiz_server['url']}/teacher/quizzes/{quiz_id}/edit")
    link = page.get_by_label("Link for your students")
    expect(link).to_be_visible()
    assert link.get_attribute("readonly") is not None
    expect(page.get_by_role("button", name="Copy")).to_be_hidden()
    share_url = link.input_value()
    page.goto(share_url)
    page.get_by_label("Your nickname").fill("Sam")
    page.get_by_role("button", name="Start").click()
    expect(page.locator(".round-status")).to_contain_text(re.compile(r"Time left \d+ min \d\d s"))
    context.close()


def test_without_javascript_a_quiz_is_deleted_after_its_confirmation(browser, quiz_server,
                                                                     log_in):
    context = browser.new_context(java_script_enabled=False, viewport=SIZES["phone"])
    page = context.new_page()
    log_in(page, quiz_server)
    _, quiz_id = timed_quiz(quiz_server, "Never taken")
    page.goto(f"{quiz_server['url']}/teacher/quizzes/{quiz_id}/edit")
    page.get_by_role("link", name="Delete “Never taken”…").click()
    expect(page.get_by_role("heading", name="Delete “Never taken”?")).to_be_visible()
    expect(page.locator(".danger-zone")).to_contain_text("it is deleted for good")
    fits(page)
    page.get_by_role("button", name="Delete “Never taken”").click()
    expect(page.get_by_role("heading", name="Your quizzes")).to_be_visible()
    expect(page.get_by_role("link", name="Never taken")).to_have_count(0)
    context.close()
