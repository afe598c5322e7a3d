"""Events -> the timeline: what happened, in chronological order, ties in narrative order."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from quizapp.content.types import Event


def build_timeline(events: Sequence[Event]) -> tuple[Event, ...]:
    """Drop planned events, sort by date then by place in the article, number them e1..eN."""
    happened = [e for e in events if e.status != "planned"]
    ordered = sorted(happened, key=lambda e: (e.when.date.sort_key(), e.sentence_index))
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(ordered, start=1))
