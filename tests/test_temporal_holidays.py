"""Holidays dated by a country's calendar (tables.yaml "CC:Name") come from the `holidays`
package: a name the package no longer knows would leave the holiday without a value."""

from __future__ import annotations

from datetime import date

import pytest

from summarizers.resources import load_yaml
from summarizers.temporal import tag_temporal_expressions
from summarizers.temporal.holidays import calendar_holiday, is_calendar_holiday

TABLES = load_yaml("en/temporal/tables.yaml")
# "IN:Diwali-2" (Dhanteras) is dated from "IN:Diwali".
CALENDAR_RULES = sorted(
    {
        rule.rstrip("+-0123456789")
        for rule in map(str, TABLES["holidays"].values())
        if is_calendar_holiday(rule)
    }
)


def test_some_holidays_follow_a_calendar() -> None:
    assert "IN:Diwali" in CALENDAR_RULES
    assert not is_calendar_holiday("12-25")
    assert not is_calendar_holiday("11/4/4+1")


@pytest.mark.parametrize("rule", CALENDAR_RULES)
@pytest.mark.parametrize("year", [2005, 2015, 2025, 2030])
def test_each_calendar_holiday_has_a_day_every_year(rule: str, year: int) -> None:
    day = calendar_holiday(rule, year)
    assert day is not None and day.year == year, f"{rule} in {year}: {day}"


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("IN:Diwali", 2020, date(2020, 11, 14)),
        ("IN:Diwali", 2013, date(2013, 11, 3)),
        ("AE:Eid al-Fitr", 2023, date(2023, 4, 21)),
        ("NG:Democracy Day", 2012, date(2012, 5, 29)),
        ("NG:Democracy Day", 2020, date(2020, 6, 12)),
    ],
)
def test_calendar_holidays_fall_on_their_days(rule: str, year: int, day: date) -> None:
    assert calendar_holiday(rule, year) == day


def test_a_year_the_calendar_does_not_cover_has_no_day() -> None:
    assert calendar_holiday("IN:Diwali", 1990) is None


def test_the_country_of_a_national_holiday_is_read_from_the_start_of_the_text() -> None:
    filler = "The council met again and nothing was decided. " * 150  # over 6,000 characters
    reference = date(2024, 7, 30)
    from_delhi = tag_temporal_expressions("NEW DELHI: Offices close for Independence Day.", reference)
    named_late = tag_temporal_expressions(filler + "Offices shut on Independence Day, Delhi said.", reference)
    assert [expression.value for expression in from_delhi] == ["2024-08-15"]
    assert [expression.value for expression in named_late] == ["2024-07-04"]
