"""actors.find_actors: kinds, aliases merged, roles, the model's slips mended."""
from __future__ import annotations

import pytest

from quizapp.content.actors import find_actors
from quizapp.content.actors.names import group, with_person_surnames
from quizapp.content.actors.spans import Span


def actors_of(parse, text):
    index = find_actors([p.doc for p in parse(text)])
    return {a.name: a for a in index.actors}, index


ARTICLE = (
    "Finance Minister Jane Okafor met bankers in Lagos on Monday. "
    "Ms. Okafor said the World Health Organization (WHO) had warned Nigeria. "
    "The WHO sent experts to Abuja. "
    "The United States and the U.K. offered help, and the U.S. sent money. "
    "Britain also sent doctors."
)


@pytest.fixture(scope="module")
def found(parse):
    return actors_of(parse, ARTICLE)


def test_person_with_surname_mention_and_title_role(found):
    actors, _ = found
    okafor = actors["Jane Okafor"]
    assert okafor.kind == "person"
    assert "Okafor" in okafor.aliases
    assert okafor.role == "Finance Minister"


def test_acronym_defined_in_parentheses_is_an_alias(found):
    actors, _ = found
    who = actors["World Health Organization"]
    assert who.kind == "organization"
    assert who.aliases == ("WHO",)


def test_country_aliases_merge_under_one_name(found):
    actors, _ = found
    assert actors["United States"].kind == "country"
    assert set(actors["United States"].aliases) >= {"U.S."}
    assert "United Kingdom" in actors
    assert {"U.K.", "Britain"} <= set(actors["United Kingdom"].aliases)


def test_cities_are_places_and_countries_are_countries(found):
    actors, _ = found
    assert actors["Lagos"].kind == "place"
    assert actors["Nigeria"].kind == "country"


def test_a_former_state_is_a_country(parse):
    actors, _ = actors_of(parse, "The Soviet Union sent an envoy to Baghdad on Tuesday.")
    assert actors["Soviet Union"].kind == "country"


def test_mentions_point_at_actors(found):
    actors, index = found
    who = actors["World Health Organization"].id
    # the full name, the acronym in parentheses, then "The WHO"
    assert sum(m.actor == who for m in index.mentions) == 3


@pytest.mark.parametrize("text, name, role", [
    # an apposition
    ("Peter Lund, the chief executive of Nordvik Shipping, resigned on Tuesday.", "Peter Lund",
     "chief executive of Nordvik Shipping"),
    # a title keeps its "former" and leaves an honorific
    ("The board commissioned former High Court judge Dame Helen Winkelmann to conduct a review. "
     "Winkelmann said it would take a month.", "Helen Winkelmann", "former High Court judge"),
    # the post, not a clause on it
    ("Dr Ann Lee, a hydrologist at the University of Leeds who was not involved in the study, "
     "said the risk was high. Lee left.", "Ann Lee", "hydrologist at the University of Leeds"),
    # two titled people joined by "and": each keeps only the title before the name
    ("Environment Minister Robert Hill and Attorney General Daryl Williams voted on Friday.",
     "Daryl Williams", "Attorney General"),
    # a prefix before a hyphen is the title's
    ("Amtek wanted to weaken strongly pro-Western President Tom Ash in 2005.", "Tom Ash", "pro-Western President"),
    # a name before the "and" the model did not see as one is no title
    ("Ana Costa and Tom Ash adopted 2 children in 2010.", "Tom Ash", None),
    # a post "of" a body before the name is the whole title; not what befell someone
    ("The magistrate ordered that chairman of the Lakeport Courts Reform Commission Tom Ash be told.",
     "Tom Ash", "chairman of the Lakeport Courts Reform Commission"),
    ("The arrest of Finance Minister Ana Costa shocked Lakeport.", "Ana Costa", "Finance Minister"),
    ("A critic of Mayor Tom Ash spoke on Friday.", "Tom Ash", "Mayor"),
    # the sentence's opening conjunction is no part of the title
    ("But Sinn Fein leader Gerry Adams said the talks would go on.", "Gerry Adams",
     "Sinn Fein leader"),
    # a plural noun is no one's role, nor is a relative
    ("His two stage wins will be awarded to the riders who finished second: Denmark's Mads "
     "Kristensen in Lille and Lucas Moreau.", "Mads Kristensen", None),
    ("Among them is Karen Halvorsen, whose great-grandfather, Nils Halvorsen, was the ship's "
     "first mate.", "Nils Halvorsen", None),
    ("Former officers Tom Ash and Marco Ferri were accused of acting as lookouts.", "Tom Ash", None),
    ("Secretary of Veterans Affairs Tom Ash visited the hospital.", "Tom Ash", "Secretary of Veterans Affairs"),
    # where someone is from is no role
    ("Gunmen seized British-Irish citizen Annetta Flanigan in Kabul.", "Annetta Flanigan", None),
    # a nationality before the name is no part of it
    ("The judges shortlisted Briton Robin Robertson and Tom Ash on Tuesday.", "Robin Robertson", None),
    ("Son Robert Ash said: \"We are thrilled that this statue of our mother is here.\"", "Robert Ash", None),
    # nor what points back to someone else
    ("Kenyan compatriot Tom Ash finished third on Sunday.", "Tom Ash", None),
    ("Lakeland will hold a state funeral next week for Tom Ash, the leader of its ruling Unity Party, who "
     "died on Friday.", "Tom Ash", None),
    # nor a rank written short
    ("Lt. Gen. Tom Ash said the troops had crossed the border.", "Tom Ash", None),
    ("Police officer Col. Tom Ash said the troops had crossed the border.", "Tom Ash", None),
    # nor a body's name whose post the source left out
    ("Lakeland Commission Tom Ash said the talks would go on.", "Tom Ash", None),
    # nor a post run into the rank after it, and the rank is no part of the name
    ("\"We will not give in,\" spokesman Major Tom Ash said.", "Tom Ash", None),
    # nor what a speaker calls someone
    ("\"'Convicted felon Tom Ash' has a very nice ring to it,\" Ana Costa said.", "Tom Ash", None),
    # a title opening the sentence has the sentence's capital, not its own
    ("Double Olympic champion Tom Ash won the heat on Friday.", "Tom Ash", "double Olympic champion"),
    ("President Tom Ash opened the bridge.", "Tom Ash", "President"),
    ("Olympic champion Tom Ash won the heat on Friday.", "Tom Ash", "Olympic champion"),
    ("Current Lakeport midfielder Tom Ash joined Kestrel on Monday.", "Tom Ash", "current Lakeport midfielder"),
    # nor a work's title, nor a fragment
    ("Ana Costa starred in the comedy The Hundred-Foot Journeyalongside Tom Ash in 2014.", "Tom Ash", None),
    ("The opening was moderated by Lakeport actors Tom Ash (“The Long Way Home”) and Ana Costa (“Love, Lies”) "
     "on Friday.", "Ana Costa", None),
    # nor a relative clause's start the source left unfinished
    ("The opening ceremony was compered by Lakeport filmmaker Ana Costa and animator Marco Ferri Ash, whose "
     "Kestrel fame. He designed the festival logo 11 years ago.", "Marco Ferri Ash", None),
    # a name the model missed in a list is no part of the next one's title
    ("Poet and translator Marco Ferri; novelists Yves Tolon and Ana Costa and journalist Tom Ash, along with "
     "Lia Kell completed the judging panel.", "Tom Ash", "journalist"),
    ("Marco Ferri, a biographer of Tom Ash and professor of history, spoke in Lakeport on Monday.", "Marco Ferri",
     "biographer of Tom Ash and professor of history"),
])
def test_roles_from_titles_and_appositions(parse, text, name, role):
    actors, _ = actors_of(parse, text)
    assert actors[name].role == role


