"""clean.check_input, clean, sentences and normalize on invented articles and the demo."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.content import nlp
from quizapp.content.clean import (
    MAX_CHARS, capitalised_as_elsewhere, check_input, clean, normalize, sentences, unshouted,
)
from quizapp.content.types import ContentError

DEMO = (Path(__file__).parents[2] / "quizapp/demo/kurdistan-russia-aid.txt").read_text()

AP_ARTICLE = """Trump wins presidency in stunning upset

By JULIE PACE, Associated Press

WASHINGTON (AP) — Donald Trump was elected president on Tuesday. He beat Hillary Clinton, \
the former U.S. secretary of state.

Supporters cheer at a rally in New York. (AP Photo/Evan Vucci)

Trump will take office on Jan. 20.

Associated Press writer Jane Roe contributed to this report.
"""

REUTERS_ARTICLE = """Oil prices fall as OPEC deal doubts grow
LONDON, Nov 3 (Reuters) - Oil prices fell on Thursday, extending losses. Brent crude was down \
1.5 percent.
"We see no deal," said Mr. Smith, an analyst.
(Reporting by Jane Doe and John Roe in London; Editing by Mark Potter)
"""

BBC_ARTICLE = """Russia election: Putin wins fourth term

By Sarah Rainsford
BBC News, Moscow

Vladimir Putin has won a fourth term as Russia's president, officials say.

Image caption Voters queued in Moscow on Sunday

Image copyright Getty Images

Turnout was 67%, according to the election commission.
"""

# hard-wrapped lines, no title, a dateline with a date
WIRE_ARTICLE = """PARIS, March 3, 1998 - The French government announced new measures on
Tuesday to curb unemployment, which reached 12 percent last
month. The plan was welcomed by unions.

Photo: Jean Dupont

