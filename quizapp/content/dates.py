"""Temporal expressions in one sentence -> PartialDate (TIMEX3-style), with plain regexes.

Each rule is a pattern and a resolver that turns its match into a PartialDate. Deictic
phrases ("yesterday", "in March", "last year") are anchored to the article's publication
date; anaphoric ones ("three days later", "that evening") to the previous dated event.
A phrase that cannot be anchored is dropped. Overlapping matches keep the longest.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from quizapp.content.types import PartialDate, TimeExpression

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = {number: max((k for k, v in MONTHS.items() if v == number), key=len)
               for number in range(1, 13)}
# Month names that are also common words or names: alone they need a date-like context.
AMBIGUOUS_MONTHS = {"may", "march", "august"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a couple of": 2, "a dozen": 12,
}
# unit -> (months, days) in one unit, and the precision a shift by that unit can claim
UNITS = {
    "day": (0, 1, "day"), "week": (0, 7, "day"), "month": (1, 0, "month"),
    "year": (12, 0, "year"), "decade": (120, 0, "year"),
}
# Days from the published date: "yesterday", "tonight", "this morning", "last night".
DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3}
# Holidays on fixed days, as news writes them (matched with their capitals).
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14),
    "halloween": (10, 31), "independence day": (7, 4), "bastille day": (7, 14),
    "anzac day": (4, 25), "australia day": (1, 26), "canada day": (7, 1),
    "st patrick's day": (3, 17), "guy fawkes night": (11, 5),
}
# Words before a bare four-digit number that make it a year ("between 2010 and 2012").
YEAR_CONTEXT = {
    "in", "since", "by", "until", "till", "during", "from", "to", "and", "or", "between",
    "before", "after", "of", "through", "early", "late", "mid", "year", "around", "circa",
    "spring", "summer", "autumn", "fall", "winter",
}
DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"}
# Prepositions kept inside a phrase: "since" makes a duration, the others only locate it.
LEADS = ("in", "on", "since", "during", "by", "until", "till")
# words that may follow a year ("around 1900 when ..."), where a counted noun may not
YEAR_FOLLOWERS = {"when", "and", "or", "but", "as", "to", "in", "on", "at", "before", "after",
                  "until", "with", "by", "for", "the", "a", "an"}
FORWARD_WORDS = {"later", "after", "afterward", "afterwards", "next", "following"}


@dataclass(frozen=True)
class DateContext:
    published: dt.date | None  # the article's reference date (else unknown)
    previous: PartialDate | None = None  # date of the previous dated event, in narrative order
    # the last day-precise one: "four minutes later" after "who won the cup in 1998" counts
    # from the match day, not from 1998
    previous_day: PartialDate | None = None


def _phrases(*phrases: str) -> str:
    """Alternation, longest first; spaces match any whitespace (rules ignore case)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def _names(names: Iterable[str]) -> str:
    """Capitalised or upper-case names only: "may" and "march" in lower case are verbs."""
    forms = {f(name) for name in names for f in (str.capitalize, str.upper)}
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_FULL_MONTH = rf"\b(?P<month>{_names(MONTH_NAMES.values())})\b"
_ABBREVIATED = [name for name in MONTHS if name not in MONTH_NAMES.values()]
_MONTH = rf"\b(?P<month>(?:{_names(MONTH_NAMES.values())})\b|(?:{_names(_ABBREVIATED)})(?:\.|\b))"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<year>1\d{3}|20\d{2})(?!\d)"
# written with capitals only: "boxing day sales" is no date
_HOLIDAY = "(?-i:" + "|".join(
    re.escape(name.title().replace("'S", "'s")).replace("'", "['’]").replace("St\\ ", "St\\.?\\ ")
    .replace("\\ ", r"\s+")
    for name in sorted(HOLIDAYS, key=len, reverse=True)
) + ")"
_WEEKDAY = rf"\b(?P<weekday>{_names(WEEKDAYS)})\b"
_LEAD = rf"(?:\b(?P<lead>{_phrases(*LEADS)})\s+)?"
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_PART_OF_DAY = _phrases(*PARTS_OF_DAY)
_TIME = r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)|noon|midnight)"
_AT_TIME = rf"(?:,?\s+(?:at\s+)?{_TIME})?"
_TENS = _phrases("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = _phrases("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER = rf"(?P<count>(?<![\d,.])\d{{1,3}}|{_TENS}-{_ONES}|{_phrases(*NUMBER_WORDS)})"
_UNIT = rf"(?P<unit>{_phrases(*UNITS)})s?\b"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_POSSESSIVE = r"(?:['’]s)?"


def _text_before(sentence: str, start: int) -> str:
    """The few words before a match (bounded, so long sentences stay linear)."""
    return sentence[max(0, start - 40):start]


def _previous_word(sentence: str, start: int) -> str:
    found = re.search(r"([^\W_]+)\W*$", _text_before(sentence, start))
    return found.group(1).lower() if found else ""


def _group(match: re.Match, name: str) -> str | None:
    """A named group's text in lower case, or None when the rule has no such group."""
    value = match.groupdict().get(name)
    return value.lower() if value else None


def _number(text: str) -> int:
    text = re.sub(r"\s+", " ", text.lower())
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text) or sum(NUMBER_WORDS[part] for part in text.split("-"))


