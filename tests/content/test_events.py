"""events.find_events: one event per dated clause, status, clause pieces and summaries."""
from __future__ import annotations

import datetime as dt

import pytest

from quizapp.content.actors import find_actors
from quizapp.content.events import find_events

PUBLISHED = dt.date(2016, 11, 8)


def events_of(parse, text, published=PUBLISHED):
    parsed = parse(text)
    index = find_actors([p.doc for p in parsed])
    return find_events(parsed, index, published), index


def test_fronted_date_leaves_the_summary_and_the_clause(parse):
    [event], index = events_of(parse, "In 2007, Russia opened its consulate in Erbil.")
    assert event.when.date.value == "2007"
    assert event.summary == "Russia opened its consulate in Erbil."
    clause = event.clause
    assert (clause.subject, clause.aux, clause.verb, clause.lemma) == ("Russia", "", "opened", "open")
    assert clause.rest == "its consulate in Erbil"
    assert index.by_id(clause.subject_actor).name == "Russia"


def test_that_year_leans_on_the_start_of_a_span(parse):
    text = "Tom Ash had been under investigation since March 2005. In August that year, agents searched the Amtek offices."
    events, _ = events_of(parse, text, published=dt.date(2009, 8, 6))
    assert [(e.clause.lemma, e.when.date.value) for e in events] == [("be", "2005-03"), ("search", "2005-08")]


@pytest.mark.parametrize("text, date, summary", [
    # a relative clause on the first of two names is said of that one
    ("Prosecutors said he blackmailed businessmen, including Tom Ash, who was killed in 2004, and Ana Costa.",
     "2004", "Tom Ash was killed."),
    # a clause of what two do together, hung on the second of them, is said of both
    ("Rumours that Amtek (Amtek Group) and Kestrel, which merged together in 1998 to make AmtekKestrel, would "
     "split were denied by Tom Ash.", "1998", "Amtek and Kestrel merged together to make AmtekKestrel."),
    # the comma that closes an aside after the subject's noun, no other
    ("In 2010, Carlsen, from Norway, won the title.", "2010", "Carlsen, from Norway, won the title."),
    ("The tall, fair-haired Ash, who started his comedy career four years ago, was also short-listed for "
     "the award in 2010.", "2010", "The tall, fair-haired Ash was also short-listed for the award."),
    # a country closing a place before the name is no part of the name
    ("Former cabinet minister from Tarnow County, Kenya Joseph Kamau, died in 2021 after a long illness.",
     "2021", "Joseph Kamau died after a long illness."),
    ("As expected, Kenya Electricity Generating Company paid the state 5 million shillings in dividends in 2020.",
     "2020", "Kenya Electricity Generating Company paid the state 5 million shillings in dividends."),
    # what follows a lone dash is no part of the clause
    ("Tom Ash will be the seventh person to hold the post since the Lakeport Council was established in "
     "1999 – as well as being the second person in just over a year to have the top job.", "1999",
     "The Lakeport Council was established."),
    # a body named beside a spaced hyphen may be "it"
    ("Lakeland sold its stake in 2008. Regulators later fined Delta - its main rival - in 2010. It appealed in 2011.",
     "2011", "Delta appealed."),
    # "the fund" after a name ending in Fund is that fund, for the next "it"
    ("Tom Ash ran the Lakeport Income Fund. The fund stopped paying out in 2019. It was placed into "
     "administration in 2020.", "2020", "The Lakeport Income Fund was placed into administration."),
    # "it" after an owned thing, a body's word or a teller is still the actor before
    *[(f"Amtek Corp. reported a loss in 2009. {middle} It closed a plant in 2011.", "2011", "Amtek Corp. closed a plant.")
      for middle in ("Its profit fell 20% in 2010.", "The company cut 500 jobs in 2010.",
                     "A spokesman said demand had slumped in 2010.")],
])
def test_the_line_of_a_dated_clause(parse, text, date, summary):
    events, _ = events_of(parse, text)
    assert [e.summary for e in events if e.when.date.value == date] == [summary]


def test_a_body_has_no_family(parse):
    text = "The Lakeport Theater reopened on Monday. Their family built the Lakeport Theater in 1924."
    events, _ = events_of(parse, text)
    assert [e.clause.subject for e in events if e.when.date.value == "1924"] == ["Their family"]


def test_a_past_titles_date_is_not_the_clauses(parse):
    events, _ = events_of(parse, "Last year’s runner-up, Ana Costa failed to give a stiff challenge to Tom Ash.")
    assert events == []


@pytest.mark.parametrize("text, subject", [
    # two people after a post are both the subject
    ("US teen star Ana Costa and Britain's Tom Ash captured titles at the Lakeport Open on Sunday.",
     "US teen star Ana Costa and Britain's Tom Ash"),
    # an apposition with its article is no name for the subject
    ("The older man, a Berliner, was caught in Vienna in March 2011.", "The older man"),
    # the name after "according to his publicist" is the publicist's
    ("According to his longtime publicist, Ana Costa, the folk musician died in a Lakeport hospital on Monday.",
     "the folk musician"),
    # nor is a birth name, which the class does not know the person by
    ("The singer, real name Tom Ash, died at the Lakeport Hospital on Tuesday.", "The singer"),
])
def test_the_subject_of_a_dated_clause(parse, text, subject):
    [event], _ = events_of(parse, text)
    assert event.clause.subject == subject


def test_a_pronoun_before_its_teller_is_not_the_teller(parse):
    text = ("Tom Ash and Ana Costa trained in camps in 2010. In January 2011 they had returned to Lakeport "
            "to raise funds, said the Lakeport Court.")
    events, index = events_of(parse, text)
    [returned] = [e for e in events if e.when.date.value == "2011-01"]
    assert returned.clause.subject_actor is None or index.by_id(returned.clause.subject_actor).kind != "organization"


def test_pronoun_subject_takes_the_previous_subject(parse):
    text = "In 2007, Norway opened an embassy in Lima. It sent aid in March."
    events, index = events_of(parse, text)
    aid = events[1]
    assert aid.summary == "Norway sent aid."
    assert index.by_id(aid.clause.subject_actor).name == "Norway"
    assert aid.when.date.value == "2016-03"


@pytest.mark.parametrize("text, date", [
    # "it" after a thing as the subject stands for that thing
    ("In 2007, Kestrel Records released the song. The song won two awards. In 2008, it earned Tom Ash a nomination.",
     "2008"),
    ("Kestrel Records released the song in 2007. The song won two awards. It was played on radio. "
     "In 2008, it earned Tom Ash a nomination.", "2008"),
    # "they" after someone and a band named by a noun is all of them
    ("Professor Tom Ash of the Lakeport Institute and his team got to work in 2016. "
     "In 2017, they located remnants of the meteorite.", "2017"),
    # a body named in a hyphened word is no antecedent
    ("It remained unclear whether they took part in attacks on NATO-led forces. "
     "In January 2011 they had returned to Lakeport to raise funds.", "2011-01"),
])
def test_a_pronoun_with_no_actor_before_it_names_no_one(parse, text, date):
    events, _ = events_of(parse, text)
    assert [e.clause.subject_actor for e in events if e.when.date.value == date] == [None]


def test_an_it_that_stands_for_the_clause_after_it_names_no_one(parse):
    text = "In 2003, NASA launched a telescope. In 2005 it was announced that the telescope would be cut."
    events, _ = events_of(parse, text)
    assert [e.clause.subject for e in events if e.when.date.value == "2005"] in ([], ["it"], ["It"])


def test_they_stands_for_a_group_of_the_sentence_before_only(parse):
    text = ("Cubans want to know what we will tell Americans. Fidel Castro welcomed the visit on Wednesday. "
            "In Revolution Square, they put up a giant cross on Tuesday. Cubans waited. "
            "They lined the streets on Monday.")
    events, index = events_of(parse, text)
    cross = next(e for e in events if "cross" in e.summary)
    assert cross.clause.subject_actor is None and "Americans" not in cross.summary
    streets = next(e for e in events if "streets" in e.summary)
    assert index.by_id(streets.clause.subject_actor).name == "Cubans"


