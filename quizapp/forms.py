"""Flask-WTF forms: a round, one answer form per question kind, and the teachers' forms.

Each answer form's `value()` is the answer in the shape `scoring.grade` takes.
"""
from __future__ import annotations

import dataclasses
import re
import secrets
import unicodedata

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    DecimalField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from quizapp import times
from quizapp.content.scoring import normalize
from quizapp.content.types import Question
from quizapp.exchange import shuffled_for
from quizapp.services import questions as shown
from quizapp.models import NICKNAME_KEY_LENGTH
from quizapp.services.accounts import MIN_PASSWORD_LENGTH, normal_email
from quizapp.services.quizzes import QuizSettings
from quizapp.text import UNSTORABLE_MESSAGE, normal_nickname, storable
from quizapp.urls import is_token


class Form(FlaskForm):
    class Meta:
        # CSRFProtect (in the factory) already checks the token of every POST, htmx or not;
        # templates put it in each form with csrf_token().
        csrf = False

    def validate(self, extra_validators=None) -> bool:
        """Each field's own checks, and one for every text field: what no database can store
        (PostgreSQL refuses a NUL byte that SQLite keeps) is refused here, with a message."""
        valid = super().validate(extra_validators)
        for field in self:
            values = field.data if isinstance(field.data, list) else [field.data]
            if any(isinstance(value, str) and not storable(value) for value in values):
                field.errors.append(UNSTORABLE_MESSAGE)
                valid = False
        return valid


def stripped(value):
    return value.strip() if value else value


class StartRoundForm(Form):
    nickname = StringField(
        "Your nickname",
        validators=[DataRequired("Type a nickname to start."), Length(max=40)],
        filters=[stripped],
    )
    # A new key each time the form is drawn: the same form posted twice starts one round.
    start_key = HiddenField(default=lambda: secrets.token_urlsafe(16))

    def validate_start_key(self, field) -> None:
        if field.data and not is_token(field.data):
            raise ValidationError("This form is out of date: reload the page and start again.")

    def validate_nickname(self, field) -> None:
        key = normal_nickname(field.data)
        if not key:
            raise ValidationError("Type a nickname with letters or digits you can see.")
        if len(key) > NICKNAME_KEY_LENGTH:
            raise ValidationError("That nickname is too long.")


class LoginForm(Form):
    email = StringField(
        "E-mail address",
        # measured as stored: lower case may be longer ("İ" is two characters in lower case)
        validators=[DataRequired("Type your e-mail address."), Length(max=254)],
        filters=[lambda email: normal_email(email) if email else email],
    )
    password = PasswordField("Password", validators=[DataRequired("Type your password.")])


class PasswordForm(Form):
    current = PasswordField("Current password",
                            validators=[DataRequired("Type your current password.")])
    new = PasswordField("New password", validators=[
        DataRequired("Type a new password."),
        Length(min=MIN_PASSWORD_LENGTH,
               message=f"The password needs {MIN_PASSWORD_LENGTH} characters or more.")])
    again = PasswordField("New password again", validators=[
        EqualTo("new", "The two new passwords are not the same.")])


