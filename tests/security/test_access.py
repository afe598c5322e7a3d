"""Issue 13, access: share links, redirects after login, sessions, login limits, attempts."""
from __future__ import annotations

import pytest


def test_01_share_link_cannot_be_bypassed(app, client, owned_seed, csrf):
    ids = owned_seed(1)  # a teacher's quiz, shared as /q/share-1
    token = csrf(client.get("/q/share-1").text)  # any page's token does for every form
    form = {"csrf_token": token, "nickname": "Mallory"}
    # the quiz's id, easy to guess, starts nothing wherever it is put
    for url in (f"/quizzes/{ids['quiz']}/rounds", f"/q/{ids['quiz']}/rounds"):
        assert client.post(url, data=form).status_code == 404, url
    anonymous_routes = [rule for rule in app.url_map.iter_rules() if "quiz_id" in rule.arguments
                        and not rule.endpoint.startswith(("quizzes.", "banks."))]
    assert anonymous_routes == []  # every route naming a quiz by id is a teacher's
    started = client.post("/q/share-1/rounds", data=form)
    assert started.status_code == 303 and started.headers["Location"].startswith("/rounds/")


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}])
@pytest.mark.parametrize("next_url", ["/%5Cevil.example/", "/%5C%5Cevil.example/",
                                      "//evil.example/", "/%09/evil.example/",
                                      "https://evil.example/", "javascript:alert(1)"])
def test_02_login_follows_only_paths_on_this_site(client, make_teacher, csrf, password,
                                                   headers, next_url):
    email = make_teacher()
    token = csrf(client.get("/teacher/login").text)
    response = client.post(f"/teacher/login?next={next_url}", headers=headers,
                           data={"csrf_token": token, "email": email, "password": password})
    assert response.status_code in (200, 303)
    target = response.headers.get("HX-Redirect") or response.headers["Location"]
    assert target == "/teacher/"
