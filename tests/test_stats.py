import math

import pytest

from quizapp.stats import (
    QuestionStats,
    ScoreBin,
    WrongAnswer,
    common_wrong_answers,
    discrimination_index,
    facility_index,
    question_stats,
    score_distribution,
)


def test_facility_is_the_mean_score_fraction():
    assert facility_index([1, 0, 0.5, 0.5]) == 0.5
    assert facility_index([1, 1]) == 1
    assert facility_index([]) is None


@pytest.mark.parametrize("items, rest, expected", [
    ([0, 0.5, 1], [1, 2, 3], 1.0),
    ([1, 0], [0, 1], -1.0),
    # by hand: item mean .5, rest mean .75, covariance sum -.5, spreads 1 and .75
    ([1, 1, 0, 0], [1, 0, 1, 1], -0.5 / math.sqrt(0.75)),
])
def test_discrimination_is_the_pearson_correlation(items, rest, expected):
    assert discrimination_index(items, rest) == pytest.approx(expected)


@pytest.mark.parametrize("items, rest", [
    ([], []),
    ([1], [3]),  # a single attempt
    ([1, 1, 1], [0, 1, 2]),  # everyone got the question right
    ([0, 1, 1], [2, 2, 2]),  # the rest of the test does not vary
])
def test_discrimination_undefined_is_none(items, rest):
    assert discrimination_index(items, rest) is None


def test_discrimination_needs_paired_scores():
    with pytest.raises(ValueError, match="one entry per attempt"):
        discrimination_index([1, 0], [1])


def test_question_stats_by_hand():
    attempts = [
        {"q1": 1, "q2": 1, "q3": 0},
        {"q1": 1, "q2": 0, "q3": 0},
        {"q1": 0, "q2": 0, "q3": 1},
        {"q1": 0, "q2": 1},  # q3 was not shown
    ]
    q1, q2, q3 = question_stats(attempts)
    # q1: items 1 1 0 0 against rest 1 0 1 1
    assert q1 == QuestionStats("q1", 4, 0.5, pytest.approx(-0.5 / math.sqrt(0.75)))
    # q2: items 1 0 0 1 against rest 1 1 1 0: covariance -.5, spreads 1 and .75
    assert q2 == QuestionStats("q2", 4, 0.5, pytest.approx(-0.5 / math.sqrt(0.75)))
    # q3: items 0 0 1 against rest 2 1 0: covariance -1, spreads 2/3 and 2
    assert q3 == QuestionStats("q3", 3, pytest.approx(1 / 3), pytest.approx(-1 / math.sqrt(4 / 3)))


def test_question_stats_good_question_discriminates_positively():
    attempts = [{"easy": 1, "good": 1, "x": 1}, {"easy": 1, "good": 0, "x": 0},
                {"easy": 1, "good": 1, "x": 0.5}]
    easy, good, _ = question_stats(attempts)
    assert easy.facility == 1 and easy.discrimination is None
    assert good.discrimination > 0.8


def test_question_stats_of_no_attempts():
    assert question_stats([]) == []


def test_score_distribution_bins():
    bins = score_distribution([0, 0.05, 0.1, 0.35, 0.7, 0.1 + 0.2 + 0.4, 0.99, 1.0], bins=10)
    assert [b.count for b in bins] == [2, 1, 0, 1, 0, 0, 0, 2, 0, 2]
    assert bins[0] == ScoreBin(0.0, 0.1, 2)
    assert bins[-1].label == "90%–100%"
    assert sum(b.count for b in bins) == 8


def test_score_distribution_empty_and_coarse():
    assert [b.count for b in score_distribution([], bins=4)] == [0, 0, 0, 0]
    assert [b.label for b in score_distribution([0.5], bins=2)] == ["0%–50%", "50%–100%"]


@pytest.mark.parametrize("totals, bins, message", [
    ([1.5], 10, "between 0 and 1"),
    ([-0.1], 10, "between 0 and 1"),
    ([0.5], 0, "at least 1"),
])
def test_score_distribution_bad_input(totals, bins, message):
    with pytest.raises(ValueError, match=message):
        score_distribution(totals, bins=bins)


def test_common_wrong_answers_are_normalized_and_counted():
    answers = ["Moscow", "moscow ", "The Kremlin", "Paris", "kremlin", "MOSCOW.", "", "Berlin"]
    assert common_wrong_answers(answers, n=3) == [
        WrongAnswer("Moscow", 3),
        WrongAnswer("The Kremlin", 2),
        WrongAnswer("Paris", 1),  # first of the answers given once
    ]
    assert common_wrong_answers([]) == []
