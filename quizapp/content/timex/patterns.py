"""Regular-expression pieces the rules are built of (rules ignore case unless a piece says)."""
from __future__ import annotations

import re
from typing import Iterable

from quizapp.content.timex.lexicon import (
    CLOCK_UNITS, HOLIDAYS, LEADS, MONTH_NAMES, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY,
    SEASON_MONTHS, UNITS, VAGUE_COUNTS, WEEKDAYS,
)


def phrases(*words: str) -> str:
    """Alternation, longest first; spaces match any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def names(words: Iterable[str]) -> str:
    """Capitalised or upper-case names only: "may" and "march" in lower case are verbs."""
    forms = {f(name) for name in words for f in (str.capitalize, str.upper)}
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


FULL_MONTH = rf"\b(?P<month>{names(MONTH_NAMES.values())})\b"
_ABBREVIATED = [name for name in MONTHS if name not in MONTH_NAMES.values()]
MONTH = rf"\b(?P<month>(?:{names(MONTH_NAMES.values())})\b|(?:{names(_ABBREVIATED)})(?:\.|\b))"
# "the Long March 3C rocket": a number run into a letter is a model's name, no day
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:A-Za-z])"
YEAR = r"(?P<year>1\d{3}|20\d{2})(?!\d)"
# written with capitals only: "boxing day sales" is no date
HOLIDAY = "(?-i:" + "|".join(
    re.escape(name.title().replace("'S", "'s")).replace("'", "['’]").replace("St\\ ", "St\\.?\\ ")
    .replace("\\ ", r"\s+")
    for name in sorted(HOLIDAYS, key=len, reverse=True)
) + ")"
WEEKDAY = rf"\b(?P<weekday>{names(WEEKDAYS)})\b"
LEAD = rf"(?:\b(?P<lead>{phrases(*LEADS)})\s+)?"
PART_OF_DAY = rf"(?P<part>{phrases(*(p for p in PARTS_OF_DAY if p != 'tonight'))})"
CLOCK = (r"(?P<clock>(?<![\d.,:])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*"
         r"(?P<half>[ap])\.?m\b\.?|(?P<noon>noon|midnight))(?:\s+(?-i:[ECMP][SD]T|GMT))?")
AT_TIME = rf"(?:,?\s+(?:at\s+)?{CLOCK})?"
_TENS = phrases("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = phrases("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER = (rf"(?P<count>(?<![\d,.])\d{{1,3}}|{_TENS}[-\s]{_ONES}|{phrases(*NUMBER_WORDS)}"
          rf"|{phrases(*VAGUE_COUNTS)})")
UNIT = rf"(?P<unit>{phrases(*UNITS)}|centurie)s?\b"
CLOCK_UNIT = rf"(?P<unit>{phrases(*CLOCK_UNITS)})s?\b"
WEEKDAY_PREFIX = rf"(?:{WEEKDAY},?\s+)?"
POSSESSIVE = r"(?:['’]s)?"
ORDINAL = rf"(?P<ordinal>{phrases(*ORDINALS)})"
SEASON = rf"(?P<season>{phrases(*SEASON_MONTHS)})"
MODIFIER = rf"(?:(?P<mod>{phrases('last', 'this', 'next', 'early', 'late', 'mid')})[-\s]+)?"
APPROXIMATELY = phrases("almost", "nearly", "about", "around", "some", "more than", "over",
                        "at least", "roughly", "approximately", "just over", "just under",
                        "less than", "up to", "no more than", "only", "another", "an additional")
# "the next morning", "that quarter": a unit counted from the story's reference
REFERENCE_UNIT = rf"(?P<unit>{phrases('day', *PARTS_OF_DAY, 'week', 'month', 'year', 'quarter')})"
CALENDAR_UNIT = rf"(?P<unit>{phrases('week', 'month', 'year', 'quarter', 'weekend')})"
LATER = rf"(?P<dir>{phrases('later', 'earlier', 'afterwards', 'afterward')})"
NEXT = rf"(?P<dir>{phrases('next', 'following', 'previous', 'preceding')})"
RELATIVE_MOD = (rf"(?P<mod>(?:{phrases('early', 'late', 'earlier', 'later')}\s+)?"
                rf"{phrases('last', 'this', 'next', 'past', 'current', 'coming')})")
DEICTIC_WORD = rf"(?P<word>{phrases('yesterday', 'today', 'tonight', 'tomorrow')})"
NIGHTFALL = phrases("nightfall", "dusk", "evening", "the evening", "the end of the day")
# "on 3 February last year", "in July this year"
YEAR_WORDS = (rf"\s+(?:of\s+)?(?P<year_word>{phrases('last', 'this', 'next', 'that', 'the same')})"
              r"\s+year\b")
FISCAL = r"(?:(?P<fiscal>fiscal)[-\s]+)?"