@pytest.mark.parametrize("text, names", [
    # a rank before it
    ("Councillor Katie Hagmann, Cosla's resources spokesperson, said the deal was fair. Hagmann "
     "said on Thursday it was paid.", {"Katie Hagmann"}),
    # a word for what someone is before a given name, capitalised as the sentence's first word
    ("Knuckleballer Tom Ash, the first reliever in the Lakeport Hall, has died. Ash died on Friday.",
     {"Tom Ash"}),
    # the sentence's full stop after it
    ("Prime Minister Hun Sen staged a coup in 1997. Ranariddh was ousted by Hun Sen.", {"Hun Sen"}),
    # a nationality before it
    ("The Jamaican Usain Bolt set a world record on Saturday. Bolt said he was happy. The American "
     "Tyson Gay failed to qualify for the final. \"I don't have any excuses. I'm pretty upset,\" said "
     "Gay after realizing he had failed.", {"Usain Bolt", "Tyson Gay"}),
])
def test_a_persons_name_is_the_name_alone(parse, text, names):
    actors, _ = actors_of(parse, text)
    assert names <= actors.keys()


@pytest.mark.parametrize("text, name, acronym", [
    ("The Lakeport Water Authority sued Amtek on Monday. The LWA said Amtek had lied.", "Lakeport Water Authority",
     "LWA"),
    # the country before the name is not in the initials
    ("Amtek faces charges brought by the U.S. Commodity Futures Trading Commission. The CFTC brought four "
     "counts of fraud against Amtek.", "U.S. Commodity Futures Trading Commission", "CFTC"),
])
def test_an_acronym_standing_alone_is_the_name_with_its_initials(parse, text, name, acronym):
    actors, _ = actors_of(parse, text)
    assert acronym in actors[name].aliases and acronym not in actors


def test_a_lone_word_that_began_a_firms_name_told_first_is_the_firm(parse):
    text = ("Ana Costa made Kestrel Co. Inc. the largest newspaper group. She joined Kestrel in 1947, "
            "succeeding Tom Kestrel. In 1973, Kestrel's holdings included 53 newspapers.")
    actors, _ = actors_of(parse, text)
    assert "Kestrel" not in actors["Tom Kestrel"].aliases


def test_a_name_glossed_in_brackets_is_one_person(parse):
    text = ("Hamas rejected the claims of President Mahmoud Abbas on Monday. The file is not in the "
            "hands of any politician, even if that politician is Abu Mazen [Mahmoud Abbas].")
    actors, _ = actors_of(parse, text)
    assert "Abu Mazen" in actors["Mahmoud Abbas"].aliases and "Abu Mazen" not in actors


