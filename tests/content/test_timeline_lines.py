"""The timeline's lines (pipeline._checked over gate.checked_summaries): what a class reads."""
from __future__ import annotations

import datetime as dt

import pytest

from quizapp.content import analyze
from quizapp.content.dates import describe

PUBLISHED = dt.date(1989, 11, 2)


def lines(text: str) -> list[str]:
    return [e.summary for e in analyze(text, published=PUBLISHED).events]


def test_a_period_that_qualifies_the_figure_stays_in_its_line():
    found = lines("NEW YORK - Harbor Steel Corp. said its profit rose 19% in the third quarter.")
    assert found == ["Harbor Steel Corp. said its profit rose 19% in the third quarter."]


def test_a_period_kept_never_lends_one_events_sentence_to_another():
    found = lines("NEW YORK - Harbor Steel Corp. said its sales rose 19% in the first half, while "
                  "Acme Corp. reported a loss in the third quarter.")
    assert not any("Harbor" in line for line in found[1:])
    assert len(set(found)) == len(found)


def test_a_reckoned_date_is_not_kept_as_a_period():
    found = lines("ROME - Ana Costa resigned as mayor of Lucca two months ago.")
    assert found == ["Ana Costa resigned as mayor of Lucca."]


def test_a_word_that_goes_with_a_reckoned_date_leaves_with_it():
    found = lines("JAKARTA - Just yesterday, a magnitude 6.3 quake struck the island of Java.")
    assert found == ["A magnitude 6.3 quake struck the island of Java."]


def test_a_part_of_the_day_and_a_date_before_a_noun_leave_with_the_date():
    found = lines("LAKEPORT - On the evening of Tuesday, October 31st, at 5pm, the Lakeport Sheriff’s Office "
                  "received a call that two hikers were in distress. Shares of Amtek fell 83 cents to $25.70 "
                  "in Wednesday morning trading, amid a broad decline.")
    assert found == ["The Lakeport Sheriff’s Office received a call that two hikers were in distress.",
                     "Shares of Amtek fell 83 cents to $25.70 in trading, amid a broad decline."]
    # not a date before the verb's object
    from quizapp.content.gate import clean_cut
    sentence = "Amtek announced on Monday layoffs at its Lakeport plant."
    monday = sentence.index("Monday")
    assert clean_cut(sentence, (monday, monday + len("Monday"))) == "Amtek announced layoffs at its Lakeport plant."


def test_a_title_written_short_is_one_word_to_the_parser():
    from quizapp.content import nlp

    assert [t.text for t in nlp.load()("Coast Guard Lt. Cmdr. Tom Ash said so.")][2:4] == ["Lt.", "Cmdr."]
    found = lines("LAKEPORT - About 4,700 gallons of oil was recovered by midday Tuesday, Coast Guard Lt. Cmdr. "
                  "Tom Ash said.")
    assert not any(line.endswith("Cmdr.") for line in found)


def test_a_when_clause_dates_its_main_clause():
    found = lines("GENEVA - Ana Costa was rushed to Cantonal Hospital in Geneva when she felt sick on Saturday.")
    assert found == ["Ana Costa was rushed to Cantonal Hospital in Geneva when she felt sick."]


def test_a_date_in_full_loses_the_writers_this():
    found = lines("LOS ANGELES - On this June 13, 1989, the jury in the Ana Costa trial announced a verdict.")
    assert found == ["On June 13, 1989, the jury in the Ana Costa trial announced a verdict."]


def test_a_figure_nobody_owns_is_no_line():
    assert lines("NEW YORK - Net income dropped 8% to $33 million in the third quarter.") == []


def test_what_a_sentence_reports_is_told_by_its_own_clause():
    found = lines("LISBON - Officials said Ana Costa resigned as health minister on Sunday.")
    assert found == ["Ana Costa resigned as health minister."]


def test_last_week_is_shown_as_its_week_not_a_guessed_day():
    event, = analyze("ROME - Ana Costa met Mayor Luca Rossi last week.", published=PUBLISHED).events
    assert describe(event.when.date) == "the week of 23 October 1989"


