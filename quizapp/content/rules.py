"""Decisions as tables of named rules, each with the example sentences it is made for.

A rule is a test over one thing of a parsed sentence (a date phrase, a verb, a name...); a table
is the rules of one decision, in the order they are tried, with the way to find that thing in
an example sentence. `tests/content/test_rules.py` parses every example of every table and
checks that its rule fires on the examples it lists under `fires` and not on those under
`spares`, so a rule and the sentences that justify it stay together and stay true.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterable, TypeVar

Subject = TypeVar("Subject")


@dataclass(frozen=True)
class Rule(Generic[Subject]):
    name: str
    test: Callable[[Subject], bool]
    fires: tuple[str, ...]  # example sentences where the rule applies
    spares: tuple[str, ...] = ()  # example sentences where it must not

    def __call__(self, subject: Subject) -> bool:
        return bool(self.test(subject))


@dataclass(frozen=True)
class RuleTable(Generic[Subject]):
    """The rules of one decision. `subject` finds, in a parsed example sentence (a spaCy Doc),
    the thing the rules are tested on; None when the sentence has none."""

    name: str
    rules: tuple[Rule[Subject], ...]
    subject: Callable[[Any], Subject | None] = field(repr=False)

    def first(self, subject: Subject) -> Rule[Subject] | None:
        """The first rule that fires on `subject`, or None."""
        return next((rule for rule in self.rules if rule(subject)), None)

    def fires(self, subject: Subject) -> bool:
        return self.first(subject) is not None


# The publication date that example sentences are read against.
EXAMPLES_PUBLISHED = dt.date(2016, 11, 8)

# Every table, for the test that runs their examples; a module registers its tables on import.
TABLES: list[RuleTable] = []


def table(name: str, subject: Callable[[Any], Any], *rules: Rule) -> RuleTable:
    """A table, registered for the examples test."""
    made = RuleTable(name, tuple(rules), subject)
    TABLES.append(made)
    return made


def all_examples(tables: Iterable[RuleTable]) -> list[tuple[RuleTable, Rule, str, bool]]:
    """(table, rule, sentence, should fire) for every example of every rule."""
    return [
        (t, rule, sentence, expected)
        for t in tables
        for rule in t.rules
        for expected, sentences in ((True, rule.fires), (False, rule.spares))
        for sentence in sentences
    ]
