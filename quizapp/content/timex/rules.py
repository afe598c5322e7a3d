"""The rules: a pattern, a resolver and the sentences each rule is for, in one table.

A resolver turns its match into a Reading: the TIMEX3 type and value, the calendar Point it
names (which later phrases may lean on), and the PartialDate the timeline takes (None for
what the timeline cannot place: "now", "two years", "every Monday"). Deictic phrases
("yesterday", "last year") count from the published date; anaphoric ones ("a year earlier",
"the following month", "that day") from the story's last time named, the reference.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable, Literal

from quizapp.content.gazetteer import is_city
from quizapp.content.timex.lexicon import (
    AMBIGUOUS_MONTHS, CLOCK_UNITS, DEICTIC_DAYS, DETERMINERS, FORWARD_WORDS, HOLIDAYS, LEADS, MONTHS,
    NAMED_DAYS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, REFERENCES, SEASON_MONTHS, SET_WORDS, UNITS,
    VAGUE_COUNTS, WEEKDAYS, YEAR_CONTEXT, YEAR_FOLLOWERS,
)
from quizapp.content.timex.patterns import (
    APPROXIMATELY, AT_TIME, CALENDAR_UNIT, CLOCK, CLOCK_UNIT, DAY, DEICTIC_WORD, FISCAL,
    FULL_MONTH, HOLIDAY, LATER, LEAD, MODIFIER, MONTH, NEXT, NIGHTFALL, NUMBER, ORDINAL,
    PART_OF_DAY, POSSESSIVE, REFERENCE_UNIT, RELATIVE_MOD, SEASON, UNIT, WEEKDAY,
    WEEKDAY_PREFIX, YEAR, YEAR_WORDS, names, phrases,
)
from quizapp.content.timex.points import GRAINS, SOME_YEAR, Grain, Point, point, shift
from quizapp.content.types import PartialDate

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Context:
    published: dt.date | None
    reference: Point | None = None  # the last time the story named, for "a year earlier"
    reference_day: Point | None = None  # the last day it named, for "four minutes later"
    # the clause speaks of what is to come (None: its tense is unknown, the nearest date wins)
    future: bool | None = False
    reference_approximate: bool = False  # the reference is itself an approximate date


@dataclass(frozen=True)
class Reading:
    type: TimexType
    value: str
    point: Point | None = None  # a calendar time, the reference of the phrases after it
    date: PartialDate | None = None  # what the timeline takes
    kind: Literal["point", "duration"] = "point"
    # a comparison looking back from the reference ("a year earlier"): it leaves the reference
    # where it was, so the next comparison counts from the same time
    looks_back: bool = False


Resolver = Callable[[re.Match, str, Context], Reading | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    # (sentence, TIMEX3 text, value) as find_timexes reads it, published on EXAMPLE_DAY
    examples: tuple[tuple[str, str, str], ...]
    kind: Literal["point", "duration"] = "point"


EXAMPLE_DAY = dt.date(2016, 11, 8)  # a Tuesday


def _raw(match: re.Match, name: str) -> str | None:
    """A named group's text, or None when it matched nothing or the rule has no such group."""
    return match.groupdict().get(name)


def _group(match: re.Match, name: str) -> str | None:
    """A named group's text in lower case with single spaces, or None."""
    value = match.groupdict().get(name)
    return " ".join(value.lower().split()) if value else None


def _text_before(sentence: str, start: int) -> str:
    """The few words before a match (bounded, so long sentences stay linear)."""
    return sentence[max(0, start - 40):start]


def _previous_word(sentence: str, start: int) -> str:
    found = re.search(r"([^\W_]+)\W*$", _text_before(sentence, start))
    return found.group(1).lower() if found else ""


def _number(text: str | None) -> int | None:
    """A count as a number; None for a vague one ("several")."""
    if text is None:
        return 1
    text = " ".join(text.lower().replace("-", " ").split())
    if not text:
        return None  # "years"
    if text.isdigit():
        return int(text)
    if text in VAGUE_COUNTS:
        return None
    return NUMBER_WORDS.get(text) or sum(NUMBER_WORDS[part] for part in text.split())


def _unit(match: re.Match) -> str:
    unit = _group(match, "unit")
    return "century" if unit.startswith("centur") else unit.removesuffix("s")


def _dated(found: Point | None, written: bool = False, claim: Grain | None = None,
           approximate: bool = False, time: str = "") -> Reading | None:
    """A DATE (a TIME with `time`) at `found`; the timeline's date no finer than `claim`."""
    if found is None:
        return None
    coarse = found.coarsened(claim) if claim else found
    date = coarse.partial_date(inferred=not written, approximate=approximate)
    if time and found.grain == "day":
        found = Point("day", found.day, found.year_known, time)
    return Reading("TIME" if found.time else "DATE", found.value, found, date)


def _today(context: Context) -> Point | None:
    return point("day", context.published) if context.published else None


def _clock(match: re.Match) -> str:
    """ "T17:00" for "5 p.m.", "TNI" for "night"; "" when no time of day is written."""
    if _group(match, "noon"):
        return "T12:00" if _group(match, "noon") == "noon" else "T24:00"
    if _group(match, "hour"):
        hour = int(_raw(match, "hour")) % 12 + 12 * (_group(match, "half") == "p")
        return f"T{hour:02d}:{match.group('minute') or '00'}"
    part = _group(match, "part") or _group(match, "word")
    return "T" + PARTS_OF_DAY[part] if part in PARTS_OF_DAY else ""


# --- calendar dates -----------------------------------------------------------------------

def _mode(match: re.Match, future: bool | None) -> str:
    """How a month or weekday relates to the published date: last/next/this/past/future, or
    nearest when the tense is unknown."""
    modifier = _group(match, "mod")
    modifier = modifier.split()[-1] if modifier else None
    if modifier in ("last", "past", "previous"):
        return "last"
    if modifier in ("next", "coming"):
        return "next"
    if modifier == "this" and future:
        return "future"
    if modifier == "this" and match.groupdict().get("weekday") is None:
        return "this"
    return {None: "nearest", True: "future", False: "past"}[future]


# "Mr. Cook was buried on August 12" in a story dated 6 August: the story was brought up to
# date after its day, not telling of a burial a year before his death
UPDATED_WITHIN = 7  # days