def _value(day: dt.date, precision: str, year_known: bool = True) -> str:
    if precision == "decade":
        return f"{day.year // 10}X"
    text = day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    return text if year_known else "XXXX" + text[4:]


def _coarser(a: str, b: str) -> str:
    return a if PRECISION_RANK[a] >= PRECISION_RANK[b] else b


def _shift(day: dt.date, months: int = 0, days: int = 0) -> dt.date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day)) + dt.timedelta(days=days)


def _unpack(date: PartialDate) -> tuple[dt.date, str, bool] | None:
    """(earliest day, precision written in the value, year known) of a PartialDate."""
    found = re.fullmatch(r"(\d{4}|\d{3}X|XXXX)(?:-(\d\d))?(?:-(\d\d))?", date.value)
    if not found:
        return None
    year, month, day = found.groups()
    if year == "XXXX":
        start_year = 2000  # a leap year, so "XXXX-02-29" stays a valid day
    else:
        start_year = int(year.replace("X", "0"))
    precision = "day" if day else "month" if month else "decade" if "X" in year else "year"
    start = dt.date(start_year, int(month or 1), int(day or 1))
    return start, precision, year != "XXXX"


def _from_previous(context: DateContext, months: int, days: int, unit_precision: str,
                   same_day: bool = False):
    """The previous event's date shifted, no more precise than either it or the shift.

    Only a time of the same day ("four minutes later", "that evening") reaches back past a
    coarser date to the last day named; "the next day" after "in March 2026" is in March 2026.
    """
    anchor = context.previous
    if same_day and context.previous_day and (anchor is None or anchor.precision != "day"):
        anchor = context.previous_day
    if anchor is None or (unpacked := _unpack(anchor)) is None:
        return None
    start, precision, year_known = unpacked
    precision = _coarser(precision, unit_precision)
    if not year_known and precision in ("year", "decade"):
        return None  # "that year" after "in March" of an unknown year says nothing
    value = _value(_shift(start, months, days), precision, year_known)
    approximate = anchor.precision == "approximate"
    return PartialDate(value, "approximate" if approximate else precision, inferred=True)


def _from_published(context: DateContext, precision: str, months: int = 0, days: int = 0,
                    approximate: bool = False) -> PartialDate | None:
    if context.published is None:
        return None
    value = _value(_shift(context.published, months, days), precision)
    return PartialDate(value, "approximate" if approximate else precision, inferred=True)


def _mode(match: re.Match, future: bool) -> str:
    """How a month or weekday relates to the published date: last/next/this/past/future."""
    modifier = _group(match, "mod")
    modifier = modifier.split()[-1] if modifier else None
    if modifier in ("last", "past"):
        return "last"
    if modifier in ("next", "coming"):
        return "next"
    if modifier == "this" and future:
        return "future"
    if modifier == "this" and match.groupdict().get("weekday") is None:
        return "this"
    return "future" if future else "past"


