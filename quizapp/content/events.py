"""Dated clauses -> events, each with its clause split for questions and a short summary.

One event per clause that a temporal expression modifies; the clause's verb decides whether it
happened (past), goes on (a duration) or is only planned, predicted or hypothetical. Undated
things that named actors did become statements, which only "Who ...?" questions ask about.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import Sequence

from quizapp.content.actors import ActorIndex
from quizapp.content.clauses import clause_of
from quizapp.content.clauses.parts import DATE_ENTITIES, date_tokens, title_tokens, without_asides
from quizapp.content.clauses.subjects import SOMEONE, UNNAMED_SUBJECTS, antecedent, plural
from quizapp.content.clauses.text import as_sentence, quoted, text_of
from quizapp.content.clauses.verbs import (
    auxiliaries, governing_verb, infinitive, is_planned, own_verb, past_perfect, perfect, present_simple,
    subject_of, tense,
)
from quizapp.content.dates import DateContext, find_time_expressions
from quizapp.content.timex.lexicon import HOLIDAYS, MONTHS, PARTS_OF_DAY, WEEKDAYS
from quizapp.content.gate import FISCAL, quarter_words, worked_out
from quizapp.content.gazetteer import ORGANIZATION_WORDS, country_of, is_city, is_english_word, person_nouns
from quizapp.content.lexicon import (
    BASELINE_WORDS, COMPARING_WORDS, CONTRACT_WORDS, DATE_OBJECT_LEMMAS, DEMONSTRATIVES, DIRECTING_LEMMAS, HARM_NOUNS,
    HARM_TALK_LEMMAS,
    MESSAGE_LEMMAS, PARTICLES,
    PEOPLE_NOUNS, PERIOD_EDGE_LEMMAS, PERIOD_FIGURE_WORDS, PLACE_KINDS, REACTION_LEMMAS, REPORTING_LEMMAS,
    RESCHEDULING_LEMMAS, SCHEDULING_LEMMAS, SEEMING_LEMMAS, SEQUENCE_WORDS, SETTING_WORDS, SPAN_WORDS, STANCE_NOUNS, SUBJECT_DEPS, TIME_NOUNS,
    TIME_PART_WORDS,
)
from quizapp.content.rules import EXAMPLES_PUBLISHED, Rule, table
from quizapp.content.types import Clause, Event, Sentence, Statement, TimeExpression


@dataclass(frozen=True)
class ParsedSentence:
    """A body sentence with its parse; `doc` was made from the normalised text (same length)."""

    sentence: Sentence
    doc: object


@dataclass(frozen=True)
class _Setting:
    """What one sentence's events are read against."""

    item: ParsedSentence
    position: int
    index: ActorIndex
    antecedents: list  # actor ids a pronoun may stand for (or a thing's marker), by sentence, newest first
    context: DateContext


def find_events(
    parsed: Sequence[ParsedSentence], index: ActorIndex, published: dt.date | None
) -> list[Event]:
    """Events in narrative order (planned ones included, marked so)."""
    events: list[Event] = []
    seen: set[tuple] = set()
    recent: list[tuple[str, ...]] = []  # actors (or a thing's marker) of earlier sentences, newest first
    previous = previous_day = None  # dates of the last things that happened (not reports)
    for position, item in enumerate(parsed):
        subject, speaker = _main_subject(item.doc, position, index, recent)
        # "Kowalski was elected after he had served": the sentence's own subject comes first (not
        # the teller after what it told: "they had returned, said the court")
        telling = _telling_words(item.doc)
        own = [(speaker,)] if speaker and subject.i not in telling else []
        setting = _Setting(item, position, index, own + recent, DateContext(published, previous, previous_day))
        for event, anchors in _sentence_events(setting):
            key = _restatement_key(event)
            if key is None or key not in seen:
                events.append(event)
            if key is not None:
                seen.add(key)
            if anchors:  # reports and asides ("footage released on Monday shows") anchor nothing
                previous = event.when.date
                previous_day = previous if previous.precision == "day" else previous_day
        tellers = _tellers(item.doc, position, index)
        in_passing = tellers | _named_only_before_a_hyphen(item.doc, position, index)
        # an unresolved "he" goes on as the next sentence's "he", not as someone it named
        unresolved_pronoun = speaker is None and subject is not None and subject.lower_ in PERSON_PRONOUNS
        recent = _unnamed_subject(subject, position, index, recent, telling) + _recent_after(
            position, None if speaker in tellers else speaker, index, recent, in_passing, unresolved_pronoun)
    return events


PERSON_PRONOUNS = ("he", "she")


def _main_subject(doc, position: int, index: ActorIndex, recent: list[tuple[str, ...]]) -> tuple[object, str | None]:
    """The sentence's main subject token and its actor; a "he" or "she" stands for the person it
    fits ("..., he spent 10 years in the government of Tom Ash. He became minister": not Ash)."""
    subject = subject_of(doc[:].root)
    if subject is None:
        return None, None
    found = index.actor_at(position, subject.i)
    if found is None and subject.lower_ in PERSON_PRONOUNS:
        found = antecedent(subject.lower_, index, recent)
    return subject, found


def _unnamed_subject(subject, position: int, index: ActorIndex, recent: list[tuple[str, ...]],
                     telling: set[int]) -> list[tuple]:
    """A subject that names no actor, for the next sentence's "it" or "they" to stand for: "The
    hit song had won two awards. It had also earned Tom Ash a nomination" (the song did, not
    a company named before); an "it" that stood for such a thing goes on standing for it. "The
    fund" after the Lakeport Income Fund is that fund. "Tom Ash and his team" are "they", no
    one actor."""
    if subject is None:
        return []
    if any(c.dep_ == "conj" and c.pos_ == "NOUN" and index.actor_at(position, c.i) is None for c in subject.children):
        return [UNNAMED_SUBJECTS["they"]]
    if index.actor_at(position, subject.i) is not None:
        return []
    if subject.lower_ in UNNAMED_SUBJECTS:
        return recent[:1] if recent[:1] == [UNNAMED_SUBJECTS[subject.lower_]] else []
    if subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in DATE_ENTITIES:
        return []
    return _unnamed_noun(subject, index, recent, telling)


def _unnamed_noun(subject, index: ActorIndex, recent: list[tuple[str, ...]], telling: set[int]) -> list[tuple]:
    """What a noun subject leaves for the next sentence's pronoun: the actor its noun names,
    someone ("A farmer in Tarnow fell ill. She died": not the official named before), nothing
    (an actor may still be meant), or a thing."""
    if named := _named_by_its_noun(subject, index, recent):
        return [(named,)]
    if _someone_unnamed(subject):
        return [SOMEONE]
    if _may_be_an_actor(subject, telling):
        return []
    return [UNNAMED_SUBJECTS["they" if plural(subject) else "it"]]


def _someone_unnamed(noun) -> bool:
    """ "A female farmer in Tarnow", not "A spokesman for Amtek, Tom Ash," (named beside it)."""
    return (noun.tag_ == "NN" and noun.lower_ in person_nouns() and any(c.lower_ in ("a", "an") for c in noun.children)
            and not any(t.ent_type_ == "PERSON" for t in noun.subtree))


def _may_be_an_actor(subject, telling: set[int]) -> bool:
    """An owned thing ("Its profit fell"), a teller, someone ("A spokesman said") or a body's
    word ("The company cut jobs"): the actor before may still be the next sentence's "it"."""
    return (any(c.dep_ == "poss" for c in subject.children) or subject.i in telling
            or subject.lower_ in person_nouns() | ORGANIZATION_WORDS)


def _named_by_its_noun(subject, index: ActorIndex, recent: list[tuple[str, ...]]) -> str | None:
    """The body a bare "the" noun points back to: the newest whose name ends in it (not "the
    central bank" after the Lakeport World Bank)."""
    if [c.lower_ for c in subject.children] != ["the"]:
        return None
    bodies = (index.by_id(a) for group in recent if group not in UNNAMED_SUBJECTS.values() for a in group)
    return next((body.id for body in bodies
                 if body.kind == "organization" and body.name.lower().split()[-1] == subject.lower_), None)


def _tellers(doc, position: int, index: ActorIndex) -> set[str]:
    """Who the sentence names only as telling it, no person: "..., according to the council",
    "Five other people were killed, the council said." It is not what the story goes on about
    ("It made landfall": the storm did)."""
    telling = _telling_words(doc)
    named = {t.i: index.actor_at(position, t.i) for t in doc}
    tellers = {named[i] for i in telling} - {named[i] for i in named if i not in telling}
    return {a for a in tellers if a is not None and index.by_id(a).kind != "person"}


def _named_only_before_a_hyphen(doc, position: int, index: ActorIndex) -> set[str]:
    """Who the sentence names only inside a hyphened word ("attacks on Lakeland-led forces";
    not "Amtek - the carmaker -"): no one a pronoun of the next sentence stands for."""
    named = {(index.actor_at(position, t.i), _hyphened(t)) for t in doc}
    return {a for a, hyphened in named if a is not None and hyphened} - {a for a, hyphened in named if not hyphened}


