"""The TIMEX3 finder on TimeBank, next to the published TempEval-3 figures, and its speed.

    .venv/bin/python bench/timex.py [--data ../shared/timebank] [--rounds 3]

Scores `quizapp.content.find_timexes` with shared/tools/timex_score.py (TempEval-3 Task A:
strict, relaxed, value and type F1) on TimeBank (research use: read from shared/, never
copied here), prints HeidelTime-t's TempEval-3 figures beside them, the speed in documents
per second (best of --rounds), and how time grows with length: one long document made of
all of them, against the sum of its parts (linear: a ratio near 1).
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.util
import os
from pathlib import Path

from ingest import best_time  # bench/ is on the path when a benchmark runs
from quizapp.content import find_timexes

ROOT = Path(__file__).resolve().parents[1]
# TempEval-3 Task A, HeidelTime-t (UzZaman et al., 2013): F1 in per cent
HEIDELTIME = {"strict_F1": 81.3, "relaxed_F1": 90.3, "value_F1": 77.6}


def find_scorer() -> Path:
    """shared/tools/timex_score.py in the nearest folder above the project that has it."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "tools" / "timex_score.py"
        if candidate.is_file():
            return candidate
    raise SystemExit("shared/tools/timex_score.py not found above the project")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("timex_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    scorer_path = find_scorer()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(scorer_path.parents[1] / "timebank"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    scorer = load_scorer(scorer_path)
    paths = sorted(glob.glob(os.path.join(args.data, "**", "*.tml"), recursive=True))
    docs = [scorer.parse_tml(p) for p in paths]
    result, _ = scorer.score(docs, find_timexes)

    print(f"TimeBank: {result['documents']} documents, {result['gold']} gold TIMEX3, "
          f"{result['found']} found")
    print(f"{'':14}{'quizapp':>9}{'HeidelTime-t (TempEval-3)':>28}")
    for key in ("strict_F1", "relaxed_F1", "value_F1", "type_F1", "relaxed_P", "relaxed_R"):
        published = HEIDELTIME.get(key)
        print(f"{key:14}{100 * result[key]:9.1f}{published if published else '':>28}")

    inputs = [(d["text"], dt.date.fromisoformat(d["dct"]) if d["dct"] else None) for d in docs]
    seconds = best_time(lambda: [find_timexes(text, day) for text, day in inputs], args.rounds)
    characters = sum(len(text) for text, _ in inputs)
    print(f"speed: {len(inputs) / seconds:.0f} documents per second "
          f"({characters / seconds / 1000:.0f}k characters per second)")
    joined = "\n\n".join(text for text, _ in inputs)
    whole = best_time(lambda: find_timexes(joined, inputs[0][1]), args.rounds)
    print(f"one document of all {len(inputs)} ({len(joined):,} characters): {whole:.2f} s, "
          f"{whole / seconds:.2f}x the time of its parts (linear: about 1)")


if __name__ == "__main__":
    main()