def _year_for(published: dt.date, month: int, day: int, mode: str) -> int:
    """The year that puts month/day (day 0: the whole month) where `mode` says."""
    key, now = (month, day), (published.month, published.day if day else 0)
    if mode == "this":
        return published.year
    if mode in ("past", "last"):
        before = key < now or (mode == "past" and key == now)
        return published.year if before else published.year - 1
    after = key > now or (mode == "future" and key == now)
    return published.year if after else published.year + 1


YEAR_WORDS = {"last": -1, "this": 0, "next": 1}


def _year_of_words(words: str, context: DateContext) -> int | None:
    """ "last year" from the published date; "that year", "the same year" from the previous
    event's."""
    if words in YEAR_WORDS:
        return context.published.year + YEAR_WORDS[words] if context.published else None
    previous = _unpack(context.previous) if context.previous else None
    return previous[0].year if previous and previous[2] else None


def _calendar_date(match: re.Match, context: DateContext, month: int, day: int,
                   future: bool) -> PartialDate | None:
    written_year = match.group("year")
    if written_year:
        year = int(written_year)
    elif _group(match, "year_word"):
        year = _year_of_words(_group(match, "year_word"), context)
        if year is None:
            return None
    elif context.published:
        year = _year_for(context.published, month, day, _mode(match, future))
    else:
        year = 2000  # any leap year: only validates the day, shown as XXXX
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        return None
    known = bool(written_year or context.published)
    return PartialDate(_value(day_value, "day", known), "day", inferred=not written_year)


def _resolve_named_date(match, sentence, context, future):
    month = MONTHS[match.group("month").rstrip(".").lower()]
    return _calendar_date(match, context, month, int(match.group("day")), future)


def _resolve_holiday(match, sentence, context, future):
    name = re.sub(r"[’']", "'", match.group("holiday")).lower().replace("st. ", "st ")
    month, day = HOLIDAYS[name]
    return _calendar_date(match, context, month, day, future)


def _resolve_numeric_date(match, sentence, context, future):
    month, day = int(match.group("mon")), int(match.group("day"))
    if month > 12 >= day:  # written day first, British style
        month, day = day, month
    return _calendar_date(match, context, month, day, future)


def _resolve_month_year(match, sentence, context, future):
    month = MONTHS[match.group("month").rstrip(".").lower()]
    if match.group("first"):  # "in April and May 2024": some time in 2024
        across_new_year = MONTHS[match.group("first").lower()] > month  # "December to January 2025"
        return PartialDate(match.group("year"), "approximate" if across_new_year else "year")
    return PartialDate(f"{match.group('year')}-{month:02d}", "month")


def _resolve_month(match, sentence, context, future):
    name = match.group("month").lower()
    if re.match(rf"\s+and\s+(?!{_names(MONTH_NAMES.values())}\b)[A-Z]", sentence[match.end():]):
        return None  # "the daughter of August and Serena Lederer": a name, not a month
    contextual = match.group("lead") or match.group("mod") or match.group("possessive")
    if name in AMBIGUOUS_MONTHS and not contextual:
        previous = _previous_word(sentence, match.start())
        if previous not in YEAR_CONTEXT and previous not in MONTHS:  # "April, May and June"
            return None
    month = MONTHS[name]
    if _group(match, "that"):  # "arrested in March 2025 and sentenced that November"
        year = _year_of_words("that", context)
        return PartialDate(f"{year}-{month:02d}", "month", inferred=True) if year else None
    if _group(match, "year_word"):
        year = _year_of_words(_group(match, "year_word"), context)
        return PartialDate(f"{year}-{month:02d}", "month", inferred=True) if year else None
    if context.published is None:
        return PartialDate(f"XXXX-{month:02d}", "month", inferred=True)
    year = _year_for(context.published, month, 0, _mode(match, future))
    return PartialDate(f"{year}-{month:02d}", "month", inferred=True)


def _resolve_year(match, sentence, context, future):
    year_range = r"(?:1\d{3}|20\d{2})\s*[-–]\s*"  # "2014-2016"
    year_like = (
        match.group("lead") or match.group("mod") or match.group("possessive")
        or _previous_word(sentence, match.start()) in YEAR_CONTEXT
        or re.search(year_range + "$", _text_before(sentence, match.start()))
        or re.match(r"\s*[-–]\s*(?:1\d{3}|20\d{2})\b", sentence[match.end():match.end() + 40])
        # "in a 2012 interview", "the 2016 election": a determiner, the year, a noun
        or _previous_word(sentence, match.start()) in DETERMINERS
        and re.match(r"\s+[a-z]+\b", sentence[match.end():match.end() + 30])
    )
    return PartialDate(match.group("year"), "year") if year_like else None


