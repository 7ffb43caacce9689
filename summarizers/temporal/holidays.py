"""Days of the holidays that follow a lunar or a national calendar (Diwali, Eid al-Fitr, Vesak,
Madaraka Day), taken from the `holidays` package, which computes them offline.

tables.yaml names such a holiday "IN:Diwali": the country whose calendar dates it and the
holiday's name in that calendar.
"""

from __future__ import annotations

import warnings
from datetime import date
from functools import lru_cache

import holidays as calendars

_ESTIMATED = " (estimated)"


def is_calendar_holiday(rule: str) -> bool:
    """Whether a tables.yaml holiday rule names a holiday of a country's calendar ("IN:Diwali")."""
    country, separator, _ = rule.partition(":")
    return bool(separator) and len(country) == 2 and country.isupper()


@lru_cache(maxsize=4096)
def calendar_holiday(rule: str, year: int) -> date | None:
    """The day in `year` of the holiday `rule` names ("IN:Diwali"), or None where that
    calendar has no such day that year (outside the years the package covers, say)."""
    country, _, name = rule.partition(":")
    with warnings.catch_warnings():
        # The package warns, rather than fails, about years it does not cover.
        warnings.simplefilter("ignore")
        try:
            days = calendars.country_holidays(country, years=year)
        except NotImplementedError:
            return None
        listed = sorted(days.items())
    for day, names in listed:
        # A day may hold two holidays ("Mid-Autumn Festival; National Day"); a day in lieu
        # is "(observed)" and not the holiday's own.
        if any(one.removesuffix(_ESTIMATED) == name for one in names.split("; ")):
            return day
    return None
