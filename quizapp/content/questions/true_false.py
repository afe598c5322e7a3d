"""True/false statements: an event as the article tells it, or with its actor or date swapped."""
from __future__ import annotations

from dataclasses import replace

from quizapp.content.questions import distractors
from quizapp.content.questions.article import Article, Draft
from quizapp.content.questions.distractors import fold
from quizapp.content.questions.wording import dated_statement, explain, fits_date, usable
from quizapp.content.types import Event, Question

CHOICES = ("True", "False")
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
    swappable = who.kind in SWAPPABLE_KINDS and fold(clause.subject) in {fold(n) for n in who.names}
    if not swappable or article.rng.random() < 0.5:
        return _draft((event.id, "actor"), truth, "True", truth, event)
    wrong = distractors.actors(article, who, event, truth)
    if not wrong:
        return None
    false = dated_statement(clause, event.when, article.actors, subject=wrong[0])
    return _draft((event.id, "actor"), false, "False", truth, event)


def object_actor(article: Article, event: Event) -> Draft | None:
    """About whom or where: true, or with another actor of its kind after the verb."""
    found = article.object_of(event)
    if found is None or not _statable(event):
        return None
    who, name = found
    truth = dated_statement(event.clause, event.when, article.actors)
    # not a place: one may hold another ("from Kennedy Space Center" -> "from Florida" is true)
    if who.kind not in SWAPPABLE_KINDS or article.rng.random() < 0.5:
        return _draft((event.id, "object"), truth, "True", truth, event)
    wrong = distractors.actors(article, who, event, truth)
    if not wrong:
        return None
    start = event.clause.rest.find(name)
    if start < 0:
        return None
    before, after = event.clause.rest[:start], event.clause.rest[start + len(name):]
    if before.split()[-1:] and before.split()[-1].lower() not in SWAP_AFTER:
        return None  # "by the late Kelvin Kiptum": "the late" would go with the other name
    if after.split()[:1] and after[:1] == " " and after.split()[0].islower() and (
            after.split()[0] not in SWAP_AFTER | {"or", "after", "before"}):
        return None  # "from Northstar hospitals": the name is part of another noun
    if before.endswith("the ") and (" " not in wrong[0] or who.kind == "person"):
        before = before[: -len("the ")]  # "in the Catalonia Region" -> "in Lakeside"; "the Oba"
    rest = before + wrong[0] + after
    false = dated_statement(replace(event.clause, rest=rest), event.when, article.actors)
    return _draft((event.id, "object"), false, "False", truth, event)


def date(article: Article, event: Event) -> Draft | None:
    """About when: true, or with another date of the same precision."""
    if not _statable(event) or event.when.kind != "point":
        return None
    true = dated_statement(event.clause, event.when, article.actors)
    if article.rng.random() < 0.5:
        return _draft((event.id, "date"), true, "True", true, event)
    wrong = distractors.dates(article, event)
    if not wrong:
        return None
    moved = replace(event.when, date=wrong[0])
    false = dated_statement(event.clause, moved, article.actors)
    return _draft((event.id, "date"), false, "False", true, event)


def _statable(event: Event) -> bool:
    """A clause with a date a statement can stand on ("around 3 March", worked out from "last
    week", cannot)."""
    approximate = event.when.kind == "point" and event.when.date.precision == "approximate"
    return usable(event.clause) and fits_date(event.clause, event.when) and not approximate


def _draft(key: tuple[str, ...], claim: str, answer: str, truth: str, event: Event) -> Draft:
    verdict = "True." if answer == "True" else "False. In fact:"
    return Draft(key, Question(
        id="",
        kind="true_false",
        prompt=f"True or false? {claim}",
        choices=CHOICES,
        answer=answer,
        explanation=explain(f"{verdict} {truth}", event.sentence),
        source=event.sentence,
        event=event.id,
        actors=event.actors,
        difficulty=0.3 if answer == "True" else 0.4,
    ))
