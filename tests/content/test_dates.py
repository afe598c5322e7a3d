"""dates.find_time_expressions, parse_date and describe over news-style sentences."""
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.content.clean import clean, normalize, sentences
from quizapp.content.dates import DateContext, describe, find_time_expressions, parse_date
from quizapp.content.types import PartialDate

PUBLISHED = dt.date(2016, 11, 8)  # a Tuesday
PREVIOUS = PartialDate("2016-11-01", "day")


def found(sentence, published=PUBLISHED, previous=PREVIOUS, future=False):
    context = DateContext(published, previous)
    return [(e.text, e.date.value, e.date.precision, e.date.inferred, e.kind)
            for e in find_time_expressions(sentence, context, future=future)]


def only(sentence, **context):
    expressions = found(sentence, **context)
    assert len(expressions) == 1, expressions
    return expressions[0]


@pytest.mark.parametrize("sentence, text, value", [
    ("The law was signed on November 1, 2016, in Washington.", "on November 1, 2016", "2016-11-01"),
    ("He was born on 1 November 2016 in Leeds.", "on 1 November 2016", "2016-11-01"),
    ("The deal closed Nov. 1, 2016, officials said.", "Nov. 1, 2016", "2016-11-01"),
    ("The massacre began Sept. 4, 1972, in Munich.", "Sept. 4, 1972", "1972-09-04"),
    ("PARIS, Tuesday, March 3, 1998 - Talks resumed.", "Tuesday, March 3, 1998", "1998-03-03"),
    ("The filing is dated 2016-11-01.", "2016-11-01", "2016-11-01"),
    ("The suspect was arrested on 3/4/2016 in Ohio.", "on 3/4/2016", "2016-03-04"),
    ("The report was released on 25/12/2015.", "on 25/12/2015", "2015-12-25"),
    ("LONDON, Nov 3 2015 (Reuters) - Shares fell.", "Nov 3 2015", "2015-11-03"),
    ("On Tuesday 3 November 2015 the bill passed.", "On Tuesday 3 November 2015", "2015-11-03"),
    ("It opened on the 3rd of March, 2001.", "on the 3rd of March, 2001", "2001-03-03"),
    ("The treaty took effect on Jan. 1, 1995.", "on Jan. 1, 1995", "1995-01-01"),
    ("The vote was held on December 31st, 1999.", "on December 31st, 1999", "1999-12-31"),
    ("The raid came on Feb 29, 2016 at dawn.", "on Feb 29, 2016", "2016-02-29"),
    ("The attack began on Sunday, Aug. 7, 2016, at 5 p.m.", "on Sunday, Aug. 7, 2016, at 5 p.m.",
     "2016-08-07"),
])
def test_full_dates_are_exact_days(sentence, text, value):
    assert only(sentence) == (text, value, "day", False, "point")


@pytest.mark.parametrize("sentence", [
    "The file is dated February 30, 2016.", "The form said 13/13/2016.",
])
def test_impossible_days_are_dropped(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, published, text, value", [
    ("He visited Moscow on November 1 to hold talks.", PUBLISHED, "on November 1", "2016-11-01"),
    ("On Nov. 6, the ministry posted a remark.", PUBLISHED, "On Nov. 6", "2016-11-06"),
    ("The offensive began on 5 November.", PUBLISHED, "on 5 November", "2016-11-05"),
    ("The talks ended on November 8.", PUBLISHED, "on November 8", "2016-11-08"),
    # a month and day after the published date belong to the previous year
    ("The plant closed on December 12.", PUBLISHED, "on December 12", "2015-12-12"),
    ("The ceasefire began on Jan. 3.", dt.date(2017, 1, 10), "on Jan. 3", "2017-01-03"),
    ("The ceasefire began on Dec. 28.", dt.date(2017, 1, 10), "on Dec. 28", "2016-12-28"),
    ("He was released on November 1.", None, "on November 1", "XXXX-11-01"),
])
def test_month_and_day_take_the_year_from_the_published_date(sentence, published, text, value):
    assert only(sentence, published=published) == (text, value, "day", True, "point")


def test_a_future_month_and_day_is_the_next_one():
    assert only("The summit will open on January 20.", future=True)[1] == "2017-01-20"
    assert only("The summit will open on November 20.", future=True)[1] == "2016-11-20"