def test_a_persons_other_names_are_no_actors(parse):
    text = ("Police in Lakeport on Monday arrested a suspect, Marco Ferri, also known as Marco Ferrante "
            "and Mario Bellini. Ana Costa said on Tuesday that Ferri had confessed.")
    actors, _ = actors_of(parse, text)
    assert "Marco Ferri" in actors and not {"Marco Ferrante", "Mario Bellini"} & set(actors)
    # not the next person of a list
    actors, _ = actors_of(parse, "Police on Monday arrested Marco Ferri, also known as Marco Ferrante, and Tom Ash. "
                                 "Ash was released on Tuesday.")
    assert "Tom Ash" in actors and "Marco Ferrante" not in actors


def test_an_object_the_model_missed_is_one_person_with_its_given_name_and_surname(parse):
    text = ("Ana Kovac won the title when she beat Sofia Marin 6-4, 6-4 on Sunday. Marin had "
            "won all seven previous matches.")
    actors, _ = actors_of(parse, text)
    assert "Marin" in actors["Sofia Marin"].aliases
    assert "Marin" not in actors


def test_an_acronym_of_a_lower_case_term_is_no_actor(parse):
    actors, _ = actors_of(parse, "The committee cut the official cash rate (OCR) by 25 basis "
                                 "points. The OCR now stands at 2.5 per cent. Traders expected "
                                 "the OCR to fall.")
    assert "OCR" not in actors


def test_a_list_inside_a_name_keeps_it_whole(parse):
    actors, _ = actors_of(parse, "The Department for Environment, Food and Rural Affairs said "
                                 "the outbreak was confirmed on Tuesday.")
    assert list(actors) == ["Department for Environment, Food and Rural Affairs"]


def test_a_storm_is_no_actor_and_a_city_owning_an_airport_is_a_place(parse):
    actors, _ = actors_of(parse, "Cyclone Dana made landfall near Bhubaneswar on Wednesday. "
                                 "Bhubaneswar's Biju Patnaik International Airport closed.")
    assert "Cyclone Dana" not in actors and actors["Bhubaneswar"].kind == "place"


def test_a_film_and_an_award_are_no_actors(parse):
    actors, _ = actors_of(parse, "Ledger starred in the 2005 movie Brokeback Mountain where he was nominated "
                                 "for the Academy Award and the Golden Globe Award for Best Actor.")
    assert not {"Brokeback Mountain", "Academy Award", "Golden Globe Award for Best Actor"} & set(actors)


def test_words_of_a_job_title_are_not_actors(parse):
    text = (
        "Talks were held with Deputy Minister and Special Envoy for the Middle East and "
        "North Africa Karl Brandt in Vienna."
    )
    actors, _ = actors_of(parse, text)
    assert "North Africa" not in actors
    assert actors["Karl Brandt"].role.startswith("Deputy Minister and Special Envoy")


def test_a_name_used_as_a_place_is_a_place(parse):
    text = "Troops entered Ramadi and Falluja last year. In Falluja, thousands fled."
    actors, _ = actors_of(parse, text)
    assert actors["Falluja"].kind == "place"


def test_plural_nationality_is_a_group_and_adjective_is_not_an_actor(parse):
    actors, _ = actors_of(parse, "The Kurds rejected the Iraqi plan.")
    assert actors["Kurds"].kind == "group"
    assert "Iraqi" not in actors


def test_ids_follow_first_mention(found):
    actors, index = found
    assert [a.id for a in index.actors] == [f"a{n}" for n in range(1, len(index.actors) + 1)]
    assert index.actors[0].name == "Jane Okafor"


