"""Domain objects of the temporal tagger and the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TimexType(StrEnum):
    """TIMEX3 types as TimeML defines them."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression found in a text, normalized to a TIMEX3 type and value.

    `start`/`end` index the text that was tagged: `text[start:end] == expression.text`.
    `mod` is a TIMEX3 mod (START, END, MID, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE,
    EQUAL_OR_LESS) or None. `sentence` is the index of the sentence in a `Document`
    when the expressions were tagged from one, else None.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """Something that happened (or will happen) at a date the text gives.

    `date` is the TIMEX3 value ("2023-04"); `start_date`/`end_date` are the first and last
    ISO dates it covers ("2023-04-01", "2023-04-30"); `granularity` is one of day, week,
    month, quarter, half, season, year, decade, century or time. `expression`, `start` and
    `end` are the dating expression and its offsets in the text, `event` a short clause
    built from sentence `sentence` saying what happened, and `approximate` whether the
    date is vague (a mod such as APPROX, START or END).
    """

    date: str
    granularity: str
    start_date: str
    end_date: str
    expression: str
    start: int
    end: int
    event: str
    sentence: int
    approximate: bool
