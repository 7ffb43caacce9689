"""Score what each key figure is said to be `about` on a set of annotated sentences.

    .venv/bin/python benchmarks/score_heldout_about.py [path.jsonl] [--show]

Default data: tests/fixtures/figures/about_blind.jsonl (see the README next to it). Each
sentence is parsed on its own and its figures found with `find_figures`. A gold figure is
matched to the predicted figure whose span, or the span of one of whose mentions, overlaps it.
Its `about` is right when it holds the gold `head` word or one of the `alternatives`
(lower case, a final "s" ignored). Reported:
  * matched: gold figures with an overlapping predicted figure;
  * given: matched figures whose `about` is not None (the extractor gives none rather than a
    phrase it cannot back);
  * right: given abouts that hold the head, out of the given ones (precision) and out of all
    gold figures (recall).
`--show` prints every wrong or missing `about`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizers.document import parse_document  # noqa: E402
from summarizers.figures import KeyFigure, find_figures  # noqa: E402

DEFAULT = ROOT / "tests" / "fixtures" / "figures" / "about_blind.jsonl"
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@dataclass(frozen=True, slots=True)
class Outcome:
    sentence: str
    gold: dict[str, Any]
    predicted: KeyFigure | None

    @property
    def about(self) -> str | None:
        return None if self.predicted is None else self.predicted.about

    @property
    def right(self) -> bool:
        if self.about is None:
            return False
        wanted = {_stem(self.gold["head"]), *(_stem(word) for word in self.gold.get("alternatives", []))}
        return not wanted.isdisjoint(_stem(word) for word in _WORD.findall(self.about))


def _overlapping(figures: Sequence[KeyFigure], start: int, end: int) -> KeyFigure | None:
    for figure in figures:
        spans = [(figure.start, figure.end), *((mention.start, mention.end) for mention in figure.mentions)]
        if any(span_start < end and start < span_end for span_start, span_end in spans):
            return figure
    return None


def score(path: Path) -> list[Outcome]:
    outcomes = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            figures = find_figures(parse_document(record["text"]))
            for gold in record["figures"]:
                outcomes.append(
                    Outcome(record["text"], gold, _overlapping(figures, gold["start"], gold["end"]))
                )
    return outcomes


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else f"{part}/0"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every wrong or missing about")
    args = parser.parse_args(argv)
    outcomes = score(args.path)
    matched = [outcome for outcome in outcomes if outcome.predicted is not None]
    given = [outcome for outcome in matched if outcome.about is not None]
    right = [outcome for outcome in given if outcome.right]
    print(f"What key figures are about: {len(outcomes)} gold figures ({args.path})")
    print(f"  matched to a predicted figure: {_ratio(len(matched), len(outcomes))}")
    print(f"  about given (not None):        {_ratio(len(given), len(matched))}")
    print(f"  right, of those given:         {_ratio(len(right), len(given))}")
    print(f"  right, of all gold figures:    {_ratio(len(right), len(outcomes))}")
    if args.show:
        for outcome in outcomes:
            if outcome.right:
                continue
            label = "no figure" if outcome.predicted is None else f"about={outcome.about!r}"
            gold = f"{outcome.gold['text']!r}: gold {outcome.gold['about']!r}"
            print(f"\n  {outcome.sentence}\n    {gold}, {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
