"""Multiple-choice questions: who did it, whom or where, when, how long, how many, who holds a
post."""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from quizapp.content.actors.kinds import SURE
from quizapp.content.dates import describe
from quizapp.content.gazetteer import is_nationality, names_a_currency
from quizapp.content.lexicon import TITLE_TIMES, TITLE_WORDS
from quizapp.content.questions import distractors
from quizapp.content.questions.article import Article, Draft, around
from quizapp.content.questions.wording import (
    blank_of_date, counted_from_another_event, dated_statement, explain, fits_date,
    how_long_question, how_many_question, leaves_its_time, mentions, object_question, reckoning, statement,
    when_question, who_question,
)
from quizapp.content.timex.lexicon import NUMBER_WORDS
from quizapp.content.timex.patterns import CLOCK
from quizapp.content.types import Actor, Event, PartialDate, Quantity, Question, Statement

MIN_DISTRACTORS = 2
COUNT_WORD = rf"(?:{'|'.join(w for w in NUMBER_WORDS if w.isalpha() and w not in ('a', 'an'))})"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?")
ASKABLE_PRECISIONS = ("day", "month", "year", "decade")
BOUND = re.compile(r"\b(?:(?:more|fewer|less) than|over|under|at (?:least|most)|up to|nearly|"
                   r"almost|about|around|some|roughly|approximately|as (?:much|many|few|little) as)\s", re.I)
# how sure each kind is of itself before the gate and the fact's importance weigh in
CONFIDENCE = {"who": 0.8, "whom": 0.7, "when": 0.8, "how_long": 0.65, "how_many": 0.75,
              "who_did": 0.7}
# distractors are only as good as the kinds they are told apart by
KIND_TRUST = {"person": 1.0, "country": 1.0, "organization": 0.8, "group": 0.7, "place": 0.7}
SHORT_WHO = 5  # words of a "who" that must name something to stand alone


def who(article: Article, event: Event) -> Draft | None:
    actor = article.asked_doer(event)
    if actor is None or not _date_askable(event):
        return None
    prompt = who_question(event.clause, actor, event.when, article.actors)
    return _naming((event.id, "actor"), prompt, actor, article, event, event.sentence,
                   event.actors, CONFIDENCE["who"], event_id=event.id,
                   reckoned=reckoning(event.when, article.published))


def who_did(article: Article, statement: Statement) -> Draft | None:
    """ "Who has called for a new bridge over the river?": an undated fact of the article."""
    actor = article.asked_doer(statement)
    if actor is None:
        return None
    prompt = who_question(statement.clause, actor, None, article.actors)
    return _naming(("s" + str(statement.sentence_index), "actor"), prompt, actor, article,
                   statement, statement.sentence, statement.actors, CONFIDENCE["who_did"])


def whom(article: Article, event: Event) -> Draft | None:
    """The actor named after the verb: "In 2022, which country did Helen Okafor visit?"."""
    found = article.object_of(event)
    if found is None or not _date_askable(event):
        return None
    actor, name = found
    prompt = object_question(event.clause, actor, name, event.when, article.actors)
    return _naming((event.id, "object"), prompt, actor, article, event, event.sentence,
                   event.actors, CONFIDENCE["whom"], event_id=event.id,
                   reckoned=reckoning(event.when, article.published))


def when(article: Article, event: Event) -> Draft | None:
    date = event.when.date
    if event.when.kind != "point" or date.precision not in ASKABLE_PRECISIONS:
        return None
    if event.clause is None or not fits_date(event.clause, event.when) or not _date_askable(event):
        return None  # "has fallen since its peak in 1998": 1998 is not when it fell
    prompt = when_question(event.clause, article.actors)
    if prompt is not None and CLOCK_TIME.search(prompt):
        return None  # "When did police respond around 10:50 a.m.?": the time asks on what day, in other words
    dates = distractors.date_pool(article, event)
    if prompt is None or len(dates) <= MIN_DISTRACTORS or dates[-1] == date:
        return None  # the latest option would always be the answer (near the publication date)
    if _just_before(date, article.published):
        dates = dates[max(0, dates.index(date) - 2):]  # nor may it be last by chance: a give-away across a set
    pool = [describe(d) for d in dates]
    explanation = explain(dated_statement(event.clause, event.when, article.actors),
                          event.sentence, reckoning(event.when, article.published))
    return _choice((event.id, "date"), prompt, pool, describe(date), explanation, event,
                   CONFIDENCE["when"])