def test_a_time_only_the_story_day_places_leaves_the_line():
    found = lines("NEW YORK - Earlier this year, Harbor Steel Corp. bought a rolling mill in Ohio.")
    assert found == ["Harbor Steel Corp. bought a rolling mill in Ohio."]


def test_a_state_since_a_date_is_left_for_the_teacher_and_still_asked():
    # no event of 1985, judges said, but a fair question
    for text, line in (("ROME - Ana Costa has been mayor of Lucca since 1985.",
                        "Ana Costa has been mayor of Lucca since 1985."),
                       ("ROME - Ana Costa has run Fiat since March.", "Ana Costa has run Fiat since March.")):
        analysis = analyze(text, published=PUBLISHED)
        assert analysis.events == ()
        assert [e.summary for e in analysis.unclear] == [line]
        assert analysis.questions and all(q.event == analysis.unclear[0].id for q in analysis.questions)


def test_a_line_that_joins_two_events_gives_way_to_the_first():
    assert lines("ROME - Ana Costa pleaded guilty to fraud in June 1989 and gave evidence for the "
                 "prosecution.") == ["Ana Costa pleaded guilty to fraud."]


def test_a_quarter_only_the_story_day_places_is_written_out_in_its_line():
    assert lines("ROME - Kellogg's net income rose 8% in the latest quarter.") == [
        "Kellogg's net income rose 8% in the third quarter of 1989."]
    assert lines("ROME - Fiat's profit fell 5% in the quarter ended Sept. 30.") == [
        "Fiat's profit fell 5% in the quarter ended Sept. 30."]


def test_a_story_of_fiscal_quarters_leaves_a_relative_quarter_unwritten():
    # the fiscal first quarter ended in September: "the third quarter of 1989" would be wrong
    found = lines("ROME - Kellogg earned $5 million in the fiscal first quarter. "
                  "Kellogg's net income rose 8% in the latest quarter.")
    assert found and not any("third quarter" in line for line in found)


def test_an_aside_that_nobody_commented_leaves_the_line_alone():
    assert lines("ROME - Ana Costa, who was not available for comment, resigned as mayor of Lucca on "
                 "Monday.") == ["Ana Costa, who was not available for comment, resigned as mayor of Lucca."]


def test_a_line_that_cannot_say_who_or_what_is_left_for_the_teacher():
    analysis = analyze("BATH - The gallery reopened on Monday. Chile withdrew on Tuesday. "
                       "Lawmakers rejected the proposal on Wednesday.", published=PUBLISHED)
    assert analysis.events == ()
    assert [(e.summary, e.when.date.value) for e in analysis.unclear] == [
        ("The gallery reopened.", "1989-10-30"), ("Chile withdrew.", "1989-10-31"),
        ("Lawmakers rejected the proposal.", "1989-11-01")]


def test_a_weekday_six_days_back_is_left_for_the_teacher_with_no_question():
    monday = dt.date(2020, 3, 9)
    analysis = analyze("Ana Costa headed Tuesday to Lakeport. Tom Ash resigned last Tuesday.", published=monday)
    assert [(e.summary, e.when.date.value) for e in analysis.unclear] == [("Ana Costa headed to Lakeport.", "2020-03-03")]
    assert [e.summary for e in analysis.events] == ["Tom Ash resigned."]
    assert all(q.event != analysis.unclear[0].id for q in analysis.questions)


def test_a_line_that_names_another_day_is_left_for_the_teacher():
    analysis = analyze("Tom Ash died November 23 after an agonising illness caused by a poison that began after he "
                       "met with Marco Ferri, at a hotel in Lakeport's Mayfair district on November 1.",
                       published=dt.date(2006, 12, 19))
    assert analysis.events == () and "2006-11-23" in [e.when.date.value for e in analysis.unclear]


