"""The story's one organization named where a line or a question says "the company"; people
named in full in a line."""
from __future__ import annotations

import pytest

from quizapp.content.anchors import (a_shared_name_alone, acronyms_in_full, in_full, main_organization, named,
                                     short_names_in_full)
from quizapp.content.types import Actor

UNISYS = Actor("a1", "Unisys Corp.", "organization", mentions=5, kind_confidence=1.0)
DEPARTMENT = Actor("a2", "Justice Department", "organization", mentions=2, kind_confidence=1.0)
BANK = Actor("a3", "Banco Norte", "organization", mentions=4, kind_confidence=1.0,
             role="Brazil's largest bank")


@pytest.mark.parametrize("text, organization, expected", [
    ("The company also took a write-off.", UNISYS, "Unisys Corp. also took a write-off."),
    ("Fill in the blank: The company's shares fell $_____.", UNISYS,
     "Fill in the blank: Unisys Corp.'s shares fell $_____."),
    ("True or false? In 1989, the company adopted a plan.", UNISYS,
     "True or false? In 1989, Unisys Corp. adopted a plan."),
    ("When did the company adopt a plan?", UNISYS, "When did Unisys Corp. adopt a plan?"),
    ("The bank cut its rate.", BANK, "Banco Norte cut its rate."),
    ("The bank cut its rate.", UNISYS, "The bank cut its rate."),  # no bank of its own
    ("The company was fined.", DEPARTMENT, "The company was fined."),  # a department is no business
    ("The company-owned stores closed.", UNISYS, "The company-owned stores closed."),
    ("Its rival, the company, fell.", UNISYS, "Its rival, the company, fell."),  # not the subject
    ("Brokers expected the company to book a loss.", UNISYS, "Brokers expected Unisys Corp. to book a loss."),
    ("Fill in the blank: Brokers put the company's debt at $_____.", UNISYS,
     "Fill in the blank: Brokers put Unisys Corp.'s debt at $_____."),
    ("Unisys Corp. said the company lost money.", UNISYS, "Unisys Corp. said the company lost money."),
    ("Brokers expected the bank to cut its rate.", BANK, "Brokers expected the bank to cut its rate."),
    ("He drove the company car.", UNISYS, "He drove the company car."),
    ("He took the firm view that it would fail.", UNISYS, "He took the firm view that it would fail."),
    ('He said "the company is sound."', UNISYS, 'He said "the company is sound."'),
    ("It bought Velta Inc. and merged the company with a rival.", UNISYS,
     "It bought Velta Inc. and merged the company with a rival."),
])
def test_the_company_is_named_only_where_it_fits(text, organization, expected):
    assert named(text, organization) == expected


def test_only_a_story_about_one_organization_has_one():
    assert main_organization([UNISYS, DEPARTMENT]) is UNISYS  # 5 mentions against 2
    assert main_organization([BANK, UNISYS]) is None  # 4 against 5: which one?
    once = Actor("a4", "Acme Inc.", "organization", mentions=1, kind_confidence=1.0)
    assert main_organization([once]) is None
    unsure = Actor("a5", "Lakeside", "organization", mentions=6, kind_confidence=0.5)
    assert main_organization([unsure]) is None
    # the story is about an unsure one: the sure runner-up is not named in its stead
    assert main_organization([unsure, DEPARTMENT]) is None


HALE = Actor("a4", "Graham Hale", "person", mentions=6, kind_confidence=0.9)
RUTH = Actor("a5", "Ruth Hale", "person", mentions=2, kind_confidence=0.9)
GROUP = Actor("a6", "Albion Rheinland", "person", mentions=2, kind_confidence=0.5)
LEE = Actor("a8", "Lee Jong-wook", "person", aliases=("Lee",), mentions=3, kind_confidence=0.9)
MARIN = Actor("a9", "Sofia Marin", "person", aliases=("Marin", "Sofia"), mentions=5, kind_confidence=0.9)


