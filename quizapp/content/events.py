"""Dated clauses -> events, each with its clause split for questions and a short summary.

One event per clause that a temporal expression modifies; the clause's verb decides whether it
happened (past), goes on (a duration) or is only planned, predicted or hypothetical.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from quizapp.content.actors import ActorIndex
from quizapp.content.dates import PARTS_OF_DAY, DateContext, find_time_expressions
from quizapp.content.types import Clause, Event, Sentence, Statement, TimeExpression

MODALS = {"will", "shall", "would", "could", "may", "might", "should", "must", "ca", "can", "'ll"}
AS_EARLY_AS = {"as early as", "as late as", "as recently as"}
OBJECT_DEPS = {"ccomp", "xcomp", "attr", "acomp", "dative", "oprd", "prt"}
PARTICLES = {"back", "up", "down", "off", "out", "on", "in", "away"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
TIME_NOUNS = {"year", "month", "week", "day", "morning", "afternoon", "evening", "weekend",
              "spring", "summer", "autumn", "fall", "winter", "season", "time"}
TIME_PARTS = {"week", "end", "rest", "start", "beginning", "middle", "half", "part", "much", "most",
              "all", "some"}
SETTING_WORDS = {"in", "at", "on", "during", "after", "before", "via", "through", "from"}
RESCHEDULING = {"backdate", "postpone", "delay", "defer", "adjourn"}
CLAUSE_LINKS = {"after", "before", "until", "since", "as", "because"}  # may open a clause
SEQUENCE_WORDS = {"before", "after", "until", "till"}
BASELINE_WORDS = {"from", "than", "below", "above"}  # "cut by 60% from 2013 levels"
SPAN_WORDS = {"for", "between", "from", "until", "till"}
TIME_LINKS = {"after", "before", "while", "when", "upon", "on", "since", "by"}
# "is due to sign", "plans to hold", "expected to vote": the clause under them is not a fact
PLAN_WORDS = {"due", "plan", "expect", "intend", "hope", "aim", "set", "schedule", "go", "want", "propose", "seek"}
CONDITIONAL = {"if", "unless"}
DROP_DEPS = {"punct", "cc", "conj", "mark", "parataxis", "appos", "advcl", "meta", "dep"}
REPORTING = {"say", "tell", "announce", "report", "confirm", "add", "state", "claim", "note", "write",
             "show", "find", "reveal"}
ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.")  # "U.S.", "a.m.", "Inc."
# adverbs between subject and verb that change what the clause claims: "nearly collapsed"
KEPT_ADVERBS = {
    "nearly", "almost", "never", "narrowly", "barely", "hardly", "scarcely", "first", "already",
    "just", "only", "twice", "once", "reportedly", "allegedly", "partly", "briefly", "finally",
}
PRONOUNS = {"it": "thing", "he": "person", "she": "person", "they": "many"}
OWNERS = {"its": "it", "his": "he", "her": "she", "their": "they"}  # their pronouns


@dataclass(frozen=True)
class ParsedSentence:
    """A body sentence with its parse; `doc` was made from the normalised text (same length)."""

    sentence: Sentence
    doc: object


def find_events(
    parsed: Sequence[ParsedSentence], index: ActorIndex, published: dt.date | None
) -> list[Event]:
    """Events in narrative order (planned ones included, marked so)."""
    events: list[Event] = []
    recent: list[str] = []  # subject actors of earlier sentences, newest first
    previous = previous_day = None  # dates of the last things that happened (not reports)
    for position, item in enumerate(parsed):
        doc = item.doc
        speaker = index.actor_at(position, _subject_token(doc[:].root))
        # "Kowalski was elected after he had served": the sentence's own subject comes first
        antecedents = ([speaker] if speaker else []) + recent
        context = DateContext(published, previous, previous_day)
        seen_verbs = set()
        expressions = find_time_expressions(doc.text, context)
        spans = {e: doc.char_span(e.start, e.end, alignment_mode="expand") for e in expressions}
        # "since 2021, when the agency moved the landing from 2024 to 2025": moved in 2021
        hung = {v.i: e for e, span in spans.items() if span is not None for v in _when_clauses(span)}
        # a date beats a duration on the same verb: "jailed for four years on Thursday"
        for expression in sorted(expressions, key=lambda e: e.kind == "duration"):
            if quoted(doc.text, expression.start):
                continue  # direct speech is what someone said, not the story's narrative
            span = spans[expression]
            verb = governing_verb(span) if span is not None else None
            if verb is None or (expression.kind == "point" and _not_when(span)):
                continue
            reported = _reported_clause(verb)
            targets = [(reported or verb, _gapped_conjunct(span, verb))]
            targets += [(clause, None) for clause in _when_clauses(span)]
            for target, gapped in targets:
                key = gapped.i if gapped is not None else target.i
                if key in seen_verbs or hung.get(target.i, expression) != expression:
                    continue
                if expression.kind == "duration" and not _tells_a_start(verb):
                    continue
                seen_verbs.add(key)
                if expression.kind == "duration" and _past_perfect(verb):
                    # "elected in 2013 after he had served for a decade": a decade before 2013
                    expression = _before_other_date(expression, expressions, doc.text, context)
                others = [spans[e] for e in expressions if e is not expression and spans[e] is not None]
                event = _event(target, expression, span, item, index, position, antecedents, context,
                               gapped, others)
                if not _tells_something(event.clause, target):
                    continue
                if not any(_same_event(event, other) for other in events):
                    events.append(event)
                # reports and asides ("footage released on Monday shows") anchor nothing
                aside = target.dep_ == "acl"
                if event.status != "planned" and expression.kind == "point" and not (reported or aside):
                    previous = expression.date
                    previous_day = previous if previous.precision == "day" else previous_day
        if speaker:
            recent.insert(0, speaker)
    return events


def find_statements(parsed: Sequence[ParsedSentence], index: ActorIndex,
                    events: Sequence[Event]) -> list[Statement]:
    """The main clause of each sentence that has no dated event, when a named actor did it in
    the past ("Mayor Okafor has called for a new bridge"): facts a question may ask about.
    """
    dated = {e.sentence_index for e in events}
    found = []
    for position, item in enumerate(parsed):
        verb = item.doc[:].root
        if item.sentence.index in dated or verb.pos_ not in ("VERB", "AUX") or is_planned(verb):
            continue
        auxes = _auxiliaries(verb)
        perfect = any(a.lemma_ == "have" for a in auxes)
        if quoted(item.doc.text, verb.idx) or (_tense(verb, auxes) != "past" and not perfect):
            continue  # quoted words, or a present state ("the camps can hold 60,000")
        clause, kept = clause_of(verb, title_tokens(index, position, item.doc), item.sentence.text,
                                 index, position)
        if clause.subject_actor is None or clause.lemma == "be" or not _tells_something(clause, verb):
            continue  # "X was 38 per cent full": a state, not something X did
        if _points_back(item.doc, kept):
            continue  # "The FTC cited that failure": which one, a question cannot say
        actors = [clause.subject_actor, *(index.actor_at(position, i) for i in sorted(kept))]
        found.append(Statement(item.sentence.text, item.sentence.index, clause,
                               tuple(dict.fromkeys(a for a in actors if a))))
    return found


def _event(verb, expression, span, item, index, position, antecedents, context, gapped=None,
           others=()) -> Event:
    if is_planned(verb):  # "will sign on Friday" means the coming Friday
        expression = _as_future(expression, item.doc.text, context)
    skip = _date_tokens(span) | title_tokens(index, position, item.doc) | _other_events(verb, others)
    clause, kept = clause_of(verb, skip, item.sentence.text, index, position, antecedents, gapped)
    found = [index.actor_at(position, i) for i in sorted(kept)]
    return Event(
        id="",
        when=expression,
        summary=_summary(clause),
        sentence=item.sentence.text,
        sentence_index=item.sentence.index,
        actors=tuple(dict.fromkeys(a for a in [clause.subject_actor, *found] if a)),
        clause=clause,
        status=_status(verb, expression, context.published),
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
        if token.dep_ == "conj" and token.head.i == verb.i and token.pos_ in ("NOUN", "PROPN", "NUM"):
            return token
        token = token.head
    return None


def _reported_clause(verb):
    """"38 people were killed, officials said on Friday": the event is the killing (but in
    '"Build well," she told the paper in 2012' it is the telling)."""
    if verb.lemma_ not in REPORTING:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or quoted(verb.doc.text, clause.idx):
        return None
    return clause


def _past_perfect(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _before_other_date(expression, expressions, text: str, context: DateContext) -> TimeExpression:
    """A past-perfect span measured back from the sentence's other date, not from publication."""
    other = next((e for e in expressions if e.kind == "point" and e.date.year), None)
    if other is None:
        return expression
    year, month, day = other.date.sort_key()
    anchored = DateContext(published=dt.date(year, max(month, 1), max(day, 1)))
    return next((e for e in find_time_expressions(text, anchored) if e.start == expression.start), expression)


