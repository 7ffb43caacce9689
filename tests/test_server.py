from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from tests.live_server import running_gunicorn

pytestmark = pytest.mark.server


def _post(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, str, Any]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get_content_type(), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), json.load(error)


def test_gunicorn_serves_the_example_article_and_problem_errors(example_request: dict[str, Any]) -> None:
    with running_gunicorn() as base_url:
        status, content_type, body = _post(f"{base_url}/summarize", json.dumps(example_request).encode())
        assert (status, content_type) == (200, "application/json")
        text = example_request["text"]
        assert len(body["summary"]["sentences"]) == 3
        for sentence in body["summary"]["sentences"]:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
            assert "Originally published" not in sentence["text"]

        status, content_type, problem = _post(f"{base_url}/summarize", b"{not json")
        assert (status, content_type, problem["status"]) == (400, "application/problem+json", 400)

        with urllib.request.urlopen(f"{base_url}/openapi.json", timeout=10) as response:
            assert "/summarize" in json.load(response)["paths"]
