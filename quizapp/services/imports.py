"""Articles through the engine in worker processes (`quizapp worker`), never in a request.

A job row per import. A worker claims a job with a conditional update, so that it alone holds
it, and refreshes the job's heartbeat every few seconds while the engine works. A job whose
heartbeat stopped (its worker died) is claimed again by another worker within seconds. A
result is written only while its worker still holds the claim, in one transaction with the
article: a job never yields two articles.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import signal
import socket
import threading
from contextlib import contextmanager

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from quizapp import models
from quizapp.services.articles import import_article

log = logging.getLogger(__name__)

HEARTBEAT_EVERY = dt.timedelta(seconds=2)
# A job "working" without a heartbeat for this long lost its worker: it is claimed again.
STALE_AFTER = dt.timedelta(seconds=10)
# A job that took down its worker this many times is not tried again.
MAX_CLAIMS = 3
FAILED_ON_OUR_SIDE = "The article could not be analysed because of an error on our side."
ENGINE_KEPT_STOPPING = ("The article could not be analysed: the engine stopped each time it "
                        "tried. Try a shorter article, or tell whoever runs quizapp.")


def create_import(
    session: Session, owner_id: int, text: str, title: str | None, published: dt.date | None
) -> models.ArticleImport:
    job = models.ArticleImport(owner_id=owner_id, text=text, title=title, published=published)
    session.add(job)
    session.commit()
    return job


def stated_title_and_date(text: str) -> tuple[str | None, dt.date | None]:
    """The title and publication date the text states (its first line, its dateline), read
    by the engine's cleaning step alone: quick, no spaCy."""
    from quizapp.content import ContentError
    from quizapp.content.clean import clean
    from quizapp.content.published import stated_published

    try:
        cleaned = clean(text)
    except ContentError:
        return None, None
    return cleaned.title, stated_published(cleaned.dateline)


def date_need(text: str):
    """What the import form must ask when the text's dates need a publication date it does
    not state in full (content.published.DateNeed), else None. Quick: no spaCy."""
    from quizapp.content.published import publication_date_need

    return publication_date_need(text, dt.date.today())


def is_pending(job: models.ArticleImport) -> bool:
    return job.status in ("waiting", "working")


def waits_long(job: models.ArticleImport) -> bool:
    """Still waiting after a minute: no worker may be running."""
    return job.status == "waiting" and job.created_at < models.utcnow() - dt.timedelta(minutes=1)


def new_worker_id() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


def _claimable(now: dt.datetime):
    return or_(
        models.ArticleImport.status == "waiting",
        (models.ArticleImport.status == "working")
        & (models.ArticleImport.heartbeat_at < now - STALE_AFTER),
    )


def _held_by(job_id: int, worker: str):
    return ((models.ArticleImport.id == job_id) & (models.ArticleImport.claimed_by == worker)
            & (models.ArticleImport.status == "working"))


def claim(session: Session, worker: str) -> models.ArticleImport | None:
    """Take the oldest job nobody works on; the conditional update makes it ours alone."""
    now = models.utcnow()
    for job_id in session.scalars(select(models.ArticleImport.id).where(_claimable(now))
                                  .order_by(models.ArticleImport.id).limit(10)).all():
        claimed = session.execute(
            update(models.ArticleImport)
            .where(models.ArticleImport.id == job_id, _claimable(now))
            .values(status="working", claimed_by=worker, started_at=now, heartbeat_at=now,
                    claims=models.ArticleImport.claims + 1)
        )
        session.commit()
        if claimed.rowcount == 1:
            return session.get(models.ArticleImport, job_id)
    return None


def beat(session: Session, job_id: int, worker: str) -> bool:
    """Refresh the job's heartbeat; False when the worker no longer holds it."""
    refreshed = session.execute(update(models.ArticleImport).where(_held_by(job_id, worker))
                                .values(heartbeat_at=models.utcnow()))
    session.commit()
    return refreshed.rowcount == 1


