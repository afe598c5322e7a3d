"""What a URL may hold: ids as the database holds them, and the secret tokens of rounds and
share links. Anything else matches no route (404) instead of reaching the database, where
SQLite overflows past 2^63 and PostgreSQL past 2^31, and refuses a NUL character."""
from __future__ import annotations

import re

from flask import Flask
from werkzeug.routing import BaseConverter, IntegerConverter

# secrets.token_urlsafe() makes them
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_ID = 2**31 - 1  # PostgreSQL's integer


def is_token(value: str | None) -> bool:
    return bool(value) and TOKEN.fullmatch(value) is not None


def digits_up_to(n: int) -> str:
    """A regular expression for the decimal numbers from 0 to n."""
    top = str(n)
    shorter = [rf"\d{{1,{len(top) - 1}}}"] if len(top) > 1 else []
    # the same length: as n up to a digit, then a smaller digit (no leading 0), then any
    lowest = [1 if i == 0 and len(top) > 1 else 0 for i in range(len(top))]
    smaller_at = [f"{top[:i]}[{lowest[i]}-{int(digit) - 1}]\\d{{{len(top) - i - 1}}}"
                  for i, digit in enumerate(top) if int(digit) > lowest[i]]
    return "|".join([*shorter, *smaller_at, top])


class IdConverter(IntegerConverter):
    """<int:...> in every route: a row's id, from 0 to MAX_ID. The pattern itself stops at
    MAX_ID, so that a larger number matches no route (404) rather than another method's
    (werkzeug checks the method before the value)."""

    regex = f"(?:{digits_up_to(MAX_ID)})"


class TokenConverter(BaseConverter):
    """<token:...>: a round's or a share link's secret token."""

    regex = TOKEN.pattern


def init_app(app: Flask) -> None:
    """Before the blueprints: their routes are bound to the converters as they register."""
    app.url_map.converters["int"] = IdConverter
    app.url_map.converters["token"] = TokenConverter
