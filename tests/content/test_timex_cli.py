"""`quizapp timex` as a user runs it: JSON or TimeML out, and extract's rules for bad input."""
from __future__ import annotations

import json
import subprocess

import pytest

from test_cli import DEMO, FRENCH, HTML, QUIZAPP, written


def timex(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(QUIZAPP), "timex", *args], capture_output=True, text=True,
                          timeout=120)


def test_json_lists_the_demo_articles_expressions():
    done = timex(str(DEMO), "--published", "2016-11-08")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["published"] == "2016-11-08"
    text = DEMO.read_text(encoding="utf-8")
    found = [(t["text"], t["type"], t["value"]) for t in result["timexes"]]
    assert ("November 1", "DATE", "2016-11-01") in found
    assert ("almost two years", "DURATION", "P2Y") in found
    assert all(text[t["start"]:t["end"]] == t["text"] for t in result["timexes"])


def test_timeml_marks_the_expressions_in_the_text(tmp_path):
    done = timex(written(tmp_path, "The board met on Friday and will vote next week."),
                 "--published", "2016-11-08", "--format", "timeml")
    assert done.returncode == 0, done.stderr
    assert '<TIMEX3 tid="t1" type="DATE" value="2016-11-04">Friday</TIMEX3>' in done.stdout
    assert '<TIMEX3 tid="t2" type="DATE" value="2016-W46">next week</TIMEX3>' in done.stdout


@pytest.mark.parametrize("content, message", [
    ("", "empty"),
    (bytes(range(32)) * 50, "binary"),
    ("Café owners in Zürich said the city was busy.".encode("latin-1"), "UTF-8"),
    ("The storm hit the coast on Monday. " * 150_000, "larger than"),
    (HTML, "HTML"),
    (FRENCH, "English"),
], ids=["empty", "binary", "latin-1", "5 MB", "html", "french"])
def test_bad_input_exits_2_with_a_clear_message(tmp_path, content, message):
    done = timex(written(tmp_path, content), "--published", "2016-11-08")
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("date", ["2016-13-45", "yesterday"])
def test_bad_publication_date(date):
    done = timex(str(DEMO), "--published", date)
    assert done.returncode == 2 and done.stderr.startswith("Error: ")


def test_missing_file(tmp_path):
    done = timex(str(tmp_path / "nowhere.txt"))
    assert done.returncode == 2 and "nowhere.txt" in done.stderr
