import xml.etree.ElementTree as ET

import pytest
from sample_bank import AWKWARD, DATA, assert_same_questions, sample_bank

from quizapp.exchange import Bank, ExchangeError, SkippedQuestion, moodle_xml


def test_round_trip_of_every_kind_keeps_what_moodle_xml_carries():
    bank = sample_bank()
    loaded = moodle_xml.load(moodle_xml.dump(bank))
    assert loaded.name == bank.name
    assert loaded.skipped == ()
    assert_same_questions(loaded, bank)


def test_dump_writes_moodle_question_types():
    quiz = ET.fromstring(moodle_xml.dump(sample_bank()))
    assert quiz.tag == "quiz"
    assert [q.get("type") for q in quiz.findall("question")] == [
        "category", "multichoice", "truefalse", "truefalse", "shortanswer", "shortanswer",
        "ordering", "matching"]
    assert quiz.findtext("question/category/text") == "$course$/top/City election // week 3"
    multichoice = quiz.find("question[@type='multichoice']")
    assert multichoice.findtext("single") == "true"
    assert multichoice.findtext("idnumber") == "mc1"
    assert [(a.get("fraction"), a.findtext("text")) for a in multichoice.findall("answer")] == [
        ("0", "Ray Holt"), ("100", "Dana Price"), ("0", f"Lee {AWKWARD}")]
    assert [t.text for t in multichoice.findall("tags/tag/text")] == [
        "kind:multiple_choice", "week 3"]
    assert multichoice.findtext("generalfeedback/text") == "<p>The article says so (mc1).</p>"


def test_ordering_uses_the_plugin_fields_and_positions():
    ordering = ET.fromstring(moodle_xml.dump(sample_bank())).find("question[@type='ordering']")
    assert ordering.findtext("layouttype") == "VERTICAL"
    assert ordering.findtext("selecttype") == "ALL"
    assert ordering.findtext("gradingtype") == "ABSOLUTE_POSITION"
    assert [(a.get("fraction"), a.findtext("text")) for a in ordering.findall("answer")] == [
        ("1", "The polls opened."), ("2", f"Counting {AWKWARD} began."),
        ("3", "The result was announced.")]


def test_html_in_texts_is_escaped_twice_over():
    text = moodle_xml.dump(sample_bank())
    assert "<script>" not in text  # XML escaping
    multichoice = ET.fromstring(text).find("question[@type='multichoice']")
    # the question text is HTML: a prompt's own "<" is an entity there too
    assert "&lt;script&gt;" in multichoice.findtext("questiontext/text")
    assert multichoice.find("questiontext").get("format") == "html"


def test_untitled_questions_are_named_by_their_prompt():
    bank = sample_bank()
    untitled = Bank(name="", questions=tuple(
        type(item)(item.question, item.tags, "") for item in bank.questions))
    names = [item.title for item in moodle_xml.load(moodle_xml.dump(untitled)).questions]
    assert names[1] == "The vote took place in 2024: a city election."
    assert names[0].startswith("Who won the a~b") and names[0].endswith("…")
    assert len(names[0]) == 60


def test_moodle_documented_examples():
    bank = moodle_xml.load((DATA / "moodle_xml_examples.xml").read_text())
    assert bank.name == "Moodle XML examples"
    multichoice, truefalse, shortanswer, matching, ordering = bank.questions
    assert multichoice.title == "Name of question"
    assert multichoice.tags == ("easy", "ch3")
    assert (multichoice.question.kind, multichoice.question.prompt) == (
        "multiple_choice", "What is the answer to this question?")
    assert multichoice.question.choices == (
        "The correct answer", "A distractor", "Another distractor")
    assert multichoice.question.answer == "The correct answer"
    # the CDATA example: its HTML read as text
    assert truefalse.question.prompt == ("Now I can include any HTML that I wish. Without the "
                                         "CDATA, the HTML tags would break the XML!!")
    assert truefalse.question.answer == "True"
    assert truefalse.question.explanation == "Questions & answers in HTML."
    assert (shortanswer.question.kind, shortanswer.question.answer,
            shortanswer.question.accepted) == (
        "fill_blank", "The correct answer", ("An alternative answer",))
    assert matching.question.answer == (
        ("This is the 1st item in the 1st pair.", "This is the 2nd item in the 1st pair."),
        ("This is the 1st item in the 2nd pair.", "This is the 2nd item in the 2nd pair."))
    assert (ordering.question.id, ordering.question.answer) == (
        "ordering-1", ("one", "two", "three"))
    assert bank.skipped == (SkippedQuestion(
        "question 7", "Numerical", "What is the answer to this question?",
        "numerical questions are not supported"),)


