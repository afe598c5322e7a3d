"""find_timexes: every rule's own sentences, tense and anchors, and a score over hand-made
TimeML-like documents (the project's own text; TimeBank itself is scored by bench/timex.py)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.content import find_timexes
from quizapp.content.dates import DateContext, find_time_expressions
from quizapp.content.timex import sentence_spans, to_timeml
from quizapp.content.timex.points import Point, point
from quizapp.content.timex.rules import EXAMPLE_DAY, RULES

PUBLISHED = EXAMPLE_DAY  # Tuesday 8 November 2016


def read(text, published=PUBLISHED):
    return [(t.text, t.value) for t in find_timexes(text, published)]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_reads_its_own_sentences(rule):
    assert rule.examples, f"rule {rule.name!r} has no example sentence"
    for sentence, text, value in rule.examples:
        assert (text, value) in read(sentence), (sentence, read(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # tense decides the direction of an underspecified date
    ("The board met on Friday.", ("Friday", "2016-11-04")),
    ("The board will meet on Friday.", ("Friday", "2016-11-11")),
    ("Elections were held in April.", ("April", "2016-04")),
    ("The company plans to open the plant in April.", ("April", "2017-04")),
    ("The dividend is payable Dec. 15.", ("Dec. 15", "2016-12-15")),  # no tense: the nearest
    # past days a week after the story's: the story was brought up to date; later ones, last year's
    ("He was buried on Nov. 12.", ("Nov. 12", "2016-11-12")),
    ("He was buried on Nov. 20.", ("Nov. 20", "2015-11-20")),
    ("The strike began last Friday.", ("last Friday", "2016-11-04")),
    ("The court will rule next Tuesday.", ("next Tuesday", "2016-11-15")),
    # a change that takes effect then: after the news, whatever the clause's tense
    ("The bank named a new chairman, effective Feb. 1.", ("Feb. 1", "2017-02-01")),
    # deictic phrases count from the published date
    ("Talks began last week.", ("last week", "2016-W44")),
    ("Sales rose this quarter.", ("this quarter", "2016-Q4")),
    ("The vote is due early next year.", ("early next year", "2017")),
    ("Shells fell on the city this morning.", ("this morning", "2016-11-08TMO")),
    ("The polls close at 10 p.m. Wednesday.", ("10 p.m. Wednesday", "2016-11-02T22:00")),
    ("Prices are now higher.", ("now", "PRESENT_REF")),
    ("Prices fell sharply in recent years.", ("recent years", "PAST_REF")),
    ("The firm may raise prices in the near future.", ("the near future", "FUTURE_REF")),
    ("The board meets each Thursday.", ("each Thursday", "XXXX-WXX-4")),
])
def test_deictic_phrases_and_tense(sentence, expected):
    assert expected in read(sentence)


@pytest.mark.parametrize("sentence", [
    "The manager of Sheffield Wednesday resigned.",
    "Former Sheffield Wednesday defender Ana Costa spoke.",
    "Shops were shut on Good Friday.",
    "A Long March 3C rocket took off.",  # a day number run into a letter: a model's name
    "Tom Ash often appeared as Father Christmas on his sledge.",
    "Amtek owns Kestrel Today and many local newspapers.",  # a paper's name
])
def test_a_weekday_in_a_name_is_no_date(sentence):
    assert read(sentence) == []


def test_a_weekday_after_a_name_that_names_days_is_a_date():
    assert read("Tom Ash on Monday signed the treaty.") == [("Monday", "2016-11-07")]


def test_last_weekday_the_day_before_publication_is_no_date():
    """ "last Monday" in a Tuesday paper: yesterday, or the Monday a week before?"""
    assert read("The council voted last Monday.") == []
    assert read("The council voted last Sunday.") == [("last Sunday", "2016-11-06")]


@pytest.mark.parametrize("text, expected", [
    # anaphoric phrases count from the story's own last time, not from the published date
    ("Net income rose in the third quarter. Revenue also rose from a year earlier.",
     [("the third quarter", "2016-Q3"), ("a year earlier", "2015-Q3")]),
    ("The mine closed in March 2010. The following month, the town voted.",
     [("March 2010", "2010-03"), ("The following month", "2010-04")]),
    ("The plant opened in 2007 and closed two years later.",
     [("2007", "2007"), ("two years later", "2009")]),
    # a comparison looking back leaves the reference where it was
    ("Profit rose in the second quarter from a year earlier; sales fell from a year earlier.",
     [("the second quarter", "2016-Q2"), ("a year earlier", "2015-Q2"),
      ("a year earlier", "2015-Q2")]),
    ("Sales in the quarter ended Sept. 30 rose, and the latest quarter was strong.",
     [("the quarter", "2016-Q3"), ("Sept. 30", "2016-09-30"), ("the latest quarter", "2016-Q3")]),
])
def test_anaphoric_phrases_lean_on_the_story(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("He has been held for 10 days.", ("10 days", "DURATION", "P10D")),
    ("Prices fell over the past two months.", ("the past two months", "DURATION", "P2M")),
    ("The meeting lasted nearly an hour.", ("nearly an hour", "DURATION", "PT1H")),
    ("Talks took years.", None),  # a bare plural is no phrase without a preposition
    ("Talks went on for years.", ("years", "DURATION", "PXY")),
    ("He is 52 years old.", None),  # an age is no duration
    ("It pays $5 million a year.", None),  # a rate, which TimeBank rarely marks
    ("It holds about three-quarters of the market.", None),
    ("Prices are set daily.", None),
])
def test_durations_and_sets(sentence, expected):
    found = [(t.text, t.type, t.value) for t in find_timexes(sentence, PUBLISHED)
             if t.type in ("DURATION", "SET")]
    assert found == ([expected] if expected else [])


def test_extents_leave_out_leading_prepositions():
    text = "On Friday the board met; since 2015 it has met in March, for two years."
    assert [t.text for t in find_timexes(text, PUBLISHED)] == [
        "Friday", "2015", "March", "two years"]


@pytest.mark.parametrize("found, value", [
    (Point("quarter", dt.date(1998, 7, 1)), "1998-Q3"),
    (point("week", dt.date(1998, 2, 13)), "1998-W07"),
    (point("weekend", dt.date(1998, 2, 13)), "1998-W07-WE"),
    (point("half", dt.date(1998, 8, 2)), "1998-H2"),
    (point("season", dt.date(1998, 1, 10)), "1997-WI"),
    (point("decade", dt.date(1994, 5, 1)), "199"),
    (Point("month", dt.date(2000, 2, 1), year_known=False), "XXXX-02"),
    (Point("day", dt.date(1998, 2, 13), time="TEV"), "1998-02-13TEV"),
])
def test_points_write_timex3_values(found, value):
    assert found.value == value


def test_the_timeline_gets_the_same_phrases_with_their_timex():
    [expression] = find_time_expressions("The leaders will meet next Tuesday.",
                                         DateContext(PUBLISHED), future=True)
    assert (expression.text, expression.date.value, expression.type, expression.value,
            expression.direction) == ("next Tuesday", "2016-11-15", "DATE", "2016-11-15", "future")
    [span] = find_time_expressions("He has been held for 10 days.", DateContext(PUBLISHED))
    assert (span.kind, span.type, span.value, span.direction) == ("duration", "DURATION", "P10D",
                                                                  "past")
    [week] = find_time_expressions("Talks began this week.", DateContext(PUBLISHED))
    assert week.direction == "present"


# Hand-made documents in TimeML-like markup, with the values TimeML would give them.
DOCUMENTS = [
    ("2016-11-08", """The council <T DATE 2016-11-07>yesterday</T> approved the budget for
