"""`GET /health` and `GET /algorithms`: the service describing itself."""

from __future__ import annotations

from typing import Any

from api.parsing import Blueprint
from api.schemas.meta import AlgorithmsResponseSchema, HealthResponseSchema
from summarizers import __version__
from summarizers.algorithms import ALGORITHMS, DEFAULT_ALGORITHM
from summarizers.languages import supported_languages

blueprint = Blueprint("meta", __name__, description="The service itself.")


@blueprint.route("/health", methods=["GET"])
@blueprint.response(200, HealthResponseSchema)
@blueprint.doc(operationId="getHealth")
def health() -> dict[str, str]:
    """Tell whether the service is up, and its version."""
    return {"status": "ok", "version": __version__}


@blueprint.route("/algorithms", methods=["GET"])
@blueprint.response(200, AlgorithmsResponseSchema)
@blueprint.doc(operationId="listAlgorithms")
def algorithms() -> dict[str, Any]:
    """List the summarization algorithms, with the languages each supports."""
    every_language = [language.name for language in supported_languages()]
    return {
        "algorithms": [
            {
                "name": algorithm.name,
                "description": algorithm.description,
                "languages": list(algorithm.languages or every_language),
                "default": algorithm.name == DEFAULT_ALGORITHM,
            }
            for algorithm in ALGORITHMS.values()
        ]
    }
