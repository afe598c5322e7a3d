"""Fair grading after the fact: a teacher accepts more answers to a typed question, and the
answers students already gave to it are graded again, on the server, with the same scoring.

A question edited after students answered it has earlier versions (rows) holding their
answers; those that asked for the same answer take the new accepted answers too.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.content.scoring import grade, normalize

# The kinds whose answers students type; the others pick from what the question shows.
TYPED_KINDS = ("fill_blank",)
NOT_TYPED = ("Other accepted answers are for questions whose answer students type (fill in the "
             "blank); edit this question to change its options.")


@dataclass(frozen=True)
class Regraded:
    """How many answers already given a change of accepted answers turned around."""

    now_right: int = 0
    now_wrong: int = 0

    @property
    def message(self) -> str:
        if not self.now_right and not self.now_wrong:
            return "Saved. No answer already given changed its grade."
        parts = [f"{count} {'answer is' if count == 1 else 'answers are'} now {verdict}"
                 for count, verdict in ((self.now_right, "right"), (self.now_wrong, "wrong"))
                 if count]
        return f"Saved and regraded: {' and '.join(parts)}."


@dataclass(frozen=True)
class GivenText:
    """One answer as students typed it (its commonest writing), how many gave it, its grade."""

    text: str
    count: int
    correct: bool
    regraded: bool  # a teacher's change of accepted answers changed its grade


def versions(session: Session, question: models.Question) -> list[models.Question]:
    """The question and its earlier versions that asked for the same answer, latest first."""
    found = [question]
    while True:
        earlier = session.scalar(select(models.Question).where(
            models.Question.replaced_by_id == found[-1].id))
        if earlier is None or earlier.kind != question.kind or not _same_key(earlier, question):
            return found
        found.append(earlier)


def _same_key(one: models.Question, other: models.Question) -> bool:
    return normalize(str(one.data["answer"])) == normalize(str(other.data["answer"]))


def answers_to(session: Session, questions: list[models.Question]) -> list[models.Answer]:
    return list(session.scalars(select(models.Answer).where(
        models.Answer.question_id.in_([q.id for q in questions])).order_by(models.Answer.id)))


def given_texts(session: Session, question: models.Question) -> list[GivenText]:
    """What students typed to the question (every version asking the same), one line per
    answer as scoring compares them: wrong ones first, the most frequent first."""
    groups: dict[str, list[models.Answer]] = {}
    for answer in answers_to(session, versions(session, question)):
        value = answer.response.get("value")
        if isinstance(value, str) and value.strip():
            groups.setdefault(normalize(value) or value.strip(), []).append(answer)
    texts = [
        GivenText(text=_commonest(group), count=len(group), correct=_graded(group).correct,
                  regraded=any(a.regraded_at is not None for a in group))
        for group in groups.values()
    ]
    return sorted(texts, key=lambda given: (given.correct, -given.count, given.text.casefold()))


def _graded(group: list[models.Answer]) -> models.Answer:
    """An answer of the group as the accepted answers grade it (not one graded by hand)."""
    return next((a for a in group if a.graded_by_hand_at is None), group[0])


def _commonest(group: list[models.Answer]) -> str:
    writings = [answer.response["value"].strip() for answer in group]
    return max(dict.fromkeys(writings), key=writings.count)


def cleaned(key: str, accepted: list[str]) -> tuple[str, ...]:
    """Accepted answers without blanks, repeats and the key itself (compared as scoring does)."""
    seen = {normalize(key)}
    kept = []
    for text in (text.strip() for text in accepted):
        if text and normalize(text) not in seen:
            seen.add(normalize(text))
            kept.append(text)
    return tuple(kept)


def accept(session: Session, question: models.Question, accepted: list[str]) -> Regraded:
    """Make `accepted` the question's other accepted answers (every version asking the same
    answer) and grade again every answer given to them; the caller claims the question's
    version first (review.claim) and commits.

    Raises ValueError for a question whose answer students do not type."""
    if question.kind not in TYPED_KINDS:
        raise ValueError(NOT_TYPED)
    accepted_answers = cleaned(str(question.data["answer"]), accepted)
    rows = versions(session, question)
    for row in rows:
        row.data = {**row.data, "accepted": list(accepted_answers)}
    session.flush()
    return regrade(session, rows)


def regrade(session: Session, questions: list[models.Question]) -> Regraded:
    """Grade every answer given to these questions again; store and count what changed.
    A grade the teacher gave by hand (gradebook.grade_by_hand) stays as they gave it."""
    contents = {question.id: question.to_content() for question in questions}
    now_right = now_wrong = 0
    for answer in answers_to(session, questions):
        if answer.graded_by_hand_at is not None:
            continue
        result = grade(contents[answer.question_id], answer.response.get("value"))
        if (result.correct, result.score) == (answer.correct, answer.score):
            continue
        now_right += result.correct
        now_wrong += not result.correct
        answer.correct, answer.score, answer.feedback = result.correct, result.score, result.feedback
        answer.regraded_at = models.utcnow()
    session.flush()
    return Regraded(now_right, now_wrong)


def only_accepted_changed(question: models.Question, content) -> bool:
    """Whether an edit changes nothing of the question but its accepted answers."""
    old = question.to_content()
    return (question.kind in TYPED_KINDS and old.accepted != content.accepted
            and replace(old, accepted=content.accepted) == content)