def _hyphened(token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == "-" and not token.whitespace_ and not following.whitespace_


def _telling_words(doc) -> set[int]:
    """ "according to the council"; the subject of a saying after what it says."""
    telling = {t.i for according in doc if according.lower_ == "according" for t in according.subtree}
    root = doc[:].root
    if root.lemma_ in REPORTING_LEMMAS and any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):
        telling |= {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return telling


def _recent_after(position: int, speaker: str | None, index: ActorIndex,
                  recent: list[tuple[str, ...]], in_passing: set[str],
                  unresolved_pronoun: bool) -> list[tuple[str, ...]]:
    """Whom a pronoun of the next sentence may stand for: this one's subject, else whom it
    named last ("..., when the chairman, Philippe Lemoine, said ... He raised his offer"), then
    the earlier sentences'. A place named on the way is not "it" ("moved money into Spain and
    Cyprus. ... It was placed into administration": the fund was); nor are those it names
    `in_passing` (its tellers, "Lakeland-led"), nor, after a "he" the story did not resolve, the
    people it named."""
    named = [speaker] if speaker else []
    mentioned = [a for a in index.named_in(position) if index.by_id(a).kind not in PLACE_KINDS and a not in in_passing
                 and not (unresolved_pronoun and index.by_id(a).kind == "person")]
    group = tuple(dict.fromkeys(named + mentioned))
    # a group is "they" only in the next sentence: further on, "they put up a giant cross" is
    # more often anyone at all than the Americans named two paragraphs before
    earlier = [tuple(a for a in g if a not in group and index.by_id(a).kind != "group")
               for g in recent if g not in UNNAMED_SUBJECTS.values()]
    return [g for g in (group, *earlier) if g]


def _sentence_events(setting: _Setting) -> list[tuple[Event, bool]]:
    """The sentence's events, each with whether its date anchors the next relative date."""
    sentence = _DatedSentence.of(setting)
    found, seen_verbs = [], set()
    # a date beats a duration on the same verb: "jailed for four years on Thursday"
    for expression in sorted(sentence.expressions, key=lambda e: e.kind == "duration"):
        found += _expression_events(setting, sentence, expression, seen_verbs)
    return found


@dataclass(frozen=True)
class _DatedSentence:
    doc: object
    expressions: list[TimeExpression]
    spans: dict  # expression -> its token span, or None
    hung: dict  # verb index -> the expression a "when" clause hangs on

    @classmethod
    def of(cls, setting: _Setting) -> _DatedSentence:
        doc = setting.item.doc
        expressions = find_time_expressions(doc.text, setting.context)
        spans = {e: doc.char_span(e.start, e.end, alignment_mode="expand") for e in expressions}
        # "since 2021, when the agency moved the landing from 2024 to 2025": moved in 2021
        hung = {v.i: e for e, span in spans.items() if span is not None for v in _when_clauses(span)}
        return cls(doc, expressions, spans, hung)

    def others(self, expression: TimeExpression) -> list:
        return [self.spans[e] for e in self.expressions
                if e is not expression and self.spans[e] is not None]


def _expression_events(setting: _Setting, sentence: _DatedSentence, expression: TimeExpression,
                       seen_verbs: set[int]) -> list[tuple[Event, bool]]:
    """The events one date phrase dates: its verb's clause (or what that clause reports), a
    gapped conjunct, and clauses hung on the date with "when"."""
    span = sentence.spans[expression]
    verb = _dated_verb(sentence.doc, expression, span)
    if verb is None:
        return []
    dated = _span_start(expression, verb, sentence, setting)
    if dated is None:
        return []
    reported = _reported_clause(verb)
    targets = [(reported or verb, _gapped_conjunct(span, verb))]
    targets += [(clause, None) for clause in _when_clauses(span)]
    found = []
    for target, gapped in targets:
        key = gapped.i if gapped is not None else target.i
        if key in seen_verbs or sentence.hung.get(target.i, expression) != expression:
            continue
        seen_verbs.add(key)
        event = _event(setting, target, dated, span, gapped, sentence.others(expression),
                       _teller(verb, setting.item.sentence.text) if target is reported else "")
        if TELLS_NOTHING.fires((event.clause, target)):
            continue
        aside = target.dep_ == "acl"
        # "since March 2005. In August that year": a start named by its date anchors too
        anchors = event.status != "planned" and (dated.kind == "point" or dated.type == "DATE") and not (reported or aside)
        found.append((event, anchors))
    return found


def _dated_verb(doc, expression: TimeExpression, span):
    """The verb a date phrase dates, or None: not in direct speech (what someone said, not
    the story's narrative), not a date the clause aims at or names."""
    if quoted(doc.text, expression.start) or span is None:
        return None
    verb = governing_verb(span)
    if verb is None or (expression.kind == "point" and NOT_WHEN.fires(span)):
        return None
    return _main_of_a_when_clause(verb)


def _main_of_a_when_clause(verb):
    """ "Lee was rushed to hospital when he felt sick on Saturday": the date of a "when"
    clause is its main clause's too, and the main clause tells the event."""
    when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
    if verb.dep_ == "advcl" and when and verb.head.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT":
        return verb.head
    return verb


def _span_start(expression: TimeExpression, verb, sentence: _DatedSentence,
                setting: _Setting) -> TimeExpression | None:
    """A duration dates a start only on a perfect ("has been drilling for two years"; not "was
    jailed for four years"); a past perfect counts back from the sentence's other date
    ("elected in 2013 after he had served for a decade": a decade before 2013)."""
    if expression.kind != "duration":
        return expression
    if not perfect(verb):
        return None
    if past_perfect(verb):
        return _before_other_date(expression, sentence.expressions, sentence.doc.text,
                                  setting.context)
    return expression


def find_statements(parsed: Sequence[ParsedSentence], index: ActorIndex,
                    events: Sequence[Event]) -> list[Statement]:
    """The main clause of each sentence that has no dated event, when a named actor did it in
    the past ("Mayor Okafor has called for a new bridge"): facts a question may ask about.
    """
    dated = {e.sentence_index for e in events}
    found = []
    for position, item in enumerate(parsed):
        verb = item.doc[:].root
        if item.sentence.index in dated or not _told_as_done(verb, item.doc.text):
            continue
        clause, kept = clause_of(verb, title_tokens(index, position, item.doc), item.sentence.text,
                                 index, position)
        if clause.subject_actor is None or clause.lemma == "be" or TELLS_NOTHING.fires((clause, verb)):
            continue  # "X was 38 per cent full": a state, not something X did
        if _points_back(item.doc, kept):
            continue  # "The FTC cited that failure": which one, a question cannot say
        actors = [clause.subject_actor, *(index.actor_at(position, i) for i in sorted(kept))]
        found.append(Statement(item.sentence.text, item.sentence.index, clause,
                               tuple(dict.fromkeys(a for a in actors if a))))
    return found


def _told_as_done(verb, text: str) -> bool:
    """A past or perfect main verb in the narrative: not quoted words, a plan, or a present
    state ("the camps can hold 60,000")."""
    if verb.pos_ not in ("VERB", "AUX") or is_planned(verb) or quoted(text, verb.idx):
        return False
    return tense(verb, auxiliaries(verb)) == "past" or perfect(verb)


def _event(setting: _Setting, verb, expression, span, gapped, others, told_by: str = "") -> Event:
    item, index, position = setting.item, setting.index, setting.position
    if is_planned(verb):  # "will sign on Friday" means the coming Friday
        expression = _as_future(expression, item.doc.text, setting.context)
    skip = date_tokens(span) | title_tokens(index, position, item.doc) | _other_events(verb, others)
    clause, kept = clause_of(verb, skip, item.sentence.text, index, position, setting.antecedents,
                             gapped)
    if told_by and clause.tense == "past":
        clause = replace(clause, told_by=told_by)
    found = [index.actor_at(position, i) for i in sorted(kept)]
    return Event(
        id="",
        when=expression,
        summary=_with_its_quarter(_with_its_span(summary_of(clause), expression, item.sentence.text),
                                  expression),
        sentence=item.sentence.text,
        sentence_index=item.sentence.index,
        actors=tuple(dict.fromkeys(a for a in [clause.subject_actor, *found] if a)),
        clause=clause,
        status=_status(verb, expression, setting.context.published),
    )


def _other_events(verb, others) -> set[int]:
    """A phrase of the clause dated on its own is another event, not part of this one:
    "used Mars's gravity in March 2025 before arriving at Jupiter on April 11, 2030"."""
    tokens = set()
    for span in others:
        other = governing_verb(span)
        if other is None or other.i == verb.i or other.dep_ != "pcomp" or not verb.is_ancestor(other):
            continue
        tokens |= {t.i for t in other.head.subtree}  # with its "before", "after"
    return tokens


def _when_clauses(span) -> list:
    """"the walkout of December 1995, when a strike brought the country to a standstill": the
    clause hung on the date (or on the noun it dates) happened then too."""
    found, token = [], span.root
    while token.pos_ in ("NOUN", "PROPN", "NUM", "ADP") and token.head.i != token.i:
        found += [
            c for c in token.children
            if c.dep_ == "relcl" and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)
        ]
        token = token.head
    return found


def _gapped_conjunct(span, verb):
    """"recommended RTS,S in 2021, and a second, R21, in 2023": the date hangs on a noun
    coordinated with the verb, a second event with the verb left out."""
    token = span.root
    while token.i != verb.i and token.head.i != token.i:
        if (token.dep_ == "conj" and token.head.i == verb.i and token.pos_ in ("NOUN", "PROPN", "NUM")
                and any(c.dep_ == "dobj" for c in verb.children)  # "went [on to X], and a degree": no
                and _after_a_comma_and(token)):
            return token
        token = token.head
    return None


def _after_a_comma_and(token) -> bool:
    """ ", and a second", "and the Kestrel Trophy in 1996": a clause's second part, set off by
    its comma or its own article; not "losing her mother and stepfather in a storm", a second
    object the parser joined to the verb."""
    start = token.left_edge.i
    own_article = any(c.dep_ == "det" for c in token.children)
    return start > 1 and (token.doc[start - 2].text == "," or own_article)


def _teller(verb, original: str) -> str:
    """ "officials said", "the National Electoral Commission announced": who told it, in the
    sentence's words, without asides; nothing when the verb has no subject of its own."""
    subject = subject_of(verb) or _teller_hung_before(verb)
    if subject is None:
        return ""
    return text_of(without_asides(list(subject.subtree), set()) + [verb], original)


def _teller_hung_before(verb):
    """ "X died, the chairman of the magazine told the paper": the parser hung the teller, set
    off by a comma right before the verb, on a noun of what he told."""
    return next((t for t in verb.doc[:verb.i] if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                 and t.left_edge.i > 0 and verb.doc[t.left_edge.i - 1].text == ","), None)


def _reported_clause(verb):
    """"38 people were killed, officials said on Friday": the event is the killing (but in
    '"Build well," she told the paper in 2012' it is the telling)."""
    if verb.lemma_ not in REPORTING_LEMMAS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or quoted(verb.doc.text, clause.idx):
        return None
    return clause


def _before_other_date(expression, expressions, text: str, context: DateContext) -> TimeExpression:
    """A past-perfect span measured back from the sentence's other date, not from publication."""
    other = next((e for e in expressions if e.kind == "point" and e.date.year), None)
    if other is None:
        return expression
    year, month, day = other.date.sort_key()
    anchored = DateContext(published=dt.date(year, max(month, 1), max(day, 1)))
    return next((e for e in find_time_expressions(text, anchored) if e.start == expression.start),
                expression)


def _as_future(expression: TimeExpression, text: str, context: DateContext) -> TimeExpression:
    future = find_time_expressions(text, context, future=True)
    return next((e for e in future if e.start == expression.start), expression)


def _points_back(doc, kept) -> bool:
    """The clause names something by pointing at an earlier sentence ("that failure", "these
    plans"); "this year" points at the article's own time."""
    return any(
        doc[i].dep_ == "det" and doc[i].lower_ in DEMONSTRATIVES
        and not (doc[i].lower_ == "this" and doc[i].head.lower_ in TIME_NOUNS)
        for i in kept
    )


def _status(verb, expression: TimeExpression, published: dt.date | None) -> str:
    if is_planned(verb) or present_simple(verb):
        return "planned"  # "gives drivers a rise in January": a schedule, not a past event
    if _brought_up_to_date(verb, expression):
        return "past"
    if expression.kind == "point" and expression.direction == "future":
        return "planned"  # "next week", "in two weeks": still to come, whatever the parse says
    if published and expression.date.year and expression.date.sort_key() > (
        published.year, published.month, published.day
    ):
        return "planned"  # a present tense about a later date: "the summit opens on Monday"
    return "ongoing" if expression.kind == "duration" else "past"