@pytest.mark.parametrize("text, name, kind", [
    ("Avon and Somerset Police said on Monday that two men were held.", "Avon and Somerset Police",
     "organization"),
    ("She taught at the Bartlett School of Architecture for years.", "Bartlett School of Architecture",
     "organization"),
    ("A service will be held at St Paul's Church in Leeds.", "St Paul's Church", None),
    ("The Michigan Department of Environment, Great Lakes, and Energy (EGLE) found lead.",
     "Michigan Department of Environment, Great Lakes, and Energy", "organization"),
    ("Members of the movement are accused of beating to death Paulo Brizola Nunes.",
     "Paulo Brizola Nunes", "person"),
    # a given name the model left out of the name after it
    ("The fair began with its formal inauguration by Principal Secretary, Culture and Tribal "
     "Affair Ramesh Kumar Verma, at Lakeport Hall.", "Ramesh Kumar Verma", "person"),
    ("Lakeport lawmakers have approved Abdirashid Omar Haji, a Lakeport-born economist, as the "
     "city's new mayor.", "Abdirashid Omar Haji", "person"),
    ("Orji Uzor Kalu was convicted in Lakeport of fraud.", "Orji Uzor Kalu", "person"),
    ("The tourists were 141 for six at stumps, with all-rounder Anish Kumar Rao unbeaten on 30.",
     "Anish Kumar Rao", "person"),
    ("MP Tom Ash, who represents Lakeport, spoke out against the closure of the plant.", "Tom Ash", "person"),
    # a place's last word run into the name after it
    ("Former cabinet minister from Tarnow County, Kenya Joseph Kamau, died on Monday after a long illness.",
     "Joseph Kamau", "person"),
    # the last word of a post's field run into the holder's name
    ("The Minister of Information and Broadcasting Tom Ashford opened the studio on Monday.", "Tom Ashford",
     "person"),
    # ... but not a place before a name, a given name in a list, nor a word of a place's name
    ("Speaking in Lakeport Tom Ash said on Monday that the plan would fail.", "Tom Ash", "person"),
    ("Ana Costa, Jordan Lee Ash and Ben Reed signed the letter on Monday.", "Jordan Lee Ash", "person"),
    ("Police said Mercy Ann Costa was arrested in Lakeport on Monday.", "Mercy Ann Costa", "person"),
    ("Six hikers were rescued from Mount Victoria Ridge on Monday.", "Mount Victoria Ridge", "place"),
    # a name set beside a kin noun is a person's, though a town has it too (not a company's sister)
    ("Amtek was founded in 1990. Its sister, Kestrel Ltd, was sold in 2001.", "Kestrel Ltd", "organization"),
    ("Tom Ash's father, Franklin, opened the Valu store in 1974.", "Franklin", "person"),
    # a given name the model labelled apart, alone or with the title before it
    ("Lakeport's new vaccines are safe, said Yonas Tegegn Woldermariam, the agency's country representative.",
     "Yonas Tegegn Woldermariam", "person"),
    ("The actor died on Monday, said Dr Ashis Kumar Chakraborty, director of Lakeport Hospital.",
     "Ashis Kumar Chakraborty", "person"),
    # a long name the model cut in two
    ("Omar Fawzi Hassan Ferri, 31, was taken to a Lakeport hospital.", "Omar Fawzi Hassan Ferri", "person"),
    ("Leaders were sitting at the table, including Luis Alberto Tolon Prado, 76, chief of the Kestrel "
     "Department.", "Luis Alberto Tolon Prado", "person"),
    ("President Pedro Paulo dos Ramos of Kestrel met Ana Costa on Monday.", "Pedro Paulo dos Ramos", "person"),
    # a month is no given name
    ("Amtek, the Tarnow carmaker, was founded by Tom Ash in 1990. In April Amtek sold its Lakeport plant to "
     "Kestrel Group.", "Amtek", "organization"),
    # a given name the model left out of a surname it took for a body
    ("Ana Costa, the leader of the Lakeland Party, said on Monday that she would run.", "Ana Costa", "person"),
    # the sentence's full stop run onto the name
    ("Tom Ash lost the defence portfolio to Andrew Little.", "Andrew Little", "person"),
    # a surname in -s the tagger read as a plural
    ("Martin Summers was delighted to see his Lakeport Town side win on Saturday.", "Martin Summers", "person"),
    # a post and its body run into the holder's name
    ("The plan has not materialised so far, former Minister of Health Godwin Ferri said.",
     "Godwin Ferri", "person"),
    ("Former Prime Minister of Barbados Owen Seymour Arthur died during the early hours of Monday.",
     "Owen Seymour Arthur", "person"),
    ("Irishman Shane Lowry won his second European Tour title as rival Ross Fisher failed to force a playoff.",
     "Shane Lowry", "person"),
    # a name with an "of" inside, which the model took for a person's
    ("A total of 138 votes were needed to win the post of Speaker of Lakeland’s House of Representatives. "
     "In Lakeland’s 275-member House of Representatives, the Lakeland Party has 79 seats.",
     "House of Representatives", "organization"),
    # the lower-case word for its kind of body, and the name said alone later
    ("The vote was a landslide victory for the ruling Frelimo party. For Frelimo, 2005 will "
     "mark the party's 30th year in power.", "Frelimo party", "organization"),
    ("Observers from the Carter Center said the vote was flawed.", "Carter Center", "organization"),
    # a lone word the model called a person is the company whose name it begins
    ("Germany's Rheinland Cargo agreed to merge. Rheinland's board approved the terms. "
     "Rheinland's chief executive, Anke Brandt, spoke.", "Rheinland Cargo", "organization"),
    # a name with "Co." or "Inc." is the company's however else the model named it
    ("Hudson's Bay Co. announced a rights issue. Hudson's Bay said that Woodbridge Co. will "
     "subscribe. Hudson's Bay shares closed at C$29.", "Hudson's Bay Co.", "organization"),
    # a city the model called a person
    ("Tom Ash, a veteran politician, died during an official visit to Vietnam's southern hub of Ho Chi Minh "
     "City, both governments said.", "Ho Chi Minh City", "place"),
])
def test_names_the_model_cuts_up_are_whole(parse, text, name, kind):
    actors, _ = actors_of(parse, text)
    assert name in actors
    assert kind is None or actors[name].kind == kind


@pytest.mark.parametrize("text, name", [
    ("Kenya's Health Ministry said on Monday that it would hire 500 nurses.", "Kenya's Health Ministry"),
    ("Officials from Germany's Westfalen Cargo met on Monday.", "Westfalen Cargo"),
])
def test_a_country_owns_a_name_that_only_says_what_kind(parse, text, name):
    actors, _ = actors_of(parse, text)
    assert name in actors


def test_common_words_and_one_word_people_are_not_actors(parse):
    text = (
        "Malaria killed 600,000 people in 2023. Cases of malaria rose in Kenya. "
        "Turnout was 41%, the clerk said. A grey van was found burnt out."
    )
    actors, _ = actors_of(parse, text)
    assert set(actors) == {"Kenya"}


