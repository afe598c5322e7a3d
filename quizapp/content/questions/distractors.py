"""Wrong options of the answer's own type that the article does not make true.

Each function returns the distractors only (possibly fewer than asked for; the caller skips a
question that has too few) and never an option equal to the answer in case or punctuation.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Iterable

from quizapp.content.actors.kinds import SURE
from quizapp.content.actors.names import initials
from quizapp.content.dates import describe
from quizapp.content.gazetteer import REGIONS, is_city, is_us_state, its_people_named, name_key
from quizapp.content.lexicon import BENCH_ROLES, CHAMBER_HEADS, NEWS_HEADS, PLAYER_ROLES
from quizapp.content.questions.article import Article, overlaps
from quizapp.content.questions.wording import find_actor_name, mentions, usable
from quizapp.content.types import Actor, Event, PartialDate, Statement

WANTED = 3
ERA_YEARS = {"day": 0, "month": 1, "year": 10}  # how far an option's year may sit, by precision
# how far a made-up date may sit from the answer, by precision
DATE_STEPS = {"year": (1, 2, 3, 4, -1, -2, -3, -4), "month": (1, 2, 3, -1, -2, -3),
              "day": (2, 4, 7, -2, -4, -7), "decade": (10, 20, -10, -20)}
COUNT_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
YEAR = re.compile(r"^\d{4}$")
# a pronoun, or a sport's category ("won the women's race", "the first male champion")
GENDER_WORDS = {"female": re.compile(r"\b(?:she|her|hers|herself|women['’]s|ladies['’]|girls['’]"
                                     r"|first (?:[\w-]+ ){0,3}female)(?!\w)", re.I),
                "male": re.compile(r"\b(?:he|his|him|himself|men['’]s|boys['’]|first (?:[\w-]+ ){0,3}male)(?!\w)", re.I)}
DURATION = re.compile(
    rf"^(?P<lead>(?:[a-z]+ )*?)(?P<count>\d+|{'|'.join(COUNT_WORDS[1:])}) "
    r"(?P<unit>day|week|month|year|decade)s?$", re.I)


def fold(text: str) -> str:
    """Options that differ only in case, punctuation or a leading "the" are the same option."""
    return name_key(re.sub(r"[^\w\s]", "", text))


def actors(article: Article, answer: Actor, event: Event | Statement | None,
           prompt: str) -> list[str]:
    """Other actors of the article, of the answer's kind, who did not do this (the event or
    statement, if any): a country from a list ("Mongolia" in a story about Australia) gives the
    answer away."""
    taken = (article.doers_of(event) if event else set()) | {answer.id}
    year = _year_of(article, event)
    own = sorted(a.name for a in article.actors.values()
                 if a.id not in taken and _stands_in(article, a, answer, prompt) and not _named_beside(event, a)
                 and not (year and a.kind == "person" and _of_another_era(article, a, year)))
    own = [name for name in own if not _part_of_another(name, [*own, answer.name])]
    own = [name for i, name in enumerate(own) if not any(_twins(name, other) for other in [*own[:i], answer.name])]
    return article.rng.sample(own, min(WANTED, len(own)))


def _twins(name: str, other: str) -> bool:
    """ "Chris Ash" and "Christopher Ash", "T. Ash" and "Tom Ash": one person under a short
    given name, offered twice (not "Eva Ash" and "Evan Ash": a short name of four letters or
    more, or an initial)."""
    first, *_, last = name.split() if " " in name else ("", "")
    other_first, *_, other_last = other.split() if " " in other else ("", "")
    short, long = sorted((first, other_first), key=len)
    cut = short.endswith(".") or len(short) >= 4
    return bool(short) and last == other_last and short != long and cut and long.startswith(short.rstrip("."))


def _part_of_another(name: str, names: list[str]) -> bool:
    """ "Maada Bio" beside "Julius Maada Bio", "Ana Maria" beside "Ana Maria Costa", "Amtek"
    beside "Amtek Holdings": one actor, whom the story left as two, offered twice."""
    return any(other.endswith(" " + name) or other.startswith(name + " ") for other in names)


def _named_beside(event: Event | Statement | None, other: Actor) -> bool:
    """Named in the answer's own sentence, by a name as written ("May", not "may"): the other
    party to what it did, an absurd option ("Who pledged to stand united against Lakeport?"
    offering Lakeport's leader), or its partner in it, a right one too ("voted for Tom Ash and
    his running mate Ana Costa"). Judges of the tuning and fresh sets failed 15 of 24 "who"
    questions with such an option, and 54 of 124 without; the swapped name of a true/false
    statement is chosen alike."""
    return event is not None and any(find_actor_name(event.sentence, name) for name in other.names)


OTHER_ERA_YEARS = 20  # a person the story dates only this far from the question's time is of another era


def _year_of(article: Article, event: Event | Statement | None) -> int | None:
    """The question's year: its event's, or (an undated fact) the story's."""
    if isinstance(event, Event) and event.when.date.year:
        return event.when.date.year
    return article.published.year if article.published else None


def _of_another_era(article: Article, person: Actor, year: int) -> bool:
    """Every event the story dates for the person lies decades from the question's year: the
    record holders of 1912 and 1968 are no options for "Who failed to qualify for the 100 metre
    final?" in 2008. A person the story dates nothing for is of the story's own time: a boy in
    the news in 2000 is no option for "In 1961, who arrived in Lakeport?"."""
    years = [e.when.date.year for e in article.dated if person.id in e.actors and e.when.date.year]
    if not years and article.published:
        years = [article.published.year]
    return bool(years) and all(abs(y - year) >= OTHER_ERA_YEARS for y in years)


def _stands_in(article: Article, other: Actor, answer: Actor, prompt: str) -> bool:
    """An actor surely of the answer's kind, not part of it, not in the prompt, nor written
    beside the answer as its twin."""
    # a company offered among people is a joke
    return (other.kind == answer.kind and other.kind_confidence >= SURE
            and not _related(other, answer)
            # an organization or place named once is often the model's slip ("Fahrenheit")
            and (other.kind in ("person", "country") or other.mentions > 1)
            and name_key(other.name) not in REGIONS
            and not _named_in(prompt, other) and not _written_together(article, other, answer)
            and _fits_pronouns(other, answer, prompt) and _named_alike(other, answer)
            and not _bench_and_pitch(other, answer) and _a_chamber(other) == _a_chamber(answer)
            and _news_outlet(other) == _news_outlet(answer)
            and not _a_state_and_a_city(other, answer))


def _named_in(prompt: str, other: Actor) -> bool:
    """The prompt names the actor, in full or by one of its names, or its family: "Who posted a
    photograph of himself with Michael?" cannot offer "Michael Lippman", nor "Who testified
    against the McDonnells?" "Robert McDonnell"."""
    return any(mentions(prompt, word) or mentions(prompt, word + "s")
               for word in other.name.split() if word[:1].isupper() and len(word) > 2) or (
        other.kind == "country" and its_people_named(other.name, prompt)  # not Lakeland for "the Lakelandian leader"
    ) or any(mentions(prompt, alias) for alias in other.aliases if alias.isupper())  # "US beef": not the US


def _named_alike(other: Actor, answer: Actor) -> bool:
    """People are all named in full, or all by one name: "Bush" stands out among "Dick Cheney"
    and "Saddam Hussein" (judges fail it as a give-away)."""
    return answer.kind != "person" or (" " in other.name) == (" " in answer.name)


def _bench_and_pitch(other: Actor, answer: Actor) -> bool:
    """One is a manager, a coach or a referee, the other a player (or someone the story gives
    no role): "Who scored in the 67th minute?" cannot offer the other side's boss (judges
    failed it). Outside sport a "fund manager" is kept from people without a role too: a
    question loses an option, never its sense."""
    return (_role_words(other) & BENCH_ROLES and _plays(answer)
            or _role_words(answer) & BENCH_ROLES and _plays(other))


def _a_state_and_a_city(a: Actor, b: Actor) -> bool:
    """One a US state, the other a city ("Ohio" among "Lakeport" and "Boston"): a class
    rules the odd one out."""
    return a.kind == b.kind == "place" and {_a_state(a.name), _a_state(b.name)} == {True, False} and (
        is_city(b.name) if _a_state(a.name) else is_city(a.name))


def _a_state(name: str) -> bool:
    """A US state, not also a city ("Washington")."""
    return is_us_state(name) and not is_city(name)


def _a_chamber(actor: Actor) -> bool:
    """A house of a parliament: its name's head word, before any "of" ("House of Representatives")."""
    head = re.split(r" (?:of|for) ", actor.name)[0].split()[-1].lower()
    # "House of Representatives", not "White House"
    return actor.kind != "person" and head in CHAMBER_HEADS and (head != "house" or " of " in actor.name)


def _news_outlet(actor: Actor) -> bool:
    """ "Which organization reported ...?" of a paper: other papers are the choices, not a
    prosecutor's office or a party."""
    return actor.kind == "organization" and actor.name.split()[-1].lower() in NEWS_HEADS


def _plays(person: Actor) -> bool:
    return person.role is None or bool(_role_words(person) & PLAYER_ROLES)


def _role_words(actor: Actor) -> set[str]:
    return set(re.findall(r"[a-z]+", (actor.role or "").lower()))


def _fits_pronouns(other: Actor, answer: Actor, prompt: str) -> bool:
    """A prompt that says "her" or "his" takes a person of the answer's gender only: "David
    Webb died at her home" is false by its grammar, not by the article; so does one that asks
    who won "the women's category"."""
    said = {gender for gender, words in GENDER_WORDS.items() if words.search(prompt)}
    if answer.kind != "person" or not said:
        return True
    return other.gender == answer.gender if answer.gender else other.gender in said


def date_pool(article: Article, event: Event) -> list[PartialDate]:
    """Dates of the answer's precision around it, the answer included, in order: up to three
    on each side that the article does not make true, the nearest first."""
    answer = event.when.date
    candidates = _possible_dates(article, event, [*_dates_like(article, answer),
                                                  *(d for d in nearby_dates(answer) if d is not None)])
    key = answer.sort_key()
    before = sorted((d for d in candidates if d.sort_key() < key), key=lambda d: d.sort_key())[-WANTED:]
    after = sorted((d for d in candidates if d.sort_key() > key), key=lambda d: d.sort_key())[:WANTED]
    return [*before, answer, *after]


def _dates_like(article: Article, answer: PartialDate) -> list[PartialDate]:
    """The article's own dates of the answer's precision and era, "1 November" with "5
    November", as precise as the answer."""
    return [PartialDate(e.when.date.value, answer.precision, answer.inferred)
            for e in article.events
            if e.when.date.precision == answer.precision and e.when.kind == "point"
            and (e.when.date.year is None) == (answer.year is None) and _same_era(e.when.date, answer)]


def _possible_dates(article: Article, event: Event, dates: Iterable[PartialDate]) -> list[PartialDate]:
    """The dates, each once, that are not the answer, that the article does not make true as
    well, and that are not still to come when it was published."""
    fitting = article.dates_of_same_action(event)
    seen, found = {describe(event.when.date)}, []
    for date in dates:
        if (describe(date) not in seen and not any(overlaps(date, f) for f in fitting)
                and not _after(date, article.published)):
            seen.add(describe(date))
            found.append(date)
    return found


def number_pool(answer: str) -> list[str]:
    """Evenly spaced numbers around the answer, the answer included, ascending: up to three on
    each side, none below a third of it ("1 engineer" beside 25 is absurd)."""
    value, scale_word = parse_number(answer)
    step = _step(value, decimals=_decimals(answer))
    pool = []
    for rung in range(-WANTED, WANTED + 1):
        number = round(value + rung * step, 6)
        if number < value / 3 and rung:
            continue
        text = answer if not rung else format_number(number, scale_word, like=answer)
        if text and (not rung or fold(text) != fold(answer)):
            pool.append(text)
    return pool


def nearby_numbers(answer: str, place: int = 1) -> list[str]:
    """Evenly spaced numbers around the answer, which stands `place` steps from the smallest
    (fewer if the ladder would reach zero): halves and doubles would show which option the
    others were made from."""
    value, scale_word = parse_number(answer)
    step = _step(value, decimals=_decimals(answer))
    # the smallest option no less than a third of the answer: "1 engineer" beside 25 is absurd
    place = max(0, min(place, math.ceil(value / step) - 1, int(value * 2 / 3 / step)))
    options = []
    for rung in range(-place, WANTED + 1 - place):
        text = format_number(round(value + rung * step, 6), scale_word, like=answer)
        if rung and text and fold(text) != fold(answer):
            options.append(text)
    return options


def durations(article: Article, answer: str) -> list[str]:
    """Other spans for "How long"/"Since when": "almost two years" -> "almost three years",
    2012 -> 2010 (not 2016 in a story of 2014)."""
    if YEAR.match(answer):
        years = (str(int(answer) + step) for step in DATE_STEPS["year"])
        options = [year for year in years if not _after(PartialDate(year, "year"), article.published)]
    else:
        match = DURATION.match(answer)
        if match is None:
            return []
        count = _count(match["count"])
        counts = [count + step for step in (-2, -1, 1, 2, 3) if count + step > 0]
        options = [_with_count(match, n) for n in counts]
    return article.rng.sample(options, min(WANTED, len(options)))


def span_length(text: str) -> int:
    """Sorting key of durations() options: the year, or the count of units."""
    match = DURATION.match(text)
    return _count(match["count"]) if match else int(text)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS.index(word.lower())


def _with_count(match: re.Match, count: int) -> str:
    written = str(count) if match["count"].isdigit() else COUNT_WORDS[count]
    unit = match["unit"] + ("" if count == 1 else "s")
    return f"{match['lead']}{written} {unit}"


def events(article: Article, answer: Event) -> list[Event]:
    """Other events that did not happen at the answer's date, with a distinct summary."""
    others = [
        e for e in article.events
        if e.id != answer.id and usable(e.clause) and e.when.kind == "point"
        and not overlaps(e.when.date, answer.when.date)
        and fold(e.summary) != fold(answer.summary)
    ]
    unique = list({fold(e.summary): e for e in others}.values())
    return article.rng.sample(unique, min(WANTED, len(unique)))


def _same_era(date: PartialDate, answer: PartialDate) -> bool:
    """Within a decade of the answer (2023 among 1973, 1974 and 1977 is the odd one out); a
    day within its year, a month within a year of it (13 March 2024 among days of January 2020
    is the odd one out)."""
    years = ERA_YEARS.get(answer.precision, ERA_YEARS["year"])
    return date.year is None or answer.year is None or abs(date.year - answer.year) <= years


def parse_number(text: str) -> tuple[float, str]:
    """ "1.5 million" -> (1.5, "million"); "60,000" -> (60000.0, "")."""
    number, _, scale_word = text.partition(" ")
    return float(number.replace(",", "")), scale_word.lower()


def format_number(value: float, scale_word: str, like: str) -> str | None:
    """`value` written as `like` is: its decimals, its thousands separator, its scale word."""
    if value <= 0:
        return None
    digits = f"{value:,.{_decimals(like)}f}"
    if "," not in like.split()[0]:
        digits = digits.replace(",", "")
    return f"{digits} {scale_word}".strip()


def _step(value: float, decimals: int) -> float:
    """About a third of the value, at one significant figure ("60,000" -> 20,000), and no
    finer than the answer is written ("1.5 million" -> 0.5, "11" -> 4)."""
    raw = value / 3
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = max(round(raw / magnitude) * magnitude, 10 ** -decimals)
    unit = _roundness(value)  # 20 among 13, 27 and 34 stands out: 10, 30, 40
    return step if unit == 1 else max(unit, round(step / unit) * unit)


def _roundness(value: float) -> int:
    """The largest of 5, 10, 50, 100... that a whole number is a multiple of (1 if none):
    options are as round as the answer."""
    if value != int(value):
        return 1
    return max((u for k in range(12) for u in (5 * 10 ** k, 10 ** (k + 1)) if u < value and value % u == 0),
               default=1)


def _decimals(number: str) -> int:
    digits = number.split()[0]
    return len(digits.partition(".")[2])


def nearby_dates(date: PartialDate) -> list[PartialDate | None]:
    """The date moved a few steps of its own precision either way (None where it cannot)."""
    return [shifted(date, step) for step in DATE_STEPS.get(date.precision, ())]


def _after(date: PartialDate, published: dt.date | None) -> bool:
    """A date that begins after the article was published: no option for a past event."""
    if published is None or date.value.startswith("X"):
        return False
    return date.sort_key() > (published.year, published.month, published.day)  # "the 2030s" too


def shifted(date: PartialDate, step: int) -> PartialDate | None:
    parts = date.value.split("-")
    if date.precision in ("year", "decade"):
        if date.year is None and date.precision == "year":
            return None
        head = int(parts[0].rstrip("X")) if date.precision == "year" else int(parts[0][:3]) * 10
        value = str(head + step) if date.precision == "year" else f"{(head + step) // 10}X"
        return PartialDate(value, date.precision, date.inferred)
    index = 1 if date.precision == "month" else 2
    if len(parts) <= index or not parts[index].isdigit():
        return None
    shifted = int(parts[index]) + step
    if not 1 <= shifted <= (12 if index == 1 else 28):
        return None
    parts[index] = f"{shifted:02d}"
    return PartialDate("-".join(parts), date.precision, date.inferred)


def _related(a: Actor, b: Actor) -> bool:
    """Names sharing a word ("Catalonia", "Northern Catalonia") or one's initials ("United
    Nations", "U.N. Security Council") would make two answers fit."""
    return bool(_name_words(a) & _name_words(b)) or _abbreviates(a, b) or _abbreviates(b, a)


def _abbreviates(a: Actor, b: Actor) -> bool:
    short = {initials(n).lower() for n in a.names if len(n.split()) > 1}
    return any(word in short for n in b.names for word in fold(n).split())


def _written_together(article: Article, a: Actor, b: Actor) -> bool:
    """ "Maya" and "Okonkwo" in "Maya Okonkwo scored": one person the actor list split in two."""
    sentences = [e.sentence for e in article.events]
    pairs = [f"{x} {y}" for m, n in ((a, b), (b, a)) for x in m.names for y in n.names]
    return any(pair in s for pair in pairs for s in sentences)


def _name_words(actor: Actor) -> set[str]:
    return {w for n in actor.names for w in fold(n).split() if len(w) > 2}
