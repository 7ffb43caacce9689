"""Calendar arithmetic on TIMEX3 values: what a value covers, and shifting it.

A TIMEX3 DATE value names a period at some granularity: "2023-07-27" (day),
"2023-W30" (ISO week), "2023-W30-WE" (weekend), "2023-07" (month), "2023-Q3",
"2023-H2", "2023-SU" (season), "2023" (year), "202" (decade), "20" (century),
and "2023-07-27TMO" / "2023-07-27T14:30" (a time of that day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

DAY = "day"
WEEK = "week"
WEEKEND = "weekend"
MONTH = "month"
QUARTER = "quarter"
HALF = "half"
SEASON = "season"
YEAR = "year"
DECADE = "decade"
CENTURY = "century"
TIME = "time"

# Months that each season starts with; winter starts in December of the year before.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_MONTHS_PER_UNIT = {MONTH: 1, QUARTER: 3, HALF: 6, SEASON: 3, YEAR: 12, DECADE: 120, CENTURY: 1200}

_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:W(?P<week>\d{1,2})(?P<we>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)|(?P<month>\d{2})(?:-(?P<day>\d{2})(?P<time>T.+)?)?))?"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})"
)


@dataclass(frozen=True, slots=True)
class Span:
    """The period a TIMEX3 value names: its granularity and first and last day."""

    granularity: str
    start: date
    end: date


def parse_value(value: str) -> Span | None:
    """The period a TIMEX3 DATE/TIME value covers, or None for values without one (PAST_REF, XXXX)."""
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    try:
        return _span(match)
    except ValueError:
        return None


def _span(match: re.Match[str]) -> Span:
    if match["decade"]:
        first = int(match["decade"]) * 10
        return Span(DECADE, date(max(first, 1), 1, 1), date(first + 9, 12, 31))
    if match["century"]:
        first = int(match["century"]) * 100
        return Span(CENTURY, date(max(first, 1), 1, 1), date(first + 99, 12, 31))
    year = int(match["year"])
    if year < 1:
        raise ValueError("year zero")
    if match["week"]:
        monday = date.fromisocalendar(year, int(match["week"]), 1)
        if match["we"]:
            return Span(WEEKEND, monday + timedelta(days=5), monday + timedelta(days=6))
        return Span(WEEK, monday, monday + timedelta(days=6))
    if match["quarter"]:
        first_month = (int(match["quarter"]) - 1) * 3 + 1
        return Span(QUARTER, date(year, first_month, 1), _month_end(year, first_month + 2))
    if match["half"]:
        first_month = (int(match["half"]) - 1) * 6 + 1
        return Span(HALF, date(year, first_month, 1), _month_end(year, first_month + 5))
    if match["season"]:
        first_month = SEASON_START_MONTH[match["season"]]
        if first_month == 12:  # TimeML: the winter that starts in December of the year
            return Span(SEASON, date(year, 12, 1), _month_end(year + 1, 2))
        return Span(SEASON, date(year, first_month, 1), _month_end(year, first_month + 2))
    if match["day"]:
        day = date(year, int(match["month"]), int(match["day"]))
        return Span(TIME if match["time"] else DAY, day, day)
    if match["month"]:
        month = int(match["month"])
        return Span(MONTH, date(year, month, 1), _month_end(year, month))
    return Span(YEAR, date(year, 1, 1), date(year, 12, 31))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def format_value(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period at `granularity` that contains `day`."""
    if granularity in (DAY, TIME):
        return day.isoformat()
    if granularity in (WEEK, WEEKEND):
        iso_year, iso_week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}" + ("-WE" if granularity == WEEKEND else "")
    if granularity == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == SEASON:
        if day.month <= 2:
            return f"{day.year - 1:04d}-WI"
        name = {12: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
        return f"{day.year:04d}-{name}"
    if granularity == YEAR:
        return f"{day.year:04d}"
    if granularity == DECADE:
        return f"{day.year // 10:03d}"
    if granularity == CENTURY:
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def add(day: date, unit: str, count: int) -> date:
    """`day` moved by `count` calendar units (day, week, month, quarter, year, ...)."""
    if unit in (DAY, TIME):
        return day + timedelta(days=count)
    if unit in (WEEK, WEEKEND):
        return day + timedelta(weeks=count)
    months = day.year * 12 + day.month - 1 + count * _MONTHS_PER_UNIT[unit]
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(reference: date, unit: str, count: int) -> str | None:
    """The period of `unit` granularity `count` units away from the one containing `reference`."""
    try:
        return format_value(add(reference, unit, count), unit)
    except (OverflowError, ValueError):
        return None


def shift_value(value: str, unit: str, count: int) -> str | None:
    """A TIMEX3 value moved by `count` units, keeping its own granularity ("1989-Q3" - 1 year);
    a time moved by a day or more is a day ("Wednesday night" + 1 day is Thursday)."""
    span = parse_value(value)
    if span is None or (span.granularity == TIME and unit not in _ORDER):
        return None
    granularity = DAY if span.granularity == TIME else span.granularity
    if _coarseness(unit) < _coarseness(granularity):
        granularity = unit
    try:
        return format_value(add(span.start, unit, count), granularity)
    except (OverflowError, ValueError):
        return None


_ORDER = (DAY, TIME, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY)


def _coarseness(granularity: str) -> int:
    return _ORDER.index(granularity) if granularity in _ORDER else 0


def granularity_of(value: str) -> str | None:
    span = parse_value(value)
    return None if span is None else span.granularity