def test_a_first_name_mention_joins_the_full_name(parse):
    actors, _ = actors_of(parse, "Margaret Ellery died on Sunday. Dame Margaret never gave up.")
    assert actors["Margaret Ellery"].aliases == ("Margaret",)


def test_a_middle_initial_joins_the_middle_name_in_full(parse):
    actors, _ = actors_of(parse, "Ana T. Costa founded the Lakeport theatre in 1958. Ana Theodora Costa was a "
                                 "playwright who died in 1996.")
    assert [a.name for a in actors.values() if a.kind == "person"] == ["Ana Theodora Costa"]


def test_a_company_named_short_is_its_full_name(parse):
    text = ("Compaq Computer Corp. said its net income rose 51%. Compaq purchased a plant. "
            "Compaq Computer shipped 9,000 systems. "
            "Texas Eastern Corp. sold a stake, and oil prices rose in Texas. "
            "Hewlett-Packard Co. cut prices. Hewlett announced last week that it planned to ship a computer.")
    actors, _ = actors_of(parse, text)
    assert actors["Compaq Computer Corp."].aliases == ("Compaq", "Compaq Computer")
    assert "Hewlett" in actors["Hewlett-Packard Co."].aliases
    assert "Texas" not in actors["Texas Eastern Corp."].names


def test_an_organization_named_without_its_level_is_the_full_name(parse):
    text = ("Winds gusted to 60 mph, according to the National Weather Service. The Weather Service "
            "warned of a dangerous situation. The Security Council met, and the UN Security Council voted.")
    actors, _ = actors_of(parse, text)
    assert "Weather Service" in actors["National Weather Service"].aliases
    assert "Security Council" not in actors["UN Security Council"].names  # "UN" says whose, but is no level
    # nor a team's without its home town
    actors, _ = actors_of(parse, "Tom Ash pitched for the Boston Red Hawks for ten years. The Red Hawks held a "
                                 "moment of silence for Ash on Saturday.")
    assert "Red Hawks" in actors["Boston Red Hawks"].aliases
    # and a body's kind alone, capitalised, where one name ends on it
    actors, _ = actors_of(parse, "The Lakeland Development Bank met on Monday. In October the Bank's board "
                                 "approved a loan of 120 million dollars.")
    assert "Bank" in actors["Lakeland Development Bank"].aliases


def test_a_company_named_short_is_its_registered_name_before_a_unit(parse):
    text = ("Courtaulds PLC announced a restructuring. Courtaulds Textiles will be spun off. "
            "Courtaulds said it would pay a dividend.")
    actors, _ = actors_of(parse, text)
    assert "Courtaulds" in actors["Courtaulds PLC"].aliases


def test_an_age_after_a_name_makes_a_person(parse):
    actors, _ = actors_of(parse, "Margalit Har-Shefi, 22, has pleaded innocent to the charges.")
    assert actors["Margalit Har-Shefi"].kind == "person"


def test_which_is_never_said_of_a_person(parse):
    actors, _ = actors_of(parse, "SpaceX, which is building the lander, flew on June 6.")
    assert actors["SpaceX"].kind == "organization"


def test_a_surname_joins_its_full_name_whatever_the_model_called_it(parse):
    text = "Rosa Delgado won on Tuesday. Delgado, 52, thanked voters. Delgado's plan costs $1m."
    actors, _ = actors_of(parse, text)
    assert [a.name for a in actors.values() if "Delgado" in a.names] == ["Rosa Delgado"]
    # of two people the surname may stand for, the one named first: news names its subject first
    actors, _ = actors_of(parse, "Former mayor Rosa Delgado was jailed on Tuesday. Her brother, Luis "
                                 "Delgado, was also convicted. Delgado resigned in 2014.")
    assert [a.name for a in actors.values() if "Delgado" in a.names] == ["Rosa Delgado"]
    # unless the story calls that one by given name alone: news so tells her from her father
    actors, _ = actors_of(parse, "The father of Rosa Delgado wants the girl home. Luis Delgado wrote a "
                                 "letter on Monday. Delgado also wrote to the mayor. But Rosa is staying in "
                                 "Lakeport. Rosa goes to school there.")
    assert [a.name for a in actors.values() if "Delgado" in a.names] == ["Luis Delgado"]
    # once is no habit of the story's
    actors, _ = actors_of(parse, "Luis Delgado won the election in Lakeport on Monday. His daughter, Rosa Delgado, "
                                 "ran his campaign. Delgado also wrote to the mayor. Luis is a former teacher.")
    assert [a.name for a in actors.values() if "Delgado" in a.names] == ["Luis Delgado"]