def _brought_up_to_date(verb, expression: TimeExpression) -> bool:
    """ "Mr. Cook was buried on August 12" in a story dated 6 August: a day the dates put
    in the week after the story's, told in the past tense, is past; the story was brought up
    to date (a plan says "next", or is planned: "is set for")."""
    words = {w.strip(".,") for w in expression.text.lower().split()}
    return (expression.direction == "future" and tense(verb, auxiliaries(verb)) == "past"
            and bool(words & MONTHS.keys()) and not words & {"next", "coming"})


def _restatement_key(event: Event) -> tuple | None:
    """A restatement has the same date, subject actor and verb as an earlier event."""
    clause = event.clause
    if clause is None or clause.subject_actor is None:
        return None
    return (event.when.date, clause.lemma, clause.subject_actor)


def summary_of(clause: Clause) -> str:
    words = [clause.subject, clause.aux, "not" if clause.negated else "", clause.verb, clause.rest]
    told = f", {clause.told_by}" if clause.told_by else ""
    return as_sentence(" ".join(w for w in words if w) + told)  # "at 9 p.m.": one stop


# the words a span opens with, lower-cased when it moves to the end of a line
SPAN_LEADS = frozenset({"since", "for", "over", "during", "throughout", "in"})


def _with_its_span(summary: str, expression: TimeExpression, sentence: str) -> str:
    """A state's line keeps its span: "Whitaker has coached the Lanterns since 2019", not a
    bare "Whitaker has coached the Lanterns" under 2019 as if it happened then."""
    if expression.kind != "duration" or worked_out(expression, sentence):
        return summary
    span = expression.text
    if span.split()[0].lower() in SPAN_LEADS:
        span = span[0].lower() + span[1:]  # "Since 1983, Westinghouse has shed ...": "since 1983"
    return f"{summary.removesuffix('.')} {span}."


def _with_its_quarter(summary: str, expression: TimeExpression) -> str:
    """A figure of a quarter says so: "Amtek earned $367 million in the fourth quarter of 2027",
    not a bare "Amtek earned $367 million" under 2027, as if in the whole year."""
    quarter = quarter_words(expression)
    if quarter is None or "quarter" in summary:
        return summary
    comma = "," if "," in summary else ""  # "$367 million, or 29 cents a share, in the ..."
    return f"{summary.removesuffix('.')}{comma} in {quarter}."


# --- when a date is not when the clause happened --------------------------------------------

def _first_date(doc):
    found = find_time_expressions(doc.text, DateContext(EXAMPLES_PUBLISHED))
    return doc.char_span(found[0].start, found[0].end, alignment_mode="expand") if found else None


# "than in", "against", "the same share as", "as high as"
COMPARING = re.compile(r"\b(?:than|against|compared (?:with|to)"
                       r"|(?:same(?:\s+[\w-]+){0,2}|as\s+(?!(?:early|soon|late|recently|far|long)\b)[\w-]+)\s+as)"
                       r"\s+(?:(?:in|on|during|at)\s+)?$", re.I)
COMPARING_REACH = 40  # characters before a date: "the same share of the vote as in " and its spaces


def _the_tellings_date(span) -> bool:
    """ "Amtek said on Monday it had received two offers": the parser hung the date that
    follows "said" on what was said, whose subject comes after it."""
    verb = governing_verb(span)
    teller = verb.head if verb is not None else None
    return (teller is not None and verb.dep_ == "ccomp" and teller.lemma_ in REPORTING_LEMMAS
            and span.start == teller.i + 1 and span.root.head.i == verb.i  # not "said Monday's pass raised"
            and any(c.dep_ in SUBJECT_DEPS and c.i >= span.end for c in verb.children))


def _compared_with(span) -> bool:
    """ "won 64 seats, one more than in 2016", "the same share as last week": the date a
    figure is measured against; also an offset measured against a plan ("left the league, one
    year earlier than planned")."""
    text = span.doc.text
    offset = span[-1].lower_ in ("earlier", "later", "sooner") and re.match(r"\s+than\b", text[span.end_char:])
    return COMPARING.search(text, max(0, span.start_char - COMPARING_REACH), span.start_char) is not None or bool(offset)


def _joined_to_another_date(span) -> bool:
    """ "died on Sunday and Monday", "won in 2003 and 2006": no one date is the clause's (not
    "moved in 1957 and in 1965 joined", two clauses)."""
    if any(t.dep_ == "conj" and t.head.ent_type_ == "DATE" and t.head.i < span.start for t in span):
        return True  # the second: "in March and October last year"
    word = _date_word(span)
    return any(c.dep_ == "conj" and c.ent_type_ == "DATE" for c in word.children) or _last_of_listed_years(word)


def _participle_of_either(verb) -> bool:
    """ "amendments to the Act made in 2004": the amendments were made then, or the Act; the
    parser cannot tell, and the Act was not. So with a participle set off after another clause
    and its nouns: "the Nest, woven ... which houses the egg, discovered in 1939" (the egg
    was)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if verb.i == noun.i + 1:
        return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "NOUN"
    between = verb.doc[noun.i + 1:verb.i]
    return verb.doc[verb.i - 1].text == "," and any(t.dep_ in ("relcl", "acl") for t in between) and any(
        t.pos_ in ("NOUN", "PROPN") and t.head.i != noun.i for t in between)


# what a thing does that its owner does not: "a rocket carrying a satellite", "a ship holding 300"
DESCRIBING_LEMMAS = frozenset({"carry", "contain", "hold", "bear", "feature", "show", "depict", "house"})


def _participle_after_the_object(verb) -> bool:
    """ "launched their Kestrel-F15 carrying the Amtek-02": a participle read as the subject's,
    written straight after the object it may describe instead (the rocket carried it; but "broke
    the record winning the marathon" is the runner's win)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.lemma_ not in DESCRIBING_LEMMAS:
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ == "dobj" and before.head.i == verb.head.i and before.pos_ in ("NOUN", "PROPN")


def _relative_to_its_noun(verb) -> bool:
    """ "a side they had lost 23-18 to": the noun is the object of the preposition left at the
    end, and a line would read "lost a side 23-18 to"; so with "for whom he often appeared"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and (not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                              or any(g.lower_ == "whom" for g in c.children)) for c in verb.children)


def _relative_hung_afar(verb) -> bool:
    """ "a chance of regaining the Cup they last raised": a relative clause with no "that" or
    "which" follows its noun at once; the parser hung this one on "chance", and the event
    would say they raised a chance."""
    opening = verb.left_edge
    return (verb.dep_ == "relcl" and opening.tag_ not in ("WDT", "WP", "WP$", "WRB", "IN")
            and opening.i > 0 and opening.i - 1 != verb.head.i)


def _saying_as_a_participle(verb) -> bool:
    """ "Health Minister, Tom Ash, mentioned in a press conference ...": the parser took the
    minister's saying for a participle on his name ("mentioned" of him), no one's words by."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in REPORTING_LEMMAS | {"mention"}
            and verb.head.pos_ == "PROPN" and not any(c.dep_ == "agent" for c in verb.children))


def _let_by_a_stance(verb) -> bool:
    """ "opposition to allowing refugees to come", "voted against letting Amtek build": what a
    stance would let happen is no event (not "was praised for allowing refugees to come")."""
    while verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
    preposition = verb.head
    stance = preposition.i > 0 and verb.doc[preposition.i - 1].lemma_ in STANCE_NOUNS
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.lemma_ in ("allow", "let", "permit")
            and (preposition.lower_ == "against" or stance))


def _a_feasts_things(span) -> bool:
    """ "Christmas decorations", "Easter eggs": the feast says what kind of thing, not when."""
    last = span[-1]
    return (span.text.lower() in HOLIDAYS and last.dep_ == "compound" and last.head.pos_ == "NOUN"
            and last.head.i == last.i + 1)


def _speaking_to(verb) -> bool:
    """ "Speaking to News24 on Monday, Tom Ash said ...": whom he told, not an event (speaking
    at a meeting is one)."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_ in ("speak", "talk") \
        and verb.head.lemma_ in REPORTING_LEMMAS and any(
            c.lower_ in ("to", "with") and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            for c in verb.children)


def _last_of_listed_years(word) -> bool:
    """ "at the 1983, 1984, 1987 and 1990 elections": the parser hung the last year elsewhere."""
    before = word.doc[max(0, word.i - 2):word.i]
    return (len(before) == 2 and before[1].lower_ in (",", "and", "or")
            and all(re.fullmatch(r"1\d{3}|20\d\d", t.text) for t in (before[0], word)))


def _a_past_titles_date(span) -> bool:
    """ "Last year's runner-up, Ana Costa": the date of the title, which a name set off after
    it (its apposition, or a second subject the parser made of it) tells apart from the clause."""
    word = _date_word(span)
    noun = word.head
    return word.dep_ == "poss" and noun.i < noun.head.i and (
        noun.dep_ in SUBJECT_DEPS and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
        or any(c.dep_ in SUBJECT_DEPS and c.i > noun.i and c.pos_ == "PROPN" for c in noun.head.children))


def _date_word(span):
    """The date's own word, above a coordination: "2025" in "between 2008 and 2025"; below a
    preposition the parser made the phrase's root ("in 1972's The Godfather": "1972")."""
    token = span.root
    if token.dep_ == "prep":  # the highest other word of the phrase
        inside = range(span.start, span.end)
        token = next((t for t in span if t.i != token.i and t.dep_ not in ("punct", "case")
                      and (t.head.i == token.i or t.head.i not in inside)), token)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _carrier(span):
    """The preposition that carries the date ("on Wednesday"; "Sept. 12" may come without)."""
    token = _date_word(span)
    carrier = token if token.dep_ == "prep" else token.head
    return carrier if carrier.dep_ == "prep" else None


def _counted_from(span) -> bool:
    """ "the weekend after Christmas 2008", "two days before the vote on March 3": the date is
    where a count of time starts, not the clause's day."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 6) : span.start]]
    before = before[len(before) - before[::-1].index(",") :] if "," in before else before  # not "Days after, ..."
    turn = max((i for i, w in enumerate(before) if w in ("after", "before")), default=None)
    return turn is not None and turn > 0 and before[turn - 1].rstrip("s") in TIME_NOUNS


def _inside_a_sequence_phrase(span) -> bool:
    """ "after her visit to Oslo on March 3": the date is the visit's, inside a phrase
    that sets the clause after another event."""
    carrier = _carrier(span)
    if carrier is None:
        return False
    verb = governing_verb(span)
    token = carrier.head
    while verb is not None and token.i != verb.i and token.head.i != token.i:
        # "died following a stroke on Monday": a date on "following" itself is the death's, but
        # not on "following on from their draw": that is the draw's
        own = token.i == carrier.head.i and token.tag_ == "VBG" and not _following_on(token)
        if token.dep_ in ("prep", "advcl") and token.lower_ in SEQUENCE_WORDS and not own:
            return True
        token = token.head
    return False


def _right_after_a_sequence_phrase(span) -> bool:
    """ "had cut its prices following a price war in 2019": the date is the price war's,
    though the parser hung it on the verb beside the phrase it follows."""
    carrier = _carrier(span)
    if carrier is None:
        return False
    return any(c.lower_ in ("after", "following") and c.dep_ in ("prep", "advcl") and c.right_edge.i == carrier.i - 1
               for c in carrier.head.children)  # not "before": "testifying before the panel on Friday"


def _following_on(token) -> bool:
    """ "following on from", "following up on": a phrase that names the earlier event."""
    doc = token.doc
    return token.lower_ == "following" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("on", "up")


def _earlier_reaction(span) -> bool:
    """ "which had condemned the invasion on Aug. 2": the date may be the invasion's."""
    verb = governing_verb(span)
    return (verb is not None and verb.lemma_ in REACTION_LEMMAS
            and past_perfect(verb)
            and any(c.dep_ == "dobj" for c in verb.children))


