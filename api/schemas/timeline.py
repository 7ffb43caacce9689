"""Response schemas of the timeline (`timeline`) and the temporal expressions
(`temporal_expressions`) in the summary response.

Dump only: they serialize `summarizers.temporal.TimelineEvent` and `TimeExpression`
objects. Imports nothing but marshmallow, so they can be used (and tested) without the
rest of the API. The examples are the example article (seeds/netflix-ai-job-strike.txt)
with reference date 2023-07-27; tests/test_timeline_schema.py checks them against what
the tagger returns for it.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("START", "END", "MID", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS")
GRANULARITIES = (
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "time",
)


def _enum_value(value: Any) -> str | None:
    return None if value is None else str(value)


class TimelineEventSchema(Schema):
    """Something the article says happened (or will happen), with the date it gives."""

    date = fields.String(
        dump_only=True,
        metadata={
            "description": "The date as a TIMEX3 value: 2023-07-14 (day), 2023-W29 (week), 2023-04 "
            "(month), 2023-Q1, 2023-H1, 2023-SU (season), 2023, 199 (the 1990s), 20 (the 21st century), "
            "2023-07-27TMO (a part of a day) or 2023-07-27T15:30.",
            "example": "2023-04",
        },
    )
    granularity = fields.String(
        dump_only=True,
        metadata={
            "description": f"How precise the date is: one of {', '.join(GRANULARITIES)}.",
            "example": "month",
            "enum": list(GRANULARITIES),
        },
    )
    start_date = fields.String(
        dump_only=True,
        metadata={"description": "First ISO 8601 day the date covers.", "example": "2023-04-01"},
    )
    end_date = fields.String(
        dump_only=True,
        metadata={"description": "Last ISO 8601 day the date covers.", "example": "2023-04-30"},
    )
    expression = fields.String(
        dump_only=True,
        metadata={"description": "The temporal expression as written.", "example": "three months ago"},
    )
    start = fields.Integer(
        dump_only=True,
        metadata={
            "description": "Offset of the expression's first character in the request text.",
            "example": 1207,
        },
    )
    end = fields.Integer(
        dump_only=True,
        metadata={"description": "Offset just after the expression's last character.", "example": 1223},
    )
    event = fields.String(
        dump_only=True,
        metadata={
            "description": "A short clause from the sentence saying what happened then.",
            "example": "screenwriters from the Writers Guild of America stopped work",
        },
    )
    sentence = fields.Integer(
        dump_only=True,
        metadata={"description": "Index of the sentence the event is told in.", "example": 9},
    )
    approximate = fields.Boolean(
        dump_only=True,
        metadata={
            "description": "Whether the text dates the event only roughly (early, late, about, earlier "
            "this month...).",
            "example": False,
        },
    )


class TemporalExpressionSchema(Schema):
    """A temporal expression of the text, normalized to a TimeML TIMEX3 type and value."""

    text = fields.String(
        dump_only=True,
        metadata={"description": "The expression as written.", "example": "earlier this month"},
    )
    start = fields.Integer(
        dump_only=True,
        metadata={"description": "Offset of its first character in the request text.", "example": 1001},
    )
    end = fields.Integer(
        dump_only=True,
        metadata={"description": "Offset just after its last character.", "example": 1019},
    )
    type = fields.Function(
        lambda expression: _enum_value(expression.type),
        dump_only=True,
        metadata={
            "description": f"TIMEX3 type: one of {', '.join(TIMEX_TYPES)}.",
            "example": "DATE",
            "enum": list(TIMEX_TYPES),
        },
    )
    value = fields.String(
        dump_only=True,
        metadata={
            "description": "TIMEX3 value, resolved against the reference date: a date (2023-07), a "
            "duration (P3M), a set (P1Y, XXXX-WXX-1) or PRESENT_REF, PAST_REF, FUTURE_REF.",
            "example": "2023-07",
        },
    )
    mod = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": f"TIMEX3 mod: one of {', '.join(MODS)}, or null.",
            "example": "START",
            "enum": [*MODS, None],
        },
    )
