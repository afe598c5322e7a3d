"""analyze(text) -> Analysis: the stages wired together.

text -> blocks and body sentences (clean) -> one parse per sentence (nlp) -> actors -> dated
events (dates, events) -> timeline -> questions.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Sequence

from quizapp.content import nlp
from quizapp.content.actors import find_actors
from quizapp.content.clean import capitalised_as_elsewhere, check_input, clean, normalize, sentences, unshouted
from quizapp.content.anchors import a_shared_name_alone, in_full, main_organization, named, names_in_full
from quizapp.content.clauses.text import typeset, without_ages
from quizapp.content.gazetteer import is_english_word
from quizapp.content.gate import (FISCAL, Lines, Verdicts, checked_summaries, clean_cut, qualifies_its_fact,
                                  quarter_written_out, tells_a_report, worked_out)
from quizapp.content.published import dates_without_year, stated_published
from quizapp.content.events import ParsedSentence, find_events, find_statements
from quizapp.content.quantities import find_quantities
from quizapp.content.questions import generate
from quizapp.content.timeline import build_timeline
from quizapp.content.timex import find_timexes
from quizapp.content.timex.lexicon import PARTS_OF_DAY, WEEKDAYS
from quizapp.content.timex.scan import forget_sentences
from quizapp.content.types import Actor, Analysis, Event


def analyze(
    text: str, published: dt.date | None = None, title: str | None = None, seed: int = 0
) -> Analysis:
    """Actors, timeline and questions of one English news article.

    Raises ContentError (a ValueError) with a message for the user when the text cannot be
    analysed (empty, binary, HTML, too long, not English).
    """
    return analyze_many([(text, published, title)], seed=seed)[0]


def analyze_many(
    articles: Iterable[tuple[str, dt.date | None, str | None]], seed: int = 0
) -> list[Analysis]:
    """analyze() over many articles, parsing all their sentences in one nlp.pipe stream."""
    prepared = [_prepare(text, published, title) for text, published, title in articles]
    stream = (normalize(s.text) for _, _, body in prepared for s in body)
    docs = iter(nlp.load().pipe(stream))
    return [
        _analysis(cleaned, [ParsedSentence(s, next(docs)) for s in body], published, seed)
        for cleaned, published, body in prepared
    ]


def _prepare(text: str, published: dt.date | None, title: str | None):
    check_input(text)
    text = unshouted(capitalised_as_elsewhere(text, nlp.load().Defaults.stop_words), is_english_word)
    cleaned = clean(text, title=title)
    if published is None:
        published = stated_published(cleaned.dateline)
    return cleaned, published, sentences(cleaned)


def _analysis(cleaned, parsed: list[ParsedSentence], published, seed: int) -> Analysis:
    forget_sentences()
    index = find_actors([p.doc for p in parsed], [p.sentence.text for p in parsed])
    events = find_events(parsed, index, published)
    verdicts = Verdicts(p.doc for p in parsed)
    organization = main_organization(index.actors)
    fiscal = any(FISCAL.search(p.sentence.text) for p in parsed)
    timeline, unclear, asked = (_people_in_full(told, index.actors) for told in
                                _checked(build_timeline(events), verdicts, organization, fiscal, index.actors,
                                         published))
    warnings = []
    if not timeline and not unclear:
        warnings.append("No dated events were found in the article.")
    if unclear:
        warnings.append(f"Dated events left off the timeline, as no line could say who or what: "
                        f"{len(unclear)} (under \"unclear\", to word by hand).")
    if published is None:
        warnings.append("No publication date was given or found: some years may be unknown.")
    unresolved = dates_without_year(cleaned, published)
    if unresolved:
        warnings.append("Dates that could not be placed in a year (their events are left out or undated): "
                        + ", ".join(f"“{phrase}”" for phrase in unresolved) + ".")
    return Analysis(
        title=cleaned.title or "Untitled article",
        published=published,
        actors=index.actors,
        events=timeline,
        questions=generate(index.actors, asked, find_quantities(parsed, index), seed=seed,
                           statements=find_statements(parsed, index, events),
                           published=published, title=cleaned.title, verdicts=verdicts,
                           organization=organization, dated=events),
        author=cleaned.author,
        publisher=cleaned.publisher,
        warnings=tuple(warnings),
        unresolved_dates=unresolved,
        unclear=unclear,
    )


def _checked(timeline: tuple[Event, ...], verdicts: Verdicts, organization: Actor | None, fiscal: bool,
             actors: Sequence[Actor], published: dt.date | None
             ) -> tuple[tuple[Event, ...], tuple[Event, ...], tuple[Event, ...]]:
    """The timeline with every line through the gate, "the company" named; the events left off
    it for a teacher to word (their line does not say who or what); and the events questions
    may ask about: the timeline's, and those left off only as no event of a date ("has run
    Albion since 2015"). An event whose line is no sentence at all leaves all three.
    `fiscal`: the story counts fiscal quarters."""
    written = [quarter_written_out(e.when, e.sentence, fiscal) for e in timeline]
    kept_date = [w is not None or qualifies_its_fact(e.when, e.sentence) for e, w in zip(timeline, written)]
    cuts = [named(_cut(e, w, keep), organization) for e, w, keep in zip(timeline, written, kept_date)]
    main = [_told_by_its_sentence(e, cut, keep) for e, cut, keep in zip(timeline, cuts, kept_date)]
    # "held at Brasília in September 2000 and Guayaquil in July 2002": two in one main clause
    told = Counter(e.sentence for e, is_main in zip(timeline, main) if is_main)
    lines = checked_summaries([None if keep else named(e.summary, organization)
                               for e, keep in zip(timeline, kept_date)], cuts,
                              [_cut_first(e, is_main) for e, is_main in zip(timeline, main)],
                              [told[e.sentence] <= 1 for e in timeline], verdicts,
                              _doubtful(timeline, published))
    lines = _left_for_the_teacher(timeline, lines, actors)
    shown, unclear = _worded(timeline, lines.shown, "e"), _worded(timeline, lines.unclear, "u")
    return shown, unclear, _asked(timeline, lines, shown, unclear)


def _cut(event: Event, written: str | None, keeps_its_date: bool) -> str:
    """The event's sentence (its quarter written out) cut clean, less a date worked out from the
    story's day; with its teller when the date is the telling's."""
    reckoned = worked_out(event.when, event.sentence) and not keeps_its_date
    return clean_cut(written or event.sentence, (event.when.start, event.when.end) if reckoned else None,
                     told=_told_since(event))


def _asked(timeline: tuple[Event, ...], lines: Lines, shown: tuple[Event, ...],
           unclear: tuple[Event, ...]) -> tuple[Event, ...]:
    """The events questions may ask about, by the line they may be told by; one off the
    timeline is one left for the teacher to word, and has its id."""
    ids, unclear_ids = iter(e.id for e in shown), iter(e.id for e in unclear)
    ids_of = [next(ids) if line else next(unclear_ids) if left else None
              for line, left in zip(lines.shown, lines.unclear)]
    return tuple(replace(e, summary=line, id=id_)
                 for e, line, id_ in zip(timeline, lines.asked, ids_of) if line is not None)


def _cut_first(event: Event, main: bool) -> bool:
    """The event of a main clause is told best by its sentence, cut clean; not a verb joined to
    another ("..., and yesterday developed a high fever"): its sentence tells the other first;
    nor a perfect of the day ("has died today"): its summary tells it in the simple past."""
    return main and not (event.clause is not None and (event.clause.joined or event.clause.retold))


def _people_in_full(events: tuple[Event, ...], actors: Sequence[Actor]) -> tuple[Event, ...]:
    return tuple(replace(e, summary=_in_full(e.summary, e, actors)) for e in events)


def _in_full(line: str, event: Event, actors: Sequence[Actor]) -> str:
    """The line with the people it names by surname alone named in full, without their ages,
    and the acronyms and short names ("the Hall") the story spelt out in full."""
    people = [a for a in actors if a.id in event.actors and a.kind == "person"]
    return names_in_full(in_full(typeset(without_ages(line)), people), actors)


def _left_for_the_teacher(timeline: tuple[Event, ...], lines: Lines, actors: Sequence[Actor]) -> Lines:
    """A line that, its people named in full, still says alone a surname two of them bear, or
    that names a day other than its own, is left for the teacher to word."""
    shared = [line is not None and (a_shared_name_alone(_in_full(line, e, actors), actors) or _another_day(line, e))
              for e, line in zip(timeline, lines.shown)]
    return Lines([None if off else line for line, off in zip(lines.shown, shared)],
                 [line if off else left for line, left, off in zip(lines.shown, lines.unclear, shared)],
                 lines.asked)


def _another_day(line: str, event: Event) -> bool:
    """ "died on November 23 after an illness, at a hotel on November 1": the cut kept a day
    of another event, which under the line's own date reads as two (judges failed it)."""
    if event.when.date.precision != "day":
        return False  # "in the quarter ended Sept. 30": the day says which quarter
    days = [t.value[-5:] for t in find_timexes(line, None) if re.search(r"-\d\d-\d\d$", t.value)]
    return any(day != event.when.date.value[-5:] for day in days)