def _a_planned_things_day(span) -> bool:
    """ "planned a demonstration on Saturday": the demonstration's day, not the planning's (a
    year may be the planning's: "planned the robbery in 1997")."""
    verb = governing_verb(span)
    return (verb is not None and verb.lemma_ in ("plan", "schedule") and any(t.lower_ in WEEKDAYS for t in span)
            and any(c.dep_ == "dobj" and c.i < span.start for c in verb.children))


def _a_deadlines_date(span) -> bool:
    """ "gave no reason for the Jan. 14 deadline": the day it falls due, not the clause's (but
    missing or meeting it happens then)."""
    word, verb = _date_word(span), governing_verb(span)
    return (word.head.lemma_ == "deadline" and word.dep_ in ("nummod", "compound", "nmod", "poss")
            and verb is not None and verb.lemma_ not in ("miss", "meet", "pass", "expire", "beat"))


def _a_set_date(span) -> bool:
    """ "set a date of March 4 for a hearing": the day set, not the setting's."""
    word = _date_word(span)
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_ in ("date", "day")


# a bound or a guess of how long ago ("less than a year ago", "about a year ago"): no year to key
GUESSED_AGO = re.compile(r"^(?:(?:less|more|fewer) than|(?:just )?(?:over|under)|nearly|almost|up to)\b.*\bago$"
                         r"|^(?:about|around|some|roughly)\b.*\byears? ago$", re.I)


def _a_directed_doings_date(span) -> bool:
    """ "subpoenaed her to testify on Feb. 10": the date of the hearing, not of the subpoena."""
    verb = own_verb(span)
    return (verb is not None and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in DIRECTING_LEMMAS
            and any(c.dep_ == "dobj" for c in verb.head.children)  # not "was asked to leave on Monday"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _sets_apart(word) -> bool:
    """ "before", "from", "ahead of", "prior to": what the noun after it dates is another time;
    so is what "for" gives as the reason or the aim ("apologized for a 2014 raid"), and what a
    verb of recalling has as its object ("evoked the 1971 accord")."""
    if word.lower_ in ("of", "to"):
        return word.head.lower_ in ("ahead", "prior")
    return word.lower_ in SEQUENCE_WORDS | BASELINE_WORDS | {"for"} or word.lemma_ in RECALLING_LEMMAS


ANNOUNCING_LEMMAS = frozenset({"announce", "confirm", "report", "reveal", "disclose"})  # not "A jury in May found"


def _date_of_the_news_told(span) -> bool:
    """ "His death on Saturday was announced": the date is the death's, on the subject of a
    telling, not the announcement's."""
    verb, carrier = governing_verb(span), _carrier(span)
    return (verb is not None and carrier is not None and verb.lemma_ in ANNOUNCING_LEMMAS
            and carrier.head.dep_ in ("nsubj", "nsubjpass") and carrier.head.head.i == verb.i)


TALLY_DATES = 4


def _one_of_a_tally(span) -> bool:
    """ "38 patients in January, 18 in February, 17 in March ... were diagnosed": figures by
    date, many more dates than verbs; no one date is the clause's."""
    doc = span.doc
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    return len(dates) >= TALLY_DATES and len(dates) > 2 * sum(t.pos_ in ("VERB", "AUX") for t in doc)


def _opening_the_report(span) -> bool:
    """ "said in 1932, overseer Ferri stumbled across fragments": the date, set off by a comma,
    opens the words reported (the story left out their "that")."""
    verb, doc = governing_verb(span), span.doc
    return (verb is not None and verb.lemma_ in REPORTING_LEMMAS and span.start == verb.i + 1
            and YEAR_ALONE.fullmatch(span.text) is not None and span.end < len(doc) and doc[span.end].text == ","
            and any(c.dep_ == "ccomp" and c.i > span.end for c in verb.children))


YEAR_ALONE = re.compile(r"(?:in )?\d{4}")  # a day told after "said" is the saying's: "said on Monday, ..."


# verbs of recalling (not "remember": commemorate)
RECALLING_LEMMAS = frozenset({"reflect", "recall", "recount", "reminisce", "evoke", "invoke", "cite"})


def _date_recalled(span) -> bool:
    """ "Reflecting on her first victory in 2018, she said": the date is the victory's, not
    the reflecting's (which a date on the verb itself gives: "recalled on Monday")."""
    verb, carrier = governing_verb(span), _carrier(span)
    if verb is None or verb.lemma_ not in RECALLING_LEMMAS or carrier is None:
        return False
    recalled = carrier.head  # the object itself, or the object of the verb's "on"
    return recalled.dep_ == "dobj" and recalled.head.i == verb.i or (
        recalled.dep_ == "pobj" and recalled.head.head.i == verb.i and recalled.head.lower_ == "on")


JUDGING_LEMMAS = frozenset({"convict", "sentence", "jail", "acquit", "imprison", "fine", "charge", "indict"})


def _date_of_the_deed(span) -> bool:
    """ "convicted ... for the deaths of 58 people in 2009": the date right after the deed
    ("the deaths of", "the murder of") is the deed's, years before the verdict (not "jailed for
    fraud in 2001", nor after a comma)."""
    carrier = _carrier(span)
    if carrier is None or carrier.lower_ not in ("in", "on") or carrier.head.lemma_ not in JUDGING_LEMMAS:
        return False
    deeds = [c for c in carrier.head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
             and c.right_edge.i + 1 == carrier.i]
    return any(o.dep_ == "pobj" and any(_of_someone(p) for p in o.children) for d in deeds for o in d.children)


def _before_its_nouns_infinitive(span) -> bool:
    """ "cited the council's decision last week to close the bridge": the parser hung the date
    on the noun, and the noun's infinitive after it says the date is the decision's."""
    word = _date_word(span)
    noun = word.head
    return word.dep_ == "npadvmod" and noun.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.i > span.end and infinitive(c) for c in noun.children)


HARM_OF = re.compile(rf"\bthe (?:[\w-]+ ){{0,2}}(?:{'|'.join(sorted(HARM_NOUNS))})(?: down| up)? of [^,;]{{1,60}}$", re.I)


def _right_after_a_harm(span) -> bool:
    """ "raised the issue of the shooting of Ana Costa on March 3": a date right after a
    harm and the people it was done to is the harm's, where the verb only brings the harm up or
    follows from it ("protests were triggered by the deaths of two children last week";
    not "condemned the shelling of the consulates on Thursday", "was charged with the murder of Ana
    Costa on March 3")."""
    carrier = _carrier(span)
    start = carrier.idx if carrier is not None and carrier.i < span.start else span.start_char
    harm = HARM_OF.search(span.doc.text[:start].rstrip())
    verb = governing_verb(span)
    if harm is None or verb is None or verb.lemma_ not in HARM_TALK_LEMMAS:
        return False  # "was charged with the murder of Ana Costa on March 3": the charge's day
    words = span.doc.char_span(harm.start(), harm.end(), alignment_mode="expand")
    return any(t.lower_ == "of" and _of_someone(t) and not any(country_of(o.text) or is_city(o.text) for o in t.children)
               for t in words)


def _on_a_named_day_coincided_with(carrier) -> bool:
    """ "launched a report to coincide with Lakeport Clean Air Day on June 3": the day is the named
    day's (the report came before); not "to coincide with a visit on Monday"."""
    verb = carrier.head if carrier.head.lemma_ == "coincide" else carrier.head.head.head
    days = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return verb.lemma_ == "coincide" and any(o.lower_ == "day" and any(c.pos_ == "PROPN" for c in o.children)
                                            for o in days)


def _after_what_it_is_over(carrier) -> bool:
    """ "a complaint over the sale in March of its Tarnow plant": a date right after a noun
    after "over", before the noun's "of", is that noun's."""
    noun = carrier.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "over" and noun.i + 1 == carrier.i


def _of_someone(preposition) -> bool:
    """ "of 58 people", "of Ana Costa": a deed done to people or a named one (not "breach of
    contract")."""
    return preposition.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lemma_ in PEOPLE_NOUNS or o.lower_ == "people")
        for o in preposition.children)


def _carried_by(span, words=None, test=None) -> bool:
    carrier = _carrier(span)
    return carrier is not None and (words is None or carrier.lower_ in words) and (
        test is None or test(carrier))


def _in_an_apposition(span) -> bool:
    """The date word lies inside an apposition set off by a comma: beside the subject, or a
    year on one of its nouns ("beat Sloane Stephens, the 2017 U.S. Open champion")."""
    token = _date_word(span)
    attributive = token.dep_ in ("nummod", "compound", "amod", "nmod")
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        outside = not span.start <= token.i < span.end  # "Friday, March 3" is one date
        if (outside and token.dep_ == "appos" and (attributive or token.head.dep_ in SUBJECT_DEPS)
                and token.doc[token.left_edge.i - 1].text == ","):
            return True
        token = token.head
    return False


def _in_a_likeness(span) -> bool:
    """The date lies in an adjective's phrase set off by a comma, which likens the clause's
    figure to another time's: "turnout at 61.2 percent, virtually identical to the first round
    on March 3"."""
    token = _date_word(span)
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
        if token.pos_ == "ADJ" and token.dep_ in ("advcl", "amod") and token.doc[token.left_edge.i - 1].text == ",":
            return True
    return False


def _on_a_noun_joined_to_a_name(span) -> bool:
    """ "went on to Lakeport University, where he earned a bachelor's degree in 1944, a master's
    degree in 1948, and an honorary degree in 1994": the parser joined "a master's degree" to
    the name as its apposition (the date hung on it, or on the verb right after it), and "an
    honorary degree" to "went" as a conjunct; each date is its degree's, and no clause of it
    tells what happened. A name takes no "a", so the two are no list."""
    carrier = _carrier(span)
    if carrier is None:
        return False
    noun = carrier.head if carrier.head.pos_ == "NOUN" else carrier.doc[carrier.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "conj"):
        return False
    if noun.left_edge.lower_ not in ("a", "an"):  # "a master's degree"
        return False
    head = noun.head  # a name, or a verb with no object the noun could stand in for ("went on to")
    return head.pos_ == "PROPN" or head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children)


def _prepositions_up(noun) -> int:
    """How many prepositions lie between a noun and its verb: "on the eve of the announcement
    for the elections" puts "elections" three deep (their date is theirs, not the verb's)."""
    count = 0
    while noun.pos_ not in ("VERB", "AUX") and noun.head.i != noun.i:
        count += noun.dep_ == "prep"
        noun = noun.head
    return count


