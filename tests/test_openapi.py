from __future__ import annotations

import json
import re
from typing import Any

import yaml
from flask import Flask
from flask.testing import FlaskClient
from openapi_spec_validator import validate

from api.openapi import COMMITTED_SPEC
from api.spec import spec_yaml


def test_the_committed_openapi_yaml_is_exactly_what_the_code_generates(app: Flask) -> None:
    assert COMMITTED_SPEC.read_text(encoding="utf-8") == spec_yaml(app), "run `make openapi`"


def test_the_served_documents_equal_the_committed_one(client: FlaskClient) -> None:
    committed = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    assert client.get("/openapi.json").get_json() == committed
    served_yaml = client.get("/openapi.yaml")
    assert served_yaml.mimetype == "application/yaml"
    assert yaml.safe_load(served_yaml.get_data(as_text=True)) == committed


def test_the_document_is_valid_openapi_3_1() -> None:
    spec = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = schema.get("properties", {})
    return properties


def test_every_field_has_a_description_and_an_example() -> None:
    spec = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    missing = []
    for schema_name, schema in spec["components"]["schemas"].items():
        for field_name, field in _properties(schema).items():
            if "description" not in field:
                missing.append(f"{schema_name}.{field_name}: description")
            nested = "$ref" in json.dumps(field)
            if "example" not in field and not nested:
                missing.append(f"{schema_name}.{field_name}: example")
    assert missing == []


def test_every_operation_has_an_id_a_summary_and_its_error_responses() -> None:
    spec = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    operation_ids = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            operation_ids.append(operation["operationId"])
            assert operation["summary"], f"{method} {path}"
            assert "default" in operation["responses"], f"{method} {path}"
    assert len(operation_ids) == len(set(operation_ids)) >= 3
    summarize = spec["paths"]["/summarize"]["post"]["responses"]
    assert {"200", "400", "413", "415", "422"} <= set(summarize)


def test_error_responses_are_documented_as_problem_json() -> None:
    spec = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    for name in ("BAD_REQUEST", "UNSUPPORTED_MEDIA_TYPE", "UNPROCESSABLE_ENTITY", "DEFAULT_ERROR"):
        content = spec["components"]["responses"][name]["content"]
        assert list(content) == ["application/problem+json"]
        assert content["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}


def test_the_root_sends_a_browser_to_the_docs(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/docs/"
    page = client.get("/docs/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "swagger-ui-bundle.js" in html
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', html), (
        "the docs page must not load assets from a CDN"
    )
