"""grade(question, answer) -> Result: pure, never raises on a learner's input."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from quizapp.content.types import Question, Result

EMPTY = Result(False, 0.0, "No answer was given.")


def grade(question: Question, answer: object) -> Result:
    """Score an answer: a string for single-answer kinds, a list for order, pairs for match."""
    if question.kind == "order":
        return _grade_order(question, answer)
    if question.kind == "match":
        return _grade_match(question, answer)
    if not isinstance(answer, str):
        return Result(False, 0.0, "Please give your answer as text.")
    if not answer.strip():
        return EMPTY
    if question.kind == "fill_blank":
        return _grade_blank(question, answer)
    return _grade_choice(question, answer)


def normalize(text: str) -> str:
    """Folded for comparing typed answers: case, accents, punctuation, spaces, a leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in decomposed if not unicodedata.combining(c))  # "Beltrán" = "Beltran"
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # "60,000" is "60000"
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", "", text)  # "W.H.O." is "WHO"; "1.5" keeps its point
    text = re.sub(r"[^\w\s.]", " ", text)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _grade_choice(question: Question, answer: str) -> Result:
    chosen = next((c for c in question.choices if c.strip() == answer.strip()), None)
    if chosen is None:
        return Result(False, 0.0, f"“{answer.strip()}” is not one of the options.")
    if chosen == question.answer:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, 0.0, f"Not quite: the answer is {question.answer}. {question.explanation}")


def _grade_blank(question: Question, answer: str) -> Result:
    right = {normalize(a) for a in (question.answer, *question.accepted)}
    if normalize(answer) and normalize(answer) in right:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, 0.0, f"Not quite: the answer is {question.answer}. {question.explanation}")


def _grade_order(question: Question, answer: object) -> Result:
    items = _strings(answer)
    if items is None:
        return Result(False, 0.0, "Please give the events as a list, earliest first.")
    if sorted(items) != sorted(question.answer):
        return Result(False, 0.0, "Please put every listed event in order, each exactly once.")
    # a pair of neighbours is right when the second event directly follows the first
    position = {item: n for n, item in enumerate(question.answer)}
    right = sum(position[b] == position[a] + 1 for a, b in zip(items, items[1:]))
    score = right / (len(items) - 1)
    if score == 1:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, score, f"{right} of {len(items) - 1} neighbouring pairs are in the right "
                                f"order. {question.explanation}")


def _grade_match(question: Question, answer: object) -> Result:
    pairs = _pairs(answer)
    lefts = [left for left, _ in question.answer]
    if pairs is None:
        return Result(False, 0.0, "Please give the answer as (name, role) pairs.")
    if sorted(left for left, _ in pairs) != sorted(lefts):
        return Result(False, 0.0, "Please match every name exactly once.")
    if any(right not in question.choices for _, right in pairs):
        return Result(False, 0.0, "Please use only the roles listed.")
    right = len(set(pairs) & set(question.answer))
    score = right / len(lefts)
    if score == 1:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, score, f"{right} of {len(lefts)} pairs are right. {question.explanation}")


def _strings(answer: object) -> list[str] | None:
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return None
    items = list(answer)
    return items if items and all(isinstance(i, str) for i in items) else None


def _pairs(answer: object) -> list[tuple[str, str]] | None:
    if isinstance(answer, str) or not isinstance(answer, Sequence) or not answer:
        return None
    pairs = []
    for row in answer:
        if not _is_pair(row):
            return None
        pairs.append((row[0], row[1]))
    return pairs


def _is_pair(row: object) -> bool:
    return (
        isinstance(row, Sequence) and not isinstance(row, str) and len(row) == 2
        and all(isinstance(x, str) for x in row)
    )
