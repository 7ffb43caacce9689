"""The interactive docs render in a real headless browser, with no network."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.live_server import running_gunicorn

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None, reason="no headless Chromium installed (make test installs it where it can)"
)
def test_the_docs_page_renders_the_summarize_operation_offline(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    with running_gunicorn() as base_url:
        result = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'profile'}",
                "--virtual-time-budget=15000",
                "--dump-dom",
                f"{base_url}/docs/",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    dom = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    # Swagger UI builds these nodes only after it has loaded its own scripts and the spec.
    assert 'class="swagger-ui' in dom
    assert "opblock-summary-path" in dom
    assert 'data-path="/summarize"' in dom
    assert "Summarize a news article" in dom
