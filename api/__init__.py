"""The HTTP edge of the summarizer: `create_app` wires config, the OpenAPI extension and blueprints."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from api.config import settings_from_env
from api.errors import ProblemApi
from api.views import docs, meta, summarize
from summarizers import __version__
from summarizers.pipeline import preload

API_DESCRIPTION = """\
Turns a news article into a structured summary: the few sentences that matter, with
character offsets into the text and scores, chosen by a news-tuned default or any of
sumy's algorithms.

Every error is `application/problem+json` (RFC 9457); validation failures list a
message per field in `errors`.
"""


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(settings_from_env())
    app.config.update(
        API_TITLE="News summarizer",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {
                "description": API_DESCRIPTION,
                "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
            },
        },
        JSON_SORT_KEYS=False,
    )
    if config:
        app.config.update(config)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    rest_api = ProblemApi(app)
    rest_api.register_blueprint(summarize.blueprint)
    rest_api.register_blueprint(meta.blueprint)
    app.register_blueprint(docs.openapi_yaml)
    app.register_blueprint(docs.swagger_ui)
    preload()
    return app
