"""The content engine's data: frozen dataclasses passed from stage to stage.

Every stage is a pure function over these; `Analysis.to_dict()` is the JSON contract of
`quizapp extract --format json` and of what the web app stores.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Union

Precision = Literal["day", "week", "month", "year", "decade", "approximate"]
ActorKind = Literal["person", "organization", "country", "group", "place"]
QuestionKind = Literal["multiple_choice", "true_false", "fill_blank", "order", "match"]
BlockKind = Literal["title", "dateline", "body", "caption", "byline"]
Answer = Union[str, tuple[str, ...], tuple[tuple[str, str], ...]]


class ContentError(ValueError):
    """Input the engine cannot analyse; the message is meant for the user."""


@dataclass(frozen=True)
class PartialDate:
    """A date known only to some precision, TIMEX3-style.

    value: "2016-11-01", "2016-03", "2007", "198X" (a decade), "XXXX-11-01" (year unknown).
    precision "approximate" keeps the value of the nearest precision it has ("2014"); "week"
    has its Monday ("last week": "1989-10-16").
    inferred: some part of the value (usually the year) was not written in the phrase.
    """

    value: str
    precision: Precision
    inferred: bool = False

    @property
    def year(self) -> int | None:
        head = self.value[:4]
        return int(head) if head.isdigit() else None

    def sort_key(self) -> tuple[int, int, int]:
        """Earliest instant the value can mean; unknown parts sort first within what is known."""
        parts = self.value.split("-")
        year = parts[0]
        if year.isdigit():
            y = int(year)
        elif year[:3].isdigit():  # decade "198X"
            y = int(year[:3]) * 10
        else:  # "XXXX": unknown year sorts last
            y = 9999
        m = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        d = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
        return (y, m, d)


@dataclass(frozen=True)
class TimeExpression:
    """A temporal phrase in a sentence and what it means; offsets are within the sentence."""

    text: str
    start: int
    end: int
    date: PartialDate
    # "point": a date; "duration": "for two years"/"since 2015" (date is an approximate start)
    kind: Literal["point", "duration"] = "point"
    # the phrase as a TIMEX3 (quizapp.content.timex): "DATE", "TIME" or "DURATION" and its
    # value ("2016-11-08TEV", "2016-W44", "P2Y" for "for two years")
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str = ""
    # where it lies from the published date: "future" for "next Friday" or "in two weeks",
    # "present" for "this week"; a duration looks the way its clause does; None: unknown
    direction: Literal["past", "present", "future"] | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph or line of the article with its character span in the original text."""

    text: str
    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True)
