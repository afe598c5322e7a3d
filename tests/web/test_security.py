"""CSP without inline scripts, no request to another host, htmx 2.0.x vendored, CSRF."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture
def pages(client, seeded, csrf):
    """Every kind of full page the app serves, as the browser receives them."""
    token = csrf(client.get("/").text)
    question = client.post(
        f"/q/{seeded['share']}/rounds", data={"csrf_token": token, "nickname": "Cy"}
    ).headers["Location"]
    article = seeded["article"]
    urls = ["/", question, f"/timelines/{article}", f"/timelines/{article}/present",
            f"/timelines/{article}/events/{seeded['events']['e1']}", "/no/such/page"]
    return {url: client.get(url) for url in urls}


def test_every_page_sends_a_strict_content_security_policy(pages):
    for response in pages.values():
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_pages_have_no_inline_script_style_or_handler(pages):
    for url, response in pages.items():
        html = response.text
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url
        assert not re.search(r"\son[a-z]+\s*=", html), url
        assert not re.search(r"<style|\sstyle=", html), url


def test_pages_request_nothing_from_another_host(pages):
    for url, response in pages.items():
        assert not re.search(r'(src|href|action)="(https?:)?//', response.text), url


def test_htmx_2_0_is_vendored_and_loaded(pages):
    scripts = re.findall(r'<script src="/static/js/(htmx-(\d+)\.(\d+)\.(\d+)\.min\.js)"', pages["/"].text)
    (name, major, minor, patch), = scripts
    assert (int(major), int(minor)) == (2, 0) and int(patch) >= 5
    assert f'version:"{major}.{minor}.{patch}"' in (ROOT / "static/js" / name).read_text()


def test_htmx_config_swaps_422(pages):
    assert '{"code": "422", "swap": true}' in pages["/"].text


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}])
def test_an_unexpected_error_shows_a_message_not_a_traceback(app, client, monkeypatch, headers):
    def broken(*args):
        raise RuntimeError("table round_questions is gone")

    monkeypatch.setattr("quizapp.services.rounds.load_state", broken)
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production
    response = client.get("/rounds/anything", headers=headers)
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.text
    assert "Traceback" not in response.text and "round_questions" not in response.text


def test_an_oversized_post_is_refused_with_a_message(client, seeded):
    response = client.post(f"/q/{seeded['share']}/rounds", data={"nickname": "x" * 70_000})
    assert response.status_code == 413
    assert "too much text" in response.text


def test_static_links_follow_the_mount_point(client):
    # the layout's links are built once per mount point, so a second mount gets its own
    assert 'href="/static/css/app.css"' in client.get("/").text
    mounted = client.get("/", environ_overrides={"SCRIPT_NAME": "/quiz"}).text
    assert 'href="/quiz/static/css/app.css"' in mounted
    assert 'src="/quiz/static/js/app.js"' in mounted
