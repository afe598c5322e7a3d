"""The rules of ../shared/QUESTIONS.md that a program can check, as a reusable checker.

check_question(q, all_questions, actors, events) returns the violations as sentences (empty
when the question passes). It re-derives what it checks from the article data instead of
calling the generator's helpers, so a bug there does not hide here.
"""
from __future__ import annotations

import re
from typing import Sequence

from quizapp.content.gazetteer import COUNTRIES
from quizapp.content.types import Actor, Event, Question

PAIRS = (("(", ")"), ("[", "]"), ("«", "»"), ("“", "”"))
WH_START = re.compile(r"^(who|whom|which|what|when|where|why|how)\b", re.I)
PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:when|where|why|how many \w+) (?:did|does|do|was|were|is|are|has|have|had|can|will) "
    r"|true or false\? (?:(?:in|on) [^,]+, )?)(it|they|he|she|this|these|those)\b",
    re.I,
)
MONTHS = "January February March April May June July August September October November December"
MONTH = "(?:" + "|".join(MONTHS.split()) + ")"
DATE_SHAPES = {
    "day": re.compile(rf"^\d{{1,2}} {MONTH}( \d{{4}})?$"),
    "month": re.compile(rf"^{MONTH}( \d{{4}})?$"),
    "year": re.compile(r"^\d{4}$"),
    "decade": re.compile(r"^the \d{3}0s$"),
}
NUMBER = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion|trillion))?$")


def check_question(q: Question, all_questions: Sequence[Question], actors: Sequence[Actor],
                   events: Sequence[Event]) -> list[str]:
    problems = []
    texts = [q.prompt, *q.choices]
    if not all(_balanced(t) for t in texts):
        problems.append("unbalanced quotes or brackets")
    if WH_START.match(q.prompt) and not q.prompt.endswith("?"):
        problems.append("wh-question without a question mark")
    if PRONOUN_SUBJECT.match(q.prompt):
        problems.append("dangling pronoun as subject")
    if not q.source.strip():
        problems.append("empty source")
    if not 0 <= q.difficulty <= 1:
        problems.append("difficulty outside 0..1")
    if len({_fold(c) for c in q.choices}) != len(q.choices):
        problems.append("duplicate or case-only-different choices")
    problems += _check_event_link(q, events)
    problems += _check_answer(q, actors, events)
    problems += _check_repeat(q, all_questions)
    return problems


def _check_event_link(q: Question, events: Sequence[Event]) -> list[str]:
    if q.kind == "order" and q.source not in {e.sentence for e in events}:
        return ["order source is not one of the events' sentences"]
    if q.event is None:
        return []
    event = next((e for e in events if e.id == q.event), None)
    if event is None:
        return [f"unknown event {q.event}"]
    return [] if q.source == event.sentence else ["source is not the event's sentence"]


def _check_answer(q: Question, actors: Sequence[Actor], events: Sequence[Event]) -> list[str]:
    if q.kind == "order":
        return _check_order(q, events)
    if q.kind == "match":
        return _check_match(q)
    if not isinstance(q.answer, str) or not q.answer:
        return ["answer is not a non-empty string"]
    problems = []
    if q.kind != "true_false" and any(_mentions(q.prompt, a) for a in (q.answer, *q.accepted)):
        problems.append("answer appears in the prompt")
    if _fold(q.answer) not in _fold(q.explanation):
        problems.append("explanation does not state the answer")
    if q.kind == "true_false" and (q.choices != ("True", "False") or q.answer not in q.choices):
        problems.append("true/false choices must be ('True', 'False') with one of them the answer")
    if q.kind == "fill_blank" and (q.choices or "_____" not in q.prompt):
        problems.append("fill_blank needs a blank and no choices")
    if q.kind == "multiple_choice":
        problems += _check_options(q, actors)
    return problems