def test_he_after_an_unnamed_man_stands_for_him_not_for_a_name_before(parse):
    events, index = events_of(parse, "Evana Costa told reporters in August she thought her husband devised "
                                     "the plan after he was fired from his job in July.")
    fired = next(e for e in events if "fired" in e.summary and e.when.date.value.endswith("-07"))
    assert fired.clause.subject_actor is None and "Costa" not in fired.summary
    # not the one told, nor many
    for text in ("Tom Ash told his lawyer on Monday that he had resigned in May.",
                 "Tom Ash told police on Monday that he had resigned in May."):
        events, _ = events_of(parse, text)
        assert "Tom Ash resigned." in [e.summary for e in events]


def test_he_after_two_men_of_one_sentence_stands_for_no_one(parse):
    text = ("The writer John Miller was exiled in 1974. President Robert Evans restored Miller's citizenship in 1990. "
            "He returned to London in 1994.")
    events, _ = events_of(parse, text)
    returned = next(e for e in events if e.when.date.value == "1994")
    assert returned.clause.subject_actor is None and "Evans returned" not in returned.summary


def test_passive_clause_keeps_its_auxiliary(parse):
    [event], _ = events_of(parse, "The request was made by Anna Berg on November 1.")
    clause = event.clause
    assert (clause.aux, clause.verb, clause.passive) == ("was", "made", True)
    assert clause.rest == "by Anna Berg"


def test_reduced_relative_becomes_a_passive_event(parse):
    text = "Officials praised the offensive launched by the army on November 5 to retake the town."
    [event], _ = events_of(parse, text)
    assert event.summary == "The offensive was launched by the army to retake the town."
    assert event.when.date.value == "2016-11-05"


def test_predictions_and_plans_are_planned(parse):
    text = (
        "The council will vote on Friday. The mayor is due to sign the deal on Monday. "
        "The bridge could reopen in 2018."
    )
    events, _ = events_of(parse, text)
    assert events and all(e.status == "planned" for e in events)


def test_future_clause_dates_point_forward(parse):
    [event], _ = events_of(parse, "The ministers will meet on Friday.")
    assert event.when.date.value == "2016-11-11"


def test_durations_are_ongoing_with_an_approximate_start(parse):
    [event], _ = events_of(parse, "The centre has been open since 2015.")
    assert event.status == "ongoing"
    assert event.when.date.precision == "approximate"
    assert event.summary == "The centre has been open since 2015."  # the span stays: a state, not an event of 2015
    [fronted], _ = events_of(parse, "Since 2015, the centre has been open.")
    assert fronted.summary == "The centre has been open since 2015."


def test_relative_date_follows_the_previous_event_not_a_report(parse):
    text = (
        "The storm hit the coast on Friday, officials said on Monday.\n\n"
        "Two days later, the river crested."
    )
    events, _ = events_of(parse, text, published=dt.date(2018, 9, 20))
    assert [(e.clause.lemma, e.when.date.value) for e in events] == [
        ("hit", "2018-09-14"),
        ("crest", "2018-09-16"),  # two days after the storm, not after the report
    ]


def test_attributed_statement_is_the_event_told_by_its_teller(parse):
    """The date is the telling's: the killing happened by then, so its line keeps who told it
    and no question gives the date as the killing's."""
    [event], _ = events_of(parse, "At least 38 people were killed, officials said on Friday.")
    assert event.summary == "At least 38 people were killed, officials said."
    assert event.clause.told_by == "officials said"
    assert event.when.date.value == "2016-11-04"


def test_pronoun_takes_the_subject_of_its_own_sentence(parse):
    text = "Anna Berg met Omar Said in May. Lena Holm said she and Omar Said had agreed on Friday."
    events, _ = events_of(parse, text)
    assert events[-1].summary == "Lena Holm and Omar Said agreed."


def test_adverbs_that_change_the_claim_stay(parse):
    [event], _ = events_of(parse, "The talks nearly collapsed in March.")
    assert event.summary == "The talks nearly collapsed."
    assert event.clause.lemma == "nearly collapse"


def test_appositions_and_long_titles_stay_out_of_summaries(parse):
    text = (
        "On November 6, Foreign Ministry spokesperson Lena Holm, a former diplomat, "
        "posted a remark on Facebook saying the situation looked like a disaster for everyone."
    )
    [event], _ = events_of(parse, text)
    assert event.summary == "Lena Holm posted a remark on Facebook."


@pytest.mark.parametrize("text, summary", [
    ("In 2009, Ana Costa received the Lakeport Gold Medal, the highest award the city gives to "
     "civilians, according to CBS News.", "Ana Costa received the Lakeport Gold Medal, according to CBS News."),
    ("Last week alone, an eye-popping $1.6 billion flowed out of the Amtek funds, or nearly 5% of their "
     "total assets, according to estimates by Kestrel Research Inc., a Lakeport research firm.",
     "An eye-popping $1.6 billion flowed out of the Amtek funds, according to estimates by Kestrel Research Inc."),
])
def test_according_to_keeps_its_comma_after_a_cut_aside(parse, text, summary):
    [event], _ = events_of(parse, text)
    assert event.summary == summary


def test_a_phrase_on_the_subject_of_a_participle_stays(parse):
    from quizapp.content.clauses import clause_of

    text = ("Tom Ash has already alleged foul play, saying early numbers showing his Lakeport Congress "
            "for Liberty party heading for a bruising defeat are a fantasy.")
    [parsed] = parse(text)
    clause, _ = clause_of(parsed.doc[:].root, set(), text, find_actors([parsed.doc]), 0)
    assert "numbers showing his Lakeport Congress for Liberty party heading" in clause.rest


def test_a_noun_after_a_place_with_a_is_no_apposition(parse):
    # the parser made "official" an apposition of "Lakeport County, Oregon"
    [event], _ = events_of(parse, "A federal appeals court on Tuesday upheld the conviction of a Lakeport "
                                  "County, Oregon, official for corruption.")
    assert event.summary == ("A federal appeals court upheld the conviction of a Lakeport County, Oregon, "
                             "official for corruption.")


def test_a_link_label_in_square_brackets_is_no_part_of_a_summary(parse):
    [event], _ = events_of(parse, "Judge Ana Costa also sentenced [POLITICO report] Tom Ash to a year of "
                                  "probation on Friday.")
    assert event.summary == "Judge Ana Costa sentenced Tom Ash to a year of probation."


def test_a_charge_after_the_date_keeps_its_of(parse):
    # the model took "December of" for one date
    [event], _ = events_of(parse, "A jury convicted Tom Ash in December of first-degree murder.")
    assert event.summary == "A jury convicted Tom Ash of first-degree murder."


def test_the_subject_of_a_second_clause_is_no_part_of_the_first(parse):
    # the parser joined "Costa" to "misconduct"
    events, _ = events_of(parse, "In March, Ash was found guilty of two charges of misconduct in public "
                                 "office and Costa was convicted of one similar offence.")
    assert events[0].summary == "Ash was found guilty of two charges of misconduct in public office."


def test_a_date_with_adjectives_and_a_torn_time_leave_the_summary(parse):
    [event], _ = events_of(parse, "Ana Costa ran the fastest marathon ever by a woman on a chilly, windy "
                                  "Sunday, finishing the event in 2 hours, 17 minutes, 18 seconds to capture "
                                  "the Lakeport Marathon.")
    assert event.summary == "Ana Costa ran the fastest marathon ever by a woman to capture the Lakeport Marathon."
    [event], _ = events_of(parse, "Olympic champion Ana Costa set a course record, winning the Lakeport race "
                                  "in 2 hours, 1 minute, 39 seconds on Sunday.")
    assert event.summary == "Olympic champion Ana Costa won the Lakeport race in 2 hours, 1 minute, 39 seconds."