@pytest.mark.parametrize("sentence, published, text, value", [
    ("It rendered military aid in March, including guns.", PUBLISHED, "in March", "2016-03"),
    ("The factory closed in November.", dt.date(2017, 3, 15), "in November", "2016-11"),
    ("Sales dropped in March.", dt.date(2017, 3, 15), "in March", "2017-03"),
    ("The rebels retreated last October.", PUBLISHED, "last October", "2016-10"),
    ("The rebels retreated last October.", dt.date(2017, 3, 1), "last October", "2016-10"),
    ("The rebels retreated last October.", dt.date(2016, 10, 20), "last October", "2015-10"),
    ("Prices have risen in June.", PUBLISHED, "in June", "2016-06"),
    ("Fighting resumed in late August.", PUBLISHED, "in late August", "2016-08"),
    ("Fighting resumed in mid-July.", PUBLISHED, "in mid-July", "2016-07"),
    ("The rally was held in May.", PUBLISHED, "in May", "2016-05"),
    ("September's floods killed dozens.", PUBLISHED, "September's", "2016-09"),
    ("He resigned in February.", None, "in February", "XXXX-02"),
    ("Prices rose from March to May.", PUBLISHED, "May", "2016-05"),
])
def test_month_alone(sentence, published, text, value):
    assert found(sentence, published=published)[-1] == (text, value, "month", True, "point")


@pytest.mark.parametrize("sentence, text, value", [
    ("The pipeline opened in March 2016.", "in March 2016", "2016-03"),
    ("The bank failed in September of 2008.", "in September of 2008", "2008-09"),
    ("Talks collapsed in Dec. 2014.", "in Dec. 2014", "2014-12"),
    ("The study ran until June 2015.", "until June 2015", "2015-06"),
])
def test_month_and_year(sentence, text, value):
    assert only(sentence) == (text, value, "month", False, "point")


@pytest.mark.parametrize("sentence, text, value, precision", [
    # two months of one year give the year
    ("The worst floods came in April and May 2024.", "in April and May 2024", "2024", "year"),
    ("Strikes ran from June to August 2019.", "June to August 2019", "2019", "year"),
    ("Snow fell from December to February 2021.", "December to February 2021", "2021",
     "approximate"),
    # a season of a year, or about a year
    ("The mills boomed in the decades around 1900.", "in the decades around 1900", "1900",
     "approximate"),
    ("The ship sank around 1900.", "around 1900", "1900", "approximate"),
    ("Floods hit the town in the summer of 2023.", "in the summer of 2023", "2023", "year"),
    ("Flu spread in the winter of 2022-23.", "in the winter of 2022-23", "2022", "approximate"),
])
def test_spans_within_a_year_seasons_and_about_a_year(sentence, text, value, precision):
    assert only(sentence) == (text, value, precision, False, "point")


def test_that_month_is_in_the_previous_events_year():
    context = DateContext(dt.date(2026, 8, 13), previous=PartialDate("2025-03", "month"))
    [found_] = find_time_expressions("He was sentenced that November to eight years.", context)
    assert (found_.text, found_.date.value) == ("that November", "2025-11")


def test_a_month_named_beside_a_name_is_a_name():
    assert found("The sitter was the daughter of August and Serena Lederer.") == []


def test_about_a_number_is_no_year():
    assert found("About 1900 people came to the fair.") == []


def test_a_street_block_is_no_year():
    assert found("Fire crews responded to a fire in the 1600 block of South Trinity Street.") == []


@pytest.mark.parametrize("sentence, text", [
    ("In 2007, Russia opened its Erbil consulate.", "In 2007"),
    ("2007's election was disputed.", "2007's"),
    ("The museum reopened during 1999.", "during 1999"),
    ("The figures covered the years before 1990.", "1990"),
    ("He served as mayor from 1994.", "1994"),
    ("The regime collapsed in mid-2003.", "in mid-2003"),
    ("Output grew in late 2010 as demand rose.", "in late 2010"),
    ("The war ended by 1945, historians say.", "by 1945"),
    ("The church was built in 1066.", "in 1066"),
])
def test_years_in_a_year_like_context(sentence, text):
    expression = only(sentence)
    assert expression[0] == text
    assert expression[2:] == ("year", False, "point")


def test_year_ranges_give_both_years():
    assert [e[1] for e in found("He ruled between 1994 and 2002.")] == ["1994", "2002"]
    assert [e[1] for e in found("The 2014-2016 drought ruined farms.")] == ["2014", "2016"]


