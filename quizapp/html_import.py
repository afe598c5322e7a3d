"""A saved news web page -> the article's text, title and publication date (no fetching).

trafilatura finds the main text and drops navigation, adverts, scripts and footers; htmldate
(through trafilatura) reads the date from <meta>, <time datetime> or JSON-LD.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# fewer words is a menu, a teaser or an error page that extraction fell back on, not an article
MIN_ARTICLE_WORDS = 20
NO_ARTICLE_TEXT = "No article text was found in this page."


class HtmlImportError(ValueError):
    """The page holds no article text; the message is meant for the user."""


@dataclass(frozen=True)
class ImportedArticle:
    text: str
    title: str | None
    published: dt.date | None


def html_to_article(html: str) -> ImportedArticle:
    # Imported here: trafilatura and lxml cost every web worker 12 MB, used by one form.
    import trafilatura

    if not html or not html.strip():
        raise HtmlImportError("The page is empty.")
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # only dates the page states for itself, not ones guessed from the text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise HtmlImportError(NO_ARTICLE_TEXT)
    lines = [line.strip() for line in (document.text or "").splitlines()]
    title = (document.title or "").strip() or None
    # the title is returned on its own; a heading repeating it is not body text
    if lines and title and lines[0] == title:
        lines = lines[1:]
    paragraphs = [line for line in lines if line]
    if sum(len(p.split()) for p in paragraphs) < MIN_ARTICLE_WORDS:
        raise HtmlImportError(NO_ARTICLE_TEXT)
    return ImportedArticle(
        # blank lines between paragraphs, as the engine's cleaning expects
        text="\n\n".join(paragraphs),
        title=title,
        published=_parse_date(document.date),
    )


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
