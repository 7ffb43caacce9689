"""Schemas of the service's own resources: health and the algorithm catalogue."""

from marshmallow import Schema, fields


class HealthResponseSchema(Schema):
    status = fields.String(metadata={"description": "Always `ok` when the service answers.", "example": "ok"})
    version = fields.String(metadata={"description": "The version of the service.", "example": "0.1.0"})


class AlgorithmSchema(Schema):
    name = fields.String(
        metadata={
            "description": "The value to pass as `algorithm` in `POST /summarize`.",
            "example": "lexrank",
        }
    )
    description = fields.String(
        metadata={
            "description": "What the algorithm does.",
            "example": "sumy LexRank: eigenvector centrality on a TF-IDF cosine similarity graph.",
        }
    )
    languages = fields.List(
        fields.String(),
        metadata={"description": "The languages it summarizes.", "example": ["english", "german"]},
    )
    default = fields.Boolean(
        metadata={
            "description": "Whether `POST /summarize` uses it when no `algorithm` is given.",
            "example": False,
        }
    )


class AlgorithmsResponseSchema(Schema):
    algorithms = fields.List(
        fields.Nested(AlgorithmSchema), metadata={"description": "Every algorithm the service offers."}
    )