@pytest.mark.parametrize("sentence", [
    "Emergency camps can accommodate just 60,000 people.",
    "It supplied 23mm ZU-23-2 anti-aircraft guns.",
    "As many as 1.5 million people will be affected.",
    "The flood left 2015 people homeless.",
    "The report is on page 1998 of the archive.",
    "She stayed in room 2012 of the hotel.",
    "The company employs 1200 workers.",
    "Turnout rose 2016% in one district, the audit found.",
    "Shelters are open 24/7.",
    "The United States may not want it.",
    "May I ask a question?",
    "March to the square, the organisers said.",
    "Veterans of the Second World War gathered.",
    "Russia has been calling for that for a long time.",
    "So far, nobody has been charged.",
    "Sooner or later, the city will be retaken.",
    "As time goes by, the sides may talk.",
    "The Fall of Mosul was a turning point.",
    "The Sunday Times reported the claim.",
    "Shops braced for Black Friday crowds.",
    "Protesters gathered at 5 p.m. near the palace.",
    "The protesters will march on the capital.",
    "August Strindberg wrote plays.",
    "Jan Smith, the mayor, spoke first.",
    "",
])
def test_not_dates(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, text, value, inferred", [
    ("The lights went out in the 1980s.", "in the 1980s", "198X", False),
    ("He grew up in the '90s in Ohio.", "in the '90s", "199X", True),
    ("Music of the ’60s returned.", "the ’60s", "196X", True),
    ("The bubble burst in the early 2000s.", "in the early 2000s", "200X", False),
    ("The town boomed during the late 1800s.", "during the late 1800s", "180X", False),
    ("Prices in the 1970s were lower.", "in the 1970s", "197X", False),
])
def test_decades(sentence, text, value, inferred):
    assert only(sentence) == (text, value, "decade", inferred, "point")


@pytest.mark.parametrize("sentence, future, text, value", [
    ("The minister resigned on Wednesday.", False, "on Wednesday", "2016-11-02"),
    ("Police said Friday that two men were held.", False, "Friday", "2016-11-04"),
    ("Voters queued on Tuesday.", False, "on Tuesday", "2016-11-08"),
    ("The strike began last Friday.", False, "last Friday", "2016-11-04"),
    ("Officials met last Tuesday.", False, "last Tuesday", "2016-11-01"),
    ("The blast happened on Tuesday night.", False, "on Tuesday night", "2016-11-08"),
    ("Monday's attack killed three.", False, "Monday's", "2016-11-07"),
    ("The leaders will meet on Friday.", True, "on Friday", "2016-11-11"),
    ("The leaders will meet on Tuesday.", True, "on Tuesday", "2016-11-08"),
    ("The court will rule next Tuesday.", True, "next Tuesday", "2016-11-15"),
    ("Results are due on Thursday at 9 a.m.", True, "on Thursday at 9 a.m.", "2016-11-10"),
])
def test_weekdays_from_the_published_date(sentence, future, text, value):
    assert only(sentence, future=future) == (text, value, "day", True, "point")


@pytest.mark.parametrize("sentence, text, value", [
    ("The ministry said yesterday that talks failed.", "yesterday", "2016-11-07"),
    ("Yesterday's vote was close.", "Yesterday's", "2016-11-07"),
    ("The president speaks today.", "today", "2016-11-08"),
    ("He will address the nation tonight.", "tonight", "2016-11-08"),
    ("Shells fell on the city this morning.", "this morning", "2016-11-08"),
    ("The verdict is expected tomorrow.", "tomorrow", "2016-11-09"),
    ("Gunfire was heard last night.", "last night", "2016-11-07"),
    ("The talks collapsed earlier today.", "earlier today", "2016-11-08"),
    ("Floods hit the region yesterday afternoon.", "yesterday afternoon", "2016-11-07"),
])
def test_days_relative_to_the_published_date(sentence, text, value):
    assert only(sentence) == (text, value, "day", True, "point")


@pytest.mark.parametrize("sentence, text, value, precision", [
    ("The party won last year.", "last year", "2015", "year"),
    ("Growth slowed this year.", "this year", "2016", "year"),
    ("Elections are due next year.", "next year", "2017", "year"),
    ("Prices fell earlier this month.", "earlier this month", "2016-11", "month"),
    ("Exports rose this month.", "this month", "2016-11", "month"),
    ("The mayor resigned last month.", "last month", "2016-10", "month"),
    ("The law passed late last year.", "late last year", "2015", "year"),
    ("The plant closed two years ago.", "two years ago", "2014", "year"),
    ("He left a decade ago.", "a decade ago", "2006", "approximate"),  # a round figure
    ("The fire started three days ago.", "three days ago", "2016-11-05", "day"),
    ("The ban began six months ago.", "six months ago", "2016-05", "month"),
    ("Inflation rose in the past year, it said, as in 2015.", "in 2015", "2015", "year"),
])
def test_calendar_units_relative_to_the_published_date(sentence, text, value, precision):
    expression = found(sentence)[-1]
    assert expression[:3] == (text, value, precision)
    assert expression[3] == (value not in text)  # written years are not inferred