<T DATE 2017>next year</T>. The mayor, who took office <T DATE 2014>two years ago</T>, said the
city had saved money for <T DURATION P3Y>three years</T>. Voting ended at <T TIME
2016-11-07T22:00>10 p.m.</T> and the results came <T DATE PRESENT_REF>now</T>, she said."""),
    ("1998-02-13", """Shares of the bank fell 3% <T DATE 1998-02-12>Thursday</T>. Profit in
<T DATE 1997-Q4>the fourth quarter</T> rose to $40 million from $31 million <T DATE 1996-Q4>a
year earlier</T>. For <T DATE 1997>the full year</T>, revenue grew. The bank will report
again in <T DATE 1998-04>April</T>, and it pays a dividend <T SET P1Q>every quarter</T>."""),
    ("2021-06-30", """The bridge closed on <T DATE 2021-03-15>March 15</T> for repairs. <T DATE
2021-04>The following month</T>, engineers found cracks, and <T DATE 2021-05-20>May 20</T> was
set for a review. Work will take <T DURATION P6M>six months</T> and the bridge should open
in <T DATE 2022-SP>the spring of next year</T>."""),
]
_TAG = re.compile(r"<T\s+(\w+)\s+([^>]+)>(.*?)</T>", re.S)


def parse(document: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Plain text and gold (start, end, type, value) of a hand-made document."""
    text, gold, position = "", [], 0
    for tag in _TAG.finditer(document):
        text += document[position:tag.start()]
        gold.append((len(text), len(text) + len(tag.group(3)), tag.group(1), tag.group(2)))
        text += tag.group(3)
        position = tag.end()
    return text + document[position:], gold


