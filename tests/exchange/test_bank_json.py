import json

import pytest
from sample_bank import sample_bank

from quizapp.exchange import Bank, ExchangeError, bank_json


def test_round_trip_is_exact():
    bank = sample_bank()
    assert bank_json.load(bank_json.dump(bank)) == bank


def test_every_field_is_written():
    data = json.loads(bank_json.dump(sample_bank()))
    assert (data["format"], data["version"]) == ("quizapp-question-bank", 1)
    assert data["name"] == "City election / week 3"
    first = data["questions"][0]
    assert first["tags"] == ["kind:multiple_choice", "week 3"]
    assert first["question"]["difficulty"] == 0.37
    assert set(first["question"]) == {"id", "kind", "prompt", "choices", "answer",
                                      "explanation", "source", "event", "actors",
                                      "difficulty", "accepted", "confidence"}


def test_empty_bank_and_byte_order_mark():
    assert bank_json.load("\ufeff" + bank_json.dump(Bank(name=""))) == Bank(name="")


def valid() -> dict:
    return json.loads(bank_json.dump(sample_bank()))


@pytest.mark.parametrize("text, message", [
    ("{not json", "not a JSON file: .* line 1"),
    ("[]", "not a quizapp question bank"),
    ('{"format": "something else"}', "not a quizapp question bank"),
    ('{"format": "quizapp-question-bank", "version": 2}', "version 2"),
    ('{"format": "quizapp-question-bank", "version": 1, "name": 3, "questions": []}',
     "needs a \"name\""),
])
def test_bad_files_are_refused_clearly(text, message):
    with pytest.raises(ExchangeError, match=message):
        bank_json.load(text)


@pytest.mark.parametrize("change, message", [
    (lambda q: q["question"].pop("prompt"), "Question 2 .* no 'prompt' field"),
    (lambda q: q["question"].update(kind="essay"), "Question 2 .* unknown question kind"),
    (lambda q: q["question"].update(answer="Maybe"), "Question 2 .* True or False"),
    (lambda q: q["question"].update(answer=7), "Question 2 .* answer must be text or a list"),
    (lambda q: q["question"].update(difficulty="hard"), "Question 2 in the bank cannot be read"),
    (lambda q: q["question"].update(choices=[1, 2]), "Question 2 .* lists of text"),
    (lambda q: q.update(tags="week 3"), "Question 2 .* tags a list of text"),
    (lambda q: q.pop("question"), "Question 2 .* not an object"),
])
def test_bad_questions_are_named(change, message):
    data = valid()
    change(data["questions"][1])
    with pytest.raises(ExchangeError, match=message):
        bank_json.load(json.dumps(data))


def test_wrong_shapes_of_order_and_match_answers_are_refused():
    data = valid()
    data["questions"][5]["question"]["answer"] = "not a list"
    data["questions"][6]["question"]["answer"] = [["only a left side"], ["x", "y"]]
    with pytest.raises(ExchangeError, match="Question 6 .* order question"):
        bank_json.load(json.dumps(data))
    data["questions"][5] = valid()["questions"][5]
    with pytest.raises(ExchangeError, match="Question 7 .* match question"):
        bank_json.load(json.dumps(data))