def _days_after(published: dt.date, month: int, day: int) -> int:
    """How many days the day falls after the published date that year (negative: before)."""
    try:
        return (dt.date(published.year, month, max(day, 1)) - published).days
    except ValueError:  # "Feb. 29" in a story of a year without one: another year's
        return 366


def _year_for(published: dt.date, month: int, day: int, mode: str) -> int:
    """The year that puts month/day (day 0: the whole month) where `mode` says."""
    key, now = (month, day), (published.month, published.day if day else 0)
    if mode == "this":
        return published.year
    if mode == "nearest":  # "payable Dec. 15", written in November: this December
        return min((published.year - 1, published.year, published.year + 1),
                   key=lambda y: abs(dt.date(y, month, max(day, 15)) - published))
    if mode in ("past", "last"):
        before = key < now or mode == "past" and (key == now or _days_after(published, month, day) <= UPDATED_WITHIN)
        return published.year if before else published.year - 1
    after = key > now or (mode == "future" and key == now)
    return published.year if after else published.year + 1


YEAR_WORDS_OFFSET = {"last": -1, "this": 0, "next": 1}


def _year_of_words(words: str, context: Context) -> int | None:
    """ "last year" from the published date; "that year", "the same year" from the reference."""
    if words in YEAR_WORDS_OFFSET:
        return context.published.year + YEAR_WORDS_OFFSET[words] if context.published else None
    reference = context.reference
    return reference.day.year if reference and reference.year_known else None


def _calendar_date(match: re.Match, context: Context, month: int, day: int) -> Reading | None:
    written_year = _raw(match, "year")
    if written_year:
        year = int(written_year)
    elif _group(match, "year_word"):
        year = _year_of_words(_group(match, "year_word"), context)
        if year is None:
            return None
    elif context.published:
        year = _year_for(context.published, month, day, _mode(match, context.future))
    else:
        year = SOME_YEAR  # only validates the day, shown as XXXX
    found = Point("day", dt.date(year, month, day), bool(written_year or context.published))
    return _dated(found, written=bool(written_year), time=_clock(match))


def _resolve_named_date(match, sentence, context):
    month = MONTHS[_raw(match, "month").rstrip(".").lower()]
    return _calendar_date(match, context, month, int(_raw(match, "day")))


def _resolve_holiday(match, sentence, context):
    name = re.sub(r"[’']", "'", _raw(match, "holiday")).lower().replace("st. ", "st ")
    month, day = HOLIDAYS[" ".join(name.split())]
    return _calendar_date(match, context, month, day)


def _resolve_numeric_date(match, sentence, context):
    month, day = int(_raw(match, "mon")), int(_raw(match, "day"))
    if month > 12 >= day:  # written day first, British style
        month, day = day, month
    return _calendar_date(match, context, month, day)


def _resolve_month_year(match, sentence, context):
    month = MONTHS[_raw(match, "month").rstrip(".").lower()]
    year = int(_raw(match, "year"))
    if _raw(match, "first"):  # "in April and May 2024": some time in 2024
        across_new_year = MONTHS[_raw(match, "first").lower()] > month  # "December to January"
        return _dated(point("year", dt.date(year, 1, 1)), written=True,
                      approximate=across_new_year)
    return _dated(point("month", dt.date(year, month, 1)), written=True)


def _month_is_a_word(match, sentence) -> bool:
    """ "the daughter of August and Serena Lederer", "May I": a name or a verb, not a month."""
    name = _raw(match, "month").lower()
    if re.match(rf"\s+and\s+(?!{names(MONTHS)}\b)[A-Z]", sentence[match.end():match.end() + 40]):
        return True
    contextual = _raw(match, "lead") or _raw(match, "mod") or _raw(match, "possessive")
    previous = _previous_word(sentence, match.start())
    return (name in AMBIGUOUS_MONTHS and not contextual and previous not in YEAR_CONTEXT
            and previous not in MONTHS)  # "April, May and June"


def _resolve_month(match, sentence, context):
    if _month_is_a_word(match, sentence):
        return None
    month = MONTHS[_raw(match, "month").lower()]
    words = "that" if _group(match, "that") else _group(match, "year_word")
    if words:  # "arrested in March 2025 and sentenced that November", "in July last year"
        year = _year_of_words(words, context)
        return _dated(point("month", dt.date(year, month, 1))) if year else None
    if context.published is None:
        return _dated(Point("month", dt.date(SOME_YEAR, month, 1), year_known=False))
    year = _year_for(context.published, month, 0, _mode(match, context.future))
    return _dated(point("month", dt.date(year, month, 1)))


def _year_like(match, sentence) -> bool:
    before, after = _text_before(sentence, match.start()), sentence[match.end():match.end() + 40]
    previous = _previous_word(sentence, match.start())
    if re.match(r"\s+block\b", after):
        return False  # "in the 1600 block of Trinity Street": an address
    return bool(
        _raw(match, "lead") or _raw(match, "mod") or _raw(match, "possessive")
        or _raw(match, "fiscal") or previous in YEAR_CONTEXT
        or re.search(r"(?:1\d{3}|20\d{2})\s*[-–]\s*$", before)  # "2014-2016"
        or re.match(r"\s*[-–]\s*(?:1\d{3}|20\d{2})\b", after)
        # "in a 2012 interview", "its 1989 results": a determiner, the year, a noun
        or (previous in DETERMINERS or re.search(r"['’]s\s*$", before))
        and re.match(r"\s+[A-Za-z]+\b", after)
    )


def _resolve_year(match, sentence, context):
    if not _year_like(match, sentence):
        return None
    return _dated(point("year", dt.date(int(_raw(match, "year")), 1, 1)), written=True)


def _resolve_season(match, sentence, context):
    """ "the summer of 2023"; a winter across two years ("2022-23") is about the first."""
    year = int(_raw(match, "year"))
    found = Point("season", dt.date(year, SEASON_MONTHS[_group(match, "season")], 1))
    date = PartialDate(str(year), "approximate" if _raw(match, "range") else "year")
    return Reading("DATE", found.value, found, date)


