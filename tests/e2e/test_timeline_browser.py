"""Issue 12 in a browser, on a phone (390x844) and a laptop (1366x768): the demo's timeline
shows a chip only for actors with events, in one sideways-scrolling row on a phone, and marks
a year taken from the article once; an article whose dateline has no year is imported only
once the teacher gave its date, with JavaScript and without."""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
SIZES = [pytest.param(PHONE, id="phone"), pytest.param(LAPTOP, id="laptop")]
# the teacher's article: a dateline without a year ("MILLBROOK, Oct. 16")
ARTICLE = (
    "Flood waters close the {place} bridge\n\n"
    "MILLBROOK, Oct. 16 — The Millbrook Council closed the Millbrook river bridge on Friday after flood "
    "waters rose two metres overnight, Mayor Maria Lopez said.\n\n"
    "Engineers inspected the bridge the next day and found cracks in two of its piers.\n\n"
    "The Millbrook Council opened the Millbrook bridge in March 2016 after a decade of planning."
)


@pytest.fixture(scope="module")
def demo_timeline(demo_server):
    return f"{demo_server['url']}/timelines/{demo_server['article_id']}"


@pytest.mark.parametrize("size", SIZES)
def test_actor_chips_lead_to_events_and_leave_room_for_them(browser, demo_timeline, shoot, size):
    page = browser.new_page(viewport=size)
    page.goto(demo_timeline)
    chips = page.locator(".actor-filter .chip")
    expect(chips).to_have_count(4)  # Everyone and the 3 actors with events, of 28
    name = "phone" if size == PHONE else "laptop"
    shoot(page, f"timeline-chips-{name}")
    nav = page.locator(".actor-filter").bounding_box()
    if size == PHONE:  # one row that scrolls sideways, the events on the first screen
        assert nav["height"] < 60
        assert page.locator(".actor-filter").evaluate("n => n.scrollWidth > n.clientWidth")
        assert page.locator(".event").first.bounding_box()["y"] < size["height"] - 100
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # the note, once, and the mark on each inferred date
    expect(page.locator(".inferred-note")).to_have_count(1)
    expect(page.locator(".event-date .inferred-year")).to_have_count(2)
    expect(page.get_by_text("year inferred from the article")).to_have_count(0)
    for index in range(1, 4):  # every chip, the last ones scrolled to on a phone
        page.locator(".actor-filter .chip").nth(index).click()
        expect(page.locator(".actor-filter .chip.is-active")).to_have_count(1)
        expect(page.locator(".filter-note").first).to_contain_text("Events involving")
        expect(page.get_by_text("No event to show")).to_have_count(0)
        assert page.locator(".event").count() >= 1
    page.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_projector_explains_the_mark_once(browser, demo_timeline, size):
    page = browser.new_page(viewport=size)
    page.goto(demo_timeline + "/present")
    notes = []
    for step in range(1, 4):  # the demo's three events, stepped through with the keyboard
        expect(page.locator(".slide-count")).to_have_text(f"{step} / 3")  # the step shown, whatever the machine's speed
        marked = page.locator(".slide-date .inferred-year").count()
        notes.append((marked, page.locator(".inferred-note").count()))
        page.keyboard.press("ArrowRight")
    assert notes.count((1, 1)) == 2 and notes.count((0, 0)) == 1, notes
    expect(page.locator(".slide-count")).to_have_text("3 / 3")
    page.close()


@pytest.mark.parametrize(("size", "javascript"), [
    pytest.param(PHONE, True, id="phone"), pytest.param(LAPTOP, True, id="laptop"),
    pytest.param(LAPTOP, False, id="laptop-no-js")])
def test_a_yearless_dateline_is_imported_with_the_date_the_teacher_confirms(
        browser, teacher_server, log_in, shoot, size, javascript):
    context = browser.new_context(viewport=size, java_script_enabled=javascript)
    page = context.new_page()
    log_in(page, teacher_server)
    page.goto(teacher_server["url"] + "/teacher/imports/new")
    place = f"{size['width']}-{javascript}"
    text = ARTICLE.format(place=place)
    page.get_by_label("Article text").fill(text)
    page.get_by_role("button", name="Import", exact=True).click()

    alert = page.locator("#date-need")
    expect(alert).to_contain_text("When was this article published?")
    expect(alert).to_contain_text("“MILLBROOK, Oct. 16” gives no year")
    guess = dt.date(dt.date.today().year, 10, 16)
    if guess > dt.date.today():
        guess = guess.replace(year=guess.year - 1)
    expect(page.get_by_label("Publication date")).to_have_value(guess.isoformat())
    expect(page.get_by_label("Article text")).to_have_value(text)  # nothing lost
    shoot(page, f"import-needs-date-{place}")

    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("Review", exact=True)).to_be_visible(timeout=60_000)
    expect(page.locator(".unresolved-dates")).to_have_count(0)
    page.get_by_role("link", name="See the timeline").first.click()
    expect(page.locator(".event-summary").first).to_be_visible()
    dates = page.locator(".event-date time").all_inner_texts()
    # "on Friday" dated from the confirmed date (without it, the main event was lost)
    assert any(f"October {guess.year}" in date for date in dates), dates
    context.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_review_lists_the_dates_left_without_a_year(browser, teacher_server, log_in, shoot,
                                                         size):
    """An article analysed without its date (as before the import asked for it)."""
    from sqlalchemy import select

    from quizapp import models
    from quizapp.content import analyze
    from quizapp.db import get_session
    from quizapp.services.articles import import_article

    text = ARTICLE.format(place=f"undated {size['width']}")
    with teacher_server["app"].app_context():
        session = get_session()
        owner = session.scalar(select(models.Teacher.id)
                               .where(models.Teacher.email == teacher_server["email"]))
        article = import_article(session, analyze(text), text, owner_id=owner)
        session.commit()
        url = f"{teacher_server['url']}/teacher/articles/{article.id}"
    context = browser.new_context(viewport=size)
    page = context.new_page()
    log_in(page, teacher_server)
    page.goto(url)
    box = page.locator(".unresolved-dates")
    expect(box.get_by_role("heading", name="Dates without a year")).to_be_visible()
    expect(box.locator("li")).to_have_text(["“Friday”", "“the next day”"])
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shoot(page, f"review-unresolved-dates-{'phone' if size == PHONE else 'laptop'}")
    context.close()
