"""Question banks in and out of quizapp: Moodle GIFT, Moodle XML and quizapp's own JSON.

Each format module has `dump(bank) -> str` and `load(text) -> Bank`. JSON keeps everything;
GIFT and Moodle XML keep what Moodle can hold (see each module). A file that cannot be read
raises ExchangeError naming the question that failed; questions of kinds quizapp does not
have (numerical, essay...) are skipped and listed in `Bank.skipped`, each named by its title
and first words and with the reason, for the teacher's import report.
"""
from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from typing import get_args

from quizapp.content.questions.article import shuffled
from quizapp.content.types import Question, QuestionKind
from quizapp.text import storable

TRUE_FALSE_CHOICES = ("True", "False")
MULTIPLE_ANSWERS = "multiple-answer questions are not supported (one right answer only)"
BLANK = "_____"  # where a fill-in-the-blank prompt wants its answer, as Moodle writes it


class ExchangeError(ValueError):
    """A file that cannot be imported; the message names the failing line or question."""


class Skipped(Exception):
    """A question of a kind quizapp does not have: a loader notes it and goes on."""


@dataclass(frozen=True)
class BankQuestion:
    question: Question
    tags: tuple[str, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class SkippedQuestion:
    """A question of a file that quizapp does not take, named so the teacher finds it."""

    where: str  # "line 19" in a GIFT file, "question 5" in a Moodle XML one
    title: str  # its title in the file, if it has one
    start: str  # the first words of its text
    reason: str  # "numerical questions are not supported"

    def __str__(self) -> str:
        named = " ".join(filter(None, [f"“{self.title}”" if self.title else "", self.start]))
        return f"Skipped {self.where} ({named}): {self.reason}."


@dataclass(frozen=True)
class Bank:
    name: str
    tags: tuple[str, ...] = ()
    questions: tuple[BankQuestion, ...] = ()
    # what an import left out and why; never written by dump()
    skipped: tuple[SkippedQuestion, ...] = ()


def check_question(question: Question) -> None:
    """Raise ValueError saying what is wrong when a question cannot be asked as it stands."""
    if question.kind not in get_args(QuestionKind):
        raise ValueError(f"unknown question kind {question.kind!r}")
    _check_types(question)
    _check_ranges(question)
    rule, message = ANSWER_RULES[question.kind]
    if not rule(question.answer, question.choices):
        raise ValueError(message.format(answer=question.answer))
    if not all(storable(text) for text in _texts_of(question)):
        raise ValueError("it holds a control character (such as NUL) that cannot be stored")


def _check_types(question: Question) -> None:
    texts = (question.id, question.prompt, question.explanation, question.source)
    if not _is_texts(texts) or not isinstance(question.event, (str, type(None))):
        raise ValueError("id, prompt, explanation, source and event must be text")
    if not all(_is_texts(values) for values in (question.choices, question.accepted,
                                                question.actors)):
        raise ValueError("choices, accepted answers and actors must be lists of text")
    if not isinstance(question.difficulty, (int, float)):
        raise ValueError("difficulty must be a number")


def _check_ranges(question: Question) -> None:
    if not question.id or not question.prompt.strip():
        raise ValueError("the question has no id or no prompt")
    if not 0 <= question.difficulty <= 1:
        raise ValueError(f"difficulty must be between 0 and 1, not {question.difficulty}")
    if not 0 <= question.confidence <= 1:
        raise ValueError(f"confidence must be between 0 and 1, not {question.confidence}")


def _is_pairs(answer: object) -> bool:
    return isinstance(answer, tuple) and all(
        isinstance(pair, tuple) and len(pair) == 2 and _is_texts(pair) for pair in answer)


# kind -> (its answer and choices make sense, the message when not; {answer} is the answer)
ANSWER_RULES = {
    "multiple_choice": (
        lambda answer, choices: answer in choices and len(set(choices)) >= 2,
        "a multiple-choice question needs two options or more, one of them right"),
    "true_false": (
        lambda answer, choices: answer in TRUE_FALSE_CHOICES,
        "a true/false answer must be True or False, not {answer!r}"),
    "fill_blank": (
        lambda answer, choices: isinstance(answer, str) and bool(answer.strip()),
        "a fill-in-the-blank question needs its answer as text"),
    "order": (
        lambda answer, choices: (_is_texts(answer) and len(answer) >= 2
                                 and sorted(choices) == sorted(answer)),
        "an order question needs two items or more, its choices the same items"),
    "match": (
        lambda answer, choices: (_is_pairs(answer) and len(answer) >= 2
                                 and sorted(choices) == sorted(right for _, right in answer)),
        "a match question needs two pairs or more, its choices their right sides"),
}


def category_path(name: str) -> str:
    """Moodle's path of a top category in the course: "/" in a name is written "//"."""
    return f"$course$/top/{name.replace('/', '//')}"


def category_name(path: str) -> str:
    """The last category of a Moodle path: "$course$/top/Civics//History" -> "Civics/History"."""
    return path.replace("//", "\0").split("/")[-1].replace("\0", "/").strip()


def shuffled_for(prompt: str, items: tuple[str, ...]) -> tuple[str, ...]:
    """Items in an order that is not the answer's, the same every time for the same question."""
    return shuffled(items, random.Random(prompt))


def shorten(text: str, limit: int = 60) -> str:
    """The text on one line, cut to `limit` characters with an ellipsis when longer."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def html_to_text(markup: str) -> str:
    """Plain text of Moodle's HTML question texts: tags, scripts and styles dropped, entities
    decoded."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", markup)
    spaced = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>", " ", markup)
    return one_line(html.unescape(re.sub(r"<[^>]*>", "", spaced)))


def one_line(text: str) -> str:
    """Line breaks and indentation of a file as single spaces; no-break spaces are kept."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def _texts_of(question: Question) -> list[str]:
    """Every text of a question whose kinds check_question has checked."""
    answer = question.answer
    answers = [answer] if isinstance(answer, str) else [
        side for part in answer for side in ((part,) if isinstance(part, str) else part)]
    return [question.id, question.prompt, question.explanation, question.source,
            question.event or "", *question.choices, *question.accepted, *question.actors,
            *answers]


def _is_texts(values: object) -> bool:
    return isinstance(values, tuple) and all(isinstance(value, str) for value in values)
