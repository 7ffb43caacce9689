"""Domain objects of the key figures: what was found, where, and what it is worth."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    COUNT = "count"
    DURATION = "duration"
    QUANTITY = "quantity"
    NUMBER = "number"


class Qualifier(StrEnum):
    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    UP_TO = "up_to"


@dataclass(frozen=True, slots=True)
class Equivalent:
    """The same figure given again in brackets, in another currency or unit: "(A$38,000)"."""

    text: str
    start: int
    end: int
    value: float | None
    min: float | None
    max: float | None
    currency: str | None
    unit: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """Another place where the text states the same figure."""

    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A figure of the text, normalised.

    `start`/`end` index the text given to `parse_document` (`text[start:end] == text`).
    A single figure has `value`; a range has `min` and `max` and `value` is None.
    Amounts are plain numbers in the main unit: "$1.3 million" is 1300000.0 and
    "50p" is 0.5 (GBP). `currency` is an ISO 4217 code, for money only.
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    value: float | None
    min: float | None
    max: float | None
    currency: str | None
    unit: str | None
    qualifier: Qualifier | None
    per: str | None
    about: str | None
    sentence: int
    salience: float
    equivalents: tuple[Equivalent, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @property
    def is_range(self) -> bool:
        return self.value is None and self.min is not None and self.max is not None