def test_hand_made_documents_score_well():
    """TempEval-3's relaxed match (a shared word) and value accuracy, over the documents."""
    gold_count = found_count = relaxed = right = 0
    for published, document in DOCUMENTS:
        text, gold = parse(document)
        found = find_timexes(text, dt.date.fromisoformat(published))
        open_gold = list(gold)
        for timex in found:
            match = next((g for g in open_gold if g[0] < timex.end and timex.start < g[1]), None)
            if match:
                open_gold.remove(match)
                relaxed += 1
                right += (timex.type, timex.value) == match[2:]
        gold_count, found_count = gold_count + len(gold), found_count + len(found)
    precision, recall = relaxed / found_count, relaxed / gold_count
    assert precision >= 0.9 and recall >= 0.85, (precision, recall)
    assert right / relaxed >= 0.85


def test_timeml_output_marks_every_expression():
    text = "Sales rose 5% <in> 2015 & fell on Friday."
    timeml = to_timeml(text, find_timexes(text, PUBLISHED), PUBLISHED)
    assert '<TIMEX3 tid="t1" type="DATE" value="2015">2015</TIMEX3>' in timeml
    assert '<TIMEX3 tid="t2" type="DATE" value="2016-11-04">Friday</TIMEX3>' in timeml
    assert "&lt;in&gt;" in timeml and "&amp;" in timeml and 'value="2016-11-08"' in timeml


def test_sentences_do_not_end_at_abbreviations():
    text = "Talks began Aug. 2 in St. Louis. Mr. Smith left on Friday.\n\nA new paragraph."
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "Talks began Aug. 2 in St. Louis.", "Mr. Smith left on Friday.", "A new paragraph."]


WORDS = ["on", "in", "the", "last", "next", "a", "year", "years", "earlier", "quarter", "third",
         "Friday", "March", "May", "2016", "1998", "now", "for", "two", "weeks", "ago", "each",
         "month", "every", "at", "5", "p.m.", "since", "then", "fiscal", "the", ".", ",", "will",
         "Dec.", "15", "year-earlier", "period", "recent", "mid-", "1990s", "daily", "\n\n"]
VALUE = re.compile(r"(\d{4}|\d{3}|\d\d|XXXX)(-(\d\d|Q\d|H\d|W\d\d|WXX|SP|SU|FA|WI)"
                   r"(-(\d\d|WE|\d))?)?(T(\d\d:\d\d|\d\d|MO|AF|EV|NI))?|P(\d+|X)[YMWDQEC]|PT(\d+|X)[HMS]"
                   r"|(PRESENT|PAST|FUTURE)_REF")


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=20),
       published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))))
def test_any_text_gives_well_formed_timexes(words, published):
    text = " ".join(words)
    timexes = find_timexes(text, published)
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text and timex.text.strip() == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALUE.fullmatch(timex.value), timex
    spans = [(t.start, t.end) for t in timexes]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # ordered, no overlaps
