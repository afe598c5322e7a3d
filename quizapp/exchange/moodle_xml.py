"""Moodle XML (docs.moodle.org/en/Moodle_XML_format) and the qtype_ordering plugin's XML.

Kinds map to multichoice (single answer), truefalse, shortanswer, matching and ordering.
What the format carries: the title (<name>, the start of the prompt when there is none), id
(<idnumber>), prompt, choices, answer, accepted answers, the explanation (<generalfeedback>),
tags and the bank name (a category question). Source, event, actors and difficulty are lost:
use JSON to keep them. Texts are written as HTML inside the XML and read back as plain text.

Files are parsed with defusedxml, which refuses DTD entities and external references.
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree

from quizapp.content.types import Answer, Question
from quizapp.exchange import (
    MULTIPLE_ANSWERS,
    TRUE_FALSE_CHOICES,
    Bank,
    BankQuestion,
    ExchangeError,
    Skipped,
    SkippedQuestion,
    category_name,
    category_path,
    check_question,
    html_to_text,
    one_line,
    shorten,
    shuffled_for,
)

MOODLE_TYPES = {
    "multiple_choice": "multichoice",
    "true_false": "truefalse",
    "fill_blank": "shortanswer",
    "match": "matching",
    "order": "ordering",
}
# the qtype_ordering settings for "put all items in order, one mark per right position"
ORDERING_SETTINGS = {
    "layouttype": "VERTICAL",
    "selecttype": "ALL",
    "selectcount": "0",
    "gradingtype": "ABSOLUTE_POSITION",
    "showgrading": "SHOW",
    "numberingstyle": "none",
}


def dump(bank: Bank) -> str:
    quiz = ET.Element("quiz")
    if bank.name:
        category = ET.SubElement(quiz, "question", type="category")
        _text(category, "category", category_path(bank.name))
    for item in bank.questions:
        quiz.append(_question_element(item))
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, "unicode") + "\n"


def _question_element(item: BankQuestion) -> ET.Element:
    question = item.question
    element = ET.Element("question", type=MOODLE_TYPES[question.kind])
    # Moodle needs a name; a question without a title is named by its prompt
    _text(element, "name", item.title or shorten(question.prompt))
    _text(element, "questiontext", _html(question.prompt), format="html")
    _text(element, "generalfeedback", _html(question.explanation), format="html")
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "idnumber").text = question.id
    ANSWER_WRITERS[question.kind](element, question)
    if item.tags:
        tags = ET.SubElement(element, "tags")
        for tag in item.tags:
            _text(tags, "tag", tag)
    return element


def _write_multiple_choice(element: ET.Element, question: Question) -> None:
    ET.SubElement(element, "single").text = "true"
    ET.SubElement(element, "shuffleanswers").text = "true"
    ET.SubElement(element, "answernumbering").text = "abc"
    for choice in question.choices:
        _answer(element, choice, 100 if choice == question.answer else 0)


def _write_true_false(element: ET.Element, question: Question) -> None:
    for choice in TRUE_FALSE_CHOICES:
        _answer(element, choice.lower(), 100 if choice == question.answer else 0)


def _write_short_answer(element: ET.Element, question: Question) -> None:
    ET.SubElement(element, "usecase").text = "0"
    for answer in (question.answer, *question.accepted):
        _answer(element, answer, 100)


def _write_matching(element: ET.Element, question: Question) -> None:
    ET.SubElement(element, "shuffleanswers").text = "true"
    for left, right in question.answer:
        subquestion = _text(element, "subquestion", _html(left), format="html")
        _text(subquestion, "answer", right)


def _write_ordering(element: ET.Element, question: Question) -> None:
    """The qtype_ordering plugin keeps an item's position in its fraction."""
    for setting, value in ORDERING_SETTINGS.items():
        ET.SubElement(element, setting).text = value
    for position, item_text in enumerate(question.answer, 1):
        _answer(element, item_text, position)


# a question kind -> what writes its answers and settings into its <question>
ANSWER_WRITERS = {
    "multiple_choice": _write_multiple_choice,
    "true_false": _write_true_false,
    "fill_blank": _write_short_answer,
    "match": _write_matching,
    "order": _write_ordering,
}


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    """<tag><text>text</text></tag>, Moodle's wrapper for every piece of text."""
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = text
    return element


def _answer(parent: ET.Element, text: str, fraction: int) -> None:
    _text(parent, "answer", text, fraction=str(fraction), format="plain_text")