def _resolve_season(match, sentence, context, future):
    # a winter across two years ("2022-23") is about the first
    return PartialDate(match.group("year"), "approximate" if match.group("range") else "year")


def _resolve_about_year(match, sentence, context, future):
    following = re.match(r"\s+([a-z]+)", sentence[match.end():])
    if following and following.group(1) not in YEAR_FOLLOWERS:
        return None  # "about 1900 people"
    return PartialDate(match.group("year"), "approximate")


def _resolve_decade(match, sentence, context, future):
    if match.group("century"):
        return PartialDate(f"{match.group('century')}{match.group('decade')}X", "decade")
    digit = int(match.group("short"))
    # without a published date, read '30s to '90s as the 1900s and '00s to '20s as the 2000s
    latest = context.published.year if context.published else 2029
    start = latest - (latest - digit * 10) % 100  # the most recent such decade
    return PartialDate(f"{start // 10}X", "decade", inferred=True)


def _resolve_weekday(match, sentence, context, future):
    contextual = match.group("lead") or match.group("mod")
    previous = _text_before(sentence, match.start()).split()[-1:]
    # "Good Friday", "Super Tuesday": a capitalised word just before makes it a name
    if not contextual and previous and previous[0].isalpha() and previous[0][0].isupper():
        return None
    if context.published is None:
        return None
    weekday = WEEKDAYS.index(match.group("weekday").lower())
    back = (context.published.weekday() - weekday) % 7
    ahead = (weekday - context.published.weekday()) % 7
    days = {"last": -(back or 7), "next": ahead or 7, "future": ahead}.get(
        _mode(match, future), -back)
    return _from_published(context, "day", days=days)



def _resolve_deictic_day(match, sentence, context, future):
    word = _group(match, "word") or _group(match, "this")
    return _from_published(context, "day", days=DEICTIC_DAYS[word])


def _resolve_calendar_unit(match, sentence, context, future):
    """"last year", "this month", "earlier this month", "last week" from the published date."""
    offset = {"last": -1, "past": -1, "this": 0, "next": 1}[_group(match, "mod").split()[-1]]
    unit = _group(match, "unit")
    if unit == "week":
        if context.published is None:
            return None
        days = 7 * offset - context.published.weekday()  # the week starts on Monday
        return _from_published(context, "day", days=days, approximate=True)
    months, _, precision = UNITS[unit]
    return _from_published(context, precision, months=months * offset)


def _resolve_ago(match, sentence, context, future, sign=-1):
    """"two years ago": that long before the published date (sign 1: after it)."""
    unit = _group(match, "unit")
    months, days, precision = UNITS[unit]
    count = sign * _number(match.group("count"))
    # "a decade ago" is a round figure, not a year
    return _from_published(context, precision, months=months * count, days=days * count,
                           approximate=unit == "decade")


def _resolve_from_now(match, sentence, context, future):
    """"in two weeks" said of the future: that long after the published date."""
    if not future:
        return None  # "built in two weeks" is a duration of work, not a date
    return _resolve_ago(match, sentence, context, future, sign=1)


def _resolve_shift(match, sentence, context, future):
    """"three days later", "the next day", "the day before": from the previous event."""
    direction = 1 if _group(match, "dir") in FORWARD_WORDS else -1
    count = _number(match.group("count")) if match.groupdict().get("count") else 1
    months, days, precision = UNITS.get(_group(match, "unit"), UNITS["day"])
    date = _from_previous(context, direction * count * months, direction * count * days,
                          precision)
    if date is not None and _group(match, "bound"):  # "less than a year later": about then
        return PartialDate(date.value, "approximate", inferred=True)
    if date is not None and _group(match, "unit") == "week" and not match.groupdict().get("count"):
        # "the previous week" is some day of that week, not seven days before to the day
        return PartialDate(date.value, "approximate", inferred=True)
    return date


