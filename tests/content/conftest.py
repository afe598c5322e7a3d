"""Helpers for engine tests: parse small texts the way the pipeline does."""
from __future__ import annotations

import pytest

from quizapp.content import nlp
from quizapp.content.clean import clean, normalize, sentences
from quizapp.content.events import ParsedSentence


@pytest.fixture(scope="session")
def parse():
    """parse(text) -> [ParsedSentence], through the real cleaning and the real model."""
    model = nlp.load()

    def _parse(text: str) -> list[ParsedSentence]:
        body = sentences(clean(text, title=""))
        return [ParsedSentence(s, doc) for s, doc in zip(body, model.pipe(normalize(s.text) for s in body))]

    return _parse