def quoted(text: str, position: int) -> bool:
    """Inside quotation marks (normalised text: straight double quotes)."""
    return text.count('"', 0, position) % 2 == 1


def _points_back(doc, kept) -> bool:
    """The clause names something by pointing at an earlier sentence ("that failure", "these
    plans"); "this year" points at the article's own time."""
    return any(
        doc[i].dep_ == "det" and doc[i].lower_ in DEMONSTRATIVES
        and not (doc[i].lower_ == "this" and doc[i].head.lower_ in TIME_NOUNS)
        for i in kept
    )


def _tells_something(clause: Clause, verb) -> bool:
    """Not what did not happen ("did not tell regulators until June"), not a report with
    nothing reported ("official results showed on Monday"), not a finite verb or participle
    without a doer ("compared with 78 per cent at the same time last year", "July was the
    hottest month")."""
    if clause.negated or (not clause.subject and not (
        verb.tag_ == "VB" or verb.tag_ == "VBG" and verb.dep_ == "pcomp"
    )):
        return False  # "including a Galileo mission in October": no one does it
    if verb.dep_ == "acl" and clause.rest and set(clause.rest.split()) <= PARTICLES:
        return False  # "corrosion dating back to 2013": the date was all it said
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
           and not any(t.dep_ in ("cc", "punct") for t in c.doc[verb.i + 1 : c.i])
           for c in verb.children):
        return False  # "Shoppers interviewed on Wednesday had mixed views": a participle
        # the parser read as the main verb, joined to the real one with no "and"
    if clause.lemma.split()[-1] in REPORTING:
        # "Ferguson said in a statement": where it was said, not what
        return bool(clause.rest) and clause.rest.split()[0].lower() not in SETTING_WORDS
    return True