CLOCK_TIME = re.compile(CLOCK, re.IGNORECASE)
JUST_BEFORE_DAYS = 7  # a day this close to publication has few others after it


def _just_before(date: PartialDate, published: dt.date | None) -> bool:
    """A day of the week before publication: "yesterday" stood last among earlier days in
    question after question (judges failed them as a give-away)."""
    return (published is not None and date.precision == "day" and date.year is not None
            and (published - dt.date.fromisoformat(date.value)).days <= JUST_BEFORE_DAYS)


def how_long(article: Article, event: Event) -> Draft | None:
    """ "How long has Nordvik Oil been drilling ...?" for a duration ("for almost two years")."""
    prompt = how_long_question(event.clause, event.when, article.actors)
    answer = blank_of_date(event.when)
    wrong = distractors.durations(article, answer)
    if prompt is None or len(wrong) < MIN_DISTRACTORS:
        return None
    pool = sorted([answer, *wrong], key=distractors.span_length)
    explanation = explain(dated_statement(event.clause, event.when, article.actors), event.sentence)
    return _choice((event.id, "date"), prompt, pool, answer, explanation, event,
                   CONFIDENCE["how_long"])


def how_many(article: Article, quantity: Quantity) -> Draft | None:
    number = number_in(quantity)
    if number is None or quantity.clause is None or BOUND.search(quantity.text):
        return None  # "more than 120 papers": 180 and 240 would be right too
    if quantity.measure != "count":
        return None  # "how many" counts things, not money or shares
    if not quantity.clause.main:
        return None  # "How many people did a train carry?" of "A train carrying 200 people has crashed"
    if len(NUMBER.findall(quantity.sentence)) > 1:
        return None  # "5,500 prisoners were taken, though officials said the total may be above 8,000"
    # the words after the number: "438 square kilometres" asks "how many square kilometres"
    unit = quantity.text.split(number, 1)[-1].strip() or quantity.unit
    if names_a_currency(unit) or PARTS_INCLUDED.search(quantity.sentence):
        return None  # "How many euros ...?" is a sum; "10 injuries, including eight": 5 is no option
    prompt = how_many_question(quantity.clause, quantity.text, unit, article.actors)
    pool = distractors.number_pool(number)
    if prompt is None or len(pool) <= MIN_DISTRACTORS or re.search(r"\d[\d,]*\.\d|\d{3}", prompt):
        return None  # "How many points did the index fall to 35527.29?": another number muddles it
    if number in map(str, _names_listed(prompt)):
        return None  # "How many routes did it open to Lakeport, Tarnow and Kestrel?" counts itself
    if leaves_its_time(quantity.sentence, prompt):
        return None  # "Last season, Ash missed 17 games": "How many games did Ash miss?" asks of no time
    question = Question(
        id="", kind="multiple_choice", prompt=prompt, choices=around(pool, number), answer=number,
        explanation=explain(statement(quantity.clause), quantity.sentence),
        source=quantity.sentence, difficulty=0.6,
    )
    return Draft(quantity_key(quantity), question, CONFIDENCE["how_many"], pool=tuple(pool))


NAME = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*"
NAME_LIST = re.compile(rf"{NAME}(?:, {NAME})+,? (?:and|or) {NAME}")


