"""The one error shape of the API: RFC 9457 problem details."""

from marshmallow import Schema, fields


class ProblemSchema(Schema):
    """An error, as `application/problem+json` (RFC 9457)."""

    type = fields.String(
        metadata={
            "description": "A URI reference naming the kind of problem; `about:blank` when the HTTP "
            "status says it all.",
            "example": "about:blank",
        }
    )
    title = fields.String(
        metadata={"description": "The HTTP status phrase.", "example": "Unprocessable Content"}
    )
    status = fields.Integer(metadata={"description": "The HTTP status code.", "example": 422})
    detail = fields.String(
        metadata={
            "description": "What went wrong with this request, for a person to read.",
            "example": "The request body is not valid: see `errors`.",
        }
    )
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={
            "description": "Validation failures only: for each offending field (dotted path into the "
            "request body; `_schema` for the body as a whole), its messages.",
            "example": {"sentences": ["Must be greater than or equal to 1 and less than or equal to 20."]},
        },
    )
