"""Every rule of every decision table fires on its own example sentences and spares the others.

A rule that no longer does what its examples say fails here by name, with the sentence."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import quizapp.content
from quizapp.content import nlp
from quizapp.content.gate import SECOND_READING_OFF
from quizapp.content.rules import TABLES, all_examples

# every module of the engine, so that each registers its tables
for module in pkgutil.walk_packages(quizapp.content.__path__, "quizapp.content."):
    importlib.import_module(module.name)

EXAMPLES = all_examples(TABLES)


def test_every_rule_has_an_example():
    assert TABLES
    assert all(rule.fires for t in TABLES for rule in t.rules)


@pytest.mark.parametrize(
    "rules, rule, sentence, fires", EXAMPLES,
    ids=[f"{t.name.split(':')[0]}-{rule.name}-{'fires' if fires else 'spares'}-{n}"
         for n, (t, rule, _, fires) in enumerate(EXAMPLES)],
)
def test_rule_examples(rules, rule, sentence, fires):
    subject = rules.subject(nlp.load()(sentence))
    assert subject is not None, f"no subject for the {rules.name!r} table in {sentence!r}"
    assert rule(subject) == fires, f"{rule.name!r} {'should' if fires else 'should not'} fire on {sentence!r}"
    if rules.name.startswith(("parse faults", "line parse faults")):
        # the gate reads a text it did not find in the article as gate.Verdicts parses it
        second = rules.subject(nlp.load()(sentence, disable=SECOND_READING_OFF))
        assert rule(second) == fires, f"{rule.name!r} differs on a second reading of {sentence!r}"