def test_a_week_is_the_week_of_its_monday_not_a_guessed_day():
    assert only("Talks began last week.") == ("last week", "2016-10-31", "week", True, "point")
    assert only("Talks began this week.") == ("this week", "2016-11-07", "week", True, "point")


@pytest.mark.parametrize("sentence, previous, text, value, precision", [
    ("Three days later, the city fell.", PREVIOUS, "Three days later", "2016-11-04", "day"),
    ("Five weeks later, talks resumed.", PREVIOUS, "Five weeks later", "2016-12-06", "day"),
    ("A week later the army withdrew.", PREVIOUS, "A week later", "2016-11-08", "day"),
    ("A week later the army withdrew.", PartialDate("2016-03", "month"), "A week later",
     "2016-03", "month"),
    ("Two years later, he returned.", PartialDate("2007", "year"), "Two years later", "2009",
     "year"),
    ("Two years later, he returned.", PREVIOUS, "Two years later", "2018", "year"),
    ("It failed less than a year later.", PartialDate("2015", "year"), "less than a year later",
     "2016", "approximate"),
    ("Six months later, prices fell.", PartialDate("2016-11", "month"), "Six months later",
     "2017-05", "month"),
    ("Two days earlier, troops had massed.", PREVIOUS, "Two days earlier", "2016-10-30", "day"),
    ("The next day, troops entered.", PREVIOUS, "The next day", "2016-11-02", "day"),
    ("On the following day the siege ended.", PREVIOUS, "the following day", "2016-11-02", "day"),
    ("The day before, he had fled.", PREVIOUS, "The day before", "2016-10-31", "day"),
    ("The day after, markets rallied.", PREVIOUS, "The day after", "2016-11-02", "day"),
    ("The following year, he ran again.", PartialDate("2007", "year"), "The following year",
     "2008", "year"),
    ("The previous month, rates rose.", PartialDate("2016-03", "month"), "The previous month",
     "2016-02", "month"),
    ("The next morning, rescuers arrived.", PREVIOUS, "The next morning", "2016-11-02", "day"),
    ("The previous week, rebels had fled.", PREVIOUS, "The previous week", "2016-10-25",
     "approximate"),
    ("By nightfall the bridge was gone.", PREVIOUS, "By nightfall", "2016-11-01", "day"),
    ("That evening, the mayor spoke.", PREVIOUS, "That evening", "2016-11-01", "day"),
    ("Later that day, police arrived.", PREVIOUS, "Later that day", "2016-11-01", "day"),
    ("Hours later, the fire was out.", PREVIOUS, "Hours later", "2016-11-01", "day"),
    ("He scored four minutes later.", PREVIOUS, "four minutes later", "2016-11-01", "day"),
    ("The same day, rebels shelled the port.", PREVIOUS, "The same day", "2016-11-01", "day"),
    ("That year, the company went bankrupt.", PREVIOUS, "That year", "2016", "year"),
    ("Three days later, the city fell.", PartialDate("XXXX-11-01", "day", True),
     "Three days later", "XXXX-11-04", "day"),
    ("A month later, it reopened.", PartialDate("198X", "decade"), "A month later", "198X",
     "decade"),
])
def test_shifts_from_the_previous_event(sentence, previous, text, value, precision):
    assert only(sentence, previous=previous) == (text, value, precision, True, "point")


def test_shifting_an_approximate_date_stays_approximate():
    previous = PartialDate("2014", "approximate", True)
    assert only("A year later, it ended.", previous=previous)[1:3] == ("2015", "approximate")


@pytest.mark.parametrize("sentence, published, previous", [
    ("The ministry said yesterday that talks failed.", None, PREVIOUS),
    ("The minister resigned on Wednesday.", None, PREVIOUS),
    ("The party won last year.", None, PREVIOUS),
    ("He has been in jail for three years.", None, PREVIOUS),
    ("Three days later, the city fell.", PUBLISHED, None),
    ("That evening, the mayor spoke.", PUBLISHED, None),
])
def test_phrases_without_an_anchor_are_dropped(sentence, published, previous):
    assert found(sentence, published=published, previous=previous) == []