def test_a_line_that_names_nothing_is_left_for_the_teacher_unless_it_opens_on_a_name():
    analysis = analyze("QUITO - A violent eruption killed four people on Monday. Margaret Ellery, the "
                       "sculptor, opened a studio in Bath on Tuesday. Ellery was made a dame on Wednesday.",
                       published=PUBLISHED)
    assert [e.summary for e in analysis.unclear] == ["A violent eruption killed four people."]
    assert "Margaret Ellery was made a dame." in [e.summary for e in analysis.events]


def test_it_is_not_a_teller_named_after_what_it_told():
    analysis = analyze("MANILA - Two people were killed in floods in Pangasinan province on Monday, according "
                       "to the Disaster Council. Two children were buried under mud, the Disaster Council "
                       "said. It made landfall in Cagayan province on Tuesday.", published=PUBLISHED)
    assert [e.summary for e in analysis.unclear] == ["It made landfall in Cagayan province."]
    # a teller the sentence also names as its subject is still what the story goes on about
    told = analyze("LAKEPORT - Harbor Steel Corp. will cut 300 jobs, Harbor Steel said on Monday. It closed "
                   "a mill in Toledo on Tuesday.", published=PUBLISHED)
    assert [e.summary for e in told.events] == ["Harbor Steel Corp. closed a mill in Toledo."]


def test_a_clause_inside_another_is_left_for_the_teacher_unless_a_named_actor_did_it():
    analysis = analyze("ROME - Fiat said its sales were hurt by problems tied to the introduction "
                       "of new cars in April.", published=PUBLISHED)
    assert analysis.events == ()
    assert [e.summary for e in analysis.unclear] == ["Problems were tied to the introduction of new cars."]
    assert lines("ROME - Ana Costa, who has led Fiat since 1985, resigned on Monday.") == [
        "Ana Costa, who has led Fiat since 1985, resigned."]


def test_a_tally_or_a_span_counted_back_is_left_for_the_teacher():
    for text in ("ROME - Fiat has shed 70 businesses since 1983.",
                 "ROME - Italy has been at war for twenty years."):
        analysis = analyze(text, published=PUBLISHED)
        assert analysis.events == () and len(analysis.unclear) == 1


def test_a_saying_whose_words_are_cut_is_left_for_the_teacher():
    analysis = analyze('LONDON - "I have had to sell my house," Mrs. Doyle said outside the court on '
                       'Wednesday.', published=PUBLISHED)
    assert analysis.events == ()
    assert [e.summary for e in analysis.unclear] == ["Mrs. Doyle said outside the court."]


def test_it_is_not_a_place_named_on_the_way():
    analysis = analyze("LONDON - The fund moved money into Spain and Cyprus. It was placed into "
                       "administration on Monday.", published=PUBLISHED)
    assert [e.summary for e in analysis.unclear] == ["It was placed into administration."]


def test_a_clause_with_a_second_date_of_no_event_of_its_own_is_left_for_the_teacher():
    published = dt.date(2004, 12, 9)
    held = analyze("LIMA - The First and Second South American Summits were held at Brasilia, Brazil "
                   "in September 2000 and Guayaquil, Ecuador in July 2002.", published=published)
    assert held.events == () and len(held.unclear) == 1
    two = analyze("LIMA - Chile joined Mercosur in 1996 and left the Andean Pact in 1976.",
                  published=published)
    assert [e.summary for e in two.events] == ["Chile left the Andean Pact.", "Chile joined Mercosur."]


def test_a_leading_attribution_leaves_the_line():
    assert lines("ROME - According to the filing, Fiat acquired 730,070 shares of Lancia on Aug. 10.") == [
        "Fiat acquired 730,070 shares of Lancia."]


def test_a_pronoun_named_by_an_institution_brings_its_the():
    assert lines("LONDON - The Northgate Income Fund stopped paying out on Sept. 4. It was placed into "
                 "administration on Sept. 7.") == [
        "The Northgate Income Fund stopped paying out.", "The Northgate Income Fund was placed into administration."]