def _not_when(span) -> bool:
    """A date the clause aims at or spans, not when it happened: "set sentencing for Sept.
    12", "papers published between 2008 and 2025", "served from 2009 to 2011"."""
    token = span.root
    if token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ == "dobj" and token.head.lemma_ in ("spend", "celebrate", "mark")
    ):
        # "July was the hottest month", "spent New Year's Eve there": the date is what the
        # clause is about, and the clause without it says nothing (the parser also calls
        # "stalled the following day" an object)
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "and 2025" in "between 2008 and 2025"
    if (token.dep_ in ("nummod", "compound", "nmod", "amod") and token.head.dep_ == "pobj"
            and token.head.head.lower_ in SEQUENCE_WORDS | BASELINE_WORDS):
        return True  # "before their 2017 relegation", "from 2013 levels": another time's date
    if token.dep_ == "poss" and token.head.dep_ == "dobj":
        return True  # "welcomed Wednesday's result": the result's date, not the welcome's
    if token.head.dep_ == "acl" and token.head.lemma_ in ("end", "begin", "start", "close"):
        return True  # "revenue for the fiscal year ended March 31": when the year ended
    # the phrase may come with its preposition ("on Wednesday") or without ("Sept. 12")
    carrier = token if token.dep_ == "prep" else token.head
    if carrier.dep_ != "prep":
        return False
    if carrier.lower_ == "of" and carrier.head.lemma_ in TIME_PARTS:
        return True  # "the first week of May", "much of the 2000s": a part of the date
    if carrier.head.lemma_ in ("start", "begin") and carrier.head.tag_ == "VBG":
        return True  # "mourning starting on Wednesday": when it begins, not when declared
    if carrier.lower_ == "to" and carrier.head.lemma_ in RESCHEDULING:
        return True  # "arrears backdated to August", "postponed to March": the new date
    if carrier.lower_ == "to":  # "from 2009 to 2011", not "goes back to 1965"
        return any(t.lower_ == "from" for t in carrier.doc[max(0, carrier.i - 6) : carrier.i])
    return carrier.lower_ in SPAN_WORDS


