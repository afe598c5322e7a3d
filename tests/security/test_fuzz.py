"""Issue 13: malformed values into every route of the URL map, as an outsider, a student and
the teacher who owns the rows: nothing answers 500 (the test app raises instead, so a failure
shows its traceback)."""
from __future__ import annotations

import inspect
import re
from urllib.parse import quote

import pytest
from wtforms.fields.core import UnboundField

MALFORMED = {
    "missing": None,
    "empty": "",
    "wrong type": "abc",
    "negative": "-1",
    "fraction": "1.5",
    "huge": "9" * 5000,
    "long": "x" * 20_000,
    "NUL": "a\x00b",
    "control": "\x01\x1b[31m\x7f",
    "odd Unicode": "\u202eİ\u0301\ufeff\u200b💥\U000e0041ǅ",
    "surrogate escape": "\\ud800",
    "2^63": str(2**63),
    "2^64": str(2**64),
    "path": "../../etc/passwd",
    "markup": '"><script>alert(1)</script>',
}
# what views read outside the forms
RAW_FIELDS = ["round", "next", "actor", "step", "open", "dates", "tag", "kind", "article", "q",
              "status", "event", "into", "question", "action", "move", "order", "changed",
              "pair_0", "pair_1", "pair_2", "answer", "file"]
# run last: they remove rows other routes use, or the session
LAST = ("review.delete_event", "review.merge_actor", "review.delete_actor",
        "accounts.change_password", "accounts.logout")


def field_names() -> list[str]:
    from quizapp import forms

    names = set(RAW_FIELDS)
    for form in vars(forms).values():
        if inspect.isclass(form) and issubclass(form, forms.Form):
            names |= {name for name in dir(form)
                      if isinstance(getattr(form, name), UnboundField)}
    return sorted(names)


@pytest.fixture
def clients(app, owned_seed, make_teacher, log_in, csrf):
    """The owner of every row (teacher 1), a student with a round, an outsider; the values
    that name real rows."""
    from quizapp import models
    from quizapp.db import get_session
    from quizapp.services import banks, imports

    log_in(owner := app.test_client(), make_teacher())
    ids = owned_seed(1)
    with app.app_context():
        session = get_session()
        article = session.get(models.Article, ids["article"])
        bank = banks.create_bank(session, 1, "Bank", [])
        bank.questions = list(article.questions)
        session.commit()
        job = imports.create_import(session, 1, "Text.", None, None)
        real = {"article_id": article.id, "event_id": article.events[0].id,
                "actor_id": article.actors[0].id, "question_id": article.questions[0].id,
                "bank_id": bank.id, "quiz_id": ids["quiz"], "job_id": job.id, "fmt": "json",
                "token": "share-1", "filename": "css/app.css"}
    student = app.test_client()
    token = csrf(student.get("/q/share-1").text)
    start = student.post("/q/share-1/rounds", data={"csrf_token": token, "nickname": "Sam"})
    real["round"] = re.match(r"/rounds/([\w-]+)", start.headers["Location"])[1]
    tokens = {}
    for client in (owner, student, outsider := app.test_client()):
        tokens[client] = csrf(client.get("/teacher/login").text)
    return {"owner": owner, "student": student, "outsider": outsider, "real": real,
            "tokens": tokens}


def routes(app):
    found = [(method, rule) for rule in app.url_map.iter_rules()
             for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return sorted(found, key=lambda route: LAST.index(route[1].endpoint) + 1
                  if route[1].endpoint in LAST else 0)


def url(rule, values: dict) -> str:
    path = rule.rule
    for name in rule.arguments:
        value = values[name]
        path = re.sub(rf"<(?:\w+(?:\([^)]*\))?:)?{name}>", quote(str(value), safe=""), path)
    return path


def test_no_malformed_value_anywhere_gets_a_500(app, clients):
    fields = field_names()
    assert len(routes(app)) >= 45
    checked = 0
    for method, rule in routes(app):
        real = dict(clients["real"])
        if rule.endpoint.startswith("quiz.") and "token" in rule.arguments:
            real["token"] = real["round"] if rule.endpoint != "quiz.start" else "share-1"
        path_values = [real] + [{**real, name: value} for name in rule.arguments
                                for value in MALFORMED.values() if value is not None]
        for who in ("owner", "student", "outsider"):
            client, token = clients[who], clients["tokens"][clients[who]]
            for values in path_values:
                for bad in MALFORMED.values():
                    data = {"csrf_token": token}
                    if bad is not None:
                        data |= {name: bad for name in fields}
                    if method == "GET":
                        query = "&".join(f"{name}={quote(bad)}" for name in fields) if bad else ""
                        response = client.get(f"{url(rule, values)}?{query}")
                    else:
                        response = client.post(url(rule, values), data=data)
                    response.close()  # a static file is sent as an open file
                    checked += 1
                    assert response.status_code < 500, (method, rule.rule, who, bad)
                    if values is not real:
                        break  # a malformed path: one request is enough
    assert checked > 1000