@pytest.mark.parametrize("sentence, text, value", [
    ("Gazprom Neft has been drilling there for almost two years.", "for almost two years", "2014"),
    ("The talks have lasted for three months.", "for three months", "2016-08"),
    ("He has been held for 10 days.", "for 10 days", "2016-10-29"),
    ("Rebels have held the town for more than a decade.", "for more than a decade", "2006"),
    ("The economy shrank over the past two years.", "over the past two years", "2014"),
    ("Prices have doubled in the last year.", "in the last year", "2015"),
    ("The pair have worked together for twenty-five years.", "for twenty-five years", "1991"),
])
def test_spans_start_approximately_before_the_published_date(sentence, text, value):
    assert only(sentence) == (text, value, "approximate", True, "duration")


@pytest.mark.parametrize("sentence, text, value, inferred", [
    ("The centre has been operational since 2015.", "since 2015", "2015", False),
    ("Prices have risen since early June.", "since early June", "2016-06", True),
    ("Prices have climbed since March.", "since March", "2016-03", True),
    ("He has been missing since November 1.", "since November 1", "2016-11-01", True),
    ("The road has been cut off since Wednesday.", "since Wednesday", "2016-11-02", True),
    ("Unemployment has risen since last year.", "since last year", "2015", True),
    ("Fighting has raged since the 1990s.", "since the 1990s", "199X", False),
])
def test_since_gives_an_approximate_start_at_the_written_value(sentence, text, value, inferred):
    assert only(sentence) == (text, value, "approximate", inferred, "duration")


@pytest.mark.parametrize("sentence, text, value", [
    ("She was injured on Aug. 12 and was ruled out three days later.", "three days later",
     "2016-08-15"),
    ("He was arrested on Jan. 22, 2020, and charged the next day.", "the next day",
     "2020-01-23"),
    ("The plant opened in 2007 and closed two years later.", "two years later", "2009"),
])
def test_shifts_lean_on_a_date_earlier_in_the_same_sentence(sentence, text, value):
    for previous in (PREVIOUS, None):
        assert found(sentence, previous=previous)[-1][:2] == (text, value)


@pytest.mark.parametrize("sentence, text, value", [
    ("The bridge will reopen in two weeks.", "in two weeks", "2016-11-22"),
    ("Troops will leave in three years' time.", "in three years' time", "2019"),
    ("A vote is due in a month.", "in a month", "2016-12"),
])
def test_in_a_span_said_of_the_future(sentence, text, value):
    assert only(sentence, future=True)[:2] == (text, value)
    assert found(sentence, future=False) == []  # "built in two weeks": how long, not when


def test_months_in_a_list_support_each_other():
    assert [e[0] for e in found("The rains came in April, May and June.")] == [
        "in April", "May", "June"]


def test_future_durations_start_at_the_published_date():
    assert only("The mission will last for two years.", future=True)[1] == "2016"


def test_several_expressions_in_one_sentence_in_order():
    sentence = ("After talks on November 1, Russia sent aid in March 2016 and again "
                "three days later, officials said on Friday.")
    assert [e[0] for e in found(sentence)] == [
        "on November 1", "in March 2016", "three days later", "on Friday"]


def test_a_time_restated_in_full_is_read_once():
    # "the previous year" from the last date would be 2015; the writer says which year it was
    assert found("The previous year, in 2014, Lakeport reported only seven cases.") == [
        ("in 2014", "2014", "year", False, "point")]


def test_a_period_without_a_quarter_before_it_is_no_date():
    # "the period" of a match, not a company's fiscal quarter
    assert found("Tom Ash scored twice later in the period to finish off the Lakeport Lions.") == []


def test_offsets_point_into_the_sentence():
    sentence = "On\u00a0November\u00a06, the ministry posted a remark; it said so on Friday."
    for expression in find_time_expressions(sentence, DateContext(PUBLISHED)):
        assert sentence[expression.start:expression.end] == expression.text


