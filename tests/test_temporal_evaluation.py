"""The held-out scorer: which predictions count as a right DATE value."""

from __future__ import annotations

from typing import Any

from summarizers.temporal.evaluation import GoldMatch
from summarizers.temporal.model import TimeExpression, TimexType

TEXT = "The river peaked at 4am on Thursday."
THURSDAY = {"text": "Thursday", "type": "DATE", "value": "2011-01-13", "start": 27, "end": 35}


def _match(gold: dict[str, Any], text: str, start: int, timex_type: TimexType, value: str) -> GoldMatch:
    prediction = TimeExpression(text, start, start + len(text), timex_type, value, None, None)
    return GoldMatch({"text": TEXT, "dct": "2011-01-19", "timexes": [gold]}, gold, prediction)


def test_a_day_marked_apart_from_its_clock_time_is_right_in_the_time_that_covers_both() -> None:
    assert _match(THURSDAY, "4am on Thursday", 20, TimexType.TIME, "2011-01-13T04:00").value_right


def test_a_time_on_another_day_is_wrong() -> None:
    assert not _match(THURSDAY, "4am on Thursday", 20, TimexType.TIME, "2011-01-06T04:00").value_right


def test_a_time_that_does_not_cover_the_day_is_wrong() -> None:
    gold = {**THURSDAY, "start": 20, "end": 35, "text": "4am on Thursday"}
    assert not _match(gold, "Thursday", 27, TimexType.TIME, "2011-01-13T04:00").value_right


def test_a_month_gold_value_needs_the_month_itself() -> None:
    gold = {"text": "January", "type": "DATE", "value": "2011-01", "start": 0, "end": 7}
    assert not _match(gold, "January", 0, TimexType.TIME, "2011-01T04:00").value_right
    assert _match(gold, "January", 0, TimexType.DATE, "2011-01").value_right
