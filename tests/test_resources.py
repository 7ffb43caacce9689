"""The package's data files load as the plain safe YAML loader reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summarizers.resources import load_yaml

DATA = Path(__file__).resolve().parent.parent / "summarizers" / "data"
DATA_FILES = sorted(path.relative_to(DATA).as_posix() for path in DATA.rglob("*.yaml"))


def test_there_are_data_files_to_compare() -> None:
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("relative_path", DATA_FILES)
def test_a_data_file_loads_as_yaml_safe_load_reads_it(relative_path: str) -> None:
    # libyaml's parser, when PyYAML has it, must give the very objects the Python one gives.
    expected = yaml.safe_load((DATA / relative_path).read_text(encoding="utf-8"))
    loaded = load_yaml(relative_path)
    assert loaded == expected
    assert repr(loaded) == repr(expected)
