"""A student's round played through the services, for the teachers' results tests."""
from __future__ import annotations


def play(session, quiz_id: int, nickname: str, answers: dict[int, object]) -> int:
    """A round of `nickname` answering `answers` (question id -> value); returns its id."""
    from quizapp import models
    from quizapp.services import rounds

    round_ = rounds.start_round(session, session.get(models.Quiz, quiz_id), nickname)
    session.commit()
    for question_id, value in answers.items():
        state = rounds.load_state(session, round_.token, question_id)
        rounds.record_answer(session, state, state.asked, value)
    return round_.id
