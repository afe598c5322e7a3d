"""Live sessions: a class plays a quiz, or a timeline's instant questions, at the teacher's pace.

No state lives in the app process: each step of the teacher is one guarded row update, each
student's screen one read, so any worker of any instance answers any request. The server
grades and scores every answer; an answer is stored once, in the same transaction as the
score it adds.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, case, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from quizapp import models, times
from quizapp.content.scoring import grade, normalize
from quizapp.content.types import Question as ContentQuestion
from quizapp.services import questions as shown
from quizapp.text import normal_nickname

BASE_POINTS = 1000  # a right answer; partial credit gets its share
STREAK_STEP = 100  # the bonus for each right answer in a row before this one...
STREAK_CAP = 5  # ...up to this many
# An answer sent in the last moment reaches the server a little after the deadline.
DEADLINE_GRACE = dt.timedelta(seconds=1)
LEADERBOARD_SIZE = 10
CODE_DIGITS = 6


class LiveError(ValueError):
    """A step or an answer the session cannot take now; the message is for the user."""

    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.status = status


class NicknameTaken(LiveError):
    """Someone holds this nickname: its owner on a new phone may take the seat over."""

    def __init__(self, nickname: str):
        super().__init__(f"Someone is already playing as {nickname}.", 409)


@dataclass(frozen=True)
class Settings:
    timer_seconds: int | None = None
    speed_points: bool = False
    streak_bonus: bool = False
    accessible: bool = False

    def applied(self) -> Settings:
        """An accessible session has no clock and no race: plain points for right answers."""
        if self.accessible:
            return Settings(accessible=True)
        # speed points need a clock to count against
        return Settings(self.timer_seconds, self.speed_points and bool(self.timer_seconds),
                        self.streak_bonus)


def option_seed(session_id: int, position: int) -> str:
    """Every phone and the projector show a question's options in one order (that order
    never depends on which option is right: services.questions.options)."""
    return f"live/{session_id}/{position}"


# --- the teacher's side ---------------------------------------------------------------------

def open_session(session: Session, owner_id: int, settings: Settings,
                 quiz: models.Quiz | None = None,
                 article: models.Article | None = None) -> models.LiveSession:
    """A session in its lobby with a fresh join code; a quiz's questions are copied in order."""
    settings = settings.applied()
    live = models.LiveSession(
        owner_id=owner_id, quiz=quiz, article=article, accessible=settings.accessible,
        timer_seconds=settings.timer_seconds, speed_points=settings.speed_points,
        streak_bonus=settings.streak_bonus,
        questions=[models.LiveQuestion(position=i, question_id=item.question_id,
                                       event_id=item.question.event_id, data=item.question.data)
                   for i, item in enumerate(quiz.items if quiz else [])],
    )
    # Codes of open sessions are unique (the database refuses a second); 1 in a million
    # draws meets one, so a free one comes at once.
    live.code = _free_code(session)
    session.add(live)
    session.flush()
    return live


def _free_code(session: Session) -> str:
    while True:
        code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        if session.scalar(select(models.LiveSession.id).where(models.LiveSession.code == code)) is None:
            return code


def find_open_timeline_session(session: Session, owner_id: int,
                               article_id: int) -> models.LiveSession | None:
    return session.scalar(
        select(models.LiveSession).where(
            models.LiveSession.owner_id == owner_id, models.LiveSession.article_id == article_id,
            models.LiveSession.quiz_id.is_(None), models.LiveSession.phase != "finished",
        ).order_by(models.LiveSession.id.desc()).limit(1)
    )


# Which phases each step of the teacher starts from.
STEPS = {
    "start": {"lobby"},
    "close": {"question"},
    "reveal": {"question", "closed"},
    "leaderboard": {"revealed"},
    "next": {"revealed", "leaderboard"},
    "finish": {"lobby", "question", "closed", "revealed", "leaderboard"},
}