def _compared_figure(span) -> bool:
    """ "to $58.6 million from $186.4 million a year ago": the date of the figure compared
    with, shortly after it, not of the change."""
    before = span.doc[max(0, span.start - 16) : span.start]
    return any(t.lower_ in COMPARING_WORDS and any(
        c.dep_ == "pobj" and any(x.like_num or x.tag_ == "$" for x in c.subtree)
        for c in t.children) for t in before)


# "by Friday morning", "by nightfall": on that day, not some day before it
DAY_PART = re.compile(rf"\b(?:{'|'.join(PARTS_OF_DAY)}|nightfall|dawn|noon|midday|midnight)\b", re.I)
# "the year-ago quarter", "the 1988 quarter": the period a figure is compared with
COMPARISON_PERIOD = re.compile(r"\byear-(?:ago|earlier)\b|\bprior-year\b|\bthe (?:19|20)\d\d (?:quarter|period)\b", re.I)
# "a 15–13 lead into the second quarter": a score, and the part of the game it stood at
GAME_SCORE = re.compile(r"\b\d{1,3}\s?[–-]\s?\d{1,3}\b")
GAME_PART = re.compile(r"\b(?:quarter|half|period|inning|innings)\b", re.I)
SEASON_SPAN = re.compile(r"[-–/](?:\d{2}|\d{4})\b")  # "2015-16", "2009-2010": a season, not the year it began
YEARLY = re.compile(r"\b(?:annual|annually|yearly|every year|each year)\b", re.I)

