"""The key-figure response schema: standalone, documented, and its examples are real."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from marshmallow import Schema

from summarizers.document import parse_document
from summarizers.figures import KeyFigure, find_figures
from tests.conftest import load_module_alone

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "api" / "schemas" / "figures.py"


@pytest.fixture(scope="module")
def schemas() -> ModuleType:
    return load_module_alone(SCHEMA_FILE, "standalone_figure_schemas")


@pytest.fixture(scope="module")
def example_figures(example_text: str) -> tuple[KeyFigure, ...]:
    return find_figures(parse_document(example_text))


def test_the_schema_module_imports_nothing_but_marshmallow() -> None:
    tree = ast.parse(SCHEMA_FILE.read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert imported <= {"marshmallow", "__future__", "typing"}


def _all_schemas(module: ModuleType) -> list[type[Schema]]:
    return [module.KeyFigureSchema, module.EquivalentSchema, module.MentionSchema]


def test_every_field_has_a_description_and_an_example(schemas: ModuleType) -> None:
    for schema in _all_schemas(schemas):
        for name, field in schema().fields.items():
            assert field.metadata.get("description"), f"{schema.__name__}.{name} has no description"
            assert "example" in field.metadata, f"{schema.__name__}.{name} has no example"
            assert field.dump_only, f"{schema.__name__}.{name} should be dump only"


def test_dumping_the_example_figures_gives_json_with_every_field(
    schemas: ModuleType, example_figures: tuple[KeyFigure, ...]
) -> None:
    dumped = schemas.KeyFigureSchema(many=True).dump(example_figures)
    json.dumps(dumped)
    fields = set(schemas.KeyFigureSchema().fields)
    assert all(set(item) == fields for item in dumped)
    kinds = {item["kind"] for item in dumped}
    assert kinds <= set(schemas.KINDS)
    assert {item["qualifier"] for item in dumped} <= {*schemas.QUALIFIERS, None}
    headline = dumped[0]
    assert headline["value"] == 1_300_000 and headline["currency"] in ("AUD", None)


def test_the_field_examples_are_the_salary_range_of_the_example_article(
    schemas: ModuleType, example_figures: tuple[KeyFigure, ...]
) -> None:
    (salary,) = [figure for figure in example_figures if figure.min == 300_000]
    dumped: dict[str, Any] = schemas.KeyFigureSchema().dump(salary)
    for name, field in schemas.KeyFigureSchema().fields.items():
        assert field.metadata["example"] == dumped[name], name
    equivalent = dumped["equivalents"][0]
    for name, field in schemas.EquivalentSchema().fields.items():
        assert field.metadata["example"] == equivalent[name], name
    mention = dumped["mentions"][0]
    for name, field in schemas.MentionSchema().fields.items():
        assert field.metadata["example"] == mention[name], name