def _worded(timeline: tuple[Event, ...], lines: list[str | None], prefix: str) -> tuple[Event, ...]:
    """The events that have a line, with it, numbered in order ("e1", "e2"...)."""
    worded = [replace(e, summary=line) for e, line in zip(timeline, lines) if line is not None]
    return tuple(replace(e, id=f"{prefix}{n}") for n, e in enumerate(worded, start=1))


def _doubtful(timeline: tuple[Event, ...], published: dt.date | None) -> list[bool]:
    """For each event, whether its line, however it reads, is left for the teacher to check."""
    dated = {(e.sentence, e.when.end) for e in timeline}  # where each date phrase ends
    return [_inside_another(e) or _misread_span(e) or _one_of_two_dates(e, dated) or _source_dropped(e)
            or _told_since(e) or _a_week_back(e, published) or _current_long_ago(e, published) for e in timeline]


WEEKDAY_ALONE = re.compile(rf"^(?:(?:on|early|late)\s+)?(?:{'|'.join(WEEKDAYS)})"
                           rf"(?:\s+(?:{'|'.join(PARTS_OF_DAY)}))?$", re.I)


def _a_week_back(event: Event, published: dt.date | None) -> bool:
    """Dated by a weekday alone six days before the story's day ("headed Tuesday" in a story
    of Monday): a wire story written the night before names the next day so, and judges
    failed two of three such dates (the trip was the next day)."""
    when = event.when
    return (published is not None and when.date.precision == "day" and WEEKDAY_ALONE.match(when.text) is not None
            and (published - dt.date.fromisoformat(when.date.value[:10])).days == 6)