def _resolve_about_year(match, sentence, context):
    following = re.match(r"\s+([a-z]+)", sentence[match.end():match.end() + 30])
    if following and following.group(1) not in YEAR_FOLLOWERS:
        return None  # "about 1900 people"
    return _dated(point("year", dt.date(int(_raw(match, "year")), 1, 1)), written=True,
                  approximate=True)


def _resolve_decade(match, sentence, context):
    if _raw(match, "century"):
        year = int(_raw(match, "century") + _raw(match, "decade") + "0")
        return _decade(point("decade", dt.date(year, 1, 1)), written=True)
    digit = int(_raw(match, "short"))
    # without a published date, read '30s to '90s as the 1900s and '00s to '20s as the 2000s
    latest = context.published.year if context.published else 2029
    start = latest - (latest - digit * 10) % 100  # the most recent such decade
    return _decade(point("decade", dt.date(start, 1, 1)), written=False)


def _decade(found: Point, written: bool) -> Reading:
    """TimeBank writes "the 1990s" as 199 (the timeline keeps 199X)."""
    return Reading("DATE", found.value, found, found.partial_date(not written))


def _resolve_century(match, sentence, context):
    number = int(re.match(r"\d+", _raw(match, "nth")).group())
    found = point("century", dt.date((number - 1) * 100 + 1, 1, 1))
    return Reading("DATE", f"{number - 1:02d}", found)


TOWN_PREPOSITIONS = frozenset({*LEADS, "at", "from", "for", "to", "near", "outside"})


def _named_after_a_town(sentence: str, start: int) -> bool:
    """ "the manager of Sheffield Wednesday", "Former Sheffield Wednesday defender ...": a club
    named after its town and a weekday, after "of" or opening the sentence; "left for Boston
    Monday", "In Paris Tuesday, ...", "against Brazil Thursday night" are days."""
    words = sentence[:start].split()
    if not words or not is_city(words[-1]):
        return False
    opening = len(words) == 1 or len(words) == 2 and words[0].lower() not in TOWN_PREPOSITIONS
    return opening or words[-2] == "of"


def _resolve_weekday(match, sentence, context):
    # "Good Friday", "Super Tuesday": a name, not a day of the week (not "Tom Ash on Monday")
    if _previous_word(sentence, match.start("weekday")) in NAMED_DAYS or _named_after_a_town(sentence, match.start("weekday")):
        return None
    # "the previous Friday" counts back from the story's day, the others from the published one
    anchor = context.reference_day if _group(match, "mod") == "previous" else None
    anchor = anchor or _today(context)
    if anchor is None:
        return None
    weekday = WEEKDAYS.index(_raw(match, "weekday").lower())
    back = (anchor.day.weekday() - weekday) % 7
    ahead = (weekday - anchor.day.weekday()) % 7
    mode = _mode(match, context.future)
    if mode == "last" and back == 1:
        return None  # "last Wednesday" in a Thursday paper: yesterday, or a week before?
    days = {"last": -(back or 7), "next": ahead or 7, "future": ahead}.get(mode, -back)  # unknown tense: past
    return _dated(Point("day", anchor.day, anchor.year_known).shifted(days=days),
                  time=_clock(match))


def _resolve_clock(match, sentence, context):
    """ "at 5 p.m.": a time of the day the sentence is about (the timeline takes no date)."""
    day = context.reference_day or _today(context)
    if day is None:
        return None
    found = Point("day", day.day, day.year_known, _clock(match))
    return Reading("TIME", found.value, found, None)


def _resolve_deictic_day(match, sentence, context):
    word = _group(match, "word") or _group(match, "this")
    today = _today(context)
    if today is None or not (_group(match, "word") or _group(match, "part")) or _in_a_title(match, sentence):
        return None
    time = _clock(match) or ("TNI" if word == "tonight" else "")
    return _dated(today.shifted(days=DEICTIC_DAYS[word]), time=time)


def _in_a_title(match, sentence: str) -> bool:
    """ "publisher of Lakeport Today": a capitalised "Today" right after a capitalised word is
    a paper's or a programme's name."""
    return match.group()[:1].isupper() and re.search(r"\b[A-Z][\w.]*\s+$", sentence[:match.start()]) is not None


def _resolve_the_day_or_week(match, sentence, context):
    """ "the day": the story's day; "the week": some week of the published year."""
    if _group(match, "unit") == "week":
        return Reading("DATE", f"{context.published.year:04d}-WXX") if context.published else None
    day = context.reference_day or _today(context)
    return Reading("DATE", day.value, day, None) if day else None


def _resolve_weekend(match, sentence, context):
    """ "the weekend": the last one, or the next said of the future."""
    if context.published is None:
        return None
    found = point("week", context.published).shifted(days=-7 * (not context.future))
    return Reading("DATE", Point("weekend", found.day).value, found, None)


CALENDAR_OFFSETS = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def _resolve_calendar_unit(match, sentence, context):
    """ "last year", "this month", "earlier this month", "last week", "this quarter"."""
    if context.published is None or re.fullmatch(r"(?:[A-Z]\w*\s+)+[A-Z]\w*", match.group()) \
            and match.start() > 0:
        return None  # "on This Week": a title
    offset = CALENDAR_OFFSETS[_group(match, "mod").split()[-1]]
    unit = _unit(match)
    grain = "week" if unit == "weekend" else unit
    months, days = UNITS[grain][:2]
    found = point(grain, context.published).shifted(months=months * offset, days=days * offset)
    if unit == "weekend":
        return Reading("DATE", Point("weekend", found.day).value, found, None)
    return _dated(found)  # "last week": the week of its Monday, no guessed day


def _resolve_ago(match, sentence, context, sign=-1):
    """ "two years ago": that long before the published date (sign 1: after it)."""
    unit, count = _unit(match), _number(_raw(match, "count"))
    if context.published is None or unit not in UNITS or count is None or (
            unit == "quarter" and _fraction(match)):
        return None
    months, days, claim, _ = UNITS[unit]
    reference = context.reference
    compared = reference is not None and reference.grain == "quarter" and unit == "year"
    # "profit rose in the third quarter from a year ago": that quarter a year before
    base = reference if compared else point("day", context.published).coarsened(claim)
    found = base.shifted(months=sign * months * count, days=sign * days * count)
    # "a decade ago" is a round figure, not a year; "just over two weeks ago" and "two weeks
    # ago" no day (a class could not tell the 12th from the 10th)
    hedged = re.match(rf"\s*{APPROXIMATELY}\s", match.group(), re.I) is not None or unit == "week" and count > 1
    reading = _dated(found, claim=claim, approximate=unit in ("decade", "century") or hedged and claim == "day")
    return replace(reading, looks_back=compared)