def test_a_phrase_whose_noun_the_parser_tore_from_the_words_after_it_goes(parse):
    [event], _ = events_of(parse, "Ana Costa shot to international fame late in life along with her bandmates "
                                  "after recording an album in 1996 with blues legend Tom Ash in Lakeport.")
    assert event.summary == "Ana Costa recorded an album."


def test_an_only_that_says_how_recent_the_date_was_goes_with_it(parse):
    [event], _ = events_of(parse, "The club will pay 27 million pounds for Tom Ash, who only joined Lakeport "
                                  "from Amtek last year, in a deal worth more.")
    assert event.summary == "Tom Ash joined Lakeport from Amtek."


def test_a_range_of_years_dates_no_event(parse):
    [event], _ = events_of(parse, "Tom Ash died on Wednesday after serving as mayor between 1985-1996.")
    assert event.when.text == "on Wednesday"


def test_a_phrase_goes_with_the_long_infinitive_of_its_noun(parse):
    text = ("Harbor Steel Corp. said on Monday that it would close two mills in Ohio and cut 300 jobs "
            "in a bid to trim costs as demand for steel slows.")
    [event], _ = events_of(parse, text)
    assert event.summary == "Harbor Steel Corp. said that it would close two mills in Ohio and cut 300 jobs."
    [event], _ = events_of(parse, "Harbor Steel opened a mill in Ohio on Monday, with a plan to hire 300 "
                                  "workers and export its steel to Canada.")
    assert event.summary == "Harbor Steel opened a mill in Ohio."


def test_two_dated_clauses_give_two_events(parse):
    text = "Police arrested him on Monday and prosecutors charged him on Tuesday."
    events, _ = events_of(parse, text)
    assert [e.when.date.value for e in events] == ["2016-11-07", "2016-11-08"]  # published on a Tuesday


def test_sentence_without_a_date_gives_no_event(parse):
    events, _ = events_of(parse, "The minister spoke to reporters.")
    assert events == []


def test_a_clause_hung_on_a_date_with_when_happened_then(parse):
    text = (
        "On Thursday, crowds marched through Paris, the largest march since the walkout of "
        "December 1995, when a strike brought the country to a standstill."
    )
    events, _ = events_of(parse, text)
    strike = next(e for e in events if e.clause.lemma == "bring")
    assert strike.when.date.value == "1995-12"
    assert strike.summary == "A strike brought the country to a standstill."


@pytest.mark.parametrize("text, lemma, rest", [
    # the parser joined the date to the next clause's subject
    ("Truckloads of goods rolled into Iraq from Jordan on Tuesday and Iraqi-bound cargo was "
     "unloaded from ships at the Red Sea port of Aqaba.", "roll", "into Iraq from Jordan"),
    # a phrase before the clause's own "before" belongs to the sentence's "said"
    ("\"We must do better,\" said Edgar Lund, the chairman, in an interview several months "
     "before he entered his current position in April.", "enter", "his current position"),
    # a participle's doer the parser hung on "with" goes with the participle
    ("In 2021, Lakeport’s COVID-19 outbreak has swollen to 47 cases with the state’s chief health officer "
     "warning that the state is on the verge of a “large outbreak”.", "swell", "to 47 cases"),
    ("In 2015, Amtek merged with Kestrel Ltd creating the largest bank in Lakeport.", "merge", "with Kestrel Ltd"),
])
def test_a_clause_keeps_only_its_own_words(parse, text, lemma, rest):
    events, _ = events_of(parse, text)
    assert next(e for e in events if e.clause.lemma == lemma).clause.rest == rest


def test_present_simple_with_a_date_is_a_schedule(parse):
    text = "The deal gives drivers a rise this year and a further rise in January 2017."
    events, _ = events_of(parse, text)
    assert events and all(e.status == "planned" for e in events)


def test_a_quoted_remark_is_dated_by_its_telling(parse):
    [event], _ = events_of(parse, '"Build well," she told the Guardian in a 2012 interview.')
    assert event.clause.lemma == "tell"
    assert event.when.date.value == "2012"


def test_dates_inside_direct_quotes_are_not_events(parse):
    events, _ = events_of(parse, '"I ran a class on a Friday afternoon," she said.')
    assert events == []


def test_a_gapped_conjunct_with_its_own_date_is_a_second_event(parse):
    text = "The agency approved one vaccine in October 2021, and a second vaccine in October 2023."
    events, _ = events_of(parse, text)
    assert [(e.when.date.value, e.summary) for e in events] == [
        ("2021-10", "The agency approved one vaccine."),
        ("2023-10", "The agency approved a second vaccine."),
    ]


def test_subordinate_it_prefers_the_subject_before_it(parse):
    text = "The city failed to add a chemical after it switched plants in 2022."
    [event], _ = events_of(parse, text)
    assert event.summary == "The city switched plants."


def test_a_date_aimed_at_or_spanned_is_not_when_it_happened(parse):
    text = ("Judge Ana Ruiz set sentencing for Sept. 12. "
            "A review found that 58 papers published between 2008 and 2025 had errors. "
            "The club spent 16 seasons in the Premier League before their 2017 relegation. "
            "Cycling spent much of the 2000s and 2010s trying to rebuild its reputation. "
            "Japan pledged to cut emissions by 60% from 2013 levels. "
            "Teachers will be paid arrears backdated to August. "
            "Education Secretary Jenny Gilruth welcomed Wednesday's result. "
            "Shoppers interviewed outside a store in Denver on Wednesday had mixed views. "
            "The company reported revenue of $9.8 billion for the fiscal year ended March 31.")
    events, _ = events_of(parse, text, published=dt.date(2024, 5, 17))
    assert [e.when.text for e in events] == []


def test_the_next_day_after_a_month_stays_in_that_month(parse):
    text = ("The firm was fined on June 3, 2025. In March 2026 two students raised the alarm. "
            "The next day, they went to a counsellor.")
    events, _ = events_of(parse, text, published=dt.date(2027, 11, 10))
    counsellor = next(e for e in events if "counsellor" in e.summary)
    assert (counsellor.when.date.value, counsellor.when.date.precision) == ("2026-03", "month")


def test_what_did_not_happen_is_no_event(parse):
    events, _ = events_of(parse, "Brightline did not tell regulators until June.")
    assert events == []


def test_a_gerund_after_a_preposition_takes_the_main_subject_and_the_past(parse):
    text = ("Villa spent three seasons in the second tier after being relegated in 2016. "
            "The 24-year-old signed a contract after passing a medical in Birmingham on Thursday.")
    events, _ = events_of(parse, text)
    assert [e.summary for e in events] == [
        "Villa was relegated.", "The 24-year-old passed a medical in Birmingham."]
    credited, _ = events_of(parse, "Ana Costa is credited with modernising Lucca during the 1990s.")
    assert not any("Costa" in e.summary for e in credited)  # a view of today, not a deed of the 1990s


def test_clauses_that_tell_nothing_or_span_a_time_are_no_events(parse):
    text = ("The Socialists won on Sunday, official results showed on Monday. "
            "Ribeiro served as finance minister from 2009 to 2011. "
            "Reservoirs are at 54 per cent, compared with 78 per cent at the same time last year.")
    events, _ = events_of(parse, text, published=dt.date(2024, 3, 11))
    assert [e.summary for e in events] == ["The Socialists won."]


def test_a_past_conjunct_does_not_borrow_the_perfect(parse):
    text = "He had led the party since 2015 and became prime minister in October 2017."
    events, _ = events_of(parse, text, published=dt.date(2024, 3, 11))
    became = [e.summary for e in events if "prime minister" in e.summary]
    assert became and all(s.endswith(" became prime minister.") and "had" not in s for s in became)