def _current_long_ago(event: Event, published: dt.date | None) -> bool:
    """ "In 2011, Tom Ash gave way to current Mayor Ana Costa": current in the
    story's year, not in the line's (judges failed it)."""
    year = event.when.date.year
    return (published is not None and year is not None and year < published.year
            and re.search(r"\bcurrent [A-Z]", event.summary) is not None)


def _told_since(event: Event) -> bool:
    """Dated by its telling ("At least 25 people died ..., an official said on Thursday"): it
    happened by then, often days before, and under the telling's date the line reads as if it
    happened that day (judges failed two such of three, ', an official said' and all)."""
    return event.clause is not None and bool(event.clause.told_by)


# what accusers say someone did: an accusation, whatever the line that drops its source says
# ("claims that United States Marines murdered civilians")
ACCUSATION = re.compile(r"\b(?:prosecutors?|the (?:prosecution|indictment|complaint|lawsuit))"
                        r"\s+(?:said|say|says|alleged?|alleges|claimed|claim)\b|\balleged(?:ly)?\b"
                        r"|\b(?:claims?|allegations?|accusations?)\s+that\b|\baccus(?:ed|es|ing)\b"
                        # what a court found or a charge says someone did: "convicted of ordering an attack"
                        r"|\b(?:convicted|acquitted|charged|indicted|cleared|suspected|guilty)\s+(?:of|with)\s+\w+ing\b",
                        re.I)


