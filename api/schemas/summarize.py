"""Request and response of `POST /summarize`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from flask import current_app
from marshmallow import Schema, ValidationError, fields, post_dump, post_load, validate, validates

from api.schemas.figures import KeyFigureSchema
from api.schemas.timeline import TemporalExpressionSchema, TimelineEventSchema
from summarizers.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, SentenceOrder
from summarizers.digest import DEFAULT_MAX_CHARS as DEFAULT_DIGEST_CHARS
from summarizers.figures import DEFAULT_MAX_FIGURES
from summarizers.languages import supported_languages
from summarizers.pipeline import DEFAULT_PARTS, Part, ReferenceDateSource

_LANGUAGE_CHOICES = [name for language in supported_languages() for name in (language.name, language.code)]
_EXAMPLE_TEXT = (
    "Netflix posts $1.3 million artificial intelligence job as actors strike\n"
    "Netflix has sparked outrage after announcing a $1.3 million-per-year AI job, as actors and "
    "writers strike for better pay.\n"
    "The listing comes amid an ongoing strike by more than 160,000 actors, who began industrial "
    "action earlier this month."
)


class IsoDate(fields.Field):
    """An ISO 8601 date ("2023-07-27") or date-time ("2023-07-27T09:30:00+10:00"), kept as its date."""

    default_error_messages: ClassVar[dict[str, str]] = {"invalid": "Not a valid ISO 8601 date or date-time."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> date:
        if not isinstance(value, str):
            raise self.make_error("invalid")
        try:
            return date.fromisoformat(value) if len(value) <= 10 else datetime.fromisoformat(value).date()
        except ValueError:
            raise self.make_error("invalid") from None

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else value.isoformat()


class WholeNumber(fields.Integer):
    """A JSON integer. As in JSON Schema, 7.0 is the integer 7; 2.5, "3" and true are not integers."""

    def _validated(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        if isinstance(value, float) and not value.is_integer():
            raise self.make_error("invalid")
        return int(value)


class SummarizeRequestSchema(Schema):
    text = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={
            # Documents the "not only whitespace" rule of the validator below.
            "pattern": r"\S",
            "description": "The article: plain text, one paragraph per line. A first line without final "
            "punctuation is taken as the headline. At most `MAX_TEXT_CHARS` characters (default 1,000,000).",
            "example": _EXAMPLE_TEXT,
        },
    )
    title = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=1000),
        metadata={
            "description": "The headline, when it is not the first line of `text`. Helps the `edmundson` "
            "algorithm and is echoed back.",
            "example": "Netflix posts $1.3 million artificial intelligence job as actors strike",
        },
    )
    language = fields.String(
        load_default="english",
        validate=validate.OneOf(_LANGUAGE_CHOICES),
        metadata={
            "description": "The article's language, by English name or ISO 639-1 code.",
            "example": "english",
        },
    )
    reference_date = IsoDate(
        load_default=None,
        allow_none=True,
        metadata={
            "description": "The article's publication date, an ISO 8601 date (`2023-07-27`) or date-time "
            "(`2023-07-27T09:30:00+10:00`, whose own date is used): relative dates such as 'three months "
            "ago' are resolved against it. Without it, a dateline near the top of `text` is used, else "
            "today's date (UTC).",
            "example": "2023-07-27",
            "type": "string",
            "anyOf": [{"format": "date"}, {"format": "date-time"}],
        },
    )
    sentences = WholeNumber(
        load_default=3,
        validate=validate.Range(min=1, max=20),
        metadata={"description": "How many sentences the summary has (1 to 20).", "example": 3},
    )
    algorithm = fields.String(
        load_default=DEFAULT_ALGORITHM,
        validate=validate.OneOf(list(ALGORITHMS)),
        metadata={
            "description": "The summarization algorithm; `GET /algorithms` describes each.",
            "example": DEFAULT_ALGORITHM,
        },
    )
    sort_by = fields.String(
        load_default=SentenceOrder.OFFSET.value,
        validate=validate.OneOf([order.value for order in SentenceOrder]),
        metadata={
            "description": "Order of the summary sentences: `offset` (as in the article) or `rank` "
            "(best first).",
            "example": "offset",
        },
    )
    max_figures = WholeNumber(
        load_default=DEFAULT_MAX_FIGURES,
        validate=validate.Range(min=1, max=200),
        metadata={
            "description": "How many key figures at most (1 to 200): the most salient ones, listed in "
            "the order of the text.",
            "example": 10,
        },
    )
    digest_max_chars = WholeNumber(
        load_default=DEFAULT_DIGEST_CHARS,
        validate=validate.Range(min=80, max=100_000),
        metadata={
            "description": "Longest `digest` in characters (80 to 100,000), e.g. 2000 for Discord, 4096 for "
            "Telegram. Only used when `include` asks for `digest`.",
            "example": 2000,
        },
    )
    include = fields.List(
        fields.String(validate=validate.OneOf([part.value for part in Part])),
        load_default=lambda: sorted(part.value for part in DEFAULT_PARTS),
        metadata={
            "description": "The parts of the response wanted; parts not listed are left out. Default: all "
            "but `temporal_expressions` and `digest`.",
            "example": ["summary", "key_figures", "timeline"],
        },
    )

    @validates("text")
    def _text_has_content_and_fits(self, value: str, **kwargs: Any) -> None:
        if not value.strip():
            raise ValidationError("Must contain some text, not only whitespace.")
        limit = current_app.config["MAX_TEXT_CHARS"]
        if len(value) > limit:
            raise ValidationError(f"Must be at most {limit} characters long; this one has {len(value)}.")

    @post_load
    def _to_library_types(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        data["sort_by"] = SentenceOrder(data["sort_by"])
        data["include"] = frozenset(Part(part) for part in data["include"])
        return data


class SummarySentenceSchema(Schema):
    text = fields.String(
        metadata={
            "description": "The sentence, exactly as in the request: `text[start:end]`.",
            "example": "The listing comes amid an ongoing strike by more than 160,000 actors, who began "
            "industrial action earlier this month and triggered Hollywood’s biggest shutdown in more "
            "than 60 years.",
        }
    )
    start = fields.Integer(
        metadata={"description": "Offset of its first character in the request `text`.", "example": 903}
    )
    end = fields.Integer(
        metadata={
            "description": "Offset just past its last character in the request `text`.",
            "example": 1085,
        }
    )
    index = fields.Integer(
        metadata={
            "description": "Its position among all sentences of the article (headline and labels "
            "included), from 0.",
            "example": 8,
        }
    )
    score = fields.Float(
        metadata={
            "description": "The algorithm's rating, scaled over the article's candidate sentences: 1 is "
            "the best, 0 the worst.",
            "example": 0.87,
        }
    )
    rank = fields.Integer(
        metadata={"description": "Its place by rating among the chosen sentences, from 1.", "example": 2}
    )


class SummarySchema(Schema):
    algorithm = fields.String(
        metadata={"description": "The algorithm that chose the sentences.", "example": "news"}
    )
    sentences = fields.List(
        fields.Nested(SummarySentenceSchema),
        metadata={"description": "The chosen sentences, ordered as `sort_by` asked."},
    )
    text = fields.String(
        metadata={
            "description": "The chosen sentences joined by spaces: the summary as one string.",
            "example": "Netflix has sparked outrage by announcing it is hiring a $1.3 million-per-year "
            "AI job.",
        }
    )


class StatsSchema(Schema):
    characters = fields.Integer(metadata={"description": "Characters in `text`.", "example": 5906})
    words = fields.Integer(metadata={"description": "Words in `text` (runs of letters).", "example": 960})
    sentences = fields.Integer(
        metadata={"description": "Sentences, headline, labels and boilerplate lines included.", "example": 48}
    )
    paragraphs = fields.Integer(metadata={"description": "Non-empty lines (paragraphs).", "example": 39})


class SummarizeResponseSchema(Schema):
    title = fields.String(
        allow_none=True,
        metadata={
            "description": "The request's `title`, else the headline found on the first line, else null.",
            "example": "Netflix posts $1.3 million artificial intelligence job as actors strike",
        },
    )
    language = fields.String(
        metadata={"description": "The language used, by English name.", "example": "english"}
    )
    reference_date = IsoDate(
        metadata={
            "description": "The date relative expressions were resolved against (ISO 8601 date).",
            "example": "2023-07-27",
            "type": "string",
            "format": "date",
        }
    )
    reference_date_source = fields.Enum(
        ReferenceDateSource,
        by_value=True,
        metadata={
            "description": "Where `reference_date` came from: the `request`, a dateline in the `text`, or "
            "`today` (UTC) when neither gave one.",
            "example": "request",
        },
    )
    summary = fields.Nested(
        SummarySchema, metadata={"description": "The extractive summary (part `summary`)."}
    )
    key_figures = fields.List(
        fields.Nested(KeyFigureSchema),
        metadata={
            "description": "The most salient figures (money, percentages, counts, durations, quantities), in "
            "the order of the text (part `key_figures`). Empty, with a note, for languages without figure "
            "rules yet."
        },
    )
    timeline = fields.List(
        fields.Nested(TimelineEventSchema),
        metadata={
            "description": "The dated events of the article, sorted by `start_date` then position (part "
            "`timeline`). Empty, with a note, for languages without date rules yet."
        },
    )
    temporal_expressions = fields.List(
        fields.Nested(TemporalExpressionSchema),
        metadata={
            "description": "Every temporal expression found, normalized to TIMEX3 (part "
            "`temporal_expressions`, only when asked for)."
        },
    )
    stats = fields.Nested(StatsSchema, metadata={"description": "Size of the article (part `stats`)."})
    digest = fields.String(
        metadata={
            "description": "The title, summary, timeline and key figures as one plain-text message of at "
            "most `digest_max_chars` characters, ready to post in a chat (part `digest`, only when asked "
            "for). Items that do not fit are left out whole, least important first.",
            "example": "Netflix posts $1.3 million artificial intelligence job as actors strike\n\n"
            "• Netflix has sparked outrage by announcing it is hiring a $1.3 million-per-year AI job, as "
            "actors and writers strike for better pay and protections against technology.\n\n"
            "Timeline\n• 2023-04: screenwriters from the Writers Guild of America stopped work\n"
            "• 2023-07: more than 160,000 actors began industrial action",
        }
    )
    notes = fields.List(
        fields.String(),
        metadata={
            "description": "What the service could not do for this request and why, e.g. a part that is not "
            "available in the article's language. Empty when all went as asked.",
            "example": [],
        },
    )

    @post_dump
    def _leave_out_parts_not_asked_for(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return {key: value for key, value in data.items() if value is not None or key not in _PARTS}


_PARTS = frozenset(part.value for part in Part)