@pytest.mark.parametrize("text, name, kind", [
    # the model's "person" listed among organizations
    ("The chargers were sold at Target, Best Buy and Amazon for about $40 each.",
     "Best Buy", "organization"),
    # a name that ends on a building's kind is a place, whoever it honours
    ("Tom Ash wound up his speech at Lakeport's Yves Tolon Theater on Monday.",
     "Lakeport's Yves Tolon Theater", "place"),
    # a lone word that stands where places stand once is a place, however it was tagged
    ("The RSV Nuyina left Hobart on Nov. 9. The ship docked in Hobart on Tuesday. "
     "The lab is south of Hobart.", "Hobart", "place"),
    # a "person" whose last word the model calls an organization far more often: a club
    ("Aston Villa completed the signing on Friday. Villa last won the title in 1981. "
     "Villa sold two players in June. Martin Kerr, Villa's president, spoke. "
     "The deal was announced by Villa.", "Aston Villa", "organization"),
    # a last word that only a place or a club ends with
    ("An alert was extended to 4,300 properties in Barriere and Louis Creek.", "Louis Creek",
     "place"),
    ("He collapsed on a walk with his wife on Ben Stack hill, Scotland.", "Ben Stack hill", "place"),
    # a lower-case end after a hyphen is part of a name: "Lee" alone is the same person
    ("Doctor Lee Jong-wook, 61, has died. Lee was rushed to a hospital in Geneva.", "Lee Jong-wook", "person"),
    # a body's size before its name is no title
    ("A 9-member Executive Committee of Amtek elected Tom Ash. The Executive Committee met on Tuesday.",
     "Executive Committee of Amtek", "organization"),
    # a building is a place
    ("Mr. Cook was buried at St Giles Cathedral in Edinburgh.", "St Giles Cathedral", "place"),
    ("The club's first home match is against Leeds United on Saturday.", "Leeds United",
     "organization"),
    # a last word that only a company's name ends with
    ("Westfalen Cargo was created in 1999 when the state railway sold its freight arm to investors.",
     "Westfalen Cargo",
     "organization"),
    # a one-word name with a capital inside is a company's, not a person's
    ("SpaceX launched the capsule on Monday. SpaceX said the launch went well.", "SpaceX",
     "organization"),
    ("McCarthy spoke on Tuesday. McCarthy left on Wednesday.", "McCarthy", "person"),
    # a place after a preposition is no apposition of the noun before it (the parser hung "DC" on it)
    ("Tom Ash suffered a stroke in 2015 when he was Lakeland's ambassador in Washington DC and had "
     "been in declining health in recent years.", "Washington DC", "place"),
    # "Mr." makes a person of a lone word the model also called a place
    ("Success carries risks for President Bush and the U.S. The Bush administration will face "
     "problems. The Bush administration considers the sanctions essential. Mr. Bush and his "
     "aides were leaning toward a military conclusion.", "Bush", "person"),
])
def test_the_models_person_tags_mended_by_context(parse, text, name, kind):
    actors, _ = actors_of(parse, text)
    assert actors[name].kind == kind


def test_a_store_is_no_person_an_index_no_sure_body_and_a_product_no_actor(parse):
    from quizapp.content.actors.kinds import SURE, _an_acronym_inside
    from quizapp.content.actors.spans import Span

    actors, _ = actors_of(parse, "Marco LK X Tiger will be shipped in July through the online Marco App Store for "
                                 "US$29. Marco LK X Tiger was announced at an Amtek event several months ago.")
    assert actors["Marco App Store"].kind == "organization"  # not a person for the given name it opens on
    actors, _ = actors_of(parse, "The Lakeport Industrial Average fell 344 points on Thursday.")
    assert actors["Lakeport Industrial Average"].kind_confidence < SURE  # never offered among bodies
    assert _an_acronym_inside([Span(0, 0, 4, "Marco LK X Tiger", "PERSON")])
    assert not _an_acronym_inside([Span(0, 0, 3, "Tom Ash III", "PERSON")])
    assert not _an_acronym_inside([Span(0, 0, 2, "Tom ASH", "PERSON")])


def test_a_name_with_a_particle_is_whole_and_a_post_is_no_name(parse):
    actors, _ = actors_of(parse, "European Commission President Ursula von der Leyen spoke. "
                                 "The Environment Secretary, Emma Reynolds, said so.")
    assert actors["Ursula von der Leyen"].kind == "person"
    assert "Environment Secretary" not in actors and "Emma Reynolds" in actors


def test_a_given_name_and_a_lone_surname_make_a_person():
    # in a long article the model called "Christopher Howes" an organization and "Howes" a
    # place: the given name and the surname standing alone say a person
    spans = [Span(0, 5, 7, "Christopher Howes", "ORG"), Span(1, 0, 1, "Howes", "GPE"),
             Span(2, 3, 5, "Merrill Lynch", "ORG"), Span(3, 0, 1, "Britain", "GPE")]
    labels = [s.label for s in with_person_surnames(spans)]
    assert labels == ["PERSON", "PERSON", "ORG", "GPE"]


def test_a_name_with_a_middle_initial_is_a_person_however_often_its_surname_is_a_body():
    spans = [Span(0, 10, 13, "Arthur C. Clarke", "PERSON"), Span(2, 40, 41, "Clarke", "ORG"),
             Span(3, 15, 16, "Clarke", "ORG"), Span(5, 44, 45, "Clarke", "ORG")]
    assert [s.label for s in with_person_surnames(spans)] == ["PERSON"] * 4


def test_a_full_name_the_story_goes_on_with_who_is_a_person_however_often_its_surname_is_a_body(parse):
    # the model called "Akagi" alone an organization three times: a club's name, were it not
    # for "who" after the full name
    actors, _ = actors_of(parse, "Abe accepted the resignation of Norihiko Akagi, who held the farm portfolio. "
                                 "Akagi told reporters he was sorry. Akagi's scandals surfaced in June. "
                                 "It was found that Akagi booked costs in Tokyo.")
    assert actors["Norihiko Akagi"].kind == "person"