# what a source the story does not name says, or an editorial: a view, whatever the line that
# drops its source says ("An official at Wako Securities said expectations were dashed")
UNNAMED_SOURCE = re.compile(
    r"\b(?:an?|one) (?:[\w-]+ ){0,4}(?:official|source|analyst|diplomat|dealer|trader|economist|observer|expert)s?\b"
    r"(?:(?!\b(?:said|says)\b).){0,60}\b(?:said|says)\b|\bin an editorial\b|\b(?:unnamed|anonymous) (?:[\w-]+ )?sources?\b"
    r"|\bsources (?:said|say|says|close to)\b", re.I)


def _source_dropped(event: Event) -> bool:
    """Its sentence tells what accusers say ("In 2018, prosecutors said, Hale began moving the
    money"), what a source the story does not name says, or an editorial ("The New York Times
    said in an editorial: The Supreme Court took a detour"): a line without them would state an
    accusation, a view or a rumour as a fact."""
    return any(source.search(event.sentence) is not None and source.search(event.summary) is None
               for source in (ACCUSATION, UNNAMED_SOURCE))


# "..., and Guayaquil, Ecuador in": a few words joined by "and" before a second date
GAPPED = re.compile(r",?\s+and\s+(?:[^\s.;]+\s+){0,5}$")


def _one_of_two_dates(event: Event, dated: set[tuple[str, int]]) -> bool:
    """Its clause goes on to a second date that dates no event of its own ("were held at
    Brasília in September 2000 and Guayaquil in July 2002"): the line would say both under the
    first ("joined Mercosur in 1996 and left the pact in 1976" tells two events)."""
    after = event.sentence[event.when.end:]
    second = next(iter(find_timexes(after, None)), None)
    return (second is not None and GAPPED.match(after[:second.start]) is not None
            and (event.sentence, event.when.end + second.end) not in dated)


def _inside_another(event: Event) -> bool:
    """Told by a clause inside another whose subject is no named actor ("the problems tied to
    the computers introduced in April", "a program approved by the company in 1987"): cut out,
    it rarely reads true on its own ("Whitaker, who has coached the Lanterns since 2019" does)."""
    clause = event.clause
    return clause is not None and not clause.main and clause.subject_actor is None


def _misread_span(event: Event) -> bool:
    """A span its line would misstate: counted back from the story's day ("at war for twenty
    years"), or a tally or a process over it ("has shed 70 businesses since 1983", "has been
    doubling its profits", "has been cut in half since August"), not a state."""
    clause = event.clause
    if event.when.kind != "duration" or clause is None:
        return False
    return (not event.when.text.lower().startswith("since ") or clause.passive or clause.verb.endswith("ing")
            or re.search(r"\d", clause.rest) is not None)


def _told_by_its_sentence(event: Event, cut: str, keeps_its_date: bool) -> bool:
    """The event is its sentence's main clause; what a sentence reports is told by its own
    clause, not by "Officials said ...", unless its date is part of its fact ("Compaq said its
    net income rose 51% in the third quarter")."""
    clause = event.clause
    return clause is None or clause.main and (
        keeps_its_date or not tells_a_report(cut, clause.lemma))