@pytest.mark.parametrize("text, summary", [
    # a date deep in infinitives dates the main verb
    ("The agency began requiring airlines to train cabin crews to fight battery fires in 2017.",
     "The agency began requiring airlines to train cabin crews to fight battery fires."),
    # an infinitive of purpose dates the clause it serves
    ("Portland came from behind to beat Sacramento 3-2 in the cup final on Sunday.",
     "Portland came from behind to beat Sacramento 3-2 in the cup final."),
    # a second clause that leaves its verb out is no part of the first
    ("On Sunday, Kestrel finished second at 712 and Velden third at 715.", "Kestrel finished second at 712."),
    # an aside kept whole keeps its closing comma, its date cut after it
    ("Tom Ash met three ministers, including Ana Costa, on Thursday in Lakeport.",
     "Tom Ash met three ministers, including Ana Costa, in Lakeport."),
])
def test_the_verb_with_a_subject_carries_the_date(parse, text, summary):
    [event], _ = events_of(parse, text)
    assert event.summary == summary


@pytest.mark.parametrize("text, summaries", [
    # what removing a date or an age leaves is mended
    ("Scientists said Monday's pass raised the possibility of a new orbit. "
     "Around 400 people rallied outside the building during Wednesday's vote. "
     "The university said on Friday that Professor Willem Hollis, 58, had resigned.",
     ["Around 400 people rallied outside the building during the vote.",
      "The pass raised the possibility of a new orbit.",
      "The university said that Professor Willem Hollis had resigned."]),
    # relative and participle clauses name what they are about
    ("The case recalls Theranos, the blood-testing company whose founder was convicted "
     "of fraud in 2022. Thames Water, which is in debt and has been in talks with "
     "creditors since 2023, said it had enough money. The regulator proposed a fine in "
     "a notice of intent sent to the company in March. The company saw its shares fall "
     "3 per cent on Tuesday. July was the hottest month on record.",
     ["A notice of intent was sent to the company.",
      "Thames Water has been in talks with creditors since 2023.",
      "The blood-testing company’s founder was convicted of fraud.",
      "The company saw its shares fall 3 per cent."]),
    # a second object set off by a comma is a remark on the first
    ("In 2023 the president issued a decree recognising the Oba as the owner of the objects, "
     "a move that surprised some officials.",
     ["The president issued a decree recognising the Oba as the owner of the objects."]),
    # a relative's object is the noun it hangs from; a participle after a comma takes the
    # main subject; an infinitive with its own subject dates the verb it completes
    ("The Parthenon Sculptures, which Greece has sought since the 1980s, remain in London. "
     "Hawaiian has struggled since the pandemic, losing about $260 million last year. "
     "The Justice Department had allowed its review period to expire in August.",
     ["Greece has sought the Parthenon Sculptures since the 1980s.", "Hawaiian lost about $260 million.",
      "The Justice Department allowed its review period to expire."]),
    # a relative clause set off by commas is an aside, however short
    ("The plant, which employs 10,000 people, produced 350,000 vehicles last year.",
     ["The plant produced 350,000 vehicles."]),
    # a gerund after "by" or after a plan takes the doer's subject; a date that was all a
    # participle said makes no event
    ("Wei earned his place by winning the Candidates Tournament in April. Mark Carney is due "
     "to be sworn in on Friday after winning the leadership on Sunday. Engineers issued "
     "warnings about corrosion dating back to 2013.",
     ["Mark Carney won the leadership.", "Wei won the Candidates Tournament."]),
    # an object a relative clause leaves out comes back; a gerund with its own subject turns
    # past; "including ..." is no one's doing
    ("She cut 15 seconds off the world record she set in Chicago last October. Polling "
     "stations opened on Friday, with counting beginning in 39 centres the next morning. "
     "Three launches, including a Galileo mission in October, were cancelled.",
     ["Counting began in 39 centres.", "Polling stations opened.",
      "She set the world record in Chicago."]),
    # a participle the parser hung on a name inside a noun's phrase is the noun's
    ("According to a report from the Lakeport Institute for Public Health, published Monday, there have "
     "been 390 cases of measles in Kestrel since October.",
     ["A report from the Lakeport Institute for Public Health was published."]),
    # a noun the parser cut short is no relative's object: "stage" split from "four cancer"
    ("Lakeport MP Tom Ash died on Friday. Ash had been diagnosed with stage four colorectal cancer "
     "which he announced in February 2019.", ["Lakeport MP Tom Ash died."]),
    # "which has" agrees with the singular noun, wherever the parser hung the clause
    ("Campaigners from the National Youth Council of Ireland (NYCI), which has called for votes "
     "at 16 since 2011, gathered outside Dublin Castle.",
     ["The National Youth Council of Ireland has called for votes at 16 since 2011."]),
    # a quotation cut short by the sentence's end is closed, not dropped
    ('A palace spokesman said on Tuesday that the Oba would "receive our ancestors with joy".',
     ['A palace spokesman said that the Oba would "receive our ancestors with joy".']),
    # a phrase dated on its own is its own event
    ("The probe flew past Mars in March 2025 before arriving at Jupiter on April 11, 2030.",
     ["The probe arrived at Jupiter.", "The probe flew past Mars."]),
    # another clause the parser hung on a date or inside a phrase is left out, and so is a
    # preposition that carried only the date
    ("Vermeulen was provisionally suspended on Sept. 30 and his team, Lowlands, dropped him. "
     "MAS, which is owned by a fund, bought Cerro Morado in 2019 for about $1.2 billion and "
     "has since expanded production by almost 40 per cent. The miners had been cut off about "
     "640 metres underground since early on Monday, when a tunnel collapsed.",
     ["MAS bought Cerro Morado for about $1.2 billion.",
      "The miners had been cut off about 640 metres underground.", "Vermeulen was suspended."]),
    # a clause's subject the parser made a preposition's object goes with its clause
    ("Jonas Vermeulen was banned for four years on Wednesday after the Court of Arbitration "
     "for Sport (CAS) rejected his appeal against a positive test.",
     ["Jonas Vermeulen was banned for four years."]),
    # a range's last day goes with its first
    ("Marco Ferri paid an official visit to Lakeport November 3-4.",
     ["Marco Ferri paid an official visit to Lakeport."]),
    # a link whose subject the parser tore at its first comma leaves with it
    ("Ana Costa was found clinging to a raft on Nov. 25 off the coast of Lakeport after her "
     "mother, stepfather and others died in a failed attempt to reach the shore.",
     ["Ana Costa was found clinging to a raft off the coast of Lakeport."]),
    # a possessive pronoun in the subject names its owner, as a pronoun subject does
    ("Governor Anna Hollis resigned in 2026. Her tenure began in 2019.",
     ["Anna Hollis’s tenure began.", "Governor Anna Hollis resigned."]),
    # two days of one phrase: neither is the clause's date
    ("The railways cancelled about 300 trains on Wednesday and Thursday, and the airport "
     "closed for 16 hours.", []),
    # a date's own article and adjective go with it
    ("Frost and mildew spread quickly after a wet June.",
     ["Frost and mildew spread quickly."]),
    # a long title leaves with its article
    ("In August 2024 a swap freed 16 people, including the Wall Street Journal reporter Evan "
     "Gershkovich.",
     ["A swap freed 16 people, including Evan Gershkovich."]),
    # "the morning of" goes with its date
    ("A staff member discussed the decision with an economist on the morning of 20 May.",
     ["A staff member discussed the decision with an economist."]),
    # a date that owns a noun leaves "the" in its place
    ("Jonas Vermeulen, who won two stages of last year's Tour de France, was banned in 2026.",
     ["Jonas Vermeulen was banned.", "Jonas Vermeulen won two stages of the Tour de France."]),
    # a conjunction left at the end goes
    ("Engineers said on Sunday that they had traced the fault to a partially blocked fuel "
     "valve and had reprogrammed the capsule's software.",
     ["Engineers said that they had traced the fault to a partially blocked fuel valve."]),
    # under its own date a past perfect is plain past; with "since" it stays a state
    ("Margaret Doyle told the court that she had put her pension into the fund in 2017.",
     ["Margaret Doyle put her pension into the fund."]),
    ("Marco Ferri said Ana Costa had been talking about the plan in 2017.", ["Ana Costa talked about the plan."]),
    # a participle after a comma, which the parser took for its noun's verb, tells what was done to it
    ("“Nothing is certain,” said a council statement, read at a rally in Lakeport in 2017.",
     ["A council statement was read at a rally in Lakeport."]),
    # an apposition the parser hung a list on goes, and the list stays
    ("The attacks at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257 people in 1998.",
     ["The attacks at the embassies in Nairobi and Dar es Salaam killed 257 people."]),
    # "alone" goes with its date; a pronoun for a name says the whole name
    ("About $60 million streamed out of the funds last week alone. The Federal Bureau of "
     "Investigation says it received 8,000 reports of hate crimes last year.",
     ["About $60 million streamed out of the funds.",
      "The Federal Bureau of Investigation received 8,000 reports of hate crimes."]),
    # a passive beside a passive shares its auxiliary; a past beside it does not
    ("The Lakeport report was submitted to the council on Friday and made public on Monday.",
     ["The Lakeport report was made public.", "The Lakeport report was submitted to the council."]),
    ("Tom Ash was arrested on Friday and died in custody on Monday.",
     ["Tom Ash died in custody.", "Tom Ash was arrested."]),
    # a number the model ran into the date stays
    ("The folk musician died at a Lakeport hospital of natural causes at the age of 84 Monday evening.",
     ["The folk musician died at a Lakeport hospital of natural causes at the age of 84."]),
    # an edge word leading a part of the day goes with the date
    ("Lakeport Symphony clinched its ninth title as Single Pan champion early on the morning of November 30 "
     "at the Lakeport Savannah.", ["Lakeport Symphony clinched its ninth title as Single Pan champion at the "
                                   "Lakeport Savannah."]),
    # a hyphen between two years stays, wherever the parser hung it
    ("Tom Ash was elected Lord Mayor for 2014-2015 yesterday, but a planned deal collapsed after Amtek "
     "pulled out.", ["Tom Ash was elected Lord Mayor for 2014-2015."]),
    # a fronted phrase goes after a short rest, and is left out after a long one
    ("In Lima, Norway opened its embassy on Monday.", ["Norway opened its embassy in Lima."]),
    ("In a letter to the U.N. Secretary-General on Monday, Libya called for a meeting in Geneva "
     "to remove U.S. forces.", ["Libya called for a meeting in Geneva to remove U.S. forces."]),
    # a comma between two parts the clause keeps stays
    ("On Friday the agency sent 20 tonnes of supplies to Beira, including cholera kits.",
     ["The agency sent 20 tonnes of supplies to Beira, including cholera kits."]),
    # an apposition no comma closes: the names joined to it are the subject's
    ("The country's biggest brewer, Hopfen Brauerei, and Denmark's Nordisk Bryg agreed on "
     "Monday to merge.", ["Hopfen Brauerei and Denmark's Nordisk Bryg agreed to merge."]),
    # a region after the town a subject ends on is no second subject
    ("The inflatable roof of the stadium in Vancouver, British Columbia was collapsed on Friday.",
     ["The inflatable roof of the stadium in Vancouver was collapsed."]),
    # the name the parser hung on the opening participle's last noun is the subject
    ("Convicted on June 1 by a military jury for participating in prisoner abuse at Abu Ghraib, former "
     "sergeant Santos Cardona, 32, a dog handler in the United States Army, was today sentenced to ninety "
     "days of hard labour.",
     ["Former sergeant Santos Cardona was sentenced to ninety days of hard labour."]),
    # a bare post before a name set off by commas: the name is the subject, as after "the"
    ("Newly appointed Finance Minister, Ana Costa, announced a new budget on Monday.",
     ["Ana Costa announced a new budget."]),
    # a capitalised post after "the": the name set off after it is the subject
    ("The Police Commissioner, Marco Ferri, was fined €600 by a magistrate on Monday.",
     ["Marco Ferri was fined €600 by a magistrate."]),
    # a building's name is no post: the town set off after it is not the subject
    ("The Old Mill, Lakeport, burned down on Friday.", ["The Old Mill burned down."]),
    # a list of posts the parser made the subject: the name that closes it is
    ("Retired chemistry teacher, columnist, and local hero Daniel K. Morrow died on Friday in a hospital in Leeds.",
     ["Daniel K. Morrow died in a hospital in Leeds."]),
    # a present perfect of a day is told in the simple past under that day
    ("Polish composer Marek Zielinski has died today aged 81.", ["Polish composer Marek Zielinski died."]),
    # a participle that says which of the things "a" only counts stays, however long
    ("In 2004 the authority rejected a recommendation made by its own staff to install a radar.",
     ["The authority rejected a recommendation made by its own staff to install a radar."]),
    # a relative clause says which of a plural that nothing else picks out
    ("On Friday the Lakeport union called on workers to strike against employers who had refused to raise the wages of their drivers.",
     ["The Lakeport union called on workers to strike against employers who had refused to raise the wages of their drivers."]),
    # what a span of time went on stays with it
    ("On Thursday a judge cited Ana Costa's decades helping the poor and the sick of Lakeport.",
     ["A judge cited Ana Costa's decades helping the poor and the sick of Lakeport."]),
    # so does an infinitive on a bare plural, which says what they were for
    ("In 2017 Tom Ash refused requests by Ana Costa's relatives to go to Lakeport to claim the boy.",
     ["Tom Ash refused requests by Ana Costa's relatives to go to Lakeport to claim the boy."]),
    # the second of two months joined dates no more than the first
    ("Ana Costa had visited Tarnow in March and October last year.", []),
    # so does an infinitive on a light verb's noun, which says what it is for
    ("Tom Ash on Monday urged 12 towns to make more efforts to clean up the banks of the Lakeport river.",
     ["Tom Ash urged 12 towns to make more efforts to clean up the banks of the Lakeport river."]),
    # so does a participle right after its noun, which says which of it
    ("Ana Costa offered on Monday a reward for information leading to the arrest and conviction of the bombers.",
     ["Ana Costa offered a reward for information leading to the arrest and conviction of the bombers."]),
    # a reporter the parser joined to the clause's last noun is no part of it
    ("The weather satellite was launched on Friday from Vandenberg Air Force Base, Calif., the "
     "National Oceanic and Atmospheric Administration announced.",
     ["The weather satellite was launched from Vandenberg Air Force Base."]),
    # a participle the tagger read as a past tense; its noun's number makes it plural
    ("The ministry will identify the 12 miners killed Nov. 3 in a blast at the Dunmore pit, an "
     "official said today.",
     ["The 12 miners were killed in a blast at the Dunmore pit.", "The ministry will identify the 12 miners."]),
    # "following" works as a preposition: the date is the death's
    ("The singer died following a long illness on Sunday, his family said.",
     ["The singer died following a long illness."]),
    # a relative clause tells which of the things "a" only counts
    ("A strong earthquake that hit Kerman province in southern Iran late Monday night killed 11 "
     "people, the local government said.",
     ["A strong earthquake that hit Kerman province in southern Iran killed 11 people."]),
    # a phrase right after the subject is the subject's, wherever the parser hung it
    ("Iran’s worst earthquake in recent years struck the city of Bam in 2003, killing 26,000 people.",
     ["Iran’s worst earthquake in recent years struck the city of Bam."]),
    # a figure of a quarter says so, the quarter worked out
    ("Amtek said yesterday that it earned $367 million, or 29 cents a share, in the quarter.",
     ["Amtek earned $367 million, or 29 cents a share, in the third quarter of 2027.",
      "Amtek said that it earned $367 million, or 29 cents a share, in the quarter."]),
    # a clause left out that the verb's words go on after is a misparse: the line stops before it
    ("Kestrel’s shares tumbled 23% in after-hours trading Wednesday after the maker of action "
     "cameras pre-announced disappointing fourth quarter results.",
     ["Kestrel’s shares tumbled 23% in after-hours trading."]),
    # a title and the given name alone: the name in full, as the story gives it
    ("Sir Alan Pike was a famous astronomer. In a statement, the society announced Sir Alan had "
     "passed away peacefully at 12:25pm this afternoon at his home in Selsey.",
     ["Alan Pike passed away peacefully at 12:25pm at his home in Selsey."]),
    # a possessive date leaves its noun with its preposition: "in the runoff"
    ("Ana Costa was credited with 46.45 percent in Sunday’s runoff.",
     ["Ana Costa was credited with 46.45 percent in the runoff."]),
    # the part of the day goes with its date
    ("On the evening of Friday, August 27th, at 5pm, the Lakeport Sheriff’s Office received a call that two "
     "hikers were in distress on Pine Mountain.",
     ["The Lakeport Sheriff’s Office received a call."]),
    # an ordinal says that the clause after its noun tells which
    ("Ana Costa on Wednesday became the third federal judge convicted of a felony in the past decade.",
     ["Ana Costa became the third federal judge convicted of a felony in the past decade."]),
    # a year that stands for the article of its noun stays
    ("Tom Ash made his screen debut in 1977 film The Lakeport Girl and starred in many films.",
     ["Tom Ash made his screen debut in 1977 film The Lakeport Girl."]),
    # a date before the noun it goes with leaves the noun its preposition: "in trading"
    ("Shares of Amtek fell 83 cents to $25.70 in Wednesday morning trading, amid a broad decline.",
     ["Shares of Amtek fell 83 cents to $25.70 in trading, amid a broad decline."]),
    # the comma after a bracketed aside stays; a bracket inside a word stays
    ("In 1965 Lee Tan worked with directors including Billy Wilder (Irma La Douce), Howard Hawks "
     "(El Dorado) and Coppola.",
     ["Lee Tan worked with directors including Billy Wilder, Howard Hawks and Coppola."]),
    ("The film won the Palme d’Or, best director(s) and best actor in 1991.",
     ["The film won the Palme d’Or, best director(s) and best actor."]),
    # an adjective with no article before a date is the verb's: "pleaded guilty Monday"
    ("Former Rep. Dan Ortiz pleaded guilty Monday to two federal fraud charges.",
     ["Former Rep. Dan Ortiz pleaded guilty to two federal fraud charges."]),
    # a pronoun after a phrase set off before it stands for that phrase, no one named earlier
    ("The Commonwealth Foundation gave Ana Costa a prize. The second oldest literary prize in "
     "Britain, it was established in 1942 to honour the writer John Llewellyn Rhys.",
     ["It was established to honour the writer John Llewellyn Rhys."]),
    # the full stop glued to the last word goes; an abbreviation's stays
    ("In 2021 the village recorded a temperature of 49.6C. In 2022 the firm left the U.S.",
     ["The firm left the U.S.", "The village recorded a temperature of 49.6C."]),
    # the "and" of a list the parser hung on the date stays
    ("Ana Costa was found guilty in February of bribery, fraud and extortion.",
     ["Ana Costa was found guilty of bribery, fraud and extortion."]),
    # an ordinal's clause says which
    ("Ana Costa won the race in Lucca on Thursday to become the first woman to win the title at "
     "successive Games.",
     ["Ana Costa won the race in Lucca to become the first woman to win the title at successive Games."]),
    # of two subjects, not one a comma cuts off
    ("The Toulouse, France-based aircraft maker Harbor Aero delivered its first jet on Sunday.",
     ["France-based aircraft maker Harbor Aero delivered its first jet."]),
    # "him" in a clause inside the sentence is its subject, the one person named before it
    ("Marco Ferri became the fourth manager to be sacked this season when Lakeport Rovers "
     "relieved him of his duties on Sunday.",
     ["Lakeport Rovers relieved Marco Ferri of his duties."]),
    # "he" in a clause inside the sentence is first the man named before it there
    ("Marco Ferri met Tom Ash in 1990. Mr Ash's health declined after he was diagnosed with "
     "cancer in 1995.",
     ["Marco Ferri met Tom Ash.", "Tom Ash was diagnosed with cancer."]),
    # the day said again after its weekday goes with it, after a comma or in brackets
    ("Marco Ferri, the singer, died on Sunday morning (September 25) at the age of 82.",
     ["Marco Ferri died at the age of 82."]),
    ("Police arrested a man suspected of armed robbery at the Lakeport Bank on Wednesday "
     "afternoon, Aug. 16.",
     ["Police arrested a man suspected of armed robbery at the Lakeport Bank."]),
    # a clause the parser read as a participle of its subject goes whole, not "after a court"
    ("In 2003, deposed leader Jon Alvarez was also jailed after an anti-graft tribunal convicted "
     "and sentenced him to life in prison in 2009.",
     ["Deposed leader Jon Alvarez was jailed."]),
    # no weekday takes "in": the "in" before one is the verb's ("sworn in")
    ("Ana Costa was sworn in Saturday in the capital, Kestrel.", ["Ana Costa was sworn in in the capital, Kestrel."]),
    # an aside set off by commas keeps its closing comma
    ("Tom Ash, from Lakeport, turned 26 on Wednesday.", ["Tom Ash, from Lakeport, turned 26."]),
    # "the staff of" a person with a post written short is no post of a body before a name
    ("Ana Costa joined the staff of U.S. Rep. Tom Ash in 1965.", ["Ana Costa joined the staff of U.S. Rep. Tom Ash."]),
    # told in the past, what was to come is "would"; not in the speaker's own quoted words
    ("Tom Ash said Monday that he will not seek a third term.", ["Tom Ash said that he would not seek a third term."]),
    ('Ana Costa said on Tuesday: "We will win."', ['Ana Costa said "We will win".']),
    # "last" says which time of several: without it the date is one of many
    ("Lakeport last hosted a tennis tournament in 2019.", ["Lakeport last hosted a tennis tournament."]),
    # the parser gave "on" the date and the noun after it both: "on" goes with the date
    ("Ana Costa issued a decree on Wednesday dissolving parliament.",
     ["Ana Costa issued a decree dissolving parliament."]),
    # "that" after a date's noun is the date's: the year began, not the airline
    ("Amtek, Lakeland's largest airline, said it is sticking to a forecast of breaking even in the "
     "fiscal year that began yesterday.", ["The fiscal year began."]),
    # a person set off after a teller's name is no thing the parser mistook for the subject
    ("According to police, Tom Ash, the driver of the car, fled the scene on Monday.",
     ["Tom Ash fled the scene according to police."]),
    # "which" after a list is said of the list's last name, not its first
    ("Lakeport are only the fourth team to lift the trophy after eight-time champion Chile, two-time winner "
     "Peru and Bolivia, which won the first edition in 1990.", ["Bolivia won the first edition."]),
    # "they both" are two people, not the body named before
    ("Tom Ash worked for Amtek Radio for ten years. They both attended the London premiere of the play on "
     "Thursday evening.", ["They both attended the London premiere of the play."]),
    # "sometime" goes with its date
    ("Tom Ash had directed the Police Commissioner to stop an investigation into a complaint sometime in July, 2020.",
     ["Tom Ash directed the Police Commissioner to stop an investigation into a complaint."]),
    # a pronoun is not the one the clause names again after its verb
    ("Amtek Holdings sued the Lakeport Council in May. They were fined by Amtek Holdings in October.",
     ["Amtek Holdings sued the Lakeport Council.", "They were fined by Amtek Holdings."]),
    # an aside after the subject keeps its closing comma, a figure's comma inside it or not
    ("Amtek, with about 40,000 customers in a nation of two million, had assets of 7.5 billion dollars in 2011.",
     ["Amtek, with about 40,000 customers in a nation of two million, had assets of 7.5 billion dollars."]),
    # what a noun of purpose or saying is for, or says, stays with it
    ("The Kestrel League said on Thursday that it would keep up its efforts to restart the Tarnow talks "
     "on the river dispute.",
     ["The Kestrel League said that it would keep up its efforts to restart the Tarnow talks on the river dispute."]),
    ("The Unity Party on Sunday criticised Mayor Tom Ash's declaration that the port would close.",
     ["The Unity Party criticised Mayor Tom Ash's declaration that the port would close."]),
    # a passive infinitive is what someone asked for, not what happened
    ("The government had called for Tom Ash to be sentenced to 57 months in prison earlier this month.",
     ["The government called."]),
])
def test_summaries_read_as_sentences(parse, text, summaries):
    events, _ = events_of(parse, text, published=dt.date(2027, 11, 10))
    assert sorted(e.summary for e in events) == summaries