@pytest.mark.parametrize("text, people, expected", [
    ("Hale was arrested at Heathrow Airport.", [HALE], "Graham Hale was arrested at Heathrow Airport."),
    ("In 2020, Hale's fund closed.", [HALE], "In 2020, Graham Hale's fund closed."),
    ("Mr. Hale was arrested.", [HALE], "Mr. Hale was arrested."),
    ("A jury convicted Graham Hale; Hale appealed.", [HALE], "A jury convicted Graham Hale; Hale appealed."),
    ("Hale was arrested.", [HALE, RUTH], "Hale was arrested."),
    ("Rheinland's board rejected it.", [GROUP], "Rheinland's board rejected it."),
    ("Lee was rushed to hospital.", [LEE], "Lee Jong-wook was rushed to hospital."),  # surname first
    # a quote calls her "Sofia", the story "Marin": the surname is the last word
    ("Marin won the title.", [MARIN], "Sofia Marin won the title."),
    # a knight by his given name alone
    ("Sir Graham died at his home.", [HALE], "Sir Graham Hale died at his home."),
    # a work's title in quotation marks is no one's name
    ("Ana Costa translated “The Tale of Hale” in 1998.", [HALE], "Ana Costa translated “The Tale of Hale” in 1998."),
])
def test_a_person_named_by_surname_alone_is_named_in_full(text, people, expected):
    assert in_full(text, people) == expected


CMA = Actor("a5", "Competition and Markets Authority", "organization", aliases=("CMA",))
WHO = Actor("a6", "World Health Organization", "organization", aliases=("WHO",))
IBM = Actor("a7", "IBM", "organization", aliases=("International Business Machines",))
LAB = Actor("a8", "NASA Kestrel Laboratory", "organization", aliases=("NASA",))  # a part of NASA
AMTEK = Actor("a9", "AMK Amtek Inc.", "organization", aliases=("AMK",))  # a firm's first word
CUP = Actor("a10", "Kestrel Lakeland Cup", "organization", aliases=("KLC",))
FORCES = Actor("a11", "Royal Lakeland Armed Forces", "organization", aliases=("RLAF",))
OKEC = Actor("a12", "Organization of Kestrel Exporting Countries", "organization", aliases=("OKEC",))
KOREA = Actor("a13", "South Korea", "country", aliases=("ROK",))
KBPF = Actor("a14", "Kestrel Border Patrol Force", "organization", aliases=("KBPF",))


