"""Quiz questions from an article's actors, timeline and numbers.

For each event three things can be asked - who did it, to whom or where, and when - for
each counted number, how many, for each undated statement, who did it, and for each person
with a stated role, who holds it. Every
question kind that can ask a thing offers a draft; the kind used least so far wins (then the
asker used least, then the seed), so a set mixes kinds and never asks one thing twice.

Two questions about one event give each other away ("In 2007, who opened a consulate?" tells
when), so each event is asked once. Only a set short of `minimum` asks an event again: first a
second part of it beside another part, then beside a statement of the whole event (true or
false, "What happened...?"), and only then a third time.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import replace
from typing import Callable, Sequence

from quizapp.content.questions import fill_blank, match, multiple_choice, order, true_false
from quizapp.content.questions.article import Article, Draft
from quizapp.content.questions.distractors import fold
from quizapp.content.questions.wording import balanced, mentions
from quizapp.content.types import Actor, Event, Quantity, Question, Statement

EVENT_ASKERS: tuple[Callable[[Article, Event], Draft | None], ...] = (
    multiple_choice.who, fill_blank.actor, true_false.actor,
    multiple_choice.whom, fill_blank.object_actor, true_false.object_actor,
    multiple_choice.when, multiple_choice.how_long, multiple_choice.what, fill_blank.date,
    true_false.date,
)
QUANTITY_ASKERS = (multiple_choice.how_many, fill_blank.number)
MAX_CLOZES_PER_SENTENCE = 1  # a second blank in one sentence reads as the same exercise

__all__ = ["generate"]


def generate(actors: Sequence[Actor], events: Sequence[Event], quantities: Sequence[Quantity],
             seed: int = 0, minimum: int = 0, statements: Sequence[Statement] = (),
             published: dt.date | None = None) -> tuple[Question, ...]:
    """Questions with ids "q1".. in output order; the same input and seed give the same set."""
    by_id = {a.id: a for a in actors}
    events = [_as_written(e, by_id) for e in events]
    article = Article(by_id, events, quantities, random.Random(seed), published)
    chosen: list[Draft] = []
    used = Counter()  # by question kind and by asker, so that a set mixes both

    def choose(offers: list[tuple[str, Draft | None]], per_event: int = 1,
               beside_whole: bool = False) -> None:
        fitting = [(asker, d) for asker, d in offers
                   if d is not None and _fits(d, chosen, per_event, beside_whole)]
        if fitting:
            asker, best = min(fitting, key=lambda offer: (
                used[offer[1].question.kind], used[offer[0]], article.rng.random()))
            used.update((best.question.kind, asker))
            chosen.append(best)

    offers = {event.id: [(_name(ask), ask(article, event)) for ask in EVENT_ASKERS]
              for event in events}
    for event in events:
        choose(offers[event.id])
    for quantity in quantities:
        choose([(_name(ask), ask(article, quantity)) for ask in QUANTITY_ASKERS])
    for statement in statements:
        choose([("who_did", multiple_choice.who_did(article, statement))])
    matching = match.question(article)
    matched = set(matching.question.actors) if matching else set()
    for actor in actors:
        if actor.id not in matched:  # a role asked twice would give a match pair away
            choose([("who_is", multiple_choice.who_is(article, actor))])
    for draft in order.questions(article):
        choose([("order", draft)])
    choose([("match", matching)])
    for per_event, beside_whole in ((2, False), (2, True), (3, True)):
        for event in events:
            if len(chosen) < minimum:
                choose(offers[event.id], per_event, beside_whole)
    return tuple(
        replace(d.question, id=f"q{n}", difficulty=round(d.question.difficulty, 2))
        for n, d in enumerate(chosen, start=1)
    )


def _as_written(event: Event, actors: dict[str, Actor]) -> Event:
    """Keep a clause only when it stands on its own: its subject written in the sentence (one
    filled in for "she" or "it" may be the wrong antecedent, and the source would not show the
    answer), no "its" that cannot be the subject's ("Hale had run its fund"), and someone or
    something named in it ("A ballot was held", "Pressure grew" say too little alone)."""
    clause = event.clause
    if clause is None:
        return event
    subject = actors.get(clause.subject_actor)
    # "its" is the subject's own only when the subject is a named thing
    foreign_its = mentions(clause.rest, "its") and (subject is None or subject.kind == "person")
    named = [n for a in event.actors if a in actors for n in actors[a].names]
    unnamed = not any(mentions(f"{clause.subject} {clause.rest}", n) for n in named)
    if foreign_its or unnamed or not mentions(event.sentence, clause.subject):
        return replace(event, clause=None)
    return event


def _name(asker: Callable) -> str:
    return f"{asker.__module__}.{asker.__name__}"


def _fits(draft: Draft, chosen: list[Draft], per_event: int, beside_whole: bool) -> bool:
    if not _sound(draft.question) or any(_repeats(draft, other) for other in chosen):
        return False
    question = draft.question
    if question.event is not None:
        same_event = [c for c in chosen if c.question.event == question.event]
        if len(same_event) >= per_event or (
            same_event and not beside_whole and any(map(_tells_all, [draft, *same_event]))
        ):
            return False
        if question.kind == "true_false" and any(
            c.question.kind == "true_false" for c in same_event
        ):
            return False  # two statements about one event: the true one would settle the other
    if question.kind == "fill_blank":
        blanks = [c.question for c in chosen if c.question.kind == "fill_blank"]
        same_sentence = sum(other.source == question.source for other in blanks)
        same_answer = any(fold(other.answer) == fold(question.answer) for other in blanks)
        return same_sentence < MAX_CLOZES_PER_SENTENCE and not same_answer
    return True


def _tells_all(draft: Draft) -> bool:
    """A statement of the whole event: true or false, or the answer to "What happened...?"."""
    return draft.question.kind == "true_false" or draft.key[-1] == "event"


def _sound(question: Question) -> bool:
    """Last guard for every kind: nothing unbalanced, no answer given away, distinct options."""
    if not balanced(question.prompt) or not all(balanced(c) for c in question.choices):
        return False
    if len({fold(c) for c in question.choices}) != len(question.choices):
        return False
    answers = [question.answer, *question.accepted] if isinstance(question.answer, str) else []
    if question.kind != "true_false" and any(mentions(question.prompt, a) for a in answers):
        return False
    return 0 <= question.difficulty <= 1


def _repeats(draft: Draft, other: Draft) -> bool:
    """The same thing asked twice, or, from one sentence, one question's prompt giving another's
    answer away ("How many will flee?" beside "Some 660,000 will flee and _____ ..."); questions
    about one event are kept apart by `_fits`."""
    first, second = draft.question, other.question
    same_prompt = fold(first.prompt) == fold(second.prompt) and first.choices == second.choices
    same_event = first.event is not None and first.event == second.event
    same_answer = isinstance(first.answer, str) and first.answer not in ("True", "False") and (
        fold(first.answer) == fold(str(second.answer)))
    if draft.key == other.key or same_prompt:
        return True
    if same_event:
        return False  # questions about one event are kept apart by _fits
    one_sentence = first.source == second.source and (
        same_answer or _gives_away(first, second) or _gives_away(second, first))
    return one_sentence or _same_fact(first, second)


def _same_fact(first: Question, second: Question) -> bool:
    """Two questions on one actor, from any sentences, whose dates or numbers agree ("Since
    when has the valley been protected?" beside "protected since _____"), or a statement
    naming the other's answer ("On 18 May the train derailed" beside "When did it derail?")."""
    kinds = {first.kind, second.kind}
    if not set(first.actors) & set(second.actors) or kinds & {"order", "match"}:
        return False
    if "true_false" not in kinds:
        # "16 September 2026" beside a blank for "Sept. 16", which accepts "16 September 2026";
        # "April 2025" beside "7 April 2025": one date inside the other
        answers = [{fold(str(a)) for a in (q.answer, *q.accepted) if any(c.isdigit() for c in str(a))}
                   for q in (first, second)]
        return any(a == b or a.endswith(" " + b) or b.endswith(" " + a)
                   for a in answers[0] for b in answers[1])
    statement, other = (first, second) if first.kind == "true_false" else (second, first)
    return other.kind != "true_false" and mentions(statement.prompt, str(other.answer))


def _gives_away(asking: Question, answered: Question) -> bool:
    """`asking`'s prompt shows `answered`'s answer (an order or match question draws on many
    sentences, so its source is not one to share)."""
    if answered.kind in ("true_false", "order", "match") or asking.kind in ("order", "match"):
        return False
    return any(mentions(asking.prompt, a) for a in (answered.answer, *answered.accepted))