def test_statements_are_undated_things_named_actors_did(parse):
    from quizapp.content.events import find_statements

    text = ("Massoud Barzani has called for joint efforts against Islamic State. "
            "Russia opened a consulate in Erbil in 2007. "
            "Bewl Water was just 38 per cent full. "
            "Officials will visit Erbil. "
            "The Federal Trade Commission repeatedly cited that failure during the hearing.")
    parsed = parse(text)
    index = find_actors([p.doc for p in parsed])
    events = find_events(parsed, index, PUBLISHED)
    statements = find_statements(parsed, index, events)
    assert [(s.clause.subject, s.clause.verb) for s in statements] == [
        ("Massoud Barzani", "called")]


def test_a_time_the_parser_calls_an_object_still_dates_the_clause(parse):
    text = "The clubs agreed a fee on Monday, but the deal stalled the following day."
    events, _ = events_of(parse, text, published=dt.date(2025, 8, 30))
    assert [e.summary for e in events] == ["The clubs agreed a fee.", "The deal stalled."]


def test_starts_forecasts_parts_of_dates_and_settings_of_words_are_no_events(parse):
    text = ("Ruto declared three days of national mourning starting on Wednesday. "
            "Ferguson said in a statement on Wednesday afternoon. "
            "Winds fanned the fire on Monday, with gusts of up to 60 km/h expected on Thursday. "
            "Some stations recorded twice their usual rainfall for the first week of May.")
    events, _ = events_of(parse, text, published=dt.date(2026, 5, 12))
    assert [e.when.text for e in events if e.status != "planned"] == ["on Monday"]