def _check_options(q: Question, actors: Sequence[Actor]) -> list[str]:
    if q.answer not in q.choices:
        return ["answer is not among the choices"]
    if len(q.choices) < 3:
        return ["fewer than three options"]
    shape = _date_shape(q.answer)
    if shape:
        if any(_date_shape(c) != shape for c in q.choices):
            return ["dates of different precision among the options"]
        return [] if _chronological(q.choices) else ["dates not in chronological order"]
    if NUMBER.match(q.answer):
        scale = NUMBER.match(q.answer).group(2)
        if any(not NUMBER.match(c) or NUMBER.match(c).group(2) != scale for c in q.choices):
            return ["numbers of a different scale among the options"]
        values = [_number(c) for c in q.choices]
        if max(values) > 20 * min(values):
            return ["numbers of a different scale among the options"]
        return [] if values == sorted(values) else ["numbers not in ascending order"]
    kinds = {n: a.kind for a in actors for n in a.names}
    if q.answer in kinds:
        kind = kinds[q.answer]
        if any(kinds.get(c, "country" if c in COUNTRIES else None) != kind for c in q.choices):
            return ["an option is not of the answer's kind"]
    return []  # names may stand in any seeded order


def _check_order(q: Question, events: Sequence[Event]) -> list[str]:
    problems = []
    if not 3 <= len(q.answer) <= 5 or sorted(q.answer) != sorted(q.choices):
        problems.append("order answer must be the 3-5 choices rearranged")
    if tuple(q.choices) == tuple(q.answer):
        problems.append("order choices already in the right order")
    dated = {e.summary: e.when.date for e in events}
    dates = [dated.get(item) for item in q.answer]
    if None in dates:
        return problems + ["order item is not an event summary"]
    for earlier, later in zip(dates, dates[1:]):
        if _overlap(earlier.value, later.value) or earlier.sort_key() >= later.sort_key():
            problems.append("order items without strictly increasing distinct dates")
    if not all(_mentions(q.explanation, item.rstrip(".")) for item in q.answer):
        problems.append("explanation does not state the order")
    return problems


def _check_match(q: Question) -> list[str]:
    problems = []
    lefts = [left for left, _ in q.answer]
    rights = [right for _, right in q.answer]
    if len(set(lefts)) != len(lefts) or len(set(map(_fold, rights))) != len(rights):
        problems.append("match pairs are not one-to-one")
    if sorted(rights) != sorted(q.choices):
        problems.append("match choices are not the answer's roles")
    if list(q.choices) == rights:
        problems.append("match roles listed in the order of the names")
    if not all(_mentions(q.explanation, part) for pair in q.answer for part in pair):
        problems.append("explanation does not state the pairs")
    return problems


def _check_repeat(q: Question, all_questions: Sequence[Question]) -> list[str]:
    twins = [
        o for o in all_questions
        if o.id != q.id and _fold(o.prompt) == _fold(q.prompt) and o.choices == q.choices
    ]
    return ["repeats another question"] if twins else []


def _balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and all(text.count(a) == text.count(b) for a, b in PAIRS)


def _fold(text: str) -> str:
    text = re.sub(r"[^\w\s]", "", text.lower())
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _mentions(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I) is not None


def _date_shape(text: str) -> str | None:
    return next((shape for shape, pattern in DATE_SHAPES.items() if pattern.match(text)), None)


def _chronological(choices: Sequence[str]) -> bool:
    keys = [_date_key(c) for c in choices]
    return keys == sorted(keys)


def _date_key(text: str) -> tuple[int, int, int]:
    words = text.replace("the ", "").rstrip("s").split()
    year = next((int(w) for w in words if w.isdigit() and len(w) >= 3), 0)
    month = next((MONTHS.split().index(w) + 1 for w in words if w in MONTHS.split()), 0)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), 0)
    return year, month, day


def _number(text: str) -> float:
    digits, scale = NUMBER.match(text).groups()
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}.get(scale, 1)
    return float(digits.replace(",", "")) * factor


def _overlap(a: str, b: str) -> bool:
    return all(x == y or "X" in (x, y) for x, y in zip(a, b))
