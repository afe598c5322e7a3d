"""One sentence -> the phrases the rules find in it, overlaps settled for the longest, each
resolved against the reference the phrases before it leave."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from quizapp.content.timex.lexicon import FUTURE_MARKERS
from quizapp.content.timex.patterns import phrases
from quizapp.content.timex.points import Point
from quizapp.content.timex.rules import RULES, Context, Reading, Rule

# Stands in for the reference while choosing phrases, since "three days later" may lean on a
# date written earlier in the same sentence rather than on the context's reference.
_SOME_DAY = Point("day", dt.date(2000, 1, 1))
_FUTURE = re.compile(rf"\b{phrases(*FUTURE_MARKERS)}\b", re.IGNORECASE)
# a reporting verb between a future word and the date: "will ..., he said Friday"
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|added)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|ago)\b|\b\w+ed\s+(?:on|in)\s*$", re.IGNORECASE)
LOOK_BACK = 60  # characters before a phrase in which a future word sets its tense
# "named chairman, effective Feb. 1": a change that takes effect then, after the news
FROM_THEN_ON = re.compile(r"\beffective\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    rule: Rule
    start: int  # with the leading preposition: the timeline's phrase
    timex_start: int  # without it: the TIMEX3 extent
    end: int
    reading: Reading


def said_of_the_future(sentence: str, start: int) -> bool | None:
    """True after a future or planned verb in the same clause, False after a past one, None
    when the words before say neither."""
    window = sentence[max(0, start - LOOK_BACK):start]
    markers = list(_FUTURE.finditer(window))
    if markers and not _REPORTED.search(window, markers[-1].end()):
        return True
    return False if _PAST.search(window) else None


def _read(rule: Rule, match: re.Match, sentence: str, context: Context) -> Reading | None:
    try:
        return rule.resolve(match, sentence, context)
    except (ValueError, OverflowError):  # "February 30", "for 900 decades": off the calendar
        return None


@lru_cache(maxsize=1024)
def _matches(sentence: str) -> tuple[tuple[Rule, re.Match], ...]:
    """Every rule's matches in the sentence: the same whatever the context, and a sentence of
    an article is scanned in several (as written, anchored, in the future)."""
    return tuple((rule, match) for rule in RULES for match in rule.pattern.finditer(sentence)
                 if match.group().strip())


def forget_sentences() -> None:
    """A new article: the matches kept serve one article's scans, not the next one's."""
    _matches.cache_clear()


def _candidates(sentence: str, context: Context, judge_tense: bool):
    """(rule, match, context of the match) for every phrase that resolves with some reference."""
    for rule, match in _matches(sentence):
        own = context
        if judge_tense:
            own = replace(context, future=said_of_the_future(sentence, match.start()))
        if FROM_THEN_ON.search(sentence, 0, match.start()):
            own = replace(own, future=True)  # whatever the clause's tense
        hopeful = replace(own, reference=own.reference or _SOME_DAY)
        if _read(rule, match, sentence, hopeful):
            yield rule, match, own


def _extent_start(match: re.Match) -> int:
    """Where the TIMEX3 extent starts: after the leading preposition, if any."""
    lead = match.end("lead") if match.groupdict().get("lead") else match.start()
    text = match.string[lead:match.end()]
    return lead + len(text) - len(text.lstrip())


def _longest_first(sentence: str, context: Context, judge_tense: bool):
    """The longest extents first, then the rule first in the table."""
    order = {rule.name: number for number, rule in enumerate(RULES)}
    candidates = sorted(_candidates(sentence, context, judge_tense),
                        key=lambda c: (_extent_start(c[1]) - c[1].end(), order[c[0].name],
                                       c[1].start()))
    taken = bytearray(len(sentence))  # characters already inside a chosen phrase
    for rule, match, own in candidates:
        if not any(taken[match.start():match.end()]):
            taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            yield rule, match, own


def scan(sentence: str, context: Context, judge_tense: bool = False) -> list[Found]:
    """Every time phrase of the sentence, in order. Each dated point becomes the reference of
    the phrases after it: "injured on Aug. 12 and ruled out three days later".
    `judge_tense`: decide each phrase's tense from the words before it (else the context's)."""
    found: list[Found] = []
    reference, reference_day = context.reference, context.reference_day
    approximate = context.reference_approximate
    for rule, match, own in sorted(_longest_first(sentence, context, judge_tense),
                                   key=lambda c: c[1].start()):
        own = replace(own, reference=reference, reference_day=reference_day,
                      reference_approximate=approximate)
        reading = _read(rule, match, sentence, own)
        if reading is None:
            continue
        found.append(Found(rule, match.start(), _extent_start(match), match.end(), reading))
        if reading.point is not None and reading.kind == "point" and not reading.looks_back:
            reference = reading.point
            reference_day = reference if reference.grain == "day" else reference_day
            approximate = bool(reading.date) and reading.date.precision == "approximate"
    return found