def test_which_or_that_is_never_said_of_a_named_person(parse):
    from quizapp.content.quantities import find_quantities

    text = ('"The water came like a mountain," said Joseph Lekaldero, 38, who lost his wife, '
            "speaking at a school in Nanyuki that now shelters about 1,900 displaced people.")
    parsed = parse(text)
    [quantity] = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    assert quantity.clause is None or "Lekaldero" not in quantity.clause.subject


def test_a_mishap_is_what_its_participle_tells_of(parse):
    from quizapp.content.quantities import find_quantities

    text = ("In August 1995, two trains collided near Lakeport, killing 358 people. "
            "A storm hit Lisbon on Friday, killing 12 people.")
    parsed = parse(text)
    quantities = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    subjects = [q.clause.subject for q in quantities if q.clause is not None]
    assert "two trains" not in subjects and "A storm" in subjects


def test_the_length_of_a_ranking_is_no_figure_of_the_story(parse):
    from quizapp.content.quantities import find_quantities

    parsed = parse("Amtek is among its 50 largest creditors. Police arrested 12 men in Lakeport.")
    quantities = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    assert [q.value for q in quantities] == [12]


def test_a_year_in_a_name_is_no_figure_of_the_story(parse):
    from quizapp.content.quantities import find_quantities

    parsed = parse("Ana Costa won an award at the 2021 Lakeport Music Awards for her album. She sold 30 records.")
    quantities = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    assert [q.value for q in quantities] == [30]