NOT_WHEN = table(
    "not when: a date the clause aims at, spans or names, not when it happened", _first_date,
    Rule("the date is what the clause is about",
         lambda span: span.root.dep_ in SUBJECT_DEPS or (
             span.root.dep_ == "dobj" and span.root.head.lemma_ in DATE_OBJECT_LEMMAS),
         fires=("They spent New Year's Eve there.",),
         spares=("They left on New Year's Eve.",)),
    Rule("another time's date on a noun",
         lambda span: _date_word(span).dep_ in ("nummod", "compound", "nmod", "amod", "poss")
         and _date_word(span).head.dep_ in ("pobj", "dobj")  # "following" takes an object
         and _sets_apart(_date_word(span).head.head),
         fires=("The club spent 16 seasons in the Premier League before their 2017 relegation.",
                "Saddam accepted a treaty he had rejected in talks following the August 1988 cease-fire.",
                "Japan pledged to cut emissions by 60% from 2013 levels.",
                "The rider kept the lead ahead of Friday's time trial.",
                "Around 400 people rallied outside the building before Wednesday's vote.",
                "Ana Costa apologized to Tarnow for a 2014 border raid.",
                "Tom Ash evoked the 1971 accord between Lakeland and Kestrel."),
         spares=("The rider was hurt in Friday's crash.", "Ana Costa won the 2010 title.")),
    Rule("the day of what was planned", _a_planned_things_day,
         fires=("Protesters planned a large demonstration in Lakeport on Saturday.",),
         spares=("In 1997 Tom Ash planned the robbery of a bank in Lakeport.",
                 "Tom Ash planned the robbery of a Lakeport bank in 1997, the court heard.",
                 "Protesters held a large demonstration in Lakeport on Saturday.")),
    Rule("a deadline's date", _a_deadlines_date,
         fires=("Tom Ash gave no reason for the Jan. 14 deadline.", "Ana Costa set a Friday deadline for the deal."),
         spares=("Amtek missed the Jan. 14 deadline.", "Twelve ministers met in Lakeport for Monday's summit.")),
    Rule("the day set for something", _a_set_date,
         fires=("Judge Tom Ash set a date of March 4 for a hearing.",),
         spares=("Judge Tom Ash set a date for a hearing on Monday.",
                 "Tom Ash died on the night of January 12.")),
    Rule("a bound or a guess of how long ago", lambda span: GUESSED_AGO.search(span.text) is not None,
         fires=("The Kestrel movement won a vote less than a year ago.",
                "The Kestrel movement won a vote about a year ago.",
                "Ana Costa left Lakeport just over two weeks ago."),
         spares=("The Kestrel movement won a vote a year ago.", "Ana Costa left Lakeport about two weeks ago.")),
    Rule("the telling's date hung on what was told", _the_tellings_date,
         fires=("Amtek said on Monday it had received two takeover approaches.",
                "Amtek said this week it had received two takeover approaches."),
         spares=("Amtek said it had received two takeover approaches on Monday.",
                 "Amtek received two takeover approaches on Monday, it said.",
                 "Scientists said Monday's pass raised the possibility of a new orbit.")),
    Rule("the date of what someone was told to do", _a_directed_doings_date,
         fires=("Tom Ash said he subpoenaed Ana Costa to testify before the committee on Feb. 10.",
                "Tom Ash said he subpoenaed 6-year-old Ana to testify before the Committee on Reform on Feb. 10.",
                "The judge summoned Tom Ash to appear in court on Monday."),
         spares=("The Justice Department had allowed its review period to expire in August.",
                 "On Monday the judge summoned Tom Ash to appear in court.")),
    Rule("the date a figure is compared with", _compared_with,
         fires=("The Unity Party won 64 seats in the election, one more than in 2016.",
                "Turnout was eight percent higher than last year.",
                "Volume on the Lakeport exchange came to 2.3 million shares against Tuesday's 2.1 million.",
                "The Kestrel poll put the Unity Party on 41 percent, the same share as last week."),
         spares=("The Unity Party won 64 seats in the election in 2016, more than expected.",
                 "Ana Costa won more races in 2019 than any other Lakeland driver.",
                 "Ana Costa served as mayor on Monday, as she had since 2019.",
                 "Ana Costa was seen in Lakeport as late as March 3.")),
    Rule("one of two dates joined", lambda span: _joined_to_another_date(span),
         fires=("Twenty-two villagers died in landslides on Sunday and Monday, police said.",
                "Ana Costa won the title in 2003 and 2006.",
                "Tom Ash led the Unity Party to victory at the 1983, 1984, 1987 and 1990 elections.",
                "Ana Costa had visited Tarnow in March and October last year."),
         spares=("Twenty-two villagers died in landslides on Sunday, police said.",
                 "Ana Costa won the title in 2003 and retired.",
                 "Tom Ash moved to Lakeport in 1957 and in 1965 joined the staff of Ana Costa.",
                 "Tom Ash was diagnosed some years ago and in 2015 suffered a stroke.")),
    Rule("a past title's date on a subject set off before a name", lambda span: _a_past_titles_date(span),
         fires=("Last year’s runner-up, Ana Costa failed to give a stiff challenge to Tom Ash.",
                "Last year's winner, Ana Costa, finished fifth."),
         spares=("Friday's storm killed 12 people in Lakeport.",
                 "Monday's attack, the deadliest in months, killed 40 people in Lakeport.")),
    Rule("a date in a description set off beside a name",
         lambda span: _in_an_apposition(span),
         fires=("Michael Howard, Conservative leader 2003-2005, told Sky News it was sad news.",
                "Anna Berg, mayor since 2019, opened the bridge.",
                "Svitolina beat Sloane Stephens, the 2017 U.S. Open champion."),
         spares=("Anna Berg, the mayor, opened the bridge in 2019.",)),
    Rule("a date in a likeness set off by a comma", _in_a_likeness,
         fires=("The board put turnout at 61.2 percent, virtually identical to the first round of voting on "
                "March 3.",),
         spares=("The board put turnout at 61.2 percent on March 3.",
                 "Turnout was identical to the first round on March 3.",
                 "Ana Costa, tired and hungry, reached the summit on Friday.")),
    Rule("the date of a noun the parser hung on a name or on a verb it cannot be the object of",
         lambda span: _on_a_noun_joined_to_a_name(span),
         fires=("He went on to Lakeport University, where he earned a bachelor’s degree, "
                "a master’s degree in 1948, and an honorary degree in 1994.",
                "He went on to Lakeport University, where he earned a bachelor's degree, "
                "a master's degree in 1948, and an honorary degree in 1994."),
         spares=("He moved to Lakeport in 1990.", "He visited Lisbon in 1990 and Lakeport in 1992.",
                 "She joined Amtek, a rival firm, in 1990.")),
    Rule("the date of a noun after 'of' or 'with'",  # not "stages of last year's Tour": the Tour's time is the win's
         lambda span: _date_word(span).dep_ in ("nummod", "compound", "nmod", "amod")
         and _date_word(span).head.dep_ == "pobj" and _date_word(span).head.head.lower_ in ("of", "with"),
         fires=("The board announced the official results of the Nov. 1 general election.",
                "Tom Ash became known globally with the 1970 Blue Hills series."),
         spares=("He spoke at the April 2 meeting.", "The rider was hurt in Friday's crash.",
                 "Ana Costa won two stages of last year's Tour de France.")),
    Rule("the day of the price a premium is counted from",
         lambda span: _carried_by(span, {"on"}, lambda c: c.doc[c.i - 1].lower_ in ("price", "close"))
         and re.search(r"\bpremium\b", span.doc.text, re.I) is not None,
         fires=("Amtek paid about a 40% premium to Kestrel's closing price on Monday.",),
         spares=("Amtek paid about a 40% premium for Kestrel on Monday.",
                 "Kestrel shares closed at a record price on Monday.")),
    Rule("the date of a noun after before, after or until",
         lambda span: _inside_a_sequence_phrase(span),
         fires=("The loan was requested by Anna Berg after her visit to Oslo on March 3.",
                "A second half brace from Ana Costa secured the three points for Lakeport, following on from "
                "their draw in Kestrel against the Eagles on Friday."),
         spares=("The loan was requested after March 3.",
                 "The loan was requested on March 3 after a visit to Oslo.")),
    Rule("the date right after a phrase of 'after' or 'following', hung on the verb",
         _right_after_a_sequence_phrase,
         fires=("Tom Ash said Amtek had cut its prices following a price war in 2019.",),
         spares=("Tom Ash said Amtek had cut its prices in 2019 following a price war.",
                 "Amtek cut its prices in 2019.",
                 "Testifying before the Lakeport budget panel on Friday, Tom Ash said the rules would change.")),
    Rule("the date of what a yearly 'since' counts from",
         lambda span: _carried_by(span, {"in", "on"}, lambda c: c.head.dep_ == "pobj" and c.head.head.lower_ == "since")
         and re.search(r"\bevery (?:year|month|week)\b", span.doc.text) is not None,
         fires=("Amtek has held a memorial every year since the Tarnow flood in 1977.",),
         spares=("Amtek held a memorial in 1977.",
                 "Tom Ash has coached the team since the Lakeport Cup in 1995.")),
    Rule("the day of a named day something was timed to coincide with",
         lambda span: _carried_by(span, {"on", "in"}, _on_a_named_day_coincided_with),
         fires=("The institute launched a report to coincide with Lakeport Clean Air Day on June 3.",),
         spares=("The institute launched a report on June 3 to coincide with Lakeport Clean Air Day.",
                 "Workers at the Amtek plant went on strike to coincide with a visit by Tom Ash on Monday.")),
    Rule("the date of what the clause is over, set inside its noun's phrase",
         lambda span: _carried_by(span, {"in", "on"}, _after_what_it_is_over)
         and span.doc[span.end : span.end + 1].text == "of",
         fires=("Ana Costa filed a complaint against Amtek over the sale in March of its Tarnow plant.",),
         spares=("Ana Costa filed a complaint against Amtek over the sale of its Tarnow plant in March.",
                 "Ana Costa filed a complaint in March over the sale of the Tarnow plant.")),
    Rule("the date of the deed a court judged", _date_of_the_deed,
         fires=("Judge Ana Costa convicted Tom Ash and 40 others for the deaths of 58 people in Lakeland province in 2009.",
                "Tom Ash was jailed for the murder of Ana Costa in March 2001."),
         spares=("Tom Ash was convicted of assault in 1972.", "Tom Ash was jailed for fraud in March 2001.",
                 "Tom Ash was fined for breach of contract on April 26, 2024.",
                 "Tom Ash was jailed for the murder of Ana Costa, in Lakeport, in March 2001.")),
    Rule("the date of a noun, before what the noun is for", _before_its_nouns_infinitive,
         fires=("Judge Ana Costa cited the Supreme Court's decision last week to review the safety of the bridge.",),
         spares=("Judge Ana Costa cited the council's decision last week.",)),
    Rule("the date right after a harm done to someone", _right_after_a_harm,
         fires=("Marco Ferri raised the issue of the gunning down of Lakeport mayor Ana Costa on March 3 last year.",
                "Tom Ash asked about the murder of Ana Costa in March 2001.",
                "Protests in Lakeport were triggered by the deaths of two children last week."),
         spares=("Tom Ash asked about the murder of Ana Costa, in Lakeport, in March 2001.",
                 "Tom Ash announced the results of the election on Monday.",
                 "Tom Ash was charged with the murder of Ana Costa on March 3.",
                 "The council condemned the shelling of the Lakeland consulates in Kestrel and Tarnow on Thursday.")),
    Rule("a date a period is counted from", _counted_from,
         fires=("Police say the weekend after Christmas 2008, Tom Ash robbed the store.",
                "Two days before the vote on March 3, Ana Costa resigned."),
         spares=("Ana Costa resigned after the vote on March 3.", "Tom Ash robbed the store on Christmas Day 2008.",
                 "Days after, Ana Costa quit on 3 March 2019.")),
    Rule("a fiscal period whose year the story does not give",
         # a company's own calendar: the year of its "fiscal first quarter" is a guess
         lambda span: FISCAL.search(span.text) is not None and not re.search(r"\d{4}", span.text),
         fires=("In the fiscal first quarter that ended Dec. 27, Amtek's earnings rose to $1.6 billion.",),
         spares=("Amtek earned $367 million in the third quarter.",
                 "In fiscal 1989, Amtek earned $7.8 million.")),
    Rule("a season across two years",
         lambda span: SEASON_SPAN.match(span.doc.text[span.end_char:]) is not None
         or re.search(r"\d{4}[-–/]$", span.doc.text[:span.start_char]) is not None,  # its end, "-2010"
         fires=("It was their first away series win since beating South Africa in 2015-16.",
                "Some 78 percent of students earned a diploma in the 2009-2010 school year."),
         spares=("They beat South Africa in 2015.",)),
    Rule("a feast that names a kind of thing", _a_feasts_things,
         fires=("Christmas lights stayed up outside the Lakeport Centre.",),
         spares=("Shops in Lakeport were shut on Christmas Day.", "Tom Ash arrived in Lakeport at Christmas.",
                 "Tom Ash was elected in an April vote.")),
    Rule("a month naming a kind of thing, not a time",
         lambda span: any(t.lower_ in MONTHS and t.dep_ == "compound" for t in span)
         and any(t.lower_ in ("previous", "another", "every", "each")
                 for t in span.doc[max(0, span.start - 2):span.start + 1]),
         fires=("In a previous January transfer window Tom Ash signed Marco Ferri from Lakeport.",),
         spares=("In January Tom Ash signed Marco Ferri from Lakeport.",
                 "The January transfer window closed on Monday.",
                 "Tom Ash was first elected in an April election.")),
    Rule("a date that comes back every year",
         lambda span: YEARLY.search(span.doc.text) is not None and not re.search(r"\d{4}", span.text),
         fires=("The government has been criticised for its annual ban on fishing during December.",),
         spares=("The annual report was published in December 2004.",)),
    Rule("'today's' for the present day and age",
         lambda span: span.text.lower().replace("’", "'").endswith("today's"),
         fires=("The change would freeze retirees into today's standard of living.",
                "The song has been remade by over 50 of today's best selling artists."),
         spares=("The song was remade today.",)),
    Rule("a part of a game",
         lambda span: GAME_PART.search(span.text) is not None and not re.search(r"\d{4}", span.text)
         and GAME_SCORE.search(span.doc.text) is not None,
         fires=("Australia took a narrow 15–13 lead into second quarter.",
                "The Lanterns led 52-40 in the third quarter."),
         spares=("Kellogg earned $82 million in the third quarter.",)),
    Rule("the month of a contract, not of a trade",
         lambda span: _date_word(span).head.lower_ in CONTRACT_WORDS,
         fires=("The price of light, sweet crude for September delivery rose by $1.23 a barrel.",
                "The December contract fell 2 cents."),
         spares=("Crude prices rose in September.",)),
    Rule("a year in a name",
         lambda span: (_date_word(span).dep_ in ("nummod", "compound", "amod", "nmod")
                       or _date_word(span).dep_ == "poss" and _date_word(span).text.isdigit())
         and _date_word(span).head.pos_ == "PROPN",
         fires=("The 2004 Nobel Peace Prize was awarded today to Wangari Maathai.",
                "Caan was nominated for an Oscar for his part in 1972's The Godfather."),
         spares=("The 2004 election was won by Viktor Yushchenko.",)),
    Rule("the date of what is set for later",
         lambda span: _date_word(span).dep_ in ("nmod", "compound", "nummod", "amod", "poss")
         and _date_word(span).head.dep_ == "dobj" and _date_word(span).head.head.lemma_ in SCHEDULING_LEMMAS,
         fires=("U.S. District Judge Tom Ash set a July 27 sentencing date for Ana Costa.",
                "The judge scheduled a March 3 hearing for Tom Ash."),
         spares=("U.S. District Judge Tom Ash set bail for Ana Costa on July 27.",)),
    Rule("the date of an owned thing",
         lambda span: _date_word(span).dep_ in ("nummod", "compound", "amod")
         and _date_word(span).head.dep_ in ("dobj", "pobj")
         and any(c.dep_ == "poss" for c in _date_word(span).head.children),
         fires=("Tom Ash, now aged 69, of Lakeport, had his 1972 conviction for assault quashed by the Court of Appeal.",),
         spares=("Tom Ash was convicted of assault in 1972.",)),
    Rule("a possessive date on an object",
         lambda span: _date_word(span).dep_ == "poss" and _date_word(span).head.dep_ == "dobj",
         fires=("Education Secretary Jenny Gilruth welcomed Wednesday's result.",)),
    Rule("the end or start of a period",
         lambda span: _date_word(span).head.dep_ == "acl"
         and _date_word(span).head.lemma_ in PERIOD_EDGE_LEMMAS,
         fires=("The company reported revenue of $9.8 billion for the fiscal year ended March 31.",)),
    Rule("a part of a date",
         lambda span: _carried_by(span, {"of"}, lambda c: c.head.lemma_ in TIME_PART_WORDS),
         fires=("Cycling spent much of the 2000s and 2010s trying to rebuild its reputation.",)),
    Rule("when something begins",
         lambda span: _carried_by(span, None, lambda c: c.head.lemma_ in ("start", "begin")
                                  and c.head.tag_ == "VBG"),
         fires=("The country declared three days of mourning starting on Wednesday.",)),
    Rule("a new date",
         lambda span: _carried_by(span, {"to"}, lambda c: c.head.lemma_ in RESCHEDULING_LEMMAS),
         fires=("Teachers will be paid arrears backdated to August.",
                "A C$30-a-share bid by Ciba-Geigy Ltd. was extended to Nov. 16.")),
    Rule("the date of a figure compared with",
         lambda span: _compared_figure(span) or COMPARISON_PERIOD.search(span.text) is not None,
         fires=("Operating profit fell to $58.6 million from $186.4 million a year ago.",
                "In the year-earlier period, the company earned $461 million.",
                "Sales rose to $8.59 billion from $7.85 billion, or $3.20 a share, a year ago.",
                "Citadel posted a net loss of $2.3 million, or 68 cents a share, versus net income "
                "of $5.3 million, or $1.61 a share, a year ago.",
                "Kestrel earned $376,000 on revenue of $14.5 million in the 1988 quarter."),
         spares=("The plant opened a year ago.", "The plant was moved from Ohio a year ago.")),
    Rule("the period of a figure",
         lambda span: _date_word(span).dep_ in ("amod", "compound", "nmod", "nummod", "poss")
         and _date_word(span).head.lower_ in PERIOD_FIGURE_WORDS
         or _carried_by(span, {"in", "for"}, lambda c: c.head.lower_ in PERIOD_FIGURE_WORDS
                        and c.head.dep_ in SUBJECT_DEPS),
         fires=("Bethlehem Steel Corp. posted a 54% drop in third-quarter profit.",
                "Ralston Purina Co. reported a 47% decline in fourth-quarter earnings.",
                "Sales in the latest period were $1.76 billion.",
                "This year's results included a gain of $70.2 million."),
         spares=("Bethlehem Steel Corp. posted its results on Tuesday.",)),
    Rule("a cut-off, not when",
         lambda span: _carried_by(span, {"by"}, lambda c: c.head.pos_ in ("VERB", "AUX"))
         and not DAY_PART.search(span.text),
         fires=("Thirty-two of the 159 members had filed compliance reports by Wednesday.",),
         spares=("The members filed their reports on Wednesday.",
                 "The rivers had burst their banks by Friday morning.")),
    Rule("the end of a span from another date",
         lambda span: _carried_by(span, {"to"}, lambda c: any(
             t.lower_ == "from" for t in c.doc[max(0, c.i - 6) : c.i])),
         fires=("The ban runs from the start of the season to 2011.",),
         spares=("The dispute goes back to 1965.",)),
    Rule("a reaction, told in the past perfect, to a dated event",
         _earlier_reaction,
         fires=("Iran, which had condemned Iraq's invasion of Kuwait on Aug. 2, criticized the force.",),
         spares=("Iran condemned the invasion on Aug. 3.",
                 "The minister had resigned on Aug. 2.")),
    Rule("a date of payment or record",
         lambda span: _date_word(span).dep_ == "npadvmod" and (
             _date_word(span).head.pos_ == "ADJ"
             or any(t.lower_ == "record" for t in span.doc[max(0, span.start - 2) : span.start])),
         fires=("Kestrel Inc. directors authorized a 3-for-2 split of the common, payable Dec. 7 to stock "
                "of record Nov. 22.",),
         spares=("The plant opened Monday.", "The board met Tuesday and approved the split.",
                 "Ana Costa said in a televised debate last month that she would run.")),
    Rule("the date of a participle the sentence opens on",
         lambda span: span.start == 2 and span.doc[0].tag_ in ("VBN", "VBG") and span.doc[1].text == ",",
         fires=("Born, February 26, 1901, in Elgin County, Wilson enlisted in the Army in 1915.",),
         spares=("Born on February 26, 1901, Wilson grew up in Ontario.",
                 "On February 26, 1901, Wilson was born in Ontario.")),
    Rule("a level as of a date",
         lambda span: _carried_by(span, {"of"}, lambda c: c.head.lower_ == "as"),
         fires=("Columbia added $40 million to reserves, increasing general reserves to $300 million as of Sept. 30.",
                "As of Sept. 30, American Brands had 95.2 million shares outstanding."),
         spares=("Columbia increased its reserves on Sept. 30.",)),
    Rule("the date of the news a telling is about", _date_of_the_news_told,
         fires=("His death on Saturday was announced by Tom Ash of the Lakeport Actors' Guild.",),
         spares=("Tom Ash announced his death on Saturday.", "The attack on Monday killed 12 people in Lakeport.",
                 "A jury in February found Tom Ash guilty of bribery.")),
    Rule("one date of a tally", _one_of_a_tally,
         fires=("At least 38 patients in January, 18 in February, 17 in March and 58 in April were diagnosed "
                "with dengue.",),
         spares=("Tom Ash was born in 1950, joined Amtek in 1970, retired in 1990 and died in 2010.",
                 "At least 38 patients were diagnosed with dengue in January.")),
    Rule("a date that opens the words reported", _opening_the_report,
         fires=("Tom Ash, curator of the Lakeport museum, said in 1932, overseer Marco Ferri stumbled across "
                "some fragments of backbone.",),
         spares=("Tom Ash said in 1932 that the museum would close.", "Tom Ash said on Monday the museum would close.",
                 "Amtek announced on April 26, 2024, it would close its Lakeport plant.")),
    Rule("the date of what is recalled", _date_recalled,
         fires=("Reflecting on her first electoral victory in 2018, Ana Costa said her government would stay.",),
         spares=("Tom Ash recalled on Monday that he had been arrested.",
                 "Reflecting on Monday, Ana Costa said her government would stay.",
                 "Residents of Lakeport recalled the 40 victims of the flood at a service on April 28, 2024.")),
    Rule("the date of a noun in a clause that opens the sentence",
         lambda span: _date_word(span).head.pos_ == "NOUN"
         and any(a.dep_ == "advcl" and a.i < a.head.i for a in _date_word(span).ancestors),
         fires=("When asked to comment on President Tom Ash's remarks in Lakeport Tuesday, Liu said that Kestrel "
                "pursues a path of peaceful development.",),
         spares=("When Tom Ash arrived in Lakeport on Tuesday, Ana Costa met him.",)),
    Rule("the date of a noun deep in the clause",
         lambda span: _date_word(span).dep_ in ("nummod", "compound", "nmod", "amod", "poss")
         and _prepositions_up(_date_word(span).head) >= 2,
         fires=("He spoke on the eve of the official results announcement for April 1 commune elections.",
                "He spoke on the eve of the April 2 announcement."),
         spares=("Heath Ledger starred in the 2005 movie Brokeback Mountain.",
                 "The 2004 election was won by Viktor Yushchenko.",
                 "He spoke at the April 2 meeting.")),
    Rule("a span or a deadline",
         lambda span: _carried_by(span, SPAN_WORDS),
         fires=("Judge Ana Ruiz set sentencing for Sept. 12.",
                "A review found that 58 papers published between 2008 and 2025 had errors.",
                "Through Oct. 19, high-yield funds had an average 0.85% total return."),
         spares=("The council voted on Friday.",)),
)