def _names_listed(text: str) -> list[int]:
    """How many names each list of three or more has: "Lakeport, Tarnow, and Kestrel" has 3
    (not "How many children did Tom Ash and Ana Costa adopt?")."""
    return [len(re.findall(NAME, found)) for found in NAME_LIST.findall(text)]


# a place's distance from another: judges failed it as background in four stories of five
DISTANCE_FROM = (r"(?:km|kilomet(?:re|er)s?|miles?|mi)\b(?:\s*\([^)]*\))?\s+"  # "24 kilometres (15 miles)"
                 r"(?:by (?:road|car|rail|train|air|sea)\s+)?"
                 r"(?:north|south|east|west|northeast|northwest|southeast|southwest|from|away|outside)\b")


def number_in(quantity: Quantity) -> str | None:
    """The number words of a quantity ("just 4,500 people" -> "4,500"); none for one end of
    a range ("50 to 80 centimetres"), which no single number answers, for a total told again
    ("all 11 survivors"), a whole beside its part ("32 of the 159 members") or a figure
    restated ("one million shares, or 10.4%"), for a figure to three decimals ("$42.875 a
    share"), trivia no class remembers to the last digit, for a place's distance from
    another ("24 km north of Manila"), or for the level a share price moved to ("fell 2.3
    percent to 412 pence": judges failed it as trivia)."""
    match = NUMBER.search(quantity.text)
    if match is None or re.search(r"\.\d{3}", match.group()):
        return None
    return None if _unfit(match.group()).search(quantity.sentence) else match.group()


@lru_cache(maxsize=1024)
def _unfit(number_words: str) -> re.Pattern:
    """Where a number is no answer of its own (see number_in); compiled once per number, as
    every stage asks again of the same quantities."""
    number = re.escape(number_words)
    return re.compile(
        rf"{number}\s*(?:to|-|–|and)\s*\d|\d\s*(?:to|-|–)\s*{number}(?![\d,])"
        rf"|\b(?:between|all|both)\s+{number}"
        rf"|(?:\d[\d,.]*|\b{COUNT_WORD}(?:-{COUNT_WORD})?)\s+of\s+(?:the\s+)?{number}"  # "32 of the 159": the whole
        rf"|\d[^,]*,\s+or\s+(?:about\s+)?\W?{number}"  # "one million shares, or 10.4%": the same said again
        rf"|{number}\s*{DISTANCE_FROM}"  # "100 kilometers northwest of Iquique": where, not what happened
        # "fell 2.3 percent to 412 pence": a share price's level (not "by 5 percent to 25 percent")
        rf"|(?:percent|per cent|%|points?|cents?|pence)\s+to\s+(?:[$£€]\s?{number}|{number}\s*(?:pence|cents?|euros?"
        rf"|dollars?|yen|pounds?|p\b))",
        re.I)


def quantity_key(quantity: Quantity) -> tuple[str, ...]:
    """One question a fact: "the 72 objects" said three times, or "more than 3,000 kilograms"
    and "about 3,100 kilograms" of one cargo (the same unit within about a quarter)."""
    scale = round(math.log10(quantity.value) * 10) if quantity.value > 0 else 0
    return ("quantity", quantity.unit, str(scale))


def _date_askable(event: Event) -> bool:
    """A date a question may state: not counted from another event ("two days later")."""
    return event.when.kind != "point" or not counted_from_another_event(event.when)


def _says_too_little(prompt: str) -> bool:
    """ "Who levelled from the spot?", "Who was acquitted?": a short "who" with no name, no
    number and no date before it leaves a class to guess which match or case (judges failed 7
    of the 8 such questions they saw)."""
    words = [w.lstrip("\"'“‘") for w in prompt.rstrip("?").split()]
    return (words[0] == "Who" and len(words) <= SHORT_WHO
            and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]))