def _resolve_same_time(match, sentence, context, future):
    """"that evening", "later that day", "by nightfall": the previous event's day."""
    precision = UNITS.get(_group(match, "unit") or "day", UNITS["day"])[2]
    return _from_previous(context, 0, 0, precision, same_day=precision == "day")


def _resolve_since_then(match, sentence, context, future):
    """"since then": a stretch that began at the previous event, about then."""
    if context.previous is None:
        return None
    return PartialDate(context.previous.value, "approximate", inferred=True)


def _resolve_span(match, sentence, context, future):
    """"for almost two years": it started about that long before the published date."""
    count = _number(match.group("count")) if match.group("count") else 1
    months, days, precision = UNITS[_group(match, "unit")]
    sign = 0 if future else -1
    return _from_published(context, precision, months=sign * months * count,
                           days=sign * days * count, approximate=True)


Resolver = Callable[[re.Match, str, DateContext, bool], PartialDate | None]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    resolve: Resolver
    kind: Literal["point", "duration"] = "point"


def _rule(pattern: str, resolve: Resolver, kind: Literal["point", "duration"] = "point"):
    return Rule(re.compile(pattern, re.IGNORECASE), resolve, kind)


_MODIFIER = rf"(?:(?P<mod>{_phrases('last', 'this', 'next', 'early', 'late', 'mid')})[-\s]+)?"
_APPROXIMATELY = _phrases("almost", "nearly", "about", "around", "some", "more than", "over",
                          "at least", "roughly", "approximately", "just over", "just under",
                          "less than", "up to")
_SAME_TIME_UNIT = rf"(?P<unit>{_phrases('day', *PARTS_OF_DAY, 'month', 'year')})"
_SHIFT_UNIT = rf"(?P<unit>{_phrases('day', *PARTS_OF_DAY, 'week', 'month', 'year')})"
_CALENDAR_UNIT = rf"(?P<unit>{_phrases('week', 'month', 'year')})"
_LATER = rf"(?P<dir>{_phrases('later', 'earlier', 'afterwards', 'afterward')})"
_NEXT = rf"(?P<dir>{_phrases('next', 'following', 'previous', 'preceding')})"
_RELATIVE_MOD = (rf"(?P<mod>(?:{_phrases('early', 'late', 'earlier', 'later')}\s+)?"
                 rf"{_phrases('last', 'this', 'next', 'past')})")
_DEICTIC_WORD = rf"(?P<word>{_phrases('yesterday', 'today', 'tonight', 'tomorrow')})"
_NIGHTFALL = _phrases("nightfall", "dusk", "evening", "the evening", "the end of the day")
# "on 3 February last year", "in July this year"
_YEAR_WORDS = (rf"\s+(?:of\s+)?(?P<year_word>{_phrases('last', 'this', 'next', 'that', 'the same')})"
               r"\s+year\b")

