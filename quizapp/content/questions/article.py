"""What every question module reads: the article's actors, events and numbers, and the seeded
random generator; plus Draft, a question before it gets its id."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from quizapp.content.questions.wording import find_actor_name
from quizapp.content.types import Actor, Event, PartialDate, Quantity, Question


class Draft(NamedTuple):
    """A question and what it asks about, e.g. ("e3", "date"): two drafts with the same key
    ask the same thing in other words, so only one is kept."""

    key: tuple[str, ...]
    question: Question


@dataclass
class Article:
    actors: dict[str, Actor]
    events: Sequence[Event]
    quantities: Sequence[Quantity]
    rng: random.Random
    published: dt.date | None = None

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def doer(self, event: Event) -> Actor | None:
        """Who did it: the subject actor, or the agent of a passive ("was made by X")."""
        clause = event.clause
        if clause is None:
            return None
        if clause.subject_actor:
            return self.actor(clause.subject_actor)
        if not clause.passive:
            return None
        return next((actor for position, actor, _ in self._named_in_rest(event)
                     if clause.rest[:position] == "by "), None)

    def object_of(self, event: Event) -> tuple[Actor, str] | None:
        """The first actor other than the doer named after the verb, with the name as written."""
        if event.clause is None:
            return None
        doer = self.doer(event)
        named = [found for found in self._named_in_rest(event) if found[1] is not doer]
        if not named:
            return None
        _, actor, name = min(named, key=lambda found: found[0])
        return actor, name

    def _named_in_rest(self, event: Event) -> list[tuple[int, Actor, str]]:
        """(position, actor, name as written) of the event's actors named in the clause's rest."""
        found = []
        for actor in filter(None, map(self.actor, event.actors)):
            for name in sorted(actor.names, key=len, reverse=True):
                match = find_actor_name(event.clause.rest, name)
                if match:
                    found.append((match.start(), actor, match.group()))
                    break
        return found

    def doers_of(self, event: Event) -> set[str]:
        """Actors who, by the article, took part in `event` or did the same thing elsewhere."""
        ids = set(event.actors)
        if event.clause:
            for other in self.events:
                if other.clause and other.clause.lemma == event.clause.lemma:
                    ids.update(other.actors)
        return ids

    def dates_of_same_action(self, event: Event) -> list[PartialDate]:
        """Dates at which the article says the same subject did the same thing."""
        if not event.clause:
            return [event.when.date]
        return [
            other.when.date
            for other in self.events
            if other.clause
            and other.clause.lemma == event.clause.lemma
            and other.clause.subject_actor == event.clause.subject_actor
        ]


def overlaps(a: PartialDate, b: PartialDate) -> bool:
    """True when one date could be the other: "2016" and "2016-11-01", "198X" and "1985"."""
    return all(x == y or "X" in (x, y) for x, y in zip(a.value, b.value))


def decides_order(a: PartialDate, b: PartialDate) -> bool:
    """One date is surely earlier: both years known, or both unknown (the article's one year,
    "in March" and "on November 1"), and the known parts differ."""
    if "approximate" in (a.precision, b.precision) or "decade" in (a.precision, b.precision):
        return False
    return (a.year is None) == (b.year is None) and not overlaps(a, b)


def shuffled(items: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """The items in a seeded order that is not their given one (which would be the answer)."""
    order = list(items)
    while len(set(items)) > 1 and order == list(items):
        rng.shuffle(order)
    return tuple(order)