def _tells_a_start(verb) -> bool:
    """"has been drilling for two years" dates a start; "was jailed for four years" and "the
    highest turnout since 1989" do not."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _as_future(expression: TimeExpression, text: str, context: DateContext) -> TimeExpression:
    future = find_time_expressions(text, context, future=True)
    return next((e for e in future if e.start == expression.start), expression)


def governing_verb(span):
    """The verb the date phrase belongs to: "opened" in "In 2007, Norway opened ..."."""
    token = span.root
    while token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "aux", "auxpass"):
        if token.head.i == token.i:
            return None
        token = token.head
    while token.head.pos_ in ("VERB", "AUX") and (
        token.dep_ == "xcomp" or token.dep_ in ("advcl", "ccomp") and _infinitive(token)
        or token.dep_ == "ccomp" and token.tag_ == "VB" and not _auxiliaries(token)
    ):
        # "had to fend", "began requiring airlines to train crews", "came from behind to beat
        # them on Sunday", "saw its shares fall on Tuesday": the event of the main verb
        token = token.head
    return token


def _auxiliaries(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _infinitive(verb) -> bool:
    """ "to beat them", "(allowed) its review period to expire"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_planned(verb) -> bool:
    """Future, modal, planned or conditional: "will be retaken", "is due to sign"."""
    chain = [verb]
    while chain[-1].head.i != chain[-1].i and (
        chain[-1].dep_ in ("xcomp", "ccomp", "acomp")
        or chain[-1].dep_ == "conj" and not _has_subject(chain[-1])  # "could X, but Y said"
    ):
        chain.append(chain[-1].head)
    for token in chain:
        children = list(token.children)
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in children):
            return True
        if token.i != verb.i and token.lemma_ in PLAN_WORDS:
            return True
        if token.lemma_ in PLAN_WORDS and any(c.dep_ == "xcomp" for c in children):
            return True
    # "wind gusts of up to 60 km/h expected on Thursday": a forecast
    return verb.tag_ == "VBN" and verb.lemma_ in ("expect", "forecast", "predict", "schedule")


def _status(verb, expression: TimeExpression, published: dt.date | None) -> str:
    if is_planned(verb) or _present_simple(verb):
        return "planned"  # "gives drivers a rise in January": a schedule, not a past event
    if published and expression.date.year and expression.date.sort_key() > (
        published.year, published.month, published.day
    ):
        return "planned"  # a present tense about a later date: "the summit opens on Monday"
    return "ongoing" if expression.kind == "duration" else "past"


def _present_simple(verb) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP") and not auxes


