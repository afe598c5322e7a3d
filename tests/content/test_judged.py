"""No engine change brings back a question that a judge rejected (tests/data/judged).

Judges, who never read the engine, rated every question of each round against
../shared/QUESTIONS.md. A question is the same question when its kind, prompt, answer, options
accepted answers and explanation are all the same (tests/data/judged/README.md). The Wikinews articles
and the team's own ("team") are in the repository; the TimeBank ones are read from
../shared/timebank (research use: never copied here), and skipped where that folder is missing.

`still_produced.json` lists the rejected questions that the engine of today still asks: a
change that brings back any other fails, and one that stops asking a listed question fails
until it leaves the list, so the list only shrinks.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import re
from pathlib import Path

import pytest

from quizapp.content import analyze

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"
JUDGED = DATA / "judged"
# folders of tests/data holding published articles, one folder per set, dated in published.json
PUBLISHED_SOURCES = ("wikinews", "news")
SHARED = ROOT.parent / "shared"


def identity(question: dict) -> str:
    """What makes two questions the same question, as the judged files keep it."""
    content = [question["kind"], question["prompt"], question["answer"], question["choices"],
               question["accepted"], question["explanation"]]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()[:16]


def judged_rounds() -> list[dict]:
    return [record for path in sorted(JUDGED.glob("round*.json"))
            for record in json.loads(path.read_text(encoding="utf-8"))]


@functools.cache
def rejected_by_article() -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for record in judged_rounds():
        key = (record["set"], record["article"])
        found.setdefault(key, set()).update(
            q["identity"] for q in record["questions"] if q["verdict"] != "acceptable")
    return found


def read_tml(path: Path) -> tuple[str, dt.date]:
    """A TimeBank document's plain text and creation date, as shared/tools/timex_score.py
    reads them."""
    raw = path.read_text(encoding="utf-8")
    inner = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    created = re.search(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)', raw).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", inner)).strip(), dt.date.fromisoformat(created)


def team_article(name: str) -> tuple[dict, str, dt.date | None]:
    """One of the team's own test articles: its expectations (tests/data/NAME.expected.json),
    its text (tests/data/NAME.txt, or the file its "article" key names) and publication date."""
    expected = json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))
    path = ROOT / expected["article"] if "article" in expected else DATA / f"{name}.txt"
    published = expected["published"]
    return expected, path.read_text(encoding="utf-8"), dt.date.fromisoformat(published) if published else None


def article(set_name: str, name: str) -> tuple[str, dt.date | None] | None:
    """The article's text and publication date, or None where it is not on this machine."""
    if set_name == "team":
        return team_article(name)[1:]
    if set_name.startswith(PUBLISHED_SOURCES):  # "wikinews-tuning-5": tests/data/wikinews/tuning-5
        source, folder = set_name.split("-", 1)
        published = json.loads((DATA / source / "published.json").read_text())
        text = (DATA / source / folder / f"{name}.txt").read_text(encoding="utf-8")
        return text, dt.date.fromisoformat(published[f"{folder}/{name}"])
    tml = SHARED / "timebank" / f"{name}.tml"
    return read_tml(tml) if tml.is_file() else None


ARTICLES = sorted(rejected_by_article())


@pytest.fixture(scope="module")
def still_produced() -> set[str]:
    listed = json.loads((JUDGED / "still_produced.json").read_text(encoding="utf-8"))
    identities = [item["identity"] for item in listed]
    assert len(identities) == len(set(identities)), "still_produced.json lists a question twice"
    return set(identities)


@pytest.mark.parametrize("set_name, name", ARTICLES, ids=[f"{s}:{n}" for s, n in ARTICLES])
def test_no_rejected_question_comes_back(set_name, name, still_produced):
    found = article(set_name, name)
    if found is None:
        pytest.skip(f"{name}: ../shared/timebank is not on this machine")
    text, published = found
    asked = {identity(q) for q in analyze(text, published=published).to_dict()["questions"]}
    rejected = rejected_by_article()[(set_name, name)]
    back = (asked & rejected) - still_produced
    assert not back, f"rejected before, asked again: {sorted(back)}"
    gone = still_produced & rejected - asked
    assert not gone, f"no longer asked: take {sorted(gone)} out of still_produced.json"


def test_every_verdict_is_acceptable_or_rejected():
    verdicts = {item["verdict"] for record in judged_rounds()
                for item in [*record["questions"], *record["summaries"]]}
    assert verdicts == {"acceptable", "rejected"}
