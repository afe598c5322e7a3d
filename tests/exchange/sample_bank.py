"""A bank with every question kind, written with the characters each format must escape."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from quizapp.content.types import Question
from quizapp.exchange import Bank, BankQuestion

DATA = Path(__file__).parent / "data"

# GIFT's control characters, XML's and HTML's, quotes, a backslash, non-ASCII letters and a
# no-break space (news texts have them)
AWKWARD = r"a~b=c#d{e}f:g\h <script>alert('x')</script> & \"Erbil\" — Kurdistan’s" + "\xa0KRG"


def _question(id: str, kind: str, prompt: str, choices, answer, **extra) -> Question:
    return Question(
        id=id, kind=kind, prompt=prompt, choices=tuple(choices), answer=answer,
        explanation=f"The article says so ({id}).", source=f"Source sentence of {id}.",
        event="e1", actors=("a1", "a2"), difficulty=0.37, **extra,
    )


def sample_bank() -> Bank:
    pairs = (("Mayor", "Dana Price"), ("Challenger", "Ray Holt"), ("Clerk", f"Lee {AWKWARD}"))
    items = ("The polls opened.", f"Counting {AWKWARD} began.", "The result was announced.")
    questions = [
        _question("mc1", "multiple_choice", f"Who won the {AWKWARD} vote?",
                  ["Ray Holt", "Dana Price", f"Lee {AWKWARD}"], "Dana Price"),
        _question("tf1", "true_false", "The vote took place in 2024: a city election.",
                  ["True", "False"], "False"),
        _question("tf2", "true_false", "Turnout rose.", ["True", "False"], "True"),
        _question("fb1", "fill_blank", "Fill in the blank: the mayor won _____ votes.", [],
                  "12,000", accepted=("12000", "twelve thousand")),
        _question("fb2", "fill_blank", f"Who announced the result? {AWKWARD}", [],
                  "The clerk"),
        _question("ord1", "order", "Put these events in the order they happened, earliest first.",
                  [items[2], items[0], items[1]], items),
        _question("match1", "match", "Match each name to its role in the article.",
                  [right for _, right in pairs[::-1]], pairs),
    ]
    return Bank(
        name="City election / week 3",
        tags=("civics", "elections"),
        questions=tuple(
            BankQuestion(question, tags=(f"kind:{question.kind}", "week 3"),
                         title=f"{question.kind} {AWKWARD}")
            for question in questions),
    )


def what_moodle_keeps(question: Question) -> Question:
    """The question as GIFT and Moodle XML bring it back: no source, event, actors or
    difficulty (JSON keeps those)."""
    return dataclasses.replace(question, source="", event=None, actors=(), difficulty=0.5)


def assert_same_questions(loaded: Bank, bank: Bank) -> None:
    assert len(loaded.questions) == len(bank.questions)
    for got, sent in zip(loaded.questions, bank.questions):
        expected = what_moodle_keeps(sent.question)
        if expected.kind in ("order", "match"):  # choices come back in a new shuffled order
            assert sorted(got.question.choices) == sorted(expected.choices)
            got_question = dataclasses.replace(got.question, choices=expected.choices)
        else:
            got_question = got.question
        assert got_question == expected
        assert got.tags == sent.tags
        assert got.title == sent.title