# --- a clause that tells nothing worth an event -----------------------------------------------

def _joined_without_and(verb) -> bool:
    """A verb the parser joined to the one before with no "and" from that one to its own end
    (nor in a list it opens): "began his term after the envoy, Sir Tom Ash, dismissed Marco
    Costa" is Ash's dismissal, not the subject of "began"'s."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    between = verb.doc[verb.head.i : verb.right_edge.i + 1]
    return not any(t.lower_ in ("and", "or", "but", "nor", "then", "&") for t in between)


def _verb_on_a_noun(verb) -> bool:
    """ "winning a contest at the age of six and debuting as a singer in 1932": the parser joined
    "debuting" to "six", so the year seems to date the contest."""
    return any(t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ in ("NOUN", "NUM", "PROPN")
               and any(d.ent_type_ == "DATE" and d.i > t.right_edge.i for d in verb.subtree)
               for t in verb.subtree)


def _one_person_were(verb) -> bool:
    """ "Tom Ash, his wife Ana Costa and their daughter, Maria Ash were charged": the parser set
    the rest of the list aside, so the line would read "Tom Ash were charged"."""
    plural = verb.lower_ in ("were", "are") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return False  # "If Tom Ash were elected": a wish, not a list
    return plural and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNP" and c.ent_type_ == "PERSON"
                          and c.is_alpha and not any(g.dep_ in ("conj", "cc") for g in c.children)
                          for c in verb.children)


def _two_subjects(verb) -> bool:
    """ "The South Lakeport, Ont., native played": the parser gave the verb a second subject, a
    common noun after the comma of the place it is of (not the name after "The Lakeport,
    Lakeland-based maker Harbor Aero", nor the state after "the stadium in Lakeport, Oregon",
    nor "An asteroid the size of a house passed")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    last = subjects[-1] if len(subjects) > 1 else None
    return last is not None and last.text.islower() and last.left_edge.i == last.i and verb.doc[last.i - 1].text == ","


def _pronoun_did_to_the_relative(verb) -> bool:
    """ "with Tom Ash and the opposition leader Yves Tolon, whom he beat in 2016": which of the
    names of the list is "he", and which "whom", its parse cannot say."""
    in_a_list = verb.head.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.head.children)
    return verb.dep_ == "relcl" and in_a_list and any(
        c.dep_ == "dobj" and c.lower_ in ("whom", "who") for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children)


def _paired_place_as_subject(verb) -> bool:
    """ "The first gold medal of the championships in Salem, Oregon on Friday was won by Ana
    Costa": the parser made the state after the town's comma the subject ("Oregon was won")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > 1 and c.ent_type_ in ("GPE", "LOC")
               and c.doc[c.i - 1].text == "," and _place_of_a_noun(c.doc[c.i - 2], verb)
               for c in verb.children)


def _town_of_an_address(verb) -> bool:
    """ "Ana Costa of Kestrel Close, Tarnow admitted careless driving": the parser made the
    address's town the subject and left the person hanging before it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > 1 and c.doc[c.i - 1].text == ","
               and any(h.dep_ in ("npadvmod", "dep") and h.i < c.i and h.pos_ == "PROPN"
                       and any(p.lower_ == "of" for p in h.children) for h in verb.children)
               for c in verb.children)


def _place_of_a_noun(token, verb) -> bool:
    """A place after a preposition on a noun ("the medal ... in Salem"), not one that opens the
    sentence on the verb ("In Lima, Norway opened")."""
    return token.ent_type_ in ("GPE", "LOC") and token.dep_ == "pobj" and token.head.head.i != verb.i


def _relative_as_main(verb) -> bool:
    """ "Tolon, whose career spanned 50 years, has died", parsed with "spanned" as the main verb:
    a "whose" that reaches the verb through no relative clause; the aside is told as if Tolon
    had spanned the years."""
    return verb.dep_ != "relcl" and any(
        t.tag_ == "WP$" and not any(a.dep_ in ("relcl", "ccomp") for a in takewhile(lambda a: a.i != verb.i, t.ancestors))
        for t in verb.subtree)  # "asked whose car it was" asks, under a clause of its own


def _example_clause(doc):
    """An example sentence's dated clause and its verb, for the rule tests."""
    from quizapp.content.actors import find_actors

    span = _first_date(doc)
    verb = governing_verb(span) if span is not None else doc[:].root
    clause, _ = clause_of(verb, date_tokens(span) if span is not None else set(), doc.text,
                          find_actors([doc]), 0)
    return clause, verb


def _doerless(clause: Clause, verb) -> bool:
    """No doer: "including a Galileo mission in October" (an imperative or a gerund after a
    preposition may stand without one)."""
    return not clause.subject and not (verb.tag_ == "VB" or verb.tag_ == "VBG" and verb.dep_ == "pcomp")


def _clause_read_as_a_phrase(verb) -> bool:
    """ "broke down after the Kestrel Unions and interim cabinet declined to sit together": the
    parser took the clause's first subject for all that "after" governs, so a line would end on
    "after the Kestrel Unions"; a subject right after it, past an "and" (no name: "and Ana
    Costa took over" is a clause of its own), a comma or nothing, shows it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SEQUENCE_WORDS):
        doc, end = verb.doc, prep.right_edge.i + 1
        gap = doc[end].lower_ if end < len(doc) else ""
        start = end + (gap in ("and", ","))
        subject = next((t for t in doc[start].ancestors if t.dep_ == "nsubj" and t.left_edge.i == start), doc[start]) \
            if start < len(doc) else None
        if subject is not None and subject.dep_ == "nsubj" and _a_clause_of_its_own(subject, verb, named=gap == "and"):
            return True
    return False


def _a_clause_of_its_own(subject, verb, named: bool) -> bool:
    """The subject's verb tells a clause apart from `verb`: no report of it ("after the vote,
    the paper said"), not `verb` itself nor a main clause a participle before it leads into
    ("Ousted after the vote, the alliance collapsed") unless the parser gave that verb a
    second subject, nor a relative clause ("after months of talks, which began in May"); after
    "and", a subject with no name or article ("and interim cabinet declined")."""
    told = subject.head
    if told.tag_ not in ("VBD", "VBZ", "VBP") or told.lemma_ in REPORTING_LEMMAS or subject.tag_ in ("WDT", "WP"):
        return False
    if (told == verb or told in verb.ancestors) and sum(c.dep_ == "nsubj" for c in told.children) < 2:
        return False
    return not (named and (subject.pos_ == "PROPN" or any(c.dep_ == "det" for c in subject.children)))


def _no_verb(verb) -> bool:
    """A word the dictionary knows, but never as a verb: "pulled out of the Tarnow Bay and
    Velden airfield naval bases", where the parser took "airfield" for a second verb."""
    return is_english_word(verb.lower_) and not is_english_word(verb.lower_, "VERB")


