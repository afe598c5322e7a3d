"""Issue 13, access: share links, redirects after login, sessions, login limits, attempts."""
from __future__ import annotations

import datetime as dt
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select
from werkzeug.middleware.proxy_fix import ProxyFix


def test_01_share_link_cannot_be_bypassed(app, client, owned_seed, csrf):
    ids = owned_seed(1)  # a teacher's quiz, shared as /q/share-1
    token = csrf(client.get("/q/share-1").text)  # any page's token does for every form
    form = {"csrf_token": token, "nickname": "Mallory"}
    # the quiz's id, easy to guess, starts nothing wherever it is put
    for url in (f"/quizzes/{ids['quiz']}/rounds", f"/q/{ids['quiz']}/rounds"):
        assert client.post(url, data=form).status_code == 404, url
    anonymous_routes = [rule for rule in app.url_map.iter_rules() if "quiz_id" in rule.arguments
                        and not rule.rule.startswith("/teacher/")]
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


def copy_session(source, target) -> None:
    """What a thief does with a session cookie copied from the teacher's browser."""
    target.set_cookie("session", source.get_cookie("session").value)


def test_03_logout_ends_the_session_on_the_server(app, make_teacher, log_in, csrf):
    teacher, thief = app.test_client(), app.test_client()
    log_in(teacher, make_teacher())
    copy_session(teacher, thief)
    assert thief.get("/teacher/").status_code == 200
    token = csrf(teacher.get("/teacher/").text)
    assert teacher.post("/teacher/logout", data={"csrf_token": token}).status_code == 303
    assert thief.get("/teacher/").headers["Location"].startswith("/teacher/login")


def test_03_a_new_password_ends_every_other_session(app, make_teacher, log_in, csrf, password,
                                                     runner, monkeypatch):
    from quizapp.cli import main

    email = make_teacher()
    teacher, laptop, thief = app.test_client(), app.test_client(), app.test_client()
    log_in(teacher, email)
    log_in(laptop, email)
    copy_session(teacher, thief)
    token = csrf(teacher.get("/teacher/password").text)
    change = {"csrf_token": token, "current": password, "new": "new password 1",
              "again": "new password 1"}
    refused = teacher.post("/teacher/password", data={**change, "current": "not mine!"})
    assert refused.status_code == 422 and "not your current password" in refused.text
    assert laptop.get("/teacher/").status_code == 200
    changed = teacher.post("/teacher/password", data=change)
    assert changed.headers["Location"] == "/teacher/password?changed=1"
    assert "Your password is changed" in teacher.get(changed.headers["Location"]).text
    assert teacher.get("/teacher/").status_code == 200  # this browser stays in
    for other in (laptop, thief):
        assert other.get("/teacher/").headers["Location"].startswith("/teacher/login")

    # from the command line (a teacher who forgot it): every session ends
    monkeypatch.setattr("quizapp.create_app", lambda: app)
    result = runner.invoke(main, ["set-password", email], input="third password\n" * 2)
    assert result.exit_code == 0, result.output
    assert teacher.get("/teacher/").headers["Location"].startswith("/teacher/login")
    unknown = runner.invoke(main, ["set-password", "nobody@school.example"],
                            input="third password\n" * 2)
    assert unknown.exit_code == 1 and "no teacher" in unknown.output


def test_03_cookies_are_secure_and_clients_seen_behind_a_proxy(app, make_teacher, csrf,
                                                                 password):
    from quizapp import models
    from quizapp.db import get_session

    app.config["SESSION_COOKIE_SECURE"] = True
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)  # as PROXY_FIX=1 sets it up
    email = make_teacher()
    # the proxy speaks HTTPS with the browser and plain HTTP with the app
    # (over HTTPS Flask-WTF wants the same-site Referer that browsers send)
    proxied = {"headers": {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https",
                           "Referer": "https://localhost/teacher/login"},
               "base_url": "https://localhost"}
    client = app.test_client()
    token = csrf(client.get("/teacher/login", **proxied).text)
    response = client.post("/teacher/login", **proxied,
                           data={"csrf_token": token, "email": email, "password": password})
    assert response.status_code == 303
    assert all("Secure" in cookie for cookie in response.headers.getlist("Set-Cookie"))
    client.post("/teacher/login", **proxied,
                data={"csrf_token": token, "email": email, "password": "wrong one"})
    with app.app_context():
        (failure,) = get_session().scalars(select(models.LoginFailure)).all()
    assert failure.remote_addr == "203.0.113.7"