def _resolve_from_now(match, sentence, context):
    """ "in two weeks" said of the future: that long after the published date."""
    if not context.future:
        return None  # "built in two weeks" is a duration of work, not a date
    return _resolve_ago(match, sentence, context, sign=1)


# --- times leaning on the story's reference -------------------------------------------------

def _from_reference(context: Context, months: int, days: int, claim: Grain,
                    same_day: bool = False) -> tuple[Point, Point] | None:
    """(the reference shifted, the same no finer than the shift can claim).

    Only a time of the same day ("four minutes later", "that evening") reaches back past a
    coarser reference to the last day named; "the next day" after "in March 2026" is in March.
    """
    anchor = context.reference
    if same_day and context.reference_day and (anchor is None or anchor.grain != "day"):
        anchor = context.reference_day
    if anchor is None:
        return None
    grain = GRAINS[min(GRAINS.index(anchor.grain), GRAINS.index(claim))]
    if not anchor.year_known and grain in ("century", "decade", "year"):
        return None  # "that year" after "in March" of an unknown year says nothing
    # a shift finer than the reference stays inside it: "a day earlier" after "in 2011" is
    # some day of 2011, not 2010 (the reference's first day, less one)
    moved = anchor if grain == anchor.grain and GRAINS.index(claim) > GRAINS.index(grain) else anchor.shifted(months, days)
    return moved, moved.coarsened(grain)


def _anchored(context: Context, months: int, days: int, claim: Grain, approximate=False,
              same_day=False, whole_unit=False) -> Reading | None:
    shifted = _from_reference(context, months, days, claim, same_day)
    if shifted is None:
        return None
    found, coarse = shifted
    date = coarse.partial_date(inferred=True, approximate=approximate)
    if whole_unit:
        found = coarse  # "the following month" is a month ("a year later" keeps a day's day)
    if date and context.reference_approximate:
        date = PartialDate(date.value, "approximate", True)
    return Reading("DATE", found.value, found, date)


def _resolve_shift(match, sentence, context):
    """ "three days later", "the next day", "the day before", "a year earlier"."""
    direction = 1 if _group(match, "dir") in FORWARD_WORDS else -1
    count = _number(match.groupdict().get("count"))
    unit = _unit(match) if _group(match, "unit") else "day"
    if count is None:
        return None
    months, days, claim, _ = UNITS.get(unit, UNITS["day"])
    # "less than a year later": about then; "the previous week": some day of it
    approximate = bool(_group(match, "bound")) or (
        unit == "week" and not match.groupdict().get("count"))
    reading = _anchored(context, direction * count * months, direction * count * days, claim,
                        approximate, whole_unit=_raw(match, "count") is None)
    return replace(reading, looks_back=direction < 0) if reading else None


def _resolve_same_time(match, sentence, context):
    """ "that evening", "later that day", "by nightfall", "the same month", "that quarter"."""
    unit = _group(match, "unit") or "day"
    claim = UNITS[unit][2] if unit in UNITS else "day"
    if unit == "quarter":
        return _quarter_of_reference(context, 0)
    reading = _anchored(context, 0, 0, claim, same_day=claim == "day")
    if reading and unit in PARTS_OF_DAY and reading.point.grain == "day":
        part = Point("day", reading.point.day, reading.point.year_known, "T" + PARTS_OF_DAY[unit])
        return Reading("TIME", part.value, part, reading.date)
    return reading


def _resolve_since_then(match, sentence, context):
    """ "since then": a stretch that began at the reference, about then."""
    reference = context.reference
    if reference is None or (date := reference.partial_date(True)) is None:
        return None
    return Reading("DATE", reference.value, reference,
                   PartialDate(date.value, "approximate", True), "duration")


# --- quarters, halves, seasons, fiscal years ------------------------------------------------

def _quarter_of_reference(context: Context, years: int, current: bool = False) -> Reading | None:
    """ "the quarter", "the year-earlier quarter": the story's quarter, or the last one ended."""
    reference = context.reference
    if reference is not None and reference.grain == "quarter" and not current:
        base = reference
    elif context.published is not None:
        base = point("quarter", context.published).shifted(months=0 if current else -3)
    else:
        return None
    found = base.shifted(months=12 * years)
    return Reading("DATE", found.value, found, found.partial_date(inferred=True),
                   looks_back=years < 0)


def _resolve_quarter(match, sentence, context):
    """ "the third quarter", "third-quarter", "the fourth quarter of 1998", "this year's
    first quarter"."""
    number = ORDINALS[_group(match, "ordinal")]
    written = _raw(match, "year") or _raw(match, "year_of")
    year = int(written) if written else None
    words = _group(match, "year_word")
    if year is None and words:
        year = _year_of_words(words, context)
    if year is None and context.published is not None:
        year = context.published.year
        starts_after = dt.date(year, 3 * number - 2, 1) > context.published
        if starts_after and not context.future:
            year -= 1  # "the fourth quarter" told in the past, early in a year
    if year is None:
        return None
    found = Point("quarter", dt.date(year, 3 * number - 2, 1))
    return Reading("DATE", found.value, found, found.partial_date(not written))


def _resolve_this_quarter(match, sentence, context):
    """ "the quarter", "the latest quarter", "the year-ago period", "the 1988 quarter", "the
    quarter ended July 31" (the quarter it mostly lies in)."""
    if _raw(match, "ended") and context.published:
        last_month = dt.date(context.published.year, MONTHS[_group(match, "ended").rstrip(".")], 1)
        if last_month > context.published:
            last_month = last_month.replace(year=last_month.year - 1)
        found = point("quarter", shift(last_month, months=-1))
        return Reading("DATE", found.value, found, found.partial_date(inferred=True))
    if match.group().lower().endswith("the period") and _quarter_unnamed(context):
        return None  # "later in the period" of a match, where no quarter was named
    reading = _quarter_of_reference(context, -1 if _group(match, "ago") else 0,
                                    current=_group(match, "current") == "current")
    if reading is None or not _raw(match, "year"):
        return reading
    found = replace(reading.point, day=reading.point.day.replace(year=int(_raw(match, "year"))))
    return Reading("DATE", found.value, found, found.partial_date(inferred=False))


