"""The timeline response schemas: standalone, documented, and their examples are real."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from marshmallow import Schema

from summarizers.document import parse_document
from summarizers.temporal import build_timeline, tag_document
from tests.conftest import load_module_alone

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "api" / "schemas" / "timeline.py"


@pytest.fixture(scope="module")
def schemas() -> ModuleType:
    return load_module_alone(SCHEMA_FILE, "standalone_timeline_schemas")


def test_the_timeline_schema_module_imports_nothing_but_marshmallow() -> None:
    tree = ast.parse(SCHEMA_FILE.read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert imported <= {"marshmallow", "__future__", "typing"}


def test_every_field_has_a_description_and_an_example(schemas: ModuleType) -> None:
    for schema_class in (schemas.TimelineEventSchema, schemas.TemporalExpressionSchema):
        schema: Schema = schema_class()
        for name, field in schema.fields.items():
            assert field.metadata.get("description"), f"{schema_class.__name__}.{name}"
            assert "example" in field.metadata, f"{schema_class.__name__}.{name}"


def test_the_schemas_dump_the_example_article_and_their_examples_are_its_values(
    schemas: ModuleType, example_text: str
) -> None:
    document = parse_document(example_text)
    expressions = tag_document(document, date(2023, 7, 27))
    timeline = build_timeline(document, expressions)
    dumped_event = schemas.TimelineEventSchema().dump(timeline[0])
    event_examples = {
        name: field.metadata["example"] for name, field in schemas.TimelineEventSchema().fields.items()
    }
    assert dumped_event == event_examples
    earlier = next(e for e in expressions if e.text == "earlier this month")
    dumped_expression = schemas.TemporalExpressionSchema().dump(earlier)
    expression_examples = {
        name: field.metadata["example"] for name, field in schemas.TemporalExpressionSchema().fields.items()
    }
    assert dumped_expression == expression_examples


def test_the_schemas_dump_every_field_of_the_domain_objects(schemas: ModuleType) -> None:
    from summarizers.temporal import TimeExpression, TimelineEvent

    assert set(schemas.TimelineEventSchema().fields) == set(TimelineEvent.__slots__)
    assert set(schemas.TemporalExpressionSchema().fields) == set(TimeExpression.__slots__) - {"sentence"}