RULES = (
    # "2016-11-01", "on 3/4/2016"
    _rule(rf"{_LEAD}(?<!\d)(?P<year>\d{{4}})-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)",
          _resolve_numeric_date),
    _rule(rf"{_LEAD}(?<![\d/])(?P<mon>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{4}})(?![\d/])",
          _resolve_numeric_date),
    # "on Boxing Day", "New Year's Eve 2019"
    _rule(rf"{_LEAD}(?P<holiday>{_HOLIDAY})(?:,?\s+{_YEAR})?\b", _resolve_holiday),
    # "Tuesday, March 3, 1998", "on Nov. 6", "Nov 3 2015 at 5 p.m."
    _rule(rf"{_LEAD}{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR}|{_YEAR_WORDS})?"
          rf"(?:\s+{_PART_OF_DAY})?{_AT_TIME}", _resolve_named_date),
    # "1 November 2016", "on Tuesday 3 November", "the 3rd of March"
    _rule(rf"{_LEAD}{_WEEKDAY_PREFIX}(?:the\s+)?(?<![\d.,]){_DAY}\s+(?:of\s+)?{_MONTH}"
          rf"(?:,?\s+{_YEAR}|{_YEAR_WORDS})?{_AT_TIME}", _resolve_named_date),
    # "in March 2016", "September of 2008", "in April and May 2024"
    _rule(rf"{_LEAD}{_MODIFIER}(?:(?P<first>{_names(MONTH_NAMES.values())})\s*"
          rf"(?:{_phrases('and', 'or', 'to', 'through')}|[-–])\s*)?{_MONTH},?\s+(?:of\s+)?{_YEAR}",
          _resolve_month_year),
    # "in March", "last October", "September's", "that November"
    _rule(rf"{_LEAD}{_MODIFIER}(?:(?P<that>that)\s+)?{_FULL_MONTH}(?P<possessive>['’]s)?(?!\s*\d|-)"
          rf"(?:{_YEAR_WORDS})?", _resolve_month),
    # "since the winter of 2022-23", "the summer of 2023": a season of a year
    _rule(rf"{_LEAD}(?:the\s+)?{_phrases('winter', 'spring', 'summer', 'autumn', 'fall')}\s+of\s+"
          rf"{_YEAR}(?P<range>[-–/]\d\d\b)?", _resolve_season),
    # "around 1900", "in the decades around 1900": about then
    _rule(rf"{_LEAD}(?:the\s+{_phrases('years', 'decades')}\s+)?{_phrases('around', 'about', 'circa')}"
          rf"\s+{_YEAR}(?!\d|[.,]\d|%|[^\W\d_])", _resolve_about_year),
    # "in 2007", "since 2015", "2007's", "mid-2003" (not "60,000", "23mm", "2015 people")
    _rule(rf"{_LEAD}{_MODIFIER}(?<![\w.,$€£/]){_YEAR}(?!\d|[.,]\d|%|[^\W\d_])"
          rf"(?P<possessive>['’]s)?", _resolve_year),
    # "the 1980s", "in the '90s", "the early 2000s"
    _rule(rf"{_LEAD}(?:the\s+)?(?:(?P<mod>{_phrases('early', 'mid', 'late')})[-\s]+)?"
          r"(?:(?P<century>1\d|20)(?P<decade>\d)0|['’‘](?P<short>\d)0)s\b", _resolve_decade),
    # "on Wednesday", "last Friday", "Tuesday night" (not "Sunday Times", "Good Friday")
    _rule(rf"{_LEAD}(?:(?P<mod>{_phrases('last', 'this', 'next', 'past', 'coming')})\s+)?"
          rf"{_WEEKDAY}{_POSSESSIVE}(?:\s+{_PART_OF_DAY})?{_AT_TIME}(?!\s+(?-i:[A-Z]))",
          _resolve_weekday),
    # "yesterday", "earlier today", "this morning", "last night"
    _rule(rf"\b(?:{_phrases('earlier', 'later')}\s+)?(?:{_DEICTIC_WORD}{_POSSESSIVE}"
          rf"(?:\s+{_PART_OF_DAY})?|(?P<this>{_phrases('this', 'last')})\s+{_PART_OF_DAY})\b",
          _resolve_deictic_day),
    # "last year", "earlier this month", "this week"
    _rule(rf"{_LEAD}{_RELATIVE_MOD}\s+{_CALENDAR_UNIT}\b", _resolve_calendar_unit),
    # "two years ago"; "in two weeks" (future verbs)
    _rule(rf"\b{_NUMBER}\s+{_UNIT}\s+ago\b", _resolve_ago),
    _rule(rf"\bin\s+{_NUMBER}\s+{_UNIT}(?:['’]s?\s+time\b)?", _resolve_from_now),
    # "three days later", "the next day", "the day before"
    _rule(rf"\b(?:(?P<bound>{_phrases('less than', 'more than')})\s+)?{_NUMBER}\s+{_UNIT}\s+{_LATER}\b",
          _resolve_shift),
    _rule(rf"\bthe\s+{_NEXT}\s+{_SHIFT_UNIT}\b", _resolve_shift),
    _rule(rf"\bthe\s+(?P<unit>{_phrases('day', 'week', 'month', 'year')})\s+"
          rf"(?P<dir>{_phrases('after', 'before')})\b", _resolve_shift),
    # "that evening", "later that day", "by nightfall", "hours later"
    _rule(rf"\b(?:{_phrases('later', 'earlier')}\s+)?(?:that|the\s+same)\s+{_SAME_TIME_UNIT}\b",
          _resolve_same_time),
    _rule(rf"\b(?:by\s+{_NIGHTFALL}|(?:{_NUMBER}\s+)?{_phrases('hours', 'minutes', 'moments')}"
          r"\s+later)\b",
          _resolve_same_time),
    _rule(r"\bsince\s+then\b", _resolve_since_then, "duration"),
    # "for almost two years", "over the past decade"
    _rule(rf"\bfor\s+(?:{_APPROXIMATELY}\s+)?{_NUMBER}\s+{_UNIT}", _resolve_span, "duration"),
    _rule(rf"\b{_phrases('for', 'over', 'during', 'in')}\s+the\s+{_phrases('past', 'last')}\s+"
          rf"(?:{_NUMBER}\s+)?{_UNIT}", _resolve_span, "duration"),
)


