"""Temporal expressions in one sentence -> PartialDate (TIMEX3-style), for the timeline.

The phrases and their meaning come from the TIMEX3 finder (quizapp.content.timex), one
source of dates: this module asks it about one sentence, with the previous dated event as
the story's reference time ("three days later", "that evening") and the clause's tense from
the parse, and keeps what the timeline can place. Each phrase keeps its leading preposition
here ("on Friday", "since 2015": "since" makes a duration with an approximate start).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from quizapp.content.timex.lexicon import MONTH_NAMES, PARTS_OF_DAY
from quizapp.content.timex.points import Point, from_partial_date, point
from quizapp.content.timex.rules import Context
from quizapp.content.timex.scan import Found, scan
from quizapp.content.types import PartialDate, TimeExpression

__all__ = ["PARTS_OF_DAY", "DateContext", "find_time_expressions", "parse_date", "describe"]


@dataclass(frozen=True)
class DateContext:
    published: dt.date | None  # the article's reference date (else unknown)
    previous: PartialDate | None = None  # date of the previous dated event, in narrative order
    # the last day-precise one: "four minutes later" after "who won the cup in 1998" counts
    # from the match day, not from 1998
    previous_day: PartialDate | None = None


def find_time_expressions(sentence: str, context: DateContext,
                          future: bool = False) -> list[TimeExpression]:
    """Every temporal expression in the sentence that the timeline can date, in order;
    `future`: the verb is future.

    Each dated point becomes the previous date of the phrases after it in the sentence:
    "injured on Aug. 12 and ruled out three days later".
    """
    previous = context.previous
    approximate = previous is not None and previous.precision == "approximate"
    found = scan(sentence, Context(context.published, from_partial_date(previous),
                                   from_partial_date(context.previous_day), future, approximate))
    expressions = [e for e in (_expression(f, sentence, context.published, future) for f in found)
                   if e is not None]
    return [e for e, after in zip(expressions, [*expressions[1:], None])
            if not (after and _restated(e, after, sentence))]


# "The previous year, in 2015, ...": the phrase after the comma says the same time in full
RESTATING = re.compile(r",\s*(?:in|on)?\s*")


def _restated(expression: TimeExpression, after: TimeExpression, sentence: str) -> bool:
    return (expression.date.inferred and not after.date.inferred
            and RESTATING.fullmatch(sentence, expression.end, after.start) is not None)


def _expression(found: Found, sentence: str, published: dt.date | None,
                future: bool) -> TimeExpression | None:
    reading = found.reading
    date, kind = reading.date, reading.kind
    if date is None:
        return None
    if sentence[found.start:found.timex_start].strip().lower() == "since":
        # "since 2015": an approximate start, never an exact date (it may have begun before)
        kind, date = "duration", PartialDate(date.value, "approximate", date.inferred)
    if kind == "duration":
        direction = "future" if future else "past"
    else:
        direction = _direction(reading.point, published)
    return TimeExpression(sentence[found.start:found.end], found.start, found.end, date, kind,
                          reading.type, reading.value, direction)


def _direction(found: Point | None, published: dt.date | None) -> str | None:
    if found is None or published is None or not found.year_known:
        return None
    now = point(found.grain, published) if found.grain != "century" else None
    if now is not None and now.day == found.day:
        return "present"
    return "future" if found.day > published else "past"


def parse_date(text: str) -> dt.date | None:
    """The first full date (day, month and year all written) in a phrase, else None."""
    for expression in find_time_expressions(text, DateContext(published=None)):
        if expression.date.precision == "day" and not expression.date.inferred:
            return dt.date.fromisoformat(expression.date.value)
    return None


def describe(date: PartialDate) -> str:
    """For people: "1 November 2016", "March 2016", "2007", "the 1980s", "about 2014", "the
    week of 16 October 1989"."""
    if date.precision == "approximate" and (unpacked := from_partial_date(date)):
        return "about " + describe(PartialDate(date.value, unpacked.grain, date.inferred))
    if date.precision == "week":
        return "the week of " + describe(PartialDate(date.value, "day", date.inferred))
    if date.precision == "decade":
        return f"the {date.value[:3]}0s"
    year, *rest = date.value.split("-")
    words = [str(int(rest[1]))] if len(rest) > 1 else []
    if rest:
        words.append(MONTH_NAMES[int(rest[0])].capitalize())
    if year != "XXXX":
        words.append(year)
    return " ".join(words)
