"""How a stored question is shown: neutral option order, answers as text, highlighting.

Everything shown before the student answers depends only on the prompt and the options,
never on which option is right: the page cannot leak the answer.
"""
from __future__ import annotations

import functools
import random
import re

from markupsafe import Markup, escape
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.content.dates import DateContext, find_time_expressions
from quizapp.content.quantities import SCALES
from quizapp.content.types import Question

# no date the engine describes is longer ("about 30 September 2016" is 23)
DATE_MAX_LENGTH = 32
# a count as the engine writes it: "60,000", "1.5 million"
NUMBER = re.compile(rf"(\d[\d,]*(?:\.\d+)?)(?: ({'|'.join(SCALES)}))?")


def _alphabetical(items) -> list[str]:
    return sorted(set(items), key=str.casefold)


def options(question: Question, seed: str) -> list[str]:
    """Radio options in an order that does not depend on which one is right, whatever order
    the engine or an imported file gave: True before False, dates in time order, numbers by
    size, anything else shuffled by `seed` (the round's secret token and the question, so a
    reload shows the same order)."""
    choices = list(question.choices)
    if question.kind == "true_false":
        return sorted(choices, key=lambda choice: choice != "True")
    for key in (number_value, date_key):
        keys = _all_keys(key, choices)
        if keys is not None:
            return [choice for _, choice in sorted(zip(keys, choices))]
    return random.Random(seed).sample(choices, len(choices))


def _all_keys(key, choices: list[str]) -> list | None:
    """Each choice's key, or None as soon as one has none (every question page runs this)."""
    keys = []
    for choice in choices:
        if (found := key(choice)) is None:
            return None
        keys.append(found)
    return keys


@functools.lru_cache(maxsize=4096)  # the same options on every student's page
def date_key(text: str) -> tuple[int, int, int] | None:
    """Where a date written as the engine describes it ("about March 2016", "the 1980s",
    "2007") falls in time; None for any other text."""
    if re.fullmatch(r"\d{4}", text):
        return (int(text), 0, 0)
    if len(text) > DATE_MAX_LENGTH or not re.search(r"\d", text):
        return None  # every date the engine describes is short and has a digit
    found = find_time_expressions(text, DateContext(published=None))
    if len(found) == 1 and found[0].text in (text, text.removeprefix("about ")):
        return found[0].date.sort_key()
    return None


def number_value(text: str) -> float | None:
    """ "1.5 million" -> 1500000.0, "60,000" -> 60000.0; None for any other text."""
    match = NUMBER.fullmatch(text)
    if match is None:
        return None
    return float(match[1].replace(",", "")) * SCALES.get(match[2] or "", 1)


def order_items(question: Question) -> list[str]:
    """An order question's items, alphabetical: a start that says nothing of the answer."""
    return _alphabetical(question.choices or question.answer)


def match_sides(question: Question) -> tuple[list[str], list[str]]:
    """The left items and the right options of a match question, both alphabetical."""
    return (
        _alphabetical(left for left, _ in question.answer),
        _alphabetical(right for _, right in question.answer),
    )


def answer_text(kind: str, value) -> str:
    """An answer (the right one or the student's) as one readable line."""
    if kind == "order":
        return " → ".join(value)
    if kind == "match":
        return "; ".join(f"{left} → {right}" for left, right in value)
    return str(value)


def explanation_without_quote(explanation: str, source: str) -> str:
    """The explanation without the engine's quote of the source ("The article says: “...”"):
    the feedback shows the source once, in its own box. An order question quotes the sentences
    of all its events, the source first, to the end of the explanation. Nothing is left when
    the rest only says the source again ("In 2007, Norway opened its embassy."). An
    explanation that does not quote the source as the engine does (edited, imported) is left
    as it is."""
    quote = f"The article says: “{source}"
    start = explanation.find(quote) if source else -1
    if start < 0:
        return explanation
    end = start + len(quote)
    if explanation.startswith("”", end):
        end += 1
    elif explanation.endswith("”"):
        end = len(explanation)
    else:
        return explanation
    rest = f"{explanation[:start].rstrip()} {explanation[end:].lstrip()}".strip()
    return "" if " ".join(rest.split()) == " ".join(source.split()) else rest


def grader_note(feedback: str, explanation: str) -> str:
    """What the grader said of a partly right answer ("2 of 3 pairs are right."): its feedback
    ends with the explanation, which the feedback page shows by itself; with an explanation
    edited since, the grader's first sentence."""
    if feedback.endswith(explanation):
        return feedback.removesuffix(explanation).strip()
    return feedback.split(". ", 1)[0].removesuffix(".") + "."


# An event's date phrase as written, and the names and aliases of its actors; built once,
# as it runs on every answer.
_EVENT_TERMS = (
    select(models.Event.when_text, models.Actor.name, models.Actor.aliases)
    .outerjoin(models.event_actors, models.event_actors.c.event_id == models.Event.id)
    .outerjoin(models.Actor, models.Actor.id == models.event_actors.c.actor_id)
    .where(models.Event.id == bindparam("event_id"))
)


def key_terms(session: Session, content: Question, event_id: int | None) -> list[str]:
    """Words of the source sentence worth highlighting: the answer, the event's date as
    written ("November 1" when the answer says "1 November") and its actors."""
    answer = content.answer
    if content.kind == "order":
        terms = list(answer)
    elif content.kind == "match":
        terms = [side for pair in answer for side in pair]
    elif content.kind == "true_false":
        terms = []
    else:
        terms = [answer, *content.accepted]
    if event_id is not None:
        rows = session.connection().execute(_EVENT_TERMS, {"event_id": event_id})
        for when, name, aliases in rows:
            terms += [when, *([name, *aliases] if name else [])]
    return terms


def highlight(sentence: str, terms: list[str]) -> Markup:
    """The sentence, escaped, with every occurrence of a term as a whole word or name wrapped
    in <mark>: "US" marks nothing in "Belarus", nor "IT" (a department) the word "it"."""
    terms = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not terms:
        return escape(sentence)
    # a name's case does not matter, but an acronym's does ("US", "us")
    alternatives = (f"(?-i:{re.escape(term)})" if term.isupper() else re.escape(term)
                    for term in terms)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
    parts, last = [], 0
    for match in pattern.finditer(sentence):
        parts.append(escape(sentence[last : match.start()]))
        parts.append(Markup("<mark>%s</mark>") % match.group())
        last = match.end()
    parts.append(escape(sentence[last:]))
    return Markup("").join(parts)