# a count's parts told beside it: an option below them is absurd
PARTS_INCLUDED = re.compile(rf"\bincluding (?:\d|{COUNT_WORD}\b)", re.I)
# words before a post that say when it was held, not what it is
PAST_POST = re.compile(rf"^(?:(?:{'|'.join(TITLE_TIMES | {'ex', 'then', 'the', 'late'})})\b[\s-]*)+", re.I)
# what gives someone a post: "who was sworn in as prime minister?" asks the fact, not a hint
POST_GIVING_LEMMAS = frozenset({"elect", "appoint", "swear", "name", "become", "nominate", "choose", "select",
                                "promote", "install", "reelect", "re-elect"})


def _role_said(prompt: str, actor: Actor, about: Event | Statement | None) -> bool:
    """ "Who used his position as finance minister ...?" of the former Finance Minister, "Who
    became the first serving prime minister to open the fair?" of the Lakelandian Prime Minister: the post
    the story gives the answer points to it (a post of two words or more, not "mayor"), unless
    the clause gives the post ("was sworn in as finance minister")."""
    post = PAST_POST.sub("", actor.role or "").lower().split()
    # "Lakelandian Prime Minister": the post without its people, where the prompt gives no other
    peoples = [w for w in post[:-2] if is_nationality(w.capitalize())]
    core = post[-2:] if post[-1:] and post[-1] in TITLE_WORDS and peoples == post[:-2] else post
    asked = prompt.lower()
    said = next((" ".join(p) for p in (post, core) if len(p) > 1 and _post_named(" ".join(p), asked)), None)
    if said is None:
        return False
    giving = about is not None and about.clause is not None and about.clause.lemma.split()[-1] in POST_GIVING_LEMMAS
    return not giving or re.search(rf"\bthe (?:first|only|last)\b[\w\s-]*\b{said}\b", asked) is not None


def _post_named(post: str, asked: str) -> bool:
    """The post is in the prompt, not another people's ("the Kestrelian foreign minister")."""
    found = re.search(rf"\b{re.escape(post)}\b", asked)
    before = asked[: found.start()].split()[-1:] if found else []
    return found is not None and not (before and is_nationality(before[0].capitalize()))


def _naming(key: tuple[str, ...], prompt: str | None, actor: Actor, article: Article,
            about: Event | Statement | None, source: str, actors: tuple[str, ...],
            confidence: float, event_id: str | None = None, reckoned: str = "") -> Draft | None:
    """A question answered by the actor's name, other actors of its kind as options (only when
    the kind is sure: a company offered among people is a joke option)."""
    if (prompt is None or actor.kind_confidence < SURE or any(mentions(prompt, n) for n in actor.names)
            or _says_too_little(prompt) or _role_said(prompt, actor, about)):
        return None
    wrong = distractors.actors(article, actor, about, prompt)
    if len(wrong) < MIN_DISTRACTORS:
        return None
    pool = (actor.name, *wrong)
    question = Question(
        id="",
        kind="multiple_choice",
        prompt=prompt,
        choices=tuple(sorted(pool, key=str.lower)),
        answer=actor.name,
        explanation=explain(f"The answer is {actor.name}.", source, reckoned),
        source=source,
        event=event_id,
        actors=actors,
        difficulty=0.55 - 0.02 * min(actor.mentions, 10),  # a name told often is easier
    )
    return Draft(key, question, confidence * KIND_TRUST[actor.kind], pool=pool, natural_order=False,
                 answers_actor=actor.id, also_named=article.giving_away(actor))


def _choice(key: tuple[str, ...], prompt: str, pool: list[str], answer: str, explanation: str,
            event: Event, confidence: float) -> Draft:
    question = Question(
        id="",
        kind="multiple_choice",
        prompt=prompt,
        choices=around(pool, answer),
        answer=answer,
        explanation=explanation,
        source=event.sentence,
        event=event.id,
        actors=event.actors,
        difficulty=0.6 if event.when.date.precision == "day" else 0.5,
    )
    return Draft(key, question, confidence, pool=tuple(pool))
