import datetime as dt

import pytest

from quizapp.html_import import HtmlImportError, ImportedArticle, html_to_article

PARAGRAPHS = [
    "Heavy rain on Monday flooded the river valley, forcing more than 2,000 people from "
    "their homes, officials said.",
    "The regional government opened three shelters on Tuesday and asked the army for boats "
    "to reach villages cut off by the water.",
    "Forecasters expect the rain to ease by the weekend, but warned that the river could "
    "rise again next week.",
]


def page(head: str = "", article_top: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    return f"""<!doctype html><html><head><title>Floods hit the valley | Daily Planet</title>
{head}<script>var tracker = "SCRIPT-IN-HEAD";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<div class="advert">Buy cheap watches now! Limited offer!</div>
<article><h1>Floods hit the valley</h1>{article_top}
{body}
<script>document.write("SCRIPT-IN-BODY")</script>
<p>{PARAGRAPHS[2]}</p>
</article><footer>Copyright Daily Planet. All rights reserved.</footer></body></html>"""


def test_article_text_title_and_meta_date():
    head = '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    article = html_to_article(page(head=head))
    assert article == ImportedArticle(
        text="\n\n".join(PARAGRAPHS), title="Floods hit the valley", published=dt.date(2024, 3, 5)
    )


def test_date_from_time_element():
    article = html_to_article(page(article_top='<time datetime="2023-11-20">20 Nov</time>'))
    assert article.published == dt.date(2023, 11, 20)


def test_scripts_navigation_and_adverts_never_reach_the_text():
    text = html_to_article(page()).text
    for junk in ("SCRIPT-IN", "tracker", "document.write", "World news", "cheap watches",
                 "Copyright"):
        assert junk not in text


def test_paragraphs_are_separated_by_blank_lines():
    assert html_to_article(page()).text.split("\n\n") == PARAGRAPHS


def test_no_date_gives_none():
    assert html_to_article(page()).published is None


@pytest.mark.parametrize("html", [
    "",
    "   ",
    "<html><body><nav><a href='/'>Home</a></nav><script>alert(1)</script></body></html>",
    "not html at all",
])
def test_no_article_text_is_a_clear_error(html):
    with pytest.raises(HtmlImportError, match="(?i)no article text|empty"):
        html_to_article(html)


def test_page_without_article_element_with_json_ld_date_related_links_and_comments():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"""<html><head><title>River floods</title><script type="application/ld+json">
    {{"@type": "NewsArticle", "headline": "River floods",
      "datePublished": "2022-07-14T08:00:00+02:00"}}</script></head>
    <body><header><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></header>
    <div id="main"><div class="story">{body}</div>
    <aside><h3>Related</h3><ul><li><a href="/x">Other story about floods in the north</a></li>
    </ul></aside>
    <div class="comments"><p>Great article! Really loved reading it, thanks.</p></div></div>
    <footer>Contact us</footer></body></html>"""
    assert html_to_article(html) == ImportedArticle(
        text="\n\n".join(PARAGRAPHS), title="River floods", published=dt.date(2022, 7, 14))
