from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from api import create_app

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def load_module_alone(path: Path, name: str) -> ModuleType:
    """Execute one module from its file, so nothing else of its package (Flask, the app) is imported."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def example_text() -> str:
    return (SEEDS / "netflix-ai-job-strike.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_expectations() -> dict[str, Any]:
    expectations: dict[str, Any] = json.loads(
        (SEEDS / "netflix-ai-job-strike.expected.json").read_text(encoding="utf-8")
    )
    return expectations


@pytest.fixture(scope="session")
def example_request() -> dict[str, Any]:
    request: dict[str, Any] = json.loads(
        (SEEDS / "netflix-ai-job-strike.request.json").read_text(encoding="utf-8")
    )
    return request


@pytest.fixture()
def app() -> Iterator[Flask]:
    yield create_app({"TESTING": True})


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()