@pytest.mark.parametrize("text, expected", [
    ("In 2019, the CMA blocked the plan.", "In 2019, the Competition and Markets Authority blocked the plan."),
    ("WHO said so.", "The World Health Organization said so."),
    ("Lee became head of the WHO.", "Lee became head of the World Health Organization."),
    ("The CMA's ruling came after the CMA met.",
     "The Competition and Markets Authority's ruling came after the CMA met."),  # the first time
    ("The Competition and Markets Authority (CMA) said so.", "The Competition and Markets Authority (CMA) said so."),
    ("IBM began shipping a card.", "IBM began shipping a card."),  # its name is the acronym
    ("Who said WHOLE numbers?", "Who said WHOLE numbers?"),
    ("WHO-led teams spent US$5 million.", "WHO-led teams spent US$5 million."),
    ("One of NASA's telescopes saw it.", "One of NASA's telescopes saw it."),
    ("KKR bought AMK for $25 billion.", "KKR bought AMK Amtek Inc. for $25 billion."),
    ("The Kestrel KLC was slated for July.", "The Kestrel Lakeland Cup was slated for July."),
    # a body's "the", but not where the acronym says what kind of thing
    ("Amtek wrote to the CMA.", "Amtek wrote to the Competition and Markets Authority."),
    ("Amtek wrote to CMA.", "Amtek wrote to the Competition and Markets Authority."),
    ("Amtek won two CMA awards.", "Amtek won two Competition and Markets Authority awards."),
    ("Police questioned 7 CMA Members.", "Police questioned 7 Competition and Markets Authority Members."),
    ("On March 5 CMA fined Amtek.", "On March 5 the Competition and Markets Authority fined Amtek."),
    ("Amtek held the sold-out CMA awards.", "Amtek held the sold-out Competition and Markets Authority awards."),
    ("Amtek's CMA debut went well.", "Amtek's Competition and Markets Authority debut went well."),
    ("When did CMA issue a warning?", "When did the Competition and Markets Authority issue a warning?"),
    ("In 2019 CMA fined Amtek.", "In 2019 the Competition and Markets Authority fined Amtek."),
    ("RLAF destroyed all 233 of its missiles.", "The Royal Lakeland Armed Forces destroyed all 233 of its missiles."),
    # a body named for its kind "of" others takes "the"; a name in -s owns with an apostrophe alone
    ("OKEC's president spoke.", "The Organization of Kestrel Exporting Countries' president spoke."),
    # but one with an "of" before the noun it describes stays short
    ("OKEC ministers meeting in Lakeport cut output.", "OKEC ministers meeting in Lakeport cut output."),
    # a country whose name takes no "the" loses the acronym's
    ("Lakeland will work with the ROK on trade.", "Lakeland will work with South Korea on trade."),
    ("Lakeland met the ROK foreign minister.", "Lakeland met the South Korea foreign minister."),
    ("Lakeland took over command of KBPF in 2011.", "Lakeland took over command of the Kestrel Border Patrol Force in 2011."),
    # "a" or "an" as the name sounds
    ("An RLAF unit ambushed a convoy.", "A Royal Lakeland Armed Forces unit ambushed a convoy."),
    ("Amtek hired a WHO adviser.", "Amtek hired a World Health Organization adviser."),
])
def test_an_acronym_the_story_spelt_out_is_written_in_full(text, expected):
    assert acronyms_in_full(text, [CMA, WHO, IBM, LAB, AMTEK, CUP, FORCES, OKEC, KOREA, KBPF]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Frank Kowalski, 67, was first elected in 2013.", "Frank Kowalski was first elected in 2013."),
    ("Tom Ash, 52, a senior clerk at the Lakeport library, was questioned.",
     "Tom Ash, a senior clerk at the Lakeport library, was questioned."),
    ("The bill passed by 67, 12, and 4 votes.", "The bill passed by 67, 12, and 4 votes."),
    ("Eighteen year-old Danny Preddie and nineteen year-old Rickie Preddie were convicted.",
     "Danny Preddie and Rickie Preddie were convicted."),
    ("The 106 year old Percy Dwight Wilson died in Toronto.", "Percy Dwight Wilson died in Toronto."),
    ("Twenty-three-year-old Tom Ash pleaded guilty.", "Tom Ash pleaded guilty."),
    # before a description, the age goes but its "the" stays
    ("Ana Costa had opinions on the case of the 6-year-old Lakeland boy.",
     "Ana Costa had opinions on the case of the Lakeland boy."),
    ("Police arrested the 30-year-old Lakeport Rovers striker.", "Police arrested the Lakeport Rovers striker."),
    ("The 6-year-old Ana was returned to her father.", "Ana was returned to her father."),
])
def test_a_line_leaves_out_an_age_that_is_the_storys(text, expected):
    from quizapp.content.clauses.text import without_ages

    assert without_ages(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Costa lay in state at a marae -- ceremonial grounds--near Lakeport.",
     "Ana Costa lay in state at a marae — ceremonial grounds — near Lakeport."),
    ("Tom Ash  was elevated to the rank of guide.", "Tom Ash was elevated to the rank of guide."),
    ("Jurors heard executives from Amtek‘s broadband unit.", "Jurors heard executives from Amtek’s broadband unit."),
    ("The U.S Food and Drug Administration approved it.", "The U.S. Food and Drug Administration approved it."),
    ("The remains were excavated from a\nquarry in Lakeland.", "The remains were excavated from a quarry in Lakeland."),
    ("Kestrel Air KQNA.NR resumed flights to the U.S. and Amtek (AMTK.O) fell.",
     "Kestrel Air resumed flights to the U.S. and Amtek fell."),
    ("The board asked president Ana Costa to call elections, and judge Tom Ash set a date.",
     "The board asked President Ana Costa to call elections, and Judge Tom Ash set a date."),
    ("Amtek's president Tom Ash resigned.", "Amtek's president Tom Ash resigned."),
    ("Amtek president Tom Ash and Amtek's former president Ana Costa met.",
     "Amtek president Tom Ash and Amtek's former president Ana Costa met."),
    ("The board named deputy prime minister Ana Costa.", "The board named Deputy Prime Minister Ana Costa."),
    ("Lakelandian prime minister Tom Ash met Kestrelan president Ana Costa.",
     "Lakelandian Prime Minister Tom Ash met Kestrelan President Ana Costa."),
    ("The attorney general Tom Ash met the UN secretary general Ana Costa.",
     "The attorney general Tom Ash met the UN secretary general Ana Costa."),
    ("The Kestrel Exporting Countries (KEC)'s prices fell 0.17 U.S.dollars.",
     "The Kestrel Exporting Countries' prices fell 0.17 U.S. dollars."),
    ("The Amtek Group (AG)'s plan failed.", "The Amtek Group's plan failed."),
    ("Passengers were waiting for their buses -- -- to leave.", "Passengers were waiting for their buses to leave."),
    ("The Amtek Group ( AG ) opened its meeting.", "The Amtek Group (AG) opened its meeting."),
])
def test_a_line_mends_the_sources_typing_slips(text, expected):
    from quizapp.content.clauses.text import typeset

    assert typeset(text) == expected