def test_a_title_or_a_given_name_inside_makes_a_person_sure(parse):
    # a person the given-names list does not know is offered among people only when sure
    actors, _ = actors_of(parse, "Prosecutor Jaafar al-Mousawi spoke to the media. "
                                 "Rizgar Mohammed Amin offered to resign. Zoltan Kovacs left.")
    assert actors["Jaafar al-Mousawi"].kind_confidence == 0.9
    assert actors["Rizgar Mohammed Amin"].kind_confidence == 0.9


def test_a_title_before_a_name_the_model_took_for_a_body_makes_a_person(parse):
    actors, _ = actors_of(parse, "Possible candidates included Russian tycoon Vladimir Lisin and "
                                 "Russia's Magnitogorsk Iron & Steel Works (MMK).")
    assert actors["Vladimir Lisin"].kind == "person"
    actors, _ = actors_of(parse, "Mugabe faced pressure after the main opposition candidate, Morgan Tsvangirai, "
                                 "pulled out. The annual parades by the Orange Order, Northern Ireland's dominant "
                                 "Protestant fraternal group, went ahead.")
    assert actors["Morgan Tsvangirai"].kind == "person"
    assert actors["Orange Order"].kind == "organization"
    actors, _ = actors_of(parse, "The government of Kerala, a state in southern India, has banned the sale of "
                                 "Coca-Cola.")
    assert actors["Kerala"].kind == "place"
    # a name always after "the" is no one's, whatever its first word ("Denver" is a given name)
    actors, _ = actors_of(parse, "Maya Okonkwo scored twice as the Sacramento Lanterns came back to beat the "
                                 "Denver Summit 3-2 on Sunday. Okonkwo celebrates her goal against the Denver Summit.")
    assert actors["Denver Summit"].kind == "organization"
    # a title written with its capital beside the name; the source's misspelling of a long
    # surname is still the person
    actors, _ = actors_of(parse, "Levy Mwanawasa, the President of Zambia died yesterday at age 59. Mwanawasa "
                                 "suffered a stroke in June. Mwanawase was appointed vice president in 1991.")
    assert actors["Levy Mwanawasa"].kind == "person"
    assert "Mwanawase" in actors["Levy Mwanawasa"].aliases
    # a plural name is many people, not one
    actors, _ = actors_of(parse, "Iraq will look into claims that United States Marines killed civilians. "
                                 "Witnesses say US Marines went house to house.")
    assert actors["Marines"].kind == "group"


def test_a_post_of_a_body_is_no_part_of_the_name_after_it(parse):
    # the model took "Justice Ana Costa" for one organization
    actors, _ = actors_of(parse, "Parliamentary Secretary for Justice Ana Costa announced on Monday that "
                                 "the harbour would reopen. Costa said the plan would cost $3 million.")
    assert actors["Ana Costa"].kind == "person"
    assert "Costa" in actors["Ana Costa"].aliases
    assert "Justice" not in actors and "Justice Ana Costa" not in actors
    # a body of several words before the name; not a firm's name that has a given name inside
    actors, _ = actors_of(parse, "Xinhua quoted the head of the ministry's Supreme Council of Antiquities Ana "
                                 "Costa as saying in a statement on Saturday. Costa said the tomb was intact.")
    assert actors["Ana Costa"].kind == "person"
    actors, _ = actors_of(parse, "In 2019, the CMA blocked Albion's plan to buy the freight business of its "
                                 "rival Northern Rail Logistics. Northern Rail Logistics said it was pleased.")
    assert "Northern Rail Logistics" in actors


def test_a_nickname_in_quotes_is_part_of_the_name(parse):
    # the model ended the name at the opening quote and took the surname for a body
    actors, _ = actors_of(parse, "Roland E. “Fish” Ashby died on Wednesday. Ashby was a councilman.")
    [ashby] = actors.values()
    assert ashby.name.startswith("Roland E.") and "Fish" in ashby.name and ashby.name.endswith(" Ashby")
    assert ashby.kind == "person" and "Ashby" in ashby.aliases


def test_a_date_or_an_acronym_run_onto_a_surname_is_no_part_of_the_name(parse):
    # the source's missing commas: "Last December Ferri", "the FBI Ferri"
    actors, _ = actors_of(parse, "Marco Ferri was sentenced on Friday. Last December Ferri pleaded guilty. "
                                 "In addition to his work with the FBI Ferri served in the Marine Corps.")
    assert actors["Marco Ferri"].kind == "person"
    assert not any(name.endswith(" Ferri") for name in actors if name != "Marco Ferri")


def test_a_country_is_no_ones_surname(parse):
    actors, _ = actors_of(parse, "From 1919 on to his retirement in 1966 he worked for Bell Canada, he studied "
                                 "music in Toronto. Only one veteran is left in Canada. Wilson died in Canada.")
    assert actors["Canada"].aliases == ()


def test_a_surname_told_before_anyone_is_named_in_full_is_another_person(parse):
    # news names a person in full first: "President Kell" is not the First Lady named later
    actors, _ = actors_of(parse, "President Kell was sworn into office on Sunday. Kell thanked the "
                                 "guests. He held a bible that belonged to First Lady Maria Kell's grandmother.")
    assert "Maria Kell" in actors and "Kell" not in actors["Maria Kell"].names


