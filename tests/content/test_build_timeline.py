"""timeline.build_timeline: order, ties, planned events left out."""
from __future__ import annotations

from quizapp.content.timeline import build_timeline
from quizapp.content.types import Event, PartialDate, TimeExpression


def event(value, precision, index, status="past"):
    when = TimeExpression(value, 0, 1, PartialDate(value, precision))
    return Event("", when, f"Event {index}.", f"Sentence {index}.", index, status=status)


def test_chronological_with_ties_in_narrative_order():
    events = [
        event("2016-11-01", "day", 0),
        event("2007", "year", 1),
        event("2016-03", "month", 2),
        event("2016-11-01", "day", 3),
        event("198X", "decade", 4),
    ]
    timeline = build_timeline(events)
    assert [e.sentence_index for e in timeline] == [4, 1, 2, 0, 3]
    assert [e.id for e in timeline] == ["e1", "e2", "e3", "e4", "e5"]


def test_planned_events_are_not_on_the_timeline():
    timeline = build_timeline([event("2016", "year", 0), event("2017", "year", 1, "planned")])
    assert [e.sentence_index for e in timeline] == [0]


def test_unknown_year_sorts_after_known_ones():
    timeline = build_timeline([event("XXXX-11-01", "day", 0), event("2016-03", "month", 1)])
    assert [e.when.date.value for e in timeline] == ["2016-03", "XXXX-11-01"]
