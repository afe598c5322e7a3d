"""Turning an event's Clause into questions and statements, and the checks on the result.

Only the clause pieces are used (subject, auxiliary, verb, lemma, rest), so a question is as
grammatical as the parse; anything that looks like a fragment is refused (None) rather than
emitted.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from quizapp.content.clauses.text import capitalised
from quizapp.content.dates import describe
from quizapp.content.gate import balanced, part_of_a_year
from quizapp.content.gazetteer import is_english_word
from quizapp.content.lexicon import (
    DANGLING_ENDS, INSTITUTION_HEADS, PARTICLES, PLACE_KINDS, SOURCE_ROLES, SPEECH_LEMMAS, TIME_NOUNS, WORD_PREFIXES,
)
from quizapp.content.timex.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from quizapp.content.types import Actor, Clause, TimeExpression

PRONOUNS = {"it", "its", "they", "them", "he", "she", "him", "her", "this", "that", "these",
            "those", "which", "who", "we", "i", "you", "one", "some", "many", "others", "both"}
OPENING_PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "she", "her", "this",
                    "that", "these", "those"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "several",
               "its", "their", "his", "her", "our", "all", "most", "each", "every", "both"}
# "began using it": the thing meant is in another sentence
OBJECT_PRONOUN = re.compile(r"\b(it|them|they|he|she|him)\b", re.I)
# a name joined to another by "and": either alone is half the fact
PAIRED, PAIRED_BEFORE = re.compile(r"(?:and|or|&)\b"), re.compile(r"\b(?:and|or|&)$")
IN_PLACE = re.compile(r"(?:^|\s)in(?: the)?$", re.I)  # "... in", "in the" before a place
# a preposition between the verb's object and the place: the place is that noun's
NOUNS_OWN_PLACE = re.compile(r"\b(?:on|of|about|over|against|into|for|at)\b", re.I)
# who told it, at the end: a "When ...?" asks what happened, not on whose word ("When did Tom
# Ash win the vote, according to early results?")
TOLD_BY = re.compile(r",\s+according to [^,]*$")
# another time in the clause muddles "When ...?": "down from 3.2 million in 2022"
OTHER_TIME = re.compile(
    r"\b((1[5-9]|20)\d\d|yesterday|today|tomorrow|(last|next|this) (year|month|week))\b", re.I)
# "a «shameful farce, »": the parse cut a quotation or bracket short
CUT_SHORT = re.compile(r"[,;:]\s*[»”)\]]")
PERFECT = {"has", "have", "had"}
PLURAL_AUX = {"are", "were", "have", "do"}
MAX_WORDS = 32
SUBJECT_PRONOUNS = {"it", "they", "he", "she"}
# "Since then, ...", "A similar bill ...": the time or the thing is in the sentence before
LEANING_OPENING = re.compile(r"(?:since then|after that|before that|by then|until then|"
                             r"(?:a|an|the) (?:similar|same)\b)", re.I)
# capitalised words of a title that name no one: "the Secretary of State"
ROLE_TITLE_WORDS = {"secretary", "state", "minister", "president", "chairman", "chairwoman",
                    "director", "general", "chief", "executive", "officer", "attorney", "vice",
                    "deputy", "prime", "foreign", "affairs", "defense", "defence", "justice",
                    "of", "the", "for", "and", "senior", "assistant", "acting", "interim"}
PLACE_NOUNS = {"city", "town", "village", "region", "county", "country", "port", "island", "state",
               "province", "district", "suburb", "capital", "river", "valley"}
LEADING_ADVERBS = {"only", "even", "just", "also", "nearly", "almost", "about", "around"}
# a pronoun subject right after a fronted phrase: "At the same time, it announced"
FRONTED_PRONOUN = re.compile(r"[^,]{1,40},\s*(?:it|they|he|she)\b", re.I)
OPENERS = {"since", "then", "later", "now", "meanwhile", "but", "and", "yet", "so", "still",
           "instead", "also", "however", "afterwards", "today", "yesterday", "together"}
POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your"}
ONE_OF_A_KIND = {"first", "second", "third", "last", "only", "main", "largest", "biggest", "best"}
RELATIVE_WORDS = {"whose", "which", "who", "whom", "that", "what", "where", "when"}
LOST_ANCHOR = re.compile(r"\b(?:that|the same|the following|the previous) (?:year|month|week|day)\b",
                         re.I)
QUANTIFIERS = {"most", "some", "all", "part", "half", "much", "many", "each", "both", "either",
               "another", "several", "rest"}
STRANDED_RELATIVE = re.compile(r"\b(?:which|whom|whose)\b", re.I)
WHO_WORDS = {"person": "Who", "country": "Which country", "organization": "Which organization",
             "group": "Which group"}
# irregular verbs whose simple past is their participle ("made"), so a passive can turn active
SAME_PAST_AND_PARTICIPLE = set(
    "made built held sent found left lost paid said sold told brought bought caught taught "
    "thought fought kept led met read set put cut hit shut spent won struck laid lent meant "
    "heard sought spun stood understood".split()
)
# an object that says nothing of what: "a director", "a recommendation", "condolences", "media
# reports" (judges failed every question asked so)
THIN_OBJECT = re.compile(r"(?:a|an)\s+[a-z]+|(?:(?!(?:the|their|his|her|its|our|these|those|some|many|"
                         r"several|all|both|other|new)\b)[a-z]+\s+)?[a-z]*[a-rt-z]s")
PREPOSITIONS = {"day": "on", "week": "in", "month": "in", "year": "in", "decade": "in"}
ANAPHORIC_DATE = re.compile(r"\b(?:later|earlier|after|afterwards|before|next|following|previous|"
                            r"that|same|then)\b", re.I)
TRAILING_YEAR_WORDS = re.compile(r"\s+(?:of\s+)?(?:last|this|next|that|the same)\s+year$", re.I)
LEADING_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+", re.I)
LEADING_PREPOSITION = re.compile(
    r"^(in|on|at|since|for|by|during|from|until|around|as of)\s+", re.I)


def usable(clause: Clause | None) -> bool:
    """A clause that can become a question: a real subject, a verb, nothing left dangling."""
    if clause is None or clause.negated or not clause.subject or not clause.verb:
        return False
    if leans_on_context(clause) or cut_from_its_sentence(clause):
        return False
    if not clause.rest and not clause.passive:
        return False  # "Malta followed", "Pressure grew": too little to ask about
    if clause.lemma != "be" and THIN_OBJECT.fullmatch(clause.rest):
        return False  # "Who was named a director?", "When did Yemen deny media reports?": of what?
    words = f"{clause.subject} {clause.rest}".split()
    return (not _left_dangling(clause) and len(words) <= MAX_WORDS
            and balanced(clause.subject) and balanced(clause.rest))


def _left_dangling(clause: Clause) -> bool:
    """ "... said", "... to the", "... more than": the clause stops where its sentence goes on."""
    last = clause.rest.split()[-1:]
    if last and last[0].lower().strip(",;:") in DANGLING_ENDS:
        return True
    if CUT_SHORT.search(clause.rest):
        return True
    if clause.lemma.lower() == "remind":  # "Who reminded the Lakelanders?": of what?
        return not re.search(r"\b(?:that|of|to)\b", clause.rest)
    return clause.lemma.lower() in SPEECH_LEMMAS and not re.search(r"\bthat\b", clause.rest)


def leans_on_context(clause: Clause) -> bool:
    """ "It ...", "Her team ...", "began using it": who or what is meant is in another sentence."""
    subject = clause.subject.lower().split() or [""]
    if subject[0] in OPENING_PRONOUNS or (len(subject) == 1 and subject[0] in PRONOUNS):
        return True
    if POSSESSIVES & set(subject):
        return True  # "Sales of its most expensive models": whose?
    return OBJECT_PRONOUN.search(clause.rest) is not None


def cut_from_its_sentence(clause: Clause) -> bool:
    """Pieces that do not stand alone: "Whose founder was convicted" (a relative clause), a
    passive without its "was", "Pass raised" (a bare singular noun whose "Monday's" was left
    behind; "Councils raised" is fine)."""
    subject = clause.subject.split() or [""]
    if subject[0].lower() in RELATIVE_WORDS or (clause.passive and not clause.aux):
        return True
    words = f"{clause.subject} {clause.rest}"
    if ", " in clause.subject:
        return True  # "Grindavik, home to about 3,700 people before the crisis began": half an aside
    if STRANDED_RELATIVE.search(words) or LOST_ANCHOR.search(words):
        return True  # "rebelled against the whip in which", "returned 29 pieces of that year"
    if clause.rest.split()[-1:] and clause.rest.split()[-1].lower() in QUANTIFIERS:
        return True  # "The spa was shut for most [of September]"
    if clause.rest.lower() in ("so", "the same", "likewise", "it too"):
        return True  # "Pontevedra in Spain did so": did what?
    bare = subject[0]
    return len(subject) == 1 and bare.islower() and (not bare.endswith("s") or bare.endswith("ss"))


def stated_role(actor: Actor, max_words: int) -> str | None:
    """The actor's role when the match may pair it with the name: cited, whole, and saying
    enough ("the Councillor" or "the founder" may fit others in the article too)."""
    role = actor.role
    if not role or not actor.role_source or not balanced(role):
        return None
    words = role.split()
    if not 1 < len(words) <= max_words or words[-1].lower() in DANGLING_ENDS:
        return None  # "Jonas Mertens and": a name list cut short
    if words[0].lower() in POSSESSIVES | ONE_OF_A_KIND | {"part", "one", "member"}:
        return None  # "his lawyer" needs the sentence; "a first vaccine" is not English;
        # "part of GCHQ" is no role
    if re.fullmatch(r"[a-z]+['’]s", words[0]):
        return None  # "the society's reef campaign manager": which society?
    head = re.split(r"\s(?:of|in|on|at|with|near)\s", role)[0].split()[-1]
    if head.lower() in PLACE_NOUNS:
        return None  # "Hull, a city of about 270,000 people": a place the model took for a person
    if re.search(r"\b(?:and|or|&)\s+[A-Z]", role):
        return None  # "Uzi Arad and Cabinet Secretary": another person folded into the title
    return role


def quoted_source(role: str) -> bool:
    """ "analyst with Smith Barney", "the newsletter publisher": someone the story quotes."""
    return any(word.lower().strip(",.'’s") in SOURCE_ROLES for word in role.split())


def qualified_role(role: str) -> bool:
    """A post that says of what: "Kenya's president", "mayor of Portmere", "FIDE president";
    not "the Secretary of State" or "the chief engineer" alone (of which country, which works?)."""
    words = role.split()
    owned = re.fullmatch(r"[A-Z][\w.-]*['’]s", words[0]) is not None
    named = any(w[:1].isupper() for w in words if w.lower() not in ROLE_TITLE_WORDS)
    return owned or words[0].isupper() or named


def fits_date(clause: Clause, when: TimeExpression) -> bool:
    """Whether the date can belong to the clause's verb: a point in time takes a past tense
    (not "In 2011, freight has fallen"), "since" a perfect (not "Turnout was 41% since 1989");
    and no other time named in the clause ("In 2021, Australia lobbied ... in 2023"), nor
    is the date a part of a year that a question would give as the year ("In 2027, Amtek earned
    $367 million" for a quarter's profit)."""
    if OTHER_TIME.search(clause.rest) or part_of_a_year(when):
        return False
    if when.kind == "point":
        return clause.tense == "past"
    return not when.text.lower().startswith("since") or clause.aux.lower() in PERFECT


def date_phrase(when: TimeExpression) -> str:
    """ "on November 1", "in 2007"; a duration keeps the article's own words ("since 2015")."""
    if when.kind == "duration":
        return when.text[:1].lower() + when.text[1:]
    if when.date.precision == "approximate":  # "around 6 March 2023", not "in about 6 March"
        return "around " + describe(when.date).removeprefix("about ")
    return f"{PREPOSITIONS[when.date.precision]} {describe(when.date)}"


def blank_of_date(when: TimeExpression) -> str:
    """The date words a cloze removes: "on November 1" -> "November 1", "in July last year"
    -> "July", "Friday, November 19th" -> "November 19th"."""
    words = TRAILING_YEAR_WORDS.sub("", LEADING_PREPOSITION.sub("", when.text)).strip()
    return LEADING_WEEKDAY.sub("", words) if re.search(r"\d", words) else words


def statement(clause: Clause, subject: str | None = None) -> str:
    """The clause as a sentence without its date: "Norway opened its Lima embassy."."""
    return capitalised(_clause_words(clause, subject or clause.subject)) + "."


def dated_statement(clause: Clause, when: TimeExpression, actors: dict[str, Actor],
                    subject: str | None = None) -> str:
    """ "In 2007, Norway opened ...": a point in time leads, a duration ("since 2015") trails."""
    if when.kind == "duration":
        words = _clause_words(clause, subject or clause.subject)
        return capitalised(f"{words} {date_phrase(when)}") + "."
    words = _clause_words(clause, subject or _subject_inside(clause, actors))
    return f"{capitalised(date_phrase(when))}, {words}."


def _clause_words(clause: Clause, subject: str) -> str:
    """The clause's words, without a final stop of its own ("at 9 p.m."): the caller ends it."""
    return " ".join(w for w in (subject, clause.aux, clause.verb, clause.rest) if w).rstrip(".")


def when_question(clause: Clause, actors: dict[str, Actor]) -> str | None:
    """ "When did Norway open its embassy?", "When was the request made?" """
    if not usable(clause) or OTHER_TIME.search(clause.rest):
        return None
    # "When was Tom Ash already sentenced?": already by when? The story's day, not the answer
    asked = replace(clause, verb=re.sub(r"\balready ", "", clause.verb), rest=TOLD_BY.sub("", clause.rest))
    return f"When {_inverted(asked, actors)}?"


def _one_of_several(clause: Clause, actor: Actor) -> bool:
    """ "Uganda and Tanzania launched", "[X and Y] were named vice chairmen", "they cooperate":
    "who" wants one, or the singular form is not in the clause."""
    plural = clause.aux.lower() in ("were", "are") and actor.kind == "person"
    bare_plural = not clause.aux and clause.tense == "present" and not clause.verb.endswith("s")
    return " and " in clause.subject or plural or bare_plural


def who_question(clause: Clause, actor: Actor, when: TimeExpression | None,
                 actors: dict[str, Actor]) -> str | None:
    """ "In 2007, which country opened its consulate?": the doer becomes the wh-word.

    A passive with the doer as agent turns active when its participle is also the simple past:
    "The request was made by X after ..." -> "Who made the request after ...?".
    """
    if not usable(clause) or actor.kind not in WHO_WORDS or clause.lemma.split()[-1] == "quote":
        return None  # "Who was quoted by the Herald?": who relayed, not what happened
    if when is not None and not fits_date(clause, when):
        return None
    if clause.subject_actor == actor.id:
        if _one_of_several(clause, actor) or set(clause.rest.split()) <= PARTICLES and when is None:
            return None  # "Who was convicted?", "Who stepped up?": of what, when? Another may have too
        words = [_singular_aux(clause), clause.verb, clause.rest]
    else:
        agent = next((m for n in sorted(actor.names, key=len, reverse=True)
                      if (m := find_actor_name(clause.rest, f"by {n}")) and m.start() == 0), None)
        if agent is None or not _past_is_participle(clause.verb):
            return None
        after = clause.rest[agent.end():].lstrip(" ,")
        words = [clause.verb, _subject_inside(clause, actors), after]
    return _dated_question(WHO_WORDS[actor.kind], words, when)


def object_question(clause: Clause, actor: Actor, name: str, when: TimeExpression,
                    actors: dict[str, Actor]) -> str | None:
    """ "In 2022, which country did Helen Okafor visit?", "Where did Norway open its embassy?"

    Asks for an actor named after the verb: as the direct object, or as a place after "in".
    """
    if not usable(clause) or not fits_date(clause, when):
        return None
    start = clause.rest.find(name)
    before, after = clause.rest[:start].strip(), clause.rest[start + len(name):].strip()
    if PAIRED.match(after) or PAIRED_BEFORE.search(before) or _owned(name, after, actor):
        # "who did a jury find and Jeffrey Skilling guilty?": one of a pair; "who did Lakeland
        # call Ash's jail term a turning point?": the object is the name's, not the name
        return None
    asked = _object_wh(clause, actor, before)
    if asked is None:
        return None
    wh, before = asked
    rest = " ".join(part for part in (before, after) if part)
    if rest.split()[-1:] and rest.split()[-1].lower() in DANGLING_ENDS:
        return None
    inverted = _inverted(replace(clause, rest=rest), actors, keep_perfect=when.kind == "duration")
    return _dated_question(wh, [inverted], when)


def _owned(name: str, after: str, actor: Actor) -> bool:
    """The name, or the actor's longer name it opens ("Marco" of "Marco Ferri's"), owns what
    follows it: "called Marco Ferri's jail term a turning point"."""
    rests = [""] + [n[len(name):].strip() for n in actor.names if n.startswith(name + " ")]
    return any(re.match(rf"{re.escape(rest)}['’]", after) for rest in rests)


def _object_wh(clause: Clause, actor: Actor, before: str) -> tuple[str, str] | None:
    """The question word for an actor after the verb, and the words before it that stay: the
    direct object ("which country"), or a place after "in" ("Where")."""
    place = IN_PLACE.search(before)
    if not before and actor.kind in WHO_WORDS and not clause.passive:
        return WHO_WORDS[actor.kind], before
    if (place and actor.kind in PLACE_KINDS and not any(w[:1].isupper() for w in before[:place.start()].split()[-1:])
            and not NOUNS_OWN_PLACE.search(before[:place.start()])):
        # not "where did a quake strike the island of Java?": "in Indonesia" placed Java; nor
        # "where did the council adopt a statement on the situation?": the situation in Ukraine
        return "Where", before[:place.start()]
    return None


def how_long_question(clause: Clause, when: TimeExpression, actors: dict[str, Actor]) -> str | None:
    """ "How long has Nordvik Oil been drilling?" / "Since when has the centre been open?" """
    if not usable(clause) or when.kind != "duration":
        return None
    wh = {"for": "How long", "since": "Since when"}.get(when.text.split()[0].lower())
    if wh is None or not fits_date(clause, when):
        return None
    return f"{wh} {_inverted(clause, actors, keep_perfect=True)}?"


def _dated_question(wh: str, words: list[str], when: TimeExpression | None) -> str:
    """A point in time leads ("In 2007, who ...?"); a duration trails ("... since 2015?")."""
    body = " ".join(w for w in [wh, *words] if w)
    if when is None:
        return f"{body}?"
    if when.kind == "duration":
        return f"{body} {date_phrase(when)}?"
    return f"{capitalised(date_phrase(when))}, {body[:1].lower()}{body[1:]}?"


def _singular_aux(clause: Clause) -> str:
    """ "Which group is playing" for "The Lanterns are playing": the wh-word is singular."""
    singular = {"are": "is", "were": "was", "have": "has", "do": "does"}
    return singular.get(clause.aux.lower(), clause.aux)


def _past_is_participle(verb: str) -> bool:
    return " " not in verb and (verb.endswith("ed") or verb.lower() in SAME_PAST_AND_PARTICIPLE)


# verbs that only give a measure of their subject ("Volume totaled 175.2 million shares")
MEASURING_LEMMAS = frozenset({"total", "amount", "number"})


def how_many_question(clause: Clause, number_phrase: str, unit: str,
                      actors: dict[str, Actor]) -> str | None:
    """ "How many people can emergency camps accommodate?" from the quantity's clause."""
    if not usable_except_subject(clause):
        return None
    wh = f"How many {unit}"
    if number_phrase in clause.subject:
        subject = clause.subject.replace(number_phrase, wh, 1)
        if not subject.startswith(wh) or _splits(subject[len(wh):].strip()):
            return None
        words = [subject, clause.aux, clause.verb, clause.rest]
        return " ".join(w for w in words if w) + "?"
    if not clause.rest.startswith(number_phrase) or not usable(clause) or clause.lemma in MEASURING_LEMMAS:
        return None  # "How many shares did volume total?": the number is what the subject measures
    after = clause.rest[len(number_phrase):].strip()
    if _splits(after):
        return None
    inverted = _inverted(replace(clause, rest=after), actors)
    return f"{wh} {inverted}?"


def _splits(after: str) -> bool:
    """ "500 tonnes [of food]", "9,000 staff [and 1.4 million customers]", "20 firefighters
    [and seven helicopters]", "leave 28 people dead in El Oro [and two fatalities in Azuay]",
    "19 daily newspapers [and broadcasting stations]": asked for, the number would split its
    phrase or its pair."""
    paired = rf"\band (?:[\d$€£]|(?:{'|'.join(NUMBER_WORDS)})\b)"
    return after.startswith(("of ", ",", "and ", "or ")) or re.search(paired, after, re.I) is not None


def usable_except_subject(clause: Clause | None) -> bool:
    """Like usable(), for a question that replaces the subject (a number in it)."""
    if clause is None or clause.negated or not clause.verb or ", " in clause.subject or (
        STRANDED_RELATIVE.search(f"{clause.subject} {clause.rest}")
    ):
        return False
    return balanced(clause.subject) and balanced(clause.rest) and len(
        f"{clause.subject} {clause.rest}".split()) <= MAX_WORDS


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def leaves_its_year(sentence: str, worded: str) -> bool:
    """A figure's sentence tells a year that a question worded from its clause leaves out:
    "The party won 640 votes" of "the party, which in 1992 won 640 votes" asks of no election
    in particular."""
    return any(year not in worded for year in YEAR.findall(sentence))


def leaves_its_time(sentence: str, worded: str) -> bool:
    """As `leaves_its_year`, or the sentence opens on a time ("Last season, Ash missed 17
    games": "How many games did Ash miss?" asks of no time)."""
    return FRONTED_TIME.match(sentence) is not None or leaves_its_year(sentence, worded)


# a time a sentence opens on, set off by a comma ("Last season,", "In March,")
FRONTED_TIME = re.compile(rf"^[^,]{{0,30}}\b(?:(?i:{'|'.join(sorted(TIME_NOUNS - {'time'}))})s?|"
                          rf"{'|'.join(sorted(w.capitalize() for w in (*MONTHS, *WEEKDAYS)))}|\d{{4}}s?)\b[^,]{{0,15}}, ")


def opens_on_pronoun(text: str) -> bool:
    """A sentence opening on "It"/"They"/"Their ..." or "Since then it ..." leans on a sentence
    the reader lacks."""
    words = [w.strip(",;:") for w in text.split()[:3]]
    if not words:
        return False
    if words[0].lower() in OPENING_PRONOUNS or LEANING_OPENING.match(text):
        return True
    if FRONTED_PRONOUN.match(text):  # "At the same time, it announced ..."
        return True
    # "Since then it has ...", not "Apple said it ..." (the antecedent comes first)
    for word in words:
        if word.lower() in SUBJECT_PRONOUNS:
            return True
        if word.lower() not in OPENERS:
            return False
    return False


def mentions(text: str, name: str) -> bool:
    """`name` appears in `text` as whole words, ignoring case."""
    return find_name(text, name) is not None


def find_name(text: str, name: str) -> re.Match | None:
    """Whole-word match ignoring case and the curly/straight apostrophe difference."""
    return _whole_words(_straight(name)).search(_straight(text))


@lru_cache(maxsize=1024)
def _whole_words(name: str) -> re.Pattern:
    """Compiled once per name: every question of an article looks for the same few names."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)


def _straight(text: str) -> str:
    return text.replace("’", "'")


def find_actor_name(text: str, name: str) -> re.Match | None:
    return _standing_alone(name).search(text)


@lru_cache(maxsize=1024)
def _standing_alone(name: str) -> re.Pattern:
    return re.compile(actor_name_pattern(name))


def actor_name_pattern(name: str) -> str:
    """`name` standing alone: not "US" in "US-led", "Norway" in "Norway’s", "RTS" in "RTS,S"."""
    return rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-]|[,.]\w)"


def _inverted(clause: Clause, actors: dict[str, Actor], keep_perfect: bool = False) -> str:
    """Auxiliary, subject, verb, rest: do-support with the lemma when there is no auxiliary.

    A perfect asked about a point in time turns simple ("When had X provided" -> "When did X
    provide"); one asked about a duration stays ("How long has X been drilling").
    """
    subject = _subject_inside(clause, actors)
    aux, verb = clause.aux, clause.verb
    simplify = aux.lower() in PERFECT and not keep_perfect
    if simplify and verb.split()[0] == "been" and len(verb.split()) > 1:
        aux, verb = ("were" if _plural(clause, actors) else "was"), verb.split(maxsplit=1)[1]
    elif simplify and len(verb.split()) == 1:
        aux, verb = "did", clause.lemma  # "had provided on ..." asks "when did ... provide"
    elif not aux and clause.lemma.lower() == "be":
        aux, verb = verb, ""  # "Turnout was 41%" -> "When was turnout 41%?", no "did ... be"
    elif not aux:
        if clause.tense == "past":
            aux = "did"
        else:
            aux = "do" if _plural(clause, actors) else "does"
        # "first described" -> "did ... first describe"
        verb = " ".join([*verb.split()[:-1], clause.lemma.split()[-1]])
    words = [aux.lower(), subject, verb, clause.rest]
    return " ".join(w for w in words if w)


def _subject_inside(clause: Clause, actors: dict[str, Actor]) -> str:
    """The subject as it reads mid-sentence: "The request" -> "the request", names kept."""
    first, *others = clause.subject.split()
    if (first.lower() in DETERMINERS | LEADING_ADVERBS or first.lower() in NUMBER_WORDS
            or _prefixed(first, clause, actors)):
        # "the request", "only Leonardo's ...", "four Lakeport residents", "ex-Soviet Lakeland"
        return clause.subject[:1].lower() + clause.subject[1:]
    # "Chief engineer Dario Ruiz", "Relief camps": a common word that only led the sentence
    proper = _a_name_opening(first, others, clause, actors)
    return clause.subject if proper else first.lower() + clause.subject[len(first):]


def _a_name_opening(first: str, others: list[str], clause: Clause, actors: dict[str, Actor]) -> bool:
    """The subject's first word is, or opens, a name."""
    return bool(
        any(c.isupper() for c in first[1:])  # "US-led", "WHO"
        or _in_a_name(re.split(r"['’]", first)[0], actors)  # "Norway", "Kenya's", "Obama aides"
        or _a_name_before_a_hyphen(first, actors)  # "Amtek-powered cars"
        # "Norwegian Foreign Ministry", "Mayor Okafor", "King Tom Ash"; not "Neighbouring
        # Suffolk" nor "Fire-frazzled Northern California"
        or (others and others[0][:1].isupper() and not re.fullmatch(r"\w{3,}ing", first.lower())
            and not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", first))
        or (not others and (clause.subject_actor is not None or not is_english_word(first.lower())))  # "Oslo", "Shas"
        or clause.opens_on_a_name  # "Lakeport champion Ana Costa"
    )


def _a_name_before_a_hyphen(word: str, actors: dict[str, Actor]) -> bool:
    """ "Amtek-powered", "Lakeport-based": a name joined to a word in lower case."""
    head, hyphen, _ = word.partition("-")
    return bool(hyphen) and head.istitle() and _in_a_name(head, actors)


def _prefixed(word: str, clause: Clause, actors: dict[str, Actor]) -> bool:
    """ "Ex-Soviet": a prefix capitalised only because it opened the sentence (not "Co-Op Bank")."""
    return ("-" in word and word.split("-")[0].lower() in WORD_PREFIXES and not clause.opens_on_a_name
            and not _in_a_name(word, actors))


def _in_a_name(word: str, actors: dict[str, Actor]) -> bool:
    """A word of an actor's name ("Norway", "Obama" of Barack Obama); an institution's common
    head word only where it opens the name ("Police" of "Lakeport Police" is "police"); a common
    word only where it opens or ends one ("Share" of "Lakeport All Share Index": "share prices")."""
    names = [name for actor in actors.values() for name in actor.names]
    if word.lower() in INSTITUTION_HEADS:
        return any((found := find_name(name, word)) and found.start() == 0 for name in names)
    if is_english_word(word.lower()):
        return any(word in (name.split()[0], name.split()[-1]) for name in names)
    return any(find_name(name, word) for name in names)


def _plural(clause: Clause, actors: dict[str, Actor]) -> bool:
    if clause.aux.lower() in PLURAL_AUX:
        return True
    if clause.subject_actor in actors:
        return actors[clause.subject_actor].kind == "group"
    head = (clause.subject.split(" of ")[0].split() or [""])[-1]  # "the lack of preparations": lack
    if head == clause.subject and not is_english_word(head.lower()):
        return False  # a name alone, not a plural: "Hamas", "Shas"
    return head.endswith("s") and not head.endswith("ss")


def explain(sentence: str, source: str, reckoning: str = "") -> str:
    """The right answer in a sentence, then where the article says so, and how a date the
    sentence does not state was worked out."""
    return f"{sentence} The article says: “{source}”" + (f" {reckoning}" if reckoning else "")


def counted_from_another_event(when: TimeExpression) -> bool:
    """ "two days later", "the following week": a date counted from an earlier event, which a
    question cannot show the reckoning of."""
    return ANAPHORIC_DATE.search(when.text) is not None


def reckoning(when: TimeExpression, published: dt.date | None) -> str:
    """How a date the sentence does not state in full was worked out: "“On Friday”, in an
    article published on Saturday 28 October 1989, is 27 October 1989." (empty when stated)."""
    if not when.date.inferred or published is None:
        return ""
    day = f"{published:%A} {published.day} {published:%B %Y}"
    return f"“{capitalised(when.text)}”, in an article published on {day}, is {describe(when.date)}."