def _subject_token(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.i
    return -1


def _same_event(a: Event, b: Event) -> bool:
    """A restatement: same date, same subject actor, same verb."""
    if not (a.clause and b.clause):
        return False
    return (
        a.when.date == b.when.date
        and a.clause.lemma == b.clause.lemma
        and a.clause.subject_actor is not None
        and a.clause.subject_actor == b.clause.subject_actor
    )


def clause_of(verb, skip: set[int], original: str, index: ActorIndex, position: int, recent=(),
              gapped=None):
    """Split the clause of `verb` into subject, auxiliary, verb and the rest, `skip` left out;
    with `gapped`, the rest is that conjunct ("..., and a second one in 2023").

    Returns the Clause and the tokens it kept, whose actors are the event's.
    """
    verb_text, head = verb.text, verb
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and verb.head.dep_ != "ROOT":
        # "the offensive launched by the coalition on November 5" -> a passive clause;
        # "temperatures peaking at 38.1C on 19 July" -> temperatures peaked
        subject = verb.head
        if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ == "NOUN":
            subject = subject.head.head  # "a notice of intent sent": the notice was sent
        passive = verb.tag_ == "VBN"
        auxes, aux = [], ("were" if subject.tag_ in ("NNS", "NNPS") else "was") if passive else ""
        verb_text = verb.text if passive else _past_tense(verb)
        rest = _right_part(verb, skip)
        tense = "past"
    else:
        while not _has_subject(head) and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "X opened a consulate and rendered aid": the subject is X's
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head.i != verb.i and subject is not None and subject.ent_type_ == "PERSON" and any(
            c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in verb.children
        ):
            subject = None  # "Vermeulen was suspended and [his team] dropped him": not himself
        if subject is not None and subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
            # "a review that began in November": the review began; "Idai in March, which
            # killed 600": not March but the noun before it; "which is in debt and has been
            # in talks since": the same noun
            relative = subject
            dated = head.head.ent_type_ in ("DATE", "TIME")
            subject = _noun_before(head.head) if dated else _agreeing(head, head.head)
            person = subject is not None and subject.ent_type_ == "PERSON"
            if person and relative.lower_ in ("which", "that"):
                subject = None  # "Lekaldero, ..., at a school that shelters": never said of a person
            elif subject is not None and not person and relative.lower_ == "who":
                # "Truffer, head of the rescue team, who has led": the person, not the team
                subject = next((t for t in subject.ancestors if t.ent_type_ == "PERSON"), subject)
        elif subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            subject = verb.head  # the parser hung the main verb on its subject: "X, one of them, paid"
        # "had led ... and became": a conjunct in the past tense has no auxiliary of its own
        shared = verb.tag_ != "VBD"
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i and shared]
        if head.i == verb.i or not auxes:
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        aux = auxes[0].text if auxes else ""
        doer = _gerund_doer(verb) if subject is None else None
        if doer is not None:
            # "signed after passing a medical on Thursday": the signer passed it, then
            subject, auxes = doer, []
            being = any(c.lower_ == "being" for c in verb.children)
            aux = ("were" if doer.tag_ in ("NNS", "NNPS") else "was") if being else ""
            verb_text = verb.text if being else _past_tense(verb)
        if gapped is not None:
            rest = _without_asides(list(gapped.subtree), skip)
        else:
            rest = _left_modifiers(verb, skip) + _right_part(verb, skip)
        rest.sort(key=lambda t: (t.i < verb.i, t.i))  # fronted phrases go to the end
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        tense = "past" if doer is not None else _tense(verb, auxes)
        if doer is None and subject is not None and verb.tag_ == "VBG" and not auxes:
            # "with counting beginning in 39 centres the next morning": counting began
            verb_text, tense = _past_tense(verb), "past"
    subject_tokens, subject_text, subject_actor = [], "", None
    if subject is not None:
        verb_tokens = {t.i for t in head.subtree} if subject.is_ancestor(head) else set()
        subject_tokens = _without_asides([t for t in subject.subtree if t.i not in verb_tokens], skip)
        subject_actor = index.actor_at(position, subject.i)
        names = {}
        whose = next((t for t in subject_tokens if t.tag_ == "WP$"), None)
        if whose is not None and head.dep_ == "relcl":
            # "the company whose founder was convicted": the company's founder
            owner = [t for t in head.head.subtree if t.i <= head.head.i]
            names[whose.i] = _text(owner, original) + "’s"
        noun = _noun_before(subject) if subject.lower_ in ("it", "they") and verb.dep_ != "ROOT" else None
        if noun is not None:  # "joined the league when it launched": the league launched
            subject_actor = index.actor_at(position, noun.i)
            names[subject.i] = _text(_noun_phrase(noun), original)
        elif subject.lower_ in PRONOUNS:  # "she and Sir Martin": only the pronoun is replaced
            subject_actor = _antecedent(subject.lower_, index, recent)
            if subject_actor:
                names[subject.i] = index.by_id(subject_actor).name
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in OWNERS), None)
        owner_actor = _antecedent(OWNERS[owner.lower_], index, recent) if owner is not None else None
        if owner_actor:  # "His tenure ..." -> "Hollis’s tenure ..."
            names[owner.i] = index.by_id(owner_actor).name + "’s"
        subject_text = _text(subject_tokens, original, names | _dated_owners(subject_tokens, skip))
    adverbs = [
        c for c in verb.lefts
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in KEPT_ADVERBS and c.i not in skip
    ]
    verb_words = sorted(auxes[1:] + adverbs, key=lambda t: t.i)
    relative_object = [t for t in _relative_object(verb) if t.i not in skip] if gapped is None else []
    clause = Clause(
        subject=subject_text,
        aux=aux,
        verb=" ".join([t.text for t in verb_words] + [verb_text]),
        lemma=" ".join([t.text for t in adverbs] + [verb.lemma_]),
        # a fronted phrase moved to the end loses its capital: "... in Lakeside"
        rest=" ".join(filter(None, [
            _text(relative_object, original,
                  {t.i: t.lower_ for t in relative_object[:1] if t.dep_ == "det"}),
            _text(rest, original, {t.i: t.lower_ for t in rest if t.i == 0 and t.pos_ != "PROPN"}
                  | _dated_owners(rest, skip)),
        ])),
        tense=tense,
        passive=passive,
        negated=any(c.dep_ == "neg" for c in verb.children),
        subject_actor=subject_actor,
    )
    return clause, [t.i for t in subject_tokens + relative_object + rest]