def test_they_after_a_joined_subject_stands_for_it():
    analysis = analyze("LONDON - The Jenner Institute developed the vaccine. Dr Ana Costa and her colleagues "
                       "said on Thursday that they had applied to the European Medicines Agency for approval "
                       "on Aug. 3.", published=dt.date(1989, 10, 30))
    assert "Ana Costa and her colleagues applied to the European Medicines Agency for approval." in [
        e.summary.removeprefix("Dr ") for e in analysis.events]


@pytest.mark.parametrize("text", [
    "ROME - In 1987, prosecutors said, Ana Costa moved $3 million from Banca Verde to a bank in Malta.",
    "ROME - Italy is to investigate claims that soldiers shot two civilians in Basra in May 1987.",
    "ROME - Tom Ash was convicted of ordering an arson attack in 1987 on a Lakeport warehouse.",
])
def test_what_accusers_say_is_left_for_the_teacher_when_the_line_drops_them(text):
    analysis = analyze(text, published=PUBLISHED)
    assert analysis.events == () and len(analysis.unclear) == 1


@pytest.mark.parametrize("text", [
    "TOKYO - An official at Kanda Securities said investors' hopes for steel shares were dashed on Friday.",
    "NEW YORK - The Courier said in an editorial on Saturday: The court took a detour from fairness on Tuesday.",
])
def test_what_an_unnamed_source_says_is_left_for_the_teacher_when_the_line_drops_it(text):
    analysis = analyze(text, published=PUBLISHED)
    assert analysis.events == ()


def test_an_accusation_told_as_such_stays():
    assert lines("ROME - In 1987, Ana Costa moved $3 million from Banca Verde to a bank in Malta.") == [
        "In 1987, Ana Costa moved $3 million from Banca Verde to a bank in Malta."]


def test_what_happened_by_the_day_someone_told_it_is_left_for_the_teacher():
    text = ("Plane crash kills nine in Hawaii\n\nA small plane carrying skydivers crashed near an airfield on "
            "the island of Oahu, killing all nine people aboard, officials said Saturday.")
    analysis = analyze(text, published=dt.date(2019, 6, 22))
    assert not analysis.events
    assert [e.summary for e in analysis.unclear] == [
        "A small plane carrying skydivers crashed near an airfield on the island of Oahu, killing all nine "
        "people aboard, officials said."]


@pytest.mark.parametrize("sentence, cut", [
    ("The singer died on Sunday morning (March 3) at the age of 82.",
     "The singer died at the age of 82."),
    ("Police arrested a man at the bank on Wednesday afternoon, Aug. 16.",
     "Police arrested a man at the bank."),
    ("The Lakeport Assembly met in the Kestrel Centre on Saturday (27 June) to hold a distanced vote.",
     "The Lakeport Assembly met in the Kestrel Centre to hold a distanced vote."),
])
def test_a_cut_leaves_out_the_day_said_again_after_the_date_worked_out(sentence, cut):
    from quizapp.content.gate import DAY_AGAIN

    assert not DAY_AGAIN.match(", Chapter 11.") and not DAY_AGAIN.match(" (March 3, at home)")
    from quizapp.content.gate import clean_cut

    start = sentence.index(" on ") + 1
    end = sentence.index(" (") if "(" in sentence else sentence.index(",")
    assert clean_cut(sentence, (start, end)) == cut


def test_a_cut_leaves_no_word_that_singled_out_the_date():
    from quizapp.content.gate import clean_cut

    sentence = "On June 29 alone, the hospital in Lakeport took in 40 people."
    assert clean_cut(sentence, (0, len("On June 29"))) == "The hospital in Lakeport took in 40 people."


def test_a_cut_that_would_open_on_a_figure_keeps_a_plain_date():
    from quizapp.content.gate import clean_cut

    sentence = "On June 29, 40 people were taken to hospital in Lakeport."
    assert clean_cut(sentence, (0, len("On June 29"))) == sentence
    sentence = "Yesterday, 40 people were taken to hospital in Lakeport."  # under its date, a wrong day
    assert clean_cut(sentence, (0, len("Yesterday"))) == "40 people were taken to hospital in Lakeport."


