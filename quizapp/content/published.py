"""Whether an article's dates hang on a publication date it does not state in full.

"on Friday", "the next day" or "Oct. 12" count from the publication date; without it the
timeline cannot place them and drops them. A dateline with no year ("MILLBROOK, Oct. 16")
says the day but not the year, so the date must be asked for before the article is analysed.
"""
from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from dataclasses import dataclass

from quizapp.content.clean import clean
from quizapp.content.dates import DateContext, find_time_expressions, parse_date
from quizapp.content.timex import find_timexes
from quizapp.content.types import CleanText, ContentError

# Any day will do to find the phrases that a publication date would resolve.
_PROBE = dt.date(2000, 6, 15)


@dataclass(frozen=True)
class DateNeed:
    """The article needs a publication date: the phrases that count from it, and the
    dateline's day in its latest year up to today (None without a dated dateline)."""

    phrases: tuple[str, ...]
    dateline: str | None
    guess: dt.date | None


def stated_published(dateline: str | None) -> dt.date | None:
    """The publication date a dateline writes in full (day, month and year)."""
    return parse_date(dateline) if dateline else None


def dates_without_year(cleaned: CleanText, published: dt.date | None) -> tuple[str, ...]:
    """The body's date phrases whose year stays unknown with this publication date (or
    none), each once, in order: those are missing from the timeline or have no year."""
    body = [(b.start, b.end) for b in cleaned.blocks if b.kind == "body"]
    found = find_timexes(cleaned.text, published or _PROBE)
    # a value starting with digits has a year ("2016-11-04") or a decade ("197"); without a
    # publication date, only what the text itself dates in full
    placed = found if published else find_timexes(cleaned.text, None)
    known = {t.start for t in placed if t.value[:3].isdigit()}
    # "now", "soon" (PRESENT_REF, FUTURE_REF) name no day to place
    phrases = (t.text for t in found
               if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
               and t.start not in known and _in_body(t.start, body))
    return tuple(dict.fromkeys(phrases))


def _in_body(position: int, body: list[tuple[int, int]]) -> bool:
    """Inside one of the body's blocks (in text order): a bisection, not a walk over them all."""
    n = bisect_right(body, (position, math.inf)) - 1
    return n >= 0 and body[n][0] <= position < body[n][1]


def publication_date_need(text: str, today: dt.date) -> DateNeed | None:
    """What to ask for when the text's dates need a publication date it does not state in
    full; None when they do not (or the text is no article: the engine will say why)."""
    try:
        cleaned = clean(text)
        if stated_published(cleaned.dateline):
            return None
        phrases = dates_without_year(cleaned, None)
    except ContentError:
        return None
    if not phrases:
        return None
    return DateNeed(phrases, cleaned.dateline, dateline_guess(cleaned.dateline, today))


def dateline_guess(dateline: str | None, today: dt.date) -> dt.date | None:
    """The dateline's month and day in the latest year that does not make it later than
    today ("Oct. 16" on 2 December 2026: 16 October 2026)."""
    if not dateline:
        return None
    for expression in find_time_expressions(dateline, DateContext(published=None)):
        value = expression.date.value  # "XXXX-10-16"
        if expression.date.precision != "day" or not value.startswith("XXXX-"):
            continue
        month, day = int(value[5:7]), int(value[8:10])
        for year in range(today.year, today.year - 8, -1):  # 29 February: a leap year
            try:
                guess = dt.date(year, month, day)
            except ValueError:
                continue
            if guess <= today:
                return guess
    return None