def _quarter_unnamed(context: Context) -> bool:
    return context.reference is None or context.reference.grain != "quarter"


def _resolve_half(match, sentence, context):
    half = 1 if (_group(match, "ordinal") or _group(match, "ordinal2")) == "first" else 2
    if _raw(match, "year"):
        year = int(_raw(match, "year"))
    elif context.published:
        year = context.published.year - (half == 2 and not context.future
                                          and context.published.month <= 6)
    else:
        return None
    found = Point("half", dt.date(year, 6 * half - 5, 1))
    return Reading("DATE", found.value, found, found.partial_date(not _raw(match, "year")))


def _resolve_season_alone(match, sentence, context):
    """ "this summer", "last fall", "the summer"."""
    if context.published is None:
        return None
    month = SEASON_MONTHS[_group(match, "season")]
    if _raw(match, "year_word"):  # "the spring of next year"
        year = _year_of_words(_group(match, "year_word"), context)
        found = Point("season", dt.date(year, month, 1)) if year else None
        return Reading("DATE", found.value, found, None) if found else None
    mode = _mode(match, context.future)
    year = _year_for(context.published, month, 0, "this" if mode == "future" else mode)
    if mode == "future" and (month, 0) < (context.published.month, 0):
        year = context.published.year + (month + 2 < context.published.month)
    found = Point("season", dt.date(year, month, 1))
    return Reading("DATE", found.value, found, None)


def _a_year(year: int | None) -> Reading | None:
    """A whole year named as the setting of what is said, which the timeline does not place."""
    if year is None:
        return None
    found = point("year", dt.date(year, 1, 1))
    return Reading("DATE", found.value, found, None)


def _resolve_fiscal_year(match, sentence, context):
    """ "the fiscal year", "the full year", "the year": the year of the quarter the story
    speaks of, or the published year; "the year ended June 30" is a span of a year."""
    if _raw(match, "ended"):
        return Reading("DURATION", "P1Y")
    reference = context.reference
    if reference is not None and reference.grain in ("quarter", "half") \
            and _group(match, "mod") != "current":
        return _a_year(reference.day.year)
    return _a_year(context.published.year if context.published else None)


def _resolve_year_end(match, sentence, context):
    """ "year-end", "the end of the year": the end of the published year."""
    if _raw(match, "year"):
        return _a_year(int(_raw(match, "year")))
    return _a_year(context.published.year if context.published else None)


def _resolve_year_adjective(match, sentence, context):
    """ "year-earlier", "year-ago" before a noun: the reference a year before."""
    if context.reference is None or context.reference.grain == "century":
        return None
    found = context.reference.shifted(months=-12)
    return Reading("DATE", found.value, found, None, looks_back=True)


# --- durations, sets and references ---------------------------------------------------------

def _duration_value(count: int | None, unit: str) -> str:
    amount = "X" if count is None else str(count)
    if unit in CLOCK_UNITS:
        return f"PT{amount}{CLOCK_UNITS[unit]}"
    return f"P{amount}{UNITS[unit][3]}"


def _is_span(match: re.Match) -> bool:
    """ "for two years", "over the past two years", "in the last year": the timeline's spans,
    which started that long before the published date."""
    lead, past = _group(match, "lead"), _group(match, "past")
    return lead == "for" and not past or lead in ("over", "during", "in") and past in ("past", "last")


def _resolve_duration(match, sentence, context):
    """ "two years", "a five-year plan", "the past three months", "several weeks".

    A span (`_is_span`) also dates an approximate start that long before the published date
    (or at it, said of the future).
    """
    unit, count = _unit(match), _number(_raw(match, "count"))
    if unit == "quarter" and _fraction(match) or _rate(match, sentence):
        return None
    if _raw(match, "count") is None and not (
            _raw(match, "lead") and _group(match, "past") in ("past", "last")):
        return None  # "the past year" is a date; "in the past year" a span
    value = _duration_value(count, unit)
    if not _is_span(match) or unit not in UNITS or count is None or context.published is None:
        return Reading("DURATION", value, _part_of_year(match, context, unit))
    months, days, claim, _ = UNITS[unit]
    sign = 0 if context.future else -1
    start = point("day", context.published).coarsened(claim).shifted(
        sign * months * count, sign * days * count)
    date = start.partial_date(True, approximate=True)
    if _raw(match, "count") is None:  # "in the past year": TimeML's date of the last year
        last = point(unit, context.published).shifted(-months, -days)
        return Reading("DATE", last.value, None, date, "duration")
    return Reading("DURATION", value, None, date, "duration")


def _rate(match: re.Match, sentence: str) -> bool:
    """ "$5 million a year": a rate, not a stretch of time."""
    return _group(match, "count") in ("a", "an") and bool(
        re.search(r"(?:\d|\bmillion|\bbillion|\bcents?|%)\s*$", _text_before(sentence, match.start())))


def _fraction(match: re.Match) -> bool:
    """ "a quarter of the market", "three-quarters", "more than a quarter": a share, not time."""
    count = _group(match, "count") or ""
    return count in ("a", "an") or "-" in match.group() and match.group().endswith("s")


def _part_of_year(match: re.Match, context: Context, unit: str) -> Point | None:
    """ "the first nine months": a stretch of this year, the year later phrases lean on
    ("up from $5 million a year earlier" is the year before)."""
    if not (_raw(match, "the") and unit in ("month", "quarter") and _raw(match, "count")
            and _group(match, "past") in (None, "first", "latest")) or context.published is None:
        return None
    reference = context.reference
    year = reference.day.year if reference and reference.grain != "century" else \
        context.published.year
    return point("year", dt.date(year, 1, 1))


def _resolve_clock_duration(match, sentence, context):
    return Reading("DURATION", _duration_value(_number(_raw(match, "count")), _unit(match)))