def test_a_cut_leaves_no_comma_where_the_date_was():
    from quizapp.content.gate import clean_cut

    sentence = "A hailstorm hit Lakeport, damaging crops and orchards, on Friday."
    start = sentence.index("on Friday")
    assert clean_cut(sentence, (start, start + len("on Friday"))) == "A hailstorm hit Lakeport, damaging crops and orchards."


def test_a_cut_leaves_out_a_speaker_described_at_length():
    from quizapp.content.gate import clean_cut

    assert clean_cut("Lakeport beat Kestrel, the defending champions, in the final in Marlow, Tom Ash, the coach, "
                     "said.") == "Lakeport beat Kestrel, the defending champions, in the final in Marlow."

    sentence = ("Tom Ash died at a hospital in Lakeport on Wednesday, a politician from the Unity Party, "
                "known as UP, said in a televised interview.")
    start = sentence.index("on Wednesday")
    assert clean_cut(sentence, (start, start + len("on Wednesday"))) == "Tom Ash died at a hospital in Lakeport."


@pytest.mark.parametrize("sentence, date, cut", [
    # the verb's own particle stays
    ("Tom Ash began his second term as president when he was sworn in on Wednesday.", "on Wednesday",
     "Tom Ash began his second term as president when he was sworn in."),
    # a date set off by commas takes both
    ("The Lakeport Tribunal, on Oct. 2, in Abuja affirmed the election of Ash.", "on Oct. 2",
     "The Lakeport Tribunal in Abuja affirmed the election of Ash."),
    ("In Lakeport, on Monday, police arrested Ash.", "on Monday", "In Lakeport, police arrested Ash."),
    ("Amid protests, on Monday, police arrested Ash.", "on Monday", "Amid protests, police arrested Ash."),
])
def test_a_cut_leaves_the_words_around_the_date_in_order(sentence, date, cut):
    from quizapp.content.gate import clean_cut

    start = sentence.index(date)
    assert clean_cut(sentence, (start, start + len(date))) == cut


def test_a_cut_takes_the_words_that_only_went_with_the_date():
    from quizapp.content.gate import clean_cut

    assert clean_cut("Back in April, the agency issued a warning.", (5, 13)) == "The agency issued a warning."
    sentence = "Tom Ash came back on Monday."
    assert clean_cut(sentence, (sentence.index("on Monday"), len(sentence) - 1)) == "Tom Ash came back."


@pytest.mark.parametrize("text", [
    # one subject the parser split in two: not "Irish film won Best Film"
    "Irish film The Lakeport Tide, based on two short stories by Tom Ash won Best Film at the "
    "Lakeport festival on Friday.",
    # what someone asked for: "Tom Ash to be sentenced" has no verb of its own
    "The government had called for Tom Ash to be sentenced to 57 months in prison earlier this month.",
    # the date went with "the most recent", and the line is left with it stranded
    "Lakeport held four elections in less than two years, the most recent in March.",
    # a saying whose words were a quotation, with the teller put on both sides of "said"
    "“Moving assembly to Lakeland is targeted at improving our time to market,” said Amtek’s vice "
    "president of markets Tom Ash earlier this year.",
    # a match's period is no fiscal quarter
    "Tom Ash, Ana Costa and Marco Ferri scored in a 2:24 span later in the period to finish off the "
    "Lakeport Lions on Sunday.",
])
def test_a_line_the_sentence_cannot_give_is_no_line(text):
    assert lines(text) == []


def told(text: str) -> tuple[list[str], list[str]]:
    found = analyze(text, published=PUBLISHED)
    return [e.summary for e in found.events], [e.summary for e in found.unclear]