class TimeZoneForm(Form):
    # checked by validate_time_zone, with a message a teacher understands
    time_zone = SelectField("Your time zone", validate_choice=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.time_zone.choices = list(times.zone_names())

    def validate_time_zone(self, field) -> None:
        if not times.is_zone(field.data or ""):
            raise ValidationError("Choose a time zone from the list, such as Europe/Paris.")


ARTICLE_FILE_TYPES = ["txt", "md", "html", "htm"]


class ImportForm(Form):
    text = TextAreaField("Article text", validators=[Length(max=200_000)])
    file = FileField(
        "Or upload a file (.txt, .md or .html)",
        validators=[FileAllowed(ARTICLE_FILE_TYPES, "Upload a .txt, .md or .html file.")],
    )
    title = StringField("Title", validators=[Length(max=500)], filters=[stripped])
    published = DateField("Publication date", validators=[Optional()])

    def validate_text(self, field) -> None:
        if not (field.data or "").strip() and not self.file.data:
            raise ValidationError("Paste the article's text or upload a file.")


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


def answer_form(question: Question, seed: str, **kwargs) -> AnswerForm:
    """The answer form for a question, its options set, bound to the request's form data;
    `seed` orders options that have no natural order (see questions.options)."""
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
    form.answer.choices = shown.options(question, seed)
    return form


def options(pairs) -> list[SelectChoice]:
    """(value, label) pairs as the choices WTForms takes."""
    return [SelectChoice(value, label) for value, label in pairs]


# Each kind of question and its name on every page (a template global too).
QUESTION_KINDS = {
    "multiple_choice": "Multiple choice",
    "true_false": "True or false",
    "fill_blank": "Fill in the blank",
    "order": "Put in order",
    "match": "Match pairs",
}


def lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionForm(Form):
    """One form for every kind; `content()` is the engine's Question it describes."""

    kind = SelectField("Kind", choices=options(QUESTION_KINDS.items()))
    prompt = TextAreaField("Question", validators=[DataRequired("Write the question."),
                                                   Length(max=1000)], filters=[stripped])
    answer = StringField("Right answer", validators=[Length(max=300)], filters=[stripped])
    truth = SelectField("The statement is", default="True",
                        choices=options([("True", "True"), ("False", "False")]))
    distractors = TextAreaField("Wrong options (one a line)")
    accepted = TextAreaField("Also accept (one a line)")
    items = TextAreaField("Items in their right order (one a line)")
    pairs = TextAreaField("Pairs, one a line: left = right")
    explanation = TextAreaField("Explanation", validators=[Length(max=2000)], filters=[stripped])
    source = TextAreaField("Source sentence", validators=[Length(max=2000)], filters=[stripped])
    tags = StringField("Tags (separated by commas)", validators=[Length(max=500)])
    version = StringField()

    def validate_version(self, field) -> None:
        if field.data and not re.fullmatch(r"\d{1,9}", field.data):
            raise ValidationError("This form is damaged: reload the page and edit again.")
    def validate_answer(self, field) -> None:
        if self.kind.data in ("multiple_choice", "fill_blank") and not field.data:
            raise ValidationError("There is no right answer: write it here.")

    def validate_prompt(self, field) -> None:
        if self.kind.data == "fill_blank" and "___" not in field.data:
            raise ValidationError("Mark the blank in the question with ____.")

    def validate_distractors(self, field) -> None:
        if self.kind.data != "multiple_choice":
            return
        wrongs = lines(field.data)
        if not wrongs:
            raise ValidationError("Give at least one wrong option.")
        if len({normalize(wrong) for wrong in wrongs}) < len(wrongs):
            raise ValidationError("Two wrong options are the same.")
        right = normalize(self.answer.data or "")
        for wrong in wrongs:
            if normalize(wrong) == right:
                raise ValidationError(f"The wrong option “{wrong}” is the same as the answer.")

    def validate_items(self, field) -> None:
        if self.kind.data == "order":
            items = lines(field.data)
            if len(items) < 2 or len({normalize(i) for i in items}) < len(items):
                raise ValidationError("List two different items or more, in their right order.")

    def validate_pairs(self, field) -> None:
        if self.kind.data != "match":
            return
        pairs = self.pair_list()
        if len(pairs) < 2 or any(not left or not right for left, right in pairs):
            raise ValidationError("Write two pairs or more, each as “left = right”.")
        for side in (0, 1):
            if len({normalize(pair[side]) for pair in pairs}) < len(pairs):
                raise ValidationError("Each left and each right may appear only once.")

    def pair_list(self) -> list[tuple[str, str]]:
        return [tuple(part.strip() for part in line.partition("=")[::2])
                for line in lines(self.pairs.data)]

    def content(self, question_id: str, event: str | None = None) -> Question:
        """The question as the engine's dataclass (call after validation)."""
        kind = self.kind.data
        answer, choices, accepted = self.answer.data, (), ()
        if kind == "multiple_choice":
            choices = tuple(sorted([answer, *lines(self.distractors.data)], key=str.casefold))
        elif kind == "true_false":
            answer, choices = self.truth.data, ("True", "False")
        elif kind == "fill_blank":
            accepted = tuple(lines(self.accepted.data))
        elif kind == "order":
            answer = tuple(lines(self.items.data))
            choices = shuffled_for(self.prompt.data, answer)
        elif kind == "match":
            answer = tuple(self.pair_list())
            choices = tuple(sorted((right for _, right in answer), key=str.casefold))
        return Question(
            id=question_id, kind=kind, prompt=self.prompt.data, choices=choices, answer=answer,
            explanation=self.explanation.data or "", source=self.source.data or "", event=event,
            accepted=accepted,
        )

    @classmethod
    def from_question(cls, content: Question, version: int, tags=()) -> QuestionForm:
        """The form filled with a stored question, as its edit page first shows it."""
        data = {"kind": content.kind, "prompt": content.prompt,
                "explanation": content.explanation, "source": content.source,
                "version": str(version), "tags": ", ".join(tags)}
        if content.kind == "multiple_choice":
            data |= {"answer": content.answer, "distractors": "\n".join(
                c for c in content.choices if c != content.answer)}
        elif content.kind == "true_false":
            data["truth"] = content.answer
        elif content.kind == "fill_blank":
            data |= {"answer": content.answer, "accepted": "\n".join(content.accepted)}
        elif content.kind == "order":
            data["items"] = "\n".join(content.answer)
        else:
            data["pairs"] = "\n".join(f"{left} = {right}" for left, right in content.answer)
        return cls(formdata=None, data=data)


PRECISIONS = [("day", "Day"), ("week", "Week (give its Monday)"), ("month", "Month"),
              ("year", "Year"), ("decade", "Decade"), ("approximate", "About (approximate)")]
ACTOR_KINDS = [("person", "Person"), ("organization", "Organization"), ("country", "Country"),
               ("group", "Group"), ("place", "Place")]
# The engine's date values: 2016-11-01, 2016-11, 2016, 198X (a decade), XXXX-11-01.
DATE_VALUE = re.compile(r"(\d{4}|\d{3}X|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


class EventForm(Form):
    date_value = StringField("Date", validators=[DataRequired("Give the date.")],
                             filters=[stripped])
    precision = SelectField("Precision", choices=options(PRECISIONS))
    summary = TextAreaField("What happened", validators=[DataRequired("Say what happened."),
                                                         Length(max=1000)], filters=[stripped])
    actors = SelectMultipleField("Actors", coerce=int)

    def validate_date_value(self, field) -> None:
        if not DATE_VALUE.fullmatch(field.data):
            raise ValidationError("Write the date as 2016-11-01, 2016-11, 2016 or 198X.")
        parts = {"day": 3, "week": 3, "month": 2}.get(self.precision.data, 1)
        # an approximate date keeps the value of whatever precision it has
        if self.precision.data != "approximate" and field.data.count("-") + 1 != parts:
            raise ValidationError(f"A date at {self.precision.data} precision is written "
                                  + {3: "2016-11-01.", 2: "2016-11.", 1: "2016 (or 198X)."}[parts])


class ActorForm(Form):
    name = StringField("Name", validators=[DataRequired("Give the name."), Length(max=300)],
                       filters=[stripped])
    kind = SelectField("Kind", choices=options(ACTOR_KINDS))
    role = StringField("Role", validators=[Length(max=500)], filters=[stripped])


class StatusForm(Form):
    question = SelectMultipleField("Questions", coerce=int,
                                   validators=[DataRequired("Tick at least one question.")])
    # not "status": that name is the list's status filter, carried along in the same form
    change_to = SelectField("With the ticked questions", choices=options([
        ("approved", "Approve"), ("rejected", "Reject"), ("draft", "Back to draft")]))


class BankForm(Form):
    name = StringField("Name", validators=[DataRequired("Name the bank."), Length(max=300)],
                       filters=[stripped])
    tags = StringField("Tags (separated by commas)", validators=[Length(max=500)])


class RenameForm(Form):
    """A new name for a bank or a new title for an article."""

    name = StringField("New name", validators=[DataRequired("Type the new name."),
                                               Length(max=300)], filters=[stripped])


class BankImportForm(Form):
    file = FileField("A GIFT (.txt, .gift), Moodle XML (.xml) or quizapp JSON (.json) file",
                     validators=[FileRequired("Choose a file to import."),
                                 FileAllowed(["txt", "gift", "xml", "json"],
                                             "Choose a .gift, .txt, .xml or .json file.")])


DATETIME_INPUT = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> sends
QUIZ_SETTINGS = [field.name for field in dataclasses.fields(QuizSettings)]
LOCAL_TIMES = ("opens_at", "closes_at")  # typed and shown in the teacher's zone


class QuizSettingsForm(Form):
    """What building and editing a quiz share: its name and how students take it."""

    name = StringField("Quiz name", validators=[DataRequired("Name the quiz."), Length(max=300)],
                       filters=[stripped])
    shuffle = BooleanField("Shuffle the questions for each student")
    feedback = RadioField("Feedback", default="immediate", choices=options([
        ("immediate", "After each answer"), ("end", "Only at the end")]))
    attempts_allowed = IntegerField(
        "Attempts allowed per student (empty: unlimited)",
        validators=[Optional(), NumberRange(1, 100, "Between 1 and 100 attempts.")])
    time_limit_minutes = IntegerField(
        "Time limit in minutes per round (empty: none)",
        validators=[Optional(), NumberRange(1, 1440, "Between 1 and 1440 minutes (a day).")])
    opens_at = DateTimeLocalField("Opens at, your time (empty: now)", format=DATETIME_INPUT,
                                  validators=[Optional()])
    closes_at = DateTimeLocalField("Closes at, your time (empty: when you close it)",
                                   format=DATETIME_INPUT, validators=[Optional()])
    # The ticked questions (choices set by the view: the bank's approved ones).
    questions = SelectMultipleField(
        "Questions", coerce=int, widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
        invalid_choice_message="That question is not in the bank any more: reload the page.")

    def validate_closes_at(self, field) -> None:
        if field.data and self.opens_at.data and field.data <= self.opens_at.data:
            raise ValidationError("The quiz must close after it opens.")

    def settings(self) -> QuizSettings:
        """The settings as stored: times typed in the teacher's zone, kept in UTC."""
        data = {name: self[name].data for name in QUIZ_SETTINGS}
        for name in LOCAL_TIMES:
            data[name] = times.stored(data[name], times.teacher_zone())
        return QuizSettings(**data)

    @classmethod
    def of(cls, quiz) -> QuizSettingsForm:
        """The form filled with a quiz's settings and questions, as its edit page first shows
        it."""
        data = {name: getattr(quiz, name) for name in QUIZ_SETTINGS}
        for name in LOCAL_TIMES:
            if data[name] is not None:
                data[name] = times.in_zone(data[name], times.teacher_zone()).replace(tzinfo=None)
        return cls(formdata=None, data=data | {
            "questions": [item.question_id for item in quiz.items]})


class QuizForm(QuizSettingsForm):
    """A new quiz: a random draw of the bank's questions, or the ones the teacher ticks."""

    choose = RadioField("Questions", default="random", choices=options([
        ("random", "A random draw of the number and kinds below"),
        ("pick", "The ones I tick below")]))
    count = IntegerField("Number of questions", default=10,
                         validators=[Optional(), NumberRange(1, 200, "Between 1 and 200 questions.")])
    kinds = SelectMultipleField("Kinds (none ticked: every kind)", choices=options(QUESTION_KINDS.items()),
                                widget=ListWidget(prefix_label=False),
                                option_widget=CheckboxInput())

    def validate_count(self, field) -> None:
        if self.choose.data == "random" and field.data is None:
            raise ValidationError("Say how many questions.")

    def validate_questions(self, field) -> None:
        if self.choose.data == "pick" and not field.data:
            raise ValidationError("Tick at least one question.")


class QuizEditForm(QuizSettingsForm):
    def validate_questions(self, field) -> None:
        if not field.data:
            raise ValidationError("Tick at least one question.")


class GradeForm(Form):
    """A teacher's grade by hand: the right/wrong buttons, or points typed with their own."""

    mark = SelectField(choices=options([("right", "Mark right"), ("wrong", "Mark wrong"),
                                        ("points", "Set points")]))
    points = DecimalField("Points (0 to 1)", places=2)

    def validate_points(self, field) -> None:
        """Points count only with "Set points" (the buttons ignore the field)."""
        if self.mark.data != "points":
            field.errors.clear()  # a buttons' press: whatever the field holds is not read
            return
        if field.data is None or not field.data.is_finite():  # empty, not a number, NaN
            field.errors.clear()
            raise ValidationError("Type the points as a number from 0 to 1.")
        if not 0 <= field.data <= 1:
            raise ValidationError("Points go from 0 (wrong) to 1 (right).")

    def chosen_points(self) -> float:
        if self.mark.data == "points":
            return float(self.points.data)
        return 1.0 if self.mark.data == "right" else 0.0


class AcceptedAnswersForm(Form):
    """Other answers graded right for a question whose answer students type: written one a
    line, or ticked among the wrong answers students gave (choices set by the view)."""

    accepted = TextAreaField("Also accept (one a line)", validators=[Length(max=10_000)])
    given = SelectMultipleField(
        "Accept what students typed", widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
        invalid_choice_message="No student typed that answer (reload the page to see theirs).")
    version = StringField()
    validate_version = QuestionForm.validate_version

    def validate_accepted(self, field) -> None:
        if any(len(line) > ANSWER_LENGTH for line in lines(field.data)):
            raise ValidationError(f"An accepted answer has at most {ANSWER_LENGTH} characters.")

    def answers(self) -> list[str]:
        return [*lines(self.accepted.data), *self.given.data]


ANSWER_LENGTH = 300  # as QuestionForm's answer


class JoinForm(Form):
    code = StringField("Join code", validators=[
        DataRequired("Type the code shown on the board."),
        Regexp(r"^\s*\d{4,12}\s*$", message="The code is the number shown on the board.")],
        filters=[stripped])
    nickname = StringField(
        "Your nickname",
        validators=[DataRequired("Type a nickname to join."), Length(max=40)],
        filters=[stripped],
    )
    # "1" when a student confirms that the taken nickname is theirs (a new phone)
    take_over = HiddenField()

    def validate_nickname(self, field) -> None:
        # a NUL or another control character is no name, and PostgreSQL refuses a NUL
        if any(unicodedata.category(c) == "Cc" for c in field.data):
            raise ValidationError("Use letters, digits, spaces and punctuation only.")


class LiveSettingsForm(Form):
    timer_seconds = IntegerField(
        "Seconds per question (empty: no timer)",
        validators=[Optional(), NumberRange(5, 600, "Between 5 and 600 seconds.")])
    speed_points = BooleanField("Speed points: faster right answers score more (needs a timer)")
    streak_bonus = BooleanField("Streak bonus: extra points for right answers in a row")
    accessible = BooleanField(
        "Accessible session: no timer, no speed points and no streak bonus")


class StepForm(Form):
    action = StringField(validators=[DataRequired()])
    version = IntegerField(validators=[InputRequired()])
