"""Flask-WTF forms: starting a round, and one answer form per question kind.

Each answer form's `value()` is the answer in the shape `scoring.grade` takes.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, SelectField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, ValidationError

from quizapp.content.types import Question
from quizapp.services import questions as shown


class Form(FlaskForm):
    class Meta:
        # CSRFProtect (in the factory) already checks the token of every POST, htmx or not;
        # templates put it in each form with csrf_token().
        csrf = False


class StartRoundForm(Form):
    nickname = StringField(
        "Your nickname",
        validators=[DataRequired("Type a nickname to start."), Length(max=40)],
        filters=[lambda value: value.strip() if value else value],
    )


class AnswerForm(Form):
    """A single-answer form (its `answer` field); order and match forms override `value`."""

    def value(self):
        return self.answer.data

    def wants_move(self) -> bool:
        """Only an order question's up/down buttons ask to move instead of answering."""
        return False


class ChoiceAnswerForm(AnswerForm):
    answer = RadioField("Your answer", validators=[InputRequired("Pick an answer.")])


class BlankAnswerForm(AnswerForm):
    answer = StringField(
        "Your answer", validators=[DataRequired("Type an answer."), Length(max=200)]
    )


class OrderAnswerForm(AnswerForm):
    # The items come back in the order the student left them (hidden inputs named "order").
    order = SelectMultipleField("Put these in order")
    # A no-JavaScript up/down button: "index:up" or "index:down"; moves without answering.
    move = StringField()

    def validate_order(self, field) -> None:
        if sorted(field.data) != sorted(field.choices):
            raise ValidationError("Keep every item in the list exactly once.")

    def value(self) -> list[str]:
        return list(self.order.data)

    def wants_move(self) -> bool:
        return bool(self.move.data)

    def apply_move(self) -> None:
        """Swap an item with its neighbour, as the up/down button asked; ignore bad moves."""
        index, _, direction = self.move.data.partition(":")
        items = self.order.data
        if not index.isdigit() or direction not in ("up", "down"):
            return
        i = int(index)
        j = i - 1 if direction == "up" else i + 1
        if 0 <= i < len(items) and 0 <= j < len(items):
            items[i], items[j] = items[j], items[i]


class MatchAnswerForm(AnswerForm):
    """One select per left item; fields are added per question by `answer_form`."""

    lefts: list[str] = []

    def pair_fields(self):
        return [self[f"pair_{i}"] for i in range(len(self.lefts))]

    def value(self) -> list[list[str]]:
        return [[left, field.data] for left, field in zip(self.lefts, self.pair_fields())]


def answer_form(question: Question, **kwargs) -> AnswerForm:
    """The answer form for a question, its options set, bound to the request's form data."""
    if question.kind == "match":
        lefts, rights = shown.match_sides(question)
        form_class = type(
            "QuestionMatchForm",
            (MatchAnswerForm,),
            {
                "lefts": lefts,
                **{
                    f"pair_{i}": SelectField(
                        left,
                        choices=[SelectChoice("", "Choose…"), *rights],
                        validators=[InputRequired("Choose a match for every row.")],
                    )
                    for i, left in enumerate(lefts)
                },
            },
        )
        return form_class(**kwargs)
    if question.kind == "fill_blank":
        return BlankAnswerForm(**kwargs)
    if question.kind == "order":
        form = OrderAnswerForm(**kwargs)
        form.order.choices = shown.order_items(question)
        if not form.order.data:
            form.order.data = list(form.order.choices)
        return form
    form = ChoiceAnswerForm(**kwargs)
    form.answer.choices = shown.options(question)
    return form