@pytest.mark.parametrize("text, line", [
    # a participle set off after its name, which the parser read as the sentence's verb
    ("However, Ana Costa, named acting governor Thursday, was the likely winner, the Lakeport daily said.",
     "Ana Costa was named acting governor."),
    # gerunds joined to one told in the past, in the article's spelling
    ("Tom Ash carried out the boycott by failing to attend the council session Tuesday and cancelling a "
     "visit to Tarnow.",
     "Tom Ash failed to attend the council session and cancelled a visit to Tarnow."),
    # the name a relative clause's object stands for, whole
    ("Lakeland has banned the Workers Party of Kestrel (WPK), which Tom Ash founded in 1971, and its "
     "youth wing, as unlawful bodies.", "Tom Ash founded the Workers Party of Kestrel."),
    # an "and" that joins two of the verb's phrases stays when a clause between them is cut
    ("Tom Ash was hurt in a crash Monday just a day after his return from Lakeland where he had been "
     "spending the summer with his family, and 215 days after the launch of his campaign.",
     "Tom Ash was hurt in a crash just a day after his return from Lakeland, and 215 days after the "
     "launch of his campaign."),
    # a known name inside the model's name of a thing is no mention of the person
    ("Prize founder Marco Ferri died in 1902. Agency head Ana Costa on Saturday received the 2011 Ferri "
     "Peace Prize.", "Agency head Ana Costa received the 2011 Ferri Peace Prize."),
    # a second post after a name, which the parser joined to it as a second person
    ("Tom Ash, general secretary of the Unity Party of Lakeland (UPL) and president of Lakeland, ended his "
     "visit to Kestrel and left Tarnow for Lakeport Wednesday.", "Tom Ash left Tarnow for Lakeport."),
    # a linking "however" after the verb leans on the sentence before
    ("On Tuesday, Lakeport mayor Tom Ash warned however that the bridge might not reopen until June.",
     "Lakeport mayor Tom Ash warned that the bridge might not reopen until June."),
    # "with" and its noun say nothing once their participle is cut
    ("Lakeland's bid to join the Kestrel customs union, first lodged by Tom Ash in a letter to the council, "
     "was slowed down this week, with a freeze put on talks about the new trade rules it must adopt before "
     "it can join.", "Lakeland's bid to join the Kestrel customs union was slowed down."),
    # "the Bank": which one, only the story said
    ("The Lakeland Development Bank met on Monday. In October the Bank's board approved a loan of 120 million "
     "dollars.", "The Lakeland Development Bank's board approved a loan of 120 million dollars."),
    # "nearby": near what the sentence before named
    ("Rebels seized the nearby Lakeport Town Hall on March 2.", "Rebels seized the Lakeport Town Hall."),
])
def test_a_line_mends_what_the_cut_would_break(text, line):
    shown, unclear = told(text)
    assert line in shown + unclear


def test_current_under_a_past_date_is_left_for_the_teacher():
    shown, unclear = told("Tom Ash gave way to current Mayor Ana Costa two years ago.")
    assert shown == [] and unclear == ["Tom Ash gave way to current Mayor Ana Costa."]


def test_an_offset_from_a_plan_dates_nothing():
    shown, unclear = told("Amtek joined the Lakeland league in 2015. Amtek said Friday it had withdrawn from the "
                          "league, one year earlier than initially planned.")
    assert not any("than initially planned" in line for line in shown + unclear if not line.startswith("Amtek said"))


@pytest.mark.parametrize("text", [
    "Only four people were initially charged over the Tarnow thefts; charges against another 7 were "
    "filed in March 2004.",  # two sentences by a semicolon
    "The North fired its first long-range rocket on March 2, drawing wide condemnation.",
    "Ana Costa spent Monday travelling to Lakeport.",  # the time spent was the date
    "Ana Costa said Lakeland has opposed the plan since it came to light in 2001 that the council had "
    "hidden a report.",  # "it" of "it came to light that" stands for no one
])
def test_no_line_tells_half_of_two_sentences_or_leaves_out_who_or_what(text):
    shown, _ = told(text)
    assert shown == []
