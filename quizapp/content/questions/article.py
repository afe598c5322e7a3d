"""What every question module reads: the article's actors, events and numbers, and the seeded
random generator; plus Draft, a question before it gets its id."""
from __future__ import annotations

import datetime as dt
import functools
import random
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from quizapp.content import gate
from quizapp.content.anchors import named, names_in_full
from quizapp.content.lexicon import (FEELING_LEMMAS, GESTURE_LEMMAS, GESTURE_OBJECT, IN_CELEBRATION, ON_SCREEN,
                                     QUOTING_LEMMAS, SHARED_LEMMAS, SHARED_OBJECTS)
from quizapp.content.questions.wording import find_actor_name, mentions
from quizapp.content.gazetteer import country_of, country_of_people, person_nouns, ranks
from quizapp.content.scoring import name_variants
from quizapp.content.types import Actor, Event, PartialDate, Quantity, Question, Statement


SUBORDINATE = 0.75


# names joined by commas and "and" that open a sentence: "Tom Ash, Ana Costa and Marco Ferri scored"
NAMES_OPENING = re.compile(rf"^{gate.NAME_WORDS}(?:, {gate.NAME_WORDS})*,? and {gate.NAME_WORDS}\b")


@dataclass(frozen=True)
class Draft:
    """A question before it gets its id, and what the set needs to know of it.

    `key` names what it asks, e.g. ("e3", "date"): two drafts with one key ask the same thing.
    `confidence` is the kind's own (0..1) until weighed by the fact's importance.
    """

    key: tuple[str, ...]
    question: Question
    confidence: float = 0.7
    # true/false: the same statement made false (the question is the true one)
    alternative: Question | None = None
    # multiple choice: every option it may take, answer included, in their natural order
    # (dates, numbers: the answer can be placed anywhere; names stay alphabetical)
    pool: tuple[str, ...] = ()
    natural_order: bool = True
    # the sentences it draws on (an order or a match question draws on several)
    extra_sources: tuple[str, ...] = ()
    fact: str | None = None  # the fact it asks, once the set takes it
    answers_actor: str | None = None  # the id of the actor its answer names: any other mention gives it
    # the answer's other names, whose mention gives it away as well ("Tolon" for "Yves Tolon")
    also_named: tuple[str, ...] = ()

    @property
    def sentences(self) -> frozenset[str]:
        return frozenset((self.question.source, *self.extra_sources))

    def visible_choices(self) -> tuple[str, ...]:
        """What the student reads besides the prompt: options, order items, roles."""
        question = self.question
        if question.kind == "true_false":
            return ()
        if question.kind == "match":
            return (*question.choices, *(name for name, _ in question.answer))
        return question.choices

    def statements(self) -> tuple[str, ...]:
        """What states facts: the prompt, order items, roles; not a list of names, dates or
        numbers to choose from."""
        question = self.question
        if question.kind == "order":
            return (question.prompt, *question.choices)
        if question.kind == "match":
            return tuple(role for _, role in question.answer)
        return (question.prompt,)

    def named(self, organization: Actor | None, actors: Iterable[Actor]) -> Draft:
        """ "the company" in its prompts as the organization's name (anchors.named); in a
        statement or a question of its own words, an acronym as the story spelt it out ("the
        CMA blocked" -> "the Competition and Markets Authority blocked"; a blank keeps the
        article's words)."""
        actors = list(actors) if self.question.kind in ("true_false", "multiple_choice") else []

        def said(prompt: str) -> str:
            return names_in_full(named(prompt, organization), actors)
        alternative = self.alternative and replace(self.alternative, prompt=said(self.alternative.prompt))
        return replace(self, alternative=alternative, question=replace(self.question, prompt=said(self.question.prompt)))

    def weighed(self, importance: float, main: bool = True) -> Draft:
        """The confidence weighed by the fact's importance, and lower for a clause inside
        another (a subordinate, relative or participle clause reads less true alone)."""
        confidence = self.confidence * (0.6 + 0.4 * importance) * (1.0 if main else SUBORDINATE)
        return replace(self, confidence=confidence,
                       question=replace(self.question, confidence=round(confidence, 2)))

    def as_false(self) -> Draft:
        false = replace(self.alternative, confidence=self.question.confidence)
        return replace(self, question=false, alternative=None)

    def places(self) -> range:
        """Where the answer may stand among the options its pool gives."""
        answer, size = self.question.answer, len(self.question.choices)
        if not self.natural_order or answer not in self.pool or size > len(self.pool):
            now = self.question.choices.index(answer)
            return range(now, now + 1)
        at = self.pool.index(answer)
        return range(max(0, at - (len(self.pool) - size)), min(size - 1, at) + 1)

    def placed(self, place: int) -> Draft:
        """The options with the answer at `place` (0-3), or as near as the pool allows."""
        answer = self.question.answer
        if len(self.pool) < 2 or answer not in self.pool:
            return self
        wanted = min(len(self.question.choices), len(self.pool))
        if not self.natural_order:
            return self  # names stay in alphabetical order, wherever the answer falls
        choices = _window(self.pool, self.pool.index(answer), place, wanted)
        return replace(self, question=replace(self.question, choices=tuple(choices)))