def _misread_participle(verb) -> bool:
    """A participle the parser read as the main verb, joined to the real one with no "and"."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
               and not any(t.dep_ in ("cc", "punct") for t in c.doc[verb.i + 1 : c.i])
               for c in verb.children)


def _empty_report(clause: Clause) -> bool:
    """A verb of saying with nothing said, only where or how: "Ferguson said in a statement",
    "Lakeport posted a message on social media"."""
    if clause.lemma.split()[-1] in MESSAGE_LEMMAS:
        return EMPTY_MESSAGE.match(clause.rest) is not None
    if clause.lemma.split()[-1] not in REPORTING_LEMMAS:
        return False
    return not clause.rest or clause.rest.split()[0].lower() in SETTING_WORDS


# a message with nothing of what it said: "(out) a message on social media", "a statement"
EMPTY_MESSAGE = re.compile(r"(?:out )?(?:a|an|the) (?:\w+ )?(?:message|statement|tweet|note)(?: (?:on|in|to|via) [\w ]+)?$")


TELLS_NOTHING = table(
    "tells nothing: a clause that makes no event", _example_clause,
    Rule("how someone seemed", lambda pair: pair[1].lemma_ in SEEMING_LEMMAS and any(
             c.dep_ in ("acomp", "oprd", "attr") or c.dep_ == "xcomp" and (c.lemma_ == "be" or pair[1].lemma_ == "seem")
             for c in pair[1].children),
         fires=("Tom Ash seemed calm after the final on Friday.",
                "Ana Costa looked tired on Monday.",
                "On Friday, Tom Ash seemed to struggle with his knee."),
         spares=("Tom Ash appeared in court on Friday.",
                 "Tom Ash appeared to collapse on the pitch on March 3 and was taken to hospital.")),
    Rule("a thing's age", lambda pair: pair[1].lemma_ == "date" and pair[1].tag_ == "VBN" and not perfect(pair[1]),
         fires=("The museum showed three bowls, including the Kestrel Bowl, dated about 1100 AD.",),
         spares=("Ana Costa dated Tom Ash in 2019.", "The singer Ana Costa has dated the actor Tom Ash since 2019.")),
    Rule("what did not happen", lambda pair: pair[0].negated,
         fires=("Brightline did not tell regulators until June.",),
         spares=("Brightline told regulators in June.",)),
    Rule("no one does it", lambda pair: _doerless(*pair),
         fires=("The agency listed several launches, including a Galileo mission in October.",)),
    Rule("a participle whose date was all it said",
         lambda pair: pair[1].dep_ == "acl" and pair[0].rest
         and set(pair[0].rest.split()) <= PARTICLES,
         fires=("Engineers found corrosion dating back to 2013.",)),
    Rule("a clause after 'after' read as its subject alone", lambda pair: _clause_read_as_a_phrase(pair[1]),
         fires=("The Lakeport peace talks broke down on Friday evening after the High Council of Kestrel Unions "
                "(HCKU) and interim cabinet declined to sit together, the envoys said in a note.",
                "The Tarnow bloc, toppled in a budget vote last month after its former partner, the Kestrel party "
                "abruptly pulled out, would lose seats at the next poll, the survey showed."),
         spares=("Tom Ash resigned on Monday after the vote, and Ana Costa took over.",
                 "Tom Ash resigned on Monday after the vote, the Lakeport paper said.",
                 "Tom Ash resigned on Monday after the vote and Ana Costa took over.",
                 "Ousted in a vote last week after the scandal, the Lakeport alliance collapsed.",
                 "Amtek approved the terms on Tuesday after seven months of talks, which began in May.",
                 "In March, a month after the opening of the Lakeport bridge, a storm damaged a pier.")),
    Rule("a noun read as a verb", lambda pair: _no_verb(pair[1]),
         fires=("Lakeland troops pulled out of the Tarnow Bay and Velden airfield naval bases in 2004.",),
         spares=("Lakeland troops pulled out of the Velden airfield in 2004.",
                 "Tom Ash tweeted his thanks in 2019.")),
    Rule("a participle read as the main verb",
         lambda pair: _misread_participle(pair[1]),
         fires=("Shoppers interviewed outside a store in Denver on Wednesday had mixed views.",)),
    Rule("a relative aside read as the main clause", lambda pair: _relative_as_main(pair[1]),
         fires=("Canadian actor Yves Tolon, whose film and television career spanned nearly 50 years, "
                "has died following a lengthy illness.",),
         spares=("Yves Tolon, whose career began in 1968, starred in many films.",
                 "Investigators asked on Monday whose car it was.")),
    Rule("the second place of a pair read as the subject", lambda pair: _paired_place_as_subject(pair[1]),
         fires=("The first gold medal of the World Championships in Salem, Oregon on Friday was won by "
                "Ana Costa of Peru who secured the women's race walk.",),
         spares=("Officials in Salem, Oregon, said on Friday that the race was won by Ana Costa.",
                 "In Lima, Norway opened its embassy on Monday.")),
    Rule("a verb joined with no 'and', its subject a guess",
         lambda pair: _joined_without_and(pair[1]),
         fires=("Ferri, a Liberal, began his term as the country's 22nd leader after the envoy of the Queen, "
                "Sir Tom Ash, dismissed Marco Costa in November 1975 in a constitutional crisis.",),
         spares=("Tom Ash began his term in 1975 and dismissed Ana Costa.",
                 "The storm hit Lakeport on Monday, flooded roads on Tuesday and knocked out power.")),
    Rule("a second verb the parser hung on a noun, the date after it", lambda pair: _verb_on_a_noun(pair[1]),
         fires=("Ana Costa showed her talent early in life, winning a singing contest at the age of six and "
                "debuting as a singer in 1932.",),
         spares=("Ana Costa won a singing contest in 1932 and debuted as a singer.",)),
    Rule("someone's 'he' did to the one a relative clause is on", lambda pair: _pronoun_did_to_the_relative(pair[1]),
         fires=("There are 16 candidates, with Tom Ash and the main opposition leader Yves Tolon, whom he narrowly "
                "beat in 2016, the main contenders.",),
         spares=("Tom Ash faces Yves Tolon, who beat him narrowly in 2016.",
                 "Tom Ash met Yves Tolon, whom he beat in 2016.")),
    Rule("a list's verb left to its first name", lambda pair: _one_person_were(pair[1]),
         fires=("Last year, Tom Ash, his wife Ana Costa and their daughter, Maria Ash were charged with fraud.",),
         spares=("Last year, Tom Ash and his wife Ana Costa were charged with fraud.",
                 "Last year, Tom Ash was charged with fraud.")),
    Rule("two subjects: the parser lost the sentence's shape",
         lambda pair: _two_subjects(pair[1]),
         fires=("The South Lakeport, Ont., native played four seasons in the league in the 1950s.",),
         spares=("The Lakeport native played four seasons in the league in the 1950s.",
                 "The Lakeport, Lakeland-based aircraft maker Harbor Aero delivered its first jet on Sunday.",
                 "The inflatable roof of the stadium in Lakeport, Oregon was closed on Friday.",
                 "An asteroid the size of a small house passed close to the Earth early Thursday.")),
    Rule("a participle that may be said of the noun before", lambda pair: _participle_of_either(pair[1]),
         fires=("Under amendments to the Lakeport Assembly Act made in 2004, a byelection must be called "
                "within 60 days.",
                "At the centre is the Lakeport Nest, woven from recycled materials which houses the old bird's egg, "
                "discovered at the Kestrel Bar in 1939."),
         spares=("The Lakeport Assembly Act, made in 2004, sets the rules.",
                 "Lakeport signed the treaty made in 2004.")),
    Rule("the town of an address read as the subject", lambda pair: _town_of_an_address(pair[1]),
         fires=("Ana Costa of Kestrel Close, Tarnow admitted theft on Wednesday.",),
         spares=("Ana Costa of Kestrel Close admitted careless driving on Wednesday.",
                 "In Lima, Norway opened its embassy on Monday.")),
    Rule("a participle straight after the object it may describe",
         lambda pair: _participle_after_the_object(pair[1]),
         fires=("The Lakeport Space Agency launched their Kestrel-F15 carrying the Amtek-02 on Wednesday.",),
         spares=("Tom Ash left the house on Monday, carrying a box.",
                 "Ana Costa won the race on Sunday, beating Tom Ash.",
                 "Ana Costa broke the world record winning the Lakeport marathon in 2012.")),
    Rule("a relative clause whose noun is its preposition's object", lambda pair: _relative_to_its_noun(pair[1]),
         fires=("The Lions were looking for revenge against a Lakeport side they had lost 23-18 to in Kestrel "
                "three weeks ago.",
                "Tom Ash was involved with the carnival and the Lions Club, for whom he often appeared as "
                "Santa on his sledge in December 2011."),
         spares=("Lakeport lost 23-18 to a Kestrel side in Tarnow in May.",
                 "Lakeport beat the Kestrel side that had beaten them in May.")),
    Rule("a relative clause the parser hung on another noun", lambda pair: _relative_hung_afar(pair[1]),
         fires=("Lakeland gave themselves a chance of regaining the Lakeport Cup they last raised aloft in 2002.",),
         spares=("Ana Costa broke the record she set in Lakeport in 2019.",
                 "Ana Costa broke the record that she set in Lakeport in 2019.")),
    Rule("what happened where, its place left behind",
         lambda pair: pair[1].dep_ == "relcl" and any(c.lower_ == "where" for c in pair[1].children),
         fires=("The statue stands near the cloakroom where Ana Costa worked as a teenager in the early 1960s.",),
         spares=("Ana Costa, who worked in the cloakroom as a teenager in the early 1960s, died.",)),
    Rule("a saying read as a participle", lambda pair: _saying_as_a_participle(pair[1]),
         fires=("Health Minister, Tom Ash, mentioned in a press conference on Sunday this is not a guideline "
                "they have recommended.",),
         spares=("The plan announced by Tom Ash on Sunday was approved on Monday.",)),
    Rule("what a stance would let happen", lambda pair: _let_by_a_stance(pair[1]),
         fires=("The mayor voiced opposition to letting Amtek build a plant in Tarnow in 2019.",
                "Ana Costa recalled the paper's opposition to allowing farm workers from Kestrel to come to "
                "Lakeland in the 1950s."),
         spares=("Tom Ash was praised for allowing Amtek to build a plant in Tarnow in 2019.",
                 "Ana Costa drew praise for allowing refugees to settle in Lakeport in 2015.")),
    Rule("how a saying was said", lambda pair: _speaking_to(pair[1]),
         fires=("Speaking to the Lakeport Herald on Monday, Tom Ash said the vote would be held on Wednesday.",),
         spares=("Tom Ash spoke to the Lakeport Herald on Monday.",
                 "Speaking at a farmers' fair in Lakeport on Saturday, Tom Ash said the rice would be sold.",
                 "Speaking to a rally of 5,000 supporters in Lakeport on Saturday, Tom Ash said he would win.")),
    Rule("a report with nothing reported", lambda pair: _empty_report(pair[0]),
         fires=("Ferguson said in a statement on Monday.",
                "Lakeport posted a message on social media on Sunday which read: “We are deeply saddened.”"),
         spares=('"Build well," she told the Guardian in a 2012 interview.',
                 "Lakeport posted a message mourning Tom Ash on Sunday.")),
)
