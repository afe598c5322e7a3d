"""The fact inventory: who did what, when, where and how many (who holds which post is asked only
in the match question).

A fact is asked at most once in a set, whatever the kind of question, so a fact told twice
(a headline restated in the body, a number said again) is one fact. Each fact carries how much
it matters to the story: the lead and the headline's facts first, background last.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal, Sequence

from quizapp.content.lexicon import MEASURE_UNITS, SIZED_PLACES
from quizapp.content.rules import Rule, table
from quizapp.content.timex.lexicon import NUMBER_WORDS
from quizapp.content.timex.patterns import APPROXIMATELY
from quizapp.content.types import Event, Quantity, Statement

FactKind = Literal["event", "statement", "quantity"]
# words of a headline that say nothing of its facts
HEADLINE_STOPWORDS = frozenset("""a an the of in on at to for from by with and or but as is are was
were be been has have had will would it its their his her after before over under into says
said new""".split())
BUSY_WITH_NUMBERS = 3  # a sentence with this many numbers lists figures (market reports)
# "up from 886 million"; "twenty cents higher than the state's average of $2.80": each figure
# gives the other away
COMPARED = re.compile(rf"\b(?:up|down) from\b|\bcompared with\b|(?:\d|\b(?:{'|'.join(NUMBER_WORDS)}))\S*"
                      r"(?:\s+(?:%|percent|per cent|cents?|pence|points?|dollars?|euros?))?"
                      r"\s+(?:higher|lower|more|less|cheaper|dearer|greater|fewer|above|below) than\b[^.;]{0,40}?\d", re.I)
# "600 million francs ($100 million)", "1,000 miles (1,600 kilometres)", "45 billion yen (NZ
# $633 million)", "300 feet, or 90 meters": one number gives the other
_UNIT = rf"(?:square\s+)?(?:{'|'.join(sorted(MEASURE_UNITS))})\b"
CONVERTED = re.compile(rf"\d[^()]{{0,25}}\(\s*(?:{APPROXIMATELY}\s+)?(?:(?:[A-Z]{{1,3}} ?)?[$€£]?\d"
                       rf"|(?:{'|'.join(NUMBER_WORDS)})\s+{_UNIT})"
                       rf"|\d[\d,.]*\s*{_UNIT},?\s+or\s+(?:{APPROXIMATELY}\s+)?\d[\d,.]*\s*{_UNIT}")
# "is survived by his wife, two brothers and 10 grandchildren": judges fail the count as trivia
SURVIVED_BY = re.compile(r"\bsurvived by\b|\bsurvivors include\b", re.I)
# "a film must open in 1,000 theatres to count as wide release": a rule, not the story
GENERAL = re.compile(r"\b(?:a|an|any|every)\s+[a-z]+\s+(?:must|should|has to|needs to)\b")
# "Ferry disasters are common in Bangladesh, which has about 230 rivers": the wire's paragraph of
# what often happens there (judges failed its figures as background in three stories of three)
COMMON_THERE = re.compile(r"\b(?:are|is)\s+(?:(?:very|all too|fairly|relatively)\s+)?(?:common|frequent|commonplace)"
                          r"\s+(?:in|on|at|across|along)\b(?!.*\b(?:study|survey|research|found|finds)\b)")

# "Lakeland, home to more than 260 million people": a place's population is the wire's background
# (judges failed it in three stories of three), whatever else the sentence tells
POPULATION = re.compile(
    rf"\b(?:home to|population of|(?:a|an)\s+(?:[a-z-]+\s+)?(?:{'|'.join(SIZED_PLACES)})\s+of)\s+"
    r"(?:[a-z]+\s+){0,2}[\d,.]+\s*(?:million|billion|thousand)?\s+(?:people|inhabitants|residents)\b", re.I)


# "in front of 12,000 fans": the size of a crowd is a detail of the day (judges: trivia)
CROWD_WORDS = frozenset({"fans", "spectators", "supporters", "onlookers"})


@dataclass(frozen=True)
class Fact:
    id: str
    kind: FactKind
    about: Event | Statement | Quantity
    sentence_index: int  # the sentence it is told in
    importance: float  # 0..1: the lead and the headline's facts are worth most


def inventory(events: Sequence[Event], statements: Sequence[Statement],
              quantities: Sequence[Quantity], title: str | None = None) -> list[Fact]:
    """Every distinct fact, most important first."""
    headline = _content_words(title or "")
    facts = [
        *_distinct(Fact(e.id, "event", e, e.sentence_index, _importance(e.sentence_index, e.sentence, headline))
                   for e in events if not _background(e.sentence)),
        *_distinct(Fact(f"s{s.sentence_index}", "statement", s, s.sentence_index,
                        _importance(s.sentence_index, s.sentence, headline) - 0.1)
                   for s in statements if not _background(s.sentence)),
        *_distinct(Fact(f"n{n}", "quantity", q, q.sentence_index,
                        _importance(q.sentence_index, q.sentence, headline))
                   for n, q in enumerate(quantities)
                   if not _background(q.sentence) and not _a_population(q) and q.unit not in CROWD_WORDS),
    ]
    return sorted(facts, key=lambda f: -f.importance)


def fact_keys(fact: Fact) -> list[tuple]:
    """Two facts that share a key are one fact told twice: the same doing, or one actor's
    doings of one day or month ("A jury convicted Ash in December" and "Ash was found guilty
    in December": judges failed the second question as a repeat; a year holds many doings)."""
    keys = [_fact_key(fact)]
    about = fact.about
    if fact.kind == "event" and about.when.kind == "point" and about.when.date.precision in ("day", "month"):
        clause = about.clause
        who = clause.subject_actor if clause is not None and clause.subject_actor else next(iter(about.actors), None)
        if who is not None:
            keys.append(("on", about.when.date.value, who))
    return keys


def _fact_key(fact: Fact) -> tuple:
    about = fact.about
    if fact.kind == "quantity":
        scale = round(math.log10(about.value) * 10) if about.value > 0 else 0
        return ("quantity", about.unit, scale)  # "more than 3,000 kg" and "about 3,100 kg"
    clause = getattr(about, "clause", None)
    if fact.kind in ("event", "statement") and clause is not None and clause.subject_actor:
        return ("did", clause.subject_actor, clause.lemma, clause.rest.lower()[:30])
    return (fact.kind, fact.id)


def _distinct(facts) -> list[Fact]:
    """The first telling of each fact (the article's order: the lead before the body)."""
    seen, kept = set(), []
    for fact in sorted(facts, key=lambda f: (f.sentence_index or 0)):
        keys = fact_keys(fact)
        if seen.isdisjoint(keys):
            kept.append(fact)
        seen.update(keys)
    return kept


def _importance(sentence_index: int, sentence: str, headline: set[str]) -> float:
    """The lead first, background last; a sentence that tells the headline is worth more."""
    place = max(0.4, 1.0 - 0.04 * sentence_index)
    told = len(headline & _content_words(sentence))
    return min(1.0, place + (0.15 if told >= 2 else 0.0))


BACKGROUND = table(
    "background: a sentence whose facts are not the story's", lambda doc: doc.text,
    Rule("a sentence of figures", lambda text: len(re.findall(r"\d[\d,.]*", text)) >= BUSY_WITH_NUMBERS,
         fires=("The index fell 5 to 286 on 14 million shares traded.",),
         spares=("Volume was 14 million shares.",)),
    Rule("a figure beside the one it is compared with", lambda text: COMPARED.search(text) is not None,
         fires=("Volume was 1.3 billion shares, up from 886 million.",
                "Prices top $3.00 a gallon, twenty cents higher than the state's average of $2.80.",
                "The plane carried 192 passengers, 20 more than its limit of 172."),
         spares=("Rail systems carry more than 13 million passengers a day.",
                 "Sales were 5% higher than a year earlier.")),
    Rule("a figure given again in other units", lambda text: CONVERTED.search(text) is not None,
         fires=("The pipeline runs 1,000 miles (1,600 kilometres).",
                "Japan pledged 45 billion yen (NZ $633 million) in aid.",
                "The van slid about 300 feet, or 90 meters, down the slope.",
                "The probe will circle just 15km (nine miles) above the surface."),
         spares=("The pipeline runs 1,000 miles.", "The van slid 300 feet, or about a third of the way.",
                 "Turnout was 4 million voters, or 40 percent of the roll.",
                 "It earned $512 million, or 41 cents a share.", "Fines are 500 euros, or 30 days in jail.",
                 "About 1,500 runners, or 300 more than last year, took part.")),
    Rule("the family an obituary leaves", lambda text: SURVIVED_BY.search(text) is not None,
         fires=("Tom Ash died Sunday and is survived by his wife, three sons and 10 grandchildren.",
                "Survivors include two daughters and five grandchildren."),
         spares=("Tom Ash survived the crash that killed 10 people.",)),
    Rule("a general rule, no news", lambda text: GENERAL.search(text) is not None,
         fires=("To count as a wide release, a film must open in 1,000 theatres.",),
         spares=("The film opened in 1,000 theatres.",)),
    Rule("what often happens there, no news", lambda text: COMMON_THERE.search(text) is not None,
         fires=("Ferry disasters are common in Bangladesh, which has about 230 rivers.",
                "Fires are all too common in the factories of the $20 billion garment industry."),
         spares=("The ferry capsized on a river in Bangladesh with 200 people on board.",
                 "A common cold kept 30 pupils at home.",
                 "Depression is common in new mothers, a study of 10,000 women found.")),
)


def _a_population(quantity: Quantity) -> bool:
    """ "more than 260 million people" of "Lakeland, home to more than 260 million people"."""
    return any(quantity.text in found.group() for found in POPULATION.finditer(quantity.sentence))


def _background(sentence: str) -> bool:
    """Its numbers are trivia, or give each other away; a general rule is no news."""
    return BACKGROUND.fires(sentence)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in HEADLINE_STOPWORDS}
