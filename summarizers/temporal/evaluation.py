"""Scoring the tagger against news texts annotated with their dates (the held-out sets).

A case is one line of a JSONL file: `{"id", "dct", "text", "timexes": [{"text", "type",
"value", "start", "end", "alt_values"?}, ...]}` (conventions: the README next to
`tests/fixtures/temporal/heldout_blind.jsonl`). The text is tagged against its `dct`. A gold
timex is matched to the prediction that overlaps it, preferring one with an accepted value
(`value` or one of `alt_values`), then the largest overlap; its value is right when the
prediction's value is accepted, or when the gold timex is a day marked apart from its clock
time ("4am" and "Thursday", a convention some sets use) and the prediction is the TIME on that
day that covers both ("4am on Thursday", one TIME as TimeBank marks it). The issue's bar is
on DATE timexes: the share of them whose value is right, unmatched ones counting as wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from summarizers.temporal.model import TimeExpression, TimexType
from summarizers.temporal.tagger import tag_temporal_expressions


@dataclass(frozen=True, slots=True)
class GoldMatch:
    """One gold timex of a case and the prediction matched to it (None: nothing overlaps)."""

    case: Mapping[str, Any]
    gold: Mapping[str, Any]
    prediction: TimeExpression | None

    @property
    def accepted(self) -> frozenset[str]:
        return frozenset({self.gold["value"], *self.gold.get("alt_values", ())})

    @property
    def value_right(self) -> bool:
        prediction = self.prediction
        if prediction is None:
            return False
        return prediction.value in self.accepted or self._day_of_clock_time(prediction)

    def _day_of_clock_time(self, prediction: TimeExpression) -> bool:
        gold = self.gold
        return (
            gold["type"] == "DATE"
            and prediction.type == TimexType.TIME
            and len(gold["value"]) == len("YYYY-MM-DD")
            and prediction.value.startswith(gold["value"] + "T")
            and prediction.start <= gold["start"]
            and gold["end"] <= prediction.end
        )


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def tagged(
    cases: Iterable[Mapping[str, Any]],
) -> Iterator[tuple[Mapping[str, Any], tuple[TimeExpression, ...]]]:
    """Each case with what the tagger finds in its text, against its `dct`."""
    for case in cases:
        yield case, tag_temporal_expressions(case["text"], date.fromisoformat(case["dct"]))


def gold_matches(case: Mapping[str, Any], predictions: Sequence[TimeExpression]) -> list[GoldMatch]:
    matches = []
    for gold in case["timexes"]:
        accepted = {gold["value"], *gold.get("alt_values", ())}
        overlapping = [p for p in predictions if p.start < gold["end"] and gold["start"] < p.end]
        best = max(
            overlapping,
            key=lambda p: (p.value in accepted, min(p.end, gold["end"]) - max(p.start, gold["start"])),
            default=None,
        )
        matches.append(GoldMatch(case, gold, best))
    return matches


def date_value_accuracy(cases: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """(DATE timexes whose value is right, DATE timexes)."""
    right = total = 0
    for case, predictions in tagged(cases):
        for match in gold_matches(case, predictions):
            if match.gold["type"] == "DATE":
                total += 1
                right += match.value_right
    return right, total
