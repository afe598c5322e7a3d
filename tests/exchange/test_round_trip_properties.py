"""Any single-line texts survive GIFT and Moodle XML, whatever characters they hold."""
import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.content.types import Question
from quizapp.exchange import Bank, BankQuestion, gift, moodle_xml

# the characters either format treats specially, among ordinary ones
ALPHABET = st.sampled_from(list("ab Z9.,'\"~=#{}:\\/<>&;%-_[]!?é→"))
TEXT = st.text(ALPHABET, min_size=1, max_size=30).map(lambda t: " ".join(t.split())).filter(
    lambda t: t and "->" not in t and "_____" not in t)

# Moodle's [tag:...] comments escape only "]", so a tag cannot end in a backslash
TAG = TEXT.filter(lambda t: "\\" not in t)


@st.composite
def questions(draw) -> BankQuestion:
    kind = draw(st.sampled_from(["multiple_choice", "true_false", "fill_blank", "match"]))
    prompt, explanation, title = draw(TEXT), draw(TEXT), draw(TEXT)
    if kind == "multiple_choice":
        choices = tuple(draw(st.lists(TEXT, min_size=2, max_size=4, unique=True)))
        answer, extra = draw(st.sampled_from(choices)), {}
    elif kind == "true_false":
        choices, answer, extra = ("True", "False"), draw(st.sampled_from(["True", "False"])), {}
    elif kind == "fill_blank":
        choices, answer = (), draw(TEXT)
        extra = {"accepted": tuple(draw(st.lists(TEXT, max_size=2)))}
    else:
        lefts = draw(st.lists(TEXT, min_size=2, max_size=3, unique=True))
        rights = draw(st.lists(TEXT, min_size=len(lefts), max_size=len(lefts), unique=True))
        answer, choices, extra = tuple(zip(lefts, rights)), tuple(reversed(rights)), {}
    question = Question("q1", kind, prompt, choices, answer, explanation, "", **extra)
    return BankQuestion(question, tags=tuple(draw(st.lists(TAG, max_size=2))), title=title)


def same_up_to_match_choices(loaded: BankQuestion, sent: BankQuestion) -> bool:
    got = loaded.question
    if got.kind == "match":
        assert sorted(got.choices) == sorted(sent.question.choices)
        got = dataclasses.replace(got, choices=sent.question.choices)
    return (got, loaded.tags, loaded.title) == (sent.question, sent.tags, sent.title)


@settings(max_examples=150, deadline=None)
@given(questions())
def test_gift_round_trip(item):
    (loaded,) = gift.load(gift.dump(Bank(name="b", questions=(item,)))).questions
    assert same_up_to_match_choices(loaded, item)


@settings(max_examples=150, deadline=None)
@given(questions())
def test_moodle_xml_round_trip(item):
    (loaded,) = moodle_xml.load(moodle_xml.dump(Bank(name="b", questions=(item,)))).questions
    assert same_up_to_match_choices(loaded, item)