def test_03_proxy_fix_is_a_config_switch(database_url):
    from quizapp import create_app
    from quizapp.config import config_for_tests

    assert not isinstance(create_app(config_for_tests(database_url)).wsgi_app, ProxyFix)
    behind = create_app(config_for_tests(database_url) | {"PROXY_FIX": 2}).wsgi_app
    assert isinstance(behind, ProxyFix) and behind.x_for == behind.x_proto == 2


SCHOOL = {"REMOTE_ADDR": "198.51.100.20"}  # one address for a whole school (NAT)


def try_login(client, csrf, email, password, address=SCHOOL):
    token = csrf(client.get("/teacher/login").text)
    return client.post("/teacher/login", environ_base=address,
                       data={"csrf_token": token, "email": email, "password": password})


def earlier(app, **delta) -> None:
    """Move every recorded failure back in time, as if that long had passed."""
    from quizapp import models
    from quizapp.db import get_session

    # an app context of its own: one left pushed would be shared by the client's requests
    with app.app_context():
        session = get_session()
        for failure in session.scalars(select(models.LoginFailure)):
            failure.failed_at -= dt.timedelta(**delta)
        session.commit()


def test_04_a_stranger_cannot_lock_a_teacher_out(app, make_teacher, csrf, password):
    ada, ben = make_teacher("ada@school.example"), make_teacher("ben@school.example")
    ada_laptop = app.test_client()
    assert try_login(ada_laptop, csrf, ada, password).status_code == 303  # her own browser
    stranger = app.test_client()
    for _ in range(6):
        try_login(stranger, csrf, ada, "guess")
    for n in range(30):  # and many other addresses guessed at, from the same school
        try_login(app.test_client(), csrf, f"nobody{n}@school.example", "guess")
    # the stranger is slowed down, even with the right password...
    slowed = try_login(stranger, csrf, ada, password)
    assert slowed.status_code == 429 and "Try again in" in slowed.text
    # ...but Ada on the browser she logged in with before is not
    assert try_login(ada_laptop, csrf, ada, password).status_code == 303
    # nor Ben, whom nobody guessed at, on a new browser behind the same address
    assert try_login(app.test_client(), csrf, ben, password).status_code == 303


def test_04_guessing_waits_longer_after_each_failure(app, make_teacher, csrf, password):
    from quizapp.services.accounts import ACCOUNT_FREE, FIRST_DELAY, delay_after

    ada = make_teacher()
    stranger = app.test_client()
    for _ in range(ACCOUNT_FREE):
        assert try_login(stranger, csrf, ada, "guess").status_code == 422
    assert try_login(stranger, csrf, ada, password).status_code == 429
    earlier(app, seconds=FIRST_DELAY.total_seconds() + 1)
    assert try_login(stranger, csrf, ada, "guess").status_code == 422  # waited: tried again
    assert delay_after(ACCOUNT_FREE + 1, ACCOUNT_FREE) == 2 * FIRST_DELAY
    earlier(app, seconds=FIRST_DELAY.total_seconds() + 1)
    assert try_login(stranger, csrf, ada, password).status_code == 429  # now twice as long
    earlier(app, seconds=FIRST_DELAY.total_seconds())
    assert try_login(stranger, csrf, ada, password).status_code == 303  # the right password
    assert delay_after(10_000, ACCOUNT_FREE) <= dt.timedelta(minutes=5)  # never a lock