def test_a_double_prime_after_a_word_closes_a_quotation():
    from quizapp.content.clauses.text import balance_quotes

    assert balance_quotes("Ana Costa’s “Lakeport″ comic strip was first published") == (
        "Ana Costa’s “Lakeport” comic strip was first published")
    assert balance_quotes("Tom Ash, who stands 6′2″, joined Lakeport") == "Tom Ash, who stands 6′2″, joined Lakeport"


@pytest.mark.parametrize("text, expected", [
    ("Ana Costa was elected to the Hall in 1985.", "Ana Costa was elected to the Hall of Fame in 1985."),
    # written in full already, another "of" after it, or the word inside another name
    ("Ana Costa was elected to the Hall of Fame.", "Ana Costa was elected to the Hall of Fame."),
    ("Ana Costa entered the Hall of Lakeport.", "Ana Costa entered the Hall of Lakeport."),
    ("Ana Costa visited the Hall-Lakeport club.", "Ana Costa visited the Hall-Lakeport club."),
    ("The Hall Lakeport Group recorded a profit.", "The Hall Lakeport Group recorded a profit."),
])
def test_a_short_name_the_story_gave_in_full_is_written_in_full(text, expected):
    actors = [Actor("a1", "Hall of Fame", "organization"), Actor("a2", "Hall of Famer", "organization"),
              Actor("a3", "Ana Costa", "person")]
    assert short_names_in_full(text, actors) == expected
    assert short_names_in_full(text, [*actors, Actor("a4", "Hall of Mirrors", "place")]) == text


def test_a_surname_two_of_the_storys_people_bear_said_alone_says_no_one():
    people = [Actor("a1", "Ana Costa", "person", mentions=4), Actor("a2", "Tom Costa", "person", mentions=3),
              Actor("a3", "Yves Costa", "person", mentions=1), Actor("a4", "Marco Ferri", "person", mentions=2)]
    assert a_shared_name_alone("Ferri demanded Costa's return.", people)
    assert not a_shared_name_alone("Tom Costa wrote to Marco Ferri, and Yves Costa replied.", people)
    # a surname only one of them bears more than once is no puzzle
    assert not a_shared_name_alone("Costa wrote to Ferri.", people[:1] + people[2:])
