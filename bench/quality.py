"""The question sets the engine makes today, article by article, beside the latest judging.

    .venv/bin/python bench/quality.py [--set wikinews-heldout] ...

For each judged article (tests/data/judged; TimeBank ones only where ../shared/timebank is on
this machine): questions, distinct facts asked, repeats (two questions of one event or one
sentence), leaks (an answer written in another question's prompt or options), the true/false
balance (share keyed True), the kinds, and the share of questions and timeline lines that
judges found acceptable in the latest round that judged the article (with that round's
engine, not today's). Then the same over all.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from quizapp.content import analyze

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "content"))
from test_judged import article, judged_rounds  # noqa: E402  (the judged files' one reader)


@dataclass
class Row:
    name: str
    questions: int = 0
    facts: int = 0
    repeats: int = 0
    leaks: int = 0
    true: int = 0
    statements: int = 0
    kinds: Counter = None
    judged: tuple[int, int, int, int] = (0, 0, 0, 0)  # questions ok, of; lines ok, of

    def cells(self) -> list[str]:
        balance = f"{self.true}/{self.statements}" if self.statements else "-"
        kinds = " ".join(f"{k[:2]}{n}" for k, n in sorted(self.kinds.items()))
        ok, of, lines_ok, lines = self.judged
        return [self.name[:44], str(self.questions), str(self.facts), str(self.repeats),
                str(self.leaks), balance, kinds, share(ok, of), share(lines_ok, lines)]


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / whole:.0f}%" if whole else "-"


def latest_judging() -> dict[tuple[str, str], tuple[int, int, int, int]]:
    """(set, article) -> acceptable and judged questions and lines, from its latest round."""
    latest = {}
    for record in judged_rounds():  # rounds in order: a later one replaces an earlier one
        questions, lines = record["questions"], record["summaries"]
        latest[(record["set"], record["article"])] = (
            sum(q["verdict"] == "acceptable" for q in questions), len(questions),
            sum(s["verdict"] == "acceptable" for s in lines), len(lines))
    return latest


def measure(name: str, text: str, published) -> Row:
    questions = analyze(text, published=published).questions
    facts = Counter(q.event or q.source for q in questions if q.kind not in ("order", "match"))
    statements = [q for q in questions if q.kind == "true_false"]
    leaks = sum(1 for q in questions for other in questions
                if other is not q and q.kind in ("multiple_choice", "fill_blank")
                and str(q.answer) in " ".join([other.prompt, *other.choices]))
    return Row(name, len(questions), len(facts), sum(n - 1 for n in facts.values()), leaks,
               sum(q.answer == "True" for q in statements), len(statements),
               Counter(q.kind for q in questions))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="only these sets (repeatable)")
    args = parser.parse_args()
    judged = latest_judging()
    rows = []
    for (set_name, name), verdicts in sorted(judged.items()):
        if args.set and set_name not in args.set:
            continue
        found = article(set_name, name)
        if found is None:
            continue
        row = measure(f"{set_name}:{name}", *found)
        row.judged = verdicts
        rows.append(row)
    total = Row("all", *(sum(getattr(r, f) for r in rows) for f in
                         ("questions", "facts", "repeats", "leaks", "true", "statements")),
                sum((r.kinds for r in rows), Counter()),
                tuple(sum(r.judged[i] for r in rows) for i in range(4)))
    header = ["article", "q", "facts", "rep", "leak", "T/F", "kinds", "judged q", "judged lines"]
    widths = [44, 4, 6, 4, 5, 6, 24, 13, 13]
    for cells in [header, *(r.cells() for r in rows), total.cells()]:
        print("".join(c.ljust(w) if n in (0, 6) else c.rjust(w) + " "
                      for n, (c, w) in enumerate(zip(cells, widths))))
    print("Judged shares are from the latest round that judged each article "
          "(tests/data/judged/README.md), not from today's engine.")


if __name__ == "__main__":
    main()
