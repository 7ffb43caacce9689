"""Access to the data files shipped inside the package (patterns, word tables)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (the wheels are): the same documents, with
# the same safe constructor and resolver, parsed about eight times faster than in Python
# (0.40-0.49 s -> 0.05-0.06 s for all the data files).
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(relative_path: str) -> Any:
    """Load `summarizers/data/<relative_path>`; works from a wheel as well as a checkout."""
    data_file = resources.files("summarizers").joinpath("data", *relative_path.split("/"))
    with data_file.open("r", encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_SAFE_LOADER)


def data_file_exists(relative_path: str) -> bool:
    return resources.files("summarizers").joinpath("data", *relative_path.split("/")).is_file()


def read_data_text(relative_path: str) -> str:
    """The text of `summarizers/data/<relative_path>` (for data files that are not YAML)."""
    return (
        resources.files("summarizers").joinpath("data", *relative_path.split("/")).read_text(encoding="utf-8")
    )
