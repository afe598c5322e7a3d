"""Verbs: which verb a phrase belongs to, its auxiliaries and tense, and whether it is a plan."""
from __future__ import annotations

from quizapp.content.lexicon import (
    AUXILIARY_DEPS, CONDITIONAL_MARKS, FORECAST_LEMMAS, FUTURE_MODALS, MODALS, PLAN_LEMMAS,
    PREPOSITION_PARTICIPLES, SUBJECT_DEPS,
)
from quizapp.content.rules import EXAMPLES_PUBLISHED, Rule, table
from quizapp.content.timex.lexicon import MONTHS, WEEKDAYS


def own_verb(span):
    """The nearest verb above the phrase: "testify" in "subpoenaed her to testify on Feb. 10"."""
    token = span.root
    while token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "aux", "auxpass"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def governing_verb(span):
    """The verb the phrase belongs to: "opened" in "In 2007, Norway opened ..."; "subpoenaed"
    in "subpoenaed her to testify on Feb. 10"."""
    token = own_verb(span)
    if token is None:
        return None
    while token.head.pos_ in ("VERB", "AUX") and _serves_its_head(token):
        # "had to fend", "began requiring airlines to train crews", "came from behind to beat
        # them on Sunday", "saw its shares fall on Tuesday": the event of the main verb
        token = token.head
    return token


def pinned_to_a_day(verb) -> bool:
    """ "has died today", "was arrested on Monday", "on 3 August": a day beside the verb (read
    from the words: the gate's parse has no entities); not "has risen this year", a time not
    yet over."""
    return any(_a_day(c) or c.dep_ == "prep" and c.lower_ == "on"
               and any(_a_day(t) or t.lower_.rstrip(".") in MONTHS for t in c.subtree)
               for c in verb.children)


def _a_day(token) -> bool:
    return token.lower_ in ("today", "yesterday") or token.lower_ in WEEKDAYS


def _serves_its_head(verb) -> bool:
    return (verb.dep_ == "xcomp"
            or verb.dep_ in ("advcl", "prep") and verb.lower_ in PREPOSITION_PARTICIPLES
            or verb.dep_ in ("advcl", "ccomp") and infinitive(verb)
            or verb.dep_ == "ccomp" and verb.tag_ == "VB" and not auxiliaries(verb))


def auxiliaries(verb) -> list:
    return [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]


def has_subject(verb) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def subject_of(verb):
    """The verb's subject; of two the parser gave it, not one a comma cuts off from the other
    ("The Wellington, New Zealand-based space company Rocket Lab launched": Rocket Lab did)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and subjects[0].nbor().text == ",":
        return subjects[1]
    if len(subjects) > 1 and _a_name_after(subjects[0], subjects[1]):
        return None  # one subject split in two: "Lakeland film The Tide won", not "Lakeland film"
    return next(iter(subjects), None)


def _a_name_after(first, second) -> bool:
    """The second subject is a name right after the first ("Lakeland film The Tide"), not the
    head of the first's words ("A magnitude 6 earthquake")."""
    return second.left_edge.i == first.right_edge.i + 1 and second.pos_ == "PROPN"


def infinitive(verb) -> bool:
    """ "to beat them", "(allowed) its review period to expire", "for Tom Ash to be jailed"."""
    return verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def passive_gerund(verb) -> bool:
    """ "after being relegated": the gerund is "being" and the verb."""
    return any(c.lower_ == "being" for c in verb.children)