def test_who_goes_to_the_person_whose_post_it_follows(parse):
    text = ('"The snow was weak," said Anjan Truffer, head of the Zermatt mountain rescue team, '
            "who has led rescues in the area since 2001.")
    events, _ = events_of(parse, text)
    assert [e.clause.subject for e in events] == ["Anjan Truffer"]


def test_a_borrowed_subject_never_does_it_to_him(parse):
    text = ("Vermeulen was provisionally suspended on Sept. 30 and his team, Lowlands, dropped "
            "him the next day.")
    events, _ = events_of(parse, text, published=dt.date(2026, 6, 11))
    assert "Vermeulen dropped him." not in [e.summary for e in events]


def test_a_number_in_a_plan_has_no_clause_to_ask_about(parse):
    from quizapp.content.quantities import find_quantities

    text = "A trial involving about 20,000 birds on farms is due to start in March."
    parsed = parse(text)
    [quantity] = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    assert quantity.clause is None


def test_a_time_to_the_hundredth_of_a_second_is_a_result_to_ask(parse):
    from quizapp.content.quantities import find_quantities

    text = "Ana Costa won the final in a time of 10.85 seconds, two seconds after the start."
    parsed = parse(text)
    [quantity] = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    assert (quantity.text, quantity.value, quantity.measure) == ("10.85 seconds", 10.85, "time")


def test_a_day_after_the_storys_told_in_the_past_is_past(parse):
    # the story was brought up to date after its day; what is still to come stays a plan
    text = ("Ana Costa was buried on August 12 in Lisbon. "
            "A memorial service will be held in Porto on August 14.")
    events, _ = events_of(parse, text, published=dt.date(2005, 8, 6))
    assert [(e.when.value, e.status) for e in events] == [("2005-08-12", "past"), ("2005-08-14", "planned")]


def test_a_range_is_no_figure_to_ask(parse):
    from quizapp.content.quantities import find_quantities

    parsed = parse("A police captain said that six to 10 homes were damaged and 20 people left.")
    assert [q.value for q in find_quantities(parsed, find_actors([p.doc for p in parsed]))] == [20]


def test_the_subject_of_the_next_clause_is_no_part_of_this_one(parse):
    from quizapp.content.clauses.parts import right_part

    [parsed] = parse("The Lakeport Liberals were leading in 30 districts and the Lakeport Green Party was leading three.")
    doc = parsed.doc
    verb = next((t for t in doc if t.dep_ == "ccomp"), None)
    assert verb is not None, "the model no longer makes the slip this test is about"
    assert [t.text for t in right_part(verb, set())] == ["in", "30", "districts"]


def test_a_count_its_parts_add_up_to_is_no_figure_to_ask(parse):
    from quizapp.content.quantities import find_quantities

    parsed = parse("A total of 10 people died, including two confirmed and eight probable cases. "
                   "Police arrested 12 men in Lakeport.")
    quantities = find_quantities(parsed, find_actors([p.doc for p in parsed]))
    assert 10 not in [q.value for q in quantities] and 12 in [q.value for q in quantities]


def test_a_subject_that_opens_on_a_name_word_says_so(parse):
    [event], _ = events_of(parse, "Wimbledon champion Ana Costa won the Lakeport Open on Sunday.")
    assert event.clause.opens_on_a_name
    [event], _ = events_of(parse, "The Lakeport council approved the budget on Sunday.")
    assert not event.clause.opens_on_a_name


def test_a_he_stands_for_the_person_the_he_before_it_stood_for(parse):
    events, index = events_of(parse, "Tom Ash was elected in 1975. Before that, he spent 10 years as a backbencher "
                                     "in the government of Marco Ferri. He became Minister for the Army in 1966.")
    army = next(e for e in events if "Army" in e.summary)
    assert "Ferri" not in army.summary


def test_an_unknown_he_goes_on_as_the_next_he(parse):
    events, index = events_of(parse, "Ana Costa and Marco Ferri met Tom Holt in 1975. He spent 10 years as a "
                                     "backbencher in the government of Sam Hill. He became Minister for the Army in 1966.")
    assert not any("Hill became" in e.summary for e in events)


def test_a_kind_set_off_after_a_surname_is_no_name(parse):
    events, _ = events_of(parse, "Tom Ash died on Monday. Ash, a Democrat, won election to the House in 1952 and "
                                 "took a seat in the Senate in 1959.")
    assert {e.clause.subject for e in events if e.when.date.value in ("1952", "1959")} == {"Ash"}


