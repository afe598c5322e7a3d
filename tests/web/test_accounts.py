"""Teachers' accounts: the create-teacher command, login, its rate limit, logout."""
from __future__ import annotations

from quizapp.cli import main


def test_create_teacher_reads_the_password_twice_or_from_stdin(app, runner, monkeypatch, password):
    monkeypatch.setattr("quizapp.create_app", lambda: app)
    result = runner.invoke(main, ["create-teacher", "Ben@School.example"],
                           input=f"{password}\n{password}\n")
    assert result.exit_code == 0, result.output
    assert "Teacher ben@school.example created" in result.output
    again = runner.invoke(main, ["create-teacher", "ben@school.example"],
                          input=f"{password}\n{password}\n")
    assert again.exit_code == 1 and "already a teacher" in again.output


def test_create_teacher_refuses_a_short_password(app, runner, monkeypatch):
    monkeypatch.setattr("quizapp.create_app", lambda: app)
    result = runner.invoke(main, ["create-teacher", "c@school.example"], input="short\nshort\n")
    assert result.exit_code == 1 and "8 characters" in result.output
    assert "Traceback" not in result.output


def test_passwords_are_stored_hashed(app, make_teacher, db_session, password):
    from quizapp import models

    make_teacher()
    stored = db_session.query(models.Teacher).one().password_hash
    assert password not in stored and stored.startswith(("scrypt:", "pbkdf2:"))


def test_login_then_logout(client, make_teacher, csrf, password):
    email = make_teacher()
    token = csrf(client.get("/teacher/login").text)
    response = client.post("/teacher/login?next=/teacher/banks/",
                           data={"csrf_token": token, "email": email.upper(), "password": password})
    assert response.status_code == 303 and response.headers["Location"] == "/teacher/banks/"
    assert client.get("/teacher/").status_code == 200
    response = client.post("/teacher/logout", data={"csrf_token": token})
    assert response.status_code == 303
    assert client.get("/teacher/").status_code == 303


def test_login_never_sends_the_teacher_to_another_site(client, make_teacher, csrf, password):
    email = make_teacher()
    token = csrf(client.get("/teacher/login").text)
    response = client.post("/teacher/login?next=//evil.example/",
                           data={"csrf_token": token, "email": email, "password": password})
    assert response.headers["Location"] == "/teacher/"


def test_a_wrong_password_says_so_on_the_form(client, make_teacher, csrf):
    email = make_teacher()
    token = csrf(client.get("/teacher/login").text)
    response = client.post("/teacher/login", headers={"HX-Request": "true"},
                           data={"csrf_token": token, "email": email, "password": "wrong one"})
    assert response.status_code == 422
    assert "do not match" in response.text and 'id="login-form"' in response.text


def test_failed_logins_are_limited_even_with_the_right_password(client, make_teacher, csrf, password):
    email = make_teacher()
    token = csrf(client.get("/teacher/login").text)
    for _ in range(5):
        client.post("/teacher/login", data={"csrf_token": token, "email": email, "password": "x"})
    response = client.post("/teacher/login",
                           data={"csrf_token": token, "email": email, "password": password})
    assert response.status_code == 429 and "Too many failed logins" in response.text


def test_an_htmx_request_to_a_teacher_page_is_sent_to_the_login_page(client):
    response = client.get("/teacher/", headers={"HX-Request": "true"})
    assert response.status_code == 200 and "/teacher/login" in response.headers["HX-Redirect"]