def step(session: Session, live: models.LiveSession, action: str, version: int) -> bool:
    """Take a step if the teacher's screen showed the session's current version.

    Returns False when another tab or a double click moved the session first: the step is
    then not taken twice, and the caller shows where the session is now.
    """
    if action not in STEPS:
        raise LiveError("That is not a step of a live session.", 400)
    if version != live.version:
        return False
    if stage_of(live.phase, live.deadline) not in STEPS[action]:
        raise LiveError(f"The session cannot {action} now: it is at “{live.phase}”.")
    now = models.utcnow()
    values: dict = {"version": models.LiveSession.version + 1}
    if action in ("start", "next"):
        position = live.position + 1
        if position < len(live.questions):
            values |= question_values(live, position, now)
        else:
            action = "finish"
    if action == "close":
        values |= {"phase": "closed", "deadline": now}
    elif action in ("reveal", "leaderboard"):
        values |= {"phase": "revealed" if action == "reveal" else "leaderboard"}
    if action == "finish":
        values |= {"phase": "finished", "code": None, "ended_at": now}
    moved = session.execute(
        update(models.LiveSession)
        .where(models.LiveSession.id == live.id, models.LiveSession.version == version)
        .values(**values)
    ).rowcount
    session.commit()
    session.refresh(live)
    return bool(moved)


def question_values(live: models.LiveSession, position: int, now: dt.datetime) -> dict:
    deadline = now + dt.timedelta(seconds=live.timer_seconds) if live.timer_seconds else None
    return {"phase": "question", "position": position, "question_started_at": now,
            "deadline": deadline}


def ask(session: Session, live: models.LiveSession, content: ContentQuestion,
        event_id: int | None) -> None:
    """Put an instant question to the class at once (a timeline's "which came first?")."""
    position = len(live.questions)
    live.questions.append(models.LiveQuestion(position=position, event_id=event_id,
                                              data=content.to_dict()))
    session.flush()
    session.execute(
        update(models.LiveSession).where(models.LiveSession.id == live.id)
        .values(version=models.LiveSession.version + 1,
                **question_values(live, position, models.utcnow()))
    )
    session.commit()
    session.refresh(live)


def remove_player(session: Session, live: models.LiveSession, player_id: int) -> None:
    """The teacher takes a nickname off the board; its seat can no longer answer."""
    removed = session.execute(
        update(models.LivePlayer)
        .where(models.LivePlayer.id == player_id, models.LivePlayer.session_id == live.id)
        .values(removed=True)
    ).rowcount
    if not removed:
        session.rollback()
        raise LiveError("That student is not in this session.", 404)
    session.commit()