def _html(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""


def load(text: str) -> Bank:
    try:
        quiz = defusedxml.ElementTree.fromstring(text.lstrip("\ufeff"))
    except defusedxml.DefusedXmlException:
        raise ExchangeError("This XML file declares entities or external references, which "
                            "are refused for safety.") from None
    except ET.ParseError as error:
        line, column = error.position
        raise ExchangeError(f"This is not well-formed XML (line {line}, column {column}).") \
            from None
    if quiz.tag != "quiz":
        raise ExchangeError(f"This is not a Moodle XML file: it starts with <{quiz.tag}>, "
                            "not <quiz>.")
    name, items, skipped = "", [], []
    for number, element in enumerate(quiz.findall("question"), 1):
        moodle_type = element.get("type", "")
        if moodle_type == "category":
            name = category_name(_read(element, "category", default_format="plain_text"))
            continue
        try:
            items.append(_load_question(element, moodle_type, f"q{len(items) + 1}"))
        except Skipped as reason:
            skipped.append(SkippedQuestion(f"question {number}", _name(element),
                                           shorten(_read(element, "questiontext")), str(reason)))
        except ValueError as error:
            where = f"question {number} ({_name(element) or 'no name'!r}, {moodle_type})"
            raise ExchangeError(f"Cannot read {where}: {error}.") from None
    return Bank(name=name, questions=tuple(items), skipped=tuple(skipped))


def _load_question(element: ET.Element, moodle_type: str, default_id: str) -> BankQuestion:
    prompt = _read(element, "questiontext")
    answers = [(_read(answer), _fraction(answer)) for answer in element.findall("answer")]
    reader = ANSWER_READERS.get(moodle_type)
    if reader is None:
        raise Skipped(f"{moodle_type or 'untyped'} questions are not supported")
    kind, answer, choices, accepted = reader(element, prompt, answers)
    question = Question(
        id=(element.findtext("idnumber") or "").strip() or default_id,
        kind=kind, prompt=prompt, choices=choices, answer=answer,
        explanation=_read(element, "generalfeedback"), source="", accepted=accepted,
    )
    check_question(question)
    tags = tuple(tag.text.strip() for tag in element.findall("tags/tag/text") if tag.text)
    return BankQuestion(question=question, tags=tags, title=_name(element))


Answers = list[tuple[str, float]]  # each <answer>'s text and fraction, in file order
Parsed = tuple[str, Answer, tuple[str, ...], tuple[str, ...]]  # kind, answer, choices, accepted


def _rights(answers: Answers) -> list[str]:
    return [text for text, fraction in answers if fraction == 100]


def _read_multichoice(element: ET.Element, prompt: str, answers: Answers) -> Parsed:
    if (element.findtext("single") or "true").strip().lower() not in ("true", "1"):
        raise Skipped(MULTIPLE_ANSWERS)
    rights = _rights(answers)
    if len(rights) != 1:
        raise ValueError("it needs exactly one answer with fraction 100")
    return "multiple_choice", rights[0], tuple(text for text, _ in answers), ()


def _read_truefalse(element: ET.Element, prompt: str, answers: Answers) -> Parsed:
    rights = _rights(answers)
    if len(rights) != 1 or rights[0].lower() not in ("true", "false"):
        raise ValueError("its right answer (fraction 100) must be true or false")
    return "true_false", rights[0].capitalize(), TRUE_FALSE_CHOICES, ()


def _read_shortanswer(element: ET.Element, prompt: str, answers: Answers) -> Parsed:
    rights = _rights(answers)
    if not rights:
        raise ValueError("no answer has fraction 100")
    return "fill_blank", rights[0], (), tuple(rights[1:])


def _read_matching(element: ET.Element, prompt: str, answers: Answers) -> Parsed:
    pairs = tuple(
        # a subquestion's answer is always plain text in Moodle
        (_read(sub), _read(sub, "answer", default_format="plain_text"))
        for sub in element.findall("subquestion")
        if _read(sub)  # Moodle's extra wrong answers have no question side
    )
    return "match", pairs, shuffled_for(prompt, tuple(right for _, right in pairs)), ()


def _read_ordering(element: ET.Element, prompt: str, answers: Answers) -> Parsed:
    # the position is the fraction; a file that gives every item the same keeps file order
    items = tuple(text for text, _ in sorted(answers, key=lambda pair: pair[1]))
    return "order", items, shuffled_for(prompt, items), ()


# a Moodle question type -> what reads its answers as (kind, answer, choices, accepted)
ANSWER_READERS = {
    "multichoice": _read_multichoice,
    "truefalse": _read_truefalse,
    "shortanswer": _read_shortanswer,
    "matching": _read_matching,
    "ordering": _read_ordering,
}


def _read(element: ET.Element, path: str = ".", default_format: str = "html") -> str:
    """The plain text in <path><text>...</text></path>; Moodle's HTML loses its markup."""
    found = element.find(path)
    if found is None:
        return ""
    text = found.findtext("text") or ""
    is_plain = found.get("format", default_format) in ("plain_text", "markdown")
    return one_line(text) if is_plain else html_to_text(text)


def _name(element: ET.Element) -> str:
    return _read(element, "name", default_format="plain_text")


def _fraction(answer: ET.Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        raise ValueError(f"the answer fraction {answer.get('fraction')!r} is not a number") \
            from None
