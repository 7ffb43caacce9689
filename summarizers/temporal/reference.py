"""The publication date of an article, from a dateline or a "Published ..." line near the top."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from summarizers.document import Document
from summarizers.resources import data_file_exists, load_yaml
from summarizers.temporal.tagger import tag_temporal_expressions

_LINE = re.compile(r"[^\r\n]+")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# Any fixed date works: only expressions that carry their own year are accepted.
_NEUTRAL_REFERENCE = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class _Settings:
    max_lines: int
    max_short_line_words: int
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def _settings(language_code: str) -> _Settings | None:
    path = f"{language_code}/temporal/reference.yaml"
    if not data_file_exists(path):
        return None
    data = load_yaml(path)
    patterns = tuple(
        (row["name"], re.compile(row["pattern"], re.IGNORECASE if row.get("ignore_case") else 0))
        for row in data["line_patterns"]
    )
    return _Settings(int(data["max_lines"]), int(data["max_short_line_words"]), patterns)


def find_reference_date(document: Document) -> date | None:
    """The publication date given near the top of the article, or None.

    Looks at the first lines for a "Published ..." line, a dateline
    ("WASHINGTON, March 12, 2023 (Reuters) -") or a line that is a date, in that order
    of preference, and reads a full date with a year from it.
    """
    settings = _settings(document.language.code)
    if settings is None:
        return None
    lines = [line.group().strip() for line in _LINE.finditer(document.text[:5000])]
    lines = [line for line in lines if line][: settings.max_lines]
    for _name, pattern in settings.patterns:
        for line in lines:
            if pattern.search(line) is None:
                continue
            if _name == "date_line" and len(line.split()) > settings.max_short_line_words:
                continue
            found = _full_date(line, document.language.name)
            if found is not None:
                return found
    return None


def _full_date(line: str, language: str) -> date | None:
    for expression in tag_temporal_expressions(line[:300], _NEUTRAL_REFERENCE, language=language):
        if _FULL_DATE.fullmatch(expression.value) and _YEAR.search(expression.text):
            return date.fromisoformat(expression.value)
    return None
