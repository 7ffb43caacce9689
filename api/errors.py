"""The API's single error shape, RFC 9457 problem details, and where errors become responses.

Every error, whether raised by Flask/werkzeug (404, 405, 413), by request parsing
(400, 415, 422) or by a bug (500), leaves through `problem_response`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Response, json
from flask_smorest import Api
from werkzeug.exceptions import HTTPException

from api.schemas.errors import ProblemSchema

PROBLEM_CONTENT_TYPE = "application/problem+json"
_log = logging.getLogger(__name__)


def problem_response(
    status: int, title: str, detail: str, errors: Mapping[str, list[str]] | None = None
) -> Response:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = dict(errors)
    return Response(json.dumps(body), status=status, mimetype=PROBLEM_CONTENT_TYPE)


def flatten_messages(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested error messages as {"dotted.path": [message, ...]}."""
    if isinstance(messages, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            flat.update(flatten_messages(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(messages, list | tuple):
        return {prefix or "_schema": [str(message) for message in messages]}
    return {prefix or "_schema": [str(messages)]}


_DETAILS = {
    400: "The request body is not valid JSON.",
    404: "There is no such resource. See /openapi.json for the API.",
    405: "This resource does not accept that method.",
    413: "The request body is larger than MAX_CONTENT_LENGTH.",
    415: "Send the request body as JSON, with Content-Type: application/json.",
    422: "The request body is not valid: see `errors`.",
    500: "The service failed to handle this request. It has been logged.",
}


class ProblemApi(Api):
    """flask-smorest's Api, answering and documenting every error as problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException) -> Response:  # type: ignore[override]
        status = error.code or 500
        data = getattr(error, "data", None) or {}
        errors = None
        if "messages" in data:  # webargs validation failures, keyed by location
            messages = data["messages"]
            errors = flatten_messages(messages.get("json", messages))
            if status == 400:  # webargs reports an unreadable body as 400 "Invalid JSON body."
                errors = None
        detail = data.get("message") or _DETAILS.get(status) or error.description or error.name
        if status >= 500:
            _log.error("internal error", exc_info=getattr(error, "original_exception", None) or error)
        response = problem_response(status, error.name, detail, errors)
        if status == 405 and hasattr(error, "valid_methods") and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    def _register_responses(self) -> None:
        # flask-smorest documents its error responses as application/json; ours are
        # problem+json, so every shared status response is re-registered with that type.
        default_content_type = self.DEFAULT_RESPONSE_CONTENT_TYPE
        self.DEFAULT_RESPONSE_CONTENT_TYPE = PROBLEM_CONTENT_TYPE
        try:
            super()._register_responses()
        finally:
            self.DEFAULT_RESPONSE_CONTENT_TYPE = default_content_type

    def _register_pagination_header(self) -> None:
        # No endpoint pages its results; without this the document would carry an
        # unused PaginationMetadata schema.
        return None