def _agreeing(verb, antecedent):
    """The noun a relative clause's "which has" agrees with: "Campaigners from the Council,
    which has called" -> the Council (the parser may hang the clause on the plural)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    singular = (auxes[:1] or [verb.tag_])[0] in ("has", "is", "was", "does", "VBZ")
    if not singular or antecedent.tag_ not in ("NNS", "NNPS"):
        return antecedent
    nouns = [t for t in antecedent.subtree if t.i < verb.i and t.tag_ in ("NN", "NNP")
             and t.dep_ != "compound"]
    return min(nouns, key=lambda t: len(list(t.ancestors)), default=antecedent)


def _relative_object(verb) -> list:
    """The noun a relative clause's missing object stands for: "the Parthenon Sculptures,
    which Greece has sought" and "the record she set in Chicago" -> the sculptures, the
    record."""
    children = list(verb.children)
    active = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children)
    if verb.dep_ != "relcl" or not active or verb.head.ent_type_ in ("DATE", "TIME"):
        return []
    said = any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in children)
    unsaid = not any(c.dep_ in OBJECT_DEPS or c.tag_ == "WRB" or c.dep_ == "dobj" for c in children)
    if not (said or unsaid and verb.tag_ in ("VBD", "VBN")):
        return []
    noun = verb.head
    return [t for t in noun.subtree if t.i <= noun.i]


def _gerund_doer(verb):
    """The subject of the clause a gerund hangs from, by a preposition ("Villa spent three
    seasons there after being relegated") or a comma ("Hawaiian has struggled, losing $260
    million last year"), when that clause is in the past."""
    link = verb.head.lower_
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and link in TIME_LINKS:
        main = verb.head.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ == "mark" for c in verb.children
    ):
        main = verb.head
    else:
        return None
    if not (verb.tag_ == "VBG" or any(c.lower_ == "being" for c in verb.children)):
        return None
    if main.tag_ not in ("VBD", "VBN") and link not in ("after", "since"):
        return None  # "is due to be sworn in after winning on Sunday": the winning is past
    while not _has_subject(main) and main.dep_ in ("conj", "xcomp", "acomp") and main.head.i != main.i:
        # "won the title in 1981 and spent three seasons down after ...", "is due to be
        # sworn in after winning"
        main = main.head
    return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _past_tense(verb) -> str:
    # imported here: lemminflect imports spaCy, which the web app's processes never need
    from lemminflect import getInflection

    past = getInflection(verb.lemma_, tag="VBD")
    return past[0] if past else verb.text


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _noun_before(token):
    """The nearest earlier noun of the sentence, not a date, that a pronoun or relative can
    stand for ("they" wants a plural): a subject first ("the city failed to add a chemical
    after it switched plants"), else an object ("joined the league when it launched")."""
    plural = token.lower_ == "they"
    for roles in (("nsubj", "nsubjpass"), ("dobj", "pobj", "attr")):
        for noun in reversed(token.doc[: token.i]):
            if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in roles:
                if (noun.tag_ in ("NNS", "NNPS")) == plural and noun.ent_type_ not in ("DATE", "TIME"):
                    return noun
    return None


def _noun_phrase(noun) -> list:
    """"the professional league" from "league": its determiner and modifiers, no clauses."""
    return [t for t in noun.subtree if t.i <= noun.i and t.head.i == noun.i or t.i == noun.i]


def _antecedent(pronoun: str, index: ActorIndex, recent) -> str | None:
    """The newest earlier subject that fits the pronoun: "It" -> the country just named."""
    want = PRONOUNS[pronoun]
    for actor_id in recent:
        kind = index.by_id(actor_id).kind
        if (want == "person") == (kind == "person") and (want != "many" or kind in ("group", "organization")):
            return actor_id
    return None


def _tense(verb, auxes) -> str:
    words = [a.lower_ for a in auxes]
    if any(w in MODALS for w in words):
        return "future" if words[0] in ("will", "shall", "'ll") else "present"
    first = auxes[0] if auxes else verb
    return "past" if first.tag_ in ("VBD", "VBN") else "present"


