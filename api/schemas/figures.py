"""Response schema of the key figures (`key_figures` in the summary response).

Dump only: it serializes `summarizers.figures.KeyFigure` objects. Imports nothing but
marshmallow, so it can be used (and tested) without the rest of the API.
The examples are the salary range of the example article (seeds/netflix-ai-job-strike.txt);
tests/test_figures_schema.py checks them against what the extractor returns for it.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields

KINDS = ("money", "percent", "percentage_points", "count", "duration", "quantity", "number")
QUALIFIERS = ("approximately", "more_than", "less_than", "at_least", "up_to")


def _enum_value(value: Any) -> str | None:
    return None if value is None else str(value)


class EquivalentSchema(Schema):
    """The same figure given again in brackets, in another currency or unit."""

    text = fields.String(
        dump_only=True,
        metadata={"description": "The equivalent as written.", "example": "A$445,000 – $1.3 million"},
    )
    start = fields.Integer(
        dump_only=True,
        metadata={"description": "Offset of its first character in the request text.", "example": 638},
    )
    end = fields.Integer(
        dump_only=True, metadata={"description": "Offset just after its last character.", "example": 662}
    )
    value = fields.Float(
        dump_only=True,
        allow_none=True,
        metadata={"description": "The amount, for a single figure; null for a range.", "example": None},
    )
    min = fields.Float(
        dump_only=True,
        allow_none=True,
        metadata={"description": "Lower end of a range; null for a single figure.", "example": 445000},
    )
    max = fields.Float(
        dump_only=True,
        allow_none=True,
        metadata={"description": "Upper end of a range; null for a single figure.", "example": 1300000},
    )
    currency = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": "ISO 4217 code, for money; null when the text does not say.",
            "example": "AUD",
        },
    )
    unit = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={"description": "Unit of measure, for quantities.", "example": None},
    )


class MentionSchema(Schema):
    """Another place where the text states the same figure."""

    text = fields.String(
        dump_only=True,
        metadata={"description": "The figure as written there.", "example": "(US)$300,000 – $900,000"},
    )
    start = fields.Integer(
        dump_only=True, metadata={"description": "Offset of its first character.", "example": 2968}
    )
    end = fields.Integer(
        dump_only=True, metadata={"description": "Offset just after its last character.", "example": 2991}
    )
    sentence = fields.Integer(
        dump_only=True, metadata={"description": "Index of the sentence it is in.", "example": 21}
    )


class KeyFigureSchema(Schema):
    """A figure of the article, normalised, with what it measures."""

    text = fields.String(
        dump_only=True,
        metadata={
            "description": "The figure as written, with its qualifier, unit, bracketed equivalent "
            "and period.",
            "example": "US$300,000 and $900,000 (A$445,000 – $1.3 million) per year",
        },
    )
    start = fields.Integer(
        dump_only=True,
        metadata={"description": "Offset of the first character in the request text.", "example": 613},
    )
    end = fields.Integer(
        dump_only=True, metadata={"description": "Offset just after the last character.", "example": 672}
    )
    kind = fields.Function(
        lambda figure: _enum_value(figure.kind),
        dump_only=True,
        metadata={
            "description": f"What sort of figure: one of {', '.join(KINDS)}.",
            "example": "money",
            "enum": list(KINDS),
        },
    )
    value = fields.Float(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": "The amount of a single figure in the main unit ($1.3 million is 1300000); "
            "null for a range.",
            "example": None,
        },
    )
    min = fields.Float(
        dump_only=True,
        allow_none=True,
        metadata={"description": "Lower end of a range; null for a single figure.", "example": 300000},
    )
    max = fields.Float(
        dump_only=True,
        allow_none=True,
        metadata={"description": "Upper end of a range; null for a single figure.", "example": 900000},
    )
    currency = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": "ISO 4217 code, for money. A bare '$' is USD unless the article writes US "
            "dollars as 'US$' and uses '$' for another dollar: then the currency is the one the text "
            "establishes, or null.",
            "example": "USD",
        },
    )
    unit = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": "What is counted or measured: 'actors', 'year', 'km'. Null for money and percent.",
            "example": None,
        },
    )
    qualifier = fields.Function(
        lambda figure: _enum_value(figure.qualifier),
        dump_only=True,
        allow_none=True,
        metadata={
            "description": f"How the text bounds the figure: one of {', '.join(QUALIFIERS)}, or null.",
            "example": None,
            "enum": [*QUALIFIERS, None],
        },
    )
    per = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": "The period or base of a rate: 'year', 'month', 'share'.",
            "example": "year",
        },
    )
    about = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={
            "description": (
                "A short phrase from the sentence saying what the figure measures; null rather than "
                "a guess when the sentence does not say it plainly."
            ),
            "example": "salary",
        },
    )
    sentence = fields.Integer(
        dump_only=True, metadata={"description": "Index of the sentence the figure is in.", "example": 6}
    )
    salience = fields.Float(
        dump_only=True,
        metadata={
            "description": "How salient the figure is, from 0 to 1 (headline, summary sentences, money and "
            "percent, repetition).",
            "example": 0.675,
        },
    )
    equivalents = fields.List(
        fields.Nested(EquivalentSchema),
        dump_only=True,
        metadata={
            "description": "The figure given again in brackets in another currency or unit.",
            "example": [
                {
                    "text": "A$445,000 – $1.3 million",
                    "start": 638,
                    "end": 662,
                    "value": None,
                    "min": 445000,
                    "max": 1300000,
                    "currency": "AUD",
                    "unit": None,
                }
            ],
        },
    )
    mentions = fields.List(
        fields.Nested(MentionSchema),
        dump_only=True,
        metadata={
            "description": "Other places where the text repeats the same figure.",
            "example": [{"text": "(US)$300,000 – $900,000", "start": 2968, "end": 2991, "sentence": 21}],
        },
    )
