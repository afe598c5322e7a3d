"""True/false statements: an event or a count as the article tells it, and the same statement
made false by another actor or number that the article contradicts (the set decides which one
is asked)."""
from __future__ import annotations

from dataclasses import replace

import re

from quizapp.content.actors.kinds import SURE
from quizapp.content.gazetteer import with_its_the
from quizapp.content.questions import distractors
from quizapp.content.questions.article import Article, Draft
from quizapp.content.questions.distractors import fold
from quizapp.content.questions.multiple_choice import BOUND, number_in, quantity_key
from quizapp.content.questions.wording import (
    counted_from_another_event, dated_statement, explain, fits_date, leaves_its_year, reckoning, statement, usable,
)
from quizapp.content.types import Event, Quantity, Question

CHOICES = ("True", "False")
CONFIDENCE = 0.7
# names that read well bare as a subject; organisations often need "the", which we cannot tell
SWAPPABLE_KINDS = ("person", "country")
# words a swapped name may follow: a preposition or "the", not "the late", "former"
SWAP_AFTER = {"the", "by", "to", "in", "at", "from", "with", "for", "of", "on", "into", "against",
              "and", "than", "between"}


def actor(article: Article, event: Event) -> Draft | None:
    """About who did it: true, or with another person or country as the subject."""
    clause = event.clause
    who = article.doer(event)
    if who is None or not _statable(event):
        return None
    # dated, so that the statement is about one event ("first asked" alone is true of any)
    truth = dated_statement(clause, event.when, article.actors)
    false = None
    # a sure kind, and a subject that takes the other's verb ("the Lanterns were" is no person)
    swappable = (who.kind in SWAPPABLE_KINDS and who.kind_confidence >= SURE
                 and clause.aux.lower() not in ("were", "are") and not _done_by_others_too(event))
    if swappable and fold(clause.subject) in {fold(n) for n in who.names}:
        wrong = distractors.actors(article, who, event, truth)
        if wrong:
            false = dated_statement(clause, event.when, article.actors, subject=with_its_the(wrong[0]))
    return _draft((event.id, "actor"), truth, false, event.sentence, article, event)


def _done_by_others_too(event: Event) -> bool:
    """ "Later, Ana Costa also met with Tom Ash": others did the same, and one of them in the
    false statement would make it true."""
    verb = event.clause.verb.split()[-1] if event.clause and event.clause.verb else ""
    return bool(verb) and re.search(rf"\balso (?:\w+ )?{re.escape(verb)}\b", event.sentence) is not None


def object_actor(article: Article, event: Event) -> Draft | None:
    """About whom or where: true, or with another actor of its kind after the verb."""
    found = article.object_of(event)
    if found is None or not _statable(event):
        return None
    who, name = found
    truth = dated_statement(event.clause, event.when, article.actors)
    return _draft((event.id, "object"), truth, _with_object(article, event, who, name, truth),
                  event.sentence, article, event)


def _with_object(article: Article, event: Event, who, name: str, truth: str) -> str | None:
    """The statement with another actor of the object's kind in its place, where the name
    stands alone (not a place: one may hold another, "from Florida" for "from Kennedy Space
    Center" is true)."""
    if who.kind not in SWAPPABLE_KINDS:
        return None
    wrong = distractors.actors(article, who, event, truth)
    start = event.clause.rest.find(name)
    if not wrong or start < 0:
        return None
    before, after = event.clause.rest[:start], event.clause.rest[start + len(name):]
    if before.split()[-1:] and before.split()[-1].lower() not in SWAP_AFTER:
        return None  # "by the late Kelvin Kiptum": "the late" would go with the other name
    if after.split()[:1] and after[:1] == " " and after.split()[0].islower() and (
            after.split()[0] not in SWAP_AFTER | {"or", "after", "before"}):
        return None  # "from Northstar hospitals": the name is part of another noun
    if before.endswith("the ") and (" " not in wrong[0] or who.kind == "person"):
        before = before[: -len("the ")]  # "in the Catalonia Region" -> "in Lakeside"; "the Oba"
    rest = before + (wrong[0] if before.endswith("the ") else with_its_the(wrong[0])) + after
    return dated_statement(replace(event.clause, rest=rest), event.when, article.actors)


def date(article: Article, event: Event) -> Draft | None:
    """About when: only ever true (another date would be false only where the article says
    what happened then, and "prices closed lower" may well have happened on other days too)."""
    if not _statable(event) or event.when.kind != "point":
        return None
    truth = dated_statement(event.clause, event.when, article.actors)
    return _draft((event.id, "date"), truth, None, event.sentence, article, event)


def number(article: Article, quantity: Quantity) -> Draft | None:
    """About how many: true, or with a number two steps away on the ladder of its options
    ("hired 350 workers" -> "hired 450 workers"), which the article's own number contradicts."""
    value = number_in(quantity)
    clause = quantity.clause
    if value is None or not usable(clause) or BOUND.search(quantity.text):
        return None  # "more than 120 papers": 150 would be true as well
    truth = statement(clause)
    if len(re.findall(rf"(?<![\d,.]){re.escape(value)}(?![\d,.]\d)", truth)) != 1:
        return None
    if leaves_its_year(quantity.sentence, truth):
        return None
    pool = distractors.number_pool(value)
    place = pool.index(value)
    wrong = pool[place + 2] if place + 2 < len(pool) else pool[place - 2] if place >= 2 else None
    false = truth.replace(value, wrong, 1) if wrong else None
    actors = (clause.subject_actor,) if clause.subject_actor else ()
    return _draft(quantity_key(quantity), truth, false, quantity.sentence, article, actors=actors, hinge=value)


def _statable(event: Event) -> bool:
    """A clause with a date a statement can stand on: not "around 3 March" nor "the week of 3
    March" (worked out from "last week"), nor a date counted from another event ("two days
    later")."""
    approximate = event.when.kind == "point" and event.when.date.precision in ("approximate", "week")
    return (usable(event.clause) and fits_date(event.clause, event.when) and not approximate
            and not counted_from_another_event(event.when))


def _draft(key: tuple[str, ...], truth: str, false: str | None, source: str, article: Article,
           event: Event | None = None, actors: tuple[str, ...] = (), hinge: str | None = None) -> Draft:
    """The statement keyed True, and its false twin if there is one; `event` when it is one;
    `hinge`: the figure the statement stands or falls on, which another question may not show
    (a statement of "160 deaths" beside another of "the toll rose to 160" asks one fact)."""
    reckoned = reckoning(event.when, article.published) if event else ""

    # the truth in the article's own words needs saying once: the quotation says it
    said = "" if truth.strip() == source.strip() else f" {truth}"

    def claimed(claim: str, answer: str) -> Question:
        verdict = "True." if answer == "True" else "False." + (" In fact:" if said else "")
        return Question(
            id="",
            kind="true_false",
            prompt=f"True or false? {claim}",
            choices=CHOICES,
            answer=answer,
            explanation=explain(verdict + said, source, reckoned),
            source=source,
            event=event.id if event else None,
            actors=event.actors if event else actors,
            difficulty=0.3 if answer == "True" else 0.4,
        )

    alternative = claimed(false, "False") if false else None
    return Draft(key, claimed(truth, "True"), CONFIDENCE, alternative=alternative,
                 also_named=(hinge,) if hinge else ())
