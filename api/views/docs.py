"""`GET /openapi.yaml` and `GET /docs`, the interactive documentation.

Swagger UI's assets come from the installed `flask-swagger-ui` package, never a CDN,
so the page works offline and behind a firewall.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app
from flask_swagger_ui import get_swaggerui_blueprint

from api.spec import spec_yaml

openapi_yaml = Blueprint("openapi_yaml", __name__)


@openapi_yaml.route("/openapi.yaml", methods=["GET"])
def openapi_document() -> Response:
    return Response(spec_yaml(current_app), mimetype="application/yaml")


swagger_ui = get_swaggerui_blueprint(
    "/docs",
    "/openapi.json",
    config={"app_name": "News summarizer API", "deepLinking": True, "defaultModelsExpandDepth": 0},
    blueprint_name="docs",
)