def test_04_one_address_guessing_at_many_accounts_is_slowed(app, make_teacher, csrf,
                                                            password):
    from quizapp.services.accounts import ADDRESS_FREE

    ada = make_teacher()
    try_login(app.test_client(), csrf, ada, "guess")
    for n in range(ADDRESS_FREE):
        try_login(app.test_client(), csrf, f"nobody{n}@school.example", "guess")
    # Ada's account has a failure: from this address it must wait, from home it need not
    assert try_login(app.test_client(), csrf, ada, password).status_code == 429
    home = {"REMOTE_ADDR": "192.0.2.1"}
    assert try_login(app.test_client(), csrf, ada, password, home).status_code == 303


def test_04_a_known_browser_counts_its_own_failures(app, make_teacher, csrf, password):
    from quizapp.services.accounts import ACCOUNT_FREE

    ada = make_teacher()
    laptop = app.test_client()
    try_login(laptop, csrf, ada, password)
    forged = app.test_client()
    forged.set_cookie("quizapp_device", "eyJ0ZWFjaGVyIjoxLCJkZXZpY2UiOiJ4In0.forged", path="/teacher/")
    for _ in range(ACCOUNT_FREE):
        try_login(laptop, csrf, ada, "typo")
    assert try_login(laptop, csrf, ada, password).status_code == 429
    assert try_login(forged, csrf, ada, password).status_code == 429  # a forged cookie is none


def start_all_at_once(app, share: str, nicknames: list[str]) -> list[int]:
    """Each nickname starts the quiz from its own browser and thread, all at the same moment
    (threads on the app's real database: a SQLite file, or PostgreSQL)."""
    clients = [app.test_client() for _ in nicknames]
    tokens = [re.search(r'name="csrf_token"[^>]*value="([^"]+)"',
                        client.get(f"/q/{share}").text).group(1) for client in clients]
    barrier = threading.Barrier(len(clients))

    def start(client, token, nickname):
        barrier.wait()
        return client.post(f"/q/{share}/rounds",
                           data={"csrf_token": token, "nickname": nickname}).status_code

    with ThreadPoolExecutor(len(clients)) as pool:
        return list(pool.map(start, clients, tokens, nicknames))


@pytest.mark.parametrize("allowed", [1, 2])
def test_05_attempt_limit_holds_under_concurrent_starts(app, owned_seed, allowed):
    from quizapp import models
    from quizapp.db import get_session

    ids = owned_seed(1)
    with app.app_context():
        get_session().get(models.Quiz, ids["quiz"]).attempts_allowed = allowed
        get_session().commit()
    # one student, however the nickname is written
    nicknames = ["Émile", "émile", "E\u0301mile", "ÉMILE", "Émi\u200ble", " émile "] * 3
    statuses = start_all_at_once(app, "share-1", nicknames)
    assert sorted(statuses) == [303] * allowed + [422] * (len(nicknames) - allowed)
    with app.app_context():
        rounds = get_session().scalars(select(models.Round)).all()
    assert sorted(r.attempt for r in rounds) == list(range(1, allowed + 1))


def test_05_nicknames_are_compared_as_people_read_them(client, owned_seed, csrf, app):
    from quizapp import models
    from quizapp.db import get_session

    ids = owned_seed(1)
    with app.app_context():
        get_session().get(models.Quiz, ids["quiz"]).attempts_allowed = 1
        get_session().commit()
    token = csrf(client.get("/q/share-1").text)
    for first, second in [("Straße", "STRASSE"), ("Ann", "A\u200bnn"), ("Ｚoë", "zoe\u0308")]:
        assert client.post("/q/share-1/rounds",
                           data={"csrf_token": token, "nickname": first}).status_code == 303
        again = client.post("/q/share-1/rounds", data={"csrf_token": token, "nickname": second})
        assert again.status_code == 422 and "has used the 1 attempt" in again.text
    invisible = client.post("/q/share-1/rounds",
                            data={"csrf_token": token, "nickname": "\u200b\u200d"})
    assert invisible.status_code == 422
