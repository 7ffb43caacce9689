"""`POST /summarize`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from flask import request
from flask_smorest import abort

from api.parsing import Blueprint
from api.schemas.summarize import SummarizeRequestSchema, SummarizeResponseSchema
from summarizers.pipeline import StructuredSummary, summarize_article

blueprint = Blueprint("summarize", __name__, description="Structured summaries of news articles.")


def today_utc() -> date:
    """The date requests without a `reference_date` and without a dateline resolve against."""
    return datetime.now(UTC).date()


@blueprint.before_request
def _require_json() -> None:
    if request.method == "POST" and not request.is_json:
        abort(415)


@blueprint.route("/summarize", methods=["POST"])
@blueprint.arguments(SummarizeRequestSchema, description="The article and what to build from it.")
@blueprint.response(200, SummarizeResponseSchema, description="The structured summary of the article.")
@blueprint.alt_response(400, response="BAD_REQUEST")
@blueprint.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blueprint.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blueprint.doc(operationId="summarizeArticle")
def summarize(arguments: dict[str, Any]) -> StructuredSummary:
    """Summarize a news article: key sentences, key figures and a timeline."""
    return summarize_article(
        arguments["text"],
        title=arguments["title"],
        language=arguments["language"],
        algorithm=arguments["algorithm"],
        sentences=arguments["sentences"],
        order=arguments["sort_by"],
        include=arguments["include"],
        max_figures=arguments["max_figures"],
        digest_max_chars=arguments["digest_max_chars"],
        reference_date=arguments["reference_date"],
        today=today_utc(),
    )
