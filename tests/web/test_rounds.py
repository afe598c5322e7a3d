"""The rounds service on its own: progress, streak, and two answers racing in."""
from __future__ import annotations

from sqlalchemy import func, select


def start(db_session, seeded):
    from quizapp import models
    from quizapp.services import rounds

    quiz = db_session.get(models.Quiz, seeded["quiz"])
    token = rounds.start_round(db_session, quiz, "Ria").token
    db_session.commit()
    return rounds.load_state(db_session, token)


def test_progress_counts_partial_credit_and_the_streak(db_session, seeded):
    from quizapp.services import rounds

    state = start(db_session, seeded)
    first, second, third, order_question = (
        rounds.load_state(db_session, state.round.token, seeded["questions"][key]).asked
        for key in ("q1", "q2", "q3", "q4")
    )
    state = rounds.record_answer(db_session, state, first, "Tom White")
    state = rounds.record_answer(db_session, state, second, "True")
    state = rounds.record_answer(db_session, state, third, "Maria Lopez")
    items = order_question.content.answer
    state = rounds.record_answer(db_session, state, order_question, [items[1], items[2], items[0]])
    progress = state.progress()
    assert (progress.answered, progress.total, progress.score, progress.streak) == (4, 5, 2.5, 0)
    assert state.missed_ids() == [first.id, order_question.id]
    assert rounds.load_state(db_session, state.round.token) == state


def test_two_answers_racing_in_keep_the_first(db_session, seeded):
    from quizapp import models
    from quizapp.services import rounds

    state = start(db_session, seeded)
    question = rounds.load_state(db_session, state.round.token, seeded["questions"]["q1"]).asked
    stale = rounds.load_state(db_session, state.round.token)  # a second tab, loaded before
    rounds.record_answer(db_session, state, question, "Maria Lopez")
    after_race = rounds.record_answer(db_session, stale, question, "Tom White")
    assert after_race.answer_to(question.id).correct
    assert db_session.scalar(select(func.count()).select_from(models.Answer)) == 1


def test_a_page_gets_only_a_question_of_its_own_round(db_session, seeded):
    from quizapp import models
    from quizapp.services import rounds

    quiz = db_session.get(models.Quiz, seeded["quiz"])
    q1, q2 = (db_session.get(models.Question, seeded["questions"][key]) for key in ("q1", "q2"))
    token = rounds.start_round(db_session, quiz, "Ria", questions=[q1]).token
    db_session.commit()
    asked = rounds.load_state(db_session, token, q1.id).asked
    assert (asked.id, asked.content.prompt) == (q1.id, q1.to_content().prompt)
    assert rounds.load_state(db_session, token, q2.id).asked is None
    assert rounds.load_state(db_session, token).asked is None
