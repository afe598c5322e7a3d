"""Moodle GIFT (docs.moodle.org/en/GIFT_format): plain text, one question per paragraph.

What GIFT carries: title (::title::), prompt, choices and answer, accepted answers, the
explanation (####general feedback), id and tags (Moodle's `// [id:...] [tag:...]` comment) and
the bank name ($CATEGORY:). Source, event, actors and difficulty are lost: use JSON to keep them.
Texts are written in Moodle's [plain] format; [html] texts are read without their markup.

GIFT has no ordering type, so an order question is written as a matching question from each
position to its item ("1 -> first item", "2 -> second item"...), which Moodle imports and
grades; a matching question whose left sides are exactly 1, 2, 3... loads back as an order
question. Fill-in-the-blank answers go where the prompt has "_____" (Moodle's missing word
format) or after the prompt.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.content.types import Answer, Question
from quizapp.exchange import (
    BLANK,
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

SPECIAL = "\\~=#{}:"  # the backslash first, so escaping does not double its own work
TRUE_FALSE = {"T": "True", "TRUE": "True", "F": "False", "FALSE": "False"}
Parsed = tuple[str, Answer, tuple[str, ...], tuple[str, ...]]  # kind, answer, choices, accepted


@dataclass(frozen=True)
class Paragraph:
    """One question's text and comments; line is where its text starts, for messages."""

    line: int
    body: str
    comments: str


@dataclass(frozen=True)
class Choice:
    marker: str  # "=" right, "~" wrong
    weight: float | None  # the %n% credit, if written
    text: str

    @property
    def right(self) -> bool:
        return self.weight == 100 if self.weight is not None else self.marker == "="


def dump(bank: Bank) -> str:
    parts = [f"$CATEGORY: {category_path(bank.name)}"] if bank.name else []
    parts += [_dump_question(item) for item in bank.questions]
    return "\n\n".join(parts) + "\n"


def _dump_question(item: BankQuestion) -> str:
    question = item.question
    labels = " ".join([f"[id:{_bracketed(question.id)}]",
                       *(f"[tag:{_bracketed(tag)}]" for tag in item.tags)])
    title = f"::{escape(item.title)}::" if item.title else ""
    before, after = question.prompt, ""
    head, blank, tail = question.prompt.partition(BLANK)
    # Moodle's missing word format needs text after the blank; else the answers follow the prompt
    if question.kind == "fill_blank" and blank and tail.strip():
        before, after = head, tail
    lines = _answer_lines(question)
    if question.explanation:
        lines.append(f"####{escape(question.explanation)}")
    if not after:  # answers after the prompt: a space for the reader, dropped on import
        before = before.rstrip() + " "
    answers = "\n".join(lines)
    # [plain]: Moodle shows the texts as written, never as HTML; and a prompt starting with
    # "//" or "[html]" cannot be mistaken for a comment or a format
    return f"// {labels}\n{title}[plain]{escape(before)}{{\n{answers}\n}}{escape(after)}"


def _answer_lines(question: Question) -> list[str]:
    if question.kind == "true_false":
        return ["T" if question.answer == "True" else "F"]
    if question.kind == "multiple_choice":
        return [("=" if choice == question.answer else "~") + escape(choice)
                for choice in question.choices]
    if question.kind == "fill_blank":
        return [f"={escape(answer)}" for answer in (question.answer, *question.accepted)]
    pairs = (enumerate(question.answer, 1) if question.kind == "order" else question.answer)
    return [f"={escape(str(left))} -> {escape(right)}" for left, right in pairs]


def escape(text: str) -> str:
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _bracketed(label: str) -> str:
    """An id or tag inside Moodle's [id:...] comment, where only "]" needs its backslash."""
    return " ".join(label.replace("]", "\\]").split())


def load(text: str) -> Bank:
    name, items, skipped = "", [], []
    for paragraph in _paragraphs(text):
        if paragraph.body.startswith("$CATEGORY:"):
            name = category_name(paragraph.body.removeprefix("$CATEGORY:"))
            continue
        try:
            items.append(_load_question(paragraph, f"q{len(items) + 1}"))
        except Skipped as reason:
            skipped.append(SkippedQuestion(f"line {paragraph.line}", *_names(paragraph.body),
                                           str(reason)))
        except ValueError as error:
            where = f"the question on line {paragraph.line} ({_preview(paragraph.body)})"
            raise ExchangeError(f"Cannot read {where}: {error}.") from None
    return Bank(name=name, questions=tuple(items), skipped=tuple(skipped))


def _paragraphs(text: str) -> Iterator[Paragraph]:
    """Runs of non-blank lines (GIFT separates questions by blank lines) that hold more than
    comments."""
    numbered: list[tuple[int, str]] = []
    for number, line in enumerate([*text.lstrip("\ufeff").splitlines(), ""], 1):
        if line.strip():
            numbered.append((number, line))
            continue
        body = [(n, body_line) for n, body_line in numbered if not _is_comment(body_line)]
        if body:
            yield Paragraph(
                line=body[0][0],
                body="\n".join(body_line for _, body_line in body).strip(),
                comments=" ".join(line for _, line in numbered if _is_comment(line)),
            )
        numbered = []


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("//")


def _preview(body: str) -> str:
    flat = " ".join(body.split())
    return f"“{flat[:40]}…”" if len(flat) > 40 else f"“{flat}”"


