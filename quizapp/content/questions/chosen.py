"""The questions a set has taken so far, indexed so that each new draft is checked against all
of them at once: not the same thing, not beside a blank of its sentence, no answer shown either
way, no date or number asked twice. The indexes keep the cost of a set linear in its size.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from quizapp.content.questions.article import Draft
from quizapp.content.scoring import NUMBER_NAMES, parse_typed_date, same_answer
from quizapp.content.types import Question

SAME_FACT_WORDS = 2  # words two texts share when they tell the same fact
PROMPT_WORDS = frozenset({"when", "what", "which", "true", "false", "fill", "blank", "with", "from",
                          "that", "this", "have", "been", "were", "their", "about", "after"})
LONGEST_ANSWER = 8  # words: a longer answer is not looked for inside other texts
DISTINCT_NUMBER = re.compile(r"\d[\d.,]{2,}")  # "500", "39.58", "1,600": not "10" or "2"
SAME_OPTIONS = 2  # multiple-choice questions a set may have with one list of options


def words_of(text: str) -> tuple[str, ...]:
    """A text as the words `mentions` compares: lower case, apostrophes straight, a number
    whole ("1,600", "39.58") and apart from a unit glued to it ("500m" shows "500"), a name
    apart from its possessive ("Lakeland's" shows "Lakeland")."""
    return tuple(re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'(?!s\b)[^\W\d_]+)*", text.lower().replace("’", "'")))


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in PROMPT_WORDS}


def answers(question: Question) -> list[str]:
    """What a student types or picks as the one answer (none for true/false, order, match)."""
    if question.kind in ("true_false", "order", "match"):
        return []
    return [str(question.answer), *question.accepted]


def _given_by(draft: Draft) -> list[str]:
    """What gives the draft's answer away where another question shows it."""
    return [*answers(draft.question), *draft.also_named]


def _shown(answer: str) -> bool:
    """An answer worth looking for elsewhere: not a word of three letters or fewer ("US" is
    also "us"), but for a three-letter acronym ("DSM", "IBM") or a number ("2", "two")."""
    return (len(answer) > 3 or answer.isdigit() or len(answer) == 3 and answer.isupper()
            or answer.lower() in NUMBER_NAMES)


def _runs(text: str) -> Iterable[tuple[str, ...]]:
    """Every run of up to LONGEST_ANSWER words of a text."""
    words = words_of(text)
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + LONGEST_ANSWER) + 1):
            yield words[start:end]


DECADE = re.compile(r"(?:the )?(\d{3})0s", re.I)


def _decade_of(answer: str) -> str | None:
    """ "193" of "the 1930s" and of "1932" (not of "July 1994", a month told): a decade and a
    year in it ask one date."""
    decade = DECADE.fullmatch(answer.strip())
    if decade:
        return decade[1]
    date = parse_typed_date(answer)
    return str(date[0])[:3] if date and date[0] and not date[1] else None


def _date_key(answer: str):
    """The day, else the month, else the year a date answer names ("27 October" and "27
    October 1989" share one)."""
    date = parse_typed_date(answer)
    if date is None:
        return None
    year, month, day = date
    return ("day", month, day) if day else ("month", year, month) if month else ("year", year)