def finish(session: Session, job: models.ArticleImport, worker: str, analysis=None,
           error: str | None = None) -> bool:
    """Store the job's article (or its error) if the worker still holds the job, in one
    transaction; False, with nothing stored, when another worker took the job over."""
    values = {"status": "failed", "error": error, "claimed_by": None}
    if analysis is not None:
        article = import_article(session, analysis, job.text, owner_id=job.owner_id)
        values = {"status": "done", "article_id": article.id, "claimed_by": None}
    written = session.execute(update(models.ArticleImport).where(_held_by(job.id, worker))
                              .values(**values).execution_options(synchronize_session=False))
    if written.rowcount != 1:
        session.rollback()
        return False
    session.commit()
    return True


def release(session: Session, worker: str) -> None:
    """Give the worker's job back at once (the worker was told to stop), for another worker."""
    session.rollback()
    session.execute(update(models.ArticleImport)
                    .where(models.ArticleImport.claimed_by == worker,
                           models.ArticleImport.status == "working")
                    .values(status="waiting", claimed_by=None,
                            claims=models.ArticleImport.claims - 1))
    session.commit()


@contextmanager
def heartbeat(make_session: sessionmaker, job_id: int, worker: str):
    """Beat for the job from a thread of its own while the engine works."""
    stop = threading.Event()

    def beat_until_stopped() -> None:
        while not stop.wait(HEARTBEAT_EVERY.total_seconds()):
            try:
                with make_session() as session:
                    beat(session, job_id, worker)
            except Exception:  # the database away for a moment: beat again next time
                log.exception("heartbeat of import %s failed", job_id)

    thread = threading.Thread(target=beat_until_stopped, daemon=True, name=f"heartbeat-{job_id}")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run_one(make_session: sessionmaker, analyze, worker: str) -> bool:
    """Claim a job and run the engine over it; False when no job was waiting."""
    with make_session() as session:
        try:
            job = claim(session, worker)
            if job is None:
                return False
            _run(session, make_session, analyze, worker, job)
            return True
        except (KeyboardInterrupt, SystemExit):  # told to stop: another worker takes the job
            release(session, worker)
            raise


def _run(session: Session, make_session: sessionmaker, analyze, worker: str,
         job: models.ArticleImport) -> None:
    from quizapp.content import ContentError

    if job.claims > MAX_CLAIMS:
        finish(session, job, worker, error=ENGINE_KEPT_STOPPING)
        return
    outcome: dict = {}
    try:
        with heartbeat(make_session, job.id, worker):
            outcome["analysis"] = analyze(job.text, published=job.published, title=job.title)
    except ContentError as error:
        outcome["error"] = str(error)
    except Exception:  # a bug fails the job, with a message, instead of stopping the worker
        log.exception("import %s failed", job.id)
        outcome["error"] = FAILED_ON_OUR_SIDE
    try:
        finished = finish(session, job, worker, **outcome)
    except Exception:  # the database refused the article: the job must still end
        session.rollback()
        log.exception("import %s could not be stored", job.id)
        finished = finish(session, job, worker, error=FAILED_ON_OUR_SIDE)
    log.info("import %s: %s", job.id, ("done" if "analysis" in outcome else "failed")
             if finished else "taken over by another worker, result dropped")


def work(make_session: sessionmaker, analyze) -> None:
    """Run every waiting job, one after another, until none is left."""
    worker = new_worker_id()
    while run_one(make_session, analyze, worker):
        pass


def serve(make_session: sessionmaker, analyze, stop: threading.Event, poll_seconds: float = 1.0,
          worker: str | None = None) -> None:
    """Run jobs as they come until `stop` is set: the loop of `quizapp worker`."""
    worker = worker or new_worker_id()
    log.info("worker %s waiting for imports", worker)
    while not stop.is_set():
        try:
            busy = run_one(make_session, analyze, worker)
        except Exception:  # the database away for a moment: try again after a pause
            log.exception("worker %s could not look for imports", worker)
            busy = False
        if not busy:
            stop.wait(poll_seconds)


def serve_until_signalled(make_session: sessionmaker, analyze, poll_seconds: float = 1.0,
                          worker: str | None = None) -> None:
    """serve() as a worker process runs it: SIGTERM stops it as Ctrl-C does, and a job it
    held goes back to the queue at once (see run_one)."""
    def stop(*_) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    try:
        serve(make_session, analyze, threading.Event(), poll_seconds, worker)
    except KeyboardInterrupt:
        pass
