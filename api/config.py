"""Every setting of the service, read from environment variables in this one place.

The README's configuration table lists the same variables and defaults.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    # Largest accepted `text`, in characters.
    "MAX_TEXT_CHARS": 1_000_000,
    # Largest accepted request body, in bytes (Flask answers 413 above it).
    "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,
}


def _int_from_env(name: str, default: int, environ: Mapping[str, str]) -> int:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"environment variable {name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise ValueError(f"environment variable {name} must be positive, not {value}")
    return value


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    environ = os.environ if environ is None else environ
    return {name: _int_from_env(name, default, environ) for name, default in DEFAULTS.items()}
