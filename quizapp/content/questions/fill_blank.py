"""Cloze questions: the source sentence with a key actor, date or number blanked out."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from quizapp.content.dates import describe
from quizapp.content.questions.article import Article, Draft
from quizapp.content.questions.multiple_choice import number_in, quantity_key
from quizapp.content.questions.wording import (
    OBJECT_PRONOUN, actor_name_pattern, balanced, blank_of_date, explain, leans_on_context,
    mentions, opens_on_pronoun,
)
from quizapp.content.types import Actor, Event, Quantity, Question

BLANK = "_____"
MAX_WORDS = 45
MONTHS = "January February March April May June July August September October November December"
LISTED_YEAR = re.compile(r"\s*(?:,|and|or|to|-|–)\s*(?:and\s+)?\d{4}\b|[-–/]\d\d\b")  # "2022-23"
LISTING_YEAR = re.compile(r"\b\d{4}\s*(?:,|and|or)\s*(?:in\s+)?$")
# capitalised words that may stand before a name without being part of it
NAME_LEADS = {"in", "on", "at", "the", "for", "by", "from", "after", "before", "when", "as", "since",
              "during", "while", "with", "and", "but", "under", "to", "of", "if", "said", "says"}
DATE_WORDS = re.compile(rf"\d|\b({'|'.join(MONTHS.split())})\b")


def actor(article: Article, event: Event) -> Draft | None:
    """Blank who did it."""
    return _actor_cloze((event.id, "actor"), article.doer(event), event)


def object_actor(article: Article, event: Event) -> Draft | None:
    """Blank the actor named after the verb, when the story names it more than once ("a
    blaze near _____" of a village named once asks a detail, not the story)."""
    found = article.object_of(event)
    who = found[0] if found and found[0].mentions > 1 else None
    return _actor_cloze((event.id, "object"), who, event)


def _actor_cloze(key: tuple[str, ...], who: Actor | None, event: Event) -> Draft | None:
    """Blank an actor, when the sentence names it exactly once."""
    if who is None:
        return None
    names = sorted(who.names, key=len, reverse=True)  # "Lena Anna Holm" before "Holm"
    pattern = re.compile("|".join(actor_name_pattern(n) for n in names))
    found = pattern.findall(event.sentence)
    if len(found) != 1:
        return None
    if who.kind != "person" and _inside_a_longer_name(event.sentence, pattern.search(event.sentence)):
        return None  # a person's title may stand before the name: "Premier _____"
    prompt = pattern.sub(BLANK, event.sentence)
    return _draft(key, prompt, found[0], who.names, event, 0.7)


def _inside_a_longer_name(sentence: str, match: re.Match) -> bool:
    """ "Environment _____" for "Environment Canada", "_____ Post" for "Canada Post": the name
    is part of another the model did not see ("In Canada" is not)."""
    before = sentence[: match.start()].split()[-1:]
    after = sentence[match.end():].split()[:1]
    return bool(
        before and before[0][:1].isupper() and before[0].lower() not in NAME_LEADS
        or after and after[0][:1].isupper()
    )


def date(article: Article, event: Event) -> Draft | None:
    """Blank the date words ("on November 1" -> "on _____")."""
    when = event.when
    words = blank_of_date(when)
    if event.sentence[when.start:when.end] != when.text:
        return None
    if not DATE_WORDS.search(words):
        return None  # "last year", "Today's", "for almost two years": not a date to recall
    if LISTED_YEAR.match(event.sentence[when.end:]) or LISTING_YEAR.search(event.sentence[:when.start]):
        return None  # "due in _____, 2018, 2020 and 2022": the list gives it away
    offset = when.start + when.text.rfind(words)
    prompt = event.sentence[:offset] + BLANK + event.sentence[offset + len(words):]
    aliases = (describe(when.date),) if when.kind == "point" else ()
    return _draft((event.id, "date"), prompt, words, aliases, event, 0.75)


def number(article: Article, quantity: Quantity) -> Draft | None:
    value = number_in(quantity)
    if value is None or quantity.sentence.count(value) != 1:
        return None
    if quantity.clause is not None and OBJECT_PRONOUN.search(quantity.clause.rest):
        return None  # "Whitaker won it by about _____ votes": won what?
    prompt = quantity.sentence.replace(value, BLANK)
    question = _cloze(prompt, value, (), quantity.sentence, 0.75)
    return Draft(quantity_key(quantity), question) if question else None


def _draft(key: tuple[str, ...], prompt: str, answer: str, aliases: Sequence[str], event: Event,
           difficulty: float) -> Draft | None:
    if event.clause and leans_on_context(event.clause):
        return None
    accepted = tuple(a for a in dict.fromkeys(aliases) if a != answer)
    question = _cloze(prompt, answer, accepted, event.sentence, difficulty)
    if question is None:
        return None
    return Draft(key, replace(question, event=event.id, actors=event.actors))


def _cloze(prompt: str, answer: str, accepted: tuple[str, ...], source: str,
           difficulty: float) -> Question | None:
    """Refuse long or broken sentences and blanks whose answer shows elsewhere in the text."""
    if len(prompt.split()) > MAX_WORDS or not balanced(prompt) or opens_on_pronoun(prompt):
        return None
    if any(mentions(prompt, a) for a in (answer, *accepted)):
        return None
    return Question(
        id="",
        kind="fill_blank",
        prompt=f"Fill in the blank: {prompt}",
        choices=(),
        answer=answer,
        explanation=explain(f"The missing words are “{answer}”.", source),
        source=source,
        difficulty=difficulty,
        accepted=accepted,
    )