def _names(body: str) -> tuple[str, str]:
    """A question's title, if any, and the first words of its text (before its answers)."""
    title, text_format, text = re.match(
        r"(?:::((?:\\.|[^:]|:(?!:))*)::)?\s*(?:\[(html|moodle|plain|markdown)\])?(.*)", body,
        re.S).groups()
    open_at = _find(text, "{")
    start = text[:open_at] if open_at >= 0 else text
    return one_line(unescape(title or "")), shorten(_plain(start, text_format == "html"))


def _load_question(paragraph: Paragraph, default_id: str) -> BankQuestion:
    body, comments, title = paragraph.body, paragraph.comments, ""
    if body.startswith("::"):
        end = _find(body, "::", 2)
        if end < 0:
            raise ValueError("the title has no closing ::")
        title, body = one_line(unescape(body[2:end])), body[end + 2:].lstrip()
    text_format = re.match(r"\[(html|moodle|plain|markdown)\]", body)
    if text_format:
        body = body[text_format.end():]
    open_at = _find(body, "{")
    if open_at < 0:
        raise Skipped("it has no answers (a description)")
    close_at = _find(body, "}", open_at)
    if close_at < 0:
        raise ValueError("the answers have no closing }")
    before, block, after = body[:open_at], body[open_at + 1:close_at], body[close_at + 1:]
    is_html = bool(text_format) and text_format[1] == "html"
    feedback_at = _find(block, "####")
    explanation = _plain(block[feedback_at + 4:], is_html) if feedback_at >= 0 else ""
    answers = (block[:feedback_at] if feedback_at >= 0 else block).strip()

    # Moodle's missing word format: text after the answers means they stand in a blank
    prompt = _plain(before + BLANK + after if after.strip() else before, is_html)
    kind, answer, choices, accepted = _answers(answers, prompt, is_html)
    ids = re.search(r"\[id:((?:\\\]|[^\]])+)\]", comments)
    question = Question(
        id=ids[1].replace("\\]", "]").strip() if ids else default_id,
        kind=kind, prompt=prompt, choices=choices, answer=answer, explanation=explanation,
        source="", accepted=accepted,
    )
    check_question(question)
    tags = tuple(tag.replace("\\]", "]").strip()
                 for tag in re.findall(r"\[tag:((?:\\\]|[^\]])+)\]", comments))
    return BankQuestion(question=question, tags=tags, title=title)


def _plain(text: str, is_html: bool) -> str:
    """Unescaped text on one line; Moodle's [html] texts without their markup."""
    text = unescape(text)
    return html_to_text(text) if is_html else one_line(text)


def _answers(block: str, prompt: str, is_html: bool) -> Parsed:
    """(kind, answer, choices, accepted) of an answer block without its general feedback."""
    if block.startswith("#"):
        raise Skipped("numerical questions are not supported")
    if not block:
        raise Skipped("essay questions are not supported")
    verdict = _cut(block, "#").strip()  # {TRUE#feedback if wrong#feedback if right}
    if verdict.upper() in TRUE_FALSE:
        return "true_false", TRUE_FALSE[verdict.upper()], TRUE_FALSE_CHOICES, ()
    choices = list(_choices(block, is_html))
    rights = [choice.text for choice in choices if choice.right]
    if block.startswith("=") and _find(block, "->") >= 0:
        return _matching(choices, prompt)
    if any(choice.marker == "~" for choice in choices):
        if len(rights) != 1:
            raise Skipped(MULTIPLE_ANSWERS)
        return "multiple_choice", rights[0], tuple(choice.text for choice in choices), ()
    if not rights:
        raise ValueError("no answer has full credit")
    # a short answer: every full-credit answer is right; partial-credit ones are dropped
    return "fill_blank", rights[0], (), tuple(rights[1:])


def _choices(block: str, is_html: bool) -> Iterator[Choice]:
    """The =right and ~wrong answers, without their #feedback."""
    starts = [i for i in _unescaped(block) if block[i] in "=~"]
    if not starts or starts[0] != 0:
        raise ValueError("answers must start with = (right) or ~ (wrong)")
    for start, end in zip(starts, [*starts[1:], len(block)]):
        text = _cut(block[start + 1:end], "#").strip()
        credit = re.match(r"%(-?\d+(?:\.\d+)?)%", text)
        yield Choice(
            marker=block[start],
            weight=float(credit[1]) if credit else None,
            text=_plain(text[credit.end():] if credit else text, is_html),
        )


def _matching(choices: list[Choice], prompt: str) -> Parsed:
    if not all("->" in choice.text for choice in choices):
        raise ValueError("every matching answer needs its pair: =left -> right")
    pairs = tuple(
        (left.strip(" "), right.strip(" "))
        for left, right in (choice.text.split("->", 1) for choice in choices)
        if left.strip(" ")  # Moodle's extra wrong answers have no left side
    )
    lefts = [left for left, _ in pairs]
    if lefts == [str(position) for position in range(1, len(pairs) + 1)]:
        items = tuple(right for _, right in pairs)
        return "order", items, shuffled_for(prompt, items), ()
    rights = tuple(right for _, right in pairs)
    return "match", pairs, shuffled_for(prompt, rights), ()


def _unescaped(text: str) -> Iterator[int]:
    """Positions of the characters not preceded by an escaping backslash."""
    escaped = False
    for position, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            yield position


def _find(text: str, target: str, start: int = 0) -> int:
    return next((i for i in _unescaped(text) if i >= start and text.startswith(target, i)), -1)


def _cut(text: str, target: str) -> str:
    """text up to its first unescaped target."""
    end = _find(text, target)
    return text if end < 0 else text[:end]


def unescape(text: str) -> str:
    return re.sub(r"\\([\\~=#{}:n])", lambda m: "\n" if m[1] == "n" else m[1], text)