def _resolve_reference(match, sentence, context):
    word = _group(match, "ref")
    return Reading("DATE", REFERENCES[word])


def _resolve_set(match, sentence, context):
    """ "every month", "each Thursday", "daily", "Tuesday nights"."""
    word = _group(match, "every_unit")
    if word:
        return Reading("SET", _duration_value(1, word))
    if _group(match, "adverb"):
        return Reading("SET", SET_WORDS[_group(match, "adverb")])
    weekday = WEEKDAYS.index(_group(match, "weekday") or _group(match, "weekdays")) + 1
    return Reading("SET", f"XXXX-WXX-{weekday}{_clock(match)}")


def _resolve_spelled_year(match, sentence, context):
    """ "nineteen ninety-six", "the year two thousand"."""
    if _group(match, "thousand"):
        year = 2000 + (_number(_group(match, "units")) if _group(match, "units") else 0)
    else:
        tens = _group(match, "tens")
        year = 100 * _number(_group(match, "centuries")) + (_number(tens) if tens else 0)
    return _dated(point("year", dt.date(year, 1, 1)), written=True)


def _rule(name, pattern, resolve, examples, kind="point"):
    # A phrase starts where a word starts: said outright, the regex engine tries each word of a
    # sentence rather than each character, twice as fast.
    return Rule(name, re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE), resolve,
                tuple(examples), kind)


_BOUND = rf"(?:(?P<bound>{phrases('less than', 'more than', 'nearly', 'almost', 'about')})\s+)?"
_THE_YEAR_AGO = r"(?P<ago>(?:the\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)\s+)"
_SPAN_LEAD = rf"(?:\b(?P<lead>{phrases('for', 'over', 'during', 'in', 'within', 'after')})\s+)?"
_DURATION_HEAD = (rf"\b(?:(?P<the>the|another|each\s+of\s+the)\s+)?"
                  rf"(?:(?P<past>{phrases('past', 'last', 'next', 'first', 'latest', 'coming')})\s+)?"
                  rf"(?:{APPROXIMATELY}\s+)?")
_COUNT = NUMBER.replace("(?P<count>", "(?:(?P<count>", 1) + r"[-\s]+)?"