def test_html_question_texts_lose_markup_scripts_and_styles():
    text = """<quiz><question type="truefalse"><name><text>H</text></name>
      <questiontext format="html"><text><![CDATA[<style>p {color: red}</style>
      <p>Is <b>this</b> safe&nbsp;&amp; sound?</p><SCRIPT>alert(1)</SCRIPT><p>Yes.</p>]]></text>
      </questiontext><answer fraction="100"><text>true</text></answer></question></quiz>"""
    (item,) = moodle_xml.load(text).questions
    assert item.question.prompt == "Is this safe\xa0& sound? Yes."


def test_multiple_answer_multichoice_is_skipped():
    text = """<quiz><question type="multichoice"><name><text>Two</text></name>
      <questiontext><text>Pick two</text></questiontext><single>false</single>
      <answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer>
      </question></quiz>"""
    bank = moodle_xml.load(text)
    assert bank.questions == ()
    assert (bank.skipped[0].title, bank.skipped[0].start) == ("Two", "Pick two")
    assert "multiple-answer questions are not supported" in bank.skipped[0].reason


ENTITY_ATTACKS = [
    # an external entity reading a local file
    """<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
    <quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>""",
    # entity expansion ("billion laughs")
    """<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">
    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>""",
]


@pytest.mark.parametrize("text", ENTITY_ATTACKS)
def test_doctype_with_entities_is_refused(text):
    with pytest.raises(ExchangeError, match="entities or external references"):
        moodle_xml.load(text)


@pytest.mark.parametrize("text, message", [
    ("<quiz><question>", "not well-formed XML \\(line 1, column 16\\)"),
    ("", "not well-formed XML"),
    ("<html><body/></html>", "starts with <html>, not <quiz>"),
    ("""<quiz><question type="multichoice"><name><text>No right</text></name>
        <questiontext><text>Which?</text></questiontext>
        <answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
        </question></quiz>""",
     "question 1 \\('No right', multichoice\\): it needs exactly one answer with fraction 100"),
    ("""<quiz><question type="category"><category><text>x</text></category></question>
        <question type="shortanswer"><name><text>Odd</text></name>
        <questiontext><text>What?</text></questiontext>
        <answer fraction="lots"><text>a</text></answer></question></quiz>""",
     "question 2 \\('Odd', shortanswer\\): the answer fraction 'lots' is not a number"),
    ("""<quiz><question type="truefalse"><name><text>TF</text></name>
        <questiontext><text>Sure?</text></questiontext>
        <answer fraction="100"><text>maybe</text></answer></question></quiz>""",
     "must be true or false"),
    ("""<quiz><question type="matching"><name><text>M</text></name>
        <questiontext><text>Match</text></questiontext></question></quiz>""",
     "two pairs or more"),
])
def test_bad_files_name_what_failed(text, message):
    with pytest.raises(ExchangeError, match=message):
        moodle_xml.load(text)


def test_empty_quiz_is_an_empty_bank():
    assert moodle_xml.load("<quiz/>") == Bank(name="")
    assert moodle_xml.load('\ufeff<?xml version="1.0" encoding="UTF-8"?><quiz/>') == Bank(name="")