Contact the author at news@example.com
"""


def kinds(cleaned):
    return [(block.kind, block.text) for block in cleaned.blocks]


def sentence_texts(text, title=None):
    return [s.text for s in sentences(clean(text, title=title))]


# --- check_input ----------------------------------------------------------------------------

ENGLISH_PARAGRAPH = ("Iraqi Kurdistan has asked Russia for military and humanitarian aid. The "
                     "request was made by the head of the foreign department after his visit "
                     "to Moscow on November 1 to hold talks with the deputy foreign minister.")


@pytest.mark.parametrize("text", [
    DEMO, AP_ARTICLE, REUTERS_ARTICLE, BBC_ARTICLE, WIRE_ARTICLE, ENGLISH_PARAGRAPH,
    "Russia opened a consulate in Erbil in 2007.",
    "Putin wins fourth term",
    "Moscow, Erbil, Baghdad.",
    "Prices rose <3% in March, a 2 < 3 comparison.",
])
def test_english_articles_pass(text):
    check_input(text)


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("  \n\t\u00a0 \n", "empty"),
    ("Russia\x00opened\x00a consulate", "binary"),
    ("\x01\x02\x03\x04 PK\x05\x06 data" * 20 + ENGLISH_PARAGRAPH, "binary"),
    ("\ufffd\ufffd\ufffd" * 40 + ENGLISH_PARAGRAPH, "binary"),
    (ENGLISH_PARAGRAPH * (MAX_CHARS // len(ENGLISH_PARAGRAPH) + 1), "500,000"),
    ("<html><body><div><p>" + ENGLISH_PARAGRAPH + "</p><p>More.</p></div></body></html>",
     "HTML file"),
    ("Le gouvernement français a annoncé mardi de nouvelles mesures pour lutter contre le "
     "chômage, qui a atteint 12 % le mois dernier. Le plan a été salué par les syndicats, "
     "mais l'opposition a critiqué son coût pour les finances publiques.", "English"),
    ("Die Bundesregierung hat am Dienstag neue Maßnahmen gegen die Arbeitslosigkeit "
     "angekündigt, die im vergangenen Monat auf zwölf Prozent gestiegen ist. Die "
     "Gewerkschaften begrüßten den Plan, die Opposition kritisierte die Kosten.", "English"),
    ("El gobierno español anunció el martes nuevas medidas para combatir el desempleo, que "
     "alcanzó el 12 por ciento el mes pasado. Los sindicatos recibieron el plan con "
     "satisfacción, pero la oposición criticó su costo para las finanzas públicas.", "English"),
    ("Il governo italiano ha annunciato martedì nuove misure per combattere la "
     "disoccupazione, che il mese scorso ha raggiunto il 12 per cento. I sindacati hanno "
     "accolto il piano con favore, ma l'opposizione ha criticato il suo costo.", "English"),
    ("Правительство объявило во вторник о новых мерах по борьбе с безработицей.", "English"),
    ("Le plan a été salué par les syndicats.", "English"),
])
def test_bad_input_gets_a_clear_message(text, message):
    with pytest.raises(ContentError, match=message):
        check_input(text)


def test_content_error_is_a_value_error():
    with pytest.raises(ValueError):
        check_input("")


# --- blocks ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [DEMO, AP_ARTICLE, REUTERS_ARTICLE, BBC_ARTICLE, WIRE_ARTICLE])
def test_blocks_and_sentences_keep_exact_spans(text):
    cleaned = clean(text)
    for block in cleaned.blocks:
        assert text[block.start:block.end] == block.text == block.text.strip()
    found = sentences(cleaned)
    assert [s.index for s in found] == list(range(len(found)))
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text == sentence.text.strip()


def test_demo_metadata_and_kinds():
    cleaned = clean(DEMO)
    assert cleaned.title == "Iraqi Kurdistan Asks Russia for Military and Humanitarian Aid"
    assert cleaned.dateline == "(SCF)"
    assert (cleaned.author, cleaned.publisher) == ("Peter Korzun", "Strategic Culture Foundation")
    blocks = kinds(cleaned)
    assert blocks[:3] == [("title", cleaned.title), ("dateline", "(SCF) –"),
                          ("body", blocks[2][1])]
    assert blocks[2][1].startswith("Iraqi Kurdistan has asked Russia")
    assert blocks.count(("caption", "Kurdish Fighters. Image Credit: VOA")) == 2
    assert blocks[-1][0] == "byline"
    assert [kind for kind, _ in blocks].count("body") == 16


def test_demo_sentences():
    found = sentences(clean(DEMO))
    assert len(found) == 55
    assert found[0].text == ("Iraqi Kurdistan has asked Russia for military and humanitarian "
                             "aid.")
    assert found[4].text.startswith("According to Mr. Bakir, the KRG")
    # the unbalanced «shelter does not swallow the next sentence
    assert found[15].text.endswith("urging residents instead to «shelter in place.")
    assert found[16].text.startswith("The lack of preparations")
    assert found[-1].paragraph == 15
    assert not any("Image Credit" in s.text or "KORZUN" in s.text for s in found)


def test_ap_article():
    cleaned = clean(AP_ARTICLE)
    assert cleaned.title == "Trump wins presidency in stunning upset"
    assert (cleaned.author, cleaned.publisher) == ("Julie Pace", "Associated Press")
    assert cleaned.dateline == "WASHINGTON (AP)"
    assert [kind for kind, _ in kinds(cleaned)] == [
        "title", "byline", "dateline", "body", "caption", "body", "byline"]
    assert sentence_texts(AP_ARTICLE) == [
        "Donald Trump was elected president on Tuesday.",
        "He beat Hillary Clinton, the former U.S. secretary of state.",
        "Trump will take office on Jan. 20.",
    ]


def test_reuters_article_with_a_given_title_and_single_newlines():
    title = "Oil prices fall as OPEC deal doubts grow"
    cleaned = clean(REUTERS_ARTICLE, title=title)
    assert cleaned.title == title
    assert cleaned.dateline == "LONDON, Nov 3 (Reuters)"
    assert (cleaned.author, cleaned.publisher) == ("Jane Doe and John Roe", "Reuters")
    assert [kind for kind, _ in kinds(cleaned)] == ["title", "dateline", "body", "body", "byline"]
    assert [(s.text, s.paragraph) for s in sentences(cleaned)] == [
        ("Oil prices fell on Thursday, extending losses.", 0),
        ("Brent crude was down 1.5 percent.", 0),
        ('"We see no deal," said Mr. Smith, an analyst.', 1),
    ]


def test_bbc_article_captions_and_byline():
    cleaned = clean(BBC_ARTICLE)
    assert (cleaned.title, cleaned.author, cleaned.publisher) == (
        "Russia election: Putin wins fourth term", "Sarah Rainsford", None)
    assert kinds(cleaned)[1:5] == [
        ("byline", "By Sarah Rainsford"), ("caption", "BBC News, Moscow"),
        ("body", "Vladimir Putin has won a fourth term as Russia's president, officials say."),
        ("caption", "Image caption Voters queued in Moscow on Sunday"),
    ]
    assert kinds(cleaned)[5][0] == "caption"


def test_hard_wrapped_wire_story_with_a_dated_dateline():
    cleaned = clean(WIRE_ARTICLE)
    assert cleaned.title is None
    assert cleaned.dateline == "PARIS, March 3, 1998"
    assert [kind for kind, _ in kinds(cleaned)] == ["dateline", "body", "caption", "byline"]
    assert sentence_texts(WIRE_ARTICLE) == [
        "The French government announced new measures on\nTuesday to curb unemployment, "
        "which reached 12 percent last\nmonth.",
        "The plan was welcomed by unions.",
    ]


def test_a_british_dated_dateline():
    text = "Museum returns bronzes\n\nLONDON, 17 June 2025 \u2014 The museum will return 72 objects.\n"
    assert clean(text).dateline == "LONDON, 17 June 2025"
    assert sentence_texts(text) == ["The museum will return 72 objects."]
    glued = "Harbor Steel buys mill\n\n(Bloomberg)\u2014Harbor Steel agreed to buy the mill.\n"
    assert sentence_texts(glued) == ["Harbor Steel agreed to buy the mill."]


@pytest.mark.parametrize("opening, dateline", [
    ("Cebu, May 2 (IANS): ", "Cebu, May 2 (IANS)"),
    ("Leeds [UK], March 4 : ", "Leeds [UK], March 4"),
    ("May 3 (UPI) -- ", "May 3 (UPI)"),
    ("LAHORE: ", "LAHORE"),
    ("Chennai: ", "Chennai"),
    ("LAKEPORT, Philippines: ", "LAKEPORT, Philippines"),  # a place in capitals, in a country
    ("LAKEPORT (Lisbon Region), September 11 (RIA Novosti) – ", "LAKEPORT (Lisbon Region), September 11 (RIA Novosti)"),
    ("Lisbon, Aug 18 (IANS/AKI) ", "Lisbon, Aug 18 (IANS/AKI)"),  # a day and an agency, nothing more
    ("LAKEPORT, Ohio (AP) ", "LAKEPORT, Ohio (AP)"),  # a place in capitals and an agency
    ("New Delhi | Lakeport News Desk: ", "New Delhi | Lakeport News Desk"),  # a known place and its desk
    ("Kingston (EFE).- ", "Kingston (EFE)"), ("LISBON (Reuters) -", "LISBON (Reuters)"),  # a stop or no space at the dash
])
def test_datelines_that_end_on_a_colon_or_open_on_the_day(opening, dateline):
    text = f"Court rules\n\n{opening}The court on Tuesday acquitted the former minister.\n"
    assert clean(text).dateline == dateline
    assert sentence_texts(text) == ["The court on Tuesday acquitted the former minister."]


@pytest.mark.parametrize("opening", ["Note: ", "Senator Ames (D): ", "Update Two: ", "Lakeport, Philippines: ",
                                     "Senator Ames (D) ", "UNICEF (United Nations Children's Fund) "])
def test_a_colon_ends_no_dateline_without_a_day_or_an_agency(opening):
    assert clean(f"Court rules\n\n{opening}The court sat on Tuesday.\n").dateline is None


@pytest.mark.parametrize("opening, read", [
    ("RESCUE teams were searching", "Rescue teams were searching"),
    ("ABOUT 5,000 homes were left", "About 5,000 homes were left"),
    ("A MAN has been charged", "A man has been charged"),
    ("NASA said it", "NASA said it"),
    ("UN envoy Ada Lee said it", "UN envoy Ada Lee said it"),
    ("WHO officials said it", "WHO officials said it"),
    ("MARK SMITH said it", "Mark Smith said it"),  # "Smith" elsewhere
    ("SMITH Walker said it", "Smith Walker said it"),  # a drop capital before a name
    ("THE Lakeport Bank said it", "The Lakeport Bank said it"),
    ("WHO Director-General Ada Lee said it", "WHO Director-General Ada Lee said it"),
    ("NASA Administrator Ada Lee said it", "NASA Administrator Ada Lee said it"),
])
def test_a_lede_opening_in_capitals_reads_in_sentence_case(opening, read):
    from lemminflect import getAllLemmas  # the dictionary the pipeline gives

    text = f"Storm hits coast\n\n{opening} on Monday.\n\nSmith left.\n"
    assert unshouted(text, getAllLemmas) == f"Storm hits coast\n\n{read} on Monday.\n\nSmith left.\n"


def test_windows_line_endings_and_a_dateline_on_its_own_line():
    text = "Storm hits coast\r\n\r\nMIAMI (AP) \u2014\r\n\r\nThe storm hit on Monday. It left.\r\n"
    cleaned = clean(text)
    assert [kind for kind, _ in kinds(cleaned)] == ["title", "dateline", "body"]
    assert (cleaned.title, cleaned.dateline, cleaned.publisher) == (
        "Storm hits coast", "MIAMI (AP)", "AP")
    assert sentence_texts(text) == ["The storm hit on Monday.", "It left."]


def test_a_given_title_is_found_anywhere_and_else_kept():
    text = "Markets\n\nShares rose on Monday. Bonds fell."
    assert clean(text, title="A day on the markets").title == "A day on the markets"
    assert kinds(clean(text, title="markets"))[0] == ("title", "Markets")


def test_an_empty_title_means_the_text_has_none():
    text = "Will rates rise?\n\nShares rose on Monday."
    assert kinds(clean(text))[0] == ("title", "Will rates rise?")
    assert kinds(clean(text, title=""))[0] == ("body", "Will rates rise?")


@pytest.mark.parametrize("line, author, publisher", [
    ("This report was prepared by JOHN SMITH for Example News.", "John Smith", "Example News"),
    ("This article was written by Ana Díaz for the Daily Item", "Ana Díaz", "the Daily Item"),
    ("By Jane Doe and Ravi Patel | Example Wire", "Jane Doe and Ravi Patel", "Example Wire"),
    ("By Jane Doe", "Jane Doe", None),
    ("By JORDAN PIKE, AP Sports Writer", "Jordan Pike", "AP"),
    ("By Jane Doe, Chief Political Correspondent", "Jane Doe", None),
    ("Sophie Grant is the Transport Correspondent of The Daily Item", "Sophie Grant",
     "The Daily Item"),
    ("Ali Kaya is a freelance writer.", "Ali Kaya", None),
    ("Reporting by Ali Kaya; Editing by Tom Brown", "Ali Kaya", None),
    ("(Additional reporting by Ali Kaya)", None, None),
    ("Mark Ellison reported from San Jose.", None, None),
    ("Contact the author at jane@example.com", None, None),
])
def test_bylines(line, author, publisher):
    cleaned = clean(f"Title of the story\n\nThe council met on Monday.\n\n{line}")
    assert kinds(cleaned)[-1] == ("byline", line)
    assert (cleaned.author, cleaned.publisher) == (author, publisher)


@pytest.mark.parametrize("line", [
    "Protesters in Cairo. Photo: Ahmed Ali",
    "A soldier at a checkpoint near Mosul, Iraq. (AP Photo/John Doe)",
    "File photo of the plant, taken in 2015.",
    "Image Credit: Example Agency",
    "Smoke rises over the city",
    "Kurdish Fighters.",
    "A charger that caught fire in Tucson, Ariz., in January. (Courtesy of the Fire Department via AP)",
    "Scientists carry an ice core on Jan. 24, 2025. (Antarctic Division/Handout via Reuters)",
    "Photo caption: Smoke rises behind homes in Heffley Creek, B.C., on Monday, Aug. 3, 2026.",
    "Smoke rises behind homes in Heffley Creek on Monday. (Darryl Dyck/The Canadian Press)",
])
def test_captions(line):
    cleaned = clean(f"Title of the story\n\nThe council met on Monday.\n\n{line}\n\nIt voted.")
    assert kinds(cleaned)[2] == ("caption", line)


def test_short_lines_repeated_verbatim_are_captions():
    repeated = "The council voted to close the mine after the accident last year."
    text = f"Title\n\n{repeated}\n\nThe mayor spoke.\n\n{repeated}"
    assert [kind for kind, _ in kinds(clean(text))] == ["title", "caption", "body", "caption"]


def test_a_body_paragraph_that_starts_with_a_capitalised_word_is_not_a_dateline():
    text = "NATO said on Monday it would send troops. The US-led force is ready."
    cleaned = clean(text)
    assert cleaned.dateline is None
    assert [kind for kind, _ in kinds(cleaned)] == ["body"]


# --- sentences ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("According to Mr. Bakir, the KRG agreed. Dr. Jones said no. Gen. Smith left.",
     ["According to Mr. Bakir, the KRG agreed.", "Dr. Jones said no.", "Gen. Smith left."]),
    ("The U.S. Congress voted. Sanctions hit the U.S. The ministry said so.",
     ["The U.S. Congress voted.", "Sanctions hit the U.S.", "The ministry said so."]),
    ("J. R. Smith scored. He left at 5 p.m. Tuesday. It rained at 9 a.m. The game ended.",
     ["J. R. Smith scored.", "He left at 5 p.m. Tuesday.", "It rained at 9 a.m.",
      "The game ended."]),
    ("At around 7p.m. EDT July 8, the governor signed the budget. It passed at 10a.m. The vote was close.",
     ["At around 7p.m. EDT July 8, the governor signed the budget.", "It passed at 10a.m.",
      "The vote was close."]),
    ("It moved to No. 5 in the rankings. It happened on Sept. 4, 1972. Shares rose 1.5 "
     "percent.", ["It moved to No. 5 in the rankings.", "It happened on Sept. 4, 1972.",
                  "Shares rose 1.5 percent."]),
    ("“We will win. We are strong,” he said. “Not now.” She left.",
     ["“We will win. We are strong,” he said.", "“Not now.”", "She left."]),
    ("He said: «shelter in place. The lack of preparations had been predicted.",
     ["He said: «shelter in place.", "The lack of preparations had been predicted."]),
    ('He shouted "Stop!" The crowd froze. Was it over? Yes!',
     ['He shouted "Stop!"', "The crowd froze.", "Was it over?", "Yes!"]),
    ("The U.N. Security Council met on Jan. 5 in New York. It adjourned.",
     ["The U.N. Security Council met on Jan. 5 in New York.", "It adjourned."]),
    ("He quoted the ’60s.’ Then he left. Bring food, water, etc. The guide said so.",
     ["He quoted the ’60s.’", "Then he left.", "Bring food, water, etc.", "The guide said so."]),
    ("The region… welcomes Russia. Aid arrived.",
     ["The region… welcomes Russia.", "Aid arrived."]),
    ("Prices rose.\u00a0Trade fell.", ["Prices rose.", "Trade fell."]),
    # a stop the source glued to the next sentence; not a name's
    ("The union won the vote from Foster.About 65 percent voted. He visited St.Louis and Amtek.Com.",
     ["The union won the vote from Foster.", "About 65 percent voted.", "He visited St.Louis and Amtek.Com."]),
    ("Ash was convicted of a felony in the past decade.He was acquitted of three other charges.",
     ["Ash was convicted of a felony in the past decade.", "He was acquitted of three other charges."]),
    ("He had heart surgery in 2013.Born in Lakeport in 1955, Ash won an award.",
     ["He had heart surgery in 2013.", "Born in Lakeport in 1955, Ash won an award."]),
    ("In June, Ash was accused in Lakeport v. Ash of fraud. He denied it.",
     ["In June, Ash was accused in Lakeport v. Ash of fraud.", "He denied it."]),
    ("The bid by Cie. Financiere de Paribas failed. Warner Bros. The studio said so.",
     ["The bid by Cie. Financiere de Paribas failed.", "Warner Bros.", "The studio said so."]),
    ("The premier met Lt.-Gov. Ana Costa on Thursday. She swore in the cabinet.",
     ["The premier met Lt.-Gov. Ana Costa on Thursday.", "She swore in the cabinet."]),
    ("Tom Ash was appointed by then-Gov. Ana Costa in 2010. She left in 2011.",
     ["Tom Ash was appointed by then-Gov. Ana Costa in 2010.", "She left in 2011."]),
    ("Amtek said its console was next-gen. Tom Ash bought one.",
     ["Amtek said its console was next-gen.", "Tom Ash bought one."]),
    ("The talks went on for hours and ended without any agreement on the future of the region",
     ["The talks went on for hours and ended without any agreement on the future of the region"]),
])
def test_sentence_splitting(text, expected):
    assert sentence_texts(text, title="Headline") == expected


def test_a_list_items_mark_is_no_part_of_its_sentence():
    text = "Record sales\n\nThe dearest works include:\n\n- Ana Costa's Harbour sold for $45 million.\n\n-5 was the low."
    assert [s.text for s in sentences(clean(text))] == [
        "The dearest works include:", "Ana Costa's Harbour sold for $45 million.", "-5 was the low."]


# --- normalize ------------------------------------------------------------------------------

def test_normalize_keeps_length_and_offsets():
    text = "Russia\u2019s \u00abaid\u00bb \u201cnow\u201d\u00a0\u2013 it\u202fsaid \u2018so\u2019"
    normal = normalize(text)
    assert normal == "Russia's \"aid\" \"now\" \u2013 it said 'so'"
    assert len(normal) == len(text)


def test_normalize_demo_keeps_every_span():
    normal = normalize(DEMO)
    assert len(normal) == len(DEMO)
    for sentence in sentences(clean(DEMO)):
        assert normal[sentence.start:sentence.end] == normalize(sentence.text)


PIECES = [
    "Mr.", "U.S.", "Jan.", "5", "J.", "said", "the", "Russia", "aid", ".", "?", "!", ",", "…",
    "“", "”", "«", "»", '"', "'", "(AP)", "—", "-", "By", "JOHN", "SMITH", "Photo:", "PARIS,",
    "\n", "\n\n", "\u00a0", " ", "\t", "Image", "Credit:", "This", "report", "was",
    "prepared", "by", "for", "Reporting", ";", "p.m.", "No.", "1.5", "million",
]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=40), use_title=st.booleans())
def test_any_text_keeps_exact_spans(pieces, use_title):
    text = " ".join(pieces)
    try:
        check_input(text)
    except ContentError:
        pass
    cleaned = clean(text, title="Russia" if use_title else None)
    for block in cleaned.blocks:
        assert text[block.start:block.end] == block.text and block.text.strip() == block.text
    for sentence in sentences(cleaned):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text != ""
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize("text, expected", [
    ("Aid goes to six Pacific nations. The budget for aiding pacific nations is small.",
     "Aid goes to six Pacific nations. The budget for aiding Pacific nations is small."),
    ("Ships use the Arctic passage. The arctic passage is melting.",
     "Ships use the Arctic passage. The Arctic passage is melting."),
    # before a short common word, a month or a weekday, the capital says nothing of the other
    ("It is the State of Texas. He declared a state of emergency.",
     "It is the State of Texas. He declared a state of emergency."),
    ("They met in March through April. Soldiers march through the town.",
     "They met in March through April. Soldiers march through the town."),
    # the last word of a name is no capital of its own
    ("Lakeport Public Television said so. Floods killed 12 people, state television said.",
     "Lakeport Public Television said so. Floods killed 12 people, state television said."),
])
def test_a_word_is_capitalised_as_the_article_writes_it_elsewhere(text, expected):
    assert capitalised_as_elsewhere(text, nlp.load().Defaults.stop_words) == expected


def test_an_accent_typed_for_an_apostrophe_is_an_apostrophe():
    cleaned = clean("Evans wins\n\nBritain´s Dan Evans won the title. He didn`t drop a set.")
    assert [b.text for b in cleaned.blocks if b.kind == "body"] == [
        "Britain’s Dan Evans won the title. He didn’t drop a set."]