def _date_tokens(span) -> set[int]:
    """The date phrase with the preposition that only carries it: "in 2007", "on November 1"."""
    tokens = {t.i for t in span}
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("early", "late", "earlier", "later"):
        tokens.add(span.start - 1)  # "early on Friday"
    if span.start > 2 and span.doc[span.start - 3 : span.start].text.lower() in AS_EARLY_AS:
        tokens |= set(range(span.start - 3, span.start))
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        tokens.add(span.end)  # "last year['s] Tour": the owner's mark goes with the date
    for conj in (c for t in span for c in t.rights
                 if c.dep_ == "conj" and c.i >= span.end and c.ent_type_ != "DATE"):
        # "on Sept. 30 [and his team, ..., dropped him]": the parser hung another clause's
        # subject on the date
        tokens |= {t.i for t in conj.subtree}
        tokens |= {c.i for c in conj.head.rights if c.dep_ == "cc" and c.i < conj.i}
    for prep in (t for t in span.doc if t.dep_ == "prep" and t.i not in tokens):
        inside = [c.i for c in prep.subtree if c.i != prep.i]
        if inside and all(i in tokens for i in inside):
            tokens.add(prep.i)  # "since [early on Monday]": nothing left to carry
    noun = span.root
    if noun.dep_ == "prep":
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    while noun.dep_ == "conj" and noun.head.ent_type_ == "DATE" and noun.head.i != noun.i:
        noun = noun.head  # "Thursday" in "on Wednesday and Thursday": one phrase
    tokens |= {t.i for t in noun.subtree if t.ent_type_ == "DATE" or t.dep_ == "cc"}
    # "after a wet June": the date's own article and adjectives go with it
    tokens |= {c.i for c in noun.lefts if c.dep_ in ("det", "amod") and noun.ent_type_ == "DATE"}
    head = span.root.head if span.start <= noun.i < span.end else noun.head
    if head.lower_ == "of" and head.head.lemma_ in PARTS_OF_DAY:
        tokens |= {t.i for t in head.head.subtree}  # "on the morning of 20 May": all of it
        head = head.head.head
    if head.dep_ == "prep" and head.pos_ == "ADP":
        phrase = [t for t in head.subtree if t.i != head.i]
        # "in 2007", and whole ranges: "between 2016 and 2019"
        if all(t.i in tokens or t.ent_type_ == "DATE" or t.dep_ == "cc" for t in phrase):
            tokens |= {t.i for t in head.subtree}
    return tokens


def title_tokens(index: ActorIndex, position: int, doc) -> set[int]:
    """Long job titles, left out of summaries with their article ("the Wall Street Journal
    reporter Evan Gershkovich" -> "Evan Gershkovich"); "Governor Roy Cooper" keeps its one word."""
    tokens = set()
    for sentence, a, b in index.titles:
        if sentence == position and b - a > 2:
            lead = a - 1 if a > 0 and doc[a - 1].lower_ in ("the", "a", "an") else a
            tokens |= set(range(lead, b))
    return tokens


def _right_part(verb, skip: set[int]) -> list:
    """What follows the verb, without side remarks: appositions, parentheses, long relatives."""
    tokens, objects = [], 0
    for child in verb.rights:
        if child.dep_ in DROP_DEPS and not (child.dep_ == "advcl" and child.tag_ == "VB"):
            continue
        if child.dep_ == "prep" and child.lower_ in CLAUSE_LINKS and _holds_a_clauses_subject(
                child, verb):
            continue
        objects += child.dep_ == "dobj"
        if child.dep_ == "dobj" and objects > 1 and _set_off(child):
            continue  # "issued a decree ..., a move that surprised some": a remark, not an object
        tokens += list(child.subtree)
    return _without_asides(_before_another_verb(sorted(tokens, key=lambda t: t.i)), skip)


