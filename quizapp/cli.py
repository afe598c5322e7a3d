"""The `quizapp` command: parse arguments, call the engine or a service, print. No logic here."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sys

import click


@click.group()
def main() -> None:
    """quizapp: news articles into timelines and quizzes."""


@main.command()
@click.argument("article_file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", help="Publication date, YYYY-MM-DD.")
@click.option("--title", help="Article title (else the first line when it looks like one).")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text")
@click.option("--seed", type=int, default=0, help="Seed for question generation.")
def extract(article_file: str, published: str | None, title: str | None, fmt: str, seed: int) -> None:
    """Print the timeline, actors and questions of ARTICLE_FILE."""
    from quizapp.content import analyze

    with _clear_errors(article_file):
        text = _read_article(article_file)
        date = dt.date.fromisoformat(published) if published else None
        analysis = analyze(text, published=date, title=title, seed=seed)
    if fmt == "json":
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_as_text(analysis))


@main.command()
@click.argument("article_file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", help="Publication date, YYYY-MM-DD (else years may be unknown).")
@click.option("--format", "fmt", type=click.Choice(["json", "timeml"]), default="json")
def timex(article_file: str, published: str | None, fmt: str) -> None:
    """Print the temporal expressions of ARTICLE_FILE as TIMEX3 (JSON, or TimeML markup)."""
    from quizapp.content.clean import check_input
    from quizapp.content.timex import find_timexes, to_timeml

    with _clear_errors(article_file):
        text = _read_article(article_file)
        date = dt.date.fromisoformat(published) if published else None
        check_input(text)
        timexes = find_timexes(text, date)
    if fmt == "timeml":
        click.echo(to_timeml(text, timexes, date))
    else:
        click.echo(json.dumps({"published": date.isoformat() if date else None,
                               "timexes": [t.to_dict() for t in timexes]},
                              ensure_ascii=False, indent=2))


MAX_FILE_BYTES = 2_000_000
DEMO_PUBLISHED = dt.date(2016, 11, 8)


def _read_article(article_file: str) -> str:
    from quizapp.content import ContentError

    with click.open_file(article_file, "rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(f"The file is larger than {MAX_FILE_BYTES // 1_000_000} MB.")
    return raw.decode("utf-8-sig")


@contextlib.contextmanager
def _clear_errors(article_file: str):
    """Bad input ends the command with one line and status 2, never a traceback."""
    try:
        yield
    except OSError as error:
        _fail(f"Cannot read {article_file}: {error.strerror or error}.")
    except UnicodeDecodeError:
        _fail(f"{article_file} is not UTF-8 text.")
    except ValueError as error:  # ContentError, or a bad --published date
        _fail(str(error))


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)


def _as_text(analysis) -> str:
    from quizapp.content.dates import describe

    names = {a.id: a.name for a in analysis.actors}
    lines = [analysis.title, f"Published: {analysis.published or 'unknown'}", "", "Actors:"]
    for a in analysis.actors:
        role = f" - {a.role}" if a.role else ""
        aliases = f" (also {', '.join(a.aliases)})" if a.aliases else ""
        lines.append(f"  {a.name} [{a.kind}]{aliases}{role}")
    lines += ["", "Timeline:"]
    for e in analysis.events:
        who = ", ".join(names[i] for i in e.actors)
        lines.append(f"  {describe(e.when.date):<22} {e.summary}  [{who}]")
    if analysis.unclear:
        lines += ["", "Left off the timeline (the line cannot say who or what):"]
        lines += [f"  {describe(e.when.date):<22} {e.sentence}" for e in analysis.unclear]
    lines += ["", "Questions:"]
    for n, q in enumerate(analysis.questions, start=1):
        lines.append(f"  {n}. ({q.kind}) {q.prompt}")
        lines += [f"       - {choice}" for choice in q.choices]
        lines.append(f"     Answer: {q.to_dict()['answer']}")
    lines += [f"Warning: {w}" for w in analysis.warnings]
    return "\n".join(lines)


@main.command("init-db")
def init_db() -> None:
    """Migrate the database to the latest schema, then load the demo article once."""
    from importlib.resources import files

    from quizapp import create_app, migrations
    from quizapp.content import ContentError, analyze
    from quizapp.db import get_session
    from quizapp.services.articles import load_demo

    app = create_app()
    migrations.upgrade(app.config["DATABASE_URL"])
    demo = files("quizapp").joinpath("demo", "kurdistan-russia-aid.txt")
    text = demo.read_text(encoding="utf-8")
    # the article states no date of its own; a teacher importing it would give this one
    analyze_demo = functools.partial(analyze, published=DEMO_PUBLISHED)
    with app.app_context():
        try:
            article = load_demo(get_session(), text, analyze_demo)
        except ContentError as error:
            raise click.ClickException(f"The demo article could not be analysed: {error}")
    if article is None:
        click.echo("Database up to date; the demo article was loaded before.")
    else:
        click.echo(
            f"Database ready; loaded the demo article “{article.title}” with "
            f"{len(article.events)} events and {len(article.questions)} questions."
        )


@main.command()
@click.option("--poll", default=1.0, show_default=True,
              help="Seconds between looks for a new import when idle.")
def worker(poll: float) -> None:
    """Run teachers' article imports through the engine until stopped (Ctrl-C or SIGTERM).

    The web app only queues imports. Run as many workers as you like, on any machine that
    reaches the database: each job is taken by one worker, and taken again within seconds
    when its worker dies.
    """
    import logging

    from quizapp import create_app
    from quizapp.content import analyze, nlp
    from quizapp.services import imports

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    app = create_app()
    nlp.load()  # the model once, before the first job
    imports.serve_until_signalled(app.extensions["quizapp.sessionmaker"], analyze, poll)


def _account_command(change, email: str, password: str):
    """Run an account service in the app; its AccountError is the command's one-line error."""
    from quizapp import create_app
    from quizapp.db import get_session
    from quizapp.services.accounts import AccountError

    with create_app().app_context():
        try:
            return change(get_session(), email, password)
        except AccountError as error:
            raise click.ClickException(str(error))


@main.command("create-teacher")
@click.argument("email")
@click.password_option(help="Asked twice when not given; read from stdin when piped.")
def create_teacher(email: str, password: str) -> None:
    """Create a teacher's account with EMAIL (students need no account)."""
    from quizapp.services import accounts

    teacher = _account_command(accounts.create_teacher, email, password)
    click.echo(f"Teacher {teacher.email} created; log in at /teacher/login.")


@main.command("set-password")
@click.argument("email")
@click.password_option(help="Asked twice when not given; read from stdin when piped.")
def set_password(email: str, password: str) -> None:
    """Give the teacher with EMAIL a new password; their sessions everywhere end."""
    from quizapp.services import accounts

    teacher = _account_command(accounts.reset_password, email, password)
    click.echo(f"New password set for {teacher.email}; they are logged out everywhere.")