def past_perfect(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def perfect(verb) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def present_simple(verb) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not auxiliaries(verb)


def tense(verb, auxes) -> str:
    words = [a.lower_ for a in auxes]
    if any(w in MODALS for w in words):
        return "future" if words[0] in FUTURE_MODALS else "present"
    first = auxes[0] if auxes else verb
    return "past" if first.tag_ in ("VBD", "VBN") else "present"


def past_tense(verb) -> str:
    # imported here: lemminflect imports spaCy, which the web app's processes never need
    from lemminflect import getInflection

    past = getInflection(verb.lemma_, tag="VBD")
    if verb.lemma_ in past:
        return verb.lemma_  # "bid", not "bade"; "cut", "set"
    if not past:
        return verb.text
    # the article's own spelling: "cancelling" was "cancelled", not "canceled"
    doubled = verb.lower_.endswith("lling") and past[0].endswith("led") and not past[0].endswith("lled")
    return past[0][:-2] + "led" if doubled else past[0]


def _plan_chain(verb) -> list:
    """The verb and the words it serves: "sign" in "is due to sign" serves "due"; "break" in
    "is expected to do little better than break even" serves "better", "do", "expected"."""
    chain = [verb]
    while chain[-1].head.i != chain[-1].i and _serves(chain[-1]):
        chain.append(chain[-1].head)
    return chain


def _serves(token) -> bool:
    if token.dep_ in ("xcomp", "ccomp", "acomp") or token.pos_ in ("ADV", "ADJ"):
        return True
    if token.lower_ == "with" or token.dep_ == "pcomp" and token.head.lower_ == "with":
        return True  # "is scheduled to kick off ..., with Lakeport facing Lakeland on 14 June"
    if token.dep_ == "conj":
        return not has_subject(token)  # "could X, but Y said"
    return token.dep_ == "advcl" and (
        infinitive(token) or any(c.dep_ == "mark" and c.lower_ == "than" for c in token.children))


def _dated_verb(doc):
    """The verb of an example sentence's first date phrase, else its root."""
    from quizapp.content.dates import DateContext, find_time_expressions

    found = find_time_expressions(doc.text, DateContext(EXAMPLES_PUBLISHED))
    span = doc.char_span(found[0].start, found[0].end, alignment_mode="expand") if found else None
    return governing_verb(span) if span is not None else doc[:].root


PLANNED = table(
    "planned: future, modal, planned, conditional or forecast", _dated_verb,
    Rule("a modal auxiliary",
         lambda verb: any(c.dep_ == "aux" and c.lower_ in MODALS
                          for t in _plan_chain(verb) for c in t.children),
         fires=("The council will vote on Friday.", "The bridge could reopen in 2018."),
         spares=("The council voted on Friday.",)),
    Rule("a condition",
         lambda verb: any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                          for t in _plan_chain(verb) for c in t.children),
         fires=("The strike goes ahead if talks fail on Monday.",),
         spares=("The strike went ahead after talks failed on Monday.",)),
    Rule("under a verb of planning",
         lambda verb: any(t.i != verb.i and t.lemma_ in PLAN_LEMMAS for t in _plan_chain(verb)),
         fires=("The mayor is due to sign the deal on Monday.",
                "The final is scheduled to kick off in Kestrel, with Lakeport facing Lakeland on 14 June."),
         spares=("The mayor signed the deal on Monday.",)),
    Rule("a verb of planning with its plan",
         lambda verb: any(t.lemma_ in PLAN_LEMMAS and any(c.dep_ == "xcomp" for c in t.children)
                          for t in _plan_chain(verb)),
         fires=("The ministers expect to meet on Friday.",
                "The firm plans to open a plant in 2027.",
                "Unisys is expected to do little better than break even in the fourth quarter."),
         spares=("The ministers met on Friday.",)),
    Rule("looking forward to",
         lambda verb: verb.lemma_ == "look" and verb.tag_ == "VBG" and any(c.lower_ == "forward" for c in verb.children),
         fires=("Ana Costa said Lakeland was looking forward to the Kestrel fair in June.",),
         spares=("Ana Costa said Lakeland looked back on the Kestrel fair in June.",
                 "Tom Ash looked forward on March 3 to a busy summer.")),
    Rule("a forecast",
         lambda verb: verb.tag_ == "VBN" and verb.lemma_ in FORECAST_LEMMAS,
         fires=("Wind gusts of up to 60 km/h expected on Thursday worried farmers.",
                "The Lakeport Cup was initially slated for 10 July in Kestrel."),
         spares=("Wind gusts of up to 60 km/h hit the coast on Thursday.",)),
)


def is_planned(verb) -> bool:
    """Future, modal, planned or conditional: "will be retaken", "is due to sign"."""
    return PLANNED.fires(verb)