# Stands in for the previous event while choosing phrases, since "three days later" may lean
# on a date written earlier in the same sentence rather than on context.previous.
_SOME_DAY = PartialDate("2000-01-01", "day")


def _expression(rule: Rule, match: re.Match, sentence: str, context: DateContext,
                future: bool) -> TimeExpression | None:
    try:
        date = rule.resolve(match, sentence, context, future)
    except (ValueError, OverflowError):  # "for 900 decades": beyond the calendar
        return None
    if date is None:
        return None
    kind = rule.kind
    if _group(match, "lead") == "since":
        # "since 2015": an approximate start, never an exact date (it may have begun before)
        kind, date = "duration", PartialDate(date.value, "approximate", date.inferred)
    return TimeExpression(match.group(), match.start(), match.end(), date, kind)


def _longest_first(sentence: str, context: DateContext, future: bool):
    """(rule, match) of the phrases that resolve, overlaps settled for the longest."""
    hopeful = DateContext(context.published, context.previous or _SOME_DAY, context.previous_day)
    candidates = [(rule, match) for rule in RULES for match in rule.pattern.finditer(sentence)
                  if _expression(rule, match, sentence, hopeful, future)]
    candidates.sort(key=lambda c: (c[1].start() - c[1].end(), c[1].start()))
    taken = bytearray(len(sentence))  # characters already inside a chosen phrase
    for rule, match in candidates:
        if not any(taken[match.start():match.end()]):
            taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            yield rule, match


def find_time_expressions(sentence: str, context: DateContext,
                          future: bool = False) -> list[TimeExpression]:
    """Every temporal expression in the sentence, in order; `future`: the verb is future.

    Each dated point becomes the previous date of the phrases after it in the sentence:
    "injured on Aug. 12 and ruled out three days later".
    """
    found: list[TimeExpression] = []
    previous, previous_day = context.previous, context.previous_day
    for rule, match in sorted(_longest_first(sentence, context, future),
                              key=lambda c: c[1].start()):
        expression = _expression(rule, match, sentence,
                                 DateContext(context.published, previous, previous_day), future)
        if expression and expression.kind == "point":
            previous = expression.date
            previous_day = previous if previous.precision == "day" else previous_day
        if expression:
            found.append(expression)
    return found


def parse_date(text: str) -> dt.date | None:
    """The first full date (day, month and year all written) in a phrase, else None."""
    for expression in find_time_expressions(text, DateContext(published=None)):
        if expression.date.precision == "day" and not expression.date.inferred:
            return dt.date.fromisoformat(expression.date.value)
    return None


def describe(date: PartialDate) -> str:
    """For people: "1 November 2016", "March 2016", "2007", "the 1980s", "about 2014"."""
    if date.precision == "approximate" and (unpacked := _unpack(date)):
        return "about " + describe(PartialDate(date.value, unpacked[1], date.inferred))
    if date.precision == "decade":
        return f"the {date.value[:3]}0s"
    year, *rest = date.value.split("-")
    words = [str(int(rest[1]))] if len(rest) > 1 else []
    if rest:
        words.append(MONTH_NAMES[int(rest[0])].capitalize())
    if year != "XXXX":
        words.append(year)
    return " ".join(words)