def stage_of(phase: str, deadline: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """The phase as screens show it: a question whose time is up is closed."""
    if phase == "question" and deadline is not None and (now or models.utcnow()) >= deadline:
        return "closed"
    return phase


# --- the students' side ---------------------------------------------------------------------

def join(session: Session, code: str, nickname: str, held_token: str | None = None,
         take_over: bool = False) -> models.LivePlayer:
    """A seat in the session with this code: a new one, or the nickname's own one back.

    The seat comes back to the browser that holds its token (a reload, a lost connection),
    or to a new phone whose student says the nickname is theirs (`take_over`): the seat then
    gets a new token, so the old phone stops, and nobody takes a seat unnoticed.
    """
    live = session.scalar(select(models.LiveSession).where(models.LiveSession.code == code.strip()))
    if live is None:
        raise LiveError("No live session has that code. Check the code on the board.", 404)
    key = normal_nickname(nickname)[:models.NICKNAME_KEY_LENGTH]  # one seat per nickname
    if not key:
        raise LiveError("Type a nickname to join.", 422)
    player = models.LivePlayer(session_id=live.id, token=secrets.token_urlsafe(16),
                               nickname=nickname.strip()[:40], nickname_key=key)
    try:
        with session.begin_nested():
            session.add(player)
            session.flush()
    except IntegrityError:
        player = session.scalar(select(models.LivePlayer).where(
            models.LivePlayer.session_id == live.id, models.LivePlayer.nickname_key == key))
        if player.removed:
            raise LiveError("Your teacher removed this nickname: pick another one.", 403) from None
        if held_token != player.token:
            if not take_over:
                raise NicknameTaken(player.nickname) from None
            player.token = secrets.token_urlsafe(16)
    session.commit()
    return player


@dataclass(frozen=True)
class GivenAnswer:
    value: object
    correct: bool
    score: float
    points: int


@dataclass(frozen=True)
class Seat:
    """A student's screen: their seat, the session's step, the question, their answer to it.

    Read in one indexed query (every poll of every student runs it).
    """

    player_id: int
    token: str
    nickname: str
    score: int
    streak: int
    streak_position: int
    removed: bool
    session_id: int
    session_code: str | None
    quiz_name: str | None
    phase: str
    position: int
    version: int
    timer_seconds: int | None
    speed_points: bool
    streak_bonus: bool
    question_started_at: dt.datetime | None
    deadline: dt.datetime | None
    question_count: int
    players: int
    rank: int | None  # on the screens that show it (after a reveal)
    live_question_id: int | None
    data: dict | None
    answer: GivenAnswer | None

    @property
    def stage(self) -> str:
        return "removed" if self.removed else stage_of(self.phase, self.deadline)

    @property
    def view_key(self) -> str:
        """Changes whenever the screen would: a poll with the same key gets 'no change'.

        Not when someone joins during a question: the screen would be redrawn under a
        student choosing an answer. The lobby shows how many have joined.
        """
        key = f"{self.version}-{self.stage}"
        return f"{key}-{self.players}" if self.stage == "lobby" else key

    @property
    def content(self) -> ContentQuestion | None:
        return ContentQuestion.from_dict(self.data) if self.data else None

    def seconds_left(self, now: dt.datetime | None = None) -> int | None:
        if self.deadline is None:
            return None
        return times.seconds_until(self.deadline, now or models.utcnow())


_other = aliased(models.LivePlayer)
_SEAT_QUERY = (
    select(
        models.LivePlayer.id, models.LivePlayer.token, models.LivePlayer.nickname,
        models.LivePlayer.score, models.LivePlayer.streak, models.LivePlayer.streak_position,
        models.LivePlayer.removed,
        models.LiveSession.id, models.LiveSession.code, models.Quiz.name,
        models.LiveSession.phase,
        models.LiveSession.position, models.LiveSession.version,
        models.LiveSession.timer_seconds, models.LiveSession.speed_points,
        models.LiveSession.streak_bonus, models.LiveSession.question_started_at,
        models.LiveSession.deadline,
        select(func.count()).where(models.LiveQuestion.session_id == models.LiveSession.id)
        .correlate(models.LiveSession).scalar_subquery(),
        select(func.count()).where(_other.session_id == models.LiveSession.id,
                                   _other.removed.is_(False))
        .correlate(models.LiveSession).scalar_subquery(),
        # the rank costs a count over the session's players: only on screens that show it
        case((models.LiveSession.phase.in_(("revealed", "leaderboard", "finished")),
              select(func.count() + 1).where(_other.session_id == models.LiveSession.id,
                                             _other.score > models.LivePlayer.score,
                                             _other.removed.is_(False))
              .correlate(models.LiveSession, models.LivePlayer).scalar_subquery())),
        models.LiveQuestion.id, models.LiveQuestion.data,
        models.LiveAnswer.response, models.LiveAnswer.correct, models.LiveAnswer.score,
        models.LiveAnswer.points,
    )
    .join(models.LiveSession, models.LiveSession.id == models.LivePlayer.session_id)
    .outerjoin(models.Quiz, models.Quiz.id == models.LiveSession.quiz_id)
    .outerjoin(models.LiveQuestion, and_(models.LiveQuestion.session_id == models.LiveSession.id,
                                         models.LiveQuestion.position == models.LiveSession.position))
    .outerjoin(models.LiveAnswer, and_(models.LiveAnswer.player_id == models.LivePlayer.id,
                                       models.LiveAnswer.live_question_id == models.LiveQuestion.id))
    .where(models.LivePlayer.token == bindparam("token"))
)


def load_seat(session: Session, token: str, read_only: bool = False) -> Seat | None:
    """The seat with this token; `read_only` (a poll, the session's first statement) reads
    outside a transaction: on PostgreSQL, no BEGIN and ROLLBACK around the one query."""
    options = {"isolation_level": "AUTOCOMMIT"} if read_only else {}
    row = session.connection(execution_options=options).execute(
        _SEAT_QUERY, {"token": token}).first()
    if row is None:
        return None
    *fields, response, correct, score, points = row
    answer = None if response is None else GivenAnswer(response["value"], correct, score, points)
    return Seat(*fields, answer)


def points_for(seat: Seat, correct: bool, score: float, answered_at: dt.datetime) -> tuple[int, int]:
    """The answer's points and the student's streak after it, as the session counts them."""
    points = BASE_POINTS * score
    if seat.speed_points and seat.timer_seconds and seat.question_started_at and score > 0:
        # from the full points at once down to half at the deadline (Kahoot's rule)
        taken = (answered_at - seat.question_started_at).total_seconds() / seat.timer_seconds
        points *= 1 - min(max(taken, 0.0), 1.0) / 2
    streak = 0
    if correct:
        kept = seat.streak if seat.streak_position == seat.position - 1 else 0
        streak = kept + 1
        if seat.streak_bonus:
            points += STREAK_STEP * min(kept, STREAK_CAP)
    return round(points), streak


_ANSWER_INSERT = insert(models.LiveAnswer.__table__)
# The score goes up only while this question takes answers: a teacher's "close" that came
# first wins over an answer still on its way.
_SCORE_UPDATE = (
    update(models.LivePlayer.__table__)
    .where(models.LivePlayer.id == bindparam("player"),
           exists().where(models.LiveSession.id == bindparam("session"),
                          models.LiveSession.phase == "question",
                          models.LiveSession.position == bindparam("position")))
    .values(score=models.LivePlayer.score + bindparam("points"), streak=bindparam("streak"),
            streak_position=bindparam("position"))
)


def record_answer(session: Session, seat: Seat, value) -> Seat:
    """Grade and store the student's first answer to the current question, and its points."""
    if seat.answer is not None:
        return seat
    if seat.stage == "removed":
        raise LiveError("Your teacher removed you from this session.", 403)
    now = models.utcnow()
    if seat.stage != "question" or (seat.deadline and now > seat.deadline + DEADLINE_GRACE):
        raise LiveError("Answers to this question are closed.")
    result = grade(seat.content, value)
    points, streak = points_for(seat, result.correct, result.score, now)
    connection = session.connection()
    try:
        connection.execute(_ANSWER_INSERT, {
            "player_id": seat.player_id, "live_question_id": seat.live_question_id,
            "response": {"value": value}, "correct": result.correct, "score": result.score,
            "points": points, "answered_at": now,
        })
    except IntegrityError:  # the same answer raced in from another request
        session.rollback()
        return load_seat(session, seat.token)
    scored = connection.execute(_SCORE_UPDATE, {
        "player": seat.player_id, "session": seat.session_id, "position": seat.position,
        "points": points, "streak": streak,
    }).rowcount
    if not scored:
        session.rollback()
        raise LiveError("Answers to this question are closed.")
    session.commit()
    return dataclasses.replace(
        seat, score=seat.score + points, streak=streak, streak_position=seat.position,
        answer=GivenAnswer(value, result.correct, result.score, points))


# --- what the board and the results show ----------------------------------------------------

@dataclass(frozen=True)
class Standing:
    rank: int
    nickname: str
    score: int
    player_id: int


def standings(session: Session, session_id: int, limit: int | None = None) -> list[Standing]:
    """Players by score; equal scores share a rank (1, 2, 2, 4), as each student's own rank."""
    rows = session.execute(
        select(models.LivePlayer.id, models.LivePlayer.nickname, models.LivePlayer.score)
        .where(models.LivePlayer.session_id == session_id, models.LivePlayer.removed.is_(False))
        .order_by(models.LivePlayer.score.desc(), models.LivePlayer.nickname_key)
    ).all()
    ranked, rank = [], 0
    for index, (player_id, nickname, score) in enumerate(rows):
        if index == 0 or score != rows[index - 1][2]:
            rank = index + 1
        ranked.append(Standing(rank, nickname, score, player_id))
    return ranked[:limit] if limit else ranked


def answers_to(session: Session, live_question_id: int) -> list[models.LiveAnswer]:
    return list(session.scalars(
        select(models.LiveAnswer)
        .join(models.LivePlayer, models.LivePlayer.id == models.LiveAnswer.player_id)
        .where(models.LiveAnswer.live_question_id == live_question_id,
               models.LivePlayer.removed.is_(False))
    ))


def distribution(content: ContentQuestion, answers: list[models.LiveAnswer],
                 seed: str) -> list[tuple[str, int]]:
    """How the class answered: per option (in the order `seed` gave them), per typed answer,
    or right / partly / wrong."""
    if content.kind in ("multiple_choice", "true_false"):
        counts = Counter(answer.response["value"] for answer in answers)
        return [(option, counts[option]) for option in shown.options(content, seed)]
    if content.kind == "fill_blank":
        counts = Counter(normalize(str(answer.response["value"])) for answer in answers)
        return [(typed, count) for typed, count in counts.most_common(6)]
    right = sum(answer.correct for answer in answers)
    wrong = sum(answer.score == 0 for answer in answers)
    return [("Right", right), ("Partly right", len(answers) - right - wrong), ("Wrong", wrong)]


@dataclass(frozen=True)
class Board:
    """What the projector shows: the session, its question, who joined and who answered."""

    live: models.LiveSession
    stage: str
    question: models.LiveQuestion | None
    players: list[models.LivePlayer]
    answered: int

    @property
    def view_key(self) -> str:
        return f"{self.live.version}-{self.stage}-{len(self.players)}-{self.answered}"

    @property
    def content(self) -> ContentQuestion | None:
        return self.question.to_content() if self.question else None

    def seconds_left(self) -> int | None:
        if self.live.deadline is None or self.stage != "question":
            return None
        return times.seconds_until(self.live.deadline, models.utcnow())


def board(session: Session, live: models.LiveSession) -> Board:
    question = next((q for q in live.questions if q.position == live.position), None)
    answered = 0
    if question is not None:
        answered = session.scalar(
            select(func.count()).select_from(models.LiveAnswer)
            .join(models.LivePlayer, models.LivePlayer.id == models.LiveAnswer.player_id)
            .where(models.LiveAnswer.live_question_id == question.id,
                   models.LivePlayer.removed.is_(False)))
    players = [player for player in live.players if not player.removed]
    return Board(live, stage_of(live.phase, live.deadline), question, players, answered)


@dataclass(frozen=True)
class QuestionSummary:
    position: int
    prompt: str
    answered: int
    right: int


@dataclass(frozen=True)
class SessionResults:
    live: models.LiveSession
    standings: list[Standing]
    questions: list[QuestionSummary]
    right_by_player: dict[int, int]


def results(session: Session, live: models.LiveSession) -> SessionResults:
    rows = session.execute(
        select(models.LiveAnswer.player_id, models.LiveAnswer.live_question_id,
               models.LiveAnswer.correct)
        .join(models.LiveQuestion, models.LiveQuestion.id == models.LiveAnswer.live_question_id)
        .where(models.LiveQuestion.session_id == live.id)
    ).all()
    summaries = [
        QuestionSummary(q.position + 1, q.data["prompt"],
                        sum(1 for _, qid, _ in rows if qid == q.id),
                        sum(1 for _, qid, ok in rows if qid == q.id and ok))
        for q in live.questions if q.position <= live.position
    ]
    right = Counter(player for player, _, correct in rows if correct)
    return SessionResults(live, standings(session, live.id), summaries, dict(right))


def sessions_of(session: Session, owner_id: int, quiz_id: int | None = None) -> list[models.LiveSession]:
    query = select(models.LiveSession).where(models.LiveSession.owner_id == owner_id)
    if quiz_id is not None:
        query = query.where(models.LiveSession.quiz_id == quiz_id)
    return list(session.scalars(query.order_by(models.LiveSession.created_at.desc())))
