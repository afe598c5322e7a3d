"""quizapp's own question bank file: JSON that keeps every field, the lossless format."""
from __future__ import annotations

import json

from quizapp.content.types import Question
from quizapp.exchange import Bank, BankQuestion, ExchangeError, check_question

FORMAT = "quizapp-question-bank"
VERSION = 1


def dump(bank: Bank) -> str:
    return json.dumps({
        "format": FORMAT,
        "version": VERSION,
        "name": bank.name,
        "tags": list(bank.tags),
        "questions": [
            {
                "title": item.title,
                "tags": list(item.tags),
                # to_dict rounds the difficulty for display; a bank keeps it exact
                "question": {**item.question.to_dict(), "difficulty": item.question.difficulty},
            }
            for item in bank.questions
        ],
    }, ensure_ascii=False, indent=2) + "\n"


def load(text: str) -> Bank:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as error:
        raise ExchangeError(f"This is not a JSON file: {error.msg} on line {error.lineno}.")
    except ValueError:  # a number of thousands of digits, which Python refuses to read
        raise ExchangeError("This JSON file holds a number too long to read.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(f"This JSON file is not a quizapp question bank (no \"format\": "
                            f"\"{FORMAT}\").")
    if data.get("version") != VERSION:
        raise ExchangeError(f"This question bank has version {data.get('version')!r}; this "
                            f"quizapp reads version {VERSION}.")
    name, tags, items = data.get("name"), data.get("tags", []), data.get("questions")
    if not isinstance(name, str) or not _is_text_list(tags) or not isinstance(items, list):
        raise ExchangeError("The bank needs a \"name\" (text), \"tags\" (a list of text) and "
                            "\"questions\" (a list).")
    return Bank(name=name, tags=tuple(tags),
                questions=tuple(_question(item, number) for number, item in enumerate(items, 1)))


def _question(item: object, number: int) -> BankQuestion:
    try:
        if not isinstance(item, dict) or not isinstance(item.get("question"), dict):
            raise ValueError("it is not an object with a \"question\"")
        if not isinstance(item["question"].get("answer"), (str, list)):
            raise ValueError("its answer must be text or a list")
        title, tags = item.get("title", ""), item.get("tags", [])
        if not isinstance(title, str) or not _is_text_list(tags):
            raise ValueError("its title must be text and its tags a list of text")
        question = Question.from_dict(item["question"])
        check_question(question)
    except KeyError as missing:
        raise ExchangeError(f"Question {number} in the bank has no {missing} field.") from None
    except (TypeError, ValueError) as error:
        raise ExchangeError(f"Question {number} in the bank cannot be read: {error}.") from None
    return BankQuestion(question=question, tags=tuple(tags), title=title)


def _is_text_list(values: object) -> bool:
    return isinstance(values, list) and all(isinstance(value, str) for value in values)
