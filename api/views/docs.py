"""`GET /openapi.yaml` and `GET /docs`, the interactive documentation.

Swagger UI's assets come from the installed `flask-swagger-ui` package, never a CDN,
so the page works offline and behind a firewall.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, redirect, url_for
from flask_swagger_ui import get_swaggerui_blueprint
from werkzeug.wrappers.response import Response as BaseResponse

from api.spec import spec_yaml

openapi_yaml = Blueprint("openapi_yaml", __name__)


@openapi_yaml.route("/", methods=["GET"])
def index() -> BaseResponse:
    """A person who opens the service's root in a browser lands on its documentation."""
    return redirect(url_for("docs.show"))


@openapi_yaml.route("/openapi.yaml", methods=["GET"])
def openapi_document() -> Response:
    return Response(spec_yaml(current_app), mimetype="application/yaml")


swagger_ui = get_swaggerui_blueprint(
    "/docs",
    "/openapi.json",
    config={"app_name": "News summarizer API", "deepLinking": True, "defaultModelsExpandDepth": 0},
    blueprint_name="docs",
)
