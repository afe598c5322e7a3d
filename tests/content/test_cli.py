"""`quizapp extract` as a user runs it: the installed command in a subprocess.

Good articles print JSON or text; bad input exits with status 2 and one clear line, never a
traceback.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
QUIZAPP = Path(sys.executable).with_name("quizapp")
DEMO = ROOT / "quizapp" / "demo" / "kurdistan-russia-aid.txt"
DATELINE_ONLY = ROOT / "tests" / "data" / "fund-fraud-verdict.txt"

FRENCH = """Le gouvernement a annoncé mardi une réforme des retraites

Le Premier ministre a présenté mardi devant l'Assemblée nationale un projet de loi qui
repousse l'âge légal de départ à la retraite. Les syndicats ont appelé à une grève nationale
le 19 janvier. Selon le ministre du Travail, la réforme est nécessaire pour assurer l'équilibre
du système d'ici 2030. Les partis de l'opposition ont dénoncé un texte injuste pour les
salariés qui ont commencé à travailler jeunes, et ils ont promis de déposer des milliers
d'amendements. Le débat au Parlement doit commencer le mois prochain.
"""
HTML = """<!doctype html><html><head><title>News</title></head><body>
<article><h1>Storm hits the coast</h1><p>The storm made landfall on Monday.</p>
<p>Thousands of people were evacuated.</p><div class="ad">Advert</div></article></body></html>
"""


def extract(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(QUIZAPP), "extract", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


def written(tmp_path: Path, content: bytes | str) -> str:
    path = tmp_path / "article.txt"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


@pytest.fixture(scope="module")
def demo_json() -> dict:
    done = extract(str(DEMO), "--published", "2016-11-08", "--title", "Kurds ask Moscow for aid",
                   "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_json_uses_the_given_title_and_publication_date(demo_json):
    assert demo_json["title"] == "Kurds ask Moscow for aid"
    assert demo_json["published"] == "2016-11-08"
    assert "2016-11-06" in [e["when"]["value"] for e in demo_json["events"]]


def test_json_has_actors_events_and_questions(demo_json):
    assert {"title", "published", "actors", "events", "questions", "warnings"} <= set(demo_json)
    assert "Russia" in [a["name"] for a in demo_json["actors"]]
    assert demo_json["events"] and demo_json["questions"]


def test_text_format_lists_the_timeline():
    done = extract(str(DEMO), "--published", "2016-11-08")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Iraqi Kurdistan Asks Russia for Military and Humanitarian Aid")
    assert "Timeline:" in done.stdout and "6 November 2016" in done.stdout
    assert "Questions:" in done.stdout


def test_publication_date_from_the_dateline():
    done = extract(str(DATELINE_ONLY), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["published"] == "2024-03-14"


def test_article_from_standard_input():
    done = extract("-", "--format", "json", stdin=DEMO.read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["events"]


def test_text_without_dates_is_a_valid_result_with_a_warning(tmp_path):
    done = extract(written(tmp_path, "The council approved a new plan for the parks. Residents "
                                     "welcomed the decision and the mayor praised it."), "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["events"] == [] and result["warnings"]


@pytest.mark.parametrize("content, message", [
    ("", "empty"),
    (" \n\t\n ", "empty"),
    (bytes(range(32)) * 50, "binary"),
    ("Café owners in Zürich said the city was busy.".encode("latin-1"), "UTF-8"),
    ("The storm hit the coast on Monday. " * 150_000, "larger than"),
    (HTML, "HTML"),
    (FRENCH, "English"),
], ids=["empty", "whitespace", "binary", "latin-1", "5 MB", "html", "french"])
def test_bad_input_exits_2_with_a_clear_message(tmp_path, content, message):
    done = extract(written(tmp_path, content))
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_missing_file(tmp_path):
    done = extract(str(tmp_path / "nowhere.txt"))
    assert done.returncode == 2
    assert "nowhere.txt" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("date", ["2016-13-45", "yesterday", "08/11/2016"])
def test_bad_publication_date(date):
    done = extract(str(DEMO), "--published", date)
    assert done.returncode == 2
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr
