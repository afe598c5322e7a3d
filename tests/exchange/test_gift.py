import pytest
from sample_bank import DATA, assert_same_questions, sample_bank

from quizapp.content.types import Question
from quizapp.exchange import Bank, BankQuestion, ExchangeError, gift


def load_one(text: str) -> BankQuestion:
    bank = gift.load(text)
    assert len(bank.questions) == 1, bank
    return bank.questions[0]


def test_round_trip_of_every_kind_keeps_what_gift_carries():
    bank = sample_bank()
    loaded = gift.load(gift.dump(bank))
    assert loaded.name == bank.name
    assert loaded.skipped == ()
    assert_same_questions(loaded, bank)


def test_dump_writes_moodle_syntax():
    text = gift.dump(sample_bank())
    assert text.startswith("$CATEGORY: $course$/top/City election // week 3\n\n")
    assert "// [id:mc1] [tag:kind:multiple_choice] [tag:week 3]\n" in text
    assert "\n~Ray Holt\n=Dana Price\n" in text
    assert "[plain]Turnout rose. {\nT\n####The article says so (tf2).\n}" in text
    # the answers stand in the blank, Moodle's missing word format
    assert "the mayor won {\n=12,000\n=12000\n=twelve thousand\n" in text
    assert "}votes." not in text and "} votes." in text
    # an order question becomes a matching question from position to item
    assert "\n=1 -> The polls opened.\n=2 -> Counting" in text
    assert "\n=Mayor -> Dana Price\n" in text


def test_dump_escapes_control_characters():
    text = gift.dump(sample_bank())
    assert r"a\~b\=c\#d\{e\}f\:g\\h <script>" in text
    assert "::multiple_choice a\\~b" in text


def test_newlines_in_texts_are_written_as_backslash_n():
    question = Question("q1", "true_false", "Line one\nline two", ("True", "False"), "True",
                        "", "")
    text = gift.dump(Bank(name="", questions=(BankQuestion(question),)))
    assert "[plain]Line one\\nline two {" in text
    assert load_one(text).question.prompt == "Line one line two"