@pytest.mark.parametrize("text, expected", [
    ("PARIS, March 3, 1998", dt.date(1998, 3, 3)),
    ("2016-11-01", dt.date(2016, 11, 1)),
    ("1 November 2016", dt.date(2016, 11, 1)),
    ("Published Tuesday, Nov. 8, 2016 at 5:00 p.m.", dt.date(2016, 11, 8)),
    ("11/08/2016", dt.date(2016, 11, 8)),
    ("(SCF)", None),
    ("November 1", None),
    ("March 2016", None),
    ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("date, text", [
    (PartialDate("2016-11-01", "day"), "1 November 2016"),
    (PartialDate("2016-11-01", "day", inferred=True), "1 November 2016"),
    (PartialDate("2016-03", "month"), "March 2016"),
    (PartialDate("2007", "year"), "2007"),
    (PartialDate("198X", "decade"), "the 1980s"),
    (PartialDate("2014", "approximate", True), "about 2014"),
    (PartialDate("2016-08", "approximate", True), "about August 2016"),
    (PartialDate("2016-10-31", "approximate", True), "about 31 October 2016"),
    (PartialDate("XXXX-11-01", "day", True), "1 November"),
    (PartialDate("XXXX-02", "month", True), "February"),
])
def test_describe(date, text):
    assert describe(date) == text


TOKENS = [
    "on", "in", "since", "for", "the", "last", "next", "this", "that", "early", "mid-", "ago",
    "later", "earlier", "day", "days", "weeks", "months", "year", "years", "decade", "a", "two",
    "twenty-one", "March", "May", "Nov.", "Sept.", "December", "Friday", "Tuesday's", "night",
    "yesterday", "today", "1", "31", "3rd", "2016", "1999", "60,000", "'90s", "1980s",
    "3/4/2016", "2016-11-01", "13/13/2016", "24/7", ",", ".", "-", "(AP)", "at", "5", "p.m.",
    "\u00a0", "’s", "999", "of", "between", "and",
]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(TOKENS), max_size=14),
       published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))),
       previous=st.sampled_from([None, PREVIOUS, PartialDate("198X", "decade"),
                                 PartialDate("XXXX-02-29", "day", True),
                                 PartialDate("2014", "approximate", True)]),
       future=st.booleans())
def test_any_sentence_gives_well_formed_expressions(words, published, previous, future):
    sentence = " ".join(words)
    context = DateContext(published, previous)
    expressions = find_time_expressions(sentence, context, future=future)
    for expression in expressions:
        assert sentence[expression.start:expression.end] == expression.text
        assert re.fullmatch(r"(\d{4}|\d{3}X|XXXX)(-\d\d(-\d\d)?)?", expression.date.value)
        assert expression.date.precision in ("day", "month", "year", "decade", "approximate")
        assert describe(expression.date)
    ends = [(e.start, e.end) for e in expressions]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))  # ordered, no overlaps


def test_demo_article_has_exactly_its_seven_expressions():
    """No false alarms on "may", "so far", "60,000", "23mm ZU-23-2", "a long time"..."""
    demo = (Path(__file__).parents[2] / "quizapp/demo/kurdistan-russia-aid.txt").read_text()
    context = DateContext(PUBLISHED)
    found_in_demo = [
        (e.text, e.date.value, e.kind)
        for s in sentences(clean(demo))
        for e in find_time_expressions(normalize(s.text), context)
    ]
    assert found_in_demo == [
        ("on November 1", "2016-11-01", "point"),
        ("for almost two years", "2014", "duration"),
        ("In 2007", "2007", "point"),
        ("in March", "2016-03", "point"),
        ("On November 6", "2016-11-06", "point"),
        ("since 2015", "2015", "duration"),
        ("on November 5", "2016-11-05", "point"),
    ]


@pytest.mark.parametrize("sentence, text, value", [
    ("They got in on 3 February last year.", "on 3 February last year", "2023-02-03"),
    ("He left on Feb. 3 last year.", "on Feb. 3 last year", "2023-02-03"),
    ("Her predecessor left in July last year.", "in July last year", "2023-07"),
    ("A notice was sent in March this year.", "in March this year", "2024-03"),
])
def test_a_day_or_month_with_last_or_this_year(sentence, text, value):
    [found] = find_time_expressions(sentence, DateContext(dt.date(2024, 10, 9)))
    assert (found.text, found.date.value) == (text, value)


def test_a_month_of_that_year_takes_the_previous_events_year():
    context = DateContext(dt.date(2025, 6, 17), previous=PartialDate("2022-12", "month"))
    [found] = find_time_expressions("It returned 29 pieces in October of that year.", context)
    assert (found.text, found.date.value) == ("in October of that year", "2022-10")
