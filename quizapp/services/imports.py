"""Articles through the engine off the request: a job row per import, worked by a thread.

State lives in the database, so any app process can show a job's progress, and a poll
restarts the work when the process that took a job died with it.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from quizapp import models
from quizapp.services.articles import import_article

# A job "working" for longer than this was left by a process that stopped: it is taken again.
STALE_AFTER = dt.timedelta(minutes=5)
FAILED_ON_OUR_SIDE = "The article could not be analysed because of an error on our side."


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
    from quizapp.content.dates import parse_date

    try:
        cleaned = clean(text)
    except ContentError:
        return None, None
    return cleaned.title, parse_date(cleaned.dateline) if cleaned.dateline else None


def is_pending(job: models.ArticleImport) -> bool:
    return job.status in ("waiting", "working")


def needs_worker(job: models.ArticleImport) -> bool:
    return job.status == "waiting" or (
        job.status == "working" and job.started_at < models.utcnow() - STALE_AFTER
    )


def _claim(session: Session) -> models.ArticleImport | None:
    """Take the oldest job nobody works on; the conditional update makes it ours alone."""
    now = models.utcnow()
    claimable = or_(
        models.ArticleImport.status == "waiting",
        (models.ArticleImport.status == "working")
        & (models.ArticleImport.started_at < now - STALE_AFTER),
    )
    for job_id in session.scalars(select(models.ArticleImport.id).where(claimable)
                                  .order_by(models.ArticleImport.id)):
        claimed = session.execute(
            update(models.ArticleImport)
            .where(models.ArticleImport.id == job_id, claimable)
            .values(status="working", started_at=now)
        )
        session.commit()
        if claimed.rowcount == 1:
            return session.get(models.ArticleImport, job_id)
    return None


def work(make_session: sessionmaker, analyze) -> None:
    """Run the engine over every waiting job, one after another, until none is left."""
    from quizapp.content import ContentError

    with make_session() as session:
        while (job := _claim(session)) is not None:
            try:
                analysis = analyze(job.text, published=job.published, title=job.title)
            except ContentError as error:
                job.status, job.error = "failed", str(error)
            except Exception:  # a bug must fail the job, not leave it "working" forever
                logging.getLogger(__name__).exception("import %s failed", job.id)
                job.status, job.error = "failed", FAILED_ON_OUR_SIDE
            else:
                article = import_article(session, analysis, job.text)
                article.owner_id = job.owner_id
                for question in article.questions:
                    question.owner_id = job.owner_id
                job.status, job.article_id = "done", article.id
            session.commit()


def start_worker(make_session: sessionmaker, analyze) -> threading.Thread:
    thread = threading.Thread(target=work, args=(make_session, analyze), daemon=True,
                              name="article-import")
    thread.start()
    return thread