def around(pool, answer: str, size: int = 4) -> tuple[str, ...]:
    """Up to `size` options of a pool in natural order, the answer among them."""
    at = list(pool).index(answer)
    return tuple(_window(tuple(pool), at, min(at, size - 1), min(size, len(pool))))


def _window(pool: tuple[str, ...], at: int, place: int, size: int) -> list[str]:
    """`size` neighbours in `pool` around index `at`, with `at` at `place` if it can be."""
    start = min(max(at - place, 0), len(pool) - size)
    return list(pool[start : start + size])


@dataclass
class Article:
    actors: dict[str, Actor]
    events: Sequence[Event]
    quantities: Sequence[Quantity]
    rng: random.Random
    published: dt.date | None = None
    title: str = ""
    parse_faults: Callable[[Iterable[str]], list[str | None]] = gate.parse_faults
    organization: Actor | None = None  # the one the story is about (anchors.py)
    dated: Sequence[Event] = ()  # every event the story dates, asked about or not

    @functools.cached_property
    def most_named(self) -> Actor | None:
        """The actor the story names most often."""
        return max(self.actors.values(), key=lambda actor: actor.mentions, default=None)

    def in_headline(self, actor: Actor) -> bool:
        """The headline names the actor: a student knows it before reading a word."""
        return any(mentions(self.title, name) for name in actor.names)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def giving_away(self, actor: Actor) -> tuple[str, ...]:
        """The names that give the actor away where another question shows them: those graded
        right, a person's given name no one else of the story has ("wrote Babar"; not a
        title: "Prince" of "Prince Ali bin Faisal"), and a country's people ("Italian forces"
        gives away "Italy")."""
        first = actor.name.split()[0]
        person = actor.kind == "person" and " " in actor.name and first.lower() not in person_nouns() | ranks()
        given = first if person else None
        shared = any(other.id != actor.id and other.kind == "person" and given in other.name.split()
                     for other in self.actors.values())
        return (*name_variants(actor), *([given] if given and not shared else []), *self._peoples_words(actor))

    def _peoples_words(self, actor: Actor) -> list[str]:
        country = country_of(actor.name)
        if actor.kind != "country" or country is None:
            return []
        return sorted(w for w in self._capitalised_words if w != actor.name and country_of_people(w) == country)

    @functools.cached_property
    def _capitalised_words(self) -> frozenset[str]:
        """The capitalised words of the story's sentences that questions may be drawn from."""
        sentences = {told.sentence for told in (*self.events, *self.dated, *self.quantities)}
        return frozenset(w for sentence in sentences for w in re.findall(r"\b[A-Z][a-z]+\b", sentence))

    def asked_doer(self, event: Event | Statement) -> Actor | None:
        """The doer a who-question may ask for: not one who only speaks or is asked, nor one of
        many who did it ("competed in the 2008 Summer Paralympics", "paid tribute to Wogan"), nor
        one who felt something ("was thrilled by the win") or made a gesture ("strolled around the
        court high-fiving spectators", "had a huge smile on his face", "raised his right hand",
        "appeared on television"), nor one of a list that did it ("Tom Ash, Ana Costa and Marco
        Ferri scored": each is as right)."""
        clause = event.clause
        if clause is None or clause.lemma.split()[-1] in QUOTING_LEMMAS | SHARED_LEMMAS | FEELING_LEMMAS | GESTURE_LEMMAS \
                or clause.rest.startswith(SHARED_OBJECTS + ON_SCREEN) or IN_CELEBRATION in clause.rest \
                or GESTURE_OBJECT.match(clause.rest):
            return None
        doer = self.doer(event) if isinstance(event, Event) else self.actor(clause.subject_actor)
        if doer is None:
            return None
        # the parser may take the second name of a list that opens the sentence for an aside
        opening = NAMES_OPENING.match(event.sentence) if event.sentence.startswith(clause.subject) else None
        listed = any(self._one_of_a_list(doer, text) for text in (clause.subject, opening[0] if opening else ""))
        return None if listed else doer

    def _one_of_a_list(self, doer: Actor, subject: str) -> bool:
        """The subject lists others of the doer's kind beside it ("Tom Ash, Ana Costa and Marco
        Ferri"; not "Lakeland's Tom Ash", "Tom Ash, who beat Ana Costa and Sam Reed", nor
        "Lakeland, worried about Kestria,")."""
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", re.split(r",? (?:who|which|whose)\b", subject)[0])
        named = [item for item in items if item[:1].isupper() and not re.search(r"['’]s\b", item) and any(
            actor.kind == doer.kind and any(mentions(item, name) for name in actor.names) for actor in self.actors.values())]
        return len(named) > 1  # not an aside: "Lakeland, worried about Kestria,", "Ana Costa's husband"

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
    if {a.precision, b.precision} & {"approximate", "decade", "week"}:
        return False
    return (a.year is None) == (b.year is None) and not overlaps(a, b)


def shuffled(items: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """The items in a seeded order that is not their given one (which would be the answer)."""
    order = list(items)
    while len(set(items)) > 1 and order == list(items):
        rng.shuffle(order)
    return tuple(order)