class Sentence:
    """A body sentence; `text == original[start:end]`."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class CleanText:
    """The article split into blocks, with the metadata the cleaning found."""

    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    dateline: str | None = None
    author: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: int = 0
    role_source: str | None = None  # the sentence that gives the role, as written
    # how sure the kind is (0..1): only a sure kind lends its name to a question's options
    kind_confidence: float = 1.0
    gender: Literal["female", "male"] | None = None  # for "he" and "she"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Clause:
    """The grammatical pieces of an event's main clause, for turning it into questions.

    "In 2007, Norway opened its embassy in Lima." gives subject="Norway", aux="",
    verb="opened", lemma="open", rest="its embassy in Lima", tense="past". "The request was
    made by X" gives subject="The request", aux="was", verb="made", lemma="make", rest="by X",
    passive=True. Adverbs that change the claim stay in `verb` and `lemma` ("nearly
    collapsed", "nearly collapse"). `rest` never holds the
    event's date phrase. `aux` is the first auxiliary ("has", "had", "was", "can"); `verb`
    is the rest of the verb group ("been drilling", "opened").
    """

    subject: str
    aux: str
    verb: str
    lemma: str
    rest: str
    tense: Literal["past", "present", "future"] = "past"
    passive: bool = False
    negated: bool = False
    subject_actor: str | None = None  # actor id when the subject is an actor
    # the sentence's own main clause (or one joined to it, or what its main verb reports), not
    # a clause inside another: questions about it read true to the sentence
    main: bool = True
    # a verb joined by "and" to another ("has been undergoing treatment, and yesterday developed
    # a fever"): its sentence, cut, tells the other verb first
    joined: bool = False
    # a present perfect of a day told in the simple past ("has died today": "died"): its
    # sentence, cut, would still say "has died"
    retold: bool = False
    # who told it, when the date is the telling's ("..., killing nine, officials said
    # Saturday": "officials said"): it happened by then, maybe before, so it is left for the
    # teacher, its line keeping the teller
    told_by: str = ""
    # the subject opens on a word of a name the model saw ("Lakeport champion Ana Costa"), which
    # keeps its capital mid-sentence
    opens_on_a_name: bool = False


@dataclass(frozen=True)
class Event:
    id: str
    when: TimeExpression
    summary: str
    sentence: str
    sentence_index: int
    actors: tuple[str, ...] = ()
    clause: Clause | None = None
    # "planned": a plan, prediction or hypothetical; never on the timeline as having happened
    status: Literal["past", "ongoing", "planned"] = "past"


@dataclass(frozen=True)
class Quantity:
    """A number with its unit in a body sentence: "4,500 people"."""

    text: str  # as written, "more than 4,500 people"
    value: float
    unit: str  # the counted noun, plural: "people"
    sentence: str
    sentence_index: int
    clause: Clause | None = None
    measure: Literal["count", "money", "percent", "time"] = "count"


@dataclass(frozen=True)
class Statement:
    """An undated clause of a body sentence that names who did it: "Mayor Okafor has called
    for a new bridge". Not on the timeline; a question may ask who."""

    sentence: str
    sentence_index: int
    clause: Clause
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    kind: QuestionKind
    prompt: str
    choices: tuple[str, ...]
    answer: Answer
    explanation: str
    source: str
    event: str | None = None
    actors: tuple[str, ...] = ()
    difficulty: float = 0.5
    # other answers graded right for fill_blank (aliases of the answer)
    accepted: tuple[str, ...] = ()
    # how sure the engine is that a teacher would hand it out as it is (0..1): the review
    # screen shows the least certain first
    confidence: float = 1.0

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "prompt": self.prompt,
            "choices": list(self.choices),
            "answer": _listify(self.answer),
            "explanation": self.explanation,
            "source": self.source,
            "event": self.event,
            "actors": list(self.actors),
            "difficulty": round(self.difficulty, 2),
            "accepted": list(self.accepted),
            "confidence": round(self.confidence, 2),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Question:
        return cls(
            id=data["id"],
            kind=data["kind"],
            prompt=data["prompt"],
            choices=tuple(data["choices"]),
            answer=_tuplify(data["answer"]),
            explanation=data["explanation"],
            source=data["source"],
            event=data.get("event"),
            actors=tuple(data.get("actors", ())),
            difficulty=float(data.get("difficulty", 0.5)),
            accepted=tuple(data.get("accepted", ())),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True)
class Result:
    """A graded answer: score is 0..1 (partial credit for order and match)."""

    correct: bool
    score: float
    feedback: str


@dataclass(frozen=True)
class Analysis:
    title: str
    published: dt.date | None
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]  # the timeline: chronological, past and ongoing events only
    questions: tuple[Question, ...]
    author: str | None = None
    publisher: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # date phrases whose year stays unknown: missing from the timeline, or undated
    unresolved_dates: tuple[str, ...] = ()
    # dated events left off the timeline, as their line does not say who or what ("The
    # gallery reopened"): for the teacher to word; `summary` is the line as far as it goes
    unclear: tuple[Event, ...] = ()

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "publisher": self.publisher,
            "warnings": list(self.warnings),
            "unresolved_dates": list(self.unresolved_dates),
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "aliases": list(a.aliases),
                    "role": a.role,
                }
                for a in self.actors
            ],
            "events": [_event_dict(e) for e in self.events],
            "unclear": [_event_dict(e) for e in self.unclear],
            "questions": [q.to_dict() for q in self.questions],
        }


def _event_dict(e: Event) -> dict:
    return {
        "id": e.id,
        "when": {
            "text": e.when.text,
            "value": e.when.date.value,
            "precision": e.when.date.precision,
            "inferred": e.when.date.inferred,
        },
        "summary": e.summary,
        "sentence": e.sentence,
        "actors": list(e.actors),
        "status": e.status,
    }


def _listify(answer: Answer) -> str | list:
    if isinstance(answer, str):
        return answer
    return [_listify(a) for a in answer]


def _tuplify(answer: str | list) -> Answer:
    if isinstance(answer, str):
        return answer
    return tuple(_tuplify(a) for a in answer)  # type: ignore[return-value]