def test_a_club_played_for_is_no_person(parse):
    actors, _ = actors_of(parse, "Marco Ferri played for Victoria Lakeport for six years. "
                                 "He scored 40 goals and transferred to Victoria Lakeport again in 1981.")
    assert actors["Marco Ferri"].kind == "person"
    assert actors.get("Victoria Lakeport") is None or (actors["Victoria Lakeport"].kind, actors["Victoria Lakeport"].kind_confidence) != ("person", 0.9)


@pytest.mark.parametrize("text", [
    "Ana Costa, appearing for Tom Ash, told the court he was innocent. Tom Ash, 52, denies fraud.",
    "The bank transferred $2 million to Tom Ash. Tom Ash later fled.",
    "Marco Ferri played for Tom Ash for a year. Tom Ash, the manager, praised him.",
])
def test_a_person_played_for_or_paid_stays_a_person(parse, text):
    actors, _ = actors_of(parse, text)
    assert (actors["Tom Ash"].kind, actors["Tom Ash"].kind_confidence) == ("person", 0.9)


def test_a_city_named_alone_after_a_plural_title_is_no_person(parse):
    from quizapp.content.actors.kinds import kind_of

    doc = parse("Lakeport are 9 points adrift of leaders Lisbon.")[0].doc
    lisbon = Span(0, 7, 8, "Lisbon", "PERSON")  # the label and the title say person; the name is a city's
    assert kind_of([lisbon], [doc], "person").confidence < 0.9
    titled = parse("Coach Preston praised the side.")[0].doc
    assert kind_of([Span(0, 1, 2, "Preston", "PERSON")], [titled], "person").kind == "person"


def test_two_surnames_the_model_took_for_one_name_are_no_person():
    from spacy.tokens import Doc, Span as Entity

    from quizapp.content import nlp

    words = "Ash and Holling were convicted of fraud .".split()
    doc = Doc(nlp.load().vocab, words=words)
    doc.ents = [Entity(doc, 0, 3, label="PERSON")]  # the model's slip on a real story
    assert "Ash and Holling" not in {a.name for a in find_actors([doc]).actors}


def test_two_surnames_joined_by_and_are_two_people(parse):
    actors, _ = actors_of(parse, "Former Amtek chiefs Kenneth Ferri and Jeffrey Ash were tried in May. "
                                 "Ferri and Ash were convicted of conspiring to run a massive fraud through "
                                 "repeated lies to investors.")
    assert "Ferri and Ash" not in actors and "Kenneth Ferri" in actors


def test_a_surname_with_its_particle_joins_the_full_name(parse):
    actors, _ = actors_of(parse, "Marco de Ferri beat Tom Ash in the final on Sunday. De Ferri, the world "
                                 "number three, won in straight sets.")
    assert "De Ferri" not in actors and "Marco de Ferri" in actors


def test_a_particle_that_is_a_given_name_leaves_the_surname_to_join(parse):
    actors, _ = actors_of(parse, "Retired broadcaster Van Ferri died on Friday. Ferri began his career "
                                 "in 1955 calling games for Lakeport radio.")
    assert "Ferri" not in actors and "Van Ferri" in actors


def test_a_score_run_onto_a_name_is_no_full_name_a_given_name_joins():
    spans = [Span(0, 0, 2, "Lakeport 4-0", "PERSON"), Span(1, 0, 1, "Lakeport", "PERSON")]
    found = group(spans, [], [])
    assert found.find("lakeport") != found.find("lakeport 4-0")


def test_a_name_that_begins_one_longer_name_is_that_person():
    spans = [Span(0, 0, 3, "Ana Maria Costa", "PERSON"), Span(1, 0, 2, "Ana Maria", "PERSON"),
             Span(2, 0, 2, "Tom Ash", "PERSON"), Span(3, 0, 3, "Tom Ash Jr", "PERSON")]
    found = group(spans, [], [])
    assert found.find("ana maria") == found.find("ana maria costa")
    assert found.find("tom ash") != found.find("tom ash jr")  # his son


def test_a_stock_ticker_is_no_part_of_a_companys_name(parse):
    actors, _ = actors_of(parse, "Kestrel Airways KQNA.NR reported a loss on Friday. Kestrel Airways resumed flights in July.")
    assert "Kestrel Airways" in actors and not any("KQNA" in name for name in actors)


def test_a_short_unknown_word_in_er_opening_a_name_is_part_of_it(parse):
    # "Knuckleballer Tom Ash" has a word for what he is before the name; "Jher" is no such word
    actors, _ = actors_of(parse, "Lakeland Congress President Jher Bahadur Tolon has endorsed Tom Ash as the next "
                                 "prime minister.")
    assert "Jher Bahadur Tolon" in actors


def test_letters_after_a_name_are_no_part_of_it(parse):
    actors, _ = actors_of(parse, "Shadow Health Minister Russell Tolon MS warned on Monday that patients were "
                                 "being left in pain.")
    assert "Russell Tolon" in actors


def test_a_dash_after_a_name_is_no_part_of_it():
    from quizapp.content import nlp
    from quizapp.content.actors.spans import _trim

    doc = nlp.load()("The only other entrant - Ana Costa - fouled out.")
    start, end = _trim(doc, 5, 8)  # the model's name ran on to the dash
    assert doc[start:end].text == "Ana Costa"