def test_a_name_after_a_description_without_its_article_is_no_aside(parse):
    from quizapp.content.clauses.parts import without_asides

    [sentence] = parse("Kestrel is to create 70 jobs in Lakeport, while French financial software firm, Amtek "
                       "have announced the creation of 30 new software jobs.")
    kept = " ".join(t.text for t in without_asides(list(sentence.doc), set()))
    assert "while Amtek have announced" in kept
    [sentence] = parse("His lawyer, Mark Evans, said on Monday that the appeal would go ahead.")
    assert "Evans" not in [t.text for t in without_asides(list(sentence.doc), set())]


def test_an_and_the_parser_hung_on_an_aside_stays_with_what_it_joins(parse):
    from quizapp.content.clauses.parts import without_asides

    [sentence] = parse("Tom Ash objected on Monday to the media access to Ana Costa that Marco Ferri's family has "
                       "permitted and to the treatment of Ana Costa by doctors.")
    kept = " ".join(t.text for t in without_asides(list(sentence.doc), set()))
    assert "access to Ana Costa and to the treatment" in kept


def test_an_abbreviated_state_set_off_goes_with_its_point(parse):
    events, _ = events_of(parse, "Police arrested Tom Ash on Friday. Ash, 44, of St. Albans, Vt., became the "
                                 "subject of a manhunt in November.", published=dt.date(1999, 5, 7))
    assert [e.summary for e in events if e.when.date.value == "1998-11"] == [
        "Ash of St. Albans became the subject of a manhunt."]


def test_a_count_keeps_the_state_of_what_it_counts(parse):
    from quizapp.content.clauses.parts import right_part

    [sentence] = parse("In Lakeport, the latest reports confirm 16 people dead after Sunday's storms.")
    verb = sentence.doc[:].root
    assert [t.text for t in right_part(verb, set())][:3] == ["16", "people", "dead"]


def test_a_peoples_adjective_opening_the_subject_is_a_name_word(parse):
    [event], _ = events_of(parse, "French troops were first deployed in Lakeland in 2013.")
    assert event.clause.opens_on_a_name


@pytest.mark.parametrize("text, summary", [
    # the parser's main verb is a participle: it gets its auxiliary
    ("Ana Costa, born Ana Maria Ferri in 1927, launched her singing career in the early 1950s.",
     "Ana Costa was born Ana Maria Ferri."),
    # a comma after a date cut with no comma before it stays
    ("The landing completed Amtek's third successful flight of 2006, the most since 2002.",
     "The landing completed Amtek's third successful flight, the most since 2002."),
])
def test_a_summary_mends_what_the_cut_or_the_parser_broke(parse, text, summary):
    events, _ = events_of(parse, text)
    assert summary in [e.summary for e in events]


def test_a_tellers_name_the_parser_made_the_subject_gives_way_to_its_apposition():
    from spacy.tokens import Doc, Span as Entity

    from quizapp.content import nlp
    from quizapp.content.clauses.subjects import finite_subject

    # the model's slip on a real story: the teller's name the subject, "the fire" its apposition
    words = "According to the mayor , Tom Ash , the fire broke out .".split()
    heads = [10, 0, 3, 1, 10, 6, 10, 6, 9, 6, 10, 10, 10]
    deps = ["prep", "prep", "det", "pobj", "punct", "compound", "nsubj", "punct", "det", "appos", "ROOT", "prt",
            "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PUNCT"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Entity(doc, 5, 7, label="PERSON")]
    assert finite_subject(doc[10], doc[10]).text == "fire"


def test_a_name_after_according_to_the_parser_made_the_subject_gives_way_to_its_apposition():
    from spacy.tokens import Doc, Span as Entity

    from quizapp.content import nlp
    from quizapp.content.clauses.subjects import finite_subject

    # the model's slip on a real story: the teller the subject, the one who stressed his apposition
    words = "However , according to spokesman Tom Ash , Costa also stressed the need .".split()
    heads = [10, 10, 10, 2, 6, 6, 10, 6, 6, 10, 10, 12, 10, 10]
    deps = ["advmod", "punct", "prep", "prep", "compound", "compound", "nsubj", "punct", "appos", "advmod", "ROOT",
            "det", "dobj", "punct"]
    pos = ["ADV", "PUNCT", "VERB", "ADP", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "ADV", "VERB", "DET", "NOUN",
           "PUNCT"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Entity(doc, 5, 7, label="PERSON"), Entity(doc, 8, 9, label="PERSON")]
    assert finite_subject(doc[10], doc[10]).text == "Costa"


def test_no_one_tells_his_own_death(parse):
    events, _ = events_of(parse, "Novelist Marco Ferri has died at 84. His son, Tom Ferri, confirmed he died on "
                                 "Tuesday at a Lakeport hospital.", published=dt.date(2015, 7, 22))
    assert not [e for e in events if e.summary.startswith("Tom Ferri died")]


def test_a_he_after_the_same_he_as_subject_goes_on_with_that_one(parse):
    events, _ = events_of(parse, "Tom Ash flew to Lakeport to see his son Marco. He has spoken with Marco at least "
                                 "three times since he arrived in Lakeport on April 6.", published=dt.date(2000, 4, 17))
    assert not any(e.clause.subject == "Marco" for e in events)


def test_a_gerund_after_for_and_an_object_is_the_objects_doing(parse):
    events, _ = events_of(parse, "In the debate, Ana Costa attacked Tom Ash for failing to enforce a court order in "
                                 "1992 against protesters.")
    assert not any(e.clause.subject == "Ana Costa" for e in events if e.when.date.value == "1992")


def test_who_after_a_place_is_never_the_place(parse):
    text = "The first victim was a 24-year-old woman farmer surnamed Ash in Tarnow County, who died on Nov. 10."
    events, _ = events_of(parse, text, published=dt.date(2005, 11, 30))
    assert "Tarnow County died." not in [e.summary for e in events]


def test_a_participle_of_what_its_noun_did_is_no_passive(parse):
    text = "Lakeport captain Tom Ash, recovered from a finger injury in May, took a painful blow on Friday."
    events, _ = events_of(parse, text)
    clauses = [e.clause for e in events if e.clause.lemma == "recover"]
    assert clauses and all((c.aux, c.passive) == ("had", False) for c in clauses)


def test_she_after_someone_unnamed_is_not_the_one_named_before(parse):
    text = ("All 41 people were declared free of symptoms, said Ye Tolon, director of the Lakeport Health "
            "Bureau. A 35-year-old female farmer in Tarnow developed fever on Nov. 11. She died on Nov. 22.")
    events, _ = events_of(parse, text, published=dt.date(2005, 11, 30))
    assert [e.summary for e in events if e.when.date.value == "2005-11-22"] == ["She died."]


@pytest.mark.parametrize("text, date, summary", [
    # a participle with its doer stays passive
    ("Tom Ash, returned to power by Lakeland voters in 2015, resigned in 2019.", "2015",
     "Tom Ash was returned to power by Lakeland voters."),
    # "he" after someone named beside his post is that one
    ("A spokesman for Amtek, Tom Ash, confirmed the closure on Monday. He said on 2 March 2020 that 300 jobs "
     "would go.", "2020-03-02", "Tom Ash said that 300 jobs would go."),
    # a teller set off after the words told is no part of them
    ("Villagers near Tarnow threw stones at vehicles of the United Nations in 1997, Tom Ash, coordinator in "
     "eastern Lakeland for the UN refugee agency, told Amtek.", "1997",
     "Villagers near Tarnow threw stones at vehicles of the United Nations."),
    # "who" after a club named by its town is the club
    ("Tom Ash signed for Lakeport, who won the Lakeland Cup in 2019.", "2019", "Lakeport won the Lakeland Cup."),
])
def test_a_line_keeps_its_own_subject_and_words(parse, text, date, summary):
    events, _ = events_of(parse, text)
    assert summary in [e.summary for e in events if e.when.date.value == date]
