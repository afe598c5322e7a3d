"""The `quizapp` command: parse arguments, call the engine or a service, print. No logic here."""
from __future__ import annotations

import datetime as dt
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
    raise NotImplementedError
