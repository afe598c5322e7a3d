"""Counted numbers in body sentences: "just 4,500 people", "as many as 1.5 million people"."""
from __future__ import annotations

import re
from itertools import combinations
from typing import Sequence

from quizapp.content.actors import ActorIndex
from quizapp.content.clauses import clause_of
from quizapp.content.clauses.parts import title_tokens
from quizapp.content.clauses.text import quoted
from quizapp.content.clauses.verbs import governing_verb, is_planned
from quizapp.content.timex.lexicon import NUMBER_WORDS
from quizapp.content.types import Quantity

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
MEASURES = {"MONEY": "money", "PERCENT": "per cent"}  # entity label -> the unit they measure
NUMBER = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def find_quantities(parsed: Sequence, index: ActorIndex) -> list[Quantity]:
    """Numbers of two or more that count a plural noun, with the words that qualify them
    and the clause they stand in; and sums of money and percentages, for blanks."""
    found = []
    for position, item in enumerate(parsed):
        doc, text = item.doc, item.doc.text  # Doc.text joins every token again on each call
        for token in doc:
            if quoted(text, token.idx):
                continue  # "I ran a class of 30 teenagers": a figure of speech in a quote
            if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS") and not _a_years_name(token) and (
                    token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL")):
                found += _count(token, item, index, position)
            elif token.ent_type_ in MEASURES and token.ent_iob_ == "B":
                found += _measure(token, item)
            elif _a_timed_result(token):
                found.append(Quantity(f"{token.text} {token.nbor(1).text}", float(token.text), "seconds",
                                      item.sentence.text, item.sentence.index, None, measure="time"))
    return found


def _a_years_name(token) -> bool:
    """ "the 2021 Lakeport Music Awards": a year in a name counts nothing (not "2000 Americans")."""
    return (token.head.tag_ == "NNPS" and token.i > 0 and token.nbor(-1).lower_ == "the"
            and re.fullmatch(r"(?:1[5-9]|20)\d\d", token.text) is not None)


def _a_timed_result(token) -> bool:
    """ "a time of 9.69 seconds": a time to the hundredth of a second is a result, not a
    date's span (asked only as a blank)."""
    return (re.fullmatch(r"\d+\.\d\d?", token.text) is not None and token.i + 1 < len(token.doc)
            and token.nbor(1).lower_ in ("seconds", "second"))


def _count(token, item, index, position) -> list[Quantity]:
    doc, sentence = item.doc, item.sentence
    value = _value(token)
    noun = token.head
    if value is None or value < 2 or _a_ranking(noun) or _told_by_its_parts(token, value):
        return []
    start = min(t.i for t in token.subtree)
    words = sentence.text[doc[start].idx : noun.idx + len(noun)]
    verb = governing_verb(doc[noun.i : noun.i + 1])
    if verb is not None and verb.dep_ == "acl" and any(
        is_planned(t) for t in doc if t.dep_ in ("ROOT", "xcomp")
    ):
        verb = None  # "a trial involving 20,000 birds is due to start": not yet
    clause = None
    if verb is not None:
        clause, _ = clause_of(verb, title_tokens(index, position, doc), sentence.text, index,
                              position)
    return [Quantity(words, value, noun.text, sentence.text, sentence.index, clause)]


def _told_by_its_parts(token, value: float) -> bool:
    """ "10 people died, including two confirmed and eight probable cases": two other numbers
    of the sentence add up to it, and give it away."""
    parts = [n for t in token.doc if t.i != token.i and t.like_num and (n := _plain_number(t.lower_)) is not None]
    return any(a + b == value for a, b in combinations(parts, 2))


def _plain_number(word: str) -> float | None:
    if NUMBER.match(word):
        return float(word.replace(",", ""))
    return NUMBER_WORDS.get(word)


def _a_ranking(noun) -> bool:
    """ "its 50 largest creditors", "the top 10 teams": the length of a list, a convention of
    whoever drew it up, not a fact of the story."""
    return any(c.tag_ == "JJS" or c.lower_ == "top" for c in noun.children if c.dep_ in ("amod", "advmod"))


def _measure(token, item) -> list[Quantity]:
    """ "$612 million", "42%": a sum or a share, asked only as a blank (no "how many")."""
    entity = next(e for e in item.doc.ents if e.start == token.i)
    number = next((t for t in entity if NUMBER.match(t.text)), None)
    value = None if number is None else _value(number)
    if value is None:
        return []
    words = item.sentence.text[entity.start_char : entity.end_char]
    return [Quantity(words, value, MEASURES[token.ent_type_], item.sentence.text,
                     item.sentence.index, None, measure=token.ent_type_.lower())]


def _a_range(token) -> bool:
    """ "six to 10 homes", "20-30 people": neither end is the figure (nor is "one-eighth" a
    range)."""
    return any(t.i > 0 and t.i + 1 < len(t.doc) and _ends_of_a_range(t.nbor(-1), t, t.nbor(1))
               for t in token.subtree)


def _ends_of_a_range(before, link, after) -> bool:
    if link.lower_ in ("to", "or"):
        return before.like_num and after.like_num
    return link.text in ("-", "–") and before.text[-1:].isdigit() and after.text[:1].isdigit()


def _value(token) -> float | None:
    """60,000 -> 60000; "1.5 million" -> 1.5e6; words and ranges are left alone."""
    number = next((t for t in token.subtree if NUMBER.match(t.text)), None)
    if number is None or _a_range(token):
        return None
    value = float(number.text.replace(",", ""))
    scale = next((SCALES[t.lower_] for t in token.subtree if t.lower_ in SCALES), 1)
    return value * scale
