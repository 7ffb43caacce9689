"""Scoring figure extraction against hand-annotated sentences (recall, precision, F1).

A case is one line of a JSONL file: `{"text": ..., "figures": [{"kind", "value" | "min"+"max",
"currency", "equivalent"?}, ...]}`. A predicted figure matches an annotated one when the
numbers agree (value, or both ends of a range), the currency is the same (None for
anything but money) and the kind is in the same group: money, percent, percentage
points, or any other (count, duration, quantity, number: the annotation of those kinds
is not exhaustive, so only recall is scored for them). Equivalents in brackets are
figures too: an annotated `"equivalent": true` figure may be matched by a prediction's
equivalent or by a figure of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizers.figures.model import KeyFigure

MONEY, PERCENT, POINTS, OTHER = "money", "percent", "percentage_points", "other"
SCORED_FOR_PRECISION = (MONEY, PERCENT)
_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Item:
    """A figure reduced to what is scored."""

    group: str
    value: float | None
    min: float | None = None
    max: float | None = None
    currency: str | None = None
    text: str = ""

    def numbers(self) -> tuple[float | None, ...]:
        return (self.value,) if self.value is not None else (self.min, self.max)


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    text: str
    style: str
    gold: tuple[Item, ...]


@dataclass(slots=True)
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[tuple[str, Item]] = field(default_factory=list)
    spurious: list[tuple[str, Item]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def group_of(kind: str) -> str:
    return kind if kind in (MONEY, PERCENT, POINTS) else OTHER


def load_cases(path: str | Path) -> list[Case]:
    cases = []
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                cases.append(
                    Case(
                        row["id"],
                        row["text"],
                        row.get("style", ""),
                        tuple(_gold_item(f) for f in row["figures"]),
                    )
                )
    return cases


def _gold_item(figure: dict[str, Any]) -> Item:
    return Item(
        group=group_of(figure["kind"]),
        value=figure.get("value"),
        min=figure.get("min"),
        max=figure.get("max"),
        currency=figure.get("currency"),
    )


def items_from_figures(figures: Iterable[KeyFigure]) -> list[Item]:
    """Our figures and their bracketed equivalents as scored items."""
    items = []
    for figure in figures:
        group = group_of(str(figure.kind))
        items.append(Item(group, figure.value, figure.min, figure.max, figure.currency, figure.text))
        for equivalent in figure.equivalents:
            eq_group = MONEY if group == MONEY else OTHER
            items.append(
                Item(
                    eq_group,
                    equivalent.value,
                    equivalent.min,
                    equivalent.max,
                    equivalent.currency,
                    equivalent.text,
                )
            )
    return items


def matches(gold: Item, predicted: Item) -> bool:
    if gold.group != predicted.group or gold.currency != predicted.currency:
        return False
    wanted, got = gold.numbers(), predicted.numbers()
    if len(wanted) != len(got):
        return False
    return all(
        a is not None and b is not None and abs(a - b) <= _TOLERANCE * max(1.0, abs(a))
        for a, b in zip(wanted, got, strict=True)
    )


def score(cases: Sequence[Case], predictions: Sequence[Sequence[Item]]) -> dict[str, Score]:
    """Scores by group ("all", "money", "percent", ...) over all cases."""
    scores: dict[str, Score] = {}
    for case, predicted in zip(cases, predictions, strict=True):
        unmatched_predictions = list(predicted)
        for gold in case.gold:
            hit = next((item for item in unmatched_predictions if matches(gold, item)), None)
            for name in ("all", gold.group):
                entry = scores.setdefault(name, Score())
                entry.gold += 1
                if hit is not None:
                    entry.found += 1
                else:
                    entry.misses.append((case.id, gold))
            if hit is not None:
                unmatched_predictions.remove(hit)
        unmatched_ids = {id(item) for item in unmatched_predictions}
        for item in predicted:
            for name in ("all", item.group):
                entry = scores.setdefault(name, Score())
                entry.predicted += 1
                if id(item) not in unmatched_ids:
                    entry.correct += 1
                elif item.group in SCORED_FOR_PRECISION:
                    entry.spurious.append((case.id, item))
    return scores
