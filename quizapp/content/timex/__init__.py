"""Every temporal expression of a document as a TIMEX3 (TimeML's DATE, TIME, DURATION, SET).

`find_timexes(text, published)` reads a whole document sentence by sentence: deictic phrases
("yesterday", "last year", "Friday") count from the published date, in the direction the
words before them say (a future or planned verb makes "April" the next April); anaphoric ones
("a year earlier", "the following month", "the quarter") from the last time the story named.
The rules are one table (rules.RULES) with the sentences each is for; dates.py gives the
timeline the same phrases as PartialDates.

Measured on TimeBank (TempEval-3's training part, scored by shared/tools/timex_score.py)
before writing these rules, with the libraries the issue names:
  - the first finder (dates.py, wrapped): value F1 46.2, relaxed F1 65.3, P 97.4, R 49.1;
  - dateparser 1.5 `search_dates` as a finder: value F1 23.0 (relaxed P 48.9, R 65.2), and
    as a normaliser of the gold phrases themselves 45.8 % of the values with digits right,
    even with each value cut to the gold's precision;
  - parsedatetime 2.6 `nlp`: value F1 20.7 (P 66.9, R 64.2); as a normaliser 33.0 %;
  - ctparse 0.3.6 (a parser of whole strings, no finder): as a normaliser 26.8 %.
None knows quarters, weeks, durations, sets, PRESENT_REF or anaphora, and all resolve to a
full timestamp whose precision must be guessed, so the finder stays rules of its own, with
no dependency. These rules, measured the same way: value F1 82.2, strict F1 86.7, relaxed F1
94.5 (P 93.9, R 95.1), type F1 91.9; as a normaliser of the gold phrases alone 55.7 %.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from quizapp.content.timex.rules import Context, TimexType
from quizapp.content.timex.scan import scan

# a sentence ends at . ! or ? (with closing quotes) before a capital, a digit or a quote,
# unless the word before is an abbreviation; a blank line ends one too
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'`(\[]*[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|Corp|Inc|Co|Ltd|No"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|vs|approx)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])$")


@dataclass(frozen=True)
class Timex:
    """A TIMEX3: `text == document[start:end]`, without a leading preposition."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if end.group().startswith(".") and _ABBREVIATION.search(text[max(0, end.start() - 12):end.start()]):
            continue
        spans.append((start, end.end()))
        start = end.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def find_timexes(text: str, published: dt.date | None) -> list[Timex]:
    """Every temporal expression of the document, in order, resolved to a TIMEX3 value."""
    timexes: list[Timex] = []
    context = Context(published)
    for start, end in sentence_spans(text):
        found = scan(text[start:end], context, judge_tense=True)
        for f in found:
            timexes.append(Timex(start + f.timex_start, start + f.end,
                                 text[start + f.timex_start:start + f.end], f.reading.type,
                                 f.reading.value))
            if f.reading.point is not None and f.reading.kind == "point" \
                    and not f.reading.looks_back:
                point = f.reading.point
                context = Context(published, point,
                                  point if point.grain == "day" else context.reference_day)
    return timexes


def to_timeml(text: str, timexes: list[Timex], published: dt.date | None) -> str:
    """The document as TimeML: its DCT and its text with each expression in a TIMEX3 tag."""
    pieces, position = [], 0
    for number, timex in enumerate(timexes, start=1):
        pieces += [escape(text[position:timex.start]),
                   f"<TIMEX3 tid=\"t{number}\" type=\"{timex.type}\" value={quoteattr(timex.value)}>"
                   f"{escape(timex.text)}</TIMEX3>"]
        position = timex.end
    pieces.append(escape(text[position:]))
    dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{published.isoformat()}" '
           f'functionInDocument="CREATION_TIME">{published.isoformat()}</TIMEX3></DCT>\n'
           if published else "")
    return f'<?xml version="1.0" ?>\n<TimeML>\n{dct}<TEXT>{"".join(pieces)}</TEXT>\n</TimeML>'
