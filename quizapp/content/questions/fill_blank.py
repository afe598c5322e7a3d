"""Cloze questions: the source sentence with a key actor, date or number blanked out."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from quizapp.content.gazetteer import is_given_name, its_people_named
from quizapp.content.lexicon import CLOSING_QUOTES, OPENING_QUOTES, REPORTING_LEMMAS
from quizapp.content.scoring import date_variants, name_variants, number_variants, same_answer
from quizapp.content.timex.lexicon import NUMBER_WORDS
from quizapp.content.questions.article import Article, Draft
from quizapp.content.questions.multiple_choice import COUNT_WORD, number_in, quantity_key
from quizapp.content.questions.wording import (
    DETERMINERS, OBJECT_PRONOUN, actor_name_pattern, balanced, blank_of_date, explain, leans_on_context,
    mentions, opens_on_pronoun,
)
from quizapp.content.types import Actor, Event, Quantity, Question, Statement, TimeExpression

BLANK = "_____"
MAX_WORDS = 45
MONTHS = "January February March April May June July August September October November December"
LISTED_YEAR = re.compile(r"\s*(?:,|and|or|to|-|–)\s*(?:and\s+)?\d{4}\b|[-–/]\d\d\b")  # "2022-23"
LISTING_YEAR = re.compile(r"\b\d{4}\s*(?:,|and|or)\s*(?:in\s+)?$")
# capitalised words that may stand before a name without being part of it
NAME_LEADS = {"in", "on", "at", "the", "for", "by", "from", "after", "before", "when", "as", "since",
              "during", "while", "with", "and", "but", "under", "to", "of", "if", "said", "says"}
# a name paired with another: "in the UK and Ireland", "Kenya or Uganda"
PAIRED_AFTER = re.compile(r"\s*(?:and|or|&)\s+[A-Z]")
PAIRED_BEFORE = re.compile(r"[A-Z][\w.]*\s+(?:and|or|&)\s*$")
# one of the examples a list gives: "objections from several towns, including _____, Tarnow and
# Velden" (any other of them would fit as well)
AN_EXAMPLE = re.compile(r"\b(?:including|such as)\s*$")
# a blank that opens a range: "_____% to 10%", "from $_____ to $300 million", "_____-10%"
RANGE_START = re.compile(r"_____\s*(?:%|percent|[a-z]*illion)?\s*(?:to|and|-|–)\s*\$?\d")
# capitalised words that end a phrase right after a number: a name ("13 Investigates."), not
# a figure's noun ("300 Laidlaw drivers")
NAME_AFTER = re.compile(r"(?:\s+[A-Z][a-z][\w'’-]*)+(?=[.,;:]|\s+(?:in|on|at|to|for|of|by|and|said)\b|$)")
# a capitalised word right before the number, which names a model with it: "the Rolls-Royce
# Tarnow _____ engines" (not a month's day, which is no quantity)
NAME_BEFORE = re.compile(rf"(?<=[\w,] )(?!(?:{MONTHS.replace(' ', '|')})\b)([A-Z][\w-]*[a-z\d]) {re.escape(BLANK)}")
# an index's level to the hundredth, trivia of the day: "The Lakeport index reached _____ points"
INDEX_LEVEL = re.compile(rf"\b(?:at|value of|to|reached|hit) {re.escape(BLANK)} points\b")
RACE = re.compile(r"\bthe (?:men's |women's )?_____(?:-| )?(?:meters|metres|m|km|kilometres|kilometers|miles?)\b")
# the bar a majority clears, which anyone can guess: "received over _____ percent of the vote"
MAJORITY = re.compile(r"\b(?:over|above|than|at least|under|below) _____ ?(?:%|percent|per cent)")
# the base of a share, a stock phrase anyone can fill: "nine out of _____ citizens" (not "won 235
# out of _____ seats")
RATIO_BASE = re.compile(rf"\b(?:one|two|three|four|five|six|seven|eight|nine|[1-9]) out of {re.escape(BLANK)}")
# one share's move of the day, a detail of the market's tally: "Amtek softened _____ cents to 28.92
# dollars", "the day's volume leader, down _____ yen to 412 yen" (not "raised bus fares by _____
# cents to $2.50", nor an index's "rose _____ points")
PRICE_TICK = re.compile(rf"\b(?:eased|softened|rose|fell|gained|lost|slid|slipped|dropped|climbed|added|shed|firmed"
                        rf"|declined|advanced|jumped|slumped|plunged|surged|soared|tumbled|down|up)"
                        rf" (?:{re.escape(BLANK)} (?:cents|pence|dollars|yen|euros|won|yuan) to \$?\d"
                        rf"|[\d.]+ (?:cents|pence|dollars|yen|euros|won|yuan) to \$?{re.escape(BLANK)})")
DATE_WORDS = re.compile(rf"\d|\b({'|'.join(MONTHS.split())})\b")
QUOTES = "".join(OPENING_QUOTES | CLOSING_QUOTES) + "'"


CONFIDENCE = {"actor": 0.65, "date": 0.7, "number": 0.75}
BLANKABLE_KINDS = ("person", "organization", "country")  # a place blanked asks a detail
RELAYING_LEMMAS = REPORTING_LEMMAS | {"quote", "cite"}
# a word right before a blanked name that points at the one person it can be
GIVE_AWAY_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prince|Princess|King|Queen|"
                              r"President|Premier|Chancellor|Pope)\.?|['’]s)\s*$")


def actor(article: Article, event: Event) -> Draft | None:
    """Blank who did it."""
    return _actor_cloze((event.id, "actor"), article.asked_doer(event), event, article)


def object_actor(article: Article, event: Event) -> Draft | None:
    """Blank the actor named after the verb, when the story names it more than once ("a
    blaze near _____" of a village named once asks a detail, not the story)."""
    found = article.object_of(event)
    who = found[0] if found and found[0].mentions > 1 else None
    return _actor_cloze((event.id, "object"), who, event, article)


def statement_actor(article: Article, statement: Statement) -> Draft | None:
    """Blank who did an undated thing the article tells ("_____ has called for joint efforts")."""
    return _actor_cloze(("s" + str(statement.sentence_index), "actor"),
                        article.asked_doer(statement), statement, article)


def _actor_cloze(key: tuple[str, ...], who: Actor | None, event: Event | Statement,
                 article: Article) -> Draft | None:
    """Blank an actor, when the sentence names it exactly once and the story does not give it
    away (a name in the headline, a name after "Mr." or "President")."""
    if who is None or who.kind not in BLANKABLE_KINDS or article.in_headline(who):
        return None
    if who.kind == "organization" and event.clause is not None and event.clause.lemma.split()[-1] in RELAYING_LEMMAS:
        return None  # "_____ quoted Li Fuchun as saying": who relayed the news, not the story
    if _typed_many_ways(who):
        return None
    names = sorted(who.names, key=len, reverse=True)  # "Lena Anna Holm" before "Holm"
    pattern = re.compile("|".join(actor_name_pattern(n) for n in names))
    found = pattern.findall(event.sentence)
    if len(found) != 1 or _slipped_case(who, found[0]):
        return None
    prompt = pattern.sub(BLANK, event.sentence)
    if _given_away(who, event.sentence, pattern.search(event.sentence), prompt):
        return None
    aliases = [a for a in name_variants(who) if not _anothers_name(a, who, article)]
    aliases += _named_in_full_apart(who, article)
    draft = _draft(key, prompt, found[0], aliases, event, 0.7, CONFIDENCE["actor"])
    return replace(draft, answers_actor=who.id, also_named=article.giving_away(who)) if draft else None


def _anothers_name(name: str, who: Actor, article: Article) -> bool:
    """ "Costa" of Ana Costa, where Tom Costa is in the story too: as right for him."""
    return any(name in other.names or other.kind == "person" and name == other.name.split()[-1]
               for other in article.actors.values() if other.id != who.id)


def _named_in_full_apart(who: Actor, article: Article) -> list[str]:
    """ "Marco Ferri" for "Ferri", where the story's one full name ending so stayed another
    actor (the model called both a body): the full name is as right an answer."""
    kinds = ("person", "organization")  # not "South China" for "China"
    longer = [a.name for a in article.actors.values() if a.id != who.id and a.kind in kinds
              and len(a.name.split()) == 2 and a.name.endswith(" " + who.name)]  # not "Bank of Kestrel"
    return longer if who.kind in kinds and " " not in who.name and len(longer) == 1 else []


def _typed_many_ways(who: Actor) -> bool:
    """A body's long name the story gives one way only ("First South American Summit"), or
    its initials the story never spells out ("LTC"): a student may type it as rightly another way."""
    long_name = who.kind != "person" and len(who.name.split()) > 2 and not who.aliases
    return long_name or all(re.fullmatch(r"(?:[A-Z]\.?){2,6}", name) for name in who.names)


def _slipped_case(who: Actor, name: str) -> bool:
    """ "Tom Ash khan": a person's surname the writer left in lower case is no key to type (a
    particle is never the last word: "Ana dos Santos")."""
    return who.kind == "person" and len(name.split()) > 1 and name.split()[-1].islower()


def _given_away(who: Actor, sentence: str, match: re.Match, prompt: str) -> bool:
    """The words around the blank tell or spoil the name: it is part of a longer one (a
    person's title may stand before: "Premier _____", not the rest of the name: "Roland E.
    “Fish” _____"); "Mr. _____", "Iraq's _____"; one of a
    stock pair ("the _____ and Ireland") or an example of many ("including _____, Tarnow"); "_____
    launched it, Russian news agencies reported"."""
    before, after = sentence[: match.start()], sentence[match.end():]
    return (
        who.kind != "person" and _inside_a_longer_name(sentence, match)
        or who.kind == "person" and _rest_of_the_name_before(who, before, match.group())
        or GIVE_AWAY_BEFORE.search(before) is not None
        or PAIRED_AFTER.match(after) is not None or PAIRED_BEFORE.search(before) is not None
        or AN_EXAMPLE.search(before) is not None
        or who.kind == "country" and its_people_named(who.name, prompt)
    )


def _rest_of_the_name_before(who: Actor, before: str, blanked: str) -> bool:
    """The words before the blank are the person's given name, initial or nickname, or a given
    name the story left out of the actor's ("Ana _____" of "Costa")."""
    last = before.split()[-1:]
    word = last[0].strip(QUOTES) if last else ""
    rest = {w.strip(QUOTES) for name in who.names for w in name.split()} - set(blanked.split())
    nickname = bool(last) and last[0][:1] in OPENING_QUOTES and word[:1].isupper()
    given = is_given_name(word) and word.lower() not in DETERMINERS
    return bool(word) and (word in rest or nickname or given or re.fullmatch(r"[A-Z]\.", word) is not None)


def _inside_a_longer_name(sentence: str, match: re.Match) -> bool:
    """ "Environment _____" for "Environment Canada", "_____ Post" for "Canada Post", "The _____
    9" for "Falcon 9", "_____ of Water" for "Lakeport's Ministry of Water": the name is part of
    another the model did not see ("In Canada" is not)."""
    before = [w.strip(QUOTES) for w in sentence[: match.start()].split()[-1:]]  # a nickname: "“Fish” _____"
    after = sentence[match.end():].split()[:2]
    return bool(
        before and before[0][:1].isupper() and before[0].lower() not in NAME_LEADS
        or after and (after[0][:1].isupper() or re.fullmatch(r"\d+[.,;:]?", after[0]))
        or after[:1] == ["of"] and after[1:] and after[1][:1].isupper()  # "_____ of Water and Power"
    )


def date(article: Article, event: Event) -> Draft | None:
    """Blank the date words ("on November 1" -> "on _____")."""
    when = event.when
    words = blank_of_date(when)
    if event.sentence[when.start:when.end] != when.text:
        return None
    if not DATE_WORDS.search(words) or when.type == "TIME":
        # "last year", "Today's", "for almost two years": not a date to recall; "at 4:30 p.m.":
        # a detail, typed in many ways
        return None
    if LISTED_YEAR.match(event.sentence[when.end:]) or LISTING_YEAR.search(event.sentence[:when.start]):
        return None  # "due in _____, 2018, 2020 and 2022": the list gives it away
    if re.search(r"\d\s*[-–]\s*$", event.sentence[:when.start + when.text.rfind(words)]):
        return None  # "held between 7-_____": the other end of a range
    offset = when.start + when.text.rfind(words)
    if re.match(r"\s+[a-z]", event.sentence[offset + len(words):]) and not re.search(
            r"\b(?:on|in|of|since|by|until|from|to|at)\s+$", event.sentence[:offset]):
        # no preposition carries it: it describes a noun ("the _____ assassination": "1995"
        # fits as well as "November 1995") or a word after it ("during March 2016 for cash")
        return None
    prompt = event.sentence[:offset] + BLANK + event.sentence[offset + len(words):]
    # "since August": the month it began, written any way ("August 1989"); never less than
    # the blanked words say ("July" for "July 1994")
    dated = when.kind == "point" or when.text.lower().startswith("since ")
    if re.match(r"(?:last|this|next|past|early|late|mid)[ -]", words, re.I):
        # "_____, a tornado ripped roofs off": "Last December" is no answer to type, nor "late
        # December", which "December" and "end of December" answer as well
        return None
    if _blank_misleads(article, when, event.sentence[offset + len(words):]):
        return None
    aliases = tuple(a for a in date_variants(when.date) if same_answer(a, words)) if dated else ()
    return _draft((event.id, "date"), prompt, words, aliases, event, 0.75, CONFIDENCE["date"])


def _blank_misleads(article: Article, when: TimeExpression, after: str) -> bool:
    """The story's own year, which its date gives away ("In _____, 510 million tons passed"),
    or a blank a relative clause after it seems to describe ("since _____, which was renamed")."""
    own_year = (article.published is not None and when.date.precision == "year"
                and when.date.value == str(article.published.year))
    return own_year or re.match(r",\s*(?:which|who)\b", after) is not None


def number(article: Article, quantity: Quantity) -> Draft | None:
    value = number_in(quantity)
    if value is None or quantity.sentence.count(value) != 1:
        return None
    if quantity.clause is not None and OBJECT_PRONOUN.search(quantity.clause.rest):
        return None  # "Whitaker won it by about _____ votes": won what?
    prompt = quantity.sentence.replace(value, BLANK)
    if (_not_worth_a_blank(prompt, value, article) or _rest_of_a_whole(prompt, value)
            or _sum_of_its_parts(prompt, value)):
        return None
    question = _cloze(prompt, value, number_variants(value), quantity.sentence, 0.75)
    return Draft(quantity_key(quantity), question, CONFIDENCE["number"]) if question else None


def _not_worth_a_blank(prompt: str, value: str, article: Article) -> bool:
    """ "by _____% to 10%": one end of a range, no fact of its own; "by _____ Investigates.",
    "the Tarnow _____ engines": a number in a name (not "gave Ana Costa _____ votes"); "fourth in
    the _____ meters": a race's name; "reached _____ points" (2020.90): an index's level of the
    day; "over _____ percent of the vote": a majority, anyone's guess; "nine out of _____": a
    stock phrase; "eased _____ cents to 8.92 dollars": one share's move of the day; "three billion
    dollars (_____ euros)": a sum told again in brackets; "The _____ workers left for Tarnow":
    a group counted in an earlier sentence, which the blank leaves unnamed."""
    named = NAME_BEFORE.search(prompt)
    return bool(RANGE_START.search(prompt) or BRACKETED.search(prompt) or COUNTED_BEFORE.match(prompt)
                or NAME_AFTER.match(prompt[prompt.index(BLANK) + len(BLANK):])
                or named and not _ends_a_name(named.group(1), article)
                or re.search(r"\.\d\d$", value) and INDEX_LEVEL.search(prompt)
                or RACE.search(prompt) or value == "50" and MAJORITY.search(prompt)
                or value == "10" and RATIO_BASE.search(prompt) or PRICE_TICK.search(prompt))


BRACKETED = re.compile(rf"\([^()]*{re.escape(BLANK)}[^()]*\)")
COUNTED_BEFORE = re.compile(rf"(?:The|These|Those) {re.escape(BLANK)} ")


def _ends_a_name(word: str, article: Article) -> bool:
    return any(name.split()[-1] == word for actor in article.actors.values() for name in actor.names)


def _rest_of_a_whole(prompt: str, value: str) -> bool:
    """ "held _____% of the ball to Lakeport's 39%": the share the other holds gives it away."""
    if not re.fullmatch(r"[\d,.]+", value) or not re.search(rf"{re.escape(BLANK)}\s*(?:%|per ?cent)", prompt):
        return False
    shares = [float(n) for n in re.findall(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", prompt)]
    return any(abs(float(value.replace(",", "")) + share - 100) < 1e-9 for share in shares)


# a total told just before the blank, and the other part just after: "18 — _____ men and three women"
TOTAL_BEFORE = re.compile(rf"\b(\d[\d,]*|{COUNT_WORD})\s*(?:—|–|-|:|,)\s*_____", re.I)
OTHER_PART = re.compile(rf"\s+\w+\s+and\s+(\d[\d,]*|{COUNT_WORD})\b", re.I)
# a part of a count listed after it, in figures or words: ", nine in Lakeport", "and five in Kestrel"
PART = re.compile(rf"(?:,|\band)\s+(\d[\d,]*|{COUNT_WORD})\s+(?:in|at|from|on)\b", re.I)


def _sum_of_its_parts(prompt: str, value: str) -> bool:
    """ "at least _____ people had died, nine in Lakeport, one in Lakeland and five in Amtek
    Bay": the parts listed after the blank add up to it (not "killed _____ people, two days
    after a flood killed ten"); "stood at 18 — _____ men and three women": the total less the
    other part."""
    if not re.fullmatch(r"\d[\d,]*", value):
        return False
    asked, after = int(value.replace(",", "")), prompt.index(BLANK) + len(BLANK)
    total, other = TOTAL_BEFORE.search(prompt), OTHER_PART.match(prompt, after)
    if total and other:
        return _count(total.group(1)) - _count(other.group(1)) == asked
    parts = [_count(part) for part in PART.findall(prompt, after)]
    return len(parts) > 1 and sum(parts) == asked


def _count(words: str) -> int:
    return int(words.replace(",", "")) if words[0].isdigit() else NUMBER_WORDS[words.lower()]


def _draft(key: tuple[str, ...], prompt: str, answer: str, aliases: Sequence[str],
           about: Event | Statement, difficulty: float, confidence: float) -> Draft | None:
    if about.clause and leans_on_context(about.clause):
        return None
    accepted = tuple(a for a in dict.fromkeys(aliases) if a != answer)
    question = _cloze(prompt, answer, accepted, about.sentence, difficulty)
    if question is None:
        return None
    event_id = about.id if isinstance(about, Event) else None
    return Draft(key, replace(question, event=event_id, actors=about.actors), confidence)


def _cloze(prompt: str, answer: str, accepted: tuple[str, ...], source: str,
           difficulty: float) -> Question | None:
    """Refuse long or broken sentences and blanks whose answer shows elsewhere in the text."""
    if len(prompt.split()) > MAX_WORDS or not balanced(prompt) or opens_on_pronoun(prompt):
        return None
    if any(mentions(prompt, a) for a in (answer, *accepted)):
        return None
    return Question(
        id="",
        kind="fill_blank",
        prompt=f"Fill in the blank: {prompt}",
        choices=(),
        answer=answer,
        explanation=explain(f"The missing words are “{answer}”.", source),
        source=source,
        difficulty=difficulty,
        accepted=accepted,
    )
