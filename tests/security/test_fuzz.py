"""Issue 13: malformed values into every route of the URL map, as an outsider, a student and
the teacher who owns the rows (the `world` fixture): nothing answers 500 (the test app raises
instead, so a failure shows its traceback)."""
from __future__ import annotations

import inspect
import re
from urllib.parse import quote

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
REQUEST_LINE = 4094  # gunicorn's default limit_request_line, in bytes
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


def token_of(rule, world) -> str:
    """A route's token: the round's for a round's pages, a seat's for a live session's, else
    the share link's."""
    kind = {"/rounds/": "round", "/live/": "seat"}.get(rule.rule[:rule.rule.find("/", 1) + 1])
    return world["values"][kind or "share"]


def test_no_malformed_value_anywhere_gets_a_500(app, world):
    fields = field_names()
    assert len(routes(app)) >= 45
    clients = {role: world["clients"][role] for role in ("owner", "student", "anonymous")}
    checked = 0
    for method, rule in routes(app):
        real = {**world["values"], "filename": "css/app.css", "token": token_of(rule, world)}
        path_values = [real] + [{**real, name: value} for name in rule.arguments
                                for value in MALFORMED.values() if value is not None]
        for role, client in clients.items():
            token = world["tokens"][role]
            for values in path_values:
                for bad in MALFORMED.values():
                    for response in send(client, method, url(rule, values), fields, bad, token):
                        checked += 1
                        assert response.status_code < 500, (method, rule.rule, role, bad)
                    if values is not real:
                        break  # a malformed path: one request is enough
    assert checked > 1000


def send(client, method: str, path: str, fields: list[str], bad: str | None, token: str) -> list:
    """The responses to `bad` in every field: one form posted, or as many GETs as the
    server's request line takes."""
    if method == "GET":
        responses = [client.get(f"{path}?{query}") for query in queries(path, fields, bad)]
    else:
        data = {"csrf_token": token} | ({name: bad for name in fields} if bad is not None else {})
        responses = [client.post(path, data=data)]
    for response in responses:
        response.close()  # a static file is sent as an open file
    return responses


def queries(path: str, fields: list[str], bad: str | None) -> list[str]:
    """Query strings that carry `bad` in every field, each within gunicorn's request line
    (`limit_request_line`): a longer one is refused before the app sees it, so a value too
    long for one field alone is not sent."""
    if bad is None:
        return [""]
    room = REQUEST_LINE - len(f"GET {path}? HTTP/1.1")
    chunks: list[list[str]] = [[]]
    for pair in (f"{name}={quote(bad)}" for name in fields):
        if len(pair) > room:
            continue
        if len("&".join([*chunks[-1], pair])) > room:
            chunks.append([])
        chunks[-1].append(pair)
    return ["&".join(chunk) for chunk in chunks if chunk]