RULES: tuple[Rule, ...] = (
    _rule("iso date", rf"{LEAD}(?<!\d)(?P<year>\d{{4}})-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)",
          _resolve_numeric_date, [("The filing is dated 2016-11-01.", "2016-11-01", "2016-11-01")]),
    _rule("slashed date",
          rf"{LEAD}(?<![\d/])(?P<mon>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{4}})(?![\d/])",
          _resolve_numeric_date, [("He was held on 3/4/2016 in Ohio.", "3/4/2016", "2016-03-04")]),
    # not "Father Christmas", a figure of the season
    _rule("holiday", rf"{LEAD}(?<!father )(?P<holiday>{HOLIDAY})(?:,?\s+{YEAR})?\b", _resolve_holiday,
          [("Shops were shut on Christmas Day.", "Christmas Day", "2015-12-25")]),
    # a comma typed after the month only before a day and a year ("on March, 6, 2019", not "In March, 6 died")
    _rule("month day", rf"{LEAD}(?:(?P<mod>last|this|next)\s+)?{WEEKDAY_PREFIX}{MONTH}(?:,(?=\s+\d{{1,2}},\s+\d{{4}}))?"
          rf"\s+{DAY}(?:,?\s+{YEAR}|{YEAR_WORDS})?"
          rf"(?:\s+{PART_OF_DAY})?{AT_TIME}", _resolve_named_date,
          [("The deal closed Nov. 1, 2016, officials said.", "Nov. 1, 2016", "2016-11-01"),
           ("Talks ended on November 8.", "November 8", "2016-11-08"),
           ("Talks will resume on Jan. 9.", "Jan. 9", "2017-01-09"),
           ("He took power last Nov. 12.", "last Nov. 12", "2015-11-12"),
           ("The letter was sent on March, 6, 2014, police said.", "March, 6, 2014", "2014-03-06")]),
    _rule("day month", rf"{LEAD}{WEEKDAY_PREFIX}(?:the\s+)?(?<![\d.,]){DAY}\s+(?:of\s+)?{MONTH}"
          rf"(?:,?\s+{YEAR}|{YEAR_WORDS})?{AT_TIME}", _resolve_named_date,
          [("He was born on 1 November 2016 in Leeds.", "1 November 2016", "2016-11-01")]),
    _rule("month year", rf"{LEAD}{MODIFIER}(?:(?P<first>{names(MONTHS)})\s*"
          rf"(?:{phrases('and', 'or', 'to', 'through')}|[-–])\s*)?{MONTH},?\s+(?:of\s+)?{YEAR}",
          _resolve_month_year, [("The bank failed in September of 2008.", "September of 2008",
                                 "2008-09")]),
    _rule("month", rf"{LEAD}{MODIFIER}(?:(?P<that>that)\s+)?{FULL_MONTH}(?P<possessive>['’]s)?"
          rf"(?!\s*\d|-)(?:{YEAR_WORDS})?", _resolve_month,
          [("The rebels retreated last October.", "last October", "2016-10"),
           ("Elections will be held in April.", "April", "2017-04")]),
    _rule("season of a year", rf"{LEAD}(?:the\s+)?{SEASON}\s+of\s+{YEAR}(?P<range>[-–/]\d\d\b)?",
          _resolve_season, [("Floods hit in the summer of 2023.", "the summer of 2023", "2023-SU")]),
    _rule("about a year", rf"{LEAD}(?:the\s+{phrases('years', 'decades')}\s+)?"
          rf"{phrases('around', 'about', 'circa')}\s+{YEAR}(?!\d|[.,]\d|%|[^\W\d_])",
          _resolve_about_year, [("The ship sank around 1900.", "around 1900", "1900")]),
    _rule("year", rf"{LEAD}{MODIFIER}{FISCAL}(?<![\w.,$€£/]){YEAR}(?!\d|[.,]\d|%|[^\W\d_])"
          rf"(?P<possessive>['’]s)?", _resolve_year,
          [("In 2007, Norway opened an embassy.", "2007", "2007"),
           ("Profit fell in fiscal 1989.", "fiscal 1989", "1989"),
           ("The regime collapsed in mid-2003.", "mid-2003", "2003")]),
    _rule("spelled year", r"\b(?:(?P<centuries>nineteen|eighteen)\s+(?P<tens>(?:twenty|thirty|"
          r"forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|"
          r"seven|eight|nine))?)|the\s+year\s+(?P<thousand>two\s+thousand)(?:\s+and\s+"
          r"(?P<units>one|two|three|four|five|six|seven|eight|nine))?)\b",
          _resolve_spelled_year, [("That was in nineteen ninety-six.", "nineteen ninety-six",
                                   "1996")]),
    _rule("decade", rf"{LEAD}(?:the\s+)?(?:(?P<mod>{phrases('early', 'mid', 'late')})[-\s]+)?"
          r"(?:(?P<century>1\d|20)(?P<decade>\d)0|['’‘](?P<short>\d)0)s\b", _resolve_decade,
          [("The lights went out in the 1980s.", "the 1980s", "198")]),
    _rule("century", r"\b(?:the\s+)?(?P<nth>(?:1\d|20|21)(?:st|nd|rd|th))\s+century\b",
          _resolve_century, [("It was built in the 19th century.", "the 19th century", "18")]),
    _rule("weekday", rf"{LEAD}(?:(?:the\s+)?(?P<mod>{phrases('last', 'this', 'next', 'past', 'coming', 'previous')})"
          rf"\s+)?(?:(?:{phrases('early', 'late')})\s+)?{WEEKDAY}{POSSESSIVE}"
          rf"(?:\s+{PART_OF_DAY})?{AT_TIME}(?!\s+(?-i:[A-Z]))", _resolve_weekday,
          [("The minister resigned on Wednesday.", "Wednesday", "2016-11-02"),
           ("The leaders will meet on Friday.", "Friday", "2016-11-11"),
           ("The blast happened on Tuesday night.", "Tuesday night", "2016-11-08TNI"),
           ("Trading resumes in Paris Tuesday.", "Tuesday", "2016-11-08"),
           ("In Paris Tuesday, police made arrests.", "Tuesday", "2016-11-08"),
           ("The president left for Boston Monday.", "Monday", "2016-11-07"),
           ("The Gliders won 52-50 against Brazil Thursday night.", "Thursday night", "2016-11-03TNI"),
           ("Police came on Friday, Nov. 4, 2016, after a raid the previous Friday.",
            "the previous Friday", "2016-10-28")]),
    _rule("clock and day", rf"\b(?:(?P<lead>at)\s+)?(?:{phrases('around', 'about')}\s+)?{CLOCK},?\s+"
          rf"(?:(?P<mod>last|this|next)\s+)?{WEEKDAY}", _resolve_weekday,
          [("The polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2016-11-02T22:00")]),
    _rule("clock", rf"\b(?:(?P<lead>at)\s+)?(?:{phrases('around', 'about')}\s+)?{CLOCK}", _resolve_clock,
          [("Protesters gathered at 5 p.m. near the palace.", "5 p.m.", "2016-11-08T17:00")]),
    _rule("deictic day", rf"\b(?:{phrases('earlier', 'later', 'late', 'early')}\s+)?"
          rf"(?:{DEICTIC_WORD}{POSSESSIVE}|(?P<this>{phrases('this', 'last')}))"
          rf"(?:\s+{PART_OF_DAY})?\b", _resolve_deictic_day,
          [("The ministry said yesterday that talks failed.", "yesterday", "2016-11-07"),
           ("Shells fell this morning.", "this morning", "2016-11-08TMO")]),
    _rule("ago", rf"\b(?:{APPROXIMATELY}\s+)?{NUMBER}\s+{UNIT}\s+ago\b", _resolve_ago,
          [("The plant closed two years ago.", "two years ago", "2014"),
           ("He turned himself in just over two weeks ago.", "just over two weeks ago", "2016-10-25")]),
    _rule("from now", rf"\bin\s+{NUMBER}\s+{UNIT}(?:['’]s?\s+time\b)?", _resolve_from_now,
          [("The bridge will reopen in two weeks.", "in two weeks", "2016-11-22")]),
    _rule("shift", rf"\b{_BOUND}{NUMBER}\s+{UNIT}\s+{LATER}\b", _resolve_shift,
          [("He was held on Aug. 12 and freed three days later.", "three days later",
            "2016-08-15"),
           ("Sales rose in 2014 from a year earlier.", "a year earlier", "2013"),
           ("A majority elected in 2011 a day earlier vowed to stay.", "a day earlier", "2011")]),
    _rule("the next unit", rf"\bthe\s+{NEXT}\s+{REFERENCE_UNIT}\b", _resolve_shift,
          [("He was held on Jan. 22, 2020, and charged the next day.", "the next day",
            "2020-01-23")]),
    _rule("the unit before", rf"\bthe\s+(?P<unit>{phrases('day', 'week', 'month', 'year')})\s+"
          rf"(?P<dir>{phrases('after', 'before')})\b", _resolve_shift,
          [("He arrived on May 3, 2001; the day before, he had fled.", "the day before",
            "2001-05-02")]),
    _rule("same time", rf"\b(?:{phrases('later', 'earlier')}\s+)?(?:that|the\s+same)\s+"
          rf"{REFERENCE_UNIT}\b", _resolve_same_time,
          [("Police came on March 3, 2001. That evening, the mayor spoke.", "That evening",
            "2001-03-03TEV")]),
    _rule("hours later", rf"\b(?:by\s+{NIGHTFALL}|(?:{NUMBER}\s+)?"
          rf"{phrases('hours', 'minutes', 'moments')}\s+later)\b", _resolve_same_time,
          [("The fire began on May 3, 2001 and hours later it was out.", "hours later",
            "2001-05-03")]),
    _rule("since then", r"\b(?P<lead>since)\s+then\b", _resolve_since_then,
          [("The plant opened on May 3, 2001 and has run since then.", "then", "2001-05-03")],
          "duration"),
    _rule("quarter", rf"\b(?:(?:the|its|a\s+[a-z]+)\s+)?(?:(?:{YEAR}|(?P<year_word>this|last|next)"
          rf"\s+year['’]s)\s+)?{FISCAL}{ORDINAL}[-\s]+quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<year_of>1\d{{3}}|20\d{{2}})\b)?",
          _resolve_quarter,
          [("Profit rose in the third quarter.", "the third quarter", "2016-Q3"),
           ("Third-quarter profit rose.", "Third-quarter", "2016-Q3"),
           ("Sales fell in the fourth quarter of 1998.", "the fourth quarter of 1998", "1998-Q4")]),
    _rule("the quarter", rf"\b(?:{_THE_YEAR_AGO}|the\s+(?:(?P<current>{phrases('latest', 'current', 'same')})"
          rf"\s+|{YEAR}\s+)?){phrases('quarter', 'period')}\b(?!-)"
          rf"(?=\s+end(?:ed|ing)\s+(?P<ended>{names(MONTHS)})|)", _resolve_this_quarter,
          [("Profit rose in the third quarter, and sales in the quarter grew.", "the quarter",
            "2016-Q3"),
           ("Profit rose in the third quarter from the year-earlier period.",
            "the year-earlier period", "2015-Q3"),
           ("Sales rose in the quarter ended July 31.", "the quarter", "2016-Q2")]),
    _rule("half", rf"\b(?:the\s+)?(?P<ordinal>first|second|last)\s+half\s+of\s+(?:the\s+year|"
          rf"(?:the\s+)?{YEAR}|this\s+year)|\bthe\s+(?P<ordinal2>first|second)\s+half\b",
          _resolve_half, [("Sales rose in the first half of 1998.", "the first half of 1998",
                           "1998-H1")]),
    _rule("season", rf"\b(?:(?P<mod>{phrases('last', 'this', 'next', 'this past', 'the early')})"
          rf"\s+|the\s+){SEASON}\b(?!\s+of\s+\d)(?:\s+of{YEAR_WORDS})?", _resolve_season_alone,
          [("Prices rose last spring.", "last spring", "2016-SP")]),
    _rule("fiscal year", rf"\bthe\s+(?:(?P<mod>{phrases('current', 'latest')})"
          rf"\s+)?(?:{phrases('fiscal', 'full', 'whole', 'entire')}\s+)?year\b(?![-'’])"
          rf"(?=(?P<ended>\s+end(?:ed|ing)\b)|)", _resolve_fiscal_year,
          [("Profit rose in the third quarter of 1998 but fell in the fiscal year.",
            "the fiscal year", "1998"),
           ("Sales for the full year rose.", "the full year", "2016"),
           ("Net rose in the year ended June 30.", "the year", "P1Y")]),
    _rule("the day or week", r"\bthe\s+(?P<unit>day|week)\b(?![-'’])", _resolve_the_day_or_week,
          [("For the week, the index fell 3%.", "the week", "2016-WXX"),
           ("Shares fell on Nov. 3, 2016 and the day ended badly.", "the day", "2016-11-03")]),
    _rule("weekend", r"\bthe\s+weekend\b", _resolve_weekend,
          [("Talks went on over the weekend.", "the weekend", "2016-W44-WE")]),
    _rule("year end", rf"\b(?:the\s+end\s+of\s+(?:the\s+year|{YEAR})|year[-\s]end\b|"
          rf"year['’]s\s+end\b)", _resolve_year_end,
          [("The deal should close by year-end.", "year-end", "2016")]),
    _rule("year-ago adjective", r"\byear[-\s](?:ago|earlier)\b", _resolve_year_adjective,
          [("Profit rose in the third quarter from year-ago levels.", "year-ago", "2015-Q3")]),
    _rule("reference", rf"(?<!\bas\s)\b(?P<ref>{phrases(*REFERENCES)})\b(?![-'’])(?!\s+(?:of|after)\b)", _resolve_reference,
          [("Prices are now higher.", "now", "PRESENT_REF"),
           ("Prices recently rose.", "recently", "PAST_REF")]),
    _rule("set", rf"\b(?:(?:each|every)\s+(?P<every_unit>{phrases('day', 'week', 'month', 'year', 'quarter')})"
          rf"\b|(?P<adverb>{phrases(*SET_WORDS)})\b|(?:each|every)\s+{WEEKDAY}"
          rf"|(?P<weekdays>{names(WEEKDAYS)})s\s+{PART_OF_DAY}s\b)", _resolve_set,
          [("The board meets every month.", "every month", "P1M"),
           ("Prices are set weekly.", "weekly", "P1W")]),
    _rule("duration", rf"{_SPAN_LEAD}{_DURATION_HEAD}{_COUNT}{UNIT}(?!\s+(?:ago|later|"
          rf"earlier|old|of\s+age)\b)(?![-\s]old\b)(?:\s+or\s+so)?", _resolve_duration,
          [("He has been held for 10 days.", "10 days", "P10D"),
           ("They signed a five-year deal.", "five-year", "P5Y"),
           ("Prices fell over the past two months.", "the past two months", "P2M"),
           ("Rain fell for several weeks.", "several weeks", "PXW")], "duration"),
    _rule("vague duration", rf"(?:{_SPAN_LEAD.replace(')?', ')', 1)}|\bthe\s+)(?P<count>)(?P<unit>{phrases('years', 'months', 'weeks', 'days', 'decades', 'centuries')})"
          rf"\b(?!\s+(?:ago|later|earlier)\b)", _resolve_duration,
          [("Talks went on for years.", "years", "PXY")], "duration"),
    _rule("clock duration", rf"\b(?:{APPROXIMATELY}\s+)?{NUMBER}[-\s]+{CLOCK_UNIT}",
          _resolve_clock_duration, [("The meeting lasted two hours.", "two hours", "PT2H")]),
    _rule("calendar unit", rf"{LEAD}(?:the\s+)?{RELATIVE_MOD}\s+{CALENDAR_UNIT}\b",
          _resolve_calendar_unit,
          [("The party won last year.", "last year", "2015"),
           ("Prices fell earlier this month.", "earlier this month", "2016-11"),
           ("Talks began last week.", "last week", "2016-W44"),
           ("Sales rose this quarter.", "this quarter", "2016-Q4")]),
)