class Chosen:
    """The drafts taken, and what each shows and asks."""

    def __init__(self, drafts: Iterable[Draft] = ()) -> None:
        self.drafts: list[Draft] = []
        self._keys: set[tuple] = set()
        self._sentences: set[str] = set()
        self._answers: dict[tuple[str, ...], list[Draft]] = defaultdict(list)  # asked answers
        self._shown: dict[tuple[str, ...], list[tuple[Draft, str]]] = defaultdict(list)
        self._dates: dict[tuple, list[str]] = defaultdict(list)
        self._decades: dict[str, list[str]] = defaultdict(list)  # asked dates by decade
        self._numbers_of: dict[str, list[str]] = defaultdict(list)  # by actor
        self._counts: set[str] = set()  # figures asked, dates aside
        self._matches: list[Draft] = []
        self._option_lists: dict[frozenset[str], int] = defaultdict(int)
        self._actors_asked: set[str] = set()  # the actors a "who" or a blank asked for
        for draft in drafts:
            self.add(draft)

    def add(self, draft: Draft) -> None:
        question = draft.question
        self.drafts.append(draft)
        self._keys.add(draft.key)
        self._sentences |= draft.sentences
        if question.kind == "match":
            self._matches.append(draft)
        if question.kind == "multiple_choice":
            self._option_lists[frozenset(question.choices)] += 1
        for answer in filter(_shown, _given_by(draft)):
            self._answers[words_of(answer)].append(draft)
        if draft.answers_actor is not None:
            self._actors_asked.add(draft.answers_actor)
        for text in draft.statements():
            for run in set(_runs(text)):
                self._shown[run].append((draft, text))
        for answer in answers(question):
            dated = self._index_date(answer)
            if any(c.isdigit() for c in answer):
                for actor in question.actors:
                    self._numbers_of[actor].append(answer)
                if not dated and sum(c.isdigit() for c in answer) > 1:  # "16", not "2" of anything
                    self._counts.add(_number_key(answer))

    def _index_date(self, answer: str) -> bool:
        """Keep a date answer by its day, month or year and by its decade; False for no date."""
        if (decade := _decade_of(answer)) is not None:
            self._decades[decade].append(answer)
        if (key := _date_key(answer)) is None:
            return False
        self._dates[key].append(answer)
        return True

    def fits(self, draft: Draft, own_sentence: bool = True) -> bool:
        """Not the same thing as a question taken, not from the sentence of another (one
        question a sentence; a question that draws on many sentences only needs its own
        facts), and no answer shown either way."""
        question = draft.question
        if any(words_of(a) in set(_runs(question.prompt)) for a in answers(question)):
            return False  # its own answer in its prompt
        if draft.key in self._keys or own_sentence and draft.sentences & self._sentences:
            return False
        if draft.answers_actor in self._actors_asked:
            return False  # one actor asked for twice: judges fail the second as the same fact
        if question.kind == "multiple_choice" and self._option_lists[frozenset(question.choices)] >= SAME_OPTIONS:
            return False  # a third "who" among the same three people: a class learns the list, not the story
        return not (self._shows_a_taken_answer(draft) or self._shows_its_answer(draft)
                    or self._asks_a_taken_date(question) or self._asks_a_taken_number(question))

    def _shows_a_taken_answer(self, draft: Draft) -> bool:
        """The draft states a taken question's answer: a name anywhere in its prompt, items or
        roles; another answer beside the same fact (words of that question's own prompt); a
        match pair beside each other (a name among options tells nothing)."""
        texts = draft.statements()
        for text in texts:
            for run in set(_runs(text)):
                if any(_beside_its_fact(text, asked, run) for asked in self._answers.get(run, ())):
                    return True
        return any(_states_a_pair(text, match) for text in texts for match in self._matches)

    def _shows_its_answer(self, draft: Draft) -> bool:
        """A taken question states the draft's answer, as above the other way round."""
        for answer in filter(_shown, _given_by(draft)):
            for _, text in self._shown.get(words_of(answer), ()):
                if _beside_its_fact(text, draft, words_of(answer)):
                    return True
        if draft.question.kind == "match":
            return any(_states_a_pair(text, draft) for entries in self._shown.values()
                       for _, text in entries)
        return False

    def _asks_a_taken_date(self, question: Question) -> bool:
        """Two questions keyed one date ("27 October 1989" for three market readings) ask
        one thing a student learns once."""
        for answer in answers(question):
            key = _date_key(answer)
            if key is not None and any(same_answer(answer, taken) and same_answer(taken, answer)
                                       for taken in self._dates.get(key, ())):
                return True
            # "the 1930s" beside "1932" (not two years of one decade)
            taken = self._decades.get(_decade_of(answer) or "", [])
            if any(DECADE.fullmatch(a.strip()) for a in (answer, *taken)) and taken:
                return True
        return False

    def _asks_a_taken_number(self, question: Question) -> bool:
        """One date or number asked twice in other words about one actor ("16 September 2026"
        and a blank for "Sept. 16"; "April 2025" and "7 April 2025"), or one figure asked twice
        about anyone ("16" dead and "16" bodies): one fact."""
        mine = [a for a in answers(question) if any(c.isdigit() for c in a)]
        if any(_number_key(a) in self._counts for a in mine if _date_key(a) is None):
            return True  # "At least _____ labourers died" and "How many bodies were retrieved?"
        return any(same_answer(a, b) or same_answer(b, a)
                   for actor in question.actors for b in self._numbers_of.get(actor, ())
                   for a in mine)


def _number_key(answer: str) -> str:
    """A figure as compared: "1,500" and "1500" are one."""
    return answer.replace(",", "").strip()


def _beside_its_fact(text: str, asked: Draft, answer: tuple[str, ...]) -> bool:
    """A name a blank or a "who" asks for is given away anywhere, and so is a number of three
    figures or more ("in 500m" gives away "the men's _____ meters"); another answer beside
    words of the question's own prompt, a date beside any one of them ("In December 2012, a
    jury convicted Ash ..." answers "When was Ash found guilty?")."""
    if asked.answers_actor is not None or len(answer) == 1 and DISTINCT_NUMBER.fullmatch(answer[0]):
        return True
    shared = len(content_words(text) & content_words(asked.question.prompt))
    return shared >= (1 if parse_typed_date(" ".join(answer)) else SAME_FACT_WORDS)


def _states_a_pair(text: str, match: Draft) -> bool:
    runs = set(_runs(text))
    return any(words_of(name) in runs and words_of(role)[:LONGEST_ANSWER] in runs
               for name, role in match.question.answer)