def test_moodle_documented_examples():
    bank = gift.load((DATA / "moodle_gift_examples.txt").read_text())
    by_prompt = {}
    for item in bank.questions:
        by_prompt.setdefault(item.question.prompt, item.question)
    grant = by_prompt["Who's buried in Grant's tomb?"]
    assert (grant.kind, grant.choices, grant.answer) == (
        "multiple_choice", ("Grant", "Jefferson", "no one"), "no one")
    entombed = by_prompt["Grant is _____ in Grant's tomb."]
    assert (entombed.kind, entombed.answer) == ("multiple_choice", "entombed")
    thanksgiving = by_prompt[
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."]
    assert (thanksgiving.choices, thanksgiving.answer) == (("second", "third", "fourth"), "fourth")
    assert by_prompt["Grant is buried in Grant's tomb."].answer == "False"
    assert by_prompt["The sun rises in the east."].answer == "True"
    two = by_prompt["Two plus two equals _____."]
    assert (two.kind, two.answer, two.accepted) == ("fill_blank", "four", ("4",))
    capitals = by_prompt["Match the following countries with their corresponding capitals."]
    assert capitals.kind == "match"
    assert capitals.answer == (("Canada", "Ottawa"), ("Italy", "Rome"), ("Japan", "Tokyo"),
                               ("India", "New Delhi"))
    # answer weights: only the full-credit answer is right
    assert by_prompt["Difficult question."].answer == "full credit answer"
    hometown = [item for item in bank.questions if item.title == "Jesus' hometown"]
    assert [(h.question.kind, h.question.prompt, h.question.answer) for h in hometown] == [
        ("multiple_choice", "Jesus Christ was from _____.", "Nazareth"),
        ("fill_blank", "Jesus Christ was from", "Nazareth"),
    ]
    assert hometown[1].question.accepted == ()  # the 75% "Nazereth" is not a right answer
    kanji = next(item for item in bank.questions if item.title == "Kanji Origins")
    assert kanji.question.prompt == "Japanese characters originally came from what country?"
    assert by_prompt["Which answer equals 5?"].answer == "= 2 + 3"
    control = by_prompt[
        "Which of the following is NOT a control character for the GIFT import format?"]
    assert control.choices == ("~", "=", "#", "{", "}", "\\")
    assert control.answer == "\\"
    assert len(bank.questions) == 33
    # numerical questions and multiple-answer questions are left out, and said so
    assert len(bank.skipped) == 10
    assert str(bank.skipped[0]) == ("Skipped line 17 (When was Ulysses S. Grant born?): "
                                    "numerical questions are not supported.")
    assert sum("multiple-answer" in skipped.reason for skipped in bank.skipped) == 2


def test_moodle_documented_quick_examples():
    bank = gift.load((DATA / "moodle_gift_quick_examples.txt").read_text())
    assert bank.name == "GIFT quick examples"
    q1, q2, q3, q4, q9, q10 = bank.questions
    assert (q1.title, q1.question.prompt, q1.question.answer) == ("Q1", "1+1=2", "True")
    assert (q2.question.prompt, q2.question.choices, q2.question.answer) == (
        "What's between orange and green in the spectrum?", ("yellow", "red", "blue"), "yellow")
    assert (q3.question.prompt, q3.question.answer, q3.question.accepted) == (
        "Two plus _____ equals four.", "two", ("2",))
    assert q4.question.answer == (("cat", "cat food"), ("dog", "dog food"))
    assert (q9.question.id, q9.tags) == ("Q9", ("maths", "easy"))
    assert q10.question.explanation == "We hope you're feeling well."
    assert [(skipped.where, skipped.title, skipped.start) for skipped in bank.skipped] == [
        ("line 19", "Q5", "What is a number from 1 to 5?"),
        ("line 22", "Q6", "What is a number from 1 to 5?"),
        ("line 26", "Q7", "When was Ulysses S. Grant born?"),
        ("line 32", "Q8", "How are you?"),
    ]
    assert bank.skipped[-1].reason == "essay questions are not supported"


@pytest.mark.parametrize("prompt", ["// not a comment", "[html]<b>not HTML</b>", "::x"])
def test_prompts_that_look_like_gift_syntax_survive(prompt):
    question = Question("q1", "true_false", prompt, ("True", "False"), "True", "", "")
    text = gift.dump(Bank(name="", questions=(BankQuestion(question),)))
    assert load_one(text).question.prompt == prompt


def test_html_format_loses_its_markup():
    # as Moodle exports: the format marker, HTML in the prompt and in the answers
    item = load_one("::H::[html]<p>Who is <b>buried</b> here &amp; there?</p>{\n"
                    r"=<p>no one</p> ~<p>Grant &amp; wife</p> ####<p>Nobody\: a tomb.</p>}")
    assert item.question.prompt == "Who is buried here & there?"
    assert item.question.choices == ("no one", "Grant & wife")
    assert item.question.explanation == "Nobody: a tomb."


def test_description_without_answers_is_skipped():
    bank = gift.load("Just some text for the students.\n\nGrant is buried here.{T}")
    assert len(bank.questions) == 1
    assert bank.skipped[0].start == "Just some text for the students."
    assert "no answers (a description)" in bank.skipped[0].reason


def test_a_skipped_question_is_named_by_its_title_and_first_words_without_markup():
    bank = gift.load("::Essay\\: one::[html]<p>Tell <i>me</i> about your weekend, in a page or "
                     "two, with photos {}")
    (skipped,) = bank.skipped
    assert (skipped.title, skipped.start) == (
        "Essay: one", "Tell me about your weekend, in a page or two, with photos")
    assert skipped.reason == "essay questions are not supported"


def test_crlf_and_byte_order_mark():
    item = load_one("\ufeff// [tag:x]\r\n::T::Is it? {\r\n=yes\r\n~no\r\n}\r\n")
    assert (item.title, item.tags, item.question.answer) == ("T", ("x",), "yes")


def test_matching_numbered_from_one_loads_as_an_order_question():
    item = load_one("Order these. {=1 -> first =2 -> second =3 -> third}")
    assert item.question.kind == "order"
    assert item.question.answer == ("first", "second", "third")
    assert sorted(item.question.choices) == ["first", "second", "third"]
    assert item.question.choices != item.question.answer


@pytest.mark.parametrize("text, message", [
    ("::Title without end: question {T}", "line 1 .* the title has no closing ::"),
    ("A question {=yes ~no", "the answers have no closing }"),
    ("Fine.{T}\n\nWhat? {%50%half}", "line 3 .* answers must start with ="),
    ("What? {=%50%half =%25%quarter}", "no answer has full credit"),
    ("Match {=a -> 1 =b}", "needs its pair"),
    ("Match {=a -> 1}", "two pairs or more"),
])
def test_broken_questions_name_their_line(text, message):
    with pytest.raises(ExchangeError, match=message):
        gift.load(text)


def test_empty_file_is_an_empty_bank():
    assert gift.load("// only a comment\n\n") == Bank(name="")


def test_a_blank_at_the_end_of_the_prompt_stays_in_the_prompt():
    question = Question("q1", "fill_blank", "The winner was _____", (), "Dana Price", "", "")
    text = gift.dump(Bank(name="", questions=(BankQuestion(question),)))
    assert "The winner was _____ {\n=Dana Price\n}" in text
    assert load_one(text).question.prompt == "The winner was _____"