def _holds_a_clauses_subject(prep, verb) -> bool:
    """ "banned after [the Court of Arbitration for Sport (CAS)] rejected his appeal": the
    parser made the clause's subject the preposition's object and hung its verb elsewhere."""
    clause = next((c for c in verb.rights if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
                   and c.i > prep.right_edge.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return all(t.is_punct for t in prep.doc[prep.right_edge.i + 1 : clause.left_edge.i])


def _before_another_verb(tokens: list) -> list:
    """Up to a second verb group the parser hung inside a phrase: "bought X for $1.2 billion
    [and has since expanded production ...]" goes on with another clause."""
    for n, token in enumerate(tokens):
        if n and token.dep_ in ("aux", "auxpass") and token.doc[token.i - 1].dep_ == "cc":
            return tokens[:n]
    return tokens


def _without_asides(tokens: list, skip: set[int]) -> list:
    """Tokens less side remarks: appositions, parentheses, long or comma-set relative clauses."""
    inside = {t.i for t in tokens}
    asides = {
        i
        for t in tokens
        if t.head.i in inside and t.head.i != t.i  # the phrase's own head is never an aside
        if t.dep_ == "parataxis" or t.dep_ == "appos" and _set_off(t)
        or t.dep_ in ("relcl", "acl") and (len(list(t.subtree)) > 6 or _set_off(t))
        for i in (s.i for s in t.subtree)
    }
    return _without_parentheses([t for t in tokens if t.i not in skip and t.i not in asides])


def _left_modifiers(verb, skip: set[int]) -> list:
    """Fronted phrases that are not the date: "In Lakeside, 6,000 people ..." keeps "in Lakeside"."""
    tokens = []
    for child in verb.lefts:
        if child.dep_ == "prep":
            phrase = [t for t in child.subtree if t.i not in skip]
            if len(phrase) > 1:
                tokens += phrase
    return tokens


def _set_off(token) -> bool:
    """An apposition between commas is an aside; "the carrier Alpine Air" is the name itself."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in (",", "(", "–", "—")


def _without_parentheses(tokens: list) -> list:
    kept, depth = [], 0
    for t in sorted(tokens, key=lambda t: t.i):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(t)
    return kept


def _dated_owners(tokens, skip: set[int]) -> dict[int, str]:
    """ "Monday's pass", "before Wednesday's vote" without the date: "the pass", "the vote"."""
    found = {}
    for token in tokens:
        for date in token.children:
            if date.dep_ == "poss" and date.i in skip and date.ent_type_ in ("DATE", "TIME"):
                first = token.doc[date.right_edge.i + 1]  # the word after "'s"
                found[first.i] = f"the {first.text}"
    return found


def _text(tokens, original: str, names: dict[int, str] | None = None) -> str:
    """Tokens back to the article's own characters, gaps closed, ends trimmed; `names`
    replaces some tokens (a pronoun by its antecedent)."""
    names = names or {}
    tokens = [t for t in tokens if not (t.is_punct and t.i == len(t.doc) - 1)]  # kept in given order
    last = tokens[-1] if tokens else None
    if last is not None and last.i == len(last.doc) - 1 and _glued_stop(last.text):
        names = {**names, last.i: names.get(last.i, last.text)[:-1]}  # "of 49.6C." ends a question
    # a comma left beside a removed apposition or clause: "Holm, [the head of ...], after",
    # "Hollis, [58], had"
    tokens = [
        t for n, t in enumerate(tokens)
        if t.text != ","
        or (n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
            and (n == 0 or tokens[n - 1].i == t.i - 1))
    ]
    parts = []
    for n, t in enumerate(tokens):
        parts.append(names.get(t.i) or original[t.idx : t.idx + len(t)])
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None and (t.whitespace_ or following.i != t.i + 1):
            parts.append(" ")
    text = "".join(parts)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"^[\s,;:–—-]+|[\s,;:–—-]+$", "", text)
    text = re.sub(r"[\s,]+(?:and|or|but)$", "", text)  # "traced the fault to a valve and [...]"
    return _balance_quotes(text)


def _glued_stop(word: str) -> bool:
    """The sentence's full stop left on its last word ("49.6C."), unlike an abbreviation's
    ("U.S.", "a.m.", "Inc.")."""
    return len(word) > 1 and word.endswith(".") and not ABBREVIATION.fullmatch(word)


def _balance_quotes(text: str) -> str:
    """Quotes and brackets in pairs: one opened and cut short at the end is closed (the
    sentence's closing mark went with its final stop); any other odd one goes."""
    for left, right in (("«", "»"), ("“", "”"), ("(", ")")):
        if text.count(left) == text.count(right) + 1 and text.rfind(left) > text.rfind(right):
            text += right
        elif text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    if text.count('"') % 2:
        opened = re.search(r'(?:^|\s)"\S[^"]*$', text)
        text = text + '"' if opened else text.replace('"', "")
    return text


def _summary(clause: Clause) -> str:
    words = [clause.subject, clause.aux, "not" if clause.negated else "", clause.verb, clause.rest]
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:].rstrip(".") + "."  # "at 9 p.m.": one stop
