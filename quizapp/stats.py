"""Quiz statistics after Moodle's (docs.moodle.org/en/Quiz_statistics_calculations), pure.

Input is first attempts only: each attempt maps question id -> score fraction 0..1; a question
missing from an attempt was not shown in it. Every question weighs the same in a total.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quizapp.content.scoring import normalize

Attempt = Mapping[str, float]


@dataclass(frozen=True)
class QuestionStats:
    question_id: str
    count: int  # attempts that showed the question
    facility: float | None  # mean score fraction 0..1; None when never shown
    discrimination: float | None  # -1..1 (Moodle shows it x100); None when undefined


@dataclass(frozen=True)
class ScoreBin:
    low: float
    high: float
    count: int

    @property
    def label(self) -> str:
        return f"{self.low:.0%}–{self.high:.0%}"


@dataclass(frozen=True)
class WrongAnswer:
    answer: str  # as the first learner typed it
    count: int


def facility_index(scores: Sequence[float]) -> float | None:
    """Mean score fraction: 1 is a question everyone got right. None without scores."""
    return sum(scores) / len(scores) if scores else None


def discrimination_index(
    item_scores: Sequence[float], rest_scores: Sequence[float]
) -> float | None:
    """Pearson correlation of a question's score with the score on the rest of the test.

    None when undefined: fewer than two attempts, or either side has the same value in all.
    """
    if len(item_scores) != len(rest_scores):
        raise ValueError("item_scores and rest_scores must have one entry per attempt")
    n = len(item_scores)
    if n < 2:
        return None
    item_mean = sum(item_scores) / n
    rest_mean = sum(rest_scores) / n
    covariance = sum((x - item_mean) * (y - rest_mean) for x, y in zip(item_scores, rest_scores))
    item_spread = sum((x - item_mean) ** 2 for x in item_scores)
    rest_spread = sum((y - rest_mean) ** 2 for y in rest_scores)
    if math.isclose(item_spread, 0, abs_tol=1e-12) or math.isclose(rest_spread, 0, abs_tol=1e-12):
        return None
    return covariance / math.sqrt(item_spread * rest_spread)


def question_stats(attempts: Iterable[Attempt]) -> list[QuestionStats]:
    """Count, facility and discrimination of every question, in order of first appearance."""
    attempts = list(attempts)
    question_ids = list(dict.fromkeys(qid for attempt in attempts for qid in attempt))
    stats = []
    for qid in question_ids:
        shown = [attempt for attempt in attempts if qid in attempt]
        item_scores = [attempt[qid] for attempt in shown]
        rest_scores = [sum(attempt.values()) - attempt[qid] for attempt in shown]
        stats.append(QuestionStats(
            question_id=qid,
            count=len(shown),
            facility=facility_index(item_scores),
            discrimination=discrimination_index(item_scores, rest_scores),
        ))
    return stats


def score_distribution(totals: Iterable[float], bins: int = 10) -> list[ScoreBin]:
    """How many attempts scored in each equal slice of 0..1; a full score counts in the top bin."""
    if bins < 1:
        raise ValueError("bins must be at least 1")
    counts = [0] * bins
    for total in totals:
        if not 0 <= total <= 1:
            raise ValueError(f"a total score fraction must be between 0 and 1, not {total}")
        # rounded first: a total of exactly 0.7 computed as 0.69999... belongs to 70-80%
        counts[min(math.floor(round(total * bins, 9)), bins - 1)] += 1
    return [ScoreBin(i / bins, (i + 1) / bins, count) for i, count in enumerate(counts)]


def common_wrong_answers(answers: Iterable[str], n: int = 3) -> list[WrongAnswer]:
    """The n most frequent wrong answers, counted after the grader's normalization.

    Ties keep the order in which the answers first came; blank answers are not counted.
    """
    counts: Counter[str] = Counter()
    first_spelling: dict[str, str] = {}
    for answer in answers:
        key = normalize(answer)
        if key:
            counts[key] += 1
            first_spelling.setdefault(key, answer.strip())
    return [WrongAnswer(first_spelling[key], count) for key, count in counts.most_common(n)]
